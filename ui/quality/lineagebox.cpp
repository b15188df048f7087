#include "lineagebox.h"

#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <set>

namespace clearsight::ui
{

namespace
{
QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

LineageBox::LineageBox(QWidget *parent) : QGroupBox(tr("Lineage"), parent)
{
    m_batch = valueLabel(this, QStringLiteral("lineageBatch"));
    m_file = valueLabel(this, QStringLiteral("lineageFile"));
    m_path = valueLabel(this, QStringLiteral("lineagePath"));
    m_sha = valueLabel(this, QStringLiteral("lineageSha256"));
    m_profile = valueLabel(this, QStringLiteral("lineageProfile"));
    m_importedAt = valueLabel(this, QStringLiteral("lineageImportedAt"));
    m_records = valueLabel(this, QStringLiteral("lineageRecords"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Batch:"), m_batch);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Path:"), m_path);
    form->addRow(tr("SHA-256:"), m_sha);
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(tr("Imported:"), m_importedAt);
    form->addRow(tr("Records:"), m_records);
}

QString LineageBox::shortHash(const QString &sha256)
{
    if (sha256.size() <= 16)
        return sha256;
    return sha256.left(10) + QStringLiteral("…") + sha256.right(4);
}

QString LineageBox::localTime(const QString &isoUtc)
{
    QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!time.isValid())
        return isoUtc;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

void LineageBox::showBatch(const ImportBatch &batch)
{
    m_batch->setText(QString::number(batch.id));
    m_file->setText(batch.fileName);
    m_path->setText(QDir::toNativeSeparators(batch.filePath));
    m_sha->setText(shortHash(batch.sha256));
    m_sha->setToolTip(batch.sha256);
    m_profile->setText(batch.profile);
    m_importedAt->setText(
        localTime(batch.finishedAt.isEmpty() ? batch.startedAt : batch.finishedAt));
    showCounts(batch.read, batch.stored, batch.rejected, batch.items, batch.findings);
}

void LineageBox::showStore(const std::vector<ImportBatch> &batches)
{
    qint64 read = 0, stored = 0, rejected = 0, items = 0, findings = 0;
    QStringList files;
    std::set<QString> profiles;
    for (const ImportBatch &batch : batches) {
        read += batch.read;
        stored += batch.stored;
        rejected += batch.rejected;
        items += batch.items;
        findings += batch.findings;
        files << batch.fileName;
        profiles.insert(batch.profile);
    }
    m_batch->setText(batches.size() == 1
                         ? tr("Whole store: one import batch")
                         : tr("Whole store: %1 import batches").arg(batches.size()));
    m_file->setText(files.join(QStringLiteral(", ")));
    m_path->setText(QStringLiteral("—"));
    m_sha->setText(QStringLiteral("—"));
    m_sha->setToolTip({});
    m_profile->setText(QStringList(profiles.begin(), profiles.end()).join(QStringLiteral(", ")));
    if (batches.empty()) {
        m_importedAt->setText(QStringLiteral("—"));
    } else {
        m_importedAt->setText(
            tr("%1 to %2")
                .arg(localTime(batches.front().startedAt), localTime(batches.back().finishedAt)));
    }
    showCounts(read, stored, rejected, items, findings);
}

void LineageBox::clear()
{
    for (QLabel *label : {m_batch, m_file, m_path, m_sha, m_profile, m_importedAt, m_records})
        label->clear();
}

void LineageBox::showCounts(qint64 read, qint64 stored, qint64 rejected, qint64 items,
                            qint64 findings)
{
    const QLocale locale;
    m_records->setText(tr("%1 read, %2 stored, %3 rejected; %4 declaration items, %5 findings")
                           .arg(locale.toString(read), locale.toString(stored),
                                locale.toString(rejected), locale.toString(items),
                                locale.toString(findings)));
}

} // namespace clearsight::ui
