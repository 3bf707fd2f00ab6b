"""The shipped word lists: well-formed data files and a working loader."""

from __future__ import annotations

import ast
import pickle
from importlib import resources
from pathlib import Path

import attrs
import pytest
import regex

import newsclaims.lexicons
import newsclaims.rules
from newsclaims.lexicons import FRAMES, CueVerb, Frame, Lexicons, _files, inflect
from newsclaims.model import ResponseKind

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

    def test_extended_rejects_what_is_no_word(self) -> None:
        with pytest.raises(TypeError, match=r"response_objects takes words \(str\)"):
            Lexicons.default().extended(response_objects=[("edict", "decree")])

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


LEXICON_DIR = resources.files("newsclaims.lexicons")


def test_every_data_file_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Lexicons.default()`` reads every data file beside the loader: every list of
    every stage is a field of ``Lexicons``."""
    read: list[str] = []
    real = _files._lines

    def spy(name: str) -> list[str]:
        read.append(name)
        return real(name)

    monkeypatch.setattr(_files, "_lines", spy)
    fresh = newsclaims.lexicons._default.__wrapped__()
    assert fresh == Lexicons.default()
    data = {p.name for p in LEXICON_DIR.iterdir() if p.name.endswith((".txt", ".tsv"))}
    assert set(read) == data


def _reads_a_file(path: Path) -> list[str]:
    """What in a module reads a data file itself: a file reader called or imported,
    or a data file named as a whole string ("roles.tsv")."""
    readers = {"read_entries", "read_rows", "resources", "read_text", "open"}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in readers:
                found.append(name)
        elif isinstance(node, ast.alias) and node.name.split(".")[-1] in readers:
            found.append(node.name)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and regex.fullmatch(r"\w{1,60}+\.(?:txt|tsv)", node.value)
        ):
            found.append(node.value)
    return found


def test_no_rule_reads_a_lexicon_file() -> None:
    """The rules read their words through a ``Lexicons`` only (so that
    ``extended()`` reaches them): no module under ``rules/`` reads a file."""
    rules = Path(newsclaims.rules.__file__).parent
    found = {
        p.relative_to(rules).as_posix(): hits
        for p in sorted(rules.rglob("*.py"))
        if (hits := _reads_a_file(p))
    }
    assert found == {}


def test_the_file_check_sees_a_reader(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text(
        "from newsclaims.lexicons import read_rows\nROWS = read_rows('roles.tsv')\n",
        encoding="utf-8",
    )
    assert _reads_a_file(path) == ["read_rows", "read_rows", "roles.tsv"]


class TestExtendedRows:
    """``extended()`` adds rows to the lists of rows, checked like the files."""

    def test_adds_a_row(self) -> None:
        lex = Lexicons.default().extended(quantity_scales=[("Lakh", 100_000)])
        assert ("lakh", 100_000) in lex.quantity_scales
        assert "lakh" not in dict(Lexicons.default().quantity_scales)

    def test_a_known_key_is_replaced_in_place(self) -> None:
        before = Lexicons.default().response_cues
        lex = Lexicons.default().extended(response_cues=[(before[0][0], "other")])
        assert lex.response_cues == ((before[0][0], "other"), *before[1:])

    def test_enum_members_and_their_values(self) -> None:
        lex = Lexicons.default().extended(
            response_stances=[("a sorry spectacle", ResponseKind.CONDEMNATION)],
            quantity_qualifiers=[("fully", "at_least")],
        )
        assert ("a sorry spectacle", "condemnation") in lex.response_stances
        assert ("fully", "at_least") in lex.quantity_qualifiers

    def test_rows_without_a_key_are_added_once(self) -> None:
        row = (frozenset({"edict", "edicts"}), frozenset({"decreed"}))
        once = Lexicons.default().extended(response_acts=[("edict edicts", "decreed")])
        twice = once.extended(response_acts=[(["Edict", "edicts"], ["decreed"])])
        assert once.response_acts[-1] == row
        assert twice.response_acts == once.response_acts

    def test_countries_are_kept_as_written(self) -> None:
        row = ("ZZF", "Freedonia", "", "Freedonian", "Fredville", "")
        lex = Lexicons.default().extended(countries=[row])
        assert lex.countries[-1] == row

    def test_word_lists_of_the_later_stages(self) -> None:
        lex = Lexicons.default().extended(
            response_reporting=["Divulged"], quantity_unit_suffixes=["kl"]
        )
        assert "divulged" in lex.response_reporting
        assert "kl" in lex.quantity_unit_suffixes

    @pytest.mark.parametrize(
        ("name", "row", "message"),
        [
            ("response_cues", ("scoffed", "praise"), "kind: one of 'denial'"),
            ("response_cues", ("scoffed",), r"\(phrase: a word, kind: "),
            ("quantity_scales", ("lakh", "100000"), "multiplier: a whole number"),
            ("quantity_scales", ("lakh", True), "multiplier: a whole number"),
            ("quantity_vague", ("scores", -2), "low: a whole number or None"),
            ("quantity_currencies", ("zorkmid", "zrk", "suffix"), "code: a code"),
            ("quantity_currencies", ("zorkmid", "ZRK", "after"), "'prefix'"),
            ("response_acts", ("", "decreed"), "nouns: words"),
            ("response_acts", (3, "decreed"), "nouns: words"),
            ("countries", ("ZZF", " ", "", "", "", ""), "name: a word as written"),
            ("countries", ("ZZF", "Freedonia", "a\tb", "", "", ""), "aliases: names"),
            ("actor_roles", ("lamplighter", "person", "x", "s"), "gender: one of"),
            ("belief_cues", "appears", "kind: one of 'verb'"),
        ],
    )
    def test_bad_rows(self, name: str, row: object, message: str) -> None:
        with pytest.raises(ValueError, match=f"a row of {name} is .*{message}"):
            Lexicons.default().extended(**{name: [row]})  # type: ignore[arg-type]

    def test_extended_lexicons_hash_and_pickle(self) -> None:
        lex = Lexicons.default().extended(quantity_scales=[("lakh", 100_000)])
        clone = pickle.loads(pickle.dumps(lex))
        assert clone == lex
        assert hash(clone) == hash(lex)
        assert lex != Lexicons.default()


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
