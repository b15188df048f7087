#include "models/declarationtablemodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;

namespace
{
void touchAllCells(const QAbstractItemModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
    }
}
} // namespace

TEST(DeclarationTableModelUnderTester, KeepsTheModelContractWhileLoadingFilteringAndSorting)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = uitest::createSmallWorkspace(dir);

    const uitest::ModelTestMessages messages;
    {
        DeclarationTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setWorkspace(path);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 10000));
        EXPECT_EQ(model.rowCount(), uitest::smallWorkspaceItems);
        touchAllCells(model); // requests the page
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return !model.isBusy() &&
                       model.index(0, 0).data(DeclarationTableModel::LoadedRole).toBool();
            },
            10000));
        EXPECT_EQ(model.index(0, int(CanonicalColumn::DeclarationId)).data().toString(),
                  QStringLiteral("D24-0001"));

        DeclarationFilter exports;
        exports.flow = QStringLiteral("EX");
        model.setFilter(exports);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 10000));
        EXPECT_EQ(model.rowCount(), uitest::smallWorkspaceExports);
        touchAllCells(model);

        model.setFilter({});
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 10000));
        model.sort(int(CanonicalColumn::CifValue), Qt::DescendingOrder);
        touchAllCells(model);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return !model.isBusy() &&
                       model.index(0, 0).data(DeclarationTableModel::LoadedRole).toBool();
            },
            10000));
        // The largest customs value: the olive oil export, 18,000.
        EXPECT_DOUBLE_EQ(model.index(0, int(CanonicalColumn::CifValue)).data().toDouble(), 18000);
    }
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}
