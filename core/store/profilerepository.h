#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace clearsight
{

class Connection;

// Import profiles saved in the workspace (their definition is ImportProfile::toJson()).
class ProfileRepository
{
public:
    explicit ProfileRepository(const Connection &connection) : m_connection(connection) {}

    Result<std::vector<QJsonObject>> all() const;
    // Saves or replaces the profile named in the definition.
    Status save(const QJsonObject &definition) const;
    Status remove(const QString &name) const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
