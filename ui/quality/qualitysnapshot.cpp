#include "qualitysnapshot.h"

#include "store/connection.h"

namespace clearsight::ui
{

Result<QualitySnapshot> readQualitySnapshot(const QString &path, qint64 batchId)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    QualitySnapshot snapshot;
    Result<std::vector<ImportBatch>> batches = BatchRepository(connection.value()).all();
    if (!batches)
        return batches.error();
    snapshot.batches = std::move(batches.value());
    Result<QualityReport> report = QualityRepository(connection.value()).report(batchId);
    if (!report)
        return report.error();
    snapshot.report = std::move(report.value());
    return snapshot;
}

} // namespace clearsight::ui
