// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/overlapquestion.h"

#include <QPushButton>

OverlapQuestion::OverlapQuestion(const QStringList& lines, const QString& adjustText, QWidget* parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("overlapQuestionMessageBox"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Overlap"));
    setText(tr("This entry overlaps %n other entries:", nullptr, int(lines.size())));
    QString info = lines.join(QLatin1Char('\n'));
    //: below the list of overlapping entries
    info += QStringLiteral("\n\n") + tr("Time booked twice counts twice in reports and invoices.");
    if (!adjustText.isEmpty())
        info += QStringLiteral("\n") + adjustText;
    setInformativeText(info);
    m_saveAnyway = addButton(tr("&Save anyway"), QMessageBox::AcceptRole);
    m_saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    if (!adjustText.isEmpty()) {
        m_adjust = addButton(tr("&Adjust"), QMessageBox::ActionRole);
        m_adjust->setObjectName(QStringLiteral("adjustButton"));
    }
    QPushButton* cancel = addButton(QMessageBox::Cancel);
    setDefaultButton(m_adjust ? m_adjust : cancel);
    setEscapeButton(cancel);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton* button) {
        if (button == m_saveAnyway)
            emit saveAnywayChosen();
        else if (button && button == m_adjust)
            emit adjustChosen();
    });
}
