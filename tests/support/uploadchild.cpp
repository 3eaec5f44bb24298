// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_killrecovery's upload kill test: opens the offline journal and runs the OfflineUploader
// against the Clockodo API of CLOCKODO_API_URL / CLOCKODO_API_USER / CLOCKODO_API_KEY (the fake server of the test)
// until the journal holds nothing more to upload and every journal write is durable; then prints "done" and exits 0.
// The test kills it with SIGKILL at each step of an upload and starts it again.
// Usage: clockodo-upload-child <journal file>
#include "api/apiclient.h"
#include "core/session/accountdata.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlineuploader.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: clockodo-upload-child <journal file>\n");
        return 2;
    }
    ApiClient api;
    if (!api.setBaseUrl(QUrl(qEnvironmentVariable("CLOCKODO_API_URL")))) {
        std::fprintf(stderr, "CLOCKODO_API_URL refused\n");
        return 2;
    }
    api.setCredentials(qEnvironmentVariable("CLOCKODO_API_USER"), qEnvironmentVariable("CLOCKODO_API_KEY"));
    api.setTimeoutMs(5000);
    AccountData account(&api);
    OfflineJournal journal(args.at(1));
    OfflineUploader uploader(&api, &account, &journal);

    const auto finishWhenDone = [&] {
        if (uploader.isBusy() || journal.pendingWrites() > 0)
            return;
        if (uploader.hasWork()) {
            uploader.retryNow();
            return;
        }
        std::printf("done\n");
        std::fflush(stdout);
        app.exit(0);
    };
    QObject::connect(&uploader, &OfflineUploader::finished, &app, [&] { QTimer::singleShot(0, &app, finishWhenDone); });
    QObject::connect(&journal, &OfflineJournal::written, &app, [&] { QTimer::singleShot(0, &app, finishWhenDone); });
    QObject::connect(&journal, &OfflineJournal::loaded, &app, [&] {
        std::printf("loaded %d\n", int(journal.records().size()));
        std::fflush(stdout);
        uploader.retryNow();
    });

    ApiReply* me = api.currentUser();
    QObject::connect(me, &ApiReply::finished, &app, [&, me] {
        if (!me->isOk()) {
            std::fprintf(stderr, "users/me: %s\n", qPrintable(me->error().message()));
            app.exit(1);
            return;
        }
        const User user = me->valueAs<User>();
        account.setUser(user);
        const QString key = AccountData::keyFor(api.baseUrl(), user.id);
        account.bindAccount(key);
        journal.open(key);
    });
    return app.exec();
}
