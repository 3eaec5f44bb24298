// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What a program run to its end said: exit code (-1: it did not start or did not end within 60 s and was killed;
// -2: it crashed), standard output (trimmed) and standard error.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs program with arguments in env (and workingDirectory when given), keeping the event loop running meanwhile.
ProcessResult runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
                         const QString& workingDirectory = QString());
