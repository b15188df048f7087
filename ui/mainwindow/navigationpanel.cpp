#include "navigationpanel.h"

namespace clearsight::ui
{

namespace
{
constexpr int KeyRole = Qt::UserRole + 1;
}

NavigationPanel::NavigationPanel(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Views"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    // The panel reads as part of the window frame, not as a data list.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    const int icon = fontMetrics().height() * 3 / 2;
    setIconSize({icon, icon});
    setSpacing(fontMetrics().height() / 6);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(this, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current, QListWidgetItem *) {
                if (current)
                    Q_EMIT viewSelected(current->data(KeyRole).toString());
            });
    // A click on the highlighted view brings its tab back too (e.g. after it was closed).
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *clicked) {
        if (clicked)
            Q_EMIT viewSelected(clicked->data(KeyRole).toString());
    });
}

void NavigationPanel::addView(const QString &key, const QString &title, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setData(KeyRole, key);
    item->setToolTip(title);
    const int height =
        std::max(iconSize().height(), fontMetrics().height()) + fontMetrics().height() / 2;
    item->setSizeHint({0, height});
    updateGeometry();
}

QStringList NavigationPanel::viewKeys() const
{
    QStringList keys;
    for (int row = 0; row < count(); ++row)
        keys << item(row)->data(KeyRole).toString();
    return keys;
}

QString NavigationPanel::currentViewKey() const
{
    return currentItem() ? currentItem()->data(KeyRole).toString() : QString();
}

void NavigationPanel::setCurrentViewKey(const QString &key)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(KeyRole).toString() == key) {
            setCurrentRow(row);
            return;
        }
    }
    // A view the panel does not list (one trader), or none: nothing is highlighted.
    setCurrentRow(-1);
}

QSize NavigationPanel::sizeHint() const
{
    int textWidth = fontMetrics().averageCharWidth() * 12;
    for (int row = 0; row < count(); ++row)
        textWidth = std::max(textWidth, fontMetrics().horizontalAdvance(item(row)->text()));
    const int padding = fontMetrics().averageCharWidth() * 4 + 2 * spacing() + 2 * frameWidth();
    return {iconSize().width() + textWidth + padding, QListWidget::sizeHint().height()};
}

} // namespace clearsight::ui
