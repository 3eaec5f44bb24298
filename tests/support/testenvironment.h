// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>
#include <QtGlobal>

// True under the README's test command: tests/run-headless.sh sets CLOCKODO_TEST_HOME and provides everything the
// suite needs (a Secret Service in a private D-Bus session, an X server with a tray host). There a missing piece
// is a failure; elsewhere (a developer's desktop without a keyring or tray) the tests that need it are skipped.
inline bool underTestCommand()
{
    return !qEnvironmentVariableIsEmpty("CLOCKODO_TEST_HOME");
}

// Fails (under the README's test command) or skips the current test function because a piece of the environment
// is missing. A macro, because QFAIL and QSKIP must return from the test function itself.
#define FAIL_OR_SKIP_MISSING(failMessage, skipMessage)                                                                 \
    do {                                                                                                               \
        if (underTestCommand())                                                                                        \
            QFAIL(failMessage);                                                                                        \
        QSKIP(skipMessage);                                                                                            \
    } while (false)
