// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CsvWriter;
class QAbstractItemModel;

// The report as CSV rows, for a spreadsheet: one row per group of the tree (in the order of the given model, e.g. the
// view's sorting proxy over a ReportModel), the group's path in one column per level (customer, project, service or
// day, customer) so that a pivot table can use it, then decimal hours, lump sums, revenue (when the report has it)
// and entries; a last row with the totals. Numbers are plain ("12.50") and written with the writer's decimal mark.
class ReportCsv
{
public:
    // report is a ReportModel or a proxy over one (its roles are read through the given model).
    static void addTo(CsvWriter* writer, const QAbstractItemModel* report);
};
