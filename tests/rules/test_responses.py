"""Response links: cue words decide the kind; the nearest other speaker is answered."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import Parser, parse_article
from newsclaims._regex import token_spans
from newsclaims.lexicons import Lexicons
from newsclaims.model import Article, Claim, ClaimMode, ResponseKind, Span
from newsclaims.render import to_html
from newsclaims.rules.responses import ResponseContext, find_responses
from newsclaims.rules.responses._facts import Facts
from newsclaims.rules.responses._lexicon import response_words
from newsclaims.rules.responses._link import DENIAL_FIRST, RULES
from newsclaims.rules.responses._text import WORD, WORDS, view_of
from newsclaims.rules.text.layout import Layout, layout
from newsclaims.serialize import from_dict, json_schema, to_dict

_WORDS = response_words(Lexicons.default())
"""The shipped response words (cues, stances, acts)."""


def _claim(
    text: str, cid: str, speaker: str | None, content: str, cue: str | None = None
) -> Claim:
    start = text.index(content)
    cue_span = None
    if cue is not None:
        c = text.rfind(cue, 0, start)
        if c < 0:  # a tag after the quote: '"...," said X'
            c = text.index(cue, start + len(content))
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
    assert r.cue_span.of(text).casefold() in _WORDS.cues


def test_answer_reported_first_links_forward() -> None:
    text = "Bo Park denied that the mill polluted it. Earlier, Ann Lee said it polluted the river."
    claims = [
        _claim(text, "c1", "a2", "the mill polluted it", "denied"),
        _claim(text, "c2", "a1", "it polluted the river", "said"),
    ]
    [r] = find_responses(text, claims)
    assert (r.claim, r.responds_to, r.kind) == ("c1", "c2", ResponseKind.DENIAL)


def _split_at(lay: Layout, at: int) -> Layout:
    """``lay`` with the sentence holding ``at`` cut in two there."""
    out = []
    for s in lay.sentences:
        out.extend(
            [Span(s.start, at), Span(at, s.end)] if s.start < at < s.end else [s]
        )
    return Layout(lay.text, lay.paragraphs, tuple(out), lay.quotes)


def test_sentences_come_from_the_layout() -> None:
    """The words introducing an answer run from its sentence's start as the text
    stage found it ("Jan. 5" ends no sentence), or as the layout given says."""
    text = (
        "Bo Park said the mill polluted the river. In response on Jan. 5, Ann Lee "
        "said the mill was clean."
    )
    claims = [
        _claim(text, "c1", "a1", "the mill polluted the river", "said"),
        _claim(text, "c2", "a2", "the mill was clean", "said"),
    ]
    [r] = find_responses(text, claims)
    assert (r.claim, r.responds_to, r.rule) == ("c2", "c1", "cue")
    assert r.cue_span is not None
    assert r.cue_span.of(text) == "In response"
    cut = _split_at(layout(text), text.index("5, Ann"))
    assert find_responses(text, claims, layout=cut) == ()
    with pytest.raises(ValueError, match="another text"):
        find_responses(text, claims, layout=layout(text + " "))


@pytest.mark.parametrize(
    ("title_end", "answers"),
    [("", set()), (".", {("c2", "c1")})],
    ids=["headline-answers-nothing", "sentence-is-answered"],
)
def test_title_line_comes_from_the_layout(
    title_end: str, answers: set[tuple[str, str]]
) -> None:
    """The first paragraph, blank lines before it or not, is the title line when it
    ends without a stop: a claim in it is answered by none."""
    text = (
        f"\n\nAnn Lee said the mill polluted the river{title_end}\n"
        "Bo Park denied that the mill polluted it."
    )
    claims = [
        _claim(text, "c1", "a1", "the mill polluted the river", "said"),
        _claim(text, "c2", "a2", "the mill polluted it", "denied"),
    ]
    assert {(r.claim, r.responds_to) for r in find_responses(text, claims)} == answers


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
    cues = _WORDS.cues
    assert list(cues) == sorted(cues)
    assert all(c == c.casefold().strip() for c in cues)


def test_stance_lexicon_is_sorted_and_typed() -> None:
    stances = _WORDS.stances
    assert list(stances) == sorted(stances)
    assert all(w == w.casefold().strip() for w in stances)
    assert set(stances.values()) <= {
        ResponseKind.CONDEMNATION,
        ResponseKind.CONCERN,
        ResponseKind.SUPPORT,
    }


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
    expected = [m.span() for m in WORD.finditer(text)]
    assert token_spans(WORDS, text) == expected


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


# --- the rules, one sentence pair (or three) per case -------------------------------
#
# Each case names its actors (name -> id; every occurrence of a name is a mention),
# the words that only refer to an actor ("Ruritanian"), and its claims as
# (id, speaker, content, cue, target). ``expected`` is the set of (answer, answered,
# kind) links; an empty set says no link.

Link = tuple[str, str, ResponseKind]
Spec = tuple[str, str, str, str | None, str | None]


class Case(NamedTuple):
    id: str
    text: str
    actors: Mapping[str, str]
    claims: tuple[Spec, ...]
    expected: frozenset[Link]
    refers: Mapping[str, str] = {}
    claim_nouns: frozenset[str] = frozenset()  # the parser's cue nouns ("report")


def _spans(text: str, names: Mapping[str, str]) -> list[tuple[int, int, str]]:
    found = []
    for name, actor in names.items():
        at = text.find(name)
        while at >= 0:
            found.append((at, at + len(name), actor))
            at = text.find(name, at + 1)
    return found


def _context(case: Case) -> ResponseContext:
    mentions = _spans(case.text, case.actors)
    refers = mentions + _spans(case.text, case.refers)

    def inside(found: list[tuple[int, int, str]]) -> Callable[[Span], frozenset[str]]:
        def within(span: Span) -> frozenset[str]:
            return frozenset(
                a for s, e, a in found if span.start <= s and e <= span.end
            )

        return within

    return ResponseContext(
        mentioned=inside(mentions),
        referenced=inside(refers),
        claim_nouns=case.claim_nouns,
    )


def _claims(case: Case) -> list[Claim]:
    out = []
    for cid, speaker, content, cue, target in case.claims:
        claim = _claim(case.text, cid, speaker, content, cue)
        out.append(attrs.evolve(claim, target=target))
    return out


RULE_CASES = [
    Case(
        "cue-on-what-a-named-party-called-for",
        "Ann Lee said the ferry should sail less at night. "
        "Bo Park criticized Ann Lee's call for fewer sailings.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the ferry should sail less at night", "said", None),
            ("c2", "a2", "Ann Lee's call for fewer sailings", "criticized", None),
        ),
        frozenset({("c2", "c1", ResponseKind.CONDEMNATION)}),
    ),
    Case(
        "cue-on-what-a-party-called-for-possessive-after-s",
        "Ann Rogers said the ferry should sail less at night. "
        "Bo Park criticized Ann Rogers' call for fewer sailings.",
        {"Ann Rogers": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the ferry should sail less at night", "said", None),
            ("c2", "a2", "Ann Rogers' call for fewer sailings", "criticized", None),
        ),
        frozenset({("c2", "c1", ResponseKind.CONDEMNATION)}),
    ),
    Case(
        "cue-on-a-thing-of-someone-unknown",
        "Ann Lee said the ferry should sail less at night. "
        "Bo Park criticized Hale's call for fewer sailings.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the ferry should sail less at night", "said", None),
            ("c2", "a2", "Hale's call for fewer sailings", "criticized", None),
        ),
        frozenset(),
    ),
    Case(
        "cue-on-a-partys-words-reported-later",
        "Tom Hale said the ferry would sail in May. "
        "Bo Park rejected Ann Lee's claims that the ferry was unsafe. "
        "Ann Lee said last week that the ferry had failed two inspections.",
        {"Ann Lee": "a1", "Bo Park": "a2", "Tom Hale": "a3"},
        (
            ("c1", "a3", "the ferry would sail in May", "said", None),
            (
                "c2",
                "a2",
                "Ann Lee's claims that the ferry was unsafe",
                "rejected",
                None,
            ),
            ("c3", "a1", "the ferry had failed two inspections", "said", None),
        ),
        frozenset({("c2", "c3", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "cue-on-the-words-of-a-party-who-says-nothing",
        "Tom Hale said the ferry would sail in May. "
        "Bo Park rejected Hale's claims that the ferry was unsafe.",
        {"Bo Park": "a2", "Tom Hale": "a3"},
        (
            ("c1", "a3", "the ferry would sail in May", "said", None),
            ("c2", "a2", "Hale's claims that the ferry was unsafe", "rejected", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "allegations-denied-answer-the-accusation-not-news-of-the-speaker",
        "Ann Lee accused the mayor of hiding the audit. "
        "The council said our mayor flew to Rome on Monday. "
        "The mayor denied the allegations.",
        {"Ann Lee": "a1", "mayor": "a2", "The council": "a3"},
        (
            ("c1", "a1", "the mayor of hiding the audit", "accused", "a2"),
            ("c2", "a3", "our mayor flew to Rome on Monday", "said", None),
            ("c3", "a2", "the allegations", "denied", None),
        ),
        frozenset({("c3", "c1", ResponseKind.DENIAL)}),
    ),
    Case(
        "named-party-said-of-in-the-negative-is-no-answer",
        "Ann Lee said the bridge would close. "
        "Bo Park said Ann Lee was not at the meeting.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the bridge would close", "said", None),
            ("c2", "a2", "Ann Lee was not at the meeting", "said", None),
        ),
        frozenset(),
    ),
    Case(
        "a-one-word-claim-is-not-answered",
        "Ann Lee said the levy would pay for the school. "
        'Tom Hale said: "Yes." Bo Park rejected that.',
        {"Ann Lee": "a1", "Bo Park": "a2", "Tom Hale": "a3"},
        (
            ("c1", "a1", "the levy would pay for the school", "said", None),
            ("c2", "a3", "Yes", "said", None),
            ("c3", "a2", "that", "rejected", None),
        ),
        frozenset({("c3", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "act-named-argument",
        "Ann Lee argued that the tax was fair. The judge rejected this argument.",
        {"Ann Lee": "a1", "The judge": "a2"},
        (
            ("c1", "a1", "the tax was fair", "argued", None),
            ("c2", "a2", "this argument", "rejected", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "act-named-without-cue",
        "The mayor announced that the bridge would close. "
        '"This announcement changes nothing for the commuters," said Tom Hale.',
        {"The mayor": "a1", "Tom Hale": "a2"},
        (
            ("c1", "a1", "the bridge would close", "announced", None),
            (
                "c2",
                "a2",
                "This announcement changes nothing for the commuters",
                "said",
                None,
            ),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "act-named-with-stance",
        "The panel concluded that the dam was unsafe. "
        "The builder denounced the conclusions of the inquiry.",
        {"The panel": "a1", "The builder": "a2"},
        (
            ("c1", "a1", "the dam was unsafe", "concluded", None),
            ("c2", "a2", "the conclusions of the inquiry", "denounced", None),
        ),
        frozenset({("c2", "c1", ResponseKind.CONDEMNATION)}),
    ),
    Case(
        "act-named-between-cue-and-content",
        "Judge Ann Roe issued a ruling finding that the permit was void. "
        'Bo Park responded to the ruling on the radio: "The court has failed the town."',
        {"Ann Roe": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the permit was void", "finding", None),
            ("c2", "a2", "The court has failed the town.", "responded", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "act-named-later-is-not-answered",
        "The judge rejected this argument. Ann Lee argued that the tax was fair.",
        {"Ann Lee": "a1", "The judge": "a2"},
        (
            ("c1", "a2", "this argument", "rejected", None),
            ("c2", "a1", "the tax was fair", "argued", None),
        ),
        frozenset(),
    ),
    Case(
        "accused-answers-first",
        "The firm said the delay was caused by a strike. "
        "Ann Lee accused the firm of fraud.",
        {"The firm": "a1", "the firm": "a1", "Ann Lee": "a2"},
        (
            ("c1", "a1", "the delay was caused by a strike", "said", None),
            ("c2", "a2", "the firm of fraud", "accused", "a1"),
        ),
        frozenset({("c1", "c2", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "accused-in-another-paragraph-on-another-matter",
        "Ann Lee accused the firm of fraud.\n\n"
        "The firm said its new office would open in May.",
        {"The firm": "a1", "the firm": "a1", "Ann Lee": "a2"},
        (
            ("c1", "a2", "the firm of fraud", "accused", "a1"),
            ("c2", "a1", "its new office would open in May", "said", None),
        ),
        frozenset(),
    ),
    Case(
        "judgment-of-an-accusation",
        "Ann Lee accused the mill of dumping waste in the river. "
        "The inspectors said the mill had dumped no waste in the river.",
        {"Ann Lee": "a1", "the mill": "a2", "The inspectors": "a3"},
        (
            ("c1", "a1", "the mill of dumping waste in the river", "accused", "a2"),
            ("c2", "a3", "the mill had dumped no waste in the river", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "named-party-answered",
        "Ann Lee said the budget would grow. "
        "Bo Park said Ann Lee wants to spend money the city lacks.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the budget would grow", "said", None),
            ("c2", "a2", "Ann Lee wants to spend money the city lacks", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "named-by-a-pronoun-only",
        "Ann Lee said the budget would grow. Bo Park said she spends too much.",
        {"Ann Lee": "a1", "Bo Park": "a2", "she": "a1"},
        (
            ("c1", "a1", "the budget would grow", "said", None),
            ("c2", "a2", "she spends too much", "said", None),
        ),
        frozenset(),
    ),
    Case(
        "referred-party-denies",
        "Ann Lee said Ruritanian troops crossed the border. "
        "The Ruritanian government said its troops were not in the area.",
        {"Ann Lee": "a1", "The Ruritanian government": "a2"},
        (
            ("c1", "a1", "Ruritanian troops crossed the border", "said", None),
            ("c2", "a2", "its troops were not in the area", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.DENIAL)}),
        {"Ruritanian troops": "a2"},
    ),
    Case(
        "referred-party-without-denial",
        "Ann Lee said Ruritanian troops crossed the border. "
        "The Ruritanian government said its troops were on leave.",
        {"Ann Lee": "a1", "The Ruritanian government": "a2"},
        (
            ("c1", "a1", "Ruritanian troops crossed the border", "said", None),
            ("c2", "a2", "its troops were on leave", "said", None),
        ),
        frozenset(),
        {"Ruritanian troops": "a2"},
    ),
    Case(
        "cue-with-a-plain-object",
        "Ann Lee said the park would close. Bo Park denied funding for the park.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the park would close", "said", None),
            ("c2", "a2", "funding for the park", "denied", None),
        ),
        frozenset(),
    ),
    Case(
        "pointer-to-an-unknown-owner",
        "Ann Lee said the park would close. Bo Park criticized the Council's decision.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the park would close", "said", None),
            ("c2", "a2", "the Council's decision", "criticized", None),
        ),
        frozenset(),
    ),
    Case(
        "pointer-to-a-named-owner",
        "Ann Lee said the park would close. Cy Ito said the budget was tight. "
        "Bo Park criticized Lee's decision.",
        {"Ann Lee": "a1", "Lee": "a1", "Cy Ito": "a3", "Bo Park": "a2"},
        (
            ("c1", "a1", "the park would close", "said", None),
            ("c2", "a3", "the budget was tight", "said", None),
            ("c3", "a2", "Lee's decision", "criticized", None),
        ),
        frozenset({("c3", "c1", ResponseKind.CONDEMNATION)}),
    ),
    Case(
        "title-line-is-not-answered",
        "Mayor says the bridge will close\n\nBo Park denied that the bridge would close.",
        {"Mayor": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the bridge will close", "says", None),
            ("c2", "a2", "the bridge would close", "denied", None),
        ),
        frozenset(),
    ),
    Case(
        "marker-with-an-intention-is-a-rebuttal",
        "Ann Lee said the mill polluted the river. "
        "In response, Bo Park said the mill is not going to close.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the mill polluted the river", "said", None),
            ("c2", "a2", "the mill is not going to close", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "marker-with-a-claim-called-false",
        "Ann Lee said the mill polluted the river. "
        "In response, Bo Park said the report was false.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the mill polluted the river", "said", None),
            ("c2", "a2", "the report was false", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.DENIAL)}),
    ),
    Case(
        "participle-continues-the-answer-naming-its-subject",
        "Ann Lee said the new treaty is void. "
        "Bo Park rejected the idea, calling the treaties binding.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the new treaty is void", "said", None),
            ("c2", "a2", "the idea", "rejected", None),
            ("c3", "a2", "the treaties binding", "calling", None),
        ),
        frozenset(
            {
                ("c2", "c1", ResponseKind.REBUTTAL),
                ("c3", "c1", ResponseKind.REBUTTAL),
            }
        ),
    ),
    Case(
        "participle-on-another-subject-answers-nothing",
        "Ann Lee said the new treaty is void. "
        "Bo Park rejected the idea, calling the protest a stunt.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the new treaty is void", "said", None),
            ("c2", "a2", "the idea", "rejected", None),
            ("c3", "a2", "the protest a stunt", "calling", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "second-sentence-of-the-answer-goes-on",
        "Ann Lee said the new treaty is void. "
        "Bo Park rejected the idea. Bo Park said the treaties were signed in May.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the new treaty is void", "said", None),
            ("c2", "a2", "the idea", "rejected", None),
            ("c3", "a2", "the treaties were signed in May", "said", None),
        ),
        frozenset(
            {
                ("c2", "c1", ResponseKind.REBUTTAL),
                ("c3", "c1", ResponseKind.REBUTTAL),
            }
        ),
    ),
    Case(
        "answerer-two-paragraphs-on-goes-on-no-more",
        "Ann Lee said the new treaty is void.\n\nBo Park rejected the idea.\n\n"
        "The talks were held in a hotel.\n\nBo Park said the ferry was late.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the new treaty is void", "said", None),
            ("c2", "a2", "the idea", "rejected", None),
            ("c3", "a2", "the ferry was late", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "indefinite-object-is-a-new-thing",
        "Ann Lee said the mill should close. Bo Park rejected a plan to sell it.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the mill should close", "said", None),
            ("c2", "a2", "a plan to sell it", "rejected", None),
        ),
        frozenset(),
    ),
    Case(
        "definite-object-points-back",
        "Ann Lee said the mill should close. Bo Park rejected the plan to sell it.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the mill should close", "said", None),
            ("c2", "a2", "the plan to sell it", "rejected", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "negation-in-a-contraction-is-no-denial-yet",
        "Ann Lee said the mayor wants to delay the vote. "
        "The mayor said we're not going to wait.",
        {"Ann Lee": "a1", "The mayor": "a2", "the mayor": "a2"},
        (
            ("c1", "a1", "the mayor wants to delay the vote", "said", None),
            ("c2", "a2", "we're not going to wait", "said", None),
        ),
        frozenset(),
    ),
    Case(
        "answer-goes-on-in-the-next-sentence",
        "The council said the new levy was fair. Bo Park denied that it was fair. "
        "Park further claimed the levy would ruin small farms.",
        {"The council": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the new levy was fair", "said", None),
            ("c2", "a2", "it was fair", "denied", None),
            ("c3", "a2", "the levy would ruin small farms", "claimed", None),
        ),
        frozenset(
            {
                ("c2", "c1", ResponseKind.DENIAL),
                ("c3", "c1", ResponseKind.REBUTTAL),
            }
        ),
    ),
    Case(
        "answer-goes-on-pointing-back",
        "The council said the new levy was fair. Bo Park denied that it was fair. "
        '"It is not a levy but a fine," Park told reporters.',
        {"The council": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the new levy was fair", "said", None),
            ("c2", "a2", "it was fair", "denied", None),
            ("c3", "a2", "It is not a levy but a fine", "told", None),
        ),
        frozenset(
            {
                ("c2", "c1", ResponseKind.DENIAL),
                ("c3", "c1", ResponseKind.DENIAL),
            }
        ),
    ),
    Case(
        "next-claim-of-the-answerer-in-its-paragraph-goes-on",
        "The council said the new levy was fair. Bo Park denied that it was fair. "
        "Park said the harvest had been poor.",
        {"The council": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the new levy was fair", "said", None),
            ("c2", "a2", "it was fair", "denied", None),
            ("c3", "a2", "the harvest had been poor", "said", None),
        ),
        frozenset(
            {
                ("c2", "c1", ResponseKind.DENIAL),
                ("c3", "c1", ResponseKind.REBUTTAL),
            }
        ),
    ),
    Case(
        "another-speaker-between-ends-the-answer",
        "The council said the new levy was fair. Bo Park denied that it was fair. "
        "Ann Roe said the roads were busy. Park also said the levy was new.",
        {"The council": "a1", "Bo Park": "a2", "Ann Roe": "a3"},
        (
            ("c1", "a1", "the new levy was fair", "said", None),
            ("c2", "a2", "it was fair", "denied", None),
            ("c3", "a3", "the roads were busy", "said", None),
            ("c4", "a2", "the levy was new", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.DENIAL)}),
    ),
    Case(
        "answer-to-a-reported-question",
        "Ann Lee asked Bo Park whether the ferry would stop in winter. "
        "Bo Park said the boats would sail all year.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "whether the ferry would stop in winter", "asked", None),
            ("c2", "a2", "the boats would sail all year", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.OTHER)}),
    ),
    Case(
        "answer-to-a-quoted-question-negated",
        '"Is the mill closing?" Ann Lee asked. "It is not," Bo Park said.',
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "Is the mill closing?", "asked", None),
            ("c2", "a2", "It is not", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.DENIAL)}),
    ),
    Case(
        "asked-for-a-thing-is-no-question",
        "Ann Lee asked the council for a new bridge. "
        "Bo Park said the boats would sail all year.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the council for a new bridge", "asked", None),
            ("c2", "a2", "the boats would sail all year", "said", None),
        ),
        frozenset(),
    ),
    Case(
        "question-answered-by-someone-else-first",
        "Ann Lee asked Bo Park whether the ferry would stop. "
        "Tom Hale said the harbour was closed. Cy Dunn said the road was open. "
        "Dee Fox said the weather was fine. Bo Park said the boats would sail.",
        {
            "Ann Lee": "a1",
            "Bo Park": "a2",
            "Tom Hale": "a3",
            "Cy Dunn": "a4",
            "Dee Fox": "a5",
        },
        (
            ("c1", "a1", "whether the ferry would stop", "asked", None),
            ("c2", "a3", "the harbour was closed", "said", None),
            ("c3", "a4", "the road was open", "said", None),
            ("c4", "a5", "the weather was fine", "said", None),
            ("c5", "a2", "the boats would sail", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.OTHER)}),
    ),
    Case(
        "news-reported-is-no-answer-to-the-party-named",
        "Ann Lee said the port would reopen in March. "
        "The harbour board announced that Ann Lee would chair the port trust.",
        {"Ann Lee": "a1", "The harbour board": "a2"},
        (
            ("c1", "a1", "the port would reopen in March", "said", None),
            ("c2", "a2", "Ann Lee would chair the port trust", "announced", None),
        ),
        frozenset(),
    ),
    Case(
        "rejection-reported-first-is-no-denial-first",
        "Bo Park rejected the offer on Monday. "
        "The Courier reported that Bo Park had taken bribes.",
        {"Bo Park": "a1", "The Courier": "a2"},
        (
            ("c1", "a1", "the offer on Monday", "rejected", None),
            ("c2", "a2", "Bo Park had taken bribes", "reported", None),
        ),
        frozenset(),
    ),
    Case(
        "denied-it-points-back",
        "The minister said fares would fall. The opposition denied it.",
        {"The minister": "a1", "The opposition": "a2"},
        (
            ("c1", "a1", "fares would fall", "said", None),
            ("c2", "a2", "it", "denied", None),
        ),
        frozenset({("c2", "c1", ResponseKind.DENIAL)}),
    ),
    Case(
        "rejected-that-too-points-back",
        "Ann Lee said the choir should sing in May, but Bo Park rejected that, too.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the choir should sing in May", "said", None),
            ("c2", "a2", "that, too", "rejected", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "denial-of-the-claim-just-before-sharing-a-word",
        "Ann Lee said nobody had asked the guild. "
        "The mayor's office denied that the guild had been ignored.",
        {"Ann Lee": "a1", "The mayor's office": "a2"},
        (
            ("c1", "a1", "nobody had asked the guild", "said", None),
            ("c2", "a2", "the guild had been ignored", "denied", None),
        ),
        frozenset({("c2", "c1", ResponseKind.DENIAL)}),
    ),
    Case(
        "denial-sharing-nothing-answers-nothing",
        "Ann Lee said nobody had asked the guild. "
        "The mayor's office denied that budgets were late.",
        {"Ann Lee": "a1", "The mayor's office": "a2"},
        (
            ("c1", "a1", "nobody had asked the guild", "said", None),
            ("c2", "a2", "budgets were late", "denied", None),
        ),
        frozenset(),
    ),
    Case(
        "same-proposition-negated",
        "The minister said fares would fall in spring. "
        "The opposition said fares would not fall.",
        {"The minister": "a1", "The opposition": "a2"},
        (
            ("c1", "a1", "fares would fall in spring", "said", None),
            ("c2", "a2", "fares would not fall", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.DENIAL)}),
    ),
    Case(
        "both-negated-is-agreement-not-denial",
        "The minister said fares would not fall. "
        "The opposition said fares would not fall soon.",
        {"The minister": "a1", "The opposition": "a2"},
        (
            ("c1", "a1", "fares would not fall", "said", None),
            ("c2", "a2", "fares would not fall soon", "said", None),
        ),
        frozenset(),
    ),
    Case(
        "verdict-on-what-was-said",
        "Ann Lee said the dam was leaking. "
        "Bo Park said talk of a leaking dam was misleading.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the dam was leaking", "said", None),
            ("c2", "a2", "talk of a leaking dam was misleading", "said", None),
        ),
        frozenset({("c2", "c1", ResponseKind.DENIAL)}),
    ),
    Case(
        "verdict-on-something-else",
        "Ann Lee said the dam was leaking. "
        "Bo Park said old rumours about the choir were false.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the dam was leaking", "said", None),
            ("c2", "a2", "old rumours about the choir were false", "said", None),
        ),
        frozenset(),
    ),
    Case(
        "relative-clause-on-the-answer",
        "Ann Lee said the bus routes would be cut. Bo Park condemned the plan, "
        'which Tom Hale has called a "raid on the poor".',
        {"Ann Lee": "a1", "Bo Park": "a2", "Tom Hale": "a3"},
        (
            ("c1", "a1", "the bus routes would be cut", "said", None),
            ("c2", "a2", "the plan", "condemned", None),
            ("c3", "a3", 'a "raid on the poor"', "called", None),
        ),
        frozenset(
            {
                ("c2", "c1", ResponseKind.CONDEMNATION),
                ("c3", "c1", ResponseKind.CONDEMNATION),
            }
        ),
    ),
    Case(
        "relative-clause-with-its-own-stance",
        "Ann Lee said the bus routes would be cut. Bo Park condemned the plan, "
        "which Tom Hale welcomed as overdue.",
        {"Ann Lee": "a1", "Bo Park": "a2", "Tom Hale": "a3"},
        (
            ("c1", "a1", "the bus routes would be cut", "said", None),
            ("c2", "a2", "the plan", "condemned", None),
            ("c3", "a3", "as overdue", "welcomed", None),
        ),
        frozenset(
            {
                ("c2", "c1", ResponseKind.CONDEMNATION),
                ("c3", "c1", ResponseKind.SUPPORT),
            }
        ),
    ),
    Case(
        "relative-clause-on-no-answer",
        "Ann Lee said the bus routes would be cut. Bo Park described the harvest, "
        "which Tom Hale has called the best in years.",
        {"Ann Lee": "a1", "Bo Park": "a2", "Tom Hale": "a3"},
        (
            ("c1", "a1", "the bus routes would be cut", "said", None),
            ("c2", "a2", "the harvest", "described", None),
            ("c3", "a3", "the best in years", "called", None),
        ),
        frozenset(),
    ),
    Case(
        "act-named-answers-the-sentence-first-claim",
        "The mayor accused the mill of polluting the river, saying the fish had died. "
        "The mill denied the accusation.",
        {"The mayor": "a1", "The mill": "a2"},
        (
            ("c1", "a1", "the mill of polluting the river", "accused", None),
            ("c2", "a1", "the fish had died", "saying", None),
            ("c3", "a2", "the accusation", "denied", None),
        ),
        frozenset({("c3", "c1", ResponseKind.DENIAL)}),
    ),
    Case(
        "pointer-to-a-party-response",
        "Ann Lee said the council would cut the bus routes, adding that fares would "
        "rise. Bo Park criticized Ann Lee's response.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the council would cut the bus routes", "said", None),
            ("c2", "a1", "fares would rise", "adding", None),
            ("c3", "a2", "Ann Lee's response", "criticized", None),
        ),
        frozenset({("c3", "c1", ResponseKind.CONDEMNATION)}),
    ),
    Case(
        "pointer-answers-the-accusation-of-the-sentence",
        "The mayor said the river was brown, and accused the mill of polluting it. "
        "The mill rejected the idea.",
        {"The mayor": "a1", "The mill": "a2"},
        (
            ("c1", "a1", "the river was brown", "said", None),
            ("c2", "a1", "the mill of polluting it", "accused", "a2"),
            ("c3", "a2", "the idea", "rejected", None),
        ),
        frozenset({("c3", "c2", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "content-stance-condemns",
        "Ann Lee said the clinic would close. "
        '"Ann Lee is closing it in secret; that is simply unacceptable," said Bo Park.',
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the clinic would close", "said", None),
            (
                "c2",
                "a2",
                "Ann Lee is closing it in secret; that is simply unacceptable",
                "said",
                None,
            ),
        ),
        frozenset({("c2", "c1", ResponseKind.CONDEMNATION)}),
    ),
    Case(
        "content-stance-voices-concern",
        "Ann Lee said the clinic would close. "
        '"What Ann Lee plans raises serious questions for the town," said Bo Park.',
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the clinic would close", "said", None),
            (
                "c2",
                "a2",
                "What Ann Lee plans raises serious questions for the town",
                "said",
                None,
            ),
        ),
        frozenset({("c2", "c1", ResponseKind.CONCERN)}),
    ),
    Case(
        "act-named-answers-the-claim-its-cue-reports",
        "The judge ruled that the ban was void, ordering the city to stop. "
        "The mayor criticized the ruling.",
        {"The judge": "a1", "The mayor": "a2"},
        (
            ("c1", "a1", "the ban was void", "ruled", None),
            ("c2", "a1", "the city to stop", "ordering", "a3"),
            ("c3", "a2", "the ruling", "criticized", None),
        ),
        frozenset({("c3", "c1", ResponseKind.CONDEMNATION)}),
    ),
    Case(
        "denial-reported-before-the-claim-it-denies",
        "Bo Park denied the report on Monday. "
        "The Courier reported that Bo Park had taken bribes.",
        {"Bo Park": "a1", "The Courier": "a2"},
        (
            ("c1", "a1", "the report on Monday", "denied", None),
            ("c2", "a2", "Bo Park had taken bribes", "reported", None),
        ),
        frozenset({("c1", "c2", ResponseKind.DENIAL)}),
        claim_nouns=frozenset({"report"}),
    ),
    Case(
        "denial-of-a-thing-reported-first-answers-nothing",
        "Bo Park denied funding to the club on Monday. "
        "The Courier reported that Bo Park had cut the budget.",
        {"Bo Park": "a1", "The Courier": "a2"},
        (
            ("c1", "a1", "funding to the club on Monday", "denied", None),
            ("c2", "a2", "Bo Park had cut the budget", "reported", None),
        ),
        frozenset(),
        claim_nouns=frozenset({"report"}),
    ),
]

KNOWN_MISSES = [
    Case(
        "participle-continues-the-answer",
        "Ann Lee said the plan was sound. Bo Park condemned the plan, "
        "calling it reckless.",
        {"Ann Lee": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the plan was sound", "said", None),
            ("c2", "a2", "the plan", "condemned", None),
            ("c3", "a2", "it reckless", "calling", None),
        ),
        frozenset(
            {
                ("c2", "c1", ResponseKind.CONDEMNATION),
                ("c3", "c1", ResponseKind.REBUTTAL),
            }
        ),
    ),
    Case(
        "answer-without-names-or-cues",
        "Ann Lee said the bill would be withdrawn. "
        '"They have given up nothing," wrote a student.',
        {"Ann Lee": "a1", "a student": "a2"},
        (
            ("c1", "a1", "the bill would be withdrawn", "said", None),
            ("c2", "a2", "They have given up nothing", "wrote", None),
        ),
        frozenset({("c2", "c1", ResponseKind.REBUTTAL)}),
    ),
    Case(
        "answer-reported-first-names-the-party",
        "Critics said the break was a ploy by Ann Lee. "
        "Ann Lee said the break would let her plan.",
        {"Critics": "a2", "Ann Lee": "a1"},
        (
            ("c1", "a2", "the break was a ploy by Ann Lee", "said", None),
            ("c2", "a1", "the break would let her plan", "said", None),
        ),
        frozenset({("c1", "c2", ResponseKind.REBUTTAL)}),
    ),
]


def _links(case: Case, *quoted: str) -> frozenset[Link]:
    """The links found among the case's claims (those named in ``quoted`` direct)."""
    claims = [
        attrs.evolve(c, mode=ClaimMode.DIRECT) if c.id in quoted else c
        for c in _claims(case)
    ]
    found = find_responses(case.text, claims, _context(case))
    return frozenset((r.claim, r.responds_to, r.kind) for r in found)


@pytest.mark.parametrize("case", RULE_CASES, ids=[c.id for c in RULE_CASES])
def test_rule(case: Case) -> None:
    assert _links(case) == case.expected


@pytest.mark.xfail(strict=True, reason="no rule reads this yet")
@pytest.mark.parametrize("case", KNOWN_MISSES, ids=[c.id for c in KNOWN_MISSES])
def test_known_miss(case: Case) -> None:
    assert _links(case) == case.expected


def test_act_lexicon_rows_name_nouns_and_introducing_words() -> None:
    acts = _WORDS.acts
    assert acts
    for nouns, words in acts:
        assert nouns
        assert words
        assert all(w == w.casefold() for w in nouns | words)


def test_a_body_called_by_its_head_is_the_party_answered() -> None:
    """End to end: "the Board" is the board named in full before, so criticising
    "the Board's decision" answers the claim the board made."""
    text = (
        "The Northfield Board of Education voted to close two schools, citing "
        "falling enrolment. Mayor Ann Lee sharply criticized the Board's decision."
    )
    article = parse_article(text)
    names = {a.id: a.name for a in article.actors}
    claims = {c.id: c for c in article.claims}
    links = [
        (
            names[claims[r.claim].speaker or ""],
            names[claims[r.responds_to].speaker or ""],
        )
        for r in article.responses
    ]
    assert links == [("Ann Lee", "Northfield Board of Education")]
    assert [r.kind for r in article.responses] == [ResponseKind.CONDEMNATION]


def test_answer_goes_on_in_a_quote_of_its_paragraph() -> None:
    """A quote of the answering speaker in the answer's paragraph goes on with it; two
    paragraphs on it does not (unless it says so or points back)."""
    text = (
        "The council said the new levy was fair.\n\n"
        "Bo Park rejected the idea on Monday. "
        '"Farmers cannot pay what the council asks," Park told reporters.\n\n'
        "The vote is due in May.\n\n"
        '"Farmers will sell their land first," Park added in an interview.'
    )
    case = Case(
        "quoted",
        text,
        {"The council": "a1", "Bo Park": "a2"},
        (
            ("c1", "a1", "the new levy was fair", "said", None),
            ("c2", "a2", "the idea on Monday", "rejected", None),
            ("c3", "a2", "Farmers cannot pay what the council asks", "told", None),
            ("c4", "a2", "Farmers will sell their land first", "added", None),
        ),
        frozenset(),
    )
    links = _links(case, "c3", "c4")
    assert ("c3", "c1", ResponseKind.REBUTTAL) in links
    assert ("c4", "c1", ResponseKind.REBUTTAL) in links  # "added": goes on
    case_without_cue = case._replace(
        text=text.replace("Park added in", "Park said in"),
        claims=(
            *case.claims[:3],
            ("c4", "a2", "Farmers will sell their land first", "said", None),
        ),
    )
    assert not [
        link for link in _links(case_without_cue, "c3", "c4") if link[0] == "c4"
    ]


def _parsed_links(text: str) -> set[tuple[str, str, ResponseKind, str | None]]:
    """(answer content, answered content, kind, rule) of each response found."""
    article = parse_article(text)
    content = {c.id: c.content_span.of(text) for c in article.claims}
    return {
        (content[r.claim], content[r.responds_to], r.kind, r.rule)
        for r in article.responses
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ann Lee said the depot employs 4,000 people. Tom Hale said the town "
            "was growing. Bo Park rejected that figure.",
            {
                (
                    "that figure",
                    "the depot employs 4,000 people",
                    ResponseKind.REBUTTAL,
                    "cue",
                )
            },
            id="that-figure-points-at-the-last-figure",
        ),
        pytest.param(
            "Ann Lee said the depot employs 4,000 people. "
            "Bo Park said the depot employs 2,500 people.",
            {
                (
                    "the depot employs 2,500 people",
                    "the depot employs 4,000 people",
                    ResponseKind.REBUTTAL,
                    "figures",
                )
            },
            id="conflicting-figures-for-the-same-thing",
        ),
        pytest.param(
            "Ann Lee said the depot employs 4,000 people. "
            "Bo Park said 2,500 people visited the fair.",
            set(),
            id="figures-of-different-things",
        ),
        pytest.param(
            "Ann Lee said the depot employs 4,000 people. "
            "Bo Park said the depot employs 4,000 people.",
            set(),
            id="the-same-figure-is-no-conflict",
        ),
    ],
)
def test_figures_in_parsed_articles(
    text: str, expected: set[tuple[str, str, ResponseKind, str | None]]
) -> None:
    assert _parsed_links(text) == expected


def test_every_rule_fires_in_a_case() -> None:
    """Each rule of the table (and the denial reported first) makes a link in one of
    the own short articles above."""
    fired = {
        r.rule
        for case in RULE_CASES
        for r in find_responses(case.text, _claims(case), _context(case))
    }
    figures = (
        "Ann Lee said the depot employs 4,000 people. "
        "Bo Park said the depot employs 2,500 people."
    )
    denial = (
        "Ann Lee said the hotel chain had bought the pier. "
        "Bo Park said the chain did not own a yard of the seafront."
    )
    asked = (
        "Ann Lee said the mill had dumped waste into the river. "
        'Asked about the claim, the mill\'s owner said: "No."'
    )
    fired |= {
        rule for text in (figures, denial, asked) for *_, rule in _parsed_links(text)
    }
    assert fired == {rule.name for rule in RULES} | {DENIAL_FIRST}


_NAMES = ("Ann Lee", "Bo Park", "The council", "Tom Hale", "The union")
_SENTENCES = (
    "{a} said the levy was fair.",
    "{a} said the levy was not fair.",
    "{a} denied it.",
    "{a} rejected that figure.",
    "{a} denied that {b} had taken 4,000 pounds.",
    "{a} asked {b} whether the mill would close.",
    '"Will the mill close?" {a} asked.',
    "{a} accused {b} of lying about the levy.",
    "In response, {a} said the mill employs 2,500 people.",
    "But {a} said the mill employs 3,000 people.",
    "{a} announced that {b} would chair the board.",
    "{a}, however, welcomed the decision.",
    "{a} added that it was a disgrace.",
    "The levy was raised in May.",
)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_SENTENCES),
            st.sampled_from(_NAMES),
            st.sampled_from(_NAMES),
            st.sampled_from([" ", "\n\n"]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_every_response_links_two_claims_of_the_article(
    parts: list[tuple[str, str, str, str]],
) -> None:
    text = "".join(s.format(a=a, b=b) + gap for s, a, b, gap in parts)
    article = parse_article(text)
    ids = {c.id for c in article.claims}
    names = {rule.name for rule in RULES} | {DENIAL_FIRST}
    for r in article.responses:
        assert r.claim in ids
        assert r.responds_to in ids
        assert r.claim != r.responds_to
        assert r.rule in names
        if r.cue_span is not None:
            assert r.cue_span.of(text).casefold() in _WORDS.cues


DOC_EXAMPLES = [
    (
        "verdict",
        (
            "Ann Lee said the dam was leaking. "
            "Bo Park said talk of a leaking dam was misleading."
        ),
        "talk of a leaking dam was misleading",
    ),
    (
        "act_named",
        "Ann Lee argued that the tax was fair. The judge rejected this argument.",
        "this argument",
    ),
    (
        "question",
        (
            "Ann Lee asked Bo Park whether the ferry would stop in winter. "
            "Bo Park said the boats would sail all year."
        ),
        "the boats would sail all year",
    ),
    (
        "asked_about",
        (
            "Ann Lee said the mill had dumped waste into the river. "
            'Asked about the claim, the mill\'s owner said: "No."'
        ),
        "No.",
    ),
    ("cue", "The minister said fares would fall. The opposition denied it.", "it"),
    (
        "accused",
        (
            "Ann Lee accused Bo Park of lying about the levy. "
            "Bo Park said the levy figures were public."
        ),
        "the levy figures were public",
    ),
    (
        "judgment",
        (
            "Ann Lee accused the Hale Mill of dumping waste in the river. "
            "Inspectors found the Hale Mill had kept its waste out of the river."
        ),
        "the Hale Mill had kept its waste out of the river",
    ),
    (
        "named_party",
        (
            "Ann Lee said the bridge would close. "
            "Bo Park said Ann Lee had misread the report."
        ),
        "Ann Lee had misread the report",
    ),
    (
        "negation",
        (
            "The minister said fares would fall in spring. "
            "The opposition said fares would not fall."
        ),
        "fares would not fall",
    ),
    (
        "figures",
        (
            "Ann Lee said the depot employs 4,000 people. "
            "Bo Park said the depot employs 2,500 people."
        ),
        "the depot employs 2,500 people",
    ),
    (
        "denial_near",
        (
            "Ann Lee said the hotel chain had bought the pier. "
            "Bo Park said the chain did not own a yard of the seafront."
        ),
        "the chain did not own a yard of the seafront",
    ),
    (
        "went_on",
        (
            "Ann Lee said the new treaty is void. Bo Park rejected the idea. "
            "Bo Park said the treaties were signed in May."
        ),
        "the treaties were signed in May",
    ),
    (
        "relative",
        (
            "Ann Lee said the bus routes would be cut. "
            "Bo Park condemned the plan, which Tom Hale called a disgrace."
        ),
        "a disgrace",
    ),
    (
        "denial_first",
        (
            "Bo Park denied the report. "
            "The Courier reported that Bo Park had taken bribes."
        ),
        "the report",
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "answer"), DOC_EXAMPLES, ids=[e[0] for e in DOC_EXAMPLES]
)
def test_doc_example(rule: str, text: str, answer: str) -> None:
    """The examples of docs/responses.md, parsed whole: the answer's link is made by
    the rule the docs name."""
    found = {(a, r) for a, _, _, r in _parsed_links(text)}
    assert (answer, rule) in found


def test_responded_that_reports_a_claim_that_answers() -> None:
    """ "responded that ..." reports what was said (a claim the answer needs)."""
    text = (
        "Ann Lee said the levy was fair. Bo Park responded that the levy hurt farmers."
    )
    assert _parsed_links(text) == {
        ("the levy hurt farmers", "the levy was fair", ResponseKind.REBUTTAL, "cue")
    }


def test_disagreed_with_reports_a_claim_that_answers() -> None:
    """ "disagreed with these findings" is a claim pointing back at what was said."""
    text = "Ann Lee said the wells sit near springs. Bo Park disagreed with these findings."
    assert _parsed_links(text) == {
        ("these findings", "the wells sit near springs", ResponseKind.REBUTTAL, "cue")
    }


def test_docs_list_the_rules_in_their_order() -> None:
    """docs/responses.md lists the rules of the table in the order they are tried."""
    docs = Path(__file__).parents[2] / "docs" / "responses.md"
    listed = regex.findall(r"(?m)^\| \d++ \| `(\w++)` \|", docs.read_text("utf-8"))
    assert listed == [rule.name for rule in RULES]


def test_a_named_partys_refusal_points_at_its_last_claim() -> None:
    """ "criticized Ann Lee's refusal": the act noun and its owner point at the
    owner's last claim, past another party's claim."""
    text = (
        "Ann Lee said she would not meet the union. Tom Hale said the hall was "
        "booked. The council criticized Ann Lee's refusal."
    )
    assert _parsed_links(text) == {
        (
            "Ann Lee's refusal",
            "she would not meet the union",
            ResponseKind.CONDEMNATION,
            "cue",
        )
    }


def test_a_stance_word_of_the_content_gives_the_kind() -> None:
    """No cue: the content's stance word ("offensive") makes a condemnation."""
    text = (
        "Ann Lee accused Bo Park of lying about the levy. "
        "Bo Park said the claim was offensive."
    )
    assert _parsed_links(text) == {
        (
            "the claim was offensive",
            "Bo Park of lying about the levy",
            ResponseKind.CONDEMNATION,
            "accused",
        )
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The union said: "Nobody warned us." '
            "The mayor's office denied that the union had not been warned.",
            {
                (
                    "the union had not been warned",
                    "Nobody warned us.",
                    ResponseKind.DENIAL,
                    "cue",
                )
            },
            id="a-short-statement-is-answered",
        ),
        pytest.param(
            'The union said the ferry would stop. Ann Lee said: "Which?" '
            "The mayor's office denied it.",
            {("it", "the ferry would stop", ResponseKind.DENIAL, "cue")},
            id="a-word-that-says-nothing-is-passed-over",
        ),
    ],
)
def test_what_an_answered_claim_needs_to_say(
    text: str, expected: set[tuple[str, str, ResponseKind, str]]
) -> None:
    """A claim is answered when it says something: two words, one of them a content
    word ("Nobody warned us"); a lone "Which?" is passed over."""
    assert _parsed_links(text) == expected


def test_denied_any_wrongdoing_answers_the_accusation() -> None:
    """ "denied any wrongdoing" points back at the accusation, past a later claim of
    a third party."""
    text = (
        "The Lee campaign said its fundraising followed every rule. The Park "
        "campaign sent a letter alleging that the fundraising was improper. "
        "Hale said the fund raised 30 million dollars. "
        "The Lee campaign denied any wrongdoing."
    )
    assert _parsed_links(text) == {
        (
            "any wrongdoing",
            "the fundraising was improper",
            ResponseKind.DENIAL,
            "cue",
        )
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ann Lee said the depot would stay open. "
            "The union expressed concern that jobs could go.",
            {
                (
                    "jobs could go",
                    "the depot would stay open",
                    ResponseKind.CONCERN,
                    "cue",
                )
            },
            id="stance-cue-answers-the-claim-just-before",
        ),
        pytest.param(
            "Ann Lee said the depot would stay open.\n\nThe mayor spoke in May.\n\n"
            "The talks went on.\n\nThe union expressed concern that jobs could go.",
            set(),
            id="stance-cue-three-paragraphs-on-answers-nothing",
        ),
    ],
)
def test_a_stance_cue_answers_the_claim_just_before(
    text: str, expected: set[tuple[str, str, ResponseKind, str | None]]
) -> None:
    assert _parsed_links(text) == expected


def test_the_rule_goes_to_json_the_schema_and_the_html_view() -> None:
    text = "The minister said fares would fall. The opposition denied it."
    article = parse_article(text)
    [response] = article.responses
    assert response.rule == "cue"
    doc = to_dict(article)
    assert doc["responses"][0]["rule"] == "cue"
    assert from_dict(doc, Article) == article
    del doc["responses"][0]["rule"]  # JSON written before the field still loads
    assert from_dict(doc, Article).responses[0].rule is None
    defs = json_schema()["$defs"]
    schema = defs["Response"]
    # an optional name, written as a claim's rule is (a visible string or null)
    assert schema["properties"]["rule"] == defs["Claim"]["properties"]["rule"]
    assert {"type": "null"} in schema["properties"]["rule"]["anyOf"]
    assert "rule" not in schema["required"]
    assert "<small>rule cue</small>" in to_html(article)


@pytest.mark.parametrize(
    "intro",
    [
        "Responding to Ann Lee, Bo Park said",
        "In response to Lee's remarks, Bo Park said",
    ],
)
def test_the_party_a_response_cue_names_is_answered(intro: str) -> None:
    """ "Responding to Ann Lee": Ann Lee's last claim is answered, past a nearer claim
    of a third party."""
    text = (
        "Ann Lee said the fares were too high. Tom Hale said the buses were late. "
        f"{intro} prices had not risen since May."
    )
    assert _parsed_links(text) == {
        (
            "prices had not risen since May",
            "the fares were too high",
            ResponseKind.DENIAL,
            "cue",
        )
    }


@pytest.mark.parametrize(
    ("second", "answer", "kind"),
    [
        ('"That\'s not true," Bo Park said.', "That's not true", ResponseKind.DENIAL),
        ('"That\'s right," Bo Park said.', "That's right", ResponseKind.SUPPORT),
        (
            "Bo Park said that was simply false.",
            "that was simply false",
            ResponseKind.DENIAL,
        ),
    ],
)
def test_a_verdict_pointing_back_answers_the_claim_just_before(
    second: str, answer: str, kind: ResponseKind
) -> None:
    text = f"Ann Lee said the depot would close. {second}"
    assert _parsed_links(text) == {(answer, "the depot would close", kind, "verdict")}


def test_a_verdict_pointing_back_two_paragraphs_on_answers_nothing() -> None:
    text = (
        "Ann Lee said the depot would close.\n\nThe vote is in May.\n\n"
        'The board meets on Monday.\n\n"That\'s not true," Bo Park said.'
    )
    assert _parsed_links(text) == set()


@pytest.mark.parametrize(
    ("text", "first", "answer", "cue", "kind"),
    [
        pytest.param(
            "Ann Lee offered to fund the new library. Bo Park rejected the offer.",
            "to fund the new library",
            "the offer",
            "rejected",
            ResponseKind.OTHER,
            id="rejecting-an-offer-declines-it",
        ),
        pytest.param(
            "Ann Lee asked for a vote on the ferry. Bo Park dismissed her request.",
            "a vote on the ferry",
            "her request",
            "dismissed",
            ResponseKind.OTHER,
            id="dismissing-a-request-declines-it",
        ),
        pytest.param(
            "Ann Lee said the ferry would stop in May. Bo Park rejected the claim.",
            "the ferry would stop in May",
            "the claim",
            "rejected",
            ResponseKind.REBUTTAL,
            id="rejecting-a-claim-rebuts-it",
        ),
        pytest.param(
            "Ann Lee offered to fund the new library. Bo Park welcomed the offer.",
            "to fund the new library",
            "the offer",
            "welcomed",
            ResponseKind.SUPPORT,
            id="welcoming-an-offer-supports-it",
        ),
    ],
)
def test_a_dispute_of_what_was_asked_is_a_decline(
    text: str, first: str, answer: str, cue: str, kind: ResponseKind
) -> None:
    """Declining an offer, invitation or request is kind ``other`` (the guide's
    decline); disputing a statement stays a rebuttal."""
    claims = [
        _claim(text, "c1", "a1", first),
        _claim(text, "c2", "a2", answer, cue),
    ]
    [r] = find_responses(text, claims)
    assert (r.claim, r.responds_to, r.kind) == ("c2", "c1", kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ann Lee said the library would close in May. "
            "Bo Park vowed to stop Ann Lee closing the library.",
            set(),
            id="a-vow-to-act-answers-nothing",
        ),
        pytest.param(
            "Ann Lee said the library would close in May. "
            "Bo Park demanded to know whether Ann Lee had read the report.",
            set(),
            id="a-demand-to-know-answers-nothing",
        ),
        pytest.param(
            "Ann Lee said the library would close in May. "
            "Bo Park said Ann Lee was wrong about the library.",
            {
                (
                    "Ann Lee was wrong about the library",
                    "the library would close in May",
                    ResponseKind.REBUTTAL,
                    "named_party",
                )
            },
            id="a-statement-naming-the-party-answers",
        ),
    ],
)
def test_a_bare_infinitive_is_no_answer(
    text: str, expected: set[tuple[str, str, ResponseKind, str | None]]
) -> None:
    """A content opening on a bare to-infinitive reports what is wanted or vowed, no
    statement: no rule reads it as an answer."""
    assert _parsed_links(text) == expected


@pytest.mark.parametrize(
    ("content", "infinitive"),
    [
        ("to keep the library open", True),
        ("to know whether it shut", True),
        ("to the council that it shut", False),
        ("to their surprise it shut", False),
        ("To Ann Lee, it was over", False),
        ("tomorrow it shuts", False),
    ],
)
def test_what_reads_as_a_bare_infinitive(content: str, infinitive: bool) -> None:
    text = f"Bo Park said {content}."
    claim = _claim(text, "c1", "a1", content, "said")
    view = view_of(text, ResponseContext())
    assert Facts(0, claim, view).infinitive is infinitive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The town council voted to close the pier, a decision that dock workers "
            "called a betrayal of the town. The dockers' union said it would appeal "
            "the decision.",
            set(),
            id="an-act-judged-in-a-relative-clause-is-no-claim",
        ),
        pytest.param(
            "The board voted to shut the library, a decision which Ann Hale called "
            "a blow to the village. Tom Hale said he would fight the decision.",
            set(),
            id="an-act-judged-after-which-is-no-claim",
        ),
        pytest.param(
            "In its decision the town council said the pier would close. "
            "The dockers' union said it would appeal the decision.",
            {
                (
                    "it would appeal the decision",
                    "the pier would close",
                    ResponseKind.REBUTTAL,
                    "act_named",
                )
            },
            id="an-act-introducing-the-claim-is-named",
        ),
    ],
)
def test_an_act_named_is_a_claim_only_when_it_introduces_one(
    text: str, expected: set[tuple[str, str, ResponseKind, str | None]]
) -> None:
    assert _parsed_links(text) == expected


_PIER = "Ann Lee said the pier would be sold in May. "


@pytest.mark.parametrize(
    ("answer", "second", "linked"),
    [
        pytest.param(
            "Bo Park rejected the idea, calling it a blunder.",
            "it a blunder",
            True,
            id="pointing-back",
        ),
        pytest.param(
            "Bo Park rejected the idea, accusing her of ignoring the fishermen.",
            "her of ignoring the fishermen",
            True,
            id="naming-the-answered-party",
        ),
        pytest.param(
            "Bo Park rejected the idea, saying the pier was not for sale and "
            "suggesting that the town keep it.",
            "the town keep it",
            True,
            id="joined-to-the-answers-participle",
        ),
        pytest.param(
            "Bo Park rejected the idea and said the harbour was full of boats.",
            "the harbour was full of boats",
            False,
            id="a-finite-verb-is-a-new-act",
        ),
        pytest.param(
            "Bo Park expressed concern over the reports, calling the weather grim.",
            "the weather grim",
            False,
            id="nothing-in-common",
        ),
    ],
)
def test_a_participle_clause_goes_on_with_the_answer(
    answer: str, second: str, linked: bool
) -> None:
    text = _PIER + answer
    links = _parsed_links(text)
    mine = {(a, b) for a, b, _, rule in links if a == second and rule == "calling"}
    assert mine == ({(second, "the pier would be sold in May")} if linked else set())
    if linked:  # the first claim of the sentence is the answer it goes on from
        assert any(
            b == "the pier would be sold in May" for a, b, _, _ in links if a != second
        )


_HOTEL = "the chain did not own a yard of the seafront"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"Ann Lee said the hotel chain had bought the pier. Bo Park said {_HOTEL}.",
            {(_HOTEL, "the hotel chain had bought the pier")},
            id="fires",
        ),
        pytest.param(
            "Ann Lee said the hotel chain had bought the pier.\n\n"
            f"Bo Park said {_HOTEL}.",
            {(_HOTEL, "the hotel chain had bought the pier")},
            id="in-the-next-paragraph",
        ),
        pytest.param(
            "Ann Lee said the hotel chain had bought the pier. "
            "Bo Park said the weather was not good for boats.",
            set(),
            id="no-word-in-common",
        ),
        pytest.param(
            "Ann Lee said the hotel chain had bought the pier.\n\n"
            "The pier has stood since 1890.\n\nIts lamps were lit in May.\n\n"
            f"Bo Park said {_HOTEL}.",
            set(),
            id="two-paragraphs-on",
        ),
        pytest.param(
            f"Ann Lee vowed to sell the pier to the hotel chain. Bo Park said {_HOTEL}.",
            set(),
            id="an-intention-is-no-statement",
        ),
    ],
)
def test_a_denial_answers_the_claim_just_before_sharing_a_word(
    text: str, expected: set[tuple[str, str]]
) -> None:
    links = _parsed_links(text)
    assert {(a, b) for a, b, _, rule in links if rule == "denial_near"} == expected
    assert all(
        kind is ResponseKind.DENIAL for *_, kind, rule in links if rule == "denial_near"
    )


_BLAMED = (
    "Ann Lee blamed the harbour board for the losses of the pier. "
    "Ann Lee said the pier accounts would be kept in the town hall. "
)


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        pytest.param(
            "The mayor dismissed Ann Lee's accusations that the pier accounts were "
            "kept secret.",
            "the harbour board for the losses of the pier",
            id="named-accusations-are-the-claim-accusing",
        ),
        pytest.param(
            "The mayor dismissed Ann Lee's claims that the pier accounts were kept "
            "secret.",
            "the pier accounts would be kept in the town hall",
            id="named-claims-are-the-one-sharing-most",
        ),
    ],
)
def test_a_partys_accusations_named_by_a_possessive(answer: str, answered: str) -> None:
    links = _parsed_links(_BLAMED + answer)
    assert {(b, rule) for a, b, _, rule in links if a.startswith("Ann Lee's")} == {
        (answered, "cue")
    }


def test_a_response_cue_added_through_the_lexicons_links() -> None:
    """``Lexicons.extended(response_cues=...)`` reaches the responses stage: an
    invented cue makes a link that the shipped lists do not, and the default parser
    is left as it was."""
    text = (
        "Mayor Ann Lee said the ferry would run all winter. In rejoinder, harbour "
        "chief Bo Park said the ferry would stop in December."
    )
    lex = Lexicons.default().extended(response_cues=[("in rejoinder", "other")])
    linked = Parser(lexicons=lex).parse(text)
    assert [(r.claim, r.responds_to) for r in linked.responses] == [("c2", "c1")]
    (cue,) = [r.cue_span for r in linked.responses]
    assert cue is not None
    assert cue.of(text) == "In rejoinder"
    assert parse_article(text).responses == ()
    assert Parser().parse(text) == parse_article(text)


def test_find_responses_reads_the_lexicons_given() -> None:
    text = "Ann Lee said taxes rose. In rejoinder, Bo Park said taxes fell."
    claims = [
        Claim(id="c1", speaker="a1", content_span=Span(13, 23)),
        Claim(id="c2", speaker="a2", content_span=Span(52, 62)),
    ]
    lex = Lexicons.default().extended(response_cues=[("in rejoinder", "other")])
    assert find_responses(text, claims) == ()
    (found,) = find_responses(text, claims, lexicons=lex)
    assert (found.claim, found.responds_to) == ("c2", "c1")
