// SPDX-License-Identifier: GPL-3.0-or-later
// Undo in the main window against the fake server: a delete offers Undo in a toast (its timer read, never waited
// for) and Ctrl+Z brings the entry back as a new one; an edit saved in the dialog is undone from the toast; the
// confirmation says what Undo can do; another account leaves nothing to undo.
#include "core/session/accountdata.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/mainwindow/entrytableview.h"
#include "gui/mainwindow/entryundocontroller.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/undotoast.h"
#include "models/entrytablemodel.h"
#include "models/entryundostack.h"
#include "models/masterdata.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/testhelpers.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

class TestUndo : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountData> m_account;
    std::unique_ptr<MasterData> m_master;
    std::unique_ptr<MainWindow> m_window;
    Catalog m_catalog;

    void openWindow()
    {
        m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->entryModel()->hasQuery() && !m_window->entryModel()->isLoading(), 10000);
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    }

    void selectFirstRow()
    {
        QTableView* view = m_window->entryView();
        view->setFocus();
        // The first entry row: the table is grouped by day, row 0 is a day header.
        int row = 0;
        while (row < view->model()->rowCount() && EntryTableView::isDayHeader(view->model()->index(row, 0)))
            ++row;
        view->selectRow(row);
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0), QItemSelectionModel::NoUpdate);
    }

    void deleteFirstRow()
    {
        selectFirstRow();
        QSignalSpy changed(m_window.get(), &MainWindow::entriesChanged);
        QTest::keyClick(m_window->entryView(), Qt::Key_Delete);
        QTRY_VERIFY(m_window->deleteConfirmation());
        QTest::mouseClick(
            m_window->deleteConfirmation()->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")),
            Qt::LeftButton);
        QVERIFY(changed.wait(10000));
    }

    UndoToast* toast() const { return m_window->undoController()->toast(); }

    // Entries on the server with these fields (id and server times aside).
    int countLike(const QJsonObject& entry) const
    {
        int n = 0;
        for (const QJsonValue& v : m_server->allEntries()) {
            const QJsonObject o = v.toObject();
            n += o.value(QLatin1String("customers_id")) == entry.value(QLatin1String("customers_id"))
                    && o.value(QLatin1String("services_id")) == entry.value(QLatin1String("services_id"))
                    && o.value(QLatin1String("time_since")) == entry.value(QLatin1String("time_since"))
                    && o.value(QLatin1String("time_until")) == entry.value(QLatin1String("time_until"))
                    && o.value(QLatin1String("billable")) == entry.value(QLatin1String("billable"))
                    && o.value(QLatin1String("text")) == entry.value(QLatin1String("text"))
                ? 1
                : 0;
        }
        return n;
    }

private slots:
    void init()
    {
        const QDateTime now = utc(2026, 11, 25, 15, 0);
        QVERIFY(startFakeServer(now));
        m_catalog = seedCatalog();
        m_clock = std::make_unique<ManualClock>(now);
        m_account = std::make_unique<AccountData>(m_api.get());
        m_master = std::make_unique<MasterData>(m_account.get());
        m_window = std::make_unique<MainWindow>();
        m_window->setConnectionText(m_server->email(), true);
    }

    void cleanup()
    {
        m_window.reset();
        m_master.reset();
        m_account.reset();
        stopFakeServer();
        m_clock.reset();
    }

    void confirmationSaysWhatUndoDoes()
    {
        m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                               QStringLiteral("Zeit"), 1);
        openWindow();
        selectFirstRow();
        QTest::keyClick(m_window->entryView(), Qt::Key_Delete);
        QTRY_VERIFY(m_window->deleteConfirmation());
        const QString info = m_window->deleteConfirmation()->informativeText();
        QVERIFY2(!info.contains(QStringLiteral("cannot be restored")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Undo (Ctrl+Z)")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("new entr")), qPrintable(info));
        QTest::keyClick(m_window->deleteConfirmation(), Qt::Key_Escape);
    }

    void deleteThenCtrlZBringsTheEntryBackOnce()
    {
        const qint64 id = m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, utc(2026, 11, 24, 8),
                                                 utc(2026, 11, 24, 9, 30), QStringLiteral("Zeit"), 1);
        const QJsonObject before = m_server->entry(id);
        openWindow();
        QVERIFY(!m_window->undoController()->undoAction()->isEnabled());
        deleteFirstRow();
        QVERIFY(m_server->entry(id).isEmpty());
        QCOMPARE(m_window->entryModel()->rowCount(), 0);

        // The toast offers Undo for a while: its timer runs with the default time (not waited for here).
        QVERIFY(toast()->isVisible());
        QVERIFY(toast()->isUndoOffered());
        // (No translator is loaded here: the English singular comes from the app's en catalogue.)
        QVERIFY2(toast()->text().startsWith(QStringLiteral("1 "))
                     && toast()->text().endsWith(QStringLiteral(" deleted.")),
                 qPrintable(toast()->text()));
        QVERIFY(toast()->timer()->isActive());
        QCOMPARE(toast()->timer()->interval(), UndoToast::DefaultTimeoutMs);
        toast()->expire(); // the time is up
        QVERIFY(!toast()->isVisible());

        // Ctrl+Z still undoes it after the toast went.
        QAction* undo = m_window->undoController()->undoAction();
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QSignalSpy restored(m_window->undoController(), &EntryUndoController::restored);
        // (After a modal dialog the offscreen platform does not activate windows by itself.)
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window->entryView(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(restored.wait(10000));
        QCOMPARE(m_server->allEntries().size(), 1);
        QCOMPARE(countLike(before), 1);
        const qint64 newId = restored.first().first().value<QList<qint64>>().first();
        QVERIFY(newId != id);
        QTRY_COMPARE(m_window->entryModel()->rowCount(), 1);
        QCOMPARE(m_window->entryModel()->rowOfId(newId), 0);
        QVERIFY(toast()->text().contains(QStringLiteral("new entr")));
        QVERIFY(!toast()->isUndoOffered());
        QVERIFY(!undo->isEnabled());
        // A second Ctrl+Z has nothing left to do.
        m_server->clearRequestLog();
        QTest::keyClick(m_window->entryView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(loggedRequests("POST", QString()).size(), 0);
    }

    void editUndoneFromTheToast()
    {
        const qint64 id = m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, utc(2026, 11, 24, 8),
                                                 utc(2026, 11, 24, 9), QStringLiteral("Vorher"), 1);
        openWindow();
        selectFirstRow();
        QTest::keyClick(m_window->entryView(), Qt::Key_Return);
        QTRY_VERIFY(m_window->currentDialog());
        EntryEditDialog* dialog = m_window->currentDialog();
        auto* text = child<QLineEdit>(dialog, "descriptionLineEdit");
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Nachher"));
        m_server->advance(60);
        QSignalSpy changed(m_window.get(), &MainWindow::entriesChanged);
        dialog->save();
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_server->entry(id).value(QLatin1String("text")).toString(), QStringLiteral("Nachher"));
        QTRY_VERIFY(toast()->isUndoOffered());
        QCOMPARE(toast()->text(), QStringLiteral("Entry saved."));
        QCOMPARE(m_window->undoController()->undoAction()->text(), QStringLiteral("Und&o edit"));

        m_server->advance(60);
        QSignalSpy restored(m_window->undoController(), &EntryUndoController::restored);
        QTest::mouseClick(toast()->undoButton(), Qt::LeftButton);
        QVERIFY(restored.wait(10000));
        QCOMPARE(m_server->entry(id).value(QLatin1String("text")).toString(), QStringLiteral("Vorher"));
        QCOMPARE(m_server->allEntries().size(), 1);
        QTRY_COMPARE(m_window->entryModel()->entryAt(0).text, QStringLiteral("Vorher"));
    }

    void anotherAccountLeavesNothingToUndo()
    {
        m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                               QStringLiteral("Zeit"), 1);
        openWindow();
        deleteFirstRow();
        QVERIFY(toast()->isUndoOffered());
        QVERIFY(m_window->undoController()->undoAction()->isEnabled());
        m_account->clear(); // what signing in as someone else does
        QVERIFY(!toast()->isVisible());
        QVERIFY(!m_window->undoController()->undoAction()->isEnabled());
        QCOMPARE(m_window->undoController()->stack()->count(), 0);
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
