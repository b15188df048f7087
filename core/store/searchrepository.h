#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace clearsight
{

class Connection;

enum class SearchKind { Trader, Declaration, HsCode };

// One thing the workbench's search box can open.
struct SearchHit {
    SearchKind kind = SearchKind::Trader;
    QString key;  // trader id, declaration reference or HS code
    QString name; // trader: its name; declaration: its trader's name; HS code: HS 2022 description
    QString date; // declaration: its (first) acceptance date, ISO; empty otherwise
    qint64 items = -1;       // trader or declaration: declaration items; -1 when not counted
    bool inWorkspace = true; // HS code: false for a chapter or heading only listed in HS 2022
};

struct SearchResults {
    std::vector<SearchHit> traders;
    std::vector<SearchHit> declarations;
    std::vector<SearchHit> hsCodes;

    bool isEmpty() const { return traders.empty() && declarations.empty() && hsCodes.empty(); }
};

// Quick look-ups for the search box. Every query binds its text and stops at `limit` rows, and
// all but one are range seeks on an index (a prefix p becomes `>= p AND < p'`, p' the first
// string after every string starting with p), so they stay fast on 10 million items:
//   traders by id prefix            traders primary key
//   declarations by reference prefix  declarations_ref (declaration_id, item_no)
//   HS codes by prefix              declarations_hs_origin (hs_code, ...), one seek per code
// A trader-name part ("%part%") cannot use an index: it reads the traders table, one row per
// trader (thousands, not millions), and stops at `limit` matches.
// Reference and id prefixes are compared as typed and in upper case ("tr3" finds "TR300").
// Not thread-safe (like its Connection): use it in the thread that opened the connection.
class SearchRepository
{
public:
    static constexpr int defaultLimit = 8;

    explicit SearchRepository(const Connection &connection) : m_connection(connection) {}

    // Everything `text` may stand for; an empty or blank text finds nothing.
    Result<SearchResults> search(const QString &text, int limit = defaultLimit) const;

    // Traders whose id starts with `text`, then those whose name contains it (from two
    // characters on), each group by id.
    Result<std::vector<SearchHit>> traders(const QString &text, int limit) const;
    // Declarations whose reference starts with `prefix`, by reference, with their item count,
    // first date and trader name.
    Result<std::vector<SearchHit>> declarations(const QString &prefix, int limit) const;
    // HS codes of the workspace starting with `digits` (two digits at least; dots and spaces
    // ignored: "8471.30"), with their HS 2022 description. A chapter, heading or subheading
    // typed in full comes first, from the HS 2022 list, even when no item carries it.
    Result<std::vector<SearchHit>> hsCodes(const QString &digits, int limit) const;

    // SQLite's plan for each query search(text) runs, one line per step ("SEARCH declarations
    // USING INDEX ..."): lets a test prove that no query scans the declarations.
    Result<QStringList> queryPlans(const QString &text) const;

    // The smallest string greater than every string starting with `prefix`; empty when there is
    // none (the prefix is all U+FFFF).
    static QString prefixEnd(const QString &prefix);
    // The HS digits `text` stands for ("8471.30" -> "847130"); empty when it is not an HS code.
    static QString hsDigits(const QString &text);

private:
    const Connection &m_connection;
};

// Opens the workspace at `path` read-only in the calling thread, searches it and closes it:
// for a worker thread (QtConcurrent::run).
Result<SearchResults> searchWorkspace(const QString &path, const QString &text,
                                      int limit = SearchRepository::defaultLimit);

} // namespace clearsight
