#include "demonames.h"

#include <cctype>

namespace clearsight::demo
{

namespace
{

template <typename T> const T &pick(const std::vector<T> &items, DemoRandom &random)
{
    return items[size_t(random.below(int(items.size())))];
}

// "HARBOUR ROAD" -> "Harbour Road"; ASCII only, which is what the name parts are.
std::string titleCase(const std::string &text)
{
    std::string out = text;
    bool start = true;
    for (char &c : out) {
        const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
        if (letter)
            c = char(start ? std::toupper(static_cast<unsigned char>(c))
                           : std::tolower(static_cast<unsigned char>(c)));
        start = !letter && c != '\'';
    }
    return out;
}

std::string spelledForm(const DemoCatalog &catalog, const std::string &form)
{
    for (const auto &[code, spelled] : catalog.names.legalFormSpelled) {
        if (code == form)
            return spelled;
    }
    return titleCase(form);
}

// A typing slip in a brand: two neighbouring letters swapped, or one doubled.
std::string misspell(const std::string &brand, DemoRandom &random)
{
    std::string out = brand;
    if (out.size() < 4)
        return out + out.back();
    const size_t at = 1 + size_t(random.below(int(out.size()) - 2));
    if (random.chance(0.5) && out[at] != out[at + 1])
        std::swap(out[at], out[at + 1]);
    else
        out.insert(at, 1, out[at]);
    return out;
}

} // namespace

CompanyParts makeCompany(const DemoCatalog &catalog, const CatalogSector &sector,
                         DemoRandom &random)
{
    const CatalogNames &n = catalog.names;
    CompanyParts parts;
    const double kind = random.uniform();
    if (kind < 0.65)
        parts.brand = pick(n.prefixes, random) + pick(n.suffixes, random);
    else if (kind < 0.9)
        parts.brand = pick(n.surnames, random);
    else
        parts.brand = pick(n.cities, random).first;
    parts.word = random.chance(0.6) ? pick(sector.words, random) : pick(n.genericWords, random);
    std::vector<double> formWeights;
    for (const auto &form : n.legalForms)
        formWeights.push_back(form.second);
    parts.form = n.legalForms[size_t(random.weighted(formWeights))].first;
    parts.streetNo = random.chance(0.8) ? random.between(1, 120) : random.between(121, 480);
    parts.street = random.below(int(n.streets.size()));
    parts.streetType = random.below(int(n.streetTypes.size()));
    parts.city = random.weighted(n.cityWeights);
    return parts;
}

std::string companyName(const CompanyParts &parts)
{
    return parts.brand + ' ' + parts.word + ' ' + parts.form;
}

std::string companyAddress(const DemoCatalog &catalog, const CompanyParts &parts)
{
    const CatalogNames &n = catalog.names;
    const auto &city = n.cities[size_t(parts.city)];
    return std::to_string(parts.streetNo) + ' ' + n.streets[size_t(parts.street)] + ' ' +
           n.streetTypes[size_t(parts.streetType)].first + ", " + city.second + ' ' + city.first;
}

std::string aliasName(const DemoCatalog &catalog, const CompanyParts &parts, DemoRandom &random)
{
    switch (random.below(3)) {
    case 0:
        return titleCase(parts.brand + ' ' + parts.word) + ' ' + spelledForm(catalog, parts.form);
    case 1:
        return parts.brand + ' ' + parts.word + ", " + parts.form + '.';
    default:
        return misspell(parts.brand, random) + ' ' + parts.word + ' ' + parts.form;
    }
}

std::string aliasAddress(const DemoCatalog &catalog, const CompanyParts &parts, DemoRandom &random)
{
    const CatalogNames &n = catalog.names;
    const auto &city = n.cities[size_t(parts.city)];
    const std::string &street = n.streets[size_t(parts.street)];
    const auto &type = n.streetTypes[size_t(parts.streetType)];
    const std::string number = std::to_string(parts.streetNo);
    switch (random.below(3)) {
    case 0:
        return titleCase(street + ' ' + type.second) + ' ' + number + ", " + city.second + ' ' +
               titleCase(city.first);
    case 1:
        return number + ' ' + street + ' ' + type.second + ", " + city.first;
    default:
        return street + ' ' + type.first + ' ' + number + ", " + city.first + ' ' + city.second;
    }
}

std::string partnerName(const DemoCatalog &catalog, const CatalogCountry &country,
                        const CatalogSector &sector, DemoRandom &random)
{
    const NameStyle &style = catalog.nameStyles[size_t(country.style)];
    std::string brand = pick(style.stems, random);
    if (random.chance(0.6)) {
        const std::string &second = pick(style.stems, random);
        if (second != brand)
            brand += style.separator + second;
    }
    std::string name;
    if (style.placeFirst && !country.places.empty() && random.chance(0.8))
        name = pick(country.places, random) + ' ';
    name += brand + ' ';
    name +=
        random.chance(0.75) ? pick(sector.words, random) : pick(catalog.names.genericWords, random);
    const std::string &form = pick(country.forms, random);
    if (form.empty() || form[0] != '^')
        return name + ' ' + form;
    // "^PT" puts the legal form in front ("PT SINAR JAYA FOODS"), "^PT|TBK" on both sides.
    const size_t bar = form.find('|');
    const std::string prefix =
        form.substr(1, bar == std::string::npos ? std::string::npos : bar - 1);
    std::string out = prefix + ' ' + name;
    if (bar != std::string::npos)
        out += ' ' + form.substr(bar + 1);
    return out;
}

} // namespace clearsight::demo
