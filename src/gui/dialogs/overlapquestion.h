// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

class QPushButton;

// The question when an entry about to be saved overlaps others: names them (time span and task, one a line) and
// offers "Save anyway", "Adjust" (moves the entry clear of them; only when something would be left, adjustText
// tells how) and "Cancel" (back to the form, everything typed kept). Window-modal, deletes itself on close.
class OverlapQuestion : public QMessageBox
{
    Q_OBJECT
public:
    OverlapQuestion(const QStringList& lines, const QString& adjustText, QWidget* parent = nullptr);

    QPushButton* saveAnywayButton() const { return m_saveAnyway; }
    QPushButton* adjustButton() const { return m_adjust; } // nullptr when there is nothing to adjust to

signals:
    void saveAnywayChosen();
    void adjustChosen();

private:
    QPushButton* m_saveAnyway = nullptr;
    QPushButton* m_adjust = nullptr;
};
