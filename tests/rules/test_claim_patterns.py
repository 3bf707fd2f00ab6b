"""The claim patterns with their word lists written out once (called where they
stand, see ``_lists.expand_lists``) match exactly as with the lists written in place,
and the speaker mention patterns as with the ``regex`` module's own named lists."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims._lists import expand_lists
from newsclaims._regex import FLAGS, compile_pattern
from newsclaims.lexicons import Lexicons
from newsclaims.rules.actors import phrases
from newsclaims.rules.claims import cues, direct, patterns

_LISTS = cues.cue_lists(Lexicons.default())

_SOURCES = {
    "reported tag after": patterns._TAG_AFTER,
    "direct tag after": direct._TAG_AFTER,
    "nominal": patterns._NOMINAL,
    "addressee": patterns._ADDRESSEE,
}

_PIECES = [
    "Ann", "Lee", "Bo", "Park", "Tomas", "Berg", "the", "The", "a", "his", "Her",
    "minister", "senior", "spokesman", "officials", "economists", "mayor", "of",
    "for", "to", "Vantor", "Mr.", "Gen.", "U.S.", "F.", "said", "says", "told",
    "added", "claimed", "denied", "has", "also", "not", "quickly", "named", "claim",
    "that", "he", "she", "They", "reporters", "on", "Monday", "in", "statement",
    "last", "week", "(R-Iowa)", "'s", "\u2019s", ",", ",", ".", "!", '"', "\u201c",
    "\u201d", " ", " ", " ", " ", "  ", "\n",
]  # fmt: skip
"""Names, role words, cue words, time phrases and marks: what the tag patterns read."""

TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _compiled(source: str, *, share: bool) -> regex.Pattern[str]:
    return regex.compile(expand_lists(source, _LISTS, share=share), FLAGS)


@pytest.fixture(scope="module")
def compiled() -> dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]]:
    return {
        name: (_compiled(src, share=True), _compiled(src, share=False))
        for name, src in _SOURCES.items()
    }


def test_repeated_lists_are_written_once() -> None:
    shared = expand_lists(patterns._TAG_AFTER, _LISTS, share=True)
    inline = expand_lists(patterns._TAG_AFTER, _LISTS, share=False)
    assert "(?&nclist_np_words)" in shared
    assert shared.count("(?P<nclist_np_words>") == 1
    assert len(shared) * 2 < len(inline)


def test_a_list_in_a_lookbehind_stays_in_place() -> None:
    source = r"(?<!\L<v>)\L<v> \L<v>"
    assert expand_lists(source, {"v": ["is"]}, share=True) == (
        "(?<!(?:is))(?=[i])(?&nclist_v) (?=[i])(?&nclist_v)"
        "(?(DEFINE)(?P<nclist_v>(?:is)))"
    )


def test_a_called_list_is_guarded_by_its_first_characters() -> None:
    """Where no word of a list can start, the pattern fails on one character class
    instead of a group call (a search of a long text tries every position)."""
    shared = expand_lists(r"\L<v>-\L<v>", {"v": ["bo", "Ann", "]x"]}, share=True)
    assert shared.startswith(r"(?=[A\]b])(?&nclist_v)-(?=[A\]b])(?&nclist_v)")
    pattern = regex.compile(shared, FLAGS)
    assert pattern.fullmatch("Ann-]x") is not None
    assert pattern.fullmatch("ann-bo") is None


def test_a_list_with_an_empty_word_is_not_guarded() -> None:
    shared = expand_lists(r"\L<v>\L<v>", {"v": ["", "a"]}, share=True)
    assert "(?=[" not in shared
    assert regex.fullmatch(shared, "a") is not None


def test_group_numbers_are_kept() -> None:
    pattern = regex.compile(
        expand_lists(r"(\L<v>)-(\L<v>)", {"v": ["a", "ab"]}, share=True), FLAGS
    )
    m = pattern.match("ab-a")
    assert m is not None
    assert (m.group(1), m.group(2)) == ("ab", "a")


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_shared_lists_match_as_lists_in_place(
    compiled: dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]], text: str
) -> None:
    for shared, inline in compiled.values():
        for pos in range(len(text)):
            a, b = shared.match(text, pos), inline.match(text, pos)
            assert (a is None) == (b is None)
            if a is not None and b is not None:
                assert a.span() == b.span()
                names = inline.groupindex
                assert [a.span(g) for g in names] == [b.span(g) for g in names]


_MENTION_LISTS = phrases.named_lists(Lexicons.default())


@pytest.fixture(scope="module")
def mention_patterns() -> list[tuple[regex.Pattern[str], regex.Pattern[str]]]:
    """The mention patterns with their lists shared (written once, called where they
    stand) and with named lists (the ``regex`` module's own ``\\L<name>``)."""
    sources = [phrases.speaker(), phrases.noun_phrase()]
    head = r"(?<![\p{L}\p{M}\p{N}'\u2019\-])"
    return [
        (
            compile_pattern(expand_lists(head + source, _MENTION_LISTS, share=True)),
            compile_pattern(head + source, _MENTION_LISTS),
        )
        for source in sources
    ]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_mention_patterns_match_as_named_lists(
    mention_patterns: list[tuple[regex.Pattern[str], regex.Pattern[str]]], text: str
) -> None:
    for shared, named in mention_patterns:
        assert "nclist_" in shared.pattern
        for pos in range(len(text)):
            a, b = shared.match(text, pos), named.match(text, pos)
            assert (None if a is None else a.span()) == (
                None if b is None else b.span()
            )
