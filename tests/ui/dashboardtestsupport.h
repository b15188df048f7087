#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

class QTemporaryDir;

namespace clearsight::uitest
{

// A demo workspace of `rows` items (the seeded generator: a year of declarations with
// channels, inspections and outcomes) with the analyses run, so that items carry flags.
// Returns its path; fails the current test on error.
QString createDashboardWorkspace(const QTemporaryDir &dir, int rows);

// Figures of one group computed in the test with plain SQL on the declarations table, as the
// reference the dashboard is checked against.
struct ReferenceGroup {
    QString key;
    qint64 items = 0;
    qint64 declarations = 0;
    double customsValue = 0;
    double dutyPaid = 0;
    qint64 inspected = 0;
    qint64 illicit = 0;
    double revenueRecovered = 0;
    qint64 flagged = 0;
};

// A condition on the declarations, e.g. "origin_country = ?" with its values.
struct ReferenceWhere {
    QStringList conditions;
    QVariantList values;

    ReferenceWhere &add(const QString &condition, const QVariant &value);
};

// Groups the declarations of the workspace at `path` by the SQL expression `groupBy` (e.g.
// "origin_country"; "'total'" for one group) under `where`, largest customs value first,
// keeping the first `limit` groups (0: all).
std::vector<ReferenceGroup> referenceGroups(const QString &path, const QString &groupBy,
                                            const ReferenceWhere &where = {}, int limit = 0);

// The SQL group expression of a lane: "CN>FRLEH>SEA".
QString laneExpression();

} // namespace clearsight::uitest
