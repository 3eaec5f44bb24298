// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QTranslator;

// Loads Qt's own and our translations for the chosen language ("" = follow the system) and tells everybody when
// it changes: widgets get QEvent::LanguageChange from Qt, the API client takes apiLanguage() for Accept-Language.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // "" (system), "en", "de" or "fr". Installs the translators at once.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    // The language actually in effect: "en", "de" or "fr".
    QString effectiveLanguage() const { return m_effective; }
    // What to send as Accept-Language.
    QString apiLanguage() const { return m_effective; }

    static QString resolve(const QString& language);

signals:
    void languageChanged(const QString& effectiveLanguage);

private:
    QString m_language = QStringLiteral("unset");
    QString m_effective = QStringLiteral("en");
    QTranslator* m_qtTranslator = nullptr;
    QTranslator* m_appTranslator = nullptr;
};
