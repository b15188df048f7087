#include "importer.h"

#include "csvreader.h"
#include "entitytallies.h"
#include "filehash.h"
#include "profileresolver.h"
#include "recordmapper.h"
#include "rowbatch.h"
#include "rownormaliser.h"
#include "sourcefile.h"
#include "store/batchrepository.h"
#include "store/connection.h"
#include "store/declarationindexes.h"
#include "store/declarationwriter.h"
#include "store/profilerepository.h"
#include "store/referencerepository.h"
#include "store/settingsrepository.h"
#include "store/statsrepository.h"
#include "store/summaryrepository.h"
#include "storewriterthread.h"
#include "summaryfeed.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <future>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace clearsight
{

namespace
{

// A repeated header line: every field equals the header's name (case and spaces ignored).
bool isHeaderRepeat(const std::vector<QByteArrayView> &fields, const QList<QByteArray> &header)
{
    if (fields.size() != size_t(header.size()) || fields.empty() ||
        trimmedField(fields[0]).size() != header.first().size())
        return false;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (trimmedField(fields[i]).compare(header.at(qsizetype(i)), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

class ImportRun
{
public:
    ImportRun(const QString &workspacePath, const QString &filePath, const ImportOptions &options,
              const ProgressCallback &progress)
        : m_workspacePath(workspacePath), m_filePath(filePath), m_options(options),
          m_progress(progress)
    {
    }

    Result<ImportSummary> run();

private:
    Status loadRecords(SourceFile &source, RecordMapper &mapper, StoreWriterThread &store,
                       const Connection &connection);
    void reject(RowBatch &batch, qint64 line, int records, QByteArrayView column,
                QByteArrayView raw, const QString &reason);
    Status adoptCurrency(const Connection &connection, const ImportProfile &profile,
                         bool workspaceWasEmpty);
    Error cancelled() const
    {
        return makeError(
            Error::Code::Cancelled,
            QCoreApplication::translate("Import", "Import of %1 cancelled; nothing was stored.")
                .arg(m_fileName));
    }

    QString m_workspacePath;
    QString m_filePath;
    QString m_fileName;
    ImportOptions m_options;
    ProgressCallback m_progress;
    ImportBatch m_batch;
    EntityTallies m_tallies;
    std::unique_ptr<SummaryCells> m_summaryCells = std::make_unique<SummaryCells>();
    qint64 m_fileSize = 0;
    QString m_firstRejection;
    QStringList m_warnings;
    std::vector<std::pair<QString, double>> m_phases;
};

void ImportRun::reject(RowBatch &batch, qint64 line, int records, QByteArrayView column,
                       QByteArrayView raw, const QString &reason)
{
    m_batch.rejected += records;
    if (m_firstRejection.isEmpty())
        m_firstRejection = reason;
    batch.addReject(line, column, raw, reason);
}

Status ImportRun::loadRecords(SourceFile &source, RecordMapper &mapper, StoreWriterThread &store,
                              const Connection &connection)
{
    constexpr size_t kRowsPerBatch = 4096;
    RowNormaliser normaliser;
    DeclarationRow row;
    row.batchId = m_batch.id;
    std::vector<PendingFinding> findings;
    RowRejection rejection;
    CsvRecord record;
    const int headerSize = source.header().size();
    QList<QByteArray> headerBytes;
    for (const QString &name : source.normalisedHeader())
        headerBytes << name.toUtf8();
    const QStringList &header = source.header();
    RowBatch *batch = store.emptyBatch();

    const RecordMapper::Sink storeItem = [&](const MappedItem &item) {
        if (!batch)
            return;
        if (!normaliser.normalise(item.fields, row, findings, rejection)) {
            const int sourceColumn = mapper.sourceColumnOf(rejection.column);
            const QString where = sourceColumn >= 0
                                      ? QCoreApplication::translate("Import", "column %1 (%2)")
                                            .arg(sourceColumn + 1)
                                            .arg(header.value(sourceColumn))
                                      : QString(columnName(rejection.column));
            reject(*batch, item.line, item.records, columnInfo(rejection.column).name, item.raw,
                   QCoreApplication::translate("Import", "%1, line %2, %3: %4")
                       .arg(m_fileName)
                       .arg(item.line)
                       .arg(where, rejection.reason));
            return;
        }
        row.extraJson = item.extraJson;
        row.sourceLine = item.line;
        batch->addRow(row, findings);
        m_batch.stored += item.records;
        ++m_batch.items;
        m_batch.findings += qint64(findings.size());
        m_tallies.add(row, row.values[size_t(CanonicalColumn::Date)].text.data());
        // Full cells are merged by the writer's thread, inside the import's transaction.
        addToSummaries(m_summaryCells, row, [&](std::shared_ptr<const SummaryCells> full) {
            store.submitTask(
                [&connection, full] { return SummaryRepository(connection).addCells(*full); });
        });
    };

    // A record broken by an unterminated quote is held back: the short lines after it (the
    // rest of a multi-line text cut off in the file) belong to it, not to new records.
    struct Broken {
        qint64 line = 0;
        QByteArray raw;
        QString error;
    };
    std::optional<Broken> broken;
    const auto flushBroken = [&] {
        if (!broken || !batch)
            return;
        ++m_batch.read;
        reject(*batch, broken->line, 1, {}, broken->raw,
               QCoreApplication::translate("Import", "%1, line %2: %3")
                   .arg(m_fileName)
                   .arg(broken->line)
                   .arg(broken->error));
        broken.reset();
    };

    CsvReader &reader = source.reader();
    while (batch && reader.next(record)) {
        if (record.broken) {
            flushBroken();
            broken = Broken{record.line, record.raw.toByteArray(), record.error};
            continue;
        }
        if (broken && !record.isBlank() && int(record.fields.size()) < headerSize) {
            broken->raw += '\n';
            broken->raw += record.raw;
            continue;
        }
        flushBroken();
        if (record.isBlank() || isHeaderRepeat(record.fields, headerBytes))
            continue;
        ++m_batch.read;
        if (int(record.fields.size()) > headerSize) {
            reject(*batch, record.line, 1, {}, record.raw,
                   QCoreApplication::translate(
                       "Import", "%1, line %2, column %3: the record has %4 fields but the "
                                 "header has %5 (a separator inside an unquoted value?)")
                       .arg(m_fileName)
                       .arg(record.line)
                       .arg(headerSize + 1)
                       .arg(record.fields.size())
                       .arg(headerSize));
            continue;
        }
        mapper.add(record, storeItem);
        if (batch->rowCount() >= kRowsPerBatch) {
            store.submit(batch);
            batch = store.emptyBatch();
            if (!reportProgress(m_progress, source.position(), m_fileSize))
                return cancelled();
        }
    }
    flushBroken();
    mapper.finish(storeItem);
    if (batch)
        store.submit(batch);
    if (!reader.ioError().isEmpty()) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Import", "%1: read error after line %2: %3")
                             .arg(m_fileName)
                             .arg(record.line)
                             .arg(reader.ioError()));
    }
    return Done{};
}

// A profile knows the currency of its money columns (KRW for the KCS data): an empty workspace
// takes it on; a workspace in another currency keeps its own and the user is told.
Status ImportRun::adoptCurrency(const Connection &connection, const ImportProfile &profile,
                                bool workspaceWasEmpty)
{
    if (profile.nationalCurrency.isEmpty())
        return Done{};
    SettingsRepository settings(connection);
    const Result<WorkspaceSettings> current = settings.workspaceSettings();
    if (!current)
        return current.error();
    if (current->nationalCurrency == profile.nationalCurrency)
        return Done{};
    if (workspaceWasEmpty) {
        WorkspaceSettings updated = current.value();
        updated.nationalCurrency = profile.nationalCurrency;
        m_warnings << QCoreApplication::translate("Import",
                                                  "The workspace's national currency "
                                                  "is now %1, the currency of this file's "
                                                  "values.")
                          .arg(profile.nationalCurrency);
        return settings.setWorkspaceSettings(updated);
    }
    m_warnings << QCoreApplication::translate("Import", "This file's values are in %1 but the "
                                                        "workspace's national currency is %2; "
                                                        "they were stored as they are.")
                      .arg(profile.nationalCurrency, current->nationalCurrency);
    return Done{};
}

Result<ImportSummary> ImportRun::run()
{
    QElapsedTimer timer;
    timer.start();
    qint64 lastLap = 0;
    auto lap = [&](const QString &phase) {
        const qint64 now = timer.nsecsElapsed();
        m_phases.emplace_back(phase, double(now - lastLap) / 1e9);
        lastLap = now;
    };
    SourceOverrides overrides;
    if (m_options.separator)
        overrides.separator = m_options.separator;
    if (!m_options.encoding.isEmpty()) {
        overrides.encoding = encodingByName(m_options.encoding);
        if (!overrides.encoding) {
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("Import",
                                                         "Unknown encoding \"%1\"; use utf-8, "
                                                         "utf-16, latin1 or windows-1252.")
                                 .arg(m_options.encoding));
        }
    }
    Result<std::unique_ptr<SourceFile>> opened = SourceFile::open(m_filePath, overrides);
    if (!opened)
        return opened.error();
    SourceFile &source = *opened.value();
    m_fileName = source.fileName();
    m_fileSize = source.size();

    Result<Connection> openedConnection = Connection::open(m_workspacePath);
    if (!openedConnection)
        return openedConnection.error();
    const Connection &connection = openedConnection.value();
    StatsRepository stats(connection);
    BatchRepository batches(connection);

    std::vector<ImportProfile> saved;
    const auto savedJson = ProfileRepository(connection).all();
    if (!savedJson)
        return savedJson.error();
    for (const QJsonObject &json : savedJson.value()) {
        if (Result<ImportProfile> p = ImportProfile::fromJson(json))
            saved.push_back(p.value());
    }
    Result<ImportProfile> profile = resolveProfile(source, m_options.profile, saved);
    if (!profile)
        return profile.error();
    Result<std::unique_ptr<RecordMapper>> mapper =
        RecordMapper::create(profile.value(), source.normalisedHeader(), m_fileName);
    if (!mapper)
        return mapper.error();

    // A repeated file has the same size: only then is its hash needed before the load.
    // Otherwise it is computed on the other core while the load runs.
    std::future<Result<QString>> hashJob = std::async(std::launch::async, sha256OfFile, m_filePath);
    const Result<bool> sameSize = stats.hasBatchWithFileSize(m_fileSize);
    if (!sameSize)
        return sameSize.error();
    if (sameSize.value() && !m_options.force) {
        const Result<QString> hash = hashJob.get();
        if (!hash)
            return hash.error();
        const auto earlier = batches.bySha256(hash.value());
        if (!earlier)
            return earlier.error();
        if (earlier.value()) {
            return makeError(Error::Code::AlreadyImported,
                             QCoreApplication::translate(
                                 "Import", "%1 was already imported (batch %2, %3, same content); "
                                           "use --force to import it again.")
                                 .arg(m_fileName)
                                 .arg(earlier.value()->id)
                                 .arg(earlier.value()->startedAt));
        }
        m_batch.sha256 = hash.value();
    }

    // A bulk load writes every page once in rollback-journal mode, twice in WAL mode (log, then
    // checkpoint). When no one else has the workspace open, load in journal mode and return to
    // WAL after the commit; otherwise load in WAL, which is just as atomic.
    BulkLoadMode bulkMode(connection);
    ImportTransaction transaction(connection);
    if (Status s = transaction.begin(); !s)
        return s.error();
    const Result<bool> hadRows = stats.hasDeclarations();
    if (!hadRows)
        return hadRows.error();
    if (!hadRows.value()) {
        if (Status s = dropDeclarationIndexes(connection); !s)
            return s.error();
    }
    if (Status s = adoptCurrency(connection, profile.value(), !hadRows.value()); !s)
        return s.error();
    m_batch.fileName = m_fileName;
    m_batch.filePath = QFileInfo(m_filePath).absoluteFilePath();
    m_batch.fileSize = m_fileSize;
    m_batch.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_batch.profile = profile->name;
    m_batch.mapping = mapper.value()->mappingJson();
    const Result<qint64> batchId = batches.create(m_batch);
    if (!batchId)
        return batchId.error();
    m_batch.id = batchId.value();

    const SummaryRepository summaries(connection);
    if (const Result<bool> paused = summaries.pauseIndex(); !paused)
        return paused.error();
    DeclarationWriter writer(connection);
    if (Status s = writer.prepare(); !s)
        return s.error();
    {
        StoreWriterThread store(writer, m_batch.id);
        const Status loaded = loadRecords(source, *mapper.value(), store, connection);
        const Status stored = store.finish();
        if (!loaded)
            return loaded.error();
        if (!stored)
            return stored.error();
        m_batch.firstRowId = store.firstRowId();
        m_batch.lastRowId = store.lastRowId();
    }
    lap(QStringLiteral("read and store"));
    Q_ASSERT(m_batch.read == m_batch.stored + m_batch.rejected);
    if (m_batch.items == 0) {
        return makeError(
            Error::Code::BadInput,
            m_batch.read == 0
                ? QCoreApplication::translate(
                      "Import", "%1 has a header but no records; nothing was imported.")
                      .arg(m_fileName)
                : QCoreApplication::translate(
                      "Import", "%1: none of its %2 records could be stored, so nothing was "
                                "imported. The first: %3")
                      .arg(m_fileName)
                      .arg(m_batch.read)
                      .arg(m_firstRejection));
    }

    // The last cells first, and freed: the index sort below is the import's memory peak.
    if (Status s = summaries.addCells(*m_summaryCells); !s)
        return s.error();
    m_summaryCells.reset();
    if (Status s = summaries.restoreIndex(); !s)
        return s.error();
    lap(QStringLiteral("summaries"));
    if (Status s = createDeclarationIndexes(connection); !s)
        return s.error();
    lap(QStringLiteral("indexes"));
    const Result<qint64> duplicates =
        markDuplicateItems(connection, m_batch.id, m_batch.firstRowId, m_batch.lastRowId);
    if (!duplicates)
        return duplicates.error();
    m_batch.findings += duplicates.value();
    lap(QStringLiteral("duplicates"));
    if (Status s = ReferenceRepository(connection).merge(m_tallies.tallies()); !s)
        return s.error();
    lap(QStringLiteral("references"));

    if (m_batch.sha256.isEmpty()) {
        const Result<QString> hash = hashJob.get();
        if (!hash)
            return hash.error();
        m_batch.sha256 = hash.value();
    }
    m_batch.finishedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (Status s = batches.finish(m_batch); !s)
        return s.error();
    if (!reportProgress(m_progress, m_fileSize, m_fileSize))
        return cancelled();
    if (Status s = transaction.commit(); !s)
        return s.error();
    lap(QStringLiteral("commit"));

    ImportSummary summary;
    summary.batchId = m_batch.id;
    summary.fileName = m_fileName;
    summary.sha256 = m_batch.sha256;
    summary.profile = profile->name;
    summary.encoding = encodingName(source.encoding());
    summary.separator = source.separator();
    summary.warnings = m_warnings;
    summary.read = m_batch.read;
    summary.stored = m_batch.stored;
    summary.rejected = m_batch.rejected;
    summary.items = m_batch.items;
    summary.findings = m_batch.findings;
    summary.duplicates = duplicates.value();
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    summary.phases = m_phases;
    return summary;
}

} // namespace

Result<ImportSummary> importFile(const QString &workspacePath, const QString &filePath,
                                 const ImportOptions &options, const ProgressCallback &progress)
{
    return ImportRun(workspacePath, filePath, options, progress).run();
}

} // namespace clearsight
