// SPDX-License-Identifier: GPL-3.0-or-later
// Numeric dates show four-digit years in every language (German's own short format says "25.11.26"), also where core
// writes them: the conflict texts of the waiting-to-upload view and the next absence of the work-time panel.
#include "core/platform/dateformats.h"
#include "core/tracking/offlineconflicttext.h"
#include "core/worktime/worktimetext.h"

#include <QDateTime>
#include <QTest>

class TestDateFormats : public QObject
{
    Q_OBJECT
private slots:
    void shortDateHasFourDigitYear_data();
    void shortDateHasFourDigitYear();
    void shortDateTimeHasFourDigitYear();
    void widensOnlyTwoDigitYears();
    void conflictTextHasFourDigitYear();
    void absenceHasFourDigitYear();
    void cleanup();
};

void TestDateFormats::shortDateHasFourDigitYear_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("25.11.2026");
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("25/11/2026");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("11/25/2026");
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("25/11/2026");
    QTest::newRow("de_CH") << QStringLiteral("de_CH") << QStringLiteral("25.11.2026");
}

void TestDateFormats::shortDateHasFourDigitYear()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QLocale l(locale);
    QCOMPARE(l.toString(QDate(2026, 11, 25), DateFormats::shortDate(l)), expected);
}

void TestDateFormats::shortDateTimeHasFourDigitYear()
{
    const QLocale de(QStringLiteral("de_DE"));
    const QString text = de.toString(QDateTime(QDate(2026, 11, 25), QTime(14, 5)), DateFormats::shortDateTime(de));
    QVERIFY2(text.startsWith(QLatin1String("25.11.2026")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("14:05")), qPrintable(text));
}

void TestDateFormats::widensOnlyTwoDigitYears()
{
    QCOMPARE(DateFormats::withFullYear(QStringLiteral("dd.MM.yy")), QStringLiteral("dd.MM.yyyy"));
    QCOMPARE(DateFormats::withFullYear(QStringLiteral("dd.MM.yyyy")), QStringLiteral("dd.MM.yyyy"));
    QCOMPARE(DateFormats::withFullYear(QStringLiteral("M/d/yy h:mm")), QStringLiteral("M/d/yyyy h:mm"));
}

void TestDateFormats::conflictTextHasFourDigitYear()
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const OfflineConflictText text(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    Entry running;
    running.timeSince = QDateTime(QDate(2026, 11, 25), QTime(13, 5), Qt::UTC);
    running.text = QStringLiteral("Abstimmung");
    const QString message = text.runningElsewhere(running);
    QVERIFY2(message.contains(QLatin1String("25.11.2026 14:05")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("25.11.26 ")), qPrintable(message));
}

void TestDateFormats::absenceHasFourDigitYear()
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    Absence absence;
    absence.dateSince = QDate(2026, 12, 21);
    absence.dateUntil = QDate(2026, 12, 23);
    absence.type = Absence::RegularHoliday;
    absence.status = Absence::Approved;
    const QString text = WorkTimeText::absence(absence);
    QVERIFY2(text.contains(QLatin1String("21.12.2026")) && text.contains(QLatin1String("23.12.2026")),
             qPrintable(text));
}

void TestDateFormats::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestDateFormats)
#include "tst_dateformats.moc"
