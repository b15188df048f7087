#pragma once

#include "dashboardreads.h"
#include "store/summaryrepository.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace clearsight::ui
{

// The dashboard's criteria: a period of whole months (with presets), flow, channel, office,
// HS chapter, origin, trader and declarant, the last five with completion from the workspace.
// A lane has no editor here: it comes from a chart and shows as a chip. User edits emit
// filterChanged(); setFilter() does not.
class DashboardFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { All, Last3Months, Last12Months, Custom };

    explicit DashboardFilterBar(QWidget *parent = nullptr);

    const SummaryFilter &filter() const { return m_filter; }
    void setFilter(const SummaryFilter &filter);
    // The months the workspace holds, for the month pickers and the presets.
    void setPeriod(const QDate &first, const QDate &last);
    void setChoices(const DashboardChoices &choices);
    // A trader's name for its ID, from the choices; empty when unknown.
    QString traderName(const QString &traderId) const;

    // Chooses a preset as the user would (emits filterChanged() when the filter changes).
    void applyPreset(Preset preset);

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void filterChanged(const clearsight::SummaryFilter &filter);

private:
    QComboBox *addCombo(QHBoxLayout *row, const QString &caption, const QString &toolTip);
    QLineEdit *addEdit(QHBoxLayout *row, const QString &caption, const QString &toolTip,
                       int characters);
    void fillMonths();
    void showFilter();
    void selectDate(QComboBox *combo, const QString &iso);
    void commit(SummaryFilter filter);
    void commitEdits();
    void monthChosen();
    Preset presetOf(const SummaryFilter &filter) const;
    std::pair<QString, QString> presetPeriod(Preset preset) const;
    QString traderIdFor(const QString &text) const;

    SummaryFilter m_filter;
    QDate m_first;
    QDate m_last;
    QHash<QString, QString> m_traderNames;  // ID -> name
    QHash<QString, QString> m_traderByName; // lower-case name -> ID

    QComboBox *m_preset = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QComboBox *m_flow = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_office = nullptr;
    QLineEdit *m_chapter = nullptr;
    QLineEdit *m_origin = nullptr;
    QLineEdit *m_trader = nullptr;
    QLineEdit *m_declarant = nullptr;
    QPushButton *m_clear = nullptr;
    QHash<QLineEdit *, QStringListModel *> m_completions;
    bool m_showing = false;
};

} // namespace clearsight::ui
