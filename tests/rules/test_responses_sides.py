"""Response links: the sides of an exchange. No two claims answer each other, an office
holder described by a body's possessive ("Eastland's defence minister") speaks for that
body, and a clause the content subordinates ("if the levy is not paid") is not its
first clause. Own short articles, parsed whole; each case where a rule fires and
where it must not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import parse_article


def _links(text: str) -> set[tuple[str, str, str]]:
    """(answer content, answered content, kind) of each response found."""
    article = parse_article(text)
    content = {c.id: c.content_span.of(text) for c in article.claims}
    return {
        (content[r.claim], content[r.responds_to], r.kind.value)
        for r in article.responses
    }


_FERRY = (
    "The Saltmarsh Ferry Company rejected claims by the harbour trust that it had "
    "dodged 3.1 million dollars in dock fees.\n\n"
    "Trust chair Ilse Varga said the firm had ignored five letters about the fees. "
    "Varga said {threat}.\n\n"
    "The company's managing director, Oskar Brandt, said the firm had paid "
    "2.6 million dollars, not 3.1 million."
)
_THREAT = "the trust would take the matter to court if the fees were not paid"


def test_two_claims_never_answer_each_other() -> None:
    """The company's denial names the trust's words and answers the trust's later
    claim; that claim names the company but does not answer back."""
    text = _FERRY.format(threat=_THREAT)
    article = parse_article(text)
    pairs = {(r.claim, r.responds_to) for r in article.responses}
    assert not {(b, a) for a, b in pairs} & pairs
    content = {c.id: c.content_span.of(text) for c in article.claims}
    answers = {(content[a], content[b]) for a, b in pairs}
    fees = "the firm had ignored five letters about the fees"
    assert any(
        a.startswith("claims by the harbour trust") and b == fees for a, b in answers
    )


@pytest.mark.parametrize(
    ("threat", "denies"),
    [
        pytest.param("the firm had not paid the fees", True, id="fires"),
        pytest.param(_THREAT, False, id="not-a-negation-in-an-if-clause"),
        pytest.param(
            "if the fees were not paid, the trust would go to court",
            False,
            id="not-a-negation-in-an-opening-if-clause",
        ),
        pytest.param(
            "the trust would sue because the firm had not paid",
            False,
            id="not-because",
        ),
    ],
)
def test_a_subordinate_clause_is_not_the_first_clause(
    threat: str, denies: bool
) -> None:
    """A negation inside a subordinate clause ("if the fees were not paid") does not
    make the content a denial: ``denial_near`` and the kind read the main clause."""
    text = _FERRY.format(threat=threat)
    links = _links(text)
    denied = {(b, k) for a, b, k in links if a == threat and k == "denial"}
    assert bool(denied) is denies


def test_an_office_holder_of_the_same_body_does_not_answer_it() -> None:
    """ "The company's managing director" speaks for the company: his figure does not
    answer the company's own denial."""
    text = _FERRY.format(threat=_THREAT)
    links = _links(text)
    director = "the firm had paid 2.6 million dollars, not 3.1 million"
    answered = {b for a, b, _ in links if a == director}
    assert not any(b.startswith("claims by the harbour trust") for b in answered)


_TROOPS = (
    "Westmark's foreign ministry said Ostria had moved 6,000 troops to the river.\n\n"
    "Ostria rejected the accusation.\n\n"
)
_ACCUSATION = "Ostria had moved 6,000 troops to the river"


@pytest.mark.parametrize(
    ("then", "answer", "fires"),
    [
        pytest.param(
            '"There is no build-up," said Ostria\'s defence minister, Nina Sorel.',
            "There is no build-up",
            True,
            id="fires",
        ),
        pytest.param(
            "Ostria's defence minister, Nina Sorel, said the soldiers had not left "
            "their barracks.",
            "the soldiers had not left their barracks",
            True,
            id="fires-reported",
        ),
        pytest.param(
            '"There is no build-up," said Nina Sorel, a lecturer at the Kell '
            "Institute.",
            "There is no build-up",
            False,
            id="not-a-speaker-of-no-side",
        ),
    ],
)
def test_the_accused_partys_office_holder_goes_on_with_its_answer(
    then: str, answer: str, fires: bool
) -> None:
    """``went_on``: the accused party's own minister, named by its possessive, goes
    on with the party's answer, a denial when it says there is no such thing."""
    links = _links(_TROOPS + then)
    assert ((answer, _ACCUSATION, "denial") in links) is fires
    assert ("the accusation", _ACCUSATION, "rebuttal") in links


def test_there_is_no_doubt_is_no_denial() -> None:
    """ "There is no build-up" denies; "there is no doubt" asserts."""
    links = _links(
        "Ann Lee said the pier would reopen in May. "
        "Bo Park said there was no money to reopen the pier. "
        "Tom Hale said there is no doubt the pier would reopen."
    )
    kinds = {a: k for a, _, k in links}
    assert kinds.get("there was no money to reopen the pier") == "denial"
    assert kinds.get("there is no doubt the pier would reopen") != "denial"


_NAMES = ("Ann Lee", "Bo Park", "The harbour trust", "The Vell Company")
_SENTENCES = (
    "{a} rejected claims by {b} that it had dodged the levy.",
    "{a} said {b} had ignored the levy letters.",
    "{a} said {b} had not paid the levy.",
    "{a} denied that {b} had paid 4,000 pounds.",
    "{b}'s chief executive, Tom Hale, said the levy was paid.",
    "{a} dismissed {b}'s accusations that the levy was unpaid.",
    "{a} accused {b} of lying about the levy.",
    "In response, {a} said the levy was 2,500 pounds.",
    "{a} added that it was a disgrace.",
)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_SENTENCES),
            st.sampled_from(_NAMES),
            st.sampled_from(_NAMES),
            st.sampled_from([" ", "\n\n"]),
        ),
        min_size=2,
        max_size=8,
    )
)
def test_no_two_claims_answer_each_other(
    parts: list[tuple[str, str, str, str]],
) -> None:
    """Responses form no 2-cycle, in any article made of these sentences."""
    text = "".join(s.format(a=a, b=b) + gap for s, a, b, gap in parts)
    pairs = {(r.claim, r.responds_to) for r in parse_article(text).responses}
    assert not {(b, a) for a, b in pairs} & pairs
