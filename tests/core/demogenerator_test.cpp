#include "demo/demogenerator.h"

#include "domain/canonicalschema.h"
#include "domain/incoterms.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace clearsight
{
namespace
{

using Record = std::vector<std::string>;

struct CsvTable {
    Record header;
    std::vector<Record> rows;

    int column(const char *name) const
    {
        const auto it = std::find(header.begin(), header.end(), name);
        return it == header.end() ? -1 : int(it - header.begin());
    }
};

// A strict RFC 4180 reader: enough to read back what the generator wrote, and independent of
// the product's own CSV reader.
CsvTable readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    std::vector<Record> records;
    Record record;
    std::string field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.push_back(field);
            field.clear();
        } else if (c == '\n') {
            record.push_back(field);
            field.clear();
            records.push_back(std::move(record));
            record.clear();
        } else {
            field += c;
        }
    }
    CsvTable table;
    if (!records.empty()) {
        table.header = records.front();
        table.rows.assign(records.begin() + 1, records.end());
    }
    return table;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double number(const std::string &text)
{
    return std::stod(text);
}

std::pair<std::string, std::string> key(const std::string &declaration, const std::string &item)
{
    return {declaration, item};
}

// One 50,000-row data set shared by the tests that only read it.
class DemoGeneratorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(s_dir->isValid());
        s_path = s_dir->filePath(QStringLiteral("demo.csv"));
        DemoOptions options;
        options.rows = 50000;
        Result<DemoSummary> result = writeDemoDataset(s_path, options);
        ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
        s_summary = result.value();
        s_csv = readCsv(s_path);
        s_truthRows = readCsv(demoTruthRowsPath(s_path));
        s_truthTraders = readCsv(demoTruthTradersPath(s_path));
        for (const Record &t : s_truthRows.rows)
            s_truthKeys.insert(key(t[0], t[1]));
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    static bool planted(const Record &row) { return s_truthKeys.count(key(row[0], row[1])) > 0; }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline QString s_path;
    static inline DemoSummary s_summary;
    static inline CsvTable s_csv;
    static inline CsvTable s_truthRows;
    static inline CsvTable s_truthTraders;
    static inline std::set<std::pair<std::string, std::string>> s_truthKeys;
};

TEST(DemoGeneratorPaths, TruthFilesSitBesideTheCsv)
{
    EXPECT_EQ(demoTruthRowsPath(QStringLiteral("x/FILE.csv")),
              QStringLiteral("x/FILE.truth_rows.csv"));
    EXPECT_EQ(demoTruthTradersPath(QStringLiteral("x/FILE.csv")),
              QStringLiteral("x/FILE.truth_traders.csv"));
}

TEST(DemoGeneratorDeterminism, SameSeedGivesIdenticalFilesAndAnotherSeedDoesNot)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto write = [&dir](const char *name, quint64 seed) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        DemoOptions options;
        options.rows = 10000;
        options.seed = seed;
        const Result<DemoSummary> result = writeDemoDataset(path, options);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return path;
    };
    const QString a = write("a.csv", 7);
    const QString b = write("b.csv", 7);
    const QString c = write("c.csv", 8);
    EXPECT_EQ(fileBytes(a), fileBytes(b));
    EXPECT_EQ(fileBytes(demoTruthRowsPath(a)), fileBytes(demoTruthRowsPath(b)));
    EXPECT_EQ(fileBytes(demoTruthTradersPath(a)), fileBytes(demoTruthTradersPath(b)));
    EXPECT_FALSE(fileBytes(a).isEmpty());
    EXPECT_NE(fileBytes(a), fileBytes(c));
}

TEST(DemoGeneratorOptions, RowsOutsideTheRangeAreRefused)
{
    QTemporaryDir dir;
    DemoOptions options;
    options.rows = 9999;
    const Result<DemoSummary> result =
        writeDemoDataset(dir.filePath(QStringLiteral("d.csv")), options);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::InvalidArgument);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST(DemoGeneratorCancel, CancellingReturnsCancelledAndLeavesNoFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    DemoOptions options;
    options.rows = 50000;
    int calls = 0;
    const Result<DemoSummary> result = writeDemoDataset(
        dir.filePath(QStringLiteral("cancel.csv")), options, [&calls](qint64 done, qint64 total) {
            EXPECT_EQ(total, 50000);
            ++calls;
            return done < 20000; // cancel part-way, after rows were written
        });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::Cancelled);
    EXPECT_GT(calls, 1);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    // Cancelling at the very first report as well.
    const Result<DemoSummary> early = writeDemoDataset(
        dir.filePath(QStringLiteral("early.csv")), options, [](qint64, qint64) { return false; });
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, Error::Code::Cancelled);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(DemoGeneratorTest, HeaderIsTheCanonicalColumnsAndEveryRowIsComplete)
{
    Record expected;
    for (const ColumnInfo &info : canonicalColumns())
        expected.emplace_back(info.name);
    EXPECT_EQ(s_csv.header, expected);
    EXPECT_EQ(qint64(s_csv.rows.size()), 50000);
    EXPECT_EQ(s_summary.rows, 50000);
    for (const Record &row : s_csv.rows)
        ASSERT_EQ(row.size(), expected.size()) << row[0];

    const QByteArray bytes = fileBytes(s_path);
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF")); // no BOM
    EXPECT_FALSE(bytes.contains('\r'));
    EXPECT_TRUE(bytes.endsWith('\n'));

    std::set<std::string> declarations;
    for (const Record &row : s_csv.rows)
        declarations.insert(row[0]);
    declarations.erase(std::string());
    EXPECT_EQ(qint64(declarations.size()), s_summary.declarations);
}

TEST_F(DemoGeneratorTest, RowsAreInDateOrderWithinTheYear)
{
    const int date = s_csv.column("date");
    std::string previous = "2025-01-01";
    for (const Record &row : s_csv.rows) {
        if (row[size_t(date)].substr(5, 2) == "13") // a planted unreadable date
            continue;
        EXPECT_LE(previous, row[size_t(date)]);
        EXPECT_EQ(row[size_t(date)].substr(0, 4), "2025");
        previous = row[size_t(date)];
    }
}

TEST_F(DemoGeneratorTest, EveryAnomalyKindIsPlantedAndRecorded)
{
    std::set<std::string> rowKinds;
    for (const Record &t : s_truthRows.rows)
        rowKinds.insert(t[2]);
    for (const char *kind : {"undervalued", "overvalued", "missing_freight", "double_freight",
                             "mode_mismatch", "weight_outlier", "incoterm_switch", "bad_row"})
        EXPECT_TRUE(rowKinds.count(kind)) << kind;

    std::set<std::string> traderKinds;
    for (const Record &t : s_truthTraders.rows)
        traderKinds.insert(t[1]);
    for (const char *kind :
         {"undervalued", "overvalued", "missing_freight", "double_freight", "mode_mismatch",
          "weight_outlier", "incoterm_switch", "origin_switch", "benford_fabricated", "alias_of"})
        EXPECT_TRUE(traderKinds.count(kind)) << kind;

    EXPECT_EQ(qint64(s_truthRows.rows.size()), s_summary.truthRows);
    EXPECT_EQ(qint64(s_truthTraders.rows.size()), s_summary.truthTraders);
}

TEST_F(DemoGeneratorTest, PlantedTradersAreAFewAndAllAppearInTheData)
{
    std::map<std::string, int> rowsPerTrader;
    const int trader = s_csv.column("trader_id");
    for (const Record &row : s_csv.rows)
        ++rowsPerTrader[row[size_t(trader)]];
    EXPECT_EQ(int(rowsPerTrader.size()), s_summary.traders);
    EXPECT_GT(s_summary.traders, 500); // about rows / 60
    EXPECT_GE(s_summary.plantedTraders, 10);
    EXPECT_LE(s_summary.plantedTraders, 0.05 * s_summary.traders);

    for (const Record &t : s_truthTraders.rows) {
        EXPECT_GT(rowsPerTrader[t[0]], 0) << t[0] << " " << t[1];
        if (t[1] == "alias_of") {
            EXPECT_NE(t[0], t[2]);
            EXPECT_GT(rowsPerTrader[t[2]], 0) << "original of alias " << t[0];
        }
        if (t[1] == "benford_fabricated") {
            EXPECT_GE(rowsPerTrader[t[0]], 250); // enough values for a Benford test
        }
    }
}

TEST_F(DemoGeneratorTest, TruthRowsReferToRowsInTheCsv)
{
    std::set<std::pair<std::string, std::string>> present;
    std::set<std::string> itemsWithoutId;
    for (const Record &row : s_csv.rows) {
        present.insert(key(row[0], row[1]));
        if (row[0].empty())
            itemsWithoutId.insert(row[1]);
    }
    for (const Record &t : s_truthRows.rows) {
        const bool found = present.count(key(t[0], t[1])) > 0 ||
                           (t[2] == "bad_row" && itemsWithoutId.count(t[1]) > 0);
        EXPECT_TRUE(found) << t[0] << "/" << t[1] << " " << t[2];
    }
    // Data-entry defects stay rare: about 0.1 % of the rows.
    const auto bad = std::count_if(s_truthRows.rows.begin(), s_truthRows.rows.end(),
                                   [](const Record &t) { return t[2] == "bad_row"; });
    EXPECT_GT(bad, 10);
    EXPECT_LT(bad, 150);
}

TEST_F(DemoGeneratorTest, CleanRowsFollowTheIncotermAndValueRules)
{
    const auto col = [](const char *name) { return size_t(s_csv.column(name)); };
    const size_t incoterm = col("incoterm"), mode = col("transport_mode"), freight = col("freight"),
                 fob = col("fob_value"), cif = col("cif_value"), gross = col("gross_weight_kg"),
                 net = col("net_weight_kg"), invoice = col("invoice_value"),
                 channel = col("channel"), inspected = col("inspected"), outcome = col("outcome"),
                 revenue = col("revenue_recovered");
    int clean = 0;
    for (const Record &row : s_csv.rows) {
        if (planted(row) || row[0].empty())
            continue;
        ++clean;
        const std::optional<ParsedIncoterm> rule =
            parseIncoterm(QString::fromStdString(row[incoterm]));
        ASSERT_TRUE(rule.has_value()) << row[incoterm];
        const IncotermRule &info = incotermRule(rule->rule);
        const std::string where = row[0] + "/" + row[1] + " " + row[incoterm] + " " + row[mode];
        if (info.includesMainCarriage) {
            EXPECT_EQ(number(row[freight]), 0) << where;
        } else {
            EXPECT_GT(number(row[freight]), 0) << where;
        }
        if (info.seaOnly) {
            EXPECT_TRUE(row[mode] == "SEA" || row[mode] == "INLAND_WATER") << where;
        }
        EXPECT_GE(number(row[cif]), number(row[fob])) << where;
        EXPECT_LE(number(row[net]), number(row[gross])) << where;
        EXPECT_GT(number(row[invoice]), 0) << where;

        const bool wasInspected = row[inspected] == "1";
        EXPECT_EQ(wasInspected, row[channel] != "GREEN") << where;
        EXPECT_EQ(wasInspected, !row[outcome].empty()) << where;
        if (!row[revenue].empty() && number(row[revenue]) > 0) {
            EXPECT_EQ(row[outcome], "ILLICIT") << where;
        }
    }
    EXPECT_GT(clean, 45000);
}

TEST_F(DemoGeneratorTest, TheYearLooksLikeAnAdministrations)
{
    const auto col = [](const char *name) { return size_t(s_csv.column(name)); };
    std::map<std::string, int> flows, modes;
    std::map<std::string, std::string> channelOfDeclaration;
    for (const Record &row : s_csv.rows) {
        ++flows[row[col("flow")]];
        ++modes[row[col("transport_mode")]];
        channelOfDeclaration[row[0]] = row[col("channel")];
    }
    const double rows = double(s_csv.rows.size());
    EXPECT_NEAR(flows["IM"] / rows, 0.85, 0.04);
    for (const char *mode : {"SEA", "AIR", "ROAD", "RAIL", "POST", "INLAND_WATER"})
        EXPECT_GT(modes[mode], 0) << mode;
    std::map<std::string, int> channels;
    for (const auto &entry : channelOfDeclaration)
        ++channels[entry.second];
    const double declarations = double(channelOfDeclaration.size());
    EXPECT_NEAR(channels["RED"] / declarations, 0.05, 0.02);
    EXPECT_NEAR(channels["YELLOW"] / declarations, 0.10, 0.03);
}

// Benford's first-digit law holds for the data set as a whole and fails for the fabricator
// (Nigrini's MAD, DOMAIN.md: above 0.015 is nonconformity).
TEST_F(DemoGeneratorTest, OnlyTheFabricatorBreaksBenford)
{
    const auto mad = [](const std::vector<double> &values) {
        std::array<int, 10> counts{};
        int n = 0;
        for (double v : values) {
            if (v <= 0)
                continue;
            const int digit = int(v / std::pow(10.0, std::floor(std::log10(v))));
            ++counts[size_t(std::clamp(digit, 1, 9))];
            ++n;
        }
        double sum = 0;
        for (int d = 1; d <= 9; ++d)
            sum += std::abs(double(counts[size_t(d)]) / n - std::log10(1.0 + 1.0 / d));
        return sum / 9;
    };
    std::string fabricator;
    for (const Record &t : s_truthTraders.rows) {
        if (t[1] == "benford_fabricated")
            fabricator = t[0];
    }
    const size_t trader = size_t(s_csv.column("trader_id"));
    const size_t invoice = size_t(s_csv.column("invoice_value"));
    std::vector<double> all, fabricated;
    for (const Record &row : s_csv.rows) {
        all.push_back(number(row[invoice]));
        if (row[trader] == fabricator)
            fabricated.push_back(number(row[invoice]));
    }
    EXPECT_LT(mad(all), 0.006);
    EXPECT_GT(mad(fabricated), 0.03);
}

#ifdef CLEARSIGHT_SHARED_DATA
// The goods are real HS 2022 subheadings: a user's code lookups and HS-chapter views work.
TEST_F(DemoGeneratorTest, CleanRowsUseHs2022Subheadings)
{
    const CsvTable hs = readCsv(QStringLiteral(CLEARSIGHT_SHARED_DATA) +
                                QStringLiteral("/hs-codes/harmonized-system.csv"));
    ASSERT_FALSE(hs.rows.empty());
    std::set<std::string> codes;
    for (const Record &row : hs.rows) {
        if (row.size() > 4 && row[4] == "6")
            codes.insert(row[1]);
    }
    const size_t column = size_t(s_csv.column("hs_code"));
    std::set<std::string> used;
    for (const Record &row : s_csv.rows) {
        if (!planted(row))
            used.insert(row[column]);
    }
    EXPECT_GE(used.size(), size_t(60));
    for (const std::string &code : used)
        EXPECT_TRUE(codes.count(code)) << code;
}
#endif

// Planted valuation anomalies are far outside their peers (same HS code and origin), so a
// detector can find them; clean rows are not.
TEST_F(DemoGeneratorTest, PlantedUnitValuesStandOutFromTheirPeers)
{
    const auto col = [](const char *name) { return size_t(s_csv.column(name)); };
    const size_t hs = col("hs_code"), origin = col("origin_country"), cif = col("cif_value"),
                 quantity = col("quantity"), flow = col("flow");
    std::map<std::pair<std::string, std::string>, std::vector<double>> peers;
    for (const Record &row : s_csv.rows) {
        if (!planted(row) && !row[0].empty() && row[flow] == "IM")
            peers[{row[hs], row[origin]}].push_back(
                std::log(number(row[cif]) / number(row[quantity])));
    }
    std::map<std::pair<std::string, std::string>, double> median;
    for (auto &[group, values] : peers) {
        if (values.size() < 20)
            continue;
        std::nth_element(values.begin(), values.begin() + long(values.size() / 2), values.end());
        median[group] = values[values.size() / 2];
    }
    std::map<std::string, std::vector<double>> deviations;
    const std::map<std::pair<std::string, std::string>, std::string> kinds = [] {
        std::map<std::pair<std::string, std::string>, std::string> out;
        for (const Record &t : s_truthRows.rows)
            out[key(t[0], t[1])] = t[2];
        return out;
    }();
    for (const Record &row : s_csv.rows) {
        const auto kind = kinds.find(key(row[0], row[1]));
        const auto m = median.find({row[hs], row[origin]});
        if (kind == kinds.end() || m == median.end())
            continue;
        deviations[kind->second].push_back(std::log(number(row[cif]) / number(row[quantity])) -
                                           m->second);
    }
    auto middle = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    ASSERT_FALSE(deviations["undervalued"].empty());
    ASSERT_FALSE(deviations["overvalued"].empty());
    EXPECT_LT(middle(deviations["undervalued"]), std::log(0.5));
    EXPECT_GT(middle(deviations["overvalued"]), std::log(2.0));
}

} // namespace
} // namespace clearsight
