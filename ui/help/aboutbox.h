#pragma once

#include <QString>

class QWidget;

namespace clearsight::ui
{

// Help > About ClearSight: version, Qt version, licence and what the program is for (rich
// text).
QString aboutText();
void showAboutDialog(QWidget *parent);

} // namespace clearsight::ui
