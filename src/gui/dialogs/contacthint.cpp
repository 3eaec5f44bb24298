// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/contacthint.h"

#include "api/apiclient.h"

int ContactHint::length(const QString& contact)
{
    return int(ApiClient::externalApplicationFor(contact).size());
}

int ContactHint::limit()
{
    return ApiClient::MaxExternalApplicationLength;
}

bool ContactHint::fits(const QString& contact)
{
    return ApiClient::fitsExternalApplication(contact);
}

QString ContactHint::headerForDisplay(const QString& contact)
{
    return ApiClient::externalApplicationFor(contact).replace(QLatin1Char('-'), QChar(0x2011));
}
