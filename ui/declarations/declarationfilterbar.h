#pragma once

#include "store/declarationquery.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimer;

namespace clearsight::ui {

// The criteria above the declarations table: search text, flow, period, "only rows with
// findings". Edits are debounced: filterChanged() follows a quarter second after the last
// keystroke, at once on Enter or Clear.
class DeclarationFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DeclarationFilterBar(QWidget *parent = nullptr);

    // The criteria the bar edits (search, flow, dates, findings); other fields left empty.
    DeclarationFilter filter() const;
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
    QTimer *m_debounce = nullptr;
    DeclarationFilter m_emitted;
};

} // namespace clearsight::ui
