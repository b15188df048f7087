#include "traderprofilereads.h"

#include "domain/findingkind.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

namespace clearsight::traderprofile
{

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

} // namespace clearsight::traderprofile
