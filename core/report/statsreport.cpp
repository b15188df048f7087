#include "statsreport.h"

#include "store/connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace clearsight
{

Result<WorkspaceReport> readWorkspaceReport(const QString &path, StatsRepository::Depth depth)
{
    const Result<WorkspaceInfo> info = workspace::open(path);
    if (!info)
        return info.error();
    Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    WorkspaceReport report;
    report.workspace = info.value();
    const Result<StoreStatistics> statistics = StatsRepository(connection.value()).statistics(depth);
    if (!statistics)
        return statistics.error();
    report.statistics = statistics.value();
    const auto batches = BatchRepository(connection.value()).all();
    if (!batches)
        return batches.error();
    report.batches = batches.value();
    return report;
}

QJsonObject workspaceReportJson(const WorkspaceReport &report)
{
    const StoreStatistics &s = report.statistics;
    QJsonObject root;
    root.insert(QStringLiteral("workspace"), report.workspace.path);
    root.insert(QStringLiteral("schema_version"), report.workspace.schemaVersion);
    root.insert(QStringLiteral("national_currency"), report.workspace.settings.nationalCurrency);
    root.insert(QStringLiteral("valuation_basis"),
                valuationBasisKey(report.workspace.settings.valuationBasis));
    root.insert(QStringLiteral("declarations"), s.items);
    root.insert(QStringLiteral("distinct_declarations"), s.declarations);
    root.insert(QStringLiteral("traders"), s.traders);
    root.insert(QStringLiteral("declarants"), s.declarants);
    root.insert(QStringLiteral("partners"), s.partners);
    root.insert(QStringLiteral("rejected"), s.rejected);
    root.insert(QStringLiteral("rows_with_findings"), s.rowsWithFindings);
    root.insert(QStringLiteral("date_from"),
                s.firstDate.isEmpty() ? QJsonValue() : QJsonValue(s.firstDate));
    root.insert(QStringLiteral("date_to"),
                s.lastDate.isEmpty() ? QJsonValue() : QJsonValue(s.lastDate));
    QJsonObject totals;
    totals.insert(QStringLiteral("customs_value"), s.customsValue);
    totals.insert(QStringLiteral("invoice_value_national"), s.invoiceValueNational);
    totals.insert(QStringLiteral("duty_paid"), s.dutyPaid);
    totals.insert(QStringLiteral("revenue_recovered"), s.revenueRecovered);
    totals.insert(QStringLiteral("inspected"), s.inspected);
    totals.insert(QStringLiteral("illicit"), s.illicit);
    root.insert(QStringLiteral("totals"), totals);
    QJsonObject flows;
    for (const auto &[flow, count] : s.itemsByFlow)
        flows.insert(flow.isEmpty() ? QStringLiteral("unknown") : flow, count);
    root.insert(QStringLiteral("by_flow"), flows);
    QJsonObject findings;
    for (const auto &[kind, count] : s.findingsByKind)
        findings.insert(kind, count);
    root.insert(QStringLiteral("findings"), findings);
    QJsonArray batches;
    for (const ImportBatch &b : report.batches) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), b.id);
        o.insert(QStringLiteral("file"), b.fileName);
        o.insert(QStringLiteral("path"), b.filePath);
        o.insert(QStringLiteral("sha256"), b.sha256);
        o.insert(QStringLiteral("profile"), b.profile);
        o.insert(QStringLiteral("started_at"), b.startedAt);
        o.insert(QStringLiteral("finished_at"), b.finishedAt);
        o.insert(QStringLiteral("read"), b.read);
        o.insert(QStringLiteral("stored"), b.stored);
        o.insert(QStringLiteral("rejected"), b.rejected);
        o.insert(QStringLiteral("items"), b.items);
        o.insert(QStringLiteral("findings"), b.findings);
        batches.append(o);
    }
    root.insert(QStringLiteral("batches"), batches);
    return root;
}

QString workspaceReportText(const WorkspaceReport &report)
{
    const StoreStatistics &s = report.statistics;
    const QLocale c = QLocale::c();
    auto money = [&c](double v) { return c.toString(v, 'f', 2); };
    QString out;
    QTextStream stream(&out);
    stream << QCoreApplication::translate("StatsReport", "Workspace") << ": "
           << report.workspace.path << " (" << QCoreApplication::translate("StatsReport", "schema")
           << ' ' << report.workspace.schemaVersion << ", "
           << report.workspace.settings.nationalCurrency << ", "
           << valuationBasisKey(report.workspace.settings.valuationBasis) << ")\n";
    stream << QCoreApplication::translate("StatsReport", "Declaration items") << ": " << s.items
           << " (" << s.declarations << ' '
           << QCoreApplication::translate("StatsReport", "declarations") << ")\n";
    stream << QCoreApplication::translate("StatsReport", "Period") << ": "
           << (s.firstDate.isEmpty() ? QStringLiteral("-") : s.firstDate) << " .. "
           << (s.lastDate.isEmpty() ? QStringLiteral("-") : s.lastDate) << '\n';
    stream << QCoreApplication::translate("StatsReport", "Traders") << ": " << s.traders << ", "
           << QCoreApplication::translate("StatsReport", "declarants") << ": " << s.declarants
           << ", " << QCoreApplication::translate("StatsReport", "partners") << ": " << s.partners
           << '\n';
    stream << QCoreApplication::translate("StatsReport", "Customs value") << ": "
           << money(s.customsValue) << ' ' << report.workspace.settings.nationalCurrency << '\n';
    stream << QCoreApplication::translate("StatsReport", "Duties and taxes") << ": "
           << money(s.dutyPaid) << '\n';
    stream << QCoreApplication::translate("StatsReport", "Inspected") << ": " << s.inspected << ", "
           << QCoreApplication::translate("StatsReport", "illicit") << ": " << s.illicit << ", "
           << QCoreApplication::translate("StatsReport", "revenue recovered") << ": "
           << money(s.revenueRecovered) << '\n';
    stream << QCoreApplication::translate("StatsReport", "Rejected records") << ": " << s.rejected
           << ", " << QCoreApplication::translate("StatsReport", "rows with findings") << ": "
           << s.rowsWithFindings << '\n';
    for (const auto &[kind, count] : s.findingsByKind)
        stream << "  " << kind << ": " << count << '\n';
    stream << QCoreApplication::translate("StatsReport", "Import batches") << ":\n";
    for (const ImportBatch &b : report.batches) {
        stream << "  #" << b.id << ' ' << b.fileName << "  "
               << QCoreApplication::translate("StatsReport", "read") << ' ' << b.read << ", "
               << QCoreApplication::translate("StatsReport", "stored") << ' ' << b.stored << ", "
               << QCoreApplication::translate("StatsReport", "rejected") << ' ' << b.rejected
               << ", " << QCoreApplication::translate("StatsReport", "findings") << ' '
               << b.findings << "  (" << b.startedAt << ")\n";
    }
    return out;
}

} // namespace clearsight
