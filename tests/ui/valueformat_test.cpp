#include "common/valueformat.h"
#include "declarations/declarationcolumns.h"
#include "domain/canonicalschema.h"

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{
const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale french(QLocale::French, QLocale::France);
} // namespace

TEST(ValueFormat, AmountsHaveTwoDecimalsAndGroupSeparators)
{
    EXPECT_EQ(formatValue(1234567.891, ValueFormat::Money, english),
              QStringLiteral("1,234,567.89"));
    EXPECT_EQ(formatValue(0.5, ValueFormat::Money, english), QStringLiteral("0.50"));
    // French groups with a narrow no-break space and uses a decimal comma.
    const QString value = formatValue(1234.5, ValueFormat::Money, french);
    EXPECT_TRUE(value.endsWith(QStringLiteral("234,50"))) << qPrintable(value);
    EXPECT_EQ(valueAlignment(ValueFormat::Money), Qt::AlignRight | Qt::AlignVCenter);
}

TEST(ValueFormat, MeasuresKeepUpToThreeDecimals)
{
    EXPECT_EQ(formatValue(12.5, ValueFormat::Measure, english), QStringLiteral("12.5"));
    EXPECT_EQ(formatValue(1000.0, ValueFormat::Measure, english), QStringLiteral("1,000"));
    EXPECT_EQ(formatValue(0.12345, ValueFormat::Measure, english), QStringLiteral("0.123"));
    EXPECT_EQ(formatValue(1.0856, ValueFormat::Rate, english), QStringLiteral("1.0856"));
}

TEST(ValueFormat, DatesUseTheLocaleWithFourDigitYears)
{
    EXPECT_EQ(formatValue(QStringLiteral("2024-03-05"), ValueFormat::Date, french),
              QStringLiteral("05/03/2024"));
    EXPECT_EQ(formatValue(QStringLiteral("2024-03-05"), ValueFormat::Date, english),
              QStringLiteral("3/5/2024"));
    // Not a date: shown as it is rather than hidden.
    EXPECT_EQ(formatValue(QStringLiteral("sometime"), ValueFormat::Date, english),
              QStringLiteral("sometime"));
}

TEST(ValueFormat, IntegersArePlainAndEmptyCellsBlank)
{
    EXPECT_EQ(formatValue(qlonglong(12345), ValueFormat::Integer, english),
              QStringLiteral("12345"));
    EXPECT_EQ(formatValue(QVariant(), ValueFormat::Money, english), QString());
    EXPECT_EQ(formatValue(QVariant(QMetaType(QMetaType::Double)), ValueFormat::Money, english),
              QString());
}

TEST(DeclarationColumns, AmountsCodesAndNamesAreFormattedAndSizedByKind)
{
    auto column = [](CanonicalColumn c) { return int(c); };
    EXPECT_EQ(declarationColumnFormat(column(CanonicalColumn::CifValue)), ValueFormat::Money);
    EXPECT_EQ(declarationColumnFormat(column(CanonicalColumn::NetWeightKg)), ValueFormat::Measure);
    EXPECT_EQ(declarationColumnFormat(column(CanonicalColumn::ExchangeRate)), ValueFormat::Rate);
    EXPECT_EQ(declarationColumnFormat(column(CanonicalColumn::Date)), ValueFormat::Date);
    EXPECT_EQ(declarationColumnFormat(column(CanonicalColumn::ItemNo)), ValueFormat::Integer);
    EXPECT_EQ(declarationColumnFormat(column(CanonicalColumn::HsCode)), ValueFormat::Text);
    EXPECT_GT(declarationColumnWidthChars(column(CanonicalColumn::Description)),
              2 * declarationColumnWidthChars(column(CanonicalColumn::HsCode)));
    EXPECT_GT(declarationColumnWidthChars(column(CanonicalColumn::TraderName)),
              2 * declarationColumnWidthChars(column(CanonicalColumn::Flow)));
}
