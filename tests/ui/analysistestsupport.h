#pragma once

#include <QString>

class QTemporaryDir;

namespace clearsight::uitest
{

// A workspace in `dir` for the analysis views: 48 ordinary import items of LED lamps (HS
// 940540) from CN in 2024-Q1, FOB by sea, unit values within ±6 % of 10 EUR and freight adding
// 5 % to the invoice, spread over six traders; and planted anomalies:
//  - analysisUndervalued: the same goods at a fifth of the unit value (undervalued);
//  - analysisNoFreight: FOB by sea adding no freight at all (missing freight);
//  - analysisDoubleFreight: CIF by sea with 8 % freight added (double freight);
//  - analysisAirCif: CIF by air (mode mismatch);
// the last two by a trader whose name starts with "=" (a formula to a spreadsheet).
// `analyse` runs the analyses after the import. Returns the workspace path; fails the current
// test on error.
QString createAnalysisWorkspace(const QTemporaryDir &dir, bool analyse = true);

inline constexpr int analysisOrdinaryItems = 48;
inline const char analysisUndervalued[] = "A24-9001";
inline const char analysisNoFreight[] = "A24-9002";
inline const char analysisDoubleFreight[] = "A24-9003";
inline const char analysisAirCif[] = "A24-9004";
inline const char analysisFormulaTrader[] = "TR900";
inline const char analysisFormulaName[] = "=1+2 Trading";

} // namespace clearsight::uitest
