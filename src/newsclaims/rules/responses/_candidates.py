"""Candidate answered claims: the claims in reach, the evidence each gives, the best."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from newsclaims.rules.responses._facts import (
    Facts,
)

__all__ = [
    "MAX_DISTANCE",
    "Fit",
    "best",
    "first_sharing",
    "others_of",
    "pointed_at",
    "sentence_first",
]

MAX_DISTANCE: Final = 12  # claims further apart than this are not compared
ACCUSED: Final = 3.0
ACCUSED_REFERRED: Final = 1.5
SPEAKER_NAMED: Final = 2.0
SPEAKER_REFERRED: Final = 1.0
NEARNESS: Final = 0.1  # score lost per claim between the two
NOMINAL: Final = 3.0  # score lost by a claim made of a noun ("their claim that")


@attrs.frozen
class Fit:
    """How well one claim fits as the answer to another."""

    other: Facts
    accused: bool  # the other claim refers to the answer's speaker
    named: bool  # the answer mentions the other claim's speaker (or its country)
    evidence: float
    score: float


def evidence_of(answer: Facts, other: Facts) -> tuple[float, float, bool, bool]:
    """(evidence, penalty, accused, named) of ``answer`` answering ``other``."""
    accused = bool(answer.me & other.refs)
    named = bool(other.me & answer.mentions)
    evidence = float(min(len(answer.words & other.words), 3))
    if answer.me & other.mentions:  # named or targeted: "accused Beijing of"
        evidence += ACCUSED
    elif accused:  # only referred to: "Chinese nationals"
        evidence += ACCUSED_REFERRED
    if named:
        evidence += SPEAKER_NAMED
    elif other.me & answer.refs or answer.opening & other.described:
        evidence += SPEAKER_REFERRED  # "the union" of "a union spokeswoman"
    penalty = NOMINAL if other.nominal else 0.0  # "the first claim from X that ..."
    return evidence, penalty, accused, named


def fit_of(answer: Facts, other: Facts, distance: int) -> Fit:
    evidence, penalty, accused, named = evidence_of(answer, other)
    score = evidence - NEARNESS * distance - penalty
    return Fit(other, accused, named, evidence, score)


def others_of(facts: Sequence[Facts], n: int) -> list[int]:
    """The claims of other parties within reach of ``facts[n]``, in text order."""
    me = facts[n].me
    lo, hi = max(0, n - MAX_DISTANCE), min(len(facts), n + MAX_DISTANCE + 1)
    return [
        m
        for m in range(lo, hi)
        if m != n
        and facts[m].claim.speaker is not None
        and not facts[m].title
        and not (me & facts[m].me)
        and facts[m].says_something
    ]


def best(
    facts: Sequence[Facts], n: int, others: Sequence[int], *, owned: bool = False
) -> Fit | None:
    """The claim ``facts[n]`` most likely answers.

    An earlier claim with any evidence wins; a later one (news often reports the
    answer first) only when no earlier claim fits, and when it shares a word with
    the answer, unless ``others`` are the claims of the party whose words the answer
    names ("rejected Ann Lee's offer": what Lee says later is that offer).
    """
    answer = facts[n]
    before = after = None  # the best claim before and after
    for m in others:
        fit = fit_of(answer, facts[m], abs(n - m))
        if m < n and (before is None or fit.score > before.score):
            before = fit
        elif m > n and (after is None or fit.score > after.score):
            after = fit
    if before is not None and (before.evidence > 0 or after is None):
        return before
    if (
        after is not None
        and after.evidence > 0
        and (owned or answer.common & after.other.common)
    ):
        return after  # a later claim: only with words in common
    return before


def pointed_at(facts: Sequence[Facts], n: int, others: Sequence[int]) -> Fit | None:
    """The claim a pointing answer answers: "rejected the idea" the one just before,
    "criticized Lee's decision" the last one of the party it names."""
    answer = facts[n]
    if answer.possessor and not answer.named:
        return None  # "Lee's decision", and Lee is not known
    earlier = [
        m
        for m in others
        if m < n
        and not facts[m].nominal
        and (not answer.named or answer.named & facts[m].me)
    ]
    if answer.figure:  # "rejected that figure": the last claim giving one
        earlier = [m for m in earlier if facts[m].claim.quantities] or earlier
    if answer.accusation:  # "denied the allegations": the last accusing the speaker
        about_me = [m for m in earlier if answer.me & facts[m].refs]
        earlier = (
            [m for m in about_me if facts[m].accuses]
            or about_me
            or [m for m in earlier if facts[m].accuses]
            or earlier
        )
    m = sentence_first(facts, earlier)
    return None if m is None else fit_of(answer, facts[m], n - m)


def sentence_first(facts: Sequence[Facts], found: Sequence[int]) -> int | None:
    """The last of ``found`` (in text order), or rather the accusation of its sentence
    among ``found``, else the sentence's first: "accused X of ..., saying ..." and
    "said ..., and accused X of ..." are both answered as the accusation."""
    if not found:
        return None
    m, allowed = found[-1], set(found)
    while m - 1 in allowed and facts[m - 1].intro[0] == facts[m].intro[0]:
        m -= 1
    sentence = [k for k in found if k >= m]
    return next((k for k in sentence if facts[k].claim.target is not None), m)


def first_sharing(facts: Sequence[Facts], n: int, found: list[int]) -> int | None:
    """Of ``found``, the claim sharing most words with ``facts[n]``, else the first."""
    if len(found) < 2:  # noqa: PLR2004 - one claim needs no comparing
        return found[0] if found else None
    words = facts[n].common
    return min(found, key=lambda m: (-len(words & facts[m].common), m))
