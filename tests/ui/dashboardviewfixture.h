#pragma once

#include "dashboard/dashboardview.h"
#include "dashboardtestsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

QT_BEGIN_NAMESPACE
class QBarSet;
QT_END_NAMESPACE

namespace clearsight::uitest
{

// A dashboard on a demo workspace of 10,000 items with flags (built once per test run and left
// in a temporary folder until the run ends).
class DashboardViewFixture : public testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

    // The view on the workspace, as the main window shows it, with its data on screen.
    std::unique_ptr<ui::DashboardView> openView() const;
    static void settle(const ui::DashboardView &view);

    static QString path();
    static QString scratch(const QString &name);
};

// The figures shown for a group against the reference computed with SQL.
void expectFigures(const SummaryFigures &shown, const ReferenceGroup &expected);
// A ranking panel's rows, and the bars of its chart, against the reference groups.
void expectRanking(const ui::DashboardPanel *panel, const std::vector<ReferenceGroup> &expected);
// The bars of a ranking panel's chart (bottom-up, as Qt draws them).
QBarSet *rankingBars(const ui::DashboardPanel *panel);

} // namespace clearsight::uitest
