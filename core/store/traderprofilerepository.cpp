#include "traderprofilerepository.h"

#include "connection.h"
#include "domain/findingkind.h"
#include "traderprofilereads.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace clearsight
{

using traderprofile::MonthPart;
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

Error invalid(const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message);
}

// Every row of the trader in the period, in date order.
constexpr const char *kRows =
    "SELECT id, date, declaration_id, flow, hs_code, origin_country, partner_name, "
    "partner_country, incoterm, declarant_id, quantity, quantity_unit, cif_value, duty_paid, "
    "inspected, outcome, revenue_recovered, findings, trader_name, trader_address "
    "FROM declarations WHERE trader_id = ?1 AND date >= ?2 AND date <= ?3 ORDER BY date";
// The rows of one day in a window of row ids: a seek on the index, the rowid being its last
// column.
constexpr const char *kWindowRows =
    "SELECT id, date, declaration_id, flow, hs_code, origin_country, partner_name, "
    "partner_country, incoterm, declarant_id, quantity, quantity_unit, cif_value, duty_paid, "
    "inspected, outcome, revenue_recovered, findings, trader_name, trader_address "
    "FROM declarations WHERE trader_id = ?1 AND date = ?2 AND id >= ?3 AND id < ?4";

// From a sample's sums to the exact figures, per half. All 1 when every row was read.
struct Scale {
    bool sampled = false;
    std::array<double, 2> items{1, 1};
    std::array<double, 2> value{1, 1};
    double allItems = 1;
};

qint64 scaled(qint64 count, double factor)
{
    return qint64(std::llround(double(count) * factor));
}

struct UnitValueValues {
    std::array<std::vector<double>, 2> values;
};

// One pass over the trader's rows of the period, in date order: figures by month and half,
// mixes, spellings and unit values by HS6. Over a sample, its figures are the sample's sums,
// and finish() scales the rest to the exact figures.
class RowTally
{
public:
    RowTally(TraderProfile &profile, const traderprofile::FlaggedItems &flagged)
        : m_p(profile), m_flagged(flagged), m_months(profile.months.size()),
          m_secondHalf(profile.secondHalf.toUtf8())
    {
        const QDate from = QDate::fromString(profile.from, Qt::ISODate);
        m_firstYear = from.year();
        m_firstMonth = from.month();
    }

    // The month of `date` (an ISO date) counted from the period's first month.
    int monthOf(std::string_view date) const
    {
        return (std::atoi(date.substr(0, 4).data()) - m_firstYear) * 12 +
               std::atoi(date.substr(5, 2).data()) - m_firstMonth;
    }

    // Tallies one row of kRows dated `date`, in the period.
    void add(sqlite3_stmt *s, std::string_view date);
    void finish(const Scale &scale);

    const TraderFigures &total() const { return m_total; }
    const std::array<TraderFigures, 2> &halves() const { return m_halves; }
    const std::vector<TraderFigures> &months() const { return m_months; }

private:
    TraderProfile &m_p;
    const traderprofile::FlaggedItems &m_flagged;
    TraderFigures m_total;
    std::array<TraderFigures, 2> m_halves;
    std::vector<TraderFigures> m_months;
    QByteArray m_secondHalf;
    int m_firstYear = 0, m_firstMonth = 0;
    std::array<KeyIndex, mixDimensionCount> m_mixIndex;
    KeyIndex m_names, m_addresses, m_flows, m_unitGroups;
    std::vector<qint64> m_nameCounts, m_addressCounts, m_flowCounts;
    std::vector<UnitValueValues> m_unitValues;
    std::vector<double> m_unitGroupValue;
    std::vector<std::array<double, 2>> m_unitGroupHalfValue;
    std::unordered_set<size_t> m_declarations, m_monthDeclarations, m_halfDeclarations;
    int m_currentMonth = -1, m_currentHalf = -1;
    std::string m_partner, m_unitKey;
};

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

// Reads every row of the trader in the period.
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

// A trader over the sample threshold: exact figures from the summary tables (and the parts of
// months the period or the halves' split cut, read or shared out), the rest from a sample of
// its rows. Returns false, having changed nothing, when the summaries cannot serve the trader
// or the period holds no more than the threshold: every row is then read.
Result<bool> readSampled(const Connection &connection, const TraderProfileOptions &options,
                         TraderProfile &p, const traderprofile::FlaggedItems &flagged)
{
    sqlite3 *db = connection.handle();
    const QString &path = connection.path();
    const QString &traderId = p.identity.traderId;
    const QDate from = QDate::fromString(p.from, Qt::ISODate);
    const QDate to = QDate::fromString(p.to, Qt::ISODate);
    const QDate secondHalf = QDate::fromString(p.secondHalf, Qt::ISODate);
    const QDate firstMonth(from.year(), from.month(), 1);
    const auto yyyymm = [](const QDate &d) { return d.year() * 100 + d.month(); };
    const std::optional<traderprofile::SummaryMonths> summary = traderprofile::readSummaryMonths(
        db, traderId, yyyymm(from), yyyymm(to), p.identity.itemsAllTime);
    if (!summary)
        return false;

    struct Month {
        TraderFigures summary;
        std::vector<MonthPart> parts;
        TraderFigures sample; // over its parts in the period
    };
    std::vector<Month> months(p.months.size());
    qint64 periodItems = 0;
    for (size_t m = 0; m < months.size(); ++m) {
        const QDate start = firstMonth.addMonths(int(m));
        Month &month = months[m];
        if (const auto it = summary->months.find(yyyymm(start)); it != summary->months.end())
            month.summary = it->second;
        month.parts = traderprofile::monthParts(start, from, to, secondHalf);
        qint64 counted = 0;
        for (size_t i = 0; i + 1 < month.parts.size() && month.summary.items > 0; ++i) {
            MonthPart &part = month.parts[i];
            part.items = traderprofile::countItems(db, traderId, QString::fromStdString(part.from),
                                                   QString::fromStdString(part.toExclusive));
            if (part.items < 0)
                return traderprofile::readError(path, db, "counting the trader's items");
            counted += part.items;
        }
        month.parts.back().items = std::max<qint64>(0, month.summary.items - counted);
        for (const MonthPart &part : month.parts)
            periodItems += part.half >= 0 ? part.items : 0;
    }
    if (periodItems <= options.sampleThreshold)
        return false;

    // The sample: the rows whose id falls in a window [j * span, j * span + width), one row id
    // in `every`, found day by day with a seek per window on the (trader_id, date) index, so
    // that its cost follows the sample's size, not the trader's (walking the index for one row
    // id in `every` took longer than reading the sample at 600,000 items). A window is about as
    // wide as the gap between two of the trader's rows, so it mostly holds one declaration.
    const Result<std::vector<traderprofile::TraderDay>> days =
        traderprofile::readTraderDays(path, db, traderId, p.from, p.to);
    if (!days)
        return days.error();
    const qint64 target = std::max<qint64>(options.sampleTarget, 1);
    const qint64 every = std::max<qint64>(2, (periodItems + target - 1) / target);
    qint64 extent = 0;
    for (const traderprofile::TraderDay &day : days.value())
        extent += day.lastId - day.firstId + 1;
    const qint64 width =
        std::max<qint64>(1, qint64(std::llround(double(extent) / double(target) / double(every))));
    const qint64 span = width * every;
    Statement rows(db, kWindowRows);
    if (!rows.ok())
        return traderprofile::readError(path, db, "a sample of the trader's declarations");
    RowTally tally(p, flagged);
    sqlite3_stmt *s = rows.get();
    const auto addRow = [&] {
        const std::string_view date = columnText(s, 1);
        const int m = date.size() >= 10 ? tally.monthOf(date) : -1;
        if (m < 0 || size_t(m) >= months.size())
            return;
        Month &month = months[size_t(m)];
        auto part = month.parts.begin();
        while (part + 1 != month.parts.end() && date >= part->toExclusive)
            ++part;
        const std::string_view outcome = columnText(s, 15);
        const auto flag = flagged.find(sqlite3_column_int64(s, 0));
        for (TraderFigures *sum : {&part->sample, &month.sample})
            traderprofile::countItem(
                *sum, false, sqlite3_column_double(s, 12), sqlite3_column_double(s, 13),
                sqlite3_column_type(s, 14) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 14),
                !outcome.empty() && outcome[0] == 'I', sqlite3_column_double(s, 16),
                flag == flagged.end() ? nullptr : &flag->second);
        tally.add(s, date);
        ++p.sampling.items;
    };
    rows.bind(1, traderId);
    for (const traderprofile::TraderDay &day : days.value()) {
        for (qint64 start = day.firstId / span * span; start <= day.lastId; start += span) {
            sqlite3_reset(s);
            if (start <= day.firstId)
                rows.bind(2, day.date);
            rows.bind(3, start);
            rows.bind(4, start + width);
            while (rows.step())
                addRow();
            if (rows.failed())
                return traderprofile::readError(path, db, "a sample of the trader's declarations");
        }
    }
    p.sampling.sampled = true;
    p.sampling.every = every;
    p.sampling.windowWidth = width;
    p.sampling.windowSpan = span;

    // A month cut in parts: those but the largest are read whole, within a budget spent on the
    // smallest cuts first, and the largest is the month's summary minus them. Beyond the
    // budget, the sample shares the month out (or, when the period cuts it too, estimates
    // each part in the period from its own sampled rows).
    std::vector<size_t> cut;
    for (size_t m = 0; m < months.size(); ++m) {
        if (std::count_if(months[m].parts.begin(), months[m].parts.end(),
                          [](const MonthPart &part) { return part.items > 0; }) > 1)
            cut.push_back(m);
        else
            for (MonthPart &part : months[m].parts)
                part.figures = part.items > 0 ? months[m].summary : TraderFigures{};
    }
    const auto largestPart = [](Month &month) {
        return std::max_element(
            month.parts.begin(), month.parts.end(),
            [](const MonthPart &a, const MonthPart &b) { return a.items < b.items; });
    };
    const auto others = [&](Month &month) {
        return month.summary.items - largestPart(month)->items;
    };
    std::stable_sort(cut.begin(), cut.end(),
                     [&](size_t a, size_t b) { return others(months[a]) < others(months[b]); });
    qint64 budget = options.exactPartBudget;
    for (const size_t m : cut) {
        Month &month = months[m];
        const auto largest = largestPart(month);
        const bool exact = others(month) <= budget;
        const bool periodCut =
            std::any_of(month.parts.begin(), month.parts.end(),
                        [](const MonthPart &part) { return part.half < 0 && part.items > 0; });
        if (exact) {
            budget -= others(month);
        } else {
            p.sampling.halvesExact = false;
            p.sampling.totalExact = p.sampling.totalExact && !periodCut;
        }
        // What the parts leave of the month's summary: the largest part's figures when the
        // others are read, or shared out with every part in the period.
        TraderFigures left = month.summary;
        for (auto part = month.parts.begin(); part != month.parts.end(); ++part) {
            if (part == largest || part->items == 0 || (!exact && part->half < 0))
                continue;
            if (exact) {
                const Result<TraderFigures> figures = traderprofile::readFigures(
                    path, db, traderId, QString::fromStdString(part->from),
                    QString::fromStdString(part->toExclusive), flagged);
                if (!figures)
                    return figures.error();
                part->figures = figures.value();
            } else {
                part->figures = periodCut
                                    ? traderprofile::scaleSample(month.summary, *part)
                                    : traderprofile::apportion(month.summary, month.sample, *part);
                traderprofile::capCounts(part->figures, left);
            }
            traderprofile::addFigures(left, part->figures, -1);
        }
        if (exact || !periodCut) {
            largest->figures = left;
        } else if (largest->half >= 0) {
            largest->figures = traderprofile::scaleSample(month.summary, *largest);
            traderprofile::capCounts(largest->figures, left);
        }
    }
    TraderFigures total;
    for (size_t m = 0; m < months.size(); ++m) {
        for (const MonthPart &part : months[m].parts) {
            if (part.half < 0)
                continue;
            traderprofile::addFigures(p.months[m].figures, part.figures);
            traderprofile::addFigures(p.halves[size_t(part.half)], part.figures);
            traderprofile::addFigures(total, part.figures);
        }
    }
    // The whole-period row counts a declaration once even when its items span months.
    const bool wholeActivity = periodItems == p.identity.itemsAllTime;
    p.sampling.mixTotalsExact = wholeActivity;
    p.total = wholeActivity ? summary->whole : total;

    Scale scale;
    scale.sampled = true;
    for (size_t h = 0; h < 2; ++h) {
        const TraderFigures &sample = tally.halves()[h];
        scale.items[h] = sample.items > 0 ? double(p.halves[h].items) / double(sample.items) : 0;
        scale.value[h] = sample.customsValue != 0 ? p.halves[h].customsValue / sample.customsValue
                                                  : scale.items[h];
    }
    scale.allItems =
        tally.total().items > 0 ? double(p.total.items) / double(tally.total().items) : 0;
    tally.finish(scale);

    // Over the whole active period, the summaries hold the exact mixes by HS chapter, origin and
    // declarant, and the flows.
    if (wholeActivity) {
        for (const auto &[dimension, dim] : {std::pair{MixDimension::HsChapter, "hs_chapter"},
                                             {MixDimension::Origin, "origin"},
                                             {MixDimension::Declarant, "declarant"}}) {
            const auto values = traderprofile::readSummaryValues(db, traderId, dim);
            if (!values)
                return traderprofile::readError(path, db, "the trader's summaries");
            std::vector<MixTally> &mix = p.mixes[size_t(dimension)];
            mix = traderprofile::stratify(*values, mix, p);
        }
        const auto flows = traderprofile::readSummaryValues(db, traderId, "flow");
        if (!flows)
            return traderprofile::readError(path, db, "the trader's summaries");
        p.identity.flows.clear();
        for (const traderprofile::SummaryValue &flow : *flows) {
            if (!flow.value.isEmpty())
                p.identity.flows.push_back({flow.value, flow.items});
        }
        std::stable_sort(p.identity.flows.begin(), p.identity.flows.end(),
                         [](const TextCount &a, const TextCount &b) { return a.items > b.items; });
        if (p.identity.flows.size() > 2)
            p.identity.flows.resize(2);
    }
    sortMixes(p);
    return true;
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
    traderprofile::FlaggedItems flagged;
    for (const FlagRecord &f : p.flags) {
        double &revenue = flagged[f.rowId];
        revenue = std::max(revenue, f.revenueAtStake.value_or(0.0));
    }

    bool sampled = false;
    if (id.itemsAllTime > m_options.sampleThreshold) {
        const Result<bool> read = readSampled(m_connection, m_options, p, flagged);
        if (!read)
            return read.error();
        sampled = read.value();
    }
    if (!sampled) {
        if (const Status read = readAllRows(path, db, p, flagged); !read)
            return read.error();
    }

    if (const Status peers =
            traderprofile::readPeerUnitValues(path, db, request.traderId, p.from, p.to,
                                              p.secondHalf, m_options.peerWalkFloor, p.unitValues);
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
