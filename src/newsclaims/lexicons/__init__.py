"""Word lists the rules use, loaded once from the data files beside this module.

Each ``*.txt`` file holds one lower-case entry per line, sorted and unique, with ``#``
comments; a ``*.tsv`` file one row per line, its cells tab-separated;
``cue_verbs.tsv`` holds one reporting verb per line with its inflections and the frames
it takes. ``README.md`` records where every list comes from.

Every list of every stage is a field of :class:`Lexicons`, and no rule reads a file:
a :class:`Lexicons` is immutable; build one with extra words through
:meth:`Lexicons.extended` (or ``attrs.evolve``) and hand it to the parser.

>>> lex = Lexicons.default()
>>> "said" in lex.cue_forms({Frame.CLAUSE})
True
>>> "opined" in lex.extended(cue_verbs=["opine"]).cue_forms({Frame.CLAUSE})
True
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Final

import attrs
from attrs import field, frozen

from newsclaims.lexicons import _files
from newsclaims.lexicons._extend import ROW_LISTS, extend_rows
from newsclaims.lexicons._files import read_entries, read_rows
from newsclaims.lexicons._verbs import (
    ALL_FRAMES,
    ATTRIBUTION_TYPES,
    FRAMES,
    CueVerb,
    Frame,
    inflect,
)

__all__ = [
    "ALL_FRAMES",
    "ATTRIBUTION_TYPES",
    "FRAMES",
    "CueVerb",
    "Frame",
    "Lexicons",
    "inflect",
    "read_entries",
    "read_rows",
]


def _verbs(items: Iterable[CueVerb]) -> tuple[CueVerb, ...]:
    return tuple(sorted(items, key=lambda v: v.lemma))


# cache_hash: the parser's per-process tables are looked up by the lexicons once or
# twice per article, and hashing every list each time cost a few percent of a parse.
@frozen(kw_only=True, cache_hash=True)
class Lexicons:
    """Every word list the rules use, as immutable sets and tuples of rows: the
    lists of every stage (text, actors, claims, responses, quantities), one field per
    list.

    Build the shipped lists with :meth:`default`; add words with :meth:`extended`.
    """

    cue_verbs: tuple[CueVerb, ...] = field(converter=_verbs)
    """The reporting verbs, with their forms, frames and attribution type
    (``cue_verbs.tsv``), sorted by lemma."""
    cue_nouns: frozenset[str]
    """Nouns that report speech: "X's *claim* that ..."."""
    source_phrases: frozenset[str]
    """Phrases that put the source after the content: "*according to* X"."""
    hedges: frozenset[str]
    """Words and phrases that mark uncertainty ("allegedly", "appears to")."""
    pronouns: frozenset[str]
    """Subject pronouns that can name a speaker ("she", "they", relative "who")."""
    object_pronouns: frozenset[str]
    """Object pronouns of addressees and targets ("him", "them")."""
    determiners: frozenset[str]
    """Words that may open a speaker noun phrase ("the", "his", "several")."""
    abbreviations: frozenset[str]
    """Abbreviations whose period ends no sentence, without it ("capt", "apr")."""
    titles: frozenset[str]
    """Titles written before a name ("president", "gen.")."""
    roles: frozenset[str]
    """Role head nouns of a speaker or an actor ("spokeswoman", "ministry"): the
    first column of ``roles.tsv``."""
    modifiers: frozenset[str]
    """Lower-case words allowed before a role noun ("senior", "foreign")."""
    auxiliaries: frozenset[str]
    """Words between a speaker and the cue ("has", "also", "later")."""
    stopwords: frozenset[str]
    """Capitalised function words that open sentences but never names."""
    cue_verb_nouns: frozenset[str] = frozenset()
    """Cue-verb forms that are as often nouns ("attacks", "support"): a cue only
    right after a pronoun, name or role word."""
    line_labels: frozenset[str] = frozenset()
    """Words that head a line before a colon without naming a speaker ("Update:")."""
    source_nouns: frozenset[str] = frozenset()
    """Nouns of documents holding findings: "in a new *poll*, ..."."""
    cue_noun_objects: tuple[tuple[str, str], ...] = ()
    """(noun, preposition) of cue nouns whose content follows a preposition: "her
    *support for* the bill", "the mayor's *plan to* close the school"."""
    belief_cues: tuple[tuple[str, str], ...] = ()
    """(word, kind) of belief cues with no source beside them ("seems", "is
    expected to", "is seen as"); kind is ``verb``, ``to`` or ``as``."""
    furniture_labels: frozenset[str] = frozenset()
    """Labels of link and media lines ("read more", "watch", "related"): such a line
    is page furniture."""
    attribution_words: tuple[tuple[str, str], ...] = ()
    """(word, type) of cue words other than cue verbs whose attribution is not an
    assertion: cue nouns ("belief", "plan"), raising verbs ("seem"), "seen as"."""
    actor_roles: tuple[tuple[str, str, str, str], ...] = ()
    """(word, kind, gender, number) of the role heads the mention scanner reads (the
    rows of ``roles.tsv`` whose use is ``all``): what actor a role names. A word of
    :attr:`roles` without a row here names a person (a row gives it another kind,
    gender or number)."""
    speaker_roles: frozenset[str] = frozenset()
    """Words of :attr:`roles` that head a speaker but that the mention scanner does
    not read as actors anywhere in a text ("poll", "study": as often verbs); the rows
    of ``roles.tsv`` whose use is ``speaker``."""
    document_roles: frozenset[str] = frozenset()
    """Words of :attr:`roles` that name a document ("report", "statement", "poll",
    "release"), whatever their use: a speaker they head after a name ("a Harbour
    Board press *release*") speaks for the name, its issuer; the rows of
    ``roles.tsv`` whose kind is ``document``."""
    honorifics: tuple[tuple[str, str], ...] = ()
    """(title, gender) of titles before a name ("Mr.", "Sen.")."""
    designators: tuple[tuple[str, str], ...] = ()
    """(word, kind) of capitalised words that make a name an organisation's."""
    actor_titles: frozenset[str] = frozenset()
    """Capitalised words of a title before a name ("Attorney"), as written."""
    verbish: frozenset[str] = frozenset()
    """Words after a country's name that show the country acts ("has", "in")."""
    nonnames: frozenset[str] = frozenset()
    """Capitalised words that never begin a name ("However", "Monday"), as written."""
    things: frozenset[str] = frozenset()
    """Head nouns of images and evidence ("photographs", "evidence"): a speaker they
    head shows what the claim says but makes no actor."""
    countries: tuple[tuple[str, str, str, str, str, str], ...] = ()
    """(code, name, aliases, demonyms, capitals, seats) of every country: the rows of
    ``countries.tsv`` as written, a cell's names joined with ``|``."""
    response_cues: tuple[tuple[str, str], ...] = ()
    """(phrase, kind) of the words before a claim that make it an answer ("denied":
    ``denial``; "in response": ``other``, the content decides); kind is a value of
    :class:`~newsclaims.model.ResponseKind`."""
    response_stances: tuple[tuple[str, str], ...] = ()
    """(phrase, kind) of the words in an answer's own content that give its kind when
    no cue does ("unacceptable": ``condemnation``)."""
    response_acts: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    """(nouns, words) of each act of saying or deciding: the nouns that name it ("the
    ruling") and the words that introduce a claim of it ("ruled")."""
    response_objects: frozenset[str] = frozenset()
    """Nouns that point at what another party said or did ("the decision")."""
    response_determiners: frozenset[str] = frozenset()
    """Words that make an act noun point back ("this argument", "their ruling")."""
    response_reporting: frozenset[str] = frozenset()
    """Cues that report news rather than an answer ("announced", "according to")."""
    response_voices: frozenset[str] = frozenset()
    """Nouns naming those who speak for a party ("spokesman", "office", "campaign"):
    "the mayor's office" speaks for the mayor."""
    quantity_number_words: tuple[tuple[str, int], ...] = ()
    """(word, value) of cardinal number words: ("twenty", 20), ("dozen", 12)."""
    quantity_scales: tuple[tuple[str, int], ...] = ()
    """(word, multiplier) of scale words after a figure: ("bn", 10**9)."""
    quantity_qualifiers: tuple[tuple[str, str], ...] = ()
    """(phrase, qualifier) of words before a figure: ("at least", "at_least"); the
    qualifier is a value of :class:`~newsclaims.model.QuantityQualifier`."""
    quantity_currencies: tuple[tuple[str, str, str], ...] = ()
    """(form, code, position) of currency symbols, codes and words: the ISO 4217 code
    and where the form stands, ``prefix`` ("$5"), ``suffix`` ("5 euros") or
    ``both``."""
    quantity_vague: tuple[tuple[str, int | None], ...] = ()
    """(phrase, low) of vague amounts and the lowest figure they allow ("dozens", 24);
    ``None``: no bound."""
    quantity_labels: frozenset[str] = frozenset()
    """Words after which a figure is an index or a name ("article", "page")."""
    quantity_months: frozenset[str] = frozenset()
    """Month names and abbreviations: a figure beside a capitalised one is a date."""
    quantity_plurals: frozenset[str] = frozenset()
    """Plural nouns without -s ("people", "police"): a counted noun ends there."""
    quantity_unit_stop_words: frozenset[str] = frozenset()
    """Words that end the counted noun after a figure ("are", "said", "more")."""
    quantity_unit_suffixes: frozenset[str] = frozenset()
    """Units of measure written against a figure ("km" in "10km")."""

    @classmethod
    def default(cls) -> Lexicons:
        """The lists shipped with newsclaims (loaded once, then shared)."""
        return _default()

    def cue_forms(self, frames: Iterable[Frame | str]) -> frozenset[str]:
        """Every form of every cue verb taking at least one of ``frames``
        (:class:`Frame` members or their letters).

        >>> "urged" in Lexicons.default().cue_forms({Frame.OBJECT_INFINITIVE})
        True
        """
        wanted = frozenset(frames)
        out: set[str] = set()
        for verb in self.cue_verbs:
            if verb.frames & wanted:
                out.update(verb.all_forms)
        return frozenset(out)

    def frames_of(self, form: str) -> frozenset[Frame]:
        """The frames of a cue verb form (empty when it is not a cue)."""
        return frozenset(
            f for v in self.cue_verbs if form in v.all_forms for f in v.frames
        )

    def extended(
        self, *, cue_verbs: Iterable[str | CueVerb] = (), **words: Iterable[object]
    ) -> Lexicons:
        """A copy with extra words; a bare verb lemma gets regular inflections and
        the frames :attr:`Frame.CLAUSE` and :attr:`Frame.QUOTE`.

        A list of words takes words (lower-cased, but for ``actor_titles`` and
        ``nonnames``); a list of rows takes rows of its columns (a tuple each, its
        first cell lower-cased like a word, but for ``countries``, ``honorifics``
        and ``designators``): a row for a word the list has replaces its row.

        Raises:
            TypeError: a keyword names no word list, or a list of words gets
                something else than words.
            ValueError: a row has the wrong cells.

        >>> lex = Lexicons.default().extended(roles=["ombudsman"])
        >>> "ombudsman" in lex.roles, "ombudsman" in Lexicons.default().roles
        (True, False)
        >>> lex = Lexicons.default().extended(response_cues=[("scoffed at", "rebuttal")])
        >>> ("scoffed at", "rebuttal") in lex.response_cues
        True
        """
        extra = [
            v if isinstance(v, CueVerb) else CueVerb(v, inflect(v), _SAY_FRAMES)
            for v in cue_verbs
        ]
        known = {v.lemma for v in extra}
        changes: dict[str, object] = {
            "cue_verbs": [v for v in self.cue_verbs if v.lemma not in known] + extra
        }
        for name, items in words.items():
            current = getattr(self, name, None)
            if name in ROW_LISTS:
                changes[name] = extend_rows(name, getattr(self, name), items)
                continue
            if not isinstance(current, frozenset):
                raise TypeError(f"extended() got an unknown word list {name!r}")
            added = list(items)
            if not all(isinstance(w, str) for w in added):
                raise TypeError(f"extended(): {name} takes words (str), got {added!r}")
            keep_case = name in _AS_WRITTEN
            changes[name] = current | {
                w if keep_case else w.lower() for w in added if isinstance(w, str)
            }
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]


_SAY_FRAMES: Final = frozenset({Frame.CLAUSE, Frame.QUOTE})
"""The frames of a bare verb added by :meth:`Lexicons.extended`."""

_AS_WRITTEN: Final = frozenset({"actor_titles", "nonnames"})
"""Word lists kept as written by :meth:`Lexicons.extended` (capitalised words)."""


@cache
def _default() -> Lexicons:
    """The shipped lists: every data file, each read once."""
    rows = _files.rows("roles.tsv", 5)
    actor_roles = tuple(row[:4] for row in rows if row[4] == "all")
    f = _files
    return Lexicons(
        cue_verbs=f.cue_verbs("cue_verbs.tsv"),
        cue_nouns=f.words("cue_nouns.txt"),
        cue_noun_objects=f.noun_objects("cue_noun_objects.tsv"),
        source_phrases=f.words("source_phrases.txt"),
        hedges=f.words("hedges.txt"),
        pronouns=f.words("pronouns.txt"),
        object_pronouns=f.words("object_pronouns.txt"),
        determiners=f.words("determiners.txt"),
        abbreviations=f.words("abbreviations.txt"),
        titles=f.words("titles.txt"),
        roles=frozenset(row[0] for row in rows),
        actor_roles=actor_roles,  # type: ignore[arg-type]
        speaker_roles=frozenset(row[0] for row in rows if row[4] == "speaker"),
        document_roles=frozenset(row[0] for row in rows if row[1] == "document"),
        honorifics=f.rows("actor_honorifics.tsv", 2),  # type: ignore[arg-type]
        designators=f.rows("actor_designators.tsv", 2),  # type: ignore[arg-type]
        actor_titles=f.words("actor_titles.txt"),
        verbish=f.words("actor_verbish.txt"),
        nonnames=f.words("actor_nonnames.txt"),
        things=f.words("actor_things.txt"),
        countries=f.rows("countries.tsv", 6),  # type: ignore[arg-type]
        modifiers=f.words("modifiers.txt"),
        auxiliaries=f.words("auxiliaries.txt"),
        stopwords=f.words("stopwords.txt"),
        cue_verb_nouns=f.words("cue_verb_nouns.txt"),
        line_labels=f.words("line_labels.txt"),
        belief_cues=f.pairs("belief_cues.tsv"),
        attribution_words=f.pairs("attribution_words.tsv"),
        furniture_labels=f.words("furniture_labels.txt"),
        source_nouns=f.words("source_nouns.txt"),
        response_cues=f.rows("response_cues.tsv", 2),  # type: ignore[arg-type]
        response_stances=f.rows("response_stances.tsv", 2),  # type: ignore[arg-type]
        response_acts=f.acts("response_acts.tsv"),
        response_objects=f.words("response_objects.txt"),
        response_determiners=f.words("response_determiners.txt"),
        response_reporting=f.words("response_reporting.txt"),
        response_voices=f.words("response_voices.txt"),
        quantity_number_words=f.counts("quantity_number_words.tsv"),
        quantity_scales=f.counts("quantity_scales.tsv"),
        quantity_qualifiers=f.rows("quantity_qualifiers.tsv", 2),  # type: ignore[arg-type]
        quantity_currencies=f.rows("quantity_currencies.tsv", 3),  # type: ignore[arg-type]
        quantity_vague=f.bounds("quantity_vague.tsv"),
        quantity_labels=f.words("quantity_labels.txt"),
        quantity_months=f.words("quantity_months.txt"),
        quantity_plurals=f.words("quantity_plurals.txt"),
        quantity_unit_stop_words=f.words("quantity_unit_stop_words.txt"),
        quantity_unit_suffixes=f.words("quantity_unit_suffixes.txt"),
    )
