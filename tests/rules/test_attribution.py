"""Attribution types: what a claim attributes (said, believed, known, intended, seen)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newsclaims import AttributionType, parse_article
from newsclaims.lexicons import ATTRIBUTION_TYPES, Lexicons, inflect
from newsclaims.rules.claims.attribution import AttributionTable

A = AttributionType


class Case(NamedTuple):
    id: str
    text: str
    cue: str
    kind: AttributionType


CASES = [
    Case("said", "Orla Finch said the ferry would sail at noon.", "said", A.ASSERTION),
    Case("denied", "Orla Finch denied that the ferry was late.", "denied", A.ASSERTION),
    Case("according-to", "According to Orla Finch, the ferry is late.", "According to", A.ASSERTION),
    Case("quote", '"The ferry is late," Orla Finch thought.', "thought", A.ASSERTION),
    Case("thinks", "Orla Finch thinks the ferry will be late.", "thinks", A.BELIEF),
    Case("believes", "Dov Amsel believes the levy is unfair.", "believes", A.BELIEF),
    Case("fears", "Dov Amsel fears the levy will rise.", "fears", A.BELIEF),
    Case("seen-as", "The levy is widely seen as unfair.", "is widely seen as", A.BELIEF),
    Case("expected", "The levy is expected to rise in spring.", "is expected", A.BELIEF),
    Case("supported", "Senator Dov Amsel supported the levy.", "supported", A.BELIEF),
    Case("knows", "Dov Amsel knows the levy will pass.", "knows", A.KNOWLEDGE),
    Case("found", "The audit found that the levy was misspent.", "found", A.KNOWLEDGE),
    Case("showed", "The survey showed that most riders were pleased.", "showed", A.KNOWLEDGE),
    Case("learned", "Dov Amsel learned that the ferry had sunk.", "learned", A.KNOWLEDGE),
    Case("revealed", "The ledger revealed that the levy was misspent.", "revealed", A.KNOWLEDGE),
    Case("plans", "Orla Finch plans to sell the ferry.", "plans", A.INTENTION),
    Case("wants", "Orla Finch wants the council to buy the ferry.", "wants", A.INTENTION),
    Case("hopes", "Orla Finch hopes the ferry will sail again.", "hopes", A.INTENTION),
    Case("decided", "The board decided to sell the ferry.", "decided", A.INTENTION),
    # Speech acts that direct or commit (urge, demand, call on, promise, vow, pledge,
    # threaten) report what the source wants done: intention, unless quoted.
    Case("urged", "The warden urged hikers to stay off the ridge.", "urged", A.INTENTION),
    Case("demanded", "Dock workers demanded that the pier stay open.", "demanded", A.INTENTION),
    Case("called-on", "Orla Finch called on the board to resign.", "called on", A.INTENTION),
    Case("promised", "Orla Finch promised that the ferry would sail.", "promised", A.INTENTION),
    Case("vowed", "The harbour master vowed to rebuild the pier.", "vowed", A.INTENTION),
    # A verb of saying with an object and a to-infinitive directs someone to act
    # (asked, told, ordered, requested ... Y to): intention, active or passive.
    Case("asked-to", "The warden asked hikers to stay off the ridge.", "asked", A.INTENTION),
    Case("told-to", "The warden told the hikers to turn back.", "told", A.INTENTION),
    Case("ordered-to", "The court ordered the ferry firm to refund fares.", "ordered", A.INTENTION),
    Case("were-told-to", "Hikers were told to stay off the ridge.", "were told to", A.INTENTION),
    Case("told-that", "The warden told the hikers that the ridge was closed.", "told", A.ASSERTION),
    Case("asked-whether", "The warden asked the hikers whether the ridge was closed.", "asked", A.ASSERTION),
    Case("is-said-to", "The ridge is said to be unsafe.", "is said", A.ASSERTION),
    Case("quoted-promise", '"We will sail," Orla Finch promised.', "promised", A.ASSERTION),
    Case("quoted-demand", '"Open the pier," the workers demanded.', "demanded", A.ASSERTION),
    Case("saw", "Dov Amsel saw that the ferry was sinking.", "saw", A.PERCEPTION),
    Case("seems", "The ferry seems likely to sink.", "seems", A.PERCEPTION),
    Case("appeared", "The captain appeared to waver.", "appeared", A.PERCEPTION),
    # A cue in the infinitive of an attitude verb takes that verb's type:
    Case("seemed-to-admit", "The captain seemed to admit that the ferry sank.", "admit", A.PERCEPTION),
    Case("appeared-to-deny", "The captain appeared to deny that the ferry sank.", "deny", A.PERCEPTION),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_attribution_type(case: Case) -> None:
    art = parse_article(case.text)
    [claim] = art.claims
    assert claim.cue_span is not None
    assert claim.cue_span.of(case.text) == case.cue
    assert claim.attribution is case.kind


@pytest.mark.parametrize(
    "text",
    [
        "Dov Amsel found himself in a row over the levy.",
        "The captains found themselves stuck at the pier.",
        "Orla Finch showed up late to the hearing.",
        "Orla Finch showed off the new ferry.",
        "Orla Finch found the keys under the mat.",  # a person finding a thing
        "Dov Amsel discovered an old map in the attic.",
        "She found a seat near the door.",
        "The ferry continued across the bay.",  # narration
        "Dov Amsel maintains a small boat on the lake.",  # 'maintain' + a thing
        "Orla Finch will be sworn in as harbour master on Monday.",  # a ceremony
    ],
)
def test_reflexive_and_phrasal_finding_is_no_attribution(text: str) -> None:
    assert parse_article(text).claims == ()


@pytest.mark.parametrize(
    "text",
    [
        "Dov Amsel found out that the levy was misspent.",
        "Dov Amsel found the levy was misspent.",  # a clause
        "The audit found serious flaws in the levy.",  # a document finds a thing
        "Dov Amsel maintained that the levy was fair.",
    ],
)
def test_findings_are_still_claims(text: str) -> None:
    [claim] = parse_article(text).claims
    assert claim.cue_span is not None


class TestTable:
    table = AttributionTable(Lexicons.default())

    @pytest.mark.parametrize(
        ("cue", "kind"),
        [
            ("said", A.ASSERTION),
            ("pointed out", A.ASSERTION),
            ("was asked about", A.ASSERTION),
            ("is seen as", A.BELIEF),
            ("are widely expected", A.BELIEF),
            ("plans", A.INTENTION),
            ("plan", A.INTENTION),  # the noun: "the plan to"
            ("findings", A.KNOWLEDGE),
            ("seemed", A.PERCEPTION),
            ("no such cue", A.ASSERTION),
            ("", A.ASSERTION),
        ],
    )
    def test_lookup(self, cue: str, kind: AttributionType) -> None:
        assert self.table.lookup(cue) is kind

    def test_an_extra_verb_is_an_assertion_unless_typed(self) -> None:
        lex = Lexicons.default().extended(cue_verbs=["opine"])
        assert AttributionTable(lex).lookup("opined") is A.ASSERTION


def test_lexicon_types_are_known() -> None:
    lex = Lexicons.default()
    assert {v.attribution for v in lex.cue_verbs} == set(ATTRIBUTION_TYPES)
    assert {t for _, t in lex.attribution_words} <= set(ATTRIBUTION_TYPES) - {
        "assertion"
    }
    assert set(ATTRIBUTION_TYPES) == {t.value for t in AttributionType}


def test_attribution_words_are_cue_words() -> None:
    """Every row of attribution_words.tsv types a word some rule reads as a cue."""
    lex = Lexicons.default()
    cue_words = (
        lex.cue_nouns
        | {n for n, _ in lex.cue_noun_objects}
        | {w for w, _ in lex.belief_cues}
        | {f"{w} as" for w, kind in lex.belief_cues if kind == "as"}
    )
    raising = {w for w, kind in lex.belief_cues if kind == "verb"}
    for word, _ in lex.attribution_words:
        assert word in cue_words or word in raising, word
        if word in raising:
            assert inflect(word)[0] in AttributionTable(lex).types
