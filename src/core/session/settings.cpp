// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/settings.h"

#include "api/apiclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QLoggingCategory>
#include <QSettings>

namespace {
Q_LOGGING_CATEGORY(lcSettings, "clockodo.core.settings")

const QString s_organization = QStringLiteral("clockodo-desktop");
const QString s_application = QStringLiteral("clockodo-desktop");

// The one table of defaults. Keys missing here have no default (an invalid QVariant).
const QHash<QString, QVariant>& defaults()
{
    static const QHash<QString, QVariant> s_defaults = {
        { Settings::Key::AccountEmail, QString() },
        { Settings::Key::BaseUrl, ApiClient::defaultBaseUrl().toString() },
        { Settings::Key::ContactEmail, QString() },
        { Settings::Key::PollIntervalSeconds, 60 },
        { Settings::Key::Language, QString() },
        { Settings::Key::StartAtLogin, false },
        { Settings::Key::ShowSeconds, false },
        { Settings::Key::TodayTotalInTooltip, true },
        { Settings::Key::NotifyOnStart, true },
        { Settings::Key::TrayHintShown, false },
        { Settings::Key::WindowGeometry, QByteArray() },
        { Settings::Key::WindowState, QByteArray() },
        { Settings::Key::ReportVisible, false },
        { Settings::Key::HiddenEntryColumns, QStringList() },
        { Settings::Key::ExportDirectory, QString() },
    };
    return s_defaults;
}

// The group of an account's own values: a hash, as the key holds a URL (slashes would nest groups).
QString accountGroup(const QString& accountKey)
{
    const QByteArray hash = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("accounts/") + QString::fromLatin1(hash.left(24));
}

QUrl normalizedBaseUrl(const QUrl& url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}
} // namespace

QString Settings::s_configDirectory;

Settings::Settings(QObject* parent)
    : QObject(parent)
{
    if (s_configDirectory.isEmpty()) {
        m_ownedSettings = std::make_unique<QSettings>(s_organization, s_application);
    } else {
        m_ownedSettings = std::make_unique<QSettings>(
            QDir(s_configDirectory).filePath(s_application + QLatin1String(".conf")), QSettings::IniFormat);
    }
    m_settings = m_ownedSettings.get();
}

Settings::Settings(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{ }

Settings::Settings(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
}

Settings::~Settings() = default;

void Settings::setConfigDirectory(const QString& directory)
{
    s_configDirectory = directory.isEmpty() ? QString() : QDir(directory).absolutePath();
}

QString Settings::configDirectory()
{
    return s_configDirectory;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcSettings) << "Could not write the settings to" << m_settings->fileName();
    }
}

QVariant Settings::defaultValue(QLatin1String key)
{
    return defaults().value(key);
}

QStringList Settings::supportedLanguages()
{
    return { QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };
}

QVariant Settings::value(QLatin1String key) const
{
    return m_settings->value(key, defaultValue(key));
}

bool Settings::store(QLatin1String key, const QVariant& value)
{
    QVariant current = this->value(key);
    if (current.convert(value.metaType()) && current == value) {
        return false;
    }
    m_settings->setValue(key, value);
    emit changed(key);
    return true;
}

QString Settings::accountEmail() const
{
    return value(Key::AccountEmail).toString();
}

void Settings::setAccountEmail(const QString& email)
{
    store(Key::AccountEmail, email.trimmed());
}

QUrl Settings::baseUrl() const
{
    const QUrl url(value(Key::BaseUrl).toString(), QUrl::StrictMode);
    if (ApiClient::isAcceptableBaseUrl(url)) {
        return normalizedBaseUrl(url);
    }
    qCWarning(lcSettings) << "Ignoring the unacceptable stored base URL" << url.toDisplayString();
    return QUrl(defaultValue(Key::BaseUrl).toString());
}

bool Settings::setBaseUrl(const QUrl& url)
{
    if (!ApiClient::isAcceptableBaseUrl(url)) {
        return false;
    }
    store(Key::BaseUrl, normalizedBaseUrl(url).toString(QUrl::FullyEncoded));
    return true;
}

QString Settings::contactEmail() const
{
    return value(Key::ContactEmail).toString();
}

void Settings::setContactEmail(const QString& email)
{
    store(Key::ContactEmail, email.trimmed());
}

int Settings::pollIntervalSeconds() const
{
    bool ok = false;
    const int seconds = value(Key::PollIntervalSeconds).toInt(&ok);
    return qBound(MinPollIntervalSeconds, ok ? seconds : defaultValue(Key::PollIntervalSeconds).toInt(),
                  MaxPollIntervalSeconds);
}

void Settings::setPollIntervalSeconds(int seconds)
{
    store(Key::PollIntervalSeconds, qBound(MinPollIntervalSeconds, seconds, MaxPollIntervalSeconds));
}

QString Settings::language() const
{
    const QString language = value(Key::Language).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

bool Settings::setLanguage(const QString& language)
{
    if (!supportedLanguages().contains(language)) {
        return false;
    }
    store(Key::Language, language);
    return true;
}

bool Settings::startAtLogin() const
{
    return value(Key::StartAtLogin).toBool();
}

void Settings::setStartAtLogin(bool on)
{
    store(Key::StartAtLogin, on);
}

bool Settings::showSeconds() const
{
    return value(Key::ShowSeconds).toBool();
}

void Settings::setShowSeconds(bool on)
{
    store(Key::ShowSeconds, on);
}

bool Settings::todayTotalInTooltip() const
{
    return value(Key::TodayTotalInTooltip).toBool();
}

void Settings::setTodayTotalInTooltip(bool on)
{
    store(Key::TodayTotalInTooltip, on);
}

bool Settings::notifyOnStart() const
{
    return value(Key::NotifyOnStart).toBool();
}

void Settings::setNotifyOnStart(bool on)
{
    store(Key::NotifyOnStart, on);
}

bool Settings::trayHintShown() const
{
    return value(Key::TrayHintShown).toBool();
}

void Settings::setTrayHintShown(bool shown)
{
    store(Key::TrayHintShown, shown);
}

QString Settings::offlineAccountKey(const QString& email) const
{
    const QStringList stored = value(Key::OfflineAccount).toStringList();
    return stored.size() == 2 && !email.isEmpty() && stored.at(0) == email ? stored.at(1) : QString();
}

void Settings::setOfflineAccountKey(const QString& email, const QString& key)
{
    store(Key::OfflineAccount, QStringList { email, key });
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    store(Key::WindowGeometry, geometry);
}

bool Settings::reportVisible() const
{
    return value(Key::ReportVisible).toBool();
}

void Settings::setReportVisible(bool visible)
{
    store(Key::ReportVisible, visible);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    store(Key::WindowState, state);
}

QByteArray Settings::pinnedTasks(const QString& accountKey) const
{
    if (accountKey.isEmpty())
        return {};
    return m_settings->value(accountGroup(accountKey) + QLatin1Char('/') + Key::PinnedTasks).toByteArray();
}

void Settings::setPinnedTasks(const QString& accountKey, const QByteArray& json)
{
    if (accountKey.isEmpty() || pinnedTasks(accountKey) == json)
        return;
    const QString key = accountGroup(accountKey) + QLatin1Char('/') + Key::PinnedTasks;
    if (json.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, json);
    emit changed(Key::PinnedTasks);
}

QStringList Settings::hiddenEntryColumns() const
{
    return value(Key::HiddenEntryColumns).toStringList();
}

void Settings::setHiddenEntryColumns(const QStringList& columns)
{
    store(Key::HiddenEntryColumns, columns);
}

QString Settings::exportDirectory() const
{
    return value(Key::ExportDirectory).toString();
}

void Settings::setExportDirectory(const QString& directory)
{
    store(Key::ExportDirectory, directory);
}

QUrl Settings::environmentBaseUrl()
{
    const QString raw = qEnvironmentVariable("CLOCKODO_API_URL").trimmed();
    if (raw.isEmpty()) {
        return {};
    }
    const QUrl url(raw, QUrl::StrictMode);
    if (!ApiClient::isAcceptableBaseUrl(url)) {
        qCWarning(lcSettings) << "Ignoring CLOCKODO_API_URL: only https, or http to a loopback address, is allowed";
        return {};
    }
    return normalizedBaseUrl(url);
}

QString Settings::environmentBaseUrlRefusal()
{
    const QString raw = qEnvironmentVariable("CLOCKODO_API_URL").trimmed();
    if (raw.isEmpty() || ApiClient::isAcceptableBaseUrl(QUrl(raw, QUrl::StrictMode)))
        return {};
    return tr("CLOCKODO_API_URL is not used: only an https address, or http to this computer (127.0.0.1, "
              "localhost), is allowed. Correct or unset it.");
}

QUrl Settings::effectiveBaseUrl() const
{
    const QUrl fromEnvironment = environmentBaseUrl();
    return fromEnvironment.isEmpty() ? baseUrl() : fromEnvironment;
}

QString Settings::effectiveAccountEmail() const
{
    const QString fromEnvironment = qEnvironmentVariable("CLOCKODO_API_USER").trimmed();
    return fromEnvironment.isEmpty() ? accountEmail() : fromEnvironment;
}

QString Settings::environmentApiKey()
{
    return qEnvironmentVariable("CLOCKODO_API_KEY").trimmed();
}

// --- idle and lock ---

bool Settings::idleDetection() const
{
    return m_settings->value(ActivityKey::IdleDetection, true).toBool();
}

void Settings::setIdleDetection(bool on)
{
    if (idleDetection() == on)
        return;
    m_settings->setValue(ActivityKey::IdleDetection, on);
    emit changed(ActivityKey::IdleDetection);
}

int Settings::idleMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(ActivityKey::IdleMinutes, 10).toInt(&ok);
    return qBound(MinIdleMinutes, ok ? minutes : 10, MaxIdleMinutes);
}

void Settings::setIdleMinutes(int minutes)
{
    minutes = qBound(MinIdleMinutes, minutes, MaxIdleMinutes);
    if (idleMinutes() == minutes)
        return;
    m_settings->setValue(ActivityKey::IdleMinutes, minutes);
    emit changed(ActivityKey::IdleMinutes);
}

bool Settings::stopOnLock() const
{
    return m_settings->value(ActivityKey::StopOnLock, false).toBool();
}

void Settings::setStopOnLock(bool on)
{
    if (stopOnLock() == on)
        return;
    m_settings->setValue(ActivityKey::StopOnLock, on);
    emit changed(ActivityKey::StopOnLock);
}

bool Settings::stopOnSuspend() const
{
    return m_settings->value(ActivityKey::StopOnSuspend, false).toBool();
}

void Settings::setStopOnSuspend(bool on)
{
    if (stopOnSuspend() == on)
        return;
    m_settings->setValue(ActivityKey::StopOnSuspend, on);
    emit changed(ActivityKey::StopOnSuspend);
}

bool Settings::stopOnShutdown() const
{
    return m_settings->value(ActivityKey::StopOnShutdown, false).toBool();
}

void Settings::setStopOnShutdown(bool on)
{
    if (stopOnShutdown() == on)
        return;
    m_settings->setValue(ActivityKey::StopOnShutdown, on);
    emit changed(ActivityKey::StopOnShutdown);
}

QByteArray Settings::pendingIdleQuestion(const QString& accountKey) const
{
    if (accountKey.isEmpty())
        return {};
    return m_settings->value(accountGroup(accountKey) + QLatin1Char('/') + ActivityKey::PendingIdleQuestion)
        .toByteArray();
}

void Settings::setPendingIdleQuestion(const QString& accountKey, const QByteArray& json)
{
    if (accountKey.isEmpty() || pendingIdleQuestion(accountKey) == json)
        return;
    const QString key = accountGroup(accountKey) + QLatin1Char('/') + ActivityKey::PendingIdleQuestion;
    if (json.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, json);
    m_settings->sync(); // durable at once: the question survives a crash
    emit changed(ActivityKey::PendingIdleQuestion);
}

QVariant Settings::reminderValue(const QString& name, const QVariant& fallback) const
{
    return m_settings->value(QStringLiteral("reminders/") + name, fallback);
}

void Settings::setReminderValue(const QString& name, const QVariant& value)
{
    const QByteArray key = QByteArrayLiteral("reminders/") + name.toLatin1();
    store(QLatin1String(key), value);
}
