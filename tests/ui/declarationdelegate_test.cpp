#include "declarations/declarationdelegate.h"
#include "models/declarationtablemodel.h"
#include "uitestsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{
// Exposes the text and alignment the delegate would paint.
class InspectableDelegate : public DeclarationDelegate
{
public:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        initStyleOption(&option, index);
        return option;
    }
};
} // namespace

TEST(DeclarationDelegate, ShowsAnEllipsisUntilTheRowArrivesThenFormattedValues)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = uitest::createSmallWorkspace(dir);
    DeclarationTableModel model;
    model.setWorkspace(path);
    // Counted, but no page asked for yet: nothing has read a cell.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 10000));
    ASSERT_EQ(model.rowCount(), uitest::smallWorkspaceItems);

    InspectableDelegate delegate;
    const QModelIndex cif = model.index(0, int(CanonicalColumn::CifValue));
    EXPECT_EQ(delegate.optionFor(cif).text, QStringLiteral("…"));

    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return cif.data(DeclarationTableModel::LoadedRole).toBool(); }, 10000));
    const QStyleOptionViewItem amount = delegate.optionFor(cif);
    EXPECT_EQ(amount.text, QStringLiteral("10,850.00")); // 10 850 in the test CSV
    EXPECT_TRUE(amount.displayAlignment & Qt::AlignRight);
    EXPECT_EQ(delegate.optionFor(model.index(0, int(CanonicalColumn::Date))).text,
              QStringLiteral("1/15/2024"));
    EXPECT_EQ(delegate.optionFor(model.index(0, int(CanonicalColumn::GrossWeightKg))).text,
              QStringLiteral("950.5"));
    // An empty cell stays blank (no preference claimed in the test CSV).
    EXPECT_EQ(delegate.optionFor(model.index(0, int(CanonicalColumn::Preference))).text, QString());
}
