// SPDX-License-Identifier: GPL-3.0-or-later
// What people type into time and duration fields.
#include "models/timeinputparser.h"

#include <QTest>

using OptInt = std::optional<int>;
using OptI64 = std::optional<qint64>;
Q_DECLARE_METATYPE(OptInt)
Q_DECLARE_METATYPE(OptI64)

class TestTimeInputParser : public QObject
{
    Q_OBJECT

private slots:
    void parseTime_data();
    void parseTime();
    void relativeTime_data();
    void relativeTime();
    void parseDuration_data();
    void parseDuration();
    void parseNumber();
    void formatting();
};

void TestTimeInputParser::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // seconds since midnight, -1 = invalid
    QTest::newRow("9") << "9" << 9 * 3600;
    QTest::newRow("09") << "09" << 9 * 3600;
    QTest::newRow("930") << "930" << 9 * 3600 + 1800;
    QTest::newRow("0930") << "0930" << 9 * 3600 + 1800;
    QTest::newRow("9:30") << "9:30" << 9 * 3600 + 1800;
    QTest::newRow("9.30") << "9.30" << 9 * 3600 + 1800;
    QTest::newRow("9h30") << "9h30" << 9 * 3600 + 1800;
    QTest::newRow("9h") << "9h" << 9 * 3600;
    QTest::newRow("21:30") << "21:30" << 21 * 3600 + 1800;
    QTest::newRow("2130") << "2130" << 21 * 3600 + 1800;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("23:59:59") << "23:59:59" << 86399;
    QTest::newRow("spaces") << "  9 : 30 " << 9 * 3600 + 1800;
    QTest::newRow("9am") << "9am" << 9 * 3600;
    QTest::newRow("9 pm") << "9 pm" << 21 * 3600;
    QTest::newRow("9:30 PM") << "9:30 PM" << 21 * 3600 + 1800;
    QTest::newRow("12am") << "12am" << 0;
    QTest::newRow("12pm") << "12pm" << 12 * 3600;
    QTest::newRow("9p") << "9p" << 21 * 3600;
    QTest::newRow("24") << "24" << -1;
    QTest::newRow("960") << "960" << -1;
    QTest::newRow("2460") << "2460" << -1;
    QTest::newRow("13pm") << "13pm" << -1;
    QTest::newRow("0am") << "0am" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("text") << "noon" << -1;
    QTest::newRow("12345") << "12345" << -1;
    QTest::newRow("relative without base") << "+15m" << -1;
}

void TestTimeInputParser::parseTime()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto result = TimeInputParser::parseTime(text);
    if (expected < 0)
        QVERIFY2(!result, qPrintable(QString::number(result.value_or(-1))));
    else
        QCOMPARE(result, OptInt(expected));
}

void TestTimeInputParser::relativeTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("base");
    QTest::addColumn<OptInt>("expected");
    const int nine = 9 * 3600;
    QTest::newRow("+15m") << "+15m" << nine << OptInt(nine + 900);
    QTest::newRow("+ 15 min") << "+ 15 min" << nine << OptInt(nine + 900);
    QTest::newRow("+1:30") << "+1:30" << nine << OptInt(nine + 5400);
    QTest::newRow("+1.5h") << "+1.5h" << nine << OptInt(nine + 5400);
    QTest::newRow("-30m") << "-30m" << nine << OptInt(nine - 1800);
    QTest::newRow("past midnight") << "+3h" << 22 * 3600 << OptInt(25 * 3600);
    QTest::newRow("garbage") << "+x" << nine << OptInt();
}

void TestTimeInputParser::relativeTime()
{
    QFETCH(QString, text);
    QFETCH(int, base);
    QFETCH(OptInt, expected);
    QCOMPARE(TimeInputParser::parseTime(text, base), expected);
}

void TestTimeInputParser::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<OptI64>("expected");
    QTest::newRow("1:15") << "1:15" << OptI64(4500);
    QTest::newRow("0:45") << "0:45" << OptI64(2700);
    QTest::newRow("1:15:30") << "1:15:30" << OptI64(4530);
    QTest::newRow("1.25h") << "1.25h" << OptI64(4500);
    QTest::newRow("1,25 h") << "1,25 h" << OptI64(4500);
    QTest::newRow("1.25") << "1.25" << OptI64(4500);
    QTest::newRow("2h") << "2h" << OptI64(7200);
    QTest::newRow("2 Std") << "2 Std" << OptI64(7200);
    QTest::newRow("75m") << "75m" << OptI64(4500);
    QTest::newRow("75 min") << "75 min" << OptI64(4500);
    QTest::newRow("1h15m") << "1h15m" << OptI64(4500);
    QTest::newRow("1h 15") << "1h 15" << OptI64(4500);
    QTest::newRow("1 h 15 min") << "1 h 15 min" << OptI64(4500);
    QTest::newRow("90s") << "90s" << OptI64(90);
    QTest::newRow("0.1h") << "0.1h" << OptI64(360);
    QTest::newRow("1:60") << "1:60" << OptI64();
    QTest::newRow("1h60") << "1h60" << OptI64();
    QTest::newRow("empty") << "" << OptI64();
    QTest::newRow("abc") << "abc" << OptI64();
    QTest::newRow("negative") << "-1h" << OptI64();
}

void TestTimeInputParser::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(OptI64, expected);
    QCOMPARE(TimeInputParser::parseDuration(text), expected);
}

void TestTimeInputParser::parseNumber()
{
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(TimeInputParser::parseNumber(QStringLiteral("12,5"), de), std::optional<double>(12.5));
    QCOMPARE(TimeInputParser::parseNumber(QStringLiteral("1.234,50"), de), std::optional<double>(1234.5));
    QCOMPARE(TimeInputParser::parseNumber(QStringLiteral("12.5"), de), std::optional<double>(12.5));
    QCOMPARE(TimeInputParser::parseNumber(QStringLiteral("1,234.50"), en), std::optional<double>(1234.5));
    QCOMPARE(TimeInputParser::parseNumber(QStringLiteral("12,5"), en), std::optional<double>(12.5));
    QVERIFY(!TimeInputParser::parseNumber(QStringLiteral(""), en));
    QVERIFY(!TimeInputParser::parseNumber(QStringLiteral("zwölf"), de));
}

void TestTimeInputParser::formatting()
{
    const QLocale c = QLocale::c();
    QCOMPARE(TimeInputParser::formatTime(QTime(9, 5), false, c), QStringLiteral("09:05"));
    QCOMPARE(TimeInputParser::formatTime(QTime(21, 30), true, c), QStringLiteral("9:30 PM"));
    QCOMPARE(TimeInputParser::formatTime(QTime(0, 15), true, c), QStringLiteral("12:15 AM"));
    QCOMPARE(TimeInputParser::formatDuration(4500), QStringLiteral("1:15"));
    QCOMPARE(TimeInputParser::formatDuration(4530, true), QStringLiteral("1:15:30"));
    QCOMPARE(TimeInputParser::formatDuration(0), QStringLiteral("0:00"));
    QCOMPARE(TimeInputParser::formatDuration(100 * 3600 + 59), QStringLiteral("100:00"));
    QCOMPARE(TimeInputParser::formatDecimalHours(4500, c), QStringLiteral("1.25"));
    QCOMPARE(TimeInputParser::formatDecimalHours(4500, QLocale(QLocale::German)), QStringLiteral("1,25"));
    // The decimal hours agree with the h:mm shown beside them (5:16:40 is 5:16, i.e. 5.27 h, not 5.28 h).
    QCOMPARE(TimeInputParser::formatDuration(5 * 3600 + 16 * 60 + 40), QStringLiteral("5:16"));
    QCOMPARE(TimeInputParser::formatDecimalHours(5 * 3600 + 16 * 60 + 40, c), QStringLiteral("5.27"));
    // Round trip: what we show, we read back.
    for (qint64 s : { 0LL, 60LL, 4500LL, 86340LL })
        QCOMPARE(TimeInputParser::parseDuration(TimeInputParser::formatDuration(s)), OptI64(s));
    QCOMPARE(TimeInputParser::parseTime(TimeInputParser::formatTime(QTime(21, 30), true, c)), OptInt(77400));
}

QTEST_GUILESS_MAIN(TestTimeInputParser)
#include "tst_timeinputparser.moc"
