#pragma once

#include "store/traderprofilerepository.h"

#include <QLineEdit>

#include <vector>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace clearsight::ui
{

// A field to open a trader by ID or by the start of its name: matches are looked up off the
// UI thread as the user types and offered in a completion list; choosing one, or pressing
// Enter, emits traderChosen() with the trader's ID.
class TraderSearchBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit TraderSearchBox(QWidget *parent = nullptr);

    void setWorkspace(const QString &path);
    QCompleter *traderCompleter() const { return m_completer; }
    // Looks `prefix` up now instead of after the typing pause (tests).
    void lookUp(const QString &prefix);
    bool isLookingUp() const { return m_pending; }

Q_SIGNALS:
    void traderChosen(const QString &traderId);

private:
    void showMatches(const std::vector<TraderProfileRepository::TraderMatch> &matches);
    void choose();

    QString m_workspace;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_matches = nullptr;
    QTimer *m_typing = nullptr;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace clearsight::ui
