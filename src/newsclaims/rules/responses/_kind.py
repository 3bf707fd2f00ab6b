"""The kind of an answer: from its cue, else from its content."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsclaims.model import ResponseKind
from newsclaims.rules.responses._candidates import (
    Fit,
)
from newsclaims.rules.responses._facts import (
    Facts,
)

__all__ = ["DISPUTING", "cue_kind", "declined", "plain_kind"]

STANCES: Final = frozenset(
    {
        ResponseKind.CONCERN,
        ResponseKind.CONDEMNATION,
        ResponseKind.SUPPORT,
        ResponseKind.CLARIFICATION,
    }
)


def plain_kind(cue_kinds: Sequence[ResponseKind], fact: Facts) -> ResponseKind:
    """The kind of an answer found without a cue: a specific cue, else the content
    (a denial, a stance word of its own, else a rebuttal)."""
    specific = [k for k in cue_kinds if k is not ResponseKind.OTHER]
    if specific:
        return specific[-1]
    if fact.denies:
        return ResponseKind.DENIAL
    return fact.stance or ResponseKind.REBUTTAL


def cue_kind(
    cue_kinds: Sequence[ResponseKind], fact: Facts, fit: Fit
) -> ResponseKind | None:
    """The kind of a cued answer, or ``None`` when the evidence does not make one."""
    addressed = fit.accused or fit.named or fact.names_a_claim or fact.pointer
    marked = ResponseKind.OTHER in cue_kinds  # "in response", "replied": an answer
    specific = [k for k in cue_kinds if k is not ResponseKind.OTHER]
    if specific:
        kind = specific[-1]
        # a stance needs its object named; a denial or rebuttal also shared words
        enough = addressed or (kind not in STANCES and fit.evidence >= 2)  # noqa: PLR2004
        return kind if marked or enough else None
    if marked:
        return ResponseKind.DENIAL if fact.denies else ResponseKind.REBUTTAL
    return None


DISPUTING: Final = frozenset({ResponseKind.DENIAL, ResponseKind.REBUTTAL})
"""The kinds of a cue that disputes a claim ("denied", "rejected")."""


def declined(kind: ResponseKind, fact: Facts) -> ResponseKind:
    """A dispute of something asked of the speaker is a decline, kind ``other``:
    "rejected the offer", "turned down their request" answer no statement."""
    if kind in DISPUTING and fact.request:
        return ResponseKind.OTHER
    return kind
