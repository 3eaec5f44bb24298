// SPDX-License-Identifier: GPL-3.0-or-later
// CSV: quoting, line ends, UTF-8, formula escaping, export of a model in its (view) order.
#include "models/csvwriter.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void rowsAndLineEnds();
    void utf8WithBom();
    void otherSeparator();
    void modelInViewOrder();
    void decimalMarkOfNumberFields();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Beratung"
                           << "Beratung";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "Müller, Hans"
                           << "\"Müller, Hans\"";
    QTest::newRow("quote") << "Say \"hi\""
                           << "\"Say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("cr") << "a\rb"
                        << "\"a\rb\"";
    QTest::newRow("outer space") << " x"
                                 << "\" x\"";
    QTest::newRow("formula") << "=SUM(A1)"
                             << "'=SUM(A1)";
    QTest::newRow("plus") << "+49 30"
                          << "'+49 30";
    QTest::newRow("at") << "@home"
                        << "'@home";
    QTest::newRow("minus text") << "-x"
                                << "'-x";
    QTest::newRow("negative number") << "-1.5"
                                     << "-1.5";
    QTest::newRow("formula with comma") << "=A1,B1"
                                        << "\"'=A1,B1\"";
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    CsvWriter writer;
    QCOMPARE(writer.quote(field), expected);
}

void TestCsvWriter::rowsAndLineEnds()
{
    CsvWriter writer;
    writer.addRow({ QStringLiteral("Date"), QStringLiteral("Description") });
    writer.addRow({ QStringLiteral("2026-11-23"), QStringLiteral("Abstimmung, Startseite") });
    QCOMPARE(writer.rowCount(), 2);
    QCOMPARE(writer.text(), QStringLiteral("Date,Description\r\n2026-11-23,\"Abstimmung, Startseite\"\r\n"));
}

void TestCsvWriter::utf8WithBom()
{
    CsvWriter writer;
    writer.addRow({ QStringLiteral("Bäckerei Sonnenschein"), QStringLiteral("Développement") });
    const QByteArray bytes = writer.toUtf8();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), QStringLiteral("Bäckerei Sonnenschein,Développement\r\n"));
    QVERIFY(!writer.toUtf8(false).startsWith("\xEF\xBB\xBF"));
}

void TestCsvWriter::otherSeparator()
{
    CsvWriter writer(QLatin1Char(';'));
    writer.addRow({ QStringLiteral("1,25"), QStringLiteral("a;b") });
    QCOMPARE(writer.text(), QStringLiteral("1,25;\"a;b\"\r\n"));
}

void TestCsvWriter::modelInViewOrder()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({ QStringLiteral("Name"), QStringLiteral("Hours") });
    const QList<QPair<QString, QString>> rows { { QStringLiteral("b"), QStringLiteral("2") },
                                                { QStringLiteral("a"), QStringLiteral("1") },
                                                { QStringLiteral("c"), QStringLiteral("3") } };
    for (const auto& [name, hours] : rows) {
        auto* nameItem = new QStandardItem(name);
        nameItem->setData(name.toUpper(), Qt::UserRole);
        model.appendRow({ nameItem, new QStandardItem(hours) });
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterFixedString(QStringLiteral("c"));
    proxy.setFilterKeyColumn(0);
    proxy.setFilterFixedString(QString());
    proxy.sort(0, Qt::DescendingOrder);
    CsvWriter writer;
    writer.addModel(&proxy, Qt::DisplayRole);
    QCOMPARE(writer.text(), QStringLiteral("Name,Hours\r\nc,3\r\nb,2\r\na,1\r\n"));

    CsvWriter fields;
    fields.addModel(&proxy, { { 0, Qt::UserRole }, { 1, Qt::DisplayRole } });
    QCOMPARE(fields.text(), QStringLiteral("Name,Hours\r\nC,3\r\nB,2\r\nA,1\r\n"));
}

void TestCsvWriter::decimalMarkOfNumberFields()
{
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels({ QStringLiteral("Name"), QStringLiteral("Hours"), QStringLiteral("Amount") });
    model.appendRow({ new QStandardItem(QStringLiteral("1.5 a")), new QStandardItem(QStringLiteral("1.25")),
                      new QStandardItem(QStringLiteral("-3.10")) });
    model.appendRow({ new QStandardItem(QStringLiteral("x")), new QStandardItem(QStringLiteral("2")),
                      new QStandardItem(QStringLiteral("2.5 km")) });
    // German spreadsheets: ';' and a decimal comma, only in number fields and only in plain numbers.
    CsvWriter writer(QLatin1Char(';'));
    writer.setDecimalMark(QLatin1Char(','));
    writer.addModel(&model, { { 0, Qt::DisplayRole, true }, { 1, Qt::DisplayRole, true }, { 2, Qt::DisplayRole } });
    QCOMPARE(writer.text(), QStringLiteral("Name;Hours;Amount\r\n1.5 a;1,25;-3.10\r\nx;2;2.5 km\r\n"));
    CsvWriter english;
    QCOMPARE(english.decimalMark(), QLatin1Char('.'));
    english.addModel(&model, { { 1, Qt::DisplayRole, true } });
    QCOMPARE(english.text(), QStringLiteral("Hours\r\n1.25\r\n2\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
