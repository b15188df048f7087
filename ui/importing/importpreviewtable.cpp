#include "importpreviewtable.h"

#include "importpreviewdelegate.h"
#include "importpreviewmodel.h"

#include <QHeaderView>

namespace clearsight::ui
{

ImportPreviewTable::ImportPreviewTable(QWidget *parent) : QTableView(parent)
{
    m_model = new ImportPreviewModel(this);
    setModel(m_model);
    setItemDelegate(new ImportPreviewDelegate(this));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
}

void ImportPreviewTable::setPreview(const ImportPreview &preview)
{
    m_model->setPreview(preview);
    // Twenty rows: measuring them is cheap. Long texts are capped, their tooltip shows them.
    const int cap = fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        resizeColumnToContents(column);
        if (columnWidth(column) > cap)
            setColumnWidth(column, cap);
    }
}

void ImportPreviewTable::clear()
{
    m_model->clear();
}

} // namespace clearsight::ui
