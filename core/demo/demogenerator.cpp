#include "demogenerator.h"

#include "democatalog.h"
#include "democsvwriter.h"
#include "demodeclarationbuilder.h"
#include "demoplanter.h"
#include "demorandom.h"
#include "demoworld.h"

#include "domain/canonicalschema.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>
#include <vector>

namespace clearsight
{

namespace
{

using namespace demo;

QString siblingPath(const QString &csvPath, const char *suffix)
{
    QString base = csvPath;
    if (base.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return base + QLatin1StringView(suffix);
}

void writeRow(DemoCsvWriter &out, const DemoRow &r)
{
    // Driven by the schema, so a change in column order cannot shift the values.
    for (int column = 0; column < canonicalColumnCount; ++column) {
        switch (CanonicalColumn(column)) {
        case CanonicalColumn::DeclarationId:
            out.text(r.declarationId);
            break;
        case CanonicalColumn::ItemNo:
            out.integer(r.itemNo);
            break;
        case CanonicalColumn::Date:
            out.text(r.date);
            break;
        case CanonicalColumn::Flow:
            out.text(r.flow);
            break;
        case CanonicalColumn::Office:
            out.text(r.office);
            break;
        case CanonicalColumn::DeclarantId:
            out.text(r.declarant);
            break;
        case CanonicalColumn::TraderId:
            out.text(r.traderId);
            break;
        case CanonicalColumn::TraderName:
            out.text(r.traderName);
            break;
        case CanonicalColumn::TraderAddress:
            out.text(r.traderAddress);
            break;
        case CanonicalColumn::PartnerName:
            out.text(r.partnerName);
            break;
        case CanonicalColumn::PartnerCountry:
            out.text(r.partnerCountry);
            break;
        case CanonicalColumn::OriginCountry:
            out.text(r.origin);
            break;
        case CanonicalColumn::HsCode:
            out.text(r.hs);
            break;
        case CanonicalColumn::Description:
            out.text(r.description);
            break;
        case CanonicalColumn::Incoterm:
            out.text(r.incoterm);
            break;
        case CanonicalColumn::TransportMode:
            out.text(r.mode);
            break;
        case CanonicalColumn::Quantity:
            out.decimal(r.quantity, 3);
            break;
        case CanonicalColumn::QuantityUnit:
            out.text(r.unit);
            break;
        case CanonicalColumn::GrossWeightKg:
            out.decimal(r.gross, 3);
            break;
        case CanonicalColumn::NetWeightKg:
            out.decimal(r.net, 3);
            break;
        case CanonicalColumn::InvoiceValue:
            out.money(r.invoice);
            break;
        case CanonicalColumn::Currency:
            out.text(r.currency);
            break;
        case CanonicalColumn::ExchangeRate:
            out.decimal(r.rate, 8);
            break;
        case CanonicalColumn::FobValue:
            out.money(r.fob);
            break;
        case CanonicalColumn::Freight:
            out.money(r.freight);
            break;
        case CanonicalColumn::Insurance:
            out.money(r.insurance);
            break;
        case CanonicalColumn::CifValue:
            out.money(r.cif);
            break;
        case CanonicalColumn::DutyPaid:
            out.money(r.dutyPaid);
            break;
        case CanonicalColumn::Preference:
            out.text(r.preference);
            break;
        case CanonicalColumn::RelatedParty:
            out.text(r.related ? "Y" : "N");
            break;
        case CanonicalColumn::Channel:
            out.text(r.channel);
            break;
        case CanonicalColumn::Inspected:
            out.text(r.inspected ? "1" : "");
            break;
        case CanonicalColumn::Outcome:
            out.text(r.outcome);
            break;
        case CanonicalColumn::RevenueRecovered:
            if (r.inspected)
                out.money(r.revenue);
            else
                out.empty();
            break;
        case CanonicalColumn::Count:
            break;
        }
    }
    out.endRow();
}

// The three output files, removed together unless all of them were completed.
class OutputFiles
{
public:
    std::array<DemoCsvWriter, 3> writers;
    bool committed = false;

    ~OutputFiles()
    {
        if (!committed) {
            for (DemoCsvWriter &w : writers)
                w.discard();
        }
    }
};

} // namespace

QString demoTruthRowsPath(const QString &csvPath)
{
    return siblingPath(csvPath, ".truth_rows.csv");
}

QString demoTruthTradersPath(const QString &csvPath)
{
    return siblingPath(csvPath, ".truth_traders.csv");
}

Result<DemoSummary> writeDemoDataset(const QString &csvPath, const DemoOptions &options,
                                     const ProgressCallback &progress)
{
    if (options.rows < 10000 || options.rows > 10000000)
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate(
                             "DemoGenerator",
                             "The demo data set must have between 10,000 and 10,000,000 rows; "
                             "%1 were asked for.")
                             .arg(options.rows));
    if (options.year < 1990 || options.year > 2099)
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate(
                "DemoGenerator", "The demo year must lie between 1990 and 2099; %1 was asked for.")
                .arg(options.year));
    Result<DemoCatalog> catalog = loadDemoCatalog();
    if (!catalog)
        return catalog.error();

    DemoRandom worldRandom(options.seed, 1);
    World world = buildWorld(catalog.value(), options.rows, options.year, worldRandom);
    DemoRandom planRandom(options.seed, 2);
    const std::vector<TruthTrader> truthTraders =
        plantAnomalies(world, catalog.value(), options.rows, planRandom);

    OutputFiles files;
    DemoCsvWriter &csv = files.writers[0];
    DemoCsvWriter &truthRows = files.writers[1];
    DemoCsvWriter &truthTraderFile = files.writers[2];
    const std::array<QString, 3> paths{csvPath, demoTruthRowsPath(csvPath),
                                       demoTruthTradersPath(csvPath)};
    for (size_t i = 0; i < paths.size(); ++i) {
        if (!files.writers[i].open(paths[i]))
            return makeError(
                Error::Code::FileUnreadable,
                QCoreApplication::translate(
                    "DemoGenerator", "Cannot write the demo file %1: %2. Choose a folder you may "
                                     "write to.")
                    .arg(QFileInfo(paths[i]).absoluteFilePath(), files.writers[i].errorString()));
    }

    for (const ColumnInfo &info : canonicalColumns())
        csv.text(info.name);
    csv.endRow();
    for (const char *name : {"declaration_id", "item_no", "kind"})
        truthRows.text(name);
    truthRows.endRow();
    for (const char *name : {"trader_id", "kind", "detail"})
        truthTraderFile.text(name);
    truthTraderFile.endRow();
    for (const TruthTrader &line : truthTraders) {
        truthTraderFile.text(line.traderId);
        truthTraderFile.text(line.kind);
        truthTraderFile.escaped(line.detail);
        truthTraderFile.endRow();
    }

    auto cancelled = [] {
        return makeError(Error::Code::Cancelled,
                         QCoreApplication::translate("DemoGenerator",
                                                     "Writing the demo data set was cancelled."));
    };
    const qint64 total = options.rows;
    if (!reportProgress(progress, 0, total))
        return cancelled();

    DemoDeclarationBuilder builder(catalog.value(), world, options.seed);
    std::vector<char> seen(world.traders.size() + world.aliases.size(), 0);
    std::vector<DemoRow> rows;
    qint64 written = 0;
    qint64 truthRowCount = 0;
    constexpr qint64 kProgressStep = 10000;
    qint64 nextReport = kProgressStep;
    for (int day = 0; day < world.days; ++day) {
        for (qint64 left = world.dayRows[size_t(day)]; left > 0; left -= qint64(rows.size())) {
            builder.build(day, left, rows);
            for (const DemoRow &row : rows) {
                writeRow(csv, row);
                seen[size_t(row.traderSlot)] = 1;
                if (row.truth) {
                    truthRows.text(row.truthDeclarationId);
                    truthRows.integer(row.itemNo);
                    truthRows.text(row.truth);
                    truthRows.endRow();
                    ++truthRowCount;
                }
            }
            written += qint64(rows.size());
            if (written >= nextReport) {
                nextReport += kProgressStep;
                if (!reportProgress(progress, written, total))
                    return cancelled();
            }
        }
    }

    for (size_t i = 0; i < paths.size(); ++i) {
        if (!files.writers[i].finish())
            return makeError(
                Error::Code::FileUnreadable,
                QCoreApplication::translate(
                    "DemoGenerator", "Writing the demo file %1 failed: %2. Is the disk full?")
                    .arg(QFileInfo(paths[i]).absoluteFilePath(), files.writers[i].errorString()));
    }
    files.committed = true;
    reportProgress(progress, written, total);

    DemoSummary summary;
    summary.rows = written;
    summary.declarations = builder.declarations();
    for (char s : seen)
        summary.traders += s;
    summary.plantedTraders = int(truthTraders.size());
    summary.truthRows = truthRowCount;
    summary.truthTraders = qint64(truthTraders.size());
    return summary;
}

} // namespace clearsight
