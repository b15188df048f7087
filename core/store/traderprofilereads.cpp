#include "traderprofilereads.h"

#include "connection.h"
#include "domain/findingkind.h"
#include "store/flagrepository.h"
#include "store/summaryrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <map>

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

namespace
{

// Days covered by the whole workspace, to size the peer sample when only part of it is
// profiled. 0 when unknown.
qint64 workspaceDays(sqlite3 *db)
{
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

Status readPeerUnitValues(const QString &path, sqlite3 *db, const QString &traderId,
                          const QString &from, const QString &to, const QString &secondHalf,
                          std::vector<UnitValueTally> &groups)
{
    // A pseudo-random sample of the HS6's rows, evaluated on the index entry's row id alone so
    // that only sampled rows are read from the table (modulus prime, multiplier odd).
    constexpr qint64 kModulus = 1048573;
    Statement count(db, "SELECT COUNT(*) FROM declarations WHERE hs_code >= ?1 AND hs_code < ?2");
    Statement sample(db, "SELECT date, flow, quantity_unit, quantity, cif_value, findings "
                         "FROM declarations WHERE hs_code >= ?1 AND hs_code < ?2 "
                         "AND (id * 2654435761) % 1048573 < ?3 AND date >= ?4 AND date <= ?5 "
                         "AND trader_id IS NOT ?6");
    if (!count.ok() || !sample.ok())
        return readError(path, db, "preparing the peer sample");
    const qint64 allDays = workspaceDays(db);
    const qint64 days =
        QDate::fromString(from, Qt::ISODate).daysTo(QDate::fromString(to, Qt::ISODate)) + 1;
    const double periodShare =
        allDays > 0 ? std::clamp(double(days) / double(allDays), 0.02, 1.0) : 1.0;
    const int unusable = findingBit(FindingKind::UnreadableNumber) |
                         findingBit(FindingKind::NonPositiveValue) |
                         findingBit(FindingKind::NonPositiveQuantity);

    std::map<QString, std::vector<size_t>> byHs6;
    for (size_t g = 0; g < groups.size(); ++g)
        byHs6[groups[g].hs6].push_back(g);
    for (const auto &[hs6, members] : byHs6) {
        const QString upper = hsUpperBound(hs6);
        sqlite3_reset(count.get());
        count.bind(1, hs6);
        count.bind(2, upper);
        if (!count.step())
            return readError(path, db, "counting peers");
        const qint64 peers = count.integer(0);
        const double expected = double(peers) * periodShare;
        const qint64 cut =
            expected <= TraderProfileRepository::peerSampleTarget
                ? kModulus
                : qint64(std::ceil(double(kModulus) * TraderProfileRepository::peerSampleTarget /
                                   expected));
        std::vector<std::array<std::vector<double>, 2>> values(members.size());
        sqlite3_reset(sample.get());
        sample.bind(1, hs6);
        sample.bind(2, upper);
        sample.bind(3, cut);
        sample.bind(4, from);
        sample.bind(5, to);
        sample.bind(6, traderId);
        while (sample.step()) {
            if ((sqlite3_column_int(sample.get(), 5) & unusable) != 0)
                continue;
            const double quantity = sample.real(3);
            const double value = sample.real(4);
            if (!(quantity > 0) || !(value > 0))
                continue;
            const QString flow = sample.text(1);
            const QString unit = sample.text(2);
            for (size_t m = 0; m < members.size(); ++m) {
                const UnitValueTally &group = groups[members[m]];
                if (group.flow == flow && group.unit == unit) {
                    const int half = sample.text(0) < secondHalf ? 0 : 1;
                    values[m][size_t(half)].push_back(value / quantity);
                    break;
                }
            }
        }
        if (sample.failed())
            return readError(path, db, "sampling peers");
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
    SummaryFilter filter;
    filter.from = population.from;
    filter.to = population.to;
    const auto summary = SummaryRepository(connection).summarize(SummaryDimension::Total, filter);
    if (summary && !summary->rows.empty() &&
        summary->rows.front().figures.items >= std::max<qint64>(traderItems, 1)) {
        const SummaryFigures &figures = summary->rows.front().figures;
        population.items = figures.items;
        population.inspected = figures.inspected;
        population.illicit = figures.illicit;
        population.revenueRecovered = figures.revenueRecovered;
        return population;
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
