#include "profilerepository.h"

#include "connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
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
                     QCoreApplication::translate("Store", "%1: import profiles: %2")
                         .arg(connection.path(), query.lastError().text()));
}
} // namespace

Result<std::vector<QJsonObject>> ProfileRepository::all() const
{
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT definition FROM import_profiles ORDER BY name")))
        return queryError(m_connection, q);
    std::vector<QJsonObject> profiles;
    while (q.next())
        profiles.push_back(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return profiles;
}

Status ProfileRepository::save(const QJsonObject &definition) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("INSERT INTO import_profiles(name, definition, created_at) "
                             "VALUES(?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                             "definition = excluded.definition"));
    q.addBindValue(definition.value(QStringLiteral("name")).toString());
    q.addBindValue(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return queryError(m_connection, q);
    return Done{};
}

Status ProfileRepository::remove(const QString &name) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("DELETE FROM import_profiles WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return queryError(m_connection, q);
    return Done{};
}

} // namespace clearsight
