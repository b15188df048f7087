#pragma once

#include <QDialog>

class QTextBrowser;

namespace clearsight::ui
{

// Help > User guide (F1): the README embedded in the application, opened at its "User guide"
// section. Links to web pages open in the browser.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // Scrolls so that the "User guide" heading is at the top; false when there is none.
    bool scrollToUserGuide();

    // The README as shown: Markdown without its screenshots (they are files beside the
    // README, not in the application).
    static QString guideMarkdown();
    // The section's heading, as written in README.md.
    static QString sectionTitle() { return QStringLiteral("User guide"); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTextBrowser *m_browser = nullptr;
    bool m_scrolled = false;
};

} // namespace clearsight::ui
