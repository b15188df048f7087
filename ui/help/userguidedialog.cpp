#include "userguidedialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace clearsight::ui
{

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("ClearSight user guide"));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setOpenLinks(false);
    m_browser->setMarkdown(guideMarkdown());
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https"))
            QDesktopServices::openUrl(url);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 110, metrics.height() * 40);
}

QString UserGuideDialog::guideMarkdown()
{
    QFile file(QStringLiteral(":/help/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QStringList shown;
    for (const QString &line : lines) {
        if (!line.trimmed().startsWith(QLatin1StringView("![")))
            shown << line;
    }
    return shown.join(QLatin1Char('\n'));
}

bool UserGuideDialog::scrollToUserGuide()
{
    const QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2 || block.text().trimmed() != sectionTitle())
            continue;
        const QRectF rect = document->documentLayout()->blockBoundingRect(block);
        m_browser->verticalScrollBar()->setValue(int(rect.top()));
        return true;
    }
    return false;
}

void UserGuideDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Once laid out at its size: the heading's position depends on the width.
    if (!m_scrolled)
        m_scrolled = scrollToUserGuide();
}

} // namespace clearsight::ui
