#include "flagevaluation.h"

#include "demo/demogenerator.h"
#include "domain/flagkind.h"
#include "ingest/csvreader.h"
#include "store/connection.h"
#include "store/flagrepository.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <map>
#include <set>

namespace clearsight {

namespace {

Result<std::vector<std::vector<QString>>> readTruth(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::FileNotFound,
                         QCoreApplication::translate("Analysis", "%1: cannot be read: %2")
                             .arg(path, file.errorString()));
    }
    CsvReader reader(&file, CsvDialect{});
    CsvRecord record;
    std::vector<std::vector<QString>> rows;
    bool header = true;
    while (reader.next(record)) {
        if (header || record.broken || record.isBlank()) {
            header = false;
            continue;
        }
        std::vector<QString> fields;
        for (QByteArrayView f : record.fields)
            fields.push_back(QString::fromUtf8(f));
        rows.push_back(std::move(fields));
    }
    return rows;
}

} // namespace

Result<FlagEvaluation> evaluateFlags(const QString &workspacePath, const QString &truthCsv)
{
    const auto truthRows = readTruth(demoTruthRowsPath(truthCsv));
    if (!truthRows)
        return truthRows.error();
    const auto truthTraders = readTruth(demoTruthTradersPath(truthCsv));
    if (!truthTraders)
        return truthTraders.error();
    Result<Connection> connection = Connection::open(workspacePath, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    FlagRepository repository(connection.value());
    const auto flags = repository.flags();
    if (!flags)
        return flags.error();
    const auto traders = repository.traderScores();
    if (!traders)
        return traders.error();

    // (declaration, item) -> planted kinds
    std::map<std::pair<QString, qint64>, std::set<QString>> planted;
    std::map<QString, qint64> plantedCount;
    for (const auto &row : truthRows.value()) {
        if (row.size() < 3 || !flagKindByKey(row[2]))
            continue;
        if (planted[{row[0], row[1].toLongLong()}].insert(row[2]).second)
            ++plantedCount[row[2]];
    }
    std::map<QString, KindEvaluation> byKind;
    for (const auto &[kind, count] : plantedCount) {
        byKind[kind].kind = kind;
        byKind[kind].planted = count;
    }
    std::set<std::tuple<QString, qint64, QString>> counted;
    for (const FlagRecord &f : flags.value()) {
        const QString kind = QString::fromLatin1(flagKey(f.kind));
        if (!plantedCount.count(kind))
            continue; // a kind the generator does not plant cannot be scored
        if (!counted.insert({f.declarationId, f.itemNo, kind}).second)
            continue; // a duplicated item carries the same flag twice
        KindEvaluation &e = byKind[kind];
        ++e.flagged;
        const auto it = planted.find({f.declarationId, f.itemNo});
        if (it != planted.end() && it->second.count(kind))
            ++e.truePositives;
    }
    FlagEvaluation evaluation;
    for (auto &[kind, e] : byKind)
        evaluation.kinds.push_back(e);

    std::set<QString> manipulators;
    for (const auto &row : truthTraders.value()) {
        if (row.size() >= 2
            && (row[1] == QLatin1StringView("undervalued") || row[1] == QLatin1StringView("overvalued")
                || row[1] == QLatin1StringView("incoterm_switch")))
            manipulators.insert(row[0]);
    }
    evaluation.traders = int(traders->size());
    evaluation.topCount = int(std::ceil(0.05 * double(traders->size())));
    evaluation.manipulators = int(manipulators.size());
    for (const TraderScoreRecord &t : traders.value()) {
        if (t.rank <= evaluation.topCount && manipulators.count(t.traderId))
            ++evaluation.manipulatorsInTop;
    }
    return evaluation;
}

} // namespace clearsight
