#include "importprofile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace clearsight
{

namespace
{

using C = CanonicalColumn;
using R = ColumnRule::Reader;

ColumnRule text(C target, const char *source)
{
    return {target, R::Text, QString::fromLatin1(source), {}, false, false, DateLayout::Auto, {}};
}
ColumnRule number(C target, const char *source, bool decimalComma = false)
{
    return {target,           R::Number, QString::fromLatin1(source), {}, decimalComma, false,
            DateLayout::Auto, {}};
}
ColumnRule date(C target, const char *source, DateLayout layout)
{
    return {target, R::Date, QString::fromLatin1(source), {}, false, false, layout, {}};
}
ColumnRule constant(C target, const char *value)
{
    return {target, R::Constant,      {}, QString::fromLatin1(value), false,
            false,  DateLayout::Auto, {}};
}
ColumnRule special(C target, R reader, const char *source, const char *argument = "")
{
    return {target,
            reader,
            QString::fromLatin1(source),
            QString::fromLatin1(argument),
            false,
            false,
            DateLayout::Auto,
            {}};
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

// Korea Customs Service synthetic declarations (shared/data/kcs-synthetic-declarations).
ImportProfile kcsProfile()
{
    ImportProfile p;
    p.name = QStringLiteral("kcs");
    p.title = QStringLiteral("Korea Customs Service synthetic declarations");
    p.builtIn = true;
    p.nationalCurrency = QStringLiteral("KRW");
    p.signature = names({"declaration id", "item price", "fraud", "country of departure"});
    ColumnRule mode = special(C::TransportMode, R::CodeMap, "mode of transport");
    // The national list: 10 sea and 40 air carry 98 % of the rows; other codes are kept with
    // the row (extra columns) and left unmapped.
    mode.codes = {{QStringLiteral("10"), QStringLiteral("SEA")},
                  {QStringLiteral("40"), QStringLiteral("AIR")}};
    p.rules = {text(C::DeclarationId, "declaration id"), date(C::Date, "date", DateLayout::Iso),
               constant(C::Flow, "IM"), text(C::Office, "office id"),
               text(C::DeclarantId, "declarant id"), text(C::TraderId, "importer id"),
               text(C::PartnerName, "seller id"), text(C::PartnerCountry, "country of departure"),
               text(C::OriginCountry, "country of origin"), text(C::HsCode, "hs6 code"), mode,
               number(C::NetWeightKg, "net mass"),
               // Item Price is the assessed customs value in KRW.
               number(C::CifValue, "item price"),
               special(C::DutyPaid, R::PercentOf, "item price", "tax rate"),
               // Fraud is the outcome of a control that took place on every row.
               constant(C::Inspected, "1"), special(C::Outcome, R::OutcomeFlag, "fraud")};
    return p;
}

// DATE/BACUDA training layout (SGD.NUMBER ...; train_first25.csv).
ImportProfile bacudaSgdProfile()
{
    ImportProfile p;
    p.name = QStringLiteral("bacuda-sgd");
    p.title = QStringLiteral("DATE/BACUDA declarations (SGD.NUMBER layout)");
    p.builtIn = true;
    p.signature = names({"sgd.number", "sgd.date", "cif.value"});
    p.rules = {text(C::DeclarationId, "sgd.number"),
               date(C::Date, "sgd.date", DateLayout::DayMonNameYear),
               constant(C::Flow, "IM"),
               text(C::Office, "office"),
               text(C::DeclarantId, "declarant.code"),
               text(C::TraderId, "importer.tin"),
               text(C::TraderName, "importer.name"),
               text(C::OriginCountry, "origin.code"),
               text(C::HsCode, "tariff.code"),
               text(C::Description, "tariff.description"),
               special(C::ItemNo, R::ItemOfTotal, "item.number"),
               number(C::Quantity, "quantity"),
               number(C::GrossWeightKg, "gross.weight"),
               number(C::FobValue, "fob.value"),
               number(C::CifValue, "cif.value"),
               number(C::DutyPaid, "total.taxes"),
               number(C::ExchangeRate, "exchangerate"),
               text(C::Channel, "selectivity.lane"),
               special(C::Inspected, R::InspectedFlag, "illicit"),
               special(C::Outcome, R::OutcomeFlag, "illicit"),
               number(C::RevenueRecovered, "raised_tax_amount")};
    return p;
}

// DATE/BACUDA weekly layout (SGD_NUM ...; week1_ano.csv).
ImportProfile bacudaRawProfile()
{
    ImportProfile p;
    p.name = QStringLiteral("bacuda-raw");
    p.title = QStringLiteral("DATE/BACUDA declarations (SGD_NUM layout)");
    p.builtIn = true;
    p.signature = names({"sgd_num", "sgd_date", "initial_itm_cif"});
    p.rules = {text(C::DeclarationId, "sgd_num"),
               date(C::Date, "sgd_date", DateLayout::Iso),
               constant(C::Flow, "IM"),
               text(C::Office, "office_code"),
               text(C::DeclarantId, "declarant_code"),
               text(C::TraderId, "importer_tin"),
               text(C::TraderName, "importer_name"),
               text(C::OriginCountry, "origin_code"),
               text(C::HsCode, "hscode"),
               number(C::ItemNo, "itm_num"),
               number(C::Quantity, "initial_itm_qty"),
               number(C::GrossWeightKg, "initial_itm_weight"),
               number(C::FobValue, "initial_itm_fob"),
               number(C::CifValue, "initial_itm_cif"),
               number(C::DutyPaid, "initial_itm_total_tax")};
    return p;
}

// DATE synthetic layout (sgd.id ...), documented in date-bacuda-samples/SOURCE.md.
ImportProfile bacudaIdProfile()
{
    ImportProfile p;
    p.name = QStringLiteral("bacuda-id");
    p.title = QStringLiteral("DATE synthetic declarations (sgd.id layout)");
    p.builtIn = true;
    p.signature = names({"sgd.id", "sgd.date", "cif.value"});
    p.rules = {text(C::DeclarationId, "sgd.id"),
               date(C::Date, "sgd.date", DateLayout::YearMonthDayShort),
               constant(C::Flow, "IM"),
               text(C::Office, "office.id"),
               text(C::DeclarantId, "declarant.id"),
               text(C::TraderId, "importer.id"),
               text(C::OriginCountry, "country"),
               text(C::HsCode, "tariff.code"),
               number(C::Quantity, "quantity"),
               number(C::GrossWeightKg, "gross.weight"),
               number(C::FobValue, "fob.value"),
               number(C::CifValue, "cif.value"),
               number(C::DutyPaid, "total.taxes"),
               special(C::Inspected, R::InspectedFlag, "illicit"),
               special(C::Outcome, R::OutcomeFlag, "illicit"),
               number(C::RevenueRecovered, "revenue")};
    return p;
}

// Brazil's SISCORI import microdata. The rules below name the columns; SiscoriMapper merges
// each item group and applies the Incoterm to freight and insurance.
ImportProfile siscoriProfile()
{
    ImportProfile p;
    p.name = QStringLiteral("siscori");
    p.title = QStringLiteral("Brazil SISCORI import microdata");
    p.builtIn = true;
    p.separator = '@';
    p.nationalCurrency = QStringLiteral("USD");
    p.mergeSiscoriGroups = true;
    p.signature = names({"numero de ordem", "anomes", "cod.ncm", "incoterm"});
    p.rules = {text(C::DeclarationId, "numero de ordem"),
               date(C::Date, "anomes", DateLayout::YearMonth),
               constant(C::Flow, "IM"),
               text(C::Office, "unidade desembaraco"),
               text(C::HsCode, "cod.ncm"),
               text(C::Description, "descricao do produto"),
               text(C::Incoterm, "incoterm"),
               number(C::Quantity, "qtde estatistica", true),
               text(C::QuantityUnit, "unidade de medida"),
               number(C::NetWeightKg, "peso liquido", true),
               number(C::FobValue, "vmle dolar", true),
               number(C::Freight, "vl frete dolar", true),
               number(C::Insurance, "vl seguro dolar", true),
               number(C::InvoiceValue, "tot.un.prod.dolar", true),
               constant(C::Currency, "USD"),
               constant(C::ExchangeRate, "1")};
    return p;
}

const char *readerKey(R reader)
{
    switch (reader) {
    case R::Text:
        return "text";
    case R::Number:
        return "number";
    case R::Date:
        return "date";
    case R::ItemOfTotal:
        return "item_of_total";
    case R::Constant:
        return "constant";
    case R::OutcomeFlag:
        return "outcome_flag";
    case R::InspectedFlag:
        return "inspected_flag";
    case R::PercentOf:
        return "percent_of";
    case R::CodeMap:
        return "code_map";
    }
    return "text";
}

const char *layoutKey(DateLayout layout)
{
    switch (layout) {
    case DateLayout::Auto:
        return "auto";
    case DateLayout::Iso:
        return "iso";
    case DateLayout::DayMonthYear:
        return "dmy";
    case DateLayout::MonthDayYear:
        return "mdy";
    case DateLayout::DayMonNameYear:
        return "d-mon-y";
    case DateLayout::YearMonth:
        return "yyyymm";
    case DateLayout::YearMonthDayShort:
        return "yy-mm-dd";
    }
    return "auto";
}

} // namespace

QString normalisedHeaderName(QStringView name)
{
    return name.trimmed().toString().toLower().simplified();
}

const ColumnRule *ImportProfile::ruleFor(CanonicalColumn column) const
{
    for (const ColumnRule &rule : rules) {
        if (rule.target == column)
            return &rule;
    }
    return nullptr;
}

QJsonObject ImportProfile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("title"), title);
    if (separator)
        o.insert(QStringLiteral("separator"), QString(QLatin1Char(*separator)));
    if (encoding)
        o.insert(QStringLiteral("encoding"), encodingName(*encoding));
    if (!nationalCurrency.isEmpty())
        o.insert(QStringLiteral("national_currency"), nationalCurrency);
    o.insert(QStringLiteral("signature"), QJsonArray::fromStringList(signature));
    QJsonArray columns;
    for (const ColumnRule &r : rules) {
        QJsonObject c;
        c.insert(QStringLiteral("column"), QLatin1StringView(columnInfo(r.target).name));
        c.insert(QStringLiteral("reader"), QLatin1StringView(readerKey(r.reader)));
        if (!r.source.isEmpty())
            c.insert(QStringLiteral("source"), r.source);
        if (!r.argument.isEmpty())
            c.insert(QStringLiteral("argument"), r.argument);
        if (r.reader == R::Number)
            c.insert(QStringLiteral("decimal_comma"), r.decimalComma);
        if (r.reader == R::Date)
            c.insert(QStringLiteral("date_layout"), QLatin1StringView(layoutKey(r.dateLayout)));
        if (!r.codes.empty()) {
            QJsonObject codes;
            for (const auto &[from, to] : r.codes)
                codes.insert(from, to);
            c.insert(QStringLiteral("codes"), codes);
        }
        columns.append(c);
    }
    o.insert(QStringLiteral("columns"), columns);
    return o;
}

Result<ImportProfile> ImportProfile::fromJson(const QJsonObject &o)
{
    auto bad = [](const QString &why) {
        return makeError(
            Error::Code::BadInput,
            QCoreApplication::translate("Import", "The import profile is invalid: %1").arg(why));
    };
    ImportProfile p;
    p.name = o.value(QStringLiteral("name")).toString();
    if (p.name.isEmpty())
        return bad(QStringLiteral("it has no name"));
    p.title = o.value(QStringLiteral("title")).toString(p.name);
    const QString sep = o.value(QStringLiteral("separator")).toString();
    if (sep.size() == 1 && sep.at(0).unicode() < 128)
        p.separator = char(sep.at(0).unicode());
    if (o.contains(QStringLiteral("encoding")))
        p.encoding = encodingByName(o.value(QStringLiteral("encoding")).toString());
    p.nationalCurrency = o.value(QStringLiteral("national_currency")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("signature")).toArray())
        p.signature << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        ColumnRule r;
        const auto column = canonicalColumnByName(c.value(QStringLiteral("column")).toString());
        if (!column)
            return bad(QStringLiteral("unknown column %1")
                           .arg(c.value(QStringLiteral("column")).toString()));
        r.target = *column;
        const QString reader = c.value(QStringLiteral("reader")).toString(QStringLiteral("text"));
        bool found = false;
        for (R candidate : {R::Text, R::Number, R::Date, R::ItemOfTotal, R::Constant,
                            R::OutcomeFlag, R::InspectedFlag, R::PercentOf, R::CodeMap}) {
            if (reader == QLatin1StringView(readerKey(candidate))) {
                r.reader = candidate;
                found = true;
            }
        }
        if (!found)
            return bad(QStringLiteral("unknown reader %1").arg(reader));
        r.source = c.value(QStringLiteral("source")).toString();
        r.argument = c.value(QStringLiteral("argument")).toString();
        r.decimalComma = c.value(QStringLiteral("decimal_comma")).toBool();
        const QString layout =
            c.value(QStringLiteral("date_layout")).toString(QStringLiteral("auto"));
        for (DateLayout l :
             {DateLayout::Auto, DateLayout::Iso, DateLayout::DayMonthYear, DateLayout::MonthDayYear,
              DateLayout::DayMonNameYear, DateLayout::YearMonth, DateLayout::YearMonthDayShort}) {
            if (layout == QLatin1StringView(layoutKey(l)))
                r.dateLayout = l;
        }
        const QJsonObject codes = c.value(QStringLiteral("codes")).toObject();
        for (auto it = codes.begin(); it != codes.end(); ++it)
            r.codes.emplace_back(it.key(), it.value().toString());
        p.rules.push_back(r);
    }
    return p;
}

const std::vector<ImportProfile> &builtInProfiles()
{
    static const std::vector<ImportProfile> profiles = [] {
        ImportProfile canonical;
        canonical.name = QStringLiteral("canonical");
        canonical.title = QStringLiteral("ClearSight canonical declarations");
        canonical.builtIn = true;
        canonical.signature = names({"declaration_id", "date"});
        return std::vector<ImportProfile>{canonical,          kcsProfile(),      bacudaSgdProfile(),
                                          bacudaRawProfile(), bacudaIdProfile(), siscoriProfile()};
    }();
    return profiles;
}

const ImportProfile *builtInProfile(const QString &name)
{
    for (const ImportProfile &p : builtInProfiles()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const ImportProfile *detectProfile(const QStringList &header,
                                   const std::vector<ImportProfile> &candidates)
{
    const ImportProfile *best = nullptr;
    for (const ImportProfile &p : candidates) {
        if (p.signature.isEmpty())
            continue;
        bool all = true;
        for (const QString &name : p.signature)
            all = all && header.contains(name);
        if (all && (!best || p.signature.size() > best->signature.size()))
            best = &p;
    }
    return best;
}

ImportProfile canonicalProfileFor(const QStringList &header)
{
    ImportProfile p = *builtInProfile(QStringLiteral("canonical"));
    for (const ColumnInfo &info : canonicalColumns()) {
        const QString name = QString::fromLatin1(info.name);
        if (!header.contains(name))
            continue;
        ColumnRule rule = text(info.column, info.name);
        if (info.type == ValueType::Real) {
            rule.reader = R::Number;
            rule.detectNumberFormat = true;
        } else if (info.type == ValueType::Date) {
            rule.reader = R::Date;
            rule.dateLayout = DateLayout::Auto;
        }
        p.rules.push_back(rule);
    }
    return p;
}

} // namespace clearsight
