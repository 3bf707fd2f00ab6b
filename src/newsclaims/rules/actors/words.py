"""The words of a mention phrase: each word with its offsets, a possessive's base, the
country a run of words names, and the key a name is matched by.

:mod:`newsclaims.rules.actors.parse` reads a phrase with these, and
:mod:`newsclaims.rules.actors.classify` sorts its core words.

>>> from newsclaims.rules.actors.data import current
>>> _strip_possessive("Lee's"), _key(["Ann", "Lee", "Jr."], current())
('Lee', ('ann', 'lee'))
"""

from __future__ import annotations

from typing import Final, NamedTuple

from newsclaims.rules.actors.data import ActorWords, Country

__all__ = ["NAME_PARTICLES", "TIME_PREFIXES", "Word", "undated"]

_SUFFIXES: Final = frozenset(["ii", "iii", "iv", "jr", "sr"])
NAME_PARTICLES: Final = frozenset(
    [
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "dela",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "ibn",
        "la",
        "le",
        "van",
        "von",
    ]
)
"""Lower-case particles inside a person's name ("Ana de la Cruz", "Jan van der
Berg", "Omar ibn Said")."""
_NAME_LINKS: Final = frozenset(["of", "the", *NAME_PARTICLES])
_APOSTROPHES: Final = ("'", "\u2019")


TIME_PREFIXES: Final = frozenset({"then", "ex"})
"""Prefixes of a title or name that date it: "*then*-Governor Ann Lee", "*ex*-UK"."""


def undated(word: str) -> str:
    """``word`` without a prefix that dates it ("then-Governor": "Governor")."""
    prefix, dash, rest = word.partition("-")
    if dash and prefix in TIME_PREFIXES and rest[:1].isupper():
        return rest
    return word


class Word(NamedTuple):
    """One word of a phrase and its offsets."""

    text: str
    start: int
    end: int


def _strip_possessive(w: str) -> str:
    last = w[-1:]  # most words end in neither "s" nor an apostrophe: one test
    if last == "s":
        return w[:-2] if w[-2:-1] in _APOSTROPHES else w
    if last in _APOSTROPHES:
        return w[:-1] if w[-2:-1] == "s" else w
    return w


def _country_at(
    words: list[Word], i: int, aw: ActorWords
) -> tuple[Country, int] | None:
    """The country named by the longest run of words from ``i``, and its length."""
    if _strip_possessive(words[i].text) not in aw.country_first_words:
        return None
    for n in range(min(5, len(words) - i), 0, -1):
        phrase = " ".join(_strip_possessive(w.text) for w in words[i : i + n])
        found = aw.country_words.get(phrase)
        if found is not None:
            return found, n
    return None


def _key(words: list[str], aw: ActorWords) -> tuple[str, ...]:
    out = []
    for word in words:
        w = _strip_possessive(word)
        country = aw.country_words.get(w)
        if country is not None and w not in aw.seats:
            out.extend(country.name.casefold().split())
        elif w not in _NAME_LINKS:
            out.append(w.casefold().rstrip("."))
    while len(out) > 1 and out[-1] in _SUFFIXES:
        out.pop()
    return tuple(out)
