#pragma once

#include "common/result.h"
#include "domain/canonicalschema.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace clearsight {

// Where each canonical column comes from in a source file, and which source columns have no
// canonical home (kept with the row as JSON).
struct HeaderMapping {
    QString profile; // e.g. "canonical"
    std::array<int, canonicalColumnCount> sourceIndex; // -1: not in the file
    std::vector<int> extraColumns;                      // source indexes kept as extra
    QStringList sourceHeader;

    HeaderMapping() { sourceIndex.fill(-1); }
    bool maps(CanonicalColumn c) const { return sourceIndex[size_t(c)] >= 0; }
    // The mapping as JSON, stored with the import batch for lineage.
    QString toJson() const;
};

// Maps a header whose names are the canonical column names (case, spaces and a UTF-8 BOM
// ignored). Fails, naming the file, when the declaration reference or date column is absent.
Result<HeaderMapping> mapCanonicalHeader(const std::vector<QByteArrayView> &header,
                                         const QString &fileName);

// Guesses the field separator from the first line: the most frequent of , ; tab | @.
char detectSeparator(QByteArrayView firstLine);

} // namespace clearsight
