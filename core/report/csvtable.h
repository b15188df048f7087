#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace clearsight {

// A table written as RFC 4180 CSV (UTF-8, header line, '.' as decimal mark, fields quoted
// only when needed) or as a JSON array of objects with the header names as keys.
class CsvTable
{
public:
    explicit CsvTable(QStringList header) : m_header(std::move(header)) {}

    // Values: QString (text), double or qint64 (numbers), null QVariant (empty).
    void addRow(std::vector<QVariant> values) { m_rows.push_back(std::move(values)); }

    // For spreadsheets: a text cell starting with = + - @ tab or carriage return gets a
    // leading apostrophe so that it is not run as a formula; numbers stay numbers.
    QString toCsv(bool neutraliseFormulas = false) const;
    QString toJson() const;

    const QStringList &header() const { return m_header; }
    const std::vector<std::vector<QVariant>> &rows() const { return m_rows; }

private:
    QStringList m_header;
    std::vector<std::vector<QVariant>> m_rows;
};

// A number as CSV/JSON text: shortest round-trip form, '.' decimal mark.
QString csvNumber(double value);

} // namespace clearsight
