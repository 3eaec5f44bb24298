// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/deleteconfirmation.h"

#include "models/dateformats.h"
#include "models/entrytablemodel.h"
#include "models/timeinputparser.h"

#include <QPushButton>
#include <QTimeZone>

DeleteConfirmation::DeleteConfirmation(const QStringList& lines, int count, QWidget* parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("deleteConfirmationMessageBox"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Delete"));
    setText(tr("Delete %n entries?", nullptr, count));
    //: %1 is the list of the entries to delete, one per line
    setInformativeText(tr("%1\n\nDeleted entries cannot be restored.").arg(lines.join(QLatin1Char('\n'))));
    QPushButton* deleteButton = addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton* cancel = addButton(QMessageBox::Cancel);
    setDefaultButton(cancel);
    setEscapeButton(cancel);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QMessageBox::buttonClicked, this, [this, deleteButton](QAbstractButton* button) {
        if (button == deleteButton)
            emit confirmed();
    });
}

QString DeleteConfirmation::describe(const EntryTableModel& model, const Entry& e, const QTimeZone& zone)
{
    const QLocale locale;
    const QDateTime start = e.timeSince.toTimeZone(zone);
    QString when = locale.toString(start.date(), DateFormats::weekdayDayMonth());
    if (e.type == Entry::Type::Time) {
        const bool twelve = model.timeFormat12h();
        when += QLatin1Char(' ') + TimeInputParser::formatTime(start.time(), twelve);
        if (e.timeUntil.isValid())
            when += QStringLiteral("–") + TimeInputParser::formatTime(e.timeUntil.toTimeZone(zone).time(), twelve);
    }
    const int row = model.rowOfId(e.id);
    QString what = row >= 0 ? model.index(row, EntryTableModel::CustomerColumn).data().toString() : QString();
    const QString service = row >= 0 ? model.index(row, EntryTableModel::ServiceColumn).data().toString() : QString();
    if (!service.isEmpty())
        what += QStringLiteral(" · ") + service;
    if (!e.text.isEmpty())
        what += QStringLiteral(" — ") + e.text.section(QLatin1Char('\n'), 0, 0);
    return when + QStringLiteral("  ") + what;
}
