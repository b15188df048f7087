// GoogleTest main for the widget tests: offscreen platform, settings in a temporary folder.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

#include <gtest/gtest.h>

namespace
{
QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform warns that it cannot propagate size hints on every top-level window:
// noise that would bury real warnings.
void quietOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1StringView("propagateSizeHints")))
        return;
    g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    // Before the QApplication exists: no display needed, also for --gtest_list_tests.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietOffscreenNoise);
    testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClearSightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("clearsight_ui_tests"));
    QStandardPaths::setTestModeEnabled(true);
    // Never read or write the user's real settings.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const int result = RUN_ALL_TESTS();
    // Background reads still running own SQLite connections whose driver is a plugin that goes
    // away with the application: let them finish first.
    QThreadPool::globalInstance()->waitForDone();
    return result;
}
