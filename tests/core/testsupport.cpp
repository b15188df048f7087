#include "testsupport.h"

#include "domain/canonicalschema.h"

#include <QCoreApplication>
#include <QFile>

#include <gtest/gtest.h>

#include <map>

namespace clearsight::test
{

QByteArray canonicalHeader()
{
    QByteArrayList names;
    for (const ColumnInfo &info : canonicalColumns())
        names << QByteArray(info.name);
    return names.join(',');
}

QByteArray canonicalLine(const QStringList &assignments)
{
    // A clean FOB sea import: invoice 1000 USD at 0.9 = 900 EUR, freight 45 and insurance 4
    // added, so the customs value is 949 and above the FOB value of 900.
    std::map<QString, QString> values{
        {QStringLiteral("declaration_id"), QStringLiteral("25IM0001")},
        {QStringLiteral("item_no"), QStringLiteral("1")},
        {QStringLiteral("date"), QStringLiteral("2025-03-14")},
        {QStringLiteral("flow"), QStringLiteral("IM")},
        {QStringLiteral("office"), QStringLiteral("PRT01")},
        {QStringLiteral("declarant_id"), QStringLiteral("DCL001")},
        {QStringLiteral("trader_id"), QStringLiteral("TR001")},
        {QStringLiteral("trader_name"), QStringLiteral("ACME TRADING LTD")},
        {QStringLiteral("trader_address"), QStringLiteral("1 Harbour Road")},
        {QStringLiteral("partner_name"), QStringLiteral("Shenzhen Bright Co")},
        {QStringLiteral("partner_country"), QStringLiteral("CN")},
        {QStringLiteral("origin_country"), QStringLiteral("CN")},
        {QStringLiteral("hs_code"), QStringLiteral("620342")},
        {QStringLiteral("description"), QStringLiteral("Men's cotton trousers")},
        {QStringLiteral("incoterm"), QStringLiteral("FOB")},
        {QStringLiteral("transport_mode"), QStringLiteral("SEA")},
        {QStringLiteral("quantity"), QStringLiteral("100")},
        {QStringLiteral("quantity_unit"), QStringLiteral("NAR")},
        {QStringLiteral("gross_weight_kg"), QStringLiteral("55")},
        {QStringLiteral("net_weight_kg"), QStringLiteral("50")},
        {QStringLiteral("invoice_value"), QStringLiteral("1000")},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("exchange_rate"), QStringLiteral("0.9")},
        {QStringLiteral("fob_value"), QStringLiteral("900")},
        {QStringLiteral("freight"), QStringLiteral("45")},
        {QStringLiteral("insurance"), QStringLiteral("4")},
        {QStringLiteral("cif_value"), QStringLiteral("949")},
        {QStringLiteral("duty_paid"), QStringLiteral("239.15")},
        {QStringLiteral("preference"), QString()},
        {QStringLiteral("related_party"), QStringLiteral("N")},
        {QStringLiteral("channel"), QStringLiteral("GREEN")},
        {QStringLiteral("inspected"), QString()},
        {QStringLiteral("outcome"), QString()},
        {QStringLiteral("revenue_recovered"), QString()},
    };
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString key = assignment.left(eq);
        EXPECT_TRUE(values.count(key)) << "unknown column in test: " << key.toStdString();
        values[key] = assignment.mid(eq + 1);
    }
    QStringList fields;
    for (const ColumnInfo &info : canonicalColumns()) {
        QString v = values[QString::fromLatin1(info.name)];
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
            v.contains(QLatin1Char('\n')))
            v = QLatin1Char('"') + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                QLatin1Char('"');
        fields << v;
    }
    return fields.join(QLatin1Char(',')).toUtf8();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace clearsight::test

int main(int argc, char **argv)
{
    // Models and worker threads need an application object and its event loop.
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
