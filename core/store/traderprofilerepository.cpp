#include "traderprofilerepository.h"

#include "connection.h"
#include "domain/findingkind.h"
#include "traderprofilereads.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace clearsight
{

using traderprofile::Statement;

QString mixDimensionKey(MixDimension dimension)
{
    switch (dimension) {
    case MixDimension::HsChapter:
        return QStringLiteral("hs_chapter");
    case MixDimension::Origin:
        return QStringLiteral("origin");
    case MixDimension::Partner:
        return QStringLiteral("partner");
    case MixDimension::Incoterm:
        return QStringLiteral("incoterm");
    case MixDimension::Declarant:
        return QStringLiteral("declarant");
    case MixDimension::Count:
        break;
    }
    return {};
}

std::optional<double> PopulationFigures::hitRate() const
{
    return inspected > 0 ? std::optional<double>(double(illicit) / double(inspected))
                         : std::nullopt;
}

namespace
{

// Text values -> dense indexes, in order of first appearance. The trader's consecutive rows
// often repeat a value (the items of one declaration), so the last one is checked first.
class KeyIndex
{
public:
    size_t index(std::string_view key)
    {
        if (m_last != npos && key == m_keys[m_last])
            return m_last;
        auto it = m_index.find(std::string(key));
        if (it == m_index.end()) {
            it = m_index.emplace(std::string(key), m_keys.size()).first;
            m_keys.emplace_back(key);
        }
        return m_last = it->second;
    }
    const std::vector<std::string> &keys() const { return m_keys; }
    static constexpr size_t npos = size_t(-1);

private:
    std::unordered_map<std::string, size_t> m_index;
    std::vector<std::string> m_keys;
    size_t m_last = npos;
};

std::string_view columnText(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(s, column)))
                : std::string_view();
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Counts a row in the figures; `declaration` is true for the first item of a declaration
// reference within them.
void count(TraderFigures &f, bool declaration, double value, double duty, int inspected,
           bool illicit, double recovered, const double *flagRevenue)
{
    ++f.items;
    f.declarations += declaration ? 1 : 0;
    f.customsValue += value;
    f.dutyPaid += duty;
    if (inspected == 1) {
        ++f.inspected;
        f.illicit += illicit ? 1 : 0;
    }
    f.revenueRecovered += recovered;
    if (flagRevenue) {
        ++f.flaggedItems;
        f.revenueAtStake += *flagRevenue;
    }
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

struct UnitValueValues {
    std::array<std::vector<double>, 2> values;
};

Error invalid(const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message);
}

} // namespace

Result<TraderProfile> TraderProfileRepository::profile(const TraderProfileRequest &request) const
{
    sqlite3 *db = m_connection.handle();
    const QString &path = m_connection.path();
    TraderProfile p;
    TraderIdentity &id = p.identity;
    {
        Statement s(db, "SELECT COALESCE(trader_name, ''), COALESCE(trader_address, ''), items, "
                        "COALESCE(first_date, ''), COALESCE(last_date, '') FROM traders "
                        "WHERE trader_id = ?1");
        if (!s.ok())
            return traderprofile::readError(path, db, "the trader");
        s.bind(1, request.traderId);
        if (!s.step()) {
            if (s.failed())
                return traderprofile::readError(path, db, "the trader");
            return invalid(QCoreApplication::translate("Store",
                                                       "%1: unknown trader '%2': no "
                                                       "declaration carries this trader ID.")
                               .arg(path, request.traderId));
        }
        id.traderId = request.traderId;
        id.name = s.text(0);
        id.address = s.text(1);
        id.itemsAllTime = s.integer(2);
        id.firstDate = s.text(3);
        id.lastDate = s.text(4);
    }
    p.from = request.from.isEmpty() ? id.firstDate : request.from;
    p.to = request.to.isEmpty() ? id.lastDate : request.to;
    const QDate from = QDate::fromString(p.from, Qt::ISODate);
    const QDate to = QDate::fromString(p.to, Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        return invalid(QCoreApplication::translate("Store", "The period %1 to %2 is not a valid "
                                                            "period: give ISO dates (YYYY-MM-DD), "
                                                            "the first not after the second.")
                           .arg(p.from, p.to));
    p.secondHalf = from.addDays((from.daysTo(to) + 1) / 2).toString(Qt::ISODate);
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        p.months.push_back({month.toString(QStringLiteral("yyyy-MM")), {}});

    FlagQuery flagQuery;
    flagQuery.traderId = request.traderId;
    flagQuery.dateFrom = p.from;
    flagQuery.dateTo = p.to;
    auto flags = FlagRepository(m_connection).flags(flagQuery);
    if (!flags)
        return flags.error();
    p.flags = std::move(flags.value());
    // Per flagged item, its largest revenue at stake.
    std::unordered_map<qint64, double> flagged;
    for (const FlagRecord &f : p.flags) {
        double &revenue = flagged[f.rowId];
        revenue = std::max(revenue, f.revenueAtStake.value_or(0.0));
    }

    Statement rows(db, "SELECT id, date, declaration_id, flow, hs_code, origin_country, "
                       "partner_name, partner_country, incoterm, declarant_id, quantity, "
                       "quantity_unit, cif_value, duty_paid, inspected, outcome, "
                       "revenue_recovered, findings, trader_name, trader_address "
                       "FROM declarations WHERE trader_id = ?1 AND date >= ?2 AND date <= ?3 "
                       "ORDER BY date");
    if (!rows.ok())
        return traderprofile::readError(path, db, "the trader's declarations");
    rows.bind(1, request.traderId);
    rows.bind(2, p.from);
    rows.bind(3, p.to);

    const int unusable = findingBit(FindingKind::UnreadableNumber) |
                         findingBit(FindingKind::NonPositiveValue) |
                         findingBit(FindingKind::NonPositiveQuantity);
    const int firstYear = from.year(), firstMonth = from.month();
    const QByteArray secondHalf = p.secondHalf.toUtf8();
    std::array<KeyIndex, mixDimensionCount> mixIndex;
    KeyIndex names, addresses, flows, unitGroups;
    std::vector<qint64> nameCounts, addressCounts, flowCounts;
    std::vector<UnitValueValues> unitValues;
    std::vector<double> unitGroupValue;
    std::unordered_set<size_t> declarations, monthDeclarations, halfDeclarations;
    const std::hash<std::string_view> hash;
    int currentMonth = -1, currentHalf = -1;
    std::string partner, unitKey;
    sqlite3_stmt *s = rows.get();
    while (rows.step()) {
        const std::string_view date = columnText(s, 1);
        if (date.size() < 10)
            continue;
        const int month = (std::atoi(date.substr(0, 4).data()) - firstYear) * 12 +
                          std::atoi(date.substr(5, 2).data()) - firstMonth;
        const int half =
            date < std::string_view(secondHalf.constData(), size_t(secondHalf.size())) ? 0 : 1;
        if (month != currentMonth) {
            monthDeclarations.clear();
            currentMonth = month;
        }
        if (half != currentHalf) {
            halfDeclarations.clear();
            currentHalf = half;
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
        const auto flag = flagged.find(sqlite3_column_int64(s, 0));
        const double *flagRevenue = flag == flagged.end() ? nullptr : &flag->second;
        count(p.total, declarations.insert(reference).second, value, duty, inspected, illicit,
              recovered, flagRevenue);
        if (month >= 0 && size_t(month) < p.months.size())
            count(p.months[size_t(month)].figures, monthDeclarations.insert(reference).second,
                  value, duty, inspected, illicit, recovered, flagRevenue);
        count(p.halves[size_t(half)], halfDeclarations.insert(reference).second, value, duty,
              inspected, illicit, recovered, flagRevenue);

        const std::string_view hs = columnText(s, 4);
        partner.assign(columnText(s, 6));
        if (const std::string_view country = columnText(s, 7); !country.empty())
            partner.append(" (").append(country).append(")");
        const std::array<std::string_view, mixDimensionCount> keys{
            hs.substr(0, 2), columnText(s, 5), partner, columnText(s, 8), columnText(s, 9)};
        for (int d = 0; d < mixDimensionCount; ++d) {
            std::vector<MixTally> &mix = p.mixes[size_t(d)];
            const size_t at = mixIndex[size_t(d)].index(keys[size_t(d)]);
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
        tally(names, nameCounts, columnText(s, 18));
        tally(addresses, addressCounts, columnText(s, 19));
        tally(flows, flowCounts, columnText(s, 3));

        const double quantity = sqlite3_column_double(s, 10);
        if (hs.size() >= 6 && !findingsUnusable) {
            unitKey.assign(columnText(s, 3)).append("|").append(hs.substr(0, 6)).append("|");
            unitKey.append(columnText(s, 11));
            const size_t at = unitGroups.index(unitKey);
            if (at == unitValues.size()) {
                unitValues.emplace_back();
                unitGroupValue.push_back(0);
            }
            unitGroupValue[at] += value;
            if (quantity > 0 && value > 0)
                unitValues[at].values[size_t(half)].push_back(value / quantity);
        }
    }
    if (rows.failed())
        return traderprofile::readError(path, db, "the trader's declarations");

    id.names = topTexts(names, nameCounts, maxSpellings);
    id.addresses = topTexts(addresses, addressCounts, maxSpellings);
    id.flows = topTexts(flows, flowCounts, 2);
    for (std::vector<MixTally> &mix : p.mixes) {
        std::stable_sort(mix.begin(), mix.end(), [](const MixTally &a, const MixTally &b) {
            return a.customsValue[0] + a.customsValue[1] > b.customsValue[0] + b.customsValue[1];
        });
    }

    // Unit values of the largest groups, against peers.
    std::vector<size_t> order(unitValues.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return unitGroupValue[a] > unitGroupValue[b]; });
    if (order.size() > size_t(maxUnitValueGroups))
        order.resize(size_t(maxUnitValueGroups));
    for (size_t at : order) {
        const QStringList parts = fromView(unitGroups.keys()[at]).split(QLatin1Char('|'));
        UnitValueTally group;
        group.flow = parts.value(0);
        group.hs6 = parts.value(1);
        group.unit = parts.value(2);
        group.customsValue = unitGroupValue[at];
        std::vector<double> all;
        for (size_t half = 0; half < 2; ++half) {
            std::vector<double> &values = unitValues[at].values[half];
            group.items[half] = qint64(values.size());
            all.insert(all.end(), values.begin(), values.end());
            group.halfMedian[half] = traderprofile::median(values);
        }
        group.median = traderprofile::median(all);
        p.unitValues.push_back(std::move(group));
    }
    if (const Status peers = traderprofile::readPeerUnitValues(path, db, request.traderId, p.from,
                                                               p.to, p.secondHalf, p.unitValues);
        !peers)
        return peers.error();

    Result<TraderStanding> standing = traderprofile::readStanding(m_connection, request.traderId);
    if (!standing)
        return standing.error();
    p.standing = std::move(standing.value());
    p.population = traderprofile::readPopulation(m_connection, p.from, p.to, p.total.items);
    return p;
}

Result<std::vector<TraderProfileRepository::TraderMatch>>
TraderProfileRepository::findTraders(const QString &prefix, int limit) const
{
    QString pattern = prefix.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern += QLatin1Char('%');
    Statement s(m_connection.handle(),
                "SELECT trader_id, COALESCE(trader_name, ''), items FROM traders "
                "WHERE trader_id LIKE ?1 ESCAPE '\\' OR trader_name LIKE ?1 ESCAPE '\\' "
                "ORDER BY trader_id LIKE ?1 ESCAPE '\\' DESC, items DESC, trader_id LIMIT ?2");
    if (!s.ok())
        return traderprofile::readError(m_connection.path(), m_connection.handle(), "traders");
    s.bind(1, pattern);
    s.bind(2, qint64(limit));
    std::vector<TraderMatch> out;
    while (s.step())
        out.push_back({s.text(0), s.text(1), s.integer(2)});
    if (s.failed())
        return traderprofile::readError(m_connection.path(), m_connection.handle(), "traders");
    return out;
}

} // namespace clearsight
