#!/usr/bin/env python3
"""Derives ClearSight's embedded reference lists from the public data sets in ../shared/data.

Run from the repository root: python3 resources/reference/derive.py ../shared/data
Writes hs2022.csv, countries.csv and currencies.csv beside this script (UTF-8, RFC 4180).
"""
import csv
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', 'shared', 'data')


def write(name, header, rows):
    with open(os.path.join(here, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)


# HS 2022: chapters, headings and subheadings; Comtrade's 99/9999/999999 and TOTAL are not WCO HS.
hs = []
with open(os.path.join(data, 'hs-codes', 'harmonized-system.csv'), encoding='utf-8') as f:
    for r in csv.DictReader(f):
        code = r['hscode']
        if not code.isdigit() or code.startswith('99') or r['level'] not in ('2', '4', '6'):
            continue
        hs.append((code, r['description']))
write('hs2022.csv', ['code', 'description'], hs)

countries = []
with open(os.path.join(data, 'country-codes', 'country-codes.csv'), encoding='utf-8') as f:
    for r in csv.DictReader(f):
        a2 = r['ISO3166-1-Alpha-2'].strip()
        a3 = r['ISO3166-1-Alpha-3'].strip()
        if len(a2) != 2 or len(a3) != 3:
            continue
        countries.append((a2, a3, r['ISO3166-1-numeric'].strip(),
                          r['CLDR display name'].strip() or r['UNTERM English Short'].strip(),
                          r['official_name_en'].strip(), r['official_name_fr'].strip(),
                          r['official_name_es'].strip(),
                          'Y' if r['Land Locked Developing Countries (LLDC)'].strip() else 'N'))
countries.sort()
write('countries.csv', ['alpha2', 'alpha3', 'numeric', 'name', 'name_en', 'name_fr', 'name_es',
                        'landlocked'], countries)

currencies = {}
with open(os.path.join(data, 'currency-codes', 'codes-all.csv'), encoding='utf-8') as f:
    for r in csv.DictReader(f):
        code = r['AlphabeticCode'].strip()
        if len(code) != 3:
            continue
        current = not r['WithdrawalDate'].strip()
        if code not in currencies or current:
            currencies[code] = (code, r['Currency'].strip(), 'current' if current else 'withdrawn')
write('currencies.csv', ['code', 'name', 'status'], sorted(currencies.values()))
print(len(hs), 'HS codes,', len(countries), 'countries,', len(currencies), 'currencies')
