// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/deleteconfirmation.h"

#include "core/platform/dateformats.h"
#include "models/entrytablemodel.h"
#include "models/timeinputparser.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeySequence>
#include <QPushButton>
#include <QTimeZone>

DeleteConfirmation::DeleteConfirmation(const QStringList& lines, int count, int running, QWidget* parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("deleteConfirmationMessageBox"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Delete"));
    setText(tr("Delete %n entries?", nullptr, count));
    setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + undoText(count, running));
    QPushButton* deleteButton = addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton* cancel = addButton(QMessageBox::Cancel);
    setDefaultButton(cancel);
    setEscapeButton(cancel);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    // A message box is as narrow as its text, and the window manager then cuts its title ("Supprimer —… odo-desktop"):
    // at least as wide as the title bar's "Delete — clockodo-desktop" with room for the frame's buttons.
    QString title = windowTitle();
    if (!QGuiApplication::applicationDisplayName().isEmpty())
        title += QStringLiteral(" \u2014 ") + QGuiApplication::applicationDisplayName();
    QFont bold = font();
    bold.setBold(true);
    if (auto* grid = qobject_cast<QGridLayout*>(layout()))
        grid->addItem(new QSpacerItem(QFontMetrics(bold).horizontalAdvance(title) + 140, 0), grid->rowCount(), 0, 1,
                      grid->columnCount());
    connect(this, &QMessageBox::buttonClicked, this, [this, deleteButton](QAbstractButton* button) {
        if (button == deleteButton)
            emit confirmed();
    });
}

int DeleteConfirmation::countRunning(const EntryTableModel& model, const QList<qint64>& ids)
{
    int running = 0;
    for (qint64 id : ids) {
        const int row = model.rowOfId(id);
        running += row >= 0 && model.entryAt(row).isRunning() ? 1 : 0;
    }
    return running;
}

QString DeleteConfirmation::undoText(int count, int running)
{
    const QString shortcut = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    if (running <= 0) {
        //: %1 is the shortcut of Undo (Ctrl+Z)
        return tr("Undo (%1) right after brings them back as new entries.", nullptr, count).arg(shortcut);
    }
    if (running >= count)
        return tr("A running clock entry cannot be brought back once deleted.");
    //: %1 is the shortcut of Undo (Ctrl+Z)
    return tr("Undo (%1) right after brings them back as new entries, except the running clock entry.").arg(shortcut);
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

QStringList DeleteConfirmation::lines(const EntryTableModel& model, const QList<qint64>& ids, const QTimeZone& zone,
                                      bool* more)
{
    QStringList lines;
    *more = false;
    for (qint64 id : ids) {
        if (lines.size() == 5) {
            *more = true;
            break;
        }
        const int row = model.rowOfId(id);
        if (row >= 0)
            lines.append(QStringLiteral("• ") + describe(model, model.entryAt(row), zone));
    }
    return lines;
}
