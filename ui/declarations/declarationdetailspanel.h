#pragma once

#include "store/declarationdetails.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QToolButton;

namespace clearsight::ui
{

// Everything known about one declaration item, beside the table: its lineage (batch, file,
// profile, source line, SHA-256), its findings with their details, its canonical values and
// the source columns kept with it. Read off the UI thread when a row is selected.
class DeclarationDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeclarationDetailsPanel(QWidget *parent = nullptr);
    ~DeclarationDetailsPanel() override;

    // Reads and shows the row `rowId` of the workspace at `path`; 0 clears the panel.
    void showRow(const QString &path, qint64 rowId);
    void clear();

    bool isLoading() const { return m_loading; }
    qint64 rowId() const { return m_rowId; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    // The close button: the user wants the panel out of the way.
    void closeRequested();

private:
    void showDetails(const DeclarationDetails &details);
    void showError(const QString &message);
    QTreeWidgetItem *addSection(const QString &title, const QString &name);
    static void addField(QTreeWidgetItem *section, const QString &name, const QString &value,
                         const QString &toolTip = {});

    QLabel *m_title = nullptr;
    QToolButton *m_close = nullptr;
    QTreeWidget *m_tree = nullptr;
    QString m_path;
    qint64 m_rowId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace clearsight::ui
