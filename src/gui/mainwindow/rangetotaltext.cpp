// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/rangetotaltext.h"

#include "models/daytotalsmodel.h"
#include "models/timeinputparser.h"

#include <QCoreApplication>
#include <QLabel>

void RangeTotalText::show(QLabel* statusLabel, DateRange::Period period, qint64 workedSeconds, qint64 bookedSeconds)
{
    const QString hours = TimeInputParser::formatDuration(workedSeconds);
    const QString decimal = TimeInputParser::formatDecimalHours(workedSeconds);
    QString label;
    switch (period) {
    case DateRange::Period::Day:
        label = QCoreApplication::translate("MainWindow", "Day: %1 h (%2 h)");
        break;
    case DateRange::Period::Week:
        label = QCoreApplication::translate("MainWindow", "Week: %1 h (%2 h)");
        break;
    case DateRange::Period::Month:
        label = QCoreApplication::translate("MainWindow", "Month: %1 h (%2 h)");
        break;
    case DateRange::Period::Custom:
        label = QCoreApplication::translate("MainWindow", "Total: %1 h (%2 h)");
        break;
    }
    statusLabel->setText(label.arg(hours, decimal));
    // Overlapping entries count once; the sum of what was booked stays at hand.
    statusLabel->setToolTip(DayTotalsModel::workedAndBookedText(workedSeconds, bookedSeconds));
}
