#include "app/commandline.h"
#include "app/startup.h"
#include "mainwindow/viewregistry.h"

#include <gtest/gtest.h>

using namespace clearsight::ui;

namespace
{
QStringList args(std::initializer_list<const char *> list)
{
    QStringList result{QStringLiteral("clearsight")};
    for (const char *arg : list)
        result << QString::fromUtf8(arg);
    return result;
}
} // namespace

TEST(CommandLine, ReadsWorkspaceViewScreenshotAndLanguage)
{
    const CommandLine line =
        parseCommandLine(args({"--db", "/tmp/a.clearsight", "--view", "Declarations",
                               "--screenshot", "/tmp/a.png", "--lang", "fr"}));
    ASSERT_FALSE(line.exitCode.has_value());
    EXPECT_EQ(line.options.workspace, QStringLiteral("/tmp/a.clearsight"));
    EXPECT_EQ(line.options.view, QStringLiteral("declarations"));
    EXPECT_EQ(line.options.screenshot, QStringLiteral("/tmp/a.png"));
    EXPECT_EQ(line.options.language, QStringLiteral("fr"));
}

TEST(CommandLine, RefusesAnUnknownLanguageOrOption)
{
    EXPECT_EQ(parseCommandLine(args({"--lang", "klingon"})).exitCode, 2);
    EXPECT_EQ(parseCommandLine(args({"--frobnicate"})).exitCode, 2);
    EXPECT_FALSE(parseCommandLine(args({})).exitCode.has_value());
}

TEST(CommandLine, KeepsTheArgumentOfAViewAsTyped)
{
    const CommandLine line = parseCommandLine(args({"--view", "Trader:TR300ab", "--dark"}));
    ASSERT_FALSE(line.exitCode.has_value());
    EXPECT_EQ(line.options.view, QStringLiteral("trader:TR300ab"));
    EXPECT_TRUE(line.options.dark);
    EXPECT_FALSE(parseCommandLine(args({})).options.dark);
}

TEST(CommandLine, AnUnknownViewIsRefusedWithTheViewsThatExist)
{
    ViewRegistry registry;
    const auto create = [](QWidget *) -> WorkspaceView * { return nullptr; };
    registry.add({QStringLiteral("declarations"), "Declarations", QString(), create});
    registry.add({QStringLiteral("trader"), "Trader", QString(), create, true});

    EXPECT_TRUE(viewOptionError(registry, QString()).isEmpty());
    EXPECT_TRUE(viewOptionError(registry, QStringLiteral("declarations")).isEmpty());
    EXPECT_TRUE(viewOptionError(registry, QStringLiteral("trader:TR300")).isEmpty());
    const QString unknown = viewOptionError(registry, QStringLiteral("overview"));
    EXPECT_TRUE(unknown.contains(QStringLiteral("overview"))) << qPrintable(unknown);
    EXPECT_TRUE(unknown.contains(QStringLiteral("declarations, trader, trader:<id>")))
        << qPrintable(unknown);
    EXPECT_FALSE(viewOptionError(registry, QStringLiteral("declarations:D1")).isEmpty());
}
