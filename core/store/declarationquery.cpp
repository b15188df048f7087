#include "declarationquery.h"

#include "connection.h"
#include "statsrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clearsight
{

namespace
{

struct WhereClause {
    QString sql;
    QVariantList values;
};

WhereClause whereClause(const DeclarationFilter &f)
{
    QStringList parts;
    WhereClause where;
    if (!f.search.isEmpty()) {
        const QString term = f.search.trimmed();
        parts << QStringLiteral(
            "(declaration_id LIKE ? ESCAPE '\\' OR trader_id LIKE ? ESCAPE '\\' "
            "OR hs_code LIKE ? ESCAPE '\\' OR trader_name LIKE ? ESCAPE '\\')");
        QString escaped = term;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString prefix = escaped + QLatin1Char('%');
        where.values << prefix << prefix << prefix
                     << QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
    }
    if (!f.flow.isEmpty()) {
        parts << QStringLiteral("flow = ?");
        where.values << f.flow;
    }
    if (!f.dateFrom.isEmpty()) {
        parts << QStringLiteral("date >= ?");
        where.values << f.dateFrom;
    }
    if (!f.dateTo.isEmpty()) {
        parts << QStringLiteral("date <= ?");
        where.values << f.dateTo;
    }
    if (!f.traderId.isEmpty()) {
        parts << QStringLiteral("trader_id = ?");
        where.values << f.traderId;
    }
    if (!f.declarationId.isEmpty()) {
        parts << QStringLiteral("declaration_id = ?");
        where.values << f.declarationId;
    }
    const auto exact = [&](const QString &value, const char *column) {
        if (value.isEmpty())
            return;
        parts << QLatin1StringView(column) + QStringLiteral(" = ?");
        where.values << value;
    };
    exact(f.office, "office");
    exact(f.origin, "origin_country");
    exact(f.declarantId, "declarant_id");
    exact(f.channel, "channel");
    exact(f.transportMode, "transport_mode");
    if (!f.hsChapter.isEmpty()) {
        parts << QStringLiteral("substr(hs_code, 1, 2) = ?");
        where.values << f.hsChapter;
    }
    if (f.withFindingsOnly)
        parts << QStringLiteral("findings <> 0");
    if (f.findingsMask != 0) {
        parts << QStringLiteral("(findings & ?) <> 0");
        where.values << f.findingsMask;
    }
    if (f.batchId > 0) {
        parts << QStringLiteral("batch_id = ?");
        where.values << f.batchId;
    }
    if (!parts.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return where;
}

// Column names come from the fixed canonical list, never from user text.
QString viewColumnSql(int column)
{
    if (column >= 0 && column < canonicalColumnCount)
        return QString::fromLatin1(canonicalColumns()[size_t(column)].name);
    switch (static_cast<DeclarationExtraColumn>(column - canonicalColumnCount)) {
    case DeclarationExtraColumn::Findings:
        return QStringLiteral("findings");
    case DeclarationExtraColumn::Batch:
        return QStringLiteral("batch_id");
    case DeclarationExtraColumn::SourceLine:
        return QStringLiteral("source_line");
    case DeclarationExtraColumn::Count:
        break;
    }
    return QStringLiteral("id");
}

Error queryError(const Connection &connection, const QSqlQuery &query)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: reading declarations: %2")
                         .arg(connection.path(), query.lastError().text()));
}

} // namespace

Result<qint64> DeclarationQuery::count(const DeclarationFilter &filter) const
{
    if (filter.isEmpty())
        return StatsRepository(m_connection).storedItemCount();
    const WhereClause where = whereClause(filter);
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM declarations") + where.sql);
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return queryError(m_connection, q);
    return q.value(0).toLongLong();
}

Result<std::vector<DeclarationRecordRow>> DeclarationQuery::page(const DeclarationFilter &filter,
                                                                 const DeclarationSort &sort,
                                                                 qint64 offset, int limit) const
{
    QStringList columns;
    columns << QStringLiteral("id");
    for (int c = 0; c < declarationViewColumnCount; ++c)
        columns << viewColumnSql(c);
    const WhereClause where = whereClause(filter);
    QString order = QStringLiteral(" ORDER BY id");
    if (sort.column >= 0 && sort.column < declarationViewColumnCount) {
        const QString direction =
            sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        order = QStringLiteral(" ORDER BY ") + viewColumnSql(sort.column) + direction +
                QStringLiteral(", id") + direction;
    }
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
              QStringLiteral(" FROM declarations") + where.sql + order +
              QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return queryError(m_connection, q);
    std::vector<DeclarationRecordRow> rows;
    rows.reserve(size_t(limit));
    while (q.next()) {
        DeclarationRecordRow row;
        row.rowId = q.value(0).toLongLong();
        row.values.reserve(declarationViewColumnCount);
        for (int c = 0; c < declarationViewColumnCount; ++c)
            row.values.push_back(q.value(c + 1));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace clearsight
