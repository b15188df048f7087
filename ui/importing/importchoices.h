#pragma once

#include "ingest/valueparsing.h"

#include <QString>

#include <vector>

class QComboBox;

namespace clearsight::ui
{

// The choices the import wizard offers for reading a file, with their labels for people.
// Each "detected" entry has an empty value and shows what was found once a preview is read.

struct EncodingChoice {
    QString name; // as core's encodingByName() reads it; empty = detect
    QString label;
};
std::vector<EncodingChoice> encodingChoices();

struct SeparatorChoice {
    char separator; // 0 = detect
    QString label;
};
std::vector<SeparatorChoice> separatorChoices();
// "; (semicolon)", "Tab"...
QString separatorLabel(char separator);

struct DateLayoutChoice {
    DateLayout layout;
    QString label; // with an example: "Day/month/year (14/03/2025)"
};
std::vector<DateLayoutChoice> dateLayoutChoices();

// Selects the item whose data equals `value`; returns false (and leaves the combo) otherwise.
bool selectComboData(QComboBox *combo, const QVariant &value);

} // namespace clearsight::ui
