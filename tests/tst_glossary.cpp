// SPDX-License-Identifier: GPL-3.0-or-later
// One term per concept: every German and French translation of a source that names a concept of
// translations/glossary.tsv uses the glossary's term for it ("Anhalten", never "Stopp", for the same action).
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Rule
{
    QString name;
    QRegularExpression english;
    QRegularExpression german;
    QRegularExpression french;
};

struct Glossary
{
    QList<Rule> rules;
    QList<QRegularExpression> ignored;
    QMultiHash<QString, QString> waived; // concept name → source
};

struct Message
{
    QString source;
    QStringList translations; // every numerus form
};

QRegularExpression pattern(const QString& text)
{
    return QRegularExpression(
        text, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

Glossary readGlossary(const QString& path)
{
    Glossary glossary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return glossary;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.value(0) == QLatin1String("rule") && f.size() == 5)
            glossary.rules.append({ f[1], pattern(f[2]), pattern(f[3]), pattern(f[4]) });
        else if (f.value(0) == QLatin1String("ignore") && f.size() == 2)
            glossary.ignored.append(pattern(f[1]));
        else if (f.value(0) == QLatin1String("waive") && f.size() == 4)
            glossary.waived.insert(f[1], f[2]);
        else
            qWarning("glossary.tsv: unreadable line: %s", qPrintable(line));
    }
    return glossary;
}

QList<Message> readCatalogue(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    Message current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(std::exchange(current, {}));
            continue;
        }
        if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("numerusform") || (xml.name() == QLatin1String("translation") && !numerus))
            current.translations.append(xml.readElementText());
    }
    return messages;
}

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT
private slots:
    void readsTheGlossary();
    void everyTranslationUsesTheTerm_data();
    void everyTranslationUsesTheTerm();
    void catchesAMixedTerm();
    void catchesAMixedFrenchTerm();

private:
    static QStringList violations(const Glossary& glossary, const QList<Message>& messages, bool german);
};

QStringList TestGlossary::violations(const Glossary& glossary, const QList<Message>& messages, bool german)
{
    QStringList found;
    for (const Message& message : messages) {
        QString source = plain(message.source);
        for (const QRegularExpression& ignored : glossary.ignored)
            source.remove(ignored);
        for (const Rule& rule : glossary.rules) {
            if (!rule.english.match(source).hasMatch() || glossary.waived.contains(rule.name, plain(message.source)))
                continue;
            for (const QString& translation : message.translations) {
                if (!(german ? rule.german : rule.french).match(plain(translation)).hasMatch())
                    found.append(QStringLiteral("%1: \"%2\" → \"%3\"").arg(rule.name, message.source, translation));
            }
        }
    }
    return found;
}

void TestGlossary::readsTheGlossary()
{
    const Glossary glossary = readGlossary(QStringLiteral(CLOCKODO_SOURCE_DIR "/translations/glossary.tsv"));
    QVERIFY(glossary.rules.size() >= 10);
    for (const Rule& rule : glossary.rules)
        QVERIFY2(rule.english.isValid() && rule.german.isValid() && rule.french.isValid(), qPrintable(rule.name));
}

void TestGlossary::everyTranslationUsesTheTerm_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestGlossary::everyTranslationUsesTheTerm()
{
    QFETCH(QString, language);
    const Glossary glossary = readGlossary(QStringLiteral(CLOCKODO_SOURCE_DIR "/translations/glossary.tsv"));
    const QList<Message> messages
        = readCatalogue(QStringLiteral(CLOCKODO_SOURCE_DIR "/translations/clockodo-desktop_%1.ts").arg(language));
    QVERIFY(messages.size() > 100);
    QVERIFY(
        std::all_of(messages.cbegin(), messages.cend(), [](const Message& m) { return !m.translations.isEmpty(); }));
    const QStringList found = violations(glossary, messages, language == QLatin1String("de"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// The check itself can fail: the German button text this issue found ("Stopp" beside "Anhalten" in the tray).
void TestGlossary::catchesAMixedTerm()
{
    const Glossary glossary = readGlossary(QStringLiteral(CLOCKODO_SOURCE_DIR "/translations/glossary.tsv"));
    const QList<Message> mixed { { QStringLiteral("■ Stop"), { QStringLiteral("■ Stopp") } },
                                 { QStringLiteral("Use --stop with --json."),
                                   { QStringLiteral("--stop mit --json.") } } };
    QCOMPARE(violations(glossary, mixed, true).size(), 1);
}

// And the French one: "Adresse de contact" in Settings beside "E-mail de contact" in the sign-in dialog; the glossary's
// term is "Adresse e-mail de contact". The German "Anhalten" passes where "Stopp" does not.
void TestGlossary::catchesAMixedFrenchTerm()
{
    const Glossary glossary = readGlossary(QStringLiteral(CLOCKODO_SOURCE_DIR "/translations/glossary.tsv"));
    const QList<Message> french { { QStringLiteral("Contact e-mail:"), { QStringLiteral("Adresse de contact :") } },
                                  { QStringLiteral("Contact e-mail"), { QStringLiteral("E-mail de contact") } },
                                  { QStringLiteral("Contact e-mail:"),
                                    { QStringLiteral("Adresse e-mail de contact :") } } };
    QCOMPARE(violations(glossary, french, false).size(), 2);
    const QList<Message> german { { QStringLiteral("■ Stop"), { QStringLiteral("■ Anhalten") } },
                                  { QStringLiteral("Contact e-mail:"), { QStringLiteral("Kontakt-E-Mail:") } } };
    QCOMPARE(violations(glossary, german, true).size(), 0);
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
