#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clearsight::ui
{

namespace
{
QString withoutMnemonic(QString text)
{
    // "&&" is a literal '&'; any other '&' marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void collectMenu(const QMenu *menu, std::vector<ShortcutEntry> &entries,
                 QList<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), entries, seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen << action;
        entries.push_back({withoutMnemonic(action->text()), keysText(action)});
    }
}
} // namespace

std::vector<ShortcutGroup> collectShortcuts(const QMenuBar *menuBar,
                                            const QList<QAction *> &unlisted)
{
    std::vector<ShortcutGroup> groups;
    QList<const QAction *> seen;
    if (menuBar) {
        for (const QAction *menuAction : menuBar->actions()) {
            const QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            ShortcutGroup group{withoutMnemonic(menu->title()), {}};
            collectMenu(menu, group.entries, seen);
            if (!group.entries.empty())
                groups.push_back(std::move(group));
        }
    }
    ShortcutGroup other{ShortcutsDialog::tr("Other"), {}};
    for (const QAction *action : unlisted) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen << action;
        other.entries.push_back({withoutMnemonic(action->text()), keysText(action)});
    }
    if (!other.entries.empty())
        groups.push_back(std::move(other));
    return groups;
}

ShortcutsDialog::ShortcutsDialog(const std::vector<ShortcutGroup> &groups, const QStringList &notes,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAlternatingRowColors(true);
    for (const ShortcutGroup &group : groups) {
        auto *heading = new QTreeWidgetItem(m_list, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const ShortcutEntry &entry : group.entries)
            new QTreeWidgetItem(heading, {entry.command, entry.keys});
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    for (const QString &note : notes) {
        auto *label = new QLabel(note, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addWidget(buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 72, metrics.height() * 34);
}

} // namespace clearsight::ui
