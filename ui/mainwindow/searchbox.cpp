#include "searchbox.h"

#include "common/valueformat.h"
#include "store/searchrepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace clearsight::ui
{

namespace
{
// What a worker hands back: QFuture wants a default-constructible value.
struct SearchOutcome {
    SearchResults results;
    QString error;
};

QString itemCount(qint64 items)
{
    if (items == 1)
        return SearchBox::tr("1 item");
    return SearchBox::tr("%1 items").arg(QLocale().toString(items));
}

QStandardItem *headingItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    // Not selectable: the arrow keys pass over it, Enter never opens it.
    item->setFlags(Qt::NoItemFlags);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

QStandardItem *resultItem(const SearchHit &hit, const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setData(int(hit.kind), SearchBox::KindRole);
    item->setData(hit.key, SearchBox::KeyRole);
    item->setData(hit.name, SearchBox::NameRole);
    item->setToolTip(text);
    return item;
}
} // namespace

SearchBox::SearchBox(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search traders, declarations, HS codes…"));
    setToolTip(tr("Trader ID or part of a name, declaration reference, HS code"));
    setAccessibleName(tr("Search the workspace"));
    setClearButtonEnabled(true);
    setEnabled(false);
    // Its own width at the end of the toolbar, not all the toolbar has left.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_results = new QStandardItemModel(this);
    m_completer = new QCompleter(m_results, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(16);
    m_completer->popup()->setObjectName(QStringLiteral("globalSearchResults"));
    m_completer->popup()->setTextElideMode(Qt::ElideRight);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                // The completer hands an index of its own proxy; the row is the same.
                choose(index.row());
            });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMilliseconds);
    connect(m_debounce, &QTimer::timeout, this, &SearchBox::startSearch);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::scheduleSearch);
    // The clear button changes the text without an edit.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            scheduleSearch();
    });
}

void SearchBox::resetSearch()
{
    ++m_generation; // an answer still on its way is dropped
    m_pending = false;
    m_debounce->stop();
    {
        const QSignalBlocker blocker(this);
        clear();
    }
    m_results->clear();
    m_answered.clear();
    m_completer->popup()->hide();
}

void SearchBox::setWorkspace(const QString &path)
{
    m_workspace = path;
    resetSearch();
    setEnabled(!path.isEmpty());
}

QSize SearchBox::sizeHint() const
{
    // The hint in full, and room for the clear button.
    QSize size = QLineEdit::sizeHint();
    size.setWidth(
        std::max(fontMetrics().averageCharWidth() * 40,
                 fontMetrics().horizontalAdvance(placeholderText()) + fontMetrics().height() * 3));
    return size;
}

void SearchBox::scheduleSearch()
{
    m_pending = true;
    m_debounce->start();
}

void SearchBox::startSearch()
{
    m_debounce->stop();
    const QString text = this->text().trimmed();
    const quint64 generation = ++m_generation;
    if (text.isEmpty() || m_workspace.isEmpty()) {
        m_pending = false;
        showResults({}, {});
        return;
    }
    m_pending = true;
    auto *watcher = new QFutureWatcher<SearchOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, text] {
        watcher->deleteLater();
        // An answer to an older text (or workspace) is of no use any more.
        if (generation != m_generation)
            return;
        m_pending = false;
        const SearchOutcome outcome = watcher->result();
        m_answered = text;
        showResults(outcome.results, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run([path = m_workspace, text] {
        const Result<SearchResults> found = searchWorkspace(path, text);
        return found ? SearchOutcome{found.value(), {}} : SearchOutcome{{}, found.error().message};
    }));
}

void SearchBox::showResults(const SearchResults &results, const QString &error)
{
    m_results->clear();
    const QString text = this->text().trimmed();
    if (text.isEmpty()) {
        m_answered.clear();
        m_completer->popup()->hide();
        Q_EMIT resultsShown();
        return;
    }
    const QLocale locale;
    if (!error.isEmpty()) {
        m_results->appendRow(headingItem(tr("The search failed: %1").arg(error)));
    } else if (results.isEmpty()) {
        m_results->appendRow(
            headingItem(tr("No trader, declaration or HS code matches “%1”").arg(text)));
    }
    if (!results.traders.empty())
        m_results->appendRow(headingItem(tr("Traders")));
    for (const SearchHit &hit : results.traders) {
        QString line = hit.name.isEmpty() ? hit.key : tr("%1 — %2").arg(hit.key, hit.name);
        if (hit.items >= 0)
            line = tr("%1 · %2").arg(line, itemCount(hit.items));
        m_results->appendRow(resultItem(hit, line));
    }
    if (!results.declarations.empty())
        m_results->appendRow(headingItem(tr("Declarations")));
    for (const SearchHit &hit : results.declarations) {
        QStringList parts{hit.key};
        if (!hit.name.isEmpty())
            parts << hit.name;
        if (!hit.date.isEmpty())
            parts << formatValue(hit.date, ValueFormat::Date, locale);
        if (hit.items >= 0)
            parts << itemCount(hit.items);
        m_results->appendRow(resultItem(hit, parts.join(QStringLiteral(" · "))));
    }
    if (!results.hsCodes.empty())
        m_results->appendRow(headingItem(tr("HS codes")));
    const bool anyInWorkspace = std::any_of(results.hsCodes.begin(), results.hsCodes.end(),
                                            [](const SearchHit &hit) { return hit.inWorkspace; });
    for (const SearchHit &hit : results.hsCodes) {
        QString line = hit.name.isEmpty() ? hit.key : tr("%1 — %2").arg(hit.key, hit.name);
        if (!anyInWorkspace)
            line = tr("%1 (no item in this workspace)").arg(line);
        m_results->appendRow(resultItem(hit, line));
    }
    if (hasFocus())
        showPopup();
    Q_EMIT resultsShown();
}

void SearchBox::showPopup()
{
    if (m_results->rowCount() == 0)
        return;
    const int width = std::max(this->width(), fontMetrics().averageCharWidth() * 72);
    m_completer->complete(QRect(0, 0, width, height()));
    // The first result is current, so Enter opens it.
    const int first = firstResultRow();
    QAbstractItemView *popup = m_completer->popup();
    if (first >= 0)
        popup->setCurrentIndex(popup->model()->index(first, 0));
}

int SearchBox::firstResultRow() const
{
    for (int row = 0; row < m_results->rowCount(); ++row) {
        if (m_results->item(row)->flags() & Qt::ItemIsSelectable)
            return row;
    }
    return -1;
}

bool SearchBox::choose(int row)
{
    const QStandardItem *item = m_results->item(row);
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return false;
    const auto kind = SearchKind(item->data(KindRole).toInt());
    const QString key = item->data(KeyRole).toString();
    // The search is done: the box empties for the next one, the keyboard goes to the view.
    resetSearch();
    clearFocus();
    switch (kind) {
    case SearchKind::Trader:
        Q_EMIT traderChosen(key);
        break;
    case SearchKind::Declaration:
        Q_EMIT declarationChosen(key);
        break;
    case SearchKind::HsCode:
        Q_EMIT hsCodeChosen(key);
        break;
    }
    return true;
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter before the popup came up: the first result of the text typed, if it is known.
        if (!m_pending && m_answered == text().trimmed() && firstResultRow() >= 0)
            choose(firstResultRow());
        else
            startSearch();
        return;
    case Qt::Key_Down:
        showPopup();
        return;
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace clearsight::ui
