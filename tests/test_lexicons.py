"""The shipped word lists: well-formed data files and a working loader."""

from __future__ import annotations

import pickle
from importlib import resources

import attrs
import pytest

from newsclaims.lexicons import FRAMES, CueVerb, Frame, Lexicons, inflect

OURS = (
    "abbreviations.txt",
    "attribution_words.tsv",
    "auxiliaries.txt",
    "belief_cues.tsv",
    "cue_noun_objects.tsv",
    "cue_nouns.txt",
    "cue_verb_nouns.txt",
    "cue_verbs.tsv",
    "determiners.txt",
    "furniture_labels.txt",
    "hedges.txt",
    "line_labels.txt",
    "modifiers.txt",
    "object_pronouns.txt",
    "pronouns.txt",
    "roles.tsv",
    "source_nouns.txt",
    "source_phrases.txt",
    "stopwords.txt",
    "titles.txt",
)


def _lines(name: str) -> list[str]:
    text = resources.files("newsclaims.lexicons").joinpath(name).read_text("utf-8")
    return text.splitlines()


@pytest.mark.parametrize("name", OURS)
class TestDataFiles:
    def test_comments_only_on_top(self, name: str) -> None:
        lines = _lines(name)
        body = [line for line in lines if not line.startswith("#")]
        assert lines[: len(lines) - len(body)] == [
            line for line in lines if line.startswith("#")
        ]

    def test_sorted_unique_normalised(self, name: str) -> None:
        entries = [line for line in _lines(name) if not line.startswith("#")]
        keys = [e.split("\t", 1)[0] for e in entries]
        assert keys == sorted(set(keys))
        for e in entries:
            assert e == e.strip()
            assert e.lower() == e
            assert "  " not in e
            assert e


def test_belief_cue_kinds() -> None:
    kinds = {kind for _, kind in Lexicons.default().belief_cues}
    assert kinds == {"verb", "to", "as", "not"}


def test_cue_verb_nouns_are_cue_forms() -> None:
    lex = Lexicons.default()
    assert lex.cue_verb_nouns <= lex.cue_forms(FRAMES)


def test_cue_verbs_have_four_forms_and_known_frames() -> None:
    for verb in Lexicons.default().cue_verbs:
        assert len(verb.forms) == 4, verb
        assert verb.frames <= FRAMES


class TestLexicons:
    def test_default_is_cached(self) -> None:
        assert Lexicons.default() is Lexicons.default()

    def test_frozen(self) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Lexicons.default().roles = frozenset()  # type: ignore[misc]

    def test_pickles(self) -> None:
        lex = Lexicons.default()
        assert pickle.loads(pickle.dumps(lex)) == lex

    def test_extended_adds_verbs_with_forms(self) -> None:
        lex = Lexicons.default().extended(cue_verbs=["opine"])
        assert {"opines", "opined", "opining"} <= lex.cue_forms("t")
        assert "opined" not in Lexicons.default().cue_forms("t")

    def test_extended_replaces_a_verb(self) -> None:
        lex = Lexicons.default().extended(
            cue_verbs=[CueVerb("say", ("a", "b", "c", "d"), "q")]
        )
        assert lex.frames_of("b") == {Frame.QUOTE}
        assert "said" not in lex.cue_forms("q")

    def test_extended_rejects_unknown_list(self) -> None:
        with pytest.raises(TypeError, match="unknown word list 'colours'"):
            Lexicons.default().extended(colours=["red"])

    def test_frames_of(self) -> None:
        lex = Lexicons.default()
        assert "t" in lex.frames_of("said")
        assert lex.frames_of("banana") == frozenset()

    def test_frames_are_members_or_their_letters(self) -> None:
        forms = ("a", "b", "c", "d")
        by_member = CueVerb("x", forms, [Frame.OBJECT_OF, Frame.CLAUSE])
        assert by_member == CueVerb("x", forms, "tf")
        assert by_member.frames == {Frame.CLAUSE, Frame.OBJECT_OF}
        assert all(type(f) is Frame for f in CueVerb("x", forms, "tf").frames)
        lex = Lexicons.default()
        assert lex.cue_forms("o") == lex.cue_forms({Frame.OBJECT_INFINITIVE})
        assert "accused" in lex.cue_forms({Frame.OBJECT_OF})
        assert "accused" not in lex.cue_forms({Frame.QUOTE})

    def test_bad_frames(self) -> None:
        with pytest.raises(ValueError, match="unknown cue frames"):
            CueVerb("x", ("a", "b", "c", "d"), "z")


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("deny", ("denies", "denied", "denied", "denying")),
        ("stress", ("stresses", "stressed", "stressed", "stressing")),
        ("state", ("states", "stated", "stated", "stating")),
        ("warn", ("warns", "warned", "warned", "warning")),
        ("point out", ("points out", "pointed out", "pointed out", "pointing out")),
        ("quip", ("quips", "quipped", "quipped", "quipping")),
        ("slam", ("slams", "slammed", "slammed", "slamming")),
        ("guarantee", ("guarantees", "guaranteed", "guaranteed", "guaranteeing")),
        ("echo", ("echoes", "echoed", "echoed", "echoing")),
        ("vow", ("vows", "vowed", "vowed", "vowing")),
        ("email", ("emails", "emailed", "emailed", "emailing")),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_inflect(lemma: str, forms: tuple[str, str, str, str]) -> None:
    assert inflect(lemma) == forms


def test_written_regular_forms_follow_the_spelling_rules() -> None:
    """A regular verb in cue_verbs.tsv is spelled as :func:`inflect` spells it, or
    doubles its last consonant (stress-final verbs: "admit", "prefer")."""
    for verb in Lexicons.default().cue_verbs:
        head = verb.lemma.split(" ", 1)[0]
        past = verb.forms[1].split(" ", 1)[0]
        if not past.endswith("ed") or " " in verb.lemma:
            continue  # irregular ("said") or phrasal
        doubled = head + head[-1]
        assert verb.forms in {
            inflect(verb.lemma),
            (head + "s", doubled + "ed", doubled + "ed", doubled + "ing"),
        }, verb.lemma


def test_equal_lexicons_hash_alike_also_after_pickling() -> None:
    """The hash is kept once computed; equal lexicons, built apart or unpickled,
    still hash alike (the parser's tables are looked up by them)."""
    a = Lexicons.default().extended(cue_verbs=["opine"])
    first = hash(a)
    b = pickle.loads(pickle.dumps(a))
    c = Lexicons.default().extended(cue_verbs=["opine"])
    assert b == a == c
    assert hash(a) == first == hash(b) == hash(c)
    assert {a: 1}[c] == 1
