#include "declarations/declarationfilterbar.h"
#include "declarations/declarationsview.h"
#include "domain/findingkind.h"
#include "mainwindow/mainwindow.h"
#include "models/declarationtablemodel.h"
#include "quality/completenessmodel.h"
#include "quality/findingsmodel.h"
#include "quality/qualityview.h"
#include "quality/rejectsmodel.h"
#include "store/connection.h"
#include "store/qualityrepository.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{
QualityReport repositoryReport(const QString &path, qint64 batchId)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    EXPECT_TRUE(connection.ok());
    const Result<QualityReport> report = QualityRepository(connection.value()).report(batchId);
    EXPECT_TRUE(report.ok());
    return report ? report.value() : QualityReport{};
}

// The view's tables hold the repository's figures, row for row.
void expectSameFigures(const QualityView &view, const QualityReport &expected)
{
    const CompletenessModel *completeness = view.completenessModel();
    ASSERT_EQ(completeness->rowCount(), int(expected.columns.size()));
    for (int row = 0; row < completeness->rowCount(); ++row) {
        const ColumnQuality &column = expected.columns[size_t(row)];
        EXPECT_EQ(completeness->index(row, CompletenessModel::Filled).data().toLongLong(),
                  column.filled)
            << columnInfo(column.column).name;
        const double share = expected.rows > 0 ? double(column.filled) / double(expected.rows) : 0;
        EXPECT_DOUBLE_EQ(
            completeness->index(row, CompletenessModel::Completeness).data().toDouble(), share);
        if (column.mean) {
            EXPECT_DOUBLE_EQ(completeness->index(row, CompletenessModel::Mean).data().toDouble(),
                             *column.mean);
        }
    }
    const FindingsModel *findings = view.findingsModel();
    ASSERT_EQ(findings->rowCount(), int(expected.findings.size()));
    for (int row = 0; row < findings->rowCount(); ++row) {
        const FindingCount &finding = expected.findings[size_t(row)];
        EXPECT_EQ(findings->index(row, 0).data(FindingsModel::FindingKeyRole).toString(),
                  finding.kind);
        EXPECT_EQ(findings->index(row, FindingsModel::Rows).data().toLongLong(), finding.rows);
        // Shown by its translated title, not its key.
        const std::optional<FindingKind> kind = findingKindByKey(finding.kind);
        ASSERT_TRUE(kind.has_value());
        EXPECT_EQ(findings->index(row, FindingsModel::Finding).data().toString(),
                  findingTitle(*kind));
    }
    EXPECT_EQ(view.rejectsModel()->rowCount(), int(expected.rejects.size()));
}

class QualityViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = uitest::createWorkspaceWithFindings(m_dir);
        m_window =
            std::make_unique<MainWindow>(standardViews(), MainWindow::Options{.persistent = false});
        m_window->resize(1200, 800);
        m_window->show();
        ASSERT_TRUE(m_window->openWorkspace(m_path).ok());
        ASSERT_TRUE(m_window->showView(QStringLiteral("quality")));
        m_view = qobject_cast<QualityView *>(m_window->currentView());
        ASSERT_NE(m_view, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isSettled(); }, 10000));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QualityView *m_view = nullptr;
};
} // namespace

TEST_F(QualityViewTest, ShowsTheRepositoryFiguresForTheStoreAndForABatch)
{
    const QualityReport store = repositoryReport(m_path, 0);
    ASSERT_FALSE(store.findings.empty());
    expectSameFigures(*m_view, store);
    // The selector offers the store and both batches.
    auto *selector = m_view->findChild<QComboBox *>(QStringLiteral("qualityBatch"));
    ASSERT_NE(selector, nullptr);
    EXPECT_EQ(selector->count(), 3);

    m_view->showBatch(uitest::findingsBatchId);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isSettled(); }, 10000));
    const QualityReport batch = repositoryReport(m_path, uitest::findingsBatchId);
    EXPECT_EQ(batch.rows, 3);
    EXPECT_EQ(batch.rejected, 1);
    expectSameFigures(*m_view, batch);
    EXPECT_EQ(selector->currentData().toLongLong(), uitest::findingsBatchId);
    EXPECT_EQ(m_view->findChild<QLabel *>(QStringLiteral("lineageFile"))->text(),
              QStringLiteral("findings.csv"));
}

TEST_F(QualityViewTest, ActivatingAFindingShowsTheDeclarationItemsCarryingIt)
{
    m_view->showBatch(uitest::findingsBatchId);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isSettled(); }, 10000));
    const FindingsModel *findings = m_view->findingsModel();
    int row = -1;
    for (int r = 0; r < findings->rowCount(); ++r) {
        if (findings->index(r, 0).data(FindingsModel::FindingKeyRole).toString() ==
            QLatin1StringView("net_above_gross"))
            row = r;
    }
    ASSERT_GE(row, 0);
    const qint64 expectedRows = findings->index(row, FindingsModel::Rows).data().toLongLong();
    EXPECT_EQ(expectedRows, 1);

    QTableView *table = m_view->findingsTable();
    table->setFocus();
    table->setCurrentIndex(findings->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);

    ASSERT_EQ(m_window->currentViewKey(), QStringLiteral("declarations"));
    auto *declarations = qobject_cast<DeclarationsView *>(m_window->currentView());
    ASSERT_NE(declarations, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->isSettled(); }, 10000));
    const DeclarationFilter &filter = declarations->model()->filter();
    EXPECT_EQ(filter.findingsMask, findingBit(FindingKind::NetAboveGross));
    EXPECT_EQ(filter.batchId, uitest::findingsBatchId);
    EXPECT_EQ(declarations->model()->rowCount(), expectedRows);
    EXPECT_EQ(
        declarations->model()->index(0, int(CanonicalColumn::DeclarationId)).data().toString(),
        QStringLiteral("D24-0101"));
    auto *scope = declarations->findChild<QLabel *>(QStringLiteral("declarationScope"));
    ASSERT_NE(scope, nullptr);
    EXPECT_TRUE(scope->isVisible());

    // Clear brings every row back.
    declarations->filterBar()->clear();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return declarations->model()->filter().isEmpty() && m_window->isSettled(); }, 10000));
    EXPECT_EQ(declarations->model()->rowCount(), uitest::smallWorkspaceItems + 3);
}
