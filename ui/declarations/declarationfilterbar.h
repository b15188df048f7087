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

namespace clearsight::ui
{

// The criteria above the declarations table: search text, flow, period, "only rows with
// findings", and a scope set from another view (a finding kind, a batch, a trader, a
// declaration, or a dashboard's office, HS chapter, origin, declarant, channel or lane), shown
// as a label the user can remove. Edits are debounced: filterChanged() follows a quarter second
// after the last keystroke, at once on Enter, Clear or a new scope.
class DeclarationFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DeclarationFilterBar(QWidget *parent = nullptr);

    // The whole filter: the editors' criteria (search, flow, dates, findings) and the scope.
    DeclarationFilter filter() const;
    // Narrows the rows to the scope's fields (finding kinds, batch, trader, declaration, office,
    // HS chapter, origin, declarant, channel, transport mode), named `description` for the
    // user; the editors keep their criteria. Emits filterChanged() at once.
    void setScope(const DeclarationFilter &scope, const QString &description);
    void clearScope();
    // Exactly `filter`: its criteria in the editors (empty ones cleared) and the rest as the
    // scope named `description`. Emits filterChanged() at once.
    void setFilter(const DeclarationFilter &filter, const QString &description);
    bool hasScope() const { return !m_scope.isEmpty(); }
    // The scope's description, "" without a scope.
    const QString &scopeDescription() const { return m_scopeDescription; }
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
    DeclarationFilter m_scope; // the scope's fields only (see setScope)
    QString m_scopeDescription;
    QTimer *m_debounce = nullptr;
    DeclarationFilter m_emitted;
};

} // namespace clearsight::ui
