// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/accountcurrencyloader.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "core/session/accountdata.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCurrency, "clockodo.core.currency", QtInfoMsg)

AccountCurrencyLoader::AccountCurrencyLoader(AccountData* data)
    : QObject(data)
    , m_data(data)
{
    connect(data, &AccountData::userChanged, this, &AccountCurrencyLoader::requestIfDue);
    connect(data, &AccountData::loaded, this, &AccountCurrencyLoader::requestIfDue);
    requestIfDue();
}

void AccountCurrencyLoader::requestIfDue()
{
    ApiClient* api = m_data->api();
    if (!api || !m_data->hasUser() || m_loading || m_settledEpoch == m_data->epoch())
        return;
    const quint64 epoch = m_data->epoch();
    ApiReply* reply = api->company();
    m_loading = true;
    connect(reply, &ApiReply::finished, this, [this, reply, epoch] {
        m_loading = false;
        if (epoch != m_data->epoch()) {
            requestIfDue(); // another account's answer; ask for the current one
            return;
        }
        const ApiError& error = reply->error();
        if (reply->isOk()) {
            m_settledEpoch = epoch;
            m_data->setCurrency(reply->valueAs<Company>().currency);
        } else if (error.httpStatus > 0 && error.httpStatus < 500 && error.httpStatus != 401
                   && error.httpStatus != 429) {
            m_settledEpoch = epoch; // refused or gone: amounts stay without a currency
            qCInfo(lcCurrency) << "the company's currency is not available:" << error.httpStatus;
        } else {
            qCInfo(lcCurrency) << "the company's currency could not be read now:" << error.detail;
        }
    });
}
