"""Attribution rules: tables of sentences with the spans each must yield."""

from __future__ import annotations

import itertools
import pickle
from typing import Any, NamedTuple

import attrs
import pytest

from newsclaims import parse_article
from newsclaims.lexicons import Lexicons
from newsclaims.model import ClaimMode, Span
from newsclaims.rules.claims.extract import (
    RULE_NAMES,
    ClaimCandidate,
    ClaimRules,
    default_rules,
)
from newsclaims.rules.text.layout import layout

RULES = default_rules()


class Case(NamedTuple):
    id: str
    text: str
    content: str
    speaker: str | None
    cue: str | None
    mode: ClaimMode = ClaimMode.INDIRECT
    parts: tuple[str, ...] = ()


D, IND, M = ClaimMode.DIRECT, ClaimMode.INDIRECT, ClaimMode.MIXED

CASES = [
    # a quote inside what another cue reports is part of that claim
    Case(
        "quote-inside-a-reported-clause",
        'The nurses said the figures showed "a crisis the town can no longer ignore".',
        'the figures showed "a crisis the town can no longer ignore"',
        "The nurses",
        "said",
        M,
    ),
    # an acronym spelt like a function word is a name ("WHO", "US")
    Case(
        "tag-with-an-acronym-like-a-pronoun",
        '"Every town needs a clinic," WHO regional director Tomas Berg said.',
        "Every town needs a clinic",
        "WHO regional director Tomas Berg",
        "said",
        D,
    ),
    # an inverted tag naming an unnamed speaker by a plain noun
    Case(
        "inverted-tag-plain-noun",
        '"We will stay," said a farmer standing by the gate.',
        "We will stay",
        "a farmer",
        "said",
        D,
    ),
    Case(
        "inverted-tag-plain-noun-and-the-name-used",
        '"We will stay," said a farmer named Tomas Berg.',
        "We will stay",
        "a farmer named Tomas Berg",
        "said",
        D,
    ),
    Case(
        "inverted-tag-plain-noun-and-a-pseudonym",
        "\u201cHe is only doing this to split the union. That is the whole"
        " point of it,\u201d said a welder using the name Rook.",
        "He is only doing this to split the union. That is the whole point of it",
        "a welder using the name Rook",
        "said",
        D,
    ),
    # reported content ends at a participle cue of any frame (its own claim)
    Case(
        "content-ends-before-urging",
        "The mayor said the plan had failed, urging residents to stay calm.",
        "the plan had failed",
        "The mayor",
        "said",
    ),
    # a cue that takes a clause only after "that"
    Case(
        "ruled-that",
        "The judge ruled that the ban was illegal.",
        "the ban was illegal",
        "The judge",
        "ruled",
    ),
    # a document's speaker is whoever issued it
    Case(
        "document-issued-by-the-subject",
        "The water board issued a statement saying the pipes were safe.",
        "the pipes were safe",
        "The water board",
        "saying",
    ),
    Case(
        "document-put-out-by-the-subject",
        "Her office put out a brief statement saying the bridge was sound.",
        "the bridge was sound",
        "Her office",
        "saying",
    ),
    Case(
        "document-issued-by-a-subject-with-an-aside",
        "Ann Lee, who chairs the board, issued a statement saying the pipes were safe.",
        "the pipes were safe",
        "Ann Lee",
        "saying",
    ),
    Case(
        "document-issued-by-who",
        "The pipes were checked by Ann Lee, who issued a statement saying they were safe.",
        "they were safe",
        "who",
        "saying",
    ),
    # a tag between two quotes, after a quote that ends its sentence, opens the next
    Case(
        "tag-opens-the-next-quote",
        'The pipes were checked twice. "Every one of them held." '
        'Her report also read "the valves are worn and need replacing soon."',
        "the valves are worn and need replacing soon.",
        "Her",
        "read",
        D,
    ),
    Case(
        "document-of-its-owner",
        'Their statement read: "The fee is unfair to farmers."',
        "The fee is unfair to farmers.",
        "Their",
        "read",
        D,
    ),
    Case(
        "document-without-an-issuer-speaks",
        "A report said the pipes were unsafe.",
        "the pipes were unsafe",
        "A report",
        "said",
    ),
    # a participle's speaker is the sentence's subject, not the name nearest the cue
    Case(
        "participle-after-listed-objects",
        "The city council fined two firms, Acme Ltd and Bolt Inc, citing late fees.",
        "late fees",
        "The city council",
        "citing",
    ),
    # direct quotes and their tags
    Case(
        "quote-said-x",
        '"We will stay," said Ann Lee.',
        "We will stay",
        "Ann Lee",
        "said",
        D,
    ),
    Case(
        "quote-x-said",
        "\u201cWe will stay,\u201d the mayor said on Monday.",
        "We will stay",
        "the mayor",
        "said",
        D,
    ),
    Case(
        "quote-pronoun",
        "\u201cIt is over,\u201d she told reporters.",
        "It is over",
        "she",
        "told",
        D,
    ),
    Case(
        "quote-question",
        "\u201cWhy now?\u201d asked a senior official.",
        "Why now?",
        "a senior official",
        "asked",
        D,
    ),
    Case(
        "quote-appositive",
        "\u201cNo,\u201d Ann Lee, the mayor, said.",
        "No",
        "Ann Lee",
        "said",
        D,
    ),
    Case(
        "inverted-described",
        "\u201cNo deal,\u201d said union leader Ann Lee.",
        "No deal",
        "union leader Ann Lee",
        "said",
        D,
    ),
    Case(
        "tag-colon",
        "The minister said: \u201cWe will not pay.\u201d",
        "We will not pay.",
        "The minister",
        "said",
        D,
    ),
    Case(
        "tag-comma",
        "Ann Lee added, \u201cThat is all.\u201d",
        "That is all.",
        "Ann Lee",
        "added",
        D,
    ),
    Case(
        "headline-colon",
        "Ann Lee: \u201cWe will win\u201d",
        "We will win",
        "Ann Lee",
        None,
        D,
    ),
    Case(
        "two-apostrophes",
        "''It was a mistake,'' Mr. Lee said.",
        "It was a mistake",
        "Mr. Lee",
        "said",
        D,
    ),
    Case(
        "split",
        "\u201cWe tried,\u201d Ann Lee said, \u201cbut we failed.\u201d",
        "We tried,\u201d Ann Lee said, \u201cbut we failed.",
        "Ann Lee",
        "said",
        D,
        ("We tried", "but we failed."),
    ),
    Case(
        "split-sentence",
        "\u201cWe tried,\u201d she said. \u201cWe failed.\u201d",
        "We tried,\u201d she said. \u201cWe failed.",
        "she",
        "said",
        D,
        ("We tried", "We failed."),
    ),
    # reported speech
    Case(
        "said-that",
        "Ann Lee said that the talks had failed.",
        "the talks had failed",
        "Ann Lee",
        "said",
        IND,
    ),
    Case(
        "said-no-that",
        "The ministry said the talks had failed.",
        "the talks had failed",
        "The ministry",
        "said",
        IND,
    ),
    Case(
        "said-on-day",
        "Ann Lee said on Wednesday that prices would rise.",
        "prices would rise",
        "Ann Lee",
        "said",
        IND,
    ),
    Case(
        "said-in-statement",
        "The company said in a statement that it would appeal.",
        "it would appeal",
        "The company",
        "said",
        IND,
    ),
    Case(
        "title-name",
        "Foreign Minister Ann Lee revealed that talks were held.",
        "talks were held",
        "Foreign Minister Ann Lee",
        "revealed",
        IND,
    ),
    Case(
        "described",
        "A government spokesman stated that no troops were sent.",
        "no troops were sent",
        "A government spokesman",
        "stated",
        IND,
    ),
    Case(
        "told-y-that",
        "Ann Lee told reporters that the plan was dead.",
        "the plan was dead",
        "Ann Lee",
        "told",
        IND,
    ),
    Case(
        "appositive",
        "Ann Lee, the head of the union, said the strike would go on.",
        "the strike would go on",
        "Ann Lee",
        "said",
        IND,
    ),
    Case(
        "who-clause",
        "Ann Lee, who leads the union, said the strike would go on.",
        "the strike would go on",
        "Ann Lee",
        "said",
        IND,
    ),
    Case(
        "aux",
        "The mayor has repeatedly insisted that the budget is balanced.",
        "the budget is balanced",
        "The mayor",
        "insisted",
        IND,
    ),
    Case(
        "pronoun",
        "They clarified that the rules had not changed.",
        "the rules had not changed",
        "They",
        "clarified",
        IND,
    ),
    Case(
        "content-then-tag",
        "The economy will grow next year, the minister said.",
        "The economy will grow next year",
        "the minister",
        "said",
        IND,
    ),
    Case(
        "content-said-x",
        "The economy will grow next year, said Ann Lee.",
        "The economy will grow next year",
        "Ann Lee",
        "said",
        IND,
    ),
    Case(
        "content-tag-statement",
        "The plant will close, the company said in a statement.",
        "The plant will close",
        "the company",
        "said",
        IND,
    ),
    Case(
        "according-first",
        "According to the police, three people were hurt.",
        "three people were hurt",
        "the police",
        "According to",
        IND,
    ),
    Case(
        "according-last",
        "Three people were hurt, according to local officials.",
        "Three people were hurt",
        "local officials",
        "according to",
        IND,
    ),
    Case(
        "accused",
        "Ann Lee accused the mayor of lying about the budget.",
        "the mayor of lying about the budget",
        "Ann Lee",
        "accused",
        IND,
    ),
    Case(
        "urged",
        "The envoy urged both sides to return to talks.",
        "both sides to return to talks",
        "The envoy",
        "urged",
        IND,
    ),
    Case(
        "called-on",
        "The council called on residents to stay indoors.",
        "residents to stay indoors",
        "The council",
        "called on",
        IND,
    ),
    Case(
        "denied",
        "The ministry denied that troops had crossed the border.",
        "troops had crossed the border",
        "The ministry",
        "denied",
        IND,
    ),
    Case(
        "warned",
        "Economists warned that prices could rise.",
        "prices could rise",
        "Economists",
        "warned",
        IND,
    ),
    Case(
        "expressed-concern",
        "The union expressed concern over the new rules.",
        "the new rules",
        "The union",
        "expressed concern",
        IND,
    ),
    Case(
        "condemned",
        "The mayor condemned the attack on the embassy.",
        "the attack on the embassy",
        "The mayor",
        "condemned",
        IND,
    ),
    Case(
        "nominal",
        "Ann Lee\u2019s claim that the vote was rigged drew scorn.",
        "the vote was rigged drew scorn",
        "Ann Lee",
        "claim",
        IND,
    ),
    Case(
        "mixed",
        "Ann Lee said the plan was \u201ca disaster\u201d for the town.",
        "the plan was \u201ca disaster\u201d for the town",
        "Ann Lee",
        "said",
        M,
    ),
    Case(
        "mixed-that",
        "Ann Lee said that the plan was \u201ca total disaster.\u201d",
        "the plan was \u201ca total disaster.\u201d",
        "Ann Lee",
        "said",
        M,
    ),
    Case(
        "the-plural",
        "Many economists say growth will slow.",
        "growth will slow",
        "Many economists",
        "say",
        IND,
    ),
    # round two: speakers found by the walk back, new frames and rules
    Case(
        "share-of-voters",
        "Sixty percent of voters said the tax was unfair.",
        "the tax was unfair",
        "Sixty percent of voters",
        "said",
        IND,
    ),
    Case(
        "more-than-half",
        "More than half of the members said they would stay.",
        "they would stay",
        "More than half of the members",
        "said",
        IND,
    ),
    Case(
        "bracketed-party",
        "Sen. Ann Lee (D-Ore.) said the bill would pass.",
        "the bill would pass",
        "Sen. Ann Lee (D-Ore.)",
        "said",
        IND,
    ),
    Case(
        "after-subordinator",
        "The talks ended after the union announced it would strike.",
        "it would strike",
        "the union",
        "announced",
        IND,
    ),
    Case(
        "bare-weekday",
        "The mayor said Tuesday that the bridge would reopen.",
        "the bridge would reopen",
        "The mayor",
        "said",
        IND,
    ),
    Case(
        "infinitive",
        "The company wants to close two plants.",
        "to close two plants",
        "The company",
        "wants",
        IND,
    ),
    Case(
        "participle-after-clause",
        "Ann Lee walked out of the meeting, saying the plan was dead.",
        "the plan was dead",
        "Ann Lee",
        "saying",
        IND,
    ),
    Case(
        "called-object",
        "Ann Lee called the plan a disgrace.",
        "the plan a disgrace",
        "Ann Lee",
        "called",
        IND,
    ),
    Case(
        "infinitive-after-that-frame",
        "We decided to leave the city.",
        "to leave the city",
        "We",
        "decided",
        IND,
    ),
    Case(
        "claim-in-subordinate-clause",
        "When Ann Lee said the plan had failed, the talks ended.",
        "the plan had failed",
        "Ann Lee",
        "said",
        IND,
    ),
    Case(
        "reported-conditional",
        "Ann Lee told reporters that if the firm failed, she would sell her shares.",
        "if the firm failed, she would sell her shares",
        "Ann Lee",
        "told",
        IND,
    ),
    Case(
        "subordinate-mid-sentence",
        "Her standing, even after she criticized the governor, grew.",
        "the governor",
        "she",
        "criticized",
        IND,
    ),
    Case(
        "nominal-object-possessive",
        "Critics seized on Ann Lee's attacks on the press.",
        "the press",
        "Ann Lee",
        "attacks",
        IND,
    ),
    Case(
        "nominal-object-pronoun",
        "Her support for the bill, which passed, was decisive.",
        "the bill",
        "Her",
        "support",
        IND,
    ),
    Case(
        "nominal-object-infinitive",
        "The mayor's plan to close two schools angered parents.",
        "to close two schools angered parents",
        "The mayor",
        "plan",
        IND,
    ),
    Case(
        "wants-object-to",
        "She wants voters to know that she is with them.",
        "voters to know that she is with them",
        "She",
        "wants",
        IND,
    ),
    Case(
        "noun-after-and-does-not-cut",
        "Ann Lee said the firm sold the farm and posts which stood on it.",
        "the firm sold the farm and posts which stood on it",
        "Ann Lee",
        "said",
        IND,
    ),
    Case(
        "long-subject-before-that",
        "Research done for the state auditor last year showed that most of the"
        " funds were unspent.",
        "most of the funds were unspent",
        "Research done for the state auditor",
        "showed",
        IND,
    ),
    Case(
        "speaker-of-the-university-of",
        "Tom Reed of the University of Leeds, speaking to reporters, said,"
        " \u201cThe firm has to act.\u201d",
        "The firm has to act.",
        "Tom Reed of the University of Leeds",
        "said",
        D,
    ),
    Case(
        "pressed-object-to",
        "Ann Lee pressed the council to reopen the library.",
        "the council to reopen the library",
        "Ann Lee",
        "pressed",
        IND,
    ),
    Case(
        "evidence-verb-long-subject",
        "The latest polling in Ohio shows the race tightening.",
        "the race tightening",
        "The latest polling in Ohio",
        "shows",
        IND,
    ),
    Case(
        "participle-after-while",
        "Bo Park gave a mild assessment while saying that the speech reassured him.",
        "the speech reassured him",
        "Bo Park",
        "saying",
        IND,
    ),
    Case(
        "subject-before-and",
        "Ann Lee left and said that the plan had failed.",
        "the plan had failed",
        "Ann Lee",
        "said",
        IND,
    ),
    Case(
        "subject-before-to",
        "Ann Lee rose to say that the plan had failed.",
        "the plan had failed",
        "Ann Lee",
        "say",
        IND,
    ),
    Case(
        "cut-at-while",
        "Ann Lee said the plan would work, while critics were unsure.",
        "the plan would work",
        "Ann Lee",
        "said",
        IND,
    ),
    Case(
        "coordinated-subject",
        "Ann Lee and Bo Chan said the deal was off.",
        "the deal was off",
        "Ann Lee and Bo Chan",
        "said",
        IND,
    ),
]


def _one(case: Case) -> ClaimCandidate:
    found = list(RULES.extract(case.text))
    assert found, f"no claim in {case.text!r}"
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_claim(case: Case) -> None:
    c = _one(case)
    text = case.text
    assert c.content.of(text) == case.content
    assert (c.speaker.of(text) if c.speaker else None) == case.speaker
    assert (c.cue.of(text) if c.cue else None) == case.cue
    assert c.mode == case.mode
    assert tuple(p.of(text) for p in c.parts) == case.parts
    assert c.rule in RULE_NAMES


KNOWN_MISSES = [
    Case(
        "nominal-object-subject-runs-on",
        "The mayor's plan to close two schools angered parents.",
        "to close two schools",
        "The mayor",
        "plan",
        IND,
    ),
    Case(
        "irregular-main-verb",
        "Ann Lee left the meeting early, saying the plan was dead.",
        "the plan was dead",
        "Ann Lee",
        "saying",
        IND,
    ),
    Case(
        "tag-next-sentence",
        "\u201cWe are done.\u201d That was how Ann Lee put it.",
        "We are done.",
        "Ann Lee",
        "put",
        D,
    ),
    Case(
        "parenthetical-tag-whole",
        "The museum, Ann Lee said, is a gem.",
        "The museum, Ann Lee said, is a gem",
        "Ann Lee",
        "said",
        IND,
    ),
]


@pytest.mark.xfail(strict=True, reason="known miss")
@pytest.mark.parametrize("case", KNOWN_MISSES, ids=[c.id for c in KNOWN_MISSES])
def test_known_misses(case: Case) -> None:
    test_claim(case)


class TestChains:
    def test_participle_chain_shares_speaker(self) -> None:
        text = "The minister said prices would fall, adding that wages would rise."
        first, second = RULES.extract(text)
        assert first.content.of(text) == "prices would fall"
        assert second.content.of(text) == "wages would rise"
        assert second.cue is not None
        assert second.cue.of(text) == "adding"
        assert second.speaker == first.speaker

    def test_coordinated_cue(self) -> None:
        text = "Ann Lee said the vote was fair and added that she would stay."
        first, second = RULES.extract(text)
        assert first.content.of(text) == "the vote was fair"
        assert second.content.of(text) == "she would stay"
        assert second.speaker == first.speaker

    def test_floating_quote_borrows_speaker(self) -> None:
        text = (
            "\u201cWe will not move,\u201d Ann Lee said.\n\n"
            "\u201cThis is our land and we will stay here.\u201d"
        )
        first, second = RULES.extract(text)
        assert second.rule == "floating_quote"
        assert second.content.of(text) == "This is our land and we will stay here."
        assert second.speaker == first.speaker


class TestHedges:
    @pytest.mark.parametrize(
        "text",
        [
            "Officials said the plant may close.",
            "The ministry said the troops were reportedly withdrawn.",
            "Ann Lee said there could be more victims.",
        ],
        ids=["may", "reportedly", "could"],
    )
    def test_hedged(self, text: str) -> None:
        (c,) = RULES.extract(text)
        assert c.hedged

    def test_not_hedged(self) -> None:
        (c,) = RULES.extract("Officials said the plant will close.")
        assert not c.hedged


class TestContract:
    @pytest.mark.parametrize(
        "text",
        [
            "",
            " ",
            "\u201c",
            '"',
            "''",
            "\u201c\u201d",
            "said said said",
            "\n\n\u201c\n\u201d",
            "x" * 5000,
        ],
        ids=[
            "empty",
            "space",
            "open-mark",
            "straight",
            "apostrophes",
            "empty-quote",
            "cues",
            "marks-lines",
            "long-word",
        ],
    )
    def test_total(self, text: str) -> None:
        for c in RULES.extract(text):
            assert len(c.content) > 0

    def test_text_order_and_no_overlap(self) -> None:
        text = (
            "\u201cA b c,\u201d Ann Lee said. Bo Chan said that d e f. "
            "According to the police, g h i. \u201cJ k,\u201d he added, \u201cl m.\u201d"
        )
        found = RULES.extract(text)
        assert len(found) == 4
        starts = [c.content.start for c in found]
        assert starts == sorted(starts)
        for a, b in itertools.pairwise(found):
            assert a.content.end <= b.content.start
        for c in found:
            for p in c.parts:
                assert c.content.contains(p)

    def test_prefix_shifts_spans(self) -> None:
        text = "Ann Lee said that the talks had failed."
        base = RULES.extract(text)
        shifted = RULES.extract("Xyz. " + text)
        assert [c.content.shift(5) for c in base] == [c.content for c in shifted]

    def test_layout_given_or_computed(self) -> None:
        """The rules read the layout they are given (the parser's, computed once),
        else their own; a layout of another text is refused."""
        text = 'Ann Lee said that the talks had failed. "We tried," Bo Park said.'
        lay = layout(text, Lexicons.default())
        assert RULES.extract(text, layout=lay) == RULES.extract(text)
        assert len(RULES.extract(text)) == 2
        one = attrs.evolve(lay, sentences=(Span(0, len(text)),))
        assert RULES.extract(text, layout=one) != RULES.extract(text)
        with pytest.raises(ValueError, match="another text"):
            RULES.extract(text, layout=layout(text + " ", Lexicons.default()))

    def test_pickle_and_custom_lexicons(self) -> None:
        rules = ClaimRules(Lexicons.default().extended(cue_verbs=["opine"]))
        again = pickle.loads(pickle.dumps(rules))
        text = "Ann Lee opined that the plan was bad."
        (c,) = again.extract(text)
        assert c.cue is not None
        assert c.cue.of(text) == "opined"
        assert default_rules().extract(text) == ()


def test_seed_article_claims_and_speakers(seed_gold: dict[str, Any]) -> None:
    """Every non-optional seed claim is found, with the gold speaker span."""
    text, gold = seed_gold["text"], seed_gold["claims"]
    found = RULES.extract(text)
    for g in gold:
        if g["optional"]:
            continue
        gs, ge = g["content_span"]
        hits = [c for c in found if c.content.start < ge and gs < c.content.end]
        assert hits, f"missed {text[gs:ge]!r}"
        ss, se = g["speaker_span"]
        assert hits[0].speaker is not None
        assert hits[0].speaker.of(text) == text[ss:se]


@pytest.mark.parametrize(
    "text",
    [
        "He ruled the country for 30 years.",
        "The court ruled against the first plan.",
        "The judge ruled the ban was illegal.",
    ],
)
def test_that_only_cue_needs_that(text: str) -> None:
    assert not [c for c in RULES.extract(text) if c.cue and c.cue.of(text) == "ruled"]


@pytest.mark.parametrize(
    "text",
    [
        "The firm made the post unavailable to view in the region only.",
        "Ann Lee was unable to say whether the plan had failed.",
    ],
    ids=["unavailable-to-view", "unable-to-say"],
)
def test_possibility_after_able_is_no_claim(text: str) -> None:
    assert RULES.extract(text) == ()


def test_coordinated_cue_after_a_described_subject() -> None:
    """The subject pattern reads no plain adjective ("tenants' group"); the speaker of
    the sentence's first cue, read back from it, speaks the coordinated claim too."""
    text = (
        "On Monday, the tenants' group River Homes Trust said the rent rose, "
        "and urged the landlord to freeze it."
    )
    found = {c.rule: c for c in RULES.extract(text)}
    c, first = found["coordinated_cue"], found["speaker_cue_content"]
    assert c.content.of(text) == "the landlord to freeze it"
    assert c.speaker is not None
    assert c.speaker == first.speaker
    assert c.speaker.of(text).endswith("River Homes Trust")


def test_relative_which_speaks_for_the_body_before_it() -> None:
    text = (
        "The mayor was sued by the Daily Courier, which reported that he took bribes."
    )
    (c,) = RULES.extract(text)
    assert c.speaker is not None
    assert c.speaker.of(text) == "which"
    assert c.content.of(text) == "he took bribes"
    article = parse_article(text)
    speaker = article.actor(article.claims[0].speaker or "")
    assert speaker is not None
    assert speaker.name == "Daily Courier"


def test_relative_which_after_a_document_is_its_issuer() -> None:
    text = (
        "Acme released a short statement which read, in part, "
        '"This ruling raises serious questions about the rights of every worker."'
    )
    (c,) = RULES.extract(text)
    assert c.speaker is not None
    assert c.speaker.of(text) == "Acme"


def test_complement_of_a_plain_noun_is_no_speaker() -> None:
    """ "The capture of X and Y signals ...": the walker stops at "and", but what it
    reads is the complement of "capture", which speaks for nobody."""
    text = "The capture of Chinese and Korean soldiers within the region signals a war."
    assert RULES.extract(text) == ()
    kept = "The cities of Northfield and Eastbrook said they would close the parks."
    (c,) = RULES.extract(kept)
    assert c.content.of(kept) == "they would close the parks"


@pytest.mark.parametrize(
    "text",
    [
        '"We will insist," said Ann Lee, the spokeswoman.',
        '"That is what we believe," said Bo Park.',
        '"We will respond," said Cara Diaz.',
    ],
    ids=["insist", "believe", "respond"],
)
def test_a_cue_inside_a_quote_reports_nothing_past_it(text: str) -> None:
    """Only the quotation is a claim: the cue inside it does not read past the mark."""
    found = RULES.extract(text)
    assert [c.rule for c in found] == ["quote_then_tag"]
    assert all(not c.content.of(text).startswith('"') for c in found)


def test_responded_takes_a_clause_after_that_only() -> None:
    text = "The mayor responded that the figures were wrong."
    (c,) = RULES.extract(text)
    assert c.content.of(text) == "the figures were wrong"
    assert RULES.extract("The mayor responded quickly to the fire.") == ()
