#pragma once

class QColor;
class QPalette;

namespace clearsight::ui
{

// ClearSight follows the platform's palette, light or dark: widgets take their colours from
// palette roles, never from fixed colours. Qt 6.4 has no colour-scheme hint, so "dark" is read
// from the palette: its window colour is dark.
bool isDarkPalette(const QPalette &palette);

// A dark palette with text at WCAG AA contrast or better on every background role, for
// --dark (screenshots, checks on a light desktop) and the tests.
QPalette darkPalette();

// Switches the application to the Fusion style (which draws every role of the palette, unlike
// some native styles) with darkPalette(). Before the main window is created.
void useDarkPalette();

// WCAG 2 contrast ratio of two colours: 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace clearsight::ui
