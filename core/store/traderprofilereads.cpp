#include "traderprofilereads.h"

#include "connection.h"
#include "domain/findingkind.h"
#include "store/flagrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <unordered_set>

namespace clearsight::traderprofile
{

Statement::Statement(sqlite3 *db, const char *sql)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::bind(int index, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    sqlite3_bind_text(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

bool Statement::step()
{
    m_rc = sqlite3_step(m_statement);
    return m_rc == SQLITE_ROW;
}

QString Statement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

Error readError(const QString &path, sqlite3 *db, const char *what)
{
    return makeError(
        Error::Code::Database,
        QCoreApplication::translate("Store", "%1: reading the trader profile (%2): %3")
            .arg(path, QLatin1StringView(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

std::optional<double> median(std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + qsizetype(mid));
    return (lower + upper) / 2;
}

void countItem(TraderFigures &f, bool declaration, double value, double duty, int inspected,
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

void addFigures(TraderFigures &to, const TraderFigures &from, int sign)
{
    to.items += sign * from.items;
    to.declarations += sign * from.declarations;
    to.customsValue += sign * from.customsValue;
    to.dutyPaid += sign * from.dutyPaid;
    to.inspected += sign * from.inspected;
    to.illicit += sign * from.illicit;
    to.revenueRecovered += sign * from.revenueRecovered;
    to.flaggedItems += sign * from.flaggedItems;
    to.revenueAtStake += sign * from.revenueAtStake;
}

std::optional<SummaryMonths> readSummaryMonths(sqlite3 *db, const QString &traderId, int fromMonth,
                                               int toMonth, qint64 itemsAllTime)
{
    // A pending rebuild (or a workspace from before the summaries) leaves them short.
    Statement pending(db, "SELECT 1 FROM settings WHERE key = 'summaries_need_rebuild'");
    if (!pending.ok() || pending.step() || pending.failed())
        return std::nullopt;
    // Without INDEXED BY the planner walks the primary key (kind, dim, value...) through every
    // trader's rows: 90 ms instead of 1 at 10 million rows.
    Statement s(db, "SELECT month, items, declarations, customs_value, duty_paid, inspected, "
                    "illicit, revenue_recovered, flagged, revenue_at_stake FROM summary_entity "
                    "INDEXED BY summary_entity_by_entity WHERE kind = 'trader' AND entity = ?1 "
                    "AND dim = '' AND value = '' AND (month = 0 OR month BETWEEN ?2 AND ?3)");
    if (!s.ok())
        return std::nullopt;
    s.bind(1, traderId);
    s.bind(2, qint64(fromMonth));
    s.bind(3, qint64(toMonth));
    SummaryMonths out;
    bool whole = false;
    while (s.step()) {
        TraderFigures f;
        f.items = s.integer(1);
        f.declarations = s.integer(2);
        f.customsValue = s.real(3);
        f.dutyPaid = s.real(4);
        f.inspected = s.integer(5);
        f.illicit = s.integer(6);
        f.revenueRecovered = s.real(7);
        f.flaggedItems = s.integer(8);
        f.revenueAtStake = s.real(9);
        if (s.integer(0) == 0) {
            out.whole = f;
            whole = true;
        } else {
            out.months[int(s.integer(0))] = f;
        }
    }
    if (s.failed() || !whole || out.whole.items != itemsAllTime)
        return std::nullopt;
    return out;
}

std::optional<std::vector<SummaryValue>> readSummaryValues(sqlite3 *db, const QString &traderId,
                                                           const char *dim)
{
    Statement s(db, "SELECT value, items, customs_value FROM summary_entity INDEXED BY "
                    "summary_entity_by_entity WHERE kind = 'trader' AND entity = ?1 AND dim = ?2 "
                    "AND month = 0");
    if (!s.ok())
        return std::nullopt;
    s.bind(1, traderId);
    s.bind(2, QString::fromLatin1(dim));
    std::vector<SummaryValue> out;
    while (s.step())
        out.push_back({s.text(0), s.integer(1), s.real(2)});
    if (s.failed())
        return std::nullopt;
    return out;
}

Result<std::vector<TraderDay>> readTraderDays(const QString &path, sqlite3 *db,
                                              const QString &traderId, const QString &from,
                                              const QString &to)
{
    Statement first(db, "SELECT date, id FROM declarations WHERE trader_id = ?1 AND date >= ?2 "
                        "AND date <= ?3 ORDER BY date, id LIMIT 1");
    Statement last(db, "SELECT id FROM declarations WHERE trader_id = ?1 AND date = ?2 "
                       "ORDER BY id DESC LIMIT 1");
    if (!first.ok() || !last.ok())
        return readError(path, db, "the trader's days");
    first.bind(1, traderId);
    first.bind(3, to);
    last.bind(1, traderId);
    std::vector<TraderDay> days;
    QString next = from;
    for (;;) {
        sqlite3_reset(first.get());
        first.bind(2, next);
        if (!first.step())
            break;
        TraderDay day{first.text(0), first.integer(1), first.integer(1)};
        sqlite3_reset(last.get());
        last.bind(2, day.date);
        if (last.step())
            day.lastId = last.integer(0);
        else if (last.failed())
            return readError(path, db, "the trader's days");
        // The smallest text after the day's: its date followed by U+0001.
        next = day.date + QChar(1);
        days.push_back(std::move(day));
    }
    if (first.failed())
        return readError(path, db, "the trader's days");
    return days;
}

qint64 countItems(sqlite3 *db, const QString &traderId, const QString &from,
                  const QString &toExclusive)
{
    Statement s(db, "SELECT COUNT(*) FROM declarations WHERE trader_id = ?1 AND date >= ?2 AND "
                    "date < ?3");
    if (!s.ok())
        return -1;
    s.bind(1, traderId);
    s.bind(2, from);
    s.bind(3, toExclusive);
    return s.step() ? s.integer(0) : -1;
}

Result<TraderFigures> readFigures(const QString &path, sqlite3 *db, const QString &traderId,
                                  const QString &from, const QString &toExclusive,
                                  const FlaggedItems &flagged)
{
    Statement s(db, "SELECT id, declaration_id, cif_value, duty_paid, inspected, outcome, "
                    "revenue_recovered FROM declarations WHERE trader_id = ?1 AND date >= ?2 AND "
                    "date < ?3");
    if (!s.ok())
        return readError(path, db, "part of a month");
    s.bind(1, traderId);
    s.bind(2, from);
    s.bind(3, toExclusive);
    TraderFigures f;
    std::unordered_set<std::string> declarations;
    while (s.step()) {
        const auto *reference = reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 1));
        const bool first =
            declarations
                .emplace(reference ? reference : "", size_t(sqlite3_column_bytes(s.get(), 1)))
                .second;
        const int inspected = s.isNull(4) ? -1 : int(s.integer(4));
        const QString outcome = s.text(5);
        const auto flag = flagged.find(s.integer(0));
        countItem(f, first, s.real(2), s.real(3), inspected, outcome.startsWith(QLatin1Char('I')),
                  s.real(6), flag == flagged.end() ? nullptr : &flag->second);
    }
    if (s.failed())
        return readError(path, db, "part of a month");
    return f;
}

std::vector<MonthPart> monthParts(const QDate &month, const QDate &from, const QDate &to,
                                  const QDate &secondHalf)
{
    const QDate next = month.addMonths(1);
    std::vector<QDate> cuts{month};
    for (const QDate &cut : {from, secondHalf, to.addDays(1)}) {
        if (cut > month && cut < next && cut != cuts.back())
            cuts.push_back(cut);
    }
    cuts.push_back(next);
    std::vector<MonthPart> parts;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        MonthPart part;
        part.from = cuts[i].toString(Qt::ISODate).toStdString();
        part.toExclusive = cuts[i + 1].toString(Qt::ISODate).toStdString();
        part.half = cuts[i] < from || cuts[i] > to ? -1 : cuts[i] < secondHalf ? 0 : 1;
        parts.push_back(std::move(part));
    }
    return parts;
}

TraderFigures apportion(const TraderFigures &month, const TraderFigures &monthSample,
                        const MonthPart &part)
{
    const double itemShare = month.items > 0 ? double(part.items) / double(month.items) : 0;
    const auto share = [&](double whole, double partSum, double monthSum) {
        return monthSum != 0 ? whole * partSum / monthSum : whole * itemShare;
    };
    const auto count = [&](qint64 whole, qint64 partSum, qint64 monthSum) {
        return std::min(
            whole, qint64(std::llround(share(double(whole), double(partSum), double(monthSum)))));
    };
    const TraderFigures &s = part.sample;
    TraderFigures f;
    f.items = part.items;
    f.declarations =
        std::min(month.declarations, qint64(std::llround(double(month.declarations) * itemShare)));
    f.customsValue = share(month.customsValue, s.customsValue, monthSample.customsValue);
    f.dutyPaid = share(month.dutyPaid, s.dutyPaid, monthSample.dutyPaid);
    f.inspected = count(month.inspected, s.inspected, monthSample.inspected);
    f.illicit = std::min(f.inspected, count(month.illicit, s.illicit, monthSample.illicit));
    f.revenueRecovered =
        share(month.revenueRecovered, s.revenueRecovered, monthSample.revenueRecovered);
    f.flaggedItems = count(month.flaggedItems, s.flaggedItems, monthSample.flaggedItems);
    f.revenueAtStake = share(month.revenueAtStake, s.revenueAtStake, monthSample.revenueAtStake);
    return f;
}

void capCounts(TraderFigures &f, const TraderFigures &left)
{
    f.declarations = std::clamp<qint64>(f.declarations, 0, left.declarations);
    f.inspected = std::clamp<qint64>(f.inspected, 0, left.inspected);
    f.illicit = std::clamp<qint64>(f.illicit, 0, std::min(left.illicit, f.inspected));
    f.flaggedItems = std::clamp<qint64>(f.flaggedItems, 0, left.flaggedItems);
}

TraderFigures scaleSample(const TraderFigures &month, const MonthPart &part)
{
    if (part.sample.items == 0)
        return apportion(month, {}, part);
    const double factor = double(part.items) / double(part.sample.items);
    const auto count = [&](qint64 whole, qint64 sampled) {
        return std::min(whole, qint64(std::llround(double(sampled) * factor)));
    };
    const TraderFigures &s = part.sample;
    TraderFigures f;
    f.items = part.items;
    f.declarations = month.items > 0
                         ? std::min(month.declarations,
                                    qint64(std::llround(double(month.declarations) *
                                                        double(part.items) / double(month.items))))
                         : 0;
    f.customsValue = s.customsValue * factor;
    f.dutyPaid = s.dutyPaid * factor;
    f.inspected = count(month.inspected, s.inspected);
    f.illicit = std::min(f.inspected, count(month.illicit, s.illicit));
    f.revenueRecovered = s.revenueRecovered * factor;
    f.flaggedItems = count(month.flaggedItems, s.flaggedItems);
    f.revenueAtStake = s.revenueAtStake * factor;
    return f;
}

std::vector<MixTally> stratify(const std::vector<SummaryValue> &exact,
                               const std::vector<MixTally> &sampled, const TraderProfile &p)
{
    std::unordered_map<QString, const MixTally *> bySample;
    for (const MixTally &tally : sampled)
        bySample[tally.key] = &tally;
    const auto ratio = [](double first, double second) {
        return first + second > 0 ? first / (first + second) : 0.5;
    };
    std::vector<MixTally> out;
    for (const SummaryValue &value : exact) {
        double itemsFirst = ratio(double(p.halves[0].items), double(p.halves[1].items));
        double valueFirst = ratio(p.halves[0].customsValue, p.halves[1].customsValue);
        if (const auto it = bySample.find(value.value); it != bySample.end()) {
            const MixTally &s = *it->second;
            itemsFirst = ratio(double(s.items[0]), double(s.items[1]));
            valueFirst = s.customsValue[0] + s.customsValue[1] != 0
                             ? ratio(s.customsValue[0], s.customsValue[1])
                             : itemsFirst;
        }
        MixTally tally;
        tally.key = value.value;
        tally.items[0] = qint64(std::llround(double(value.items) * itemsFirst));
        tally.items[1] = value.items - tally.items[0];
        tally.customsValue[0] = value.customsValue * valueFirst;
        tally.customsValue[1] = value.customsValue - tally.customsValue[0];
        out.push_back(std::move(tally));
    }
    return out;
}

namespace
{

// Days covered by the whole workspace, to size the peer sample when only part of it is
// profiled. 0 when unknown.
qint64 workspaceDays(sqlite3 *db)
{
    // The daily summary's key range (365 rows a year), else every trader's period (a scan of
    // the traders table: 10 ms for 50,000 traders).
    Statement days(db, "SELECT MIN(day), MAX(day) FROM summary_daily WHERE dim = '' AND "
                       "value = ''");
    if (days.ok() && days.step() && !days.isNull(0)) {
        const auto date = [](qint64 day) {
            return QDate(int(day / 10000), int(day / 100 % 100), int(day % 100));
        };
        const QDate first = date(days.integer(0)), last = date(days.integer(1));
        if (first.isValid() && last.isValid())
            return first.daysTo(last) + 1;
    }
    Statement s(db, "SELECT MIN(first_date), MAX(last_date) FROM traders");
    if (!s.ok() || !s.step())
        return 0;
    const QDate first = QDate::fromString(s.text(0), Qt::ISODate);
    const QDate last = QDate::fromString(s.text(1), Qt::ISODate);
    return first.isValid() && last.isValid() ? first.daysTo(last) + 1 : 0;
}

// The upper end of the HS codes starting with `hs6`: "620342" -> "620343" ('9' + 1 is ':',
// which still sorts after every digit).
QString hsUpperBound(const QString &hs6)
{
    QString upper = hs6;
    upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
    return upper;
}

} // namespace

namespace
{

// Peers of the trader's HS6 groups. The sample of an HS6 is the rows whose row id hashes under
// a cut that the HS6's size sets (modulus prime, multiplier odd). One walk of the HS6's index
// entries counts them and keeps the row ids under a generous cut, that of an HS6 of
// `walkFloor` entries (or of half the trader's own items in it); the sampled rows, under the
// real cut, are then read by row id in file order. An HS6 smaller than that is walked a second
// time with its own cut. Walking once instead of twice (COUNT, then the sample) saves about a
// third on an HS6 of 500,000 items, and the rows are the same.
class PeerSampler
{
public:
    static constexpr qint64 kModulus = 1048573;

    PeerSampler(sqlite3 *db, const QString &traderId, const QString &from, const QString &to,
                const QString &secondHalf, double periodShare, qint64 walkFloor)
        : m_walk(db, "SELECT COUNT(*), group_concat(id) FILTER (WHERE (id * 2654435761) % "
                     "1048573 < ?3) FROM declarations WHERE hs_code >= ?1 AND hs_code < ?2"),
          m_small(db, "SELECT id FROM declarations WHERE hs_code >= ?1 AND hs_code < ?2 AND "
                      "(id * 2654435761) % 1048573 < ?3"),
          m_row(db, "SELECT date, flow, quantity_unit, quantity, cif_value, findings, trader_id "
                    "FROM declarations WHERE id = ?1"),
          m_trader(traderId.toUtf8()), m_from(from), m_to(to), m_secondHalf(secondHalf),
          m_periodShare(periodShare), m_walkFloor(walkFloor)
    {
    }

    bool ok() const { return m_walk.ok() && m_small.ok() && m_row.ok(); }

    // Fills the peer figures of groups[members] (one HS6). False on a read error.
    bool sample(const QString &hs6, const std::vector<size_t> &members,
                std::vector<UnitValueTally> &groups);

private:
    qint64 cutFor(qint64 peers) const
    {
        const double expected = double(peers) * m_periodShare;
        return expected <= TraderProfileRepository::peerSampleTarget
                   ? kModulus
                   : qint64(std::ceil(double(kModulus) * TraderProfileRepository::peerSampleTarget /
                                      expected));
    }
    static qint64 hashOf(qint64 id) { return (id * 2654435761LL) % kModulus; }

    Statement m_walk, m_small, m_row;
    QByteArray m_trader;
    QString m_from, m_to, m_secondHalf;
    double m_periodShare;
    qint64 m_walkFloor;
    std::vector<qint64> m_ids;
};

bool PeerSampler::sample(const QString &hs6, const std::vector<size_t> &members,
                         std::vector<UnitValueTally> &groups)
{
    static const int unusable = findingBit(FindingKind::UnreadableNumber) |
                                findingBit(FindingKind::NonPositiveValue) |
                                findingBit(FindingKind::NonPositiveQuantity);
    const QString upper = hsUpperBound(hs6);
    // The trader's own items are entries of the HS6 too: half of them (they may be estimates)
    // is a floor for the count.
    qint64 own = 0;
    for (const size_t g : members)
        own += groups[g].items[0] + groups[g].items[1];
    const qint64 generousCut = cutFor(std::max(m_walkFloor, own / 2));
    sqlite3_reset(m_walk.get());
    m_walk.bind(1, hs6);
    m_walk.bind(2, upper);
    m_walk.bind(3, generousCut);
    if (!m_walk.step())
        return false;
    const qint64 peers = m_walk.integer(0);
    const qint64 cut = cutFor(peers);
    m_ids.clear();
    if (cut <= generousCut) {
        const auto *list = reinterpret_cast<const char *>(sqlite3_column_text(m_walk.get(), 1));
        for (const char *at = list; at && *at;) {
            char *end = nullptr;
            const qint64 id = std::strtoll(at, &end, 10);
            if (end == at)
                break;
            if (hashOf(id) < cut)
                m_ids.push_back(id);
            at = *end == ',' ? end + 1 : end;
        }
    } else {
        sqlite3_reset(m_small.get());
        m_small.bind(1, hs6);
        m_small.bind(2, upper);
        m_small.bind(3, cut);
        while (m_small.step())
            m_ids.push_back(m_small.integer(0));
        if (m_small.failed())
            return false;
    }
    std::sort(m_ids.begin(), m_ids.end());

    std::vector<std::array<std::vector<double>, 2>> values(members.size());
    sqlite3_stmt *row = m_row.get();
    for (const qint64 id : m_ids) {
        sqlite3_reset(row);
        m_row.bind(1, id);
        if (!m_row.step()) {
            if (m_row.failed())
                return false;
            continue;
        }
        const QString date = m_row.text(0);
        if (date < m_from || date > m_to)
            continue;
        if (!m_row.isNull(6) &&
            QByteArrayView(sqlite3_column_text(row, 6), sqlite3_column_bytes(row, 6)) == m_trader)
            continue;
        if ((sqlite3_column_int(row, 5) & unusable) != 0)
            continue;
        const double quantity = m_row.real(3);
        const double value = m_row.real(4);
        if (!(quantity > 0) || !(value > 0))
            continue;
        const QString flow = m_row.text(1);
        const QString unit = m_row.text(2);
        for (size_t m = 0; m < members.size(); ++m) {
            const UnitValueTally &group = groups[members[m]];
            if (group.flow == flow && group.unit == unit) {
                const int half = date < m_secondHalf ? 0 : 1;
                values[m][size_t(half)].push_back(value / quantity);
                break;
            }
        }
    }
    for (size_t m = 0; m < members.size(); ++m) {
        UnitValueTally &group = groups[members[m]];
        group.peerItems = peers;
        std::vector<double> all = values[m][0];
        all.insert(all.end(), values[m][1].begin(), values[m][1].end());
        group.peerSample = qint64(all.size());
        group.peerMedian = median(all);
        for (size_t half = 0; half < 2; ++half)
            group.peerHalfMedian[half] = median(values[m][half]);
    }
    return true;
}

} // namespace

Status readPeerUnitValues(const QString &path, sqlite3 *db, const QString &traderId,
                          const QString &from, const QString &to, const QString &secondHalf,
                          qint64 walkFloor, std::vector<UnitValueTally> &groups)
{
    const qint64 allDays = workspaceDays(db);
    const qint64 days =
        QDate::fromString(from, Qt::ISODate).daysTo(QDate::fromString(to, Qt::ISODate)) + 1;
    const double periodShare =
        allDays > 0 ? std::clamp(double(days) / double(allDays), 0.02, 1.0) : 1.0;
    std::map<QString, std::vector<size_t>> byHs6;
    for (size_t g = 0; g < groups.size(); ++g)
        byHs6[groups[g].hs6].push_back(g);

    PeerSampler sampler(db, traderId, from, to, secondHalf, periodShare, walkFloor);
    if (!sampler.ok())
        return readError(path, db, "preparing the peer sample");
    for (const auto &[hs6, members] : byHs6) {
        if (!sampler.sample(hs6, members, groups))
            return readError(path, db, "sampling peers");
    }
    return Done{};
}

Result<TraderStanding> readStanding(const Connection &connection, const QString &traderId)
{
    TraderStanding standing;
    const FlagRepository flags(connection);
    const auto run = flags.latestRun();
    if (!run)
        return run.error();
    standing.analysed = run.value().has_value();
    if (!standing.analysed)
        return standing;
    const auto version = flags.dataVersion();
    if (!version)
        return version.error();
    standing.stale = run.value()->dataVersion < version.value();

    sqlite3 *db = connection.handle();
    Statement total(db, "SELECT COUNT(*) FROM trader_scores");
    Statement score(db, "SELECT rank, risk_score, flags, flagged_items, revenue_at_stake, "
                        "hit_rate, top_reasons FROM trader_scores WHERE trader_id = ?1");
    if (!total.ok() || !score.ok() || !total.step())
        return readError(connection.path(), db, "the trader's standing");
    standing.rankedTraders = total.integer(0);
    score.bind(1, traderId);
    if (score.step()) {
        standing.ranked = true;
        standing.rank = int(score.integer(0));
        standing.riskScore = score.real(1);
        standing.flags = score.integer(2);
        standing.flaggedItems = score.integer(3);
        standing.revenueAtStake = score.real(4);
        if (!score.isNull(5))
            standing.hitRate = score.real(5);
        standing.topReasons = QJsonDocument::fromJson(score.text(6).toUtf8()).array();
        if (standing.rankedTraders > 0)
            standing.percentile = 100.0 * double(standing.rankedTraders - standing.rank) /
                                  double(standing.rankedTraders);
    } else if (score.failed()) {
        return readError(connection.path(), db, "the trader's standing");
    }
    return standing;
}

PopulationFigures readPopulation(const Connection &connection, const QString &from,
                                 const QString &to, qint64 traderItems)
{
    // Whole months: the summary tables answer those at once, any other period only by
    // reading every declaration.
    PopulationFigures population;
    const QDate last = QDate::fromString(to, Qt::ISODate);
    population.from = from.left(7) + QStringLiteral("-01");
    population.to = QDate(last.year(), last.month(), last.daysInMonth()).toString(Qt::ISODate);
    // The daily summary of every item: a range of its key, where the month-by-dimension
    // summary (SummaryRepository::summarize) would add up 60,000 rows at 10 million items.
    const auto day = [](const QString &date) {
        return qint64(QStringView(date).left(4).toInt()) * 10000 +
               QStringView(date).mid(5, 2).toInt() * 100 + QStringView(date).mid(8, 2).toInt();
    };
    Statement summary(connection.handle(),
                      "SELECT SUM(items), SUM(inspected), SUM(illicit), "
                      "TOTAL(revenue_recovered) FROM summary_daily WHERE dim = '' AND value = '' "
                      "AND day BETWEEN ?1 AND ?2");
    if (summary.ok()) {
        summary.bind(1, day(population.from));
        summary.bind(2, day(population.to));
        if (summary.step() && summary.integer(0) >= std::max<qint64>(traderItems, 1)) {
            population.items = summary.integer(0);
            population.inspected = summary.integer(1);
            population.illicit = summary.integer(2);
            population.revenueRecovered = summary.real(3);
            return population;
        }
    }
    // No summaries (an older workspace opened read-only): the last analysis run's tallies,
    // which cover the whole workspace.
    Statement s(connection.handle(), "SELECT TOTAL(items), TOTAL(inspected), TOTAL(illicit) "
                                     "FROM trader_scores");
    population.from.clear();
    population.to.clear();
    if (s.ok() && s.step()) {
        population.items = qint64(s.real(0));
        population.inspected = qint64(s.real(1));
        population.illicit = qint64(s.real(2));
    }
    return population;
}

} // namespace clearsight::traderprofile
