#include "commandline.h"

#include "mainwindow/viewregistry.h"

#include "common/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstring>

namespace clearsight::ui
{

namespace
{
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")};

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "ClearSight, the customs risk analyst's workbench."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("CommandLine", "Open the workspace FILE."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("CommandLine",
                                    "Show the view NAME, e.g. declarations, or one trader with "
                                    "trader:ID."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "CommandLine", "Render the window to the image PNG and exit (no display needed)."),
        QCoreApplication::translate("CommandLine", "PNG"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "Language of the interface: fr, es or en (default: the "
                                    "system's)."),
        QCoreApplication::translate("CommandLine", "LANG"));
    const QCommandLineOption dark(
        QStringLiteral("dark"),
        QCoreApplication::translate("CommandLine",
                                    "Use a dark palette (by default the platform's is followed)."));
    parser.addOptions({db, view, screenshot, lang, dark});

    CommandLine result;
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n') +
                          QCoreApplication::translate("CommandLine", "See --help."));
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        result.exitCode = 0;
        return result;
    }
    if (parser.isSet(version)) {
        print(stdout, QStringLiteral("clearsight %1").arg(applicationVersion()));
        result.exitCode = 0;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr,
              QCoreApplication::translate("CommandLine", "Unexpected argument: %1. See --help.")
                  .arg(parser.positionalArguments().constFirst()));
        result.exitCode = 2;
        return result;
    }
    result.options.workspace = parser.value(db);
    // View names are matched in lower case; an argument ("trader:TR300") is kept as typed.
    ViewKey viewKey = ViewKey::parse(parser.value(view).trimmed());
    viewKey.name = viewKey.name.toLower();
    result.options.view = viewKey.toString();
    result.options.dark = parser.isSet(dark);
    result.options.screenshot = parser.value(screenshot);
    const QString language = parser.value(lang).trimmed().toLower();
    if (!language.isEmpty() && !kLanguages.contains(language)) {
        print(stderr, QCoreApplication::translate("CommandLine",
                                                  "Unknown language '%1'; choose one of: %2.")
                          .arg(language, kLanguages.join(QStringLiteral(", "))));
        result.exitCode = 2;
        return result;
    }
    result.options.language = language;
    return result;
}

void prepareEnvironment(int argc, char **argv)
{
    // Runs that open no window: a screenshot, or printing help or the version.
    bool windowless = false;
    bool platformChosen = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--screenshot") == 0 || std::strncmp(arg, "--screenshot=", 13) == 0 ||
            std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
            std::strcmp(arg, "--help-all") == 0 || std::strcmp(arg, "--version") == 0 ||
            std::strcmp(arg, "-v") == 0)
            windowless = true;
        if (std::strcmp(arg, "-platform") == 0 || std::strcmp(arg, "--platform") == 0)
            platformChosen = true;
    }
    if (windowless && !platformChosen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ClearSight"));
    QCoreApplication::setApplicationName(QStringLiteral("ClearSight"));
    QCoreApplication::setApplicationVersion(applicationVersion());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ClearSight"));
    QGuiApplication::setDesktopFileName(QStringLiteral("clearsight"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/clearsight.svg")));
}

} // namespace clearsight::ui
