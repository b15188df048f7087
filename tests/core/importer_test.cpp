#include "ingest/importer.h"
#include "store/batchrepository.h"
#include "store/connection.h"
#include "store/declarationindexes.h"
#include "store/statsrepository.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace clearsight;
using test::canonicalHeader;
using test::canonicalLine;

namespace
{

class ImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("w.clearsight"));
        ASSERT_TRUE(workspace::create(m_db).ok());
    }

    QString writeCsv(const QString &name, const QList<QByteArray> &lines)
    {
        const QString path = m_dir.filePath(name);
        QByteArray bytes = canonicalHeader() + '\n';
        for (const QByteArray &line : lines)
            bytes += line + '\n';
        test::writeFile(path, bytes);
        return path;
    }

    QVariant scalar(const QString &sql)
    {
        Result<Connection> c = Connection::open(m_db, Connection::Mode::ReadOnly);
        QSqlQuery q(c->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        EXPECT_TRUE(q.next()) << sql.toStdString();
        return q.value(0);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(ImporterTest, EveryRecordIsStoredOrRejectedWithItsLineAndReason)
{
    const QString csv =
        writeCsv(QStringLiteral("mixed.csv"),
                 {canonicalLine({}), canonicalLine({QStringLiteral("declaration_id=")}),
                  canonicalLine({QStringLiteral("declaration_id=25IM0002"),
                                 QStringLiteral("date=2025-13-45")}),
                  canonicalLine({QStringLiteral("declaration_id=25IM0003")})});
    const Result<ImportSummary> s = importFile(m_db, csv);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->read, 4);
    EXPECT_EQ(s->stored, 2);
    EXPECT_EQ(s->rejected, 2);
    EXPECT_EQ(s->read, s->stored + s->rejected);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM declarations")).toInt(), 2);
    // Line numbers count the header as line 1.
    EXPECT_EQ(scalar(QStringLiteral(
                         "SELECT source_line FROM rejects WHERE column_name = 'declaration_id'"))
                  .toInt(),
              3);
    const QString dateReason =
        scalar(QStringLiteral("SELECT reason FROM rejects WHERE column_name = 'date'")).toString();
    EXPECT_TRUE(dateReason.contains(QStringLiteral("mixed.csv, line 4, column 3")));
    EXPECT_TRUE(dateReason.contains(QStringLiteral("2025-13-45")));
    EXPECT_TRUE(scalar(QStringLiteral("SELECT raw_text FROM rejects WHERE column_name = 'date'"))
                    .toString()
                    .startsWith(QStringLiteral("25IM0002,")));
}

TEST_F(ImporterTest, QuestionableValuesAreStoredWithFindings)
{
    const QString csv = writeCsv(
        QStringLiteral("findings.csv"),
        {canonicalLine({QStringLiteral("net_weight_kg=80")}),
         canonicalLine({QStringLiteral("declaration_id=D2"), QStringLiteral("cif_value=800")}),
         canonicalLine({QStringLiteral("declaration_id=D3"), QStringLiteral("invoice_value=-5")}),
         canonicalLine({QStringLiteral("declaration_id=D4"), QStringLiteral("incoterm=DDU")}),
         canonicalLine({QStringLiteral("declaration_id=D5"), QStringLiteral("quantity=abc")}),
         canonicalLine({QStringLiteral("declaration_id=D6"), QStringLiteral("hs_code=62A3")}),
         canonicalLine({QStringLiteral("declaration_id=D7"), QStringLiteral("date=1985-05-01")}),
         canonicalLine({QStringLiteral("declaration_id=D8")})});
    const Result<ImportSummary> s = importFile(m_db, csv);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->stored, 8);
    auto kindOf = [this](const char *declaration) {
        return scalar(
                   QStringLiteral("SELECT group_concat(f.kind) FROM findings f JOIN declarations d "
                                  "ON d.id = f.declaration_row WHERE d.declaration_id = '%1'")
                       .arg(QLatin1StringView(declaration)))
            .toString();
    };
    EXPECT_EQ(kindOf("25IM0001"), QStringLiteral("net_above_gross"));
    EXPECT_EQ(kindOf("D2"), QStringLiteral("cif_below_fob"));
    EXPECT_EQ(kindOf("D3"), QStringLiteral("non_positive_value"));
    EXPECT_EQ(kindOf("D4"), QStringLiteral("legacy_incoterm"));
    EXPECT_EQ(kindOf("D5"), QStringLiteral("unreadable_number"));
    EXPECT_EQ(kindOf("D6"), QStringLiteral("unknown_hs_code"));
    EXPECT_EQ(kindOf("D7"), QStringLiteral("date_out_of_range"));
    EXPECT_TRUE(kindOf("D8").isEmpty());
    // The legacy DDU is stored as its 2020 successor DAP; the unreadable quantity as empty.
    EXPECT_EQ(scalar(QStringLiteral("SELECT incoterm FROM declarations WHERE declaration_id='D4'"))
                  .toString(),
              QStringLiteral("DAP"));
    EXPECT_TRUE(
        scalar(QStringLiteral("SELECT quantity FROM declarations WHERE declaration_id='D5'"))
            .isNull());
    EXPECT_NE(scalar(QStringLiteral("SELECT findings FROM declarations WHERE declaration_id='D5'"))
                  .toInt(),
              0);
}

TEST_F(ImporterTest, DuplicateItemsAreStoredAndMarkedWithinAndAcrossFiles)
{
    const QString first =
        writeCsv(QStringLiteral("a.csv"), {canonicalLine({}), canonicalLine({}),
                                           canonicalLine({QStringLiteral("item_no=2")})});
    ASSERT_TRUE(importFile(m_db, first).ok());
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM findings WHERE kind='duplicate_item'")).toInt(),
        1);
    const QString second =
        writeCsv(QStringLiteral("b.csv"), {canonicalLine({QStringLiteral("item_no=2")})});
    const Result<ImportSummary> s = importFile(m_db, second);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->duplicates, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM declarations")).toInt(), 4);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM findings WHERE kind='duplicate_item'")).toInt(),
        2);
}

TEST_F(ImporterTest, TheSameFileTwiceIsRefusedUnlessForced)
{
    const QString csv = writeCsv(QStringLiteral("once.csv"), {canonicalLine({})});
    ASSERT_TRUE(importFile(m_db, csv).ok());
    const Result<ImportSummary> again = importFile(m_db, csv);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::AlreadyImported);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("--force")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 1);
    ImportOptions force;
    force.force = true;
    ASSERT_TRUE(importFile(m_db, csv, force).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM declarations")).toInt(), 2);
}

TEST_F(ImporterTest, ACancelledImportLeavesTheStoreExactlyAsBefore)
{
    ASSERT_TRUE(importFile(m_db, writeCsv(QStringLiteral("small.csv"), {canonicalLine({})})).ok());
    QList<QByteArray> lines;
    for (int i = 0; i < 40000; ++i)
        lines << canonicalLine({QStringLiteral("declaration_id=C%1").arg(i)});
    const QString big = writeCsv(QStringLiteral("big.csv"), lines);
    int calls = 0;
    const Result<ImportSummary> s = importFile(m_db, big, {}, [&calls](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Cancelled);
    EXPECT_GT(calls, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM declarations")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM findings")).toInt(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM traders")).toInt(), 1);
    // The indexes dropped for the bulk load are there again.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND "
                                    "tbl_name='declarations'"))
                  .toInt(),
              declarationIndexNames().size());
}

TEST_F(ImporterTest, FilesThatAreNotDeclarationFilesAreRefusedWhole)
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
    test::writeFile(empty, QByteArray());
    const QString binary = m_dir.filePath(QStringLiteral("image.png"));
    test::writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 20));
    const QString otherHeader = m_dir.filePath(QStringLiteral("other.csv"));
    test::writeFile(otherHeader, "name,age\nBob,42\n");
    const QString headerOnly = m_dir.filePath(QStringLiteral("header.csv"));
    test::writeFile(headerOnly, canonicalHeader() + '\n');
    for (const QString &file : {empty, binary, otherHeader, headerOnly}) {
        const Result<ImportSummary> s = importFile(m_db, file);
        ASSERT_FALSE(s.ok()) << file.toStdString();
        EXPECT_TRUE(s.error().message.contains(QFileInfo(file).fileName()))
            << s.error().message.toStdString();
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM declarations")).toInt(), 0);
}

TEST_F(ImporterTest, BrokenQuotingRejectsOneRecordAndTheRestImports)
{
    QByteArray bytes = canonicalHeader() + '\n' + canonicalLine({}) + '\n';
    bytes += "25IM0009,1,2025-03-14,IM,PRT01,DCL001,TR001,\"ACME unterminated,x\n";
    bytes += canonicalLine({QStringLiteral("declaration_id=AFTER")}) + '\n';
    const QString csv = m_dir.filePath(QStringLiteral("quotes.csv"));
    test::writeFile(csv, bytes);
    const Result<ImportSummary> s = importFile(m_db, csv);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->read, 3);
    EXPECT_EQ(s->stored, 2);
    EXPECT_EQ(s->rejected, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT source_line FROM rejects")).toInt(), 3);
    EXPECT_TRUE(scalar(QStringLiteral("SELECT reason FROM rejects"))
                    .toString()
                    .contains(QStringLiteral("quote")));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM declarations WHERE declaration_id='AFTER'"))
            .toInt(),
        1);
}

TEST_F(ImporterTest, SourceColumnsWithoutACanonicalHomeAreKeptWithTheRow)
{
    const QString csv = m_dir.filePath(QStringLiteral("extra.csv"));
    test::writeFile(csv, canonicalHeader() + ",Container No\n" + canonicalLine({}) + ",MSKU123\n");
    ASSERT_TRUE(importFile(m_db, csv).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT extra FROM declarations")).toString(),
              QStringLiteral("{\"container no\":\"MSKU123\"}"));
}

TEST_F(ImporterTest, BatchesKeepLineageAndReferenceTablesFillUp)
{
    const QString csv =
        writeCsv(QStringLiteral("lineage.csv"),
                 {canonicalLine({}), canonicalLine({QStringLiteral("declaration_id=D2"),
                                                    QStringLiteral("trader_id=TR002"),
                                                    QStringLiteral("date=2025-04-01")})});
    ASSERT_TRUE(importFile(m_db, csv).ok());
    Result<Connection> c = Connection::open(m_db);
    const auto batches = BatchRepository(c.value()).all();
    ASSERT_TRUE(batches.ok());
    ASSERT_EQ(batches->size(), 1u);
    const ImportBatch &b = batches->front();
    EXPECT_EQ(b.fileName, QStringLiteral("lineage.csv"));
    EXPECT_EQ(b.sha256.size(), 64);
    EXPECT_EQ(b.profile, QStringLiteral("canonical"));
    EXPECT_EQ(b.read, 2);
    EXPECT_EQ(b.stored, 2);
    EXPECT_FALSE(b.finishedAt.isEmpty());
    const auto stats = StatsRepository(c.value()).statistics();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->traders, 2);
    EXPECT_EQ(stats->firstDate, QStringLiteral("2025-03-14"));
    EXPECT_EQ(stats->lastDate, QStringLiteral("2025-04-01"));
    EXPECT_DOUBLE_EQ(stats->customsValue, 949.0 * 2);
}

TEST_F(ImporterTest, ARecordInAnotherSeparatorIsRejectedWithItsReason)
{
    QByteArray text = test::canonicalHeader() + '\n' + test::canonicalLine({}) + '\n';
    text.replace(',', ';');
    text += test::canonicalLine({QStringLiteral("declaration_id=COMMAS")}) + '\n';
    const QString csv = m_dir.filePath(QStringLiteral("mixed-separators.csv"));
    test::writeFile(csv, text);
    const Result<ImportSummary> s = importFile(m_db, csv);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->separator, ';');
    EXPECT_EQ(s->stored, 1);
    EXPECT_EQ(s->rejected, 1);
    EXPECT_TRUE(scalar(QStringLiteral("SELECT reason FROM rejects"))
                    .toString()
                    .contains(QStringLiteral("line 3")));
}

TEST_F(ImporterTest, AHugeFieldIsRejectedAndTheFileGoesOn)
{
    QByteArray text = test::canonicalHeader() + '\n';
    text +=
        "HUGE,1,2025-03-14,IM,PRT01,DCL001,TR001,\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"\n";
    text += test::canonicalLine({QStringLiteral("declaration_id=AFTER")}) + '\n';
    const QString csv = m_dir.filePath(QStringLiteral("huge.csv"));
    test::writeFile(csv, text);
    const Result<ImportSummary> s = importFile(m_db, csv);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->rejected, 1);
    EXPECT_EQ(s->stored, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT declaration_id FROM declarations")).toString(),
              QStringLiteral("AFTER"));
}
