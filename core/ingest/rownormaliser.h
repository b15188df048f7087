#pragma once

#include "domain/canonicalschema.h"
#include "domain/findingkind.h"
#include "store/declarationwriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <string>
#include <vector>

namespace clearsight
{

// A finding met while normalising one row, before the row has an id.
struct PendingFinding {
    FindingKind kind;
    CanonicalColumn column;
    QByteArray detail; // the source text or the figures that triggered it
};

// Why a record cannot become a declaration item.
struct RowRejection {
    CanonicalColumn column;
    QString reason;
};

// Turns the canonical fields of one source record into stored values, checking them as
// DOMAIN.md says: a missing or unreadable declaration reference or date rejects the record;
// anything else is stored, with findings attached. Reuses its buffers from row to row;
// views in the produced DeclarationRow stay valid until the next normalise().
class RowNormaliser
{
public:
    RowNormaliser();

    // `fields[c]` is the source text for canonical column c (null view when not mapped).
    // Returns false and fills `rejection` when the record is rejected.
    bool normalise(const std::array<QByteArrayView, canonicalColumnCount> &fields,
                   DeclarationRow &row, std::vector<PendingFinding> &findings,
                   RowRejection &rejection);

    // Acceptance dates after this day (days since 1970-01-01) are out of range.
    void setLatestPlausibleDay(int day) { m_latestDay = day; }

private:
    void text(CanonicalColumn c, QByteArrayView raw, DeclarationRow &row);
    void upperCode(CanonicalColumn c, QByteArrayView raw, DeclarationRow &row);
    void country(CanonicalColumn c, QByteArrayView raw, DeclarationRow &row,
                 std::vector<PendingFinding> &findings);
    std::optional<double> number(CanonicalColumn c, QByteArrayView raw, DeclarationRow &row,
                                 std::vector<PendingFinding> &findings);
    void addFinding(std::vector<PendingFinding> &findings, DeclarationRow &row, FindingKind kind,
                    CanonicalColumn column, QByteArrayView detail);

    std::array<std::string, canonicalColumnCount> m_scratch;
    char m_isoDate[10];
    int m_earliestDay;
    int m_latestDay;
};

// The canonical word for a transport mode: SEA, RAIL, ROAD, AIR, POST, FIXED, INLAND_WATER,
// OTHER, from those words or the UN/ECE Recommendation 19 digit codes 1-9; empty if unknown.
QByteArrayView canonicalTransportMode(QByteArrayView text);

} // namespace clearsight
