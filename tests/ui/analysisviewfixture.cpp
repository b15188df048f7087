#include "analysisviewfixture.h"

#include "analysistestsupport.h"

namespace clearsight::uitest
{

namespace
{
QTemporaryDir *g_dir = nullptr;
QString g_path;
} // namespace

void AnalysisViewFixture::SetUpTestSuite()
{
    g_dir = new QTemporaryDir;
    ASSERT_TRUE(g_dir->isValid());
    g_path = createAnalysisWorkspace(*g_dir);
}

void AnalysisViewFixture::TearDownTestSuite()
{
    delete g_dir;
    g_dir = nullptr;
}

QString AnalysisViewFixture::path()
{
    return g_path;
}

QString AnalysisViewFixture::scratch(const QString &name)
{
    return g_dir->filePath(name);
}

} // namespace clearsight::uitest
