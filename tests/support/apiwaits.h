// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class ApiClient;
class ApiReply;

// Waits (running the event loop) until the reply has emitted finished(), at most timeoutMs; true when it did.
// The reply deletes itself afterwards: read its value in a slot connected to finished(), not after this.
[[nodiscard]] bool waitFor(ApiReply* reply, int timeoutMs = 20000);

// The calls of this client that have not finished yet, as "GET /v4/users/me". An ApiReply exists from the moment
// its call is made and is sent only from the event loop, so right after an action this lists every request the
// action made: no need to wait for a wrongly sent request to arrive at the server.
QStringList pendingRequests(const ApiClient* api);
