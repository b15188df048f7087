#include "referencerepository.h"

#include "connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clearsight
{

namespace
{
Error queryError(const Connection &connection, const QSqlQuery &query)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: reference tables: %2")
                         .arg(connection.path(), query.lastError().text()));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

Status ReferenceRepository::merge(const ReferenceTallies &tallies) const
{
    QSqlQuery traders(m_connection.database());
    traders.prepare(QStringLiteral(
        "INSERT INTO traders(trader_id, trader_name, trader_address, items, first_date, "
        "last_date) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(trader_id) DO UPDATE SET "
        "trader_name = COALESCE(excluded.trader_name, trader_name), "
        "trader_address = COALESCE(excluded.trader_address, trader_address), "
        "items = items + excluded.items, first_date = MIN(first_date, excluded.first_date), "
        "last_date = MAX(last_date, excluded.last_date)"));
    for (const auto &[id, tally] : tallies.traders) {
        traders.addBindValue(id);
        traders.addBindValue(textOrNull(tally.name));
        traders.addBindValue(textOrNull(tally.address));
        traders.addBindValue(tally.items);
        traders.addBindValue(tally.firstDate);
        traders.addBindValue(tally.lastDate);
        if (!traders.exec())
            return queryError(m_connection, traders);
    }
    QSqlQuery declarants(m_connection.database());
    declarants.prepare(QStringLiteral(
        "INSERT INTO declarants(declarant_id, items, first_date, last_date) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(declarant_id) DO UPDATE SET items = items + excluded.items, "
        "first_date = MIN(first_date, excluded.first_date), "
        "last_date = MAX(last_date, excluded.last_date)"));
    for (const auto &[id, tally] : tallies.declarants) {
        declarants.addBindValue(id);
        declarants.addBindValue(tally.items);
        declarants.addBindValue(tally.firstDate);
        declarants.addBindValue(tally.lastDate);
        if (!declarants.exec())
            return queryError(m_connection, declarants);
    }
    QSqlQuery partners(m_connection.database());
    partners.prepare(QStringLiteral(
        "INSERT INTO partners(partner_name, partner_country, items) VALUES(?, ?, ?) "
        "ON CONFLICT(partner_name, partner_country) DO UPDATE SET items = items + excluded.items"));
    for (const auto &[key, tally] : tallies.partners) {
        partners.addBindValue(key.first);
        partners.addBindValue(key.second);
        partners.addBindValue(tally.items);
        if (!partners.exec())
            return queryError(m_connection, partners);
    }
    return Done{};
}

} // namespace clearsight
