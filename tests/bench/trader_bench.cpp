// Trader drill-down benchmark (run by hand, never by CI): on an existing workspace, times the
// core call behind `clearsight-cli trader` and the trader view — TraderProfileRepository::
// profile() and the comparison of the halves — for the largest trader (most items), the
// median one and any given with --trader, and prints the first and the median of a few runs,
// wall and CPU time of the thread ("sample": rows of a sampled profile, 0 when every row was
// read). --compare then sets each sampled profile against a read of every row. The workspace
// is opened read-only and never upgraded.
//
//   build/bin/clearsight-bench-trader WORKSPACE [--runs 5] [--trader ID]... [--period FROM TO]
//                                     [--threshold N] [--target N] [--compare]
//
// --threshold and --target override TraderProfileOptions (sampleThreshold, sampleTarget).
#include "analysis/traderbehaviour.h"
#include "store/connection.h"
#include "store/traderprofilerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>
#include <vector>

using namespace clearsight;

namespace
{

// CPU time of this thread: on a shared machine, wall time also counts other processes' turns.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

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

// How far the sampled profile of `traderId` is from the one read from every row: per mix, the
// largest difference of share in a half (points) and the distance between the halves; per
// unit value group, the trader's median and its ratio to peers.
void compare(const Connection &connection, const TraderProfileOptions &options,
             const TraderProfileRequest &request)
{
    TraderProfileOptions everyRow;
    everyRow.sampleThreshold = std::numeric_limits<qint64>::max();
    const auto sampled = TraderProfileRepository(connection, options).profile(request);
    const auto exact = TraderProfileRepository(connection, everyRow).profile(request);
    if (!sampled || !exact)
        return;
    const TraderBehaviour s = compareHalves(sampled.value()), e = compareHalves(exact.value());
    std::printf("\n%s: sample of %lld items (one in %lld) against every row\n",
                qPrintable(request.traderId), static_cast<long long>(sampled->sampling.items),
                static_cast<long long>(sampled->sampling.every));
    std::printf("  halves' customs value %.6g / %.6g against %.6g / %.6g\n",
                sampled->halves[0].customsValue, sampled->halves[1].customsValue,
                exact->halves[0].customsValue, exact->halves[1].customsValue);
    for (int d = 0; d < mixDimensionCount; ++d) {
        double largest = 0;
        for (const MixShare &row : e.mixes[size_t(d)].rows) {
            const auto other =
                std::find_if(s.mixes[size_t(d)].rows.begin(), s.mixes[size_t(d)].rows.end(),
                             [&](const MixShare &r) { return r.key == row.key; });
            for (size_t h = 0; h < 2; ++h) {
                const double share = other == s.mixes[size_t(d)].rows.end() ? 0 : other->share[h];
                largest = std::max(largest, std::abs(share - row.share[h]));
            }
        }
        std::printf("  %-10s values %4zu/%-4zu  share off by %.2f points at most; distance %.3f "
                    "against %.3f\n",
                    qPrintable(mixDimensionKey(MixDimension(d))), s.mixes[size_t(d)].rows.size(),
                    e.mixes[size_t(d)].rows.size(), 100 * largest, s.mixes[size_t(d)].distance,
                    e.mixes[size_t(d)].distance);
    }
    for (const UnitValueComparison &u : e.unitValues) {
        const auto other =
            std::find_if(s.unitValues.begin(), s.unitValues.end(), [&](const auto &v) {
                return v.hs6 == u.hs6 && v.flow == u.flow && v.unit == u.unit;
            });
        if (other == s.unitValues.end()) {
            std::printf("  HS %s %s %s: not among the sampled groups\n", qPrintable(u.hs6),
                        qPrintable(u.flow), qPrintable(u.unit));
            continue;
        }
        std::printf("  HS %s %s %s: median %.4g against %.4g, ratio to peers %.3f against %.3f\n",
                    qPrintable(u.hs6), qPrintable(u.flow), qPrintable(u.unit),
                    other->median.value_or(0), u.median.value_or(0), other->ratio.value_or(0),
                    u.ratio.value_or(0));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
        std::fprintf(stderr, "usage: clearsight-bench-trader WORKSPACE [--runs N] [--trader ID]... "
                             "[--period FROM TO] [--threshold N] [--target N] "
                             "[--compare]\n");
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
    for (qsizetype at = args.indexOf(QStringLiteral("--trader")); at > 0;
         at = args.indexOf(QStringLiteral("--trader"), at + 1))
        traders.push_back({QStringLiteral("given"), args.value(at + 1)});
    TraderProfileRequest period;
    if (const qsizetype at = args.indexOf(QStringLiteral("--period")); at > 0) {
        period.from = args.value(at + 1);
        period.to = args.value(at + 2);
    }
    TraderProfileOptions options;
    if (const qsizetype at = args.indexOf(QStringLiteral("--threshold")); at > 0)
        options.sampleThreshold = args.value(at + 1).toLongLong();
    if (const qsizetype at = args.indexOf(QStringLiteral("--target")); at > 0)
        options.sampleTarget = args.value(at + 1).toLongLong();
    const TraderProfileRepository repository(connection.value(), options);
    std::printf("%-8s %-10s %7s %6s %5s %3s %8s %8s %8s %8s %8s\n", "trader", "id", "items",
                "sample", "flags", "hs6", "first ms", "med ms", "max ms", "1st cpu", "med cpu");
    for (const Picked &picked : traders) {
        std::vector<double> times, cpu;
        qint64 items = 0, sample = 0, flags = 0, groups = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            const Result<TraderProfile> profile =
                repository.profile({picked.traderId, period.from, period.to});
            if (!profile) {
                std::fprintf(stderr, "%s\n", qPrintable(profile.error().message));
                return 1;
            }
            const TraderBehaviour behaviour = compareHalves(profile.value());
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMs() - cpuStart);
            items = profile->total.items;
            sample = profile->sampling.sampled ? profile->sampling.items : 0;
            flags = qint64(profile->flags.size());
            groups = qint64(behaviour.unitValues.size());
        }
        const double first = times.front(), firstCpu = cpu.front();
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("%-8s %-10s %7lld %6lld %5lld %3lld %8.1f %8.1f %8.1f %8.1f %8.1f\n",
                    qPrintable(picked.label), qPrintable(picked.traderId),
                    static_cast<long long>(items), static_cast<long long>(sample),
                    static_cast<long long>(flags), static_cast<long long>(groups), first,
                    times[times.size() / 2], times.back(), firstCpu, cpu[cpu.size() / 2]);
    }
    if (args.contains(QStringLiteral("--compare"))) {
        for (const Picked &picked : traders)
            compare(connection.value(), options, {picked.traderId, period.from, period.to});
    }
    return 0;
}
