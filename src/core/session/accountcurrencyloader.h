// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <optional>

class AccountData;

// Fetches the company's currency into AccountData once per account: when the user is known (after sign-in or another
// account's clear()), GET /v2/aggregates/users/me (ApiClient::company()). The endpoint is deprecated and optional: a
// refusal (403, 404) or an answer without a currency leaves the currency empty and is not asked again for this
// account; a network or server failure is asked again after the next successful load of the account's data. An answer
// for an account that has been cleared meanwhile is dropped.
class AccountCurrencyLoader : public QObject
{
    Q_OBJECT
public:
    explicit AccountCurrencyLoader(AccountData* data);

    // A request is on its way.
    bool isLoading() const { return m_loading; }

private:
    void requestIfDue();

    AccountData* m_data = nullptr;
    // The AccountData::epoch() the currency was settled for (answered or refused).
    std::optional<quint64> m_settledEpoch;
    bool m_loading = false;
};
