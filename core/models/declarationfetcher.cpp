#include "declarationfetcher.h"

namespace clearsight
{

DeclarationFetcher::~DeclarationFetcher() = default;

void DeclarationFetcher::openWorkspace(const QString &path)
{
    m_connection.reset();
    Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection) {
        Q_EMIT failed(connection.error().message);
        return;
    }
    m_connection = std::make_unique<Connection>(std::move(connection.value()));
}

void DeclarationFetcher::count(quint64 generation, const DeclarationFilter &filter)
{
    if (!m_connection)
        return;
    const Result<qint64> rows = DeclarationQuery(*m_connection).count(filter);
    if (!rows) {
        Q_EMIT failed(rows.error().message);
        return;
    }
    Q_EMIT counted(generation, rows.value());
}

void DeclarationFetcher::fetch(quint64 generation, const DeclarationFilter &filter,
                               const DeclarationSort &sort, int pageIndex, int pageSize)
{
    if (!m_connection)
        return;
    const auto rows =
        DeclarationQuery(*m_connection).page(filter, sort, qint64(pageIndex) * pageSize, pageSize);
    if (!rows) {
        Q_EMIT failed(rows.error().message);
        return;
    }
    Q_EMIT fetched(generation, pageIndex, rows.value());
}

} // namespace clearsight
