// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class MasterData;

// "Times in Europe/Berlin" in the window's status bar: shown only while the Clockodo account's time zone differs
// from the computer's, with both named in the tooltip. The texts keep MainWindow's translation context.
class TimeZoneLabel : public QLabel
{
    Q_OBJECT
public:
    explicit TimeZoneLabel(QWidget* parent = nullptr);

    // Follows the account of masterData (hidden without one); call again when the zone or the language changes.
    void showZoneOf(const MasterData* masterData);
};
