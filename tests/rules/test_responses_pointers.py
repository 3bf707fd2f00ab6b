"""Response links: what an answer points at when it shares no word with it. A denial
that speaks of the earlier speaker by a word of that speaker's description ("the
union", after "a union spokeswoman") answers that speaker, and a denial of "it" may
say that it happened and when. Own short articles, parsed whole; each case where a
link is made and where it must not be."""

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


_DENIAL = "The mayor's office denied that the union had not been consulted."


@pytest.mark.parametrize(
    ("first", "fires"),
    [
        pytest.param('Union leaders said: "Nobody asked us."', True, id="leaders"),
        pytest.param(
            '"Nobody asked us," a union spokeswoman said.', True, id="spokeswoman"
        ),
        pytest.param(
            '"Nobody asked us," said Kim Doe, head of the Teal Valley Drivers Union.',
            True,
            id="apposition",
        ),
        pytest.param(
            '"Nobody asked us," said Kim Doe, a local baker.',
            False,
            id="not-another-description",
        ),
    ],
)
def test_an_answer_naming_the_speaker_by_its_description(
    first: str, fires: bool
) -> None:
    """``cue``: a denial sharing no word with the claim before it answers it when it
    opens on a word of that speaker's description ("the union" for "a union
    spokeswoman", "Kim Doe, head of the ... Union"); a speaker described otherwise
    is not referred to, and nothing else ties the two."""
    links = _links(f"{first} {_DENIAL}")
    answered = {b.rstrip(".") for a, b, rule in links if rule == "cue"}
    assert ("Nobody asked us" in answered) is fires
    assert fires or not links


def test_a_description_word_deep_in_the_answer_ties_nothing() -> None:
    """The description word must open the answer (what it is about): "union" said
    in passing after the answer's first words is no reference to the speaker."""
    text = (
        '"Nobody asked us," a union spokeswoman said. The mayor\'s office denied '
        "that the depot had closed its doors to members of any union."
    )
    assert _links(text) == set()


_MILL = "Ann Lee said the mill had dumped waste into the river. "


@pytest.mark.parametrize(
    ("answer", "fires"),
    [
        pytest.param("Bo Park denied it on Tuesday.", True, id="when"),
        pytest.param("The Park campaign has denied it happened.", True, id="happened"),
        pytest.param(
            "Bo Park denied it was true in a statement on Tuesday.",
            True,
            id="true-and-when",
        ),
        pytest.param(
            "Bo Park denied it cost the town a penny in fines.",
            False,
            id="not-a-statement-of-its-own",
        ),
    ],
)
def test_a_denial_of_it_may_say_it_happened_and_when(answer: str, fires: bool) -> None:
    """``cue``: "denied it happened", "denied it on Tuesday" point back at the claim
    just before, as "denied it" does; "it" opening a statement of its own ("it cost
    the town a penny") is no pointer."""
    links = _links(f"{_MILL}{answer}")
    answered = {b for a, b, rule in links if rule == "cue"}
    assert ("the mill had dumped waste into the river" in answered) is fires


_FERRY = "Ann Lee said the ferry was unsafe. "


@pytest.mark.parametrize(
    ("answer", "content"),
    [
        pytest.param(
            "Bo Park fired back that the ferry had passed every test.",
            "the ferry had passed every test",
            id="fired-back-that",
        ),
        pytest.param(
            "Bo Park hit back that the ferry had passed every test.",
            "the ferry had passed every test",
            id="hit-back-that",
        ),
        pytest.param(
            "Bo Park shot back that the ferry had passed every test.",
            "the ferry had passed every test",
            id="shot-back-that",
        ),
        pytest.param(
            "Bo Park fired back a letter saying the ferry had passed every test.",
            None,
            id="not-fired-back-a-letter",
        ),
    ],
)
def test_a_reply_fired_back_with_that_is_a_claim(
    answer: str, content: str | None
) -> None:
    """A verb of hitting back ("fired back", "hit back", "shot back") reports a
    clause after "that" and answers the claim before it (``cue``); without "that"
    its object is no content ("fired back a letter saying ...": the letter is no
    claim of "fired back")."""
    text = f"{_FERRY}{answer}"
    article = parse_article(text)
    fired = [
        c.content_span.of(text)
        for c in article.claims
        if c.cue_span is not None and c.cue_span.of(text).endswith("back")
    ]
    assert fired == ([content] if content else [])
    if content:
        assert (content, "the ferry was unsafe", "cue") in _links(text)


@pytest.mark.parametrize(
    ("answer", "called"),
    [
        pytest.param("The mill dismissed it as nonsense.", True, id="as-nonsense"),
        pytest.param(
            'The mill dismissed it as "pure nonsense" on Monday.',
            True,
            id="as-two-words-and-when",
        ),
        pytest.param(
            "The mill dismissed it as a matter for the courts and the police to decide.",
            False,
            id="not-a-long-reason",
        ),
    ],
)
def test_a_pointer_may_say_what_it_is_called(answer: str, called: bool) -> None:
    """``cue``: "dismissed it as nonsense" points back as "dismissed it" does (up to
    three words of what it is called); a longer phrase after "as" is more than a
    pointer and shares no word with the claim before, so nothing ties it."""
    links = _links(f"{_MILL}{answer}")
    answered = {b for a, b, rule in links if rule == "cue"}
    assert ("the mill had dumped waste into the river" in answered) is called


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        pytest.param('Asked about the claim, the mill\'s owner said: "No."', "denial"),
        pytest.param('When asked about it, the mill\'s owner replied: "No."', "denial"),
        pytest.param(
            "Asked about the claim, the mill's owner said the filters were new.",
            "rebuttal",
        ),
        pytest.param(
            "Asked about the river, the mill's owner said the filters were new.",
            None,
            id="not-asked-about-a-topic",
        ),
        pytest.param(
            "Asked about the claim, Tom Hale smiled. "
            "The mill's owner said the filters were new.",
            None,
            id="not-another-sentence",
        ),
    ],
)
def test_asked_about_what_was_said(answer: str, kind: str | None) -> None:
    """``asked_about``: a question put to the answerer about something said ("Asked
    about the claim, ...") makes the answer in its sentence answer what the question
    points at, the claim before; a bare "No" denies it. A question about a topic
    ("the river") or in another sentence points at nothing."""
    text = f"{_MILL}{answer}"
    article = parse_article(text)
    content = {c.id: c.content_span.of(text) for c in article.claims}
    found = {
        r.kind.value
        for r in article.responses
        if r.rule == "asked_about"
        and content[r.responds_to] == "the mill had dumped waste into the river"
    }
    assert found == ({kind} if kind else set())


_BODY = (
    "The harbour board rejected the claims about the ferry on Monday, saying every "
    "boat was checked."
)


@pytest.mark.parametrize(
    ("first", "answered"),
    [
        pytest.param("Ann Lee: the ferry is unsafe.\n\n", False, id="headline"),
        pytest.param(
            "Ann Lee said on Sunday that the ferry is unsafe for passengers and "
            "crew alike and must stop sailing.\n\n",
            True,
            id="long-lead-sentence",
        ),
        pytest.param("Ann Lee said the ferry is unsafe.\n", True, id="no-blank-line"),
        pytest.param(
            "Ann Lee said the ferry is unsafe.\n\n", True, id="past-tense-is-the-story"
        ),
        pytest.param(
            "Ann Lee claimed the ferry is unsafe.\n\n",
            True,
            id="past-in-ed-is-the-story",
        ),
    ],
)
def test_a_headline_set_off_by_a_blank_line_is_not_answered(
    first: str, answered: bool
) -> None:
    """A first paragraph of one short sentence set off from the story by a blank
    line is a headline, even closed by a full stop: it restates the story, and no
    claim of the story answers it. A long first sentence, one not set off by a
    blank line, or one in the story's past tense ("said") is a sentence of the story
    and is answered."""
    text = first + _BODY
    article = parse_article(text)
    content = {c.id: c.content_span for c in article.claims}
    first_answered = any(
        content[r.responds_to].end <= len(first) for r in article.responses
    )
    assert first_answered is answered


_OTHER_CLAIMS = (
    "Tom Hale said the harbour would reopen. Ann Lee said the ferry was late. "
    "Tom Hale said the fares would rise. Ann Lee said the pier was closed. "
    "Tom Hale said the quay was repaired. Ann Lee said the boats were old. "
)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param(
            "Bo Park is accused of taking bribes from the builders. "
            "Bo Park said he had never met the builders.",
            True,
            id="the-accused-speaks",
        ),
        pytest.param(
            "Bo Park was charged with fraud on Monday. "
            "His lawyer said the charges were baseless.",
            True,
            id="the-accused-party's-voice",
        ),
        pytest.param(
            "Bo Park is accused of taking bribes from the builders. "
            "Tom Hale said the builders were never paid.",
            False,
            id="not-another-party",
        ),
        pytest.param(
            "Bo Park is accused of taking bribes from the builders. "
            + _OTHER_CLAIMS
            + "Bo Park said he had never met the builders.",
            False,
            id="not-out-of-reach",
        ),
        pytest.param(
            "Bo Park was praised for his work on the pier. "
            "Bo Park said the pier had cost too much.",
            False,
            id="not-praise",
        ),
    ],
)
def test_the_party_accused_by_no_one_named_answers(text: str, fires: bool) -> None:
    """``accused``: an accusation reported without its accuser ("is accused of",
    "was charged with") is answered by the party it accuses, or that party's voice
    ("his lawyer"), within six claims; not by another party, nor from further off,
    and praise is no accusation."""
    article = parse_article(text)
    first = article.claims[0].id
    found = {r.claim for r in article.responses if r.responds_to == first}
    answers = [
        c.id
        for c in article.claims
        if c.content_span.of(text).startswith(("he had never", "the charges"))
    ]
    assert (bool(found) and found == set(answers)) is fires
    assert fires or not found
