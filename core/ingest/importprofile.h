#pragma once

#include "common/result.h"
#include "domain/canonicalschema.h"
#include "ingest/textdecoding.h"
#include "ingest/valueparsing.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clearsight
{

// How one canonical column is read from a source record.
struct ColumnRule {
    enum class Reader {
        Text,          // the source text, trimmed
        Number,        // a number; decimal comma per `decimalComma`
        Date,          // a date in `dateLayout`, written as ISO
        ItemOfTotal,   // "2 of 5" -> 2
        Constant,      // `argument`, whatever the source says
        OutcomeFlag,   // 1/Y/true -> ILLICIT, 0/N/false -> COMPLIANT, empty -> unknown
        InspectedFlag, // 1 when the source flag column has a value (a control took place)
        PercentOf,     // number(source) * number(column `argument`) / 100
        CodeMap,       // `codes` maps the source code to the canonical value; unknown -> empty
    };
    CanonicalColumn target = CanonicalColumn::DeclarationId;
    Reader reader = Reader::Text;
    QString source;   // normalised source header name (empty for Constant)
    QString argument; // Constant value, PercentOf column
    bool decimalComma = false;
    bool detectNumberFormat = false; // resolve decimalComma from the file's first records
    DateLayout dateLayout = DateLayout::Auto;
    std::vector<std::pair<QString, QString>> codes; // CodeMap: source code -> canonical value
};

// A mapping of one file layout onto the canonical record: built in (canonical, KCS,
// DATE/BACUDA, SISCORI) or made by a user in the import wizard and saved in the workspace.
struct ImportProfile {
    QString name;  // key: "canonical", "kcs", ... or the user's name
    QString title; // for people
    bool builtIn = false;
    std::optional<char> separator;        // unset: detected
    std::optional<TextEncoding> encoding; // unset: detected
    QString nationalCurrency;             // the currency of its money columns, if known
    bool mergeSiscoriGroups = false;      // SISCORI: lines of one item group become one item
    QStringList signature;                // header names that identify the layout
    std::vector<ColumnRule> rules;

    const ColumnRule *ruleFor(CanonicalColumn column) const;
    QJsonObject toJson() const;
    static Result<ImportProfile> fromJson(const QJsonObject &json);
};

// "Declaration ID " -> "declaration id": how header names are compared.
QString normalisedHeaderName(QStringView name);

// The profiles that ship with ClearSight, canonical first.
const std::vector<ImportProfile> &builtInProfiles();
const ImportProfile *builtInProfile(const QString &name);

// The built-in or saved profile whose signature the header carries (all its names present),
// preferring the most specific; nullptr when none fits.
const ImportProfile *detectProfile(const QStringList &normalisedHeader,
                                   const std::vector<ImportProfile> &candidates);

// The identity mapping for a header that uses canonical names: every canonical column found
// in it is read as it is named.
ImportProfile canonicalProfileFor(const QStringList &normalisedHeader);

} // namespace clearsight
