// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/processrun.h"

#include <QDebug>
#include <QProcess>
#include <QSignalSpy>

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
                         const QString& workingDirectory)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(20000))
        return result;
    if (!finished.wait(60000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (result.exitCode == -2) {
        // A crash is rare and its test usually stops at the exit code: keep what the child said (an assertion,
        // a qFatal, a sanitizer's report) in the test's log.
        qWarning().noquote() << "crashed:" << program << arguments.join(QLatin1Char(' ')) << "\nstdout:" << result.out
                             << "\nstderr:" << result.err;
    }
    return result;
}
