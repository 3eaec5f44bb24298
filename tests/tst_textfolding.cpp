// SPDX-License-Identifier: GPL-3.0-or-later
// Searching ignores accents and case both ways (issue 15): the one folding function, the table's filter proxy and
// the pickers' completer.
#include "gui/widgets/foldingcompleter.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/textfolding.h"

#include <QStandardItemModel>
#include <QStringListModel>
#include <QTest>

class TestTextFolding : public QObject
{
    Q_OBJECT

private slots:
    void folds_data();
    void folds();
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
        item->setData(text.toLower(), EntryTableModel::SearchTextRole);
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
