// SPDX-License-Identifier: GPL-3.0-or-later
// The idle question's window and the Idle and lock settings (issue 13): the span in the account's time zone
// (Europe/Berlin on the fake server, the OS in New York), the answer sent once through the tracker and seen on the
// fake server, Escape does not dismiss the question, the settings page writes the settings and names the backend,
// and both follow the language (en, de, fr). With CLOCKODO_SCREENSHOT_DIR set, each is saved there per language.
#include "api/transport/apitime.h"
#include "api/users/user.h"
#include "core/activity/idlebackends.h"
#include "core/activity/idlesource.h"
#include "core/activity/idletracker.h"
#include "core/session/accountdata.h"
#include "core/session/languagemanager.h"
#include "core/session/settings.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "gui/dialogs/activitysettingspage.h"
#include "gui/dialogs/idlequestiondialog.h"
#include "gui/widgets/taskpicker.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/scopedostimezone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

class FakeIdleSource : public IdleSource
{
    Q_OBJECT
public:
    using IdleSource::IdleSource;
    QString name() const override { return QStringLiteral("fake"); }
    void probe() override { }
    void requestIdleTime() override
    {
        QTimer::singleShot(0, this, [this] { emit idleTimeRead(idleMs); });
    }
    qint64 idleMs = 0;
};

} // namespace

class TestIdleQuestionDialog : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScopedOsTimeZone> m_osZone;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StopwatchSession> m_session;
    std::unique_ptr<FakeIdleSource> m_source;
    std::unique_ptr<IdleTracker> m_tracker;
    Catalog m_catalog;

    void moveTo(int hour, int minute)
    {
        const qint64 s = m_clock->nowUtc().secsTo(QDateTime(T0.date(), QTime(hour, minute), Qt::UTC));
        m_server->advance(s);
        m_clock->advance(s);
    }

    // The clock runs since 09:00 UTC; idle from 09:08 to 09:24 UTC: the tracker raises the question.
    [[nodiscard]] bool raiseQuestion()
    {
        ClockStartRequest r;
        r.customersId = m_catalog.bakery;
        r.servicesId = m_catalog.consulting;
        r.text = QStringLiteral("Planung");
        QSignalSpy started(m_session->stopwatch(), &Stopwatch::actionSucceeded);
        m_session->stopwatch()->start(r);
        if (!started.wait(20000))
            return false;
        QSignalSpy raised(m_tracker.get(), &IdleTracker::questionRaised);
        moveTo(9, 20);
        m_source->idleMs = 12 * 60 * 1000;
        m_tracker->poll();
        if (!QTest::qWaitFor([&] { return m_tracker->question().has_value(); }, 5000))
            return false;
        moveTo(9, 25);
        m_source->idleMs = 60 * 1000;
        m_tracker->poll();
        return raised.wait(5000) && IdleQuestionDialog::current() && IdleQuestionDialog::current()->isVisible();
    }

    void screenshot(QWidget* widget, const QString& name)
    {
        const QByteArray dir = qgetenv("CLOCKODO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        widget->adjustSize();
        QTest::qWait(50); // let the window manager-less X server paint
        QVERIFY(widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_osZone = std::make_unique<ScopedOsTimeZone>("America/New_York");
        QVERIFY(startFakeServer(T0));
        m_catalog = seedCatalog();
        m_api->setTimeoutMs(5000);
        m_clock = std::make_unique<ManualClock>(T0);
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get());
        AccountData* account = m_session->account();
        account->bindAccount(AccountData::keyFor(m_server->baseUrl(), m_server->currentUserId()));
        QString error;
        const std::optional<User> user = User::fromJson(m_server->currentUser(), QString(), &error);
        QVERIFY2(user, qPrintable(error));
        account->setUser(*user);
        QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
        QSignalSpy synced(m_session->stopwatch(), &Stopwatch::synced);
        m_session->start(false);
        QVERIFY(synced.wait(20000));
        QVERIFY(loaded.count() || loaded.wait(20000));
        m_source = std::make_unique<FakeIdleSource>();
        m_tracker = std::make_unique<IdleTracker>(m_session.get(), m_settings.get(), m_source.get());
        IdleQuestionDialog::follow(m_tracker.get(), m_session.get());
    }

    void cleanup()
    {
        delete IdleQuestionDialog::current();
        m_tracker.reset();
        m_source.reset();
        m_session.reset();
        m_settings.reset();
        stopFakeServer();
        m_clock.reset();
        m_osZone.reset();
    }

    void showsTheSpanInTheAccountsZoneAndAnswersOnce()
    {
        QVERIFY(raiseQuestion());
        IdleQuestionDialog* dialog = IdleQuestionDialog::current();
        // 09:08–09:24 UTC is 10:08–10:24 in Berlin (the account), 04:08 in New York (the OS).
        const QString span = dialog->spanLabel()->text();
        QVERIFY2(span.contains(QStringLiteral("10:08")) && span.contains(QStringLiteral("10:24")), qPrintable(span));
        QVERIFY2(span.contains(QStringLiteral("0:16 h")), qPrintable(span));
        QVERIFY2(!span.contains(QStringLiteral("04:08")), qPrintable(span));
        QVERIFY(dialog->stopButton()->text().contains(QStringLiteral("10:08")));
        QVERIFY(dialog->keepButton()->isChecked());
        QVERIFY(!dialog->picker()->isEnabled());

        // Escape does not dismiss it.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());

        // "Book as another task" enables the picker (preset with the running task).
        dialog->otherTaskButton()->setChecked(true);
        QVERIFY(dialog->picker()->isEnabled());
        QVERIFY(dialog->applyButton()->isEnabled());
        dialog->stopButton()->setChecked(true);
        QVERIFY(!dialog->picker()->isEnabled());

        // Apply: one stop at 10:08 Berlin = 09:08 UTC; a double click sends nothing more.
        m_server->clearRequestLog();
        QPointer<IdleQuestionDialog> guard(dialog);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!guard || !guard->isVisible());
        QTRY_VERIFY(!m_session->stopwatch()->isBusy());
        int stops = 0;
        for (const auto& r : m_server->requestLog())
            stops += r.method == "DELETE" ? 1 : 0;
        QCOMPARE(stops, 1);
        const QJsonObject entry = m_server->allEntries().first().toObject();
        QCOMPARE(ApiTime::parse(entry.value(QStringLiteral("time_until")).toString()),
                 QDateTime(T0.date(), QTime(9, 8), Qt::UTC));
    }

    void translatedAndScreenshots()
    {
        QVERIFY(raiseQuestion());
        IdleQuestionDialog* dialog = IdleQuestionDialog::current();
        dialog->otherTaskButton()->setChecked(true);
        ActivitySettingsPage page(m_settings.get());
        page.show();
        LanguageManager languages;
        for (const QString& language : { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") }) {
            languages.setLanguage(language);
            QTRY_COMPARE(dialog->windowTitle(),
                         QCoreApplication::translate("IdleQuestionDialog", "Away from the computer"));
            QCOMPARE(page.title(), QCoreApplication::translate("ActivitySettingsPage", "Idle and lock"));
            if (language != QLatin1String("en")) {
                QVERIFY(dialog->windowTitle() != QStringLiteral("Away from the computer"));
                QVERIFY(page.title() != QStringLiteral("Idle and lock"));
            }
            screenshot(dialog, QStringLiteral("idle-question-") + language);
            screenshot(&page, QStringLiteral("idle-settings-") + language);
        }
        languages.setLanguage(QStringLiteral("en"));
    }

    void settingsPageWritesTheSettings()
    {
        ActivitySettingsPage page(m_settings.get());
        QVERIFY(page.idleDetectionBox()->isChecked());
        QCOMPARE(page.idleMinutesBox()->value(), 10);
        QVERIFY(!page.stopOnLockBox()->isChecked());
        page.idleMinutesBox()->setValue(25);
        QCOMPARE(m_settings->idleMinutes(), 25);
        page.stopOnLockBox()->setChecked(true);
        page.stopOnSuspendBox()->setChecked(true);
        page.stopOnShutdownBox()->setChecked(true);
        QVERIFY(m_settings->stopOnLock() && m_settings->stopOnSuspend() && m_settings->stopOnShutdown());
        page.idleDetectionBox()->setChecked(false);
        QVERIFY(!m_settings->idleDetection());
        QVERIFY(!page.idleMinutesBox()->isEnabled());
        // The backend line: what the probe of this process found, or "none found" plainly.
        IdleBackends none({});
        none.probe();
        page.show();
        QVERIFY2(page.backendLabel()->text().contains(QStringLiteral("none found")),
                 qPrintable(page.backendLabel()->text()));
    }
};

QTEST_MAIN(TestIdleQuestionDialog)
#include "tst_idlequestiondialog.moc"
