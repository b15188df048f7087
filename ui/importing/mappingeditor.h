#pragma once

#include "domain/canonicalschema.h"
#include "ingest/importpreview.h"

#include <QTableWidget>

#include <array>

class QCheckBox;
class QComboBox;

namespace clearsight::ui
{

// One line per canonical column: which source column holds it (or none), how dates are
// written or whether numbers use a decimal comma, and the first value as it will be read.
// Edits make an ImportProfile of plain readers (text, number, date).
class MappingEditor : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { TargetColumn, SourceColumn, ReadingColumn, ExampleColumn, ColumnCount };

    explicit MappingEditor(QWidget *parent = nullptr);

    // The file's header (as written and normalised) and its first records, for the combos and
    // for detecting date layouts and decimal commas. Clears the mapping.
    void setSource(const QStringList &header, const QStringList &normalisedHeader,
                   const std::vector<PreviewRow> &rows);
    // Starts from a profile's plain rules whose source the header has; other columns are
    // guessed from their names.
    void startFrom(const std::optional<ImportProfile> &profile);

    ImportProfile profile(const QString &name) const;
    bool isMapped(CanonicalColumn column) const;
    // Shows, for every mapped column, its first value in the file and as it will be stored.
    void showExamples(const ImportPreview &preview);

    QComboBox *sourceCombo(CanonicalColumn column) const;
    QComboBox *dateLayoutCombo(CanonicalColumn column) const; // date columns only
    QCheckBox *decimalCommaBox(CanonicalColumn column) const; // numeric columns only

Q_SIGNALS:
    void mappingChanged();

private:
    struct Editors {
        QComboBox *source = nullptr;
        QComboBox *dateLayout = nullptr;
        QCheckBox *decimalComma = nullptr;
    };

    void createRow(CanonicalColumn column);
    void setSourceColumn(CanonicalColumn column, const QString &normalisedName);
    void detectReading(CanonicalColumn column);
    std::vector<QByteArray> samples(int sourceIndex) const;

    std::array<Editors, canonicalColumnCount> m_editors;
    QStringList m_header;
    QStringList m_normalised;
    std::vector<PreviewRow> m_rows;
};

} // namespace clearsight::ui
