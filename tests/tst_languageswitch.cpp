// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language at run time, wired like the app (Settings → LanguageManager → translators, locale and the
// ApiClient's Accept-Language): the open windows, dialogs, the tray menu and its tooltip change at once, the next
// request to the fake Clockodo server asks for the new language, the server's error messages arrive in it, and
// numbers, dates and durations use the new locale (German: decimal comma; French: non-breaking spaces).
#include "core/platform/dateformats.h"
#include "core/session/accountdata.h"
#include "core/session/accountsession.h"
#include "core/session/credentialstore.h"
#include "core/session/languagemanager.h"
#include "core/session/settings.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "fakeserver/fakemessages.h"
#include "gui/dialogs/correctclockdialog.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/dialogs/signindialog.h"
#include "gui/mainwindow/entryfilterbar.h"
#include "gui/mainwindow/errorbanner.h"
#include "gui/mainwindow/hourschartwidget.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/stopwatchwidget.h"
#include "gui/tray/traycontroller.h"
#include "models/daygroupproxymodel.h"
#include "models/daytotalsmodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/masterdata.h"
#include "support/apiwaits.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/scopedostimezone.h"
#include "support/testhelpers.h"

#include <QAbstractFileIconProvider>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <ctime>
#include <memory>
#include <optional>

namespace {

// U+00A0 and U+202F as French puts them before ":" and between thousands.
const QString nbsp = QString(QChar(0x00A0));
const QString narrowNbsp = QString(QChar(0x202F));

struct Texts
{
    QString language;
    QString editTitle; // EntryEditDialog, duplicate of an entry
    QString dateLabel; // EntryEditDialog
    QString trayStop;
    QString traySettings;
    QString trayRunningFor; // the start of the tooltip's second line
    QString customerHeader; // entry table
    QString hoursHeader; // day totals
    QString dayButton;
    QString entriesMenu;
    QString stripStop; // stopwatch strip
    QString retry; // error banner
    QString allCustomers; // filter bar
    QString chartName; // hours chart (accessible name)
    QString settingsTitle;
    QString systemDefault; // settings, language choice
    QString signInTitle;
    QString quickStartTitle; // while the clock runs
    QString correctTitle;
    QString loadFailed; // banner, %1 = the server's message
    QString notSaved; // edit dialog, %1 = the server's message
    QString weekTotal; // status bar: 5:15 h on Tuesday and the running 0:30 h
    QString dayHours; // day totals, 5.25 h
    QString lumpSum; // amount column, 1234.5
    QString dateEditText; // 24 Nov 2026 in a date edit
    QString rangeStartText; // 23 Nov 2026 in a date edit
};

Texts english()
{
    return { QStringLiteral("en"),
             QStringLiteral("Duplicate entry"),
             QStringLiteral("&Date:"),
             QStringLiteral("Stop"),
             QStringLiteral("Settings…"),
             QStringLiteral("Running for "),
             QStringLiteral("Customer"),
             QStringLiteral("Hours"),
             QStringLiteral("Day"),
             QStringLiteral("&Entries"),
             QStringLiteral("■ Stop"),
             QStringLiteral("&Retry"),
             QStringLiteral("All customers"),
             QStringLiteral("Hours per day"),
             QStringLiteral("Settings"),
             QStringLiteral("System default"),
             QStringLiteral("Sign in to Clockodo"),
             QStringLiteral("Switch task"),
             QStringLiteral("Edit running clock"),
             QStringLiteral("The entries could not be loaded. %1"),
             QStringLiteral("Not saved: %1 Everything you typed is still here."),
             QStringLiteral("Week: 5:45 h (5.75 h)"),
             QStringLiteral("5.25 h"),
             QStringLiteral("1,234.50"),
             QStringLiteral("11/24/2026"),
             QStringLiteral("11/23/2026") };
}

Texts german()
{
    return { QStringLiteral("de"),
             QStringLiteral("Eintrag duplizieren"),
             QStringLiteral("&Datum:"),
             QStringLiteral("Anhalten"),
             QStringLiteral("Einstellungen…"),
             QStringLiteral("Läuft seit "),
             QStringLiteral("Kunde"),
             QStringLiteral("Stunden"),
             QStringLiteral("Tag"),
             QStringLiteral("&Einträge"),
             QStringLiteral("■ Anhalten"),
             QStringLiteral("Erneut &versuchen"),
             QStringLiteral("Alle Kunden"),
             QStringLiteral("Stunden pro Tag"),
             QStringLiteral("Einstellungen"),
             QStringLiteral("Systemsprache"),
             QStringLiteral("Bei Clockodo anmelden"),
             QStringLiteral("Aufgabe wechseln"),
             QStringLiteral("Laufende Stoppuhr bearbeiten"),
             QStringLiteral("Die Einträge konnten nicht geladen werden. %1"),
             QStringLiteral("Nicht gespeichert: %1 Alle Ihre Eingaben sind noch da."),
             QStringLiteral("Woche: 5:45 h (5,75 h)"),
             QStringLiteral("5,25 h"),
             QStringLiteral("1.234,50"),
             QStringLiteral("24.11.2026"),
             QStringLiteral("23.11.2026") };
}

Texts french()
{
    return { QStringLiteral("fr"),
             QStringLiteral("Dupliquer la saisie"),
             QStringLiteral("&Date") + nbsp + QStringLiteral(":"),
             QStringLiteral("Arrêter"),
             QStringLiteral("Paramètres…"),
             QStringLiteral("En cours depuis "),
             QStringLiteral("Client"),
             QStringLiteral("Heures"),
             QStringLiteral("Jour"),
             QStringLiteral("&Saisies"),
             QStringLiteral("■ Arrêter"),
             QStringLiteral("&Réessayer"),
             QStringLiteral("Tous"),
             QStringLiteral("Heures par jour"),
             QStringLiteral("Paramètres"),
             QStringLiteral("Langue du système"),
             QStringLiteral("Se connecter à Clockodo"),
             QStringLiteral("Changer de tâche"),
             QStringLiteral("Modifier le chronomètre en cours"),
             QStringLiteral("Impossible de charger les saisies. %1"),
             QStringLiteral("Non enregistré") + nbsp + QStringLiteral(": %1 Tout ce que vous avez saisi est conservé."),
             QStringLiteral("Semaine") + nbsp + QStringLiteral(": 5:45 h (5,75 h)"),
             QStringLiteral("5,25 h"),
             QStringLiteral("1") + narrowNbsp + QStringLiteral("234,50"),
             QStringLiteral("24/11/2026"),
             QStringLiteral("23/11/2026") };
}

} // namespace

class TestLanguageSwitch : public QObject, private FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void everyWindowFollowsTheLanguage();
    void serverMessagesArriveInTheChosenLanguage();
    void numbersAndDatesFollowTheLocale();
    void qtFileDialogSpeaksTheLanguage();

private:
    // The table's first entry (the table groups entries under day header rows).
    QModelIndex firstEntry() const
    {
        return m_window->dayGroupModel()->mapFromSource(m_window->filterModel()->index(0, 0));
    }
    void switchTo(const QString& language);
    void verifyTexts(const Texts& t);
    void verifyNextRequestsAskFor(const QString& language);

    std::optional<ScopedOsTimeZone> m_osTimeZone;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<AccountData> m_accountData;
    std::unique_ptr<MasterData> m_master;
    std::unique_ptr<StopwatchSession> m_session;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SettingsDialog> m_settingsDialog;
    std::unique_ptr<SignInDialog> m_signIn;
    qint64 m_bakery = 0;
    qint64 m_consulting = 0;
    qint64 m_development = 0;
    qint64 m_firstEntry = 0;
};

void TestLanguageSwitch::initTestCase()
{
    // Local time is the user's time (Berlin), so that every view shows the same clock times.
    m_osTimeZone.emplace("Europe/Berlin");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/clockodo-desktop_de.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/clockodo-desktop_fr.qm")));
    m_languages = std::make_unique<LanguageManager>();
}

void TestLanguageSwitch::cleanupTestCase()
{
    m_languages.reset();
    m_osTimeZone.reset();
}

void TestLanguageSwitch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.conf")));

    // Wednesday 25 Nov 2026, 11:00 in Berlin.
    const QDateTime now = utc(2026, 11, 25, 10);
    QVERIFY(startFakeServer(now));
    m_bakery = m_server->addCustomer(QStringLiteral("Bäckerei Sonnenschein"), true, true, 2);
    m_consulting = m_server->addService(QStringLiteral("Beratung"));
    m_development = m_server->addService(QStringLiteral("Développement"));
    // Tuesday: 09:00–12:00 and 13:00–15:15 in Berlin = 5:15 h; a lump sum of 1234.50.
    m_firstEntry = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 11),
                                          QStringLiteral("Angebot"), 1);
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 12), utc(2026, 11, 24, 14, 15),
                           QStringLiteral("Abstimmung"), 1);
    QVERIFY(m_server->addEntry({ { QStringLiteral("customers_id"), m_bakery },
                                 { QStringLiteral("services_id"), m_consulting },
                                 { QStringLiteral("lumpsum"), 1234.5 },
                                 { QStringLiteral("billable"), 1 },
                                 { QStringLiteral("time_since"), QStringLiteral("2026-11-24T11:00:00Z") },
                                 { QStringLiteral("text"), QStringLiteral("Pauschale") } })
            > 0);
    // The clock runs since 10:30.
    m_server->remoteStartClock(m_bakery, m_development, 0, QStringLiteral("Skizzen"), now.addSecs(-1800));

    // The app's wiring (Application): the setting drives the language manager, which drives Accept-Language.
    connect(m_languages.get(), &LanguageManager::languageChanged, m_api.get(), &ApiClient::setLanguage);
    connect(m_settings.get(), &Settings::changed, m_languages.get(), [this](const QString& key) {
        if (key != Settings::Key::Language)
            return;
        m_languages->setLanguage(m_settings->language());
        m_api->setLanguage(m_languages->apiLanguage());
    });
    m_settings->setLanguage(QStringLiteral("en"));
    m_languages->setLanguage(QStringLiteral("en"));
    m_api->setLanguage(m_languages->apiLanguage());

    m_clock = std::make_unique<ManualClock>(now);
    m_store = std::make_unique<CredentialStore>();
    m_store->setSessionOnly(true);
    m_account = std::make_unique<AccountSession>(m_api.get(), m_settings.get(), m_store.get());
    // One account store feeds the window's models and the stopwatch, as in the app.
    m_accountData = std::make_unique<AccountData>(m_api.get());
    m_master = std::make_unique<MasterData>(m_accountData.get());
    m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get(), nullptr, m_accountData.get());
    m_tray = std::make_unique<TrayController>(m_session.get(), m_settings.get());

    m_window = std::make_unique<MainWindow>();
    m_window->setConnectionText(m_server->email(), false);
    m_window->setStopwatchWidget(new StopwatchWidget(m_session.get()));
    m_window->setApplicationActions({ m_tray->settingsAction(), nullptr, m_tray->quitAction() });
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QSignalSpy synced(m_session->stopwatch(), &Stopwatch::synced);
    QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
    m_session->start(false);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0 && loaded.count() > 0, 20000);
    QVERIFY(m_session->stopwatch()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->entryModel()->hasQuery() && !m_window->entryModel()->isLoading()
                                 && m_window->entryModel()->rowCount() == 4,
                             20000);
    QTRY_COMPARE(m_window->dayTotalsModel()->seconds(QDate(2026, 11, 24)), 5 * 3600 + 15 * 60);
    QTRY_VERIFY_WITH_TIMEOUT(m_master->isLoaded(), 20000);

    m_settingsDialog = std::make_unique<SettingsDialog>(m_account.get(), m_settings.get(), nullptr);
    m_settingsDialog->show();
    m_signIn = std::make_unique<SignInDialog>(m_account.get(), m_settings.get());
    m_signIn->show();
}

void TestLanguageSwitch::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(w))
            w->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_signIn.reset();
    m_settingsDialog.reset();
    m_window.reset();
    m_tray.reset();
    m_session.reset();
    m_master.reset();
    m_accountData.reset();
    m_account.reset();
    m_store.reset();
    if (m_languages && m_api)
        m_languages->disconnect(m_api.get());
    stopFakeServer();
    m_clock.reset();
    if (m_settings)
        m_settings->disconnect(m_languages.get());
    m_settings.reset();
    m_dir.reset();
    m_languages->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(); // LanguageChange to whatever is left
}

void TestLanguageSwitch::switchTo(const QString& language)
{
    // As the settings dialog does when the user picks a language.
    auto* combo = child<QComboBox>(m_settingsDialog.get(), "languageComboBox");
    const int index = combo->findData(language);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    QCOMPARE(m_settings->language(), language);
    QCOMPARE(m_languages->effectiveLanguage(), language);
    QCOMPARE(m_api->language(), language);
    QCOMPARE(QLocale().language(), QLocale(language).language());
}

// The texts of every window once the LanguageChange events (posted by Qt) have arrived.
void TestLanguageSwitch::verifyTexts(const Texts& t)
{
    // Main window: menus, buttons, table headers (models), day totals, chart, filter bar, banner, clock strip.
    QTRY_COMPARE(child<QToolButton>(m_window.get(), "dayButton")->text(), t.dayButton);
    QCOMPARE(m_window->entryModel()->headerData(EntryTableModel::CustomerColumn, Qt::Horizontal).toString(),
             t.customerHeader);
    QCOMPARE(m_window->entryView()->model()->headerData(EntryTableModel::CustomerColumn, Qt::Horizontal).toString(),
             t.customerHeader);
    QCOMPARE(m_window->dayTotalsModel()->headerData(DayTotalsModel::HoursColumn, Qt::Horizontal).toString(),
             t.hoursHeader);
    QCOMPARE(child<QMenu>(m_window.get(), "entriesMenu")->title(), t.entriesMenu);
    QCOMPARE(child<QLabel>(m_window.get(), "statusTotalLabel")->text(), t.weekTotal);
    QCOMPARE(m_window->chart()->accessibleName(), t.chartName);
    QCOMPARE(child<QComboBox>(m_window->filterBar(), "customerFilterComboBox")->itemText(0), t.allCustomers);
    QCOMPARE(m_window->banner()->retryButton()->text(), t.retry);
    auto* strip = m_window->findChild<StopwatchWidget*>();
    QVERIFY(strip);
    bool stripHasStop = false;
    for (QPushButton* button : strip->findChildren<QPushButton*>())
        stripHasStop = stripHasStop || button->text() == t.stripStop;
    QVERIFY2(stripHasStop, qPrintable(t.stripStop));

    // The tray menu and tooltip.
    QTRY_COMPARE(m_tray->stopAction()->text(), t.trayStop);
    QCOMPARE(m_tray->settingsAction()->text(), t.traySettings);
    QVERIFY2(m_tray->toolTip().section(QLatin1Char('\n'), 2, 2).startsWith(t.trayRunningFor),
             qPrintable(m_tray->toolTip()));
    QCOMPARE(m_tray->trayIcon()->toolTip(), m_tray->toolTip());

    // Dialogs.
    QTRY_COMPARE(m_settingsDialog->windowTitle(), t.settingsTitle);
    QCOMPARE(child<QComboBox>(m_settingsDialog.get(), "languageComboBox")->itemText(0), t.systemDefault);
    QTRY_COMPARE(m_signIn->windowTitle(), t.signInTitle);
}

void TestLanguageSwitch::verifyNextRequestsAskFor(const QString& language)
{
    m_server->clearRequestLog();
    QSignalSpy loaded(m_window->entryModel(), &EntryTableModel::loadFinished);
    QSignalSpy synced(m_session->stopwatch(), &Stopwatch::synced);
    m_window->refreshEntries();
    m_session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && synced.count() > 0, 20000);
    const auto log = m_server->requestLog();
    QVERIFY(log.size() >= 2);
    for (const auto& request : log)
        QCOMPARE(request.header("Accept-Language"), language.toLatin1());
}

void TestLanguageSwitch::everyWindowFollowsTheLanguage()
{
    // The dialogs of the entries and the clock, open while the language changes.
    m_window->entryView()->selectOnly(firstEntry());
    m_window->duplicateCurrent();
    EntryEditDialog* edit = m_window->currentDialog();
    QVERIFY(edit);
    QuickStartDialog* quick = QuickStartDialog::showFor(m_session.get());
    CorrectClockDialog* correct = CorrectClockDialog::showFor(m_session.get());
    QVERIFY(quick && correct);

    const auto verifyDialogs = [&](const Texts& t) {
        QTRY_COMPARE(edit->windowTitle(), t.editTitle);
        QCOMPARE(child<QLabel>(edit, "dateLabel")->text(), t.dateLabel);
        QCOMPARE(child<QDateEdit>(edit, "dateEdit")->text(), t.dateEditText);
        QTRY_COMPARE(quick->windowTitle(), t.quickStartTitle);
        QTRY_COMPARE(correct->windowTitle(), t.correctTitle);
    };

    verifyTexts(english());
    verifyDialogs(english());
    verifyNextRequestsAskFor(QStringLiteral("en"));
    if (QTest::currentTestFailed())
        return;

    for (const Texts& t : { german(), french(), english() }) {
        switchTo(t.language);
        verifyTexts(t);
        if (QTest::currentTestFailed())
            return;
        verifyDialogs(t);
        if (QTest::currentTestFailed())
            return;
        verifyNextRequestsAskFor(t.language);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestLanguageSwitch::serverMessagesArriveInTheChosenLanguage()
{
    for (const Texts& t : { german(), french() }) {
        switchTo(t.language);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(child<QToolButton>(m_window.get(), "dayButton")->text(), t.dayButton);

        // A failing list: the banner says it in our words and the server's, both in the chosen language. The fault
        // must meet the table's request, not one still in flight from elsewhere (the recent tasks read entries too).
        QTRY_VERIFY_WITH_TIMEOUT(pendingRequests(m_api.get()).isEmpty(), 20000);
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = 500;
        fault.method = "GET";
        fault.pathPrefix = QStringLiteral("/v2/entries");
        m_server->injectFault(fault);
        QSignalSpy failed(m_window->entryModel(), &EntryTableModel::loadFailed);
        m_window->refreshEntries();
        QVERIFY(failed.wait(20000));
        const QString serverError = FakeMessages::text(FakeMessages::Id::ServerError, t.language);
        QTRY_COMPARE(m_window->banner()->text(), t.loadFailed.arg(serverError));
        QTest::mouseClick(m_window->banner()->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->entryModel()->isLoading() && m_window->entryModel()->rowCount() == 4,
                                 20000);

        // A validation error of the server, beside the field and in the dialog's message.
        m_window->entryView()->selectOnly(firstEntry());
        m_window->duplicateCurrent();
        EntryEditDialog* dialog = m_window->currentDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->windowTitle(), t.editTitle);
        // Meanwhile an administrator restricted the customer's services (the dialog's master data is older).
        m_server->setCustomerServiceAssignments(m_bakery, { m_development });
        auto* save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
        QVERIFY2(save->isEnabled(), qPrintable(dialog->invalidReason()));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 20000);
        const QString refused = FakeMessages::text(FakeMessages::Id::ServiceNotAssigned, t.language);
        QCOMPARE(dialog->fieldError(EntryEditDialog::Field::Service), refused);
        QCOMPARE(dialog->messageText(), t.notSaved.arg(refused));
        const auto log = m_server->requestLog();
        QCOMPARE(log.last().method, QByteArray("POST"));
        QCOMPARE(log.last().header("Accept-Language"), t.language.toLatin1());
        dialog->reject();
        m_server->setCustomerServiceAssignments(m_bakery, {});
    }
}

void TestLanguageSwitch::numbersAndDatesFollowTheLocale()
{
    const auto row = [this](const QString& text) {
        for (int r = 0; r < m_window->entryModel()->rowCount(); ++r) {
            if (m_window->entryModel()->index(r, 0).data(EntryTableModel::EntryRole).value<Entry>().text == text)
                return r;
        }
        return -1;
    };
    const int lumpSumRow = row(QStringLiteral("Pauschale"));
    const int timeRow = row(QStringLiteral("Angebot"));
    QVERIFY(lumpSumRow >= 0 && timeRow >= 0);
    const int tuesday = m_window->dayTotalsModel()->range().dayIndex(QDate(2026, 11, 24));
    QVERIFY(tuesday >= 0);
    const QDate date(2026, 11, 24);

    for (const Texts& t : { german(), french(), english() }) {
        switchTo(t.language);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(child<QToolButton>(m_window.get(), "dayButton")->text(), t.dayButton);
        QTRY_COMPARE(m_window->dayTotalsModel()->index(tuesday, DayTotalsModel::HoursColumn).data().toString(),
                     t.dayHours);
        QCOMPARE(m_window->dayTotalsModel()->index(tuesday, DayTotalsModel::DurationColumn).data().toString(),
                 QStringLiteral("5:15"));
        QCOMPARE(m_window->entryModel()->index(lumpSumRow, EntryTableModel::AmountColumn).data().toString(), t.lumpSum);
        QCOMPARE(child<QLabel>(m_window.get(), "statusTotalLabel")->text(), t.weekTotal);
        // 24 h clock in Clockodo (the user's preference), whatever the locale would do.
        QCOMPARE(m_window->entryModel()->index(timeRow, EntryTableModel::StartColumn).data().toString(),
                 QStringLiteral("09:00"));
        // Dates: the locale's names and order.
        QCOMPARE(m_window->dayTotalsModel()->index(tuesday, DayTotalsModel::DayColumn).data().toString(),
                 QLocale().toString(date, DateFormats::weekdayDayMonth()));
        // The custom range's date edits follow the locale's format.
        m_window->setPeriod(DateRange::Period::Custom);
        QCOMPARE(child<QDateEdit>(m_window.get(), "fromDateEdit")->text(), t.rangeStartText);
        m_window->setPeriod(DateRange::Period::Week);
    }
    // Spot checks of the locales themselves: German weekday and month, French spacing.
    switchTo(QStringLiteral("de"));
    QTRY_COMPARE(m_window->dayTotalsModel()->index(tuesday, DayTotalsModel::DayColumn).data().toString(),
                 QStringLiteral("Di. 24. Nov."));
    switchTo(QStringLiteral("fr"));
    QTRY_COMPARE(m_window->dayTotalsModel()->index(tuesday, DayTotalsModel::DayColumn).data().toString(),
                 QStringLiteral("mar. 24 nov."));

    // Times in the stopwatch's messages: the user's Clockodo preference, not the locale's habit.
    Stopwatch* stopwatch = m_session->stopwatch();
    const QDateTime nineThirty = utc(2026, 11, 24, 8, 30); // 09:30 in Berlin
    stopwatch->setTimeFormat12h(false);
    QCOMPARE(stopwatch->timeText(nineThirty), QStringLiteral("09:30"));
    stopwatch->setTimeFormat12h(true);
    QCOMPARE(stopwatch->timeText(nineThirty.addSecs(12 * 3600)), QStringLiteral("9:30 PM"));
}

// Qt's own file dialog: Qt 6.4's French catalogue has no QAbstractFileIconProvider context, so the "Type" column
// said "Folder" (gui/widgets/qtcataloguesupplement).
void TestLanguageSwitch::qtFileDialogSpeaksTheLanguage()
{
    const QFileInfo folder(QDir::tempPath());
    const QAbstractFileIconProvider provider;
    switchTo(QStringLiteral("fr"));
    QCOMPARE(provider.type(folder), QStringLiteral("Dossier"));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "New Folder"), QStringLiteral("Nouveau dossier")); // Qt's own
    switchTo(QStringLiteral("de"));
    QCOMPARE(provider.type(folder), QStringLiteral("Ordner"));
    switchTo(QStringLiteral("en"));
    QCOMPARE(provider.type(folder), QStringLiteral("Folder"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
