#include "traderflagspanel.h"

#include "charts/barchart.h"
#include "charts/chartview.h"
#include "flagsmodel.h"
#include "flagsnapshot.h"
#include "numberdelegate.h"
#include "scorebardelegate.h"
#include "tablesupport.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

namespace clearsight::ui
{

namespace
{
using FlagsResult = std::optional<Result<FlagsSnapshot>>;
}

TraderFlagsPanel::TraderFlagsPanel(QWidget *parent) : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("traderCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("traderFlagsChart"));
    m_chart->setToolTip(tr("Flags by kind: click a bar to list only that kind, again to list "
                           "them all"));
    m_listLabel = new QLabel(this);
    m_model = new FlagsModel(this);
    m_proxy = new FlagFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = createAnalysisTable(this, QStringLiteral("traderFlags"));
    m_table->setModel(m_proxy);
    for (int column : {int(FlagsModel::Trader), int(FlagsModel::Incoterm), int(FlagsModel::Mode),
                       int(FlagsModel::DeclaredValue), int(FlagsModel::ExpectedValue)})
        m_table->setColumnHidden(column, true);
    m_table->setItemDelegateForColumn(FlagsModel::Rank,
                                      new NumberDelegate(NumberDelegate::Style::Count, m_table));
    m_table->setItemDelegateForColumn(FlagsModel::Score, new ScoreBarDelegate(75, m_table));
    m_table->setItemDelegateForColumn(FlagsModel::RevenueAtStake,
                                      new NumberDelegate(NumberDelegate::Style::Money, m_table));

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listLabel);
    listLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_chart);
    split->addWidget(list);
    split->setSizes({1000, 2000});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            Q_EMIT declarationRequested(m_model->flagAt(source.row()).record.declarationId);
    });
    clear(tr("Select a trader to see the flags behind its score."));
}

void TraderFlagsPanel::setWorkspace(const QString &path)
{
    m_workspace = path;
}

void TraderFlagsPanel::clear(const QString &message)
{
    ++m_generation;
    m_loading = false;
    m_traderId.clear();
    m_caption->clear();
    m_model->setFlags({});
    m_proxy->setCriteria({});
    m_listLabel->clear();
    m_chart->clearContent(message);
}

void TraderFlagsPanel::showTrader(const TraderScoreRecord &trader)
{
    if (trader.traderId == m_traderId && (m_loading || m_model->rowCount() > 0))
        return;
    m_traderId = trader.traderId;
    const QLocale locale;
    m_caption->setText(
        tr("<b>%1</b> %2 · rank %3 · risk score %4 · %5 declarations · %6 flags on %7 items · "
           "%8 at stake · %9 inspected, %10 illicit")
            .arg(trader.traderId.toHtmlEscaped(), trader.traderName.toHtmlEscaped(),
                 locale.toString(trader.rank), locale.toString(trader.riskScore, 'f', 1),
                 locale.toString(trader.declarations), locale.toString(trader.flags),
                 locale.toString(trader.flaggedItems),
                 locale.toString(trader.revenueAtStake, 'f', 2), locale.toString(trader.inspected))
            .arg(locale.toString(trader.illicit)));
    load();
}

void TraderFlagsPanel::load()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto *watcher = new QFutureWatcher<FlagsResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const FlagsResult result = watcher->result();
        if (result && result->ok()) {
            m_model->setFlags(result->value().flags);
            m_proxy->setCriteria({});
            showFlags();
        } else {
            m_model->setFlags({});
            m_chart->clearContent(tr("The trader's flags could not be read: %1")
                                      .arg(result ? result->error().message : QString()));
        }
        Q_EMIT loaded();
    });
    AnalysisViewFilter filter;
    filter.traderId = m_traderId;
    watcher->setFuture(QtConcurrent::run([path = m_workspace, filter]() -> FlagsResult {
        return readFlags(path, filter, {}, false);
    }));
}

void TraderFlagsPanel::showFlags()
{
    m_table->resizeColumnsToContents();
    setKind(std::nullopt);
    if (m_model->rowCount() == 0) {
        m_chart->clearContent(tr("No flags on this trader's items."));
        return;
    }
    std::map<FlagKind, int> counts;
    for (const FlagItem &item : m_model->flags())
        ++counts[item.record.kind];
    BarChartData data;
    BarSetData set{tr("Flags"), {}, ChartRole::Alert};
    std::vector<FlagKind> kinds;
    for (const auto &[kind, count] : counts) {
        data.categories << flagTitle(kind);
        set.values.push_back(count);
        kinds.push_back(kind);
    }
    data.sets = {set};
    data.horizontal = true;
    data.valueTitle = tr("Flags");
    m_chart->setContent([this, data, kinds](const ChartTheme &theme) {
        return buildBarChart(data, theme, [this, kinds](int category, int) {
            if (category >= 0 && size_t(category) < kinds.size())
                setKind(kinds[size_t(category)]);
        });
    });
}

void TraderFlagsPanel::setKind(std::optional<FlagKind> kind)
{
    FlagCriteria criteria;
    criteria.kind = kind;
    if (kind && m_proxy->criteria() == criteria)
        criteria.kind.reset(); // a second click on the same bar lists every kind again
    m_proxy->setCriteria(criteria);
    const QLocale locale;
    m_listLabel->setText(
        criteria.kind
            ? tr("%1. Flags: %2, highest score first")
                  .arg(flagTitle(*criteria.kind), locale.toString(m_proxy->rowCount()))
            : tr("Flags: %1, highest score first").arg(locale.toString(m_proxy->rowCount())));
}

} // namespace clearsight::ui
