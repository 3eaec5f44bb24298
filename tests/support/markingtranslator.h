// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTranslator>

// Prefixes every string of one translation context with a marker, to prove that texts go through tr() and are
// set again on QEvent::LanguageChange; other contexts stay untranslated.
class MarkingTranslator : public QTranslator
{
public:
    MarkingTranslator(const char* context, QString marker)
        : m_context(context)
        , m_marker(std::move(marker))
    { }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (m_context == context)
            return m_marker + QString::fromUtf8(sourceText);
        return QString();
    }
    bool isEmpty() const override { return false; }

private:
    QByteArray m_context;
    QString m_marker;
};
