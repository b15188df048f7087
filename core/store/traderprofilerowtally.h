#pragma once

// Internal to core/store: the one pass that tallies a trader's rows into its profile, shared by
// the path that reads every row (readAllRows) and the sampled one (readSampled).

#include "store/traderprofilereads.h"

#include <QByteArray>
#include <QDate>

#include <sqlite3.h>

#include <array>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace clearsight::traderprofile
{

// Text values -> dense indexes, in order of first appearance. The trader's consecutive rows
// often repeat a value (the items of one declaration), so the last one is checked first.
class KeyIndex
{
public:
    size_t index(std::string_view key)
    {
        if (m_last != npos && key == m_keys[m_last])
            return m_last;
        auto it = m_index.find(std::string(key));
        if (it == m_index.end()) {
            it = m_index.emplace(std::string(key), m_keys.size()).first;
            m_keys.emplace_back(key);
        }
        return m_last = it->second;
    }
    const std::vector<std::string> &keys() const { return m_keys; }
    static constexpr size_t npos = size_t(-1);

private:
    std::unordered_map<std::string, size_t> m_index;
    std::vector<std::string> m_keys;
    size_t m_last = npos;
};

// From a sample's sums to the exact figures, per half. All 1 when every row was read.
struct Scale {
    bool sampled = false;
    std::array<double, 2> items{1, 1};
    std::array<double, 2> value{1, 1};
    double allItems = 1;
};

struct UnitValueValues {
    std::array<std::vector<double>, 2> values;
};

// One pass over the trader's rows of the period, in date order: figures by month and half,
// mixes, spellings and unit values by HS6. Over a sample, its figures are the sample's sums,
// and finish() scales the rest to the exact figures.
class RowTally
{
public:
    RowTally(TraderProfile &profile, const traderprofile::FlaggedItems &flagged)
        : m_p(profile), m_flagged(flagged), m_months(profile.months.size()),
          m_secondHalf(profile.secondHalf.toUtf8())
    {
        const QDate from = QDate::fromString(profile.from, Qt::ISODate);
        m_firstYear = from.year();
        m_firstMonth = from.month();
    }

    // The month of `date` (an ISO date) counted from the period's first month.
    int monthOf(std::string_view date) const
    {
        return (std::atoi(date.substr(0, 4).data()) - m_firstYear) * 12 +
               std::atoi(date.substr(5, 2).data()) - m_firstMonth;
    }

    // Tallies one row of kRows (kWindowRows: the same columns) dated `date`, in the period.
    void add(sqlite3_stmt *s, std::string_view date);
    void finish(const Scale &scale);

    const TraderFigures &total() const { return m_total; }
    const std::array<TraderFigures, 2> &halves() const { return m_halves; }
    const std::vector<TraderFigures> &months() const { return m_months; }

private:
    TraderProfile &m_p;
    const traderprofile::FlaggedItems &m_flagged;
    TraderFigures m_total;
    std::array<TraderFigures, 2> m_halves;
    std::vector<TraderFigures> m_months;
    QByteArray m_secondHalf;
    int m_firstYear = 0, m_firstMonth = 0;
    std::array<KeyIndex, mixDimensionCount> m_mixIndex;
    KeyIndex m_names, m_addresses, m_flows, m_unitGroups;
    std::vector<qint64> m_nameCounts, m_addressCounts, m_flowCounts;
    std::vector<UnitValueValues> m_unitValues;
    std::vector<double> m_unitGroupValue;
    std::vector<std::array<double, 2>> m_unitGroupHalfValue;
    std::unordered_set<size_t> m_declarations, m_monthDeclarations, m_halfDeclarations;
    int m_currentMonth = -1, m_currentHalf = -1;
    std::string m_partner, m_unitKey;
};

// Sorts each mix of `p` by customs value, largest first.
void sortMixes(TraderProfile &p);

} // namespace clearsight::traderprofile
