#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace clearsight
{
struct SearchResults;
}

namespace clearsight::ui
{

// The search box of the main window's toolbar (Ctrl+K): traders by id prefix or name part,
// declarations by reference prefix and HS codes by prefix, listed in a popup grouped by kind
// as the analyst types. Each search runs off the UI thread (SearchRepository); the answer to
// an older text is dropped. Choosing a result emits what it stands for; the window opens it.
class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, KeyRole, NameRole };

    explicit SearchBox(QWidget *parent = nullptr);

    // The workspace searched; empty disables the box.
    void setWorkspace(const QString &path);

    // The popup's rows: a heading per kind (not selectable), then its results. The results
    // always answer the text they were asked for; while isSearching() the text is newer.
    QStandardItemModel *results() const { return m_results; }
    bool isSearching() const { return m_pending; }
    // Opens the result at `row` of results(), as a click would; false for a heading or no row.
    bool choose(int row);

    QSize sizeHint() const override;

    static constexpr int debounceMilliseconds = 150;

Q_SIGNALS:
    void traderChosen(const QString &traderId);
    void declarationChosen(const QString &reference);
    void hsCodeChosen(const QString &code);
    // results() now holds the answer to the text in the box.
    void resultsShown();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Empties the box and its results and drops any answer still coming.
    void resetSearch();
    void scheduleSearch();
    void startSearch();
    void showResults(const clearsight::SearchResults &results, const QString &error);
    void showPopup();
    int firstResultRow() const;

    QStandardItemModel *m_results = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_workspace;
    QString m_answered; // the text results() answers
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace clearsight::ui
