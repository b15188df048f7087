#include "declarationindexes.h"

#include "connection.h"
#include "domain/findingkind.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace clearsight
{

namespace
{
struct IndexDefinition {
    const char *name;
    const char *columns;
};
// Must match what the migrations leave in the schema (a test checks it).
constexpr std::array<IndexDefinition, 3> kIndexes{{
    {"declarations_ref", "declaration_id, item_no"},
    {"declarations_trader_date", "trader_id, date"},
    {"declarations_hs_origin", "hs_code, origin_country"},
}};

Error indexError(const Connection &connection, const QSqlQuery &query)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: indexing declarations: %2")
                         .arg(connection.path(), query.lastError().text()));
}
} // namespace

QStringList declarationIndexNames()
{
    QStringList names;
    for (const IndexDefinition &index : kIndexes)
        names << QString::fromLatin1(index.name);
    return names;
}

Status dropDeclarationIndexes(const Connection &connection)
{
    QSqlQuery query(connection.database());
    for (const IndexDefinition &index : kIndexes) {
        if (!query.exec(
                QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1StringView(index.name))))
            return indexError(connection, query);
    }
    return Done{};
}

Status createDeclarationIndexes(const Connection &connection)
{
    QSqlQuery query(connection.database());
    for (const IndexDefinition &index : kIndexes) {
        const QString sql =
            QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON declarations(%2)")
                .arg(QLatin1StringView(index.name), QLatin1StringView(index.columns));
        if (!query.exec(sql))
            return indexError(connection, query);
    }
    return Done{};
}

Result<qint64> markDuplicateItems(const Connection &connection, qint64 batchId, qint64 firstRow,
                                  qint64 lastRow)
{
    // One pass over the covering (declaration_id, item_no) index finds the keys stored more than
    // once; every row of this batch after the first of its key is a duplicate. The detail names
    // the first row stored with that key.
    QSqlQuery query(connection.database());
    query.prepare(
        QStringLiteral("INSERT INTO findings(declaration_row, batch_id, kind, column_name, detail) "
                       "SELECT d.id, :batch, :kind, 'item_no', repeated.first_id FROM ("
                       "  SELECT declaration_id, item_no, MIN(id) AS first_id FROM declarations"
                       "  GROUP BY declaration_id, item_no HAVING COUNT(*) > 1) AS repeated"
                       " JOIN declarations d ON d.declaration_id = repeated.declaration_id"
                       "  AND d.item_no = repeated.item_no AND d.id > repeated.first_id"
                       " WHERE d.id BETWEEN :first AND :last"));
    query.bindValue(QStringLiteral(":batch"), batchId);
    query.bindValue(QStringLiteral(":kind"),
                    QString::fromLatin1(findingKey(FindingKind::DuplicateItem)));
    query.bindValue(QStringLiteral(":first"), firstRow);
    query.bindValue(QStringLiteral(":last"), lastRow);
    if (!query.exec())
        return indexError(connection, query);
    const qint64 marked = query.numRowsAffected();
    if (marked > 0) {
        QSqlQuery update(connection.database());
        update.prepare(QStringLiteral(
            "UPDATE declarations SET findings = findings | :bit WHERE id IN ("
            "SELECT declaration_row FROM findings WHERE batch_id = :batch AND kind = :kind)"));
        update.bindValue(QStringLiteral(":bit"), findingBit(FindingKind::DuplicateItem));
        update.bindValue(QStringLiteral(":batch"), batchId);
        update.bindValue(QStringLiteral(":kind"),
                         QString::fromLatin1(findingKey(FindingKind::DuplicateItem)));
        if (!update.exec())
            return indexError(connection, update);
    }
    return marked;
}

} // namespace clearsight
