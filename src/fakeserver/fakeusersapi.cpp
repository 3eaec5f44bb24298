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

FakeUsersApi::Reply FakeUsersApi::aggregatesUsersMe(const FakeRequest& request) const
{
    if (!store().company().available)
        return generalError(403, QStringLiteral("Forbidden"), text(FakeMessages::Id::Forbidden, request));
    Reply reply;
    reply.status = 200;
    reply.body = FakeJson::aggregatesUsersMe(store());
    return reply;
}
