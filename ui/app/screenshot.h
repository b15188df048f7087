#pragma once

#include "common/result.h"

#include <QSize>
#include <QString>

#include <chrono>
#include <functional>

namespace clearsight::ui {

class MainWindow;

// The size of documentation screenshots.
inline constexpr QSize screenshotSize{1440, 900};

// Runs the event loop until `ready()` holds or `timeout` passes; true when ready. For
// one-shot waits (screenshots, tests), not for application logic.
bool waitUntil(const std::function<bool()> &ready, std::chrono::milliseconds timeout);

// Waits until the window has settled (status figures read, the rows on screen loaded), then
// renders it to a PNG at `file`. An error names the file, or says the data did not arrive in
// time.
Status saveScreenshot(MainWindow &window, const QString &file,
                      std::chrono::milliseconds timeout = std::chrono::seconds(120));

} // namespace clearsight::ui
