#include "traderprofilereads.h"

#include <QCoreApplication>

#include <algorithm>

namespace clearsight::traderprofile
{

Error readError(const QString &path, sqlite3 *db, const char *what)
{
    return makeError(
        Error::Code::Database,
        QCoreApplication::translate("Store", "%1: reading the trader profile (%2): %3")
            .arg(path, QLatin1StringView(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

std::optional<double> median(std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + qsizetype(mid));
    return (lower + upper) / 2;
}

void countItem(TraderFigures &f, bool declaration, double value, double duty, int inspected,
               bool illicit, double recovered, const double *flagRevenue)
{
    ++f.items;
    f.declarations += declaration ? 1 : 0;
    f.customsValue += value;
    f.dutyPaid += duty;
    if (inspected == 1) {
        ++f.inspected;
        f.illicit += illicit ? 1 : 0;
    }
    f.revenueRecovered += recovered;
    if (flagRevenue) {
        ++f.flaggedItems;
        f.revenueAtStake += *flagRevenue;
    }
}

void addFigures(TraderFigures &to, const TraderFigures &from, int sign)
{
    to.items += sign * from.items;
    to.declarations += sign * from.declarations;
    to.customsValue += sign * from.customsValue;
    to.dutyPaid += sign * from.dutyPaid;
    to.inspected += sign * from.inspected;
    to.illicit += sign * from.illicit;
    to.revenueRecovered += sign * from.revenueRecovered;
    to.flaggedItems += sign * from.flaggedItems;
    to.revenueAtStake += sign * from.revenueAtStake;
}

} // namespace clearsight::traderprofile
