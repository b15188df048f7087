#include "summaryquery.h"

#include "connection.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace clearsight::summaryquery
{

bool isTimeDimension(SummaryDimension dimension)
{
    return dimension == SummaryDimension::Total || dimension == SummaryDimension::Month ||
           dimension == SummaryDimension::Week || dimension == SummaryDimension::Day;
}

namespace
{

QDate dateOfKey(qint64 digits)
{
    return QDate(int(digits / 10000), int(digits / 100 % 100), int(digits % 100));
}

SummaryFigures figuresAt(sqlite3_stmt *s, int first)
{
    SummaryFigures f;
    f.items = sqlite3_column_int64(s, first);
    f.declarations = sqlite3_column_int64(s, first + 1);
    f.customsValue = sqlite3_column_double(s, first + 2);
    f.dutyPaid = sqlite3_column_double(s, first + 3);
    f.inspected = sqlite3_column_int64(s, first + 4);
    f.illicit = sqlite3_column_int64(s, first + 5);
    f.revenueRecovered = sqlite3_column_double(s, first + 6);
    f.flagged = sqlite3_column_int64(s, first + 7);
    f.revenueAtStake = sqlite3_column_double(s, first + 8);
    return f;
}

QString textAt(sqlite3_stmt *s, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                             sqlite3_column_bytes(s, column));
}

Error readError(const Connection &connection)
{
    return makeError(
        Error::Code::Database,
        QCoreApplication::translate("Store", "%1: reading a summary: %2")
            .arg(connection.path(), QString::fromUtf8(sqlite3_errmsg(connection.handle()))));
}

bool bind(sqlite3_stmt *s, int parameter, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QByteArray text = value.toString().toUtf8(); // never NULL: "" for a missing key
        return sqlite3_bind_text(s, parameter, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT) == SQLITE_OK;
    }
    return sqlite3_bind_int64(s, parameter, value.toLongLong()) == SQLITE_OK;
}

Status addLabels(const Connection &connection, SummaryResult &result)
{
    if (result.dimension == SummaryDimension::Lane) {
        for (SummaryRow &row : result.rows) {
            const LaneParts lane = laneParts(row.key);
            row.label = QStringLiteral("%1 → %2 (%3)").arg(lane.origin, lane.office, lane.mode);
        }
        return Done{};
    }
    for (SummaryRow &row : result.rows)
        row.label = row.key;
    if (result.dimension != SummaryDimension::Trader || result.rows.empty())
        return Done{};
    std::map<QString, SummaryRow *> byId;
    QStringList placeholders;
    for (SummaryRow &row : result.rows) {
        byId[row.key] = &row;
        placeholders << QStringLiteral("?");
    }
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT trader_id, trader_name FROM traders WHERE trader_id IN (") +
              placeholders.join(QLatin1Char(',')) + QLatin1Char(')'));
    for (const auto &[id, row] : byId)
        q.addBindValue(id);
    if (!q.exec())
        return makeError(Error::Code::Database,
                         QCoreApplication::translate("Store", "%1: reading trader names: %2")
                             .arg(connection.path(), q.lastError().text()));
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (!name.isEmpty())
            byId[q.value(0).toString()]->label = name;
    }
    return Done{};
}

} // namespace

Result<SummaryResult> run(const Connection &connection, SummaryDimension dimension,
                          const FigureQuery &query, int limit, SummarySource source)
{
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = query.sql.toUtf8();
    if (sqlite3_prepare_v2(connection.handle(), sql.constData(), int(sql.size()), &s, nullptr) !=
        SQLITE_OK)
        return readError(connection);
    for (int i = 0; i < int(query.binds.size()); ++i) {
        if (!bind(s, i + 1, query.binds[i])) {
            sqlite3_finalize(s);
            return readError(connection);
        }
    }
    SummaryResult result;
    result.dimension = dimension;
    result.source = source;
    const bool time = query.keyIsDay || query.keyIsMonth || dimension == SummaryDimension::Total;
    std::map<QString, SummaryFigures> buckets;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (!time) {
            result.rows.push_back({textAt(s, 0), {}, figuresAt(s, 1)});
            continue;
        }
        QDate date;
        if (query.keyIsMonth) {
            const qint64 month = sqlite3_column_int64(s, 0);
            date = QDate(int(month / 100), int(month % 100), 1);
        } else if (query.keyIsDay) {
            date = sqlite3_column_type(s, 0) == SQLITE_TEXT
                       ? QDate::fromString(textAt(s, 0), Qt::ISODate)
                       : dateOfKey(sqlite3_column_int64(s, 0));
        }
        buckets[summaryTimeKey(dimension, date)].add(figuresAt(s, 1));
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return readError(connection);
    if (time) {
        if (dimension == SummaryDimension::Total && buckets.empty())
            buckets[QStringLiteral("total")] = {};
        for (auto &[key, figures] : buckets)
            result.rows.push_back({key, key, figures});
        result.totalGroups = qint64(result.rows.size());
    } else {
        const auto larger = [](const SummaryRow &a, const SummaryRow &b) {
            if (a.figures.customsValue != b.figures.customsValue)
                return a.figures.customsValue > b.figures.customsValue;
            return a.key < b.key;
        };
        result.totalGroups = qint64(result.rows.size());
        if (limit > 0 && qint64(result.rows.size()) > limit) {
            std::partial_sort(result.rows.begin(), result.rows.begin() + limit, result.rows.end(),
                              larger);
            result.rows.resize(size_t(limit));
        } else {
            std::sort(result.rows.begin(), result.rows.end(), larger);
        }
    }
    if (Status st = addLabels(connection, result); !st)
        return st.error();
    return result;
}

} // namespace clearsight::summaryquery
