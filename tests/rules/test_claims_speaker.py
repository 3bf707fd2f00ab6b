"""The speaker walk-back: the noun phrase (or pronoun) that ends just before a cue."""

from __future__ import annotations

import pickle

import pytest

from newsclaims.lexicons import Lexicons
from newsclaims.rules.claims.speaker import SpeakerWalker

WALKER = SpeakerWalker(Lexicons.default())

FOUND = [
    ("pronoun", "He said so.", "He"),
    ("name-aux", "Ann Lee has also said so.", "Ann Lee"),
    ("appositive", "Ann Lee, the mayor, said so.", "Ann Lee"),
    ("relative-clause", "Ann Lee, who runs the club, said so.", "Ann Lee"),
    (
        "role-of-org",
        "A spokesman for the ministry said so.",
        "A spokesman for the ministry",
    ),
    ("plural-in-place", "Officials in Rome said so.", "Officials in Rome"),
    ("possessive-org", "The party's leader said so.", "The party's leader"),
    ("share", "Forty percent of voters said so.", "Forty percent of voters"),
    ("quantity-word", "Most said so.", "Most"),
    ("adjective-after-the", "The local press said so.", "The local press"),
    ("brackets", "Rep. Bo Chan (R-Utah) said so.", "Rep. Bo Chan (R-Utah)"),
    # round four: time phrases, asides and quantity subjects before the cue
    ("time-last-week", "Ann Lee last week said so.", "Ann Lee"),
    ("time-on-weekday", "Ann Lee on Friday night said so.", "Ann Lee"),
    ("time-bare-weekday", "Bo Chan Tuesday said so.", "Bo Chan"),
    (
        "participle-then-time",
        "A court filing released Monday said so.",
        "A court filing",
    ),
    ("age-then-appositive", "Tom Reid, 61, a retired welder, said so.", "Tom Reid"),
    ("dash-aside", "The judge -- who ruled on the case -- said so.", "The judge"),
    (
        "em-dash-aside",
        "The judge \u2014 who ruled on the case \u2014 said so.",
        "The judge",
    ),
    (
        "hyphenated-modifier",
        "The self-styled reformer said so.",
        "The self-styled reformer",
    ),
    ("those-surveyed", "Again, those polled said so.", "those polled"),
    ("one-in-five", "Roughly one in five said so.", "Roughly one in five"),
    ("more-than-six-in-ten", "More than six in 10 said so.", "More than six in 10"),
]

NONE = [
    ("object-of-preposition", "It was sent to the officials said so."),
    ("bare-determiner", "These said so."),
    ("plain-word-without-determiner", "The work but said so."),
    ("possessive-noun-follows", "Ann Lee's said so."),
    ("lone-dash", "The judge - said so."),
    ("unclosed-dash-aside", "The judge ruled; and -- said so."),
]


@pytest.mark.parametrize(
    ("text", "speaker"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND]
)
def test_found(text: str, speaker: str) -> None:
    span = WALKER.before(text, text.index(" said") + 1)
    assert span is not None
    assert span.of(text) == speaker


@pytest.mark.parametrize("text", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_none(text: str) -> None:
    assert WALKER.before(text, text.index(" said") + 1) is None


def test_progressive_be_is_skipped_before_an_ing_cue() -> None:
    text = "The senator is insisting that he won."
    span = WALKER.before(text, text.index("insisting"))
    assert span is not None
    assert span.of(text) == "The senator"


def test_floor_bounds_the_walk() -> None:
    text = "Ann Lee said so."
    assert WALKER.before(text, text.index("said"), floor=text.index("said")) is None


def test_pickles() -> None:
    assert isinstance(pickle.loads(pickle.dumps(WALKER)), SpeakerWalker)
