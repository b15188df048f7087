#pragma once

#include "domain/incoterms.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace clearsight {

// Transport mode at the border, as the analyses need it.
enum class Mode : quint8 { Unknown, Sea, Rail, Road, Air, Post, Fixed, InlandWater, Other };

// The declaration items an analysis pass works on, column by column (one vector per field,
// one entry per stored row), with text fields interned as small integers. Loaded once per
// pass by AnalysisDataRepository; read-only afterwards.
struct AnalysisData {
    // Per row.
    std::vector<qint64> rowId;
    std::vector<qint32> day;         // days since 1970-01-01
    std::vector<quint8> isImport;    // 1 IM, 0 EX (rows of unknown flow are not loaded)
    std::vector<qint32> hs6;         // first six digits as a number, -1 unknown
    std::vector<qint32> origin;      // country index, -1 unknown
    std::vector<qint32> office;      // office index, -1 unknown
    std::vector<Mode> mode;
    std::vector<qint8> incoterm;     // Incoterm value, -1 unknown
    std::vector<qint32> unit;        // quantity unit index, -1 unknown
    std::vector<qint32> trader;      // trader index, -1 unknown
    std::vector<qint32> partner;     // partner (name + country) index, -1 unknown
    std::vector<float> quantity;     // NaN when unknown or unusable
    std::vector<float> grossKg;      // NaN when unknown or unusable
    std::vector<float> netKg;
    std::vector<double> invoiceNational; // invoice_value * exchange_rate, NaN if unknown
    std::vector<double> customsValue;    // cif_value, NaN when unknown or unusable
    std::vector<double> fobValue;
    std::vector<double> freight;
    std::vector<double> insurance;
    std::vector<double> dutyPaid;
    std::vector<quint8> relatedParty; // 1 Y, 0 N or unknown
    std::vector<qint8> inspected;     // 1, 0, -1 unknown
    std::vector<quint8> illicit;      // 1 when the outcome is ILLICIT
    std::vector<double> revenueRecovered;

    // Dictionaries of the interned text.
    std::vector<QString> countries;
    std::vector<QString> offices;
    std::vector<QString> units;
    std::vector<QString> traders;
    std::vector<QString> traderNames;
    std::vector<QString> partners; // "name (country)"
    std::vector<qint64> declarationsPerTrader; // distinct declaration references per trader

    qint64 skippedUnusable = 0; // rows whose values a finding marks as unusable

    size_t size() const { return rowId.size(); }
    // Room for `rows` rows in every per-row vector.
    void reserve(size_t rows);
};

// "2025-Q1" from days since 1970-01-01.
QString quarterLabel(qint32 day);
// Quarter number since year 0 (year * 4 + quarter - 1), for grouping.
qint32 quarterIndex(qint32 day);

} // namespace clearsight
