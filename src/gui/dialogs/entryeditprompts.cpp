// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/entryeditprompts.h"

#include "gui/dialogs/overlapquestion.h"
#include "models/customerlistmodel.h"
#include "models/entrydraft.h"
#include "models/masterdata.h"
#include "models/servicelistmodel.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

QString EntryEditPrompts::overlapLine(const Entry& other, const EntryDraft& draft, const MasterData* masterData)
{
    QString customer = other.customersName;
    QString service = other.type == Entry::Type::Time ? other.servicesName : QString();
    if (masterData && customer.isEmpty())
        customer = masterData->customers()->nameOf(other.customersId);
    if (masterData && service.isEmpty() && other.servicesId)
        service = masterData->services()->nameOf(*other.servicesId);
    QString line = QStringLiteral("• ") + draft.spanText(other) + QLatin1Char(' ') + customer;
    if (!service.isEmpty())
        line += QStringLiteral(" · ") + service;
    if (!other.text.isEmpty())
        line += QStringLiteral(" — ") + other.text.section(QLatin1Char('\n'), 0, 0);
    return line;
}

OverlapQuestion* EntryEditPrompts::askAboutOverlaps(const Entry& entry, const QList<Entry>& overlaps,
                                                    const EntryDraft& draft, const MasterData* masterData,
                                                    QWidget* parent, const std::function<void(const Entry&)>& send,
                                                    const std::function<void(const Entry&)>& adjust)
{
    QStringList lines;
    for (const Entry& other : overlaps)
        lines.append(overlapLine(other, draft, masterData));
    const std::optional<Entry> moved = draft.adjusted(entry);
    const QString adjustText = moved
        //: what the Adjust button of the overlap question does, e.g. "Adjust: 10:30–12:00"
        ? QCoreApplication::translate("EntryEditDialog", "Adjust: %1").arg(draft.spanText(*moved))
        : QString();
    auto* question = new OverlapQuestion(lines, adjustText, parent);
    QObject::connect(question, &OverlapQuestion::saveAnywayChosen, parent, [send, entry] { send(entry); });
    if (moved)
        QObject::connect(question, &OverlapQuestion::adjustChosen, parent, [adjust, m = *moved] { adjust(m); });
    // Cancel: back to the form, everything typed is still there.
    question->open();
    return question;
}

QString EntryEditPrompts::lockedMessage()
{
    return QCoreApplication::translate("EntryEditDialog",
                                       "This entry is billed: it is locked so that it stays as invoiced. Unlock it "
                                       "only to correct a mistake.");
}

void EntryEditPrompts::askToUnlock(QWidget* parent, const std::function<void()>& unlock)
{
    auto* box = new QMessageBox(QMessageBox::Question, QCoreApplication::translate("EntryEditDialog", "Unlock"),
                                QCoreApplication::translate("EntryEditDialog",
                                                            "This entry has been billed. Changing it makes it differ "
                                                            "from the invoice. Unlock it for changes?"),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("unlockQuestionMessageBox"));
    QPushButton* unlockButton
        = box->addButton(QCoreApplication::translate("EntryEditDialog", "&Unlock"), QMessageBox::AcceptRole);
    unlockButton->setObjectName(QStringLiteral("confirmUnlockButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [unlock, unlockButton](QAbstractButton* button) {
        if (button == unlockButton)
            unlock();
    });
    box->open();
}
