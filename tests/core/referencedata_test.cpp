#include "reference/referencedata.h"

#include <gtest/gtest.h>

using namespace clearsight;
using HsStatus = ReferenceData::HsStatus;

TEST(ReferenceData, HsCodesAreCheckedAgainstHs2022)
{
    const ReferenceData &r = ReferenceData::instance();
    EXPECT_EQ(r.checkHsCode("620342"), HsStatus::Valid);
    EXPECT_EQ(r.checkHsCode("010121"), HsStatus::Valid);     // leading zero kept
    EXPECT_EQ(r.checkHsCode("7321119014"), HsStatus::Valid); // national 10-digit code
    EXPECT_EQ(r.checkHsCode("2404"), HsStatus::Valid);       // heading new in HS 2022
    // 852841 (CRT monitors for computers, HS 2007/2012) is 852842 since HS 2017: an older code.
    EXPECT_EQ(r.checkHsCode("852841"), HsStatus::NotIn2022);
    EXPECT_EQ(r.checkHsCode("999999"), HsStatus::NotIn2022); // Comtrade's, not WCO HS
    EXPECT_EQ(r.checkHsCode("62A3"), HsStatus::Malformed);
    EXPECT_EQ(r.checkHsCode("123"), HsStatus::Malformed);
}

TEST(ReferenceData, CountriesByCodeAndName)
{
    const ReferenceData &r = ReferenceData::instance();
    EXPECT_TRUE(r.isCountryCode("NA")); // Namibia, not "not available"
    EXPECT_FALSE(r.isCountryCode("XX"));
    EXPECT_EQ(r.countryAlpha2("NAM").value(), QByteArray("NA"));
    EXPECT_EQ(r.countryAlpha2("kor").value(), QByteArray("KR"));
    EXPECT_EQ(r.countryAlpha2("276").value(), QByteArray("DE"));
    EXPECT_EQ(r.countryAlpha2("Brésil").value(), QByteArray("BR"));
    EXPECT_EQ(r.countryAlpha2("ALEMANIA").value(), QByteArray("DE"));
    EXPECT_FALSE(r.countryAlpha2("CNTRY652"));
    EXPECT_TRUE(r.isLandlocked("BO"));
    EXPECT_FALSE(r.isLandlocked("NA"));
}

TEST(ReferenceData, BrazilianCountriesByCutPortugueseName)
{
    const ReferenceData &r = ReferenceData::instance();
    EXPECT_EQ(r.brazilCountryAlpha2("573", "PAISES BAIXOS (HOLAN").value(), QByteArray("NL"));
    EXPECT_EQ(r.brazilCountryAlpha2("023", "ALEMANHA            ").value(), QByteArray("DE"));
    EXPECT_EQ(r.brazilCountryAlpha2("249", "").value(), QByteArray("US"));
}

TEST(ReferenceData, Currencies)
{
    const ReferenceData &r = ReferenceData::instance();
    EXPECT_EQ(r.currencyStatus("EUR"), ReferenceData::CurrencyStatus::Current);
    EXPECT_EQ(r.currencyStatus("usd"), ReferenceData::CurrencyStatus::Current);
    EXPECT_EQ(r.currencyStatus("DEM"), ReferenceData::CurrencyStatus::Withdrawn);
    EXPECT_EQ(r.currencyStatus("ZZZ"), ReferenceData::CurrencyStatus::Unknown);
}

TEST(ReferenceData, CountryNamesForLabelsInEachLanguage)
{
    const ReferenceData &r = ReferenceData::instance();
    EXPECT_EQ(r.countryName("CN", QLocale::English), QStringLiteral("China"));
    // The common short name is an abbreviation for these two: the official name instead.
    EXPECT_EQ(r.countryName("US", QLocale::English), QStringLiteral("United States of America"));
    EXPECT_TRUE(r.countryName("GB", QLocale::English).startsWith(QStringLiteral("United Kingdom")));
    EXPECT_EQ(r.countryName("DE", QLocale::French), QStringLiteral("Allemagne"));
    EXPECT_EQ(r.countryName("DE", QLocale::Spanish), QStringLiteral("Alemania"));
    EXPECT_TRUE(r.countryName("ZZ", QLocale::English).isEmpty());
}
