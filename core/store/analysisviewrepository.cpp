#include "analysisviewrepository.h"

#include "connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>

namespace clearsight {

namespace {

Error queryError(const Connection &connection, const QSqlQuery &query)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: analysis views: %2")
                         .arg(connection.path(), query.lastError().text()));
}

// " AND ..." conditions on declarations d, with their values in order.
QString filterSql(const AnalysisViewFilter &f, QVariantList &values)
{
    QString sql;
    if (!f.dateFrom.isEmpty()) {
        sql += QStringLiteral(" AND d.date >= ?");
        values << f.dateFrom;
    }
    if (!f.dateTo.isEmpty()) {
        sql += QStringLiteral(" AND d.date <= ?");
        values << f.dateTo;
    }
    if (!f.office.isEmpty()) {
        sql += QStringLiteral(" AND d.office = ?");
        values << f.office;
    }
    if (!f.hsChapter.isEmpty()) {
        sql += QStringLiteral(" AND substr(d.hs_code, 1, 2) = ?");
        values << f.hsChapter;
    }
    if (!f.origin.isEmpty()) {
        sql += QStringLiteral(" AND d.origin_country = ?");
        values << f.origin;
    }
    if (!f.traderId.isEmpty()) {
        sql += QStringLiteral(" AND d.trader_id = ?");
        values << f.traderId;
    }
    return sql;
}

double quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double position = q * double(sorted.size() - 1);
    const size_t low = size_t(std::floor(position));
    const size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - double(low));
}

const char *kIncotermFlags = "('missing_freight', 'double_freight', 'mode_mismatch', "
                             "'incoterm_deviation', 'incoterm_switch')";

} // namespace

Result<PeerGroupItems> AnalysisViewRepository::peerGroup(const PeerGroupKey &key) const
{
    QString sql = QStringLiteral(
        "SELECT d.id, d.declaration_id, d.item_no, COALESCE(d.trader_id, ''), d.date, "
        "d.cif_value / d.quantity, COALESCE(d.quantity_unit, ''), "
        "(SELECT f.kind FROM flags f WHERE f.declaration_row = d.id AND f.kind IN "
        "('undervalued', 'overvalued', 'related_party_value') LIMIT 1) "
        "FROM declarations d WHERE d.hs_code LIKE ? AND d.flow = ? AND d.cif_value > 0 "
        "AND d.quantity > 0");
    QVariantList values;
    values << QString(key.hs6 + QLatin1Char('%'))
           << (key.imports ? QStringLiteral("IM") : QStringLiteral("EX"));
    if (!key.origin.isEmpty()) {
        sql += QStringLiteral(" AND d.origin_country = ?");
        values << key.origin;
    }
    if (key.year > 0 && key.quarter >= 1 && key.quarter <= 4) {
        sql += QStringLiteral(" AND d.date >= ? AND d.date < ?");
        const int firstMonth = (key.quarter - 1) * 3 + 1;
        values << QStringLiteral("%1-%2-01").arg(key.year).arg(firstMonth, 2, 10, QLatin1Char('0'));
        values << (key.quarter == 4 ? QStringLiteral("%1-01-01").arg(key.year + 1)
                                    : QStringLiteral("%1-%2-01").arg(key.year).arg(firstMonth + 3, 2, 10, QLatin1Char('0')));
    }
    sql += QStringLiteral(" ORDER BY 6");
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(m_connection, q);
    PeerGroupItems out;
    out.key = key;
    while (q.next()) {
        PeerGroupItem item;
        item.rowId = q.value(0).toLongLong();
        item.declarationId = q.value(1).toString();
        item.itemNo = q.value(2).toLongLong();
        item.traderId = q.value(3).toString();
        item.date = q.value(4).toString();
        item.unitValue = q.value(5).toDouble();
        item.unit = q.value(6).toString();
        if (!q.value(7).isNull())
            item.flag = flagKindByKey(q.value(7).toString());
        out.items.push_back(std::move(item));
    }
    return out;
}

Result<PeerGroupKey> AnalysisViewRepository::peerGroupOf(qint64 rowId) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT flow, substr(hs_code, 1, 6), COALESCE(origin_country, ''), "
                             "CAST(substr(date, 1, 4) AS INTEGER), "
                             "(CAST(substr(date, 6, 2) AS INTEGER) + 2) / 3 FROM declarations WHERE id = ?"));
    q.addBindValue(rowId);
    if (!q.exec())
        return queryError(m_connection, q);
    if (!q.next()) {
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("Store", "%1 has no declaration row %2.")
                             .arg(m_connection.path())
                             .arg(rowId));
    }
    PeerGroupKey key;
    key.imports = q.value(0).toString() != QLatin1StringView("EX");
    key.hs6 = q.value(1).toString();
    key.origin = q.value(2).toString();
    key.year = q.value(3).toInt();
    key.quarter = q.value(4).toInt();
    return key;
}

Result<std::vector<IncotermModeCell>> AnalysisViewRepository::incotermModeMatrix(const AnalysisViewFilter &filter) const
{
    QVariantList values;
    const QString where = filterSql(filter, values);
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COALESCE(d.incoterm, ''), COALESCE(d.transport_mode, ''), COUNT(*), "
                             "TOTAL(EXISTS(SELECT 1 FROM flags f WHERE f.declaration_row = d.id AND f.kind IN %1)) "
                             "FROM declarations d WHERE d.flow = 'IM'")
                  .arg(QLatin1StringView(kIncotermFlags))
              + where + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(m_connection, q);
    std::vector<IncotermModeCell> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                       qint64(q.value(3).toDouble())});
    return out;
}

Result<std::vector<FreightShareStats>> AnalysisViewRepository::freightShares(const AnalysisViewFilter &filter) const
{
    QVariantList values;
    const QString where = filterSql(filter, values);
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.incoterm, 100.0 * (d.cif_value - d.invoice_value * d.exchange_rate) / "
                             "(d.invoice_value * d.exchange_rate) FROM declarations d WHERE d.flow = 'IM' "
                             "AND d.incoterm IS NOT NULL AND d.invoice_value > 0 AND d.exchange_rate > 0 "
                             "AND d.cif_value > 0")
              + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(m_connection, q);
    std::map<QString, std::vector<double>> shares;
    while (q.next())
        shares[q.value(0).toString()].push_back(q.value(1).toDouble());
    std::vector<FreightShareStats> out;
    for (auto &[incoterm, list] : shares) {
        std::sort(list.begin(), list.end());
        FreightShareStats s;
        s.incoterm = incoterm;
        s.items = qint64(list.size());
        s.p10 = quantile(list, 0.10);
        s.p25 = quantile(list, 0.25);
        s.median = quantile(list, 0.5);
        s.p75 = quantile(list, 0.75);
        s.p90 = quantile(list, 0.90);
        s.none = qint64(std::count_if(list.begin(), list.end(), [](double v) { return std::fabs(v) < 0.01; }));
        out.push_back(s);
    }
    return out;
}

Result<std::vector<IncotermUsage>> AnalysisViewRepository::incotermUsage(const QString &traderId) const
{
    // The trader's items by Incoterm, and the same HS chapters and origins for other traders.
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral(
        "WITH mine AS (SELECT incoterm, substr(hs_code, 1, 2) AS chapter, origin_country FROM declarations "
        "WHERE trader_id = ? AND flow = 'IM' AND incoterm IS NOT NULL), "
        "cells AS (SELECT DISTINCT chapter, origin_country FROM mine), "
        "industry AS (SELECT d.incoterm FROM declarations d JOIN cells c ON substr(d.hs_code, 1, 2) = c.chapter "
        "AND d.origin_country = c.origin_country WHERE d.flow = 'IM' AND d.trader_id <> ? AND d.incoterm IS NOT NULL) "
        "SELECT incoterm, SUM(m), SUM(i) FROM (SELECT incoterm, 1 AS m, 0 AS i FROM mine UNION ALL "
        "SELECT incoterm, 0, 1 FROM industry) GROUP BY incoterm ORDER BY 2 DESC, 3 DESC"));
    q.addBindValue(traderId);
    q.addBindValue(traderId);
    if (!q.exec())
        return queryError(m_connection, q);
    std::vector<IncotermUsage> out;
    double mine = 0;
    double industry = 0;
    while (q.next()) {
        IncotermUsage u;
        u.incoterm = q.value(0).toString();
        u.items = q.value(1).toLongLong();
        u.share = q.value(1).toDouble();
        u.industryShare = q.value(2).toDouble();
        mine += u.share;
        industry += u.industryShare;
        out.push_back(u);
    }
    for (IncotermUsage &u : out) {
        u.share = mine > 0 ? u.share / mine : 0;
        u.industryShare = industry > 0 ? u.industryShare / industry : 0;
    }
    return out;
}

} // namespace clearsight
