#include "traderprofilereport.h"

#include "analysis/flag.h"
#include "report/flagreport.h"
#include "store/connection.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <map>

namespace clearsight
{

namespace
{

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject figuresJson(const TraderFigures &f)
{
    return {{QStringLiteral("items"), f.items},
            {QStringLiteral("declarations"), f.declarations},
            {QStringLiteral("customs_value"), f.customsValue},
            {QStringLiteral("duty_paid"), f.dutyPaid},
            {QStringLiteral("inspected"), f.inspected},
            {QStringLiteral("illicit"), f.illicit},
            {QStringLiteral("revenue_recovered"), f.revenueRecovered},
            {QStringLiteral("flagged_items"), f.flaggedItems},
            {QStringLiteral("revenue_at_stake"), f.revenueAtStake}};
}

QJsonArray textCounts(const std::vector<TextCount> &counts)
{
    QJsonArray out;
    for (const TextCount &c : counts)
        out.append(
            QJsonObject{{QStringLiteral("text"), c.text}, {QStringLiteral("items"), c.items}});
    return out;
}

template <typename T> QJsonArray pair(const std::array<T, 2> &values)
{
    return {values[0], values[1]};
}

QJsonArray optionalPair(const std::array<std::optional<double>, 2> &values)
{
    return {optional(values[0]), optional(values[1])};
}

QJsonObject mixJson(const MixComparison &mix)
{
    QJsonArray rows;
    for (const MixShare &r : mix.rows) {
        rows.append(QJsonObject{{QStringLiteral("key"), r.key},
                                {QStringLiteral("items"), pair(r.items)},
                                {QStringLiteral("customs_value"), pair(r.customsValue)},
                                {QStringLiteral("share"), pair(r.share)},
                                {QStringLiteral("change"), r.change},
                                {QStringLiteral("biggest_mover"), r.biggestMover}});
    }
    return {{QStringLiteral("comparable"), mix.comparable},
            {QStringLiteral("distance"), mix.comparable ? QJsonValue(mix.distance) : QJsonValue()},
            {QStringLiteral("rows"), rows}};
}

QJsonObject flagsJson(const std::vector<FlagRecord> &flags, const QLocale &locale)
{
    QJsonArray items;
    std::map<QString, std::pair<qint64, double>> byKind;
    double revenue = 0;
    for (const FlagRecord &f : flags) {
        const QString kind = QString::fromLatin1(flagKey(f.kind));
        auto &k = byKind[kind];
        ++k.first;
        k.second += f.revenueAtStake.value_or(0.0);
        revenue += f.revenueAtStake.value_or(0.0);
        items.append(QJsonObject{{QStringLiteral("declaration_id"), f.declarationId},
                                 {QStringLiteral("item_no"), f.itemNo},
                                 {QStringLiteral("row_id"), f.rowId},
                                 {QStringLiteral("kind"), kind},
                                 {QStringLiteral("score"), f.score},
                                 {QStringLiteral("declared_value"), optional(f.declaredValue)},
                                 {QStringLiteral("expected_value"), optional(f.expectedValue)},
                                 {QStringLiteral("revenue_at_stake"), optional(f.revenueAtStake)},
                                 {QStringLiteral("peer_group"), f.peerGroup},
                                 {QStringLiteral("reason"), flagReason(f.kind, f.reason, locale)}});
    }
    QJsonObject kinds;
    for (const auto &[kind, tally] : byKind)
        kinds.insert(kind, QJsonObject{{QStringLiteral("count"), tally.first},
                                       {QStringLiteral("revenue_at_stake"), tally.second}});
    return {{QStringLiteral("count"), qint64(flags.size())},
            {QStringLiteral("revenue_at_stake"), revenue},
            {QStringLiteral("by_kind"), kinds},
            {QStringLiteral("items"), items}};
}

QJsonObject standingJson(const TraderStanding &s)
{
    QJsonObject o{{QStringLiteral("analysed"), s.analysed},
                  {QStringLiteral("stale"), s.stale},
                  {QStringLiteral("ranked"), s.ranked}};
    if (s.ranked) {
        o.insert(QStringLiteral("rank"), s.rank);
        o.insert(QStringLiteral("ranked_traders"), s.rankedTraders);
        o.insert(QStringLiteral("percentile"), s.percentile);
        o.insert(QStringLiteral("risk_score"), s.riskScore);
        o.insert(QStringLiteral("flags"), s.flags);
        o.insert(QStringLiteral("flagged_items"), s.flaggedItems);
        o.insert(QStringLiteral("revenue_at_stake"), s.revenueAtStake);
        o.insert(QStringLiteral("hit_rate"), optional(s.hitRate));
        o.insert(QStringLiteral("top_reasons"), s.topReasons);
    } else {
        o.insert(QStringLiteral("note"),
                 s.analysed ? QCoreApplication::translate("TraderProfileReport",
                                                          "The trader has no score in the last "
                                                          "analysis run.")
                            : QCoreApplication::translate("TraderProfileReport",
                                                          "The analyses have not been run on "
                                                          "this workspace: no rank yet."));
    }
    return o;
}

QString signalKey(BehaviourSignalKind kind)
{
    switch (kind) {
    case BehaviourSignalKind::ValueRise:
        return QStringLiteral("value_rise");
    case BehaviourSignalKind::ValueDrop:
        return QStringLiteral("value_drop");
    case BehaviourSignalKind::MixShift:
        return QStringLiteral("mix_shift");
    case BehaviourSignalKind::UnitValueDrop:
        return QStringLiteral("unit_value_drop");
    case BehaviourSignalKind::BelowPeers:
        return QStringLiteral("below_peers");
    case BehaviourSignalKind::HitRateAbove:
        return QStringLiteral("hit_rate_above");
    }
    return {};
}

} // namespace

Result<TraderReport> readTraderReport(const QString &path, const TraderProfileRequest &request)
{
    const Result<WorkspaceInfo> info = workspace::open(path);
    if (!info)
        return info.error();
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    Result<TraderProfile> profile = TraderProfileRepository(connection.value()).profile(request);
    if (!profile)
        return profile.error();
    TraderReport report;
    report.profile = std::move(profile.value());
    report.behaviour = compareHalves(report.profile);
    return report;
}

QJsonObject traderReportJson(const TraderReport &report, const QLocale &locale)
{
    const TraderProfile &p = report.profile;
    const TraderBehaviour &b = report.behaviour;
    const TraderIdentity &id = p.identity;
    QJsonObject root;
    root.insert(QStringLiteral("trader"),
                QJsonObject{{QStringLiteral("id"), id.traderId},
                            {QStringLiteral("name"), text(id.name)},
                            {QStringLiteral("address"), text(id.address)},
                            {QStringLiteral("first_date"), text(id.firstDate)},
                            {QStringLiteral("last_date"), text(id.lastDate)},
                            {QStringLiteral("items_all_time"), id.itemsAllTime},
                            {QStringLiteral("names"), textCounts(id.names)},
                            {QStringLiteral("addresses"), textCounts(id.addresses)},
                            {QStringLiteral("flows"), textCounts(id.flows)}});
    root.insert(QStringLiteral("period"),
                QJsonObject{{QStringLiteral("from"), p.from},
                            {QStringLiteral("to"), p.to},
                            {QStringLiteral("second_half_from"), p.secondHalf}});
    root.insert(QStringLiteral("totals"), figuresJson(p.total));
    root.insert(QStringLiteral("halves"),
                QJsonArray{figuresJson(p.halves[0]), figuresJson(p.halves[1])});
    root.insert(
        QStringLiteral("change"),
        QJsonObject{{QStringLiteral("items"), optional(b.volume.items.relative)},
                    {QStringLiteral("declarations"), optional(b.volume.declarations.relative)},
                    {QStringLiteral("customs_value"), optional(b.volume.customsValue.relative)},
                    {QStringLiteral("duty_paid"), optional(b.volume.dutyPaid.relative)}});
    QJsonArray months;
    for (const TraderMonth &m : p.months) {
        QJsonObject o = figuresJson(m.figures);
        o.insert(QStringLiteral("month"), m.month);
        months.append(o);
    }
    root.insert(QStringLiteral("months"), months);
    QJsonObject mixes;
    for (const MixComparison &mix : b.mixes)
        mixes.insert(mixDimensionKey(mix.dimension), mixJson(mix));
    root.insert(QStringLiteral("mixes"), mixes);
    QJsonArray unitValues;
    for (const UnitValueComparison &u : b.unitValues) {
        unitValues.append(QJsonObject{{QStringLiteral("flow"), u.flow},
                                      {QStringLiteral("hs6"), u.hs6},
                                      {QStringLiteral("unit"), u.unit},
                                      {QStringLiteral("items"), u.items},
                                      {QStringLiteral("values"), u.values},
                                      {QStringLiteral("customs_value"), u.customsValue},
                                      {QStringLiteral("median"), optional(u.median)},
                                      {QStringLiteral("peer_median"), optional(u.peerMedian)},
                                      {QStringLiteral("peer_sample"), u.peerSample},
                                      {QStringLiteral("ratio"), optional(u.ratio)},
                                      {QStringLiteral("half_ratio"), optionalPair(u.halfRatio)},
                                      {QStringLiteral("ratio_change"), optional(u.ratioChange)}});
    }
    root.insert(QStringLiteral("unit_values"), unitValues);
    const InspectionComparison &i = b.inspections;
    root.insert(QStringLiteral("inspections"),
                QJsonObject{{QStringLiteral("inspected"), i.inspected},
                            {QStringLiteral("illicit"), i.illicit},
                            {QStringLiteral("hit_rate"), optional(i.hitRate)},
                            {QStringLiteral("smoothed_hit_rate"), optional(i.smoothedHitRate)},
                            {QStringLiteral("population_hit_rate"), optional(i.populationHitRate)},
                            {QStringLiteral("revenue_recovered"), i.revenueRecovered},
                            {QStringLiteral("population"),
                             QJsonObject{{QStringLiteral("from"), text(p.population.from)},
                                         {QStringLiteral("to"), text(p.population.to)},
                                         {QStringLiteral("items"), p.population.items},
                                         {QStringLiteral("inspected"), p.population.inspected},
                                         {QStringLiteral("illicit"), p.population.illicit}}}});
    root.insert(QStringLiteral("flags"), flagsJson(p.flags, locale));
    root.insert(QStringLiteral("standing"), standingJson(p.standing));
    QJsonArray signalList;
    for (const BehaviourSignal &s : b.signals) {
        QJsonObject o{{QStringLiteral("kind"), signalKey(s.kind)},
                      {QStringLiteral("value"), s.value},
                      {QStringLiteral("text"), behaviourSignalText(s, locale)}};
        if (s.kind == BehaviourSignalKind::MixShift)
            o.insert(QStringLiteral("dimension"), mixDimensionKey(s.dimension));
        if (!s.key.isEmpty())
            o.insert(QStringLiteral("key"), s.key);
        signalList.append(o);
    }
    root.insert(QStringLiteral("signals"), signalList);
    root.insert(QStringLiteral("unusable_values"), p.unusableValues);
    const TraderSampling &sampling = p.sampling;
    root.insert(QStringLiteral("sampled"), sampling.sampled);
    root.insert(QStringLiteral("sample_items"),
                sampling.sampled ? QJsonValue(sampling.items) : QJsonValue());
    root.insert(QStringLiteral("sample_every"),
                sampling.sampled ? QJsonValue(sampling.every) : QJsonValue());
    root.insert(QStringLiteral("halves_exact"), sampling.halvesExact);
    root.insert(QStringLiteral("totals_exact"), sampling.totalExact);
    root.insert(QStringLiteral("mix_totals_exact"), sampling.mixTotalsExact);
    return root;
}

QString traderReportText(const TraderReport &report, const QLocale &locale)
{
    const TraderProfile &p = report.profile;
    const TraderBehaviour &b = report.behaviour;
    const auto money = [&](double v) -> QString { return locale.toString(v, 'f', 2); };
    const auto percent = [&](const std::optional<double> &v, int decimals) -> QString {
        return v ? locale.toString(100 * *v, 'f', decimals) + QStringLiteral(" %")
                 : QStringLiteral("–");
    };
    QString out;
    out += QStringLiteral("%1  %2\n").arg(p.identity.traderId, p.identity.name);
    if (!p.identity.address.isEmpty())
        out += p.identity.address + QLatin1Char('\n');
    out += QCoreApplication::translate("TraderProfileReport",
                                       "Period %1 to %2 (second half from %3); active %4 to %5\n")
               .arg(p.from, p.to, p.secondHalf, p.identity.firstDate, p.identity.lastDate);
    if (p.sampling.sampled) {
        out += QCoreApplication::translate(
                   "TraderProfileReport",
                   "Mixes by half, partners, Incoterms, spellings and unit values estimated from "
                   "a sample of %1 items (one in %2); totals, months and inspections exact.\n")
                   .arg(locale.toString(p.sampling.items), locale.toString(p.sampling.every));
        if (!p.sampling.halvesExact || !p.sampling.totalExact)
            out +=
                QCoreApplication::translate("TraderProfileReport",
                                            "Figures by half%1 estimated from the sample "
                                            "(item counts exact).\n")
                    .arg(p.sampling.totalExact ? QString()
                                               : QCoreApplication::translate(
                                                     "TraderProfileReport",
                                                     ", totals and the months cut by the period"));
    }
    const TraderStanding &s = p.standing;
    if (s.ranked)
        out +=
            QCoreApplication::translate(
                "TraderProfileReport",
                "Standing: rank %1 of %2 (riskier than %3 % of traders), risk score %4%5\n")
                .arg(locale.toString(s.rank), locale.toString(s.rankedTraders),
                     locale.toString(std::floor(s.percentile * 10) / 10, 'f', 1),
                     locale.toString(s.riskScore, 'f', 1),
                     s.stale ? QCoreApplication::translate("TraderProfileReport",
                                                           " (results older than the last import)")
                             : QString());
    else
        out += QCoreApplication::translate("TraderProfileReport", "Standing: %1\n")
                   .arg(standingJson(s).value(QStringLiteral("note")).toString());
    out += QLatin1Char('\n');
    out += QStringLiteral("%1 %2 %3 %4\n")
               .arg(QString(), -16)
               .arg(QCoreApplication::translate("TraderProfileReport", "first half"), 18)
               .arg(QCoreApplication::translate("TraderProfileReport", "second half"), 18)
               .arg(QCoreApplication::translate("TraderProfileReport", "change"), 8);
    const auto line = [&](const QString &name, const QString &a, const QString &c,
                          const std::optional<double> &change) {
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(name, -16)
                   .arg(a, 18)
                   .arg(c, 18)
                   .arg(percent(change, 0), 8);
    };
    line(QCoreApplication::translate("TraderProfileReport", "items"),
         locale.toString(p.halves[0].items), locale.toString(p.halves[1].items),
         b.volume.items.relative);
    line(QCoreApplication::translate("TraderProfileReport", "declarations"),
         locale.toString(p.halves[0].declarations), locale.toString(p.halves[1].declarations),
         b.volume.declarations.relative);
    line(QCoreApplication::translate("TraderProfileReport", "customs value"),
         money(p.halves[0].customsValue), money(p.halves[1].customsValue),
         b.volume.customsValue.relative);
    line(QCoreApplication::translate("TraderProfileReport", "duty paid"),
         money(p.halves[0].dutyPaid), money(p.halves[1].dutyPaid), b.volume.dutyPaid.relative);
    out += QLatin1Char('\n');
    out += QCoreApplication::translate(
        "TraderProfileReport",
        "Mix shift between the halves (0 % same mix, 100 % nothing in common):\n");
    for (const MixComparison &mix : b.mixes) {
        QStringList movers;
        for (const MixShare &r : mix.rows) {
            if (r.biggestMover)
                movers << QStringLiteral("%1 %2%3").arg(
                    r.key.isEmpty() ? QStringLiteral("–") : r.key,
                    r.change >= 0 ? QStringLiteral("+") : QString(),
                    locale.toString(100 * r.change, 'f', 0));
        }
        out += QStringLiteral("  %1 %2  %3\n")
                   .arg(mixDimensionTitle(mix.dimension), -12)
                   .arg(mix.comparable ? percent(mix.distance, 0) : QStringLiteral("–"), 6)
                   .arg(movers.join(QStringLiteral(", ")));
    }
    const InspectionComparison &i = b.inspections;
    out += QLatin1Char('\n');
    out += QCoreApplication::translate(
               "TraderProfileReport",
               "Inspections: %1, illicit %2, hit rate %3 (smoothed %4; all traders %5), "
               "revenue recovered %6\n")
               .arg(locale.toString(i.inspected), locale.toString(i.illicit), percent(i.hitRate, 1),
                    percent(i.smoothedHitRate, 1), percent(i.populationHitRate, 1),
                    money(i.revenueRecovered));
    if (!b.signals.empty()) {
        out += QLatin1Char('\n') +
               QCoreApplication::translate("TraderProfileReport", "What changed:\n");
        for (const BehaviourSignal &signal : b.signals)
            out += QStringLiteral("  - ") + behaviourSignalText(signal, locale) + QLatin1Char('\n');
    }
    double revenue = 0;
    for (const FlagRecord &f : p.flags)
        revenue += f.revenueAtStake.value_or(0.0);
    out += QLatin1Char('\n') +
           QCoreApplication::translate("TraderProfileReport", "Flags: %1, revenue at stake %2\n")
               .arg(locale.toString(qint64(p.flags.size())), money(revenue));
    for (size_t f = 0; f < p.flags.size() && f < 10; ++f) {
        const FlagRecord &flag = p.flags[f];
        out += QStringLiteral("  %1/%2 %3 %4: %5\n")
                   .arg(flag.declarationId)
                   .arg(flag.itemNo)
                   .arg(QString::fromLatin1(flagKey(flag.kind)))
                   .arg(locale.toString(flag.score, 'f', 0),
                        flagReason(flag.kind, flag.reason, locale));
    }
    return out;
}

} // namespace clearsight
