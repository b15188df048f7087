#include "referencedata.h"

#include "ingest/csvreader.h"
#include "ingest/valueparsing.h"

#include <QFile>

namespace clearsight
{

namespace
{

// Calls `row` with the fields of each data line of an embedded CSV list.
template <typename Row> void readList(const QString &resource, Row row)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("ClearSight: reference list %s is missing from the build", qPrintable(resource));
        return;
    }
    CsvReader reader(&file, CsvDialect{});
    CsvRecord record;
    bool header = true;
    while (reader.next(record)) {
        if (header) {
            header = false;
            continue;
        }
        if (!record.broken && !record.isBlank())
            row(record.fields);
    }
}

int alpha2Index(QByteArrayView code)
{
    if (code.size() != 2)
        return -1;
    const char a = code[0];
    const char b = code[1];
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z')
        return -1;
    return (a - 'A') * 26 + (b - 'A');
}

// The three letters of a code, case ignored, as 0..26^3-1; -1 if not three letters.
int threeLetterIndex(QByteArrayView code)
{
    const QByteArrayView t = trimmedField(code);
    if (t.size() != 3)
        return -1;
    int index = 0;
    for (char c : t) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            return -1;
        index = index * 26 + (c - 'A');
    }
    return index;
}

bool allDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int digitsValue(QByteArrayView text)
{
    int v = 0;
    for (char c : text)
        v = v * 10 + (c - '0');
    return v;
}

QByteArray upperAscii(QByteArrayView text)
{
    QByteArray out = trimmedField(text).toByteArray();
    for (char &c : out) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return out;
}

} // namespace

const ReferenceData &ReferenceData::instance()
{
    static const ReferenceData data;
    return data;
}

ReferenceData::ReferenceData()
    : m_hs6(std::make_unique<std::bitset<1000000>>()),
      m_currencies(26 * 26 * 26, quint8(CurrencyStatus::Unknown))
{
    loadHs();
    loadCountries();
    loadCurrencies();
    loadBrazil();
}

QString ReferenceData::normalisedName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.toUpper().unicode();
        if ((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += QChar(u);
        } else {
            space = true;
        }
    }
    return out;
}

void ReferenceData::loadHs()
{
    readList(QStringLiteral(":/clearsight/reference/hs2022.csv"), [this](const auto &f) {
        if (f.size() < 2 || !allDigits(f[0]))
            return;
        const QByteArrayView code = f[0];
        if (code.size() == 6)
            m_hs6->set(size_t(digitsValue(code)));
        else if (code.size() == 4)
            m_hs4.set(size_t(digitsValue(code)));
        else if (code.size() == 2)
            m_hs2.set(size_t(digitsValue(code)));
        m_hsDescriptions.insert(QString::fromLatin1(code), QString::fromUtf8(f[1]));
    });
}

void ReferenceData::loadCountries()
{
    readList(QStringLiteral(":/clearsight/reference/countries.csv"), [this](const auto &f) {
        if (f.size() < 8)
            return;
        const QByteArray alpha2 = f[0].toByteArray();
        const int index = alpha2Index(alpha2);
        if (index < 0)
            return;
        m_alpha2.set(size_t(index));
        if (f[7] == QByteArrayView("Y"))
            m_landlocked.set(size_t(index));
        m_countryByCode.insert(f[1].toByteArray(), alpha2);
        if (allDigits(f[2]))
            m_countryByCode.insert(QByteArray::number(digitsValue(f[2])), alpha2);
        m_countryNames.insert(alpha2, QString::fromUtf8(f[3]));
        m_countryNamesEn.insert(alpha2, QString::fromUtf8(f[4]));
        m_countryNamesFr.insert(alpha2, QString::fromUtf8(f[5]));
        m_countryNamesEs.insert(alpha2, QString::fromUtf8(f[6]));
        for (int i = 3; i <= 6; ++i) {
            const QString key = normalisedName(QString::fromUtf8(f[size_t(i)]));
            if (!key.isEmpty() && !m_countryByName.contains(key))
                m_countryByName.insert(key, alpha2);
        }
    });
}

void ReferenceData::loadCurrencies()
{
    readList(QStringLiteral(":/clearsight/reference/currencies.csv"), [this](const auto &f) {
        if (f.size() < 3)
            return;
        const int index = threeLetterIndex(f[0]);
        if (index >= 0)
            m_currencies[size_t(index)] =
                quint8(f[2] == QByteArrayView("current") ? CurrencyStatus::Current
                                                         : CurrencyStatus::Withdrawn);
    });
}

void ReferenceData::loadBrazil()
{
    readList(QStringLiteral(":/clearsight/reference/brazil-countries.csv"), [this](const auto &f) {
        if (f.size() < 3)
            return;
        const QByteArray alpha2 = f[2].toByteArray();
        if (!f[0].isEmpty())
            m_brazilByCode.insert(QByteArray::number(digitsValue(f[0])), alpha2);
        m_brazilByName.emplace_back(normalisedName(QString::fromUtf8(f[1])), alpha2);
    });
}

ReferenceData::HsStatus ReferenceData::checkHsCode(QByteArrayView digits) const
{
    if (!allDigits(digits))
        return HsStatus::Malformed;
    switch (digits.size()) {
    case 2:
        return m_hs2.test(size_t(digitsValue(digits))) ? HsStatus::Valid : HsStatus::NotIn2022;
    case 4:
        return m_hs4.test(size_t(digitsValue(digits))) ? HsStatus::Valid : HsStatus::NotIn2022;
    case 6:
    case 7:
    case 8:
    case 9:
    case 10:
    case 11:
    case 12:
        return m_hs6->test(size_t(digitsValue(digits.first(6)))) ? HsStatus::Valid
                                                                 : HsStatus::NotIn2022;
    default:
        return HsStatus::Malformed;
    }
}

QString ReferenceData::hsDescription(const QString &code) const
{
    return m_hsDescriptions.value(code.left(6));
}

bool ReferenceData::isCountryCode(QByteArrayView alpha2) const
{
    const int index = alpha2Index(alpha2);
    return index >= 0 && m_alpha2.test(size_t(index));
}

std::optional<QByteArray> ReferenceData::countryAlpha2(QByteArrayView text) const
{
    const QByteArray upper = upperAscii(text);
    if (upper.isEmpty())
        return std::nullopt;
    if (isCountryCode(upper))
        return upper;
    if (allDigits(upper)) {
        const auto it = m_countryByCode.constFind(QByteArray::number(digitsValue(upper)));
        if (it != m_countryByCode.constEnd())
            return *it;
        return std::nullopt;
    }
    if (upper.size() == 3) {
        const auto it = m_countryByCode.constFind(upper);
        if (it != m_countryByCode.constEnd())
            return *it;
    }
    const auto it = m_countryByName.constFind(normalisedName(QString::fromUtf8(text)));
    if (it != m_countryByName.constEnd())
        return *it;
    return std::nullopt;
}

std::optional<QByteArray> ReferenceData::brazilCountryAlpha2(QByteArrayView code,
                                                             QByteArrayView name) const
{
    const QString key = normalisedName(QString::fromLatin1(trimmedField(name)));
    if (!key.isEmpty()) {
        // SISCORI cuts names at 20 characters: a cut name is a prefix of the full one.
        for (const auto &[fullName, alpha2] : m_brazilByName) {
            if (fullName == key || (key.size() >= 6 && fullName.startsWith(key)))
                return alpha2;
        }
    }
    const QByteArrayView digits = trimmedField(code);
    if (allDigits(digits)) {
        const auto it = m_brazilByCode.constFind(QByteArray::number(digitsValue(digits)));
        if (it != m_brazilByCode.constEnd())
            return *it;
    }
    return std::nullopt;
}

QString ReferenceData::countryName(QByteArrayView alpha2) const
{
    return m_countryNames.value(alpha2.toByteArray());
}

QString ReferenceData::countryName(QByteArrayView alpha2, QLocale::Language language) const
{
    const QByteArray key = alpha2.toByteArray();
    const QString local = language == QLocale::French    ? m_countryNamesFr.value(key)
                          : language == QLocale::Spanish ? m_countryNamesEs.value(key)
                                                         : QString();
    if (!local.isEmpty())
        return local;
    // The common short name, except where it is an abbreviation ("US", "UK"): a chart label
    // would repeat the code.
    const QString common = m_countryNames.value(key);
    return common.size() > 3 ? common : m_countryNamesEn.value(key, common);
}

bool ReferenceData::isLandlocked(QByteArrayView alpha2) const
{
    const int index = alpha2Index(alpha2);
    return index >= 0 && m_landlocked.test(size_t(index));
}

ReferenceData::CurrencyStatus ReferenceData::currencyStatus(QByteArrayView code) const
{
    const int index = threeLetterIndex(code);
    return index < 0 ? CurrencyStatus::Unknown : CurrencyStatus(m_currencies[size_t(index)]);
}

} // namespace clearsight
