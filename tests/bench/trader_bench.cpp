// Trader drill-down benchmark (run by hand, never by CI): on an existing workspace, times the
// core call behind `clearsight-cli trader` and the trader view — TraderProfileRepository::
// profile() and the comparison of the halves — for the largest trader (most items) and the
// median one, and prints the median of a few runs. The workspace is opened read-only and never
// upgraded.
//
//   build/bin/clearsight-bench-trader WORKSPACE [--runs 5] [--trader ID]
#include "analysis/traderbehaviour.h"
#include "store/connection.h"
#include "store/traderprofilerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace clearsight;

namespace
{

struct Picked {
    QString label;
    QString traderId;
};

std::vector<Picked> pickTraders(const Connection &connection)
{
    std::vector<Picked> picked;
    QSqlQuery q(connection.database());
    if (q.exec(QStringLiteral("SELECT trader_id FROM traders ORDER BY items DESC LIMIT 1")) &&
        q.next())
        picked.push_back({QStringLiteral("largest"), q.value(0).toString()});
    if (q.exec(QStringLiteral("SELECT trader_id FROM traders ORDER BY items LIMIT 1 OFFSET "
                              "(SELECT COUNT(*) / 2 FROM traders)")) &&
        q.next())
        picked.push_back({QStringLiteral("median"), q.value(0).toString()});
    return picked;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
        std::fprintf(stderr, "usage: clearsight-bench-trader WORKSPACE [--runs N] [--trader ID]\n");
        return 2;
    }
    int runs = 5;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0)
        runs = std::max(1, args.value(at + 1).toInt());
    Result<Connection> connection = Connection::open(args.first(), Connection::Mode::ReadOnly);
    if (!connection) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.error().message));
        return 1;
    }
    std::vector<Picked> traders = pickTraders(connection.value());
    if (const qsizetype at = args.indexOf(QStringLiteral("--trader")); at > 0)
        traders = {{QStringLiteral("given"), args.value(at + 1)}};
    const TraderProfileRepository repository(connection.value());
    std::printf("%-8s %-12s %9s %7s %6s %10s %10s %10s\n", "trader", "id", "items", "flags", "hs6",
                "first ms", "median ms", "max ms");
    for (const Picked &picked : traders) {
        std::vector<double> times;
        qint64 items = 0, flags = 0, groups = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Result<TraderProfile> profile = repository.profile({picked.traderId, {}, {}});
            if (!profile) {
                std::fprintf(stderr, "%s\n", qPrintable(profile.error().message));
                return 1;
            }
            const TraderBehaviour behaviour = compareHalves(profile.value());
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            items = profile->total.items;
            flags = qint64(profile->flags.size());
            groups = qint64(behaviour.unitValues.size());
        }
        const double first = times.front();
        std::sort(times.begin(), times.end());
        std::printf("%-8s %-12s %9lld %7lld %6lld %10.1f %10.1f %10.1f\n", qPrintable(picked.label),
                    qPrintable(picked.traderId), static_cast<long long>(items),
                    static_cast<long long>(flags), static_cast<long long>(groups), first,
                    times[times.size() / 2], times.back());
    }
    return 0;
}
