// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "core/session/settings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaults();
    void roundTrip();
    void survivesRestart();
    void changedOncePerRealChange();
    void pollIntervalIsClamped();
    void pollIntervalIsClampedOnRead();
    void languageAcceptsOnlySupportedValues();
    void baseUrlRejectsUnacceptableUrls();
    void baseUrlIsNormalized();
    void brokenStoredBaseUrlReadsAsDefault();
    void acceptableBaseUrl_data();
    void acceptableBaseUrl();
    void environmentOverridesAreNotPersisted();
    void unacceptableEnvironmentUrlIsIgnored();
    void configDirectoryOverride();
    void externalQSettings();

private:
    QString filePath() const { return m_dir->filePath(QStringLiteral("settings.conf")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qunsetenv("CLOCKODO_API_URL");
    qunsetenv("CLOCKODO_API_USER");
    qunsetenv("CLOCKODO_API_KEY");
}

void TestSettings::cleanup()
{
    Settings::setConfigDirectory(QString());
    qunsetenv("CLOCKODO_API_URL");
    qunsetenv("CLOCKODO_API_USER");
    qunsetenv("CLOCKODO_API_KEY");
    m_dir.reset();
}

void TestSettings::defaults()
{
    Settings settings(filePath());
    QCOMPARE(settings.accountEmail(), QString());
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://my.clockodo.com/api")));
    QCOMPARE(settings.effectiveBaseUrl(), QUrl(QStringLiteral("https://my.clockodo.com/api")));
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.startAtLogin(), false);
    QCOMPARE(settings.pollIntervalSeconds(), 60);
    QCOMPARE(settings.showSeconds(), false);
    QCOMPARE(settings.todayTotalInTooltip(), true);
    QCOMPARE(settings.contactEmail(), QString());
    QCOMPARE(settings.windowGeometry(), QByteArray());
    QCOMPARE(settings.windowState(), QByteArray());
    QCOMPARE(Settings::defaultValue(Settings::Key::PollIntervalSeconds), QVariant(60));
    QCOMPARE(Settings::defaultValue(Settings::Key::TodayTotalInTooltip), QVariant(true));
    // Reading defaults writes nothing.
    settings.sync();
    QVERIFY(!QFile::exists(filePath()));
}

void TestSettings::roundTrip()
{
    const QByteArray geometry("\x01\x02\x00\xff geometry", 14);
    const QByteArray state("\x00\x00state\n", 8);
    {
        Settings settings(filePath());
        settings.setAccountEmail(QStringLiteral("  anna@example.com "));
        QVERIFY(settings.setBaseUrl(QUrl(QStringLiteral("https://clockodo.example.org/api/"))));
        QVERIFY(settings.setLanguage(QStringLiteral("de")));
        settings.setStartAtLogin(true);
        settings.setPollIntervalSeconds(120);
        settings.setShowSeconds(true);
        settings.setTodayTotalInTooltip(false);
        settings.setContactEmail(QStringLiteral("it@example.com"));
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
        settings.sync();
    }
    QVERIFY(QFile::exists(filePath()));

    Settings settings(filePath());
    QCOMPARE(settings.accountEmail(), QStringLiteral("anna@example.com"));
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://clockodo.example.org/api")));
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.startAtLogin(), true);
    QCOMPARE(settings.pollIntervalSeconds(), 120);
    QCOMPARE(settings.showSeconds(), true);
    QCOMPARE(settings.todayTotalInTooltip(), false);
    QCOMPARE(settings.contactEmail(), QStringLiteral("it@example.com"));
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), state);
}

void TestSettings::survivesRestart()
{
    // Like an application restart: the first instance goes away without an explicit sync().
    auto first = std::make_unique<Settings>(filePath());
    first->setAccountEmail(QStringLiteral("bob@example.com"));
    first->setShowSeconds(true);
    first->setPollIntervalSeconds(30);
    first.reset();

    Settings second(filePath());
    QCOMPARE(second.accountEmail(), QStringLiteral("bob@example.com"));
    QCOMPARE(second.showSeconds(), true);
    QCOMPARE(second.pollIntervalSeconds(), 30);
    QCOMPARE(second.todayTotalInTooltip(), true);
}

void TestSettings::changedOncePerRealChange()
{
    Settings settings(filePath());
    QSignalSpy spy(&settings, &Settings::changed);

    settings.setShowSeconds(false); // the default: no change
    settings.setTodayTotalInTooltip(true); // the default: no change
    settings.setPollIntervalSeconds(60); // the default: no change
    settings.setAccountEmail(QString()); // the default: no change
    QCOMPARE(spy.count(), 0);

    settings.setShowSeconds(true);
    settings.setShowSeconds(true);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("ui/showSeconds"));

    settings.setPollIntervalSeconds(90);
    settings.setPollIntervalSeconds(90);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QString(Settings::Key::PollIntervalSeconds));

    settings.setAccountEmail(QStringLiteral("anna@example.com"));
    settings.setAccountEmail(QStringLiteral("anna@example.com "));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("account/email"));

    QVERIFY(settings.setBaseUrl(QUrl(QStringLiteral("https://my.clockodo.com/api/")))); // same as the default
    QCOMPARE(spy.count(), 0);
    QVERIFY(settings.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/api"))));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("api/baseUrl"));

    QVERIFY(!settings.setLanguage(QStringLiteral("xx")));
    QVERIFY(settings.setLanguage(QStringLiteral("fr")));
    QVERIFY(settings.setLanguage(QStringLiteral("fr")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("ui/language"));

    settings.setWindowGeometry(QByteArray("abc"));
    settings.setWindowGeometry(QByteArray("abc"));
    settings.setWindowState(QByteArray());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("window/geometry"));

    settings.setStartAtLogin(true);
    settings.setStartAtLogin(false);
    QCOMPARE(spy.count(), 2);

    // The new value is visible to a slot connected to changed().
    connect(&settings, &Settings::changed, this, [&settings](const QString& key) {
        if (key == Settings::Key::ContactEmail) {
            QCOMPARE(settings.contactEmail(), QStringLiteral("x@example.com"));
        }
    });
    settings.setContactEmail(QStringLiteral("x@example.com"));
    QCOMPARE(spy.count(), 3);
}

void TestSettings::pollIntervalIsClamped()
{
    Settings settings(filePath());
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setPollIntervalSeconds(5);
    QCOMPARE(settings.pollIntervalSeconds(), 15);
    settings.setPollIntervalSeconds(-100);
    QCOMPARE(settings.pollIntervalSeconds(), 15);
    QCOMPARE(spy.count(), 1); // 5 and -100 both clamp to 15
    settings.setPollIntervalSeconds(100000);
    QCOMPARE(settings.pollIntervalSeconds(), 3600);
    settings.setPollIntervalSeconds(3600);
    QCOMPARE(spy.count(), 2);
    settings.setPollIntervalSeconds(15);
    QCOMPARE(settings.pollIntervalSeconds(), 15);
    QCOMPARE(spy.count(), 3);
}

void TestSettings::pollIntervalIsClampedOnRead()
{
    {
        QSettings raw(filePath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("api/pollIntervalSeconds"), 1);
    }
    QCOMPARE(Settings(filePath()).pollIntervalSeconds(), 15);
    {
        QSettings raw(filePath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("api/pollIntervalSeconds"), QStringLiteral("not a number"));
    }
    QCOMPARE(Settings(filePath()).pollIntervalSeconds(), 60);
    {
        QSettings raw(filePath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("api/pollIntervalSeconds"), 99999);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    }
    QCOMPARE(Settings(filePath()).pollIntervalSeconds(), 3600);
    QCOMPARE(Settings(filePath()).language(), QString());
}

void TestSettings::languageAcceptsOnlySupportedValues()
{
    Settings settings(filePath());
    QCOMPARE(Settings::supportedLanguages(),
             QStringList({ QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") }));
    for (const QString& language : Settings::supportedLanguages()) {
        QVERIFY(settings.setLanguage(language));
        QCOMPARE(settings.language(), language);
    }
    QVERIFY(!settings.setLanguage(QStringLiteral("es")));
    QVERIFY(!settings.setLanguage(QStringLiteral("DE")));
    QCOMPARE(settings.language(), QStringLiteral("fr"));
}

void TestSettings::baseUrlRejectsUnacceptableUrls()
{
    Settings settings(filePath());
    QSignalSpy spy(&settings, &Settings::changed);
    QVERIFY(!settings.setBaseUrl(QUrl(QStringLiteral("http://my.clockodo.com/api"))));
    QVERIFY(!settings.setBaseUrl(QUrl(QStringLiteral("ftp://my.clockodo.com/api"))));
    QVERIFY(!settings.setBaseUrl(QUrl()));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://my.clockodo.com/api")));
}

void TestSettings::baseUrlIsNormalized()
{
    Settings settings(filePath());
    QVERIFY(settings.setBaseUrl(QUrl(QStringLiteral("https://Example.ORG/clockodo/api/"))));
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://example.org/clockodo/api")));
    QCOMPARE(settings.baseUrl().toString(), QStringLiteral("https://example.org/clockodo/api"));
}

void TestSettings::brokenStoredBaseUrlReadsAsDefault()
{
    {
        QSettings raw(filePath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("api/baseUrl"), QStringLiteral("http://evil.example.com/api"));
    }
    Settings settings(filePath());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unacceptable stored base URL")));
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://my.clockodo.com/api")));
}

void TestSettings::acceptableBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("https") << "https://my.clockodo.com/api" << true;
    QTest::newRow("https with port") << "https://clockodo.example.org:8443/api" << true;
    QTest::newRow("https upper case scheme") << "HTTPS://my.clockodo.com/api" << true;
    QTest::newRow("http remote") << "http://my.clockodo.com/api" << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/api" << true;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/api" << true;
    QTest::newRow("http 127.255.255.254") << "http://127.255.255.254/" << true;
    QTest::newRow("http ::1") << "http://[::1]:9000/api" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/api" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST/api" << true;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/api" << false;
    QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/api" << false;
    QTest::newRow("http 0.0.0.0") << "http://0.0.0.0/api" << false;
    QTest::newRow("http ::") << "http://[::]/api" << false;
    QTest::newRow("http localhost suffix") << "http://localhost.example.com/api" << false;
    QTest::newRow("http loopback prefix") << "http://127.0.0.1.example.com/api" << false;
    QTest::newRow("http sub.localhost") << "http://evil.localhost/api" << false;
    QTest::newRow("ftp") << "ftp://my.clockodo.com/api" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("no scheme") << "my.clockodo.com/api" << false;
    QTest::newRow("relative with host") << "//my.clockodo.com/api" << false;
    QTest::newRow("relative localhost") << "//localhost/api" << false;
    QTest::newRow("relative path") << "/api" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("user info") << "https://user:pass@my.clockodo.com/api" << false;
    QTest::newRow("query") << "https://my.clockodo.com/api?x=1" << false;
    QTest::newRow("fragment") << "https://my.clockodo.com/api#x" << false;
    QTest::newRow("no host") << "https:///api" << false;
}

void TestSettings::acceptableBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    // One rule: the client's check, and what the settings store, agree.
    QCOMPARE(ApiClient::isAcceptableBaseUrl(QUrl(url)), acceptable);
    Settings settings(filePath());
    QCOMPARE(settings.setBaseUrl(QUrl(url)), acceptable);
}

void TestSettings::environmentOverridesAreNotPersisted()
{
    {
        Settings settings(filePath());
        QVERIFY(settings.setBaseUrl(QUrl(QStringLiteral("https://stored.example.org/api"))));
        settings.setAccountEmail(QStringLiteral("stored@example.com"));
        QSignalSpy spy(&settings, &Settings::changed);

        qputenv("CLOCKODO_API_URL", "http://127.0.0.1:4567/api/");
        qputenv("CLOCKODO_API_USER", "env@example.com");
        qputenv("CLOCKODO_API_KEY", "s3cr3t-env-key");
        QCOMPARE(settings.effectiveBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:4567/api")));
        QCOMPARE(Settings::environmentBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:4567/api")));
        QCOMPARE(settings.effectiveAccountEmail(), QStringLiteral("env@example.com"));
        QCOMPARE(Settings::environmentApiKey(), QStringLiteral("s3cr3t-env-key"));
        // The stored values are untouched, and nothing changed.
        QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://stored.example.org/api")));
        QCOMPARE(settings.accountEmail(), QStringLiteral("stored@example.com"));
        QCOMPARE(spy.count(), 0);
        settings.sync();
    }
    QFile file(filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains("4567"));
    QVERIFY(!content.contains("env@example.com"));
    QVERIFY(!content.contains("s3cr3t-env-key"));

    qunsetenv("CLOCKODO_API_URL");
    qunsetenv("CLOCKODO_API_USER");
    qunsetenv("CLOCKODO_API_KEY");
    Settings settings(filePath());
    QCOMPARE(settings.effectiveBaseUrl(), QUrl(QStringLiteral("https://stored.example.org/api")));
    QCOMPARE(settings.effectiveAccountEmail(), QStringLiteral("stored@example.com"));
    QCOMPARE(Settings::environmentApiKey(), QString());
}

void TestSettings::unacceptableEnvironmentUrlIsIgnored()
{
    Settings settings(filePath());
    qputenv("CLOCKODO_API_URL", "http://example.com/api");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Ignoring CLOCKODO_API_URL")));
    QCOMPARE(settings.effectiveBaseUrl(), QUrl(QStringLiteral("https://my.clockodo.com/api")));
    qputenv("CLOCKODO_API_URL", "");
    QCOMPARE(settings.effectiveBaseUrl(), QUrl(QStringLiteral("https://my.clockodo.com/api")));
}

void TestSettings::configDirectoryOverride()
{
    const QString directory = m_dir->filePath(QStringLiteral("custom config"));
    Settings::setConfigDirectory(directory);
    QCOMPARE(Settings::configDirectory(), directory);
    {
        Settings settings;
        QCOMPARE(settings.fileName(), directory + QStringLiteral("/clockodo-desktop.conf"));
        settings.setShowSeconds(true);
    }
    QVERIFY(QFile::exists(directory + QStringLiteral("/clockodo-desktop.conf")));
    QCOMPARE(Settings().showSeconds(), true);

    Settings::setConfigDirectory(QString());
    QCOMPARE(Settings::configDirectory(), QString());
    const Settings defaultSettings;
    QVERIFY2(defaultSettings.fileName().endsWith(QStringLiteral("clockodo-desktop/clockodo-desktop.conf")),
             qPrintable(defaultSettings.fileName()));
}

void TestSettings::externalQSettings()
{
    QSettings raw(filePath(), QSettings::IniFormat);
    {
        Settings settings(&raw);
        settings.setAccountEmail(QStringLiteral("ext@example.com"));
    }
    QCOMPARE(raw.value(QStringLiteral("account/email")).toString(), QStringLiteral("ext@example.com"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
