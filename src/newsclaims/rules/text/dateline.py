"""Datelines: the place line that opens a news story ("KYIV, Ukraine (Reuters) -").

>>> find_dateline("Kiev, Ukraine \\u2013 Officials said on Monday ...")
('Kiev, Ukraine', Span(start=0, end=13))
>>> find_dateline("LONDON, May 3 \\u2014 Prices rose.")
('LONDON', Span(start=0, end=6))
>>> find_dateline("No dateline here.") is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from newsclaims._regex import compile_pattern, match
from newsclaims.errors import PatternTimeoutError
from newsclaims.model import Span
from newsclaims.rules.text.layout import paragraphs

__all__ = ["dateline_tag", "find_dateline"]

MAX_PARAGRAPHS: Final = 3
"""A dateline opens one of the first paragraphs (a headline may come first)."""

_PLACE_WORD: Final = r"(?!\L<months>\b)\p{Lu}[\p{L}\p{M}'\u2019\-]{0,30}+\.?+"

_DATELINE: Final = compile_pattern(
    rf"""
    (?P<loc>
        {_PLACE_WORD}(?:\ {_PLACE_WORD}){{0,3}}+                  # Kiev / NEW YORK
        (?:,\ {_PLACE_WORD}(?:\ {_PLACE_WORD}){{0,2}}+){{0,2}}+   # , Ukraine
    )
    (?:,?\ \L<months>\.?\ \p{{N}}{{1,2}}+(?:,\ \p{{N}}{{4}}+)?)?  # , May 3
    \ *+(?P<agency>\([^()\n]{{1,40}}+\)\ *+)?                   # (Reuters)
    (?:[\u2013\u2014]|--?)\ *+                                  # the dash
    (?=\S)
    """,
    months=[
        "Jan",
        "January",
        "Feb",
        "February",
        "Mar",
        "March",
        "Apr",
        "April",
        "May",
        "Jun",
        "June",
        "Jul",
        "July",
        "Aug",
        "August",
        "Sep",
        "Sept",
        "September",
        "Oct",
        "October",
        "Nov",
        "November",
        "Dec",
        "December",
    ],
)


def _looks_like_place(location: str, agency: str | None) -> bool:
    """ "KYIV", "Kiev, Ukraine" or "Kiev (AP)"; not "Mr. Lee - a farmer -"."""
    first = location.split(maxsplit=1)[0].rstrip(",")
    return first.isupper() or "," in location or agency is not None


def _dateline(
    text: str, paras: Sequence[Span] | None = None
) -> regex.Match[str] | None:
    if not isinstance(text, str):
        return None
    try:
        first = (
            paragraphs(text, MAX_PARAGRAPHS)
            if paras is None
            else paras[:MAX_PARAGRAPHS]
        )
        for para in first:
            m = match(_DATELINE, text, para.start, min(para.end, para.start + 200))
            if m is not None and _looks_like_place(m.group("loc"), m.group("agency")):
                return m
    except PatternTimeoutError:
        return None
    return None


def find_dateline(
    text: str, paras: Sequence[Span] | None = None
) -> tuple[str, Span] | None:
    """The location of the dateline opening ``text`` and its span, or ``None``.

    ``paras`` are the paragraphs of ``text`` when known (the article's
    :class:`~newsclaims.rules.text.layout.Layout` has them); else the first few are
    found here. The location is always ``text[span.start:span.end]``. Total: never
    raises.
    """
    m = _dateline(text, paras)
    if m is None:
        return None
    span = Span.of_match(m, "loc")
    return span.of(text), span


def dateline_tag(text: str, paras: Sequence[Span] | None = None) -> Span | None:
    """The whole dateline opening ``text``: place, date, agency and dash, up to the
    first word of the story ("KYIV, Ukraine (Reuters) - "); ``None`` if there is none.
    ``paras``: the paragraphs of ``text`` when known.

    >>> text = "KYIV, Ukraine (Reuters) - Talks resumed."
    >>> dateline_tag(text).of(text)
    'KYIV, Ukraine (Reuters) - '
    """
    m = _dateline(text, paras)
    return None if m is None else Span(m.start(), m.end())
