#include "ingest/valueparsing.h"

#include <gtest/gtest.h>

using namespace clearsight;

TEST(ValueParsing, Numbers)
{
    EXPECT_DOUBLE_EQ(*parseNumber("1234.5"), 1234.5);
    EXPECT_DOUBLE_EQ(*parseNumber("  -0.25 "), -0.25);
    EXPECT_DOUBLE_EQ(*parseNumber("+7"), 7.0);
    EXPECT_DOUBLE_EQ(*parseNumber("1e3"), 1000.0);
    bool empty = false;
    EXPECT_FALSE(parseNumber("", false, &empty));
    EXPECT_TRUE(empty);
    EXPECT_FALSE(parseNumber("12a", false, &empty));
    EXPECT_FALSE(empty);
}

TEST(ValueParsing, DecimalCommaWithThousandsSeparators)
{
    EXPECT_DOUBLE_EQ(*parseNumber("1.234,56", true), 1234.56);
    EXPECT_DOUBLE_EQ(*parseNumber("0000000001234,50", true), 1234.5);
    EXPECT_DOUBLE_EQ(*parseNumber("12 345,6", true), 12345.6);
}

TEST(ValueParsing, IsoDatesAreValidated)
{
    // 2025-01-01 is 55 years after 1970-01-01 with 14 leap days between: 55*365+14 = 20089.
    EXPECT_EQ(*parseIsoDate("2025-01-01"), 20089);
    EXPECT_EQ(*parseIsoDate("1970-01-01"), 0);
    EXPECT_EQ(*parseIsoDate("20250101"), 20089);
    EXPECT_EQ(*parseIsoDate("2025/01/01"), 20089);
    EXPECT_EQ(*parseIsoDate("2025-01-01 00:00:00"), 20089);
    EXPECT_TRUE(parseIsoDate("2024-02-29"));
    EXPECT_FALSE(parseIsoDate("2025-02-29"));
    EXPECT_FALSE(parseIsoDate("2025-13-45"));
    EXPECT_FALSE(parseIsoDate("2025-1-1"));
    EXPECT_FALSE(parseIsoDate("tomorrow"));
    EXPECT_FALSE(parseIsoDate(""));
}

TEST(ValueParsing, DatesFormatBackToIso)
{
    char out[10];
    for (const char *date : {"2025-01-01", "2024-02-29", "1999-12-31", "2000-03-01"}) {
        formatIsoDate(*parseIsoDate(date), out);
        EXPECT_EQ(std::string(out, 10), std::string(date));
    }
}
