"""Word lists the rules use, loaded once from the data files beside this module.

Each ``*.txt`` file holds one lower-case entry per line, sorted and unique, with ``#``
comments; ``cue_verbs.tsv`` holds one reporting verb per line with its inflections and
the frames it takes. ``README.md`` records where every list comes from.

A :class:`Lexicons` is immutable: build one with extra words through
:meth:`Lexicons.extended` (or ``attrs.evolve``) and hand it to the parser.

>>> lex = Lexicons.default()
>>> "said" in lex.cue_forms({Frame.CLAUSE})
True
>>> "opined" in lex.extended(cue_verbs=["opine"]).cue_forms({Frame.CLAUSE})
True
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Final

import attrs
from attrs import field, frozen

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


class Frame(StrEnum):
    """What a cue verb takes after it: the frames of ``cue_verbs.tsv``, whose third
    column writes each as its letter (the member's value).

    >>> Frame("o") is Frame.OBJECT_INFINITIVE, Frame.CLAUSE in "tq"
    (True, True)
    """

    CLAUSE = "t"
    """A (that-)clause: "said (that) the plan failed"."""
    THAT_CLAUSE = "h"
    """A clause after "that" only: "ruled that ..." (not "ruled the country")."""
    QUOTE = "q"
    """A direct quotation: "said: \"...\""."""
    INFINITIVE = "i"
    """A to-infinitive: "vowed to stay"."""
    OBJECT_INFINITIVE = "o"
    """An object, then a to-infinitive: "urged Y to stay"."""
    OBJECT_OF = "f"
    """An object, then "of": "accused Y of lying"."""
    OBJECT = "d"
    """A direct object: "condemned the attack"."""
    ADDRESSEE = "y"
    """An addressee, then a (that-)clause: "told Y (that) ..."."""
    PREPOSITION = "c"
    """A preposition, then the content: "expressed concern over Y"."""


FRAMES: Final = frozenset(Frame)
"""Every frame (see :class:`Frame`)."""
ALL_FRAMES: Final = FRAMES
"""Every frame, as :meth:`Lexicons.cue_forms` takes them (the same set as
:data:`FRAMES`)."""


ATTRIBUTION_TYPES: Final = (
    "assertion",
    "belief",
    "knowledge",
    "intention",
    "perception",
)
"""The attribution types of ``cue_verbs.tsv``'s fourth column and of
``attribution_words.tsv`` (the values of :class:`newsclaims.model.AttributionType`)."""


_VOWELS: Final = frozenset("aeiou")


def _doubles(word: str) -> bool:
    """Whether a one-syllable verb doubles its last consonant ("quip" → "quipped"):
    one vowel, then one consonant other than w, x or y. Longer verbs that double
    ("admit") are written out in ``cue_verbs.tsv``."""
    vowels = [
        i
        for i, ch in enumerate(word)
        if ch in _VOWELS and not (ch == "u" and word[i - 1 : i] == "q")  # "qu"
    ]
    return (
        len(vowels) == 1
        and vowels[0] == len(word) - 2
        and word[-1] not in _VOWELS | set("wxy")
        and word.isalpha()
    )


def inflect(lemma: str) -> tuple[str, str, str, str]:
    """Regular inflections of a verb: third person singular, past, participle, -ing.

    Phrasal cues inflect their first word. Irregular verbs belong in
    ``cue_verbs.tsv`` with their forms written out.

    >>> inflect("deny"), inflect("point out")[1], inflect("quip")[1]
    (('denies', 'denied', 'denied', 'denying'), 'pointed out', 'quipped')
    """
    head, sep, rest = lemma.partition(" ")
    tail = sep + rest
    if head.endswith("ee"):
        forms = (head + "s", head + "d", head + "d", head + "ing")
    elif head.endswith("e"):
        forms = (head + "s", head + "d", head + "d", head[:-1] + "ing")
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        forms = (head[:-1] + "ies", head[:-1] + "ied", head[:-1] + "ied", head + "ing")
    elif head.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms = (head + "es", head + "ed", head + "ed", head + "ing")
    elif _doubles(head):
        stem = head + head[-1]
        forms = (head + "s", stem + "ed", stem + "ed", stem + "ing")
    else:
        forms = (head + "s", head + "ed", head + "ed", head + "ing")
    third, past, participle, gerund = (f + tail for f in forms)
    return third, past, participle, gerund


def _frames(value: Iterable[Frame | str]) -> frozenset[Frame]:
    """The frames of ``value``: :class:`Frame` members or their letters (a string of
    letters such as ``"tq"`` is read letter by letter)."""
    items = set(value)
    bad = items - FRAMES
    if bad or not items:
        raise ValueError(
            f"unknown cue frames {value!r}: use letters of {sorted(FRAMES)}"
        )
    return frozenset(Frame(f) for f in items)


def _attribution(value: str) -> str:
    if value not in ATTRIBUTION_TYPES:
        raise ValueError(
            f"unknown attribution type {value!r}: use one of {ATTRIBUTION_TYPES}"
        )
    return value


@frozen
class CueVerb:
    """A reporting verb: its lemma, inflected forms, frames and attribution type.

    >>> deny = CueVerb("deny", ("denies", "denied", "denied", "denying"), "dt")
    >>> deny.forms[1], sorted(deny.frames)
    ('denied', [<Frame.OBJECT: 'd'>, <Frame.CLAUSE: 't'>])
    >>> CueVerb("plan", ("plans", "planned", "planned", "planning"), "i",
    ...         "intention").attribution
    'intention'
    """

    lemma: str
    forms: tuple[str, ...]
    frames: frozenset[Frame] = field(converter=_frames)
    """The frames the verb takes (given as members or as a string of letters)."""
    attribution: str = field(default="assertion", converter=_attribution)
    """What the verb attributes: ``assertion`` (a verb of saying), ``belief``,
    ``knowledge``, ``intention`` or ``perception``."""

    @property
    def all_forms(self) -> frozenset[str]:
        """The lemma and every inflected form."""
        return frozenset((self.lemma, *self.forms))


def _lines(name: str) -> list[str]:
    raw = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return raw.splitlines()


def read_entries(name: str) -> list[str]:
    """The entries of a word-list file: stripped lines, no blanks, no ``#`` comments.

    >>> "according to" in read_entries("source_phrases.txt")
    True
    """
    lines = (line.strip() for line in _lines(name))
    return [line for line in lines if line and not line.startswith("#")]


def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, its cells as written (an empty last
    cell stays), without blank and ``#`` comment lines.

    >>> read_rows("response_cues.tsv")[0]
    ('agreed', 'support')
    """
    return tuple(
        tuple(line.split("\t"))
        for line in _lines(name)
        if line and not line.startswith("#")
    )


def _words(name: str) -> frozenset[str]:
    return frozenset(read_entries(name))


def _pairs(name: str) -> tuple[tuple[str, str], ...]:
    pairs = (line.split("\t") for line in read_entries(name))
    return tuple(sorted((a, b) for a, b in pairs))


def _noun_objects(name: str) -> tuple[tuple[str, str], ...]:
    rows = (line.split("\t") for line in read_entries(name))
    return tuple(sorted((n, p) for n, preps in rows for p in preps.split()))


def _cue_verbs(name: str) -> tuple[CueVerb, ...]:
    verbs = []
    for line in read_entries(name):
        lemma, forms, frames, *kind = line.split("\t")
        verbs.append(CueVerb(lemma, tuple(forms.split(",")), frames, *kind))
    return tuple(verbs)


def _verbs(items: Iterable[CueVerb]) -> tuple[CueVerb, ...]:
    return tuple(sorted(items, key=lambda v: v.lemma))


# cache_hash: the parser's per-process tables are looked up by the lexicons once or
# twice per article, and hashing every list each time cost a few percent of a parse.
@frozen(kw_only=True, cache_hash=True)
class Lexicons:
    """Every word list the rules use, as immutable sets.

    Build the shipped lists with :meth:`default`; add words with :meth:`extended`.
    """

    cue_verbs: tuple[CueVerb, ...] = field(converter=_verbs)
    cue_nouns: frozenset[str]
    source_phrases: frozenset[str]
    hedges: frozenset[str]
    pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    determiners: frozenset[str]
    abbreviations: frozenset[str]
    titles: frozenset[str]
    roles: frozenset[str]
    modifiers: frozenset[str]
    auxiliaries: frozenset[str]
    stopwords: frozenset[str]
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
        self, *, cue_verbs: Iterable[str | CueVerb] = (), **words: Iterable[str]
    ) -> Lexicons:
        """A copy with extra words; a bare verb lemma gets regular inflections and
        the frames :attr:`Frame.CLAUSE` and :attr:`Frame.QUOTE`.

        Raises:
            TypeError: a keyword names no word list.

        >>> lex = Lexicons.default().extended(roles=["ombudsman"])
        >>> "ombudsman" in lex.roles, "ombudsman" in Lexicons.default().roles
        (True, False)
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
            if not isinstance(current, frozenset) or name == "cue_verbs":
                raise TypeError(f"extended() got an unknown word list {name!r}")
            keep_case = name in _AS_WRITTEN
            changes[name] = current | {w if keep_case else w.lower() for w in items}
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]


_SAY_FRAMES: Final = frozenset({Frame.CLAUSE, Frame.QUOTE})
"""The frames of a bare verb added by :meth:`Lexicons.extended`."""

_AS_WRITTEN: Final = frozenset({"actor_titles", "nonnames"})
"""Word lists kept as written by :meth:`Lexicons.extended` (capitalised words)."""


def _rows(name: str, width: int) -> tuple[tuple[str, ...], ...]:
    return tuple(row[:width] for row in read_rows(name))


@cache
def _default() -> Lexicons:
    rows = _rows("roles.tsv", 5)
    actor_roles = tuple(row[:4] for row in rows if row[4] == "all")
    speaker_roles = frozenset(row[0] for row in rows if row[4] == "speaker")
    return Lexicons(
        cue_verbs=_cue_verbs("cue_verbs.tsv"),
        cue_nouns=_words("cue_nouns.txt"),
        cue_noun_objects=_noun_objects("cue_noun_objects.tsv"),
        source_phrases=_words("source_phrases.txt"),
        hedges=_words("hedges.txt"),
        pronouns=_words("pronouns.txt"),
        object_pronouns=_words("object_pronouns.txt"),
        determiners=_words("determiners.txt"),
        abbreviations=_words("abbreviations.txt"),
        titles=_words("titles.txt"),
        roles=frozenset(row[0] for row in rows),
        actor_roles=actor_roles,  # type: ignore[arg-type]
        speaker_roles=speaker_roles,
        honorifics=_rows("actor_honorifics.tsv", 2),  # type: ignore[arg-type]
        designators=_rows("actor_designators.tsv", 2),  # type: ignore[arg-type]
        actor_titles=_words("actor_titles.txt"),
        verbish=_words("actor_verbish.txt"),
        nonnames=_words("actor_nonnames.txt"),
        modifiers=_words("modifiers.txt"),
        auxiliaries=_words("auxiliaries.txt"),
        stopwords=_words("stopwords.txt"),
        cue_verb_nouns=_words("cue_verb_nouns.txt"),
        line_labels=_words("line_labels.txt"),
        belief_cues=_pairs("belief_cues.tsv"),
        attribution_words=_pairs("attribution_words.tsv"),
        furniture_labels=_words("furniture_labels.txt"),
        source_nouns=_words("source_nouns.txt"),
    )
