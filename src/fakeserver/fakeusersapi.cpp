// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeusersapi.h"

#include "fakeserver/fakejson.h"

FakeUsersApi::FakeUsersApi(FakeStore& store, const FakeTimeSource& time)
    : FakeApi(store, time)
{ }

FakeUsersApi::Reply FakeUsersApi::usersMe(const FakeRequest& request) const
{
    Q_UNUSED(request)
    return dataReply(FakeJson::user(store().user()));
}
