"""Named lists written out by ``expand_lists``: tries, defined once where named often."""

from __future__ import annotations

import pytest

from newsclaims._regex import compile_pattern, finditer, match
from newsclaims.rules.cues import _DEFINE_MIN_CHARS, _trie, compile_listed, expand_lists

# Invented words; some are prefixes of others, so a match must backtrack to the
# shorter word when the longer one leaves the rest of the pattern unmatched.
WORDS = {
    "v": [
        *("mor", "mora", "morat", "moratel", "kessel", "kesselby", "trundle", "trun"),
        *("vaskin", "vaskinar", "oblen", "oblenta", "quorrow", "quorrowen", "zib"),
        "by",
    ],
    "w": ["zed", "zedo"],
}

PATTERNS = [
    r"\L<v>a\ \L<v>",  # backtrack inside the called group
    r"\L<v>(?:,\ \L<v>)*+\.",  # a call inside a possessive repeat
    r"(?<=\L<v>\ )\L<v>(?=\ \L<v>)",  # lookbehind: a named list; lookahead: called
    r"(?<!\L<v>\ )\L<v>(?<=l\L<v>)\ \L<w>|\L<v>\.",  # lookbehind: a shorter word
    r"(?P<one>\L<v>)\ (?P<two>\L<v>|\L<w>)\ \L<w>",  # groups around calls
]

TEXTS = [
    "mora morat, moratel kessel. trundle trun zib moratela vaskin",
    "kesselby zed zedo oblenta quorrowen quorrow zeda mora zed zedo.",
    "morat morata mor zib, zib, oblen. vaskinara kesselby trun",
]


def test_a_long_list_named_twice_is_defined_once() -> None:
    trie = _trie(frozenset(WORDS["v"]))
    assert len(trie) > _DEFINE_MIN_CHARS
    source = expand_lists(r"\L<v>,\ \L<v>", WORDS)
    assert source.count(trie) == 1
    assert source.count("(?&_L_v)") == 2


def test_a_short_or_single_list_is_written_out() -> None:
    assert "(?&" not in expand_lists(r"\L<w>\ \L<w>", WORDS)  # a short trie
    assert "(?&" not in expand_lists(r"\L<v>\ \L<w>", WORDS)  # named once


def test_a_list_in_a_lookbehind_stays_a_named_list() -> None:
    source = expand_lists(r"(?<!\L<v>\ )\L<v>\ \L<w>", WORDS)
    assert source.startswith(r"(?<!\L<v>\ )(?:")  # named once outside: written out
    assert source.count(r"\L<") == 1


@pytest.mark.parametrize("pattern", PATTERNS)
def test_defined_lists_match_as_named_lists_do(pattern: str) -> None:
    listed = compile_listed(pattern, WORDS)
    plain = compile_pattern(pattern, WORDS)
    assert "(?(DEFINE)" in listed.pattern
    for text in TEXTS:
        found = [(m.span(), m.groups()) for m in finditer(plain, text)]
        for start in range(len(text)):  # every start, so failures are tried too
            a, b = match(listed, text, start), match(plain, text, start)
            assert (a and (a.span(), a.groups()[: plain.groups])) == (
                b and (b.span(), b.groups())
            )
        assert [
            (m.span(), m.groups()[: plain.groups]) for m in finditer(listed, text)
        ] == found
