#include "app/demoworkspacejob.h"
#include "report/statsreport.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{
QProgressDialog *openProgressDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QProgressDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}
} // namespace

TEST(DemoWorkspaceJob, BuildsTheWorkspaceBehindAProgressDialog)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.clearsight"));
    bool dialogShown = false;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { dialogShown |= openProgressDialog() != nullptr; });
    probe.start(5);
    // The smallest demo the generator accepts.
    const Result<WorkspaceInfo> built = buildDemoWorkspaceWithProgress(nullptr, path, 10000);
    ASSERT_TRUE(built.ok()) << qPrintable(built.error().message);
    EXPECT_TRUE(dialogShown);
    EXPECT_EQ(openProgressDialog(), nullptr);
    const Result<WorkspaceReport> report = readWorkspaceReport(path);
    ASSERT_TRUE(report.ok());
    // A few generated records may be rejected on purpose (broken lines planted in the demo).
    EXPECT_GT(report->statistics.items, 9900);
}

TEST(DemoWorkspaceJob, CancelStopsTheJobAndLeavesNoWorkspace)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.clearsight"));
    QTimer canceller;
    QObject::connect(&canceller, &QTimer::timeout, [] {
        if (QProgressDialog *dialog = openProgressDialog())
            Q_EMIT dialog->canceled(); // what the Cancel button does
    });
    canceller.start(20);
    // Five million records take minutes; the job stops at the cancel instead of finishing
    // (no assertion on the time it takes: tests do not measure speed).
    const Result<WorkspaceInfo> built = buildDemoWorkspaceWithProgress(nullptr, path, 5000000);
    ASSERT_FALSE(built.ok());
    EXPECT_EQ(built.error().code, Error::Code::Cancelled) << qPrintable(built.error().message);
    EXPECT_FALSE(QFileInfo::exists(path));
}
