#include "analysisdata.h"

#include "ingest/valueparsing.h"

namespace clearsight
{

void AnalysisData::reserve(size_t rows)
{
    rowId.reserve(rows);
    for (auto *v : {&day, &hs6, &origin, &office, &unit, &trader, &partner})
        v->reserve(rows);
    for (auto *v : {&isImport, &relatedParty, &illicit})
        v->reserve(rows);
    mode.reserve(rows);
    for (auto *v : {&incoterm, &inspected})
        v->reserve(rows);
    for (auto *v : {&quantity, &grossKg, &netKg})
        v->reserve(rows);
    for (auto *v : {&invoiceNational, &customsValue, &fobValue, &freight, &insurance, &dutyPaid,
                    &revenueRecovered})
        v->reserve(rows);
}

qint32 quarterIndex(qint32 day)
{
    char iso[10];
    formatIsoDate(day, iso);
    const int year =
        (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
    const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
    return year * 4 + (month - 1) / 3;
}

QString quarterLabel(qint32 day)
{
    const qint32 q = quarterIndex(day);
    return QStringLiteral("%1-Q%2").arg(q / 4).arg(q % 4 + 1);
}

} // namespace clearsight
