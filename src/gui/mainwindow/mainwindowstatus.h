// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/daterange.h"

#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;
class TimeZoneLabel;

// The window's status line: who is connected ("connectionLabel"), the progress of loading the entries
// ("loadingLabel"), the account's time zone while it differs from the computer's (TimeZoneLabel) and the range's
// total ("statusTotalLabel", RangeTotalText). The texts keep MainWindow's translation context.
class MainWindowStatus : public QObject
{
    Q_OBJECT
public:
    explicit MainWindowStatus(QStatusBar* bar);

    // "Connected as … · demo data"; "Not signed in" without an e-mail.
    void setConnection(const QString& email, bool demo);
    void setLoading(bool loading);
    // Page `page` of `count` arrived (shown from two pages on).
    void setPage(int page, int count);
    void showTotal(DateRange::Period period, qint64 workedSeconds, qint64 bookedSeconds);
    TimeZoneLabel* zoneLabel() const { return m_zoneLabel; }
    void retranslate();

private:
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_loadingLabel = nullptr;
    QLabel* m_totalLabel = nullptr;
    TimeZoneLabel* m_zoneLabel = nullptr;
    QString m_email;
    bool m_demo = false;
};
