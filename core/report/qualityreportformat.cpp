#include "qualityreportformat.h"

#include "domain/findingkind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace clearsight
{

namespace
{
double share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}
} // namespace

QJsonObject qualityReportJson(const QualityReport &report)
{
    QJsonObject root;
    root.insert(QStringLiteral("batch"),
                report.batchId > 0 ? QJsonValue(report.batchId) : QJsonValue());
    root.insert(QStringLiteral("rows"), report.rows);
    root.insert(QStringLiteral("rows_with_findings"), report.rowsWithFindings);
    root.insert(QStringLiteral("rejected"), report.rejected);
    QJsonArray columns;
    for (const ColumnQuality &c : report.columns) {
        QJsonObject o;
        o.insert(QStringLiteral("column"), QLatin1StringView(columnInfo(c.column).name));
        o.insert(QStringLiteral("filled"), c.filled);
        o.insert(QStringLiteral("completeness"), share(c.filled, report.rows));
        if (c.minimum) {
            o.insert(QStringLiteral("min"), *c.minimum);
            o.insert(QStringLiteral("max"), *c.maximum);
            o.insert(QStringLiteral("mean"), *c.mean);
        }
        columns.append(o);
    }
    root.insert(QStringLiteral("columns"), columns);
    QJsonArray findings;
    for (const FindingCount &f : report.findings) {
        findings.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                    {QStringLiteral("column"), f.column},
                                    {QStringLiteral("rows"), f.rows}});
    }
    root.insert(QStringLiteral("findings"), findings);
    QJsonArray rejects;
    for (const RejectCount &r : report.rejects) {
        rejects.append(QJsonObject{{QStringLiteral("column"), r.column},
                                   {QStringLiteral("records"), r.records},
                                   {QStringLiteral("example"), r.example}});
    }
    root.insert(QStringLiteral("rejects"), rejects);
    return root;
}

QString qualityReportText(const QualityReport &report)
{
    const QLocale c = QLocale::c();
    QString out;
    QTextStream s(&out);
    s << (report.batchId > 0
              ? QCoreApplication::translate("QualityReport", "Data quality of batch %1")
                    .arg(report.batchId)
              : QCoreApplication::translate("QualityReport", "Data quality of the whole store"))
      << '\n';
    s << QCoreApplication::translate("QualityReport",
                                     "Rows stored: %1, with findings: %2, records rejected: %3")
             .arg(report.rows)
             .arg(report.rowsWithFindings)
             .arg(report.rejected)
      << "\n\n";
    s << QCoreApplication::translate("QualityReport", "Completeness and ranges:") << '\n';
    for (const ColumnQuality &col : report.columns) {
        s << "  " << QString::fromLatin1(columnInfo(col.column).name).leftJustified(20) << ' '
          << c.toString(100.0 * share(col.filled, report.rows), 'f', 1).rightJustified(6) << " %";
        if (col.minimum) {
            s << "   " << c.toString(*col.minimum, 'g', 10) << " .. "
              << c.toString(*col.maximum, 'g', 10) << "  ("
              << QCoreApplication::translate("QualityReport", "mean") << ' '
              << c.toString(*col.mean, 'f', 2) << ')';
        }
        s << '\n';
    }
    s << '\n' << QCoreApplication::translate("QualityReport", "Findings:") << '\n';
    if (report.findings.empty())
        s << "  " << QCoreApplication::translate("QualityReport", "none") << '\n';
    for (const FindingCount &f : report.findings) {
        const auto kind = findingKindByKey(f.kind);
        s << "  " << f.kind << " (" << f.column << "): " << f.rows;
        if (kind)
            s << "  " << findingTitle(*kind);
        s << '\n';
    }
    s << '\n' << QCoreApplication::translate("QualityReport", "Rejected records:") << '\n';
    if (report.rejects.empty())
        s << "  " << QCoreApplication::translate("QualityReport", "none") << '\n';
    for (const RejectCount &r : report.rejects) {
        s << "  " << (r.column.isEmpty() ? QStringLiteral("(record)") : r.column) << ": "
          << r.records << "  " << QCoreApplication::translate("QualityReport", "e.g.") << ' '
          << r.example << '\n';
    }
    return out;
}

} // namespace clearsight
