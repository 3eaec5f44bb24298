// SPDX-License-Identifier: GPL-3.0-or-later
// The idle backends' D-Bus wiring (issue 13), each against a small fake of its service registered under the real
// service name on the private session bus of the test session (tests/run-headless.sh runs dbus-run-session): the
// fakes live on a connection of their own, so every call and signal goes through the bus daemon. logind is on the
// system bus in real life; its bus is injectable and the fake sits on the session bus here. The X11 backend reads
// MIT-SCREEN-SAVER from the test session's Xvfb.
#include "core/activity/idlebackends.h"
#include "core/activity/logindidlesource.h"
#include "core/activity/mutteridlesource.h"
#include "core/activity/screensaveridlesource.h"
#ifdef CLOCKODO_HAVE_XCB_SCREENSAVER
#include "core/activity/x11idlesource.h"
#endif

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <poll.h>
#include <unistd.h>

namespace {

const QString FakeBus = QStringLiteral("clockodo-fake-services");

class FakeMutter : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")
public:
    qulonglong idle = 0;
    int watches = 0;
public slots:
    qulonglong GetIdletime() { return idle; }
    uint AddUserActiveWatch() { return uint(++watches + 6); }
signals:
    void WatchFired(uint id);
};

class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    uint idle = 0;
    bool active = false;
public slots:
    uint GetSessionIdleTime() { return idle; }
    bool GetActive() { return active; }
signals:
    void ActiveChanged(bool active);
};

class FakeLogindSession : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Session")
    Q_PROPERTY(bool IdleHint READ idleHint)
    Q_PROPERTY(qulonglong IdleSinceHint READ idleSinceHint)
public:
    bool hint = false;
    qulonglong sinceUs = 0;
    bool idleHint() const { return hint; }
    qulonglong idleSinceHint() const { return sinceUs; }
signals:
    void Lock();
    void Unlock();
};

class FakeLogindManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    QString askedSession;
    QStringList inhibits; // "what|who|mode"
    int readEnd = -1; // the other end of the last inhibitor's pipe
    ~FakeLogindManager() override
    {
        if (readEnd >= 0)
            ::close(readEnd);
    }
public slots:
    QDBusObjectPath GetSession(const QString& id)
    {
        askedSession = id;
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/login1/session/_31"));
    }
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        askedSession = QStringLiteral("pid %1").arg(pid);
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/login1/session/_31"));
    }
    QDBusUnixFileDescriptor Inhibit(const QString& what, const QString& who, const QString& why, const QString& mode)
    {
        Q_UNUSED(why)
        inhibits << QStringLiteral("%1|%2|%3").arg(what, who, mode);
        int fds[2];
        if (::pipe(fds) != 0)
            return {};
        if (readEnd >= 0)
            ::close(readEnd);
        readEnd = fds[0];
        QDBusUnixFileDescriptor held(fds[1]); // a copy goes to the caller
        ::close(fds[1]);
        return held;
    }
signals:
    void PrepareForSleep(bool start);
    void PrepareForShutdown(bool start);
};

// Whether every write end of the pipe was closed (the inhibitor released): poll says hang-up / read gives 0.
bool pipeClosed(int readEnd)
{
    pollfd p { readEnd, POLLIN, 0 };
    if (::poll(&p, 1, 0) <= 0)
        return false;
    char c;
    return (p.revents & POLLHUP) || ::read(readEnd, &c, 1) == 0;
}

} // namespace

class TestIdleBackends : public QObject
{
    Q_OBJECT

private:
    QDBusConnection fakeBus() const { return QDBusConnection(FakeBus); }

    [[nodiscard]] bool registerFake(const QString& service, const QString& path, QObject* object,
                                    QDBusConnection::RegisterOptions options
                                    = QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
    {
        QDBusConnection bus = fakeBus();
        if (!bus.objectRegisteredAt(path) && !bus.registerObject(path, object, options))
            return false;
        return bus.interface()->isServiceRegistered(service) || bus.registerService(service);
    }

    void unregisterAll()
    {
        QDBusConnection bus = fakeBus();
        for (const QString& s :
             { QStringLiteral("org.gnome.Mutter.IdleMonitor"), QStringLiteral("org.freedesktop.ScreenSaver"),
               QStringLiteral("org.freedesktop.login1") })
            bus.unregisterService(s);
        for (const QString& p :
             { QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"), QStringLiteral("/org/freedesktop/ScreenSaver"),
               QStringLiteral("/org/freedesktop/login1"), QStringLiteral("/org/freedesktop/login1/session/_31") })
            bus.unregisterObject(p);
    }

    [[nodiscard]] static bool probe(IdleSource* source, bool* available)
    {
        QSignalSpy probed(source, &IdleSource::probed);
        source->probe();
        if (!probed.count() && !probed.wait(10000))
            return false;
        *available = probed.first().at(0).toBool();
        return true;
    }

    [[nodiscard]] static qint64 idleOf(IdleSource* source)
    {
        QSignalSpy read(source, &IdleSource::idleTimeRead);
        QSignalSpy failed(source, &IdleSource::idleTimeFailed);
        source->requestIdleTime();
        if (!QTest::qWaitFor([&] { return read.count() + failed.count() > 0; }, 10000) || failed.count())
            return -1;
        return read.first().at(0).toLongLong();
    }

    FakeMutter m_mutter;
    FakeScreenSaver m_screenSaver;
    FakeLogindManager m_manager;
    FakeLogindSession m_session;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the private session bus of tests/run-headless.sh");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(QDBusConnection::connectToBus(QDBusConnection::SessionBus, FakeBus).isConnected());
    }

    void cleanup() { unregisterAll(); }
    void cleanupTestCase() { QDBusConnection::disconnectFromBus(FakeBus); }

    void noServiceNoBackend()
    {
        IdleBackends backends(
            { new MutterIdleSource, new ScreenSaverIdleSource, new LogindIdleSource(QDBusConnection::sessionBus()) });
        bool available = true;
        QVERIFY(probe(&backends, &available));
        QVERIFY(!available);
        QVERIFY(backends.isProbed());
        QCOMPARE(backends.name(), QString());
        QCOMPARE(IdleBackends::processActiveName(), QString());
        QVERIFY(IdleBackends::processProbed());
        QCOMPARE(idleOf(&backends), qint64(-1));
    }

    void mutter()
    {
        QVERIFY(registerFake(QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                             QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"), &m_mutter));
        MutterIdleSource source;
        bool available = false;
        QVERIFY(probe(&source, &available));
        QVERIFY(available);
        m_mutter.idle = 654321;
        QCOMPARE(idleOf(&source), qint64(654321));
        // The user-active watch: WatchFired with its id says the user is back; another id does not.
        QSignalSpy resumed(&source, &IdleSource::activityResumed);
        source.watchForActivity();
        QTRY_COMPARE(m_mutter.watches, 1);
        QTest::qWait(0);
        emit m_mutter.WatchFired(99);
        emit m_mutter.WatchFired(7);
        QVERIFY(resumed.wait(5000));
        QCOMPARE(resumed.count(), 1);
    }

    void screenSaver()
    {
        QVERIFY(registerFake(QStringLiteral("org.freedesktop.ScreenSaver"),
                             QStringLiteral("/org/freedesktop/ScreenSaver"), &m_screenSaver));
        ScreenSaverIdleSource source;
        QSignalSpy lock(&source, &IdleSource::lockChanged);
        bool available = false;
        QVERIFY(probe(&source, &available));
        QVERIFY(available);
        m_screenSaver.idle = 4242;
        QCOMPARE(idleOf(&source), qint64(4242));
        QTest::qWait(0);
        emit m_screenSaver.ActiveChanged(true);
        QVERIFY(lock.wait(5000));
        QCOMPARE(lock.last().at(0).toBool(), true);
        emit m_screenSaver.ActiveChanged(false);
        QVERIFY(lock.wait(5000));
        QCOMPARE(lock.last().at(0).toBool(), false);
    }

    void logind()
    {
        QVERIFY(registerFake(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                             &m_manager));
        QVERIFY(registerFake(QStringLiteral("org.freedesktop.login1"),
                             QStringLiteral("/org/freedesktop/login1/session/_31"), &m_session,
                             QDBusConnection::ExportAllProperties | QDBusConnection::ExportAllSignals));
        qputenv("XDG_SESSION_ID", "31");
        LogindIdleSource source(QDBusConnection::sessionBus());
        bool available = false;
        QVERIFY(probe(&source, &available));
        qunsetenv("XDG_SESSION_ID");
        QVERIFY(available);
        QCOMPARE(m_manager.askedSession, QStringLiteral("31"));
        QCOMPARE(source.sessionPath(), QStringLiteral("/org/freedesktop/login1/session/_31"));

        // IdleHint off: not idle; on: idle since IdleSinceHint (µs since the epoch).
        QCOMPARE(idleOf(&source), qint64(0));
        m_session.hint = true;
        m_session.sinceUs = qulonglong(QDateTime::currentMSecsSinceEpoch() - 300000) * 1000;
        const qint64 idle = idleOf(&source);
        QVERIFY2(idle >= 300000 && idle < 360000, qPrintable(QString::number(idle)));

        QSignalSpy lock(&source, &IdleSource::lockChanged);
        QSignalSpy sleep(&source, &IdleSource::sleepPrepared);
        QSignalSpy shutdown(&source, &IdleSource::shutdownPrepared);
        emit m_session.Lock();
        QVERIFY(lock.wait(5000));
        QCOMPARE(lock.last().at(0).toBool(), true);
        emit m_session.Unlock();
        QVERIFY(lock.wait(5000));
        QCOMPARE(lock.last().at(0).toBool(), false);
        emit m_manager.PrepareForSleep(true);
        QVERIFY(sleep.wait(5000));
        QCOMPARE(sleep.last().at(0).toBool(), true);
        emit m_manager.PrepareForShutdown(true);
        QVERIFY(shutdown.wait(5000));
        QCOMPARE(shutdown.last().at(0).toBool(), true);

        // The delay inhibitor: a descriptor held until released; logind sees the pipe close then.
        QSignalSpy inhibitor(&source, &IdleSource::inhibitorChanged);
        source.takeDelayInhibitor(QStringLiteral("sleep:shutdown"));
        QVERIFY(inhibitor.wait(5000));
        QCOMPARE(inhibitor.last().at(0).toBool(), true);
        QVERIFY(source.holdsInhibitor());
        QCOMPARE(m_manager.inhibits, QStringList { QStringLiteral("sleep:shutdown|clockodo-desktop|delay") });
        QVERIFY(m_manager.readEnd >= 0);
        QTest::qWait(0);
        QVERIFY(!pipeClosed(m_manager.readEnd));
        source.releaseInhibitor();
        QVERIFY(!source.holdsInhibitor());
        QTRY_VERIFY(pipeClosed(m_manager.readEnd));
    }

    // Tried in order: without Mutter the screen saver gives the idle time; logind still tells the lock and gives the
    // inhibitor.
    void backendsInOrder()
    {
        QVERIFY(registerFake(QStringLiteral("org.freedesktop.ScreenSaver"),
                             QStringLiteral("/org/freedesktop/ScreenSaver"), &m_screenSaver));
        QVERIFY(registerFake(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                             &m_manager));
        QVERIFY(registerFake(QStringLiteral("org.freedesktop.login1"),
                             QStringLiteral("/org/freedesktop/login1/session/_31"), &m_session,
                             QDBusConnection::ExportAllProperties | QDBusConnection::ExportAllSignals));
        IdleBackends backends(
            { new MutterIdleSource, new ScreenSaverIdleSource, new LogindIdleSource(QDBusConnection::sessionBus()) });
        bool available = false;
        QVERIFY(probe(&backends, &available));
        QVERIFY(available);
        QCOMPARE(backends.name(), QStringLiteral("org.freedesktop.ScreenSaver"));
        QCOMPARE(IdleBackends::processActiveName(), QStringLiteral("org.freedesktop.ScreenSaver"));
        QCOMPARE(backends.available().size(), 2);
        m_screenSaver.idle = 777;
        m_session.hint = false;
        QCOMPARE(idleOf(&backends), qint64(777));
        QSignalSpy lock(&backends, &IdleSource::lockChanged);
        emit m_session.Lock();
        QVERIFY(lock.wait(5000));
        QVERIFY(backends.canInhibit());
        QSignalSpy inhibitor(&backends, &IdleSource::inhibitorChanged);
        backends.takeDelayInhibitor(QStringLiteral("sleep"));
        QVERIFY(inhibitor.wait(5000));
        QVERIFY(backends.holdsInhibitor());
        backends.releaseInhibitor();
        QVERIFY(!backends.holdsInhibitor());
    }

    // MIT-SCREEN-SAVER of the test session's Xvfb: the idle time is read, and input (xdotool) resets it.
    void x11ScreenSaverExtension()
    {
#ifndef CLOCKODO_HAVE_XCB_SCREENSAVER
        QSKIP("built without xcb-screensaver");
#else
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs the X server of tests/run-headless.sh");
        X11IdleSource source;
        bool available = false;
        QVERIFY(probe(&source, &available));
        QVERIFY(available);
        const qint64 before = idleOf(&source);
        QVERIFY2(before >= 0 && before < 7 * 24 * 3600 * 1000LL, qPrintable(QString::number(before)));
        // Two reads in a row without input: the second is not smaller.
        QVERIFY(idleOf(&source) >= before);
        QProcess xdotool;
        xdotool.start(QStringLiteral("xdotool"),
                      { QStringLiteral("mousemove"), QStringLiteral("--sync"), QString::number(11 + before % 50),
                        QStringLiteral("17") });
        if (!xdotool.waitForFinished(10000) || xdotool.exitCode() != 0)
            QSKIP("xdotool is not available");
        const qint64 after = idleOf(&source);
        QVERIFY2(after >= 0 && after < 3000, qPrintable(QString::number(after)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestIdleBackends)
#include "tst_idlebackends.moc"
