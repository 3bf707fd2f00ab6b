"""The response lexicons: cue words, stance words, act nouns; cheap tests for them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Final

import regex

from newsclaims.lexicons import read_entries, read_rows
from newsclaims.model import ResponseKind

__all__ = [
    "DENIAL_STEMS",
    "FALSE_WORDS",
    "act_rows",
    "act_stems",
    "cue_pattern",
    "cue_stems",
    "introducing_rows",
    "load_answer_objects",
    "load_determiners",
    "load_reporting_cues",
    "load_response_cues",
    "load_response_stances",
    "load_voice_nouns",
    "occurs",
    "stance_pattern",
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


@cache
def load_response_cues() -> dict[str, ResponseKind]:
    """The response cue lexicon: cue phrase -> kind.

    >>> load_response_cues()["in response"]
    <ResponseKind.OTHER: 'other'>
    """
    return {cue: ResponseKind(kind) for cue, kind in read_rows("response_cues.tsv")}


@cache
def load_response_stances() -> dict[str, ResponseKind]:
    """The stance words an answer's content may hold: word or phrase -> kind.

    >>> load_response_stances()["unacceptable"]
    <ResponseKind.CONDEMNATION: 'condemnation'>
    """
    return {w: ResponseKind(k) for w, k in read_rows("response_stances.tsv")}


@cache
def stance_pattern() -> regex.Pattern[str]:
    words = sorted(load_response_stances(), key=len, reverse=True)
    return regex.compile(
        r"(?<![\p{L}\p{N}])\L<words>(?![\p{L}\p{N}])", regex.IGNORECASE, words=words
    )


@cache
def load_response_acts() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The act lexicon: (nouns naming an act, words introducing a claim of that act).

    >>> nouns, words = load_response_acts()[0]
    >>> "accusation" in nouns and "accused" in words
    True
    """
    return tuple(
        (frozenset(nouns.split()), frozenset(words.split()))
        for nouns, words in read_rows("response_acts.tsv")
    )


@cache
def cue_pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\p{L}\p{N}])\L<cues>(?![\p{L}\p{N}])",
        regex.IGNORECASE,
        cues=sorted(load_response_cues()),
    )


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


@cache
def cue_stems() -> tuple[str, ...]:
    return stems_in(cue[:CUE_STEM] for cue in load_response_cues())


@cache
def act_stems() -> tuple[str, ...]:
    return stems_in(act_rows())


DENIAL_STEMS: Final = stems_in(("not", "n't", "n’t", *FALSE_WORDS))


@cache
def load_answer_objects() -> frozenset[str]:
    return frozenset(read_entries("response_objects.txt"))


@cache
def load_determiners() -> frozenset[str]:
    return frozenset(read_entries("response_determiners.txt"))


def rows_by(side: int) -> dict[str, frozenset[int]]:
    """Word of one side of the act lexicon (0: act nouns, 1: introducing words) ->
    the rows that hold it."""
    rows: dict[str, set[int]] = {}
    for row, sides in enumerate(load_response_acts()):
        for word in sides[side]:
            rows.setdefault(word, set()).add(row)
    return {word: frozenset(found) for word, found in rows.items()}


@cache
def act_rows() -> dict[str, frozenset[int]]:
    """Act noun -> the rows of the act lexicon it names."""
    return rows_by(0)


@cache
def introducing_rows() -> dict[str, frozenset[int]]:
    """Introducing word -> the rows of the act lexicon it introduces."""
    return rows_by(1)


@cache
def load_reporting_cues() -> frozenset[str]:
    """Cues that report news rather than an answer: "announced", "reported".

    >>> "announced" in load_reporting_cues()
    True
    """
    return frozenset(read_entries("response_reporting.txt"))


@cache
def load_voice_nouns() -> frozenset[str]:
    """Nouns naming those who speak for a party: "spokesman", "office", "campaign".

    >>> "spokesman" in load_voice_nouns()
    True
    """
    return frozenset(read_entries("response_voices.txt"))
