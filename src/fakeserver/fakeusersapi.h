// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakeapi.h"

// GET /v4/users/me and the deprecated GET /v2/aggregates/users/me (the only source of the company's currency).
class FakeUsersApi : public FakeApi
{
public:
    FakeUsersApi(FakeStore& store, const FakeTimeSource& time);

    Reply usersMe(const FakeRequest& request) const;
    // 403 (general format) when the store's company is not available.
    Reply aggregatesUsersMe(const FakeRequest& request) const;
};
