#pragma once

#include "report/traderprofilereport.h"
#include "store/declarationquery.h"

#include <QTabWidget>

#include <array>

class QLabel;
class QLineEdit;
class QTableView;

namespace clearsight
{
class DeclarationTableModel;
}

namespace clearsight::ui
{

class FlagsModel;
class TraderMixModel;
class TraderUnitValueModel;

// The detail tables of the drill-down, one tab each: the mixes (HS chapters, origins,
// partners, Incoterms, declarants) by half with the biggest shifts in bold, unit values
// against peers, the flags with their reasons, and the trader's declarations (filtered and
// sorted in SQL, read when the tab is first shown). Double-clicks ask for the declarations
// behind a row. For a trader read from a sample, a note beside the tabs says so.
class TraderDetailTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit TraderDetailTabs(QWidget *parent = nullptr);

    void setWorkspace(const QString &path);
    void showReport(const TraderReport &report);
    void clear();

    TraderMixModel *mixModel(MixDimension dimension) const
    {
        return m_mixModels[size_t(dimension)];
    }
    TraderUnitValueModel *unitValueModel() const { return m_unitValues; }
    FlagsModel *flagsModel() const { return m_flags; }
    QTableView *flagsTable() const { return m_flagsTable; }
    DeclarationTableModel *declarationsModel() const { return m_declarations; }
    int declarationsTab() const { return m_declarationsTab; }

Q_SIGNALS:
    void declarationsRequested(const clearsight::DeclarationFilter &filter,
                               const QString &description);

private:
    QWidget *createMixTab(MixDimension dimension);
    QWidget *createDeclarationsTab();
    void openMixRow(MixDimension dimension, const QModelIndex &index);
    void updateDeclarations();
    DeclarationFilter traderFilter() const;

    QString m_workspace;
    QString m_traderId, m_from, m_to;
    std::array<TraderMixModel *, mixDimensionCount> m_mixModels{};
    TraderUnitValueModel *m_unitValues = nullptr;
    FlagsModel *m_flags = nullptr;
    QTableView *m_flagsTable = nullptr;
    DeclarationTableModel *m_declarations = nullptr;
    QTableView *m_declarationsTable = nullptr;
    QLineEdit *m_declarationSearch = nullptr;
    QLabel *m_declarationCount = nullptr;
    QLabel *m_sampleNote = nullptr;
    int m_flagsTab = -1;
    int m_declarationsTab = -1;
    bool m_declarationsShown = false;
};

} // namespace clearsight::ui
