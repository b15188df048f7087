#pragma once

#include "ingest/recordmapper.h"

namespace clearsight
{

// Brazil's SISCORI import microdata. NUMERO DE ORDEM is the declaration (16 digits), the item
// group ("adição", 1 digit) and the product line (5 digits). Value, freight and insurance are
// given per item group and repeat on every product line, so the lines of a group become one
// declaration item: quantities, weights and invoice totals are summed. The Incoterm decides
// what freight and insurance still have to be added to the invoice (DOMAIN.md): under C- and
// D-rules the freight is already in the price, under CIF/CIP the insurance too.
class SiscoriMapper : public RecordMapper
{
public:
    SiscoriMapper(const ImportProfile &profile, const QStringList &header);

    void add(const CsvRecord &record, const Sink &sink) override;
    void finish(const Sink &sink) override;

private:
    struct Group {
        std::string key; // declaration + item group
        qint64 line = 0;
        int records = 0;
        std::string raw;
        std::array<std::string, canonicalColumnCount> text;
        double quantity = 0;
        double netWeight = 0;
        double invoice = 0;
        double fob = 0;
        double freight = 0;
        double insurance = 0;
        std::string extra;
    };

    void emit(const Sink &sink);
    int column(const char *name) const;

    Group m_group;
    int m_order = -1;
    int m_originCode = -1;
    int m_originName = -1;
    int m_acquisitionCode = -1;
    int m_acquisitionName = -1;
};

} // namespace clearsight
