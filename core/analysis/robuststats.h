#pragma once

#include <vector>

namespace clearsight {

// Robust statistics for skewed customs data (DOMAIN.md, "Valuation and weight").

// Median of the values (the vector is reordered). NaN for an empty vector.
double median(std::vector<double> &values);

// Median absolute deviation from `center`, scaled by 1.4826 so that it estimates the standard
// deviation of normal data. NaN for an empty vector. The vector is reordered.
double scaledMad(std::vector<double> &values, double center);

struct RobustLocation {
    double median = 0;
    double scale = 0; // scaled MAD, floored at `minScale`
    int count = 0;
};

// Median and scaled MAD, with the scale floored so that identical values (a MAD of 0) do not
// make every small difference look extreme.
RobustLocation robustLocation(std::vector<double> values, double minScale);

} // namespace clearsight
