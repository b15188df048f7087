#include "dashboardtestsupport.h"

#include "analysis/analysisrunner.h"
#include "demo/demoworkspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

namespace clearsight::uitest
{

QString createDashboardWorkspace(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("dashboard.clearsight"));
    const Result<WorkspaceInfo> built = buildDemoWorkspace(path, rows);
    EXPECT_TRUE(built.ok()) << (built ? "" : qPrintable(built.error().message));
    const Result<AnalysisSummary> analysed = runAnalyses(path);
    EXPECT_TRUE(analysed.ok()) << (analysed ? "" : qPrintable(analysed.error().message));
    return path;
}

ReferenceWhere &ReferenceWhere::add(const QString &condition, const QVariant &value)
{
    conditions << condition;
    values << value;
    return *this;
}

QString laneExpression()
{
    return QStringLiteral("origin_country || '>' || office || '>' || transport_mode");
}

std::vector<ReferenceGroup> referenceGroups(const QString &path, const QString &groupBy,
                                            const ReferenceWhere &where, int limit)
{
    std::vector<ReferenceGroup> groups;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        EXPECT_TRUE(db.open()) << qPrintable(db.lastError().text());
        // Deliberately plain: no summary table, every figure from the items themselves.
        QString sql = QStringLiteral(
                          "SELECT %1 AS g, COUNT(*), COUNT(DISTINCT declaration_id), "
                          "TOTAL(cif_value), TOTAL(duty_paid), "
                          "SUM(CASE WHEN inspected = 1 THEN 1 ELSE 0 END), "
                          "SUM(CASE WHEN inspected = 1 AND outcome = 'ILLICIT' THEN 1 ELSE 0 END), "
                          "TOTAL(revenue_recovered), "
                          "SUM(CASE WHEN id IN (SELECT declaration_row FROM flags) THEN 1 ELSE 0 "
                          "END) FROM declarations")
                          .arg(groupBy);
        if (!where.conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.conditions.join(QStringLiteral(" AND "));
        sql += QStringLiteral(" GROUP BY g ORDER BY 4 DESC, g");
        if (limit > 0)
            sql += QStringLiteral(" LIMIT %1").arg(limit);
        QSqlQuery query(db);
        EXPECT_TRUE(query.prepare(sql)) << qPrintable(query.lastError().text());
        for (const QVariant &value : where.values)
            query.addBindValue(value);
        EXPECT_TRUE(query.exec()) << qPrintable(query.lastError().text());
        while (query.next()) {
            ReferenceGroup group;
            group.key = query.value(0).toString();
            group.items = query.value(1).toLongLong();
            group.declarations = query.value(2).toLongLong();
            group.customsValue = query.value(3).toDouble();
            group.dutyPaid = query.value(4).toDouble();
            group.inspected = query.value(5).toLongLong();
            group.illicit = query.value(6).toLongLong();
            group.revenueRecovered = query.value(7).toDouble();
            group.flagged = query.value(8).toLongLong();
            groups.push_back(group);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return groups;
}

} // namespace clearsight::uitest
