// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/apierror.h"
#include "api/transport/paging.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class ApiClient;
class QNetworkReply;
class QTimer;

// One logical API call: it may take several HTTP attempts (retries) and, for lists, several pages.
// It owns its QNetworkReply, emits finished() exactly once and then deletes itself (deleteLater), so read
// value()/error() in the slot connected to finished(). Nothing happens before the event loop runs, so
// connecting right after the call is always in time.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    // Turns a 200 answer (the root object) into the result; sets *error to the JSON path that failed.
    using Parser = std::function<QVariant(const QJsonObject& root, QString* error)>;

    struct Request
    {
        QByteArray verb = "GET";
        QString path; // below the base URL, e.g. "/v2/clock"
        QList<QPair<QString, QString>> query;
        QJsonObject body; // sent as JSON when not empty (POST/PUT)
        bool hasBody = false;
        Parser parse;
        // Lists: fetch page after page; parse returns one page's items, accumulate joins them.
        bool paged = false;
        std::function<QVariant()> accumulated;
        // Large lists (entries): the body is parsed (JSON and parse) on the client's parser thread, so that a page
        // of 1000 entries does not hold up the GUI thread; the result comes back to this reply's thread, pages in
        // order (one page is parsed at a time). parse must then touch nothing but its own captures.
        // Every paged GET asks for the next page while the current one is parsed (at most one page ahead) once an
        // earlier page said there is one; see requestNextPageAhead().
        bool parseInWorker = false;
        // Optional, for the entry list (issue 16): reads the body without a QJsonDocument and does what parse does;
        // nullopt (also for every body with an error) leaves the body to QJsonDocument and parse. *root receives
        // what the reply reads besides the items (paging).
        std::function<std::optional<QVariant>(const QByteArray& body, QJsonObject* root)> parseFast;
    };

    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    QVariant value() const { return m_value; }
    // The value as the type the call names (see ApiClient); no value (an error, a canceled call) reads as T().
    // Asking for another type is a programming error: it asserts (debug and test builds), and warns otherwise.
    template<typename T>
    T valueAs() const
    {
        if (m_value.isValid() && m_value.metaType() != QMetaType::fromType<T>()) {
            reportTypeMismatch(QMetaType::fromType<T>());
            return T();
        }
        return m_value.value<T>();
    }
    QByteArray verb() const { return m_request.verb; }
    QString path() const { return m_request.path; }
    int attempts() const { return m_attempts; }

    // Stops the call; finished() follows with Category::Canceled unless it had already finished.
    void abort();

signals:
    void finished();
    // For lists: one page has arrived (items holds that page only, e.g. QList<Entry>).
    void pageReceived(const QVariant& items, const Paging& paging);
    // An automatic retry will be sent after delayMs.
    void retryScheduled(int retry, int delayMs, const ApiError& reason);

private:
    friend class ApiClient;
    ApiReply(ApiClient* client, Request request);

    void reportTypeMismatch(QMetaType requested) const;
    bool isIdempotent() const;
    void start();
    void send();
    void handleNetworkReply();
    // What the body of a 2xx answer reads as: pure (no member touched), so it may run on the parser thread.
    struct Parsed
    {
        ApiError error;
        QVariant value;
        Paging paging;
        bool unreadable = false; // parse named a JSON path it could not read (error.detail)
    };
    static Parsed parseBody(const QByteArray& body, const Request& request, bool idempotent);
    void handleSuccess(const QByteArray& body);
    void handleParsed(const Parsed& parsed);
    void requestNextPageAhead();
    void continueWithNextPage();
    void dropNextPage();
    bool scheduleRetry(const ApiError& reason);
    void finish(const ApiError& error, const QVariant& value = {});

    QPointer<ApiClient> m_client;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkReply> m_nextReply; // page m_page + 1, asked for ahead; not connected until its turn
    QTimer* m_retryTimer = nullptr;
    ApiError m_error;
    QVariant m_value;
    quint64 m_accountGeneration = 0; // the client's when the call was made
    int m_page = 1;
    int m_knownPages = 0; // count_pages of the last page parsed (0: none yet)
    int m_attempts = 0;
    int m_retries = 0;
    bool m_finished = false;
    bool m_aborting = false;
    bool m_parsing = false; // a body is on the parser thread
};
