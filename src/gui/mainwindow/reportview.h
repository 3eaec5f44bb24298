// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;
class ReportModel;

// The window's "Report" panel: a grouping switch (customer > project > service, or day > customer), the report tree
// (sortable by every column) and its totals below. Shows a ReportModel it does not own.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget* parent = nullptr);

    void setModel(ReportModel* model);
    ReportModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* tree() const { return m_tree; }
    QComboBox* groupingBox() const { return m_grouping; }
    QLabel* totalsLabel() const { return m_totals; }
    QToolButton* exportButton() const { return m_exportButton; }
    // The line under the totals that says where the report was saved, or why it was not.
    QLabel* exportStatusLabel() const { return m_exportStatus; }

    void retranslate();
    // Wide enough for names of about 30 characters beside the number columns (the dock opens this wide), but never
    // more than half the window; at least names of about 15 characters beside the number columns.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The report as shown (grouping, sorting) as CSV in the UI locale's separator and decimal mark (ReportCsv),
    // written in the background; exported() follows.
    void exportCsvTo(const QString& path);

signals:
    void exported(const QString& path, bool ok);

protected:
    void changeEvent(QEvent* event) override;
    // The report is computed only while shown (ReportModel::setActive).
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateTotals();
    void askForCsvFile();
    // The number columns as wide as their titles (with the sort arrow) and their widest value (an amount with the
    // account's currency), so that nothing in them is cut; the names take the rest.
    void fitColumns();
    int numbersWidth() const;
    int chromeWidth() const;

    ReportModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QComboBox* m_grouping = nullptr;
    QLabel* m_groupingLabel = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_totals = nullptr;
    QToolButton* m_exportButton = nullptr;
    QLabel* m_exportStatus = nullptr;
};
