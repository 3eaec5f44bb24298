// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"

#include <QPointer>
#include <QStringListModel>

class QTimer;

// Description suggestions from /v3/entriesTexts for a QCompleter: setTerm() asks the server after a short pause
// in typing (one request at a time, the older one is aborted) and replaces the list when the answer arrives.
class EntryTextSuggestions : public QStringListModel
{
    Q_OBJECT
public:
    explicit EntryTextSuggestions(ApiClient* api, QObject* parent = nullptr);
    ~EntryTextSuggestions() override;

    void setDebounceMs(int ms);
    QString term() const { return m_term; }

public slots:
    void setTerm(const QString& term);
    // Asks at once for the current term.
    void fetchNow();

signals:
    void suggestionsUpdated();

private:
    QPointer<ApiClient> m_api;
    QPointer<ApiReply> m_reply;
    QTimer* m_debounce = nullptr;
    QString m_term;
    QString m_fetchedTerm;
    static constexpr int MaximumItems = 20;
    bool m_fetched = false;
};
