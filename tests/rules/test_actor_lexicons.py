"""The actor stage reads its word lists through :class:`Lexicons` (issue 16): words
added with ``extended()`` reach the mention scanner and coreference."""

from __future__ import annotations

import pickle
import threading

import pytest

from newsclaims import Parser
from newsclaims.lexicons import Lexicons
from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.coref import resolve_actors
from newsclaims.rules.actors.data import actor_words, agent_noun, current, using
from newsclaims.rules.actors.entities import find_mentions

TEXT = (
    "Bo Varga said the pier would close. The harbourmaster argued that the pier "
    "was safe. The harbourmaster said the repairs were finished."
)
EXTENDED = Lexicons.default().extended(roles=["harbourmaster"])


def _speakers() -> list[Span]:
    first = TEXT.index("The harbourmaster")
    second = TEXT.rindex("The harbourmaster")
    return [Span(0, 8), Span(first, first + 17), Span(second, second + 17)]


def test_an_extended_role_reaches_coreference() -> None:
    default = resolve_actors(TEXT, _speakers())
    extended = resolve_actors(TEXT, _speakers(), lexicons=EXTENDED)
    # Not a role: two unrelated descriptions of unknown kind.
    assert default.speaker_index == (0, 1, 2)
    assert all(a.kind is ActorKind.UNKNOWN for a in default.actors)
    # A role: one person, named by both descriptions.
    assert extended.speaker_index == (0, 1, 1)
    assert extended.actors[1].kind is ActorKind.PERSON


def test_an_extended_role_reaches_the_parser_actors() -> None:
    default = Parser().parse(TEXT)
    extended = Parser(lexicons=EXTENDED).parse(TEXT)
    assert len(default.actors) == 3
    assert [(a.name, a.kind) for a in extended.actors] == [
        ("Bo Varga", ActorKind.UNKNOWN),
        ("harbourmaster", ActorKind.PERSON),
    ]
    assert [c.speaker for c in extended.claims] == ["a1", "a2", "a2"]


def test_the_scanner_reads_a_new_role_only_with_its_lexicons() -> None:
    text = "Later the harbourmaster left."
    assert find_mentions(text) == ()
    with using(EXTENDED):
        found = find_mentions(text)
    assert [(m.span.of(text), m.head) for m in found] == [
        ("the harbourmaster", "harbourmaster")
    ]
    assert find_mentions(text) == ()  # the block is over


def test_every_actor_list_is_a_lexicons_field() -> None:
    lex = Lexicons.default().extended(
        nonnames=["Meanwhile"], actor_titles=["Warden"], modifiers=["dockside"]
    )
    aw = actor_words(lex)
    assert "Meanwhile" in aw.nonnames  # capitalised lists keep their case
    assert "Warden" in aw.title_words
    assert "dockside" in aw.modifiers
    assert "dockside" not in actor_words(Lexicons.default()).modifiers


def test_speaker_only_heads_are_not_scanned() -> None:
    aw = actor_words(Lexicons.default())
    assert "poll" in Lexicons.default().roles
    assert "poll" not in aw.roles  # as often a verb: a speaker head only
    assert aw.roles["spokeswoman"].gender == "f"


def test_caches_are_kept_per_lexicons() -> None:
    default, extended = actor_words(Lexicons.default()), actor_words(EXTENDED)
    assert default is not extended
    assert default.readings is not extended.readings
    assert actor_words(Lexicons.default().extended(roles=["harbourmaster"])) is extended


def test_actor_words_pickle_by_their_lexicons() -> None:
    again = pickle.loads(pickle.dumps(actor_words(EXTENDED)))
    assert again is actor_words(EXTENDED)
    parser = pickle.loads(pickle.dumps(Parser(lexicons=EXTENDED)))
    assert [a.kind for a in parser.parse(TEXT).actors] == [
        ActorKind.UNKNOWN,
        ActorKind.PERSON,
    ]


def test_the_lists_in_use_are_per_thread() -> None:
    seen: list[bool] = []

    def other() -> None:
        seen.append(current() is actor_words(Lexicons.default()))

    with using(EXTENDED):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
        assert current() is actor_words(EXTENDED)
    assert seen == [True]
    assert current() is actor_words(Lexicons.default())


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("novelist", True),
        ("herbalist", True),
        ("historian", True),
        ("insist", False),  # a verb in "-sist"
        ("persist", False),
        ("artist", False),  # short: left to the lists
        ("novelists", False),  # plurals are left to the lists
        ("Historian", False),  # capitalised: a name's word
    ],
)
def test_agent_nouns(word: str, *, person: bool) -> None:
    role = agent_noun(word)
    assert (role is not None and role.kind is ActorKind.PERSON) is person


def test_an_agent_noun_before_a_name_is_its_title() -> None:
    text = "Eastland University herbalist Ann Varga said the tea was safe."
    (mention,) = find_mentions(text)
    assert mention.span.of(text) == "Eastland University herbalist Ann Varga"
    assert (mention.name, mention.kind) == ("Ann Varga", ActorKind.PERSON)
    article = Parser().parse(text)
    assert [(a.name, a.kind) for a in article.actors] == [
        ("Ann Varga", ActorKind.PERSON)
    ]


def test_an_agent_noun_is_a_description() -> None:
    text = "A local historian said the bridge was older."
    assert [(m.span.of(text), m.head) for m in find_mentions(text)] == [
        ("A local historian", "historian")
    ]


def test_one_list_of_roles_for_the_speaker_rules_and_the_scanner() -> None:
    lex = Lexicons.default()
    scanned = {row[0] for row in lex.actor_roles}
    # Every role head the scanner reads also heads a speaker, and the speaker-only
    # heads are the rest of the same list, not read by the scanner.
    assert scanned | lex.speaker_roles == lex.roles
    assert not scanned & lex.speaker_roles
    assert {"poll", "study"} <= lex.speaker_roles
    assert {"protester", "mayor", "ministry"} <= scanned
