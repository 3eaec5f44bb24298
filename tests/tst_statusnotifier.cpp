// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, "SNI, proven over D-Bus": the tray as KDE Plasma, the GNOME AppIndicator extension, waybar and other
// StatusNotifierItem panels see it. The test runs on a D-Bus session bus of its own (PrivateSessionBus) with a real
// org.kde.StatusNotifierWatcher (support/statusnotifierwatcher.h, in a process of its own) that has a host
// registered, so Qt 6.4's QGenericUnixTheme::createPlatformSystemTrayIcon (isDBusTrayAvailable: the watcher's
// IsStatusNotifierHostRegistered) picks QDBusTrayIcon instead of the XEmbed tray. The real Application runs against
// a fake Clockodo server; everything the test checks of the item is read over D-Bus the way a panel reads it:
// org.freedesktop.DBus.Properties of org.kde.StatusNotifierItem, its signals, Activate, and the exported
// com.canonical.dbusmenu (GetLayout, AboutToShow, Event "clicked").
#include "api/apiclient.h"
#include "app/application.h"
#include "core/platform/singleinstance.h"
#include "core/session/settings.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/worktime/worktimeservice.h"
#include "fakeserver/fakeclockodoserver.h"
#include "gui/dialogs/correctclockdialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/tray/traycontroller.h"
#include "support/privatesessionbus.h"

#include <QAction>
#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCall>
#include <QDBusVariant>
#include <QImage>
#include <QMenu>
#include <QProcess>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <memory>

namespace {

const QString s_itemInterface = QStringLiteral("org.kde.StatusNotifierItem");
const QString s_itemPath = QStringLiteral("/StatusNotifierItem");
const QString s_menuInterface = QStringLiteral("com.canonical.dbusmenu");

struct Pixmap
{
    int width = 0;
    int height = 0;
    QByteArray argb; // ARGB32, network byte order
};

struct ToolTip
{
    QString iconName;
    QList<Pixmap> pixmaps;
    QString title;
    QString text;
};

struct MenuItem
{
    int id = 0;
    QString label;
    bool visible = true;
    bool enabled = true;
    bool separator = false;
    int checked = -1; // -1: not checkable
    QList<MenuItem> children;
};

QList<Pixmap> readPixmaps(const QDBusArgument& argument)
{
    QList<Pixmap> pixmaps;
    argument.beginArray();
    while (!argument.atEnd()) {
        Pixmap pixmap;
        argument.beginStructure();
        argument >> pixmap.width >> pixmap.height >> pixmap.argb;
        argument.endStructure();
        pixmaps << pixmap;
    }
    argument.endArray();
    return pixmaps;
}

ToolTip readToolTip(const QDBusArgument& argument)
{
    ToolTip tip;
    argument.beginStructure();
    argument >> tip.iconName;
    tip.pixmaps = readPixmaps(argument);
    argument >> tip.title >> tip.text;
    argument.endStructure();
    return tip;
}

// One (ia{sv}av) node of a GetLayout answer, children included.
MenuItem readMenuItem(const QDBusArgument& argument)
{
    MenuItem item;
    QVariantMap properties;
    argument.beginStructure();
    argument >> item.id >> properties;
    argument.beginArray();
    while (!argument.atEnd()) {
        QDBusVariant child;
        argument >> child;
        item.children << readMenuItem(child.variant().value<QDBusArgument>());
    }
    argument.endArray();
    argument.endStructure();
    item.label = properties.value(QStringLiteral("label")).toString();
    item.visible = properties.value(QStringLiteral("visible"), true).toBool();
    item.enabled = properties.value(QStringLiteral("enabled"), true).toBool();
    item.separator = properties.value(QStringLiteral("type")).toString() == QLatin1String("separator");
    if (!properties.value(QStringLiteral("toggle-type")).toString().isEmpty())
        item.checked = properties.value(QStringLiteral("toggle-state")).toInt();
    return item;
}

QString entry(const QString& indent, bool separator, const QString& label, bool enabled, int checked)
{
    if (separator)
        return indent + QStringLiteral("-");
    return indent
        + (checked < 0   ? QString()
               : checked ? QStringLiteral("[x] ")
                         : QStringLiteral("[ ] "))
        + label + (enabled ? QString() : QStringLiteral(" (disabled)"));
}

// What a panel shows of a menu: visible items' labels (mnemonic marks removed), whether they can be clicked and
// are checked, "-" for separators, a submenu's entries indented below it.
QStringList shownEntries(const QList<MenuItem>& items, const QString& indent = {})
{
    QStringList shown;
    for (const MenuItem& item : items) {
        if (!item.visible)
            continue;
        shown << entry(indent, item.separator, QString(item.label).remove(QLatin1Char('_')), item.enabled,
                       item.checked);
        shown << shownEntries(item.children, indent + QStringLiteral("  "));
    }
    return shown;
}

// The same of the QMenu the XEmbed tray shows.
QStringList shownEntries(const QMenu* menu, const QString& indent = {})
{
    QStringList shown;
    const QList<QAction*> actions = menu->actions();
    for (const QAction* action : actions) {
        if (!action->isVisible())
            continue;
        shown << entry(indent, action->isSeparator(), QString(action->text()).remove(u'&'), action->isEnabled(),
                       action->isCheckable() ? int(action->isChecked()) : -1);
        if (action->menu())
            shown << shownEntries(action->menu(), indent + QStringLiteral("  "));
    }
    return shown;
}

const MenuItem* findItem(const QList<MenuItem>& items, const QString& label)
{
    for (const MenuItem& item : items) {
        if (item.visible && QString(item.label).remove(QLatin1Char('_')) == QString(label).remove(u'&'))
            return &item;
        if (const MenuItem* found = findItem(item.children, label))
            return found;
    }
    return nullptr;
}

template<typename T>
T* shownWindow()
{
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* shown = qobject_cast<T*>(window); shown && window->isVisible())
            return shown;
    }
    return nullptr;
}

} // namespace

// The desktop's notification service (org.freedesktop.Notifications): records what Qt's D-Bus tray sends with Notify
// for a tray message; the test then emits ActionInvoked as a server does when the notification is clicked.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Notification
    {
        uint id = 0;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Notification> received;
public slots:
    uint Notify(const QString&, uint, const QString&, const QString& summary, const QString& body,
                const QStringList& actions, const QVariantMap&, int)
    {
        received << Notification { uint(received.size() + 1), summary, body, actions };
        return received.constLast().id;
    }
    QStringList GetCapabilities() { return { QStringLiteral("body"), QStringLiteral("actions") }; }
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion)
    {
        vendor = QStringLiteral("clockodo-tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("tst_statusnotifier");
    }
    void CloseNotification(uint) { }
signals:
    void ActionInvoked(uint id, const QString& actionKey);
    void NotificationClosed(uint id, uint reason);
};

// Counts the item's change signals as a panel receives them.
class SignalCounter : public QObject
{
    Q_OBJECT
public:
    int count = 0;
public slots:
    void count1(const QDBusMessage&) { ++count; }
};

class TestStatusNotifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QProcess> m_watcher;
    QDBusConnection m_panel { QString() };
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<Application> m_app;
    QString m_item; // the item's bus name, as registered with the watcher
    qint64 m_customer = 0;
    qint64 m_service = 0;
    SignalCounter m_newToolTip;
    SignalCounter m_newIcon;
    SignalCounter m_layoutUpdated;

    TrayController* tray() const { return m_app->findChild<TrayController*>(); }

    // Every read of the clock answers 500 until clearFaults().
    void failClockReads()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = 500;
        fault.attempts = 1000;
        fault.method = "GET";
        fault.pathPrefix = QStringLiteral("/api/v2/clock");
        m_server->injectFault(fault);
    }
    Stopwatch* stopwatch() const { return m_app->findChild<StopwatchSession*>()->stopwatch(); }

    // A panel's call, answered while this thread's event loop runs (the item lives in this process).
    QDBusMessage call(const QString& path, const QString& interface, const QString& method,
                      const QVariantList& arguments = {}, const QString& service = {})
    {
        QDBusMessage message
            = QDBusMessage::createMethodCall(service.isEmpty() ? m_item : service, path, interface, method);
        message.setArguments(arguments);
        QDBusPendingCall pending = m_panel.asyncCall(message, 10000);
        if (!QTest::qWaitFor([&] { return pending.isFinished(); }, 15000))
            return {};
        return pending.reply();
    }

    QStringList registeredItems()
    {
        const QDBusMessage reply
            = call(QStringLiteral("/StatusNotifierWatcher"), QStringLiteral("org.freedesktop.DBus.Properties"),
                   QStringLiteral("Get"),
                   { QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("RegisteredStatusNotifierItems") },
                   QStringLiteral("org.kde.StatusNotifierWatcher"));
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        return reply.arguments().constFirst().value<QDBusVariant>().variant().toStringList();
    }

    QVariant property(const QString& name)
    {
        const QDBusMessage reply = call(s_itemPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                                        QStringLiteral("Get"), { s_itemInterface, name });
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        return reply.arguments().constFirst().value<QDBusVariant>().variant();
    }

    ToolTip toolTip() { return readToolTip(property(QStringLiteral("ToolTip")).value<QDBusArgument>()); }
    QList<Pixmap> iconPixmaps() { return readPixmaps(property(QStringLiteral("IconPixmap")).value<QDBusArgument>()); }
    QString menuPath() { return property(QStringLiteral("Menu")).value<QDBusObjectPath>().path(); }

    QList<MenuItem> menuLayout()
    {
        const QDBusMessage reply
            = call(menuPath(), s_menuInterface, QStringLiteral("GetLayout"), { 0, -1, QStringList() });
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 2)
            return {};
        return readMenuItem(reply.arguments().at(1).value<QDBusArgument>()).children;
    }

    // The panel opens the menu: AboutToShow on the root (the tray then reads the clock again).
    void aboutToShow() { call(menuPath(), s_menuInterface, QStringLiteral("AboutToShow"), { 0 }); }

    bool click(const QString& label)
    {
        const QList<MenuItem> layout = menuLayout();
        const MenuItem* item = findItem(layout, label);
        if (!item)
            return false;
        const QDBusMessage reply
            = call(menuPath(), s_menuInterface, QStringLiteral("Event"),
                   { item->id, QStringLiteral("clicked"), QVariant::fromValue(QDBusVariant(0)), 0u });
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    // Waits until the tooltip a panel reads is the tray's own (after a state change) and contains `text`.
    bool toolTipShows(const QString& text)
    {
        return QTest::qWaitFor(
            [&] {
                const ToolTip tip = toolTip();
                return tip.title == tray()->toolTip() && tip.title.contains(text);
            },
            20000);
    }

    // The exported pixmaps are the tray painter's own renderings at each size (not one image scaled: blurry).
    void verifyPixmapsSharp(const QList<Pixmap>& pixmaps)
    {
        QVERIFY(!pixmaps.isEmpty());
        QList<int> sides;
        for (const Pixmap& pixmap : pixmaps) {
            QCOMPARE(pixmap.width, pixmap.height);
            QCOMPARE(pixmap.argb.size(), qsizetype(pixmap.width) * pixmap.height * 4);
            sides << pixmap.width;
            const QImage own = tray()
                                   ->iconCache()
                                   .pixmap(tray()->look(), pixmap.width)
                                   .toImage()
                                   .convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(own.width(), pixmap.width);
            QByteArray expected(pixmap.argb.size(), Qt::Uninitialized);
            qToBigEndian<quint32>(own.constBits(), own.width() * own.height(), expected.data());
            QVERIFY2(expected == pixmap.argb, qPrintable(QStringLiteral("the %1 px pixmap differs").arg(pixmap.width)));
        }
        // Panels pick 16 or 22 px, HiDPI panels 32 to 64 px; Qt omits larger sizes (bandwidth).
        for (int side : { 16, 22, 24, 32, 48, 64 })
            QVERIFY2(sides.contains(side), qPrintable(QStringLiteral("no %1 px pixmap").arg(side)));
    }

    void verifyMenuMatchesTray()
    {
        QStringList tray;
        QStringList exported;
        QVERIFY(QTest::qWaitFor(
            [&] {
                tray = shownEntries(this->tray()->menu());
                exported = shownEntries(menuLayout());
                return tray == exported;
            },
            10000));
        QCOMPARE(exported, tray);
        QVERIFY(exported.size() > 5);
    }

private slots:
    void initTestCase()
    {
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(!address.isEmpty());
        m_watcher = std::make_unique<QProcess>();
        m_watcher->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_watcher->start(QStringLiteral(CLOCKODO_SNI_WATCHER), {});
        QVERIFY(m_watcher->waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return m_watcher->canReadLine(); }, 10000));
        QCOMPARE(m_watcher->readLine().trimmed(), QByteArray("ready"));

        // The panel: a host registered with the watcher (without one, Qt stays with the XEmbed tray).
        m_panel = QDBusConnection::connectToBus(QString::fromUtf8(address), QStringLiteral("panel"));
        QVERIFY(m_panel.isConnected());
        const QString host = QStringLiteral("org.kde.StatusNotifierHost-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(m_panel.registerService(host));
        QDBusMessage registerHost = QDBusMessage::createMethodCall(
            QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("/StatusNotifierWatcher"),
            QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("RegisterStatusNotifierHost"));
        registerHost.setArguments({ host });
        const QDBusMessage registered = m_panel.call(registerHost, QDBus::Block, 10000);
        QCOMPARE(registered.type(), QDBusMessage::ReplyMessage);

        m_server = std::make_unique<FakeClockodoServer>();
        m_server->setNow(QDateTime::currentDateTimeUtc());
        QVERIFY(m_server->listen());
        m_customer = m_server->addCustomer(QStringLiteral("Stadtwerke"));
        m_service = m_server->addService(QStringLiteral("Wartung"));
        const QDateTime yesterday = m_server->now().addDays(-1);
        m_server->addTimeEntry(m_customer, 0, m_service, yesterday, yesterday.addSecs(1800), QStringLiteral("Zähler"),
                               1);
        qputenv("CLOCKODO_API_URL", m_server->baseUrl().toString().toUtf8());
        qputenv("CLOCKODO_API_USER", m_server->email().toUtf8());
        qputenv("CLOCKODO_API_KEY", m_server->apiKey().toUtf8());

        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        m_instance = std::make_unique<SingleInstance>(QStringLiteral("tst-statusnotifier-")
                                                      + QUuid::createUuid().toString(QUuid::Id128).left(12));
        QVERIFY(m_instance->listen());
        Application::Options options;
        options.configDir = m_config->path();
        options.instance = m_instance.get();
        options.autostart = true; // quietly into the tray, as at login
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        // The app's retries, faster: after 1, 2 and 4 s (±25 %) a clock read that keeps failing became a server
        // error only after up to 8.75 s, longer than attentionIconFollowsTheClock can wait while a message lasts.
        auto* api = m_app->findChild<ApiClient*>();
        QVERIFY(api);
        RetryPolicy quick = api->retryPolicy();
        quick.baseDelayMs = 100;
        quick.maxDelayMs = 400;
        api->setRetryPolicy(quick);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        QTest::qWait(0);
        m_server.reset();
        m_instance.reset();
        if (m_watcher) {
            m_watcher->terminate();
            m_watcher->waitForFinished(10000);
            m_watcher.reset();
        }
        qunsetenv("CLOCKODO_API_URL");
        qunsetenv("CLOCKODO_API_USER");
        qunsetenv("CLOCKODO_API_KEY");
    }

    void itemRegisters()
    {
        QVERIFY(QTest::qWaitFor([&] { return !registeredItems().isEmpty(); }, 20000));
        m_item = registeredItems().constFirst();
        QVERIFY2(m_panel.interface()->isServiceRegistered(m_item), qPrintable(m_item));
        QVERIFY(tray()->isTrayAvailable());
        QVERIFY(tray()->trayIcon()->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return stopwatch()->isKnown() && !stopwatch()->isBusy(); }, 20000));

        QVERIFY(m_panel.connect(m_item, s_itemPath, s_itemInterface, QStringLiteral("NewToolTip"), &m_newToolTip,
                                SLOT(count1(QDBusMessage))));
        QVERIFY(m_panel.connect(m_item, s_itemPath, s_itemInterface, QStringLiteral("NewIcon"), &m_newIcon,
                                SLOT(count1(QDBusMessage))));
        QVERIFY(m_panel.connect(m_item, menuPath(), s_menuInterface, QStringLiteral("LayoutUpdated"), &m_layoutUpdated,
                                SLOT(count1(QDBusMessage))));
        QCOMPARE(property(QStringLiteral("Id")).toString(), QCoreApplication::applicationName());
        QCOMPARE(property(QStringLiteral("Category")).toString(), QStringLiteral("ApplicationStatus"));
    }

    void stoppedClock()
    {
        QVERIFY(toolTipShows(tr("Not running")));
        // Status: Qt exports "Active" always (visible in every panel); "NeedsAttention" only while a message shows.
        QVERIFY(QTest::qWaitFor([&] { return property(QStringLiteral("Status")) == QStringLiteral("Active"); }, 20000));
        // Title: the application's name (SNI: "a name that describes the application"); the clock is in the
        // tooltip and the icon.
        QCOMPARE(property(QStringLiteral("Title")).toString(), QGuiApplication::applicationDisplayName());
        QVERIFY(!property(QStringLiteral("Title")).toString().isEmpty());
        verifyPixmapsSharp(iconPixmaps());
    }

    void menuMatchesTray() { verifyMenuMatchesTray(); }

    void runningClock()
    {
        const QList<Pixmap> stopped = iconPixmaps();
        const int tips = m_newToolTip.count;
        const int icons = m_newIcon.count;
        // Another device started the clock 83 minutes ago; the panel opens the menu, the tray reads the clock.
        m_server->remoteStartClock(m_customer, m_service, 0, QStringLiteral("Zähler"),
                                   m_server->now().addSecs(-83 * 60));
        aboutToShow();
        QVERIFY(toolTipShows(Stopwatch::formatHoursMinutes(83 * 60)));
        QVERIFY(toolTip().title.contains(QLatin1String("Stadtwerke")));
        QVERIFY(stopwatch()->isRunning());
        QTRY_VERIFY(m_newToolTip.count > tips); // the panel is told; it does not poll
        QTRY_VERIFY(m_newIcon.count > icons);
        const QList<Pixmap> running = iconPixmaps();
        verifyPixmapsSharp(running);
        QVERIFY(running.constFirst().argb != stopped.constFirst().argb);
        verifyMenuMatchesTray();
        QVERIFY(findItem(menuLayout(), tray()->stopAction()->text()));
    }

    void activateOpensWindow()
    {
        QVERIFY(!tray()->isQuitting());
        const QDBusMessage reply = call(s_itemPath, s_itemInterface, QStringLiteral("Activate"), { 0, 0 });
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
        QTRY_VERIFY_WITH_TIMEOUT(
            [] {
                for (QWidget* window : QApplication::topLevelWidgets()) {
                    if (qobject_cast<MainWindow*>(window) && window->isVisible())
                        return true;
                }
                return false;
            }(),
            10000);
    }

    // Hosts that do not draw dbusmenu menus (swaybar before 1.10, and Plasma or AppIndicator for items without a
    // Menu) call ContextMenu(x, y) on a right click. Qt 6.4's QStatusNotifierItemAdaptor::ContextMenu only emits
    // QSystemTrayIcon::activated(Context) and shows nothing; TrayContextMenu pops the tray menu up then.
    void contextMenuShowsMenu()
    {
        QMenu* menu = tray()->menu();
        QVERIFY(!menu->isVisible());
        const QDBusMessage reply = call(s_itemPath, s_itemInterface, QStringLiteral("ContextMenu"), { 40, 30 });
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
        QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), 10000);
        QVERIFY(menu->isActiveWindow() || menu->windowHandle()->isVisible());
        QCOMPARE(shownEntries(menu), shownEntries(menuLayout()));
        menu->hide();
        QTRY_VERIFY(!menu->isVisible());
    }

    void stopThroughMenu()
    {
        QVERIFY(m_server->runningEntryId() != 0);
        const int tips = m_newToolTip.count;
        const int layouts = m_layoutUpdated.count;
        QVERIFY(click(tray()->stopAction()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->runningEntryId(), qint64(0), 20000);
        QVERIFY(toolTipShows(tr("Not running")));
        verifyMenuMatchesTray();
        // Panels read again only when told (NewToolTip; LayoutUpdated or ItemsPropertiesUpdated for the menu).
        QTRY_VERIFY(m_newToolTip.count > tips);
        QTRY_VERIFY(m_layoutUpdated.count > layouts);
    }

    // While a start's message lasts (Status NeedsAttention, 10 s) panels show its icon, the clock: the clock as it is
    // now when it changes meanwhile, not as it was when the message came (TrayAttentionIcon; Qt 6.4 keeps a copy).
    void attentionIconFollowsTheClock()
    {
        SignalCounter newAttention;
        QVERIFY(m_panel.connect(m_item, s_itemPath, s_itemInterface, QStringLiteral("NewAttentionIcon"), &newAttention,
                                SLOT(count1(QDBusMessage))));
        const auto attentionPixmaps = [this] {
            return readPixmaps(property(QStringLiteral("AttentionIconPixmap")).value<QDBusArgument>());
        };
        const auto same = [](const QList<Pixmap>& a, const QList<Pixmap>& b) {
            if (a.size() != b.size() || a.isEmpty())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).width != b.at(i).width || a.at(i).argb != b.at(i).argb)
                    return false;
            }
            return true;
        };
        QVERIFY(!stopwatch()->isRunning());
        QVERIFY(click(tray()->continueAction()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->runningEntryId() != 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(property(QStringLiteral("Status")).toString(), QStringLiteral("NeedsAttention"),
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(same(attentionPixmaps(), iconPixmaps()), 5000);
        const QList<Pixmap> before = iconPixmaps();
        const int told = newAttention.count;

        // The clock's look changes while the message lasts: the server fails, the icon gets its error badge.
        failClockReads();
        aboutToShow();
        QTRY_VERIFY_WITH_TIMEOUT(stopwatch()->connection() == Stopwatch::Connection::ServerError, 8000);
        QTRY_VERIFY(iconPixmaps().constFirst().argb != before.constFirst().argb);
        QVERIFY2(property(QStringLiteral("Status")).toString() == QLatin1String("NeedsAttention"),
                 "the message ended before the look changed; the test needs it still shown");
        QTRY_VERIFY(newAttention.count > told); // panels are told to read it again
        QVERIFY(same(attentionPixmaps(), iconPixmaps()));

        m_server->clearFaults();
        aboutToShow();
        QTRY_VERIFY_WITH_TIMEOUT(stopwatch()->connection() == Stopwatch::Connection::Online, 30000);
        QVERIFY(click(tray()->stopAction()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->runningEntryId(), qint64(0), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(property(QStringLiteral("Status")).toString(), QStringLiteral("Active"), 15000);
    }

    void offline()
    {
        const QList<Pixmap> online = iconPixmaps();
        m_server->startOutage(3600);
        aboutToShow();
        QTRY_VERIFY_WITH_TIMEOUT(stopwatch()->connection() == Stopwatch::Connection::Offline, 30000);
        QVERIFY(toolTipShows(tray()->statusAction()->text()));
        QVERIFY(tray()->statusAction()->isVisible());
        const QList<Pixmap> badge = iconPixmaps();
        verifyPixmapsSharp(badge);
        QVERIFY(badge.constFirst().argb != online.constFirst().argb);
        verifyMenuMatchesTray();
        m_server->endOutage();
    }

    void serverError()
    {
        failClockReads();
        aboutToShow();
        QTRY_VERIFY_WITH_TIMEOUT(stopwatch()->connection() == Stopwatch::Connection::ServerError, 30000);
        QVERIFY(toolTipShows(tray()->statusAction()->text()));
        verifyPixmapsSharp(iconPixmaps());
        verifyMenuMatchesTray();
        m_server->clearFaults();
        aboutToShow();
        QTRY_VERIFY_WITH_TIMEOUT(stopwatch()->connection() == Stopwatch::Connection::Online, 30000);
        QVERIFY(toolTipShows(tr("Not running")));
    }

    void languageSwitch()
    {
        auto* settings = m_app->findChild<Settings*>();
        QVERIFY(settings);
        const QString englishQuit = tray()->quitAction()->text();
        for (const QString& language : { QStringLiteral("de"), QStringLiteral("fr") }) {
            const int layouts = m_layoutUpdated.count;
            const int tips = m_newToolTip.count;
            QVERIFY(settings->setLanguage(language));
            QTRY_VERIFY(m_layoutUpdated.count > layouts);
            QTRY_VERIFY(m_newToolTip.count > tips);
            QTRY_VERIFY(tray()->quitAction()->text() != englishQuit);
            verifyMenuMatchesTray();
            QVERIFY(findItem(menuLayout(), tray()->quitAction()->text()));
            QVERIFY(!findItem(menuLayout(), englishQuit));
            QVERIFY(toolTipShows(tray()->toolTip()));
        }
        QVERIFY(settings->setLanguage(QString()));
    }

    // Issue 13 over D-Bus: with a notification server the reminder is a desktop notification (Notify) with the
    // "default" action, and the server's ActionInvoked for it opens the start dialog (no clock) or the running
    // clock's editor.
    void reminderClickOpensDialogs()
    {
        NotificationServer server;
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notifier"));
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                                   QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        auto* service = m_app->findChild<WorkTimeService*>();
        QVERIFY(service);
        const auto remindAndClick = [&](ReminderScheduler::Kind kind, const QString& body) {
            const qsizetype before = server.received.size();
            emit service->reminderDue(kind, QStringLiteral("Reminder"), body);
            // Other tray messages (a clock started elsewhere) are notifications too: find the reminder's.
            const auto reminder = [&] {
                for (qsizetype i = before; i < server.received.size(); ++i) {
                    if (server.received.at(i).body == body)
                        return server.received.at(i);
                }
                return NotificationServer::Notification {};
            };
            QTRY_VERIFY_WITH_TIMEOUT(reminder().id != 0, 10000);
            const NotificationServer::Notification shown = reminder();
            QCOMPARE(shown.summary, QStringLiteral("Reminder"));
            QCOMPARE(shown.body, body);
            // A server sends ActionInvoked "default" on a click only when Notify offered "default"; Qt 6.4's
            // QDBusTrayIcon::showMessage offers actions for Critical messages only, so the reminder is the app's
            // own notification (ClickableNotification) with "default" and an "Open" button.
            QVERIFY2(shown.actions.size() == 2 && shown.actions.at(0) == QStringLiteral("default"),
                     qPrintable(shown.actions.join(QLatin1Char(','))));
            emit server.ActionInvoked(shown.id, QStringLiteral("default"));
        };

        QVERIFY(!stopwatch()->isRunning());
        remindAndClick(ReminderScheduler::Kind::NoClockRunning, QStringLiteral("The clock is not running."));
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY_WITH_TIMEOUT(shownWindow<QuickStartDialog>(), 10000);
        QVERIFY(!shownWindow<CorrectClockDialog>());
        shownWindow<QuickStartDialog>()->close();

        m_server->remoteStartClock(m_customer, m_service, 0, QStringLiteral("Zähler"),
                                   m_server->now().addSecs(-9 * 3600));
        aboutToShow();
        QTRY_VERIFY_WITH_TIMEOUT(stopwatch()->isRunning(), 20000);
        remindAndClick(ReminderScheduler::Kind::LongRunning, QStringLiteral("The clock has been running for 9 h."));
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY_WITH_TIMEOUT(shownWindow<CorrectClockDialog>(), 10000);
        QVERIFY(!shownWindow<QuickStartDialog>());
        shownWindow<CorrectClockDialog>()->close();
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("notifier"));
    }
};

int main(int argc, char** argv)
{
    PrivateSessionBus bus;
    if (!bus.start()) {
        std::fprintf(stderr, "dbus-daemon could not start a private session bus\n");
        return 1;
    }
    QApplication app(argc, argv);
    TestStatusNotifier test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_statusnotifier.moc"
