#pragma once

#include "common/result.h"
#include "domain/canonicalschema.h"
#include "ingest/csvreader.h"
#include "ingest/importprofile.h"
#include "ingest/valueparsing.h"

#include <QByteArray>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace clearsight
{

// One declaration item in canonical text, ready for RowNormaliser. Views are valid only
// during the sink call that receives it.
struct MappedItem {
    std::array<QByteArrayView, canonicalColumnCount> fields;
    QByteArrayView extraJson; // source columns with no canonical home
    qint64 line = 0;          // first source line
    int records = 1;          // source records merged into this item
    QByteArrayView raw;       // source text of the first record
};

// Turns source records into canonical items according to an import profile: renames, reads
// dates, decimal commas and codes, derives values, and keeps every source column that has no
// canonical home. Not thread-safe.
class RecordMapper
{
public:
    using Sink = std::function<void(const MappedItem &)>;

    // Binds the profile to a header (normalised names). Fails, naming the file, when the
    // declaration reference or date has no source column.
    static Result<std::unique_ptr<RecordMapper>>
    create(const ImportProfile &profile, const QStringList &header, const QString &fileName);
    virtual ~RecordMapper() = default;

    virtual void add(const CsvRecord &record, const Sink &sink);
    // Emits what is still buffered (merged groups) at the end of the file.
    virtual void finish(const Sink &sink);

    // The source column (0-based) a canonical column is read from; -1 if none.
    int sourceColumnOf(CanonicalColumn column) const;

    // The mapping as bound to this file, for the batch's lineage.
    QString mappingJson() const;

protected:
    struct BoundRule {
        ColumnRule rule;
        int source = -1;   // index in the record, -1 when absent
        int argument = -1; // second column (PercentOf)
        QByteArray constant;
        std::vector<std::pair<QByteArray, QByteArray>> codes;
    };

    RecordMapper(const ImportProfile &profile, const QStringList &header);
    QByteArrayView field(const CsvRecord &record, int index) const;
    QByteArrayView apply(const BoundRule &bound, const CsvRecord &record,
                         std::string &scratch) const;
    void buildExtra(const CsvRecord &record, std::string &out) const;

    ImportProfile m_profile;
    QStringList m_header;
    std::vector<BoundRule> m_bound;
    std::vector<int> m_extraColumns;
    std::vector<QByteArray> m_extraKeys;
    std::array<std::string, canonicalColumnCount> m_scratch;
    std::string m_extra;
};

} // namespace clearsight
