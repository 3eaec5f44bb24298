// SPDX-License-Identifier: GPL-3.0-or-later
// The fault suite (issue 12): every fault the fake server can inject, against every write the app offers today
// (clock start, switch and stop through the Stopwatch; entry create and edit through EntrySaveOperation, as the
// entry dialog saves; delete through EntryTableModel, as the window deletes). For each pair: no crash, a message in
// the user's language (German here: the de catalogue is installed and Accept-Language is de), the write reached the
// server at most once per user action, no stuck busy state, the client reads the truth again by itself once the
// server is back, and after the user's natural retry ("Not saved" → Save again) the server holds exactly what the
// user wanted: nothing lost, nothing twice. The figures are printed at the end.
//
// Timing: the fake's clock is frozen and an outage ends when the test moves it; our side runs on a ManualClock; the
// client's timeout is shortened (ApiClient::setTimeoutMs) for the hangs and its retries wait milliseconds.
#include "api/entries/entryquery.h"
#include "core/session/accountdata.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "models/entrysaveoperation.h"
#include "models/entrytablemodel.h"
#include "support/apiwaits.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
constexpr int TimeoutMs = 400; // the client's timeout in this suite: a hang costs this much
constexpr int OutageSeconds = 120;

enum class FaultKind
{
    OutageRefused, // connections refused for 120 s of the server's time
    OutageDropped, // connections accepted and closed without an answer for 120 s
    Server500,
    Server503,
    ActThen500, // the server acted, then answered 500
    Storm429RetryAfter, // every write answered 429 with Retry-After: 3600 until the storm ends
    Storm429, // the same without Retry-After (the client backs off)
    Drop, // closed before acting, no answer
    ActThenDrop,
    Hang, // received, never answered: the client's timeout
    ActThenHang,
    Truncated,
    Malformed,
    ActThenMalformed,
};

enum class Action
{
    Start,
    Switch,
    Stop,
    Create,
    Edit,
    Delete,
};

const char* faultName(FaultKind kind)
{
    static const char* const names[] = { "outage refused",
                                         "outage dropped",
                                         "500",
                                         "503",
                                         "act then 500",
                                         "429 storm with Retry-After",
                                         "429 storm",
                                         "drop",
                                         "act then drop",
                                         "hang",
                                         "act then hang",
                                         "truncated",
                                         "malformed",
                                         "act then malformed" };
    return names[int(kind)];
}

const char* actionName(Action action)
{
    static const char* const names[] = { "start", "switch", "stop", "create", "edit", "delete" };
    return names[int(action)];
}

// The de catalogue, remembering every translation it handed out: a message counts as translated when it contains
// a piece of one of them (the text around the %1 placeholders).
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        const QString result = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!result.isEmpty() && result != QString::fromUtf8(sourceText))
            m_handedOut.append(result);
        return result;
    }

    bool containsTranslatedPiece(const QString& message) const
    {
        static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
        for (const QString& translation : std::as_const(m_handedOut)) {
            const QStringList pieces = translation.split(placeholder);
            for (const QString& piece : pieces) {
                if (piece.trimmed().size() >= 8 && message.contains(piece.trimmed()))
                    return true;
            }
        }
        return false;
    }

private:
    mutable QStringList m_handedOut;
};

} // namespace

class TestFaultSuite : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    struct Figures
    {
        int tried = 0;
        int lost = 0;
        int duplicated = 0;
        int recovered = 0;
        int retriedByUser = 0;
        int misreported = 0; // the app said done and the server had not, or the other way round
    };

    // What the user saw of one action: whether the app said it was done, and the sentence it showed.
    struct Outcome
    {
        bool done = false;
        QString message;
        bool answered = false;
    };

    RecordingTranslator m_translator;
    Figures m_figures;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StopwatchSession> m_session;
    Stopwatch* m_sw = nullptr;
    Catalog m_catalog;
    qint64 m_seeded = 0; // the entry edited or deleted
    qint64 m_other = 0; // an entry no action touches

    ClockStartRequest startRequest(bool b) const
    {
        ClockStartRequest r;
        r.customersId = b ? m_catalog.atelier : m_catalog.bakery;
        r.servicesId = b ? m_catalog.development : m_catalog.consulting;
        r.text = b ? QStringLiteral("Entwürfe") : QStringLiteral("Planung");
        return r;
    }

    Entry newEntry() const
    {
        Entry e;
        e.type = Entry::Type::Time;
        e.customersId = m_catalog.bakery;
        e.servicesId = m_catalog.consulting;
        e.billable = 1;
        e.text = QStringLiteral("Fehlersuche");
        e.timeSince = T0.addSecs(-3 * 3600);
        e.timeUntil = T0.addSecs(-2 * 3600);
        return e;
    }

    Entry readEntry(qint64 id)
    {
        Entry result;
        ApiReply* reply = m_api->entry(id);
        QObject::connect(reply, &ApiReply::finished, reply, [reply, &result] {
            if (reply->isOk())
                result = reply->valueAs<Entry>();
        });
        if (!waitFor(reply))
            return {};
        return result;
    }

    // The write an action sends: its method and path prefix (below /api).
    QPair<QByteArray, QString> writeOf(Action action) const
    {
        switch (action) {
        case Action::Start:
        case Action::Switch:
            return { "POST", QStringLiteral("/v2/clock") };
        case Action::Stop:
            return { "DELETE", QStringLiteral("/v2/clock/") };
        case Action::Create:
            return { "POST", QStringLiteral("/v2/entries") };
        case Action::Edit:
            return { "PUT", QStringLiteral("/v2/entries/%1").arg(m_seeded) };
        case Action::Delete:
            return { "DELETE", QStringLiteral("/v2/entries/%1").arg(m_seeded) };
        }
        return {};
    }

    int writesLogged(Action action) const
    {
        const auto [method, path] = writeOf(action);
        return int(loggedRequests(method, QStringLiteral("/api") + path).size());
    }

    void inject(FaultKind kind, Action action)
    {
        using Kind = FakeClockodoServer::Fault::Kind;
        if (kind == FaultKind::OutageRefused || kind == FaultKind::OutageDropped) {
            m_server->startOutage(OutageSeconds,
                                  kind == FaultKind::OutageRefused ? FakeClockodoServer::OutageMode::Refuse
                                                                   : FakeClockodoServer::OutageMode::Drop);
            return;
        }
        FakeClockodoServer::Fault fault;
        const auto [method, path] = writeOf(action);
        fault.method = method;
        fault.pathPrefix = path;
        fault.attempts = 0; // every attempt until the server recovers
        switch (kind) {
        case FaultKind::OutageRefused:
        case FaultKind::OutageDropped:
            break;
        case FaultKind::Server500:
        case FaultKind::Server503:
        case FaultKind::ActThen500:
            fault.kind = Kind::Status;
            fault.status = kind == FaultKind::Server503 ? 503 : 500;
            fault.actFirst = kind == FaultKind::ActThen500;
            fault.attempts = fault.actFirst ? 1 : 0;
            break;
        case FaultKind::Storm429RetryAfter:
        case FaultKind::Storm429:
            fault.kind = Kind::TooManyRequests;
            fault.retryAfterSeconds = kind == FaultKind::Storm429RetryAfter ? 3600 : -1;
            break;
        case FaultKind::Drop:
            fault.kind = Kind::Drop;
            break;
        case FaultKind::ActThenDrop:
            fault.kind = Kind::ActThenDrop;
            fault.attempts = 1;
            break;
        case FaultKind::Hang:
        case FaultKind::ActThenHang:
            fault.kind = Kind::Hang;
            fault.actFirst = kind == FaultKind::ActThenHang;
            fault.attempts = 1;
            break;
        case FaultKind::Truncated:
            fault.kind = Kind::Truncated;
            break;
        case FaultKind::Malformed:
        case FaultKind::ActThenMalformed:
            fault.kind = Kind::Malformed;
            fault.actFirst = kind == FaultKind::ActThenMalformed;
            fault.attempts = fault.actFirst ? 1 : 0;
            break;
        }
        m_server->injectFault(fault);
    }

    // The server is back: faults cleared, an outage over because the server's time passed its end.
    void recover()
    {
        m_server->clearFaults();
        m_server->advance(OutageSeconds + 1);
        m_clock->advance(OutageSeconds + 1);
        QVERIFY(!m_server->isInOutage());
    }

    bool readClock()
    {
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        QSignalSpy failed(m_sw, &Stopwatch::syncFailed);
        m_sw->poll();
        return QTest::qWaitFor([&] { return synced.count() + failed.count() > 0; }, 20000) && synced.count() == 1;
    }

    Outcome clockAction(Action action)
    {
        Outcome outcome;
        QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
        QSignalSpy failed(m_sw, &Stopwatch::actionFailed);
        if (action == Action::Stop)
            m_sw->stop();
        else
            m_sw->start(startRequest(action == Action::Switch));
        outcome.answered = QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000);
        if (ok.count()) {
            outcome.done = true;
            outcome.message = ok.first().at(1).toString();
        } else if (failed.count()) {
            outcome.message = failed.first().at(2).toString();
        }
        return outcome;
    }

    // As the entry dialog saves: create or edit; a conflict found by the edit's check is overwritten (the user
    // keeps what they typed).
    Outcome saveAction(Action action, const Entry& original)
    {
        Outcome outcome;
        EntrySaveOperation operation(m_api.get());
        QSignalSpy ok(&operation, &EntrySaveOperation::succeeded);
        QSignalSpy failed(&operation, &EntrySaveOperation::failed);
        QObject::connect(&operation, &EntrySaveOperation::conflictDetected, &operation, &EntrySaveOperation::overwrite);
        if (action == Action::Create) {
            operation.create(newEntry());
        } else {
            Entry edited = original;
            edited.text = QStringLiteral("Korrigiert nach Störung");
            operation.update(original, edited);
        }
        outcome.answered = QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000);
        if (ok.count()) {
            outcome.done = true;
        } else if (failed.count()) {
            const ApiError error = failed.first().at(0).value<ApiError>();
            //: after a failed save; %1 is the reason
            outcome.message
                = QCoreApplication::translate("EntryEditDialog", "Not saved: %1 Everything you typed is still here.")
                      .arg(error.message());
        }
        if (operation.isBusy())
            outcome.answered = false; // a stuck "Saving…"
        return outcome;
    }

    // As the window deletes: through the table model, the banner's sentence on failure.
    Outcome deleteAction(EntryTableModel* model)
    {
        Outcome outcome;
        QSignalSpy finished(model, &EntryTableModel::deleteFinished);
        model->deleteEntries({ m_seeded });
        outcome.answered = finished.wait(20000) || finished.count() == 1;
        if (!outcome.answered)
            return outcome;
        const auto failedIds = finished.first().at(1).value<QList<qint64>>();
        outcome.done = failedIds.isEmpty();
        if (!outcome.done) {
            const ApiError error = finished.first().at(2).value<ApiError>();
            //: %1 is the reason (a sentence from Clockodo)
            outcome.message = QCoreApplication::translate("MainWindow", "%n entries could not be deleted. %1", nullptr,
                                                          int(failedIds.size()))
                                  .arg(error.message());
        }
        return outcome;
    }

    bool loadModel(EntryTableModel* model)
    {
        QSignalSpy loaded(model, &EntryTableModel::loadFinished);
        EntryQuery query;
        query.since = T0.addDays(-1);
        query.until = T0.addDays(1);
        model->load(query);
        return loaded.wait(20000) || loaded.count() == 1;
    }

    bool refreshModel(EntryTableModel* model)
    {
        QSignalSpy loaded(model, &EntryTableModel::loadFinished);
        model->refresh();
        return loaded.wait(20000) || loaded.count() == 1;
    }

    QList<QJsonObject> serverEntries(qint64 customersId, const QString& text = {}) const
    {
        QList<QJsonObject> found;
        for (const QJsonValue& value : m_server->allEntries()) {
            const QJsonObject e = value.toObject();
            if (e.value(QLatin1String("customers_id")).toInteger() == customersId
                && (text.isEmpty() || e.value(QLatin1String("text")).toString() == text))
                found.append(e);
        }
        return found;
    }

    // Whether the server shows the action's effect, and anything twice (or anything else touched).
    struct Effect
    {
        bool present = false;
        bool duplicated = false;
    };

    Effect effectOf(Action act, qsizetype entriesBefore) const
    {
        Effect effect;
        const qsizetype entriesNow = m_server->allEntries().size();
        const qint64 running = m_server->runningEntryId();
        switch (act) {
        case Action::Start: {
            const QList<QJsonObject> started = serverEntries(m_catalog.bakery, QStringLiteral("Planung"));
            effect.present
                = !started.isEmpty() && running == started.constLast().value(QLatin1String("id")).toInteger();
            effect.duplicated = started.size() > 1 || entriesNow > entriesBefore + 1;
            break;
        }
        case Action::Switch: {
            const QList<QJsonObject> switched = serverEntries(m_catalog.atelier, QStringLiteral("Entwürfe"));
            effect.present
                = !switched.isEmpty() && running == switched.constLast().value(QLatin1String("id")).toInteger();
            effect.duplicated = switched.size() > 1 || entriesNow > entriesBefore + 1
                || serverEntries(m_catalog.bakery, QStringLiteral("Planung")).size() != 1;
            break;
        }
        case Action::Stop:
            effect.present = running == 0;
            effect.duplicated = entriesNow != entriesBefore;
            break;
        case Action::Create: {
            const QList<QJsonObject> created = serverEntries(m_catalog.bakery, QStringLiteral("Fehlersuche"));
            effect.present = !created.isEmpty();
            effect.duplicated = created.size() > 1 || entriesNow > entriesBefore + 1;
            break;
        }
        case Action::Edit:
            effect.present = m_server->entry(m_seeded).value(QLatin1String("text")).toString()
                == QStringLiteral("Korrigiert nach Störung");
            effect.duplicated = entriesNow != entriesBefore;
            break;
        case Action::Delete:
            effect.present = m_server->entry(m_seeded).isEmpty();
            effect.duplicated = m_server->entry(m_other).isEmpty() || entriesNow < entriesBefore - 1;
            break;
        }
        return effect;
    }

    static bool isClockAction(Action act)
    {
        return act == Action::Start || act == Action::Switch || act == Action::Stop;
    }

    // Right after the action under the fault: no crash (we are here), an answer, no stuck busy state, a message in
    // the user's language, at most one write, and an outcome that tells the truth.
    void checkOutcome(Action act, const Outcome& outcome, qsizetype entriesBefore)
    {
        QVERIFY2(outcome.answered, "the action never finished (a stuck busy state)");
        QVERIFY(!m_sw->isBusy());
        // Every failure says why, every clock action says what is true.
        if (!outcome.done || isClockAction(act)) {
            QVERIFY2(!outcome.message.isEmpty(), "no message");
            QVERIFY2(m_translator.containsTranslatedPiece(outcome.message), qPrintable(outcome.message));
        }
        // A start, stop, create or delete goes out once or not at all (Qt's silent re-send blocked, never repeated
        // by the app); an edit (PUT, idempotent) may be retried but changes nothing twice.
        if (writeOf(act).first != "PUT")
            QVERIFY2(writesLogged(act) <= 1, qPrintable(QStringLiteral("%1 writes").arg(writesLogged(act))));
        // "Done" only when the server has it, "not done" only when it has not.
        const Effect told = effectOf(act, entriesBefore);
        QVERIFY2(!told.duplicated, "duplicated by the action itself");
        if (outcome.done != told.present)
            ++m_figures.misreported;
        QVERIFY2(
            outcome.done == told.present,
            qPrintable(QStringLiteral("the app said %1, the server %2: %3")
                           .arg(outcome.done ? QStringLiteral("done") : QStringLiteral("not done"),
                                told.present ? QStringLiteral("has it") : QStringLiteral("has not"), outcome.message)));
    }

    // The server is back: the stopwatch's next poll (it has one scheduled) or the table's refresh shows the truth.
    void checkRecovery(Action act, EntryTableModel* model)
    {
        if (isClockAction(act)) // a read in flight finishes first
            QVERIFY2(QTest::qWaitFor([this] { return m_sw->nextPollDelayMs() >= 0; }, 5000), "no poll scheduled");
        recover();
        if (isClockAction(act)) {
            QVERIFY(readClock());
            QCOMPARE(m_sw->connection(), Stopwatch::Connection::Online);
            const qint64 running = m_server->runningEntryId();
            QCOMPARE(m_sw->isRunning(), running != 0);
            if (running)
                QCOMPARE(m_sw->running()->id, running);
        } else if (act == Action::Delete) {
            QVERIFY(refreshModel(model));
            QCOMPARE(model->rowOfId(m_seeded) >= 0, !m_server->entry(m_seeded).isEmpty());
        }
    }

    // What a user does when the app shows that the action did not happen: the same action once more.
    void userRetry(Action act, const Outcome& outcome, EntryTableModel* model, const Entry& original)
    {
        bool retry = false;
        if (act == Action::Start || act == Action::Switch) {
            const qint64 wanted = act == Action::Switch ? m_catalog.atelier : m_catalog.bakery;
            retry = !m_sw->isRunning() || m_sw->running()->customersId != wanted;
        } else if (act == Action::Stop) {
            retry = m_sw->isRunning();
        } else if (act == Action::Delete) {
            retry = model->rowOfId(m_seeded) >= 0;
        } else {
            retry = !outcome.done; // the dialog is still open with everything typed
        }
        if (!retry)
            return;
        ++m_figures.retriedByUser;
        if (isClockAction(act))
            QVERIFY(clockAction(act).done);
        else if (act == Action::Delete)
            QVERIFY(deleteAction(model).done);
        else
            QVERIFY(saveAction(act, original).done);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/clockodo-desktop_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_translator);
        // The figures the README quotes.
        qInfo("fault suite: %d faults tried (%d kinds x %d write actions), %d lost, %d duplicated, %d misreported, "
              "%d recovered by themselves, %d needed the user's retry",
              m_figures.tried, int(FaultKind::ActThenMalformed) + 1, int(Action::Delete) + 1, m_figures.lost,
              m_figures.duplicated, m_figures.misreported, m_figures.recovered, m_figures.retriedByUser);
    }

    void init()
    {
        QVERIFY(startFakeServer(T0));
        m_catalog = seedCatalog();
        m_api->setLanguage(QStringLiteral("de"));
        m_api->setTimeoutMs(TimeoutMs);
        // The app's retry policy, with millisecond waits; a Retry-After beyond a second fails at once.
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        fast.maxRetryAfterSeconds = 1;
        m_api->setRetryPolicy(fast);
        m_seeded = m_server->addTimeEntry(m_catalog.atelier, 0, m_catalog.development, T0.addSecs(-6 * 3600),
                                          T0.addSecs(-5 * 3600), QStringLiteral("Skizzen"), 0);
        m_other = m_server->addTimeEntry(m_catalog.atelier, 0, m_catalog.consulting, T0.addSecs(-5 * 3600),
                                         T0.addSecs(-4 * 3600), QStringLiteral("Abstimmung"), 0);
        m_clock = std::make_unique<ManualClock>(T0);
        m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get());
        m_sw = m_session->stopwatch();
        QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        m_session->start(true);
        QVERIFY(loaded.count() == 1 || loaded.wait(20000));
        QVERIFY(QTest::qWaitFor([&] { return synced.count() >= 1; }, 20000));
    }

    void cleanup()
    {
        m_session.reset();
        m_sw = nullptr;
        stopFakeServer();
        m_clock.reset();
    }

    void matrix_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("action");
        for (int f = 0; f <= int(FaultKind::ActThenMalformed); ++f) {
            for (int a = 0; a <= int(Action::Delete); ++a)
                QTest::addRow("%s, %s", faultName(FaultKind(f)), actionName(Action(a))) << f << a;
        }
    }

    void matrix()
    {
        QFETCH(int, fault);
        QFETCH(int, action);
        const auto kind = FaultKind(fault);
        const auto act = Action(action);
        ++m_figures.tried;

        // The state the action starts from.
        if (act == Action::Switch || act == Action::Stop) {
            QVERIFY(m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QStringLiteral("Planung"),
                                               T0.addSecs(-1800)));
            QVERIFY(readClock());
            QVERIFY(m_sw->isRunning());
        }
        EntryTableModel model(m_api.get(), m_clock.get());
        Entry original;
        if (act == Action::Delete)
            QVERIFY(loadModel(&model));
        if (act == Action::Edit) {
            original = readEntry(m_seeded);
            QCOMPARE(original.id, m_seeded);
        }
        const qsizetype entriesBefore = m_server->allEntries().size();
        m_server->clearRequestLog();

        // The action, under the fault.
        inject(kind, act);
        Outcome outcome;
        if (isClockAction(act))
            outcome = clockAction(act);
        else if (act == Action::Delete)
            outcome = deleteAction(&model);
        else
            outcome = saveAction(act, original);
        checkOutcome(act, outcome, entriesBefore);
        if (QTest::currentTestFailed())
            return;

        // The server comes back; the client reads the truth by itself (the poll it scheduled, run now).
        checkRecovery(act, &model);
        if (QTest::currentTestFailed())
            return;
        ++m_figures.recovered;

        // The user's retry, where the app shows that the action did not happen.
        userRetry(act, outcome, &model, original);
        if (QTest::currentTestFailed())
            return;

        // What the server holds now: exactly what the user wanted, once.
        const Effect after = effectOf(act, entriesBefore);
        m_figures.lost += after.present ? 0 : 1;
        m_figures.duplicated += after.duplicated ? 1 : 0;
        QVERIFY2(after.present, "lost");
        QVERIFY2(!after.duplicated, "duplicated");
        QVERIFY(!m_sw->isBusy());
    }
};

QTEST_GUILESS_MAIN(TestFaultSuite)
#include "tst_faultsuite.moc"
