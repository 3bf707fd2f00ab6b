"""Response links: cue words decide the kind; the nearest other speaker is answered."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims._regex import token_spans
from newsclaims.model import Claim, ResponseKind, Span
from newsclaims.rules import responses
from newsclaims.rules.responses import find_responses, load_response_cues


def _claim(
    text: str, cid: str, speaker: str | None, content: str, cue: str | None = None
) -> Claim:
    start = text.index(content)
    cue_span = None
    if cue is not None:
        c = text.rindex(cue, 0, start)
        cue_span = Span(c, c + len(cue))
    return Claim(
        id=cid,
        speaker=speaker,
        content_span=Span(start, start + len(content)),
        cue_span=cue_span,
    )


CASES = [
    (
        "denial-cue",
        "Ann Lee said the mill polluted the river. Bo Park denied that the mill polluted it.",
        "the mill polluted it",
        "denied",
        ResponseKind.DENIAL,
    ),
    (
        "concern",
        "Ann Lee said the army had moved. The neighbours expressed concern over the move.",
        "the move",
        "expressed concern over",
        ResponseKind.CONCERN,
    ),
    (
        "in-response-negated",
        "Ann Lee said the mill polluted the river. In response, Bo Park said that was not true.",
        "that was not true",
        "said",
        ResponseKind.DENIAL,
    ),
    (
        "in-response-argues",
        "Ann Lee said the mill polluted the river. In response, Bo Park said tests were under way.",
        "tests were under way",
        "said",
        ResponseKind.REBUTTAL,
    ),
    (
        "welcomed",
        "Ann Lee said the bridge would reopen. Bo Park welcomed the decision.",
        "the decision",
        "welcomed",
        ResponseKind.SUPPORT,
    ),
]


@pytest.mark.parametrize(
    ("text", "answer", "cue", "kind"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_kind_and_link(text: str, answer: str, cue: str, kind: ResponseKind) -> None:
    first = text[text.index(" said ") + 6 : text.index(".")]
    claims = [
        _claim(text, "c1", "a1", first, "said"),
        _claim(text, "c2", "a2", answer, cue),
    ]
    [r] = find_responses(text, claims)
    assert (r.claim, r.responds_to, r.kind) == ("c2", "c1", kind)
    assert r.cue_span is not None
    assert r.cue_span.of(text).casefold() in load_response_cues()


def test_answer_reported_first_links_forward() -> None:
    text = "Bo Park denied that the mill polluted it. Earlier, Ann Lee said it polluted the river."
    claims = [
        _claim(text, "c1", "a2", "the mill polluted it", "denied"),
        _claim(text, "c2", "a1", "it polluted the river", "said"),
    ]
    [r] = find_responses(text, claims)
    assert (r.claim, r.responds_to, r.kind) == ("c1", "c2", ResponseKind.DENIAL)


def test_same_speaker_is_not_answered() -> None:
    text = "Ann Lee said the mill closed. Ann Lee denied that it reopened."
    claims = [
        _claim(text, "c1", "a1", "the mill closed", "said"),
        _claim(text, "c2", "a1", "it reopened", "denied"),
    ]
    assert find_responses(text, claims) == ()


def test_no_cue_no_response() -> None:
    text = "Ann Lee said the mill closed. Bo Park said the shop opened."
    claims = [
        _claim(text, "c1", "a1", "the mill closed", "said"),
        _claim(text, "c2", "a2", "the shop opened", "said"),
    ]
    assert find_responses(text, claims) == ()


def test_cue_lexicon_is_sorted_and_typed() -> None:
    cues = load_response_cues()
    assert list(cues) == sorted(cues)
    assert all(c == c.casefold().strip() for c in cues)


@given(
    st.lists(
        st.sampled_from(
            ["ab", "abc", "Denied", "it's", "don\u2019t", "x-y", "\u00e9t\u00e9"]
        )
        | st.sampled_from([" ", ", ", "\n", "\u0301", "'", "-", "9", "a" * 50]),
        max_size=30,
    ).map("".join)
)
def test_words_read_in_one_match_as_finditer_reads_them(text: str) -> None:
    expected = [m.span() for m in responses._WORD.finditer(text)]
    assert token_spans(responses._WORDS, text) == expected


def test_cue_of_an_earlier_claim_in_the_sentence_is_not_reused() -> None:
    text = (
        "Ann Lee said the mill polluted the river. "
        "Bo Park condemned the flooding, calling the decision a lie."
    )
    claims = [
        _claim(text, "c1", "a1", "the mill polluted the river", "said"),
        _claim(text, "c2", "a2", "the flooding", "condemned"),
        _claim(text, "c3", "a2", "the decision a lie", "calling"),
    ]
    assert find_responses(text, claims) == ()
