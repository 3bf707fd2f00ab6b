"""Untagged quotations: long quotes that no tag rule attributed still become claims."""

from __future__ import annotations

import itertools
from typing import NamedTuple

import pytest

from newsclaims.model import ClaimMode
from newsclaims.rules.claims.extract import ClaimCandidate, default_rules
from newsclaims.rules.claims.untagged import MIN_WORDS

RULES = default_rules()


class Case(NamedTuple):
    id: str
    text: str
    content: str
    speaker: str | None
    cue: str | None


CASES = [
    Case(
        "cue-without-comma",
        "In a radio interview Bo Park declared \u201cthe plan is dead and we should"
        " bury it today.\u201d",
        "the plan is dead and we should bury it today.",
        "Bo Park",
        "declared",
    ),
    Case(
        "cue-then-aside",
        "Bo Park said in the spring, when the row began, \u201cI did not break any"
        " rule of the house at all.\u201d",
        "I did not break any rule of the house at all.",
        "Bo Park",
        "said",
    ),
    Case(
        "subject-of-sentence",
        "The union signed a deal that bars it from \u201cany strike or go-slow"
        " action for the next three years.\u201d",
        "any strike or go-slow action for the next three years.",
        "The union",
        None,
    ),
    Case(
        "inverted-tag-after-quote",
        "\u201cShe is just doing this to try to break up the movement and stop us,\u201d"
        " said one of the older protesters.",
        "She is just doing this to try to break up the movement and stop us",
        "one of the older protesters",
        "said",
    ),
    Case(
        "inverted-tag-after-two-sentence-quote",
        "\u201cHe is only doing this to split the union. That is the whole"
        " point of it,\u201d said 31-year-old Rook.",
        "He is only doing this to split the union. That is the whole point of it",
        "31-year-old Rook",
        "said",
    ),
    Case(
        "cue-in-aside-is-skipped",
        "Speaker Tom Reed spoke up \u2014 which the paper noted as a rare step \u2014"
        " \u201cHowever it is dressed up, the purpose of this is to stop the"
        " debate.\u201d",
        "However it is dressed up, the purpose of this is to stop the debate.",
        "Speaker Tom Reed",
        None,
    ),
    Case(
        "cue-of-another-claim",
        "Speaker Tom Reed commented on the matter \u2014 a rare step \u2014"
        " \u201cHowever it is dressed up, the purpose of this is to stop the"
        " debate.\u201d",
        "However it is dressed up, the purpose of this is to stop the debate.",
        "Speaker Tom Reed",
        None,
    ),
    Case(
        "no-speaker-to-find",
        "\u201cThe river will rise again and the town must be ready for it.\u201d",
        "The river will rise again and the town must be ready for it.",
        None,
        None,
    ),
    Case(
        "sentence-initial-verb-is-no-subject",
        "Printed on every ticket was the line \u201cthe river will rise again and"
        " the town must be ready.\u201d",
        "the river will rise again and the town must be ready.",
        None,
        None,
    ),
]


def _untagged(text: str) -> list[ClaimCandidate]:
    return [c for c in RULES.extract(text) if c.rule == "untagged_quote"]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_untagged_quote(case: Case) -> None:
    text = case.text
    (claim,) = _untagged(text)
    assert claim.content.of(text) == case.content
    assert claim.mode is ClaimMode.DIRECT
    assert (claim.speaker.of(text) if claim.speaker else None) == case.speaker
    assert (claim.cue.of(text) if claim.cue else None) == case.cue


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the plan a \u201ctotal disgrace\u201d on Monday.",
        (
            "She read \u201cThe Long Road Home From The Northern Hills Of Old"
            " Wales\u201d twice."
        ),
        (
            "\u201cWe will stay and we will fight for every house here,\u201d said"
            " Ann Lee."
        ),
    ],
    ids=["short-scare-quote", "title-case", "tagged-quote"],
)
def test_left_alone(text: str) -> None:
    assert _untagged(text) == []


def test_threshold_counts_words() -> None:
    few = " ".join(["word"] * (MIN_WORDS - 1))
    enough = " ".join(["word"] * MIN_WORDS)
    assert _untagged(f"\u201c{few}\u201d") == []
    (claim,) = _untagged(f"\u201c{enough}\u201d")
    assert claim.content.of(f"\u201c{enough}\u201d") == enough


def test_next_quote_keeps_the_speaker() -> None:
    text = (
        "In a radio interview Bo Park declared \u201cthe plan is dead and we should"
        " bury it today.\u201d \u201cNobody in this town wants it and nobody ever"
        " did.\u201d"
    )
    first, second = _untagged(text)
    assert first.speaker is not None
    assert first.speaker.of(text) == "Bo Park"
    assert second.speaker == first.speaker
    assert second.cue is None


def test_claims_never_overlap() -> None:
    text = (
        "\u201cWe will not move from this land, not now and not ever,\u201d Ann Lee"
        " said. Bo Park then in a long post on the city website \u201cthe land was"
        " sold to the county back in the spring of last year.\u201d"
    )
    found = RULES.extract(text)
    spans = sorted((f.start, f.end) for c in found for f in c.fragments())
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert [c.rule for c in found].count("untagged_quote") == 1


def test_quote_with_its_own_tag_is_no_second_part() -> None:
    text = (
        "\u201cWe will not move,\u201d Ann Lee said. \u201cShe is just doing this to"
        " break up the movement,\u201d said a protester using the name Kat."
    )
    first, second = RULES.extract(text)
    assert first.content.of(text) == "We will not move"
    assert first.parts == ()
    assert second.speaker is not None
    assert second.speaker.of(text) == "a protester using the name Kat"
