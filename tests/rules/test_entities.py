"""Actor mentions: names, titles, descriptions, countries, pronouns; the word lists."""

from __future__ import annotations

from importlib import resources

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims._regex import token_spans
from newsclaims.lexicons import Lexicons
from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors import entities
from newsclaims.rules.actors.data import actor_words
from newsclaims.rules.actors.entities import (
    TOKEN,
    Words,
    country_words,
    find_mentions,
    mention_at,
)
from newsclaims.rules.actors.parse import Mention, MentionForm

_AW = actor_words(Lexicons.default())
COUNTRIES = _AW.countries
COUNTRY_WORDS = _AW.country_words
DESIGNATORS = _AW.designators
HONORIFICS = _AW.honorifics
ROLES = _AW.roles


def _found(text: str) -> dict[str, Mention]:
    return {m.span.of(text): m for m in find_mentions(text)}


# Each case: an id, a sentence, a phrase in it, then what the phrase must read as:
# its form, kind, name, title and affiliation.
READINGS = [
    (
        "demonym-title-name",
        "Kenyan President Amara Odhiambo spoke on Monday.",
        "Kenyan President Amara Odhiambo",
        MentionForm.NAME,
        ActorKind.PERSON,
        "Amara Odhiambo",
        "President",
        "Kenya",
    ),
    (
        "honorific",
        "Later Mrs. Okafor left the hall.",
        "Mrs. Okafor",
        MentionForm.NAME,
        ActorKind.PERSON,
        "Okafor",
        "Mrs.",
        None,
    ),
    (
        "multiword-title",
        "Deputy Prime Minister Tomas Berg resigned.",
        "Deputy Prime Minister Tomas Berg",
        MentionForm.NAME,
        ActorKind.PERSON,
        "Tomas Berg",
        "Deputy Prime Minister",
        None,
    ),
    (
        "description-with-demonym",
        "On Friday a Peruvian government spokeswoman denied it.",
        "a Peruvian government spokeswoman",
        MentionForm.DESCRIPTION,
        ActorKind.PERSON,
        None,
        "government spokeswoman",
        "Peru",
    ),
    (
        "organisation-with-acronym",
        "Then the International Labour Organization (ILO) said so.",
        "the International Labour Organization (ILO)",
        MentionForm.NAME,
        ActorKind.ORGANIZATION,
        "International Labour Organization",
        None,
        None,
    ),
    (
        "capital-is-government",
        "Officials said Nairobi rejected the offer.",
        "Nairobi",
        MentionForm.COUNTRY,
        ActorKind.GOVERNMENT,
        "Kenya",
        None,
        None,
    ),
    (
        "seat-is-government",
        "The Kremlin dismissed the report.",
        "The Kremlin",
        MentionForm.COUNTRY,
        ActorKind.GOVERNMENT,
        "Russia",
        None,
        None,
    ),
    (
        "old-spelling-of-capital",
        "Talks with Kiev stalled.",
        "Kiev",
        MentionForm.COUNTRY,
        ActorKind.GOVERNMENT,
        "Ukraine",
        None,
        None,
    ),
    (
        "demonym-government",
        "Meanwhile the Chilean government objected.",
        "the Chilean government",
        MentionForm.COUNTRY,
        ActorKind.GOVERNMENT,
        "Chile",
        None,
        None,
    ),
    (
        "abbreviated-country",
        "The U.S. has objected.",
        "The U.S.",
        MentionForm.COUNTRY,
        ActorKind.GOVERNMENT,
        "United States",
        None,
        None,
    ),
    (
        "title-with-tail",
        "She met the chief executive of Acme Holdings yesterday.",
        "the chief executive of Acme Holdings",
        MentionForm.DESCRIPTION,
        ActorKind.PERSON,
        None,
        "chief executive",
        "Acme Holdings",
    ),
    (
        "plural-group",
        "Angry farmers and protesters blocked roads.",
        "protesters",
        MentionForm.DESCRIPTION,
        ActorKind.GROUP,
        None,
        "protesters",
        None,
    ),
    (
        "title-acronym-name",
        "Member of Parliament (MP) Rosa Diaz objected.",
        "Member of Parliament (MP) Rosa Diaz",
        MentionForm.NAME,
        ActorKind.PERSON,
        "Rosa Diaz",
        "Member of Parliament",
        None,
    ),
    (
        "designator-name",
        "The Department of Transport declined to comment.",
        "The Department of Transport",
        MentionForm.NAME,
        ActorKind.GOVERNMENT,
        "Department of Transport",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [(c[1], c[2], c[3:]) for c in READINGS],
    ids=[c[0] for c in READINGS],
)
def test_reading(text: str, phrase: str, expected: tuple[object, ...]) -> None:
    m = _found(text)[phrase]
    assert (m.form, m.kind, m.name, m.title, m.affiliation) == expected


# (id, sentence, phrases that must not be mentions)
NOT_MENTIONS = [
    ("sentence-opener", "However, nothing changed.", ["However"]),
    ("weekday", "On Monday the vote failed.", ["Monday", "On Monday"]),
    ("adverb", "Historically, turnout was low.", ["Historically"]),
    ("name-as-modifier", "A Facebook user wrote it.", ["A Facebook"]),
    ("demonym-alone", "Chinese exports rose.", ["Chinese"]),
]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [c[1:] for c in NOT_MENTIONS],
    ids=[c[0] for c in NOT_MENTIONS],
)
def test_not_a_mention(text: str, phrases: list[str]) -> None:
    assert not set(phrases) & set(_found(text))


def test_possessive_determiner_is_its_own_mention() -> None:
    found = _found("She said her government would act.")
    assert found["her"].form is MentionForm.PRONOUN
    assert found["her government"].possessed


def test_possessor_name_is_its_own_mention() -> None:
    found = _found("Lopez's critics objected.")
    assert found["Lopez"].form is MentionForm.NAME
    assert found["Lopez's critics"].kind is ActorKind.GROUP


def test_pronoun_gender_and_number() -> None:
    found = _found("He and she saw them.")
    assert (found["He"].gender, found["she"].gender) == ("m", "f")
    assert found["them"].plural


def test_contracted_pronoun_is_a_mention_of_the_pronoun() -> None:
    found = _found("She\u2019s late, he's gone and it's over; Lee's car is red.")
    assert (found["She"].gender, found["he"].gender) == ("f", "m")
    assert found["it"].form is MentionForm.PRONOUN
    assert "Lee's" not in found
    assert found["Lee"].form is MentionForm.NAME


def test_mention_at_reads_a_span() -> None:
    text = "It was said by two senior aides on Friday."
    m = mention_at(text, Span(15, 32))
    assert m is not None
    assert (m.head, m.plural) == ("aides", True)


def test_country_words() -> None:
    text = "Mexican officials and Ottawa agreed."
    assert [(s.of(text), c) for s, c in country_words(text, Span(0, len(text)))] == [
        ("Mexican", "MEX"),
        ("Ottawa", "CAN"),
    ]


@given(st.text(max_size=300))
def test_total_on_any_text(text: str) -> None:
    for m in find_mentions(text):
        assert 0 <= m.span.start < m.span.end <= len(text)


class TestData:
    def test_every_un_member(self) -> None:
        assert len(COUNTRIES) >= 193
        assert {"China", "Ukraine", "Russia", "United States"} <= {
            c.name for c in COUNTRIES
        }

    @pytest.mark.parametrize(
        ("word", "country"),
        [
            ("Washington", "United States"),
            ("Downing Street", "United Kingdom"),
            ("Britain", "United Kingdom"),
            ("White House", "United States"),
            ("Beijing", "China"),
            ("Ukrainian", "Ukraine"),
        ],
    )
    def test_curated_words(self, word: str, country: str) -> None:
        assert COUNTRY_WORDS[word].name == country

    def test_ambiguous_demonyms_are_left_out(self) -> None:
        assert "Congolese" not in COUNTRY_WORDS

    def test_lists_loaded(self) -> None:
        assert ROLES["spokesperson"].kind is ActorKind.PERSON
        assert ROLES["protesters"].plural
        assert HONORIFICS["Ms."] == "f"
        assert DESIGNATORS["Ministry"] is ActorKind.GOVERNMENT

    @pytest.mark.parametrize(
        "name",
        sorted(
            p.name
            for p in resources.files("newsclaims.lexicons").iterdir()
            if p.name.startswith("actor_")
        ),
    )
    def test_sorted_unique(self, name: str) -> None:
        text = resources.files("newsclaims.lexicons").joinpath(name).read_text("utf-8")
        lines = text.splitlines()
        body = [line for line in lines if not line.startswith("#")]
        assert lines[: len(lines) - len(body)] == [
            line for line in lines if line.startswith("#")
        ]
        keys = [line.split("\t", 1)[0] for line in body]
        assert keys == sorted(set(keys))
        assert all(line == line.strip() and line for line in body)


WORDISH = st.lists(
    st.sampled_from(["a", "Z9", "\u00e9", ".", "'", "\u2019", "-", "&", " ", "\n", ","])
    | st.sampled_from(["\u0301", "Mr", "U.S", "Lee's", "x" * 70]),
    max_size=40,
).map("".join)


@given(WORDISH)
def test_words_read_the_tokens_finditer_finds(text: str) -> None:
    """The one-match tokenizer gives what a ``finditer`` over :data:`TOKEN` gives."""
    found = [m.span() for m in TOKEN.finditer(text)]
    assert token_spans(entities._TOKENS, text) == found
    assert token_spans(entities._TOKENS, text, 3, 40) == [
        m.span() for m in TOKEN.finditer(text, 3, 40)
    ]


def test_a_long_word_is_cut_as_finditer_cuts_it() -> None:
    text = "x" * 130 + " Lee"
    assert token_spans(entities._TOKENS, text) == [
        (0, 61),
        (61, 122),
        (122, 130),
        (131, 134),
    ]


def _words_by_period(text: str) -> list[tuple[str, int, int]]:
    """The :data:`TOKEN` words, each with the period after it when it takes one."""
    out = []
    for s, e in token_spans(entities._TOKENS, text):
        word = text[s:e]
        if e < len(text) and text[e] == "." and entities._takes_dot(word, _AW):
            out.append((word + ".", s, e + 1))
        else:
            out.append((word, s, e))
    return out


def _words_of(text: str) -> list[tuple[str, int, int]]:
    """What :class:`Words` reads in ``text``: (word, start, end)."""
    words = Words(text, 0, len(text))
    return [(w, s, e) for w, (s, e) in zip(words.words, words.spans, strict=True)]


@given(WORDISH)
def test_words_are_the_tokens_with_their_dots(text: str) -> None:
    """:class:`Words` (the unbounded pattern, periods looked up one by one) gives
    the :data:`TOKEN` words, each with the period after it when it takes one."""
    assert _words_of(text) == _words_by_period(text)


def test_a_word_takes_one_period_at_most() -> None:
    words = Words("U.S.. Mr.. F.", 0, 13)
    assert words.words == ["U.S.", "Mr.", "F."]
    assert words.spans == [(0, 4), (6, 9), (11, 13)]


def test_scan_looks_only_at_words_that_start_something() -> None:
    words = Words("and the said Lee of her spokesman, quickly", 0, 42)
    assert [words.words[i] for i in words.active] == ["the", "Lee", "her", "spokesman"]


def test_words_take_their_dots() -> None:
    words = Words("Mr. Lee met U.S. envoys. F. Kennedy left.", 0, 41)
    assert words.words == [
        "Mr.",
        "Lee",
        "met",
        "U.S.",
        "envoys",
        "F.",
        "Kennedy",
        "left",
    ]


def test_repeated_phrases_read_the_same() -> None:
    """A phrase read once is remembered for the rest of the text, at its own offsets."""
    text = "President Ann Lee spoke. Later, President Ann Lee left; Ann Lee"
    found = [(m.span, m.name, m.title) for m in find_mentions(text)]
    assert found == [
        (Span(0, 17), "Ann Lee", "President"),
        (Span(32, 49), "Ann Lee", "President"),
        (Span(56, 63), "Ann Lee", None),
    ]


def test_moved_keeps_every_field() -> None:
    m = Mention(
        span=Span(2, 9),
        form=MentionForm.NAME,
        kind=ActorKind.PERSON,
        name="Ann Lee",
        key=("ann", "lee"),
        title="President",
        head="president",
        affiliation="Peru",
        country="PER",
        gender="f",
        plural=True,
        definite=True,
        acronym="AL",
        word="x",
        possessed=True,
    )
    assert m.moved(0) is m
    assert m.moved(5) == attrs.evolve(m, span=Span(7, 14))


def test_a_phrase_reads_the_same_wherever_it_stands() -> None:
    """The phrase cache (shared by all texts) gives what a fresh reading gives."""
    text = "Ukrainian President Ann Lee spoke. Later Ukrainian President Ann Lee left."
    first = [(m.span.of(text), m.name, m.title) for m in find_mentions(text)]
    _AW.readings.clear()
    _AW.codes.clear()
    again = [(m.span.of(text), m.name, m.title) for m in find_mentions(text)]
    assert first == again
    assert (
        first[0] == first[1] == ("Ukrainian President Ann Lee", "Ann Lee", "President")
    )


SCANNED = [
    "President Ann Lee said her ministry and China's foreign ministry disagreed.",
    "Member of Parliament (MP) Ann Lee met the World Health Organization (WHO).",
    "Mr. Lee and Gen. F. Kennedy of the U.S. Army said it. They left.",
    "",
]


@pytest.mark.parametrize("text", SCANNED)
def test_readings_moved_are_the_mentions(text: str) -> None:
    """:func:`scan_readings` gives :func:`scan`'s mentions, each moved by its shift."""
    readings, shifts, countries = entities.scan_readings(text)
    mentions, again = entities.scan(text)
    assert [m.moved(d) for m, d in zip(readings, shifts, strict=True)] == list(mentions)
    assert countries == again == entities.countries_in(Words(text, 0, len(text)))


def test_owns_marks_the_possessives() -> None:
    words = Words("China's ministry and Lee\u2019s aide", 0, 31)
    assert words.owns == [True, False, False, True, False]


@given(st.text(alphabet="ab .F\u00a0M(r)", max_size=40))
def test_words_take_the_periods_a_scan_by_period_gives(text: str) -> None:
    """Each word takes the period right after it when :func:`_takes_dot` says so."""
    assert _words_of(text) == _words_by_period(text)
