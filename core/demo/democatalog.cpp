#include "democatalog.h"

#include "domain/incoterms.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clearsight::demo
{

namespace
{

constexpr std::array<const char *, modeCount> kModeCodes{"SEA",  "AIR",  "ROAD",
                                                         "RAIL", "POST", "INLAND_WATER"};

Error catalogError(const QString &what)
{
    return makeError(Error::Code::BadInput,
                     QCoreApplication::translate(
                         "DemoGenerator",
                         "The demo data definition is invalid: %1. The program was built with a "
                         "broken resources/demo/catalog.json.")
                         .arg(what));
}

std::string str(const QJsonValue &v)
{
    return v.toString().toStdString();
}

std::vector<std::string> strings(const QJsonValue &v)
{
    std::vector<std::string> out;
    for (const QJsonValue &item : v.toArray())
        out.push_back(str(item));
    return out;
}

int modeIndex(const QString &code)
{
    for (int m = 0; m < modeCount; ++m) {
        if (code == QLatin1StringView(kModeCodes[size_t(m)]))
            return m;
    }
    return -1;
}

// Reads {"CODE": weight, ...} into indexes through lookup; fails on an unknown code.
template <typename Lookup>
bool weightedCodes(const QJsonObject &object, Lookup lookup, std::vector<WeightedIndex> &out,
                   QString &unknown)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int index = lookup(it.key().toStdString());
        if (index < 0) {
            unknown = it.key();
            return false;
        }
        out.push_back({index, it.value().toDouble()});
    }
    return true;
}

} // namespace

const char *modeCode(Mode mode)
{
    return kModeCodes[size_t(mode)];
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

int DemoCatalog::countryIndex(const std::string &code) const
{
    for (size_t i = 0; i < countries.size(); ++i) {
        if (countries[i].code == code)
            return int(i);
    }
    return -1;
}

int DemoCatalog::productIndex(const std::string &hs) const
{
    for (size_t i = 0; i < products.size(); ++i) {
        if (products[i].hs == hs)
            return int(i);
    }
    return -1;
}

Result<DemoCatalog> parseDemoCatalog(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return catalogError(parseError.errorString());
    const QJsonObject root = doc.object();
    DemoCatalog c;

    const QJsonObject admin = root.value(QLatin1StringView("administration")).toObject();
    c.homeCountry = str(admin.value(QLatin1StringView("home_country")));
    c.vatRate = admin.value(QLatin1StringView("vat_rate")).toDouble(0.2);

    std::array<bool, modeCount> modeHasOffice{};
    for (const QJsonValue &v : root.value(QLatin1StringView("offices")).toArray()) {
        const QJsonObject o = v.toObject();
        const int mode = modeIndex(o.value(QLatin1StringView("mode")).toString());
        if (mode < 0)
            return catalogError(
                QCoreApplication::translate("DemoGenerator", "office %1 has an unknown mode")
                    .arg(o.value(QLatin1StringView("code")).toString()));
        c.offices.push_back({str(o.value(QLatin1StringView("code"))),
                             str(o.value(QLatin1StringView("name"))), Mode(mode),
                             o.value(QLatin1StringView("weight")).toDouble(1)});
        modeHasOffice[size_t(mode)] = true;
    }
    for (int m = 0; m < modeCount; ++m) {
        if (!modeHasOffice[size_t(m)])
            return catalogError(
                QCoreApplication::translate("DemoGenerator", "no office for mode %1")
                    .arg(QLatin1StringView(kModeCodes[size_t(m)])));
    }

    const QJsonObject shares = root.value(QLatin1StringView("freight_share")).toObject();
    const QJsonObject maxGross = root.value(QLatin1StringView("max_gross_kg")).toObject();
    for (int m = 0; m < modeCount; ++m) {
        const QLatin1StringView code(kModeCodes[size_t(m)]);
        const QJsonArray band = shares.value(code).toArray();
        if (band.size() != 2)
            return catalogError(
                QCoreApplication::translate("DemoGenerator", "no freight share band for %1")
                    .arg(code));
        c.freightShare[size_t(m)] = {band.at(0).toDouble(), band.at(1).toDouble()};
        c.maxGrossKg[size_t(m)] = maxGross.value(code).toDouble(0);
    }
    const QJsonArray insurance = root.value(QLatin1StringView("insurance_rate")).toArray();
    c.insuranceLo = insurance.at(0).toDouble(0.003);
    c.insuranceHi = insurance.at(1).toDouble(0.005);

    const QJsonObject habits = root.value(QLatin1StringView("incoterm_habits")).toObject();
    for (int r = 0; r < int(Incoterm::Count); ++r)
        c.incotermHabits[size_t(r)] = habits.value(incotermCode(Incoterm(r))).toDouble(0);

    for (const QJsonValue &v : root.value(QLatin1StringView("currencies")).toArray()) {
        const QJsonObject o = v.toObject();
        c.currencies.push_back({str(o.value(QLatin1StringView("code"))),
                                o.value(QLatin1StringView("rate")).toDouble(1),
                                o.value(QLatin1StringView("sigma")).toDouble(0),
                                o.value(QLatin1StringView("trend")).toDouble(0),
                                o.value(QLatin1StringView("whole_units")).toBool(false)});
    }
    auto currencyIndex = [&c](const std::string &code) {
        for (size_t i = 0; i < c.currencies.size(); ++i) {
            if (c.currencies[i].code == code)
                return int(i);
        }
        return -1;
    };

    std::vector<std::string> styleNames;
    const QJsonObject styles = root.value(QLatin1StringView("name_styles")).toObject();
    for (auto it = styles.begin(); it != styles.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        styleNames.push_back(it.key().toStdString());
        c.nameStyles.push_back({str(o.value(QLatin1StringView("sep"))),
                                o.value(QLatin1StringView("place_first")).toBool(),
                                strings(o.value(QLatin1StringView("stems")))});
    }

    // Countries first by code, so that hubs may name origins listed after them.
    const QJsonArray countries = root.value(QLatin1StringView("countries")).toArray();
    for (const QJsonValue &v : countries) {
        CatalogCountry country;
        country.code = str(v.toObject().value(QLatin1StringView("code")));
        c.countries.push_back(country);
    }
    auto countryLookup = [&c](const std::string &code) { return c.countryIndex(code); };
    QString unknown;
    for (qsizetype i = 0; i < countries.size(); ++i) {
        const QJsonObject o = countries.at(i).toObject();
        CatalogCountry &country = c.countries[size_t(i)];
        const QString code = QString::fromStdString(country.code);
        country.priceFactor = o.value(QLatin1StringView("price")).toDouble(1);
        country.distance = o.value(QLatin1StringView("distance")).toInt(2);
        const QJsonObject modes = o.value(QLatin1StringView("modes")).toObject();
        for (auto it = modes.begin(); it != modes.end(); ++it) {
            const int mode = modeIndex(it.key());
            if (mode < 0)
                return catalogError(
                    QCoreApplication::translate("DemoGenerator", "country %1 has unknown mode %2")
                        .arg(code, it.key()));
            country.modes[size_t(mode)] = it.value().toDouble();
        }
        if (!weightedCodes(o.value(QLatin1StringView("currencies")).toObject(), currencyIndex,
                           country.currencies, unknown))
            return catalogError(
                QCoreApplication::translate("DemoGenerator", "country %1 uses unknown currency %2")
                    .arg(code, unknown));
        if (!weightedCodes(o.value(QLatin1StringView("goods_origins")).toObject(), countryLookup,
                           country.goodsOrigins, unknown))
            return catalogError(
                QCoreApplication::translate("DemoGenerator", "country %1 names unknown origin %2")
                    .arg(code, unknown));
        country.preference = str(o.value(QLatin1StringView("preference")));
        country.preferenceDutyFactor = o.value(QLatin1StringView("preference_duty")).toDouble(1);
        const std::string style = str(o.value(QLatin1StringView("style")));
        country.style = -1;
        for (size_t s = 0; s < styleNames.size(); ++s) {
            if (styleNames[s] == style)
                country.style = int(s);
        }
        country.places = strings(o.value(QLatin1StringView("places")));
        country.forms = strings(o.value(QLatin1StringView("forms")));
        if (country.style < 0 || country.forms.empty() || country.currencies.empty())
            return catalogError(
                QCoreApplication::translate(
                    "DemoGenerator", "country %1 lacks a name style, legal forms or currencies")
                    .arg(code));
    }
    if (c.countryIndex(c.homeCountry) >= 0)
        return catalogError(
            QCoreApplication::translate("DemoGenerator", "the home country is also a partner"));

    for (const QJsonValue &v : root.value(QLatin1StringView("products")).toArray()) {
        const QJsonObject o = v.toObject();
        CatalogProduct p;
        p.hs = str(o.value(QLatin1StringView("hs")));
        p.description = csvField(str(o.value(QLatin1StringView("description"))));
        p.unit = str(o.value(QLatin1StringView("unit")));
        p.countable = p.unit == "NAR" || p.unit == "PR" || p.unit == "LTR";
        p.unitValue = o.value(QLatin1StringView("unit_value")).toDouble();
        p.kgPerUnit = o.value(QLatin1StringView("kg")).toDouble(1);
        p.duty = o.value(QLatin1StringView("duty")).toDouble();
        p.typicalQuantity = o.value(QLatin1StringView("qty")).toDouble(1);
        p.air = o.value(QLatin1StringView("air")).toDouble();
        p.post = o.value(QLatin1StringView("post")).toBool();
        for (const std::string &origin : strings(o.value(QLatin1StringView("origins")))) {
            const int index = c.countryIndex(origin);
            if (index < 0)
                return catalogError(
                    QCoreApplication::translate("DemoGenerator",
                                                "product %1 names unknown origin %2")
                        .arg(QString::fromStdString(p.hs), QString::fromStdString(origin)));
            p.origins.push_back(index);
        }
        if (p.hs.size() != 6 || p.unitValue <= 0 || p.kgPerUnit <= 0 || p.typicalQuantity <= 0)
            return catalogError(
                QCoreApplication::translate("DemoGenerator", "product %1 is incomplete")
                    .arg(QString::fromStdString(p.hs)));
        c.products.push_back(std::move(p));
    }

    auto readSectors = [&](const char *key, const char *countriesKey,
                           std::vector<CatalogSector> &out) -> QString {
        for (const QJsonValue &v : root.value(QLatin1StringView(key)).toArray()) {
            const QJsonObject o = v.toObject();
            CatalogSector s;
            s.name = str(o.value(QLatin1StringView("name")));
            s.weight = o.value(QLatin1StringView("weight")).toDouble(1);
            s.words = strings(o.value(QLatin1StringView("words")));
            for (const std::string &hs : strings(o.value(QLatin1StringView("products")))) {
                const int index = c.productIndex(hs);
                if (index < 0)
                    return QCoreApplication::translate("DemoGenerator",
                                                       "sector %1 names unknown product %2")
                        .arg(QString::fromStdString(s.name), QString::fromStdString(hs));
                s.products.push_back(index);
            }
            if (!weightedCodes(o.value(QLatin1StringView(countriesKey)).toObject(), countryLookup,
                               s.countries, unknown))
                return QCoreApplication::translate("DemoGenerator",
                                                   "sector %1 names unknown country %2")
                    .arg(QString::fromStdString(s.name), unknown);
            if (s.products.empty() || s.countries.empty() || s.words.empty())
                return QCoreApplication::translate("DemoGenerator", "sector %1 is incomplete")
                    .arg(QString::fromStdString(s.name));
            out.push_back(std::move(s));
        }
        return out.empty() ? QCoreApplication::translate("DemoGenerator", "no %1")
                                 .arg(QLatin1StringView(key))
                           : QString();
    };
    QString sectorProblem = readSectors("sectors", "origins", c.importSectors);
    if (sectorProblem.isEmpty())
        sectorProblem = readSectors("export_sectors", "buyers", c.exportSectors);
    if (!sectorProblem.isEmpty())
        return catalogError(sectorProblem);

    const QJsonObject names = root.value(QLatin1StringView("names")).toObject();
    CatalogNames &n = c.names;
    n.prefixes = strings(names.value(QLatin1StringView("prefixes")));
    n.suffixes = strings(names.value(QLatin1StringView("suffixes")));
    n.surnames = strings(names.value(QLatin1StringView("surnames")));
    n.genericWords = strings(names.value(QLatin1StringView("generic_words")));
    const QJsonObject forms = names.value(QLatin1StringView("legal_forms")).toObject();
    for (auto it = forms.begin(); it != forms.end(); ++it)
        n.legalForms.emplace_back(it.key().toStdString(), it.value().toDouble());
    const QJsonObject spelled = names.value(QLatin1StringView("legal_form_spelled")).toObject();
    for (auto it = spelled.begin(); it != spelled.end(); ++it)
        n.legalFormSpelled.emplace_back(it.key().toStdString(), str(it.value()));
    for (const QJsonValue &v : names.value(QLatin1StringView("cities")).toArray())
        n.cities.emplace_back(str(v.toArray().at(0)), str(v.toArray().at(1)));
    for (const QJsonValue &v : names.value(QLatin1StringView("city_weights")).toArray())
        n.cityWeights.push_back(v.toDouble());
    n.streets = strings(names.value(QLatin1StringView("streets")));
    for (const QJsonValue &v : names.value(QLatin1StringView("street_types")).toArray())
        n.streetTypes.emplace_back(str(v.toArray().at(0)), str(v.toArray().at(1)));
    n.cityWeights.resize(n.cities.size(), 1.0);
    if (n.prefixes.empty() || n.suffixes.empty() || n.surnames.empty() || n.genericWords.empty() ||
        n.legalForms.empty() || n.cities.empty() || n.streets.empty() || n.streetTypes.empty())
        return catalogError(
            QCoreApplication::translate("DemoGenerator", "a list of name parts is empty"));
    return c;
}

Result<DemoCatalog> loadDemoCatalog()
{
    QFile file(QStringLiteral(":/clearsight/demo/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        return catalogError(QCoreApplication::translate(
            "DemoGenerator", "the resource :/clearsight/demo/catalog.json is missing"));
    return parseDemoCatalog(file.readAll());
}

} // namespace clearsight::demo
