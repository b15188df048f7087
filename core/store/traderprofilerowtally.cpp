#include "traderprofilerowtally.h"

#include "domain/findingkind.h"

#include <QDate>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace clearsight::traderprofile
{

namespace
{

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::vector<TextCount> topTexts(const KeyIndex &index, const std::vector<qint64> &counts,
                                size_t limit)
{
    std::vector<TextCount> out;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (!index.keys()[i].empty())
            out.push_back({fromView(index.keys()[i]), counts[i]});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TextCount &a, const TextCount &b) { return a.items > b.items; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

// Every row of the trader in the period, in date order.
constexpr const char *kRows =
    "SELECT id, date, declaration_id, flow, hs_code, origin_country, partner_name, "
    "partner_country, incoterm, declarant_id, quantity, quantity_unit, cif_value, duty_paid, "
    "inspected, outcome, revenue_recovered, findings, trader_name, trader_address "
    "FROM declarations WHERE trader_id = ?1 AND date >= ?2 AND date <= ?3 ORDER BY date";

qint64 scaled(qint64 count, double factor)
{
    return qint64(std::llround(double(count) * factor));
}

} // namespace

void RowTally::add(sqlite3_stmt *s, std::string_view date)
{
    static const int unusable = findingBit(FindingKind::UnreadableNumber) |
                                findingBit(FindingKind::NonPositiveValue) |
                                findingBit(FindingKind::NonPositiveQuantity);
    static const std::hash<std::string_view> hash;
    TraderProfile &p = m_p;
    const int month = monthOf(date);
    const int half =
        date < std::string_view(m_secondHalf.constData(), size_t(m_secondHalf.size())) ? 0 : 1;
    if (month != m_currentMonth) {
        m_monthDeclarations.clear();
        m_currentMonth = month;
    }
    if (half != m_currentHalf) {
        m_halfDeclarations.clear();
        m_currentHalf = half;
    }
    const size_t reference = hash(columnText(s, 2));
    const bool findingsUnusable = (sqlite3_column_int(s, 17) & unusable) != 0;
    p.unusableValues += findingsUnusable ? 1 : 0;
    const double value = sqlite3_column_double(s, 12);
    const double duty = sqlite3_column_double(s, 13);
    const int inspected =
        sqlite3_column_type(s, 14) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 14);
    const std::string_view outcome = columnText(s, 15);
    const bool illicit = !outcome.empty() && outcome[0] == 'I';
    const double recovered = sqlite3_column_double(s, 16);
    const auto flag = m_flagged.find(sqlite3_column_int64(s, 0));
    const double *flagRevenue = flag == m_flagged.end() ? nullptr : &flag->second;
    traderprofile::countItem(m_total, m_declarations.insert(reference).second, value, duty,
                             inspected, illicit, recovered, flagRevenue);
    if (month >= 0 && size_t(month) < m_months.size())
        traderprofile::countItem(m_months[size_t(month)],
                                 m_monthDeclarations.insert(reference).second, value, duty,
                                 inspected, illicit, recovered, flagRevenue);
    traderprofile::countItem(m_halves[size_t(half)], m_halfDeclarations.insert(reference).second,
                             value, duty, inspected, illicit, recovered, flagRevenue);

    const std::string_view hs = columnText(s, 4);
    m_partner.assign(columnText(s, 6));
    if (const std::string_view country = columnText(s, 7); !country.empty())
        m_partner.append(" (").append(country).append(")");
    const std::array<std::string_view, mixDimensionCount> keys{
        hs.substr(0, 2), columnText(s, 5), m_partner, columnText(s, 8), columnText(s, 9)};
    for (int d = 0; d < mixDimensionCount; ++d) {
        std::vector<MixTally> &mix = p.mixes[size_t(d)];
        const size_t at = m_mixIndex[size_t(d)].index(keys[size_t(d)]);
        if (at == mix.size())
            mix.push_back({fromView(keys[size_t(d)]), {}, {}});
        ++mix[at].items[size_t(half)];
        mix[at].customsValue[size_t(half)] += value;
    }
    const auto tally = [](KeyIndex &index, std::vector<qint64> &counts, std::string_view key) {
        const size_t at = index.index(key);
        if (at == counts.size())
            counts.push_back(0);
        ++counts[at];
    };
    tally(m_names, m_nameCounts, columnText(s, 18));
    tally(m_addresses, m_addressCounts, columnText(s, 19));
    tally(m_flows, m_flowCounts, columnText(s, 3));

    const double quantity = sqlite3_column_double(s, 10);
    if (hs.size() >= 6 && !findingsUnusable) {
        m_unitKey.assign(columnText(s, 3)).append("|").append(hs.substr(0, 6)).append("|");
        m_unitKey.append(columnText(s, 11));
        const size_t at = m_unitGroups.index(m_unitKey);
        if (at == m_unitValues.size()) {
            m_unitValues.emplace_back();
            m_unitGroupValue.push_back(0);
            m_unitGroupHalfValue.push_back({});
        }
        m_unitGroupValue[at] += value;
        m_unitGroupHalfValue[at][size_t(half)] += value;
        if (quantity > 0 && value > 0)
            m_unitValues[at].values[size_t(half)].push_back(value / quantity);
    }
}

void RowTally::finish(const Scale &scale)
{
    TraderProfile &p = m_p;
    TraderIdentity &id = p.identity;
    id.names = topTexts(m_names, m_nameCounts, TraderProfileRepository::maxSpellings);
    id.addresses = topTexts(m_addresses, m_addressCounts, TraderProfileRepository::maxSpellings);
    id.flows = topTexts(m_flows, m_flowCounts, 2);
    if (scale.sampled) {
        for (std::vector<TextCount> *texts : {&id.names, &id.addresses, &id.flows}) {
            for (TextCount &text : *texts)
                text.items = scaled(text.items, scale.allItems);
        }
        for (std::vector<MixTally> &mix : p.mixes) {
            for (MixTally &tally : mix) {
                for (size_t h = 0; h < 2; ++h) {
                    tally.items[h] = scaled(tally.items[h], scale.items[h]);
                    tally.customsValue[h] *= scale.value[h];
                }
            }
        }
        p.unusableValues = scaled(p.unusableValues, scale.allItems);
        for (size_t at = 0; at < m_unitGroupValue.size(); ++at)
            m_unitGroupValue[at] = m_unitGroupHalfValue[at][0] * scale.value[0] +
                                   m_unitGroupHalfValue[at][1] * scale.value[1];
    }

    // Unit values of the largest groups, against peers.
    std::vector<size_t> order(m_unitValues.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return m_unitGroupValue[a] > m_unitGroupValue[b]; });
    if (order.size() > size_t(TraderProfileRepository::maxUnitValueGroups))
        order.resize(size_t(TraderProfileRepository::maxUnitValueGroups));
    for (size_t at : order) {
        const QStringList parts = fromView(m_unitGroups.keys()[at]).split(QLatin1Char('|'));
        UnitValueTally group;
        group.flow = parts.value(0);
        group.hs6 = parts.value(1);
        group.unit = parts.value(2);
        group.customsValue = m_unitGroupValue[at];
        std::vector<double> all;
        for (size_t half = 0; half < 2; ++half) {
            std::vector<double> &values = m_unitValues[at].values[half];
            group.values[half] = qint64(values.size());
            group.items[half] = scale.sampled ? scaled(qint64(values.size()), scale.items[half])
                                              : qint64(values.size());
            all.insert(all.end(), values.begin(), values.end());
            group.halfMedian[half] = traderprofile::median(values);
        }
        group.median = traderprofile::median(all);
        p.unitValues.push_back(std::move(group));
    }
}

void sortMixes(TraderProfile &p)
{
    for (std::vector<MixTally> &mix : p.mixes) {
        std::stable_sort(mix.begin(), mix.end(), [](const MixTally &a, const MixTally &b) {
            return a.customsValue[0] + a.customsValue[1] > b.customsValue[0] + b.customsValue[1];
        });
    }
}

Status readAllRows(const QString &path, sqlite3 *db, TraderProfile &p,
                   const traderprofile::FlaggedItems &flagged)
{
    Statement rows(db, kRows);
    if (!rows.ok())
        return traderprofile::readError(path, db, "the trader's declarations");
    rows.bind(1, p.identity.traderId);
    rows.bind(2, p.from);
    rows.bind(3, p.to);
    RowTally tally(p, flagged);
    while (rows.step()) {
        const std::string_view date = columnText(rows.get(), 1);
        if (date.size() >= 10)
            tally.add(rows.get(), date);
    }
    if (rows.failed())
        return traderprofile::readError(path, db, "the trader's declarations");
    p.total = tally.total();
    p.halves = tally.halves();
    for (size_t m = 0; m < p.months.size(); ++m)
        p.months[m].figures = tally.months()[m];
    tally.finish({});
    sortMixes(p);
    return Done{};
}

} // namespace clearsight::traderprofile
