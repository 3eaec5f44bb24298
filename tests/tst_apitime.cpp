// SPDX-License-Identifier: GPL-3.0-or-later
// ApiTime::parse reads the API's own timestamp shapes without Qt's ISO 8601 parser (issue 16: parsing 100,000 entries).
// Its result must be the one of that parser (ApiTime::parseWithQt) for every text: the same validity, instant, time
// spec and offset. Compared here over generated texts: the API's shapes with every field at and beyond its limits
// (year 0, month 13, 30 February, 29 February of leap and common years, hour 24, minute and second 60, offsets up to
// ±24:00), other ISO 8601 forms Qt accepts (lowercase z, no seconds, milliseconds, no zone, "+0100", "+01") and
// every one-character change, deletion and insertion of API-shaped texts (trailing garbage, wrong separators);
// parse(QString) and, where the text fits, parse(QLatin1String) (the entry page reader's).
#include "api/transport/apitime.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

class TestApiTime : public QObject
{
    Q_OBJECT

private:
    int m_compared = 0;
    int m_valid = 0;

    static QString describe(const QDateTime& dt)
    {
        return dt.isValid() ? QStringLiteral("%1 spec %2 offset %3")
                                  .arg(dt.toString(Qt::ISODateWithMs))
                                  .arg(int(dt.timeSpec()))
                                  .arg(dt.offsetFromUtc())
                            : QStringLiteral("invalid");
    }

    static bool same(const QDateTime& a, const QDateTime& b)
    {
        return a.isValid() == b.isValid()
            && (!a.isValid()
                || (a == b && a.timeSpec() == b.timeSpec() && a.offsetFromUtc() == b.offsetFromUtc()
                    && a.date() == b.date() && a.time() == b.time() && a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch()));
    }

    // Empty if parse (both overloads, Latin-1 where the text fits) and parseWithQt agree on text, else what differs.
    static QString difference(const QString& text)
    {
        const QDateTime qt = ApiTime::parseWithQt(text);
        const QDateTime fast = ApiTime::parse(text);
        if (!same(fast, qt))
            return QStringLiteral("\"%1\": parse %2, Qt %3").arg(text, describe(fast), describe(qt));
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 256; })) {
            const QByteArray latin1 = text.toLatin1();
            const QDateTime fromLatin1 = ApiTime::parse(QLatin1String(latin1));
            if (!same(fromLatin1, qt))
                return QStringLiteral("\"%1\": parse(Latin-1) %2, Qt %3").arg(text, describe(fromLatin1), describe(qt));
        }
        return {};
    }

    bool compare(const QString& text)
    {
        ++m_compared;
        const QString diff = difference(text);
        if (!diff.isEmpty()) {
            qWarning().noquote() << diff;
            return false;
        }
        if (ApiTime::parseWithQt(text).isValid())
            ++m_valid;
        return true;
    }

    static QString two(int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); }

private slots:
    void init()
    {
        m_compared = 0;
        m_valid = 0;
    }

    void apiShapesAreUtc()
    {
        const QDateTime z = ApiTime::parse(QStringLiteral("2026-11-20T10:00:00Z"));
        QCOMPARE(z, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QCOMPARE(z.timeSpec(), Qt::UTC);
        const QDateTime plus = ApiTime::parse(QStringLiteral("2026-11-20T10:00:00+01:00"));
        QCOMPARE(plus, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        QCOMPARE(plus.timeSpec(), Qt::UTC);
        const QDateTime minus = ApiTime::parse(QStringLiteral("2026-12-31T23:30:00-05:30"));
        QCOMPARE(minus, QDateTime(QDate(2027, 1, 1), QTime(5, 0), Qt::UTC));
        QCOMPARE(ApiTime::parse(QStringLiteral("2026-11-20T10:00:00+00:00")).timeSpec(), Qt::UTC);
        QVERIFY(!ApiTime::parse(QStringLiteral("2026-13-20T10:00:00Z")).isValid());
        QVERIFY(!ApiTime::parse(QStringLiteral("2026-11-20T10:00:00Zx")).isValid());
    }

    void fieldsAtAndBeyondTheirLimits()
    {
        const QStringList zones { QStringLiteral("Z"),      QStringLiteral("+00:00"), QStringLiteral("-00:00"),
                                  QStringLiteral("+01:00"), QStringLiteral("-05:30"), QStringLiteral("+14:00"),
                                  QStringLiteral("+23:59"), QStringLiteral("-23:59"), QStringLiteral("+24:00"),
                                  QStringLiteral("+01:60"), QStringLiteral("z"),      QString() };
        const int years[] = { 0, 1, 1900, 1970, 2000, 2024, 2025, 9999 };
        const int days[] = { 0, 1, 28, 29, 30, 31, 32 };
        const int hours[] = { 0, 9, 23, 24, 25 };
        const int sixty[] = { 0, 59, 60 };
        for (const int year : years) {
            for (int month = 0; month <= 13; ++month) {
                for (const int day : days) {
                    const QString date
                        = QStringLiteral("%1-%2-%3T").arg(year, 4, 10, QLatin1Char('0')).arg(two(month), two(day));
                    for (const int hour : hours) {
                        for (const int minute : sixty) {
                            for (const int second : sixty) {
                                const QString time = date + two(hour) + u':' + two(minute) + u':' + two(second);
                                for (const QString& zone : zones)
                                    QVERIFY(compare(time + zone));
                            }
                        }
                    }
                }
            }
        }
        qInfo("%d texts compared, %d valid", m_compared, m_valid);
        QVERIFY(m_valid > 40000);
    }

    void everyDayOfLeapAndCommonYears()
    {
        auto* random = QRandomGenerator::global();
        for (QDate day(2023, 1, 1); day < QDate(2029, 1, 1); day = day.addDays(1)) {
            const QString date = day.toString(Qt::ISODate) + u'T';
            const QString time
                = two(random->bounded(24)) + u':' + two(random->bounded(60)) + u':' + two(random->bounded(60));
            QVERIFY(compare(date + time + u'Z'));
            QVERIFY(compare(date + QStringLiteral("23:59:59Z")));
            QVERIFY(compare(date + QStringLiteral("00:00:00+01:00")));
            QVERIFY(compare(date + QStringLiteral("23:59:59-01:00")));
        }
        QCOMPARE(m_valid, m_compared);
    }

    void otherIsoForms()
    {
        const QStringList texts { QStringLiteral("2026-11-20T10:00Z"),
                                  QStringLiteral("2026-11-20T10:00:00"),
                                  QStringLiteral("2026-11-20T10:00:00.123Z"),
                                  QStringLiteral("2026-11-20T10:00:00.5+01:00"),
                                  QStringLiteral("2026-11-20T10:00:00+0100"),
                                  QStringLiteral("2026-11-20T10:00:00+01"),
                                  QStringLiteral("2026-11-20 10:00:00Z"),
                                  QStringLiteral("2026-11-20t10:00:00Z"),
                                  QStringLiteral("2026-11-20T10:00:00 Z"),
                                  QStringLiteral(" 2026-11-20T10:00:00Z"),
                                  QStringLiteral("2026-11-20T10:00:00Z "),
                                  QStringLiteral("+2026-11-20T10:00:00Z"),
                                  QStringLiteral("2026-11-20T24:00:00Z"),
                                  QStringLiteral("2026-12-31T24:00:00+01:00"),
                                  QStringLiteral("2026-11-20"),
                                  QStringLiteral("2023-02-28Z00:00:00Z"),
                                  QStringLiteral("2026-11-20T10:00:00\u00a0Z"),
                                  QStringLiteral("２026-11-20T10:00:00Z"),
                                  QStringLiteral("2026-11-20T1٠:00:00Z"),
                                  QString() };
        for (const QString& text : texts)
            QVERIFY(compare(text));
    }

    void oneCharacterChanges()
    {
        const QStringList originals { QStringLiteral("2024-02-29T23:59:59Z"),
                                      QStringLiteral("2024-02-29T23:59:59+01:00"),
                                      QStringLiteral("2025-12-31T00:00:00-05:30") };
        const QString alphabet = QStringLiteral("0123456789-+:TZzt .x/\u0660");
        for (const QString& original : originals) {
            for (qsizetype at = 0; at <= original.size(); ++at) {
                for (const QChar c : alphabet) {
                    QString inserted = original;
                    QVERIFY(compare(inserted.insert(at, c)));
                    if (at == original.size())
                        continue;
                    QString replaced = original;
                    replaced[at] = c;
                    QVERIFY(compare(replaced));
                }
                if (at < original.size())
                    QVERIFY(compare(QString(original).remove(at, 1)));
            }
        }
        qInfo("%d texts compared, %d valid", m_compared, m_valid);
    }

    void randomTexts()
    {
        QRandomGenerator random(16);
        const QString alphabet = QStringLiteral("0123456789-+:TZ");
        for (int i = 0; i < 20000; ++i) {
            QString text = QStringLiteral("%1-%2-%3T%4:%5:%6")
                               .arg(1 + random.bounded(9999), 4, 10, QLatin1Char('0'))
                               .arg(two(random.bounded(14)), two(random.bounded(33)), two(random.bounded(26)),
                                    two(random.bounded(61)), two(random.bounded(62)));
            switch (random.bounded(3)) {
            case 0:
                text += u'Z';
                break;
            case 1:
                text += (random.bounded(2) ? u'+' : u'-') + two(random.bounded(26)) + u':' + two(random.bounded(61));
                break;
            default:
                text[random.bounded(int(text.size()))] = alphabet.at(random.bounded(int(alphabet.size())));
                text += u'Z';
                break;
            }
            QVERIFY(compare(text));
        }
        qInfo("%d texts compared, %d valid", m_compared, m_valid);
    }
};

QTEST_GUILESS_MAIN(TestApiTime)
#include "tst_apitime.moc"
