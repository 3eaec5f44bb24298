// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "clockodo.core.language", QtInfoMsg)

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
    , m_qtTranslator(new QTranslator(this))
    , m_appTranslator(new QTranslator(this))
{ }

LanguageManager::~LanguageManager() = default;

QString LanguageManager::resolve(const QString& language)
{
    if (language == QLatin1String("en") || language == QLatin1String("de") || language == QLatin1String("fr"))
        return language;
    for (const QString& name : QLocale::system().uiLanguages()) {
        QString lang = name.left(2).toLower();
        if (lang == QLatin1String("de") || lang == QLatin1String("fr") || lang == QLatin1String("en"))
            return lang;
    }
    return QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString& language)
{
    const QString effective = resolve(language);
    if (language == m_language && effective == m_effective)
        return;
    m_language = language;
    QCoreApplication::removeTranslator(m_qtTranslator);
    QCoreApplication::removeTranslator(m_appTranslator);
    // The system's own locale when it speaks the chosen language (keeps its region: de_CH, fr_CA, en_GB …).
    const QLocale system = QLocale::system();
    const QLocale locale = system.language() == QLocale(effective).language() ? system : QLocale(effective);
    QLocale::setDefault(locale);
    if (QCoreApplication* app = QCoreApplication::instance()) {
        // Widgets took their locale when they were created; QApplication hands the new default to every window
        // (QEvent::LocaleChange), so spin boxes, date edits and calendars follow too.
        QEvent event(QEvent::LocaleChange);
        QCoreApplication::sendEvent(app, &event);
    }
    if (effective != QLatin1String("en")) {
        if (!m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qCInfo(lcLanguage) << "no Qt translation for" << effective;
        else
            QCoreApplication::installTranslator(m_qtTranslator);
    }
    // English has a plural-only file; every language loads ours.
    if (m_appTranslator->load(QStringLiteral(":/i18n/clockodo-desktop_%1.qm").arg(effective)))
        QCoreApplication::installTranslator(m_appTranslator);
    else
        qCWarning(lcLanguage) << "missing translation" << effective;
    const bool changed = effective != m_effective;
    m_effective = effective;
    if (changed)
        emit languageChanged(m_effective);
}
