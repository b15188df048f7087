#include "importpreview.h"

#include "profileresolver.h"
#include "recordmapper.h"
#include "rownormaliser.h"
#include "sourcefile.h"
#include "store/connection.h"
#include "store/profilerepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace clearsight
{

namespace
{

std::vector<ImportProfile> savedProfiles(const QString &workspacePath)
{
    std::vector<ImportProfile> saved;
    if (workspacePath.isEmpty())
        return saved;
    Result<Connection> connection = Connection::open(workspacePath, Connection::Mode::ReadOnly);
    if (!connection)
        return saved;
    const auto all = ProfileRepository(connection.value()).all();
    if (!all)
        return saved;
    for (const QJsonObject &json : all.value()) {
        if (Result<ImportProfile> p = ImportProfile::fromJson(json))
            saved.push_back(p.value());
    }
    return saved;
}

QVariant storedValue(const StoredValue &v)
{
    switch (v.kind) {
    case StoredValue::Kind::Null:
        return {};
    case StoredValue::Kind::Text:
        return QString::fromUtf8(v.text);
    case StoredValue::Kind::Integer:
        return v.integer;
    case StoredValue::Kind::Real:
        return v.real;
    }
    return {};
}

} // namespace

Result<ImportPreview> previewImport(const QString &workspacePath, const QString &filePath,
                                    const PreviewOptions &options)
{
    SourceOverrides overrides;
    if (options.separator)
        overrides.separator = options.separator;
    if (!options.encoding.isEmpty())
        overrides.encoding = encodingByName(options.encoding);
    Result<std::unique_ptr<SourceFile>> opened = SourceFile::open(filePath, overrides);
    if (!opened)
        return opened.error();
    SourceFile &source = *opened.value();
    ImportPreview preview;
    preview.encoding = encodingName(source.encoding());
    preview.separator = source.separator();
    preview.header = source.header();
    preview.normalisedHeader = source.normalisedHeader();

    if (options.profile) {
        preview.profile = options.profile;
    } else {
        const Result<ImportProfile> resolved =
            resolveProfile(source, options.profileName, savedProfiles(workspacePath));
        if (resolved)
            preview.profile = resolved.value();
        else
            preview.profileProblem = resolved.error().message;
    }

    std::unique_ptr<RecordMapper> mapper;
    if (preview.profile) {
        Result<std::unique_ptr<RecordMapper>> created =
            RecordMapper::create(*preview.profile, source.normalisedHeader(), source.fileName());
        if (created)
            mapper = std::move(created.value());
        else
            preview.profileProblem = created.error().message;
    }
    RowNormaliser normaliser;
    DeclarationRow row;
    std::vector<PendingFinding> findings;
    RowRejection rejection;
    CsvRecord record;
    CsvReader &reader = source.reader();
    while (int(preview.rows.size()) < options.rows && reader.next(record)) {
        if (record.isBlank())
            continue;
        PreviewRow p;
        p.line = record.line;
        for (QByteArrayView f : record.fields)
            p.source.push_back(QString::fromUtf8(f));
        if (record.broken) {
            p.rejection = record.error;
        } else if (mapper) {
            // Lines merged into a group (SISCORI) are previewed when their group is complete.
            mapper->add(record, [&](const MappedItem &item) {
                if (!normaliser.normalise(item.fields, row, findings, rejection)) {
                    p.rejection = QStringLiteral("%1: %2").arg(columnName(rejection.column),
                                                               rejection.reason);
                    return;
                }
                for (const StoredValue &v : row.values)
                    p.values.push_back(storedValue(v));
                for (const PendingFinding &f : findings)
                    p.findings << QString::fromLatin1(findingKey(f.kind));
            });
        }
        preview.rows.push_back(std::move(p));
    }
    return preview;
}

Status saveImportProfile(const QString &workspacePath, ImportProfile profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("Import", "An import profile needs a name."));
    }
    if (builtInProfile(profile.name)) {
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("Import", "\"%1\" is the name of a built-in "
                                                               "profile; choose another.")
                             .arg(profile.name));
    }
    profile.builtIn = false;
    if (profile.signature.isEmpty()) {
        for (const ColumnRule &rule : profile.rules) {
            if (!rule.source.isEmpty() && !profile.signature.contains(rule.source))
                profile.signature << rule.source;
        }
    }
    Result<Connection> connection = Connection::open(workspacePath);
    if (!connection)
        return connection.error();
    return ProfileRepository(connection.value()).save(profile.toJson());
}

Result<std::vector<ImportProfile>> availableProfiles(const QString &workspacePath)
{
    std::vector<ImportProfile> all = builtInProfiles();
    const std::vector<ImportProfile> saved = savedProfiles(workspacePath);
    all.insert(all.end(), saved.begin(), saved.end());
    return all;
}

} // namespace clearsight
