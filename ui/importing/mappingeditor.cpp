#include "mappingeditor.h"

#include "common/valueformat.h"
#include "declarations/declarationcolumns.h"
#include "importchoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSignalBlocker>

namespace clearsight::ui
{

namespace
{
bool isRequired(CanonicalColumn column)
{
    return column == CanonicalColumn::DeclarationId || column == CanonicalColumn::Date;
}

// The header name a column would most likely have: its canonical name, with spaces, or its
// title in the user's language.
QStringList likelyNames(CanonicalColumn column)
{
    const QString name = QString::fromLatin1(columnInfo(column).name);
    QString spaced = name;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return {name, spaced, normalisedHeaderName(columnTitle(column)),
            normalisedHeaderName(QString::fromLatin1(columnInfo(column).title))};
}

// The layout that reads most of the samples (the first in the list on a tie): one misspelt date
// among the first records should not hide how the others are written.
DateLayout likelyDateLayout(const std::vector<QByteArray> &samples)
{
    DateLayout best = DateLayout::Auto;
    int bestCount = 0;
    for (const DateLayoutChoice &choice : dateLayoutChoices()) {
        if (choice.layout == DateLayout::Auto)
            continue;
        int count = 0;
        for (const QByteArray &sample : samples)
            count += parseDate(trimmedField(sample), choice.layout) ? 1 : 0;
        if (count > bestCount) {
            best = choice.layout;
            bestCount = count;
        }
    }
    return best;
}

// A cell widget centred vertically with a little margin, as the table's own cells are.
QWidget *wrapped(QWidget *editor)
{
    auto *holder = new QWidget;
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(editor);
    return holder;
}
} // namespace

MappingEditor::MappingEditor(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("ClearSight column"), tr("Column in the file"),
                               tr("How to read it"), tr("First value")});
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus); // the combos and boxes in it take the focus
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setRowCount(canonicalColumnCount);
    for (int row = 0; row < canonicalColumnCount; ++row)
        createRow(CanonicalColumn(row));
    resizeColumnsToContents();
    const int rowHeight = m_editors[0].source->sizeHint().height() + 4;
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(rowHeight);
    setColumnWidth(SourceColumn, fontMetrics().averageCharWidth() * 28);
}

void MappingEditor::createRow(CanonicalColumn column)
{
    const int row = int(column);
    const QString name = QString::fromLatin1(columnInfo(column).name);
    auto *target = new QTableWidgetItem(
        isRequired(column) ? tr("%1 (required)").arg(columnTitle(column)) : columnTitle(column));
    target->setToolTip(name);
    if (isRequired(column)) {
        QFont bold = font();
        bold.setBold(true);
        target->setFont(bold);
    }
    setItem(row, TargetColumn, target);
    setItem(row, ExampleColumn, new QTableWidgetItem);

    Editors &editors = m_editors[size_t(row)];
    editors.source = new QComboBox;
    editors.source->setObjectName(QStringLiteral("mappingSource_") + name);
    editors.source->addItem(tr("(none)"), QString());
    setCellWidget(row, SourceColumn, wrapped(editors.source));
    connect(editors.source, &QComboBox::currentIndexChanged, this, [this, column] {
        detectReading(column);
        Q_EMIT mappingChanged();
    });

    switch (columnInfo(column).type) {
    case ValueType::Date:
        editors.dateLayout = new QComboBox;
        editors.dateLayout->setObjectName(QStringLiteral("mappingDateLayout_") + name);
        for (const DateLayoutChoice &choice : dateLayoutChoices())
            editors.dateLayout->addItem(choice.label, int(choice.layout));
        setCellWidget(row, ReadingColumn, wrapped(editors.dateLayout));
        connect(editors.dateLayout, &QComboBox::currentIndexChanged, this,
                &MappingEditor::mappingChanged);
        break;
    case ValueType::Real:
        editors.decimalComma = new QCheckBox(tr("Decimal comma (1.234,5)"));
        editors.decimalComma->setObjectName(QStringLiteral("mappingDecimalComma_") + name);
        setCellWidget(row, ReadingColumn, wrapped(editors.decimalComma));
        connect(editors.decimalComma, &QCheckBox::toggled, this, &MappingEditor::mappingChanged);
        break;
    case ValueType::Text:
    case ValueType::Integer:
        setItem(row, ReadingColumn, new QTableWidgetItem(tr("As written")));
        break;
    }
}

void MappingEditor::setSource(const QStringList &header, const QStringList &normalisedHeader,
                              const std::vector<PreviewRow> &rows)
{
    m_header = header;
    m_normalised = normalisedHeader;
    m_rows = rows;
    for (Editors &editors : m_editors) {
        const QSignalBlocker blocker(editors.source);
        editors.source->clear();
        editors.source->addItem(tr("(none)"), QString());
        for (qsizetype i = 0; i < header.size() && i < normalisedHeader.size(); ++i)
            editors.source->addItem(header.at(i), normalisedHeader.at(i));
    }
    for (int row = 0; row < canonicalColumnCount; ++row)
        item(row, ExampleColumn)->setText({});
}

void MappingEditor::startFrom(const std::optional<ImportProfile> &profile)
{
    for (int row = 0; row < canonicalColumnCount; ++row) {
        const CanonicalColumn column = CanonicalColumn(row);
        const ColumnRule *rule = profile ? profile->ruleFor(column) : nullptr;
        const bool plain = rule && (rule->reader == ColumnRule::Reader::Text ||
                                    rule->reader == ColumnRule::Reader::Number ||
                                    rule->reader == ColumnRule::Reader::Date);
        if (plain && m_normalised.contains(rule->source)) {
            setSourceColumn(column, rule->source);
            Editors &editors = m_editors[size_t(row)];
            if (editors.dateLayout && rule->dateLayout != DateLayout::Auto)
                selectComboData(editors.dateLayout, int(rule->dateLayout));
            if (editors.decimalComma && !rule->detectNumberFormat)
                editors.decimalComma->setChecked(rule->decimalComma);
            continue;
        }
        QString guess;
        for (const QString &name : likelyNames(column)) {
            if (m_normalised.contains(name)) {
                guess = name;
                break;
            }
        }
        setSourceColumn(column, guess);
    }
}

void MappingEditor::setSourceColumn(CanonicalColumn column, const QString &normalisedName)
{
    QComboBox *combo = m_editors[size_t(column)].source;
    if (!selectComboData(combo, normalisedName))
        combo->setCurrentIndex(0);
}

std::vector<QByteArray> MappingEditor::samples(int sourceIndex) const
{
    std::vector<QByteArray> values;
    for (const PreviewRow &row : m_rows) {
        if (sourceIndex >= 0 && size_t(sourceIndex) < row.source.size())
            values.push_back(row.source[size_t(sourceIndex)].toUtf8());
    }
    return values;
}

void MappingEditor::detectReading(CanonicalColumn column)
{
    // A newly chosen column is read the way its first values are written; the user can still
    // change it.
    const Editors &editors = m_editors[size_t(column)];
    const int sourceIndex = int(m_normalised.indexOf(editors.source->currentData().toString()));
    if (editors.source->currentIndex() <= 0 || sourceIndex < 0)
        return;
    const std::vector<QByteArray> values = samples(sourceIndex);
    if (editors.dateLayout) {
        const QSignalBlocker blocker(editors.dateLayout);
        selectComboData(editors.dateLayout, int(likelyDateLayout(values)));
    }
    if (editors.decimalComma) {
        const QSignalBlocker blocker(editors.decimalComma);
        editors.decimalComma->setChecked(detectDecimalComma(values));
    }
}

ImportProfile MappingEditor::profile(const QString &name) const
{
    ImportProfile profile;
    profile.name = name;
    profile.title = name;
    for (int row = 0; row < canonicalColumnCount; ++row) {
        const Editors &editors = m_editors[size_t(row)];
        const QString source = editors.source->currentData().toString();
        if (source.isEmpty())
            continue;
        ColumnRule rule;
        rule.target = CanonicalColumn(row);
        rule.source = source;
        if (editors.dateLayout) {
            rule.reader = ColumnRule::Reader::Date;
            rule.dateLayout = DateLayout(editors.dateLayout->currentData().toInt());
        } else if (editors.decimalComma) {
            rule.reader = ColumnRule::Reader::Number;
            rule.decimalComma = editors.decimalComma->isChecked();
        }
        profile.rules.push_back(rule);
    }
    return profile;
}

bool MappingEditor::isMapped(CanonicalColumn column) const
{
    return m_editors[size_t(column)].source->currentIndex() > 0;
}

void MappingEditor::showExamples(const ImportPreview &preview)
{
    const QLocale locale;
    for (int row = 0; row < canonicalColumnCount; ++row) {
        QTableWidgetItem *example = item(row, ExampleColumn);
        const Editors &editors = m_editors[size_t(row)];
        const int sourceIndex = int(m_normalised.indexOf(editors.source->currentData().toString()));
        if (editors.source->currentIndex() <= 0 || sourceIndex < 0) {
            example->setText({});
            continue;
        }
        // The first record with something in this column.
        QString text;
        for (const PreviewRow &record : preview.rows) {
            if (size_t(sourceIndex) >= record.source.size() ||
                record.source[size_t(sourceIndex)].trimmed().isEmpty())
                continue;
            const QString written = record.source[size_t(sourceIndex)];
            if (!record.rejection.isEmpty()) {
                text = tr("“%1” → rejected: %2").arg(written, record.rejection);
            } else {
                const QVariant stored =
                    size_t(row) < record.values.size() ? record.values[size_t(row)] : QVariant();
                const ValueFormat format = declarationColumnFormat(row);
                const QString shown = stored.isNull() ? tr("(empty)")
                                      : format == ValueFormat::Date
                                          ? stored.toString()
                                          : formatValue(stored, format, locale);
                text = tr("“%1” → %2").arg(written, shown);
            }
            break;
        }
        example->setText(text);
        example->setToolTip(text);
    }
}

QComboBox *MappingEditor::sourceCombo(CanonicalColumn column) const
{
    return m_editors[size_t(column)].source;
}

QComboBox *MappingEditor::dateLayoutCombo(CanonicalColumn column) const
{
    return m_editors[size_t(column)].dateLayout;
}

QCheckBox *MappingEditor::decimalCommaBox(CanonicalColumn column) const
{
    return m_editors[size_t(column)].decimalComma;
}

} // namespace clearsight::ui
