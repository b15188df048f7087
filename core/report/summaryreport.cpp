#include "summaryreport.h"

#include <cmath>

namespace clearsight
{

namespace
{

double cents(double value)
{
    return std::round(value * 100) / 100;
}

} // namespace

CsvTable summaryTable(const SummaryResult &summary)
{
    CsvTable table(
        {summaryDimensionKey(summary.dimension), QStringLiteral("label"),
         QStringLiteral("declarations"), QStringLiteral("items"), QStringLiteral("customs_value"),
         QStringLiteral("duty_paid"), QStringLiteral("inspected"), QStringLiteral("illicit"),
         QStringLiteral("hit_rate"), QStringLiteral("revenue_recovered"), QStringLiteral("flagged"),
         QStringLiteral("flagged_share"), QStringLiteral("revenue_at_stake")});
    for (const SummaryRow &row : summary.rows) {
        const SummaryFigures &f = row.figures;
        const std::optional<double> hitRate = f.hitRate();
        table.addRow({row.key, row.label, f.declarations, f.items, cents(f.customsValue),
                      cents(f.dutyPaid), f.inspected, f.illicit,
                      hitRate ? QVariant(std::round(*hitRate * 10000) / 10000) : QVariant(),
                      cents(f.revenueRecovered), f.flagged,
                      std::round(f.flaggedShare() * 10000) / 10000, cents(f.revenueAtStake)});
    }
    return table;
}

} // namespace clearsight
