#include "settingsrepository.h"

#include "connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clearsight
{

namespace
{
const QString kCurrency = QStringLiteral("national_currency");
const QString kBasis = QStringLiteral("valuation_basis");

Error queryError(const Connection &connection, const QSqlQuery &query)
{
    return makeError(Error::Code::Database, QCoreApplication::translate("Store", "%1: settings: %2")
                                                .arg(connection.path(), query.lastError().text()));
}
} // namespace

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return queryError(m_connection, query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Status SettingsRepository::setValue(const QString &key, const QString &value) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return queryError(m_connection, query);
    return Done{};
}

Result<WorkspaceSettings> SettingsRepository::workspaceSettings() const
{
    WorkspaceSettings settings;
    const auto currency = value(kCurrency);
    if (!currency)
        return currency.error();
    if (currency.value())
        settings.nationalCurrency = *currency.value();
    const auto basis = value(kBasis);
    if (!basis)
        return basis.error();
    if (basis.value() && *basis.value() == QLatin1StringView("FOB"))
        settings.valuationBasis = ValuationBasis::Fob;
    return settings;
}

Status SettingsRepository::setWorkspaceSettings(const WorkspaceSettings &settings) const
{
    if (Status s = setValue(kCurrency, settings.nationalCurrency); !s)
        return s;
    return setValue(kBasis, valuationBasisKey(settings.valuationBasis));
}

} // namespace clearsight
