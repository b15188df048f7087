#pragma once

#include "store/declarationwriter.h"
#include "store/referencerepository.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace clearsight {

// Activity per entity seen in this file, merged into the reference tables at the end. Memory
// grows with distinct traders, not with rows.
class EntityTallies
{
public:
    void add(const DeclarationRow &row, const char *isoDate)
    {
        using C = CanonicalColumn;
        const auto text = [&row](C c) { return row.values[size_t(c)].text; };
        const std::string_view date(isoDate, 10);
        if (const QByteArrayView id = text(C::TraderId); !id.isEmpty()) {
            Tally &t =
                tally(m_traders, m_lastTrader, std::string_view(id.data(), size_t(id.size())));
            t.add(date);
            if (t.name.empty() && !text(C::TraderName).isEmpty())
                t.name.assign(text(C::TraderName).data(), size_t(text(C::TraderName).size()));
            if (t.address.empty() && !text(C::TraderAddress).isEmpty())
                t.address.assign(text(C::TraderAddress).data(),
                                 size_t(text(C::TraderAddress).size()));
        }
        if (const QByteArrayView id = text(C::DeclarantId); !id.isEmpty())
            tally(m_declarants, m_lastDeclarant, std::string_view(id.data(), size_t(id.size())))
                .add(date);
        if (const QByteArrayView name = text(C::PartnerName); !name.isEmpty()) {
            m_partnerKey.assign(name.data(), size_t(name.size()));
            m_partnerKey.push_back('\x1f');
            m_partnerKey.append(text(C::PartnerCountry).data(),
                                size_t(text(C::PartnerCountry).size()));
            tally(m_partners, m_lastPartner, m_partnerKey).add(date);
        }
    }

    ReferenceTallies tallies() const
    {
        ReferenceTallies out;
        for (const auto &[id, t] : m_traders)
            out.traders[QString::fromStdString(id)] = t.toEntity();
        for (const auto &[id, t] : m_declarants)
            out.declarants[QString::fromStdString(id)] = t.toEntity();
        for (const auto &[key, t] : m_partners) {
            const size_t split = key.find('\x1f');
            out.partners[{QString::fromStdString(key.substr(0, split)),
                          QString::fromStdString(key.substr(split + 1))}] = t.toEntity();
        }
        return out;
    }

private:
    struct Tally;
    struct KeyHash {
        using is_transparent = void;
        size_t operator()(std::string_view key) const { return std::hash<std::string_view>()(key); }
    };
    using TallyMap = std::unordered_map<std::string, Tally, KeyHash, std::equal_to<>>;
    // Finds without allocating; only a new entity allocates its key. Items of one declaration
    // follow each other, so the entity of the previous row is checked first.
    struct Cached {
        std::string_view key;
        Tally *tally = nullptr;
    };
    static Tally &tally(TallyMap &map, Cached &cache, std::string_view key)
    {
        if (cache.tally && cache.key == key)
            return *cache.tally;
        auto it = map.find(key);
        if (it == map.end())
            it = map.emplace(std::string(key), Tally{}).first;
        cache = {std::string_view(it->first), &it->second};
        return it->second;
    }

    struct Tally {
        std::string name;
        std::string address;
        qint64 items = 0;
        std::string first;
        std::string last;
        void add(std::string_view date)
        {
            ++items;
            if (first.empty() || date < std::string_view(first))
                first.assign(date);
            if (last.empty() || date > std::string_view(last))
                last.assign(date);
        }
        EntityTally toEntity() const
        {
            return {QString::fromStdString(name), QString::fromStdString(address), items,
                    QString::fromStdString(first), QString::fromStdString(last)};
        }
    };
    TallyMap m_traders;
    TallyMap m_declarants;
    TallyMap m_partners;
    std::string m_partnerKey;
    Cached m_lastTrader;
    Cached m_lastDeclarant;
    Cached m_lastPartner;
};


} // namespace clearsight
