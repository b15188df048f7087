// Every built-in import profile on its real data in shared/data (counts from the SOURCE.md
// files there), and the encodings and number layouts a canonical file may come in.
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace clearsight;

namespace
{

QString sharedData(const char *relative)
{
    return QDir(QStringLiteral(CLEARSIGHT_SHARED_DATA)).filePath(QLatin1StringView(relative));
}

class ProfilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("w.clearsight"));
        ASSERT_TRUE(workspace::create(m_db).ok());
    }

    ImportSummary import(const QString &file, const ImportOptions &options = {})
    {
        const Result<ImportSummary> s = importFile(m_db, file, options);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
        return s.ok() ? s.value() : ImportSummary{};
    }

    QVariant scalar(const QString &sql)
    {
        Result<Connection> c = Connection::open(m_db, Connection::Mode::ReadOnly);
        QSqlQuery q(c->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        EXPECT_TRUE(q.next()) << sql.toStdString();
        return q.value(0);
    }

    // Data rows of a plain (quote-free) CSV whose column `name` equals `value`.
    static int countWhere(const QString &file, const QString &name, const QString &value)
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        const QStringList header =
            QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
        const qsizetype column = header.indexOf(name);
        int count = 0;
        while (!f.atEnd()) {
            const QStringList fields =
                QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
            count += fields.value(column) == value;
        }
        return count;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(ProfilesTest, KoreaCustomsSyntheticDeclarations)
{
    // SOURCE.md: 37,385 + 8,134 + 8,481 rows; Item Price <= 0 in 506 of the 54,000.
    const char *files[] = {"kcs-synthetic-declarations/df_syn_train_eng.csv",
                           "kcs-synthetic-declarations/df_syn_valid_eng.csv",
                           "kcs-synthetic-declarations/df_syn_test_eng.csv"};
    const qint64 rows[] = {37385, 8134, 8481};
    int frauds = 0;
    for (int i = 0; i < 3; ++i) {
        const ImportSummary s = import(sharedData(files[i]));
        EXPECT_EQ(s.profile, QStringLiteral("kcs"));
        EXPECT_EQ(s.read, rows[i]);
        EXPECT_EQ(s.stored, rows[i]);
        EXPECT_EQ(s.rejected, 0);
        frauds += countWhere(sharedData(files[i]), QStringLiteral("Fraud"), QStringLiteral("1"));
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM declarations")).toInt(), 54000);
    // A control took place on every row; Fraud is its outcome.
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM declarations WHERE inspected = 1")).toInt(),
        54000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM declarations WHERE outcome = 'ILLICIT'"))
                  .toInt(),
              frauds);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM findings WHERE kind = 'non_positive_value'"))
            .toInt(),
        506);
    // Item Price is the customs value in KRW, which the empty workspace took on.
    EXPECT_EQ(scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'national_currency'"))
                  .toString(),
              QStringLiteral("KRW"));
    EXPECT_EQ(scalar(QStringLiteral(
                         "SELECT cif_value FROM declarations WHERE declaration_id = '97061800'"))
                  .toDouble(),
              372254.4);
    // The national transport code is kept with the row.
    EXPECT_TRUE(
        scalar(QStringLiteral("SELECT extra FROM declarations WHERE declaration_id = '97061800'"))
            .toString()
            .contains(QStringLiteral("\"mode of transport\":\"10\"")));
}

TEST_F(ProfilesTest, BacudaTrainingSampleRejectsOnlyItsTruncatedRecord)
{
    // SOURCE.md: complete records, then one cut off inside a quoted multi-line field.
    const ImportSummary s = import(sharedData("date-bacuda-samples/train_first25.csv"));
    EXPECT_EQ(s.profile, QStringLiteral("bacuda-sgd"));
    EXPECT_EQ(s.read, 8);
    EXPECT_EQ(s.stored, 7);
    EXPECT_EQ(s.rejected, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT source_line FROM rejects")).toInt(), 24);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT date FROM declarations WHERE declaration_id = 'SGD826036'"))
            .toString(),
        QStringLiteral("2014-08-14"));
    EXPECT_EQ(scalar(QStringLiteral(
                         "SELECT hs_code FROM declarations WHERE declaration_id = 'SGD826036'"))
                  .toString(),
              QStringLiteral("7321119014"));
}

TEST_F(ProfilesTest, BacudaWeeklySample)
{
    const ImportSummary s = import(sharedData("date-bacuda-samples/week1_ano.csv"));
    EXPECT_EQ(s.profile, QStringLiteral("bacuda-raw"));
    EXPECT_EQ(s.stored, 50);
    EXPECT_EQ(
        scalar(QStringLiteral(
                   "SELECT COUNT(*) FROM declarations WHERE date IN ('2020-04-18', '2020-04-20')"))
            .toInt(),
        50);
    // SOURCE.md: CIF/FOB is never below 1.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM findings WHERE kind = 'cif_below_fob'"))
                  .toInt(),
              0);
}

TEST_F(ProfilesTest, BacudaIdLayoutFromItsDocumentedHeader)
{
    const QString file = m_dir.filePath(QStringLiteral("synthetic.csv"));
    test::writeFile(
        file, "sgd.id,sgd.date,importer.id,declarant.id,country,office.id,tariff.code,"
              "quantity,gross.weight,fob.value,cif.value,total.taxes,illicit,revenue\n"
              "SGD1,13-01-02,IMP1,DEC1,CNTRY1,OFFICE1,8703230000,1,1200,5000,5500,900,1,300\n");
    const ImportSummary s = import(file);
    EXPECT_EQ(s.profile, QStringLiteral("bacuda-id"));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT date || outcome || revenue_recovered FROM declarations"))
            .toString(),
        QStringLiteral("2013-01-02ILLICIT300.0"));
}

TEST_F(ProfilesTest, SiscoriGroupsBecomeItemsValuedByIncoterm)
{
    // SOURCE.md: 63 lines in 26 item groups; FCA 38, CPT 16, EXW 9 lines; customs value =
    // VMLE + freight + insurance; under CPT the freight is already in the invoice.
    const ImportSummary s = import(sharedData("br-siscori-sample/CAPI011905.CSV"));
    EXPECT_EQ(s.profile, QStringLiteral("siscori"));
    EXPECT_EQ(s.encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(s.separator, '@');
    EXPECT_EQ(s.read, 63);
    EXPECT_EQ(s.stored, 63);
    EXPECT_EQ(s.items, 26);
    EXPECT_EQ(
        scalar(QStringLiteral(
                   "SELECT COUNT(*) FROM declarations WHERE incoterm = 'CPT' AND freight <> 0"))
            .toInt(),
        0);
    // Under FCA and EXW the declared freight is added; one FCA group of the file declares none.
    const int eOrFRules =
        scalar(QStringLiteral("SELECT COUNT(*) FROM declarations WHERE incoterm IN ('FCA', 'EXW')"))
            .toInt();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM declarations WHERE incoterm IN ('FCA', "
                                    "'EXW') AND freight > 0"))
                  .toInt(),
              eOrFRules - 1);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM declarations WHERE "
                              "ABS(cif_value - (invoice_value + freight + insurance)) > 0.05"))
            .toInt(),
        0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT date FROM declarations LIMIT 1")).toString(),
              QStringLiteral("2019-05-01"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT origin_country FROM declarations WHERE declaration_id "
                                    "= '0000000084020000'"))
                  .toString(),
              QStringLiteral("DE"));
    EXPECT_TRUE(scalar(QStringLiteral("SELECT extra FROM declarations LIMIT 1"))
                    .toString()
                    .contains(QStringLiteral("RAÇA")));
}

TEST_F(ProfilesTest, CanonicalFileInOtherEncodingsSeparatorsAndNumberLayouts)
{
    // The same two records as UTF-16 with a BOM, and as Latin-1 with ';' and decimal commas.
    QByteArray text = test::canonicalHeader() + '\n' +
                      test::canonicalLine({QStringLiteral("trader_name=Société Générale d'Import"),
                                           QStringLiteral("partner_country=NA")}) +
                      '\n';
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QString utf16File = m_dir.filePath(QStringLiteral("utf16.csv"));
    test::writeFile(utf16File, utf16(QString::fromUtf8(text)));
    const ImportSummary a = import(utf16File);
    EXPECT_EQ(a.encoding, QStringLiteral("utf-16le"));
    EXPECT_EQ(a.stored, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT trader_name FROM declarations")).toString(),
              QStringLiteral("Société Générale d'Import"));
    // Namibia's code is a country, not "not available".
    EXPECT_EQ(scalar(QStringLiteral("SELECT partner_country FROM declarations")).toString(),
              QStringLiteral("NA"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM findings")).toInt(), 0);

    QString european = QString::fromUtf8(
        test::canonicalHeader() + '\n' +
        test::canonicalLine(
            {QStringLiteral("declaration_id=EU1"), QStringLiteral("date=14/03/2025"),
             QStringLiteral("trader_name=Müller Çelik"), QStringLiteral("invoice_value=1000,50"),
             QStringLiteral("cif_value=1234,75")}));
    european.replace(QLatin1Char(','), QLatin1Char(';'));
    european.replace(QStringLiteral("1000;50"), QStringLiteral("1000,50"));
    european.replace(QStringLiteral("1234;75"), QStringLiteral("1234,75"));
    const QString latinFile = m_dir.filePath(QStringLiteral("latin1.csv"));
    test::writeFile(latinFile, european.toLatin1());
    const ImportSummary b = import(latinFile);
    EXPECT_EQ(b.separator, ';');
    EXPECT_EQ(b.encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(b.stored, 1);
    EXPECT_EQ(
        scalar(QStringLiteral(
                   "SELECT date || '|' || trader_name || '|' || invoice_value || '|' || cif_value "
                   "FROM declarations WHERE declaration_id = 'EU1'"))
            .toString(),
        QStringLiteral("2025-03-14|Müller Çelik|1000.5|1234.75"));
}

TEST_F(ProfilesTest, ANamedProfileThatDoesNotExistIsRefused)
{
    ImportOptions options;
    options.profile = QStringLiteral("nope");
    const Result<ImportSummary> s =
        importFile(m_db, sharedData("date-bacuda-samples/week1_ano.csv"), options);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("siscori")));
}
