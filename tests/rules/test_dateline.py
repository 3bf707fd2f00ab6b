"""Datelines."""

from __future__ import annotations

import pytest

from newsclaims.examples import seed_article
from newsclaims.rules.text.dateline import find_dateline

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
