// `clearsight-cli trader` as a script runs it: the JSON contract against the store, and the
// exit codes of an unknown trader and a bad period.
#include "clitestsupport.h"
#include "store/connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace clearsight;

namespace
{

using clitest::cli;
using clitest::CliRun;

class TraderCli : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = clitest::importedDemoWorkspace(*s_dir);
        ASSERT_FALSE(s_db.isEmpty());
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QVariantList sql(const QString &statement, const QVariantList &bindings = {})
    {
        Result<Connection> connection = Connection::open(s_db, Connection::Mode::ReadOnly);
        EXPECT_TRUE(connection.ok());
        QSqlQuery q(connection.value().database());
        q.prepare(statement);
        for (const QVariant &b : bindings)
            q.addBindValue(b);
        EXPECT_TRUE(q.exec() && q.next()) << qPrintable(statement);
        QVariantList row;
        for (int c = 0; q.isValid() && c < 6; ++c)
            row << q.value(c);
        return row;
    }

    static QTemporaryDir *s_dir;
    static QString s_db;
};

QTemporaryDir *TraderCli::s_dir = nullptr;
QString TraderCli::s_db;

} // namespace

TEST_F(TraderCli, JsonHoldsTheTradersFiguresFromTheStore)
{
    const QString trader =
        sql(QStringLiteral("SELECT trader_id FROM traders ORDER BY items DESC LIMIT 1"))
            .value(0)
            .toString();
    const QVariantList expected =
        sql(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT declaration_id), TOTAL(cif_value), "
                           "MIN(date), MAX(date), TOTAL(inspected = 1) FROM declarations "
                           "WHERE trader_id = ?"),
            {trader});
    const CliRun run =
        cli({QStringLiteral("trader"), QStringLiteral("--db"), s_db, QStringLiteral("--id"), trader,
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(root[QStringLiteral("trader")][QStringLiteral("id")].toString(), trader);
    const QJsonObject period = root[QStringLiteral("period")].toObject();
    EXPECT_EQ(period[QStringLiteral("from")].toString(), expected[3].toString());
    EXPECT_EQ(period[QStringLiteral("to")].toString(), expected[4].toString());
    const QJsonObject totals = root[QStringLiteral("totals")].toObject();
    EXPECT_EQ(totals[QStringLiteral("items")].toInteger(), expected[0].toLongLong());
    EXPECT_EQ(totals[QStringLiteral("declarations")].toInteger(), expected[1].toLongLong());
    EXPECT_NEAR(totals[QStringLiteral("customs_value")].toDouble(), expected[2].toDouble(), 1e-6);
    EXPECT_EQ(totals[QStringLiteral("inspected")].toInteger(), qint64(expected[5].toDouble()));
    // The halves add up to the whole; every month is listed.
    const QJsonArray halves = root[QStringLiteral("halves")].toArray();
    ASSERT_EQ(halves.size(), 2);
    EXPECT_EQ(halves[0][QStringLiteral("items")].toInteger() +
                  halves[1][QStringLiteral("items")].toInteger(),
              expected[0].toLongLong());
    qint64 monthItems = 0;
    for (const QJsonValue &month : root[QStringLiteral("months")].toArray())
        monthItems += month[QStringLiteral("items")].toInteger();
    EXPECT_EQ(monthItems, expected[0].toLongLong());
    const QJsonObject mixes = root[QStringLiteral("mixes")].toObject();
    for (const char *key : {"hs_chapter", "origin", "partner", "incoterm", "declarant"})
        EXPECT_TRUE(mixes[QLatin1StringView(key)][QStringLiteral("rows")].isArray()) << key;
    EXPECT_TRUE(root[QStringLiteral("unit_values")].isArray());
    EXPECT_TRUE(root[QStringLiteral("inspections")][QStringLiteral("hit_rate")].isDouble() ||
                expected[5].toDouble() == 0);
    // Not analysed yet: the standing says so.
    const QJsonObject standing = root[QStringLiteral("standing")].toObject();
    EXPECT_FALSE(standing[QStringLiteral("analysed")].toBool());
    EXPECT_FALSE(standing[QStringLiteral("note")].toString().isEmpty());
    EXPECT_TRUE(root[QStringLiteral("flags")][QStringLiteral("items")].isArray());
}

TEST_F(TraderCli, UnknownTraderFailsAndBadPeriodIsAUsageError)
{
    const CliRun unknown = cli({QStringLiteral("trader"), QStringLiteral("--db"), s_db,
                                QStringLiteral("--id"), QStringLiteral("NO-SUCH-TRADER")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown trader 'NO-SUCH-TRADER'")))
        << unknown.err.toStdString();
    EXPECT_EQ(unknown.err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(unknown.out.isEmpty());

    const CliRun badDate =
        cli({QStringLiteral("trader"), QStringLiteral("--db"), s_db, QStringLiteral("--id"),
             QStringLiteral("X"), QStringLiteral("--from"), QStringLiteral("2025-13-01")});
    EXPECT_EQ(badDate.exitCode, 2);
    const CliRun noId = cli({QStringLiteral("trader"), QStringLiteral("--db"), s_db});
    EXPECT_EQ(noId.exitCode, 2);
    const CliRun text =
        cli({QStringLiteral("trader"), QStringLiteral("--db"), s_db, QStringLiteral("--id"),
             QStringLiteral("X"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(text.exitCode, 2);
}
