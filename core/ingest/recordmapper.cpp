#include "recordmapper.h"

#include "siscorimapper.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cstdio>

namespace clearsight
{

namespace
{

using R = ColumnRule::Reader;

bool isTrue(QByteArrayView flag)
{
    const QByteArrayView t = trimmedField(flag);
    if (t.isEmpty())
        return false;
    const char c = t[0];
    return c == '1' || c == 'Y' || c == 'y' || c == 'T' || c == 't';
}

void appendJsonString(std::string &out, QByteArrayView text)
{
    out.push_back('"');
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
            out.append(escaped);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

} // namespace

Result<std::unique_ptr<RecordMapper>> RecordMapper::create(const ImportProfile &profile,
                                                           const QStringList &header,
                                                           const QString &fileName)
{
    std::unique_ptr<RecordMapper> mapper;
    if (profile.mergeSiscoriGroups)
        mapper.reset(new SiscoriMapper(profile, header));
    else
        mapper.reset(new RecordMapper(profile, header));
    QStringList missing;
    for (CanonicalColumn required : {CanonicalColumn::DeclarationId, CanonicalColumn::Date}) {
        bool bound = false;
        for (const BoundRule &b : mapper->m_bound)
            bound =
                bound || (b.rule.target == required && (b.source >= 0 || !b.constant.isEmpty()));
        if (!bound)
            missing << columnName(required);
    }
    if (!missing.isEmpty()) {
        return makeError(Error::Code::BadInput,
                         QCoreApplication::translate(
                             "Import", "%1, line 1: the header has no column for %2 (profile "
                                       "\"%3\"), so its records cannot become declarations. "
                                       "Its columns are: %4.")
                             .arg(fileName, missing.join(QStringLiteral(" and ")), profile.name,
                                  header.join(QStringLiteral(", ")).left(300)));
    }
    return mapper;
}

RecordMapper::RecordMapper(const ImportProfile &profile, const QStringList &header)
    : m_profile(profile), m_header(header)
{
    std::vector<bool> used(size_t(header.size()), false);
    for (const ColumnRule &rule : profile.rules) {
        BoundRule b;
        b.rule = rule;
        b.source = rule.source.isEmpty() ? -1 : int(header.indexOf(rule.source));
        if (rule.reader == R::Constant)
            b.constant = rule.argument.toUtf8();
        if (rule.reader == R::PercentOf)
            b.argument = int(header.indexOf(rule.argument));
        for (const auto &[from, to] : rule.codes)
            b.codes.emplace_back(from.toUtf8(), to.toUtf8());
        if (b.source < 0 && rule.reader != R::Constant)
            continue; // the file lacks this column: the canonical value stays empty
        // Code-mapped columns stay in the extra columns too: the national code is kept.
        if (b.source >= 0 && rule.reader != R::CodeMap)
            used[size_t(b.source)] = true;
        m_bound.push_back(b);
    }
    for (int i = 0; i < header.size(); ++i) {
        if (used[size_t(i)] || header.at(i).isEmpty())
            continue;
        // A name the header repeats (SISCORI has PAIS twice) gets its rank: "pais (2)".
        const qsizetype rank = header.mid(0, i).count(header.at(i)) + 1;
        const QString key =
            rank > 1 ? QStringLiteral("%1 (%2)").arg(header.at(i)).arg(rank) : header.at(i);
        m_extraColumns.push_back(i);
        m_extraKeys.push_back(key.toUtf8());
    }
}

QByteArrayView RecordMapper::field(const CsvRecord &record, int index) const
{
    return index >= 0 && size_t(index) < record.fields.size() ? record.fields[size_t(index)]
                                                              : QByteArrayView();
}

QByteArrayView RecordMapper::apply(const BoundRule &b, const CsvRecord &record,
                                   std::string &scratch) const
{
    const QByteArrayView raw = field(record, b.source);
    switch (b.rule.reader) {
    case R::Text:
        return raw;
    case R::Number: {
        if (!b.rule.decimalComma)
            return raw;
        bool empty = false;
        const auto value = parseNumber(raw, true, &empty);
        return value ? formatNumber(*value, scratch) : trimmedField(raw);
    }
    case R::Date: {
        if (b.rule.dateLayout == DateLayout::Iso)
            return raw;
        const auto day = parseDate(raw, b.rule.dateLayout);
        if (!day)
            return trimmedField(raw); // rejected by the normaliser with the source text
        scratch.resize(10);
        formatIsoDate(*day, scratch.data());
        return QByteArrayView(scratch.data(), 10);
    }
    case R::ItemOfTotal: {
        const QByteArrayView t = trimmedField(raw);
        qsizetype n = 0;
        while (n < t.size() && t[n] >= '0' && t[n] <= '9')
            ++n;
        return n > 0 ? t.first(n) : t;
    }
    case R::Constant:
        return b.constant;
    case R::OutcomeFlag:
        if (trimmedField(raw).isEmpty())
            return {};
        return isTrue(raw) ? QByteArrayView("ILLICIT") : QByteArrayView("COMPLIANT");
    case R::InspectedFlag:
        return trimmedField(raw).isEmpty() ? QByteArrayView() : QByteArrayView("1");
    case R::PercentOf: {
        const auto value = parseNumber(raw, b.rule.decimalComma);
        const auto rate = parseNumber(field(record, b.argument), b.rule.decimalComma);
        if (!value || !rate)
            return {};
        return formatNumber(*value * *rate / 100.0, scratch);
    }
    case R::CodeMap: {
        const QByteArrayView code = trimmedField(raw);
        for (const auto &[from, to] : b.codes) {
            if (code == QByteArrayView(from))
                return to;
        }
        return {};
    }
    }
    return raw;
}

void RecordMapper::buildExtra(const CsvRecord &record, std::string &out) const
{
    out.clear();
    bool first = true;
    for (size_t i = 0; i < m_extraColumns.size(); ++i) {
        const QByteArrayView value = trimmedField(field(record, m_extraColumns[i]));
        if (value.isEmpty())
            continue;
        out.push_back(first ? '{' : ',');
        first = false;
        appendJsonString(out, m_extraKeys[i]);
        out.push_back(':');
        appendJsonString(out, value);
    }
    if (!first)
        out.push_back('}');
}

void RecordMapper::add(const CsvRecord &record, const Sink &sink)
{
    MappedItem item;
    for (const BoundRule &b : m_bound)
        item.fields[size_t(b.rule.target)] = apply(b, record, m_scratch[size_t(b.rule.target)]);
    buildExtra(record, m_extra);
    item.extraJson = QByteArrayView(m_extra.data(), qsizetype(m_extra.size()));
    item.line = record.line;
    item.raw = record.raw;
    sink(item);
}

void RecordMapper::finish(const Sink &) {}

int RecordMapper::sourceColumnOf(CanonicalColumn column) const
{
    for (const BoundRule &b : m_bound) {
        if (b.rule.target == column)
            return b.source;
    }
    return -1;
}

QString RecordMapper::mappingJson() const
{
    QJsonObject root = m_profile.toJson();
    QJsonArray extra;
    for (int index : m_extraColumns)
        extra.append(m_header.at(index));
    root.insert(QStringLiteral("extra"), extra);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace clearsight
