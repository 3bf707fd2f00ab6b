"""Word lists and arithmetic behind :mod:`newsclaims.rules.quantities.find`.

The lists are the ``quantity_*`` files under :mod:`newsclaims.lexicons` (documented in
``lexicons/README.md``), read once at import into immutable mappings. The
functions turn the pieces a quantity pattern captured ("1,000", "2.5" + "million",
"twenty-one", "a dozen") into an ``int`` or a :class:`~decimal.Decimal`, never a float.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Final, TypeAlias

import regex

from newsclaims.lexicons import read_rows
from newsclaims.model import QuantityQualifier

__all__ = [
    "CURRENCIES",
    "CURRENCY_PREFIXES",
    "CURRENCY_SUFFIXES",
    "LABELS",
    "MONTHS",
    "NUMBER_WORDS",
    "PLURALS",
    "QUALIFIERS",
    "SCALES",
    "UNIT_STOP_WORDS",
    "UNIT_SUFFIXES",
    "VAGUE",
    "Number",
    "digits_value",
    "scaled",
    "words_value",
]

Number: TypeAlias = int | Decimal


def _words(name: str) -> frozenset[str]:
    return frozenset(row[0] for row in read_rows(name))


def _numbers(name: str) -> MappingProxyType[str, int]:
    return MappingProxyType({row[0]: int(row[1]) for row in read_rows(name)})


NUMBER_WORDS: Final = _numbers("quantity_number_words.tsv")
"""Cardinal number words and their values: ``"twenty" -> 20``, ``"dozen" -> 12``."""

SCALES: Final = _numbers("quantity_scales.tsv")
"""Scale words after a figure and their multipliers: ``"bn" -> 10**9``."""

QUALIFIERS: Final = MappingProxyType(
    {row[0]: QuantityQualifier(row[1]) for row in read_rows("quantity_qualifiers.tsv")}
)
"""Words before a figure and the qualifier they give: ``"at least" -> AT_LEAST``."""

CURRENCIES: Final = MappingProxyType(
    {row[0]: row[1] for row in read_rows("quantity_currencies.tsv")}
)
"""Currency symbols, codes and words and their ISO 4217 codes: ``"€" -> "EUR"``."""

CURRENCY_PREFIXES: Final = frozenset(
    row[0]
    for row in read_rows("quantity_currencies.tsv")
    if row[2] in {"prefix", "both"}
)
CURRENCY_SUFFIXES: Final = frozenset(
    row[0]
    for row in read_rows("quantity_currencies.tsv")
    if row[2] in {"suffix", "both"}
)

VAGUE: Final = MappingProxyType(
    {
        row[0]: None if row[1] == "-" else int(row[1])
        for row in read_rows("quantity_vague.tsv")
    }
)
"""Vague amounts and the lowest figure they allow (``None``: no bound)."""

LABELS: Final = _words("quantity_labels.txt")
MONTHS: Final = _words("quantity_months.txt")
PLURALS: Final = _words("quantity_plurals.txt")
UNIT_STOP_WORDS: Final = _words("quantity_unit_stop_words.txt")
UNIT_SUFFIXES: Final = _words("quantity_unit_suffixes.txt")

_WORD_SPLIT: Final = regex.compile(r"[\s\-\u2010\u2011]+")
_HUNDRED: Final = 100
_THOUSAND: Final = 1000


def _normal(value: Decimal) -> Number:
    """An integral Decimal as an int; anything else unchanged."""
    if value == value.to_integral_value():
        return int(value)
    return value


def digits_value(digits: str) -> Number:
    """The value of a written figure: an int, or a Decimal when it has decimals.

    >>> digits_value("1,000"), digits_value("3.5")
    (1000, Decimal('3.5'))
    """
    plain = digits.replace(",", "")
    if "." in plain:
        return Decimal(plain)
    return int(plain)


def scaled(value: Number, scale: str | None) -> Number:
    """``value`` times the scale word (``"million"``, ``"bn"``, ``"k"``), if any.

    A scaled figure that comes out whole is an int: 2.5 million is ``2500000``.

    >>> scaled(Decimal("2.5"), "million"), scaled(3, "bn"), scaled(Decimal("0.5"), None)
    (2500000, 3000000000, Decimal('0.5'))
    """
    if scale is None:
        return value
    factor = SCALES.get(scale.lower(), 1)
    if isinstance(value, int):
        return value * factor
    try:
        return _normal(value * factor)
    except InvalidOperation:  # pragma: no cover - figures are bounded in length
        return value


def words_value(words: str) -> int | None:
    """The value of a run of number words, or ``None`` if one is unknown.

    "a" stands for one before a multiplier; "and" is skipped ("one hundred and five").

    >>> words_value("twenty-one"), words_value("a dozen"), words_value("two hundred thousand")
    (21, 12, 200000)
    """
    total = 0
    current = 0
    for raw in _WORD_SPLIT.split(words.lower()):
        if raw in {"", "and"}:
            continue
        if raw in {"a", "an"}:
            current = max(current, 1)
            continue
        value = NUMBER_WORDS.get(raw)
        if value is None:
            return None
        if value == _HUNDRED or raw == "dozen":
            current = (current or 1) * value
        elif value >= _THOUSAND:
            total += (current or 1) * value
            current = 0
        else:
            current += value
    return total + current
