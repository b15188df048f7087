#include "uitestsupport.h"

#include "domain/canonicalschema.h"
#include "ingest/importer.h"
#include "store/workspace.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace clearsight::uitest
{

namespace
{
using Row = QHash<QString, QString>;

Row item(const QString &declaration, int itemNo, const QString &date, const QString &flow,
         const QString &traderId, const QString &traderName, const QString &hs,
         const QString &description, double invoice, double cif)
{
    Row row;
    row[QStringLiteral("declaration_id")] = declaration;
    row[QStringLiteral("item_no")] = QString::number(itemNo);
    row[QStringLiteral("date")] = date;
    row[QStringLiteral("flow")] = flow;
    row[QStringLiteral("office")] = QStringLiteral("FR0001");
    row[QStringLiteral("declarant_id")] = QStringLiteral("DCL01");
    row[QStringLiteral("trader_id")] = traderId;
    row[QStringLiteral("trader_name")] = traderName;
    row[QStringLiteral("trader_address")] = QStringLiteral("1 rue du Port, Le Havre");
    row[QStringLiteral("partner_name")] = QStringLiteral("Shenzhen Bright Lights Co");
    row[QStringLiteral("partner_country")] = QStringLiteral("CN");
    row[QStringLiteral("origin_country")] = QStringLiteral("CN");
    row[QStringLiteral("hs_code")] = hs;
    row[QStringLiteral("description")] = description;
    row[QStringLiteral("incoterm")] = QStringLiteral("FOB");
    row[QStringLiteral("transport_mode")] = QStringLiteral("SEA");
    row[QStringLiteral("quantity")] = QStringLiteral("1200");
    row[QStringLiteral("quantity_unit")] = QStringLiteral("NAR");
    row[QStringLiteral("gross_weight_kg")] = QStringLiteral("950.5");
    row[QStringLiteral("net_weight_kg")] = QStringLiteral("800.25");
    row[QStringLiteral("invoice_value")] = QString::number(invoice, 'f', 2);
    row[QStringLiteral("currency")] = QStringLiteral("EUR");
    row[QStringLiteral("exchange_rate")] = QStringLiteral("1");
    row[QStringLiteral("fob_value")] = QString::number(invoice, 'f', 2);
    row[QStringLiteral("freight")] = QString::number(cif - invoice, 'f', 2);
    row[QStringLiteral("insurance")] = QStringLiteral("0");
    row[QStringLiteral("cif_value")] = QString::number(cif, 'f', 2);
    row[QStringLiteral("duty_paid")] = QString::number(cif * 0.04, 'f', 2);
    row[QStringLiteral("related_party")] = QStringLiteral("N");
    row[QStringLiteral("channel")] = QStringLiteral("GREEN");
    return row;
}
QString csvText(const QList<Row> &rows)
{
    QStringList header;
    for (const ColumnInfo &column : canonicalColumns())
        header << QString::fromLatin1(column.name);
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Row &row : rows) {
        QStringList fields;
        for (const QString &name : std::as_const(header)) {
            QString value = row.value(name);
            if (value.contains(QLatin1Char(',')))
                value = QLatin1Char('"') + value + QLatin1Char('"');
            fields << value;
        }
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QStringList g_modelTestMessages;
QtMessageHandler g_previousHandler = nullptr;

void collectModelTestMessages(QtMsgType type, const QMessageLogContext &context,
                              const QString &message)
{
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest") &&
        type != QtDebugMsg && type != QtInfoMsg)
        g_modelTestMessages << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

ModelTestMessages::ModelTestMessages()
{
    g_modelTestMessages.clear();
    g_previousHandler = qInstallMessageHandler(collectModelTestMessages);
}

ModelTestMessages::~ModelTestMessages()
{
    qInstallMessageHandler(g_previousHandler);
}

QStringList ModelTestMessages::messages() const
{
    return g_modelTestMessages;
}

QString createWorkspaceWithFindings(const QTemporaryDir &dir)
{
    const QString path = createSmallWorkspace(dir);
    Row heavyNet =
        item(QStringLiteral("D24-0101"), 1, QStringLiteral("2024-05-06"), QStringLiteral("IM"),
             QStringLiteral("TR400"), QStringLiteral("Northern Fish Ltd"), QStringLiteral("030489"),
             QStringLiteral("Frozen fish fillets"), 6000, 6400);
    heavyNet[QStringLiteral("net_weight_kg")] = QStringLiteral("1500");
    heavyNet[QStringLiteral("gross_weight_kg")] = QStringLiteral("900");
    Row lowCif =
        item(QStringLiteral("D24-0102"), 1, QStringLiteral("2024-05-07"), QStringLiteral("IM"),
             QStringLiteral("TR400"), QStringLiteral("Northern Fish Ltd"), QStringLiteral("030489"),
             QStringLiteral("Frozen fish fillets"), 5000, 4000);
    lowCif[QStringLiteral("fob_value")] = QStringLiteral("5000.00");
    const Row clean =
        item(QStringLiteral("D24-0103"), 1, QStringLiteral("2024-05-08"), QStringLiteral("EX"),
             QStringLiteral("TR300"), QStringLiteral("Olive Grove Exports"),
             QStringLiteral("200570"), QStringLiteral("Table olives"), 3000, 3000);
    const Row badDate =
        item(QStringLiteral("D24-0104"), 1, QStringLiteral("2024-02-31"), QStringLiteral("IM"),
             QStringLiteral("TR100"), QStringLiteral("Acme Trading SARL"), QStringLiteral("850440"),
             QStringLiteral("Power supplies"), 1000, 1100);
    const QString csvPath = dir.filePath(QStringLiteral("findings.csv"));
    writeFile(csvPath, csvText({heavyNet, lowCif, clean, badDate}).toUtf8());
    const Result<ImportSummary> imported = importFile(path, csvPath);
    EXPECT_TRUE(imported.ok()) << (imported ? "" : qPrintable(imported.error().message));
    if (imported) {
        EXPECT_EQ(imported->batchId, findingsBatchId);
        EXPECT_EQ(imported->stored, 3);
        EXPECT_EQ(imported->rejected, 1);
    }
    return path;
}

void writeCanonicalCsv(const QString &path, int rows)
{
    QList<Row> items;
    items.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        items << item(QStringLiteral("D25-%1").arg(i, 6, 10, QLatin1Char('0')), 1,
                      QStringLiteral("2025-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')),
                      QStringLiteral("IM"), QStringLiteral("TR%1").arg(100 + i % 50),
                      QStringLiteral("Bulk Trader %1").arg(i % 50), QStringLiteral("850440"),
                      QStringLiteral("Power supplies"), 1000 + i, 1100 + i);
    }
    writeFile(path, csvText(items).toUtf8());
}

QString createSmallWorkspace(const QTemporaryDir &dir)
{
    const QList<Row> rows = {
        item(QStringLiteral("D24-0001"), 1, QStringLiteral("2024-01-15"), QStringLiteral("IM"),
             QStringLiteral("TR100"), QStringLiteral("Acme Trading SARL"), QStringLiteral("940540"),
             QStringLiteral("LED lamps"), 10000, 10850),
        item(QStringLiteral("D24-0001"), 2, QStringLiteral("2024-01-15"), QStringLiteral("IM"),
             QStringLiteral("TR100"), QStringLiteral("Acme Trading SARL"), QStringLiteral("850440"),
             QStringLiteral("Power supplies"), 4200.5, 4510),
        item(QStringLiteral("D24-0002"), 1, QStringLiteral("2024-02-03"), QStringLiteral("IM"),
             QStringLiteral("TR200"), QStringLiteral("Bolt and Nut GmbH"), QStringLiteral("731815"),
             QStringLiteral("Steel screws"), 2300, 2480),
        item(QStringLiteral("D24-0003"), 1, QStringLiteral("2024-03-10"), QStringLiteral("EX"),
             QStringLiteral("TR300"), QStringLiteral("Olive Grove Exports"),
             QStringLiteral("150910"), QStringLiteral("Virgin olive oil"), 18000, 18000),
        item(QStringLiteral("D24-0004"), 1, QStringLiteral("2024-03-22"), QStringLiteral("IM"),
             QStringLiteral("TR100"), QStringLiteral("Acme Trading SARL"), QStringLiteral("940540"),
             QStringLiteral("LED panels"), 7600, 8190),
        item(QStringLiteral("D24-0005"), 1, QStringLiteral("2024-04-02"), QStringLiteral("EX"),
             QStringLiteral("TR300"), QStringLiteral("Olive Grove Exports"),
             QStringLiteral("200570"), QStringLiteral("Table olives"), 5400, 5400),
    };
    Q_ASSERT(rows.size() == smallWorkspaceItems);

    const QString csvPath = dir.filePath(QStringLiteral("small.csv"));
    writeFile(csvPath, csvText(rows).toUtf8());

    const QString dbPath = dir.filePath(QStringLiteral("small.clearsight"));
    const Result<WorkspaceInfo> created = workspace::create(dbPath);
    EXPECT_TRUE(created.ok()) << (created ? "" : qPrintable(created.error().message));
    const Result<ImportSummary> imported = importFile(dbPath, csvPath);
    EXPECT_TRUE(imported.ok()) << (imported ? "" : qPrintable(imported.error().message));
    if (imported) {
        EXPECT_EQ(imported->stored, smallWorkspaceItems);
    }
    return dbPath;
}

} // namespace clearsight::uitest
