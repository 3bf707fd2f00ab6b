"""Which phrases are mentions of which actor: own short articles, invented names.

Each row is a text, an actor found by one of its mentions, and the mentions that
actor must hold (fires) or must not hold (must not fire).
"""

from __future__ import annotations

import pytest

from newsclaims import Article, parse_article
from newsclaims.model import Span
from newsclaims.rules.actors.coref_mentions import _scenery
from newsclaims.rules.actors.entities import find_mentions
from newsclaims.rules.actors.parties import acts


def _mentions_of(article: Article, phrase: str) -> list[str]:
    """The mentions of the actor one of whose mentions is ``phrase``."""
    text = article.text
    for actor in article.actors:
        said = [m.of(text) for m in actor.mentions]
        if phrase in said:
            return said
    return []


# (id, text, a mention of the actor, mentions it must hold, mentions it must not hold)
JOINS = [
    (
        "a-body-named-with-its-words-in-another-order",
        (
            "Harwick Supreme Court rules ban unlawful\n\nThe Supreme Court of Harwick "
            "ruled on Tuesday that the ban was unlawful. The Supreme Court said the ban "
            "had no basis."
        ),
        "The Supreme Court of Harwick",
        ["Harwick Supreme Court", "The Supreme Court of Harwick", "The Supreme Court"],
        [],
    ),
    (
        "a-body-named-by-the-words-before-of",
        (
            "The High Court ruled that the ban was void. The High Court of Eastland said "
            "the ban had no basis."
        ),
        "The High Court",
        ["The High Court", "The High Court of Eastland"],
        [],
    ),
    (
        "another-body-of-another-place-is-another",
        (
            "The High Court of Eastland ruled that the law stood. The High Court of "
            "Westland said it was void."
        ),
        "The High Court of Eastland",
        ["The High Court of Eastland"],
        ["The High Court of Westland"],
    ),
    (
        "a-business-named-by-its-first-word",
        "Officials said Velta Airways flew arms to the rebels. Velta has denied this.",
        "Velta",
        ["Velta Airways", "Velta"],
        [],
    ),
    (
        "a-longer-name-is-not-named-by-its-first-word",
        (
            "Bo Park said the Northern Ferry Workers Union would strike. The "
            "Northern Ferry Workers Union has 900 members. Northern towns would be "
            "cut off, he said. The Northern Ferry Workers Union met on Monday."
        ),
        "The Northern Ferry Workers Union",
        ["The Northern Ferry Workers Union"],
        ["Northern"],
    ),
    (
        "a-person-is-not-named-by-a-first-name",
        "Oskar Pell said the vote was fair. Oskar Lind said Pell was wrong.",
        "Oskar Pell",
        ["Oskar Pell", "Pell"],
        ["Oskar Lind"],
    ),
    (
        "a-predicate-with-an-adjective-is-no-actor",
        (
            "The Supreme Court of Harwick ruled that the ban was unlawful. The Supreme "
            "Court is the highest court in Harwick, and the court said the ban was void."
        ),
        "The Supreme Court of Harwick",
        ["The Supreme Court of Harwick", "The Supreme Court", "the court"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "holds", "lacks"),
    [row[1:] for row in JOINS],
    ids=[row[0] for row in JOINS],
)
def test_mentions_join(
    text: str, phrase: str, holds: list[str], lacks: list[str]
) -> None:
    said = _mentions_of(parse_article(text), phrase)
    for mention in holds:
        assert mention in said
    for mention in lacks:
        assert mention not in said


# (id, text, phrases the coreference walk reads as no mention, phrases it reads)
NO_ACTOR = [
    (
        "a-name-with-a-number-is-a-designation",
        (
            "Bo Varga said visitors would storm Kessel Field 9 at dawn. Guards at Kessel "
            "Field 9 said they were ready."
        ),
        ["Kessel Field"],
        ["Bo Varga", "Guards"],
    ),
    (
        "a-model-number-after-a-maker",
        "Ann Lee said the Vireo 320 was safe. Pilots said it was not.",
        ["Vireo", "the Vireo"],
        ["Ann Lee", "Pilots"],
    ),
    (
        "an-age-after-a-comma-is-no-designation",
        "Ann Lee, 34, said the road was closed. Lee said it again.",
        [],
        ["Ann Lee", "Lee"],
    ),
    (
        "a-predicate-with-an-adjective",
        "Bo Varga said the board was the final authority on it.",
        ["authority", "final authority"],
        ["Bo Varga", "the board"],
    ),
    (
        "a-preposition-is-no-adjective",
        "It was a move by Varga to stop the vote.",
        [],
        ["Varga"],
    ),
]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [row[1:] for row in NO_ACTOR],
    ids=[row[0] for row in NO_ACTOR],
)
def test_no_actor(text: str, absent: list[str], present: list[str]) -> None:
    _, spans, _ = _scenery(text, None)
    found = [s.of(text) for s in spans]
    for phrase in absent:
        assert phrase not in found
    for phrase in present:
        assert phrase in found


# (id, text, a mention of the actor, the pronoun it must hold (its first one))
POSSESSIVES = [
    (
        "its-the-nearest-body-of-its-sentence",
        (
            "The Harwick Court told the ferry company Pellar Lines to cut fares on "
            "its routes. Pellar Lines said it would appeal."
        ),
        "Pellar Lines",
        "its",
    ),
    (
        "their-the-nearest-group-of-its-sentence",
        (
            "The Harwick Court ordered the dock unions to end their strike. The "
            "unions said they would appeal."
        ),
        "The unions",
        "their",
    ),
    (
        "its-takes-no-person",
        (
            "The Harwick Court heard Ann Lee on its last day. The court said the "
            "strike was unlawful."
        ),
        "The Harwick Court",
        "its",
    ),
    (
        "its-looks-back-when-its-sentence-names-no-body",
        "The Harwick Court ruled on the strike. In its ruling, the court said no.",
        "The Harwick Court",
        "its",
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "pronoun"),
    [row[1:] for row in POSSESSIVES],
    ids=[row[0] for row in POSSESSIVES],
)
def test_possessives(text: str, phrase: str, pronoun: str) -> None:
    assert pronoun in _mentions_of(parse_article(text), phrase)


# (id, text, phrases the walk reads as mentions, phrases it reads as none)
COUNTRIES_ACTING = [
    (
        "a-verb-in-s-before-a-name",
        "Chile invades Peru, Ann Lee said.",
        ["Chile", "Peru"],
        [],
    ),
    (
        "a-verb-in-ing-before-a-determiner",
        "The statement spoke of Chile guarding the border.",
        ["Chile"],
        [],
    ),
    (
        "a-noun-in-ing-qualified",
        "The U.S. fishing fleet left the bay, Ann Lee said.",
        [],
        ["U.S."],
    ),
    (
        "a-plural-noun-qualified",
        "U.S. sanctions since 2011 have hurt trade, Ann Lee said.",
        [],
        ["U.S."],
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [row[1:] for row in COUNTRIES_ACTING],
    ids=[row[0] for row in COUNTRIES_ACTING],
)
def test_countries_acting(text: str, present: list[str], absent: list[str]) -> None:
    _, spans, _ = _scenery(text, None)
    found = [s.of(text) for s in spans]
    for phrase in present:
        assert phrase in found
    for phrase in absent:
        assert phrase not in found


# (id, text, the name of an actor that must be reported, or must not)
REPORTED = [
    (
        "an-organisation-named-three-times",
        (
            "Ann Lee said the talks had failed. Officials said the company Dovre "
            "Metals had closed the pit. Dovre Metals has run the pit since 1990. The "
            "company employs 300 people, and Dovre Metals will reopen it in May."
        ),
        "Dovre Metals",
        True,
    ),
    (
        "an-organisation-named-twice",
        (
            "Ann Lee said the talks had failed. Officials said the company Dovre "
            "Metals had closed the pit. It has run the pit since 1990."
        ),
        "Dovre Metals",
        False,
    ),
    (
        "a-place-named-three-times",
        (
            "Ann Lee said the Kessel Valley was flooded. Bo Park said the Kessel "
            "Valley was dry. Farmers left the Kessel Valley."
        ),
        "Kessel Valley",
        False,
    ),
    (
        "a-country-the-claims-name-only-as-a-place",
        (
            "Ann Dale said flights from Norway had stopped. Bo Lind said the fleet "
            "sailed to Norway. Cy Moe said the quota was unfair to Norway."
        ),
        "Norway",
        False,
    ),
    (
        "a-country-the-claims-name-that-acts",
        (
            "Ann Dale said Norway would close its ports. Bo Lind said the fleet "
            "sailed to Norway. Cy Moe said the quota was unfair to Norway."
        ),
        "Norway",
        True,
    ),
    (
        "a-country-that-acts-past-an-adverb",
        (
            "Ann Dale said Norway quietly closed its ports. Bo Lind said the fleet "
            "sailed to Norway. Cy Moe said the quota was unfair to Norway."
        ),
        "Norway",
        True,
    ),
    (
        "a-country-acting-only-inside-a-quotation",
        (
            'Ann Dale said flights from Norway had stopped. Bo Lind said, "The only '
            'way Norway can move forward is a new treaty." Cy Moe said the quota was '
            "unfair to Norway."
        ),
        "Norway",
        False,
    ),
    (
        "a-name-of-unknown-kind-doing-things-twice",
        (
            "Ann Lee said the bread was dear. On Monday, Tova Mart raised the price "
            "of bread. Then Tova Mart lowered the price of milk. Shoppers queued "
            "outside Tova Mart."
        ),
        "Tova Mart",
        True,
    ),
    (
        "a-name-of-unknown-kind-doing-things-once",
        (
            "Ann Lee said the bread was dear. On Monday, Tova Mart raised the price "
            "of bread. Shoppers queued outside Tova Mart. Vans left Tova Mart."
        ),
        "Tova Mart",
        False,
    ),
    (
        "a-name-of-unknown-kind-that-only-is",
        (
            "Ann Lee said the bread was dear. On Monday, Tova Mart was flooded. Then "
            "Tova Mart is quiet. Vans left Tova Mart."
        ),
        "Tova Mart",
        False,
    ),
    (
        "a-name-of-unknown-kind-doing-things-inside-a-quotation",
        (
            'Ann Lee said, "On Monday, Tova Mart raised the price. Then Tova Mart '
            'lowered the wages." Vans left Tova Mart.'
        ),
        "Tova Mart",
        False,
    ),
    (
        "a-country-acting-in-reported-speech",
        (
            "Ann Dale said flights from Norway had stopped. Bo Lind said Norway "
            "would sign a new treaty. Cy Moe said the quota was unfair to Norway."
        ),
        "Norway",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "reported"),
    [row[1:] for row in REPORTED],
    ids=[row[0] for row in REPORTED],
)
def test_reported(text: str, name: str, reported: bool) -> None:
    names = [a.name for a in parse_article(text).actors]
    assert (name in names) is reported


# (id, text, a mention an actor must hold, a mention no actor may hold)
ROLES_BEFORE = [
    (
        "an-agent-noun-before-a-name",
        "The march was planned by original poster Dag Ovre. Ovre said it would go on.",
        "poster Dag Ovre",
        "Dag Ovre",
    ),
    (
        "a-verb-in-or-after-to",
        (
            "Columnist Bo Dahl said the race was fixed. The board asked Ann Lee to "
            "monitor Bo Dahl closely."
        ),
        "Bo Dahl",
        "monitor Bo Dahl",
    ),
]


@pytest.mark.parametrize(
    ("text", "holds", "lacks"),
    [row[1:] for row in ROLES_BEFORE],
    ids=[row[0] for row in ROLES_BEFORE],
)
def test_roles_before(text: str, holds: str, lacks: str) -> None:
    said = [m.of(text) for a in parse_article(text).actors for m in a.mentions]
    assert holds in said
    assert lacks not in said


# (id, text, a mention of the actor, the mention it must also hold)
NOUN_PHRASES = [
    (
        "a-description-from-its-determiner",
        "Bo Park met an eminent historian. The historian said the fort was older.",
        "The historian",
        "an eminent historian",
    ),
    (
        "an-appositive-between-dashes",
        (
            "The Harwick Court of Justice \u2014 the highest court on questions of "
            "trade law \u2014 ruled that the ban was void."
        ),
        "The Harwick Court of Justice",
        "the highest court on questions of trade law",
    ),
    (
        "an-appositive-with-responsible-for",
        (
            "Bo Dahl, the Harwick commissioner responsible for ports and harbours, "
            "said the pier was safe."
        ),
        "Bo Dahl",
        "the Harwick commissioner responsible for ports and harbours",
    ),
    (
        "it-opening-what-a-body-said",
        "The Harwick Tribunal ruled that it had no say over the port.",
        "The Harwick Tribunal",
        "it",
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "mention"),
    [row[1:] for row in NOUN_PHRASES],
    ids=[row[0] for row in NOUN_PHRASES],
)
def test_noun_phrases(text: str, phrase: str, mention: str) -> None:
    assert mention in _mentions_of(parse_article(text), phrase)


def test_it_opening_what_a_person_said_is_no_mention() -> None:
    text = "Ann Lee said it was late."
    said = [m.of(text) for a in parse_article(text).actors for m in a.mentions]
    assert said == ["Ann Lee"]


def test_a_participle_is_no_adjective_of_a_description() -> None:
    text = "Bo Park met a respected historian."
    _, spans, _ = _scenery(text, None)
    assert [s.of(text) for s in spans] == ["Bo Park", "historian"]


# (id, text, the name of an actor of unknown kind that must be reported, or must not)
SURNAMES = [
    (
        "a-full-name-then-the-surname-alone",
        (
            "The court cleared Maren Tove Holt and Ivo Brann of fraud. Holt had been an "
            "aide; Brann ran the port. Officials said Holt and Brann broke no law."
        ),
        "Maren Tove Holt",
        True,
    ),
    (
        "a-place-named-by-its-last-word",
        (
            "Ann Lee said the Upper Vessa valley was flooded. Farms in Vessa were "
            "empty. Bo Park said Vessa would recover."
        ),
        "Upper Vessa",
        False,
    ),
    (
        "named-twice-only",
        "Ann Lee said Maren Holt was cleared. Holt had been an aide.",
        "Maren Holt",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "reported"),
    [row[1:] for row in SURNAMES],
    ids=[row[0] for row in SURNAMES],
)
def test_surnames(text: str, name: str, reported: bool) -> None:
    names = [a.name for a in parse_article(text).actors]
    assert (name in names) is reported


# (id, text, a mention of the actor, the mention it must also hold, or must not)
AS_NAMED = [
    (
        "named-as",
        (
            "Police said the suspect fled. Officers later named the suspect as "
            "34-year-old Bo Dahl. Dahl said nothing."
        ),
        "Dahl",
        "the suspect",
        True,
    ),
    (
        "chosen-as-is-a-predicate",
        "The council chose Ann Lee as mayor. Lee said it was fair.",
        "Lee",
        "mayor",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "mention", "holds"),
    [row[1:] for row in AS_NAMED],
    ids=[row[0] for row in AS_NAMED],
)
def test_as_named(text: str, phrase: str, mention: str, holds: bool) -> None:
    assert (mention in _mentions_of(parse_article(text), phrase)) is holds


def test_a_bare_role_in_a_title_line_is_the_person_named_later() -> None:
    text = (
        "Harwick judge orders release of port records\n\nOn Monday, District Judge "
        "Ann Lee ruled that the records must be released. Lee said the law was clear."
    )
    assert "judge" in " ".join(_mentions_of(parse_article(text), "Lee"))


def test_a_bare_role_in_a_sentence_is_a_predicate() -> None:
    text = "Ann Lee was elected judge in May.\n\nLee said the law was clear."
    assert _mentions_of(parse_article(text), "Lee") == ["Ann Lee", "Lee"]


# (id, text, the country's name, whether it is the subject of a verb there)
ACTS = [
    ("an-auxiliary", "Peru has closed the border.", "Peru", True),
    ("a-reporting-verb", "Critics said Peru denied it.", "Peru", True),
    ("a-verb-in-s-before-a-name", "Chile invades Peru.", "Chile", True),
    ("an-adverb-between", "Chile also wants more time.", "Chile", True),
    ("after-a-preposition", "Troops moved into Peru on Monday.", "Peru", False),
    (
        "after-a-preposition-and-the",
        "Ships sailed to the Netherlands.",
        "Netherlands",
        False,
    ),
    ("an-object", "Chile invades Peru.", "Peru", False),
    ("a-possessive", "Peru's navy left.", "Peru", False),
    ("a-qualifier", "The Peru office closed.", "Peru", False),
]


@pytest.mark.parametrize(
    ("text", "name", "subject"),
    [row[1:] for row in ACTS],
    ids=[row[0] for row in ACTS],
)
def test_a_country_acts_as_the_subject_of_a_verb(
    text: str, name: str, subject: bool
) -> None:
    start = text.index(name)
    assert acts(text, Span(start, start + len(name))) is subject


# (id, text, a mention the scan must find, a mention it must not find)
PLURAL_OWNERS = [
    (
        "a-plural-possessive-before-the-head-of-a-name",
        "The Kestrel Farmers' Union said the quota was unfair.",
        "The Kestrel Farmers' Union",
        "Union",
    ),
    (
        "a-curly-apostrophe-and-an-acronym",
        "The Lund Teachers\u2019 Federation (LTF) said no. The LTF has 900 members.",
        "The Lund Teachers\u2019 Federation (LTF)",
        "Federation (LTF)",
    ),
    (
        "before-a-name-that-is-no-head",
        "Bo Park, the Vessa Nations' Food Agency's chief officer, said no.",
        "Food Agency",
        "the Vessa Nations' Food",
    ),
    (
        "before-a-lower-case-noun",
        "Ann Lee met the Dahls' lawyers.",
        "the Dahls",
        "the Dahls' lawyers",
    ),
]


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [row[1:] for row in PLURAL_OWNERS],
    ids=[row[0] for row in PLURAL_OWNERS],
)
def test_a_plural_possessive_inside_a_name(
    text: str, found: str, not_found: str
) -> None:
    spans = [m.span.of(text) for m in find_mentions(text)]
    assert found in spans
    assert not_found not in spans


# (id, text, the speaker of the first claim, whether that speaker is an actor)
THINGS = [
    (
        "photographs-show",
        "Photographs showed that the ferry had sunk. Bo Park said the crew was safe.",
        "Photographs",
        False,
    ),
    (
        "images-and-video-from-a-place",
        "Photos and video from the quay showed the crane falling. Bo Park said so.",
        "Photos and video from the quay",
        False,
    ),
    (
        "evidence-suggests",
        "Some early evidence suggests that the wells were older. Bo Park said so.",
        "Some early evidence",
        False,
    ),
    (
        "a-study-speaks",
        "The study found that the lake was warming. Bo Park said it was.",
        "The study",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [row[1:] for row in THINGS],
    ids=[row[0] for row in THINGS],
)
def test_an_image_or_evidence_speaks_for_no_one(
    text: str, speaker: str, actor: bool
) -> None:
    article = parse_article(text)
    claim = next(c for c in article.claims if c.speaker_span is not None)
    assert claim.speaker_span is not None
    assert claim.speaker_span.of(text) == speaker  # the span stays
    assert (claim.speaker is not None) is actor
    mentions = [m.of(text) for a in article.actors for m in a.mentions]
    assert (speaker in mentions) is actor


def _speaker_name(article: Article, content_start: str) -> str | None:
    """The name of the speaker actor of the claim whose content opens so."""
    for claim in article.claims:
        if claim.content(article.text).startswith(content_start):
            actor = article.actor(claim.speaker)
            return None if actor is None else actor.name
    raise AssertionError(f"no claim opens with {content_start!r}")


# (text, the opening of a claim's content, its speaker's name)
ISSUERS = [
    (
        "According to a Harbour Board press release, the port will close in May.",
        "the port will close",
        "Harbour Board",
    ),
    (
        "According to a June 3, 2021 Harbour Board press release, the port will close.",
        "the port will close",
        "Harbour Board",
    ),
    (
        "The port will close, according to a June 3, 2021 Harbour Board press release.",
        "The port will close",
        "Harbour Board",
    ),
    (
        "A Harbour Board press release said the port would close in May.",
        "the port would close",
        "Harbour Board",
    ),
]


# (text, the opening of a claim's content, its speaker's name): a role is the speaker
NOT_ISSUERS = [
    (
        "A Harbour Board press officer said the port would close in May.",
        "the port would close",
        "Harbour Board press officer",
    ),
    (
        "Several polls showed that the mayor had lost ground.",
        "the mayor had lost ground",
        "Several polls",
    ),
    (  # a document the scanner reads whole ("statement", "report") is the actor
        "According to a Harbour Board statement, the port will close.",
        "the port will close",
        "Harbour Board statement",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The port will close, according to a May 2, 2021 Vesta Forum press release.",
            "Vesta Forum",
        ),
        ("The figures came out on June 3, 2019 Harbour Board said.", "Harbour Board"),
    ],
)
def test_a_year_before_a_name_is_no_part_of_it(text: str, mention: str) -> None:
    """ "May 2, 2021 Vesta Forum": the year ends the date, the name follows."""
    found = [m.span.of(text) for m in find_mentions(text)]
    assert mention in found
    assert not any(f.startswith(("2019", "2021")) for f in found)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Police said 200 Harbour Board workers would strike.", "200 Harbour Board"),
        ("The 40 Vesta Forum members met in June.", "40 Vesta Forum members"),
    ],
)
def test_a_count_before_a_name_stays(text: str, mention: str) -> None:
    """Only a year is cut from a name: a count says how many."""
    found = [m.span.of(text) for m in find_mentions(text)]
    assert any(mention in f for f in found)


# (text, the opening of a claim's content, its speaker's name): a body a place qualifies
PLACES = [
    (
        "The Portvale transit board said fares would rise in May.",
        "fares would rise",
        "Portvale transit board",
    ),
    (
        "Portvale ferry workers said the pier was unsafe.",
        "the pier was unsafe",
        "Portvale ferry workers",
    ),
]


def test_a_person_named_before_a_verb_stays_the_speaker() -> None:
    """Only lower-case words between a name and a body's noun make one phrase."""
    text = "Ann Lee said the Portvale transit board would meet."
    assert _speaker_name(parse_article(text), "the Portvale transit board") == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("Local fishermen said fares would rise.", "Local fishermen", "group"),
        ("Three policemen said the road was shut.", "Three policemen", "group"),
        ("A local businessman said trade was slow.", "A local businessman", "person"),
        ("Two passengers said the ferry was late.", "Two passengers", "group"),
    ],
)
def test_everyday_occupations_are_roles(text: str, phrase: str, kind: str) -> None:
    """A fisherman, a policeman, passengers: people named by what they do, a
    person or a group (they were actors of unknown kind, or no actor)."""
    article = parse_article(text)
    (actor,) = [a for a in article.actors if phrase in [m.of(text) for m in a.mentions]]
    assert actor.kind.value == kind


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ann Lee, the agency's spokeswoman, said the port was closed.",
            "Ann Lee",
            "the agency's spokeswoman",
        ),
        (
            '"We paid," said Tom Brandt, the ferry company\'s chief executive.',
            "Tom Brandt",
            "the ferry company's chief executive",
        ),
    ],
)
def test_an_appositive_with_a_possessor_joins_its_name(
    text: str, name: str, role: str
) -> None:
    """ "Ann Lee, the agency's spokeswoman,": the role is hers, the agency another's."""
    article = parse_article(text)
    held = _mentions_of(article, name)
    assert role in held
    (actor,) = [a for a in article.actors if a.name == name]
    assert actor.kind.value == "person"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Bo Park, then-Harbour Board chair Ann Lee's deputy, resigned.",
            "then-Harbour Board chair Ann Lee",
            "Ann Lee",
        ),
        ("The then-Governor Ann Lee said no.", "The then-Governor Ann Lee", "Ann Lee"),
        ("The ex-Senator Bo Park said no.", "The ex-Senator Bo Park", "Bo Park"),
    ],
)
def test_a_dated_title_is_part_of_the_name(text: str, mention: str, name: str) -> None:
    """ "then-Governor", "ex-Senator": a title then, a person's mention now."""
    found = {m.span.of(text): m for m in find_mentions(text)}
    assert mention in found
    assert found[mention].name == name
    assert found[mention].kind.value == "person"


# (text, the opening of a claim's content, its speaker's name): a name after adjectives
ADJECTIVES = [
    (
        "A weary Ann Lee said the talks had failed.",
        "the talks had failed",
        "Ann Lee",
    ),
    (
        "The brave Bo Park said the pier would hold.",
        "the pier would hold",
        "Bo Park",
    ),
    (
        "The mother of Bo Park said the pier would hold.",
        "the pier would hold",
        "mother of Bo Park",
    ),
]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        *(pytest.param(*c, id=f"issuer-{n}") for n, c in enumerate(ISSUERS)),
        *(pytest.param(*c, id=f"no-issuer-{n}") for n, c in enumerate(NOT_ISSUERS)),
        *(pytest.param(*c, id=f"place-{n}") for n, c in enumerate(PLACES)),
        *(pytest.param(*c, id=f"adjectives-{n}") for n, c in enumerate(ADJECTIVES)),
    ],
)
def test_the_actor_a_described_speaker_names(
    text: str, content: str, speaker: str
) -> None:
    """The actor of a speaker phrase: a document's issuer ("a Harbour Board press
    release"), not a person's role after the name ("press officer") nor a
    determiner ("Several polls"); a body a place qualifies ("The Portvale transit
    board"); a name after an article and adjectives ("A weary Ann Lee"), not a role
    with "of" before it ("the mother of Bo Park")."""
    assert _speaker_name(parse_article(text), content) == speaker
