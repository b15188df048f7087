#pragma once

#include "store/analysisviewrepository.h"

#include <QGroupBox>

class QLineEdit;
class QPushButton;

namespace clearsight::ui
{

class ChartView;

// A trader's Incoterm usage against its industry (the same HS chapters and origins, other
// traders), as bars of shares per rule. The analyst types a trader ID, or the view passes the
// trader of the selected flag. Read off the UI thread. A click on a bar asks for the flags of
// that trader (its own bar) or of the rule (the industry's bar).
class IncotermTraderBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit IncotermTraderBox(QWidget *parent = nullptr);

    void setWorkspace(const QString &path);
    void showTrader(const QString &traderId);
    QString traderId() const { return m_shown; }
    bool isLoading() const { return m_loading; }
    const std::vector<IncotermUsage> &usage() const { return m_usage; }
    ChartView *chartView() const { return m_chart; }

Q_SIGNALS:
    // `traderId` empty: the industry's bar.
    void barClicked(const QString &traderId, const QString &incoterm);
    void loaded();

private:
    void load();
    void showUsage(const std::vector<IncotermUsage> &usage);

    QLineEdit *m_trader = nullptr;
    QPushButton *m_show = nullptr;
    ChartView *m_chart = nullptr;
    QString m_workspace;
    QString m_shown;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::vector<IncotermUsage> m_usage;
};

} // namespace clearsight::ui
