#include "importsummarypage.h"

#include "importchoices.h"
#include "importsession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clearsight::ui
{

namespace
{
QLabel *figureLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ImportSummaryPage::ImportSummaryPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Import finished"));
    m_read = figureLabel(this, QStringLiteral("summaryRead"));
    m_stored = figureLabel(this, QStringLiteral("summaryStored"));
    m_rejected = figureLabel(this, QStringLiteral("summaryRejected"));
    m_items = figureLabel(this, QStringLiteral("summaryItems"));
    m_findings = figureLabel(this, QStringLiteral("summaryFindings"));
    m_duplicates = figureLabel(this, QStringLiteral("summaryDuplicates"));
    m_profile = figureLabel(this, QStringLiteral("summaryProfile"));
    m_reading = figureLabel(this, QStringLiteral("summaryReading"));
    m_time = figureLabel(this, QStringLiteral("summaryTime"));
    m_warnings = new QPlainTextEdit(this);
    m_warnings->setObjectName(QStringLiteral("summaryWarnings"));
    m_warnings->setReadOnly(true);
    m_warnings->setMaximumHeight(fontMetrics().height() * 6);
    m_quality = new QPushButton(tr("Open the &quality view of this batch"), this);
    m_quality->setObjectName(QStringLiteral("summaryOpenQuality"));
    m_rejects = new QPushButton(tr("Show the &rejected records"), this);
    m_rejects->setObjectName(QStringLiteral("summaryShowRejects"));
    m_rejects->setToolTip(tr("The quality view lists the rejected records by column, with an "
                             "example reason"));

    auto *form = new QFormLayout;
    form->addRow(tr("Records read:"), m_read);
    form->addRow(tr("Stored:"), m_stored);
    form->addRow(tr("Rejected:"), m_rejected);
    form->addRow(tr("Declaration items:"), m_items);
    form->addRow(tr("Findings:"), m_findings);
    form->addRow(tr("Duplicates:"), m_duplicates);
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(tr("Read as:"), m_reading);
    form->addRow(tr("Time:"), m_time);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_quality);
    buttons->addWidget(m_rejects);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Warnings:"), this));
    layout->addWidget(m_warnings);
    layout->addLayout(buttons);
    layout->addStretch(1);

    const auto requestQuality = [this] {
        if (m_session->summary)
            Q_EMIT qualityRequested(m_session->summary->batchId);
    };
    connect(m_quality, &QPushButton::clicked, this, requestQuality);
    connect(m_rejects, &QPushButton::clicked, this, requestQuality);
}

void ImportSummaryPage::initializePage()
{
    if (!m_session->summary)
        return;
    const ImportSummary &s = *m_session->summary;
    const QLocale locale;
    setSubTitle(tr("%1 is stored as import batch %2.").arg(s.fileName).arg(s.batchId));
    m_read->setText(locale.toString(s.read));
    m_stored->setText(locale.toString(s.stored));
    m_rejected->setText(locale.toString(s.rejected));
    m_items->setText(locale.toString(s.items));
    m_findings->setText(locale.toString(s.findings));
    m_duplicates->setText(locale.toString(s.duplicates));
    m_profile->setText(s.profile);
    m_reading->setText(tr("%1, separator %2").arg(s.encoding, separatorLabel(s.separator)));
    m_time->setText(tr("%1 s").arg(locale.toString(s.seconds, 'f', s.seconds < 10 ? 2 : 1)));
    m_warnings->setPlainText(s.warnings.isEmpty() ? tr("None.") : s.warnings.join(u'\n'));
    m_rejects->setEnabled(s.rejected > 0);
}

} // namespace clearsight::ui
