// SPDX-License-Identifier: GPL-3.0-or-later
// The sort keys DayGroupProxyModel orders each day's entries by (models/RowSortKeys), over a plain model: the order
// (by key, ties in row order, descending the exact reverse, no column: row order), reading from any model, ranks,
// and keeping the keys in place as rows are inserted, removed and moved.
#include "models/entrytablemodel.h"
#include "models/rowsortkeys.h"
#include "models/sortranks.h"

#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

// One column of sort keys (EntryTableModel::SortRole), one row per value.
std::unique_ptr<QStandardItemModel> modelOf(const QList<QVariant>& keys)
{
    auto model = std::make_unique<QStandardItemModel>(int(keys.size()), 1);
    for (int row = 0; row < keys.size(); ++row)
        model->setData(model->index(row, 0), keys.at(row), EntryTableModel::SortRole);
    return model;
}

// rows ordered by keys.before().
QList<int> ordered(const RowSortKeys& keys, QList<int> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [&keys](int a, int b) { return keys.before(a, b); });
    return rows;
}

} // namespace

class TestRowSortKeys : public QObject
{
    Q_OBJECT

private slots:
    void byKeyTiesInRowOrderDescendingTheReverse()
    {
        const auto model
            = modelOf({ QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        RowSortKeys keys;
        QCOMPARE(ordered(keys, { 3, 1, 2, 0 }), (QList<int> { 0, 1, 2, 3 })); // no column: row order
        keys.setSort(0, Qt::AscendingOrder);
        const QList<int> ranks = keys.readAll(model.get());
        QVERIFY(keys.holds(4));
        QCOMPARE(ranks, (QList<int> { 1, 0, 2, 3 }));
        QCOMPARE(keys.ranks(), ranks);
        QCOMPARE(ordered(keys, { 3, 2, 1, 0 }), (QList<int> { 1, 0, 2, 3 }));
        keys.setSort(0, Qt::DescendingOrder);
        QVERIFY(!keys.holds(4));
        keys.readAll(model.get());
        QCOMPARE(ordered(keys, { 0, 1, 2, 3 }), (QList<int> { 3, 2, 0, 1 }));
        QCOMPARE(keys.insertionPosition({ 3, 2, 0, 1 }, 1), 3);
        keys.setSort(-1, Qt::DescendingOrder);
        QCOMPARE(keys.readAll(model.get()), QList<int>());
        QCOMPARE(ordered(keys, { 0, 1, 2, 3 }), (QList<int> { 3, 2, 1, 0 }));
    }

    void keysStayWithTheirRows_data()
    {
        QTest::addColumn<bool>("asVariants");
        QTest::newRow("integers") << false;
        QTest::newRow("variants") << true;
    }

    void keysStayWithTheirRows()
    {
        // The same whether the integer keys are held as integers or (after a key of another kind) as QVariants.
        QFETCH(bool, asVariants);
        const auto model = modelOf({ qint64(10), qint64(20), qint64(30), qint64(40) });
        RowSortKeys keys;
        keys.setSort(0, Qt::AscendingOrder);
        keys.readAll(model.get());
        QVERIFY(keys.holdsIntegers());
        if (asVariants) {
            keys.set(0, 10.0);
            QVERIFY(!keys.holdsIntegers());
            QCOMPARE(keys.value(3).toLongLong(), 40);
            keys.set(0, qint64(10));
            QVERIFY(!keys.holdsIntegers());
        }
        keys.insert(1, 2); // two rows before 20
        keys.set(1, qint64(35));
        keys.set(2, 5); // an int among qint64: compared by value
        QCOMPARE(ordered(keys, { 0, 1, 2, 3, 4, 5 }), (QList<int> { 2, 0, 3, 4, 1, 5 }));
        keys.remove(0, 2); // 10 and 35 go
        QCOMPARE(keys.size(), 4);
        QCOMPARE(keys.value(0).toLongLong(), 5);
        keys.move(0, 0, 4); // 5 to the end: 20, 30, 40, 5
        QCOMPARE(keys.value(3).toLongLong(), 5);
        QCOMPARE(keys.value(0).toLongLong(), 20);
        keys.move(2, 3, 0); // 40 and 5 to the front: 40, 5, 20, 30
        QCOMPARE(keys.value(0).toLongLong(), 40);
        QCOMPARE(keys.value(1).toLongLong(), 5);
        QCOMPARE(keys.value(3).toLongLong(), 30);
        QCOMPARE(keys.read(model.get(), 2).toLongLong(), 30);
        QCOMPARE(keys.holdsIntegers(), !asVariants);
        RowSortKeys none;
        none.insert(0, 3);
        QCOMPARE(none.size(), 0);
    }

    void integerKeysRankAndOrderAsTheirVariants()
    {
        // Integer keys held as integers give the ranks and the order their QVariants give (int and qint64 by value,
        // ties in row order, descending the exact reverse); the first key of another kind keeps every key.
        const QList<QVariant> values { qint64(30), 10, qint64(20), qint64(10), 30, qint64(-5), qint64(20) };
        const auto model = modelOf(values);
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            RowSortKeys keys;
            keys.setSort(0, order);
            QCOMPARE(keys.readAll(model.get()), SortRanks::of(values));
            QVERIFY(keys.holdsIntegers());
            QCOMPARE(keys.ranks(), SortRanks::of(values));
            const QList<int> rows { 0, 1, 2, 3, 4, 5, 6 };
            const QList<int> expected
                = order == Qt::AscendingOrder ? QList<int> { 5, 1, 3, 2, 6, 0, 4 } : QList<int> { 4, 0, 6, 2, 3, 1, 5 };
            QCOMPARE(ordered(keys, rows), expected);
            keys.insert(7, 1);
            keys.set(7, qint64(15));
            QVERIFY(keys.holdsIntegers());
            QCOMPARE(keys.insertionPosition(expected, 7), order == Qt::AscendingOrder ? 3 : 4);
            keys.set(7, QStringLiteral("text"));
            QVERIFY(!keys.holdsIntegers());
            for (int row = 0; row < values.size(); ++row)
                QCOMPARE(keys.value(row).toLongLong(), values.at(row).toLongLong());
            QCOMPARE(keys.value(7).toString(), QStringLiteral("text"));
        }
        // Keys read from an empty model start as integers; rows inserted then keep them so.
        QStandardItemModel empty(0, 1);
        RowSortKeys keys;
        keys.setSort(0, Qt::AscendingOrder);
        QCOMPARE(keys.readAll(&empty), QList<int>());
        keys.insert(0, 2);
        keys.set(0, qint64(2));
        keys.set(1, qint64(1));
        QVERIFY(keys.holdsIntegers());
        QCOMPARE(keys.ranks(), (QList<int> { 1, 0 }));
    }

    void onlyChangesOfTheColumnAndItsKeyRolesTouchKeys()
    {
        RowSortKeys keys;
        QVERIFY(!keys.touches(0, 11, {}));
        keys.setSort(EntryTableModel::DescriptionColumn, Qt::AscendingOrder);
        QVERIFY(keys.touches(0, EntryTableModel::ColumnCount - 1, {}));
        QVERIFY(keys.touches(EntryTableModel::DescriptionColumn, EntryTableModel::DescriptionColumn,
                             { EntryTableModel::SortRole }));
        QVERIFY(keys.touches(0, EntryTableModel::ColumnCount - 1, { EntryTableModel::EntryRole }));
        QVERIFY(!keys.touches(0, EntryTableModel::ColumnCount - 1,
                              { Qt::ToolTipRole, EntryTableModel::OverlapsRole })); // the marks
        QVERIFY(!keys.touches(EntryTableModel::DurationColumn, EntryTableModel::DurationColumn, {})); // a tick
    }
};

QTEST_GUILESS_MAIN(TestRowSortKeys)
#include "tst_rowsortkeys.moc"
