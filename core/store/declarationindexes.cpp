#include "declarationindexes.h"

#include "connection.h"
#include "domain/findingkind.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace clearsight {

namespace {
struct IndexDefinition {
    const char *name;
    const char *columns;
};
// Must match what the migrations leave in the schema (a test checks it).
constexpr std::array<IndexDefinition, 4> kIndexes{{
    {"declarations_ref", "declaration_id, item_no"},
    {"declarations_date", "date"},
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
        if (!query.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1StringView(index.name))))
            return indexError(connection, query);
    }
    return Done{};
}

Status createDeclarationIndexes(const Connection &connection)
{
    QSqlQuery query(connection.database());
    for (const IndexDefinition &index : kIndexes) {
        const QString sql = QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON declarations(%2)")
                                .arg(QLatin1StringView(index.name), QLatin1StringView(index.columns));
        if (!query.exec(sql))
            return indexError(connection, query);
    }
    return Done{};
}

Result<qint64> markDuplicateItems(const Connection &connection, qint64 batchId, qint64 firstRow,
                                  qint64 lastRow)
{
    // Walks the (declaration_id, item_no) index once: a row equal to its predecessor in that
    // order is a duplicate of an earlier-stored item; the detail names the earlier row.
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO findings(declaration_row, batch_id, kind, column_name, detail) "
        "SELECT id, :batch, :kind, 'item_no', previous_id FROM ("
        "  SELECT id, declaration_id, item_no,"
        "         LAG(declaration_id) OVER w AS previous_declaration,"
        "         LAG(item_no) OVER w AS previous_item,"
        "         LAG(id) OVER w AS previous_id"
        "  FROM declarations WINDOW w AS (ORDER BY declaration_id, item_no, id))"
        " WHERE id BETWEEN :first AND :last AND declaration_id = previous_declaration"
        "   AND item_no = previous_item"));
    query.bindValue(QStringLiteral(":batch"), batchId);
    query.bindValue(QStringLiteral(":kind"), QString::fromLatin1(findingKey(FindingKind::DuplicateItem)));
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
