// The summary tables must give exactly what GROUP BY over the declarations gives, for every
// dimension and filter combination, after one import, an analysis, a second import and a
// re-analysis; and a workspace from before the summaries gets them on opening.

#include "analysis/analysisrunner.h"
#include "demo/demogenerator.h"
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/migrations.h"
#include "store/summarycells.h"
#include "store/summaryrepository.h"
#include "store/workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace clearsight;

namespace
{

std::string describe(SummaryDimension d, const SummaryFilter &f)
{
    QStringList parts{summaryDimensionKey(d)};
    for (const SummaryDimension g : summaryGroupDimensions()) {
        if (const QString *v = f.field(g); v && !v->isEmpty())
            parts << summaryDimensionKey(g) + QLatin1Char('=') + *v;
    }
    if (!f.from.isEmpty() || !f.to.isEmpty())
        parts << f.from + QStringLiteral("..") + f.to;
    return parts.join(QLatin1Char(' ')).toStdString();
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)});
}

void expectSameFigures(const SummaryFigures &a, const SummaryFigures &b, const std::string &where)
{
    EXPECT_EQ(a.items, b.items) << where;
    EXPECT_EQ(a.declarations, b.declarations) << where;
    EXPECT_TRUE(near(a.customsValue, b.customsValue))
        << where << " " << a.customsValue << " vs " << b.customsValue;
    EXPECT_TRUE(near(a.dutyPaid, b.dutyPaid)) << where;
    EXPECT_EQ(a.inspected, b.inspected) << where;
    EXPECT_EQ(a.illicit, b.illicit) << where;
    EXPECT_TRUE(near(a.revenueRecovered, b.revenueRecovered)) << where;
    EXPECT_EQ(a.flagged, b.flagged) << where;
    EXPECT_TRUE(near(a.revenueAtStake, b.revenueAtStake)) << where;
}

class SummaryCheck
{
public:
    explicit SummaryCheck(const QString &db) : m_connection(Connection::open(db).value()) {}

    // Compares summarize() with plain GROUP BY for one dimension and filter; returns whether
    // the summary tables answered.
    bool compare(SummaryDimension d, const SummaryFilter &f)
    {
        SummaryRepository summaries(m_connection);
        const Result<SummaryResult> fast = summaries.summarize(d, f);
        const Result<SummaryResult> plain = summaries.summarizeFromDeclarations(d, f);
        const std::string where = describe(d, f);
        EXPECT_TRUE(fast.ok()) << where << ": " << fast.error().message.toStdString();
        EXPECT_TRUE(plain.ok()) << where;
        if (!fast.ok() || !plain.ok())
            return false;
        std::map<QString, SummaryFigures> expected;
        for (const SummaryRow &row : plain->rows)
            expected[row.key] = row.figures;
        EXPECT_EQ(fast->rows.size(), expected.size()) << where;
        EXPECT_EQ(fast->totalGroups, plain->totalGroups) << where;
        for (const SummaryRow &row : fast->rows) {
            const auto it = expected.find(row.key);
            EXPECT_NE(it, expected.end()) << where << " key " << row.key.toStdString();
            if (it != expected.end())
                expectSameFigures(row.figures, it->second, where + " key " + row.key.toStdString());
        }
        return fast->source == SummarySource::SummaryTables;
    }

    // What the dashboard shows for `f`: the KPI tiles, the time series (months for one
    // trader, else weeks), the rankings and the channels. True when the summary tables served
    // every chart.
    bool compareDashboard(const SummaryFilter &f)
    {
        const SummaryDimension time =
            f.traderId.isEmpty() ? SummaryDimension::Week : SummaryDimension::Month;
        bool allFromTables = true;
        for (const SummaryDimension d :
             {SummaryDimension::Total, time, SummaryDimension::Trader, SummaryDimension::HsChapter,
              SummaryDimension::Origin, SummaryDimension::Office, SummaryDimension::Declarant,
              SummaryDimension::Lane, SummaryDimension::Channel}) {
            const bool fromTables = compare(d, f);
            EXPECT_TRUE(fromTables) << describe(d, f) << " was read from the declarations";
            allFromTables = allFromTables && fromTables;
        }
        return allFromTables;
    }

    QString firstKey(SummaryDimension d)
    {
        const Result<SummaryResult> r = SummaryRepository(m_connection).summarize(d, {}, 1);
        return r.ok() && !r->rows.empty() ? r->rows.front().key : QString();
    }

    // Every dimension under no filter, each single filter, a period of whole months alone and
    // with each filter, an exact period, and two filters at once. Returns how many answers came
    // from the summary tables.
    int compareAll(const QString &year)
    {
        std::vector<SummaryFilter> filters{SummaryFilter{}};
        SummaryFilter months;
        months.from = year + QStringLiteral("-03-01");
        months.to = year + QStringLiteral("-05-31");
        filters.push_back(months);
        for (const SummaryDimension g : summaryGroupDimensions()) {
            SummaryFilter single;
            if (!single.field(g))
                continue;
            *single.field(g) = firstKey(g);
            filters.push_back(single);
            single.from = months.from;
            single.to = months.to;
            filters.push_back(single);
        }
        SummaryFilter exact;
        exact.from = year + QStringLiteral("-03-10");
        exact.to = year + QStringLiteral("-04-20");
        filters.push_back(exact);
        exact.origin = firstKey(SummaryDimension::Origin);
        filters.push_back(exact);
        SummaryFilter two;
        two.origin = firstKey(SummaryDimension::Origin);
        two.channel = firstKey(SummaryDimension::Channel);
        filters.push_back(two);

        std::vector<SummaryDimension> dimensions = summaryGroupDimensions();
        dimensions.push_back(SummaryDimension::Total);
        int fromTables = 0;
        for (const SummaryDimension d : dimensions) {
            for (const SummaryFilter &f : filters)
                fromTables += compare(d, f) ? 1 : 0;
        }
        return fromTables;
    }

private:
    Connection m_connection;
};

QString writeDemo(const QTemporaryDir &dir, const QString &name, quint64 seed, int year)
{
    const QString csv = dir.filePath(name);
    DemoOptions options;
    options.rows = 12000;
    options.seed = seed;
    options.year = year;
    EXPECT_TRUE(writeDemoDataset(csv, options).ok());
    return csv;
}

// A new workspace in `dir` holding one imported demo year; "" when that failed.
QString importedWorkspace(const QTemporaryDir &dir, quint64 seed)
{
    const QString db = dir.filePath(QStringLiteral("w.clearsight"));
    if (!workspace::create(db).ok())
        return {};
    const auto imported = importFile(db, writeDemo(dir, QStringLiteral("a.csv"), seed, 2025));
    EXPECT_TRUE(imported.ok()) << imported.error().message.toStdString();
    return imported.ok() ? db : QString();
}

} // namespace

TEST(Summaries, MatchPlainGroupByAfterImportsAndAnalyses)
{
    QTemporaryDir dir;
    const QString db = importedWorkspace(dir, 7);
    ASSERT_FALSE(db.isEmpty());
    const int fromTables = SummaryCheck(db).compareAll(QStringLiteral("2025"));
    // Most combinations are served from the summary tables (the rest fall back, exactly).
    EXPECT_GT(fromTables, 150);

    ASSERT_TRUE(runAnalyses(db).ok());
    {
        SummaryCheck check(db);
        EXPECT_TRUE(check.compare(SummaryDimension::Total, {}));
        check.compareAll(QStringLiteral("2025"));
    }
    Connection c = Connection::open(db).value();
    const Result<SummaryResult> total = SummaryRepository(c).summarize(SummaryDimension::Total, {});
    ASSERT_TRUE(total.ok());
    EXPECT_GT(total->rows.front().figures.flagged, 0);

    ASSERT_TRUE(importFile(db, writeDemo(dir, QStringLiteral("b.csv"), 8, 2024)).ok());
    SummaryCheck(db).compareAll(QStringLiteral("2024"));
    ASSERT_TRUE(runAnalyses(db).ok());
    SummaryCheck(db).compareAll(QStringLiteral("2025"));
}

TEST(Summaries, EveryDashboardChartUnderAPeriodAndOneFilterComesFromTheTables)
{
    QTemporaryDir dir;
    const QString db = importedWorkspace(dir, 11);
    ASSERT_FALSE(db.isEmpty());
    ASSERT_TRUE(runAnalyses(db).ok());
    SummaryCheck check(db);
    SummaryFilter period;
    period.from = QStringLiteral("2025-04-01");
    period.to = QStringLiteral("2025-06-30");
    EXPECT_TRUE(check.compareDashboard({}));
    EXPECT_TRUE(check.compareDashboard(period));
    for (const SummaryDimension g : summaryGroupDimensions()) {
        SummaryFilter single;
        if (!single.field(g))
            continue;
        *single.field(g) = check.firstKey(g);
        EXPECT_TRUE(check.compareDashboard(single)) << summaryDimensionKey(g).toStdString();
        single.from = period.from;
        single.to = period.to;
        EXPECT_TRUE(check.compareDashboard(single))
            << "period + " << summaryDimensionKey(g).toStdString();
    }
}

TEST(Summaries, StayExactWhenMergedInParts)
{
    // Import and rebuild merge their cells in parts past a threshold (memory stays bounded);
    // a low threshold makes both merge every few hundred declarations.
    struct Threshold {
        size_t saved = SummaryCells::flushCells;
        Threshold() { SummaryCells::flushCells = 3000; }
        ~Threshold() { SummaryCells::flushCells = saved; }
    } threshold;
    QTemporaryDir dir;
    const QString db = importedWorkspace(dir, 13);
    ASSERT_FALSE(db.isEmpty());
    ASSERT_TRUE(runAnalyses(db).ok());
    EXPECT_GT(SummaryCheck(db).compareAll(QStringLiteral("2025")), 150);
    {
        Connection c = Connection::open(db).value();
        ASSERT_TRUE(SummaryRepository(c).rebuild().ok());
    }
    EXPECT_GT(SummaryCheck(db).compareAll(QStringLiteral("2025")), 150);
}

TEST(Summaries, TimeKeysAreMonthsIsoWeeksAndDays)
{
    QTemporaryDir dir;
    const QString db = importedWorkspace(dir, 3);
    ASSERT_FALSE(db.isEmpty());
    Connection c = Connection::open(db).value();
    SummaryRepository summaries(c);
    const auto months = summaries.summarize(SummaryDimension::Month, {});
    ASSERT_TRUE(months.ok());
    ASSERT_EQ(months->rows.size(), 12u);
    EXPECT_EQ(months->rows.front().key, QStringLiteral("2025-01"));
    const auto weeks = summaries.summarize(SummaryDimension::Week, {});
    ASSERT_TRUE(weeks.ok());
    // 1 January 2025 is a Wednesday: ISO week 1 of 2025.
    EXPECT_EQ(weeks->rows.front().key, QStringLiteral("2025-W01"));
    EXPECT_EQ(weeks->rows.back().key, QStringLiteral("2026-W01")); // 29-31 December 2025
    SummaryFilter march;
    march.from = QStringLiteral("2025-03-01");
    march.to = QStringLiteral("2025-03-31");
    const auto days = summaries.summarize(SummaryDimension::Day, march);
    ASSERT_TRUE(days.ok());
    EXPECT_EQ(days->rows.front().key.left(7), QStringLiteral("2025-03"));
    EXPECT_LE(days->rows.size(), 31u);
    const auto ranked = summaries.summarize(SummaryDimension::Trader, {}, 5);
    ASSERT_TRUE(ranked.ok());
    ASSERT_EQ(ranked->rows.size(), 5u);
    EXPECT_GT(ranked->totalGroups, 5);
    EXPECT_GE(ranked->rows[0].figures.customsValue, ranked->rows[1].figures.customsValue);
}

TEST(Summaries, AWorkspaceFromBeforeTheSummariesGetsThemOnOpening)
{
    QTemporaryDir dir;
    const QString db = importedWorkspace(dir, 5);
    ASSERT_FALSE(db.isEmpty());
    {
        // Back to schema 4: drop the summaries, as a workspace of the previous version had none.
        Connection c = Connection::open(db).value();
        for (const char *sql : {"DROP TABLE summary_general", "DROP TABLE summary_daily",
                                "DROP TABLE summary_entity", "PRAGMA user_version = 4"})
            ASSERT_TRUE(c.exec(QLatin1StringView(sql)).ok());
    }
    const Result<WorkspaceInfo> opened = workspace::open(db);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened->upgradedFrom, 4);
    EXPECT_EQ(opened->schemaVersion, currentSchemaVersion());
    SummaryCheck check(db);
    EXPECT_TRUE(check.compare(SummaryDimension::Month, {}));
    EXPECT_TRUE(check.compare(SummaryDimension::Trader, {}));
}

TEST(Summaries, AWorkspaceWithoutTheTradersMonthlyCellsGetsThemOnOpening)
{
    QTemporaryDir dir;
    const QString db = importedWorkspace(dir, 5);
    ASSERT_FALSE(db.isEmpty());
    {
        // Back to schema 5, whose summary_entity held a trader's dimensions for the whole
        // period only.
        Connection c = Connection::open(db).value();
        for (const char *sql : {"DELETE FROM summary_entity WHERE kind = 'trader' AND dim <> '' "
                                "AND month <> 0",
                                "PRAGMA user_version = 5"})
            ASSERT_TRUE(c.exec(QLatin1StringView(sql)).ok());
    }
    const Result<WorkspaceInfo> opened = workspace::open(db);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened->upgradedFrom, 5);
    SummaryCheck check(db);
    SummaryFilter filter;
    filter.from = QStringLiteral("2025-02-01");
    filter.to = QStringLiteral("2025-03-31");
    filter.office = check.firstKey(SummaryDimension::Office);
    EXPECT_TRUE(check.compare(SummaryDimension::Trader, filter));
}

TEST(Summaries, AnUpgradeCancelledWhileFillingIsDoneAgainAtTheNextOpening)
{
    QTemporaryDir dir;
    const QString db = importedWorkspace(dir, 5);
    ASSERT_FALSE(db.isEmpty());
    {
        Connection c = Connection::open(db).value();
        ASSERT_TRUE(c.exec(QStringLiteral("PRAGMA user_version = 5")).ok());
    }
    qint64 rows = 0;
    const Result<WorkspaceInfo> cancelled = workspace::open(db, [&rows](qint64, qint64 total) {
        rows = total;
        return false;
    });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
    EXPECT_GT(rows, 10000); // the declarations to read
    {
        Connection c = Connection::open(db).value();
        EXPECT_TRUE(SummaryRepository(c).needsRebuild().value());
    }
    const Result<WorkspaceInfo> opened = workspace::open(db);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Connection c = Connection::open(db).value();
    EXPECT_FALSE(SummaryRepository(c).needsRebuild().value());
    SummaryCheck check(db);
    EXPECT_TRUE(check.compare(SummaryDimension::Trader, {}));
}
