#pragma once

#include "store/connection.h"
#include "store/declarationquery.h"

#include <QObject>

#include <memory>
#include <vector>

namespace clearsight
{

// Lives in a worker thread and owns that thread's connection: counts and reads pages of
// declarations for DeclarationTableModel. Every request carries the model's generation so
// answers to an outdated filter or sort can be dropped.
class DeclarationFetcher : public QObject
{
    Q_OBJECT
public:
    DeclarationFetcher() = default;
    ~DeclarationFetcher() override;

public Q_SLOTS:
    void openWorkspace(const QString &path);
    void count(quint64 generation, const clearsight::DeclarationFilter &filter);
    void fetch(quint64 generation, const clearsight::DeclarationFilter &filter,
               const clearsight::DeclarationSort &sort, int pageIndex, int pageSize);

Q_SIGNALS:
    void counted(quint64 generation, qint64 rows);
    void fetched(quint64 generation, int pageIndex,
                 const std::vector<clearsight::DeclarationRecordRow> &rows);
    void failed(const QString &message);

private:
    std::unique_ptr<Connection> m_connection;
};

} // namespace clearsight

Q_DECLARE_METATYPE(clearsight::DeclarationFilter)
Q_DECLARE_METATYPE(clearsight::DeclarationSort)
Q_DECLARE_METATYPE(std::vector<clearsight::DeclarationRecordRow>)
