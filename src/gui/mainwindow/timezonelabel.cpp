// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/timezonelabel.h"

#include "core/session/accountdata.h"
#include "models/masterdata.h"

#include <QCoreApplication>
#include <QTimeZone>

TimeZoneLabel::TimeZoneLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("timeZoneLabel"));
    hide();
}

void TimeZoneLabel::showZoneOf(const MasterData* masterData)
{
    const bool differs = masterData && masterData->account() && masterData->account()->timeZoneDiffersFromSystem();
    if (differs) {
        const QString zone = QString::fromUtf8(masterData->timeZone().id());
        //: status bar, when the Clockodo account's time zone differs from the computer's; %1 e.g. "Europe/Berlin"
        setText(QCoreApplication::translate("MainWindow", "Times in %1").arg(zone));
        //: %1 the account's zone, %2 the computer's
        setToolTip(QCoreApplication::translate("MainWindow",
                                               "All times are shown and entered in your Clockodo account's time "
                                               "zone, %1. This computer uses %2.")
                       .arg(zone, QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    }
    setVisible(differs);
}
