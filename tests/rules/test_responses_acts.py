"""Response links: a claim that is an act of its own answers nothing it is not aimed
at. Own short articles, parsed whole; each rule's case where it fires and where it
must not."""

from __future__ import annotations

import pytest

from newsclaims import parse_article
from newsclaims.model import ResponseKind
from newsclaims.rules.responses._link import RULES


def _links(text: str) -> set[tuple[str, str, ResponseKind, str | None]]:
    """(answer content, answered content, kind, rule) of each response found."""
    article = parse_article(text)
    content = {c.id: c.content_span.of(text) for c in article.claims}
    return {
        (content[r.claim], content[r.responds_to], r.kind, r.rule)
        for r in article.responses
    }


_FARES = "Ann Lee said the ferry fares were fair. Bo Park rejected the idea. "


@pytest.mark.parametrize(
    ("then", "answers"),
    [
        pytest.param(
            "Bo Park said the fares had doubled in May.",
            True,
            id="fires-a-plain-statement-goes-on",
        ),
        pytest.param(
            "Bo Park accused the harbour board of hiding its accounts.",
            False,
            id="not-an-accusation-of-a-third-party",
        ),
        pytest.param(
            "Bo Park urged the harbour board to open its accounts.",
            False,
            id="not-a-call-on-a-third-party",
        ),
        pytest.param(
            "Bo Park announced that a new ferry would run in May.",
            False,
            id="not-news-announced",
        ),
    ],
)
def test_an_act_aimed_at_a_third_party_does_not_go_on(then: str, answers: bool) -> None:
    """``went_on``: the answering speaker's next claim answers what the answer
    answers, unless it is aimed at a party of its own (``Claim.target``) or reports
    news ("announced")."""
    links = _links(_FARES + then)
    went_on = {(a, b) for a, b, _, rule in links if rule == "went_on"}
    content = then.split(" ", 3)[3].rstrip(".")
    assert ((content, "the ferry fares were fair") in went_on) is answers
    assert ("the idea", "the ferry fares were fair", ResponseKind.REBUTTAL, "cue") in (
        links
    )


@pytest.mark.parametrize(
    ("answer", "fires"),
    [
        pytest.param("Bo Park said Ann Lee had misread the report.", True, id="fires"),
        pytest.param(
            "Bo Park accused the harbour board of misleading Ann Lee.",
            False,
            id="not-an-accusation-naming-her-in-passing",
        ),
        pytest.param(
            "Bo Park urged the harbour board to write to Ann Lee.",
            False,
            id="not-a-call-naming-her-in-passing",
        ),
    ],
)
def test_a_named_party_is_not_answered_by_an_act_aimed_elsewhere(
    answer: str, fires: bool
) -> None:
    """``named_party``: naming a speaker answers her, but an accusation or a call
    aimed at another party only names her in passing."""
    links = _links("Ann Lee said the bridge would close. " + answer)
    named = {b for _, b, _, rule in links if rule == "named_party"}
    assert (named == {"the bridge would close"}) is fires
    assert fires or not named


@pytest.mark.parametrize(
    ("first", "fires"),
    [
        pytest.param("Bo Park denied the report.", True, id="fires"),
        pytest.param(
            "Bo Park denied funding to the club.", False, id="not-an-act-on-a-thing"
        ),
        pytest.param(
            "Bo Park denied a grant to the club.", False, id="not-a-new-thing"
        ),
    ],
)
def test_a_denial_reported_first_must_deny_a_claim(first: str, fires: bool) -> None:
    """``denial_first``: a denial answering nothing before it waits for the later
    claim naming its speaker, unless what it denies is a plain thing ("denied
    funding"): an act, no answer."""
    links = _links(first + " The Courier reported that Bo Park had taken bribes.")
    later = {(b, rule) for _, b, _, rule in links}
    assert (("Bo Park had taken bribes", "denial_first") in later) is fires


def test_no_rule_answers_a_denial_by_whom_it_refers_to_alone() -> None:
    """A denial is not read as answering the last claim that merely refers to its
    speaker (a rule doing so was right once in twelve links on the dev files)."""
    assert "referred_denial" not in {rule.name for rule in RULES}
    text = (
        "Ukraine said Chinese nationals were fighting for Russia. "
        "China said the harbour tax was not due."
    )
    assert _links(text) == set()


_DAM = "Ann Lee said the reservoir wall was leaking. "


@pytest.mark.parametrize(
    ("answer", "fires"),
    [
        pytest.param(
            "Bo Park said talk of a leaking reservoir was misleading.", True, id="fires"
        ),
        pytest.param(
            "Bo Park said the reports of a leaking reservoir are 100 percent wrong.",
            True,
            id="fires-after-a-measure",
        ),
        pytest.param(
            "Bo Park said the leaking reservoir story's false.",
            True,
            id="fires-after-s",
        ),
        pytest.param(
            "Bo Park said the reservoir crews kept spreading false rumours.",
            False,
            id="not-a-verdict-in-passing",
        ),
        pytest.param(
            "Bo Park said the reservoir builders had proved the sceptics wrong.",
            False,
            id="not-a-verdict-on-a-party",
        ),
    ],
)
def test_a_verdict_is_said_of_something(answer: str, fires: bool) -> None:
    """``verdict``: a content calling something false answers the claim it shares a
    word with only when the verdict is its predicate ("was misleading", "are wrong"),
    not an adjective in passing ("false rumours") nor said of a party."""
    links = _links(_DAM + answer)
    verdicts = {b for _, b, _, rule in links if rule == "verdict"}
    assert (verdicts == {"the reservoir wall was leaking"}) is fires
    assert fires or not verdicts


_OFFER = "Bo Park rejected Ann Lee's offer to rebuild the old pier with town money. "


@pytest.mark.parametrize(
    ("later", "answered"),
    [
        pytest.param(
            "Ann Lee said the harbour board would pay for the repairs.",
            "the harbour board would pay for the repairs",
            id="fires-the-owner-speaks-later",
        ),
        pytest.param(
            "Tom Hale said the harbour board would pay for the repairs.",
            None,
            id="not-another-party-with-no-word-in-common",
        ),
    ],
)
def test_words_a_possessive_names_are_found_later_without_a_shared_word(
    later: str, answered: str | None
) -> None:
    """``cue``: an answer reported first that names a party's words by a possessive
    ("rejected Ann Lee's offer ...") answers that party's later claim even when the
    two share no word; another party's later claim needs one."""
    links = _links(_OFFER + later)
    found = {
        b for a, b, _, rule in links if a.startswith("Ann Lee's") and rule == "cue"
    }
    assert found == ({answered} if answered else set())


_FINEST = "Bo Park said Ann Lee was the finest mayor the town had known."


@pytest.mark.parametrize(
    ("first", "fires"),
    [
        pytest.param("Ann Lee said the old mill was losing money.", True, id="fires"),
        pytest.param(
            "Ann Lee agreed to sell the old mill to the council.",
            False,
            id="not-an-act-agreed-to",
        ),
        pytest.param("Ann Lee vowed to keep the old mill open.", False, id="not-a-vow"),
    ],
)
def test_naming_a_party_answers_a_statement_not_an_act(first: str, fires: bool) -> None:
    """``named_party``: naming a speaker answers what she said, not what she agreed,
    offered or vowed to do (a bare to-infinitive: an act, no statement)."""
    links = _links(first + " " + _FINEST)
    named = {a for a, _, _, rule in links if rule == "named_party"}
    assert (named == {_FINEST[13:-1]}) is fires
    assert fires or not named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bo Park accused Ann Lee of hiding the pier accounts. "
            "Ann Lee's office said the pier accounts were published in May.",
            {
                (
                    "the pier accounts were published in May",
                    "Ann Lee of hiding the pier accounts",
                    "accused",
                )
            },
            id="fires-the-office-answers-for-the-accused",
        ),
        pytest.param(
            "Ann Lee said the bridge would close in June. "
            "Ann Lee's office said Ann Lee would reopen the bridge in May.",
            set(),
            id="not-the-office-answering-its-own-party",
        ),
        pytest.param(
            "Ann Lee said the bridge would close in June. "
            "Ann Lee's critics said Ann Lee had misread the bridge survey.",
            {
                (
                    "Ann Lee had misread the bridge survey",
                    "the bridge would close in June",
                    "named_party",
                )
            },
            id="fires-critics-do-not-speak-for-her",
        ),
    ],
)
def test_a_voice_speaks_for_the_party_it_names(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    """A speaker described as the voice of a party ("Ann Lee's office", a spokesman,
    her campaign, her lawyers) is that party: it answers an accusation of it and never
    answers it; "Ann Lee's critics" are another party."""
    assert {(a, b, rule) for a, b, _, rule in _links(text)} == expected


_ASKED = "Ann Lee asked Bo Park whether the ferry would stop in winter. "


@pytest.mark.parametrize(
    ("answer", "fires"),
    [
        pytest.param("Bo Park said the boats would sail all year.", True, id="fires"),
        pytest.param(
            "Bo Park accused Tom Hale of cutting the ferry budget.",
            False,
            id="not-an-accusation-of-a-third-party",
        ),
    ],
)
def test_an_act_aimed_elsewhere_answers_no_question(answer: str, fires: bool) -> None:
    """``question``: the next claim of another party answers a reported question,
    unless it is aimed at a party of its own other than the one asking."""
    links = _links(_ASKED + answer)
    asked = {b for _, b, _, rule in links if rule == "question"}
    assert (asked == {"whether the ferry would stop in winter"}) is fires
    assert fires or not asked


_TREATY = "Ann Lee said the new treaty is void.\n\nBo Park rejected the idea.\n\n"


@pytest.mark.parametrize(
    ("between", "then", "answers"),
    [
        pytest.param(
            "The talks were held in a hotel.\n\n",
            "the treaty was signed by both sides",
            True,
            id="fires-two-paragraphs-on-about-the-treaty",
        ),
        pytest.param(
            "The talks were held in a hotel.\n\nThe hotel is old.\n\n",
            "the treaty was signed by both sides",
            True,
            id="fires-three-paragraphs-on-about-the-treaty",
        ),
        pytest.param(
            "The talks were held in a hotel.\n\n",
            "the ferry was late",
            False,
            id="not-two-paragraphs-on-about-something-else",
        ),
        pytest.param(
            "The talks were held in a hotel.\n\nThe hotel is old.\n\n"
            "Its lamps were lit in May.\n\n",
            "the treaty was signed by both sides",
            False,
            id="not-four-paragraphs-on",
        ),
    ],
)
def test_an_answer_goes_on_further_about_what_it_answers(
    between: str, then: str, answers: bool
) -> None:
    """``went_on``: two or three paragraphs on, the answering speaker's next claim
    goes on with the answer only when it names what the answered claim spoke of."""
    links = _links(f"{_TREATY}{between}Bo Park said {then}.")
    went_on = {(a, b) for a, b, _, rule in links if rule == "went_on"}
    assert ((then, "the new treaty is void") in went_on) is answers


_FUND_FIRST = (
    "Bo Park dismissed Ann Lee's claims that the harbour fund was misused. "
    "Park said the fund's accounts were open to all.\n\n"
)
_FUND_LATER = "Ann Lee said last week that the harbour fund was misused by the board."


@pytest.mark.parametrize(
    ("text", "goes_on"),
    [
        pytest.param(
            _FUND_LATER + "\n\n" + _FUND_FIRST, True, id="fires-answered-claim-before"
        ),
        pytest.param(
            _FUND_FIRST + _FUND_LATER, False, id="not-an-answer-reported-first"
        ),
    ],
)
def test_an_answer_reported_first_does_not_go_on(text: str, goes_on: bool) -> None:
    """``went_on``: the claim after an answer goes on with it when what it answers
    was said before; an answer reported first ("dismissed Ann Lee's claims that
    ...", Lee's claim later) answers that claim itself, and the speaker's next claim
    is not taken as an answer to what is said after it."""
    links = _links(text)
    went_on = {(a, b) for a, b, _, rule in links if rule == "went_on"}
    answered = "the harbour fund was misused by the board"
    assert (("the fund's accounts were open to all", answered) in went_on) is goes_on
    assert any(
        a.startswith("Ann Lee's claims") and b == answered for a, b, _, _ in links
    )
