#include "analysistestsupport.h"

#include "analysis/analysisrunner.h"
#include "domain/canonicalschema.h"
#include "ingest/importer.h"
#include "store/workspace.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace clearsight::uitest
{

namespace
{
using Row = QHash<QString, QString>;

QString money(double value)
{
    return QString::number(value, 'f', 2);
}

// One import item of 1,000 LED lamps from CN; `freight` is added to the invoice.
Row lampItem(const QString &declaration, const QString &date, const QString &trader,
             const QString &traderName, double invoice, double freight)
{
    Row row;
    row[QStringLiteral("declaration_id")] = declaration;
    row[QStringLiteral("item_no")] = QStringLiteral("1");
    row[QStringLiteral("date")] = date;
    row[QStringLiteral("flow")] = QStringLiteral("IM");
    row[QStringLiteral("office")] = QStringLiteral("FR0001");
    row[QStringLiteral("declarant_id")] = QStringLiteral("DCL01");
    row[QStringLiteral("trader_id")] = trader;
    row[QStringLiteral("trader_name")] = traderName;
    row[QStringLiteral("partner_name")] = QStringLiteral("Shenzhen Bright Lights Co");
    row[QStringLiteral("partner_country")] = QStringLiteral("CN");
    row[QStringLiteral("origin_country")] = QStringLiteral("CN");
    row[QStringLiteral("hs_code")] = QStringLiteral("940540");
    row[QStringLiteral("description")] = QStringLiteral("LED lamps");
    row[QStringLiteral("incoterm")] = QStringLiteral("FOB");
    row[QStringLiteral("transport_mode")] = QStringLiteral("SEA");
    row[QStringLiteral("quantity")] = QStringLiteral("1000");
    row[QStringLiteral("quantity_unit")] = QStringLiteral("NAR");
    row[QStringLiteral("gross_weight_kg")] = QStringLiteral("520");
    row[QStringLiteral("net_weight_kg")] = QStringLiteral("480");
    row[QStringLiteral("invoice_value")] = money(invoice);
    row[QStringLiteral("currency")] = QStringLiteral("EUR");
    row[QStringLiteral("exchange_rate")] = QStringLiteral("1");
    row[QStringLiteral("fob_value")] = money(invoice);
    row[QStringLiteral("freight")] = money(freight);
    row[QStringLiteral("insurance")] = QStringLiteral("0");
    row[QStringLiteral("cif_value")] = money(invoice + freight);
    row[QStringLiteral("duty_paid")] = money((invoice + freight) * 0.04);
    row[QStringLiteral("related_party")] = QStringLiteral("N");
    row[QStringLiteral("channel")] = QStringLiteral("GREEN");
    return row;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvBytes(const QList<Row> &rows)
{
    QStringList header;
    for (const ColumnInfo &column : canonicalColumns())
        header << QString::fromLatin1(column.name);
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Row &row : rows) {
        QStringList fields;
        for (const QString &name : std::as_const(header))
            fields << csvField(row.value(name));
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv.toUtf8();
}
} // namespace

QString createAnalysisWorkspace(const QTemporaryDir &dir, bool analyse)
{
    QList<Row> rows;
    for (int i = 0; i < analysisOrdinaryItems; ++i) {
        // Unit values within ±6 % of 10 EUR, freight 5 % of the invoice (4.6 % to 5.4 %).
        const double invoice = 10000.0 * (1.0 + 0.06 * std::sin(i * 1.7));
        const double freight = invoice * (0.05 + 0.004 * std::cos(i * 2.3));
        const int trader = i % 6;
        rows << lampItem(QStringLiteral("A24-%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                         QStringLiteral("2024-%1-%2")
                             .arg(1 + i % 3, 2, 10, QLatin1Char('0'))
                             .arg(1 + i % 28, 2, 10, QLatin1Char('0')),
                         QStringLiteral("TR%1").arg(100 + trader),
                         QStringLiteral("Lamp Trader %1").arg(trader), invoice, freight);
    }
    rows << lampItem(QString::fromLatin1(analysisUndervalued), QStringLiteral("2024-02-10"),
                     QStringLiteral("TR800"), QStringLiteral("Cheap Lamps SARL"), 2000, 100);
    rows << lampItem(QString::fromLatin1(analysisNoFreight), QStringLiteral("2024-02-11"),
                     QStringLiteral("TR801"), QStringLiteral("No Freight Ltd"), 10000, 0);
    Row doubleFreight =
        lampItem(QString::fromLatin1(analysisDoubleFreight), QStringLiteral("2024-02-12"),
                 QString::fromLatin1(analysisFormulaTrader),
                 QString::fromLatin1(analysisFormulaName), 10000, 800);
    doubleFreight[QStringLiteral("incoterm")] = QStringLiteral("CIF");
    rows << doubleFreight;
    Row airCif = lampItem(QString::fromLatin1(analysisAirCif), QStringLiteral("2024-02-13"),
                          QString::fromLatin1(analysisFormulaTrader),
                          QString::fromLatin1(analysisFormulaName), 10000, 0);
    airCif[QStringLiteral("incoterm")] = QStringLiteral("CIF");
    airCif[QStringLiteral("transport_mode")] = QStringLiteral("AIR");
    rows << airCif;

    const QString csvPath = dir.filePath(QStringLiteral("lamps.csv"));
    QFile file(csvPath);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csvBytes(rows));
    file.close();

    const QString dbPath = dir.filePath(QStringLiteral("lamps.clearsight"));
    const Result<WorkspaceInfo> created = workspace::create(dbPath);
    EXPECT_TRUE(created.ok()) << (created ? "" : qPrintable(created.error().message));
    const Result<ImportSummary> imported = importFile(dbPath, csvPath);
    EXPECT_TRUE(imported.ok()) << (imported ? "" : qPrintable(imported.error().message));
    if (analyse) {
        const Result<AnalysisSummary> analysed = runAnalyses(dbPath);
        EXPECT_TRUE(analysed.ok()) << (analysed ? "" : qPrintable(analysed.error().message));
    }
    return dbPath;
}

} // namespace clearsight::uitest
