#include "traderdetailtabs.h"

#include "analysis/flagsmodel.h"
#include "analysis/numberdelegate.h"
#include "analysis/scorebardelegate.h"
#include "analysis/tablesupport.h"
#include "declarations/declarationcolumns.h"
#include "declarations/declarationdelegate.h"
#include "models/declarationtablemodel.h"
#include "tradermixmodel.h"
#include "traderunitvaluemodel.h"
#include "tradervaluedelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clearsight::ui
{

namespace
{
using Style = TraderValueDelegate::Style;

void setColumnStyle(QTableView *table, int column, Style style)
{
    table->setItemDelegateForColumn(column, new TraderValueDelegate(style, table));
}

QString mixTabTitle(MixDimension dimension)
{
    switch (dimension) {
    case MixDimension::HsChapter:
        return TraderDetailTabs::tr("HS chapters");
    case MixDimension::Origin:
        return TraderDetailTabs::tr("Origins");
    case MixDimension::Partner:
        return TraderDetailTabs::tr("Partners");
    case MixDimension::Incoterm:
        return TraderDetailTabs::tr("Incoterms");
    case MixDimension::Declarant:
        return TraderDetailTabs::tr("Declarants");
    case MixDimension::Count:
        break;
    }
    return {};
}
} // namespace

TraderDetailTabs::TraderDetailTabs(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("traderTabs"));
    setDocumentMode(true);
    for (int d = 0; d < mixDimensionCount; ++d)
        addTab(createMixTab(MixDimension(d)), mixTabTitle(MixDimension(d)));

    m_unitValues = new TraderUnitValueModel(this);
    auto *unitTable = createAnalysisTable(this, QStringLiteral("traderUnitValues"));
    unitTable->setModel(m_unitValues);
    for (int column : {int(TraderUnitValueModel::Hs6), int(TraderUnitValueModel::Flow),
                       int(TraderUnitValueModel::Unit)})
        setColumnStyle(unitTable, column, Style::Text);
    setColumnStyle(unitTable, TraderUnitValueModel::Items, Style::Count);
    setColumnStyle(unitTable, TraderUnitValueModel::PeerSample, Style::Count);
    setColumnStyle(unitTable, TraderUnitValueModel::CustomsValue, Style::Money);
    setColumnStyle(unitTable, TraderUnitValueModel::Median, Style::UnitValue);
    setColumnStyle(unitTable, TraderUnitValueModel::PeerMedian, Style::UnitValue);
    for (int column : {int(TraderUnitValueModel::Ratio), int(TraderUnitValueModel::RatioFirst),
                       int(TraderUnitValueModel::RatioSecond)})
        setColumnStyle(unitTable, column, Style::Share);
    setColumnStyle(unitTable, TraderUnitValueModel::RatioChange, Style::Change);
    unitTable->setToolTip(tr("The trader's median unit value per HS6 as a share of other "
                             "traders' median (100 % = the same), over the period and in each "
                             "half. Double-click a row to list the items."));
    connect(unitTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        DeclarationFilter filter = traderFilter();
        filter.search = m_unitValues->rowAt(index.row()).hs6;
        Q_EMIT declarationsRequested(filter, tr("Trader %1, HS %2").arg(m_traderId, filter.search));
    });
    addTab(unitTable, tr("Unit values vs peers"));

    m_flags = new FlagsModel(this);
    m_flagsTable = createAnalysisTable(this, QStringLiteral("traderFlagList"));
    m_flagsTable->setModel(m_flags);
    for (int column : {int(FlagsModel::Trader), int(FlagsModel::Incoterm), int(FlagsModel::Mode)})
        m_flagsTable->setColumnHidden(column, true);
    m_flagsTable->setItemDelegateForColumn(
        FlagsModel::Rank, new NumberDelegate(NumberDelegate::Style::Count, m_flagsTable));
    m_flagsTable->setItemDelegateForColumn(FlagsModel::Score,
                                           new ScoreBarDelegate(75, m_flagsTable));
    for (int column : {int(FlagsModel::DeclaredValue), int(FlagsModel::ExpectedValue),
                       int(FlagsModel::RevenueAtStake)})
        m_flagsTable->setItemDelegateForColumn(
            column, new NumberDelegate(NumberDelegate::Style::Money, m_flagsTable));
    connect(m_flagsTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        DeclarationFilter filter;
        filter.declarationId = m_flags->flagAt(index.row()).record.declarationId;
        Q_EMIT declarationsRequested(filter, tr("Declaration %1").arg(filter.declarationId));
    });
    m_flagsTab = addTab(m_flagsTable, tr("Flags"));
    m_sampleNote = new QLabel(this);
    m_sampleNote->setObjectName(QStringLiteral("traderSampleNote"));
    m_sampleNote->setForegroundRole(QPalette::PlaceholderText);
    m_sampleNote->hide();
    setCornerWidget(m_sampleNote, Qt::TopRightCorner);
    m_declarationsTab = addTab(createDeclarationsTab(), tr("Declarations"));
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == m_declarationsTab && !m_declarationsShown) {
            m_declarationsShown = true;
            updateDeclarations();
        }
    });
}

QWidget *TraderDetailTabs::createMixTab(MixDimension dimension)
{
    auto *model = new TraderMixModel(this);
    m_mixModels[size_t(dimension)] = model;
    auto *table =
        createAnalysisTable(this, QStringLiteral("traderMix_") + mixDimensionKey(dimension));
    table->setModel(model);
    setColumnStyle(table, TraderMixModel::Key, Style::Text);
    setColumnStyle(table, TraderMixModel::ItemsFirst, Style::Count);
    setColumnStyle(table, TraderMixModel::ItemsSecond, Style::Count);
    setColumnStyle(table, TraderMixModel::ValueFirst, Style::Money);
    setColumnStyle(table, TraderMixModel::ValueSecond, Style::Money);
    setColumnStyle(table, TraderMixModel::ShareFirst, Style::Share);
    setColumnStyle(table, TraderMixModel::ShareSecond, Style::Share);
    setColumnStyle(table, TraderMixModel::Change, Style::Points);
    table->horizontalHeader()->setStretchLastSection(false);
    connect(table, &QAbstractItemView::activated, this,
            [this, dimension](const QModelIndex &index) { openMixRow(dimension, index); });
    return table;
}

QWidget *TraderDetailTabs::createDeclarationsTab()
{
    auto *page = new QWidget(this);
    m_declarationSearch = new QLineEdit(page);
    m_declarationSearch->setPlaceholderText(tr("Filter: declaration reference or HS code…"));
    m_declarationSearch->setClearButtonEnabled(true);
    m_declarationCount = new QLabel(page);
    auto *open = new QPushButton(tr("Open in the declarations view"), page);
    m_declarations = new DeclarationTableModel(this);
    m_declarationsTable = new QTableView(page);
    m_declarationsTable->setObjectName(QStringLiteral("traderDeclarations"));
    m_declarationsTable->setModel(m_declarations);
    m_declarationsTable->setItemDelegate(new DeclarationDelegate(m_declarationsTable));
    m_declarationsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_declarationsTable->setAlternatingRowColors(true);
    m_declarationsTable->setWordWrap(false);
    m_declarationsTable->setSortingEnabled(true);
    m_declarationsTable->verticalHeader()->hide();
    QHeaderView *header = m_declarationsTable->horizontalHeader();
    const QList<int> leading = declarationLeadingColumns();
    for (int position = 0; position < leading.size(); ++position)
        header->moveSection(header->visualIndex(leading.at(position)), position);
    const int charWidth = m_declarationsTable->fontMetrics().averageCharWidth();
    for (int column = 0; column < m_declarations->columnCount(); ++column)
        m_declarationsTable->setColumnWidth(column,
                                            charWidth * declarationColumnWidthChars(column));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_declarationSearch, 1);
    bar->addWidget(m_declarationCount);
    bar->addWidget(open);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_declarationsTable, 1);

    connect(m_declarationSearch, &QLineEdit::textChanged, this,
            &TraderDetailTabs::updateDeclarations);
    connect(m_declarations, &DeclarationTableModel::matchingRowsChanged, this, [this](qint64 rows) {
        m_declarationCount->setText(tr("%1 items").arg(QLocale().toString(rows)));
    });
    connect(open, &QPushButton::clicked, this, [this] {
        Q_EMIT declarationsRequested(traderFilter(), tr("Trader %1").arg(m_traderId));
    });
    connect(
        m_declarationsTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            DeclarationFilter filter;
            filter.declarationId = index.siblingAtColumn(0).data().toString();
            Q_EMIT declarationsRequested(filter, tr("Declaration %1").arg(filter.declarationId));
        });
    return page;
}

void TraderDetailTabs::setWorkspace(const QString &path)
{
    m_workspace = path;
    m_declarations->setWorkspace(path);
}

DeclarationFilter TraderDetailTabs::traderFilter() const
{
    DeclarationFilter filter;
    filter.traderId = m_traderId;
    filter.dateFrom = m_from;
    filter.dateTo = m_to;
    return filter;
}

void TraderDetailTabs::updateDeclarations()
{
    if (!m_declarationsShown || m_traderId.isEmpty())
        return;
    DeclarationFilter filter = traderFilter();
    filter.search = m_declarationSearch->text().trimmed();
    m_declarations->setFilter(filter);
}

void TraderDetailTabs::openMixRow(MixDimension dimension, const QModelIndex &index)
{
    const QString key = index.data(TraderMixModel::KeyRole).toString();
    DeclarationFilter filter = traderFilter();
    switch (dimension) {
    case MixDimension::HsChapter:
        filter.hsChapter = key;
        break;
    case MixDimension::Origin:
        filter.origin = key;
        break;
    case MixDimension::Declarant:
        filter.declarantId = key;
        break;
    default:
        return; // partners and Incoterms have no declaration filter of their own
    }
    if (key.isEmpty())
        return;
    Q_EMIT declarationsRequested(
        filter, tr("Trader %1, %2 %3").arg(m_traderId, mixDimensionTitle(dimension), key));
}

void TraderDetailTabs::showReport(const TraderReport &report)
{
    const TraderProfile &p = report.profile;
    // A newly opened trader starts on the mix that moved most, when one moved markedly.
    if (p.identity.traderId != m_traderId && currentIndex() < mixDimensionCount) {
        int shifted = 0;
        for (int d = 0; d < mixDimensionCount; ++d) {
            if (report.behaviour.mixes[size_t(d)].distance >
                report.behaviour.mixes[size_t(shifted)].distance)
                shifted = d;
        }
        setCurrentIndex(report.behaviour.mixes[size_t(shifted)].distance >=
                                BehaviourThresholds::mixDistance
                            ? shifted
                            : 0);
    }
    m_traderId = p.identity.traderId;
    m_from = p.from;
    m_to = p.to;
    for (int d = 0; d < mixDimensionCount; ++d)
        m_mixModels[size_t(d)]->setMix(report.behaviour.mixes[size_t(d)]);
    m_unitValues->setUnitValues(report.behaviour.unitValues);
    std::vector<FlagItem> flags;
    flags.reserve(p.flags.size());
    for (const FlagRecord &record : p.flags)
        flags.push_back({record, {}, {}});
    m_flags->setFlags(std::move(flags));
    setTabText(m_flagsTab, tr("Flags (%1)").arg(QLocale().toString(qint64(p.flags.size()))));
    const TraderSampling &sampling = p.sampling;
    m_sampleNote->setText(
        sampling.sampled ? tr("Mixes by half and unit values: estimates from a sample of %1 items")
                               .arg(QLocale().toString(sampling.items))
                         : QString());
    QString detail;
    if (sampling.sampled) {
        detail = sampling.mixTotalsExact
                     ? tr("The trader has too many items to read them all at once: one row in "
                          "%1 is read. Exact: item counts, flags, inspections, and each HS "
                          "chapter's, origin's and declarant's total. Scaled from the sample: "
                          "how those split between the halves, the partners, the Incoterms and "
                          "the unit values.")
                     : tr("The trader has too many items to read them all at once: one row in "
                          "%1 is read. Exact: item counts, flags and inspections. Scaled from "
                          "the sample: the mixes and the unit values.");
        detail = detail.arg(QLocale().toString(sampling.every));
        if (!sampling.totalExact)
            detail += QLatin1Char(' ') + tr("The period cuts months with too many items to read: "
                                            "the totals, those months and the halves are "
                                            "estimates too, their item counts excepted.");
        else if (!sampling.halvesExact)
            detail += QLatin1Char(' ') + tr("The halves split a month with too many items to "
                                            "read: the halves' figures are estimates too, their "
                                            "item counts excepted.");
    }
    m_sampleNote->setToolTip(detail);
    m_sampleNote->setVisible(sampling.sampled);
    for (QTableView *table : findChildren<QTableView *>()) {
        if (table != m_declarationsTable)
            table->resizeColumnsToContents();
    }
    updateDeclarations();
}

void TraderDetailTabs::clear()
{
    m_traderId.clear();
    m_sampleNote->clear();
    m_sampleNote->hide();
    for (TraderMixModel *model : m_mixModels)
        model->setMix({});
    m_unitValues->setUnitValues({});
    m_flags->setFlags({});
    setTabText(m_flagsTab, tr("Flags"));
}

} // namespace clearsight::ui
