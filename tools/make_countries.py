"""Generate ``src/newsclaims/lexicons/countries.tsv`` from countryinfo and pycountry.

Run from the repository root after ``pip install countryinfo pycountry`` (they are
build-time tools, not runtime dependencies)::

    python tools/make_countries.py

One row per country: the UN member states (193) and the few other states and
territories news treats as actors (see ``_ALSO``). Columns, tab-separated, lists
joined with ``|``:

``code``      ISO 3166-1 alpha-3 code
``name``      the common short name (countryinfo's ``name``, or ``_NAMES``)
``aliases``   other names: pycountry's ``name``/``common_name``/``official_name`` and
              countryinfo's Latin-script ``altSpellings``, plus ``_CURATED`` short forms
``demonyms``  countryinfo's ``demonym``, plus ``_CURATED`` ones
``capitals``  countryinfo's ``capital``, plus ``_CURATED`` spellings ("Kiev")
``seats``     seats of government used as metonyms ("the Kremlin"), all ``_CURATED``

The packages lack UN membership, common press short forms ("U.S.", "Britain"),
alternative spellings of capitals and the seats of government: those are the
hand-curated tables below, documented in ``lexicons/README.md``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

import pycountry
from countryinfo import CountryInfo

OUT = Path(__file__).parent.parent / "src/newsclaims/lexicons/countries.tsv"

# The 193 UN member states, ISO alpha-3 (source: https://www.un.org/en/about-us/member-states).
_UN = [
    "AFG",
    "ALB",
    "DZA",
    "AND",
    "AGO",
    "ATG",
    "ARG",
    "ARM",
    "AUS",
    "AUT",
    "AZE",
    "BHS",
    "BHR",
    "BGD",
    "BRB",
    "BLR",
    "BEL",
    "BLZ",
    "BEN",
    "BTN",
    "BOL",
    "BIH",
    "BWA",
    "BRA",
    "BRN",
    "BGR",
    "BFA",
    "BDI",
    "CPV",
    "KHM",
    "CMR",
    "CAN",
    "CAF",
    "TCD",
    "CHL",
    "CHN",
    "COL",
    "COM",
    "COG",
    "CRI",
    "CIV",
    "HRV",
    "CUB",
    "CYP",
    "CZE",
    "PRK",
    "COD",
    "DNK",
    "DJI",
    "DMA",
    "DOM",
    "ECU",
    "EGY",
    "SLV",
    "GNQ",
    "ERI",
    "EST",
    "SWZ",
    "ETH",
    "FJI",
    "FIN",
    "FRA",
    "GAB",
    "GMB",
    "GEO",
    "DEU",
    "GHA",
    "GRC",
    "GRD",
    "GTM",
    "GIN",
    "GNB",
    "GUY",
    "HTI",
    "HND",
    "HUN",
    "ISL",
    "IND",
    "IDN",
    "IRN",
    "IRQ",
    "IRL",
    "ISR",
    "ITA",
    "JAM",
    "JPN",
    "JOR",
    "KAZ",
    "KEN",
    "KIR",
    "KWT",
    "KGZ",
    "LAO",
    "LVA",
    "LBN",
    "LSO",
    "LBR",
    "LBY",
    "LIE",
    "LTU",
    "LUX",
    "MDG",
    "MWI",
    "MYS",
    "MDV",
    "MLI",
    "MLT",
    "MHL",
    "MRT",
    "MUS",
    "MEX",
    "FSM",
    "MCO",
    "MNG",
    "MNE",
    "MAR",
    "MOZ",
    "MMR",
    "NAM",
    "NRU",
    "NPL",
    "NLD",
    "NZL",
    "NIC",
    "NER",
    "NGA",
    "MKD",
    "NOR",
    "OMN",
    "PAK",
    "PLW",
    "PAN",
    "PNG",
    "PRY",
    "PER",
    "PHL",
    "POL",
    "PRT",
    "QAT",
    "KOR",
    "MDA",
    "ROU",
    "RUS",
    "RWA",
    "KNA",
    "LCA",
    "VCT",
    "WSM",
    "SMR",
    "STP",
    "SAU",
    "SEN",
    "SRB",
    "SYC",
    "SLE",
    "SGP",
    "SVK",
    "SVN",
    "SLB",
    "SOM",
    "ZAF",
    "SSD",
    "ESP",
    "LKA",
    "SDN",
    "SUR",
    "SWE",
    "CHE",
    "SYR",
    "TJK",
    "TZA",
    "THA",
    "TLS",
    "TGO",
    "TON",
    "TTO",
    "TUN",
    "TUR",
    "TKM",
    "TUV",
    "UGA",
    "UKR",
    "ARE",
    "GBR",
    "USA",
    "URY",
    "UZB",
    "VUT",
    "VEN",
    "VNM",
    "YEM",
    "ZMB",
    "ZWE",
]

_UN_MEMBERS = 193
_CODE_LENGTH = 3  # alternative spellings this short are ISO codes

# Observer states and other polities that act in the news as governments.
_ALSO = ["PSE", "VAT", "TWN", "HKG", "MAC"]

# Names where the packages' choice is not the one news uses.
_NAMES = {
    "PRK": "North Korea",
    "KOR": "South Korea",
    "VAT": "Vatican City",
    "PSE": "Palestine",
    "MKD": "North Macedonia",
    "SWZ": "Eswatini",
}

# Where a package's demonym or capital would point news readers at the wrong country
# ("Chinese" for Hong Kong, "Jerusalem" for Palestine), the curated value replaces it.
_DEMONYMS = {"HKG": ["Hong Konger"], "MAC": ["Macanese"], "PSE": ["Palestinian"]}
_CAPITALS = {"PSE": ["Ramallah"], "VAT": ["Vatican City"], "HKG": [], "MAC": []}

# Hand-curated additions: (aliases, demonyms, capitals, seats).
_CURATED: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "USA": (
        ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America"],
        [],
        ["Washington"],
        ["the White House", "the Pentagon", "the State Department"],
    ),
    "GBR": (["UK", "U.K.", "Britain", "Great Britain"], ["UK"], [], ["Downing Street"]),
    "RUS": ([], [], [], ["the Kremlin"]),
    "UKR": ([], [], ["Kiev"], []),
    "CHN": (["PRC", "mainland China"], [], [], ["Zhongnanhai"]),
    "FRA": ([], [], [], ["the Elysee", "the Élysée", "the Elysee Palace"]),
    "DEU": ([], [], [], ["the Chancellery"]),
    "IND": ([], [], ["Delhi"], []),
    "BOL": ([], [], ["La Paz"], []),
    "PHL": ([], ["Philippine"], [], ["Malacañang"]),
    "SAU": ([], ["Saudi"], [], []),
    "KOR": (["Republic of Korea"], [], [], ["the Blue House"]),
    "PRK": (["DPRK"], [], ["Pyongyang"], []),
    "JPN": ([], [], [], []),
    "NLD": (["Holland"], [], ["The Hague"], []),
    "CZE": (["Czechia"], [], [], []),
    "TUR": (["Türkiye", "Turkiye"], [], [], []),
    "MMR": (["Burma"], [], [], []),
    "CIV": (["Côte d'Ivoire"], [], [], []),
    "COD": (["DR Congo", "DRC"], [], [], []),
    "ARE": (["UAE", "U.A.E."], [], [], []),
    "VAT": (["the Vatican", "Holy See"], [], [], []),
    "PSE": (["Palestinian Authority"], [], [], []),
}


_LATIN_END = 0x250  # Latin script ends before U+0250


def _latin(s: str) -> bool:
    return all(ord(c) < _LATIN_END or c == "’" for c in s)


def _row(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=code)
    info = CountryInfo(code if country is None else country.alpha_2).info()
    name = _NAMES.get(code) or info["name"]
    aliases: list[str] = []
    if country is not None:
        attrs = ("name", "common_name", "official_name")
        aliases.extend(getattr(country, a, "") or "" for a in attrs)
    spellings = info.get("altSpellings") or []
    aliases += [a for a in spellings if len(a) > _CODE_LENGTH and _latin(a)]
    aliases = [a for a in aliases if ", " not in a]  # "Korea, Republic of"
    extra = _CURATED.get(code, ([], [], [], []))
    aliases += extra[0]
    demonyms = _DEMONYMS.get(code, (info.get("demonym") or "").split(",")) + extra[1]
    capitals = _CAPITALS.get(code, [info.get("capital") or ""]) + extra[2]
    return [
        code,
        name,
        _join(a for a in aliases if a != name),
        _join(demonyms),
        _join(capitals),
        _join(extra[3]),
    ]


def _join(items: Iterable[str]) -> str:
    seen: list[str] = []
    for item in items:
        value = item.strip()
        if value and value not in seen:
            seen.append(value)
    return "|".join(seen)


def main() -> int:
    if len(_UN) != _UN_MEMBERS:
        raise SystemExit(f"expected 193 UN members, found {len(_UN)}")
    rows = [_row(code) for code in sorted(_UN + _ALSO)]
    header = [
        "# Countries, their names, demonyms, capitals and seats of government.",
        (
            "# Generated by tools/make_countries.py from countryinfo "
            f"{version('countryinfo')} and pycountry {version('pycountry')}, with"
        ),
        "# hand-curated additions (see lexicons/README.md). Do not edit by hand.",
        "# code\tname\taliases\tdemonyms\tcapitals\tseats",
    ]
    lines = header + ["\t".join(r) for r in sorted(rows, key=lambda r: r[1])]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} countries to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
