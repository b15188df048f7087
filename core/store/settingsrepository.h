#pragma once

#include "common/result.h"
#include "workspace.h"

#include <QString>

#include <optional>

namespace clearsight
{

class Connection;

// Workspace settings: a key/value table (national currency, valuation basis, thresholds).
class SettingsRepository
{
public:
    explicit SettingsRepository(const Connection &connection) : m_connection(connection) {}

    Result<std::optional<QString>> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value) const;

    Result<WorkspaceSettings> workspaceSettings() const;
    Status setWorkspaceSettings(const WorkspaceSettings &settings) const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
