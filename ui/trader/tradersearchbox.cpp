#include "tradersearchbox.h"

#include "traderprofilesnapshot.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFutureWatcher>
#include <QStandardItemModel>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace clearsight::ui
{

namespace
{
using Matches = std::optional<Result<std::vector<TraderProfileRepository::TraderMatch>>>;
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

TraderSearchBox::TraderSearchBox(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("traderSearch"));
    setPlaceholderText(tr("Open a trader: ID or start of its name…"));
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().horizontalAdvance(placeholderText()) +
                    fontMetrics().height() * 3);
    m_matches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);

    connect(this, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] { lookUp(text()); });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QString id = index.data(IdRole).toString();
                setText(id);
                Q_EMIT traderChosen(id);
            });
    connect(this, &QLineEdit::returnPressed, this, &TraderSearchBox::choose);
}

void TraderSearchBox::setWorkspace(const QString &path)
{
    m_workspace = path;
    m_matches->clear();
}

void TraderSearchBox::lookUp(const QString &prefix)
{
    const quint64 generation = ++m_generation;
    if (m_workspace.isEmpty() || prefix.trimmed().isEmpty()) {
        m_pending = false;
        m_matches->clear();
        return;
    }
    m_pending = true;
    auto *watcher = new QFutureWatcher<Matches>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_pending = false;
        const Matches result = watcher->result();
        showMatches(result && result->ok() ? result->value()
                                           : std::vector<TraderProfileRepository::TraderMatch>{});
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_workspace, prefix]() -> Matches { return findTraderMatches(path, prefix); }));
}

void TraderSearchBox::showMatches(const std::vector<TraderProfileRepository::TraderMatch> &matches)
{
    m_matches->clear();
    for (const auto &match : matches) {
        auto *item = new QStandardItem(
            tr("%1 — %2 (%n item(s))", nullptr, int(std::min<qint64>(match.items, INT_MAX)))
                .arg(match.traderId, match.name));
        item->setData(match.traderId, IdRole);
        m_matches->appendRow(item);
    }
    if (!matches.empty() && hasFocus())
        m_completer->complete();
}

void TraderSearchBox::choose()
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return;
    // An exact ID wins; otherwise the first match offered.
    QString id = typed;
    bool exact = false;
    for (int row = 0; row < m_matches->rowCount(); ++row)
        exact |= m_matches->item(row)->data(IdRole).toString() == typed;
    if (!exact && m_matches->rowCount() > 0)
        id = m_matches->item(0)->data(IdRole).toString();
    m_completer->popup()->hide();
    setText(id);
    Q_EMIT traderChosen(id);
}

} // namespace clearsight::ui
