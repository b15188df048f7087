#include "store/connection.h"
#include "store/declarationindexes.h"
#include "store/migrations.h"
#include "store/workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace clearsight;

namespace
{

// A file at schema version 0 that carries the workspace marker, as create() makes it before
// the migrations run.
QString makeEmptyMarkedFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("old.clearsight"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    Result<Connection> c = Connection::open(path);
    EXPECT_TRUE(c.ok());
    EXPECT_TRUE(
        c->exec(QStringLiteral("PRAGMA application_id=%1").arg(workspaceApplicationId)).ok());
    return path;
}

QStringList indexesOn(const Connection &c, const QString &table)
{
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL ORDER BY name"));
    q.addBindValue(table);
    EXPECT_TRUE(q.exec());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

TEST(Migrations, EachStepStampsItsVersionInOrder)
{
    QTemporaryDir dir;
    const QString path = makeEmptyMarkedFile(dir);
    Result<Connection> c = Connection::open(path);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(schemaVersion(c.value()).value(), 0);
    for (int version = 1; version <= currentSchemaVersion(); ++version) {
        ASSERT_TRUE(migrateTo(c.value(), version).ok());
        EXPECT_EQ(schemaVersion(c.value()).value(), version);
    }
}

TEST(Migrations, AVersionOneWorkspaceKeepsItsDataWhenUpgraded)
{
    QTemporaryDir dir;
    const QString path = makeEmptyMarkedFile(dir);
    {
        Result<Connection> c = Connection::open(path);
        ASSERT_TRUE(migrateTo(c.value(), 1).ok());
        ASSERT_TRUE(
            c->exec(QStringLiteral("INSERT INTO import_batches(id, file_name, file_path, sha256, "
                                   "file_size, started_at, profile, mapping) VALUES(1, 'a.csv', "
                                   "'/a.csv', 'x', 1, '2025-01-01', 'canonical', '{}')"))
                .ok());
        ASSERT_TRUE(c->exec(QStringLiteral("INSERT INTO declarations(batch_id, source_line, "
                                           "declaration_id, date, trader_id) VALUES(1, 2, 'D1', "
                                           "'2025-01-01', 'TR1')"))
                        .ok());
    }
    // open() upgrades in place and says from which version.
    const Result<WorkspaceInfo> info = workspace::open(path);
    ASSERT_TRUE(info.ok()) << info.error().message.toStdString();
    EXPECT_EQ(info->upgradedFrom, 1);
    EXPECT_EQ(info->schemaVersion, currentSchemaVersion());
    Result<Connection> c = Connection::open(path);
    QSqlQuery q(c->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT declaration_id, trader_id FROM declarations")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("D1"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("TR1"));
}

TEST(Migrations, TheBulkIndexListMatchesTheMigratedSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clearsight"));
    ASSERT_TRUE(workspace::create(path).ok());
    Result<Connection> c = Connection::open(path);
    QStringList expected = declarationIndexNames();
    expected.sort();
    EXPECT_EQ(indexesOn(c.value(), QStringLiteral("declarations")), expected);
    // Dropping and rebuilding them (as a bulk load does) gives the same schema back.
    ASSERT_TRUE(dropDeclarationIndexes(c.value()).ok());
    EXPECT_TRUE(indexesOn(c.value(), QStringLiteral("declarations")).isEmpty());
    ASSERT_TRUE(createDeclarationIndexes(c.value()).ok());
    EXPECT_EQ(indexesOn(c.value(), QStringLiteral("declarations")), expected);
}

TEST(Migrations, DuplicateItemsAreNotPreventedBySchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clearsight"));
    ASSERT_TRUE(workspace::create(path).ok());
    Result<Connection> c = Connection::open(path);
    ASSERT_TRUE(
        c->exec(QStringLiteral("INSERT INTO import_batches(id, file_name, file_path, sha256, "
                               "file_size, started_at, profile, mapping) VALUES(1, 'a', "
                               "'a', 'x', 1, 'now', 'canonical', '{}')"))
            .ok());
    const QString insert = QStringLiteral("INSERT INTO declarations(batch_id, source_line, "
                                          "declaration_id, item_no, date) VALUES(1, 2, 'D1', 1, "
                                          "'2025-01-01')");
    EXPECT_TRUE(c->exec(insert).ok());
    EXPECT_TRUE(c->exec(insert).ok());
}
