#include "incoterms.h"

#include <array>

namespace clearsight
{

namespace
{
using I = Incoterm;
constexpr std::array<IncotermRule, static_cast<size_t>(Incoterm::Count)> kRules{{
    // rule, code, seaOnly, mainCarriage, insures, duties, delivered
    {I::EXW, "EXW", false, false, false, false, false},
    {I::FCA, "FCA", false, false, false, false, false},
    {I::FAS, "FAS", true, false, false, false, false},
    {I::FOB, "FOB", true, false, false, false, false},
    {I::CFR, "CFR", true, true, false, false, false},
    {I::CIF, "CIF", true, true, true, false, false},
    {I::CPT, "CPT", false, true, false, false, false},
    {I::CIP, "CIP", false, true, true, false, false},
    {I::DAP, "DAP", false, true, false, false, true},
    {I::DPU, "DPU", false, true, false, false, true},
    {I::DDP, "DDP", false, true, false, true, true},
}};

struct LegacyCode {
    const char *code;
    Incoterm mapsTo;
};
// Legacy rules and their 2020 successors, as in shared/data/incoterms/incoterms.csv.
constexpr std::array<LegacyCode, 5> kLegacy{
    {{"DAT", I::DPU}, {"DAF", I::DAP}, {"DES", I::DAP}, {"DEQ", I::DPU}, {"DDU", I::DAP}}};
} // namespace

const IncotermRule &incotermRule(Incoterm rule)
{
    return kRules[static_cast<size_t>(rule)];
}

std::optional<ParsedIncoterm> parseIncoterm(QStringView code)
{
    const QString trimmed = code.trimmed().toString();
    if (trimmed.size() != 3)
        return std::nullopt;
    return parseIncoterm(QByteArrayView(trimmed.toLatin1()));
}

std::optional<ParsedIncoterm> parseIncoterm(QByteArrayView code)
{
    qsizetype b = 0;
    qsizetype e = code.size();
    while (b < e && code[b] == ' ')
        ++b;
    while (e > b && code[e - 1] == ' ')
        --e;
    if (e - b != 3)
        return std::nullopt;
    char upper[3];
    for (int i = 0; i < 3; ++i) {
        const char c = code[b + i];
        upper[i] = c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
    }
    const QByteArrayView key(upper, 3);
    for (const IncotermRule &r : kRules) {
        if (key == QByteArrayView(r.code))
            return ParsedIncoterm{r.rule, false};
    }
    for (const LegacyCode &l : kLegacy) {
        if (key == QByteArrayView(l.code))
            return ParsedIncoterm{l.mapsTo, true};
    }
    return std::nullopt;
}

QString incotermCode(Incoterm rule)
{
    return QString::fromLatin1(incotermRule(rule).code);
}

} // namespace clearsight
