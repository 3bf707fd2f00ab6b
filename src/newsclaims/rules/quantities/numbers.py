"""Word lists and arithmetic behind :mod:`newsclaims.rules.quantities.find`.

The lists are the ``quantity_*`` fields of a :class:`~newsclaims.lexicons.Lexicons`
(the ``quantity_*`` files, documented in ``lexicons/README.md``), as immutable
mappings in a :class:`QuantityWords`. Its methods turn the pieces a quantity pattern
captured ("1,000", "2.5" + "million", "twenty-one", "a dozen") into an ``int`` or a
:class:`~decimal.Decimal`, never a float.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Final, TypeAlias

from newsclaims._regex import compile_plain
from newsclaims.lexicons import Lexicons
from newsclaims.model import QuantityQualifier

__all__ = ["Number", "QuantityWords", "digits_value"]

Number: TypeAlias = int | Decimal


class QuantityWords:
    """The quantity word lists of one :class:`Lexicons`, as the patterns and the
    arithmetic read them.

    >>> words = QuantityWords(Lexicons.default())
    >>> words.number_words["twenty"], words.currencies["€"], words.vague["dozens"]
    (20, 'EUR', 24)
    """

    def __init__(self, lexicons: Lexicons) -> None:
        self.number_words = MappingProxyType(dict(lexicons.quantity_number_words))
        """Cardinal number words and their values: ``"twenty" -> 20``."""
        self.scales = MappingProxyType(dict(lexicons.quantity_scales))
        """Scale words after a figure and their multipliers: ``"bn" -> 10**9``."""
        self.qualifiers = MappingProxyType(
            {w: QuantityQualifier(q) for w, q in lexicons.quantity_qualifiers}
        )
        """Words before a figure and the qualifier they give."""
        rows = lexicons.quantity_currencies
        self.currencies = MappingProxyType({form: code for form, code, _ in rows})
        """Currency symbols, codes and words and their ISO 4217 codes."""
        self.currency_prefixes = frozenset(
            form for form, _, where in rows if where in {"prefix", "both"}
        )
        self.currency_suffixes = frozenset(
            form for form, _, where in rows if where in {"suffix", "both"}
        )
        self.vague = MappingProxyType(dict(lexicons.quantity_vague))
        """Vague amounts and the lowest figure they allow (``None``: no bound)."""
        self.labels = lexicons.quantity_labels
        self.months = lexicons.quantity_months
        self.plurals = lexicons.quantity_plurals
        self.unit_stop_words = lexicons.quantity_unit_stop_words
        self.unit_suffixes = lexicons.quantity_unit_suffixes

    def scaled(self, value: Number, scale: str | None) -> Number:
        """``value`` times the scale word (``"million"``, ``"bn"``, ``"k"``), if any.

        A scaled figure that comes out whole is an int: 2.5 million is ``2500000``.

        >>> w = QuantityWords(Lexicons.default())
        >>> w.scaled(Decimal("2.5"), "million"), w.scaled(3, "bn"), w.scaled(Decimal("0.5"), None)
        (2500000, 3000000000, Decimal('0.5'))
        """
        if scale is None:
            return value
        factor = self.scales.get(scale.lower(), 1)
        if isinstance(value, int):
            return value * factor
        try:
            return _normal(value * factor)
        except InvalidOperation:  # pragma: no cover - figures are bounded in length
            return value

    def words_value(self, words: str) -> int | None:
        """The value of a run of number words, or ``None`` if one is unknown.

        "a" stands for one before a multiplier; "and" is skipped ("one hundred and five").

        >>> w = QuantityWords(Lexicons.default())
        >>> w.words_value("twenty-one"), w.words_value("two hundred thousand")
        (21, 200000)
        """
        total = 0
        current = 0
        for raw in _WORD_SPLIT.split(words.lower()):
            if raw in {"", "and"}:
                continue
            if raw in {"a", "an"}:
                current = max(current, 1)
                continue
            value = self.number_words.get(raw)
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


_WORD_SPLIT: Final = compile_plain(r"[\s\-\u2010\u2011]+")
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
