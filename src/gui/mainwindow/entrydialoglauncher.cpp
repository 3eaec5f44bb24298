// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entrydialoglauncher.h"

#include "core/tracking/clock.h"
#include "gui/dialogs/entryeditdialog.h"
#include "models/daterange.h"
#include "models/entrytablemodel.h"
#include "models/masterdata.h"

#include <QPointer>
#include <QWidget>

EntryDialogLauncher::EntryDialogLauncher(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_clock(Clock::system())
{ }

void EntryDialogLauncher::setSources(EntryTableModel* model, MasterData* masterData, Clock* clock)
{
    m_model = model;
    m_masterData = masterData;
    m_clock = clock ? clock : Clock::system();
}

EntryEditDialog* EntryDialogLauncher::create()
{
    auto* dialog = new EntryEditDialog(m_masterData, m_clock, m_window);
    // The model's rows, read when the dialog checks (not a copy: see EntryDraft::setKnownEntriesSource).
    dialog->setKnownEntriesSource([model = QPointer<EntryTableModel>(m_model)]() -> const QList<Entry>& {
        static const QList<Entry> none;
        return model ? model->entries() : none;
    });
    return dialog;
}

void EntryDialogLauncher::open(EntryEditDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &EntryEditDialog::saved, this, &EntryDialogLauncher::saved);
    connect(dialog, &EntryEditDialog::saved, this, [this, dialog](const Entry& entry, bool created) {
        const Entry before = dialog->replacedEntry();
        if (!created && before.id == entry.id)
            emit edited(before, entry);
    });
    m_dialog = dialog;
    dialog->open();
}

void EntryDialogLauncher::openNew(Entry::Type type, QDate day, const QTimeZone& zone)
{
    EntryEditDialog* dialog = create();
    dialog->startNew(type, day, type == Entry::Type::Time ? suggestedStart(day, zone) : QDateTime());
    open(dialog);
}

void EntryDialogLauncher::openEdit(const Entry& entry)
{
    EntryEditDialog* dialog = create();
    dialog->startEdit(entry);
    open(dialog);
}

void EntryDialogLauncher::openDuplicate(const Entry& entry)
{
    EntryEditDialog* dialog = create();
    dialog->startDuplicate(entry);
    open(dialog);
}

QDateTime EntryDialogLauncher::suggestedStart(QDate day, const QTimeZone& zone) const
{
    // Right after the last finished entry of that day, if it ended before now.
    QDateTime latest;
    const QList<qint64> boundaries = DateRange::day(day, zone).dayBoundariesMSecs();
    for (const Entry& e : m_model->entries()) {
        if (e.type != Entry::Type::Time || e.isRunning())
            continue;
        const qint64 end = e.timeUntil.toMSecsSinceEpoch();
        if (end > boundaries.first() && end < boundaries.last() && (!latest.isValid() || e.timeUntil > latest))
            latest = e.timeUntil;
    }
    if (latest.isValid() && latest < m_clock->nowUtc())
        return latest;
    return {};
}
