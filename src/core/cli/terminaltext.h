// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text from the server (names, descriptions, error messages) made safe to print on a terminal: no control
// character reaches it (ESC sequences, BEL, NUL, which would cut the line short, line breaks), no bidirectional
// override turns the line around, and nothing is longer than asked.
class TerminalText
{
public:
    // A name or a description inside a line.
    static constexpr qsizetype MaxField = 200;
    // A whole printed line, e.g. a server's error message.
    static constexpr qsizetype MaxLine = 1000;

    // Line breaks and tabs become spaces, every other control character U+FFFD; longer than maxLength (-1: no
    // limit) is cut to maxLength characters, the last of them "…".
    static QString clean(const QString& text, qsizetype maxLength = MaxLine);
};
