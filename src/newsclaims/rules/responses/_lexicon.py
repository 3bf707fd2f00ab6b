"""The response lexicons of a :class:`~newsclaims.lexicons.Lexicons` (its
``response_*`` fields): cue words, stance words, act nouns; cheap tests for them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property, lru_cache
from typing import Final

import regex

from newsclaims import _patterncache
from newsclaims.lexicons import Lexicons
from newsclaims.model import ResponseKind

__all__ = [
    "DENIAL_STEMS",
    "FALSE_WORDS",
    "ResponseWords",
    "occurs",
    "response_words",
]

FALSE_WORDS: Final = (
    "false",
    "untrue",
    "baseless",
    "groundless",
    "unfounded",
    "fabricated",
    "fabrication",
    "lies",
)
CUE_STEM: Final = 6  # a cue is looked for where its first letters occur


def _words_pattern(name: str, words: list[str]) -> regex.Pattern[str]:
    """Any of ``words`` as a whole word, case ignored (compiled once, then kept in
    the pattern cache)."""
    return _patterncache.cached_compile(
        rf"(?<![\p{{L}}\p{{N}}])\L<{name}>(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
        {name: words},
    )


class ResponseWords:
    """The response stage's word tables, built from one :class:`Lexicons` (see
    :func:`response_words`).

    >>> words = response_words(Lexicons.default())
    >>> words.cues["in response"], words.stances["unacceptable"]
    (<ResponseKind.OTHER: 'other'>, <ResponseKind.CONDEMNATION: 'condemnation'>)
    >>> nouns, said = words.acts[0]
    >>> "accusation" in nouns and "accused" in said
    True
    >>> "announced" in words.reporting
    True
    """

    def __init__(self, lexicons: Lexicons) -> None:
        self.cues = {cue: ResponseKind(kind) for cue, kind in lexicons.response_cues}
        """The response cue lexicon: cue phrase -> kind."""
        self.stances = {w: ResponseKind(k) for w, k in lexicons.response_stances}
        """The stance words an answer's content may hold: word or phrase -> kind."""
        self.acts = lexicons.response_acts
        """The act lexicon: (nouns naming an act, words introducing a claim of it)."""
        self.objects = lexicons.response_objects
        """Nouns that point at what another party said or did."""
        self.determiners = lexicons.response_determiners
        """Words that make an act noun point back."""
        self.reporting = lexicons.response_reporting
        """Cues that report news rather than an answer: "announced", "reported"."""
        self.voices = lexicons.response_voices
        """Nouns naming those who speak for a party: "spokesman", "office"."""
        self.act_rows = self._rows_by(0)
        """Act noun -> the rows of the act lexicon it names."""
        self.introducing_rows = self._rows_by(1)
        """Introducing word -> the rows of the act lexicon it introduces."""
        self.cue_stems = stems_in(cue[:CUE_STEM] for cue in self.cues)
        """Where a cue may be: one of these occurs wherever a cue does."""
        self.act_stems = stems_in(self.act_rows)
        """Where an act noun may be: one of these occurs wherever an act noun does."""

    def _rows_by(self, side: int) -> dict[str, frozenset[int]]:
        """Word of one side of the act lexicon (0: act nouns, 1: introducing words)
        -> the rows that hold it."""
        rows: dict[str, set[int]] = {}
        for row, sides in enumerate(self.acts):
            for word in sides[side]:
                rows.setdefault(word, set()).add(row)
        return {word: frozenset(found) for word, found in rows.items()}

    @cached_property
    def cue_pattern(self) -> regex.Pattern[str]:
        """Any response cue, as a whole word, any case."""
        return _words_pattern("cues", sorted(self.cues))

    @cached_property
    def stance_pattern(self) -> regex.Pattern[str]:
        """Any stance word or phrase, as a whole word, any case."""
        return _words_pattern("words", sorted(self.stances, key=len, reverse=True))


@lru_cache(maxsize=16)
def response_words(lexicons: Lexicons) -> ResponseWords:
    """The response stage's words of ``lexicons``, built once per process and
    lexicons, then shared (bounded, for programs that build many lexicons)."""
    return ResponseWords(lexicons)


def stems_in(words: Iterable[str]) -> tuple[str, ...]:
    """The words, casefolded, that contain no other: wherever one of ``words`` occurs
    in casefolded text, one of these does ("claim" for "claims").

    >>> stems_in(["claims", "claim", "ruling"])
    ('claim', 'ruling')
    """
    folded = {w.casefold() for w in words}
    return tuple(
        sorted(w for w in folded if not any(o != w and o in w for o in folded))
    )


def occurs(stems: tuple[str, ...], text: str, begin: int, end: int) -> bool:
    """Whether one of the ``stems`` occurs in ``text[begin:end]``, any case.

    A cheap test before a pattern search: a pattern matching one of the words
    case-insensitively matches nowhere unless this finds one (a character matching an
    ASCII letter in any case casefolds to that letter).
    """
    segment = text[begin:end].casefold()
    for stem in stems:  # noqa: SIM110 - a loop: cheaper than any() over a generator
        if stem in segment:
            return True
    return False


DENIAL_STEMS: Final = stems_in(("not", "n't", "n’t", "no", *FALSE_WORDS))
