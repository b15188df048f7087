#pragma once

#include "common/result.h"

#include <QString>

class QTableView;
class QWidget;

namespace clearsight
{
class CsvTable;
}

namespace clearsight::ui
{

// A read-only, row-selecting table styled like the other lists of the workbench.
QTableView *createAnalysisTable(QWidget *parent, const QString &objectName);

// Writes `table` as CSV for spreadsheets: formulas neutralised, UTF-8 with a byte-order mark
// so that spreadsheet programs read accents right. The error names the file.
Status writeCsvFile(const QString &file, const CsvTable &table);

// Asks where to save (suggesting `fileName` in the home folder), then writes; errors go to a
// message box. Returns the file written, empty if cancelled or failed.
QString exportCsvWithDialog(QWidget *parent, const CsvTable &table, const QString &fileName);

} // namespace clearsight::ui
