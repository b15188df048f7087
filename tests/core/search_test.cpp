#include "ingest/importer.h"
#include "store/connection.h"
#include "store/searchrepository.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace clearsight;
using test::canonicalLine;

namespace
{

QStringList keys(const std::vector<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result << hit.key;
    return result;
}

// Five declarations of four traders; two of them share the reference prefix "25IM01".
class SearchRepositoryTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("search.clearsight"));
        const QString csv = m_dir.filePath(QStringLiteral("search.csv"));
        const auto line = [](const char *declaration, const char *item, const char *trader,
                             const char *name, const char *hs) {
            return canonicalLine(
                {QStringLiteral("declaration_id=") + QLatin1StringView(declaration),
                 QStringLiteral("item_no=") + QLatin1StringView(item),
                 QStringLiteral("trader_id=") + QLatin1StringView(trader),
                 QStringLiteral("trader_name=") + QLatin1StringView(name),
                 QStringLiteral("hs_code=") + QLatin1StringView(hs)});
        };
        test::writeFile(
            csv, test::canonicalHeader() + '\n' +
                     line("25IM0100", "1", "TR001", "ACME TRADING LTD", "847130") + '\n' +
                     line("25IM0100", "2", "TR001", "ACME TRADING LTD", "847130") + '\n' +
                     line("25IM0107", "1", "TR002", "NORTHERN FISH CO", "030489") + '\n' +
                     line("25IM0200", "1", "TR010", "OLIVE GROVE EXPORTS", "847150") + '\n' +
                     line("25IM0300", "1", "XY900", "GLOBAL ACME HOLDINGS", "940540") + '\n');
        ASSERT_TRUE(workspace::create(m_path).ok());
        const Result<ImportSummary> imported = importFile(m_path, csv);
        ASSERT_TRUE(imported.ok()) << qPrintable(imported.error().message);
        ASSERT_EQ(imported->stored, 5);
        Result<Connection> connection = Connection::open(m_path, Connection::Mode::ReadOnly);
        ASSERT_TRUE(connection.ok());
        m_connection = std::make_unique<Connection>(std::move(connection.value()));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Connection> m_connection;
};

} // namespace

TEST_F(SearchRepositoryTest, FindsATraderByAPartOfItsNameAndByItsIdPrefix)
{
    const SearchRepository search(*m_connection);
    const Result<std::vector<SearchHit>> byName = search.traders(QStringLiteral("acme"), 8);
    ASSERT_TRUE(byName.ok()) << qPrintable(byName.error().message);
    EXPECT_EQ(keys(byName.value()), QStringList({QStringLiteral("TR001"), QStringLiteral("XY900")}))
        << qPrintable(keys(byName.value()).join(QLatin1Char(',')));
    ASSERT_FALSE(byName->empty());
    EXPECT_EQ(byName->front().name, QStringLiteral("ACME TRADING LTD"));
    EXPECT_EQ(byName->front().items, 2);

    // An id prefix, typed in lower case, and only those: "TR01" is not "TR001".
    const Result<std::vector<SearchHit>> byId = search.traders(QStringLiteral("tr01"), 8);
    ASSERT_TRUE(byId.ok());
    EXPECT_EQ(keys(byId.value()), QStringList{QStringLiteral("TR010")});
}

TEST_F(SearchRepositoryTest, FindsADeclarationByItsReferencePrefix)
{
    const SearchRepository search(*m_connection);
    const Result<std::vector<SearchHit>> hits = search.declarations(QStringLiteral("25IM01"), 8);
    ASSERT_TRUE(hits.ok()) << qPrintable(hits.error().message);
    EXPECT_EQ(keys(hits.value()),
              QStringList({QStringLiteral("25IM0100"), QStringLiteral("25IM0107")}));
    ASSERT_EQ(hits->size(), 2u);
    EXPECT_EQ(hits->front().items, 2); // two items, one declaration
    EXPECT_EQ(hits->front().name, QStringLiteral("ACME TRADING LTD"));
    EXPECT_EQ(hits->front().date, QStringLiteral("2025-03-14"));

    // The limit holds, and a reference prefix matches from the start only.
    const Result<std::vector<SearchHit>> one = search.declarations(QStringLiteral("25im"), 1);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(keys(one.value()), QStringList{QStringLiteral("25IM0100")});
    const Result<std::vector<SearchHit>> middle = search.declarations(QStringLiteral("IM01"), 8);
    ASSERT_TRUE(middle.ok());
    EXPECT_TRUE(middle->empty());
}

TEST_F(SearchRepositoryTest, FindsHsCodesByPrefixWithTheirHs2022Description)
{
    const SearchRepository search(*m_connection);
    const Result<std::vector<SearchHit>> hits = search.hsCodes(QStringLiteral("8471"), 8);
    ASSERT_TRUE(hits.ok()) << qPrintable(hits.error().message);
    // The heading itself (from HS 2022), then the distinct codes the workspace holds.
    EXPECT_EQ(keys(hits.value()), QStringList({QStringLiteral("8471"), QStringLiteral("847130"),
                                               QStringLiteral("847150")}));
    ASSERT_EQ(hits->size(), 3u);
    EXPECT_FALSE(hits->at(0).inWorkspace);
    EXPECT_TRUE(hits->at(0).name.contains(QStringLiteral("data processing")))
        << qPrintable(hits->at(0).name);
    EXPECT_TRUE(hits->at(1).inWorkspace);
    EXPECT_FALSE(hits->at(1).name.isEmpty());

    const Result<std::vector<SearchHit>> dotted = search.hsCodes(QStringLiteral("8471.30"), 8);
    ASSERT_TRUE(dotted.ok());
    EXPECT_EQ(keys(dotted.value()), QStringList{QStringLiteral("847130")});
    EXPECT_TRUE(dotted->front().inWorkspace);
    EXPECT_TRUE(search.hsCodes(QStringLiteral("acme"), 8)->empty());
}

TEST_F(SearchRepositoryTest, SearchGroupsEveryKindAndFindsNothingForBlankText)
{
    const SearchRepository search(*m_connection);
    const Result<SearchResults> results = search.search(QStringLiteral(" 25IM03 "));
    ASSERT_TRUE(results.ok());
    EXPECT_EQ(keys(results->declarations), QStringList{QStringLiteral("25IM0300")});
    EXPECT_TRUE(results->traders.empty());
    EXPECT_TRUE(results->hsCodes.empty());
    const Result<SearchResults> blank = search.search(QStringLiteral("  "));
    ASSERT_TRUE(blank.ok());
    EXPECT_TRUE(blank->isEmpty());

    const Result<SearchResults> opened = searchWorkspace(m_path, QStringLiteral("fish"));
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(keys(opened->traders), QStringList{QStringLiteral("TR002")});
}

TEST_F(SearchRepositoryTest, NoQueryReadsEveryDeclarationItem)
{
    // What keeps the search box fast on 10 million items: each query on the declarations is a
    // seek on an index, never a scan of the table.
    const Result<QStringList> plans =
        SearchRepository(*m_connection).queryPlans(QStringLiteral("8471"));
    ASSERT_TRUE(plans.ok()) << qPrintable(plans.error().message);
    ASSERT_FALSE(plans->isEmpty());
    const QString all = plans->join(QLatin1Char('\n'));
    EXPECT_FALSE(all.contains(QStringLiteral("SCAN declarations"))) << qPrintable(all);
    EXPECT_FALSE(all.contains(QStringLiteral("TEMP B-TREE"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("INDEX declarations_ref"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("INDEX declarations_hs_origin"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("SEARCH traders"))) << qPrintable(all);
}

TEST(SearchRepository, PrefixEndIsTheFirstStringAfterThePrefix)
{
    EXPECT_EQ(SearchRepository::prefixEnd(QStringLiteral("TR0")), QStringLiteral("TR1"));
    EXPECT_EQ(SearchRepository::prefixEnd(QStringLiteral("a")), QStringLiteral("b"));
    EXPECT_EQ(SearchRepository::prefixEnd(QString(QChar(0xFFFF))), QString());
    EXPECT_EQ(SearchRepository::hsDigits(QStringLiteral("84 71.30")), QStringLiteral("847130"));
    EXPECT_EQ(SearchRepository::hsDigits(QStringLiteral("8")), QString());
    EXPECT_EQ(SearchRepository::hsDigits(QStringLiteral("84a")), QString());
}
