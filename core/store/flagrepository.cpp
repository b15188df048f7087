#include "flagrepository.h"

#include "connection.h"
#include "summaryrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace clearsight {

namespace {

Error queryError(const Connection &connection, const QString &what)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: analysis results: %2")
                         .arg(connection.path(), what));
}

Error sqlError(const Connection &connection, const QSqlQuery &query)
{
    return queryError(connection, query.lastError().text());
}

void bindOptional(sqlite3_stmt *s, int index, const std::optional<double> &value)
{
    if (value)
        sqlite3_bind_double(s, index, *value);
    else
        sqlite3_bind_null(s, index);
}

void bindText(sqlite3_stmt *s, int index, const QByteArray &text)
{
    sqlite3_bind_text(s, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

Result<qint64> FlagRepository::replaceResults(const AnalysisRunInfo &run,
                                              const std::vector<Flag> &flags,
                                              const std::vector<TraderScore> &scores,
                                              const AnalysisData &data) const
{
    sqlite3 *db = m_connection.handle();
    const auto fail = [&](const char *what) {
        const Error e = queryError(m_connection, QStringLiteral("%1: %2").arg(QLatin1StringView(what), QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return e;
    };
    if (sqlite3_exec(db, "BEGIN IMMEDIATE; DELETE FROM flags; DELETE FROM trader_scores; DELETE FROM analysis_runs;",
                     nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return fail("clearing the previous results");

    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO analysis_runs(started_at, finished_at, data_version, thresholds, "
                           "rows_analysed, rows_skipped, flags) VALUES(?, ?, ?, ?, ?, ?, ?)",
                           -1, &s, nullptr)
        != SQLITE_OK)
        return fail("preparing the run");
    bindText(s, 1, run.startedAt.toUtf8());
    bindText(s, 2, run.finishedAt.toUtf8());
    sqlite3_bind_int64(s, 3, run.dataVersion);
    bindText(s, 4, run.thresholds.toUtf8());
    sqlite3_bind_int64(s, 5, run.rowsAnalysed);
    sqlite3_bind_int64(s, 6, run.rowsSkipped);
    sqlite3_bind_int64(s, 7, qint64(flags.size()));
    const int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return fail("storing the run");
    const qint64 runId = sqlite3_last_insert_rowid(db);

    if (sqlite3_prepare_v2(db,
                           "INSERT INTO flags(run_id, declaration_row, trader_id, kind, score, "
                           "declared_value, expected_value, revenue_at_stake, peer_group, reason) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &s, nullptr)
        != SQLITE_OK)
        return fail("preparing the flags");
    for (const Flag &f : flags) {
        sqlite3_bind_int64(s, 1, runId);
        sqlite3_bind_int64(s, 2, f.rowId);
        if (f.trader >= 0)
            bindText(s, 3, data.traders[size_t(f.trader)].toUtf8());
        else
            sqlite3_bind_null(s, 3);
        sqlite3_bind_text(s, 4, flagKey(f.kind), -1, SQLITE_STATIC);
        sqlite3_bind_double(s, 5, f.score);
        bindOptional(s, 6, f.declaredValue);
        bindOptional(s, 7, f.expectedValue);
        bindOptional(s, 8, f.revenueAtStake);
        bindText(s, 9, f.peerGroup.toUtf8());
        bindText(s, 10, QJsonDocument(f.reason).toJson(QJsonDocument::Compact));
        if (sqlite3_step(s) != SQLITE_DONE) {
            sqlite3_finalize(s);
            return fail("storing a flag");
        }
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);

    if (sqlite3_prepare_v2(db,
                           "INSERT INTO trader_scores(trader_id, rank, risk_score, items, declarations, "
                           "flagged_items, flags, revenue_at_stake, inspected, illicit, hit_rate, "
                           "top_reasons) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &s, nullptr)
        != SQLITE_OK)
        return fail("preparing the trader scores");
    for (const TraderScore &t : scores) {
        bindText(s, 1, data.traders[size_t(t.trader)].toUtf8());
        sqlite3_bind_int(s, 2, t.rank);
        sqlite3_bind_double(s, 3, t.riskScore);
        sqlite3_bind_int64(s, 4, t.items);
        sqlite3_bind_int64(s, 5, t.declarations);
        sqlite3_bind_int64(s, 6, t.flaggedItems);
        sqlite3_bind_int64(s, 7, t.flags);
        sqlite3_bind_double(s, 8, t.revenueAtStake);
        sqlite3_bind_int64(s, 9, t.inspected);
        sqlite3_bind_int64(s, 10, t.illicit);
        bindOptional(s, 11, t.hitRate);
        bindText(s, 12, QJsonDocument(t.topReasons).toJson(QJsonDocument::Compact));
        if (sqlite3_step(s) != SQLITE_DONE) {
            sqlite3_finalize(s);
            return fail("storing a trader score");
        }
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    if (Status refreshed = SummaryRepository(m_connection).refreshFlagged(); !refreshed) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return refreshed.error(); // its own message: SQLite's may be gone by now
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("committing the results");
    return runId;
}

Result<std::vector<FlagRecord>> FlagRepository::flags(const FlagQuery &query) const
{
    QString sql = QStringLiteral(
        "SELECT f.declaration_row, d.declaration_id, d.item_no, COALESCE(f.trader_id, ''), f.kind, "
        "f.score, f.declared_value, f.expected_value, f.revenue_at_stake, COALESCE(f.peer_group, ''), "
        "f.reason FROM flags f JOIN declarations d ON d.id = f.declaration_row");
    QStringList where;
    if (query.kind)
        where << QStringLiteral("f.kind = :kind");
    if (!query.traderId.isEmpty())
        where << QStringLiteral("f.trader_id = :trader");
    if (!query.kinds.empty()) {
        QStringList keys;
        for (size_t i = 0; i < query.kinds.size(); ++i)
            keys << QStringLiteral(":k%1").arg(i);
        where << QStringLiteral("f.kind IN (%1)").arg(keys.join(QStringLiteral(", ")));
    }
    if (!query.dateFrom.isEmpty())
        where << QStringLiteral("d.date >= :from");
    if (!query.dateTo.isEmpty())
        where << QStringLiteral("d.date <= :to");
    if (!query.office.isEmpty())
        where << QStringLiteral("d.office = :office");
    if (!query.hsChapter.isEmpty())
        where << QStringLiteral("substr(d.hs_code, 1, 2) = :chapter");
    if (!query.origin.isEmpty())
        where << QStringLiteral("d.origin_country = :origin");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY f.score DESC, COALESCE(f.revenue_at_stake, 0) DESC, "
                          "d.declaration_id, d.item_no, f.kind LIMIT :limit OFFSET :offset");
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (query.kind)
        q.bindValue(QStringLiteral(":kind"), QString::fromLatin1(flagKey(*query.kind)));
    if (!query.traderId.isEmpty())
        q.bindValue(QStringLiteral(":trader"), query.traderId);
    for (size_t i = 0; i < query.kinds.size(); ++i)
        q.bindValue(QStringLiteral(":k%1").arg(i), QString::fromLatin1(flagKey(query.kinds[i])));
    if (!query.dateFrom.isEmpty())
        q.bindValue(QStringLiteral(":from"), query.dateFrom);
    if (!query.dateTo.isEmpty())
        q.bindValue(QStringLiteral(":to"), query.dateTo);
    if (!query.office.isEmpty())
        q.bindValue(QStringLiteral(":office"), query.office);
    if (!query.hsChapter.isEmpty())
        q.bindValue(QStringLiteral(":chapter"), query.hsChapter);
    if (!query.origin.isEmpty())
        q.bindValue(QStringLiteral(":origin"), query.origin);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    if (!q.exec())
        return sqlError(m_connection, q);
    std::vector<FlagRecord> out;
    while (q.next()) {
        FlagRecord r;
        r.rowId = q.value(0).toLongLong();
        r.declarationId = q.value(1).toString();
        r.itemNo = q.value(2).toLongLong();
        r.traderId = q.value(3).toString();
        r.kind = flagKindByKey(q.value(4).toString()).value_or(FlagKind::Undervalued);
        r.score = q.value(5).toDouble();
        r.declaredValue = optionalDouble(q.value(6));
        r.expectedValue = optionalDouble(q.value(7));
        r.revenueAtStake = optionalDouble(q.value(8));
        r.peerGroup = q.value(9).toString();
        r.reason = jsonObject(q.value(10).toString());
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::vector<FlagKindSummary>> FlagRepository::summary() const
{
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT kind, COUNT(*), TOTAL(revenue_at_stake), AVG(score) FROM flags "
                               "GROUP BY kind")))
        return sqlError(m_connection, q);
    std::vector<FlagKindSummary> out;
    while (q.next()) {
        if (const auto kind = flagKindByKey(q.value(0).toString()))
            out.push_back({*kind, q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toDouble()});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.kind < b.kind; });
    return out;
}

Result<std::vector<TraderScoreRecord>> FlagRepository::traderScores(int limit) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.rank, s.trader_id, COALESCE(t.trader_name, ''), s.risk_score, s.items, "
        "s.declarations, s.flagged_items, s.flags, s.revenue_at_stake, s.inspected, s.illicit, "
        "s.hit_rate, s.top_reasons FROM trader_scores s LEFT JOIN traders t ON t.trader_id = "
        "s.trader_id ORDER BY s.rank LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(m_connection, q);
    std::vector<TraderScoreRecord> out;
    while (q.next()) {
        TraderScoreRecord r;
        r.rank = q.value(0).toInt();
        r.traderId = q.value(1).toString();
        r.traderName = q.value(2).toString();
        r.riskScore = q.value(3).toDouble();
        r.items = q.value(4).toLongLong();
        r.declarations = q.value(5).toLongLong();
        r.flaggedItems = q.value(6).toLongLong();
        r.flags = q.value(7).toLongLong();
        r.revenueAtStake = q.value(8).toDouble();
        r.inspected = q.value(9).toLongLong();
        r.illicit = q.value(10).toLongLong();
        r.hitRate = optionalDouble(q.value(11));
        r.topReasons = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array();
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::optional<AnalysisRunInfo>> FlagRepository::latestRun() const
{
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT id, started_at, COALESCE(finished_at, ''), data_version, thresholds, "
                               "rows_analysed, rows_skipped, flags FROM analysis_runs ORDER BY id DESC LIMIT 1")))
        return sqlError(m_connection, q);
    if (!q.next())
        return std::optional<AnalysisRunInfo>();
    AnalysisRunInfo r;
    r.id = q.value(0).toLongLong();
    r.startedAt = q.value(1).toString();
    r.finishedAt = q.value(2).toString();
    r.dataVersion = q.value(3).toLongLong();
    r.thresholds = q.value(4).toString();
    r.rowsAnalysed = q.value(5).toLongLong();
    r.rowsSkipped = q.value(6).toLongLong();
    r.flags = q.value(7).toLongLong();
    return std::optional<AnalysisRunInfo>(r);
}

Result<qint64> FlagRepository::dataVersion() const
{
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM import_batches WHERE finished_at IS NOT NULL"))
        || !q.next())
        return sqlError(m_connection, q);
    return q.value(0).toLongLong();
}

} // namespace clearsight
