#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QLocale>
#include <QString>

#include <bitset>
#include <memory>
#include <optional>
#include <vector>

namespace clearsight
{

// The reference lists embedded in the application (resources/reference/): HS 2022,
// ISO 3166-1 countries, ISO 4217 currencies and Brazil's country table. Loaded once on first
// use; immutable and safe to read from any thread afterwards.
class ReferenceData
{
public:
    static const ReferenceData &instance();

    enum class HsStatus { Valid, NotIn2022, Malformed };
    // `digits` is a code of digits only. A national code (8 or 10 digits) is judged by its
    // HS6 part; a 4-digit code by its heading, 2 digits by its chapter.
    HsStatus checkHsCode(QByteArrayView digits) const;
    QString hsDescription(const QString &code) const;

    bool isCountryCode(QByteArrayView alpha2) const;
    // Alpha-2 for an alpha-2, alpha-3 or numeric code or an English, French or Spanish name
    // (case, accents and punctuation ignored). "NA" is Namibia, not "not available".
    std::optional<QByteArray> countryAlpha2(QByteArrayView text) const;
    // Alpha-2 for a country of Brazil's Receita Federal table, by its Portuguese name (names in
    // SISCORI files are cut at 20 characters) or, failing that, its code.
    std::optional<QByteArray> brazilCountryAlpha2(QByteArrayView code, QByteArrayView name) const;
    QString countryName(QByteArrayView alpha2) const;
    // The country's name in French or Spanish (ISO 3166 names from the reference file), for
    // labels shown in those languages; the English short name for any other language.
    QString countryName(QByteArrayView alpha2, QLocale::Language language) const;
    bool isLandlocked(QByteArrayView alpha2) const;

    enum class CurrencyStatus { Current, Withdrawn, Unknown };
    CurrencyStatus currencyStatus(QByteArrayView code) const;

    // Upper-case ASCII letters and digits separated by single spaces, accents removed.
    static QString normalisedName(const QString &name);

private:
    ReferenceData();
    void loadHs();
    void loadCountries();
    void loadCurrencies();
    void loadBrazil();

    std::unique_ptr<std::bitset<1000000>> m_hs6;
    std::bitset<10000> m_hs4;
    std::bitset<100> m_hs2;
    QHash<QString, QString> m_hsDescriptions;
    std::bitset<26 * 26> m_alpha2;
    std::bitset<26 * 26> m_landlocked;
    QHash<QByteArray, QByteArray> m_countryByCode; // alpha-3 and numeric -> alpha-2
    QHash<QString, QByteArray> m_countryByName;
    QHash<QByteArray, QString> m_countryNames;
    QHash<QByteArray, QString>
        m_countryNamesEn; // official English name ("United States of America")
    QHash<QByteArray, QString> m_countryNamesFr;
    QHash<QByteArray, QString> m_countryNamesEs;
    QHash<QByteArray, QByteArray> m_brazilByCode;
    std::vector<std::pair<QString, QByteArray>> m_brazilByName;
    // Status by the code's three letters packed into 0..26^3-1 (Unknown by default).
    std::vector<quint8> m_currencies;
};

} // namespace clearsight
