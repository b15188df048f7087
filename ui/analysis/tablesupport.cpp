#include "tablesupport.h"

#include "report/csvtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>

namespace clearsight::ui
{

QTableView *createAnalysisTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const QFontMetrics metrics = table->fontMetrics();
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    return table;
}

Status writeCsvFile(const QString &file, const CsvTable &table)
{
    QSaveFile out(file);
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += table.toCsv(true).toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("AnalysisExport", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(file), out.errorString()));
    }
    return Done{};
}

QString exportCsvWithDialog(QWidget *parent, const CsvTable &table, const QString &fileName)
{
    const QString title = QCoreApplication::translate("AnalysisExport", "Export to CSV");
    const QString file = QFileDialog::getSaveFileName(
        parent, title, QDir::home().filePath(fileName),
        QCoreApplication::translate("AnalysisExport", "CSV files (*.csv)"));
    if (file.isEmpty())
        return {};
    const Status written = writeCsvFile(file, table);
    if (!written) {
        QMessageBox::warning(parent, title, written.error().message);
        return {};
    }
    return file;
}

} // namespace clearsight::ui
