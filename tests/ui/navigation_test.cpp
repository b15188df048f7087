// Tabs, parameterised views, back/forward, the search box and the session kept at exit.
#include "declarations/declarationfilterbar.h"
#include "declarations/declarationsview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationhistory.h"
#include "mainwindow/navigationpanel.h"
#include "mainwindow/searchbox.h"
#include "mainwindow/viewnavigator.h"
#include "mainwindow/viewregistry.h"
#include "mainwindow/viewtabs.h"
#include "mainwindow/workspaceview.h"
#include "models/declarationtablemodel.h"
#include "uitestsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{

// A parameterised view standing in for the trader view: it shows what it was given.
class ProbeView : public WorkspaceView
{
public:
    using WorkspaceView::WorkspaceView;
    void setWorkspace(const QString &path) override { workspace = path; }
    QVariantMap navigationState() const override { return state; }
    void restoreNavigationState(const QVariantMap &restored) override
    {
        state = restored;
        ++restores;
    }

    QString workspace;
    QVariantMap state;
    int restores = 0;
};

// The standard views, with the probe registered as "trader".
ViewRegistry registryWithTrader()
{
    ViewRegistry registry;
    const ViewRegistry standard = standardViews();
    for (const ViewDescriptor &view : standard.views()) {
        if (view.key != QLatin1StringView("trader"))
            registry.add(view);
    }
    registry.add({QStringLiteral("trader"), "Trader", QStringLiteral(":/icons/traders.svg"),
                  [](QWidget *parent) -> WorkspaceView * { return new ProbeView(parent); }, true});
    return registry;
}

DeclarationFilter traderScope(const QString &traderId)
{
    DeclarationFilter filter;
    filter.traderId = traderId;
    return filter;
}

class NavigationTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = uitest::createSmallWorkspace(m_dir);
        m_window = std::make_unique<MainWindow>(registryWithTrader(),
                                                MainWindow::Options{.persistent = false});
        m_window->resize(1200, 700);
        m_window->show();
        ASSERT_TRUE(m_window->openWorkspace(m_path).ok());
        settle();
    }

    void settle() const
    {
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isSettled(); }, 10000));
    }

    DeclarationsView *declarations() const
    {
        return qobject_cast<DeclarationsView *>(m_window->view(QStringLiteral("declarations")));
    }

    // The declarations view shows `traderId`'s rows, read from the store.
    void expectDeclarationsOf(const QString &traderId, int rows) const
    {
        ASSERT_EQ(m_window->currentViewKey(), QStringLiteral("declarations"));
        DeclarationsView *view = declarations();
        ASSERT_NE(view, nullptr);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return view->model()->filter().traderId == traderId && m_window->isSettled(); },
            10000))
            << qPrintable(view->model()->filter().traderId);
        EXPECT_EQ(view->model()->rowCount(), rows);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST(ViewKey, SplitsANameFromItsArgument)
{
    const ViewKey trader = ViewKey::parse(QStringLiteral("trader:TR300"));
    EXPECT_EQ(trader.name, QStringLiteral("trader"));
    EXPECT_EQ(trader.argument, QStringLiteral("TR300"));
    EXPECT_EQ(trader.toString(), QStringLiteral("trader:TR300"));
    const ViewKey plain = ViewKey::parse(QStringLiteral("declarations"));
    EXPECT_EQ(plain.name, QStringLiteral("declarations"));
    EXPECT_TRUE(plain.argument.isEmpty());
    EXPECT_EQ(plain.toString(), QStringLiteral("declarations"));
    // Only the first ':' separates: an id may hold one.
    EXPECT_EQ(ViewKey::parse(QStringLiteral("trader:FR:123")).argument, QStringLiteral("FR:123"));

    const ViewRegistry registry = registryWithTrader();
    EXPECT_NE(registry.resolve(QStringLiteral("trader:TR300")), nullptr);
    EXPECT_NE(registry.resolve(QStringLiteral("trader")), nullptr); // its own chooser
    EXPECT_NE(registry.resolve(QStringLiteral("declarations")), nullptr);
    EXPECT_EQ(registry.resolve(QStringLiteral("declarations:D24-0001")), nullptr);
    EXPECT_EQ(registry.resolve(QStringLiteral("nonsense")), nullptr);
    EXPECT_TRUE(registry.keyUsage().contains(QStringLiteral("trader:<id>")))
        << qPrintable(registry.keyUsage());
}

TEST(NavigationHistory, GoesBackAndForwardAndDropsThePlacesAheadOnAVisit)
{
    NavigationHistory history;
    EXPECT_FALSE(history.canGoBack());
    history.visit({QStringLiteral("a"), {}});
    history.visit({QStringLiteral("a"), {}}); // the same place: no step
    history.visit({QStringLiteral("b"), {{QStringLiteral("f"), 1}}});
    history.visit({QStringLiteral("c"), {}});
    EXPECT_EQ(history.size(), 3);
    EXPECT_EQ(history.back().key, QStringLiteral("b"));
    history.updateCurrent({{QStringLiteral("f"), 2}});
    EXPECT_EQ(history.back().key, QStringLiteral("a"));
    EXPECT_FALSE(history.canGoBack());
    const NavigationEntry &b = history.forward();
    EXPECT_EQ(b.state.value(QStringLiteral("f")).toInt(), 2);
    history.visit({QStringLiteral("d"), {}}); // "c" was ahead: gone
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.size(), 3);
    EXPECT_EQ(history.back().key, QStringLiteral("b"));

    NavigationHistory small(3);
    for (const char *key : {"1", "2", "3", "4"})
        small.visit({QString::fromLatin1(key), {}});
    EXPECT_EQ(small.size(), 3);
    EXPECT_EQ(small.at(0).key, QStringLiteral("2"));
}

TEST_F(NavigationTest, ViewsOpenInTabsThatCloseAndCycle)
{
    // The workspace opens on the first view (not one of these two).
    ViewTabs *tabs = m_window->tabs();
    ASSERT_EQ(tabs->count(), 1);
    const QString first = m_window->currentViewKey();
    ASSERT_TRUE(m_window->showView(QStringLiteral("quality")));
    ASSERT_TRUE(m_window->showView(QStringLiteral("traders")));
    EXPECT_EQ(tabs->count(), 3);
    EXPECT_EQ(tabs->keys(),
              QStringList({first, QStringLiteral("quality"), QStringLiteral("traders")}));
    // A view already open comes forward; no second tab.
    ASSERT_TRUE(m_window->showView(QStringLiteral("quality")));
    EXPECT_EQ(tabs->count(), 3);
    EXPECT_EQ(m_window->currentViewKey(), QStringLiteral("quality"));
    EXPECT_EQ(m_window->navigation()->currentViewKey(), QStringLiteral("quality"));
    EXPECT_FALSE(m_window->showView(QStringLiteral("nonsense")));
    EXPECT_TRUE(tabs->tabsClosable());
    EXPECT_TRUE(tabs->isMovable());

    // The keyboard: Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+W.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentViewKey(), QStringLiteral("traders"));
    QTest::keyClick(m_window.get(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentViewKey(), first); // round to the first tab
    QTest::keyClick(m_window.get(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_window->currentViewKey(), QStringLiteral("traders"));
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    EXPECT_EQ(tabs->count(), 2);
    EXPECT_EQ(m_window->view(QStringLiteral("traders")), nullptr);
    EXPECT_FALSE(tabs->keys().contains(QStringLiteral("traders")));

    // The close button of a tab, then the last one: the window says how to open a view.
    Q_EMIT tabs->tabCloseRequested(0);
    EXPECT_EQ(tabs->count(), 1);
    m_window->closeCurrentTab();
    EXPECT_EQ(tabs->count(), 0);
    EXPECT_EQ(m_window->currentView(), nullptr);
    EXPECT_TRUE(m_window->isSettled());
    // Ctrl+2 opens the second view of the list again.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(tabs->count(), 1);
    EXPECT_EQ(m_window->currentViewKey(), m_window->navigation()->viewKeys().value(1));
}

TEST_F(NavigationTest, AParameterisedKeyOpensOneTabPerArgument)
{
    ViewTabs *tabs = m_window->tabs();
    const int before = tabs->count();
    ASSERT_TRUE(m_window->showView(QStringLiteral("trader:TR100")));
    auto *first = dynamic_cast<ProbeView *>(m_window->currentView());
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->state.value(QStringLiteral("trader")).toString(), QStringLiteral("TR100"));
    EXPECT_EQ(first->workspace, m_window->workspacePath()); // wired before its argument
    EXPECT_TRUE(tabs->tabText(tabs->currentIndex()).contains(QStringLiteral("TR100")));
    // The navigation shows which kind of view this is.
    EXPECT_EQ(m_window->navigation()->currentViewKey(), QStringLiteral("trader"));

    ASSERT_TRUE(m_window->showView(QStringLiteral("trader:TR200")));
    EXPECT_EQ(tabs->count(), before + 2);
    ASSERT_TRUE(m_window->showView(QStringLiteral("trader:TR100")));
    EXPECT_EQ(tabs->count(), before + 2);
    EXPECT_EQ(m_window->currentView(), first);
    EXPECT_EQ(first->restores, 1); // switched to, not given its argument again

    // Any view asking for a trader opens its tab.
    ASSERT_TRUE(m_window->showView(QStringLiteral("declarations")));
    const int withDeclarations = tabs->count();
    Q_EMIT m_window->currentView()->traderRequested(QStringLiteral("TR300"));
    EXPECT_EQ(m_window->currentViewKey(), QStringLiteral("trader:TR300"));
    EXPECT_EQ(tabs->count(), withDeclarations + 1);
}

TEST_F(NavigationTest, BackReturnsToThePreviousViewWithItsFilters)
{
    // Declarations of TR100, then the quality view, then the declarations of TR300: the
    // declarations tab is the same, its filter changed.
    m_window->showDeclarations(traderScope(QStringLiteral("TR100")),
                               QStringLiteral("Trader TR100"));
    expectDeclarationsOf(QStringLiteral("TR100"), 3);
    ASSERT_TRUE(m_window->showView(QStringLiteral("quality")));
    settle();
    m_window->showDeclarations(traderScope(QStringLiteral("TR300")),
                               QStringLiteral("Trader TR300"));
    expectDeclarationsOf(QStringLiteral("TR300"), 2);

    // Back: the quality view; back again: the declarations with TR100's filter, read again.
    ASSERT_TRUE(m_window->goBack());
    EXPECT_EQ(m_window->currentViewKey(), QStringLiteral("quality"));
    ASSERT_TRUE(m_window->goBack());
    expectDeclarationsOf(QStringLiteral("TR100"), 3);
    EXPECT_TRUE(declarations()->filterBar()->hasScope());

    // Forward twice, by the keyboard: TR300's rows again.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(m_window->currentViewKey(), QStringLiteral("quality"));
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    expectDeclarationsOf(QStringLiteral("TR300"), 2);
    EXPECT_FALSE(m_window->navigator()->canGoForward());

    // The mouse's back button, over the table.
    QTest::mouseClick(declarations()->table()->viewport(), Qt::BackButton);
    EXPECT_EQ(m_window->currentViewKey(), QStringLiteral("quality"));
}

TEST_F(NavigationTest, FiltersTypedInAViewComeBackAfterItsTabWasClosed)
{
    ASSERT_TRUE(m_window->showView(QStringLiteral("declarations")));
    settle();
    auto *search = declarations()->findChild<QLineEdit *>(QStringLiteral("declarationSearch"));
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("olive"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return declarations()->model()->filter().search == QLatin1StringView("olive") &&
                   m_window->isSettled();
        },
        10000));
    ASSERT_TRUE(m_window->showView(QStringLiteral("quality")));
    // Its tab closed, the declarations view comes back by Back, with its search.
    m_window->tabs()->closeTab(m_window->tabs()->indexOf(QStringLiteral("declarations")));
    ASSERT_EQ(m_window->view(QStringLiteral("declarations")), nullptr);
    ASSERT_TRUE(m_window->goBack());
    ASSERT_NE(declarations(), nullptr);
    EXPECT_EQ(m_window->currentViewKey(), QStringLiteral("declarations"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return declarations()->model()->filter().search == QLatin1StringView("olive") &&
                   m_window->isSettled();
        },
        10000));
    EXPECT_EQ(declarations()->model()->rowCount(), 2);
    EXPECT_EQ(declarations()->findChild<QLineEdit *>(QStringLiteral("declarationSearch"))->text(),
              QStringLiteral("olive"));
}

TEST(DeclarationsNavigationState, RoundTripsEveryCriterionOfTheFilterBar)
{
    DeclarationsView source;
    source.showScope(traderScope(QStringLiteral("TR100")), QStringLiteral("Trader TR100"));
    QVariantMap state = source.navigationState();
    EXPECT_EQ(state.value(QStringLiteral("traderId")).toString(), QStringLiteral("TR100"));
    EXPECT_EQ(state.value(QStringLiteral("scope")).toString(), QStringLiteral("Trader TR100"));
    state.insert(QStringLiteral("search"), QStringLiteral("LED"));
    state.insert(QStringLiteral("flow"), QStringLiteral("IM"));
    state.insert(QStringLiteral("dateFrom"), QStringLiteral("2024-01-01"));
    state.insert(QStringLiteral("dateTo"), QStringLiteral("2024-03-31"));
    state.insert(QStringLiteral("findingsOnly"), true);

    DeclarationsView restored;
    restored.restoreNavigationState(state);
    const DeclarationFilter filter = restored.filterBar()->filter();
    EXPECT_EQ(filter.traderId, QStringLiteral("TR100"));
    EXPECT_EQ(filter.search, QStringLiteral("LED"));
    EXPECT_EQ(filter.flow, QStringLiteral("IM"));
    EXPECT_EQ(filter.dateFrom, QStringLiteral("2024-01-01"));
    EXPECT_EQ(filter.dateTo, QStringLiteral("2024-03-31"));
    EXPECT_TRUE(filter.withFindingsOnly);
    // Applied at once, not after the typing delay.
    EXPECT_EQ(restored.model()->filter().search, QStringLiteral("LED"));
    EXPECT_EQ(restored.navigationState(), state);

    // An empty state is no filter at all.
    restored.restoreNavigationState({});
    EXPECT_TRUE(restored.filterBar()->filter().isEmpty());
    EXPECT_TRUE(restored.navigationState().isEmpty());
}

TEST_F(NavigationTest, TheSearchBoxOpensATraderADeclarationAndAnHsCode)
{
    SearchBox *box = m_window->searchBox();
    ASSERT_TRUE(box->isEnabled());
    const auto search = [&](const QString &text) {
        box->setFocus();
        box->clear();
        QTest::keyClicks(box, text);
        EXPECT_TRUE(box->isSearching());
        EXPECT_TRUE(QTest::qWaitFor([&] { return !box->isSearching(); }, 10000));
    };
    const auto rowOf = [&](const QString &key) {
        for (int row = 0; row < box->results()->rowCount(); ++row) {
            if (box->results()->item(row)->data(SearchBox::KeyRole).toString() == key)
                return row;
        }
        return -1;
    };

    // A trader by a part of its name: its own tab.
    search(QStringLiteral("acme"));
    ASSERT_GE(rowOf(QStringLiteral("TR100")), 0);
    EXPECT_EQ(box->results()->item(0)->text(), QStringLiteral("Traders")); // a heading first
    EXPECT_FALSE(box->choose(0));
    ASSERT_TRUE(box->choose(rowOf(QStringLiteral("TR100"))));
    EXPECT_EQ(m_window->currentViewKey(), QStringLiteral("trader:TR100"));
    EXPECT_TRUE(box->text().isEmpty());

    // A declaration by its reference prefix: the declarations view on it alone.
    search(QStringLiteral("d24-0002"));
    ASSERT_GE(rowOf(QStringLiteral("D24-0002")), 0);
    ASSERT_TRUE(box->choose(rowOf(QStringLiteral("D24-0002"))));
    ASSERT_EQ(m_window->currentViewKey(), QStringLiteral("declarations"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return declarations()->model()->filter().declarationId ==
                       QLatin1StringView("D24-0002") &&
                   m_window->isSettled();
        },
        10000));
    EXPECT_EQ(declarations()->model()->rowCount(), 1);

    // An HS heading: the declarations whose code starts with it (two LED items).
    search(QStringLiteral("9405"));
    const int heading = rowOf(QStringLiteral("9405"));
    ASSERT_GE(heading, 0);
    EXPECT_TRUE(box->results()->item(heading)->text().contains(QStringLiteral("Luminaires")))
        << qPrintable(box->results()->item(heading)->text());
    EXPECT_GE(rowOf(QStringLiteral("940540")), 0);
    ASSERT_TRUE(box->choose(heading));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return declarations()->model()->filter().search == QLatin1StringView("9405") &&
                   declarations()->model()->filter().declarationId.isEmpty() &&
                   m_window->isSettled();
        },
        10000));
    EXPECT_EQ(declarations()->model()->rowCount(), 2);

    // Back goes through the places the search opened.
    ASSERT_TRUE(m_window->goBack());
    EXPECT_EQ(declarations()->filterBar()->filter().declarationId, QStringLiteral("D24-0002"));
}

TEST_F(NavigationTest, AnAnswerToAnOlderTextIsDropped)
{
    SearchBox *box = m_window->searchBox();
    box->setFocus();
    // Enter searches at once: two searches run, the first one's answer must not win.
    box->setText(QStringLiteral("olive"));
    QTest::keyClick(box, Qt::Key_Return);
    box->setText(QStringLiteral("bolt"));
    QTest::keyClick(box, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !box->isSearching(); }, 10000));
    QTest::qWait(200); // time for a late answer to the first search to arrive
    QStringList keys;
    for (int row = 0; row < box->results()->rowCount(); ++row)
        keys << box->results()->item(row)->data(SearchBox::KeyRole).toString();
    EXPECT_TRUE(keys.contains(QStringLiteral("TR200"))) << qPrintable(keys.join(u','));
    EXPECT_FALSE(keys.contains(QStringLiteral("TR300"))) << qPrintable(keys.join(u','));
}

TEST(MainWindowSession, TabsFiltersAndTheCurrentTabComeBackAtTheNextStart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = uitest::createSmallWorkspace(dir);
    QSettings().remove(QStringLiteral("session"));
    {
        MainWindow window(registryWithTrader());
        window.show();
        ASSERT_TRUE(window.openWorkspace(path).ok());
        window.showDeclarations(traderScope(QStringLiteral("TR300")), QStringLiteral("TR300"));
        ASSERT_TRUE(window.showView(QStringLiteral("trader:TR100")));
        ASSERT_TRUE(window.showView(QStringLiteral("quality")));
        window.tabs()->setCurrentIndex(window.tabs()->indexOf(QStringLiteral("trader:TR100")));
        window.resize(1111, 666);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.isSettled(); }, 10000));
        window.close();
    }

    MainWindow window(registryWithTrader());
    window.show();
    EXPECT_EQ(window.size(), QSize(1111, 666));
    ASSERT_TRUE(window.openWorkspace(path).ok());
    const QStringList keys = window.tabs()->keys();
    EXPECT_TRUE(keys.contains(QStringLiteral("declarations"))) << qPrintable(keys.join(u','));
    EXPECT_TRUE(keys.contains(QStringLiteral("quality")));
    EXPECT_EQ(window.currentViewKey(), QStringLiteral("trader:TR100"));
    auto *trader = dynamic_cast<ProbeView *>(window.currentView());
    ASSERT_NE(trader, nullptr);
    EXPECT_EQ(trader->state.value(QStringLiteral("trader")).toString(), QStringLiteral("TR100"));
    auto *declarations =
        qobject_cast<DeclarationsView *>(window.view(QStringLiteral("declarations")));
    ASSERT_NE(declarations, nullptr);
    EXPECT_EQ(declarations->filterBar()->filter().traderId, QStringLiteral("TR300"));
    // A fresh start has no way back.
    EXPECT_FALSE(window.navigator()->canGoBack());
    QSettings().remove(QStringLiteral("session"));
}

TEST_F(NavigationTest, DeclarationsOpenedWithAnOfficeAndPeriodAreNarrowedByThem)
{
    DeclarationFilter filter;
    filter.office = QStringLiteral("PROBE-OFFICE");
    filter.dateFrom = QStringLiteral("2025-03-01");
    m_window->showDeclarations(filter, QStringLiteral("probe"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->isSettled(); }, 10000));
    DeclarationsView *view = declarations();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->filter().office, QStringLiteral("PROBE-OFFICE"));
    EXPECT_EQ(view->model()->filter().dateFrom, QStringLiteral("2025-03-01"));
}
