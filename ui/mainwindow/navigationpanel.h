#pragma once

#include <QListWidget>

namespace clearsight::ui
{

// The list of views on the left of the main window: an icon and a name per view. Choosing one
// opens its tab or brings it forward.
class NavigationPanel : public QListWidget
{
    Q_OBJECT
public:
    explicit NavigationPanel(QWidget *parent = nullptr);

    void addView(const QString &key, const QString &title, const QIcon &icon);
    QStringList viewKeys() const;
    QString currentViewKey() const;
    // Highlights the view of `key`; none when the panel does not list it.
    void setCurrentViewKey(const QString &key);

    QSize sizeHint() const override;

Q_SIGNALS:
    void viewSelected(const QString &key);
};

} // namespace clearsight::ui
