// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export… in the window (gui/mainwindow/ExportController) against the fake server: the file dialog (filters,
// Documents or the folder used last, remembered in Settings), the CSV options (preset from the UI locale, changed by
// the user), the progress dialog's cancel (the previous file stays) and the result messages.
#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "gui/dialogs/csvoptionsdialog.h"
#include "gui/mainwindow/exportcontroller.h"
#include "support/fakeserverfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
const QDate From(2026, 11, 1);
const QDate To(2026, 11, 20);

QStringList csvLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}
} // namespace

class TestExportController : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<AccountData> m_account;
    std::unique_ptr<Settings> m_settings;
    ExportController* m_controller = nullptr;

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(startFakeServer(Now));
        m_server->seedDemoData();
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<QWidget>();
        m_account = std::make_unique<AccountData>(m_api.get());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_controller = new ExportController(m_window.get());
        m_controller->setAccount(m_account.get());
        m_controller->setSettings(m_settings.get());
    }
    void cleanup()
    {
        m_window.reset();
        m_account.reset();
        m_settings.reset();
        stopFakeServer();
        m_dir.reset();
        QLocale::setDefault(QLocale::c());
    }

    void formatFollowsTheFileType()
    {
        QCOMPARE(ExportController::formatFor(QStringLiteral("/a/b.sqlite")), ExportController::Format::Sqlite);
        QCOMPARE(ExportController::formatFor(QStringLiteral("b.DB")), ExportController::Format::Sqlite);
        QCOMPARE(ExportController::formatFor(QStringLiteral("b.csv")), ExportController::Format::Csv);
        QCOMPARE(ExportController::formatFor(QStringLiteral("b.json")), ExportController::Format::JsonLines);
        QCOMPARE(ExportController::formatFor(QStringLiteral("b.txt")), ExportController::Format::Unknown);
    }

    void fileDialogStartsInDocumentsThenRemembersTheFolder()
    {
        // The user's Documents folder (its home when there is none, as on this test machine).
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString expected = QFileInfo(documents).isDir() ? documents : QDir::homePath();
        QCOMPARE(m_controller->directory(), expected);
        m_controller->chooseFile(From, To);
        QFileDialog* dialog = m_controller->fileDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QCOMPARE(dialog->nameFilters().size(), 3);
        QVERIFY(dialog->nameFilters().at(0).contains(QLatin1String("*.sqlite")));
        QVERIFY(dialog->nameFilters().at(1).contains(QLatin1String("*.csv")));
        QVERIFY(dialog->nameFilters().at(2).contains(QLatin1String("*.json")));
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(expected).canonicalPath());

        const QString file = m_dir->filePath(QStringLiteral("range.sqlite"));
        QSignalSpy finished(m_controller, &ExportController::exportFinished);
        emit dialog->fileSelected(file);
        dialog->close();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(QFile::exists(file));
        QVERIFY(m_controller->resultBox());
        QCOMPARE(m_controller->resultBox()->icon(), QMessageBox::Information);
        QVERIFY(m_controller->resultBox()->text().contains(QLatin1String("range.sqlite")));
        QCOMPARE(m_settings->exportDirectory(), QFileInfo(file).absolutePath());

        QTRY_VERIFY(!m_controller->fileDialog());
        m_controller->chooseFile(From, To);
        QVERIFY(m_controller->fileDialog());
        QCOMPARE(QDir(m_controller->fileDialog()->directory()).canonicalPath(), QDir(m_dir->path()).canonicalPath());
        m_controller->fileDialog()->close();
    }

    void csvAsksForSeparatorAndDecimalMark()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_controller->chooseFile(From, To);
        QVERIFY(m_controller->fileDialog());
        const QString file = m_dir->filePath(QStringLiteral("range.csv"));
        emit m_controller->fileDialog()->fileSelected(file);
        m_controller->fileDialog()->close();
        CsvOptionsDialog* options = m_controller->csvOptionsDialog();
        QVERIFY(options);
        // German UI: ';' and ','.
        QCOMPARE(options->style().separator, QLatin1Char(';'));
        QCOMPARE(options->style().decimalMark, QLatin1Char(','));
        QSignalSpy finished(m_controller, &ExportController::exportFinished);
        options->accept();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(1).toBool());
        QStringList lines = csvLines(file);
        QVERIFY(lines.size() > 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("id;")), qPrintable(lines.first()));
        QStringList header = lines.first().split(QLatin1Char(';'));
        int revenue = int(header.indexOf(QStringLiteral("revenue")));
        QVERIFY(revenue > 0);
        QVERIFY2(lines.at(1).split(QLatin1Char(';')).at(revenue).contains(QLatin1Char(',')), qPrintable(lines.at(1)));

        // The user's choice wins over the locale: ',' and '.'.
        QTRY_VERIFY(!m_controller->csvOptionsDialog());
        m_controller->chooseFile(From, To);
        emit m_controller->fileDialog()->fileSelected(file);
        m_controller->fileDialog()->close();
        options = m_controller->csvOptionsDialog();
        QVERIFY(options);
        options->separatorBox()->setCurrentIndex(options->separatorBox()->findData(QChar(QLatin1Char(','))));
        options->decimalMarkBox()->setCurrentIndex(options->decimalMarkBox()->findData(QChar(QLatin1Char('.'))));
        finished.clear();
        options->accept();
        QVERIFY(finished.wait(30000));
        lines = csvLines(file);
        QVERIFY2(lines.first().startsWith(QLatin1String("id,")), qPrintable(lines.first()));
        header = lines.first().split(QLatin1Char(','));
        revenue = int(header.indexOf(QStringLiteral("revenue")));
        QVERIFY(revenue > 0);
        QVERIFY2(lines.at(1).split(QLatin1Char(',')).at(revenue).contains(QLatin1Char('.')), qPrintable(lines.at(1)));
    }

    void cancelLeavesThePreviousFile()
    {
        const QString file = m_dir->filePath(QStringLiteral("keep.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous\n");
        }
        QSignalSpy finished(m_controller, &ExportController::exportFinished);
        m_controller->exportTo(file, From, To);
        QVERIFY(m_controller->isRunning());
        QVERIFY(m_controller->progressDialog());
        QVERIFY(!m_controller->action()->isEnabled());
        emit m_controller->progressDialog()->canceled(); // its Cancel button
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY(finished.first().at(2).toString().isEmpty()); // no message for a cancel
        QVERIFY(!m_controller->resultBox());
        QVERIFY(m_controller->action()->isEnabled());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous\n"));
    }

    void failureIsReported()
    {
        QSignalSpy finished(m_controller, &ExportController::exportFinished);
        m_controller->exportTo(m_dir->filePath(QStringLiteral("missing/folder/x.sqlite")), From, To);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY(m_controller->resultBox());
        QCOMPARE(m_controller->resultBox()->icon(), QMessageBox::Warning);
        QVERIFY(m_controller->resultBox()->text().contains(QLatin1String("x.sqlite")));
        m_controller->resultBox()->close();

        finished.clear();
        m_controller->exportTo(m_dir->filePath(QStringLiteral("x.txt")), From, To);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY(finished.first().at(2).toString().contains(QLatin1String(".sqlite")));
    }
};

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
