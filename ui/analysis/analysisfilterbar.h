#pragma once

#include "store/analysisviewrepository.h"

#include <QDate>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimer;

namespace clearsight::ui
{

// The criteria above an analysis view: period, office, HS chapter, origin and trader. Edits
// are debounced: filterChanged() follows a moment after the last keystroke, at once on Enter
// or Clear.
class AnalysisFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisFilterBar(QWidget *parent = nullptr);

    AnalysisViewFilter filter() const;
    // Sets every criterion at once and emits filterChanged() if it changed.
    void setFilter(const AnalysisViewFilter &filter);
    // The criteria as plain values for back/forward navigation ("from", "to", "office",
    // "hs_chapter", "origin", "trader"), and back.
    QVariantMap navigationState() const;
    void restoreNavigationState(const QVariantMap &state);
    // The workspace's period: where the date pickers start when a limit is switched on.
    void setPeriod(const QDate &first, const QDate &last);
    // Whether the bar offers the trader box (a view listing traders has its own search).
    void setTraderVisible(bool visible);

    static constexpr int debounceMilliseconds = 300;

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void filterChanged(const clearsight::AnalysisViewFilter &filter);

private:
    QLineEdit *addLineEdit(const QString &name, const QString &placeholder, int characters);
    QDateEdit *createDateEdit();
    void emitIfChanged();

    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_office = nullptr;
    QLineEdit *m_chapter = nullptr;
    QLineEdit *m_origin = nullptr;
    QLineEdit *m_trader = nullptr;
    QPushButton *m_clear = nullptr;
    QTimer *m_debounce = nullptr;
    AnalysisViewFilter m_emitted;
};

bool operator==(const AnalysisViewFilter &a, const AnalysisViewFilter &b);

} // namespace clearsight::ui
