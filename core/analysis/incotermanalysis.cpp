#include "incotermanalysis.h"

#include "incotermchecks.h"

#include "analysis/robuststats.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace clearsight
{

namespace incoterm
{

QString modeCode(Mode mode)
{
    static constexpr std::array<const char *, 9> kCodes{
        "?", "SEA", "RAIL", "ROAD", "AIR", "POST", "FIXED", "INLAND_WATER", "OTHER"};
    const size_t index = size_t(mode);
    return QString::fromLatin1(index < kCodes.size() ? kCodes[index] : "?");
}

std::vector<GroupMedian> groupMedians(const std::vector<std::pair<qint32, double>> &items,
                                      size_t groups)
{
    std::vector<GroupMedian> result(groups, GroupMedian{std::nan(""), 0});
    std::vector<size_t> start(groups + 1, 0);
    for (const auto &[group, value] : items)
        ++start[size_t(group) + 1];
    for (size_t g = 0; g < groups; ++g)
        start[g + 1] += start[g];
    std::vector<double> sorted(items.size());
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (const auto &[group, value] : items)
        sorted[next[size_t(group)]++] = value;
    std::vector<double> scratch;
    for (size_t g = 0; g < groups; ++g) {
        if (start[g + 1] == start[g])
            continue;
        scratch.assign(sorted.begin() + std::ptrdiff_t(start[g]),
                       sorted.begin() + std::ptrdiff_t(start[g + 1]));
        result[g] = GroupMedian{median(scratch), qint32(scratch.size())};
    }
    return result;
}

TraderBlocks traderBlocks(const Context &context)
{
    const AnalysisData &d = context.data;
    // Counting sort on trader + 1 (unknown traders form block 0), keeping row order within a
    // trader, then each trader's rows by date.
    const size_t groups = d.traders.size() + 1;
    const auto groupOf = [&d, groups](quint32 row) {
        const qint32 t = d.trader[row];
        return t >= 0 && size_t(t) + 1 < groups ? size_t(t) + 1 : 0;
    };
    TraderBlocks blocks;
    blocks.start.assign(groups + 1, 0);
    for (const quint32 row : context.rows)
        ++blocks.start[groupOf(row) + 1];
    for (size_t g = 0; g < groups; ++g)
        blocks.start[g + 1] += blocks.start[g];
    blocks.rows.resize(context.rows.size());
    std::vector<size_t> next(blocks.start.begin(), blocks.start.end() - 1);
    for (const quint32 row : context.rows)
        blocks.rows[next[groupOf(row)]++] = row;
    const auto byDay = [&d](quint32 a, quint32 b) { return d.day[a] < d.day[b]; };
    for (size_t g = 0; g < groups; ++g) {
        const auto first = blocks.rows.begin() + std::ptrdiff_t(blocks.start[g]);
        const auto last = blocks.rows.begin() + std::ptrdiff_t(blocks.start[g + 1]);
        if (!std::is_sorted(first, last, byDay)) // stores usually hold rows in date order
            std::stable_sort(first, last, byDay);
    }
    return blocks;
}

void checkModes(const Context &context, std::vector<Flag> &flags)
{
    const AnalysisData &d = context.data;
    for (const quint32 row : context.rows) {
        if (!incotermRule(Incoterm(d.incoterm[row])).seaOnly)
            continue;
        const Mode mode = d.mode[row];
        double score = 0;
        if (mode == Mode::Air || mode == Mode::Post)
            score = 85; // delivery on or alongside a vessel: never right by plane or parcel
        else if (mode == Mode::Road || mode == Mode::Rail)
            score = 40; // a sea leg, then land transit: normal for landlocked importers
        else
            continue;
        Flag flag;
        flag.rowId = d.rowId[row];
        flag.trader = d.trader[row];
        flag.kind = FlagKind::ModeMismatch;
        flag.score = score;
        flag.peerGroup = QCoreApplication::translate("IncotermAnalysis", "Incoterm %1 · %2")
                             .arg(incotermCode(Incoterm(d.incoterm[row])), modeCode(mode));
        flag.reason.insert(QStringLiteral("incoterm"), incotermCode(Incoterm(d.incoterm[row])));
        flag.reason.insert(QStringLiteral("mode"), modeCode(mode));
        flags.push_back(std::move(flag));
    }
}

} // namespace incoterm

std::vector<Flag> analyseIncoterms(const AnalysisData &data,
                                   const std::vector<float> &relativeLogValue,
                                   const AnalysisThresholds &thresholds, const QString &currency)
{
    incoterm::Context context{data, thresholds, currency, {}};
    const size_t n = data.size();
    context.rows.reserve(n);
    for (size_t row = 0; row < n; ++row) {
        const qint8 rule = data.incoterm[row];
        if (data.isImport[row] == 1 && rule >= 0 && rule < qint8(Incoterm::Count))
            context.rows.push_back(quint32(row));
    }

    std::vector<Flag> flags;
    incoterm::checkFreight(context, flags);
    incoterm::checkModes(context, flags);
    const incoterm::TraderBlocks blocks = incoterm::traderBlocks(context);
    incoterm::checkDeviation(context, blocks, flags);
    // Without a verdict per row from the valuation there is nothing to see a fall in.
    if (relativeLogValue.size() == n)
        incoterm::checkSwitch(context, blocks, relativeLogValue, flags);

    std::stable_sort(flags.begin(), flags.end(), [](const Flag &a, const Flag &b) {
        return a.rowId != b.rowId ? a.rowId < b.rowId : a.kind < b.kind;
    });
    return flags;
}

} // namespace clearsight
