#include "uitestsupport.h"

#include "domain/canonicalschema.h"
#include "ingest/importer.h"
#include "store/workspace.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace clearsight::uitest {

namespace {
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
} // namespace

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
    const QString csvPath = dir.filePath(QStringLiteral("small.csv"));
    QFile file(csvPath);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv.toUtf8());
    file.close();

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
