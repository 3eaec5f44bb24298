// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/csvoptionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CsvOptionsDialog::CsvOptionsDialog(const FileExportSink::CsvStyle& style, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("csvOptionsDialog"));
    setWindowTitle(tr("CSV options"));
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("separatorBox"));
    m_separator->addItem(tr("Semicolon ( ; )"), QChar(QLatin1Char(';')));
    m_separator->addItem(tr("Comma ( , )"), QChar(QLatin1Char(',')));
    m_separator->addItem(tr("Tab"), QChar(QLatin1Char('\t')));
    m_decimalMark = new QComboBox(this);
    m_decimalMark->setObjectName(QStringLiteral("decimalMarkBox"));
    m_decimalMark->addItem(tr("Comma (1,5)"), QChar(QLatin1Char(',')));
    m_decimalMark->addItem(tr("Point (1.5)"), QChar(QLatin1Char('.')));

    auto* hint = new QLabel(tr("German and French spreadsheets expect a semicolon and a decimal comma; English ones a "
                               "comma and a decimal point."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(tr("&Decimal mark:"), m_decimalMark);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setStyle(style);
}

FileExportSink::CsvStyle CsvOptionsDialog::style() const
{
    FileExportSink::CsvStyle style;
    style.separator = m_separator->currentData().toChar();
    style.decimalMark = m_decimalMark->currentData().toChar();
    return style;
}

void CsvOptionsDialog::setStyle(const FileExportSink::CsvStyle& style)
{
    const int separator = m_separator->findData(style.separator);
    m_separator->setCurrentIndex(separator >= 0 ? separator : 0);
    const int mark = m_decimalMark->findData(style.decimalMark);
    m_decimalMark->setCurrentIndex(mark >= 0 ? mark : 0);
}
