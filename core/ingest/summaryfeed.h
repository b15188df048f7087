#pragma once

#include "store/declarationwriter.h"
#include "store/summarycells.h"

#include <memory>
#include <string_view>

namespace clearsight
{

// Adds a stored row to the summary cells as the import goes, so that the summaries need no
// second read of the rows (SummaryRepository::addCells merges them). When the cells are full
// (SummaryCells::shouldFlushBefore), they are handed to `flush` and gathered afresh.
template <typename Flush>
void addToSummaries(std::unique_ptr<SummaryCells> &cells, const DeclarationRow &row, Flush flush)
{
    using C = CanonicalColumn;
    const auto text = [&row](C c) {
        const StoredValue &v = row.values[size_t(c)];
        return v.kind == StoredValue::Kind::Text
                   ? std::string_view(v.text.data(), size_t(v.text.size()))
                   : std::string_view();
    };
    const auto number = [&row](C c) {
        const StoredValue &v = row.values[size_t(c)];
        return v.kind == StoredValue::Kind::Real      ? v.real
               : v.kind == StoredValue::Kind::Integer ? double(v.integer)
                                                      : 0.0;
    };
    SummaryItem item;
    item.declarationId = text(C::DeclarationId);
    item.date = text(C::Date);
    item.flow = text(C::Flow);
    item.office = text(C::Office);
    item.channel = text(C::Channel);
    item.hsCode = text(C::HsCode);
    item.origin = text(C::OriginCountry);
    item.mode = text(C::TransportMode);
    item.traderId = text(C::TraderId);
    item.declarantId = text(C::DeclarantId);
    item.figures = storedItemFigures(number(C::CifValue), number(C::DutyPaid), number(C::Inspected),
                                     text(C::Outcome), number(C::RevenueRecovered));
    if (cells->shouldFlushBefore(item.declarationId)) {
        flush(std::shared_ptr<const SummaryCells>(std::move(cells)));
        cells = std::make_unique<SummaryCells>();
    }
    cells->add(item);
}

} // namespace clearsight
