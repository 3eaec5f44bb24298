// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entrytextsuggestions.h"

#include "api/apiclient.h"

#include <QTimer>

EntryTextSuggestions::EntryTextSuggestions(ApiClient* api, QObject* parent)
    : QStringListModel(parent)
    , m_api(api)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &EntryTextSuggestions::fetchNow);
}

EntryTextSuggestions::~EntryTextSuggestions()
{
    if (m_reply)
        m_reply->abort();
}

void EntryTextSuggestions::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void EntryTextSuggestions::setTerm(const QString& term)
{
    m_term = term.trimmed();
    if (m_fetched && m_term == m_fetchedTerm)
        return;
    m_debounce->start();
}

void EntryTextSuggestions::fetchNow()
{
    m_debounce->stop();
    if (!m_api)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    const QString term = m_term;
    ApiReply* reply = m_api->entriesTexts(term, MaximumItems);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, term] {
        if (!reply->isOk())
            return; // suggestions are a convenience: keep the old ones
        QStringList texts;
        const auto items = reply->valueAs<QList<EntryText>>();
        for (const EntryText& item : items) {
            const QString text = item.value.isEmpty() ? item.label : item.value;
            if (!text.isEmpty() && !texts.contains(text))
                texts.append(text);
        }
        m_fetched = true;
        m_fetchedTerm = term;
        if (texts != stringList())
            setStringList(texts);
        emit suggestionsUpdated();
    });
}
