// The models of the import wizard and the quality view under QAbstractItemModelTester.
#include "importing/importpreviewmodel.h"
#include "quality/completenessmodel.h"
#include "quality/findingsmodel.h"
#include "quality/rejectsmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{
constexpr auto kWarn = QAbstractItemModelTester::FailureReportingMode::Warning;

void touchAllCells(const QAbstractItemModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole + 1),
                             int(Qt::UserRole + 2)})
                model.index(row, column).data(role);
        }
    }
}

ImportPreview samplePreview(bool withProfile)
{
    ImportPreview preview;
    preview.encoding = QStringLiteral("utf-8");
    preview.separator = ';';
    preview.header = {QStringLiteral("Ref"), QStringLiteral("When"), QStringLiteral("Value")};
    preview.normalisedHeader = {QStringLiteral("ref"), QStringLiteral("when"),
                                QStringLiteral("value")};
    if (withProfile) {
        ImportProfile profile;
        profile.name = QStringLiteral("test");
        const auto rule = [](CanonicalColumn target, ColumnRule::Reader reader,
                             const char *source) {
            ColumnRule r;
            r.target = target;
            r.reader = reader;
            r.source = QString::fromLatin1(source);
            return r;
        };
        profile.rules = {rule(CanonicalColumn::InvoiceValue, ColumnRule::Reader::Number, "value"),
                         rule(CanonicalColumn::DeclarationId, ColumnRule::Reader::Text, "ref"),
                         rule(CanonicalColumn::Date, ColumnRule::Reader::Date, "when")};
        preview.profile = profile;
    }
    PreviewRow stored;
    stored.line = 2;
    stored.source = {QStringLiteral("D1"), QStringLiteral("2025-01-02"), QStringLiteral("12.5")};
    stored.values.resize(canonicalColumnCount);
    stored.values[size_t(CanonicalColumn::DeclarationId)] = QStringLiteral("D1");
    stored.values[size_t(CanonicalColumn::Date)] = QStringLiteral("2025-01-02");
    stored.values[size_t(CanonicalColumn::InvoiceValue)] = 12.5;
    stored.findings = {QStringLiteral("net_above_gross")};
    PreviewRow rejected;
    rejected.line = 3;
    rejected.source = {QStringLiteral("D2"), QStringLiteral("yesterday")};
    rejected.rejection = QStringLiteral("date: not a date");
    preview.rows = {stored, rejected};
    return preview;
}

QualityReport sampleReport(qint64 rows)
{
    QualityReport report;
    report.rows = rows;
    for (const ColumnInfo &info : canonicalColumns()) {
        ColumnQuality quality;
        quality.column = info.column;
        quality.filled = rows / 2;
        if (info.type == ValueType::Real) {
            quality.minimum = 1;
            quality.maximum = 9;
            quality.mean = 5;
        }
        report.columns.push_back(quality);
    }
    report.findings = {{QStringLiteral("net_above_gross"), QStringLiteral("net_weight_kg"), 3},
                       {QStringLiteral("unknown_key"), QString(), 1}};
    report.rejects = {{QStringLiteral("date"), 2, QStringLiteral("line 4: not a date")},
                      {QString(), 1, QStringLiteral("line 9: 3 fields, header has 5")}};
    return report;
}
} // namespace

TEST(NewModelsUnderTester, ImportPreviewModelKeepsTheContract)
{
    const uitest::ModelTestMessages messages;
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, kWarn);
        model.setPreview(samplePreview(true));
        touchAllCells(model);
        // Line, the three mapped columns in canonical order, findings.
        EXPECT_EQ(model.columnCount(), 5);
        EXPECT_EQ(model.columnOf(CanonicalColumn::DeclarationId), 1);
        EXPECT_EQ(model.columnOf(CanonicalColumn::Date), 2);
        EXPECT_EQ(model.columnOf(CanonicalColumn::InvoiceValue), 3);
        EXPECT_DOUBLE_EQ(model.index(0, 3).data().toDouble(), 12.5);
        EXPECT_EQ(model.index(0, model.findingsColumn()).data().toString(),
                  QStringLiteral("Net weight above gross weight"));
        EXPECT_TRUE(model.index(1, 1).data(ImportPreviewModel::RejectionRole).toString().size() >
                    0);

        model.setPreview(samplePreview(false)); // no profile: the source fields
        touchAllCells(model);
        EXPECT_TRUE(model.showsSourceFields());
        EXPECT_EQ(model.columnCount(), 5);
        EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("When"));
        EXPECT_EQ(model.index(1, 2).data().toString(), QStringLiteral("yesterday"));
        model.clear();
        EXPECT_EQ(model.rowCount(), 0);
    }
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST(NewModelsUnderTester, QualityModelsKeepTheContract)
{
    const uitest::ModelTestMessages messages;
    {
        CompletenessModel completeness;
        FindingsModel findings;
        RejectsModel rejects;
        QAbstractItemModelTester t1(&completeness, kWarn);
        QAbstractItemModelTester t2(&findings, kWarn);
        QAbstractItemModelTester t3(&rejects, kWarn);
        for (qint64 rows : {qint64(10), qint64(0), qint64(4)}) {
            const QualityReport report = sampleReport(rows);
            completeness.setReport(report);
            findings.setFindings(report.findings);
            rejects.setRejects(report.rejects);
            touchAllCells(completeness);
            touchAllCells(findings);
            touchAllCells(rejects);
        }
        EXPECT_EQ(completeness.rowCount(), canonicalColumnCount);
        EXPECT_DOUBLE_EQ(completeness.index(0, CompletenessModel::Completeness).data().toDouble(),
                         0.5);
        EXPECT_EQ(findings.index(1, FindingsModel::Finding).data().toString(),
                  QStringLiteral("unknown_key")); // an unknown key is shown as it is
        EXPECT_EQ(rejects.index(1, RejectsModel::ColumnName).data().toString(),
                  QStringLiteral("(whole record)"));
        completeness.clear();
        findings.setFindings({});
        rejects.setRejects({});
    }
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}
