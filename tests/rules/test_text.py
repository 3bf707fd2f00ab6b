"""Paragraphs, sentences and quotations."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.lexicons import Lexicons
from newsclaims.rules.claims.candidates import Context
from newsclaims.rules.text.layout import layout, paragraphs, quotes, sentences


class TestParagraphs:
    def test_blank_lines_and_outer_space(self) -> None:
        text = "  One.\n\n\nTwo two.  \r\nThree"
        assert [p.of(text) for p in paragraphs(text)] == ["One.", "Two two.", "Three"]

    def test_empty(self) -> None:
        assert paragraphs("") == ()
        assert paragraphs("\n \n") == ()


SENTENCES = [
    ("Gen. Ann Lee spoke. She left.", ["Gen. Ann Lee spoke.", "She left."]),
    (
        "Mr. Lee met U.S. envoys on Jan. 5. They agreed.",
        ["Mr. Lee met U.S. envoys on Jan. 5.", "They agreed."],
    ),
    (
        "It cost $3.5 million. Prices rose 2.5%.",
        ["It cost $3.5 million.", "Prices rose 2.5%."],
    ),
    (
        "John F. Kennedy spoke. Then he left.",
        ["John F. Kennedy spoke.", "Then he left."],
    ),
    (
        "He lives on Main St. in Ohio. No. 10 won.",
        ["He lives on Main St. in Ohio.", "No. 10 won."],
    ),
    (
        "It went to the U.S. The talks ended.",
        ["It went to the U.S.", "The talks ended."],
    ),
    ('He said "We won." Then he left.', ['He said "We won."', "Then he left."]),
    (
        "\u201cWhy?\u201d Ann asked. Nobody knew.",
        ["\u201cWhy?\u201d", "Ann asked.", "Nobody knew."],
    ),
    (
        "\u201cWe won,\u201d he said. \u201cWhy not?\u201d",
        ["\u201cWe won,\u201d he said.", "\u201cWhy not?\u201d"],
    ),
    ("One.\nTwo", ["One.", "Two"]),
]


@pytest.mark.parametrize(
    ("text", "expected"), SENTENCES, ids=[s[0][:30] for s in SENTENCES]
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.of(text) for s in sentences(text)] == expected


QUOTES = [
    ("curly", "\u201cWe will stay,\u201d he said.", ["We will stay"]),
    ("straight", '"We will stay," he said.', ["We will stay"]),
    ("two-apostrophes", "''We will stay,'' he said.", ["We will stay"]),
    ("period-kept", "She called it \u201cdisturbing.\u201d", ["disturbing."]),
    (
        "apostrophes",
        "It\u2019s the players\u2019 union, isn\u2019t it? \u2018Yes\u2019, he said.",
        ["Yes"],
    ),
    ("single-straight", "The band's song 'Hello there' won.", ["Hello there"]),
    (
        "nested-single-ignored",
        "\u201cHe said \u2018no\u2019 twice,\u201d she said.",
        ["He said \u2018no\u2019 twice"],
    ),
    ("two-quotes", "\u201cA,\u201d he said, \u201cB.\u201d", ["A", "B."]),
    ("wrong-closing-mark", "\u201cIt is unusual,\u201c said Ann.", ["It is unusual"]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [q[1:] for q in QUOTES], ids=[q[0] for q in QUOTES]
)
def test_quotes(text: str, expected: list[str]) -> None:
    assert [q.content.of(text) for q in quotes(text)] == expected


class TestQuoteReach:
    def test_continues_into_paragraph_opening_with_a_mark(self) -> None:
        text = "\u201cFirst part.\n\n\u201cSecond part,\u201d he said."
        (q,) = quotes(text)
        assert [p.of(text) for p in q.parts] == ["First part.", "Second part"]
        assert q.closed

    def test_unclosed_quote_stops_at_paragraph_end(self) -> None:
        text = "He said \u201cnever closed.\n\nA new paragraph. \u201cFine,\u201d she said."
        qs = quotes(text)
        assert [q.content.of(text) for q in qs] == ["never closed.", "Fine"]
        assert not qs[0].closed

    def test_stray_closing_mark_spoils_nothing(self) -> None:
        text = "Odd\u201d mark. \u201cFine,\u201d she said."
        assert [q.content.of(text) for q in quotes(text)] == ["Fine"]

    def test_quote_spanning_sentences(self) -> None:
        text = "\u201cOne. Two. Three,\u201d he said."
        assert [q.content.of(text) for q in quotes(text)] == ["One. Two. Three"]


def test_layout_lookups() -> None:
    lay = layout("One here.\n\nTwo there. Three.")
    assert lay.sentence_at(lay.text.index("Three")) == 2
    assert lay.paragraph_at(lay.text.index("Three")) == 1


MARKY = st.lists(
    st.sampled_from(
        ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb"]
    )
    | st.sampled_from(["Ann said", " ", "\n", "\n\n", ". ", "It's", "Lee", "s' "]),
    max_size=50,
).map("".join)


@given(MARKY)
def test_lookups_agree_with_a_scan(text: str) -> None:
    lay = layout(text)
    for offset in range(len(text) + 1):
        before = [i for i, s in enumerate(lay.sentences) if s.start <= offset]
        assert lay.sentence_at(offset) == (before[-1] if before else 0)
        before = [i for i, p in enumerate(lay.paragraphs) if p.start <= offset]
        assert lay.paragraph_at(offset) == (before[-1] if before else 0)


@given(MARKY)
def test_quotes_are_sorted_and_single_marks_stay_outside_double_ones(text: str) -> None:
    found = quotes(text)
    assert [q.span.start for q in found] == sorted(q.span.start for q in found)
    doubles = [q.span for q in found if q.double]
    assert all(a.end <= b.start for a, b in itertools.pairwise(doubles))
    for q in found:
        if not q.double:
            assert not any(d.start <= q.span.start < d.end for d in doubles)


@given(st.text(alphabet="ab \n\r\u2028\t", max_size=40), st.integers(0, 5))
def test_the_first_paragraphs_are_those_of_the_whole_text(text: str, n: int) -> None:
    assert paragraphs(text, n) == paragraphs(text)[:n]


def test_quote_offsets_read_without_building_quotes() -> None:
    """``Quotes.bounds`` and ``Quotes.ends_of`` give the offsets the quotes hold, and
    the claim rules' look-ups by offset agree with the quotes they stand for."""
    text = (
        '"We stay," said Ann Lee. \u201cThe port\nis shut,\u201d Bo Park said. '
        "'No,' he said, \"not yet"
    )
    lay = layout(text)
    found = lay.quotes
    assert len(found) == 4  # the last one left open
    for i, q in enumerate(found):
        assert found.bounds(i) == (
            q.span.start,
            q.span.end,
            q.content.start,
            q.content.end,
        )
    assert list(found.ends_of(1, 4)) == [q.span.end for q in found[1:4]]
    ctx = Context(text, lay, Lexicons.default())
    for start, end in [(0, len(text)), (1, 40), (25, 26), (50, len(text))]:
        ends = [q.span.end for q in ctx.quotes_in(start, end)]
        assert list(ctx.quote_ends_in(start, end)) == ends
    assert ctx.quote_before(0) == -1
    assert ctx.quote_before(1) == 0
    assert ctx.quote_before(len(text)) == len(found) - 1
