#include "importfilepage.h"

#include "importsession.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace clearsight::ui
{

QString droppedLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

ImportFilePage::ImportFilePage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Choose a declaration file"));
    setSubTitle(tr("A CSV or text file with one declaration item per line and a header line. "
                   "Nothing is stored until the last step."));
    setAcceptDrops(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("Path of the file to import"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);

    auto *drop = new QLabel(tr("or drop a file here"), this);
    drop->setAlignment(Qt::AlignCenter);
    drop->setFrameShape(QFrame::StyledPanel);
    drop->setFrameShadow(QFrame::Sunken);
    drop->setMinimumHeight(fontMetrics().height() * 6);
    drop->setEnabled(false); // drawn faint: a target, not a control

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("importFileInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(drop, 1);
    layout->addWidget(m_info);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        showFileInfo();
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::initializePage()
{
    if (m_path->text().isEmpty() && !m_session->filePath.isEmpty())
        setFilePath(m_session->filePath);
    showFileInfo();
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).isFile();
}

bool ImportFilePage::validatePage()
{
    const QString path =
        QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
    if (path != m_session->filePath) {
        // Another file: what was detected or mapped for the last one no longer holds.
        m_session->filePath = path;
        m_session->encoding.clear();
        m_session->separator = 0;
        m_session->profileName.clear();
        m_session->mapColumns = false;
        m_session->preview.reset();
        m_session->mapping.reset();
        m_session->force = false;
    }
    return true;
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty()
                              ? QFileInfo(m_session->workspacePath).absolutePath()
                              : QFileInfo(m_path->text()).absolutePath();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import declarations"), start,
                                     tr("Declaration files (*.csv *.txt);;CSV files (*.csv);;Text "
                                        "files (*.txt);;All files (*)"));
    if (!file.isEmpty())
        setFilePath(file);
}

void ImportFilePage::showFileInfo()
{
    const QFileInfo info(QDir::fromNativeSeparators(m_path->text().trimmed()));
    if (m_path->text().trimmed().isEmpty()) {
        m_info->clear();
    } else if (!info.exists()) {
        m_info->setText(tr("There is no file at this path."));
    } else if (!info.isFile()) {
        m_info->setText(tr("This is a folder; choose a file."));
    } else {
        m_info->setText(
            tr("%1 — %2").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    }
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString file = droppedLocalFile(event->mimeData());
    if (file.isEmpty())
        return;
    setFilePath(file);
    event->acceptProposedAction();
}

} // namespace clearsight::ui
