#include "analysisdatarepository.h"

#include "connection.h"
#include "domain/findingkind.h"
#include "ingest/valueparsing.h"

#include <QCoreApplication>

#include <cmath>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace clearsight
{

namespace
{

// Text -> small integer, with the dictionary kept in order of first appearance. Consecutive
// rows often repeat a value (the items of one declaration), so the last one is checked first.
class Interner
{
public:
    explicit Interner(std::vector<QString> &names) : m_names(names) {}
    qint32 intern(const unsigned char *text, int bytes)
    {
        if (!text || bytes <= 0)
            return -1;
        const std::string_view key(reinterpret_cast<const char *>(text), size_t(bytes));
        if (m_last >= 0 && key == m_lastKey)
            return m_last;
        auto it = m_index.find(key);
        if (it == m_index.end()) {
            it = m_index.emplace(std::string(key), qint32(m_names.size())).first;
            m_names.push_back(QString::fromUtf8(key.data(), qsizetype(key.size())));
        }
        m_last = it->second;
        m_lastKey = it->first;
        return m_last;
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::vector<QString> &m_names;
    std::unordered_map<std::string, qint32, Hash, std::equal_to<>> m_index;
    qint32 m_last = -1;
    std::string_view m_lastKey;
};

Mode modeOf(const unsigned char *text, int bytes)
{
    const QByteArrayView t(reinterpret_cast<const char *>(text), text ? bytes : 0);
    if (t == "SEA")
        return Mode::Sea;
    if (t == "AIR")
        return Mode::Air;
    if (t == "ROAD")
        return Mode::Road;
    if (t == "RAIL")
        return Mode::Rail;
    if (t == "POST")
        return Mode::Post;
    if (t == "INLAND_WATER")
        return Mode::InlandWater;
    if (t == "FIXED")
        return Mode::Fixed;
    if (t == "OTHER")
        return Mode::Other;
    return Mode::Unknown;
}

double realOrNaN(sqlite3_stmt *s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_NULL ? std::nan("")
                                                         : sqlite3_column_double(s, column);
}

} // namespace

Result<AnalysisData> loadAnalysisData(const Connection &connection,
                                      const ProgressCallback &progress)
{
    sqlite3 *db = connection.handle();
    AnalysisData d;
    qint64 total = 0;
    {
        sqlite3_stmt *count = nullptr;
        if (sqlite3_prepare_v2(
                db, "SELECT TOTAL(items) FROM import_batches WHERE finished_at IS NOT NULL", -1,
                &count, nullptr) == SQLITE_OK &&
            sqlite3_step(count) == SQLITE_ROW)
            total = qint64(sqlite3_column_double(count, 0));
        sqlite3_finalize(count);
    }
    const char *sql =
        "SELECT id, date, flow, hs_code, origin_country, office, transport_mode, incoterm, "
        "quantity_unit, trader_id, trader_name, partner_name, partner_country, quantity, "
        "gross_weight_kg, net_weight_kg, invoice_value * exchange_rate, cif_value, fob_value, "
        "freight, insurance, duty_paid, related_party, inspected, outcome, revenue_recovered, "
        "findings, declaration_id FROM declarations WHERE flow IN ('IM', 'EX') ORDER BY id";
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
        return makeError(
            Error::Code::Database,
            QCoreApplication::translate("Store", "%1: reading declarations for the analyses: %2")
                .arg(connection.path(), QString::fromUtf8(sqlite3_errmsg(db))));
    }
    // Sized once: growing by doubling would briefly hold up to twice the data.
    d.reserve(size_t(std::max<qint64>(total, 0)));
    Interner countries(d.countries);
    Interner offices(d.offices);
    Interner units(d.units);
    Interner traders(d.traders);
    Interner partners(d.partners);
    const int unusable = findingBit(FindingKind::UnreadableNumber) |
                         findingBit(FindingKind::NonPositiveValue) |
                         findingBit(FindingKind::NonPositiveQuantity);
    int rc = SQLITE_ROW;
    qint64 rows = 0;
    std::string partnerKey;
    qint32 previousTrader = -1;
    std::string previousReference;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const int findings = sqlite3_column_int(s, 26);
        const bool unusableValues = (findings & unusable) != 0;
        if (unusableValues)
            ++d.skippedUnusable;
        d.rowId.push_back(sqlite3_column_int64(s, 0));
        const auto *date = sqlite3_column_text(s, 1);
        d.day.push_back(date ? parseIsoDate(QByteArrayView(reinterpret_cast<const char *>(date),
                                                           sqlite3_column_bytes(s, 1)))
                                   .value_or(0)
                             : 0);
        const auto *flow = sqlite3_column_text(s, 2);
        d.isImport.push_back(flow && flow[0] == 'I' ? 1 : 0);
        const auto *hs = sqlite3_column_text(s, 3);
        qint32 hs6 = -1;
        if (hs && sqlite3_column_bytes(s, 3) >= 6) {
            hs6 = 0;
            for (int i = 0; i < 6; ++i)
                hs6 = (hs[i] >= '0' && hs[i] <= '9') && hs6 >= 0 ? hs6 * 10 + (hs[i] - '0') : -1;
        }
        d.hs6.push_back(hs6);
        d.origin.push_back(countries.intern(sqlite3_column_text(s, 4), sqlite3_column_bytes(s, 4)));
        d.office.push_back(offices.intern(sqlite3_column_text(s, 5), sqlite3_column_bytes(s, 5)));
        d.mode.push_back(modeOf(sqlite3_column_text(s, 6), sqlite3_column_bytes(s, 6)));
        const auto *incoterm = sqlite3_column_text(s, 7);
        const auto parsed =
            incoterm ? parseIncoterm(QByteArrayView(reinterpret_cast<const char *>(incoterm),
                                                    sqlite3_column_bytes(s, 7)))
                     : std::nullopt;
        d.incoterm.push_back(parsed ? qint8(parsed->rule) : qint8(-1));
        d.unit.push_back(units.intern(sqlite3_column_text(s, 8), sqlite3_column_bytes(s, 8)));
        const qint32 trader = traders.intern(sqlite3_column_text(s, 9), sqlite3_column_bytes(s, 9));
        d.trader.push_back(trader);
        if (trader >= 0 && size_t(trader) >= d.traderNames.size()) {
            const auto *name = sqlite3_column_text(s, 10);
            d.traderNames.push_back(name ? QString::fromUtf8(reinterpret_cast<const char *>(name))
                                         : QString());
        }
        partnerKey.clear();
        if (const auto *name = sqlite3_column_text(s, 11)) {
            partnerKey.append(reinterpret_cast<const char *>(name),
                              size_t(sqlite3_column_bytes(s, 11)));
            if (const auto *country = sqlite3_column_text(s, 12)) {
                partnerKey.append(" (");
                partnerKey.append(reinterpret_cast<const char *>(country));
                partnerKey.push_back(')');
            }
        }
        d.partner.push_back(partners.intern(
            reinterpret_cast<const unsigned char *>(partnerKey.data()), int(partnerKey.size())));
        // Declarations per trader: the items of a declaration are stored together, so a new
        // reference (or trader) starts a new declaration.
        const auto *reference = sqlite3_column_text(s, 27);
        const std::string_view referenceText(reference ? reinterpret_cast<const char *>(reference)
                                                       : "",
                                             reference ? size_t(sqlite3_column_bytes(s, 27)) : 0);
        if (trader >= 0 && (trader != previousTrader || referenceText != previousReference)) {
            if (size_t(trader) >= d.declarationsPerTrader.size())
                d.declarationsPerTrader.resize(size_t(trader) + 1, 0);
            ++d.declarationsPerTrader[size_t(trader)];
        }
        previousTrader = trader;
        previousReference.assign(referenceText);
        const auto usable = [&](int column) {
            const double v = realOrNaN(s, column);
            return unusableValues && !(v > 0) ? std::nan("") : v;
        };
        d.quantity.push_back(float(usable(13)));
        d.grossKg.push_back(float(realOrNaN(s, 14)));
        d.netKg.push_back(float(realOrNaN(s, 15)));
        d.invoiceNational.push_back(usable(16));
        d.customsValue.push_back(usable(17));
        d.fobValue.push_back(realOrNaN(s, 18));
        d.freight.push_back(realOrNaN(s, 19));
        d.insurance.push_back(realOrNaN(s, 20));
        d.dutyPaid.push_back(realOrNaN(s, 21));
        const auto *related = sqlite3_column_text(s, 22);
        d.relatedParty.push_back(related && related[0] == 'Y' ? 1 : 0);
        d.inspected.push_back(sqlite3_column_type(s, 23) == SQLITE_NULL
                                  ? qint8(-1)
                                  : qint8(sqlite3_column_int(s, 23)));
        const auto *outcome = sqlite3_column_text(s, 24);
        d.illicit.push_back(outcome && outcome[0] == 'I' ? 1 : 0);
        d.revenueRecovered.push_back(realOrNaN(s, 25));
        if ((++rows & 0xffff) == 0 && !reportProgress(progress, rows, total)) {
            sqlite3_finalize(s);
            return makeError(Error::Code::Cancelled,
                             QCoreApplication::translate("Store", "The analysis was cancelled."));
        }
    }
    sqlite3_finalize(s);
    d.declarationsPerTrader.resize(d.traders.size(), 0);
    if (rc != SQLITE_DONE) {
        return makeError(
            Error::Code::Database,
            QCoreApplication::translate("Store", "%1: reading declarations for the analyses: %2")
                .arg(connection.path(), QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return d;
}

} // namespace clearsight
