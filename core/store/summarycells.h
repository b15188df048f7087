#pragma once

#include "summaryrepository.h"

#include <array>
#include <cstdint>
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

// "2025-03-14" -> 20250314, the day key of the summary tables; 0 when the text is not an ISO
// date.
std::uint32_t summaryDayNumber(std::string_view isoDate);

// One stored item's figures: an item, its customs value and duties, whether it was inspected
// (a control with a recorded result: inspected = 1) and found illicit, its recovered revenue.
inline SummaryFigures storedItemFigures(double customsValue, double dutyPaid, double inspected,
                                        std::string_view outcome, double revenueRecovered)
{
    SummaryFigures f;
    f.items = 1;
    f.customsValue = customsValue;
    f.dutyPaid = dutyPaid;
    f.inspected = inspected == 1 ? 1 : 0;
    f.illicit = outcome == "ILLICIT" ? 1 : 0;
    f.revenueRecovered = revenueRecovered;
    return f;
}

// A cell's figures plus the last declaration counted into it, so that the items of one
// declaration (which follow each other) count it once.
struct SummaryCell {
    SummaryFigures figures;
    qint64 lastDeclaration = -1;
};

// The figure columns every summary table has, in SummaryFigures order: what the upserts write
// and what the reads sum.
inline constexpr std::array<const char *, 9> kSummaryFigureColumns{
    "items",   "declarations",      "customs_value", "duty_paid",       "inspected",
    "illicit", "revenue_recovered", "flagged",       "revenue_at_stake"};

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

// A cell's key: the table's key columns in order, text as ids of SummaryCells::text(), months
// (YYYYMM) and days (YYYYMMDD) as numbers. Unused fields stay 0.
struct SummaryCellKey {
    std::array<std::uint32_t, 7> fields{};
    bool operator==(const SummaryCellKey &) const = default;
};

struct SummaryCellKeyHash {
    size_t operator()(const SummaryCellKey &key) const
    {
        std::uint64_t h = 0x9e3779b97f4a7c15ULL;
        for (const std::uint32_t f : key.fields)
            h = (h ^ f) * 0xff51afd7ed558ccdULL;
        return size_t(h ^ (h >> 29));
    }
};

// The summary tables' cells that a run of items adds up to, in memory. Memory grows with the
// cells (dimension values x months), not with the items. Text values are interned once; the
// cells of the declaration-level keys (date, flow, office, channel, trader, declarant) are
// looked up once per declaration, not per item.
class SummaryCells
{
public:
    using CellMap = std::unordered_map<SummaryCellKey, SummaryCell, SummaryCellKeyHash>;
    using GeneralMap = std::unordered_map<SummaryCellKey, GeneralCell, SummaryCellKeyHash>;

    // Cells past which a long run is merged into the tables and gathered afresh (about 150 bytes
    // each), so that memory stays bounded however many rows are read. Tests lower it to
    // exercise merges in parts.
    static inline size_t flushCells = 3'000'000;

    SummaryCells();
    void add(const SummaryItem &item);

    size_t cellCount() const { return m_general.size() + m_daily.size() + m_entity.size(); }
    // True when the cells are past flushCells and an item of `declarationId` would start a new
    // declaration: the moment to merge them, as no declaration is split between two merges
    // (each counts it once).
    bool shouldFlushBefore(std::string_view declarationId) const
    {
        return cellCount() >= flushCells && declarationId != m_previousDeclaration;
    }

    const GeneralMap &general() const { return m_general; }
    const CellMap &daily() const { return m_daily; }
    const CellMap &entity() const { return m_entity; }
    const std::string &text(std::uint32_t id) const { return m_texts[id]; }
    // Each text id's position in byte order (SQLite's BINARY collation), to write cells in
    // primary-key order.
    std::vector<std::uint32_t> sortRanks() const;

private:
    struct TextHash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>()(text);
        }
    };
    struct CachedId {
        std::string text;
        std::uint32_t id = 0;
        bool valid = false;
    };

    std::uint32_t intern(std::string_view text);
    std::uint32_t cachedId(CachedId &cache, std::string_view text);
    SummaryCell &cell(CellMap &map, const SummaryCellKey &key);
    void count(SummaryCell &cell, const SummaryItem &item) const;
    void addGeneral(const SummaryCellKey &key, const SummaryItem &item);
    void resolveDeclarationCells(std::uint32_t day, std::uint32_t month);

    std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>> m_ids;
    std::vector<std::string> m_texts;
    GeneralMap m_general;
    CellMap m_daily;
    CellMap m_entity;

    // Ids of the fixed names: "", kinds and dimensions.
    std::uint32_t m_empty = 0, m_trader = 0, m_declarant = 0, m_flow = 0, m_office = 0,
                  m_channel = 0, m_chapter = 0, m_origin = 0, m_lane = 0;
    // The current item's ids.
    std::array<CachedId, 9> m_cache; // flow, office, channel, chapter, origin, mode, trader,
                                     // declarant, lane
    std::uint32_t m_flowId = 0, m_officeId = 0, m_channelId = 0, m_traderId = 0, m_declarantId = 0;

    std::string m_previousDeclaration;
    qint64 m_declarationSequence = 0;
    // The declaration-level cells of the current declaration, and the keys they were found for.
    std::array<std::uint32_t, 7> m_declarationKey{};
    std::vector<SummaryCell *> m_declarationCells;
    // The (chapter, origin, mode) projections the current declaration has shown, per subset.
    std::array<std::vector<std::array<std::uint32_t, 3>>, 8> m_seenProjections;
};

} // namespace clearsight
