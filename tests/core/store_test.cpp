#include "store/connection.h"
#include "store/migrations.h"
#include "store/settingsrepository.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace clearsight;

namespace
{

QVariant pragma(const QString &path, const QString &name)
{
    Result<Connection> c = Connection::open(path, Connection::Mode::ReadOnly);
    EXPECT_TRUE(c.ok());
    QSqlQuery q(c->database());
    EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA ") + name));
    EXPECT_TRUE(q.next());
    return q.value(0);
}

// Makes a plain SQLite file with the native API, as another program would.
void makeForeignDatabase(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST(Workspace, CreateMakesAPrivateWalDatabaseAtTheCurrentVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clearsight"));
    const Result<WorkspaceInfo> info = workspace::create(path);
    ASSERT_TRUE(info.ok()) << info.error().message.toStdString();
    EXPECT_EQ(info->schemaVersion, currentSchemaVersion());
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                               QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    EXPECT_TRUE(QFileInfo(path).permissions() & QFileDevice::ReadOwner);
    EXPECT_EQ(pragma(path, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(path, QStringLiteral("application_id")).toInt(), workspaceApplicationId);
    EXPECT_EQ(pragma(path, QStringLiteral("user_version")).toInt(), currentSchemaVersion());
}

TEST(Workspace, CreateRefusesAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clearsight"));
    test::writeFile(path, "keep me");
    const Result<WorkspaceInfo> info = workspace::create(path);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(test::readFile(path), QByteArray("keep me"));
}

TEST(Workspace, SettingsAreStoredAndReadBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clearsight"));
    WorkspaceSettings settings;
    settings.nationalCurrency = QStringLiteral("USD");
    settings.valuationBasis = ValuationBasis::Fob;
    ASSERT_TRUE(workspace::create(path, settings).ok());
    const Result<WorkspaceInfo> info = workspace::open(path);
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->settings.nationalCurrency, QStringLiteral("USD"));
    EXPECT_EQ(info->settings.valuationBasis, ValuationBasis::Fob);
}

TEST(Workspace, OpeningATextFileSaysItIsNotAWorkspaceAndChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.clearsight"));
    const QByteArray content = "declaration_id,date\n1,2025-01-01\n";
    test::writeFile(path, content);
    const Result<WorkspaceInfo> info = workspace::open(path);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, Error::Code::NotAWorkspace);
    EXPECT_TRUE(info.error().message.contains(path));
    EXPECT_EQ(test::readFile(path), content);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST(Workspace, OpeningAnEmptyFileSaysItIsNotAWorkspace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.clearsight"));
    test::writeFile(path, QByteArray());
    const Result<WorkspaceInfo> info = workspace::open(path);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, Error::Code::NotAWorkspace);
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

TEST(Workspace, OpeningAnotherProgramsSqliteFileChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    makeForeignDatabase(path, "CREATE TABLE t(x); INSERT INTO t VALUES(42);");
    const QByteArray before = test::readFile(path);
    const Result<WorkspaceInfo> info = workspace::open(path);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, Error::Code::NotAWorkspace);
    EXPECT_EQ(test::readFile(path), before);
}

TEST(Workspace, OpeningAWorkspaceFromANewerVersionIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.clearsight"));
    ASSERT_TRUE(workspace::create(path).ok());
    const QByteArray stamp =
        QStringLiteral("PRAGMA user_version=%1;").arg(currentSchemaVersion() + 1).toUtf8();
    makeForeignDatabase(path, stamp.constData());
    const QByteArray before = test::readFile(path);
    const Result<WorkspaceInfo> info = workspace::open(path);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, Error::Code::WorkspaceTooNew);
    EXPECT_TRUE(info.error().message.contains(QStringLiteral("newer")));
    EXPECT_EQ(test::readFile(path), before);
}

TEST(Workspace, OpeningAMissingFileNamesIt)
{
    const Result<WorkspaceInfo> info = workspace::open(QStringLiteral("/nonexistent/x.clearsight"));
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, Error::Code::FileNotFound);
    EXPECT_TRUE(info.error().message.contains(QStringLiteral("/nonexistent/x.clearsight")));
}
