#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QAction;
class QMenuBar;
class QTreeWidget;

namespace clearsight::ui
{

// One command and its keys, as the shortcut list shows them.
struct ShortcutEntry {
    QString command; // the action's text without its mnemonic: "Open workspace…"
    QString keys;    // in the platform's notation: "Ctrl+O", several separated by ", "
};

struct ShortcutGroup {
    QString title; // the menu's title: "File"
    std::vector<ShortcutEntry> entries;
};

// Every action with a shortcut, by the menu it is in, read from the actions themselves (so the
// list cannot fall behind them); actions outside the menus follow under "Other" from
// `unlisted`. Disabled actions are listed too: their keys are taken all the same.
std::vector<ShortcutGroup> collectShortcuts(const QMenuBar *menuBar,
                                            const QList<QAction *> &unlisted = {});

// Help > Keyboard shortcuts: the list above in a dialog, with `notes` below it (keys that
// depend on where the keyboard is).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const std::vector<ShortcutGroup> &groups,
                             const QStringList &notes = {}, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace clearsight::ui
