#pragma once

#include "store/declarationquery.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace clearsight::ui {

// The criteria above the declarations table: search text, flow, period, "only rows with
// findings", and a scope set from another view (a finding kind, a batch), shown as a label the
// user can remove. Edits are debounced: filterChanged() follows a quarter second after the last
// keystroke, at once on Enter, Clear or a new scope.
class DeclarationFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DeclarationFilterBar(QWidget *parent = nullptr);

    // The criteria the bar edits (search, flow, dates, findings, the scope's finding kinds and
    // batch); other fields left empty.
    DeclarationFilter filter() const;
    // Narrows the rows to those carrying any of `findingsMask`'s findings (0: any) in batch
    // `batchId` (0: any), named `description` for the user. Emits filterChanged() at once.
    void setScope(const DeclarationFilter &scope, const QString &description);
    void clearScope();
    // The scope alone: the other criteria are cleared (the view was asked for exactly these rows).
    // Limits the rows to a scope set from elsewhere (finding kinds, a batch, a trader, a
    // declaration), shown as a removable label; the other criteria are reset.
    void showOnly(const DeclarationFilter &scope, const QString &description);
    bool hasScope() const
    {
        return m_scope.findingsMask != 0 || m_scope.batchId != 0 || !m_scope.traderId.isEmpty()
            || !m_scope.declarationId.isEmpty();
    }
    // The workspace's period: where the date pickers start when a limit is switched on.
    void setPeriod(const QDate &first, const QDate &last);

    static constexpr int debounceMilliseconds = 250;

public Q_SLOTS:
    void clear();
    // Puts the keyboard in the search box, its text selected (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const clearsight::DeclarationFilter &filter);

private:
    void scheduleUpdate();
    void resetCriteria();
    void emitIfChanged();
    QDateEdit *createDateEdit();

    QLineEdit *m_search = nullptr;
    QComboBox *m_flow = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_findingsOnly = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QToolButton *m_scopeRemove = nullptr;
    DeclarationFilter m_scope; // findingsMask, batchId, traderId and declarationId only
    QTimer *m_debounce = nullptr;
    DeclarationFilter m_emitted;
};

} // namespace clearsight::ui
