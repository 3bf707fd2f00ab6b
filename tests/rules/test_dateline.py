"""Datelines."""

from __future__ import annotations

import pytest

from newsclaims.examples import seed_article
from newsclaims.model import Span
from newsclaims.rules.text.dateline import find_dateline
from newsclaims.rules.text.layout import paragraphs

DATELINES = [
    ("Kiev, Ukraine \u2013 Officials said.", "Kiev, Ukraine"),
    ("WASHINGTON (Reuters) - The bill passed.", "WASHINGTON"),
    ("LONDON, May 3 \u2014 Prices rose.", "LONDON"),
    ("NEW YORK \u2014 Stocks fell.", "NEW YORK"),
    ("KYIV, Ukraine (AP) \u2014 Sirens sounded.", "KYIV, Ukraine"),
    ("A headline here\n\nPARIS \u2014 Talks ended.", "PARIS"),
]


@pytest.mark.parametrize(("text", "location"), DATELINES, ids=[d[1] for d in DATELINES])
def test_found(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found[0] == location
    assert found[1].of(text) == location


@pytest.mark.parametrize(
    "text",
    ["No dateline here.", "", "Mr. Lee - a farmer - spoke.", "\u2014 dash first"],
    ids=["plain", "empty", "dash-in-sentence", "dash-first"],
)
def test_not_found(text: str) -> None:
    assert find_dateline(text) is None


def test_seed_article() -> None:
    text = seed_article()
    found = find_dateline(text)
    assert found is not None
    assert found[1].of(text) == found[0]
    assert (found[1].start, found[1].end) == (0, 13)


def test_paragraphs_given_are_read() -> None:
    """The dateline is looked for in the paragraphs given (the article's layout),
    when given: the first few of them."""
    text = "Harbour fees to rise\n\nHARWICK, Norway (AP) - Fares will rise."
    paras = paragraphs(text)
    where = Span(paras[1].start, paras[1].start + len("HARWICK, Norway"))
    assert (
        find_dateline(text, paras) == find_dateline(text) == ("HARWICK, Norway", where)
    )
    assert find_dateline(text, paras[:1]) is None
