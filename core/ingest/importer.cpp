#include "importer.h"

#include "csvreader.h"
#include "filehash.h"
#include "headermapping.h"
#include "rownormaliser.h"
#include "rowbatch.h"
#include "storewriterthread.h"
#include "valueparsing.h"
#include "store/batchrepository.h"
#include "store/connection.h"
#include "store/declarationindexes.h"
#include "store/declarationwriter.h"
#include "store/referencerepository.h"
#include "store/statsrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <future>
#include <map>
#include <unordered_map>
#include <string>

namespace clearsight {

namespace {


// Activity per entity seen in this file, merged into the reference tables at the end. Memory
// grows with distinct traders, not with rows.
class TallyCollector
{
public:
    void add(const DeclarationRow &row, const char *isoDate)
    {
        using C = CanonicalColumn;
        const auto text = [&row](C c) { return row.values[size_t(c)].text; };
        const std::string_view date(isoDate, 10);
        if (const QByteArrayView id = text(C::TraderId); !id.isEmpty()) {
            Tally &t = tally(m_traders, m_lastTrader, std::string_view(id.data(), size_t(id.size())));
            t.add(date);
            if (t.name.empty() && !text(C::TraderName).isEmpty())
                t.name.assign(text(C::TraderName).data(), size_t(text(C::TraderName).size()));
            if (t.address.empty() && !text(C::TraderAddress).isEmpty())
                t.address.assign(text(C::TraderAddress).data(),
                                 size_t(text(C::TraderAddress).size()));
        }
        if (const QByteArrayView id = text(C::DeclarantId); !id.isEmpty())
            tally(m_declarants, m_lastDeclarant, std::string_view(id.data(), size_t(id.size())))
                .add(date);
        if (const QByteArrayView name = text(C::PartnerName); !name.isEmpty()) {
            m_partnerKey.assign(name.data(), size_t(name.size()));
            m_partnerKey.push_back('\x1f');
            m_partnerKey.append(text(C::PartnerCountry).data(),
                                size_t(text(C::PartnerCountry).size()));
            tally(m_partners, m_lastPartner, m_partnerKey).add(date);
        }
    }

    ReferenceTallies tallies() const
    {
        ReferenceTallies out;
        for (const auto &[id, t] : m_traders)
            out.traders[QString::fromStdString(id)] = t.toEntity();
        for (const auto &[id, t] : m_declarants)
            out.declarants[QString::fromStdString(id)] = t.toEntity();
        for (const auto &[key, t] : m_partners) {
            const size_t split = key.find('\x1f');
            out.partners[{QString::fromStdString(key.substr(0, split)),
                          QString::fromStdString(key.substr(split + 1))}] = t.toEntity();
        }
        return out;
    }

private:
    struct Tally;
    struct KeyHash {
        using is_transparent = void;
        size_t operator()(std::string_view key) const { return std::hash<std::string_view>()(key); }
    };
    using TallyMap = std::unordered_map<std::string, Tally, KeyHash, std::equal_to<>>;
    // Finds without allocating; only a new entity allocates its key. Items of one declaration
    // follow each other, so the entity of the previous row is checked first.
    struct Cached {
        std::string_view key;
        Tally *tally = nullptr;
    };
    static Tally &tally(TallyMap &map, Cached &cache, std::string_view key)
    {
        if (cache.tally && cache.key == key)
            return *cache.tally;
        auto it = map.find(key);
        if (it == map.end())
            it = map.emplace(std::string(key), Tally{}).first;
        cache = {std::string_view(it->first), &it->second};
        return it->second;
    }

    struct Tally {
        std::string name;
        std::string address;
        qint64 items = 0;
        std::string first;
        std::string last;
        void add(std::string_view date)
        {
            ++items;
            if (first.empty() || date < std::string_view(first))
                first.assign(date);
            if (last.empty() || date > std::string_view(last))
                last.assign(date);
        }
        EntityTally toEntity() const
        {
            return {QString::fromStdString(name), QString::fromStdString(address), items,
                    QString::fromStdString(first), QString::fromStdString(last)};
        }
    };
    TallyMap m_traders;
    TallyMap m_declarants;
    TallyMap m_partners;
    std::string m_partnerKey;
    Cached m_lastTrader;
    Cached m_lastDeclarant;
    Cached m_lastPartner;
};

// Source columns with no canonical home, as a compact JSON object.
void buildExtraJson(const HeaderMapping &mapping, const std::vector<QByteArrayView> &fields,
                    std::string &out)
{
    out.clear();
    if (mapping.extraColumns.empty())
        return;
    out.push_back('{');
    bool first = true;
    for (int index : mapping.extraColumns) {
        const QByteArrayView value =
            index < int(fields.size()) ? fields[size_t(index)] : QByteArrayView();
        if (value.isEmpty())
            continue;
        if (!first)
            out.push_back(',');
        first = false;
        const QByteArray key = mapping.sourceHeader.at(index).toUtf8();
        for (QByteArrayView part : {QByteArrayView(key), value}) {
            out.push_back('"');
            for (char c : part) {
                if (c == '"' || c == '\\') {
                    out.push_back('\\');
                    out.push_back(c);
                } else if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                    out.append(escaped);
                } else {
                    out.push_back(c);
                }
            }
            out.push_back('"');
            if (part.data() == key.constData())
                out.push_back(':');
        }
    }
    out.push_back('}');
    if (first)
        out.clear();
}

// A repeated header line: every field equals the header's name (case and spaces ignored).
bool isHeaderRepeat(const std::vector<QByteArrayView> &fields, const QList<QByteArray> &header)
{
    if (fields.size() != size_t(header.size()) || fields.empty()
        || trimmedField(fields[0]).size() != header.first().size())
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
    Status loadRecords(CsvReader &reader, StoreWriterThread &store);
    void reject(RowBatch &batch, qint64 line, QByteArrayView column, QByteArrayView raw,
                const QString &reason);

    QString m_workspacePath;
    QString m_filePath;
    QString m_fileName;
    ImportOptions m_options;
    ProgressCallback m_progress;
    ImportBatch m_batch;
    HeaderMapping m_mapping;
    TallyCollector m_tallies;
    qint64 m_fileSize = 0;
    QString m_firstRejection;
    std::vector<std::pair<QString, double>> m_phases;
};

void ImportRun::reject(RowBatch &batch, qint64 line, QByteArrayView column, QByteArrayView raw,
                       const QString &reason)
{
    ++m_batch.rejected;
    if (m_firstRejection.isEmpty())
        m_firstRejection = reason;
    batch.addReject(line, column, raw, reason);
}

Status ImportRun::loadRecords(CsvReader &reader, StoreWriterThread &store)
{
    constexpr size_t kRowsPerBatch = 4096;
    RowNormaliser normaliser;
    DeclarationRow row;
    row.batchId = m_batch.id;
    std::vector<PendingFinding> findings;
    std::array<QByteArrayView, canonicalColumnCount> fields;
    std::string extra;
    RowRejection rejection;
    CsvRecord record;
    const int headerSize = m_mapping.sourceHeader.size();
    QList<QByteArray> headerBytes;
    for (const QString &name : m_mapping.sourceHeader)
        headerBytes << name.toUtf8();
    RowBatch *batch = store.emptyBatch();
    const auto cancelled = [this] {
        return makeError(Error::Code::Cancelled,
                         QCoreApplication::translate("Import", "Import of %1 cancelled; nothing was stored.").arg(m_fileName));
    };

    while (batch && reader.next(record)) {
        if (record.broken) {
            ++m_batch.read;
            reject(*batch, record.line, {}, record.raw,
                   QCoreApplication::translate("Import", "%1, line %2: %3").arg(m_fileName).arg(record.line).arg(record.error));
            continue;
        }
        if (record.isBlank() || isHeaderRepeat(record.fields, headerBytes))
            continue;
        ++m_batch.read;
        if (int(record.fields.size()) > headerSize) {
            reject(*batch, record.line, {}, record.raw,
                   QCoreApplication::translate("Import", "%1, line %2, column %3: the record has %4 fields but the header has %5 "
                      "(a separator inside an unquoted value?)")
                       .arg(m_fileName)
                       .arg(record.line)
                       .arg(headerSize + 1)
                       .arg(record.fields.size())
                       .arg(headerSize));
            continue;
        }
        for (size_t c = 0; c < fields.size(); ++c) {
            const int index = m_mapping.sourceIndex[c];
            fields[c] = index >= 0 && index < int(record.fields.size()) ? record.fields[size_t(index)]
                                                                         : QByteArrayView();
        }
        if (!normaliser.normalise(fields, row, findings, rejection)) {
            const int sourceColumn = m_mapping.sourceIndex[size_t(rejection.column)];
            reject(*batch, record.line, columnInfo(rejection.column).name, record.raw,
                   QCoreApplication::translate("Import", "%1, line %2, column %3 (%4): %5")
                       .arg(m_fileName)
                       .arg(record.line)
                       .arg(sourceColumn + 1)
                       .arg(columnName(rejection.column), rejection.reason));
            continue;
        }
        buildExtraJson(m_mapping, record.fields, extra);
        row.extraJson = QByteArrayView(extra.data(), qsizetype(extra.size()));
        row.sourceLine = record.line;
        batch->addRow(row, findings);
        ++m_batch.stored;
        ++m_batch.items;
        m_batch.findings += qint64(findings.size());
        m_tallies.add(row, row.values[size_t(CanonicalColumn::Date)].text.data());
        if (batch->rowCount() >= kRowsPerBatch) {
            store.submit(batch);
            batch = store.emptyBatch();
            if (!reportProgress(m_progress, reader.bytesConsumed(), m_fileSize))
                return cancelled();
        }
    }
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
    const QFileInfo info(m_filePath);
    m_fileName = info.fileName();
    QFile file(m_filePath);
    if (!info.exists())
        return makeError(Error::Code::FileNotFound, QCoreApplication::translate("Import", "%1: no such file.").arg(m_filePath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Import", "%1: cannot be read: %2").arg(m_filePath, file.errorString()));
    m_fileSize = file.size();

    Result<Connection> opened = Connection::open(m_workspacePath);
    if (!opened)
        return opened.error();
    const Connection &connection = opened.value();
    StatsRepository stats(connection);
    BatchRepository batches(connection);

    // A repeated file has the same size: only then is its hash needed before the load.
    // Otherwise it is computed on the other core while the load runs.
    std::future<Result<QString>> hashJob =
        std::async(std::launch::async, sha256OfFile, m_filePath);
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
                             QCoreApplication::translate("Import", "%1 was already imported (batch %2, %3, same content); use "
                                "--force to import it again.")
                                 .arg(m_fileName)
                                 .arg(earlier.value()->id)
                                 .arg(earlier.value()->startedAt));
        }
        m_batch.sha256 = hash.value();
    }

    // The header: the first non-blank record.
    char separator = m_options.separator;
    if (separator == 0) {
        const QByteArray head = file.peek(64 * 1024);
        const qsizetype newline = head.indexOf('\n');
        separator = detectSeparator(QByteArrayView(head).first(newline < 0 ? head.size() : newline));
    }
    CsvReader reader(&file, CsvDialect{separator, '"', 200, 4 * 1024 * 1024});
    CsvRecord header;
    bool haveHeader = false;
    while (reader.next(header)) {
        if (header.broken || !header.isBlank()) {
            haveHeader = !header.broken;
            break;
        }
    }
    if (!haveHeader) {
        return makeError(Error::Code::BadInput,
                         m_fileSize == 0 ? QCoreApplication::translate("Import", "%1 is empty: there is nothing to import.").arg(m_fileName)
                                         : QCoreApplication::translate("Import", "%1, line 1: no header line could be read.").arg(m_fileName));
    }
    if (header.raw.contains('\0')) {
        return makeError(Error::Code::BadInput,
                         QCoreApplication::translate("Import", "%1 is a binary file, not a declaration file (CSV text).").arg(m_fileName));
    }
    Result<HeaderMapping> mapping = mapCanonicalHeader(header.fields, m_fileName);
    if (!mapping)
        return mapping.error();
    m_mapping = std::move(mapping.value());

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
    m_batch.fileName = m_fileName;
    m_batch.filePath = info.absoluteFilePath();
    m_batch.fileSize = m_fileSize;
    m_batch.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_batch.profile = m_mapping.profile;
    m_batch.mapping = m_mapping.toJson();
    const Result<qint64> batchId = batches.create(m_batch);
    if (!batchId)
        return batchId.error();
    m_batch.id = batchId.value();

    DeclarationWriter writer(connection);
    if (Status s = writer.prepare(); !s)
        return s.error();
    {
        StoreWriterThread store(writer, m_batch.id);
        const Status loaded = loadRecords(reader, store);
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
    if (m_batch.stored == 0) {
        return makeError(Error::Code::BadInput,
                         m_batch.read == 0
                             ? QCoreApplication::translate("Import", "%1 has a header but no records; nothing was imported.")
                                   .arg(m_fileName)
                             : QCoreApplication::translate("Import", "%1: none of its %2 records could be stored, so nothing was "
                                  "imported. The first: %3")
                                   .arg(m_fileName)
                                   .arg(m_batch.read)
                                   .arg(m_firstRejection));
    }

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
        return makeError(Error::Code::Cancelled, QCoreApplication::translate("Import", "Import of %1 cancelled; nothing was stored.").arg(m_fileName));
    if (Status s = transaction.commit(); !s)
        return s.error();
    lap(QStringLiteral("commit"));

    ImportSummary summary;
    summary.batchId = m_batch.id;
    summary.fileName = m_fileName;
    summary.sha256 = m_batch.sha256;
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
