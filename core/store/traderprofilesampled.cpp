#include "connection.h"
#include "traderprofilereads.h"
#include "traderprofilerowtally.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace clearsight::traderprofile
{

namespace
{

// The rows of one day in a window of row ids: a seek on the index, the rowid being its last
// column. The columns are kRows' (traderprofilerowtally.cpp), which RowTally::add reads.
constexpr const char *kWindowRows =
    "SELECT id, date, declaration_id, flow, hs_code, origin_country, partner_name, "
    "partner_country, incoterm, declarant_id, quantity, quantity_unit, cif_value, duty_paid, "
    "inspected, outcome, revenue_recovered, findings, trader_name, trader_address "
    "FROM declarations WHERE trader_id = ?1 AND date = ?2 AND id >= ?3 AND id < ?4";

} // namespace

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

} // namespace clearsight::traderprofile
