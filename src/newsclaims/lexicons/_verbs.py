"""Reporting verbs: their frames (:class:`Frame`), regular inflections
(:func:`inflect`) and the :class:`CueVerb` record of ``cue_verbs.tsv``; re-exported by
:mod:`newsclaims.lexicons`."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Final

from attrs import field, frozen

__all__ = ["ALL_FRAMES", "ATTRIBUTION_TYPES", "FRAMES", "CueVerb", "Frame", "inflect"]


class Frame(StrEnum):
    """What a cue verb takes after it: the frames of ``cue_verbs.tsv``, whose third
    column writes each as its letter (the member's value).

    >>> Frame("o") is Frame.OBJECT_INFINITIVE, Frame.CLAUSE in "tq"
    (True, True)
    """

    CLAUSE = "t"
    """A (that-)clause: "said (that) the plan failed"."""
    THAT_CLAUSE = "h"
    """A clause after "that" only: "ruled that ..." (not "ruled the country")."""
    QUOTE = "q"
    """A direct quotation: "said: \"...\""."""
    INFINITIVE = "i"
    """A to-infinitive: "vowed to stay"."""
    OBJECT_INFINITIVE = "o"
    """An object, then a to-infinitive: "urged Y to stay"."""
    OBJECT_OF = "f"
    """An object, then "of": "accused Y of lying"."""
    OBJECT = "d"
    """A direct object: "condemned the attack"."""
    ADDRESSEE = "y"
    """An addressee, then a (that-)clause: "told Y (that) ..."."""
    PREPOSITION = "c"
    """A preposition, then the content: "expressed concern over Y"."""


FRAMES: Final = frozenset(Frame)
"""Every frame (see :class:`Frame`)."""
ALL_FRAMES: Final = FRAMES
"""Every frame, as :meth:`Lexicons.cue_forms` takes them (the same set as
:data:`FRAMES`)."""


ATTRIBUTION_TYPES: Final = (
    "assertion",
    "belief",
    "knowledge",
    "intention",
    "perception",
)
"""The attribution types of ``cue_verbs.tsv``'s fourth column and of
``attribution_words.tsv`` (the values of :class:`newsclaims.model.AttributionType`)."""


_VOWELS: Final = frozenset("aeiou")


def _doubles(word: str) -> bool:
    """Whether a one-syllable verb doubles its last consonant ("quip" → "quipped"):
    one vowel, then one consonant other than w, x or y. Longer verbs that double
    ("admit") are written out in ``cue_verbs.tsv``."""
    vowels = [
        i
        for i, ch in enumerate(word)
        if ch in _VOWELS and not (ch == "u" and word[i - 1 : i] == "q")  # "qu"
    ]
    return (
        len(vowels) == 1
        and vowels[0] == len(word) - 2
        and word[-1] not in _VOWELS | set("wxy")
        and word.isalpha()
    )


def inflect(lemma: str) -> tuple[str, str, str, str]:
    """Regular inflections of a verb: third person singular, past, participle, -ing.

    Phrasal cues inflect their first word. Irregular verbs belong in
    ``cue_verbs.tsv`` with their forms written out.

    >>> inflect("deny"), inflect("point out")[1], inflect("quip")[1]
    (('denies', 'denied', 'denied', 'denying'), 'pointed out', 'quipped')
    """
    head, sep, rest = lemma.partition(" ")
    tail = sep + rest
    if head.endswith("ee"):
        forms = (head + "s", head + "d", head + "d", head + "ing")
    elif head.endswith("e"):
        forms = (head + "s", head + "d", head + "d", head[:-1] + "ing")
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        forms = (head[:-1] + "ies", head[:-1] + "ied", head[:-1] + "ied", head + "ing")
    elif head.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms = (head + "es", head + "ed", head + "ed", head + "ing")
    elif _doubles(head):
        stem = head + head[-1]
        forms = (head + "s", stem + "ed", stem + "ed", stem + "ing")
    else:
        forms = (head + "s", head + "ed", head + "ed", head + "ing")
    third, past, participle, gerund = (f + tail for f in forms)
    return third, past, participle, gerund


def _frames(value: Iterable[Frame | str]) -> frozenset[Frame]:
    """The frames of ``value``: :class:`Frame` members or their letters (a string of
    letters such as ``"tq"`` is read letter by letter)."""
    items = set(value)
    bad = items - FRAMES
    if bad or not items:
        raise ValueError(
            f"unknown cue frames {value!r}: use letters of {sorted(FRAMES)}"
        )
    return frozenset(Frame(f) for f in items)


def _attribution(value: str) -> str:
    if value not in ATTRIBUTION_TYPES:
        raise ValueError(
            f"unknown attribution type {value!r}: use one of {ATTRIBUTION_TYPES}"
        )
    return value


@frozen
class CueVerb:
    """A reporting verb: its lemma, inflected forms, frames and attribution type.

    >>> deny = CueVerb("deny", ("denies", "denied", "denied", "denying"), "dt")
    >>> deny.forms[1], sorted(deny.frames)
    ('denied', [<Frame.OBJECT: 'd'>, <Frame.CLAUSE: 't'>])
    >>> CueVerb("plan", ("plans", "planned", "planned", "planning"), "i",
    ...         "intention").attribution
    'intention'
    """

    lemma: str
    """The base form ("deny"; a phrasal cue in full: "point out")."""
    forms: tuple[str, ...]
    """Third person singular, past, participle and -ing form, in that order."""
    frames: frozenset[Frame] = field(converter=_frames)
    """The frames the verb takes (given as members or as a string of letters)."""
    attribution: str = field(default="assertion", converter=_attribution)
    """What the verb attributes: ``assertion`` (a verb of saying), ``belief``,
    ``knowledge``, ``intention`` or ``perception``."""

    @property
    def all_forms(self) -> frozenset[str]:
        """The lemma and every inflected form."""
        return frozenset((self.lemma, *self.forms))
