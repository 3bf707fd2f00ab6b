"""What :meth:`Lexicons.extended <newsclaims.lexicons.Lexicons.extended>` accepts for
the lists of rows: each list's columns, each cell checked and normalised like the
rows of its file.

>>> extend_rows("quantity_scales", (("bn", 10**9),), [("Lakh", 100_000)])
(('bn', 1000000000), ('lakh', 100000))
>>> extend_rows("quantity_scales", (), [("lakh", "100000")])
Traceback (most recent call last):
...
ValueError: extended(): a row of quantity_scales is (word: a word, multiplier: a whole number), got ('lakh', '100000')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

import regex
from attrs import frozen

from newsclaims._kinds import ActorKind, QuantityQualifier, ResponseKind
from newsclaims.lexicons._verbs import ATTRIBUTION_TYPES

__all__ = ["ROW_LISTS", "RowList", "extend_rows"]

Cell = Callable[[object], object]
"""Checks one cell of a row: its normal form, or ``ValueError``; its docstring says
what the cell must be, in the message of :meth:`RowList.row`."""


def _word(value: object) -> str:
    """a word"""  # lower-cased, as the files hold them
    return _written(value).lower()


def _written(value: object) -> str:
    """a word as written"""  # a capitalised word, a name
    if not isinstance(value, str) or not value.strip():
        raise ValueError("not a word")
    return " ".join(value.split())


def _cell(value: object) -> str:
    """names joined with |"""  # as written; may be empty
    if not isinstance(value, str) or "\t" in value or "\n" in value:
        raise ValueError("not a cell")
    return value


def _whole(value: object) -> int:
    """a whole number"""  # 0 or more
    if type(value) is not int or value < 0:
        raise ValueError("not a whole number")
    return value


def _low(value: object) -> int | None:
    """a whole number or None"""  # None: no bound
    return None if value is None else _whole(value)


def _word_set(value: object) -> frozenset[str]:
    """words"""  # a string of them split on spaces, or an iterable of words
    items = value.split() if isinstance(value, str) else value
    if not isinstance(items, Iterable):
        raise ValueError("not words")  # noqa: TRY004 - one error for any bad cell
    found = frozenset(_word(w) for w in items)
    if not found:
        raise ValueError("no words")
    return found


_CODE: Final = regex.compile(r"[A-Z]{3}")


def _code(value: object) -> str:
    """a code of three capitals"""  # ISO 4217, ISO 3166 alpha-3
    if not isinstance(value, str) or _CODE.fullmatch(value) is None:
        raise ValueError("not a code")
    return value


def _one_of(*allowed: str) -> Cell:
    values = tuple(str(a) for a in allowed)  # enum members by their value

    def check(value: object) -> str:
        if not isinstance(value, str) or value not in values:
            raise ValueError("not allowed")
        return str(value)

    check.__doc__ = "one of " + ", ".join(repr(v) for v in values)
    return check


@frozen
class RowList:
    """The columns of a list of rows (name and check of each) and whether its first
    cell is a key (a row added for a known key replaces the row it had)."""

    columns: tuple[tuple[str, Cell], ...]
    keyed: bool = True

    def row(self, name: str, row: object) -> tuple[object, ...]:
        """``row`` checked and normalised, or ``ValueError`` naming the list."""
        try:
            if not isinstance(row, tuple | list) or len(row) != len(self.columns):
                raise ValueError("wrong width")  # noqa: TRY301 - one message below
            return tuple(
                check(v) for (_, check), v in zip(self.columns, row, strict=True)
            )
        except ValueError:
            cols = ", ".join(f"{col}: {check.__doc__}" for col, check in self.columns)
            raise ValueError(
                f"extended(): a row of {name} is ({cols}), got {row!r}"
            ) from None


_KINDS: Final = _one_of(*ResponseKind)
_SAME: Final = ("word", _word)

ROW_LISTS: Final[dict[str, RowList]] = {
    "actor_roles": RowList(
        (
            _SAME,
            ("kind", _one_of(*ActorKind)),
            ("gender", _one_of("m", "f", "-")),
            ("number", _one_of("s", "p")),
        )
    ),
    "attribution_words": RowList((_SAME, ("type", _one_of(*ATTRIBUTION_TYPES)))),
    "belief_cues": RowList((_SAME, ("kind", _one_of("verb", "to", "as", "not")))),
    "countries": RowList(
        (
            ("code", _code),
            ("name", _written),
            ("aliases", _cell),
            ("demonyms", _cell),
            ("capitals", _cell),
            ("seats", _cell),
        )
    ),
    "cue_noun_objects": RowList((("noun", _word), ("preposition", _word)), keyed=False),
    "designators": RowList((("word", _written), ("kind", _one_of(*ActorKind)))),
    "honorifics": RowList((("title", _written), ("gender", _one_of("m", "f", "-")))),
    "quantity_currencies": RowList(
        (
            ("form", _word),
            ("code", _code),
            ("position", _one_of("prefix", "suffix", "both")),
        )
    ),
    "quantity_number_words": RowList((_SAME, ("value", _whole))),
    "quantity_qualifiers": RowList(
        (("phrase", _word), ("qualifier", _one_of(*QuantityQualifier)))
    ),
    "quantity_scales": RowList((_SAME, ("multiplier", _whole))),
    "quantity_vague": RowList((("phrase", _word), ("low", _low))),
    "response_acts": RowList((("nouns", _word_set), ("words", _word_set)), keyed=False),
    "response_cues": RowList((("phrase", _word), ("kind", _KINDS))),
    "response_stances": RowList((("phrase", _word), ("kind", _KINDS))),
}
"""The lists of rows :meth:`Lexicons.extended` adds to, by field name."""


def extend_rows(
    name: str, current: tuple[tuple[object, ...], ...], items: Iterable[object]
) -> tuple[tuple[object, ...], ...]:
    """``current`` with the rows ``items`` of the list ``name`` (see
    :data:`ROW_LISTS`): a row of a known key replaces the old one in place, others
    come last, in order."""
    spec = ROW_LISTS[name]
    added = [spec.row(name, item) for item in items]
    if not spec.keyed:
        return (*current, *(r for r in dict.fromkeys(added) if r not in current))
    merged = {row[0]: row for row in current}
    merged.update((row[0], row) for row in added)
    return tuple(merged.values())
