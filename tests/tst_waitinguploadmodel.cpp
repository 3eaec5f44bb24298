// SPDX-License-Identifier: GPL-3.0-or-later
// WaitingUploadModel over an OfflineJournal on a private file: rows follow the journal (insert, dataChanged per row,
// remove when uploaded or discarded), texts for task, time, state and conflict; QAbstractItemModelTester watches.
#include "core/platform/dateformats.h"
#include "core/tracking/clockformat.h"
#include "core/tracking/offlinejournal.h"
#include "models/waitinguploadmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const QString Key = QStringLiteral("http://127.0.0.1:1/api#1");

OfflineRecord period(const QDateTime& start, const QDateTime& end, const QString& text)
{
    OfflineRecord r;
    r.id = OfflineRecord::newId();
    r.kind = OfflineRecord::Kind::Period;
    r.state = end.isValid() ? OfflineRecord::State::Waiting : OfflineRecord::State::Running;
    r.customersId = 101;
    r.servicesId = 301;
    r.text = text;
    r.start = start;
    r.end = end;
    return r;
}

} // namespace

class TestWaitingUploadModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool write(OfflineJournal* journal, const OfflineRecord& record)
    {
        QSignalSpy written(journal, &OfflineJournal::written);
        const quint64 ticket = journal->write(record);
        return QTest::qWaitFor([&] { return !written.isEmpty(); }, 10000)
            && written.first().at(0).toULongLong() == ticket && written.first().at(1).toBool();
    }

private slots:
    void followsTheJournal()
    {
        QVERIFY(m_dir.isValid());
        OfflineJournal journal(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QSignalSpy loaded(&journal, &OfflineJournal::loaded);
        journal.open(Key);
        QVERIFY(loaded.wait(10000));
        WaitingUploadModel model(&journal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(WaitingUploadModel::ColumnCount));

        OfflineRecord first = period(T0, T0.addSecs(1500), QStringLiteral("Planung"));
        OfflineRecord second = period(T0.addSecs(1500), QDateTime(), QString());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(write(&journal, first));
        QVERIFY(write(&journal, second));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.data(model.index(0, WaitingUploadModel::TaskColumn)).toString(),
                 QStringLiteral("Customer 101 · Service 301"));
        const QTimeZone zone = QTimeZone::systemTimeZone();
        // The day with its four-digit year (issue 15: "11/26/26" read as a two-digit year in English).
        const QString day = QLocale().toString(T0.toTimeZone(zone).date(), DateFormats::shortDate(QLocale()));
        QVERIFY2(day.contains(QString::number(T0.toTimeZone(zone).date().year())), qPrintable(day));
        QCOMPARE(model.data(model.index(0, WaitingUploadModel::TimeColumn)).toString(),
                 QStringLiteral("%1 %2 – %3")
                     .arg(day, ClockFormat::time(T0, zone), ClockFormat::time(T0.addSecs(1500), zone)));
        QCOMPARE(model.data(model.index(1, WaitingUploadModel::TimeColumn)).toString(),
                 QStringLiteral("%1 %2 – now").arg(day, ClockFormat::time(T0.addSecs(1500), zone)));
        QCOMPARE(model.data(model.index(0, WaitingUploadModel::StateColumn)).toString(),
                 QStringLiteral("Waiting to upload"));
        QCOMPARE(model.data(model.index(1, WaitingUploadModel::StateColumn)).toString(),
                 QStringLiteral("Running on this computer"));
        QCOMPARE(model.data(model.index(0, 0), WaitingUploadModel::RecordIdRole).toString(), first.id);

        // A conflict on the first record: one dataChanged, for its row only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        first.state = OfflineRecord::State::Conflict;
        first.conflict = QStringLiteral("overlap");
        first.conflictMessage = QStringLiteral("The period overlaps an entry made elsewhere.");
        QVERIFY(write(&journal, first));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(model.data(model.index(0, WaitingUploadModel::StateColumn)).toString(),
                 QStringLiteral("Needs your decision"));
        QCOMPARE(model.data(model.index(0, WaitingUploadModel::ProblemColumn)).toString(), first.conflictMessage);
        QCOMPARE(model.data(model.index(0, 0), WaitingUploadModel::ConflictRole).toString(), QStringLiteral("overlap"));

        // A server stop is named as one.
        OfflineRecord stop = period(T0.addSecs(-600), T0, QString());
        stop.kind = OfflineRecord::Kind::ServerStop;
        stop.serverEntryId = 42;
        QVERIFY(write(&journal, stop));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(2, WaitingUploadModel::TaskColumn)).toString(),
                 QStringLiteral("Stop of Customer 101 · Service 301"));

        // Uploaded and discarded records leave the list.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        first.state = OfflineRecord::State::Uploaded;
        QVERIFY(write(&journal, first));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.data(model.index(0, 0), WaitingUploadModel::RecordIdRole).toString(), second.id);
        stop.state = OfflineRecord::State::Discarded;
        QVERIFY(write(&journal, stop));
        QCOMPARE(model.rowCount(), 1);

        // Another account: its own (empty) list.
        QSignalSpy reset(&model, &QAbstractItemModel::rowsRemoved);
        journal.open(QStringLiteral("http://127.0.0.1:1/api#2"));
        QTRY_VERIFY(journal.isLoaded());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWaitingUploadModel)
#include "tst_waitinguploadmodel.moc"
