#pragma once

#include "mainwindow/mainwindow.h"
#include "mainwindow/viewregistry.h"

#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace clearsight::uitest
{

// A main window on the analysis workspace (built once per test suite), showing one view.
class AnalysisViewFixture : public testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

    // Opens the workspace and shows `view`, waiting until its data are on screen.
    template <typename View> View *open(const QString &view)
    {
        m_window = std::make_unique<ui::MainWindow>(ui::standardViews(),
                                                    ui::MainWindow::Options{.persistent = false});
        m_window->resize(1440, 900);
        m_window->show();
        EXPECT_TRUE(m_window->openWorkspace(path()).ok());
        EXPECT_TRUE(m_window->showView(view));
        auto *shown = qobject_cast<View *>(m_window->currentView());
        EXPECT_NE(shown, nullptr);
        settle();
        return shown;
    }

    void settle() const
    {
        EXPECT_TRUE(QTest::qWaitFor([this] { return m_window->isSettled(); }, 10000));
    }

    static QString path();
    static QString scratch(const QString &name);

    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace clearsight::uitest
