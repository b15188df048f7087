#include "robuststats.h"

#include <algorithm>
#include <cmath>

namespace clearsight {

double median(std::vector<double> &values)
{
    if (values.empty())
        return std::nan("");
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(mid));
    return (lower + upper) / 2.0;
}

double scaledMad(std::vector<double> &values, double center)
{
    for (double &v : values)
        v = std::fabs(v - center);
    return 1.4826 * median(values);
}

RobustLocation robustLocation(std::vector<double> values, double minScale)
{
    RobustLocation r;
    r.count = int(values.size());
    if (values.empty())
        return r;
    r.median = median(values);
    r.scale = std::max(scaledMad(values, r.median), minScale);
    return r;
}

} // namespace clearsight
