// SPDX-License-Identifier: GPL-3.0-or-later
// EntryMarkDelegate draws a cell's text from its own laid-out cache (QStaticText): the table must look exactly as
// the style draws it (QStyledItemDelegate), selected or not, aligned left or right, elided or not.
#include "gui/mainwindow/entrymarkdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

class TestEntryMarkDelegate : public QObject
{
    Q_OBJECT

private slots:
    void cellsLookAsTheStyleDrawsThem_data();
    void cellsLookAsTheStyleDrawsThem();
};

void TestEntryMarkDelegate::cellsLookAsTheStyleDrawsThem_data()
{
    QTest::addColumn<qreal>("points");
    QTest::newRow("default") << 0.0;
    QTest::newRow("8 pt") << 8.0;
    QTest::newRow("11 pt") << 11.0;
    QTest::newRow("13.5 pt") << 13.5;
}

void TestEntryMarkDelegate::cellsLookAsTheStyleDrawsThem()
{
    QFETCH(qreal, points);
    QStandardItemModel model(4, 3);
    const QStringList texts { QStringLiteral("Bäckerei Sonnenschein"),
                              QStringLiteral("0:15"),
                              QStringLiteral("A description far too long to fit into its column, so it is elided"),
                              QStringLiteral("Atelier Lumière"),
                              QStringLiteral("12:30"),
                              QString(),
                              QStringLiteral("Northwind Traders Ltd."),
                              QStringLiteral("€1,234.50"),
                              QStringLiteral("Dokumentation aktualisieren"),
                              QStringLiteral("Hotel Bergblick"),
                              QStringLiteral("10:00:00"),
                              QStringLiteral("Support") };
    for (int i = 0; i < texts.size(); ++i) {
        auto* item = new QStandardItem(texts.at(i));
        if (i % 3 == 1)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (i == 11) // centred (no column of the table is; the delegate aligns it as the style would)
            item->setTextAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
        if (i == 3) // a mark beside the text, as the date cell of an overlapping entry
            item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (i == 9) { // the running entry's bold
            QFont bold;
            if (points > 0)
                bold.setPointSizeF(points);
            bold.setBold(true);
            item->setFont(bold);
        }
        model.setItem(i / 3, i % 3, item);
    }
    QTableView view;
    if (points > 0) {
        QFont font = view.font();
        font.setPointSizeF(points);
        view.setFont(font);
    }
    view.setModel(&model);
    // One line high, as EntryTableView's rows (word wrap on, as QTableView's default).
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.resize(520, 200);
    view.setColumnWidth(0, 150);
    view.setColumnWidth(1, 90);
    view.setColumnWidth(2, 160);
    view.selectRow(2);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const auto shot = [&view](QAbstractItemDelegate* delegate) {
        view.setItemDelegate(delegate);
        return view.viewport()->grab().toImage();
    };
    QStyledItemDelegate styled;
    EntryMarkDelegate marks;
    // The same delegate (its laid-out text kept) at other column widths: a load measures the columns again while
    // the text stays laid out.
    const QList<QList<int>> widths { { 150, 90, 160 }, { 110, 130, 190 }, { 151, 57, 97 } };
    for (const QList<int>& columns : widths) {
        for (int column = 0; column < 3; ++column)
            view.setColumnWidth(column, columns.at(column));
        const QImage expected = shot(&styled);
        const QImage actual = shot(&marks);
        view.setItemDelegate(&styled);
        QCOMPARE(actual.size(), expected.size());
        if (actual != expected) {
            int differing = 0;
            for (int y = 0; y < actual.height(); ++y) {
                for (int x = 0; x < actual.width(); ++x)
                    differing += actual.pixel(x, y) != expected.pixel(x, y) ? 1 : 0;
            }
            if (const QByteArray dir = qgetenv("CLOCKODO_TEST_SHOTS"); !dir.isEmpty()) {
                expected.save(QString::fromLocal8Bit(dir) + QStringLiteral("/delegate-expected.png"));
                actual.save(QString::fromLocal8Bit(dir) + QStringLiteral("/delegate-actual.png"));
            }
            QFAIL(qPrintable(QStringLiteral("%1 pixels differ at widths %2, %3, %4")
                                 .arg(differing)
                                 .arg(columns.at(0))
                                 .arg(columns.at(1))
                                 .arg(columns.at(2))));
        }
    }
}

QTEST_MAIN(TestEntryMarkDelegate)
#include "tst_entrymarkdelegate.moc"
