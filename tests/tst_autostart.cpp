// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/autostart.h"
#include "core/platform/xdgautostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAutostart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsTheXdgImplementation();
    void defaultDirectoryWithoutXdgConfigHome();
    void relativeXdgConfigHomeIsIgnored();
    void enableWritesAValidEntry();
    void enableCreatesTheDirectory();
    void executablePathWithSpacesIsQuoted();
    void execArgument_data();
    void execArgument();
    void disableRemovesTheEntry();
    void isEnabledFollowsTheFile();
    void enablingTwiceKeepsTheFile();
    void unusableExecutablePathFails();
    void defaultExecutableIsTheRunningProgram();

private:
    QString validate(const QString& path);
    QString read(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configHome;
};

void TestAutostart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("APPIMAGE");
}

void TestAutostart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configHome = m_dir->filePath(QStringLiteral("config"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome));
}

void TestAutostart::cleanup()
{
    qunsetenv("XDG_CONFIG_HOME");
    m_dir.reset();
}

// Runs desktop-file-validate; returns its complaints (empty when the file is valid).
QString TestAutostart::validate(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty()) {
        return QString();
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(tool, { path });
    if (!finished.wait(30000)) {
        return QStringLiteral("desktop-file-validate did not finish");
    }
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return output.isEmpty() ? QStringLiteral("desktop-file-validate failed") : output;
    }
    // Hints are advice; warnings and errors count.
    QStringList problems;
    for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.contains(QLatin1String(": hint: "))) {
            problems << line;
        }
    }
    return problems.join(QLatin1Char('\n'));
}

QString TestAutostart::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

void TestAutostart::createsTheXdgImplementation()
{
    const std::unique_ptr<Autostart> autostart = Autostart::create();
    QVERIFY(dynamic_cast<XdgAutostart*>(autostart.get()));
    QCOMPARE(autostart->location(),
             m_configHome + QStringLiteral("/autostart/") + QLatin1String(CLOCKODO_APP_ID)
                 + QStringLiteral(".desktop"));
}

void TestAutostart::defaultDirectoryWithoutXdgConfigHome()
{
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(XdgAutostart::directory(), QDir::homePath() + QStringLiteral("/.config/autostart"));
    qputenv("XDG_CONFIG_HOME", "");
    QCOMPARE(XdgAutostart::directory(), QDir::homePath() + QStringLiteral("/.config/autostart"));
}

void TestAutostart::relativeXdgConfigHomeIsIgnored()
{
    qputenv("XDG_CONFIG_HOME", "relative/config");
    QCOMPARE(XdgAutostart::directory(), QDir::homePath() + QStringLiteral("/.config/autostart"));
}

void TestAutostart::enableWritesAValidEntry()
{
    XdgAutostart autostart;
    autostart.setExecutablePath(QStringLiteral("/usr/bin/clockodo-desktop"));
    QVERIFY(!autostart.isEnabled());

    QString error;
    QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(autostart.isEnabled());
    const QString path
        = m_configHome + QStringLiteral("/autostart/") + QLatin1String(CLOCKODO_APP_ID) + QStringLiteral(".desktop");
    QCOMPARE(autostart.location(), path);
    QVERIFY(QFile::exists(path));

    const QString content = read(path);
    QVERIFY(content.startsWith(QStringLiteral("[Desktop Entry]\n")));
    QVERIFY(content.contains(QStringLiteral("\nType=Application\n")));
    QVERIFY(content.contains(QStringLiteral("\nExec=/usr/bin/clockodo-desktop --autostart\n")));
    QVERIFY(content.contains(QStringLiteral("\nIcon=") + QLatin1String(CLOCKODO_APP_ID) + QStringLiteral("\n")));
    QVERIFY(content.contains(QStringLiteral("\nX-GNOME-Autostart-enabled=true\n")));
    QVERIFY(content.contains(QStringLiteral("\nX-GNOME-Autostart-Delay=5\n")));
    QVERIFY(content.contains(QStringLiteral("\nX-KDE-autostart-after=panel\n")));
    QVERIFY(content.contains(QStringLiteral("\nX-LXQt-Need-Tray=true\n")));
    QVERIFY(content.contains(QStringLiteral("\nName[de]=")));
    QVERIFY(content.contains(QStringLiteral("\nName[fr]=")));
    QVERIFY(content.contains(QStringLiteral("\nComment[de]=")));
    QVERIFY(content.contains(QStringLiteral("\nComment[fr]=D\u00e9marrer")));

    if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty()) {
        QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
    }
    const QString problems = validate(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestAutostart::enableCreatesTheDirectory()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("a/b/c"))));
    XdgAutostart autostart;
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("a/b/c/autostart/")) + QLatin1String(CLOCKODO_APP_ID)
                          + QStringLiteral(".desktop")));
}

void TestAutostart::executablePathWithSpacesIsQuoted()
{
    XdgAutostart autostart;
    autostart.setExecutablePath(QStringLiteral("/opt/My Apps/clockodo (100%)/clockodo-desktop"));
    QVERIFY(autostart.setEnabled(true));
    const QString content = read(autostart.location());
    QVERIFY2(
        content.contains(QStringLiteral("\nExec=\"/opt/My Apps/clockodo (100%%)/clockodo-desktop\" --autostart\n")),
        qPrintable(content));
    if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty()) {
        QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
    }
    const QString problems = validate(autostart.location());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestAutostart::execArgument_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << "/usr/bin/clockodo-desktop"
                           << "/usr/bin/clockodo-desktop";
    QTest::newRow("option") << "--autostart"
                            << "--autostart";
    QTest::newRow("space") << "/opt/a b/app"
                           << "\"/opt/a b/app\"";
    QTest::newRow("percent") << "/opt/100%/app"
                             << "/opt/100%%/app";
    QTest::newRow("equals") << "/opt/a=b/app"
                            << "/opt/a=b/app";
    QTest::newRow("dollar") << "/opt/$HOME/app"
                            << "\"/opt/\\\\$HOME/app\"";
    QTest::newRow("quote") << "/opt/\"q\"/app"
                           << "\"/opt/\\\\\"q\\\\\"/app\"";
    QTest::newRow("backslash") << "/opt/a\\b/app"
                               << "\"/opt/a\\\\\\\\b/app\"";
    QTest::newRow("single quote") << "/opt/it's/app"
                                  << "\"/opt/it's/app\"";
    QTest::newRow("tilde") << "~/app"
                           << "\"~/app\"";
    QTest::newRow("empty") << ""
                           << "\"\"";
    QTest::newRow("non-ASCII") << "/opt/\u00e9t\u00e9/app"
                               << "/opt/\u00e9t\u00e9/app";
}

void TestAutostart::execArgument()
{
    QFETCH(QString, argument);
    QFETCH(QString, written);
    QCOMPARE(XdgAutostart::execArgument(argument), written);
}

void TestAutostart::disableRemovesTheEntry()
{
    XdgAutostart autostart;
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(autostart.location()));
    QString error;
    QVERIFY2(autostart.setEnabled(false, &error), qPrintable(error));
    QVERIFY(!QFile::exists(autostart.location()));
    QVERIFY(!autostart.isEnabled());
    // Disabling what is not there succeeds.
    QVERIFY(autostart.setEnabled(false, &error));
    QVERIFY(error.isEmpty());
}

void TestAutostart::isEnabledFollowsTheFile()
{
    XdgAutostart autostart;
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());

    // The user removes the entry in the desktop's settings.
    QVERIFY(QFile::remove(autostart.location()));
    QVERIFY(!autostart.isEnabled());

    // GNOME Tweaks and others switch an entry off in place.
    auto writeEntry = [&autostart](const QByteArray& content) {
        QFile file(autostart.location());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    };
    writeEntry("[Desktop Entry]\nType=Application\nExec=x\nX-GNOME-Autostart-enabled=false\n");
    QVERIFY(!autostart.isEnabled());
    writeEntry("[Desktop Entry]\nType=Application\nExec=x\nHidden = true\n");
    QVERIFY(!autostart.isEnabled());
    writeEntry("[Desktop Entry]\nType=Application\nExec=x\nHidden=false\n[Other Group]\nHidden=true\n");
    QVERIFY(autostart.isEnabled());
    writeEntry("[Desktop Entry]\nType=Application\nExec=x\n");
    QVERIFY(autostart.isEnabled());

    // Enabling again repairs the entry.
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(read(autostart.location()).contains(QStringLiteral("--autostart")));
}

void TestAutostart::enablingTwiceKeepsTheFile()
{
    XdgAutostart autostart;
    autostart.setExecutablePath(QStringLiteral("/usr/bin/clockodo-desktop"));
    QVERIFY(autostart.setEnabled(true));
    const QString before = read(autostart.location());
    QVERIFY(autostart.setEnabled(true));
    QCOMPARE(read(autostart.location()), before);

    // A moved executable (e.g. a new AppImage) updates the entry.
    autostart.setExecutablePath(QStringLiteral("/home/u/Apps/clockodo-desktop-2.AppImage"));
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(read(autostart.location())
                .contains(QStringLiteral("\nExec=/home/u/Apps/clockodo-desktop-2.AppImage --autostart\n")));
}

void TestAutostart::unusableExecutablePathFails()
{
    XdgAutostart autostart;
    autostart.setExecutablePath(QStringLiteral("/opt/evil\nHidden=true/app"));
    QString error;
    QVERIFY(!autostart.setEnabled(true, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(autostart.location()));
}

void TestAutostart::defaultExecutableIsTheRunningProgram()
{
    XdgAutostart autostart;
    QCOMPARE(autostart.executablePath(), QCoreApplication::applicationFilePath());
    qputenv("APPIMAGE", "/home/u/Apps/Clockodo.AppImage");
    QCOMPARE(autostart.executablePath(), QStringLiteral("/home/u/Apps/Clockodo.AppImage"));
    qunsetenv("APPIMAGE");
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(read(autostart.location())
                .contains(QStringLiteral("\nExec=")
                          + XdgAutostart::execArgument(QCoreApplication::applicationFilePath())
                          + QStringLiteral(" --autostart\n")));
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
