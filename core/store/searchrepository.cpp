#include "searchrepository.h"

#include "connection.h"
#include "reference/referencedata.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace clearsight
{

namespace
{

// Each prefix is a range, so SQLite seeks the index instead of reading every row (LIKE 'p%'
// would use no index: the columns use the BINARY collation and LIKE is case-insensitive).
constexpr const char *kTradersById =
    "SELECT trader_id, trader_name, items FROM traders WHERE trader_id >= ? AND trader_id < ? "
    "ORDER BY trader_id LIMIT ?";
constexpr const char *kTradersByName =
    "SELECT trader_id, trader_name, items FROM traders WHERE trader_name LIKE ? ESCAPE '\\' "
    "LIMIT ?";
// Grouped in the index's order, so the groups stream and LIMIT stops the walk.
constexpr const char *kDeclarations =
    "SELECT declaration_id, MIN(date), COUNT(*), MIN(trader_name) FROM declarations "
    "WHERE declaration_id >= ? AND declaration_id < ? GROUP BY declaration_id "
    "ORDER BY declaration_id LIMIT ?";
// Distinct codes by one seek each ("skip scan"): DISTINCT would walk every item of a code.
constexpr const char *kFirstHsCode =
    "SELECT hs_code FROM declarations WHERE hs_code >= ? AND hs_code < ? ORDER BY hs_code LIMIT 1";
constexpr const char *kNextHsCode =
    "SELECT hs_code FROM declarations WHERE hs_code > ? AND hs_code < ? ORDER BY hs_code LIMIT 1";

constexpr int kMaximumLimit = 100;

Error searchError(const Connection &connection, const QSqlQuery &query)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: searching: %2")
                         .arg(connection.path(), query.lastError().text()));
}

Result<QSqlQuery> runQuery(const Connection &connection, const char *sql,
                           const QVariantList &values)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(QLatin1StringView(sql)))
        return searchError(connection, query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return searchError(connection, query);
    return query;
}

// The text as typed, then in upper case if that differs: references and ids are usually
// upper case, and a range comparison is case-sensitive.
QStringList prefixVariants(const QString &text)
{
    QStringList variants{text};
    const QString upper = text.toUpper();
    if (upper != text)
        variants << upper;
    return variants;
}

QString likeContaining(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

int boundedLimit(int limit)
{
    return std::clamp(limit, 1, kMaximumLimit);
}

bool containsKey(const std::vector<SearchHit> &hits, const QString &key)
{
    return std::any_of(hits.begin(), hits.end(),
                       [&key](const SearchHit &hit) { return hit.key == key; });
}

struct PlannedQuery {
    const char *sql;
    QVariantList values;
};

} // namespace

QString SearchRepository::prefixEnd(const QString &prefix)
{
    QString end = prefix;
    while (!end.isEmpty()) {
        const char16_t last = end.back().unicode();
        const char16_t next = char16_t(last + 1);
        // Past U+FFFF, or into the surrogates (whose UTF-8 order differs): shorten instead.
        if (last != 0xFFFF && !QChar::isSurrogate(next)) {
            end.back() = QChar(next);
            return end;
        }
        end.chop(1);
    }
    return {};
}

QString SearchRepository::hsDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c != QLatin1Char('.') && c != QLatin1Char(' '))
            return {};
    }
    return digits.size() >= 2 ? digits : QString();
}

Result<std::vector<SearchHit>> SearchRepository::traders(const QString &text, int limit) const
{
    limit = boundedLimit(limit);
    std::vector<SearchHit> hits;
    const auto collect = [&](QSqlQuery &query) {
        while (query.next() && int(hits.size()) < limit) {
            const QString id = query.value(0).toString();
            if (containsKey(hits, id))
                continue;
            hits.push_back({SearchKind::Trader,
                            id,
                            query.value(1).toString(),
                            {},
                            query.value(2).toLongLong(),
                            true});
        }
    };
    for (const QString &prefix : prefixVariants(text)) {
        const QString end = prefixEnd(prefix);
        if (end.isEmpty() || int(hits.size()) >= limit)
            continue;
        Result<QSqlQuery> query = runQuery(m_connection, kTradersById, {prefix, end, limit});
        if (!query)
            return query.error();
        collect(query.value());
    }
    if (text.size() >= 2 && int(hits.size()) < limit) {
        // A few more than needed: some may be the traders found by id already.
        const auto byId = qsizetype(hits.size());
        Result<QSqlQuery> query =
            runQuery(m_connection, kTradersByName, {likeContaining(text), limit * 2});
        if (!query)
            return query.error();
        collect(query.value());
        std::sort(hits.begin() + byId, hits.end(),
                  [](const SearchHit &a, const SearchHit &b) { return a.key < b.key; });
    }
    return hits;
}

Result<std::vector<SearchHit>> SearchRepository::declarations(const QString &prefix,
                                                              int limit) const
{
    limit = boundedLimit(limit);
    std::vector<SearchHit> hits;
    for (const QString &variant : prefixVariants(prefix)) {
        const QString end = prefixEnd(variant);
        if (end.isEmpty() || int(hits.size()) >= limit)
            continue;
        Result<QSqlQuery> query = runQuery(m_connection, kDeclarations, {variant, end, limit});
        if (!query)
            return query.error();
        while (query->next() && int(hits.size()) < limit) {
            const QString reference = query->value(0).toString();
            if (containsKey(hits, reference))
                continue;
            hits.push_back({SearchKind::Declaration, reference, query->value(3).toString(),
                            query->value(1).toString(), query->value(2).toLongLong(), true});
        }
    }
    std::sort(hits.begin(), hits.end(),
              [](const SearchHit &a, const SearchHit &b) { return a.key < b.key; });
    return hits;
}

Result<std::vector<SearchHit>> SearchRepository::hsCodes(const QString &digits, int limit) const
{
    limit = boundedLimit(limit);
    const QString prefix = hsDigits(digits);
    std::vector<SearchHit> hits;
    if (prefix.isEmpty())
        return hits;
    const ReferenceData &reference = ReferenceData::instance();
    if (prefix.size() == 2 || prefix.size() == 4 || prefix.size() == 6) {
        const QString description = reference.hsDescription(prefix);
        if (!description.isEmpty())
            hits.push_back({SearchKind::HsCode, prefix, description, {}, -1, false});
    }
    const QString end = prefixEnd(prefix);
    QString last;
    while (int(hits.size()) < limit) {
        Result<QSqlQuery> query = last.isEmpty()
                                      ? runQuery(m_connection, kFirstHsCode, {prefix, end})
                                      : runQuery(m_connection, kNextHsCode, {last, end});
        if (!query)
            return query.error();
        if (!query->next())
            break;
        last = query->value(0).toString();
        if (last == prefix && !hits.empty()) {
            hits.front().inWorkspace = true;
            continue;
        }
        hits.push_back({SearchKind::HsCode, last, reference.hsDescription(last), {}, -1, true});
    }
    return hits;
}

Result<SearchResults> SearchRepository::search(const QString &text, int limit) const
{
    const QString term = text.trimmed();
    SearchResults results;
    if (term.isEmpty())
        return results;
    Result<std::vector<SearchHit>> traders = this->traders(term, limit);
    if (!traders)
        return traders.error();
    results.traders = std::move(traders.value());
    Result<std::vector<SearchHit>> declarations = this->declarations(term, limit);
    if (!declarations)
        return declarations.error();
    results.declarations = std::move(declarations.value());
    Result<std::vector<SearchHit>> codes = hsCodes(term, limit);
    if (!codes)
        return codes.error();
    results.hsCodes = std::move(codes.value());
    return results;
}

Result<QStringList> SearchRepository::queryPlans(const QString &text) const
{
    const QString term = text.trimmed();
    const QString end = prefixEnd(term);
    const QString digits = hsDigits(term);
    std::vector<PlannedQuery> queries{
        {kTradersById, {term, end, defaultLimit}},
        {kTradersByName, {likeContaining(term), defaultLimit}},
        {kDeclarations, {term, end, defaultLimit}},
    };
    if (!digits.isEmpty()) {
        queries.push_back({kFirstHsCode, {digits, prefixEnd(digits)}});
        queries.push_back({kNextHsCode, {digits, prefixEnd(digits)}});
    }
    QStringList plans;
    for (const PlannedQuery &planned : queries) {
        const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + planned.sql;
        Result<QSqlQuery> query = runQuery(m_connection, explain.constData(), planned.values);
        if (!query)
            return query.error();
        while (query->next())
            plans << query->value(3).toString();
    }
    return plans;
}

Result<SearchResults> searchWorkspace(const QString &path, const QString &text, int limit)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    return SearchRepository(connection.value()).search(text, limit);
}

} // namespace clearsight
