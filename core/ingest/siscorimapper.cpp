#include "siscorimapper.h"

#include "domain/incoterms.h"
#include "reference/referencedata.h"
#include "valueparsing.h"

namespace clearsight
{

namespace
{
using C = CanonicalColumn;

double commaNumber(QByteArrayView text)
{
    return parseNumber(text, true).value_or(0.0);
}

// SISCORI's statistical units, in Portuguese, onto UN/ECE Recommendation 20 codes.
QByteArrayView unitCode(QByteArrayView unit)
{
    const QByteArrayView u = trimmedField(unit);
    if (u.startsWith("UNIDADE") || u.startsWith("NUMERO"))
        return "NAR";
    if (u.startsWith("QUILOGRAMA"))
        return "KGM";
    if (u.startsWith("LITRO"))
        return "LTR";
    if (u.startsWith("METRO CUBICO"))
        return "MTQ";
    if (u.startsWith("PARES"))
        return "PR";
    return u;
}
} // namespace

SiscoriMapper::SiscoriMapper(const ImportProfile &profile, const QStringList &header)
    : RecordMapper(profile, header)
{
    m_order = column("numero de ordem");
    // The header names PAIS twice: each code column stands just before its name column.
    m_originName = column("pais de origem");
    m_acquisitionName = column("pais de aquisicao");
    m_originCode = m_originName > 0 ? m_originName - 1 : -1;
    m_acquisitionCode = m_acquisitionName > 0 ? m_acquisitionName - 1 : -1;
}

int SiscoriMapper::column(const char *name) const
{
    return int(m_header.indexOf(QString::fromLatin1(name)));
}

void SiscoriMapper::add(const CsvRecord &record, const Sink &sink)
{
    const QByteArrayView order = trimmedField(field(record, m_order));
    // 16-digit declaration, then the item group digit; shorter references stand alone.
    const QByteArrayView key = order.size() >= 17 ? order.first(17) : order;
    if (m_group.records > 0 && std::string_view(key.data(), size_t(key.size())) != m_group.key)
        emit(sink);
    const bool first = m_group.records == 0;
    if (first) {
        m_group = Group{};
        m_group.key.assign(key.data(), size_t(key.size()));
        m_group.line = record.line;
        m_group.raw.assign(record.raw.data(), size_t(record.raw.size()));
        for (const BoundRule &b : m_bound) {
            const QByteArrayView value = apply(b, record, m_scratch[size_t(b.rule.target)]);
            m_group.text[size_t(b.rule.target)].assign(value.data(), size_t(value.size()));
        }
        m_group.fob = commaNumber(field(record, column("vmle dolar")));
        m_group.freight = commaNumber(field(record, column("vl frete dolar")));
        m_group.insurance = commaNumber(field(record, column("vl seguro dolar")));
        buildExtra(record, m_group.extra);
        // Countries come as Receita Federal codes with Portuguese names: keep ISO alpha-2.
        const ReferenceData &reference = ReferenceData::instance();
        const auto setCountry = [&](C target, int codeColumn, int nameColumn) {
            const QByteArrayView code = trimmedField(field(record, codeColumn));
            const auto alpha2 = reference.brazilCountryAlpha2(code, field(record, nameColumn));
            const QByteArrayView value = alpha2 ? QByteArrayView(*alpha2) : code;
            m_group.text[size_t(target)].assign(value.data(), size_t(value.size()));
        };
        setCountry(C::OriginCountry, m_originCode, m_originName);
        setCountry(C::PartnerCountry, m_acquisitionCode, m_acquisitionName);
    }
    ++m_group.records;
    m_group.quantity += commaNumber(field(record, column("qtde estatistica")));
    m_group.netWeight += commaNumber(field(record, column("peso liquido")));
    m_group.invoice += commaNumber(field(record, column("tot.un.prod.dolar")));
}

void SiscoriMapper::finish(const Sink &sink)
{
    if (m_group.records > 0)
        emit(sink);
}

void SiscoriMapper::emit(const Sink &sink)
{
    Group &g = m_group;
    // Builds a fresh string: assign() from a view trips GCC 12's -Wrestrict false positive.
    auto set = [&g](C c, QByteArrayView value) {
        g.text[size_t(c)] = std::string(value.data(), size_t(value.size()));
    };
    std::string number;
    if (g.key.size() == 17) {
        set(C::DeclarationId, QByteArrayView(g.key.data(), 16));
        set(C::ItemNo, QByteArrayView(g.key.data() + 16, 1));
    }
    set(C::Quantity, formatNumber(g.quantity, number));
    set(C::NetWeightKg, formatNumber(g.netWeight, number));
    set(C::InvoiceValue, formatNumber(g.invoice, number));
    set(C::FobValue, formatNumber(g.fob, number));
    std::string &unit = g.text[size_t(C::QuantityUnit)];
    unit =
        unitCode(QByteArrayView(unit.data(), qsizetype(unit.size()))).toByteArray().toStdString();

    // What the invoice already holds decides what is added to reach the customs value.
    double freightAdded = g.freight;
    double insuranceAdded = g.insurance;
    const std::string &incoterm = g.text[size_t(C::Incoterm)];
    if (const auto parsed =
            parseIncoterm(QByteArrayView(incoterm.data(), qsizetype(incoterm.size())))) {
        const IncotermRule &rule = incotermRule(parsed->rule);
        if (rule.includesMainCarriage)
            freightAdded = 0;
        if (rule.sellerInsures)
            insuranceAdded = 0;
    }
    set(C::Freight, formatNumber(freightAdded, number));
    set(C::Insurance, formatNumber(insuranceAdded, number));
    set(C::CifValue, formatNumber(g.fob + g.freight + g.insurance, number));

    MappedItem item;
    for (size_t c = 0; c < g.text.size(); ++c)
        item.fields[c] = QByteArrayView(g.text[c].data(), qsizetype(g.text[c].size()));
    item.extraJson = QByteArrayView(g.extra.data(), qsizetype(g.extra.size()));
    item.line = g.line;
    item.records = g.records;
    item.raw = QByteArrayView(g.raw.data(), qsizetype(g.raw.size()));
    sink(item);
    g.records = 0;
}

} // namespace clearsight
