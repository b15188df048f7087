#include "importchoices.h"

#include <QComboBox>
#include <QCoreApplication>

namespace clearsight::ui
{

namespace
{
// The translation context of the labels.
struct ImportChoices {
    Q_DECLARE_TR_FUNCTIONS(ImportChoices)
};
} // namespace

std::vector<EncodingChoice> encodingChoices()
{
    return {
        {QString(), ImportChoices::tr("Detected")},
        {QStringLiteral("utf-8"), ImportChoices::tr("UTF-8")},
        {QStringLiteral("utf-16le"), ImportChoices::tr("UTF-16 little-endian")},
        {QStringLiteral("utf-16be"), ImportChoices::tr("UTF-16 big-endian")},
        {QStringLiteral("iso-8859-1"), ImportChoices::tr("ISO-8859-1 (Latin-1)")},
        {QStringLiteral("windows-1252"), ImportChoices::tr("Windows-1252 (Western European)")},
    };
}

std::vector<SeparatorChoice> separatorChoices()
{
    std::vector<SeparatorChoice> choices{{0, ImportChoices::tr("Detected")}};
    for (char separator : {',', ';', '\t', '|', '@'})
        choices.push_back({separator, separatorLabel(separator)});
    return choices;
}

QString separatorLabel(char separator)
{
    switch (separator) {
    case ',':
        return ImportChoices::tr(", (comma)");
    case ';':
        return ImportChoices::tr("; (semicolon)");
    case '\t':
        return ImportChoices::tr("Tab");
    case '|':
        return ImportChoices::tr("| (vertical bar)");
    case '@':
        return ImportChoices::tr("@ (at sign)");
    default:
        break;
    }
    return QString(QLatin1Char(separator));
}

std::vector<DateLayoutChoice> dateLayoutChoices()
{
    return {
        {DateLayout::Auto, ImportChoices::tr("Automatic")},
        {DateLayout::Iso, ImportChoices::tr("ISO (2025-03-14)")},
        {DateLayout::DayMonthYear, ImportChoices::tr("Day/month/year (14/03/2025)")},
        {DateLayout::MonthDayYear, ImportChoices::tr("Month/day/year (03/14/2025)")},
        {DateLayout::DayMonNameYear, ImportChoices::tr("Day, month name, year (14-Mar-2025)")},
        {DateLayout::YearMonth, ImportChoices::tr("Year and month (202503)")},
        {DateLayout::YearMonthDayShort, ImportChoices::tr("Short year-month-day (25-03-14)")},
    };
}

bool selectComboData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace clearsight::ui
