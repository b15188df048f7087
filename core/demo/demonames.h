#pragma once

#include "democatalog.h"
#include "demorandom.h"

#include <string>

namespace clearsight::demo
{

// The parts a domestic company's name and address are built from, kept so that a second,
// differently spelled identity of the same company can be derived from them.
struct CompanyParts {
    std::string brand; // "NORTEX", "KOVAC", ...
    std::string word;  // "ELECTRONICS", "TRADING", ...
    std::string form;  // legal form code: "LTD", "DOO", ...
    int streetNo = 1;
    int street = 0;
    int streetType = 0;
    int city = 0;
};

CompanyParts makeCompany(const DemoCatalog &catalog, const CatalogSector &sector,
                         DemoRandom &random);
// "NORTEX ELECTRONICS LTD"
std::string companyName(const CompanyParts &parts);
// "14 HARBOUR ROAD, 81000 KESTREL BAY"
std::string companyAddress(const DemoCatalog &catalog, const CompanyParts &parts);

// The same company as another clerk typed it: "Nortex Electronics Limited",
// "NORTEX ELECTRONICS, LTD.", "NOTREX ELECTRONICS LTD"; the address likewise.
std::string aliasName(const DemoCatalog &catalog, const CompanyParts &parts, DemoRandom &random);
std::string aliasAddress(const DemoCatalog &catalog, const CompanyParts &parts, DemoRandom &random);

// A foreign company in the naming habits of its country: "NINGBO HUAXIN HARDWARE CO LTD".
std::string partnerName(const DemoCatalog &catalog, const CatalogCountry &country,
                        const CatalogSector &sector, DemoRandom &random);

} // namespace clearsight::demo
