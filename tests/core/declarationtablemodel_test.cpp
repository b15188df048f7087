#include "ingest/importer.h"
#include "models/declarationtablemodel.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;

namespace
{

class DeclarationTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("w.clearsight"));
        ASSERT_TRUE(workspace::create(m_db).ok());
        QByteArray bytes = test::canonicalHeader() + '\n';
        // 600 rows (more than two pages): traders TR000..TR009, every third an export.
        for (int i = 0; i < 600; ++i) {
            bytes += test::canonicalLine(
                         {QStringLiteral("declaration_id=D%1").arg(i, 4, 10, QLatin1Char('0')),
                          QStringLiteral("trader_id=TR%1").arg(i % 10, 3, 10, QLatin1Char('0')),
                          QStringLiteral("flow=%1").arg(i % 3 == 0 ? QStringLiteral("EX")
                                                                   : QStringLiteral("IM")),
                          QStringLiteral("cif_value=%1").arg(1000 + i)}) +
                     '\n';
        }
        const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
        test::writeFile(csv, bytes);
        ASSERT_TRUE(importFile(m_db, csv).ok());
    }

    static void waitUntilIdle(DeclarationTableModel &model)
    {
        ASSERT_TRUE(QTest::qWaitFor([&model] { return !model.isBusy(); }, 10000));
    }

    // Touches every row so that all pages load, then waits for them.
    static void loadAll(DeclarationTableModel &model)
    {
        waitUntilIdle(model);
        for (int r = 0; r < model.rowCount(); r += DeclarationTableModel::pageSize())
            model.data(model.index(r, 0));
        waitUntilIdle(model);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(DeclarationTableModelTest, ShowsEveryStoredRowAndPassesTheModelTester)
{
    DeclarationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(m_db);
    loadAll(model);
    EXPECT_EQ(model.rowCount(), 600);
    EXPECT_EQ(model.columnCount(), declarationViewColumnCount);
    EXPECT_EQ(model.data(model.index(0, int(CanonicalColumn::DeclarationId))).toString(),
              QStringLiteral("D0000"));
    EXPECT_EQ(model.data(model.index(599, int(CanonicalColumn::DeclarationId))).toString(),
              QStringLiteral("D0599"));
    EXPECT_DOUBLE_EQ(model.data(model.index(5, int(CanonicalColumn::CifValue))).toDouble(), 1005.0);
    EXPECT_EQ(model.headerData(int(CanonicalColumn::CifValue), Qt::Horizontal, Qt::DisplayRole)
                  .toString(),
              QStringLiteral("Customs value"));
}

TEST_F(DeclarationTableModelTest, FiltersRunInSql)
{
    DeclarationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(m_db);
    waitUntilIdle(model);
    DeclarationFilter filter;
    filter.flow = QStringLiteral("EX");
    model.setFilter(filter);
    loadAll(model);
    EXPECT_EQ(model.rowCount(), 200);
    filter.traderId = QStringLiteral("TR003");
    model.setFilter(filter);
    loadAll(model);
    // Rows i with i % 10 == 3 and i % 3 == 0: i = 3, 33, 63, ... (every 30th): 20 rows.
    EXPECT_EQ(model.rowCount(), 20);
    filter = {};
    filter.declarationId = QStringLiteral("D0007");
    model.setFilter(filter);
    loadAll(model);
    EXPECT_EQ(model.rowCount(), 1); // an exact reference, not a prefix
    filter = {};
    filter.search = QStringLiteral("D00");
    model.setFilter(filter);
    loadAll(model);
    EXPECT_EQ(model.rowCount(), 100);
}

TEST_F(DeclarationTableModelTest, SortingRunsInSql)
{
    DeclarationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(m_db);
    loadAll(model);
    model.sort(int(CanonicalColumn::CifValue), Qt::DescendingOrder);
    loadAll(model);
    EXPECT_DOUBLE_EQ(model.data(model.index(0, int(CanonicalColumn::CifValue))).toDouble(), 1599.0);
    EXPECT_DOUBLE_EQ(model.data(model.index(599, int(CanonicalColumn::CifValue))).toDouble(),
                     1000.0);
}
