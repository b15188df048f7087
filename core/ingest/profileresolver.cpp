#include "profileresolver.h"

#include "sourcefile.h"

#include <QCoreApplication>

namespace clearsight
{

namespace
{

// Date layouts and decimal commas of rules that leave them open, from the first records.
void fitToSample(ImportProfile &profile, const SourceFile &source)
{
    bool open = false;
    for (const ColumnRule &rule : profile.rules) {
        open = open ||
               (rule.reader == ColumnRule::Reader::Date && rule.dateLayout == DateLayout::Auto) ||
               (rule.reader == ColumnRule::Reader::Number && rule.detectNumberFormat);
    }
    if (!open)
        return;
    const auto rows = source.sample(500);
    const QStringList &header = source.normalisedHeader();
    for (ColumnRule &rule : profile.rules) {
        const int index = int(header.indexOf(rule.source));
        if (index < 0)
            continue;
        std::vector<QByteArray> values;
        for (const auto &row : rows) {
            if (size_t(index) < row.size())
                values.push_back(row[size_t(index)]);
        }
        if (rule.reader == ColumnRule::Reader::Date && rule.dateLayout == DateLayout::Auto)
            rule.dateLayout = detectDateLayout(values);
        if (rule.reader == ColumnRule::Reader::Number && rule.detectNumberFormat) {
            rule.decimalComma = detectDecimalComma(values);
            rule.detectNumberFormat = false;
        }
    }
}

} // namespace

Result<ImportProfile> resolveProfile(const SourceFile &source, const QString &requested,
                                     const std::vector<ImportProfile> &saved)
{
    std::vector<ImportProfile> candidates = builtInProfiles();
    candidates.insert(candidates.end(), saved.begin(), saved.end());
    const QStringList &header = source.normalisedHeader();
    const ImportProfile *chosen = nullptr;
    if (!requested.isEmpty()) {
        for (const ImportProfile &p : candidates) {
            if (p.name == requested)
                chosen = &p;
        }
        if (!chosen) {
            QStringList names;
            for (const ImportProfile &p : candidates)
                names << p.name;
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("Import", "There is no import profile "
                                                                   "\"%1\". Known profiles: %2.")
                                 .arg(requested, names.join(QStringLiteral(", "))));
        }
    } else {
        chosen = detectProfile(header, candidates);
    }
    if (!chosen) {
        return makeError(
            Error::Code::BadInput,
            QCoreApplication::translate(
                "Import", "%1, line 1: the header matches no known declaration layout, so "
                          "nothing was imported. Map its columns in the import wizard (and save "
                          "the mapping as a profile), or name a profile with --profile. Its "
                          "columns are: %2.")
                .arg(source.fileName(), source.header().join(QStringLiteral(", ")).left(300)));
    }
    ImportProfile profile = chosen->name == QLatin1StringView("canonical") && chosen->builtIn
                                ? canonicalProfileFor(header)
                                : *chosen;
    fitToSample(profile, source);
    return profile;
}

} // namespace clearsight
