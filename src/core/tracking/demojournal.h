// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class OfflineJournal;

// The offline journal's side of the demo. The demo server listens on a new port in every run, so an account key made
// of its address (AccountData::keyFor) would be a new account each time, and what the demo recorded offline would pile
// up in the journal under keys nobody opens again. The demo's key is therefore fixed (accountKey()), and a demo starts
// fresh like its data: startFresh() discards what an earlier demo left (a local clock, records waiting to upload).
// Records of a real account are never touched.
class DemoJournal
{
public:
    // "demo#<user id>": the same in every run.
    static QString accountKey(qint64 userId);
    static bool isDemoKey(const QString& accountKey);
    // Discards every record of the journal's account when that is the demo's: at once when the journal has loaded,
    // else as soon as it has (once). Nothing for another account.
    static void startFresh(OfflineJournal* journal);
};
