#pragma once

#include "flagfilterproxy.h"
#include "store/flagrepository.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace clearsight::ui
{

class ChartView;
class FlagsModel;

// The flags behind one trader's score: how many of each kind (bars; a click lists only that
// kind) and the list itself with reasons. Double-clicking a flag asks for its declaration.
// Read off the UI thread.
class TraderFlagsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TraderFlagsPanel(QWidget *parent = nullptr);

    void setWorkspace(const QString &path);
    void showTrader(const TraderScoreRecord &trader);
    void clear(const QString &message);
    QString traderId() const { return m_traderId; }
    bool isLoading() const { return m_loading; }
    FlagsModel *model() const { return m_model; }
    FlagFilterProxy *proxy() const { return m_proxy; }
    ChartView *chartView() const { return m_chart; }

Q_SIGNALS:
    void declarationRequested(const QString &declarationId);
    void loaded();

private:
    void load();
    void showFlags();
    void setKind(std::optional<FlagKind> kind);

    QLabel *m_caption = nullptr;
    ChartView *m_chart = nullptr;
    QLabel *m_listLabel = nullptr;
    QTableView *m_table = nullptr;
    FlagsModel *m_model = nullptr;
    FlagFilterProxy *m_proxy = nullptr;
    QString m_workspace;
    QString m_traderId;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace clearsight::ui
