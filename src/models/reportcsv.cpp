// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reportcsv.h"

#include "models/csvwriter.h"
#include "models/reportmodel.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QModelIndex>

namespace {

QStringList levelHeaders(ReportModel::Grouping grouping)
{
    if (grouping == ReportModel::ByDay)
        return { QCoreApplication::translate("ReportModel", "Day"),
                 QCoreApplication::translate("ReportModel", "Customer") };
    return { QCoreApplication::translate("ReportModel", "Customer"),
             QCoreApplication::translate("ReportModel", "Project"),
             QCoreApplication::translate("ReportModel", "Service") };
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

struct Walker
{
    CsvWriter* writer;
    const QAbstractItemModel* model;
    int levels;
    bool revenue;

    QStringList numbers(const QModelIndex& index) const
    {
        QStringList fields {
            writer->localizedNumber(number(double(index.data(ReportModel::SecondsRole).toLongLong()) / 3600.0)),
            writer->localizedNumber(number(index.data(ReportModel::LumpSumsRole).toDouble())),
        };
        if (revenue) {
            const QVariant value = index.data(ReportModel::RevenueRole);
            fields << (value.isValid() ? writer->localizedNumber(number(value.toDouble())) : QString());
        }
        fields << QString::number(index.data(ReportModel::EntryCountRole).toInt());
        return fields;
    }

    void walk(const QModelIndex& parent, const QStringList& path) const
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, ReportModel::NameColumn, parent);
            QStringList rowPath = path;
            rowPath << index.data(Qt::DisplayRole).toString();
            QStringList fields = rowPath;
            while (fields.size() < levels)
                fields << QString();
            writer->addRow(fields + numbers(index));
            walk(index, rowPath);
        }
    }
};

} // namespace

void ReportCsv::addTo(CsvWriter* writer, const QAbstractItemModel* report)
{
    // The model behind the proxies knows the grouping and the totals.
    const QAbstractItemModel* source = report;
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(source))
        source = proxy->sourceModel();
    const auto* model = qobject_cast<const ReportModel*>(source);
    const ReportModel::Grouping grouping = model ? model->grouping() : ReportModel::ByCustomer;
    const bool revenue = model && model->totalRevenue().isValid();
    const QStringList levels = levelHeaders(grouping);

    QStringList header = levels;
    header << report->headerData(ReportModel::HoursColumn, Qt::Horizontal).toString()
           << report->headerData(ReportModel::LumpSumsColumn, Qt::Horizontal).toString();
    if (revenue)
        header << report->headerData(ReportModel::RevenueColumn, Qt::Horizontal).toString();
    header << report->headerData(ReportModel::EntriesColumn, Qt::Horizontal).toString();
    writer->addRow(header);

    const Walker walker { writer, report, int(levels.size()), revenue };
    walker.walk({}, {});

    if (!model)
        return;
    QStringList total { QCoreApplication::translate("ReportModel", "Total") };
    while (total.size() < levels.size())
        total << QString();
    total << writer->localizedNumber(number(double(model->totalSeconds()) / 3600.0))
          << writer->localizedNumber(number(model->totalLumpSums()));
    if (revenue)
        total << writer->localizedNumber(number(model->totalRevenue().toDouble()));
    total << QString::number(model->totalEntries());
    writer->addRow(total);
}
