// SPDX-License-Identifier: GPL-3.0-or-later
// Searching ignores accents and case both ways (issue 15): the one folding function, the table's filter proxy and
// the pickers' completer.
#include "gui/widgets/foldingcompleter.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/textfolding.h"

#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTest>

class TestTextFolding : public QObject
{
    Q_OBJECT

private slots:
    void folds_data();
    void folds();
    void foldsAsNormalizingDoes();
    void containsBothWays();
    void filterProxyIgnoresAccents();
    void completerIgnoresAccents();
};

void TestTextFolding::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("grave") << QStringLiteral("Atelier Lumière") << QStringLiteral("atelier lumiere");
    QTest::newRow("umlaut") << QStringLiteral("Bäckerei") << QStringLiteral("backerei");
    QTest::newRow("decomposed input") << QStringLiteral("Lume\u0300re") << QStringLiteral("lumere");
    QTest::newRow("cedilla and acute") << QStringLiteral("Façade Développement")
                                       << QStringLiteral("facade developpement");
    QTest::newRow("plain") << QStringLiteral("Beratung") << QStringLiteral("beratung");
}

void TestTextFolding::folds()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFolding::fold(text), folded);
}

void TestTextFolding::foldsAsNormalizingDoes()
{
    // fold() takes characters below U+2100 from a table and normalizes only texts with others: the same result as
    // normalizing every text, character by character (all of the BMP) and in texts of mixed characters.
    for (char32_t c = 0; c <= 0xFFFF; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        const QString one(QChar { c });
        QCOMPARE(TextFolding::fold(one), TextFolding::foldByNormalizing(one));
    }
    const QString pool = QStringLiteral("aZ09 -_#/.äÄöÖüÜßẞéÉèàçÇñÑøØåÅæÆœŒłŁđĐıİĳǅǈǲſ́̈ΩωΣσςДдЖжΐŉǰẞΩ€한글日本 –");
    QRandomGenerator random(16);
    for (int i = 0; i < 2000; ++i) {
        QString text;
        const int length = int(random.bounded(12));
        for (int j = 0; j < length; ++j)
            text.append(pool.at(int(random.bounded(quint32(pool.size())))));
        QCOMPARE(TextFolding::fold(text), TextFolding::foldByNormalizing(text));
    }
    for (const QString& text : { QStringLiteral("Straße"), QStringLiteral("plain ascii"), QStringLiteral("MiXeD CaSe"),
                                 QStringLiteral("Ωμέγα Café"), QStringLiteral("e\u0301t\u00E9"), QString() })
        QCOMPARE(TextFolding::fold(text), TextFolding::foldByNormalizing(text));
}

void TestTextFolding::containsBothWays()
{
    QVERIFY(TextFolding::contains(QStringLiteral("Atelier Lumière"), QStringLiteral("lumiere")));
    QVERIFY(TextFolding::contains(QStringLiteral("Atelier Lumiere"), QStringLiteral("lumière")));
    QVERIFY(TextFolding::contains(QStringLiteral("Bäckerei Sonnenschein"), QStringLiteral("bäck")));
    QVERIFY(TextFolding::contains(QStringLiteral("Bäckerei Sonnenschein"), QStringLiteral("back")));
    QVERIFY(TextFolding::contains(QStringLiteral("Backstube"), QStringLiteral("BÄCK")));
    QVERIFY(!TextFolding::contains(QStringLiteral("Bäckerei"), QStringLiteral("beck")));
    QVERIFY(TextFolding::contains(QStringLiteral("anything"), QString()));
}

void TestTextFolding::filterProxyIgnoresAccents()
{
    // The proxy reads only SearchTextRole (and the id roles, unset here) of its source.
    QStandardItemModel source;
    for (const QString& text : { QStringLiteral("Atelier Lumière\nDéveloppement\nSkizzen"),
                                 QStringLiteral("Bäckerei Sonnenschein\nBeratung\nAngebot"),
                                 QStringLiteral("Kino Lumiere\nBeratung\nPlakat") }) {
        auto* item = new QStandardItem;
        item->setData(text, EntryTableModel::SearchTextRole); // as the entry model gives it: not folded
        source.appendRow(item);
    }
    EntryFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    const auto matches = [&proxy](const QString& text) {
        proxy.setText(text);
        return proxy.rowCount();
    };
    QCOMPARE(matches(QStringLiteral("lumiere")), 2);
    QCOMPARE(matches(QStringLiteral("lumière")), 2);
    QCOMPARE(matches(QStringLiteral("back")), 1);
    QCOMPARE(matches(QStringLiteral("bäck angebot")), 1);
    QCOMPARE(matches(QStringLiteral("developpement")), 1);
    QCOMPARE(matches(QStringLiteral("BERATUNG")), 2);
    QCOMPARE(matches(QStringLiteral("beck")), 0);
}

void TestTextFolding::completerIgnoresAccents()
{
    QStringListModel names({ QStringLiteral("Atelier Lumière"), QStringLiteral("Bäckerei Sonnenschein"),
                             QStringLiteral("Backstube Nord"), QStringLiteral("Kino Lumiere") });
    FoldingCompleter completer(&names);
    const auto completions = [&completer](const QString& typed) {
        completer.setCompletionPrefix(typed);
        QStringList shown;
        for (int row = 0; completer.setCurrentRow(row); ++row)
            shown.append(completer.currentCompletion());
        return shown;
    };
    QCOMPARE(completions(QStringLiteral("lumiere")),
             QStringList({ QStringLiteral("Atelier Lumière"), QStringLiteral("Kino Lumiere") }));
    QCOMPARE(completions(QStringLiteral("lumière")),
             QStringList({ QStringLiteral("Atelier Lumière"), QStringLiteral("Kino Lumiere") }));
    QCOMPARE(completions(QStringLiteral("back")),
             QStringList({ QStringLiteral("Bäckerei Sonnenschein"), QStringLiteral("Backstube Nord") }));
    QCOMPARE(completions(QStringLiteral("bäck")),
             QStringList({ QStringLiteral("Bäckerei Sonnenschein"), QStringLiteral("Backstube Nord") }));
    QCOMPARE(completions(QStringLiteral("SONNEN")), QStringList({ QStringLiteral("Bäckerei Sonnenschein") }));
    // The name as shown goes into the field, not its folded form.
    completer.setCompletionPrefix(QStringLiteral("lumiere"));
    QCOMPARE(completer.pathFromIndex(completer.currentIndex()), QStringLiteral("Atelier Lumière"));
}

QTEST_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
