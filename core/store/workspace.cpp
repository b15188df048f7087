#include "workspace.h"

#include "connection.h"
#include "migrations.h"
#include "settingsrepository.h"
#include "summaryrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace clearsight
{

namespace
{

// Reads the fixed 100-byte SQLite header without opening the file through SQLite, so that a
// foreign file is never touched.
struct SqliteHeader {
    bool isSqlite = false;
    quint32 applicationId = 0;
};

Result<SqliteHeader> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Store", "%1: cannot be read: %2")
                             .arg(path, file.errorString()));
    }
    const QByteArray header = file.read(100);
    SqliteHeader result;
    result.isSqlite =
        header.size() == 100 && header.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (result.isSqlite)
        result.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    return result;
}

Result<WorkspaceInfo> describe(const Connection &connection, int upgradedFrom)
{
    const Result<int> version = schemaVersion(connection);
    if (!version)
        return version.error();
    const Result<WorkspaceSettings> settings = SettingsRepository(connection).workspaceSettings();
    if (!settings)
        return settings.error();
    return WorkspaceInfo{connection.path(), version.value(), upgradedFrom, settings.value()};
}

} // namespace

namespace workspace
{

Result<WorkspaceInfo> create(const QString &path, const WorkspaceSettings &settings)
{
    if (QFileInfo::exists(path)) {
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate(
                             "Store", "%1 already exists; choose another name or open it.")
                             .arg(path));
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Store", "Cannot create the folder %1.")
                             .arg(info.absolutePath()));
    }
    {
        // Created empty and private before SQLite sees it; SQLite gives its -wal and -shm
        // files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return makeError(Error::Code::FileUnreadable,
                             QCoreApplication::translate("Store", "%1: cannot be created: %2")
                                 .arg(path, file.errorString()));
        }
    }
    auto fail = [&path](const Error &error) -> Result<WorkspaceInfo> {
        QFile::remove(path);
        return error;
    };
    Result<WorkspaceInfo> result = [&]() -> Result<WorkspaceInfo> {
        Result<Connection> connection = Connection::open(path);
        if (!connection)
            return connection.error();
        const Connection &c = connection.value();
        for (const QString &pragma :
             {QStringLiteral("PRAGMA page_size=8192"),
              QStringLiteral("PRAGMA application_id=%1").arg(workspaceApplicationId),
              QStringLiteral("PRAGMA journal_mode=WAL")}) {
            if (Status s = c.exec(pragma); !s)
                return s.error();
        }
        if (Status s = migrateToCurrent(c); !s)
            return s.error();
        if (Status s = SummaryRepository(c).rebuild(); !s) // empty: clears the rebuild mark
            return s.error();
        if (Status s = SettingsRepository(c).setWorkspaceSettings(settings); !s)
            return s.error();
        return describe(c, currentSchemaVersion());
    }();
    if (!result)
        return fail(result.error());
    return result;
}

Result<WorkspaceInfo> open(const QString &path, const ProgressCallback &progress)
{
    if (!QFileInfo::exists(path))
        return makeError(
            Error::Code::FileNotFound,
            QCoreApplication::translate("Store", "%1: no such workspace file.").arg(path));
    const Result<SqliteHeader> header = readHeader(path);
    if (!header)
        return header.error();
    if (!header->isSqlite || header->applicationId != quint32(workspaceApplicationId)) {
        return makeError(Error::Code::NotAWorkspace,
                         QCoreApplication::translate(
                             "Store",
                             "%1 is not a ClearSight workspace. Open a .clearsight file, or "
                             "create a new workspace and import the file into it.")
                             .arg(path));
    }
    Result<Connection> connection = Connection::open(path);
    if (!connection)
        return connection.error();
    const Result<int> version = schemaVersion(connection.value());
    if (!version)
        return version.error();
    if (version.value() > currentSchemaVersion()) {
        return makeError(Error::Code::WorkspaceTooNew,
                         QCoreApplication::translate(
                             "Store",
                             "%1 was written by a newer ClearSight (schema %2; this version reads "
                             "up to %3). Update ClearSight to open it.")
                             .arg(path)
                             .arg(version.value())
                             .arg(currentSchemaVersion()));
    }
    if (version.value() < currentSchemaVersion()) {
        if (Status s = migrateToCurrent(connection.value()); !s)
            return s.error();
    }
    // Schema 5 added the summary tables, schema 6 more of their cells: fill them from what
    // earlier versions stored.
    const SummaryRepository summaries(connection.value());
    const Result<bool> needRebuild = summaries.needsRebuild();
    if (!needRebuild)
        return needRebuild.error();
    if (needRebuild.value()) {
        if (Status s = summaries.rebuild(progress); !s)
            return s.error();
    }
    return describe(connection.value(), version.value());
}

Result<WorkspaceInfo> openOrCreate(const QString &path, const WorkspaceSettings &settings)
{
    if (QFileInfo::exists(path))
        return open(path);
    return create(path, settings);
}

} // namespace workspace

QString valuationBasisKey(ValuationBasis basis)
{
    return basis == ValuationBasis::Fob ? QStringLiteral("FOB") : QStringLiteral("CIF");
}

} // namespace clearsight
