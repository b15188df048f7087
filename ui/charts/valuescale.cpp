#include "valuescale.h"

#include "common/valueformat.h"

#include <QCoreApplication>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace clearsight::ui
{

ValueScale ValueScale::forMaximum(double maximum)
{
    const double size = std::abs(maximum);
    if (size >= 1e9)
        return {1e9, QCoreApplication::translate("ValueScale", "bn", "billions")};
    if (size >= 1e6)
        return {1e6, QCoreApplication::translate("ValueScale", "M", "millions")};
    if (size >= 1e4)
        return {1e3, QCoreApplication::translate("ValueScale", "k", "thousands")};
    return {};
}

QString ValueScale::format(double value, int decimals, const QLocale &locale) const
{
    const QString number = formatTrimmed(value / divisor, decimals, locale);
    return suffix.isEmpty() ? number : number + QChar(0x202F) + suffix;
}

QString ValueScale::unit(const QString &unit) const
{
    if (unit.isEmpty())
        return suffix;
    return suffix.isEmpty() ? unit : suffix + QLatin1Char(' ') + unit;
}

QString ValueScale::title(const QString &measure, const QString &unit) const
{
    const QString units = this->unit(unit);
    if (units.isEmpty())
        return measure;
    return QCoreApplication::translate("ValueScale", "%1 (%2)", "measure (unit)")
        .arg(measure, units);
}

QString ValueScale::money(double value, const QString &currency, const QLocale &locale)
{
    const QString text = forMaximum(value).format(value, 2, locale);
    return currency.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

int categoryIndexAt(double position, int count)
{
    const int index = int(std::lround(position));
    return index >= 0 && index < count ? index : -1;
}

void setRoundRange(QValueAxis *axis, double maximum, int intervals)
{
    intervals = std::max(1, intervals);
    double step = 1;
    if (maximum > 0) {
        const double raw = maximum / intervals;
        const double power = std::pow(10.0, std::floor(std::log10(raw)));
        for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            step = factor * power;
            if (step * intervals >= maximum * (1 - 1e-9))
                break;
        }
    }
    const int used = std::max(1, int(std::ceil(maximum / step - 1e-9)));
    axis->setRange(0, step * used);
    axis->setTickCount(used + 1);
    int decimals = 0;
    while (decimals < 3 && std::abs(step * std::pow(10.0, decimals) -
                                    std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

} // namespace clearsight::ui
