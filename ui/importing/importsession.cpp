#include "importsession.h"

namespace clearsight::ui
{

bool ImportSession::needsMapping() const
{
    return mapColumns || (preview && !preview->profile);
}

PreviewOptions ImportSession::previewOptions() const
{
    PreviewOptions options;
    options.separator = separator;
    options.encoding = encoding;
    options.profileName = profileName;
    return options;
}

ImportOptions ImportSession::importOptions() const
{
    ImportOptions options;
    options.force = force;
    options.separator = separator;
    options.encoding = encoding;
    options.profile = needsMapping() && mapping ? mapping->name : profileName;
    return options;
}

std::optional<ImportProfile> ImportSession::profileToSave() const
{
    if (needsMapping() && mapping)
        return mapping;
    return std::nullopt;
}

} // namespace clearsight::ui
