#include "summarycells.h"

#include <algorithm>

namespace clearsight
{

namespace
{

enum Field { Flow, Office, Channel, Chapter, Origin, Mode, Trader, Declarant, Lane };

} // namespace

std::uint32_t summaryDayNumber(std::string_view isoDate)
{
    if (isoDate.size() < 10)
        return 0;
    std::uint32_t value = 0;
    for (const size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const char c = isoDate[i];
        if (c < '0' || c > '9')
            return 0;
        value = value * 10 + std::uint32_t(c - '0');
    }
    return value;
}

SummaryCells::SummaryCells()
{
    m_empty = intern("");
    m_trader = intern("trader");
    m_declarant = intern("declarant");
    m_flow = intern("flow");
    m_office = intern("office");
    m_channel = intern("channel");
    m_chapter = intern("hs_chapter");
    m_origin = intern("origin");
    m_lane = intern("lane");
}

std::uint32_t SummaryCells::intern(std::string_view text)
{
    auto it = m_ids.find(text);
    if (it == m_ids.end()) {
        it = m_ids.emplace(std::string(text), std::uint32_t(m_texts.size())).first;
        m_texts.emplace_back(text);
    }
    return it->second;
}

std::vector<std::uint32_t> SummaryCells::sortRanks() const
{
    std::vector<std::uint32_t> order(m_texts.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [this](std::uint32_t a, std::uint32_t b) { return m_texts[a] < m_texts[b]; });
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t position = 0; position < order.size(); ++position)
        rank[order[position]] = position;
    return rank;
}

std::uint32_t SummaryCells::cachedId(CachedId &cache, std::string_view text)
{
    if (!cache.valid || cache.text != text) {
        cache.text.assign(text);
        cache.id = intern(text);
        cache.valid = true;
    }
    return cache.id;
}

SummaryCell &SummaryCells::cell(CellMap &map, const SummaryCellKey &key)
{
    return map.try_emplace(key).first->second;
}

void SummaryCells::count(SummaryCell &cell, const SummaryItem &item) const
{
    cell.figures.add(item.figures);
    if (item.figures.items > 0 && cell.lastDeclaration != m_declarationSequence) {
        cell.lastDeclaration = m_declarationSequence;
        ++cell.figures.declarations;
    }
}

void SummaryCells::addGeneral(const SummaryCellKey &key, const SummaryItem &item)
{
    GeneralCell &general = m_general.try_emplace(key).first->second;
    general.cell.figures.add(item.figures);
    if (item.figures.items <= 0)
        return;
    const std::uint32_t chapter = key.fields[4], origin = key.fields[5], mode = key.fields[6];
    for (size_t subset = 0; subset < m_seenProjections.size(); ++subset) {
        const std::array<std::uint32_t, 3> projection{
            (subset & 1) ? chapter : 0, (subset & 2) ? origin : 0, (subset & 4) ? mode : 0};
        auto &seen = m_seenProjections[subset];
        if (std::find(seen.begin(), seen.end(), projection) != seen.end())
            continue;
        seen.push_back(projection);
        ++general.declarationsBySubset[subset];
    }
    general.cell.figures.declarations = general.declarationsBySubset[0];
}

// The cells whose keys are all declaration-level: found once per declaration.
void SummaryCells::resolveDeclarationCells(std::uint32_t day, std::uint32_t month)
{
    m_declarationCells.clear();
    const auto daily = [&](std::uint32_t dim, std::uint32_t value) {
        m_declarationCells.push_back(&cell(m_daily, {{dim, value, day}}));
    };
    daily(m_empty, m_empty);
    daily(m_flow, m_flowId);
    daily(m_office, m_officeId);
    daily(m_channel, m_channelId);
    daily(m_declarant, m_declarantId);
    const auto entity = [&](std::uint32_t kind, std::uint32_t dim, std::uint32_t value,
                            std::uint32_t period, std::uint32_t who) {
        m_declarationCells.push_back(&cell(m_entity, {{kind, dim, value, period, who}}));
    };
    entity(m_trader, m_empty, m_empty, month, m_traderId);
    entity(m_trader, m_empty, m_empty, 0, m_traderId);
    for (const auto &[dim, value] : {std::pair{m_flow, m_flowId},
                                     {m_office, m_officeId},
                                     {m_channel, m_channelId},
                                     {m_declarant, m_declarantId}}) {
        entity(m_trader, dim, value, month, m_traderId);
        entity(m_trader, dim, value, 0, m_traderId);
    }
    entity(m_declarant, m_empty, m_empty, month, m_declarantId);
    entity(m_declarant, m_empty, m_empty, 0, m_declarantId);
    for (const auto &[dim, value] :
         {std::pair{m_flow, m_flowId}, {m_office, m_officeId}, {m_channel, m_channelId}}) {
        entity(m_declarant, dim, value, month, m_declarantId);
        entity(m_declarant, dim, value, 0, m_declarantId);
    }
}

void SummaryCells::add(const SummaryItem &item)
{
    bool newDeclaration = false;
    if (item.declarationId != m_previousDeclaration) {
        m_previousDeclaration.assign(item.declarationId);
        ++m_declarationSequence;
        for (auto &seen : m_seenProjections)
            seen.clear();
        newDeclaration = true;
    }
    const std::uint32_t day = summaryDayNumber(item.date);
    const std::uint32_t month = day / 100;
    m_flowId = cachedId(m_cache[Flow], item.flow);
    m_officeId = cachedId(m_cache[Office], item.office);
    m_channelId = cachedId(m_cache[Channel], item.channel);
    m_traderId = cachedId(m_cache[Trader], item.traderId);
    m_declarantId = cachedId(m_cache[Declarant], item.declarantId);
    const std::array<std::uint32_t, 7> declarationKey{
        day, m_flowId, m_officeId, m_channelId, m_traderId, m_declarantId, 1};
    if (newDeclaration || declarationKey != m_declarationKey) {
        m_declarationKey = declarationKey;
        resolveDeclarationCells(day, month);
    }
    for (SummaryCell *declarationCell : m_declarationCells)
        count(*declarationCell, item);

    const std::uint32_t chapter =
        cachedId(m_cache[Chapter], item.hsCode.substr(0, std::min<size_t>(2, item.hsCode.size())));
    const std::uint32_t origin = cachedId(m_cache[Origin], item.origin);
    const std::uint32_t mode = cachedId(m_cache[Mode], item.mode);
    std::string laneText;
    laneText.reserve(item.origin.size() + item.office.size() + item.mode.size() + 2);
    laneText.append(item.origin).append(">").append(item.office).append(">").append(item.mode);
    const std::uint32_t lane = cachedId(m_cache[Lane], laneText);

    addGeneral({{month, m_flowId, m_officeId, m_channelId, chapter, origin, mode}}, item);
    count(cell(m_daily, {{m_chapter, chapter, day}}), item);
    count(cell(m_daily, {{m_origin, origin, day}}), item);
    count(cell(m_daily, {{m_lane, lane, day}}), item);
    for (const auto &[dim, value] :
         {std::pair{m_chapter, chapter}, {m_origin, origin}, {m_lane, lane}}) {
        count(cell(m_entity, {{m_trader, dim, value, month, m_traderId}}), item);
        count(cell(m_entity, {{m_trader, dim, value, 0, m_traderId}}), item);
        count(cell(m_entity, {{m_declarant, dim, value, month, m_declarantId}}), item);
        count(cell(m_entity, {{m_declarant, dim, value, 0, m_declarantId}}), item);
    }
}

} // namespace clearsight
