// SPDX-License-Identifier: GPL-3.0-or-later
// EntryFilterProxyModel's sort (issue 16): it orders by ranks computed once (models/SortRanks) instead of comparing
// two keys per comparison, and must give exactly the order of the comparison it replaces (QVariant::compare of the
// two rows' SortRole values, ties in source order, reversed for a descending sort): for every column and both
// directions, with umlauts, accents, case, empty and repeated texts, in German, French and English. The text
// columns' keys are the lower-cased display texts. Under QAbstractItemModelTester.
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/sortranks.h"
#include "models/textfolding.h"
#include "support/manualclock.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>

namespace {
const QDateTime Now(QDate(2026, 11, 27), QTime(15, 0), Qt::UTC);

// Texts that sort differently by code unit, by case and by any collation; some repeat, some lower-case to more
// code units (İ), some are astral (surrogate pairs), some sit beside A-Z and a-z in ASCII (@ [ ` {).
const QStringList Texts {
    QStringLiteral("Äpfel"),
    QStringLiteral("apfel"),
    QStringLiteral("Apfel"),
    QStringLiteral("äpfel"),
    QStringLiteral("Zebra"),
    QStringLiteral("zebra"),
    QString(),
    QStringLiteral("Éclair"),
    QStringLiteral("eclair"),
    QStringLiteral("École"),
    QStringLiteral("ecole"),
    QStringLiteral("Straße"),
    QStringLiteral("STRASSE"),
    QStringLiteral("strasse"),
    QStringLiteral("İstanbul"),
    QStringLiteral("istanbul"),
    QStringLiteral("Ωmega"),
    QStringLiteral("ωmega"),
    QStringLiteral("😀 Smile"),
    QStringLiteral("a\nsecond"),
    QStringLiteral("a"),
    QStringLiteral("A"),
    QStringLiteral("ab"),
    QStringLiteral("a b"),
    QStringLiteral("[x]"),
    QStringLiteral("`tick"),
    QStringLiteral("{brace}"),
    QStringLiteral("@at"),
    QStringLiteral("0 Zero"),
    QStringLiteral("Zürich"),
    QStringLiteral("zurich"),
    QStringLiteral("Œuvre"),
    QStringLiteral("œuvre"),
    QStringLiteral("Ÿ"),
    QStringLiteral("ÿ"),
    QStringLiteral("Apfel"),
    QStringLiteral("Abcd efgh"),
    QStringLiteral("abcd EFGI"),
    QStringLiteral("ABCD"),
    QStringLiteral("Réunion"),
    QStringLiteral("réunion"),
    QStringLiteral("Reunion"),
};

// The comparison EntryFilterProxyModel::lessThan made before it had ranks, over the source's rows.
bool oldLess(const QAbstractItemModel* source, int column, int left, int right)
{
    const QVariant a = source->index(left, column).data(EntryTableModel::SortRole);
    const QVariant b = source->index(right, column).data(EntryTableModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    return left < right;
}

// The source rows in the order QSortFilterProxyModel's stable sort with that comparison gives.
QList<int> oldOrder(const QSortFilterProxyModel& proxy, int column, Qt::SortOrder order)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    std::sort(rows.begin(), rows.end());
    const QAbstractItemModel* source = proxy.sourceModel();
    std::stable_sort(rows.begin(), rows.end(), [&](int l, int r) {
        return order == Qt::AscendingOrder ? oldLess(source, column, l, r) : oldLess(source, column, r, l);
    });
    return rows;
}

QList<int> proxyOrder(const QSortFilterProxyModel& proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}
} // namespace

class TestEntryFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EntryTableModel> m_model;
    std::unique_ptr<EntryFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // Every text as description and as customer, project and service name, with times, types, billable states,
    // amounts and revenues that repeat (ties) and differ.
    void build()
    {
        m_clock = std::make_unique<ManualClock>(Now);
        m_model = std::make_unique<EntryTableModel>(nullptr, m_clock.get());
        m_model->setTimeZone(QTimeZone("Europe/Berlin"));
        m_proxy = std::make_unique<EntryFilterProxyModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->setSourceModel(m_model.get());
        qint64 id = 1;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < Texts.size(); ++i, ++id) {
                Entry e;
                e.id = id;
                e.type = id % 7 == 0 ? Entry::Type::LumpSumValue
                                     : (id % 11 == 0 ? Entry::Type::LumpSumService : Entry::Type::Time);
                e.customersId = 1 + i % 5;
                e.customersName = Texts.at((i + round) % Texts.size());
                e.projectsId = 10 + i % 3;
                e.projectsName = Texts.at((i * 7 + round) % Texts.size());
                e.servicesId = 20 + i % 4;
                e.servicesName = Texts.at((i * 3 + 1) % Texts.size());
                e.lumpSumServicesId = e.servicesId;
                e.lumpSumServicesName = e.servicesName;
                e.usersId = 7;
                e.billable = int(id % 3);
                e.text = Texts.at((i * 5 + round) % Texts.size());
                e.timeSince = Now.addSecs(-3600 * (id % 29) - 60 * (id % 4));
                if (e.type == Entry::Type::Time && id != 5) // 5 runs
                    e.timeUntil = e.timeSince.addSecs(600 * (id % 6));
                if (e.timeUntil.isValid())
                    e.duration = e.timeSince.secsTo(e.timeUntil);
                if (e.type == Entry::Type::LumpSumValue)
                    e.lumpSum = double(id % 4) * 12.5;
                if (e.type == Entry::Type::LumpSumService)
                    e.lumpSumServicesAmount = double(id % 3) + 0.5;
                if (id % 5 != 0) // some 0.0 and -0.0: equal, in row order
                    e.revenue = id % 6 == 0 ? (id % 4 == 0 ? -0.0 : 0.0) : double(id % 6) * 10.0;
                m_model->upsertEntry(e);
            }
        }
    }

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
        m_clock.reset();
    }

    void everyColumnSortsAsTheComparisonItReplaces_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("de") << QStringLiteral("de_DE");
        QTest::newRow("fr") << QStringLiteral("fr_FR");
        QTest::newRow("en") << QStringLiteral("en_US");
    }

    void everyColumnSortsAsTheComparisonItReplaces()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        build();
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            for (int column = 0; column < EntryTableModel::ColumnCount; ++column) {
                m_proxy->sort(column, order);
                QCOMPARE(m_proxy->sortColumn(), column);
                QCOMPARE(proxyOrder(*m_proxy), oldOrder(*m_proxy, column, order));
            }
        }
        // The same with a filter: only the rows that pass.
        m_proxy->setBillable(1);
        for (const int column : { int(EntryTableModel::DescriptionColumn), int(EntryTableModel::CustomerColumn),
                                  int(EntryTableModel::DurationColumn) }) {
            m_proxy->sort(column, Qt::DescendingOrder);
            QCOMPARE(proxyOrder(*m_proxy), oldOrder(*m_proxy, column, Qt::DescendingOrder));
            m_proxy->sort(column, Qt::AscendingOrder);
            QCOMPARE(proxyOrder(*m_proxy), oldOrder(*m_proxy, column, Qt::AscendingOrder));
        }
    }

    // The source rows whose folded SearchTextRole text holds every folded word of text.
    QList<int> rowsWithEveryWord(const QString& text) const
    {
        const QStringList words = TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QList<int> rows;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString haystack
                = TextFolding::fold(m_model->index(row, 0).data(EntryTableModel::SearchTextRole).toString());
            if (std::all_of(words.cbegin(), words.cend(),
                            [&haystack](const QString& word) { return haystack.contains(word); }))
                rows.append(row);
        }
        return rows;
    }

    // Until the scan has tested more rows (one slice, normally one event-loop turn).
    bool scanOneSlice()
    {
        const int before = m_proxy->scannedRows();
        for (int turn = 0; turn < 100 && m_proxy->isScanningText() && m_proxy->scannedRows() == before; ++turn)
            QCoreApplication::processEvents();
        return !m_proxy->isScanningText() || m_proxy->scannedRows() > before;
    }

    void textFilterKeepsTheRowsWithEveryWord_data()
    {
        QTest::addColumn<int>("scanRows");
        QTest::newRow("at once") << EntryFilterProxyModel::DefaultScanRows;
        QTest::newRow("in slices") << 7;
    }

    void textFilterKeepsTheRowsWithEveryWord()
    {
        // From an EntryTableModel the proxy asks containsAllWords() (names folded once, no SearchTextRole text per
        // row): the rows it keeps are those whose folded SearchTextRole text holds every folded word. Sorted, the
        // rows that stay keep the sort's order. Over more rows than scanRows() a text is tested in slices and takes
        // effect when all rows are tested; until then the previous filter stays.
        QFETCH(int, scanRows);
        build();
        m_proxy->setScanRows(scanRows);
        const bool sliced = m_model->rowCount() > scanRows;
        m_proxy->sort(EntryTableModel::DescriptionColumn, Qt::DescendingOrder);
        bool someButNotAll = false;
        for (const QString& text :
             { QStringLiteral("apfel"), QStringLiteral("ÄPF zebra"), QStringLiteral("strasse"), QStringLiteral("ss"),
               QStringLiteral("istanbul"), QStringLiteral("ΩMEGA"), QStringLiteral("a\nsecond"), QStringLiteral("é"),
               QStringLiteral("😀 smile"), QStringLiteral("r"), QStringLiteral("reunion œuvre"),
               QStringLiteral("  eclair  "), QStringLiteral("nothing-like-this"), QString() }) {
            const QList<int> before = proxyOrder(*m_proxy);
            m_proxy->setText(text);
            QCOMPARE(m_proxy->text(), text);
            if (sliced && !text.trimmed().isEmpty()) {
                QVERIFY(m_proxy->isScanningText());
                QCOMPARE(proxyOrder(*m_proxy), before);
                QTRY_VERIFY(!m_proxy->isScanningText());
            }
            QVERIFY(!m_proxy->isScanningText());
            QList<int> kept = proxyOrder(*m_proxy);
            QCOMPARE(kept, oldOrder(*m_proxy, EntryTableModel::DescriptionColumn, Qt::DescendingOrder));
            std::sort(kept.begin(), kept.end());
            QCOMPARE(kept, rowsWithEveryWord(text));
            someButNotAll = someButNotAll || (!kept.isEmpty() && kept.size() < m_model->rowCount());
        }
        QVERIFY(someButNotAll);
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void aTextTestedInSlicesFollowsTheRowsMeanwhile()
    {
        // While a text is tested in slices the source changes: rows appended behind the scan are tested when it
        // comes to them, a row inserted before it starts it over, a changed row is tested again; text typed meanwhile
        // replaces the text being tested. The text takes effect in one layout change; clearing cancels the scan.
        build();
        m_proxy->setScanRows(10);
        QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy applied(m_proxy.get(), &EntryFilterProxyModel::filtersChanged);
        m_proxy->setText(QStringLiteral("ap"));
        QVERIFY(scanOneSlice());
        m_proxy->setText(QStringLiteral("apfel")); // typed on: the scan starts over with the new text
        QCOMPARE(m_proxy->scannedRows(), 0);
        QVERIFY(scanOneSlice());
        QVERIFY(scanOneSlice());
        QCOMPARE(m_proxy->scannedRows(), 20);
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount()); // the previous filter (none) until it is done

        // A row the scan has passed gains the word, another one loses it.
        const int gains = [this] {
            const QList<int> matching = rowsWithEveryWord(QStringLiteral("apfel"));
            for (int row = 0; row < 20; ++row) {
                if (!matching.contains(row))
                    return row;
            }
            return -1;
        }();
        const int loses = rowsWithEveryWord(QStringLiteral("apfel")).value(0, -1);
        QVERIFY(gains >= 0 && loses >= 0 && loses < 20);
        Entry edited = m_model->entryAt(gains);
        edited.text = QStringLiteral("Apfelkuchen");
        m_model->upsertEntry(edited);
        Entry other = m_model->entryAt(loses);
        other.customersName = other.projectsName = other.servicesName = other.text = QStringLiteral("Birne");
        m_model->upsertEntry(other);
        QCOMPARE(m_proxy->scannedRows(), 20);

        // Appended behind the scan: no restart.
        Entry appended = m_model->entryAt(0);
        appended.id = 1000;
        appended.timeSince = Now.addSecs(3600);
        appended.timeUntil = appended.timeSince.addSecs(600);
        appended.text = QStringLiteral("Apfel am Ende");
        m_model->upsertEntry(appended);
        QCOMPARE(m_model->rowOfId(1000), m_model->rowCount() - 1);
        QCOMPARE(m_proxy->scannedRows(), 20);
        QVERIFY(scanOneSlice());
        QCOMPARE(m_proxy->scannedRows(), 30);
        layouts.clear();
        applied.clear();
        while (m_proxy->isScanningText() && m_proxy->scannedRows() < m_model->rowCount())
            QVERIFY(scanOneSlice());
        // The last rows tested, the result takes effect in a later turn (the layout change costs a turn of its own).
        QVERIFY(m_proxy->isScanningText());
        QCOMPARE(layouts.size(), 0);
        QTRY_VERIFY(!m_proxy->isScanningText());
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(applied.size(), 1);
        QList<int> kept = proxyOrder(*m_proxy);
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept, rowsWithEveryWord(QStringLiteral("apfel")));
        QVERIFY(kept.contains(m_model->rowOfId(edited.id)));
        QVERIFY(!kept.contains(m_model->rowOfId(other.id)));
        QVERIFY(kept.contains(m_model->rowOfId(1000)));
        QVERIFY(m_proxy->hasFilter());

        // Inserted before the scan: the rows it tested moved, so it starts over.
        m_proxy->setText(QStringLiteral("apfel am"));
        QVERIFY(scanOneSlice());
        QVERIFY(scanOneSlice());
        Entry first = appended;
        first.id = 1001;
        first.timeSince = Now.addDays(-30);
        first.timeUntil = first.timeSince.addSecs(600);
        first.text = QStringLiteral("apfel am Anfang");
        m_model->upsertEntry(first);
        QCOMPARE(m_model->rowOfId(1001), 0);
        QCOMPARE(m_proxy->scannedRows(), 0);
        QTRY_VERIFY(!m_proxy->isScanningText());
        kept = proxyOrder(*m_proxy);
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept, rowsWithEveryWord(QStringLiteral("apfel am")));
        QCOMPARE(kept, (QList<int> { 0, m_model->rowOfId(1000) }));

        // Cleared while a text is tested: the scan ends, nothing is filtered.
        m_proxy->setText(QStringLiteral("zebra"));
        QVERIFY(m_proxy->isScanningText());
        m_proxy->clearFilters();
        QVERIFY(!m_proxy->isScanningText());
        QCOMPARE(m_proxy->text(), QString());
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
        m_proxy->setText(QStringLiteral("zebra"));
        m_proxy->setText(QString()); // back to no text before the scan ended
        QVERIFY(!m_proxy->isScanningText());
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
        QVERIFY(!m_proxy->hasFilter());
    }

    void knownSourceRowsAreTheMapping()
    {
        // After a filter change of the unsorted proxy its rows' source rows are known (the day groups and totals read
        // them instead of mapping each row): always exactly the mapping, for a model over it as soon as the change
        // reaches it (its layoutChanged; during layoutAboutToBeChanged the rows before the change), and forgotten
        // before any other change of the rows reaches it, including rows inserted or removed that the filter hides.
        build();
        m_proxy->setScanRows(10);
        int checks = 0;
        QString failure;
        bool knownInLayoutChange = false; // at the last layoutChanged
        const auto check = [&](const char* when) {
            ++checks;
            if (const QList<int>* known = m_proxy->sourceRows(); known && *known != proxyOrder(*m_proxy))
                failure = QString::fromLatin1(when);
        };
        QList<QMetaObject::Connection> probes {
            connect(m_proxy.get(), &QAbstractItemModel::layoutAboutToBeChanged, this, [&] { check("layout before"); }),
            connect(m_proxy.get(), &QAbstractItemModel::layoutChanged, this,
                    [&] {
                        check("layout after");
                        knownInLayoutChange = m_proxy->sourceRows() != nullptr;
                    }),
            connect(m_proxy.get(), &QAbstractItemModel::rowsAboutToBeInserted, this, [&] { check("before insert"); }),
            connect(m_proxy.get(), &QAbstractItemModel::rowsInserted, this, [&] { check("insert"); }),
            connect(m_proxy.get(), &QAbstractItemModel::rowsAboutToBeRemoved, this, [&] { check("before removal"); }),
            connect(m_proxy.get(), &QAbstractItemModel::rowsRemoved, this, [&] { check("removal"); }),
            connect(m_proxy.get(), &QAbstractItemModel::dataChanged, this, [&] { check("data"); }),
            connect(m_proxy.get(), &QAbstractItemModel::modelReset, this, [&] { check("reset"); }),
        };
        const auto probeSource = [&] {
            probes.append(
                connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&] { check("source insert"); }));
            probes.append(
                connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, [&] { check("source removal"); }));
        };
        probeSource();

        QVERIFY(!m_proxy->sourceRows()); // no filter change yet
        m_proxy->setCustomerId(2);
        QVERIFY(knownInLayoutChange);
        QVERIFY(m_proxy->sourceRows());
        QCOMPARE(*m_proxy->sourceRows(), proxyOrder(*m_proxy));
        QVERIFY(m_proxy->rowCount() > 0 && m_proxy->rowCount() < m_model->rowCount());
        m_proxy->setText(QStringLiteral("apfel")); // in slices
        knownInLayoutChange = false;
        QTRY_VERIFY(!m_proxy->isScanningText());
        QVERIFY(knownInLayoutChange);
        QVERIFY(m_proxy->sourceRows());
        QCOMPARE(*m_proxy->sourceRows(), proxyOrder(*m_proxy));

        // Hidden rows inserted before the rows shown, and removed again: no row of the proxy changes, their source
        // rows do.
        knownInLayoutChange = false;
        m_proxy->setText({});
        QVERIFY(knownInLayoutChange);
        QVERIFY(m_proxy->sourceRows());
        const int first = m_proxy->sourceRows()->value(0, -1);
        QVERIFY(first > 0);
        Entry hidden = m_model->entryAt(0);
        QVERIFY(hidden.customersId != 2);
        hidden.id = 500;
        hidden.timeSince = hidden.timeSince.addSecs(-86400);
        hidden.timeUntil = hidden.timeSince.addSecs(60);
        m_model->upsertEntry(hidden);
        QCOMPARE(m_model->rowOfId(500), 0);
        QVERIFY(!m_proxy->sourceRows());
        m_proxy->setBillable(1);
        m_proxy->setBillable({});
        QVERIFY(m_proxy->sourceRows());
        QVERIFY(m_model->removeEntry(500));
        QVERIFY(!m_proxy->sourceRows());

        // A row that comes into the filter by a change of its data, then one that leaves it; an edit that keeps the
        // rows as they are keeps them known.
        m_proxy->setBillable(1);
        m_proxy->setBillable({});
        Entry comes = m_model->entryAt(0);
        comes.customersId = 2;
        m_model->upsertEntry(comes);
        QVERIFY(!m_proxy->sourceRows());
        m_proxy->setBillable(1);
        m_proxy->setBillable({});
        const int shown = m_proxy->sourceRows()->value(1);
        Entry stays = m_model->entryAt(shown);
        stays.text = QStringLiteral("still customer 2");
        m_model->upsertEntry(stays);
        QVERIFY(m_proxy->sourceRows());
        QCOMPARE(*m_proxy->sourceRows(), proxyOrder(*m_proxy));
        Entry leaves = m_model->entryAt(shown);
        leaves.customersId = 3;
        m_model->upsertEntry(leaves);
        QVERIFY(!m_proxy->sourceRows());

        // Sorted, the rows are not in the source's order: not known, also after a filter change.
        m_proxy->setBillable(1);
        QVERIFY(m_proxy->sourceRows());
        m_proxy->sort(EntryTableModel::DescriptionColumn);
        QVERIFY(!m_proxy->sourceRows());
        m_proxy->setBillable({});
        QVERIFY(!m_proxy->sourceRows());
        m_proxy->sort(-1);
        m_proxy->setCustomerId({});
        QCOMPARE(*m_proxy->sourceRows(), proxyOrder(*m_proxy));
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());

        // Another source: nothing known until a filter change.
        EntryTableModel other(nullptr, m_clock.get());
        other.upsertEntry(m_model->entryAt(0));
        m_proxy->setSourceModel(&other);
        QVERIFY(!m_proxy->sourceRows());
        for (const QMetaObject::Connection& probe : std::as_const(probes))
            disconnect(probe);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(checks > 10);
    }

    void textKeysAreTheLowerCasedDisplayTexts()
    {
        build();
        for (const int column : { int(EntryTableModel::CustomerColumn), int(EntryTableModel::ProjectColumn),
                                  int(EntryTableModel::ServiceColumn), int(EntryTableModel::DescriptionColumn) }) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex index = m_model->index(row, column);
                QCOMPARE(index.data(EntryTableModel::SortRole).toString(), index.data().toString().toLower());
            }
        }
        // The description's first line only.
        int row = 0;
        while (row < m_model->rowCount() && m_model->entryAt(row).text != QStringLiteral("a\nsecond"))
            ++row;
        QVERIFY(row < m_model->rowCount());
        QCOMPARE(m_model->index(row, EntryTableModel::DescriptionColumn).data().toString(), QStringLiteral("a"));
        QCOMPARE(m_model->index(row, EntryTableModel::DescriptionColumn).data(EntryTableModel::SortRole).toString(),
                 QStringLiteral("a"));
    }

    void bulkKeysRankAsTheKeysOfEveryRow_data() { everyColumnSortsAsTheComparisonItReplaces_data(); }

    void bulkKeysRankAsTheKeysOfEveryRow()
    {
        // EntryTableModel::sortKeys reads a whole column in one call (descriptions and names once per distinct
        // text); ranked, it gives exactly the ranks of the keys data(SortRole) gives row by row, for every column.
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        build();
        for (int column = 0; column < EntryTableModel::ColumnCount; ++column) {
            QList<QVariant> keys;
            for (int row = 0; row < m_model->rowCount(); ++row)
                keys.append(m_model->index(row, column).data(EntryTableModel::SortRole));
            const SortRanks::Keys bulk = m_model->sortKeys(column);
            QVERIFY2(bulk.kind != SortRanks::Keys::Kind::None, qPrintable(QString::number(column)));
            const QList<int> ranks = SortRanks::ofKeys(bulk);
            QCOMPARE(ranks.size(), m_model->rowCount());
            QCOMPARE(ranks, SortRanks::of(keys));
        }
        QCOMPARE(m_model->sortKeys(-1).kind, SortRanks::Keys::Kind::None);
        QCOMPARE(m_model->sortKeys(EntryTableModel::ColumnCount).kind, SortRanks::Keys::Kind::None);
    }

    void bulkTextsRankEqualTextsTogether()
    {
        // A text table may hold the same key twice (two descriptions with the same first line): they tie, in row
        // order, like the keys they stand for.
        SortRanks::Keys keys;
        keys.kind = SortRanks::Keys::Kind::Texts;
        keys.texts = { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b"), QString() };
        keys.textOfRow = { 0, 1, 2, 1, 0, 3, 2 };
        QList<QVariant> rows;
        for (const int text : keys.textOfRow)
            rows.append(keys.texts.at(text));
        QCOMPARE(SortRanks::ofKeys(keys), QList<int>({ 3, 1, 4, 2, 5, 0, 6 }));
        QCOMPARE(SortRanks::ofKeys(keys), SortRanks::of(rows));
        keys.kind = SortRanks::Keys::Kind::None;
        QVERIFY(SortRanks::ofKeys(keys).isEmpty());
        SortRanks::Keys doubles;
        doubles.kind = SortRanks::Keys::Kind::Doubles;
        doubles.doubles = { 1.0, std::nan(""), 2.0 };
        QVERIFY(SortRanks::ofKeys(doubles).isEmpty());
    }

    void keysWithoutAPlainOrderSortAsBefore()
    {
        // Mixed number types (compared as numbers by QVariant::compare) take the old way; the order is the same.
        QStandardItemModel source(0, 1);
        const QList<QVariant> keys { 3, qint64(1), 2.5, 1, qint64(3), 0.5, 2.5, -1 };
        for (const QVariant& key : keys) {
            auto* item = new QStandardItem;
            item->setData(key, EntryTableModel::SortRole);
            source.appendRow(item);
        }
        EntryFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        QVERIFY(SortRanks::of(keys).isEmpty());
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(proxyOrder(proxy), QList<int>({ 7, 5, 1, 3, 2, 6, 0, 4 }));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxyOrder(proxy), QList<int>({ 4, 0, 6, 2, 3, 1, 5, 7 }));
    }

    void ranksOrderKeysAndTies_data()
    {
        QTest::addColumn<QList<QVariant>>("keys");
        QTest::addColumn<QList<int>>("ranks");
        QTest::newRow("integers") << QList<QVariant> { qint64(5), qint64(-2), qint64(5), qint64(0),
                                                       std::numeric_limits<qint64>::max() }
                                  << QList<int> { 2, 0, 3, 1, 4 };
        QTest::newRow("ints") << QList<QVariant> { 2, 1, 2, 1 } << QList<int> { 2, 0, 3, 1 };
        QTest::newRow("doubles") << QList<QVariant> { 1.5, -0.0, 0.0, -3.25, 1.5 } << QList<int> { 3, 1, 2, 0, 4 };
        // By UTF-16 code unit: "" < "B" < "a" (row 1) < "a" (row 5) < "ab" < "abcd" < "abcde" < "abcdf" < "b" < "ä":
        // the empty text first, equal texts in row order, a text before the longer ones it begins, the first four
        // code units alike and the rest decides.
        // Keys already in row order (the table's dates): every row its own rank, ties included.
        QTest::newRow("in order") << QList<QVariant> { qint64(1), qint64(2), qint64(2), qint64(5) }
                                  << QList<int> { 0, 1, 2, 3 };
        // int and qint64 compare by value, as QVariant::compare does.
        QTest::newRow("integers of both widths")
            << QList<QVariant> { qint64(3), 1, qint64(2), 2 } << QList<int> { 3, 0, 1, 2 };
        QTest::newRow("texts") << QList<QVariant> { QStringLiteral("b"),
                                                    QStringLiteral("a"),
                                                    QStringLiteral("ä"),
                                                    QStringLiteral("B"),
                                                    QString(),
                                                    QStringLiteral("a"),
                                                    QStringLiteral("abcdf"),
                                                    QStringLiteral("abcde"),
                                                    QStringLiteral("abcd"),
                                                    QStringLiteral("ab") }
                               << QList<int> { 8, 2, 9, 1, 0, 3, 7, 6, 5, 4 };
    }

    void ranksOrderKeysAndTies()
    {
        QFETCH(QList<QVariant>, keys);
        QFETCH(QList<int>, ranks);
        QCOMPARE(SortRanks::of(keys), ranks);
    }

    void ranksMatchTheComparisonOnManyTies()
    {
        // 5000 texts out of a few hundred, and as many integers: the same order as QVariant::compare with row ties.
        QList<QVariant> texts;
        QList<QVariant> numbers;
        for (int i = 0; i < 5000; ++i) {
            texts.append(Texts.at((i * 7919) % Texts.size()).toLower() + QString::number((i * 31) % 11));
            numbers.append(qint64((i * 7919) % 503) - 250);
        }
        for (const QList<QVariant>* keys : { &texts, &numbers }) {
            QList<int> rows(keys->size());
            std::iota(rows.begin(), rows.end(), 0);
            std::stable_sort(rows.begin(), rows.end(), [keys](int l, int r) {
                return QVariant::compare(keys->at(l), keys->at(r)) == QPartialOrdering::Less;
            });
            const QList<int> ranks = SortRanks::of(*keys);
            QCOMPARE(ranks.size(), keys->size());
            for (int place = 0; place < rows.size(); ++place)
                QCOMPARE(ranks.at(rows.at(place)), place);
        }
    }

    void keysThatCannotBeRankedGiveNoRanks()
    {
        QVERIFY(SortRanks::of({}).isEmpty());
        QVERIFY(SortRanks::of({ 1.0, std::nan(""), 2.0 }).isEmpty());
        QVERIFY(SortRanks::of({ 1.0, 2.0, std::nan("") }).isEmpty());
        QVERIFY(SortRanks::of({ QStringLiteral("a"), 1 }).isEmpty());
        QVERIFY(SortRanks::of({ QDate(2026, 1, 1), QDate(2025, 1, 1) }).isEmpty());
        QVERIFY(SortRanks::of({ QVariant(), QVariant() }).isEmpty());
    }
};

QTEST_MAIN(TestEntryFilterProxyModel)
#include "tst_entryfilterproxymodel.moc"
