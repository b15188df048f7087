#include "ingest/csvreader.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace clearsight;

namespace
{

struct Parsed {
    qint64 line;
    bool broken;
    std::vector<std::string> fields;
};

std::vector<Parsed> readAll(const QByteArray &bytes, CsvDialect dialect = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    CsvRecord record;
    std::vector<Parsed> out;
    while (reader.next(record)) {
        Parsed p{record.line, record.broken, {}};
        for (QByteArrayView f : record.fields)
            p.fields.emplace_back(f.data(), size_t(f.size()));
        out.push_back(std::move(p));
    }
    return out;
}

using Fields = std::vector<std::string>;

} // namespace

TEST(CsvReader, SplitsPlainRecordsAndKeepsEmptyFields)
{
    const auto records = readAll("a,b,c\n1,,3\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].fields, (Fields{"a", "b", "c"}));
    EXPECT_EQ(records[1].fields, (Fields{"1", "", "3"}));
    EXPECT_EQ(records[1].line, 2);
}

TEST(CsvReader, QuotedFieldsHoldSeparatorsNewlinesAndDoubledQuotes)
{
    const auto records =
        readAll("id,text\n1,\"a, b\"\n2,\"two\nlines\"\n3,\"say \"\"hi\"\"\"\n4,x\n");
    ASSERT_EQ(records.size(), 5u);
    EXPECT_EQ(records[1].fields, (Fields{"1", "a, b"}));
    EXPECT_EQ(records[2].fields, (Fields{"2", "two\nlines"}));
    EXPECT_EQ(records[3].fields, (Fields{"3", "say \"hi\""}));
    // The record after a two-line record starts on line 5.
    EXPECT_EQ(records[3].line, 5);
    EXPECT_EQ(records[4].line, 6);
}

TEST(CsvReader, HandlesCrLfBomAndAMissingFinalNewline)
{
    const auto records = readAll("\xEF\xBB\xBFid,v\r\n1,2\r\n3,4");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].fields, (Fields{"id", "v"}));
    EXPECT_EQ(records[1].fields, (Fields{"1", "2"}));
    EXPECT_EQ(records[2].fields, (Fields{"3", "4"}));
}

TEST(CsvReader, OtherSeparators)
{
    for (char sep : {';', '\t', '|', '@'}) {
        QByteArray text = "a;b\n\"x;y\";z\n";
        text.replace(';', sep);
        const auto records = readAll(text, CsvDialect{sep});
        ASSERT_EQ(records.size(), 2u) << sep;
        EXPECT_EQ(records[1].fields, (Fields{std::string("x") + sep + "y", "z"})) << sep;
    }
}

TEST(CsvReader, BlankLinesAreReportedAsBlankRecords)
{
    QByteArray copy = "a\n\n  \nb\n";
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvDialect{});
    CsvRecord r;
    int blanks = 0;
    int records = 0;
    while (reader.next(r)) {
        ++records;
        blanks += r.isBlank();
    }
    EXPECT_EQ(records, 4);
    EXPECT_EQ(blanks, 2);
}

TEST(CsvReader, AnUnterminatedQuoteRejectsItsLineAndReadingResumesOnTheNext)
{
    // Line 2 opens a quote that never closes: the reader gives up on it at the end of the
    // file, rejects line 2 only, and still reads lines 3 and 4.
    const auto records = readAll("id,text\n1,\"broken\n2,fine\n3,also fine\n");
    ASSERT_EQ(records.size(), 4u);
    EXPECT_TRUE(records[1].broken);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_FALSE(records[2].broken);
    EXPECT_EQ(records[2].fields, (Fields{"2", "fine"}));
    EXPECT_EQ(records[2].line, 3);
    EXPECT_EQ(records[3].fields, (Fields{"3", "also fine"}));
}

TEST(CsvReader, AQuoteRunningOnForThousandsOfLinesIsCutAtTheLimit)
{
    QByteArray text = "id,text\n1,\"runaway\n";
    for (int i = 0; i < 5000; ++i)
        text += QByteArray::number(i + 2) + ",row\n";
    text += "last,\"closing\"\n";
    const auto records = readAll(text, CsvDialect{',', '"', 200, 1 << 20});
    ASSERT_GE(records.size(), 5000u);
    EXPECT_TRUE(records[1].broken);
    EXPECT_EQ(records[2].fields, (Fields{"2", "row"}));
    EXPECT_EQ(records.back().fields, (Fields{"last", "closing"}));
}

TEST(CsvReader, FieldsLargerThanOneReadChunkSurvive)
{
    const std::string big(3 * 1024 * 1024, 'x');
    QByteArray text = "id,text\n1,\"";
    text += QByteArray::fromStdString(big);
    text += "\"\n2,y\n";
    const auto records = readAll(text);
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].fields[1].size(), big.size());
    EXPECT_EQ(records[2].fields, (Fields{"2", "y"}));
}

TEST(CsvReader, AStrayQuoteInsideAnUnquotedFieldIsKeptAsText)
{
    const auto records = readAll("a,b\n12\" pipe,2\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].fields, (Fields{"12\" pipe", "2"}));
}
