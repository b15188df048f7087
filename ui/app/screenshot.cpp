#include "screenshot.h"

#include "mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

namespace clearsight::ui {

bool waitUntil(const std::function<bool()> &ready, std::chrono::milliseconds timeout)
{
    if (ready())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (ready())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeout);
    loop.exec();
    return ready();
}

Status saveScreenshot(MainWindow &window, const QString &file, std::chrono::milliseconds timeout)
{
    if (!waitUntil([&window] { return window.isSettled(); }, timeout)) {
        return makeError(
            Error::Code::Database,
            QCoreApplication::translate("Screenshot",
                                        "The window did not finish loading its data within %1 s.")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()));
    }
    // One more turn of the event loop, so the last rows that arrived are laid out and painted.
    waitUntil([] { return false; }, std::chrono::milliseconds(50));
    const QPixmap pixmap = window.grab();
    const QFileInfo info(file);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Screenshot", "Cannot create the folder %1.")
                             .arg(info.absolutePath()));
    }
    if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
        return makeError(
            Error::Code::FileUnreadable,
            QCoreApplication::translate("Screenshot", "Cannot write the screenshot %1.")
                .arg(QDir::toNativeSeparators(file)));
    }
    return Done{};
}

} // namespace clearsight::ui
