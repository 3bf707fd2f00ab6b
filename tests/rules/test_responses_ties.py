"""Response links: what ties an answer to the claim it answers. A negation in passing
is no denial, a claim said of a party is no answer to it, and news sourced "according
to" a paper is answered only by an answer tied to that paper, and calling what was
said false ("called it a lie") is a verdict on it. Own short articles,
parsed whole; each rule's case where it fires and where it must not."""

from __future__ import annotations

import pytest

from newsclaims import parse_article


def _links(text: str) -> set[tuple[str, str, str | None]]:
    """(answer content, answered content, rule) of each response found."""
    article = parse_article(text)
    content = {c.id: c.content_span.of(text) for c in article.claims}
    return {
        (content[r.claim], content[r.responds_to], r.rule) for r in article.responses
    }


_BRIDGE = "Ann Lee said the bridge would close in June. "


@pytest.mark.parametrize(
    ("answer", "fires"),
    [
        pytest.param("Ann Lee had misread the bridge survey", True, id="fires"),
        pytest.param(
            "Ann Lee had never read the bridge survey",
            False,
            id="not-a-negation-said-of-her",
        ),
        pytest.param(
            "Ann Lee would not reopen the bridge", False, id="not-would-not-said-of-her"
        ),
    ],
)
def test_naming_a_party_in_a_negated_claim_is_said_of_her(
    answer: str, fires: bool
) -> None:
    """``named_party``: a claim whose first clause negates ("had never", "would not")
    says something of the party it names; it is no answer to her."""
    links = _links(f"{_BRIDGE}Bo Park said {answer}.")
    expected = (answer, "the bridge would close in June", "named_party")
    assert (expected in links) is fires
    assert fires or not {rule for *_, rule in links} & {"named_party"}


_PIER = "Ann Lee said the hotel chain had bought the pier. Bo Park said "


@pytest.mark.parametrize(
    ("answer", "fires"),
    [
        pytest.param("the chain did not own a yard of the seafront", True, id="fires"),
        pytest.param(
            "the hotel chain had spread false rumours about its rivals",
            False,
            id="not-false-in-passing",
        ),
    ],
)
def test_a_denial_near_negates_its_first_clause(answer: str, fires: bool) -> None:
    """``denial_near``: the answer's own first clause negates ("did not own"); a false
    thing named in passing ("spread false rumours") denies nothing said before."""
    links = _links(f"{_PIER}{answer}.")
    near = {(a, b) for a, b, rule in links if rule == "denial_near"}
    assert near == (
        {(answer, "the hotel chain had bought the pier")} if fires else set()
    )


_GAZETTE = "According to the Harbour Gazette, the ferry company lost money in May. "


@pytest.mark.parametrize(
    ("then", "answer", "fires"),
    [
        pytest.param(
            "The ferry company rejected the Gazette's report.",
            "the Gazette's report",
            True,
            id="fires-naming-the-source",
        ),
        pytest.param(
            "Bo Park replied that the ferry timetable would change.",
            "the ferry timetable would change",
            False,
            id="not-an-answer-tied-to-nobody",
        ),
    ],
)
def test_news_according_to_a_source_is_answered_only_through_it(
    then: str, answer: str, fires: bool
) -> None:
    """``cue``: a claim reported "according to" a source is the article's sourced news,
    not a statement in a dispute; a cued answer answers it only when tied to the source
    (naming it, or named by it)."""
    links = _links(_GAZETTE + then)
    expected = (answer, "the ferry company lost money in May", "cue")
    assert (expected in links) is fires
    assert fires or not links


_SOLD = "Ann Lee said the mayor had sold the pier. "


@pytest.mark.parametrize(
    ("then", "answer", "fires"),
    [
        pytest.param(
            "The mayor called it a blatant lie.",
            "it a blatant lie",
            True,
            id="fires-it",
        ),
        pytest.param(
            "Bo Park described the claim as false.",
            "the claim as false",
            True,
            id="fires-described-as",
        ),
        pytest.param(
            "Bo Park called that claim completely false.",
            "that claim completely false",
            True,
            id="fires-that-claim",
        ),
        pytest.param(
            "Bo Park called the sale a lie.",
            "the sale a lie",
            False,
            id="not-an-act-called-a-lie",
        ),
        pytest.param(
            "Bo Park called the sale a disgrace.",
            "the sale a disgrace",
            False,
            id="not-a-judgment-of-a-thing",
        ),
        pytest.param(
            "Bo Park called the mayor a liar.",
            "the mayor a liar",
            False,
            id="not-a-name-for-a-person",
        ),
    ],
)
def test_calling_what_was_said_false_is_a_verdict(
    then: str, answer: str, fires: bool
) -> None:
    """``verdict``: a calling cue ("called", "described ... as") whose object points
    back at what was said (a pronoun, or a noun naming a claim: "the report") and is
    called false ("called it a lie") answers the claim just before; an act called a
    lie ("the sale"), a thing called something else ("a disgrace") or a person called
    a liar is no verdict on what was said."""
    links = _links(_SOLD + then)
    expected = (answer, "the mayor had sold the pier", "verdict")
    assert (expected in links) is fires
    assert fires or not {rule for *_, rule in links} & {"verdict"}


_WINTER = "Ann Lee asked Bo Park whether the ferry would stop in winter. "


@pytest.mark.parametrize(
    ("then", "answer", "fires"),
    [
        pytest.param(
            "Bo Park said the boats would sail all year.",
            "the boats would sail all year",
            True,
            id="fires",
        ),
        pytest.param(
            "Tom Hale asked whether the fares would rise.",
            "the fares would rise",
            False,
            id="not-another-question",
        ),
        pytest.param(
            "Tom Hale asked how long the pier would stay shut.",
            "how long the pier would stay shut",
            False,
            id="not-another-question-how",
        ),
    ],
)
def test_a_question_answers_no_question(then: str, answer: str, fires: bool) -> None:
    """``question``: the claim after a reported question answers it, unless it asks
    a question itself ("asked whether ...")."""
    links = _links(_WINTER + then)
    expected = (answer, "whether the ferry would stop in winter", "question")
    assert (expected in links) is fires
    assert fires or not links
