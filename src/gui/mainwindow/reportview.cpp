// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/reportview.h"

#include "core/export/fileexportsink.h"
#include "gui/widgets/savefiledialog.h"
#include "models/csvwriter.h"
#include "models/moneyformat.h"
#include "models/reportcsv.h"
#include "models/reportmodel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

ReportView::ReportView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reportView"));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("reportGroupingBox"));
    // A narrow dock (a small screen) elides the grouping's name rather than pushing the window past the screen.
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_grouping->setMinimumContentsLength(8);
    m_grouping->addItem(QString(), int(ReportModel::ByCustomer));
    m_grouping->addItem(QString(), int(ReportModel::ByDay));
    m_groupingLabel = new QLabel(this);
    m_groupingLabel->setBuddy(m_grouping);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(ReportModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("reportTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ReportModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(14);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("reportTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("reportExportButton"));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_exportButton, &QToolButton::clicked, this, &ReportView::askForCsvFile);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("reportExportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_groupingLabel);
    top->addWidget(m_grouping, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_totals);
    // The export row sits under the totals: in the grouping row its text widened the dock past the screen in French.
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_exportStatus, 1);
    bottom->addWidget(m_exportButton, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(bottom);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setGrouping(ReportModel::Grouping(m_grouping->currentData().toInt()));
    });
    retranslate();
}

void ReportView::setModel(ReportModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        // The columns exist once there is a model.
        // The names get the room; the numbers a width that holds "12 345,00" (the header may be elided).
        QHeaderView* header = m_tree->header();
        header->setMinimumSectionSize(40);
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(ReportModel::NameColumn, QHeaderView::Stretch);
        fitColumns();
        m_grouping->setCurrentIndex(m_grouping->findData(int(model->grouping())));
        model->setActive(isVisible());
        connect(model, &ReportModel::totalsChanged, this, &ReportView::updateTotals);
        connect(model, &ReportModel::totalsChanged, this, &ReportView::fitColumns);
        // A new grouping or new groups: show them all open.
        connect(model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    }
    updateTotals();
}

int ReportView::numbersWidth() const
{
    const QHeaderView* header = m_tree->header();
    int width = 0;
    for (int column = ReportModel::NameColumn + 1; column < ReportModel::ColumnCount; ++column)
        width += header->sectionSize(column);
    return width;
}

int ReportView::chromeWidth() const
{
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    return 2 * m_tree->frameWidth() + margins.left() + margins.right()
        + m_tree->verticalScrollBar()->sizeHint().width();
}

QSize ReportView::sizeHint() const
{
    const int names = fontMetrics().averageCharWidth() * 30 + m_tree->indentation() * 2;
    int width = numbersWidth() + names + chromeWidth();
    if (const QWidget* top = window(); top && top != this)
        width = std::min(width, top->width() / 2);
    return { std::max(width, minimumSizeHint().width()), QWidget::sizeHint().height() };
}

QSize ReportView::minimumSizeHint() const
{
    const int names = fontMetrics().averageCharWidth() * 15 + m_tree->indentation() * 2;
    return { numbersWidth() + names + chromeWidth(), QWidget::minimumSizeHint().height() };
}

void ReportView::fitColumns()
{
    if (!m_model)
        return;
    QHeaderView* header = m_tree->header();
    const QFontMetrics fm = m_tree->fontMetrics();
    const QString money = MoneyFormat::format(12345.0, m_model->currency());
    const int padding = 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 12;
    bool changed = false;
    for (int column = ReportModel::NameColumn + 1; column < ReportModel::ColumnCount; ++column) {
        const QString sample = column == ReportModel::HoursColumn ? QStringLiteral("1 234,50")
            : column == ReportModel::EntriesColumn                ? QStringLiteral("0000")
                                                                  : money;
        const int width = std::max({ fm.horizontalAdvance(sample) + padding, header->sectionSizeHint(column),
                                     static_cast<const QAbstractItemView*>(m_tree)->sizeHintForColumn(column) });
        if (header->sectionSize(column) != width) {
            header->resizeSection(column, width);
            changed = true;
        }
    }
    if (changed)
        updateGeometry();
}

void ReportView::retranslate()
{
    m_groupingLabel->setText(tr("&Group by:"));
    m_grouping->setItemText(0, tr("Customer › project › service"));
    m_grouping->setItemText(1, tr("Day › customer"));
    m_tree->setToolTip(tr("Hours, lump sums and revenue of the entries shown in the table, with the table's filters"));
    m_exportButton->setText(tr("Export as CSV…"));
    m_exportButton->setToolTip(tr("Save the report as shown (grouping and order) as a CSV file for a spreadsheet"));
    updateTotals();
    fitColumns();
}

void ReportView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_model)
        m_model->setActive(true);
}

void ReportView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (m_model)
        m_model->setActive(false);
}

void ReportView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_model)
            m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ReportView::updateTotals()
{
    m_totals->setText(m_model ? m_model->totalsText() : QString());
}

void ReportView::askForCsvFile()
{
    QString fileName;
    if (m_model && m_model->range().isValid()) {
        const DateRange range = m_model->range();
        fileName = QStringLiteral("clockodo-report-%1_%2.csv")
                       .arg(range.first().toString(Qt::ISODate), range.last().toString(Qt::ISODate));
    }
    QFileDialog* dialog = SaveFileDialog::create(this, tr("Export report as CSV"), tr("CSV files (*.csv)"),
                                                 QStringLiteral("csv"), fileName);
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, &ReportView::exportCsvTo);
    dialog->open();
}

void ReportView::exportCsvTo(const QString& path)
{
    if (path.isEmpty())
        return;
    // The separator and decimal mark of the UI locale, as the entries' CSV export and --export use them.
    const FileExportSink::CsvStyle style = FileExportSink::CsvStyle::forLocale(QLocale());
    CsvWriter writer(style.separator);
    writer.setDecimalMark(style.decimalMark);
    ReportCsv::addTo(&writer, m_proxy);
    writer.saveInBackground(path, this, [this, path](bool ok, const QString& error) {
        m_exportStatus->setText(ok ? tr("Report saved to %1.").arg(QDir::toNativeSeparators(path))
                                   : tr("The report could not be saved: %1").arg(error));
        m_exportStatus->show();
        emit exported(path, ok);
    });
}
