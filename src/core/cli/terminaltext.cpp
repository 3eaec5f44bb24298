// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/terminaltext.h"

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

QString TerminalText::clean(const QString& text, qsizetype maxLength)
{
    QString result;
    result.reserve(maxLength < 0 ? text.size() : std::min(text.size(), maxLength));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
        } else if (u == u'\n' || u == u'\r' || u == u'\t' || u == 0x2028 || u == 0x2029) {
            result.append(QLatin1Char(' '));
        } else if (c.category() == QChar::Other_Control || c.isSurrogate() || isBidiControl(u)) {
            result.append(QChar::ReplacementCharacter);
        } else {
            result.append(c);
        }
        if (maxLength >= 0 && result.size() > maxLength)
            break;
    }
    if (maxLength < 0 || result.size() <= maxLength)
        return result;
    qsizetype cut = std::max<qsizetype>(0, maxLength - 1);
    if (cut > 0 && result.at(cut - 1).isHighSurrogate())
        --cut;
    result.truncate(cut);
    result.append(QChar(0x2026));
    return result;
}
