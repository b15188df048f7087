#include "rownormaliser.h"

#include "domain/incoterms.h"
#include "reference/referencedata.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QDate>

#include <charconv>

namespace clearsight
{

namespace
{
using C = CanonicalColumn;

bool isUpperAscii(QByteArrayView text)
{
    for (char c : text) {
        if (c >= 'a' && c <= 'z')
            return false;
    }
    return true;
}

QByteArray numberText(double value)
{
    std::string text;
    return formatNumber(value, text).toByteArray();
}

} // namespace

QByteArrayView canonicalTransportMode(QByteArrayView text)
{
    static constexpr const char *kWords[] = {"SEA",  "RAIL",  "ROAD",         "AIR",
                                             "POST", "FIXED", "INLAND_WATER", "OTHER"};
    const QByteArrayView t = trimmedField(text);
    if (t.size() == 1 && t[0] >= '1' && t[0] <= '9') {
        // UN/ECE Recommendation 19: 1 sea, 2 rail, 3 road, 4 air, 5 mail, 6 multimodal,
        // 7 fixed installations, 8 inland water, 9 unknown.
        static constexpr int kByDigit[] = {0, 1, 2, 3, 4, 7, 5, 6, 7};
        return QByteArrayView(kWords[kByDigit[t[0] - '1']]);
    }
    for (const char *word : kWords) {
        if (t.compare(QByteArrayView(word), Qt::CaseInsensitive) == 0)
            return QByteArrayView(word);
    }
    return {};
}

RowNormaliser::RowNormaliser()
    : m_isoDate{}, m_earliestDay(daysFromCivil(1990, 1, 1)),
      m_latestDay(int(QDate::currentDate().toJulianDay() - QDate(1970, 1, 1).toJulianDay()) + 1)
{
}

void RowNormaliser::addFinding(std::vector<PendingFinding> &findings, DeclarationRow &row,
                               FindingKind kind, CanonicalColumn column, QByteArrayView detail)
{
    row.findingsMask |= findingBit(kind);
    findings.push_back({kind, column, detail.toByteArray()});
}

void RowNormaliser::text(CanonicalColumn c, QByteArrayView raw, DeclarationRow &row)
{
    const QByteArrayView t = trimmedField(raw);
    row.values[size_t(c)] = t.isEmpty() ? StoredValue{} : StoredValue::fromText(t);
}

void RowNormaliser::upperCode(CanonicalColumn c, QByteArrayView raw, DeclarationRow &row)
{
    const QByteArrayView t = trimmedField(raw);
    if (t.isEmpty()) {
        row.values[size_t(c)] = StoredValue{};
        return;
    }
    if (isUpperAscii(t)) {
        row.values[size_t(c)] = StoredValue::fromText(t);
        return;
    }
    std::string &s = m_scratch[size_t(c)];
    s.assign(t.data(), size_t(t.size()));
    for (char &ch : s) {
        if (ch >= 'a' && ch <= 'z')
            ch = char(ch - 'a' + 'A');
    }
    row.values[size_t(c)] = StoredValue::fromText(QByteArrayView(s.data(), qsizetype(s.size())));
}

void RowNormaliser::country(CanonicalColumn c, QByteArrayView raw, DeclarationRow &row,
                            std::vector<PendingFinding> &findings)
{
    upperCode(c, raw, row);
    const StoredValue &value = row.values[size_t(c)];
    if (value.kind != StoredValue::Kind::Text)
        return;
    const ReferenceData &reference = ReferenceData::instance();
    if (reference.isCountryCode(value.text))
        return;
    // An alpha-3 or numeric code or a country name: store its alpha-2.
    if (const std::optional<QByteArray> alpha2 = reference.countryAlpha2(trimmedField(raw))) {
        std::string &s = m_scratch[size_t(c)];
        s.assign(alpha2->constData(), size_t(alpha2->size()));
        row.values[size_t(c)] =
            StoredValue::fromText(QByteArrayView(s.data(), qsizetype(s.size())));
        return;
    }
    addFinding(findings, row, FindingKind::UnknownCountry, c, value.text);
}

std::optional<double> RowNormaliser::number(CanonicalColumn c, QByteArrayView raw,
                                            DeclarationRow &row,
                                            std::vector<PendingFinding> &findings)
{
    bool empty = false;
    const std::optional<double> value = parseNumber(raw, false, &empty);
    if (value) {
        row.values[size_t(c)] = StoredValue::fromReal(*value);
    } else {
        row.values[size_t(c)] = StoredValue{};
        if (!empty)
            addFinding(findings, row, FindingKind::UnreadableNumber, c, trimmedField(raw));
    }
    return value;
}

bool RowNormaliser::normalise(const std::array<QByteArrayView, canonicalColumnCount> &f,
                              DeclarationRow &row, std::vector<PendingFinding> &findings,
                              RowRejection &rejection)
{
    row.findingsMask = 0;
    findings.clear();
    auto field = [&f](C c) { return f[size_t(c)]; };

    const QByteArrayView declarationRef = trimmedField(field(C::DeclarationId));
    if (declarationRef.isEmpty()) {
        rejection = {C::DeclarationId,
                     QCoreApplication::translate("Import", "the declaration reference is missing")};
        return false;
    }
    row.values[size_t(C::DeclarationId)] = StoredValue::fromText(declarationRef);

    const QByteArrayView dateText = trimmedField(field(C::Date));
    const std::optional<int> day = parseIsoDate(dateText);
    if (!day) {
        rejection = {C::Date,
                     dateText.isEmpty()
                         ? QCoreApplication::translate("Import", "the acceptance date is missing")
                         : QCoreApplication::translate(
                               "Import", "the acceptance date \"%1\" is not a valid date")
                               .arg(QString::fromUtf8(dateText))};
        return false;
    }
    formatIsoDate(*day, m_isoDate);
    row.values[size_t(C::Date)] = StoredValue::fromText(QByteArrayView(m_isoDate, 10));
    if (*day < m_earliestDay || *day > m_latestDay)
        addFinding(findings, row, FindingKind::DateOutOfRange, C::Date, dateText);

    // Item number: defaults to 1.
    {
        bool empty = false;
        const std::optional<double> item = parseNumber(field(C::ItemNo), false, &empty);
        qint64 itemNo = 1;
        if (item && *item >= 1 && *item == double(qint64(*item)))
            itemNo = qint64(*item);
        else if (!empty)
            addFinding(findings, row, FindingKind::UnreadableNumber, C::ItemNo,
                       trimmedField(field(C::ItemNo)));
        row.values[size_t(C::ItemNo)] = StoredValue::fromInteger(itemNo);
    }

    upperCode(C::Flow, field(C::Flow), row);
    if (const StoredValue &flow = row.values[size_t(C::Flow)];
        flow.kind == StoredValue::Kind::Text && flow.text != QByteArrayView("IM") &&
        flow.text != QByteArrayView("EX"))
        addFinding(findings, row, FindingKind::UnknownFlow, C::Flow, flow.text);

    for (C c : {C::Office, C::DeclarantId, C::TraderId, C::TraderName, C::TraderAddress,
                C::PartnerName, C::Description, C::Preference})
        text(c, field(c), row);
    for (C c : {C::QuantityUnit, C::Currency, C::Channel, C::Outcome})
        upperCode(c, field(c), row);
    const ReferenceData &reference = ReferenceData::instance();
    for (C c : {C::PartnerCountry, C::OriginCountry})
        country(c, field(c), row, findings);
    if (const StoredValue &currency = row.values[size_t(C::Currency)];
        currency.kind == StoredValue::Kind::Text &&
        reference.currencyStatus(currency.text) == ReferenceData::CurrencyStatus::Unknown)
        addFinding(findings, row, FindingKind::UnknownCurrency, C::Currency, currency.text);

    // HS code: text with leading zeros kept; digits only (dots and spaces dropped), 4-10 long.
    {
        const QByteArrayView hs = trimmedField(field(C::HsCode));
        std::string &s = m_scratch[size_t(C::HsCode)];
        s.clear();
        bool wellFormed = !hs.isEmpty();
        for (char ch : hs) {
            if (ch >= '0' && ch <= '9')
                s.push_back(ch);
            else if (ch != '.' && ch != ' ')
                wellFormed = false;
        }
        if (hs.isEmpty()) {
            row.values[size_t(C::HsCode)] = StoredValue{};
        } else if (wellFormed && s.size() >= 4 && s.size() <= 10) {
            const QByteArrayView digits(s.data(), qsizetype(s.size()));
            row.values[size_t(C::HsCode)] = StoredValue::fromText(digits);
            if (reference.checkHsCode(digits) != ReferenceData::HsStatus::Valid)
                addFinding(findings, row, FindingKind::HsNotIn2022, C::HsCode, digits);
        } else {
            row.values[size_t(C::HsCode)] = StoredValue::fromText(hs);
            addFinding(findings, row, FindingKind::UnknownHsCode, C::HsCode, hs);
        }
    }

    // Incoterm: the 2020 rule; a legacy code is mapped and marked.
    {
        const QByteArrayView raw = trimmedField(field(C::Incoterm));
        if (raw.isEmpty()) {
            row.values[size_t(C::Incoterm)] = StoredValue{};
        } else if (const auto parsed = parseIncoterm(raw)) {
            row.values[size_t(C::Incoterm)] =
                StoredValue::fromText(QByteArrayView(incotermRule(parsed->rule).code));
            if (parsed->legacy)
                addFinding(findings, row, FindingKind::LegacyIncoterm, C::Incoterm, raw);
        } else {
            row.values[size_t(C::Incoterm)] = StoredValue::fromText(raw);
            addFinding(findings, row, FindingKind::UnknownIncoterm, C::Incoterm, raw);
        }
    }

    {
        const QByteArrayView raw = trimmedField(field(C::TransportMode));
        const QByteArrayView mode = canonicalTransportMode(raw);
        if (raw.isEmpty()) {
            row.values[size_t(C::TransportMode)] = StoredValue{};
        } else if (!mode.isEmpty()) {
            row.values[size_t(C::TransportMode)] = StoredValue::fromText(mode);
        } else {
            row.values[size_t(C::TransportMode)] = StoredValue::fromText(raw);
            addFinding(findings, row, FindingKind::UnknownTransportMode, C::TransportMode, raw);
        }
    }

    {
        const QByteArrayView raw = trimmedField(field(C::RelatedParty));
        if (raw.isEmpty()) {
            row.values[size_t(C::RelatedParty)] = StoredValue{};
        } else {
            const char first = raw[0];
            const bool yes = first == 'Y' || first == 'y' || first == '1' || first == 'T' ||
                             first == 't' || first == 'S' || first == 's' || first == 'O' ||
                             first == 'o';
            row.values[size_t(C::RelatedParty)] = StoredValue::fromText(yes ? "Y" : "N");
        }
    }
    {
        bool empty = false;
        const auto inspected = parseNumber(field(C::Inspected), false, &empty);
        if (inspected && (*inspected == 0 || *inspected == 1))
            row.values[size_t(C::Inspected)] = StoredValue::fromInteger(qint64(*inspected));
        else {
            row.values[size_t(C::Inspected)] = StoredValue{};
            if (!empty)
                addFinding(findings, row, FindingKind::UnreadableNumber, C::Inspected,
                           trimmedField(field(C::Inspected)));
        }
    }

    const auto quantity = number(C::Quantity, field(C::Quantity), row, findings);
    const auto gross = number(C::GrossWeightKg, field(C::GrossWeightKg), row, findings);
    const auto net = number(C::NetWeightKg, field(C::NetWeightKg), row, findings);
    const auto invoice = number(C::InvoiceValue, field(C::InvoiceValue), row, findings);
    number(C::ExchangeRate, field(C::ExchangeRate), row, findings);
    const auto fob = number(C::FobValue, field(C::FobValue), row, findings);
    number(C::Freight, field(C::Freight), row, findings);
    number(C::Insurance, field(C::Insurance), row, findings);
    const auto cif = number(C::CifValue, field(C::CifValue), row, findings);
    number(C::DutyPaid, field(C::DutyPaid), row, findings);
    number(C::RevenueRecovered, field(C::RevenueRecovered), row, findings);

    if (invoice && *invoice <= 0)
        addFinding(findings, row, FindingKind::NonPositiveValue, C::InvoiceValue,
                   numberText(*invoice));
    if (cif && *cif <= 0)
        addFinding(findings, row, FindingKind::NonPositiveValue, C::CifValue, numberText(*cif));
    if (quantity && *quantity <= 0)
        addFinding(findings, row, FindingKind::NonPositiveQuantity, C::Quantity,
                   numberText(*quantity));
    if (net && gross && *net > *gross)
        addFinding(findings, row, FindingKind::NetAboveGross, C::NetWeightKg,
                   QByteArray(numberText(*net) + " > " + numberText(*gross)));
    // Rounding of the two values may differ by a cent or so: allow half a per mille.
    if (cif && fob && *cif > 0 && *cif < *fob * 0.9995)
        addFinding(findings, row, FindingKind::CifBelowFob, C::CifValue,
                   QByteArray(numberText(*cif) + " < " + numberText(*fob)));
    return true;
}

} // namespace clearsight
