#include "migrations.h"

#include "connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <vector>

namespace clearsight
{

namespace
{

// Migration 1: the canonical declaration record, lineage, rejects, findings and settings.
// (declaration_id, item_no) is deliberately not unique: a duplicate item is stored with a finding.
constexpr const char *kMigration1[] = {
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        file_size INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        profile TEXT NOT NULL,
        mapping TEXT NOT NULL,
        records_read INTEGER NOT NULL DEFAULT 0,
        records_stored INTEGER NOT NULL DEFAULT 0,
        records_rejected INTEGER NOT NULL DEFAULT 0,
        items INTEGER NOT NULL DEFAULT 0,
        findings INTEGER NOT NULL DEFAULT 0,
        first_row_id INTEGER,
        last_row_id INTEGER))",
    R"(CREATE TABLE declarations (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES import_batches(id),
        source_line INTEGER NOT NULL,
        declaration_id TEXT NOT NULL,
        item_no INTEGER NOT NULL DEFAULT 1,
        date TEXT NOT NULL,
        flow TEXT,
        office TEXT,
        declarant_id TEXT,
        trader_id TEXT,
        trader_name TEXT,
        trader_address TEXT,
        partner_name TEXT,
        partner_country TEXT,
        origin_country TEXT,
        hs_code TEXT,
        description TEXT,
        incoterm TEXT,
        transport_mode TEXT,
        quantity REAL,
        quantity_unit TEXT,
        gross_weight_kg REAL,
        net_weight_kg REAL,
        invoice_value REAL,
        currency TEXT,
        exchange_rate REAL,
        fob_value REAL,
        freight REAL,
        insurance REAL,
        cif_value REAL,
        duty_paid REAL,
        preference TEXT,
        related_party TEXT,
        channel TEXT,
        inspected INTEGER,
        outcome TEXT,
        revenue_recovered REAL,
        findings INTEGER NOT NULL DEFAULT 0,
        extra TEXT))",
    R"(CREATE TABLE rejects (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES import_batches(id),
        source_line INTEGER NOT NULL,
        column_name TEXT,
        raw_text TEXT NOT NULL,
        reason TEXT NOT NULL))",
    R"(CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        declaration_row INTEGER NOT NULL,
        batch_id INTEGER NOT NULL REFERENCES import_batches(id),
        kind TEXT NOT NULL,
        column_name TEXT,
        detail TEXT))",
    "CREATE INDEX rejects_batch ON rejects(batch_id)",
    "CREATE INDEX findings_row ON findings(declaration_row)",
    "CREATE INDEX findings_batch_kind ON findings(batch_id, kind)",
};

// Migration 2: reference tables kept up to date at import, and the indexes the analyses and
// views need (trader drill-down, valuation peer groups, duplicate checks and reference search).
// No index on date alone: period figures come from summary tables, and each index costs a
// full scan at import.
constexpr const char *kMigration2[] = {
    R"(CREATE TABLE traders (
        trader_id TEXT PRIMARY KEY,
        trader_name TEXT,
        trader_address TEXT,
        items INTEGER NOT NULL DEFAULT 0,
        first_date TEXT,
        last_date TEXT))",
    R"(CREATE TABLE declarants (
        declarant_id TEXT PRIMARY KEY,
        items INTEGER NOT NULL DEFAULT 0,
        first_date TEXT,
        last_date TEXT))",
    R"(CREATE TABLE partners (
        partner_name TEXT NOT NULL,
        partner_country TEXT NOT NULL,
        items INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (partner_name, partner_country)))",
    "CREATE INDEX declarations_ref ON declarations(declaration_id, item_no)",
    "CREATE INDEX declarations_trader_date ON declarations(trader_id, date)",
    "CREATE INDEX declarations_hs_origin ON declarations(hs_code, origin_country)",
};

// Migration 3: import profiles a user made in the import wizard, found again by name or header.
constexpr const char *kMigration3[] = {
    R"(CREATE TABLE import_profiles (
        name TEXT PRIMARY KEY,
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL))",
};

// Migration 4: the results of the analyses, kept so views open at once. A flag's reason is
// stored as its kind and parameters (JSON) and put into words when shown, in the reader's
// language.
constexpr const char *kMigration4[] = {
    R"(CREATE TABLE analysis_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        data_version INTEGER NOT NULL,
        thresholds TEXT NOT NULL,
        rows_analysed INTEGER NOT NULL DEFAULT 0,
        rows_skipped INTEGER NOT NULL DEFAULT 0,
        flags INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE flags (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES analysis_runs(id),
        declaration_row INTEGER NOT NULL,
        trader_id TEXT,
        kind TEXT NOT NULL,
        score REAL NOT NULL,
        declared_value REAL,
        expected_value REAL,
        revenue_at_stake REAL,
        peer_group TEXT,
        reason TEXT NOT NULL))",
    "CREATE INDEX flags_row ON flags(declaration_row)",
    "CREATE INDEX flags_kind_score ON flags(kind, score DESC)",
    "CREATE INDEX flags_trader ON flags(trader_id)",
    R"(CREATE TABLE trader_scores (
        trader_id TEXT PRIMARY KEY,
        rank INTEGER NOT NULL,
        risk_score REAL NOT NULL,
        items INTEGER NOT NULL,
        declarations INTEGER NOT NULL,
        flagged_items INTEGER NOT NULL,
        flags INTEGER NOT NULL,
        revenue_at_stake REAL NOT NULL,
        inspected INTEGER NOT NULL,
        illicit INTEGER NOT NULL,
        hit_rate REAL,
        top_reasons TEXT NOT NULL))",
};

// Migration 5: summary tables the dashboard is served from, kept up to date at import and
// after an analysis (core/store/summary*.cpp). Keys are never NULL: "" stands for a missing
// value. month is YYYYMM (0 = the whole period), day YYYYMMDD.
#define CLEARSIGHT_SUMMARY_FIGURES                                                             \
    "items INTEGER NOT NULL DEFAULT 0, declarations INTEGER NOT NULL DEFAULT 0, "             \
    "customs_value REAL NOT NULL DEFAULT 0, duty_paid REAL NOT NULL DEFAULT 0, "              \
    "inspected INTEGER NOT NULL DEFAULT 0, illicit INTEGER NOT NULL DEFAULT 0, "              \
    "revenue_recovered REAL NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0, "         \
    "revenue_at_stake REAL NOT NULL DEFAULT 0, "
constexpr const char *kMigration5[] = {
    // Every item by month and the low-cardinality dimensions: time, origin, chapter, office,
    // lane, channel and flow charts under any mix of those filters.
    // A declaration whose items differ in chapter, origin or mode falls into several cells, so
    // `declarations` (counted once per declaration) is exact only when a query sums over those
    // item-level keys; declarations_c/o/m/co/cm/om/com count it once per distinct (c)hapter,
    // (o)rigin and (m)ode value, for queries that group or filter on those keys.
    "CREATE TABLE summary_general (month INTEGER NOT NULL, flow TEXT NOT NULL, office TEXT NOT "
    "NULL, channel TEXT NOT NULL, chapter TEXT NOT NULL, origin TEXT NOT NULL, mode TEXT NOT "
    "NULL, " CLEARSIGHT_SUMMARY_FIGURES
    "declarations_c INTEGER NOT NULL DEFAULT 0, declarations_o INTEGER NOT NULL DEFAULT 0, "
    "declarations_m INTEGER NOT NULL DEFAULT 0, declarations_co INTEGER NOT NULL DEFAULT 0, "
    "declarations_cm INTEGER NOT NULL DEFAULT 0, declarations_om INTEGER NOT NULL DEFAULT 0, "
    "declarations_com INTEGER NOT NULL DEFAULT 0, "
    "PRIMARY KEY (month, flow, office, channel, chapter, origin, mode)) WITHOUT ROWID",
    // Day by day, overall (dim "") and per value of one dimension: day and week series.
    "CREATE TABLE summary_daily (dim TEXT NOT NULL, value TEXT NOT NULL, day INTEGER NOT NULL, "
    CLEARSIGHT_SUMMARY_FIGURES "PRIMARY KEY (dim, value, day)) WITHOUT ROWID",
    // Per trader and per declarant (kind), overall (dim "") and per value of one dimension:
    // rankings, and every chart filtered on one trader or declarant.
    "CREATE TABLE summary_entity (kind TEXT NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL, "
    "month INTEGER NOT NULL, entity TEXT NOT NULL, " CLEARSIGHT_SUMMARY_FIGURES
    "PRIMARY KEY (kind, dim, value, month, entity)) WITHOUT ROWID",
    "CREATE INDEX summary_entity_by_entity ON summary_entity(kind, entity, dim, month)",
    // Filled right after the migration (SummaryRepository::rebuild clears the mark), so that a
    // rebuild cut short is done again at the next opening.
    "INSERT INTO settings(key, value) VALUES('summaries_need_rebuild', '1')",
};
#undef CLEARSIGHT_SUMMARY_FIGURES

// Migration 6: summary_entity also holds each trader's cells by month for every dimension (not
// only for the whole period), so that a trader ranking under a period and another filter, and
// one trader's charts under a period, are served from it; summary_daily also holds lanes (a
// time series under a lane filter). The rows are written by the rebuild.
constexpr const char *kMigration6[] = {
    "INSERT OR REPLACE INTO settings(key, value) VALUES('summaries_need_rebuild', '1')",
};

struct Migration {
    int version;
    std::vector<const char *> statements;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1, {std::begin(kMigration1), std::end(kMigration1)}},
        {2, {std::begin(kMigration2), std::end(kMigration2)}},
        {3, {std::begin(kMigration3), std::end(kMigration3)}},
        {4, {std::begin(kMigration4), std::end(kMigration4)}},
        {5, {std::begin(kMigration5), std::end(kMigration5)}},
        {6, {std::begin(kMigration6), std::end(kMigration6)}},
    };
    return all;
}

Error databaseError(const Connection &connection, const QString &what, const QSqlError &error)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: %2 failed: %3")
                         .arg(connection.path(), what, error.text()));
}

} // namespace

int currentSchemaVersion()
{
    return migrations().back().version;
}

Result<int> schemaVersion(const Connection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return databaseError(connection, QStringLiteral("reading the schema version"),
                             query.lastError());
    return query.value(0).toInt();
}

Status migrateTo(const Connection &connection, int targetVersion)
{
    const Result<int> from = schemaVersion(connection);
    if (!from)
        return from.error();
    QSqlDatabase db = connection.database();
    for (const Migration &migration : migrations()) {
        if (migration.version <= from.value() || migration.version > targetVersion)
            continue;
        if (!db.transaction())
            return databaseError(connection, QStringLiteral("starting a migration"),
                                 db.lastError());
        QSqlQuery query(db);
        for (const char *statement : migration.statements) {
            if (!query.exec(QLatin1StringView(statement))) {
                const QSqlError error = query.lastError();
                db.rollback();
                return databaseError(
                    connection,
                    QStringLiteral("migration to schema version %1").arg(migration.version), error);
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) ||
            !db.commit()) {
            const QSqlError error = query.lastError();
            db.rollback();
            return databaseError(connection, QStringLiteral("stamping the schema version"), error);
        }
    }
    return Done{};
}

Status migrateToCurrent(const Connection &connection)
{
    return migrateTo(connection, currentSchemaVersion());
}

} // namespace clearsight
