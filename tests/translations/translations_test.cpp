// Every view opens in French and Spanish with no English left: translations/clearsight_fr.ts and
// clearsight_es.ts hold no unfinished, obsolete or empty message, every plural form is filled,
// each translation keeps the placeholders, accelerator, line breaks and HTML tags of its source,
// and the files hold exactly the messages the sources have (lupdate, run on copies the way
// `cmake --build build --target update_translations` runs it, finds nothing new and nothing gone).
//
// When this fails after adding or changing a tr() string: run the update_translations target,
// translate the messages it marks unfinished (Qt Linguist, or by hand in the .ts files: remove
// type="unfinished" once translated) and delete the entries it marks vanished or obsolete.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace
{

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
};

struct TsFile {
    QString language;
    std::vector<TsMessage> messages;
    QString error;
};

QString tsPath(const QString &language)
{
    return QStringLiteral(CLEARSIGHT_TRANSLATIONS_DIR "/clearsight_%1.ts").arg(language);
}

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(QStringLiteral("type")).toString();
    if (!message.numerus) {
        message.translations << xml.readElementText();
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QStringLiteral("numerusform"))
            message.translations << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QStringLiteral("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QStringLiteral("comment"))
            message.comment = xml.readElementText();
        else if (xml.name() == QStringLiteral("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement(); // location, extracomment, translatorcomment, ...
    }
    return message;
}

TsFile readTs(const QString &path)
{
    TsFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return result;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == QStringLiteral("TS")) {
        result.language = xml.attributes().value(QStringLiteral("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != QStringLiteral("context")) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QStringLiteral("name"))
                    context = xml.readElementText();
                else if (xml.name() == QStringLiteral("message"))
                    result.messages.push_back(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    } else if (!xml.hasError()) {
        result.error = QStringLiteral("%1: not a Qt Linguist .ts file").arg(path);
    }
    if (xml.hasError())
        result.error = QStringLiteral("%1, line %2: %3")
                           .arg(path)
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
    return result;
}

std::string describe(const TsMessage &message)
{
    QString text = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
    if (!message.comment.isEmpty())
        text += QStringLiteral(" (") + message.comment + QLatin1Char(')');
    return text.replace(QLatin1Char('\n'), QStringLiteral("\\n")).toStdString();
}

QString key(const TsMessage &message)
{
    return message.context + QChar(0x1f) + message.source + QChar(0x1f) + message.comment;
}

bool isObsolete(const QString &type)
{
    return type == QStringLiteral("vanished") || type == QStringLiteral("obsolete");
}

bool isObsolete(const TsMessage &message)
{
    return isObsolete(message.type);
}

std::string list(const std::vector<std::string> &lines)
{
    std::string text;
    for (const std::string &line : lines)
        text += "\n  " + line;
    return text;
}

// Plural forms Qt expects for a language (its numerus rules): French and Spanish have two.
int pluralForms(const QString &language)
{
    return language.startsWith(QStringLiteral("fr")) || language.startsWith(QStringLiteral("es"))
               ? 2
               : 0;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[0-9]{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

// A mnemonic: "&" before a character other than "&" or a space, not an HTML entity.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!&)&(?![&\\s])(?![A-Za-z]+;|#[0-9]+;)"));
    return pattern.match(text).hasMatch();
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured().toLower();
    return found;
}

class TranslationFile : public testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        m_ts = readTs(tsPath(QLatin1StringView(GetParam())));
        ASSERT_TRUE(m_ts.error.isEmpty()) << m_ts.error.toStdString();
    }

    TsFile m_ts;
};

TEST_P(TranslationFile, IsForItsLanguageAndHasMessages)
{
    EXPECT_TRUE(m_ts.language.startsWith(QLatin1StringView(GetParam())))
        << "language attribute: " << m_ts.language.toStdString();
    EXPECT_GT(m_ts.messages.size(), 100u);
}

TEST_P(TranslationFile, EveryMessageIsTranslated)
{
    std::vector<std::string> unfinished, obsolete, empty;
    const int forms = pluralForms(m_ts.language);
    for (const TsMessage &message : m_ts.messages) {
        if (message.type == QStringLiteral("unfinished"))
            unfinished.push_back(describe(message));
        else if (isObsolete(message))
            obsolete.push_back(describe(message));
        const bool anyEmpty =
            message.translations.isEmpty() ||
            std::any_of(message.translations.cbegin(), message.translations.cend(),
                        [](const QString &text) { return text.trimmed().isEmpty(); });
        const bool wrongForms =
            message.numerus && forms > 0 && message.translations.size() != forms;
        if (message.type.isEmpty() && (anyEmpty || wrongForms))
            empty.push_back(describe(message));
    }
    EXPECT_TRUE(unfinished.empty())
        << unfinished.size() << " message(s) marked unfinished in " << GetParam()
        << " (translate them, then drop type=\"unfinished\"):" << list(unfinished);
    EXPECT_TRUE(obsolete.empty()) << obsolete.size() << " obsolete message(s) in " << GetParam()
                                  << " (the sources no longer have them: delete them):"
                                  << list(obsolete);
    EXPECT_TRUE(empty.empty()) << empty.size() << " message(s) with an empty translation or a "
                               << "missing plural form in " << GetParam() << ":" << list(empty);
}

TEST_P(TranslationFile, TranslationsKeepPlaceholdersAcceleratorsLineBreaksAndTags)
{
    std::vector<std::string> problems;
    for (const TsMessage &message : m_ts.messages) {
        if (isObsolete(message))
            continue;
        QStringList wanted = placeholders(message.source);
        for (const QString &text : message.translations) {
            if (text.isEmpty())
                continue; // reported as untranslated
            QStringList got = placeholders(text);
            if (message.numerus && !got.contains(QStringLiteral("%n")))
                got << QStringLiteral("%n"); // a plural form may spell the number out
            got.removeDuplicates();
            wanted.removeDuplicates();
            got.sort();
            if (got != wanted)
                problems.push_back(describe(message) + " -> placeholders " +
                                   got.join(QLatin1Char(' ')).toStdString() + " in \"" +
                                   text.toStdString() + "\"");
            if (hasAccelerator(message.source) != hasAccelerator(text))
                problems.push_back(describe(message) + " -> accelerator (&) in \"" +
                                   text.toStdString() + "\"");
            if (message.source.count(QLatin1Char('\n')) != text.count(QLatin1Char('\n')))
                problems.push_back(describe(message) + " -> line breaks in \"" +
                                   text.toStdString() + "\"");
            if (htmlTags(message.source) != htmlTags(text))
                problems.push_back(describe(message) + " -> HTML tags in \"" + text.toStdString() +
                                   "\"");
        }
    }
    EXPECT_TRUE(problems.empty()) << problems.size() << " translation(s) in " << GetParam()
                                  << " differ from their source:" << list(problems);
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationFile, testing::Values("fr", "es"),
                         [](const testing::TestParamInfo<const char *> &info) {
                             return std::string(info.param);
                         });

// lupdate on copies of the .ts files, with the project description update_translations uses
// (same sources, include paths and options): a message it adds is a tr() string nobody
// translated, a message it marks vanished is one the sources no longer have.
TEST(Translations, MatchTheSources)
{
    const QString project = QStringLiteral(CLEARSIGHT_LUPDATE_PROJECT);
    const QString lupdate = QStringLiteral(CLEARSIGHT_LUPDATE);
    if (!QFileInfo::exists(project) || !QFileInfo::exists(lupdate))
        GTEST_SKIP() << "no lupdate project description (" << project.toStdString()
                     << ") or no lupdate (" << lupdate.toStdString() << ")";

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("project.json"));
    QProcess cmake;
    cmake.start(QStringLiteral(CLEARSIGHT_CMAKE),
                {QStringLiteral("-DIN_FILE=") + project, QStringLiteral("-DOUT_FILE=") + json,
                 QStringLiteral("-P"), QStringLiteral(CLEARSIGHT_LUPDATE_PROJECT_SCRIPT)});
    ASSERT_TRUE(cmake.waitForFinished(60'000));
    ASSERT_EQ(cmake.exitCode(), 0) << cmake.readAllStandardError().toStdString();

    const QStringList languages{QStringLiteral("fr"), QStringLiteral("es")};
    QStringList copies;
    for (const QString &language : languages) {
        const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
        ASSERT_TRUE(QFile::copy(tsPath(language), copy)) << tsPath(language).toStdString();
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies << copy;
    }
    QProcess run;
    run.start(lupdate, QStringList{QStringLiteral("-project"), json, QStringLiteral("-locations"),
                                   QStringLiteral("none"), QStringLiteral("-ts")} +
                           copies);
    ASSERT_TRUE(run.waitForFinished(120'000));
    ASSERT_EQ(run.exitCode(), 0) << run.readAllStandardError().toStdString();

    for (qsizetype i = 0; i < copies.size(); ++i) {
        const TsFile original = readTs(tsPath(languages[i]));
        const TsFile updated = readTs(copies[i]);
        ASSERT_TRUE(updated.error.isEmpty()) << updated.error.toStdString();
        QHash<QString, QString> originalTypes; // message key -> its type in the committed file
        for (const TsMessage &message : original.messages)
            originalTypes.insert(key(message), message.type);
        std::vector<std::string> added, gone;
        for (const TsMessage &message : updated.messages) {
            const auto found = originalTypes.constFind(key(message));
            if (found == originalTypes.cend())
                added.push_back(describe(message));
            else if (isObsolete(message) && !isObsolete(found.value()))
                gone.push_back(describe(message));
        }
        EXPECT_TRUE(added.empty())
            << added.size() << " tr() string(s) of the sources missing from "
            << tsPath(languages[i]).toStdString()
            << " (run the update_translations target and translate them):" << list(added);
        EXPECT_TRUE(gone.empty())
            << gone.size() << " message(s) of " << tsPath(languages[i]).toStdString()
            << " no longer in the sources (run update_translations and delete them):" << list(gone);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
