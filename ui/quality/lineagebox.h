#pragma once

#include "store/batchrepository.h"

#include <QGroupBox>

#include <vector>

class QLabel;

namespace clearsight::ui
{

// Where the rows came from: for one import batch its file, path, SHA-256, profile, time and
// record counts; for the whole store the batches and their totals.
class LineageBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit LineageBox(QWidget *parent = nullptr);

    void showBatch(const ImportBatch &batch);
    void showStore(const std::vector<ImportBatch> &batches);
    void clear();

    // "3f2a9c81…e4d0": enough to tell files apart; the full hash is the tooltip.
    static QString shortHash(const QString &sha256);
    // ISO 8601 UTC as local date and time in the user's locale.
    static QString localTime(const QString &isoUtc);

private:
    void showCounts(qint64 read, qint64 stored, qint64 rejected, qint64 items, qint64 findings);

    QLabel *m_batch = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_sha = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_importedAt = nullptr;
    QLabel *m_records = nullptr;
};

} // namespace clearsight::ui
