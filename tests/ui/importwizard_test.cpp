#include "importing/importmappingpage.h"
#include "importing/importpreviewmodel.h"
#include "importing/importpreviewtable.h"
#include "importing/importprogresspage.h"
#include "importing/importsettingspage.h"
#include "importing/importwizard.h"
#include "importing/mappingeditor.h"
#include "report/statsreport.h"
#include "store/workspace.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{
// A spreadsheet export from a French-speaking office: Latin-1, semicolons, decimal commas,
// day/month/year dates, a header no built-in profile knows. The third record's date does not
// exist (31 February), so it is rejected.
const char *const kLatinCsv =
    "R\xe9"
    "f\xe9rence;Date d\xe9"
    "cl.;Importateur;Valeur facture;Poids net;Pays d'origine\r\n"
    "FR-2025-0001;14/03/2025;Soci\xe9t\xe9 G\xe9n\xe9rale d'Import;1.234,56;12,5;CN\r\n"
    "FR-2025-0002;15/03/2025;Caf\xe9 du March\xe9;980,00;3,25;BR\r\n"
    "FR-2025-0003;31/02/2025;Cr\xe8me et Cie;15,75;1;FR\r\n"
    "FR-2025-0004;02/04/2025;H\xf4tel Lumi\xe8re;12.000,00;400;IT\r\n";

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

void savePicture(QWidget &widget, const QString &name, const QString &folder);

bool waitForSettings(ImportWizard &wizard)
{
    return QTest::qWaitFor(
        [&] { return !wizard.settingsPage()->isBusy() && wizard.session().preview.has_value(); },
        10000);
}

void choose(QComboBox *combo, const QVariant &data)
{
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << qPrintable(data.toString());
    combo->setCurrentIndex(index);
}

qint64 storedItems(const QString &workspace)
{
    const Result<WorkspaceReport> report = readWorkspaceReport(workspace);
    EXPECT_TRUE(report.ok());
    return report ? report->statistics.items : -1;
}
} // namespace

TEST(ImportWizard, MapsALatin1SemicolonFileSavesTheProfileAndImportsIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString workspace = dir.filePath(QStringLiteral("empty.clearsight"));
    ASSERT_TRUE(workspace::create(workspace).ok());
    const QString file = dir.filePath(QStringLiteral("declarations-fr.csv"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(kLatinCsv);
    }

    ImportWizard wizard(workspace, file);
    wizard.show();
    ASSERT_EQ(wizard.currentId(), SettingsPageId);
    ASSERT_TRUE(waitForSettings(wizard));

    // Detected: semicolons, Windows-1252 (the superset of Latin-1), and no known layout.
    const ImportPreview &preview = *wizard.session().preview;
    EXPECT_EQ(preview.separator, ';');
    EXPECT_EQ(preview.encoding, QStringLiteral("windows-1252"));
    EXPECT_FALSE(preview.profile.has_value());
    EXPECT_EQ(preview.header.value(0), latin("R\xe9"
                                             "f\xe9rence"));
    auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("importEncoding"));
    auto *separator = wizard.findChild<QComboBox *>(QStringLiteral("importSeparator"));
    ASSERT_TRUE(encoding && separator);
    EXPECT_TRUE(encoding->currentText().contains(QStringLiteral("windows-1252")));
    EXPECT_TRUE(separator->currentText().contains(QLatin1Char(';')));
    EXPECT_TRUE(wizard.settingsPage()->isComplete());
    EXPECT_EQ(wizard.settingsPage()->nextId(), MappingPageId);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), MappingPageId);
    ImportMappingPage *mapping = wizard.mappingPage();
    // Nothing mapped yet: the reference and the date are required.
    EXPECT_FALSE(mapping->isComplete());

    choose(wizard.findChild<QComboBox *>(QStringLiteral("mappingSource_declaration_id")),
           latin("r\xe9"
                 "f\xe9rence"));
    choose(wizard.findChild<QComboBox *>(QStringLiteral("mappingSource_date")), latin("date d\xe9"
                                                                                      "cl."));
    choose(wizard.findChild<QComboBox *>(QStringLiteral("mappingDateLayout_date")),
           int(DateLayout::DayMonthYear));
    choose(wizard.findChild<QComboBox *>(QStringLiteral("mappingSource_trader_name")),
           QStringLiteral("importateur"));
    choose(wizard.findChild<QComboBox *>(QStringLiteral("mappingSource_invoice_value")),
           QStringLiteral("valeur facture"));
    auto *decimalComma =
        wizard.findChild<QCheckBox *>(QStringLiteral("mappingDecimalComma_invoice_value"));
    ASSERT_NE(decimalComma, nullptr);
    decimalComma->setChecked(true);
    mapping->profileNameEdit()->setText(QStringLiteral("latin-office"));
    EXPECT_TRUE(mapping->isComplete());

    // The live preview reads the mapped values: an ISO date, the amount with its decimals, the
    // name decoded from Latin-1; the impossible date is rejected.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !mapping->isBusy(); }, 10000));
    const ImportPreviewModel *model = mapping->previewTable()->previewModel();
    ASSERT_EQ(model->rowCount(), 4);
    const int date = model->columnOf(CanonicalColumn::Date);
    const int invoice = model->columnOf(CanonicalColumn::InvoiceValue);
    const int trader = model->columnOf(CanonicalColumn::TraderName);
    ASSERT_GT(date, 0);
    ASSERT_GT(invoice, 0);
    ASSERT_GT(trader, 0);
    EXPECT_EQ(model->index(0, date).data().toString(), QStringLiteral("2025-03-14"));
    EXPECT_DOUBLE_EQ(model->index(0, invoice).data().toDouble(), 1234.56);
    EXPECT_DOUBLE_EQ(model->index(3, invoice).data().toDouble(), 12000.0);
    EXPECT_EQ(model->index(0, trader).data().toString(),
              latin("Soci\xe9t\xe9 G\xe9n\xe9rale d'Import"));
    EXPECT_TRUE(model->index(0, 0).data(ImportPreviewModel::RejectionRole).toString().isEmpty());
    EXPECT_FALSE(model->index(2, 0).data(ImportPreviewModel::RejectionRole).toString().isEmpty());
    // The example column of the mapping says the same.
    const QString example =
        mapping->editor()->item(int(CanonicalColumn::Date), MappingEditor::ExampleColumn)->text();
    EXPECT_TRUE(example.contains(QStringLiteral("2025-03-14"))) << qPrintable(example);

    // Import: the profile is saved first, then the file is read with it.
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ProgressPageId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.currentId() == SummaryPageId; }, 20000))
        << qPrintable(wizard.findChild<QLabel *>(QStringLiteral("importProgressResult"))->text());
    ASSERT_TRUE(wizard.session().summary.has_value());
    const ImportSummary &summary = *wizard.session().summary;
    EXPECT_EQ(summary.read, 4);
    EXPECT_EQ(summary.stored, 3);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_EQ(summary.profile, QStringLiteral("latin-office"));
    savePicture(wizard, QStringLiteral("import-summary.png"),
                qEnvironmentVariable("CLEARSIGHT_UI_SHOTS"));
    EXPECT_EQ(storedItems(workspace), 3);

    // The CLI (and the next import) find the saved profile by its name.
    const Result<std::vector<ImportProfile>> profiles = availableProfiles(workspace);
    ASSERT_TRUE(profiles.ok());
    const bool found = std::any_of(profiles->begin(), profiles->end(), [](const ImportProfile &p) {
        return p.name == QLatin1StringView("latin-office") && !p.builtIn;
    });
    EXPECT_TRUE(found);
}

TEST(ImportWizard, CancellingTheImportLeavesTheStoreUnchanged)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString workspace = uitest::createSmallWorkspace(dir);
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    uitest::writeCanonicalCsv(file, 20000);

    ImportWizard wizard(workspace, file);
    wizard.show();
    ASSERT_TRUE(waitForSettings(wizard));
    ASSERT_TRUE(wizard.session().preview->profile.has_value()); // canonical, detected
    EXPECT_EQ(wizard.settingsPage()->nextId(), ProgressPageId);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ProgressPageId);
    ASSERT_TRUE(wizard.isImporting());
    auto *cancel = wizard.findChild<QPushButton *>(QStringLiteral("importCancel"));
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.isImporting(); }, 20000));

    EXPECT_EQ(wizard.currentId(), ProgressPageId);
    EXPECT_FALSE(wizard.session().summary.has_value());
    const QString result =
        wizard.findChild<QLabel *>(QStringLiteral("importProgressResult"))->text();
    EXPECT_TRUE(result.contains(QStringLiteral("nothing was stored"))) << qPrintable(result);
    savePicture(wizard, QStringLiteral("import-cancelled.png"),
                qEnvironmentVariable("CLEARSIGHT_UI_SHOTS"));
    const Result<WorkspaceReport> report = readWorkspaceReport(workspace);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->statistics.items, uitest::smallWorkspaceItems);
    EXPECT_EQ(report->batches.size(), 1u);
}

namespace
{
// A longer French export for the pictures of the wizard: twenty records over eight columns.
QByteArray frenchExport()
{
    const char *const traders[] = {"Soci\xe9t\xe9 G\xe9n\xe9rale d'Import", "Caf\xe9 du March\xe9",
                                   "H\xf4tel Lumi\xe8re", "Cr\xe8me et Cie",
                                   "Boulangerie Fran\xe7"
                                   "aise"};
    const char *const countries[] = {"CN", "BR", "IT", "VN", "TR"};
    const char *const hs[] = {"940541", "090111", "940120", "040110", "190590"};
    QByteArray csv = "R\xe9"
                     "f\xe9rence;Date d\xe9"
                     "cl.;Importateur;Code SH;Pays d'origine;"
                     "Valeur facture;Devise;Poids net\r\n";
    for (int i = 0; i < 20; ++i) {
        const int day = i == 6 ? 31 : 1 + i; // 31/02: a date that does not exist
        const int month = i == 6 ? 2 : 3;
        csv += QStringLiteral("FR-2025-%1;%2/%3/2025;")
                   .arg(i + 1, 4, 10, QLatin1Char('0'))
                   .arg(day, 2, 10, QLatin1Char('0'))
                   .arg(month, 2, 10, QLatin1Char('0'))
                   .toLatin1();
        csv += QByteArray(traders[i % 5]) + ';' + hs[i % 5] + ';' + countries[i % 5] + ';';
        // "1.234,50": a dot between thousands, a decimal comma.
        const int cents = 123450 * (i + 1);
        QByteArray units = QByteArray::number(cents / 100);
        if (units.size() > 3)
            units.insert(units.size() - 3, '.');
        csv += units + ',' + QByteArray::number(cents % 100).rightJustified(2, '0');
        csv += ";EUR;" + QByteArray::number(12 + i) + ",5\r\n";
    }
    return csv;
}

void savePicture(QWidget &widget, const QString &name, const QString &folder)
{
    const QPixmap picture = widget.grab();
    ASSERT_FALSE(picture.isNull());
    if (!folder.isEmpty()) {
        EXPECT_TRUE(picture.save(QDir(folder).filePath(name), "PNG"));
    }
}
} // namespace

// Renders the settings and mapping pages offscreen. With CLEARSIGHT_UI_SHOTS=FOLDER the pictures
// are written there (for docs/screenshot-import-*.png).
TEST(ImportWizard, RendersTheSettingsAndMappingPages)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString workspace = dir.filePath(QStringLiteral("empty.clearsight"));
    ASSERT_TRUE(workspace::create(workspace).ok());
    const QString file = dir.filePath(QStringLiteral("douane-mars-2025.csv"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(frenchExport());
    }
    const QString folder = qEnvironmentVariable("CLEARSIGHT_UI_SHOTS");
    ImportWizard wizard(workspace, file);
    wizard.resize(1100, 760);
    wizard.show();
    ASSERT_TRUE(waitForSettings(wizard));
    savePicture(wizard, QStringLiteral("import-settings.png"), folder);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), MappingPageId);
    const std::vector<std::pair<const char *, QString>> mapping = {
        {"declaration_id", latin("r\xe9"
                                 "f\xe9rence")},
        {"date", latin("date d\xe9"
                       "cl.")},
        {"trader_name", QStringLiteral("importateur")},
        {"hs_code", QStringLiteral("code sh")},
        {"origin_country", QStringLiteral("pays d'origine")},
        {"invoice_value", QStringLiteral("valeur facture")},
        {"currency", QStringLiteral("devise")},
        {"net_weight_kg", QStringLiteral("poids net")}};
    for (const auto &[column, source] : mapping) {
        choose(wizard.findChild<QComboBox *>(QStringLiteral("mappingSource_") +
                                             QLatin1StringView(column)),
               source);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.mappingPage()->isBusy(); }, 10000));
    EXPECT_TRUE(wizard.mappingPage()->isComplete());
    // Detected from the first records when the columns were chosen.
    EXPECT_TRUE(wizard.findChild<QCheckBox *>(QStringLiteral("mappingDecimalComma_invoice_value"))
                    ->isChecked());
    EXPECT_EQ(wizard.findChild<QComboBox *>(QStringLiteral("mappingDateLayout_date"))
                  ->currentData()
                  .toInt(),
              int(DateLayout::DayMonthYear));
    savePicture(wizard, QStringLiteral("import-mapping.png"), folder);
}
