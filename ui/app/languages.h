#pragma once

#include <QString>

namespace clearsight::ui {

// Loads ClearSight's translation (":/i18n/clearsight_<lang>.qm", built from translations/) and
// Qt's own (qtbase_<lang>.qm, for standard buttons and dialogs) and makes the language's
// locale the default, so numbers and dates follow it. `language` is "fr", "es" or "en"; empty
// follows the system. Returns the language in use ("en" when no translation matched).
QString installTranslations(const QString &language = {});

} // namespace clearsight::ui
