#include "summarycells.h"

#include <algorithm>
#include <array>

namespace clearsight
{

namespace
{

// "2025-03-14" -> "202503" / "20250314": the integer keys the tables store.
std::string_view monthDigits(std::string_view date, std::array<char, 8> &buffer)
{
    if (date.size() < 7)
        return {};
    buffer = {date[0], date[1], date[2], date[3], date[5], date[6]};
    return {buffer.data(), 6};
}

std::string_view dayDigits(std::string_view date, std::array<char, 8> &buffer)
{
    if (date.size() < 10)
        return {};
    buffer = {date[0], date[1], date[2], date[3], date[5], date[6], date[8], date[9]};
    return {buffer.data(), 8};
}

class KeyBuilder
{
public:
    explicit KeyBuilder(std::string &buffer) : m_buffer(buffer) { m_buffer.clear(); }
    KeyBuilder &operator<<(std::string_view part)
    {
        if (m_started)
            m_buffer.push_back(SummaryCells::separator);
        m_buffer.append(part);
        m_started = true;
        return *this;
    }

private:
    std::string &m_buffer;
    bool m_started = false;
};

} // namespace

void SummaryCells::addTo(CellMap &map, const std::string &key, const SummaryItem &item)
{
    auto it = map.find(key);
    if (it == map.end())
        it = map.emplace(key, SummaryCell{}).first;
    SummaryCell &cell = it->second;
    cell.figures.add(item.figures);
    if (item.figures.items > 0 && cell.lastDeclaration != m_declarationSequence) {
        cell.lastDeclaration = m_declarationSequence;
        ++cell.figures.declarations;
    }
}

void SummaryCells::addGeneral(const SummaryItem &item, std::string_view chapter)
{
    auto it = m_general.find(m_key);
    if (it == m_general.end())
        it = m_general.emplace(m_key, GeneralCell{}).first;
    GeneralCell &general = it->second;
    general.cell.figures.add(item.figures);
    if (item.figures.items <= 0)
        return;
    std::string projection;
    for (size_t subset = 0; subset < m_seenProjections.size(); ++subset) {
        projection.clear();
        if (subset & 1)
            projection.append(chapter).push_back(separator);
        if (subset & 2)
            projection.append(item.origin).push_back(separator);
        if (subset & 4)
            projection.append(item.mode);
        std::vector<std::string> &seen = m_seenProjections[subset];
        if (std::find(seen.begin(), seen.end(), projection) != seen.end())
            continue;
        seen.push_back(projection);
        ++general.declarationsBySubset[subset];
    }
    general.cell.figures.declarations = general.declarationsBySubset[0];
}

void SummaryCells::add(const SummaryItem &item)
{
    if (item.declarationId != m_previousDeclaration) {
        m_previousDeclaration.assign(item.declarationId);
        ++m_declarationSequence;
        for (std::vector<std::string> &seen : m_seenProjections)
            seen.clear();
    }
    std::array<char, 8> monthBuffer{}, dayBuffer{};
    const std::string_view month = monthDigits(item.date, monthBuffer);
    const std::string_view day = dayDigits(item.date, dayBuffer);
    const std::string_view chapter = item.hsCode.substr(0, std::min<size_t>(2, item.hsCode.size()));
    const std::string lane =
        std::string(item.origin) + '>' + std::string(item.office) + '>' + std::string(item.mode);

    KeyBuilder(m_key) << month << item.flow << item.office << item.channel << chapter << item.origin
                      << item.mode;
    addGeneral(item, chapter);

    const std::array<std::pair<std::string_view, std::string_view>, 7> dailyDims{{
        {"", ""},
        {"flow", item.flow},
        {"office", item.office},
        {"channel", item.channel},
        {"hs_chapter", chapter},
        {"origin", item.origin},
        {"declarant", item.declarantId},
    }};
    for (const auto &[dim, value] : dailyDims) {
        KeyBuilder(m_key) << dim << value << day;
        addTo(m_daily, m_key, item);
    }

    // Entity cells: kind, dim, value, month ("0" = whole period), entity.
    const auto entityCell = [&](std::string_view kind, std::string_view dim, std::string_view value,
                                std::string_view period, std::string_view entity) {
        KeyBuilder(m_key) << kind << dim << value << period << entity;
        addTo(m_entity, m_key, item);
    };
    const std::array<std::pair<std::string_view, std::string_view>, 6> itemDims{{
        {"flow", item.flow},
        {"office", item.office},
        {"channel", item.channel},
        {"hs_chapter", chapter},
        {"origin", item.origin},
        {"lane", lane},
    }};
    entityCell("trader", "", "", month, item.traderId);
    entityCell("trader", "", "", "0", item.traderId);
    for (const auto &[dim, value] : itemDims)
        entityCell("trader", dim, value, "0", item.traderId);
    entityCell("trader", "declarant", item.declarantId, "0", item.traderId);

    entityCell("declarant", "", "", month, item.declarantId);
    entityCell("declarant", "", "", "0", item.declarantId);
    for (const auto &[dim, value] : itemDims) {
        entityCell("declarant", dim, value, month, item.declarantId);
        entityCell("declarant", dim, value, "0", item.declarantId);
    }
}

} // namespace clearsight
