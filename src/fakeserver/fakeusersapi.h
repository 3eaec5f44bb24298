// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakeapi.h"

// GET /v4/users/me.
class FakeUsersApi : public FakeApi
{
public:
    FakeUsersApi(FakeStore& store, const FakeTimeSource& time);

    Reply usersMe(const FakeRequest& request) const;
};
