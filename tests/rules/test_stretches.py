"""Whole-text scans read a long text stretch by stretch (memory per stretch, not per
text) and find exactly what one scan of the whole text finds.

Each test shrinks :data:`newsclaims._regex.STRETCH_CHARS` so that short texts are cut
many times, and compares with a reading in one stretch.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims import _regex, dumps, parse_article
from newsclaims._regex import Cuts, stretches
from newsclaims.lexicons import Lexicons
from newsclaims.model import Span
from newsclaims.rules.actors import entities
from newsclaims.rules.actors.parse import Mention
from newsclaims.rules.claims import candidates
from newsclaims.rules.claims.candidates import CueFinder
from newsclaims.rules.text.layout import Quote, Quotes, quotes

_PIECES = [
    "Ann", "Lee", "Bo", "Park", "New", "Zealand", "Hong", "Kong", "Kiev", "Moscow",
    "the", "The", "minister", "ambassador", "to", "France", "of", "said", "pointed",
    "out", "told", "he", "She's", "her", "China's", "U.S.", "Mr.", "F.", "O'Brien",
    "World Health Organization", "(WHO)", "(MP)", "(", ")", "-", "'s", "\u2019",
    '"', "\u201c", "\u201d", "'", " ", " ", " ", "  ", "\u00a0", "\t", "\n", ",", ".",
    ";", "1,234",
]  # fmt: skip
"""Words, names, countries of several words, acronyms in brackets, marks and every
kind of gap between words: what the scans join across or stop at."""

TEXTS = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)
_WORDS = [p for p in _PIECES if p[:1].isalnum()] + [
    "a", "his", "embassy", "3.5", "etc", "155", "ambassador to the", "The said",
    "minister of the", "spokesman for",
]  # fmt: skip
_BLANK_GAPS = [" ", " ", " ", "  ", "\u00a0", "\t", ". ", " (WHO) ", "-", "'", "."]
RUNS = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_BLANK_GAPS)).map("".join),
    max_size=80,
).map("".join)
"""Words with only blanks, dots, hyphens, apostrophes and brackets between them: no
character to cut at, only words (see ``entities._word_cut``)."""
SIZES = st.integers(min_value=2, max_value=60)


@contextmanager
def stretch(size: int) -> Iterator[None]:
    """Whole-text scans cut their text at most every ``size`` characters."""
    saved = _regex.STRETCH_CHARS
    _regex.STRETCH_CHARS = size  # type: ignore[misc]
    try:
        yield
    finally:
        _regex.STRETCH_CHARS = saved  # type: ignore[misc]


WHOLE = 10**9
"""A stretch longer than any text here: one scan of the whole."""


@given(TEXTS, SIZES)
def test_stretches_cover_the_text_cut_where_allowed(text: str, size: int) -> None:
    start = min(1, len(text))
    with stretch(size):
        found = list(stretches(text, Cuts(r"[\n,]"), start))
    assert found[0][0] == start
    assert found[-1][1] == len(text)
    for (_, end), (begin, _) in pairwise(found):
        assert end == begin
        assert text[begin] in "\n,"  # each cut right before a cut character
    assert all(a < b for a, b in found) or found == [(start, len(text))]


def test_stretches_are_short_where_the_text_allows() -> None:
    text = "ab, " * 50
    with stretch(10):
        found = list(stretches(text, Cuts(r"[,]")))
    assert len(found) > 10
    assert all(b - a <= 10 for a, b in found)


def test_a_text_without_a_cut_is_one_stretch() -> None:
    text = "a" * 100
    with stretch(10):
        found = list(stretches(text, Cuts(r"[,]")))
    assert found == [(0, 100)]


def _scan(text: str) -> tuple[list[Mention], tuple[tuple[Span, str], ...]]:
    readings, shifts, countries = entities.scan_readings(text)
    return [m.moved(d) for m, d in zip(readings, shifts, strict=True)], countries


@settings(max_examples=300)
@given(st.one_of(TEXTS, RUNS), SIZES)
def test_mentions_and_countries_read_in_stretches_are_the_same(
    text: str, size: int
) -> None:
    with stretch(WHOLE):
        whole = _scan(text)
    with stretch(size):
        assert _scan(text) == whole


def test_a_hostile_run_of_names_is_read_in_bounded_stretches() -> None:
    """A run of capitalised words with no plain word for thousands of characters
    (no phrase of news) is cut before a word, so a scan of it holds one stretch's
    words at a time."""
    text = "Ann Lee Bo Park " * 2_000
    found = list(entities._stretches(text, 0, len(text)))
    assert len(found) > 1
    assert found[0][0] == 0
    assert found[-1][1] == len(text)
    for (_, end), (begin, _) in pairwise(found):
        assert end == begin
        assert text[begin - 1] == " "
        assert text[begin].isupper()  # right before a word, after a blank
    assert all(b - a <= _regex.STRETCH_CHARS for a, b in found)


def test_a_run_shorter_than_the_longest_is_never_cut() -> None:
    """Below :data:`entities.LONGEST_RUN` characters a run of names reads as one
    scan of the whole text reads it, wherever the stretches fall."""
    run = "Ann Lee Bo Park " * (entities.LONGEST_RUN // 20)
    text = "the fee rose and " * 300 + run + "said the fee rose. " * 300
    assert len(run) <= entities.LONGEST_RUN
    assert len(text) > 2 * _regex.STRETCH_CHARS
    with stretch(WHOLE):
        whole = _scan(text)
    assert _scan(text) == whole
    with stretch(200):  # windows far shorter than the run: still never cut
        assert _scan(text) == whole
    assert any((m.name or "").startswith("Ann Lee") for m in whole[0])


def test_a_long_phrase_read_in_place_reads_as_a_remembered_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A phrase of many words is read where it stands instead of from the cache of
    readings: the mentions are the same."""
    text = "Ann said " + " ".join(["Lee", "Bo", "Park", "Ann"] * 10) + " agreed."
    in_place = _scan(text)
    monkeypatch.setattr(entities, "_REMEMBERED_WORDS", 10**6)
    assert _scan(text) == in_place
    assert in_place[0]


def _cut_at(text: str, cut: int) -> tuple[list[Mention], tuple[tuple[Span, str], ...]]:
    """:func:`_scan` of ``text`` read in two stretches, cut at ``cut``."""
    pieces = [(0, cut), (cut, len(text))]
    saved = entities._stretches
    entities._stretches = lambda *_: iter(pieces)
    try:
        return _scan(text)
    finally:
        entities._stretches = saved


@settings(max_examples=100)
@given(RUNS)
def test_every_cut_before_a_word_is_sound(text: str) -> None:
    """Wherever :func:`entities._word_cut` would cut, a reading in two stretches
    finds what a reading of the whole text finds."""
    cuts = {
        cut
        for lo in range(len(text))
        for width in (6, 15)
        if (cut := entities._word_cut(text, lo, min(lo + width, len(text)))) is not None
    }
    whole = _scan(text)
    for cut in sorted(cuts):
        assert _cut_at(text, cut) == whole, cut


@pytest.mark.parametrize(
    "text",
    [
        "The minister (MP),Ann Lee said.",  # a name right after an acronym ...
        "Her minister (MP)\nAnn Lee said.",  # ... after any one character
        "Ann Lee of the World Health Organization (WHO) said.",
        "The ambassador to France said.",
        "The ambassador to the United Nations said so.",  # no cut before "the"
        "Ann 155 Lee said it.",  # nor before a modifier
    ],
)
@pytest.mark.parametrize("size", [2, 5, 9, 23])
def test_a_phrase_is_never_cut(text: str, size: int) -> None:
    with stretch(WHOLE):
        whole = _scan(text)
    with stretch(size):
        assert _scan(text) == whole


def test_a_country_name_across_a_cut_is_found() -> None:
    """A country's name of several words is looked up whatever stands between its
    words, also where a stretch ends between them."""
    text = "We met in New,\nZealand and Hong Kong."
    with stretch(12):
        countries = entities.scan_readings(text)[2]
    assert [s.of(text) for s, _ in countries] == ["New,\nZealand", "Hong Kong"]


_CUES = CueFinder(Lexicons.default().cue_forms("t"))


@settings(max_examples=200)
@given(TEXTS, SIZES)
def test_cues_found_in_stretches_are_the_same(text: str, size: int) -> None:
    with stretch(WHOLE):
        whole = _CUES.find(text)
    with stretch(size):
        assert _CUES.find(text) == whole


def test_a_cue_of_two_words_across_a_cut_is_found() -> None:
    text = "Ann Lee pointed out that he said so."
    with stretch(12):
        cut = [b for _, b in stretches(text, candidates._CUE_CUTS)]
        found = _CUES.find(text)
    assert text.index("pointed out") + len("pointed") in cut  # a cut inside the form
    assert [s.of(text) for s in found] == ["pointed out", "said"]


ARTICLES = [
    (
        "\u201cWe will not move,\u201d said Ann Lee, the minister of New Zealand. "
        "Lee told reporters the World Health Organization (WHO) had agreed.\n\n"
        "Bo Park, a spokesman for the U.S. embassy, denied that. He said: "
        "\u201cIt is false.\u201d The WHO said it regretted the row.\n"
        "Mr. O'Brien (MP) said the ambassador to France would answer 'soon'."
    ),
    ('"a said ' * 40) + "\n" + ("Ann Lee Bo Park " * 30) + "said so.",
]


@pytest.mark.parametrize("text", ARTICLES)
@pytest.mark.parametrize("size", [3, 12, 40])
def test_an_article_parsed_in_stretches_is_the_same(text: str, size: int) -> None:
    with stretch(WHOLE):
        whole = dumps(parse_article(text))
    with stretch(size):
        assert dumps(parse_article(text)) == whole


class TestQuotes:
    TEXT = '\u201cA,\u201d he said. \'Fine\', she said. "B, C."\n"Open\n"Still."'

    def test_reads_each_quotation_as_a_quote(self) -> None:
        found = quotes(self.TEXT)
        assert isinstance(found, Quotes)
        assert [q.content.of(self.TEXT) for q in found] == [
            "A",
            "Fine",
            "B, C.",
            'Open\n"Still.',
        ]
        assert all(isinstance(q, Quote) for q in found)
        assert list(found.starts()) == [q.span.start for q in found]
        assert list(found.ends()) == [q.span.end for q in found]

    def test_indexes_and_slices_like_a_tuple(self) -> None:
        found = quotes(self.TEXT)
        as_tuple = tuple(found)
        assert found[-1] == as_tuple[-1]
        assert found[1:3] == as_tuple[1:3]
        assert found[::-1] == as_tuple[::-1]
        with pytest.raises(IndexError):
            found[len(found)]

    def test_a_quote_over_two_paragraphs_keeps_its_parts(self) -> None:
        last = quotes(self.TEXT)[-1]
        assert [p.of(self.TEXT) for p in last.parts] == ["Open", "Still."]
        assert last.content == Span(last.parts[0].start, last.parts[-1].end)
        single = quotes(self.TEXT)[0]
        assert single.parts == (single.content,)

    def test_equal_quotations_are_equal(self) -> None:
        assert quotes(self.TEXT) == quotes(self.TEXT)
        assert hash(quotes(self.TEXT)) == hash(quotes(self.TEXT))
        assert quotes(self.TEXT) != quotes("\u201cA,\u201d he said.")

    def test_added_out_of_order_they_are_sorted(self) -> None:
        found = Quotes()
        found.add(10, 14, [Span(11, 13)], closed=True, double=False)
        found.add(0, 4, [Span(1, 3)], closed=False, double=True)
        ordered = found.sorted()
        assert [q.span.start for q in ordered] == [0, 10]
        assert (ordered[0].closed, ordered[0].double) == (False, True)
        assert (ordered[1].closed, ordered[1].double) == (True, False)
