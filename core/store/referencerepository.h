#pragma once

#include "common/result.h"

#include <QString>

#include <map>
#include <utility>

namespace clearsight
{

class Connection;

// What one import saw of a trader, declarant or partner; merged into the reference tables.
struct EntityTally {
    QString name;
    QString address;
    qint64 items = 0;
    QString firstDate; // ISO
    QString lastDate;

    void add(const QString &date)
    {
        ++items;
        if (firstDate.isEmpty() || date < firstDate)
            firstDate = date;
        if (lastDate.isEmpty() || date > lastDate)
            lastDate = date;
    }
};

struct ReferenceTallies {
    std::map<QString, EntityTally> traders;                      // by trader_id
    std::map<QString, EntityTally> declarants;                   // by declarant_id
    std::map<std::pair<QString, QString>, EntityTally> partners; // by (name, country)
};

// The traders, declarants and partners tables: one row per entity with its activity, kept
// up to date by each import.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(const Connection &connection) : m_connection(connection) {}

    Status merge(const ReferenceTallies &tallies) const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
