"""Attribution constructions of round three: mixed quotes, line tags, beliefs, passives.

Each case names the cue of the claim it checks (a sentence may hold several claims).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newsclaims.model import ClaimMode
from newsclaims.rules.claims.extract import RULE_NAMES, ClaimCandidate, default_rules

RULES = default_rules()

D, IND, M = ClaimMode.DIRECT, ClaimMode.INDIRECT, ClaimMode.MIXED


class Case(NamedTuple):
    id: str
    text: str
    cue: str
    content: str
    speaker: str | None
    mode: ClaimMode = IND
    parts: tuple[str, ...] = ()


def _by_cue(text: str, cue: str) -> ClaimCandidate:
    found = [
        c for c in RULES.extract(text) if c.cue is not None and c.cue.of(text) == cue
    ]
    assert found, f"no claim with cue {cue!r} in {text!r}: {RULES.extract(text)}"
    return found[0]


def _check(case: Case) -> None:
    c = _by_cue(case.text, case.cue)
    text = case.text
    assert c.content.of(text) == case.content
    assert (c.speaker.of(text) if c.speaker else None) == case.speaker
    assert c.mode == case.mode
    assert tuple(p.of(text) for p in c.parts) == case.parts
    assert c.rule in RULE_NAMES


CASES = [
    # a quantifier after the cue is content, not a place ("said at a rally")
    Case(
        "said-at-least",
        "Rescuers said at least 40 people were missing.",
        "said",
        "at least 40 people were missing",
        "Rescuers",
    ),
    Case(
        "said-at-a-place",
        "Ann Lee said at a rally that taxes would fall.",
        "said",
        "taxes would fall",
        "Ann Lee",
    ),
    # a quotation inside reported speech is one mixed claim
    Case(
        "object-then-quote",
        "Ann Lee, the mayor, called the plan \u201ca disgrace.\u201d",
        "called",
        "the plan \u201ca disgrace.\u201d",
        "Ann Lee",
        M,
    ),
    Case(
        "that-then-quote",
        'Bo Chan declared that "we will not move" from the square.',
        "declared",
        '"we will not move" from the square',
        "Bo Chan",
        M,
    ),
    Case(
        "quote-then-clause",
        'On Monday, Ann Lee said "local forces" must lead the fight.',
        "said",
        '"local forces" must lead the fight',
        "Ann Lee",
        M,
    ),
    Case(
        "clause-into-tagged-quote",
        'The vote is a "historic mistake," said Bo Chan.',
        "said",
        'The vote is a "historic mistake,"',
        "Bo Chan",
        M,
    ),
    Case(
        "addressee-then-quote-stays-direct",
        "He told reporters \u201cwe will win.\u201d",
        "told",
        "we will win.",
        "He",
        D,
    ),
    Case(
        "tag-opens-reported-clause",
        "\u201cIt was a show,\u201d Ann Lee said the talks were over.",
        "said",
        "the talks were over",
        "Ann Lee",
    ),
    # a participle after a quote's tag
    Case(
        "participle-after-tag",
        '"It is over," she said, adding that "nothing" would change.',
        "adding",
        '"nothing" would change',
        "she",
        M,
    ),
    Case(
        "participle-after-tag-before-quote",
        'Ann Lee said, "We will stay," also noting, "the law is clear."',
        "noting",
        "the law is clear.",
        "Ann Lee",
        D,
    ),
    Case(
        "participle-colon-subject",
        "The spokesman said no call was planned, adding: \u201cWe would consider it.\u201d",
        "adding",
        "We would consider it.",
        "The spokesman",
        D,
    ),
    Case(
        "colon-closing-paragraph",
        "Then Ann Lee continued:\n\n\u201cYou look at the questions and laugh.\u201d",
        "continued",
        "You look at the questions and laugh.",
        "Ann Lee",
        D,
    ),
    # the subject of a coordinated or purpose clause speaks
    Case(
        "coordinated-verb",
        "He congratulated her on the win and praised her campaign.",
        "praised",
        "her campaign",
        "He",
    ),
    Case(
        "purpose-infinitive",
        "Ann Lee used her speech to call the plan a fraud.",
        "call",
        "the plan a fraud",
        "Ann Lee",
    ),
    # lines headed by a speaker
    Case(
        "colon-headline",
        "Ann Lee: The Plan Has \u2018Failed\u2019 Voters\n\nThe mayor spoke on Monday.",
        ":",
        "The Plan Has \u2018Failed\u2019 Voters",
        "Ann Lee",
        M,
    ),
    Case(
        "transcript-answer",
        "A: We went home and nobody called us.",
        ":",
        "We went home and nobody called us",
        "A",
    ),
    Case(
        "title-case-headline",
        "Governor Ann Lee Says Budget Talks Have Failed\n\nThe governor spoke.",
        "Says",
        "Budget Talks Have Failed",
        "Governor Ann Lee",
    ),
    # beliefs and appearances: subject and complement, nobody named
    Case(
        "seems-to",
        "In the end, the council seemed to accept the plan.",
        "seemed",
        "the council seemed to accept the plan",
        None,
        parts=("the council", "to accept the plan"),
    ),
    Case(
        "is-expected-to",
        "The central bank is expected to cut rates again.",
        "is expected",
        "The central bank is expected to cut rates again",
        None,
        parts=("The central bank", "to cut rates again"),
    ),
    Case(
        "seen-as",
        "The deal was widely seen as a win for the union.",
        "was widely seen as",
        "The deal was widely seen as a win for the union",
        None,
        parts=("The deal", "a win for the union"),
    ),
    Case(
        "it-appears-that",
        "It appears that the talks have stalled.",
        "appears",
        "that the talks have stalled",
        None,
    ),
    Case(
        "passive-by-agent",
        "The plan was sharply criticized by several economists.",
        "was sharply criticized by",
        "The plan",
        "several economists",
    ),
    Case(
        "passive-charge",
        "On Friday, the officer was charged with manslaughter.",
        "was charged with",
        "the officer was charged with manslaughter",
        None,
        parts=("the officer", "manslaughter"),
    ),
    Case(
        "asked-question",
        "Asked whether she would run again, Ann Lee smiled.",
        "Asked",
        "whether she would run again",
        None,
    ),
    Case(
        "when-asked",
        '"Never," Bo Chan said when asked about the merger.',
        "asked about",
        "the merger",
        None,
    ),
    # "according to" anywhere in the sentence
    Case(
        "according-to-before-aside",
        "Prices rose by half, according to a new survey released on Friday.",
        "according to",
        "Prices rose by half",
        "a new survey released on Friday",
    ),
    Case(
        "according-to-mid-sentence",
        "Now, according to the latest poll, most voters are undecided.",
        "according to",
        "most voters are undecided",
        "the latest poll",
    ),
    Case(
        "according-to-outer-claim",
        "The company declined to renew the deal, according to two executives.",
        "according to",
        "The company declined to renew the deal",
        "two executives",
    ),
    # speakers
    Case(
        "contracted-pronoun",
        "The trains ran late, which they\u2019ve said was caused by a shortage of drivers.",
        "said",
        "was caused by a shortage of drivers",
        "they",
    ),
    Case(
        "adverb-between",
        "Ann Lee however said she would stay.",
        "said",
        "she would stay",
        "Ann Lee",
    ),
    Case(
        "noun-in-ly",
        "An assembly of foreign ministers denounced the agreement.",
        "denounced",
        "the agreement",
        "An assembly of foreign ministers",
    ),
    Case(
        "object-of-quoted-word",
        'He accused the network of "swindling" its viewers.',
        "accused",
        'the network of "swindling" its viewers',
        "He",
        M,
    ),
    Case(
        "participle-between-speaker-and-cue",
        "Ann Lee, speaking to reporters, called the deal \u201cnull and void.\u201d",
        "called",
        "the deal \u201cnull and void.\u201d",
        "Ann Lee",
        M,
    ),
    Case(
        "poll-preposition",
        "In a new poll, 40 percent of voters said the economy is weak.",
        "In",
        "40 percent of voters said the economy is weak",
        "a new poll",
    ),
    Case(
        "statement-read",
        'Their statement also read "the ruling violates our rights."',
        "read",
        "the ruling violates our rights.",
        "Their",  # the statement's owner speaks (resolved like any pronoun)
        D,
    ),
    # round four
    Case(
        "progressive-cue",
        "The senator is insisting that the vote was fair.",
        "insisting",
        "the vote was fair",
        "The senator",
    ),
    Case(
        "that-is-the-subject",
        "The council insisted that was never part of the deal.",
        "insisted",
        "that was never part of the deal",
        "The council",
    ),
    Case(
        "relative-who-ends-object",
        "Ann Lee cited the judge, who ruled against her last year.",
        "cited",
        "the judge",
        "Ann Lee",
    ),
    Case(
        "manner-verb-tag",
        '"Sit down," the chairman barked.',
        "barked",
        "Sit down",
        "the chairman",
        D,
    ),
    Case(
        "phrasal-manner-tag",
        '"You lost," Bo Chan shot back.',
        "shot back",
        "You lost",
        "Bo Chan",
        D,
    ),
    Case(
        "tag-with-named-addressee",
        "The bridge will stay shut until June, a city spokesman told the Daily Star.",
        "told",
        "The bridge will stay shut until June",
        "a city spokesman",
    ),
    Case(
        "tag-with-plain-addressee-and-time",
        "The bridge will stay shut until June, the mayor told reporters on Monday.",
        "told",
        "The bridge will stay shut until June",
        "the mayor",
    ),
    Case(
        "time-between-speaker-and-cue",
        "Sen. Ann Lee (D-Ohio) last week said the budget was not balanced.",
        "said",
        "the budget was not balanced",
        "Sen. Ann Lee (D-Ohio)",
    ),
    # a plural head after a quote's comma names the speaking group, whatever
    # words describe it (none of them a known role or modifier)
    Case(
        "quote-then-plural-group",
        '"Open the pier," the dock workers said.',
        "said",
        "Open the pier",
        "the dock workers",
        D,
    ),
    # a noun of saying and a copula: "X's response was that ..."
    Case(
        "nominal-response-was-that",
        "Bo Park's response was that the ferry had passed every test.",
        "response",
        "the ferry had passed every test",
        "Bo Park",
    ),
    Case(
        "nominal-claim-is-that",
        "Ann Lee's claim is that the pier was sold too cheaply.",
        "claim",
        "the pier was sold too cheaply",
        "Ann Lee",
    ),
    Case(
        "quote-then-plural-group-aux",
        '"Keep the ferry," the angry islanders have repeatedly said.',
        "said",
        "Keep the ferry",
        "the angry islanders",
        D,
    ),
    # A verb of saying takes no second verb of saying after it: the first is a noun.
    Case(
        "noun-like-cue-before-said",
        "A Harbour Board report said the port would close.",
        "said",
        "the port would close",
        "A Harbour Board report",
    ),
    Case(
        "noun-like-cue-then-role-before-said",
        "A Harbour Board press officer said the port would close.",
        "said",
        "the port would close",
        "A Harbour Board press officer",
    ),
    Case(
        "verb-then-plural-subject-of-said",
        "Bo Park claims officials said the port would close.",
        "claims",
        "officials said the port would close",
        "Bo Park",
    ),
    # A short prepositional phrase may stand between the cue and its "that".
    Case(
        "phrase-between-cue-and-that",
        "Ann Lee wrote on social media that she would resign.",
        "wrote",
        "she would resign",
        "Ann Lee",
    ),
    Case(
        "place-and-day-between-cue-and-that",
        "Ann Lee said in Harwick on Tuesday that she would resign.",
        "said",
        "she would resign",
        "Ann Lee",
    ),
    Case(
        "place-after-time",  # a known miss before the phrase-before-"that" rule
        "Bo Chan said Monday in Austin that turnout would be high.",
        "said",
        "turnout would be high",
        "Bo Chan",
    ),
    # A capitalised function word between a name's words is part of the name.
    Case(
        "function-word-inside-a-name",
        "Pilots Without Frontiers said the case showed how the rules were used.",
        "said",
        "the case showed how the rules were used",
        "Pilots Without Frontiers",
    ),
    Case(
        "preposition-inside-a-name",
        "Partners In Harbour Care said the clinic would close.",
        "said",
        "the clinic would close",
        "Partners In Harbour Care",
    ),
    # "long" stands between an auxiliary and the cue: "has long said".
    Case(
        "has-long-said",
        "The port authority has long said it wants calm on the quays.",
        "said",
        "it wants calm on the quays",
        "The port authority",
    ),
    # A date's comma ("June 3, 2021") closes no "according to" source.
    Case(
        "according-to-a-dated-source-first",
        "According to a June 3, 2021 harbour report, the port will close.",
        "According to",
        "the port will close",
        "a June 3, 2021 harbour report",
    ),
    Case(
        "according-to-a-dated-source-last",
        "The port will close, according to a June 3, 2021 harbour report.",
        "according to",
        "The port will close",
        "a June 3, 2021 harbour report",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_construction(case: Case) -> None:
    _check(case)


NO_CLAIM = [
    (
        "that-as-a-determiner-after-a-phrase",
        "The tribunal wrote on the merits of that ruling by the harbour board.",
        "wrote",
    ),
    ("noun-attacks", "The recent terror attacks changed the campaign.", "attacks"),
    ("noun-attack", "Ann Lee unleashed a harsh attack on the mayor.", "attack"),
    ("nested-in-quote", '"I think we won," Ann Lee said.', "think"),
    ("label-line", "Update: The story was corrected on Monday.", ":"),
    ("tally-line", "Pledged: 781.", ":"),
    ("appeared-on-air", "She appeared on television on Sunday.", "appeared"),
    ("plain-passive", "He was killed in the attack.", "was killed"),
    (
        "response-to-a-thing",
        "The council's response was slow, and the storm was worse than that.",
        "response",
    ),
]


@pytest.mark.parametrize(
    ("text", "cue"), [c[1:] for c in NO_CLAIM], ids=[c[0] for c in NO_CLAIM]
)
def test_no_claim(text: str, cue: str) -> None:
    assert all(c.cue is None or c.cue.of(text) != cue for c in RULES.extract(text))


def test_addressee_is_no_content() -> None:
    text = '"It is over," he told the AP.'
    (c,) = RULES.extract(text)
    assert c.rule == "quote_then_tag"
    assert c.content.of(text) == "It is over"


def test_one_cue_one_claim() -> None:
    text = '"It is over," Ann Lee said, adding that the talks had failed.'
    cues = [c.cue.of(text) for c in RULES.extract(text) if c.cue is not None]
    assert cues == ["said", "adding"]


def test_floating_quote_keeps_the_quoted_speaker() -> None:
    text = (
        '"We will stay," Ann Lee said in Concord, where he declined to comment. '
        '"This is our town and we like it here."'
    )
    last = RULES.extract(text)[-1]
    assert last.rule == "floating_quote"
    assert last.speaker is not None
    assert last.speaker.of(text) == "Ann Lee"


KNOWN_MISSES = [
    Case(
        "quantity-subject-participle",
        "A number of senators condemned the order, citing its cost.",
        "citing",
        "its cost",
        "A number of senators",
    ),
    Case(
        "relative-object",
        "It was not what the mayor had in mind.",
        "had in mind",
        "what",
        "the mayor",
    ),
    Case(
        "naming-cue-ends-at-quote",
        'The mayor called the plan "a fraud" and left the room.',
        "called",
        'the plan "a fraud"',
        "The mayor",
        M,
    ),
    Case(
        "nominal-statement-colon",
        "Ann Lee made the following comment:\n\n\u201cWe are not done.\u201d",
        "made the following comment:",
        "We are not done.",
        "Ann Lee",
        D,
    ),
]


@pytest.mark.xfail(strict=True, reason="known miss")
@pytest.mark.parametrize("case", KNOWN_MISSES, ids=[c.id for c in KNOWN_MISSES])
def test_known_misses(case: Case) -> None:
    _check(case)


BUGS_CAUGHT = [
    # a capitalised speaker after a sentence-final quote is a new sentence, not a tag
    (
        "quote-ends-sentence",
        'He called her "the best." She also said, without proof, that "they" lied.',
        "said",
    ),
    # an appositive ", who ..." after an inverted tag is no reported clause
    (
        "inverted-tag-relative",
        '"We won," said Tom Burke, who came from Ohio to march.',
        "said",
    ),
]


@pytest.mark.parametrize(
    ("text", "cue"), [b[1:] for b in BUGS_CAUGHT], ids=[b[0] for b in BUGS_CAUGHT]
)
def test_bugs_caught(text: str, cue: str) -> None:
    c = _by_cue(text, cue)
    assert c.speaker is not None
    if cue == "said" and "Burke" in text:
        assert c.rule == "quote_then_tag"
        assert c.content.of(text) == "We won"
    else:
        assert c.speaker.of(text) == "She"
