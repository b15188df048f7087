#pragma once

#include "summaryrepository.h"

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace clearsight
{

// One declaration item as the summaries see it: keys as text ("" when missing), figures.
struct SummaryItem {
    std::string_view declarationId;
    std::string_view date; // ISO YYYY-MM-DD
    std::string_view flow;
    std::string_view office;
    std::string_view channel;
    std::string_view hsCode;
    std::string_view origin;
    std::string_view mode;
    std::string_view traderId;
    std::string_view declarantId;
    SummaryFigures figures; // this item's contribution (items = 1 at import, 0 for flags)
};

// A cell's figures plus the last declaration counted into it, so that the items of one
// declaration (which follow each other) count it once.
struct SummaryCell {
    SummaryFigures figures;
    qint64 lastDeclaration = -1;
};

// A summary_general cell: also counts each declaration once per distinct value of the
// item-level keys (chapter, origin, mode) of each subset; index = bit set (1 chapter, 2 origin,
// 4 mode), index 0 being figures.declarations.
struct GeneralCell {
    SummaryCell cell;
    std::array<qint64, 8> declarationsBySubset{};
};

// Which declarations_* column a query on summary_general sums, by the item-level keys it groups
// or filters on.
inline constexpr std::array<const char *, 8> kGeneralDeclarationColumns{
    "declarations",   "declarations_c",  "declarations_o",  "declarations_co",
    "declarations_m", "declarations_cm", "declarations_om", "declarations_com"};

// The summary tables' cells that a run of items adds up to, in memory, keyed like the tables'
// primary keys (fields joined by '\x1f'). Memory grows with the cells (dimension values x
// months), not with the items.
class SummaryCells
{
public:
    using CellMap = std::unordered_map<std::string, SummaryCell>;
    using GeneralMap = std::unordered_map<std::string, GeneralCell>;

    void add(const SummaryItem &item);

    const GeneralMap &general() const { return m_general; }
    const CellMap &daily() const { return m_daily; }
    const CellMap &entity() const { return m_entity; }
    qint64 cellCount() const { return qint64(m_general.size() + m_daily.size() + m_entity.size()); }

    static constexpr char separator = '\x1f';

private:
    void addTo(CellMap &map, const std::string &key, const SummaryItem &item);
    void addGeneral(const SummaryItem &item, std::string_view chapter);

    GeneralMap m_general;
    // The (chapter, origin, mode) projections the current declaration has shown, per subset.
    std::array<std::vector<std::string>, 8> m_seenProjections;
    CellMap m_daily;
    CellMap m_entity;
    std::string m_previousDeclaration;
    qint64 m_declarationSequence = 0;
    std::string m_key; // reused buffer
};

} // namespace clearsight
