#include "headermapping.h"

#include "valueparsing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clearsight {

QString HeaderMapping::toJson() const
{
    QJsonObject columns;
    for (const ColumnInfo &info : canonicalColumns()) {
        const int index = sourceIndex[size_t(info.column)];
        if (index >= 0 && index < sourceHeader.size())
            columns.insert(QLatin1StringView(info.name), sourceHeader.at(index));
    }
    QJsonArray extra;
    for (int index : extraColumns)
        extra.append(sourceHeader.value(index));
    QJsonObject root;
    root.insert(QStringLiteral("profile"), profile);
    root.insert(QStringLiteral("columns"), columns);
    root.insert(QStringLiteral("extra"), extra);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<HeaderMapping> mapCanonicalHeader(const std::vector<QByteArrayView> &header,
                                         const QString &fileName)
{
    HeaderMapping mapping;
    mapping.profile = QStringLiteral("canonical");
    for (int i = 0; i < int(header.size()); ++i) {
        const QString name = QString::fromUtf8(trimmedField(header[size_t(i)])).toLower();
        mapping.sourceHeader << name;
        const auto column = canonicalColumnByName(name);
        if (column && mapping.sourceIndex[size_t(*column)] < 0)
            mapping.sourceIndex[size_t(*column)] = i;
        else
            mapping.extraColumns.push_back(i);
    }
    QStringList missing;
    for (CanonicalColumn required : {CanonicalColumn::DeclarationId, CanonicalColumn::Date}) {
        if (!mapping.maps(required))
            missing << columnName(required);
    }
    if (!missing.isEmpty()) {
        return makeError(
            Error::Code::BadInput,
            QCoreApplication::translate("Import",
                                        "%1, line 1: the header has no %2 column, so this is "
                                        "not a canonical declaration file. Its columns are: %3.")
                .arg(fileName, missing.join(QStringLiteral(" and ")),
                     mapping.sourceHeader.join(QStringLiteral(", ")).left(300)));
    }
    return mapping;
}

char detectSeparator(QByteArrayView firstLine)
{
    char best = ',';
    qsizetype bestCount = 0;
    for (char candidate : {',', ';', '\t', '|', '@'}) {
        const qsizetype count = firstLine.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

} // namespace clearsight
