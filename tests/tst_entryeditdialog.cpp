// SPDX-License-Identifier: GPL-3.0-or-later
// The entry dialog driven by key clicks against the fake Clockodo server: create and edit all three entry types,
// duplicates, validation beside the fields, failed saves that keep the input, server field errors, edit locks and
// the conflict prompt when the entry changed on the server meanwhile. The OS zone is New York, the user's Berlin.
#include "api/transport/apitime.h"
#include "core/session/accountdata.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/dialogs/overlapquestion.h"
#include "gui/widgets/pickercombobox.h"
#include "models/entrytextsuggestions.h"
#include "models/masterdata.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/scopedostimezone.h"
#include "support/testhelpers.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <ctime>
#include <memory>
#include <optional>

void typeText(QWidget* widget, const QString& text);

class TestEntryEditDialog : public QObject, private FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void createTimeEntryByKeyboard();
    void customerPickerSearchesAnywhere();
    void pickerTakesFirstMatchOnEnter();
    void pickersOfferOnlySelectableAndAllowed();
    void billableFollowsProjectThenCustomer();
    void durationAndRelativeEnd();
    void entryAcrossMidnight();
    void dstNightDuration();
    void createLumpSumValue();
    void createLumpSumService();
    void dialogFitsEachKindsForm();
    void editTimeEntrySendsOnlyChanges();
    void editKeepsSecondsOfUntouchedTimes();
    void editLumpSumValue();
    void editLumpSumService();
    void editRunningEntry();
    void duplicate();
    void validationMessages();
    void failedSaveKeepsInput_data();
    void failedSaveKeepsInput();
    void lostAnswerSavesOnce_data();
    void lostAnswerSavesOnce();
    void serverFieldErrorsAppearAtTheField();
    void editLockShowsServerMessage();
    void newEntryCannotBeBilled();
    void billedEntryOpensLocked();
    void overlapWarningAtSave();
    void overlapAdjust();
    void conflictOverwrite();
    void conflictLoadNewer();
    void descriptionSuggestions();
    void everyFieldReachableByTab();

private:
    std::unique_ptr<EntryEditDialog> makeDialog();
    void type(QWidget* widget, const QString& text);
    void type(EntryEditDialog* dialog, const char* name, const QString& text);
    void pick(EntryEditDialog* dialog, const char* name, const QString& text);
    QPushButton* saveButton(EntryEditDialog* dialog);
    bool saveAndWait(EntryEditDialog* dialog, Entry* saved = nullptr);
    QList<FakeClockodoServer::LoggedRequest> requests(const QByteArray& method) const;
    // The form's rows that show something have no empty row between them: every row of the form (its label and field
    // columns) with a widget shown has something to read or type in. Returns the first empty row's number, or -1.
    static int emptyFormRow(EntryEditDialog* dialog);
    // The empty band between the form and the buttons: the height the layout's stretch (the spacer above the
    // buttons) takes beyond what the form needs.
    static int bandBelowForm(EntryEditDialog* dialog);
    // Runs the posted layout requests (of the form, then of the dialog) and the resizes they cause.
    static void settleLayouts();

    std::optional<ScopedOsTimeZone> m_osTimeZone;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountData> m_accountData;
    std::unique_ptr<MasterData> m_master;
    qint64 m_bakery = 0;
    qint64 m_atelier = 0;
    qint64 m_website = 0;
    qint64 m_shop = 0;
    qint64 m_oldCampaign = 0;
    qint64 m_consulting = 0;
    qint64 m_development = 0;
    qint64 m_inactiveService = 0;
    qint64 m_travel = 0;
};

void TestEntryEditDialog::initTestCase()
{
    m_osTimeZone.emplace("America/New_York");
}

void TestEntryEditDialog::cleanupTestCase()
{
    m_osTimeZone.reset();
}

void TestEntryEditDialog::init()
{
    const QDateTime now = utc(2026, 11, 25, 10);
    QVERIFY(startFakeServer(now));
    const Catalog catalog = seedCatalog();
    m_bakery = catalog.bakery;
    m_atelier = catalog.atelier;
    m_consulting = catalog.consulting;
    m_development = catalog.development;
    m_travel = catalog.travel;
    m_server->addCustomer(QStringLiteral("Alte Firma"), false);
    m_website = m_server->addProject(m_bakery, QStringLiteral("Neue Website"), true, false, false);
    m_shop = m_server->addProject(m_bakery, QStringLiteral("Onlineshop"));
    m_oldCampaign = m_server->addProject(m_bakery, QStringLiteral("Alte Kampagne"), true, true);
    m_inactiveService = m_server->addService(QStringLiteral("Früher"), false);
    m_server->setCustomerServiceAssignments(m_atelier, { m_development });
    m_clock = std::make_unique<ManualClock>(now);
    m_accountData = std::make_unique<AccountData>(m_api.get());
    m_master = std::make_unique<MasterData>(m_accountData.get());
    QSignalSpy loaded(m_master.get(), &MasterData::loaded);
    m_master->load();
    QVERIFY(loaded.wait(10000));
    m_server->clearRequestLog();
}

void TestEntryEditDialog::cleanup()
{
    m_master.reset();
    m_accountData.reset();
    stopFakeServer();
    m_clock.reset();
}

int TestEntryEditDialog::emptyFormRow(EntryEditDialog* dialog)
{
    auto* grid = dialog->findChild<QGridLayout*>(QStringLiteral("formLayout"));
    if (!grid)
        return -2;
    for (int row = 0; row < grid->rowCount(); ++row) {
        bool shown = false;
        bool content = false;
        for (int column = 0; column < 2; ++column) {
            QLayoutItem* item = grid->itemAtPosition(row, column);
            QList<QWidget*> widgets;
            if (item && item->widget())
                widgets.append(item->widget());
            else if (item && item->layout())
                for (int i = 0; i < item->layout()->count(); ++i)
                    if (QWidget* widget = item->layout()->itemAt(i)->widget())
                        widgets.append(widget);
            for (QWidget* widget : widgets) {
                if (!widget->isVisibleTo(dialog))
                    continue;
                shown = true;
                const auto* label = qobject_cast<QLabel*>(widget);
                content = content || !label || !label->text().isEmpty();
            }
        }
        if (shown && !content)
            return row;
    }
    return -1;
}

std::unique_ptr<EntryEditDialog> TestEntryEditDialog::makeDialog()
{
    auto dialog = std::make_unique<EntryEditDialog>(m_master.get(), m_clock.get());
    dialog->textSuggestions()->setDebounceMs(0);
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("dialog not active");
    return dialog;
}

int TestEntryEditDialog::bandBelowForm(EntryEditDialog* dialog)
{
    QLayout* layout = dialog->layout();
    for (int i = 0; layout && i < layout->count(); ++i) {
        if (QSpacerItem* spacer = layout->itemAt(i)->spacerItem())
            return spacer->geometry().height();
    }
    return -1;
}

void TestEntryEditDialog::settleLayouts()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// QTest::keyClicks only knows ASCII; other characters ("ä", "é") go as text-only key events.
// While a completer popup is open, the keyboard goes to it (as with a real keyboard grab).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : widget;
        if (c.unicode() < 128)
            QTest::keyClick(target, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestEntryEditDialog::type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    typeText(widget, text);
}

void TestEntryEditDialog::type(EntryEditDialog* dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    type(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab); // leave the field: it normalizes and shows its problem
}

void TestEntryEditDialog::pick(EntryEditDialog* dialog, const char* name, const QString& text)
{
    auto* combo = child<PickerComboBox>(dialog, name);
    type(combo->lineEdit(), text);
    if (combo->completer() && combo->completer()->popup()->isVisible())
        combo->completer()->popup()->hide();
}

QPushButton* TestEntryEditDialog::saveButton(EntryEditDialog* dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
}

bool TestEntryEditDialog::saveAndWait(EntryEditDialog* dialog, Entry* saved)
{
    QSignalSpy spy(dialog, &EntryEditDialog::saved);
    QPushButton* button = saveButton(dialog);
    if (!button->isEnabled()) {
        qWarning("Save is disabled: %s", qPrintable(dialog->invalidReason()));
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    if (!spy.wait(10000))
        return false;
    if (saved)
        *saved = spy.at(0).at(0).value<Entry>();
    return true;
}

QList<FakeClockodoServer::LoggedRequest> TestEntryEditDialog::requests(const QByteArray& method) const
{
    return loggedRequests(method, QStringLiteral("/api/v2/entries"));
}

void TestEntryEditDialog::createTimeEntryByKeyboard()
{
    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New time entry"));
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    type(dialog.get(), "startLineEdit", QStringLiteral("930"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "startLineEdit")->text(), QStringLiteral("09:30"));
    type(dialog.get(), "endLineEdit", QStringLiteral("1045"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "durationLineEdit")->text(), QStringLiteral("1:15"));
    QCOMPARE(child<QLabel>(dialog.get(), "computedLabel")->text(), QStringLiteral("1:15 h (1.25 h)"));
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    pick(dialog.get(), "projectComboBox", QStringLiteral("onlineshop")); // any case
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("Abstimmung Startseite"));
    QVERIFY2(dialog->isValid(), qPrintable(dialog->invalidReason()));
    QCOMPARE(child<QComboBox>(dialog.get(), "billableComboBox")->currentIndex(), 1); // project default

    Entry saved;
    QVERIFY(saveAndWait(dialog.get(), &saved));
    QVERIFY(saved.id > 0);
    QVERIFY(dialog->result() == QDialog::Accepted);
    const QJsonObject server = m_server->entry(saved.id);
    // 09:30 in Berlin (CET) is 08:30 UTC, although the OS runs in New York.
    QCOMPARE(server.value(QStringLiteral("time_since")).toString(), QStringLiteral("2026-11-24T08:30:00Z"));
    QCOMPARE(server.value(QStringLiteral("time_until")).toString(), QStringLiteral("2026-11-24T09:45:00Z"));
    QCOMPARE(server.value(QStringLiteral("customers_id")).toInteger(), m_bakery);
    QCOMPARE(server.value(QStringLiteral("projects_id")).toInteger(), m_shop);
    QCOMPARE(server.value(QStringLiteral("services_id")).toInteger(), m_consulting);
    QCOMPARE(server.value(QStringLiteral("text")).toString(), QStringLiteral("Abstimmung Startseite"));
    QCOMPARE(server.value(QStringLiteral("billable")).toInt(), 1);
    QCOMPARE(requests("POST").size(), 1);
}

void TestEntryEditDialog::customerPickerSearchesAnywhere()
{
    auto dialog = makeDialog();
    auto* combo = child<PickerComboBox>(dialog.get(), "customerComboBox");
    combo->lineEdit()->setFocus();
    typeText(combo->lineEdit(), QStringLiteral("sonnen"));
    QCompleter* completer = combo->completer();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Bäckerei Sonnenschein"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(combo->currentText(), QStringLiteral("Bäckerei Sonnenschein"));
    QCOMPARE(combo->currentId(), m_bakery);
}

void TestEntryEditDialog::pickerTakesFirstMatchOnEnter()
{
    // Type part of a name and press Enter without choosing from the list: the first match is taken.
    auto dialog = makeDialog();
    auto* combo = child<PickerComboBox>(dialog.get(), "customerComboBox");
    combo->lineEdit()->setFocus();
    typeText(combo->lineEdit(), QStringLiteral("bäck"));
    QCOMPARE(combo->currentId(), PickerComboBox::NoMatch);
    if (combo->completer()->popup()->isVisible())
        QTest::keyClick(combo->completer()->popup(), Qt::Key_Return);
    else
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(combo->currentId(), m_bakery);
    QCOMPARE(combo->currentText(), QStringLiteral("Bäckerei Sonnenschein"));

    // Leaving the field takes a match only when it is the only one; an ambiguous text stays as typed.
    combo->setCurrentId(0);
    combo->lineEdit()->setFocus();
    typeText(combo->lineEdit(), QStringLiteral("e"));
    if (combo->completer()->popup()->isVisible())
        combo->completer()->popup()->hide();
    emit combo->lineEdit()->editingFinished();
    QCOMPARE(combo->currentId(), PickerComboBox::NoMatch);
    combo->setCurrentId(0);
    typeText(combo->lineEdit(), QStringLiteral("lumi"));
    if (combo->completer()->popup()->isVisible())
        combo->completer()->popup()->hide();
    emit combo->lineEdit()->editingFinished();
    QCOMPARE(combo->currentId(), m_atelier);
}

void TestEntryEditDialog::pickersOfferOnlySelectableAndAllowed()
{
    auto dialog = makeDialog();
    auto* customers = child<PickerComboBox>(dialog.get(), "customerComboBox");
    auto* projects = child<PickerComboBox>(dialog.get(), "projectComboBox");
    auto* services = child<PickerComboBox>(dialog.get(), "serviceComboBox");
    QCOMPARE(customers->count(), 2); // "Alte Firma" is inactive
    QCOMPARE(projects->count(), 0); // no customer yet
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    QCOMPARE(projects->count(), 2); // not the completed "Alte Kampagne"
    QCOMPARE(projects->lineEdit()->placeholderText(), QStringLiteral("No project"));
    QCOMPARE(services->count(), 2); // not the inactive "Früher"
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    // The Atelier only allows "Développement": the chosen service goes, the field asks again.
    pick(dialog.get(), "customerComboBox", QStringLiteral("Atelier Lumière"));
    QCOMPARE(services->count(), 1);
    QCOMPARE(services->currentId(), 0);
    QCOMPARE(projects->count(), 0);
    // An empty project list says why (the Atelier's projects are all completed, or it has none).
    QCOMPARE(projects->lineEdit()->placeholderText(), QStringLiteral("No open projects"));
    QCOMPARE(dialog->fieldError(EntryEditDialog::Field::Service), QStringLiteral("Choose a service."));
    // Typing a name that is not offered is an error at the field.
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    QVERIFY(dialog->fieldError(EntryEditDialog::Field::Service).contains(QStringLiteral("not a service")));

    // Editing an old entry keeps its completed project and inactive service visible.
    Entry old;
    old.id = 1;
    old.type = Entry::Type::Time;
    old.customersId = m_bakery;
    old.projectsId = m_oldCampaign;
    old.servicesId = m_inactiveService;
    old.timeSince = utc(2026, 3, 2, 8);
    old.timeUntil = utc(2026, 3, 2, 9);
    dialog->startEdit(old);
    QCOMPARE(projects->currentId(), m_oldCampaign);
    QCOMPARE(services->currentId(), m_inactiveService);
    QVERIFY(dialog->isValid());
}

void TestEntryEditDialog::billableFollowsProjectThenCustomer()
{
    auto dialog = makeDialog();
    auto* billable = child<QComboBox>(dialog.get(), "billableComboBox");
    pick(dialog.get(), "customerComboBox", QStringLiteral("Atelier Lumière"));
    QCOMPARE(billable->currentIndex(), 0); // customer default: not billable
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    QCOMPARE(billable->currentIndex(), 1);
    pick(dialog.get(), "projectComboBox", QStringLiteral("Neue Website"));
    QCOMPARE(billable->currentIndex(), 0); // the project's default wins
    // Once the user chose, the defaults leave it alone.
    billable->setFocus();
    QTest::keyClick(billable, Qt::Key_Down);
    QCOMPARE(billable->currentIndex(), 1);
    pick(dialog.get(), "projectComboBox", QStringLiteral("Onlineshop"));
    pick(dialog.get(), "projectComboBox", QStringLiteral("Neue Website"));
    QCOMPARE(billable->currentIndex(), 1);
}

void TestEntryEditDialog::durationAndRelativeEnd()
{
    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    type(dialog.get(), "startLineEdit", QStringLiteral("9"));
    type(dialog.get(), "durationLineEdit", QStringLiteral("1.25h"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "endLineEdit")->text(), QStringLiteral("10:15"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "durationLineEdit")->text(), QStringLiteral("1:15"));
    type(dialog.get(), "durationLineEdit", QStringLiteral("75m"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "endLineEdit")->text(), QStringLiteral("10:15"));
    type(dialog.get(), "endLineEdit", QStringLiteral("+15m"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "endLineEdit")->text(), QStringLiteral("09:15"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "durationLineEdit")->text(), QStringLiteral("0:15"));
    // While typing, the computed value is shown live (before leaving the field).
    auto* duration = child<QLineEdit>(dialog.get(), "durationLineEdit");
    type(duration, QStringLiteral("2:30"));
    QCOMPARE(child<QLabel>(dialog.get(), "computedLabel")->text(), QStringLiteral("ends 11:30"));
    const Entry e = dialog->entryFromFields();
    QCOMPARE(e.timeSince, utc(2026, 11, 24, 8));
    QCOMPARE(e.timeUntil, utc(2026, 11, 24, 10, 30));
}

void TestEntryEditDialog::entryAcrossMidnight()
{
    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    type(dialog.get(), "startLineEdit", QStringLiteral("22:00"));
    type(dialog.get(), "endLineEdit", QStringLiteral("1:30"));
    QCOMPARE(dialog->fieldError(EntryEditDialog::Field::End),
             QStringLiteral("End must be after start — or tick “Ends the next day”."));
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    QVERIFY(child<QLabel>(dialog.get(), "saveStatusLabel")->text().contains(QStringLiteral("End must be after")));
    auto* nextDay = child<QCheckBox>(dialog.get(), "nextDayCheckBox");
    nextDay->setFocus();
    QTest::keyClick(nextDay, Qt::Key_Space);
    QVERIFY(dialog->isValid());
    QCOMPARE(child<QLabel>(dialog.get(), "computedLabel")->text(), QStringLiteral("3:30 h (3.50 h)"));
    // A relative end that passes midnight ticks the box by itself.
    QTest::keyClick(nextDay, Qt::Key_Space);
    type(dialog.get(), "endLineEdit", QStringLiteral("+4h"));
    QVERIFY(nextDay->isChecked());
    QCOMPARE(child<QLineEdit>(dialog.get(), "endLineEdit")->text(), QStringLiteral("02:00"));
    Entry saved;
    QVERIFY(saveAndWait(dialog.get(), &saved));
    QCOMPARE(saved.timeSince, utc(2026, 11, 24, 21));
    QCOMPARE(saved.timeUntil, utc(2026, 11, 25, 1));
}

void TestEntryEditDialog::dstNightDuration()
{
    // 25 Oct 2026: Berlin's clocks go back at 03:00. 01:30 -> 04:00 local is 3:30 hours.
    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::Time, QDate(2026, 10, 25));
    type(dialog.get(), "startLineEdit", QStringLiteral("1:30"));
    type(dialog.get(), "endLineEdit", QStringLiteral("4:00"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "durationLineEdit")->text(), QStringLiteral("3:30"));
    const Entry e = dialog->entryFromFields();
    QCOMPARE(e.timeSince, utc(2026, 10, 24, 23, 30));
    QCOMPARE(e.timeUntil, utc(2026, 10, 25, 3));
}

void TestEntryEditDialog::createLumpSumValue()
{
    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::LumpSumValue, QDate(2026, 11, 24));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New lump-sum value"));
    QVERIFY(child<QLineEdit>(dialog.get(), "startLineEdit")->isHidden());
    QVERIFY(!child<QLineEdit>(dialog.get(), "amountLineEdit")->isHidden());
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    type(dialog.get(), "amountLineEdit", QStringLiteral("0"));
    QCOMPARE(dialog->fieldError(EntryEditDialog::Field::Amount), QStringLiteral("Enter an amount greater than 0."));
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    type(dialog.get(), "amountLineEdit", QStringLiteral("123,45"));
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("Pauschale Druck"));
    Entry saved;
    QVERIFY(saveAndWait(dialog.get(), &saved));
    const QJsonObject server = m_server->entry(saved.id);
    QCOMPARE(server.value(QStringLiteral("type")).toInt(), 2);
    QCOMPARE(server.value(QStringLiteral("lumpsum")).toDouble(), 123.45);
    QCOMPARE(server.value(QStringLiteral("services_id")).toInteger(), m_consulting);
    QCOMPARE(ApiTime::parse(server.value(QStringLiteral("time_since")).toString()), utc(2026, 11, 24, 11));
}

void TestEntryEditDialog::createLumpSumService()
{
    auto dialog = makeDialog();
    auto* type = child<QComboBox>(dialog.get(), "typeComboBox");
    type->setFocus();
    QTest::keyClick(type, Qt::Key_End); // "Lump-sum service"
    QCOMPARE(dialog->entryType(), Entry::Type::LumpSumService);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New lump-sum service"));
    QVERIFY(child<QWidget>(dialog.get(), "serviceComboBox")->isHidden());
    // No empty row before a lump-sum service (and so its price) is chosen.
    QCOMPARE(emptyFormRow(dialog.get()), -1);
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    pick(dialog.get(), "lumpSumServiceComboBox", QStringLiteral("Fahrtkosten"));
    this->type(dialog.get(), "quantityLineEdit", QStringLiteral("42"));
    QCOMPARE(child<QLabel>(dialog.get(), "unitLabel")->text(), QStringLiteral("km"));
    QCOMPARE(child<QLabel>(dialog.get(), "priceLabel")->text(), QStringLiteral("0.30 per km · total 12.60"));
    QVERIFY(child<QLabel>(dialog.get(), "priceLabel")->isVisibleTo(dialog.get()));
    QCOMPARE(emptyFormRow(dialog.get()), -1);
    Entry saved;
    QVERIFY(saveAndWait(dialog.get(), &saved));
    const QJsonObject server = m_server->entry(saved.id);
    QCOMPARE(server.value(QStringLiteral("type")).toInt(), 3);
    QCOMPARE(server.value(QStringLiteral("lumpsum_services_id")).toInteger(), m_travel);
    QCOMPARE(server.value(QStringLiteral("lumpsum_services_amount")).toDouble(), 42.0);
}

// Issue 15: the lump-sum forms have fewer rows than the time form; the dialog fits the form of the kind it shows (no
// empty band below), also after switching kinds back and forth, and what the user typed stays.
void TestEntryEditDialog::dialogFitsEachKindsForm()
{
    auto dialog = makeDialog();
    auto* kind = child<QComboBox>(dialog.get(), "typeComboBox");
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("Notiz"));
    settleLayouts();
    QCOMPARE(bandBelowForm(dialog.get()), 0);
    // The label column widens for "Lump-sum service:" and the dialog with it (never narrower again): compare the
    // heights of one kind at one width.
    QMap<std::pair<int, int>, int> heights;
    for (const int index : { 1, 2, 0, 2, 1, 0 }) {
        kind->setCurrentIndex(index);
        settleLayouts();
        QVERIFY2(
            bandBelowForm(dialog.get()) == 0,
            qPrintable(QStringLiteral("kind %1: %2 px below the form").arg(index).arg(bandBelowForm(dialog.get()))));
        QCOMPARE(emptyFormRow(dialog.get()), -1);
        QCOMPARE(child<QLineEdit>(dialog.get(), "descriptionLineEdit")->text(), QStringLiteral("Notiz"));
        const std::pair<int, int> key { index, dialog->width() };
        if (heights.contains(key))
            QCOMPARE(dialog->height(), heights.value(key)); // the same kind, the same height: nothing creeps
        heights.insert(key, dialog->height());
    }
    const int width = dialog->width();
    const int timeHeight = heights.value({ 0, width });
    QVERIFY2(heights.value({ 1, width }) < timeHeight, qPrintable(QString::number(heights.value({ 1, width }))));
    QVERIFY2(heights.value({ 2, width }) < timeHeight, qPrintable(QString::number(heights.value({ 2, width }))));

    // Opened on a lump-sum entry: the form's height from the start.
    dialog.reset();
    const qint64 id
        = m_server->addEntry(QJsonObject { { QStringLiteral("customers_id"), m_bakery },
                                           { QStringLiteral("services_id"), m_consulting },
                                           { QStringLiteral("billable"), 1 },
                                           { QStringLiteral("time_since"), QStringLiteral("2026-11-24T11:00:00Z") },
                                           { QStringLiteral("lumpsum"), 25 } });
    dialog = std::make_unique<EntryEditDialog>(m_master.get(), m_clock.get());
    dialog->startEdit(entryFrom(m_server->entry(id)));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    settleLayouts();
    QCOMPARE(bandBelowForm(dialog.get()), 0);
}

void TestEntryEditDialog::editTimeEntrySendsOnlyChanges()
{
    const qint64 id = m_server->addTimeEntry(m_bakery, m_website, m_consulting, utc(2026, 11, 24, 8),
                                             utc(2026, 11, 24, 9), QStringLiteral("Alt"), 1);
    auto dialog = makeDialog();
    dialog->startEdit(entryFrom(m_server->entry(id)));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit time entry"));
    QVERIFY(!child<QComboBox>(dialog.get(), "typeComboBox")->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog.get(), "startLineEdit")->text(), QStringLiteral("09:00"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "endLineEdit")->text(), QStringLiteral("10:00"));
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("Neu"));
    type(dialog.get(), "endLineEdit", QStringLiteral("10:30"));
    Entry saved;
    QVERIFY(saveAndWait(dialog.get(), &saved));
    QCOMPARE(saved.id, id);
    QCOMPARE(saved.text, QStringLiteral("Neu"));
    QCOMPARE(requests("GET").size(), 1); // the conflict check
    const auto puts = requests("PUT");
    QCOMPARE(puts.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(puts.first().body).object();
    QCOMPARE(body.keys(), (QStringList { QStringLiteral("text"), QStringLiteral("time_until") }));
    QCOMPARE(body.value(QStringLiteral("time_until")).toString(), QStringLiteral("2026-11-24T09:30:00Z"));
}

void TestEntryEditDialog::editKeepsSecondsOfUntouchedTimes()
{
    // A clocked entry has seconds; showing 09:00 and 10:00 must not move it when only the text changes.
    const qint64 id = m_server->addTimeEntry(
        m_bakery, 0, m_consulting, QDateTime(QDate(2026, 11, 24), QTime(8, 0, 17), QTimeZone::utc()),
        QDateTime(QDate(2026, 11, 24), QTime(9, 0, 42), QTimeZone::utc()), QStringLiteral("x"), 1);
    auto dialog = makeDialog();
    dialog->startEdit(entryFrom(m_server->entry(id)));
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("y"));
    QVERIFY(saveAndWait(dialog.get()));
    const QJsonObject body = QJsonDocument::fromJson(requests("PUT").first().body).object();
    QCOMPARE(body.keys(), QStringList { QStringLiteral("text") });
    // Nothing changed at all: nothing is sent.
    m_server->clearRequestLog();
    auto again = makeDialog();
    again->startEdit(entryFrom(m_server->entry(id)));
    QVERIFY(saveAndWait(again.get()));
    QCOMPARE(requests("PUT").size(), 0);
}

void TestEntryEditDialog::editLumpSumValue()
{
    const qint64 id
        = m_server->addEntry(QJsonObject { { QStringLiteral("customers_id"), m_bakery },
                                           { QStringLiteral("services_id"), m_consulting },
                                           { QStringLiteral("billable"), 1 },
                                           { QStringLiteral("time_since"), QStringLiteral("2026-11-24T11:00:00Z") },
                                           { QStringLiteral("lumpsum"), 100 } });
    auto dialog = makeDialog();
    dialog->startEdit(entryFrom(m_server->entry(id)));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit lump-sum value"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "amountLineEdit")->text(), QStringLiteral("100.00"));
    type(dialog.get(), "amountLineEdit", QStringLiteral("150.5"));
    QVERIFY(saveAndWait(dialog.get()));
    const QJsonObject body = QJsonDocument::fromJson(requests("PUT").first().body).object();
    QCOMPARE(body.keys(), QStringList { QStringLiteral("lumpsum") });
    QCOMPARE(m_server->entry(id).value(QStringLiteral("lumpsum")).toDouble(), 150.5);
}

void TestEntryEditDialog::editLumpSumService()
{
    const qint64 id
        = m_server->addEntry(QJsonObject { { QStringLiteral("customers_id"), m_bakery },
                                           { QStringLiteral("lumpsum_services_id"), m_travel },
                                           { QStringLiteral("lumpsum_services_amount"), 12 },
                                           { QStringLiteral("billable"), 1 },
                                           { QStringLiteral("time_since"), QStringLiteral("2026-11-24T11:00:00Z") } });
    auto dialog = makeDialog();
    dialog->startEdit(entryFrom(m_server->entry(id)));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit lump-sum service"));
    QCOMPARE(child<QLabel>(dialog.get(), "priceLabel")->text(), QStringLiteral("0.30 per km · total 3.60"));
    type(dialog.get(), "quantityLineEdit", QStringLiteral("20"));
    QCOMPARE(child<QLabel>(dialog.get(), "priceLabel")->text(), QStringLiteral("0.30 per km · total 6.00"));
    // Another day: the booking moves, keeping its time of day.
    auto* date = child<QDateEdit>(dialog.get(), "dateEdit");
    date->setFocus();
    date->setDate(QDate(2026, 11, 26));
    QVERIFY(saveAndWait(dialog.get()));
    const QJsonObject body = QJsonDocument::fromJson(requests("PUT").first().body).object();
    QCOMPARE(body.value(QStringLiteral("lumpsum_services_amount")).toDouble(), 20.0);
    QCOMPARE(body.value(QStringLiteral("time_since")).toString(), QStringLiteral("2026-11-26T11:00:00Z"));
}

void TestEntryEditDialog::editRunningEntry()
{
    const qint64 id
        = m_server->remoteStartClock(m_bakery, m_consulting, 0, QStringLiteral("läuft"), utc(2026, 11, 25, 9));
    auto dialog = makeDialog();
    dialog->startEdit(entryFrom(m_server->entry(id)));
    QVERIFY(child<QLineEdit>(dialog.get(), "endLineEdit")->text().isEmpty());
    QVERIFY2(dialog->isValid(), qPrintable(dialog->invalidReason())); // no end needed while it runs
    QCOMPARE(child<QLabel>(dialog.get(), "computedLabel")->text(), QStringLiteral("running for 1:00 h"));
    type(dialog.get(), "startLineEdit", QStringLiteral("9:30"));
    QVERIFY(saveAndWait(dialog.get()));
    const QJsonObject body = QJsonDocument::fromJson(requests("PUT").first().body).object();
    QCOMPARE(body.keys(), QStringList { QStringLiteral("time_since") });
    QCOMPARE(m_server->runningEntryId(), id);
}

void TestEntryEditDialog::duplicate()
{
    const qint64 id = m_server->addTimeEntry(m_bakery, m_shop, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                             QStringLiteral("Vorlage"), 2);
    auto dialog = makeDialog();
    dialog->startDuplicate(entryFrom(m_server->entry(id)));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Duplicate entry"));
    QCOMPARE(dialog->mode(), EntryEditDialog::Mode::Create);
    type(dialog.get(), "startLineEdit", QStringLiteral("10"));
    type(dialog.get(), "endLineEdit", QStringLiteral("11"));
    Entry saved;
    QVERIFY(saveAndWait(dialog.get(), &saved));
    QVERIFY(saved.id != id);
    QCOMPARE(saved.text, QStringLiteral("Vorlage"));
    QCOMPARE(saved.projectsId, std::optional<qint64>(m_shop));
    QCOMPARE(saved.billable, 1); // a copy is not billed yet
    QCOMPARE(saved.timeSince, utc(2026, 11, 24, 9));
}

void TestEntryEditDialog::validationMessages()
{
    using F = EntryEditDialog::Field;
    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    auto* status = child<QLabel>(dialog.get(), "saveStatusLabel");
    // Nothing typed yet: Save explains, the untouched fields stay quiet.
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    QVERIFY(status->text().startsWith(QStringLiteral("Cannot save yet: ")));
    QVERIFY(child<QLabel>(dialog.get(), "customerErrorLabel")->text().isEmpty());

    type(dialog.get(), "startLineEdit", QStringLiteral("25:00"));
    QCOMPARE(dialog->fieldError(F::Start), QStringLiteral("“25:00” is not a time. Try 9, 930, 9:30 or 9pm."));
    QVERIFY(child<QLabel>(dialog.get(), "startErrorLabel")->text().contains(QStringLiteral("is not a time")));
    QVERIFY(!child<QLineEdit>(dialog.get(), "startLineEdit")->accessibleDescription().isEmpty());
    type(dialog.get(), "startLineEdit", QStringLiteral("10"));
    QVERIFY(dialog->fieldError(F::Start).isEmpty());
    type(dialog.get(), "endLineEdit", QStringLiteral("9"));
    QCOMPARE(dialog->fieldError(F::End), QStringLiteral("End must be after start — or tick “Ends the next day”."));
    type(dialog.get(), "endLineEdit", QString());
    QCOMPARE(dialog->fieldError(F::End), QStringLiteral("Enter an end time or a duration."));
    type(dialog.get(), "durationLineEdit", QStringLiteral("0"));
    QCOMPARE(dialog->fieldError(F::Duration), QStringLiteral("The duration must be more than zero."));
    type(dialog.get(), "durationLineEdit", QStringLiteral("25h"));
    QCOMPARE(dialog->fieldError(F::Duration), QStringLiteral("An entry can be at most 23:59:59 hours long."));
    type(dialog.get(), "durationLineEdit", QStringLiteral("eine Stunde"));
    QVERIFY(dialog->fieldError(F::Duration).contains(QStringLiteral("is not a duration")));
    type(dialog.get(), "durationLineEdit", QStringLiteral("1h"));
    QVERIFY(dialog->fieldError(F::Duration).isEmpty());

    pick(dialog.get(), "customerComboBox", QStringLiteral("Niemand GmbH"));
    QCOMPARE(dialog->fieldError(F::Customer), QStringLiteral("“Niemand GmbH” is not a customer you can choose."));
    // What is typed is quoted once the user leaves the field (or pauses; tst_fastpaths), not while typing.
    QVERIFY(status->text().isEmpty());
    emit child<PickerComboBox>(dialog.get(), "customerComboBox")->lineEdit()->editingFinished();
    QCOMPARE(status->text(), QStringLiteral("Cannot save yet: “Niemand GmbH” is not a customer you can choose."));
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    QCOMPARE(status->text(), QStringLiteral("Cannot save yet: Choose a service."));
    pick(dialog.get(), "projectComboBox", QStringLiteral("Gibt es nicht"));
    QVERIFY(dialog->fieldError(F::Project).startsWith(QStringLiteral("Choose a project")));
    pick(dialog.get(), "projectComboBox", QString());
    QVERIFY(dialog->fieldError(F::Project).isEmpty()); // the project is optional
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    QVERIFY(dialog->isValid());
    QVERIFY(saveButton(dialog.get())->isEnabled());
    QVERIFY(status->text().isEmpty());
    QCOMPARE(requests("POST").size(), 0); // nothing was sent while invalid
}

void TestEntryEditDialog::failedSaveKeepsInput_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("422") << 422;
}

void TestEntryEditDialog::failedSaveKeepsInput()
{
    QFETCH(int, status);
    FakeClockodoServer::Fault fault;
    fault.kind = FakeClockodoServer::Fault::Kind::Status;
    fault.status = status;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/v2/entries");
    m_server->injectFault(fault);

    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    type(dialog.get(), "startLineEdit", QStringLiteral("8"));
    type(dialog.get(), "endLineEdit", QStringLiteral("9:45"));
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("Nicht verlieren!"));
    QSignalSpy saved(dialog.get(), &EntryEditDialog::saved);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QVERIFY(dialog->isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 10000);
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageText().startsWith(QStringLiteral("Not saved: ")));
    QCOMPARE(child<QLineEdit>(dialog.get(), "startLineEdit")->text(), QStringLiteral("08:00"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "endLineEdit")->text(), QStringLiteral("09:45"));
    QCOMPARE(child<PickerComboBox>(dialog.get(), "customerComboBox")->currentId(), m_bakery);
    QCOMPARE(child<QLineEdit>(dialog.get(), "descriptionLineEdit")->text(), QStringLiteral("Nicht verlieren!"));
    QVERIFY(child<QWidget>(dialog.get(), "formWidget")->isEnabled());
    QVERIFY(saveButton(dialog.get())->isEnabled());
    // The server is back: the same input saves.
    Entry entry;
    QVERIFY(saveAndWait(dialog.get(), &entry));
    QCOMPARE(entry.text, QStringLiteral("Nicht verlieren!"));
}

// Clockodo saved the entry but its answer was lost, broke off or cannot be read (issue 12): the dialog finds the
// entry, reports it saved and closes; the POST went out once and the server holds the entry once.
void TestEntryEditDialog::lostAnswerSavesOnce_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("act then drop") << int(FakeClockodoServer::Fault::Kind::Drop);
    QTest::newRow("act then hang") << int(FakeClockodoServer::Fault::Kind::Hang);
    QTest::newRow("act then malformed") << int(FakeClockodoServer::Fault::Kind::Malformed);
    QTest::newRow("act then truncated") << int(FakeClockodoServer::Fault::Kind::Truncated);
}

void TestEntryEditDialog::lostAnswerSavesOnce()
{
    QFETCH(int, kind);
    FakeClockodoServer::Fault fault;
    fault.kind = FakeClockodoServer::Fault::Kind(kind);
    fault.actFirst = true;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/v2/entries");
    m_server->injectFault(fault);
    m_api->setTimeoutMs(500); // the hang ends with the client's timeout

    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    type(dialog.get(), "startLineEdit", QStringLiteral("8"));
    type(dialog.get(), "endLineEdit", QStringLiteral("9:45"));
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("Genau einmal"));
    QSignalSpy saved(dialog.get(), &EntryEditDialog::saved);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 10000);
    QVERIFY2(saved.count() == 1, qPrintable(dialog->messageText()));
    QCOMPARE(requests("POST").size(), 1);
    int copies = 0;
    for (const QJsonValue& e : m_server->allEntries())
        copies += e.toObject().value(QLatin1String("text")).toString() == QLatin1String("Genau einmal") ? 1 : 0;
    QCOMPARE(copies, 1);
}

void TestEntryEditDialog::serverFieldErrorsAppearAtTheField()
{
    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    type(dialog.get(), "startLineEdit", QStringLiteral("8"));
    type(dialog.get(), "endLineEdit", QStringLiteral("9"));
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    // Meanwhile an administrator restricted the customer's services (our master data is older).
    m_server->setCustomerServiceAssignments(m_bakery, { m_development });
    QSignalSpy saved(dialog.get(), &EntryEditDialog::saved);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 10000);
    QCOMPARE(saved.count(), 0);
    const QString error = dialog->fieldError(EntryEditDialog::Field::Service);
    QVERIFY(!error.isEmpty());
    QVERIFY(child<QLabel>(dialog.get(), "serviceErrorLabel")->text().contains(error));
    QVERIFY(dialog->fieldError(EntryEditDialog::Field::Customer).isEmpty());
    QVERIFY(dialog->messageText().contains(error));
    // Choosing another service clears the server's complaint.
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Développement"));
    QVERIFY(dialog->fieldError(EntryEditDialog::Field::Service).isEmpty());
    QVERIFY(saveAndWait(dialog.get()));
}

void TestEntryEditDialog::editLockShowsServerMessage()
{
    const qint64 id = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 1, 5, 8), utc(2026, 1, 5, 9),
                                             QStringLiteral("alt"), 1);
    FakeClockodoServer::Fault fault;
    fault.kind = FakeClockodoServer::Fault::Kind::Status;
    fault.status = 423;
    fault.method = "PUT";
    m_server->injectFault(fault);
    auto dialog = makeDialog();
    dialog->startEdit(entryFrom(m_server->entry(id)));
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("neu"));
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 10000);
    QVERIFY(dialog->isVisible());
    // The server's own (localized) message is shown, not a generic one.
    const auto puts = requests("PUT");
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.first().status, 423);
    const ApiError generic = ApiError::fromHttp(423, QByteArray());
    QVERIFY(dialog->messageText().startsWith(QStringLiteral("Not saved: ")));
    QVERIFY(!dialog->messageText().contains(generic.message()));
    QCOMPARE(child<QLineEdit>(dialog.get(), "descriptionLineEdit")->text(), QStringLiteral("neu"));
}

void TestEntryEditDialog::newEntryCannotBeBilled()
{
    // The contract's POST /v2/entries takes billable 0 or 1 only: "Billed" is offered when editing.
    auto dialog = makeDialog();
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    auto* billable = child<QComboBox>(dialog.get(), "billableComboBox");
    auto* items = qobject_cast<QStandardItemModel*>(billable->model());
    QVERIFY(items);
    QVERIFY(!items->item(Entry::Billed)->isEnabled());
    billable->setFocus();
    QTest::keyClick(billable, Qt::Key_End);
    QVERIFY(billable->currentIndex() != Entry::Billed);

    const qint64 id = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                             QStringLiteral("Abgerechnet"), 1);
    // Billing happens in Clockodo's invoicing: an entry that is not billed yet cannot be set to billed here.
    dialog->startEdit(entryFrom(m_server->entry(id)));
    QVERIFY(!items->item(Entry::Billed)->isEnabled());
    const qint64 billed = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 9), utc(2026, 11, 24, 10),
                                                 QStringLiteral("Rechnung 17"), 2);
    dialog->startEdit(entryFrom(m_server->entry(billed)));
    QVERIFY(items->item(Entry::Billed)->isEnabled());
    QCOMPARE(billable->currentIndex(), int(Entry::Billed));
}

void TestEntryEditDialog::billedEntryOpensLocked()
{
    const qint64 id = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                             QStringLiteral("Rechnung 17"), 2);
    auto dialog = makeDialog();
    dialog->startEdit(entryFrom(m_server->entry(id)));
    QVERIFY(dialog->isLocked());
    QVERIFY(!child<QWidget>(dialog.get(), "formWidget")->isEnabled());
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    QVERIFY2(dialog->messageText().contains(QStringLiteral("billed")), qPrintable(dialog->messageText()));
    auto* unlock = child<QPushButton>(dialog.get(), "unlockButton");
    QVERIFY(unlock->isVisible());

    // Unlock asks first; Cancel keeps the lock.
    QTest::mouseClick(unlock, Qt::LeftButton);
    auto* question = dialog->findChild<QMessageBox*>(QStringLiteral("unlockQuestionMessageBox"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->findChild<QMessageBox*>(QStringLiteral("unlockQuestionMessageBox")));
    QVERIFY(dialog->isLocked());

    QTest::mouseClick(unlock, Qt::LeftButton);
    question = dialog->findChild<QMessageBox*>(QStringLiteral("unlockQuestionMessageBox"));
    QVERIFY(question);
    QTest::mouseClick(child<QPushButton>(question, "confirmUnlockButton"), Qt::LeftButton);
    QVERIFY(!dialog->isLocked());
    QVERIFY(child<QWidget>(dialog.get(), "formWidget")->isEnabled());
    QVERIFY(!unlock->isVisible());
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("Rechnung 17 korrigiert"));
    QVERIFY(saveAndWait(dialog.get()));
    QCOMPARE(m_server->entry(id).value(QStringLiteral("text")).toString(), QStringLiteral("Rechnung 17 korrigiert"));
    QCOMPARE(m_server->entry(id).value(QStringLiteral("billable")).toInt(), 2);
}

void TestEntryEditDialog::overlapWarningAtSave()
{
    // 9:00-10:00 in Berlin is booked; the new entry 9:30-10:30 overlaps it.
    const qint64 id = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                             QStringLiteral("Frühschicht"), 1);
    auto dialog = makeDialog();
    dialog->setKnownEntries({ entryFrom(m_server->entry(id)) });
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    type(dialog.get(), "startLineEdit", QStringLiteral("9:30"));
    type(dialog.get(), "endLineEdit", QStringLiteral("10:30"));
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("Zweite Schicht"));
    QVERIFY2(saveButton(dialog.get())->isEnabled(), qPrintable(dialog->invalidReason()));
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    OverlapQuestion* question = dialog->overlapQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY2(question->informativeText().contains(QStringLiteral("09:00–10:00 Bäckerei Sonnenschein · Beratung")),
             qPrintable(question->informativeText()));
    QVERIFY(question->informativeText().contains(QStringLiteral("Frühschicht")));
    QVERIFY(question->adjustButton());
    QVERIFY(question->informativeText().contains(QStringLiteral("10:00–10:30")));
    if (const QByteArray dir = qgetenv("CLOCKODO_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200); // painted once
        dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/overlap-dialog.png"));
        question->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/overlap-question.png"));
    }
    QCOMPARE(requests("POST").size(), 0); // nothing saved without asking

    // Cancel: back to the form with everything typed.
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->overlapQuestion());
    QCOMPARE(requests("POST").size(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog.get(), "startLineEdit")->text(), QStringLiteral("09:30"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "descriptionLineEdit")->text(), QStringLiteral("Zweite Schicht"));

    // Save anyway: saved as typed.
    QSignalSpy saved(dialog.get(), &EntryEditDialog::saved);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_VERIFY(dialog->overlapQuestion());
    QTest::mouseClick(dialog->overlapQuestion()->saveAnywayButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const Entry entry = saved.at(0).at(0).value<Entry>();
    QCOMPARE(entry.timeSince, utc(2026, 11, 24, 8, 30));
    QCOMPARE(entry.timeUntil, utc(2026, 11, 24, 9, 30));
}

void TestEntryEditDialog::overlapAdjust()
{
    // 10:00-11:00 in Berlin is booked; 9:00-10:30 ends at its start after Adjust.
    const qint64 id = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 9), utc(2026, 11, 24, 10),
                                             QStringLiteral("Später"), 1);
    auto dialog = makeDialog();
    dialog->setKnownEntries({ entryFrom(m_server->entry(id)) });
    dialog->startNew(Entry::Type::Time, QDate(2026, 11, 24));
    type(dialog.get(), "startLineEdit", QStringLiteral("9"));
    type(dialog.get(), "endLineEdit", QStringLiteral("10:30"));
    pick(dialog.get(), "customerComboBox", QStringLiteral("Bäckerei Sonnenschein"));
    pick(dialog.get(), "serviceComboBox", QStringLiteral("Beratung"));
    QSignalSpy saved(dialog.get(), &EntryEditDialog::saved);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_VERIFY(dialog->overlapQuestion());
    QVERIFY(dialog->overlapQuestion()->adjustButton());
    QTest::mouseClick(dialog->overlapQuestion()->adjustButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const Entry entry = saved.at(0).at(0).value<Entry>();
    QCOMPARE(entry.timeSince, utc(2026, 11, 24, 8));
    QCOMPARE(entry.timeUntil, utc(2026, 11, 24, 9));
    QCOMPARE(requests("POST").size(), 1);
}

void TestEntryEditDialog::conflictOverwrite()
{
    const qint64 id = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                             QStringLiteral("Original"), 1);
    auto dialog = makeDialog();
    dialog->startEdit(entryFrom(m_server->entry(id)));
    // Another device changes the entry while the dialog is open.
    m_server->advance(30);
    m_server->remoteEditEntry(id, QJsonObject { { QStringLiteral("text"), QStringLiteral("Vom Handy") } });
    auto* billable = child<QComboBox>(dialog.get(), "billableComboBox");
    billable->setFocus();
    QTest::keyClick(billable, Qt::Key_Up); // not billable ("Billed" is no choice for an entry not billed yet)
    QSignalSpy saved(dialog.get(), &EntryEditDialog::saved);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isAskingAboutConflict(), 10000);
    QCOMPARE(requests("PUT").size(), 0); // nothing overwritten without asking
    QVERIFY(dialog->messageText().contains(QStringLiteral("changed in Clockodo")));
    QVERIFY(dialog->messageText().contains(QStringLiteral("description")));
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    auto* overwrite = child<QPushButton>(dialog.get(), "overwriteButton");
    QVERIFY(overwrite->isVisible());
    QTest::mouseClick(overwrite, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    // Only the user's change was sent: the other device's text survives.
    const QJsonObject server = m_server->entry(id);
    QCOMPARE(server.value(QStringLiteral("billable")).toInt(), 0);
    QCOMPARE(server.value(QStringLiteral("text")).toString(), QStringLiteral("Vom Handy"));
}

void TestEntryEditDialog::conflictLoadNewer()
{
    const qint64 id = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                             QStringLiteral("Original"), 1);
    auto dialog = makeDialog();
    dialog->startEdit(entryFrom(m_server->entry(id)));
    m_server->remoteEditEntry(id,
                              QJsonObject { { QStringLiteral("time_until"), QStringLiteral("2026-11-24T10:00:00Z") } });
    type(dialog.get(), "descriptionLineEdit", QStringLiteral("Meins"));
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isAskingAboutConflict(), 10000);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "reloadButton"), Qt::LeftButton);
    QVERIFY(!dialog->isAskingAboutConflict());
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog.get(), "endLineEdit")->text(), QStringLiteral("11:00"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "descriptionLineEdit")->text(), QStringLiteral("Original"));
    QCOMPARE(requests("PUT").size(), 0);
}

void TestEntryEditDialog::descriptionSuggestions()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 20, 8), utc(2026, 11, 20, 9),
                           QStringLiteral("Abstimmung Startseite"), 1);
    auto dialog = makeDialog();
    auto* description = child<QLineEdit>(dialog.get(), "descriptionLineEdit");
    description->setFocus();
    QSignalSpy updated(dialog->textSuggestions(), &EntryTextSuggestions::suggestionsUpdated);
    typeText(description, QStringLiteral("Abst"));
    QVERIFY(updated.wait(10000));
    QVERIFY(dialog->textSuggestions()->stringList().contains(QStringLiteral("Abstimmung Startseite")));
    QTRY_VERIFY(description->completer()->popup()->isVisible());
}

void TestEntryEditDialog::everyFieldReachableByTab()
{
    auto dialog = makeDialog();
    const QStringList expected { QStringLiteral("typeComboBox"),     QStringLiteral("dateEdit"),
                                 QStringLiteral("startLineEdit"),    QStringLiteral("endLineEdit"),
                                 QStringLiteral("nextDayCheckBox"),  QStringLiteral("durationLineEdit"),
                                 QStringLiteral("customerComboBox"), QStringLiteral("projectComboBox"),
                                 QStringLiteral("serviceComboBox"),  QStringLiteral("descriptionLineEdit"),
                                 QStringLiteral("billableComboBox") };
    auto* first = child<QWidget>(dialog.get(), "typeComboBox");
    first->setFocus();
    QStringList reached;
    for (int i = 0; i < 30; ++i) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        // A combo box's line edit stands for its combo box.
        if (qobject_cast<QLineEdit*>(focus) && qobject_cast<QComboBox*>(focus->parentWidget()))
            focus = focus->parentWidget();
        if (!reached.contains(focus->objectName()) && !focus->objectName().isEmpty())
            reached.append(focus->objectName());
        if (expected.contains(focus->objectName()))
            QVERIFY2(!focus->accessibleName().isEmpty(), qPrintable(focus->objectName()));
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (const QString& name : expected)
        QVERIFY2(reached.contains(name), qPrintable(name + QStringLiteral(" not reached: ") + reached.join(u',')));
    // In tab order.
    QStringList order;
    for (const QString& name : std::as_const(reached)) {
        if (expected.contains(name))
            order.append(name);
    }
    QCOMPARE(order, expected);
}

QTEST_MAIN(TestEntryEditDialog)
#include "tst_entryeditdialog.moc"
