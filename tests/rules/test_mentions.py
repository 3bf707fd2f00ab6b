"""Speaker mentions."""

from __future__ import annotations

import pickle

import pytest

from newsclaims.lexicons import Lexicons
from newsclaims.rules.actors.phrases import MentionPatterns, cased

PATTERNS = MentionPatterns(Lexicons.default())

SPEAKERS = [
    ("Ann Lee said no.", "Ann Lee"),
    ("Gen. Ann Lee said no.", "Gen. Ann Lee"),
    ("a senior government spokesman said no.", "a senior government spokesman"),
    ("The foreign ministry said no.", "The foreign ministry"),
    ("He said no.", "He"),
    ("the U.S. said no.", "the U.S."),
    ("Sen. Ann Lee (R-Iowa) said no.", "Sen. Ann Lee (R-Iowa)"),
    ("officials in Kyiv said no.", "officials in Kyiv"),
    ("economists said no.", "economists"),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS, ids=[s[1] for s in SPEAKERS])
def test_speaker_at_start(text: str, expected: str) -> None:
    span = PATTERNS.speaker_at(text, 0)
    assert span is not None
    assert span.of(text) == expected


def test_no_speaker_at_function_word() -> None:
    assert PATTERNS.speaker_at("However, it rained.", 0) is None


def test_mentions_in_text() -> None:
    text = "Ann Lee, the mayor, met officials of the ministry."
    assert [m.of(text) for m in PATTERNS.mentions(text)] == [
        "Ann Lee",
        "the mayor",
        "officials of the ministry",
    ]


def test_cased() -> None:
    assert cased(["mr."]) == {"mr.", "Mr.", "MR."}


def test_pickles() -> None:
    again = pickle.loads(pickle.dumps(PATTERNS))
    assert again.speaker_at("Ann Lee said", 0) == PATTERNS.speaker_at("Ann Lee said", 0)
