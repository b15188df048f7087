#pragma once

#include "common/result.h"
#include "domain/flagkind.h"

#include <QString>

#include <optional>
#include <vector>

namespace clearsight {

class Connection;

// The items of one valuation peer group, for the distribution chart of the valuation view.
struct PeerGroupKey {
    bool imports = true;
    QString hs6;      // six digits
    QString origin;   // alpha-2; empty: every origin
    int year = 0;     // with quarter; 0: every period
    int quarter = 0;  // 1-4
};

struct PeerGroupItem {
    qint64 rowId = 0;
    QString declarationId;
    qint64 itemNo = 0;
    QString traderId;
    QString date;
    double unitValue = 0; // customs value per quantity unit
    QString unit;
    std::optional<FlagKind> flag; // undervalued / overvalued / related_party_value, if flagged
};

struct PeerGroupItems {
    PeerGroupKey key;
    std::vector<PeerGroupItem> items; // by unit value
};

// The Incoterm x mode matrix of the incoterms view.
struct IncotermModeCell {
    QString incoterm;
    QString mode;
    qint64 items = 0;
    qint64 flaggedItems = 0; // items with an Incoterm flag
};

// Freight and insurance added over the invoice, per Incoterm: the quantiles the chart draws.
struct FreightShareStats {
    QString incoterm;
    qint64 items = 0;
    double p10 = 0, p25 = 0, median = 0, p75 = 0, p90 = 0; // percent of the invoice
    qint64 none = 0; // items that add nothing
};

// A trader's (or supplier's) Incoterm usage against its industry (HS chapter x origin).
struct IncotermUsage {
    QString incoterm;
    qint64 items = 0;
    double share = 0;         // of the trader's items
    double industryShare = 0; // of the same chapters and origins, other traders
};

struct AnalysisViewFilter {
    QString dateFrom, dateTo; // ISO, inclusive
    QString office;
    QString hsChapter;        // two digits
    QString origin;
    QString traderId;
};

// Read-only queries behind the valuation, Incoterm and trader views. Run them off the UI
// thread, one connection per thread.
class AnalysisViewRepository
{
public:
    explicit AnalysisViewRepository(const Connection &connection) : m_connection(connection) {}

    Result<PeerGroupItems> peerGroup(const PeerGroupKey &key) const;
    // The peer group of a stored declaration item (its HS6, origin and quarter).
    Result<PeerGroupKey> peerGroupOf(qint64 rowId) const;
    Result<std::vector<IncotermModeCell>> incotermModeMatrix(const AnalysisViewFilter &filter) const;
    Result<std::vector<FreightShareStats>> freightShares(const AnalysisViewFilter &filter) const;
    Result<std::vector<IncotermUsage>> incotermUsage(const QString &traderId) const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
