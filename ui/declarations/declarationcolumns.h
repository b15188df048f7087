#pragma once

#include "common/valueformat.h"

#include <QList>

namespace clearsight::ui {

// How each column of DeclarationTableModel (canonical columns, then findings, batch, source
// line) is shown.
ValueFormat declarationColumnFormat(int column);

// Initial width of a column, in average characters of the table's font: wide for names and
// descriptions, narrow for codes. The header title's width is the floor (see DeclarationsView).
int declarationColumnWidthChars(int column);

// The columns an analyst reads first, in the order they are shown at the left of the table:
// who declared what, when, from where, for how much. The other columns follow in canonical
// order. (Only the display order changes; the model keeps the canonical layout.)
QList<int> declarationLeadingColumns();

} // namespace clearsight::ui
