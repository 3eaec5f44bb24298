// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What the sign-in and settings dialogs show about the X-Clockodo-External-Application header
// ("clockodo-desktop;" + contact address, at most ApiClient::MaxExternalApplicationLength characters).
class ContactHint
{
public:
    // The header's length for this contact, and the most Clockodo allows.
    static int length(const QString& contact);
    static int limit();
    static bool fits(const QString& contact);
    // The header as shown in a hint: with non-breaking hyphens, so that it does not wrap in the middle.
    static QString headerForDisplay(const QString& contact);
};
