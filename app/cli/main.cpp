#include "clicommands.h"
#include "cliconsole.h"
#include "common/version.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clearsight-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ClearSight"));
    QCoreApplication::setApplicationVersion(clearsight::applicationVersion());

    using namespace clearsight::cli;
    QStringList args = QCoreApplication::arguments().mid(1);
    // --lang fr|es anywhere on the line: messages and reasons in that language (English by
    // default, whatever the system locale, so that scripts see stable text).
    QTranslator translator;
    if (const qsizetype at = args.indexOf(QStringLiteral("--lang")); at >= 0) {
        const QString language = args.value(at + 1);
        args.remove(at, std::min<qsizetype>(2, args.size() - at));
        if (language != QLatin1StringView("en")) {
            if (!translator.load(QStringLiteral(":/i18n/clearsight_%1.qm").arg(language))) {
                printError(QStringLiteral("unknown --lang '%1'; use en, fr or es").arg(language));
                return UsageError;
            }
            QCoreApplication::installTranslator(&translator);
        }
    }
    if (args.isEmpty()) {
        printError(QStringLiteral("no command given; see --help"));
        return UsageError;
    }
    const QString command = args.first();
    if (command == QLatin1StringView("--help") || command == QLatin1StringView("-h") ||
        command == QLatin1StringView("help")) {
        printOut(usage());
        return Success;
    }
    if (command == QLatin1StringView("--version") || command == QLatin1StringView("-v")) {
        printOut(QStringLiteral("clearsight-cli %1\n").arg(clearsight::applicationVersion()));
        return Success;
    }
    if (command == QLatin1StringView("demo"))
        return runDemo(args);
    if (command == QLatin1StringView("import"))
        return runImport(args);
    if (command == QLatin1StringView("stats"))
        return runStats(args);
    if (command == QLatin1StringView("quality"))
        return runQuality(args);
    if (command == QLatin1StringView("analyze"))
        return runAnalyze(args);
    if (command == QLatin1StringView("flags"))
        return runFlags(args);
    if (command == QLatin1StringView("traders"))
        return runTraders(args);
    if (command == QLatin1StringView("summary"))
        return runSummary(args);
    if (command == QLatin1StringView("trader"))
        return runTrader(args);
    if (command == QLatin1StringView("evaluate-flags"))
        return runEvaluateFlags(args);
    printError(QStringLiteral("unknown command '%1'; see --help").arg(command));
    return UsageError;
}
