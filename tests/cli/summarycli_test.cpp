// clearsight-cli summary: the dashboard's figures for scripts, one row per key.
#include "clitestsupport.h"
#include "store/connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{

using clitest::cli;
using clitest::CliRun;

class SummaryCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = clitest::importedDemoWorkspace(*s_dir);
        ASSERT_FALSE(s_db.isEmpty());
    }
    static void TearDownTestSuite() { delete s_dir; }

    static QJsonArray json(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("summary"));
        arguments << QStringLiteral("--db") << s_db << QStringLiteral("--format")
                  << QStringLiteral("json");
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    // The same figure straight from the declarations, for an independent check.
    static double sql(const QString &statement)
    {
        clearsight::Result<clearsight::Connection> c =
            clearsight::Connection::open(s_db, clearsight::Connection::Mode::ReadOnly);
        EXPECT_TRUE(c.ok());
        QSqlQuery q(c.value().database());
        EXPECT_TRUE(q.exec(statement) && q.next()) << statement.toStdString();
        return q.value(0).toDouble();
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_db;
};

} // namespace

TEST_F(SummaryCli, MonthRowsCarryEveryFigureAndAddUpToTheStore)
{
    const QJsonArray months = json({QStringLiteral("--by"), QStringLiteral("month")});
    ASSERT_EQ(months.size(), 12);
    const QJsonObject first = months.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("month")).toString(), QStringLiteral("2025-01"));
    for (const char *key : {"declarations", "customs_value", "duty_paid", "inspected", "illicit",
                            "revenue_recovered", "flagged"})
        EXPECT_TRUE(first.contains(QLatin1StringView(key))) << key;
    double items = 0, customs = 0;
    for (const QJsonValue &row : months) {
        items += row.toObject().value(QStringLiteral("items")).toDouble();
        customs += row.toObject().value(QStringLiteral("customs_value")).toDouble();
    }
    EXPECT_EQ(items, sql(QStringLiteral("SELECT COUNT(*) FROM declarations")));
    EXPECT_NEAR(customs, sql(QStringLiteral("SELECT TOTAL(cif_value) FROM declarations")), 1.0);
}

TEST_F(SummaryCli, WeeksAreIsoAndFiltersNarrowTheRows)
{
    const QJsonArray weeks = json({QStringLiteral("--by"), QStringLiteral("week")});
    ASSERT_FALSE(weeks.isEmpty());
    const QRegularExpression iso(QStringLiteral("^\\d{4}-W\\d{2}$"));
    for (const QJsonValue &row : weeks)
        EXPECT_TRUE(iso.match(row.toObject().value(QStringLiteral("week")).toString()).hasMatch());

    const QJsonArray red = json({QStringLiteral("--by"), QStringLiteral("origin"),
                                 QStringLiteral("--filter"), QStringLiteral("channel=RED"),
                                 QStringLiteral("--filter"), QStringLiteral("from=2025-04-01"),
                                 QStringLiteral("--filter"), QStringLiteral("to=2025-06-30")});
    double inspected = 0;
    for (const QJsonValue &row : red)
        inspected += row.toObject().value(QStringLiteral("items")).toDouble();
    EXPECT_GT(inspected, 0);
    EXPECT_EQ(inspected,
              sql(QStringLiteral("SELECT COUNT(*) FROM declarations WHERE channel = "
                                 "'RED' AND date BETWEEN '2025-04-01' AND '2025-06-30'")));
}

TEST_F(SummaryCli, BadDimensionsAndFiltersAreUsageErrors)
{
    const CliRun unknown = cli({QStringLiteral("summary"), QStringLiteral("--db"), s_db,
                                QStringLiteral("--by"), QStringLiteral("colour")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("hs_chapter")));
    const CliRun badFilter =
        cli({QStringLiteral("summary"), QStringLiteral("--db"), s_db, QStringLiteral("--by"),
             QStringLiteral("trader"), QStringLiteral("--filter"), QStringLiteral("colour=red")});
    EXPECT_EQ(badFilter.exitCode, 2);
    const CliRun badDate =
        cli({QStringLiteral("summary"), QStringLiteral("--db"), s_db, QStringLiteral("--by"),
             QStringLiteral("day"), QStringLiteral("--filter"), QStringLiteral("from=2025-13-01")});
    EXPECT_EQ(badDate.exitCode, 2);
}
