#include "app/commandline.h"

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
