#include "clicommands.h"

namespace clearsight::cli
{

QString usage()
{
    return QStringLiteral(
        "Usage: clearsight-cli <command> [options]\n"
        "\n"
        "ClearSight, the customs analyst workbench, without its windows.\n"
        "\n"
        "Commands:\n"
        "  demo   --rows N --out FILE.csv [--seed S]\n"
        "         Write a seeded demo year of declarations (canonical CSV) and the planted\n"
        "         truth beside it (FILE.truth_rows.csv, FILE.truth_traders.csv).\n"
        "  import FILE --db DB [--profile NAME] [--separator C] [--encoding E] [--force]\n"
        "         Import a declaration file into the workspace DB (created if missing), as\n"
        "         one transaction. The layout (profile) is detected from the header: canonical,\n"
        "         kcs, bacuda-sgd, bacuda-raw, bacuda-id, siscori, or one saved in the workspace.\n"
        "  quality --db DB [--batch N] [--format text|json]\n"
        "         Completeness, ranges, findings and rejects of the store or of one batch.\n"
        "  analyze --db DB\n"
        "         Run every analysis (valuation, weight, Incoterms, trader ranking) and store\n"
        "         the results; prints a summary per flag kind.\n"
        "  flags  --db DB [--kind K] [--trader T] [--format csv|json]\n"
        "         One row per flag, highest score first.\n"
        "  traders --db DB [--top N] [--format csv|json]\n"
        "         The trader ranking, riskiest first, with top reasons.\n"
        "  trader --db DB --id T [--from DATE] [--to DATE] [--format text|json]\n"
        "         One trader's profile: activity, mixes and how they changed between the\n"
        "         halves of the period, unit values against peers, flags, inspections, rank.\n"
        "  evaluate-flags --db DB --truth FILE.csv\n"
        "         Recall and precision per flag kind against the demo's planted truth.\n"
        "  summary --db DB --by DIM [--filter KEY=VALUE ...] [--top N] [--format csv|json]\n"
        "         Declarations, customs value, duties, inspections, recovered revenue and\n"
        "         flags by month, week, day, trader, hs_chapter, origin, office, declarant,\n"
        "         lane or channel, as the dashboard shows them. Filter keys: from, to and the\n"
        "         same names.\n"
        "  stats  --db DB [--format text|json]\n"
        "         Counts, period, totals and the import batches of a workspace.\n"
        "\n"
        "Options:\n"
        "  --help       this text (after a command: that command's options)\n"
        "  --version    the version\n"
        "\n"
        "Exit status: 0 success, 1 failure (one line on stderr says why), 2 usage error.\n");
}

} // namespace clearsight::cli
