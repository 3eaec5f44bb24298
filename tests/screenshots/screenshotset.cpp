// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the screenshot set of tests/screenshot-set.sh: every screen of the app in one language on the X screen it
// runs on (Xvfb of the script's size, with a panel), against the fake server's demo account at a fixed time. Each
// screen is grabbed whole (what `import -window root` sees) into OUTDIR/<width>x<height>-<language>-<name>.png.
// Not a test: the script runs it, and a person looks at the pictures.
// Usage: clockodo-screenshot-set OUTDIR LANGUAGE
#include "api/apiclient.h"
#include "core/platform/autostart.h"
#include "core/session/accountcurrencyloader.h"
#include "core/session/accountdata.h"
#include "core/session/accountsession.h"
#include "core/session/credentialstore.h"
#include "core/session/languagemanager.h"
#include "core/session/settings.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlineuploader.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/worktime/worktimeservice.h"
#include "fakeserver/fakeclockodoserver.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/dialogs/signindialog.h"
#include "gui/dialogs/waitinguploaddialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/shortcutsdialog.h"
#include "gui/mainwindow/worktimepanel.h"
#include "gui/tray/traycontroller.h"
#include "models/daygroupproxymodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/masterdata.h"
#include "support/manualclock.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

bool waitUntil(const std::function<bool()>& done, int ms = 15000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

class Shooter
{
public:
    Shooter(const QString& dir, const QString& language)
        : m_dir(dir)
        , m_language(language)
    { }

    void shot(const QString& name)
    {
        QTest::qWait(400); // layouts, queued column fitting, repaints
        QScreen* screen = QGuiApplication::primaryScreen();
        const QSize size = screen->geometry().size();
        const QString file = QStringLiteral("%1/%2x%3-%4-%5.png")
                                 .arg(m_dir)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(m_language, name);
        const bool ok = screen->grabWindow(0).save(file);
        std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(file));
    }

private:
    QString m_dir;
    QString m_language;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // As main.cpp: the window manager's title bars read "<title> — clockodo-desktop".
    QApplication::setApplicationDisplayName(QStringLiteral("clockodo-desktop"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: clockodo-screenshot-set OUTDIR LANGUAGE\n");
        return 2;
    }
    const QString outDir = args.at(1);
    const QString language = args.at(2);
    QDir().mkpath(outDir);
    QTemporaryDir config;
    Settings::setConfigDirectory(config.path());
    Settings settings(config.filePath(QStringLiteral("settings.conf")));
    LanguageManager languages;
    languages.setLanguage(language);

    // Thursday 26 Nov 2026, 10:00 in Berlin: the week has entries before and after today.
    const QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    FakeClockodoServer server;
    if (!server.listen())
        return 1;
    server.setNow(now);
    server.seedDemoData();
    ManualClock clock(now);
    ApiClient api;
    api.setBaseUrl(server.baseUrl());
    api.setCredentials(server.email(), server.apiKey());
    api.setLanguage(language);
    AccountData account(&api);
    new AccountCurrencyLoader(&account);
    MasterData master(&account);
    StopwatchSession session(&api, &clock, nullptr, &account);
    Shooter shooter(outDir, language);

    auto window = std::make_unique<MainWindow>();
    window->setSettings(&settings);
    window->setConnectionText(server.email(), true);
    window->setStopwatchSession(&session);
    window->setDataSources(&api, &master, &clock);
    // The work-time panel beside the chart (issue 13), as WorkTimeWiring puts it there in the app.
    WorkTimeService workTime(&account, session.stopwatch(), &clock);
    workTime.setRemindersEnabled(false);
    WorkTimePanel::placeBeside(window->chart(), &workTime);
    session.start(false);
    window->show();
    if (!waitUntil([&] {
            return window->entryModel()->hasQuery() && !window->entryModel()->isLoading() && master.isLoaded()
                && session.stopwatch()->isKnown() && !account.currency().isEmpty()
                && workTime.state() == WorkTimeService::State::Ready;
        }))
        std::fprintf(stderr, "the window did not load\n");
    shooter.shot(QStringLiteral("01-week"));

    // The clock runs (started on another device).
    const qint64 customer = account.customers().isEmpty() ? 0 : account.customers().constFirst().id;
    const qint64 service = account.services().isEmpty() ? 0 : account.services().constFirst().id;
    server.remoteStartClock(customer, service, 0, QStringLiteral("Abstimmung der Startseite mit dem Kunden"),
                            now.addSecs(-3600 - 754));
    session.stopwatch()->refresh();
    waitUntil([&] { return session.stopwatch()->isRunning(); });
    window->refreshEntries();
    waitUntil([&] { return !window->entryModel()->isLoading(); });
    shooter.shot(QStringLiteral("02-running"));

    window->reportDock()->toggleViewAction()->trigger();
    shooter.shot(QStringLiteral("03-report"));
    window->reportDock()->toggleViewAction()->trigger();

    const std::pair<Entry::Type, QString> kinds[] = {
        { Entry::Type::Time, QStringLiteral("04-entry-time") },
        { Entry::Type::LumpSumValue, QStringLiteral("05-entry-lumpsum-value") },
        { Entry::Type::LumpSumService, QStringLiteral("06-entry-lumpsum-service") },
    };
    for (const auto& [type, name] : kinds) {
        window->newEntry(type);
        waitUntil([&] { return window->currentDialog() && window->currentDialog()->isVisible(); });
        shooter.shot(name);
        if (EntryEditDialog* dialog = window->currentDialog())
            dialog->reject();
        QTest::qWait(100);
    }

    QuickStartDialog* start = QuickStartDialog::showFor(&session, window.get());
    shooter.shot(QStringLiteral("07-start"));
    start->reject();

    ShortcutsDialog* keys = ShortcutsDialog::showFor(window.get());
    shooter.shot(QStringLiteral("08-shortcuts"));
    keys->close();

    // Delete confirmation for the first entry of the table.
    if (window->entryModel()->rowCount() > 0) {
        const QModelIndex source = window->entryModel()->index(0, 0);
        const QModelIndex shown = window->dayGroupModel()->mapFromSource(window->filterModel()->mapFromSource(source));
        window->entryView()->selectOnly(shown);
        window->deleteSelected();
        waitUntil([&] { return window->deleteConfirmation() && window->deleteConfirmation()->isVisible(); });
        shooter.shot(QStringLiteral("09-delete"));
        if (QMessageBox* box = window->deleteConfirmation())
            box->reject();
    }

    CredentialStore credentials;
    AccountSession accountSession(&api, &settings, &credentials);
    std::unique_ptr<Autostart> autostart = Autostart::create();
    {
        SettingsDialog dialog(&accountSession, &settings, autostart.get(), window.get());
        dialog.show();
        shooter.shot(QStringLiteral("10-settings"));
        if (auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"))) {
            tabs->setCurrentIndex(1); // idle and lock, reminders (issue 13)
            shooter.shot(QStringLiteral("10b-settings-activity"));
        }
    }
    {
        SignInDialog dialog(&accountSession, &settings, window.get());
        dialog.prepare(QString(), AccountSession::Reason::FirstRun);
        dialog.show();
        shooter.shot(QStringLiteral("11-sign-in"));
    }

    // Waiting to upload: Clockodo cannot be reached, the clock stops on this computer.
    QTemporaryDir journalDir;
    OfflineJournal journal(journalDir.filePath(QStringLiteral("offline-journal.sqlite")));
    journal.open(AccountData::keyFor(server.baseUrl(), server.currentUserId()));
    waitUntil([&] { return journal.isLoaded(); });
    session.offlineClock()->setJournal(&journal);
    OfflineUploader uploader(&api, &account, &journal, &clock);
    FakeClockodoServer::Fault drop;
    drop.kind = FakeClockodoServer::Fault::Kind::Drop;
    drop.attempts = 0;
    server.injectFault(drop);
    session.stopwatch()->refresh();
    waitUntil([&] { return session.stopwatch()->connection() == Stopwatch::Connection::Offline; });
    clock.advance(300);
    session.stopwatch()->stop();
    waitUntil([&] { return !session.stopwatch()->isBusy(); });
    shooter.shot(QStringLiteral("12-offline-strip"));
    WaitingUploadDialog* waiting = WaitingUploadDialog::showFor(&session, &uploader, window.get());
    shooter.shot(QStringLiteral("13-waiting-to-upload"));
    waiting->close();

    // The tray menu, opened under the panel's right end.
    TrayController tray(&session, &settings);
    tray.show();
    QTest::qWait(500);
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    tray.menu()->popup(QPoint(screen.right() - tray.menu()->sizeHint().width(), 34));
    shooter.shot(QStringLiteral("14-tray-menu"));
    tray.menu()->hide();
    session.offlineClock()->setJournal(nullptr);
    window.reset();
    return 0;
}
