"""Draft actors of the coreference walk, and the plain tests the walk applies to
names, affiliations and the text between two mentions.

:class:`~newsclaims.rules.actors.coref_actors.Walker` builds one :class:`Draft` per
actor it finds and asks these whether a mention may join one.
"""

from __future__ import annotations

from typing import Final

import attrs

from newsclaims._regex import compile_pattern, match
from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.parse import Mention, MentionForm

__all__ = ["Draft", "mention_before"]

_UNKNOWN: Final = ActorKind.UNKNOWN
_PERSON: Final = ActorKind.PERSON
_APPOSITION: Final = frozenset({", ", " \u2014 ", " \u2013 ", " - "})
_AGED_APPOSITION: Final = compile_pattern(
    r",\x20(?:\p{N}{1,3}+|[a-z]{3,12}+)-year-old\x20(?:\p{Ll}{2,20}+\x20){0,2}+\Z"
)
"""An appositive's age (and a lower-case noun or two) before its name: "a
supporter*, 34-year-old retired teacher* Ann Lee"."""
_AS: Final = compile_pattern(r"\x20as\x20(?:\p{N}{1,3}+-year-old\x20)?+\Z")
"""A description's name after "as", maybe with an age: "the suspect* as 34-year-old*
Bo Dahl"."""


@attrs.define
class Draft:
    """An actor being built: its names, roles and mentions."""

    kind: ActorKind = _UNKNOWN
    names: list[str] = attrs.Factory(list)
    descriptions: list[str] = attrs.Factory(list)
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None
    heads: set[str] = attrs.Factory(set)
    keys: set[tuple[str, ...]] = attrs.Factory(set)
    gender: str = "-"
    mentions: list[Span] = attrs.Factory(list)
    who: bool = False
    """Whether "who" follows a mention ("Ann Lee, who fished"): a person. Read for
    the reported kind only, not during the walk (pronouns and which actors are
    kept go by what the walk has learnt)."""
    _seen: int = attrs.field(init=False, default=0, repr=False, eq=False)
    _name_words: set[str] = attrs.field(init=False, factory=set, repr=False, eq=False)
    _multiword: bool = attrs.field(init=False, default=False, repr=False, eq=False)

    def _sync(self) -> None:
        """Take in the names added since the last call (names are only ever added)."""
        if self._seen == len(self.names):
            return  # the usual case: nothing new
        for name in self.names[self._seen :]:
            parts = name.split()
            self._name_words.update(map(str.casefold, parts))
            self._multiword = self._multiword or len(parts) > 1
        self._seen = len(self.names)

    def has_name_word(self, word: str) -> bool:
        """Whether ``word`` (case-folded) is one word of one of the names."""
        if self._seen != len(self.names):
            self._sync()
        return word in self._name_words

    def canonical(self) -> str | None:
        """The fullest name seen, else the most specific description, else ``None``
        (an actor the text names only by a pronoun).

        >>> Draft(names=["Lee", "Ann Lee"]).canonical()
        'Ann Lee'
        >>> Draft().canonical() is None
        True
        """
        if self.names:
            return max(self.names, key=lambda n: (len(n.split()), len(n)))
        if self.descriptions:
            return max(self.descriptions, key=len)
        return None

    @property
    def personish(self) -> bool:
        """Whether "he" or "she" could refer to this actor."""
        if self.kind is _PERSON:
            return True
        if self.kind is not _UNKNOWN:
            return False
        self._sync()
        return self._multiword


_object_new: Final = object.__new__


def _fresh(kind: ActorKind) -> Draft:
    """``Draft(kind=kind)``, slot by slot: a walk starts a draft for every other
    mention, and the generated ``__init__`` tests each defaulted field."""
    draft: Draft = _object_new(Draft)
    draft.kind = kind
    draft.names = []
    draft.descriptions = []
    draft.title = None
    draft.affiliation = None
    draft.country = None
    draft.who = False
    draft.heads = set()
    draft.keys = set()
    draft.gender = "-"
    draft.mentions = []
    draft._seen = 0  # noqa: SLF001 - the private fields are set here as in __init__
    draft._name_words = set()  # noqa: SLF001
    draft._multiword = False  # noqa: SLF001
    return draft


def _same_person(
    known: tuple[str, ...], key: tuple[str, ...], *, middle: bool = True
) -> bool:
    """Whether the name ``key`` may name the actor named ``known``: ``known`` ends
    it ("Lee", "Ann Lee"), or both have the same first and last names and one holds
    a middle name the other leaves out ("Ann Lee", "Ann Mary Lee").

    >>> _same_person(("ann", "lee"), ("ann", "mary", "lee"))
    True
    >>> _same_person(("bo", "lee"), ("ann", "mary", "lee"))
    False
    """
    if key[len(key) - len(known) :] == known:
        return True
    return (
        middle
        and len(known) > 1
        and len(key) > 1
        and len(known) != len(key)
        and known[0] == key[0]
        and known[-1] == key[-1]
    )


def _apposition(text: str, start: int, end: int, *, named: bool = False) -> bool:
    """Whether ``text[start:end]`` joins a phrase to its appositive: a comma or a
    dash, maybe with an age ("Ann Lee, 34-year-old teacher"), or, when a name
    follows a description (``named``), "as" ("named the suspect *as* Bo Dahl",
    "named the victim *as* 34-year-old Ann Lee"; not "chose Ann Lee as mayor")."""
    gap = text[start:end]
    if gap in _APPOSITION:
        return True
    if named and gap[:4] == " as ":
        return len(gap) <= 24 and match(_AS, text, start, end) is not None  # noqa: PLR2004
    return (
        gap[:2] == ", "
        and len(gap) <= 64  # noqa: PLR2004 - ", twenty-year-old retired teacher "
        and match(_AGED_APPOSITION, text, start, end) is not None
    )


def _compatible(draft: Draft, m: Mention) -> bool:
    return not (
        draft.affiliation and m.affiliation and draft.affiliation != m.affiliation
    )


_POSSESSIVE_S: Final = frozenset({"'s", "\u2019s"})
"""What follows a possessor inside a description ("the agency*'s* spokeswoman")."""


def mention_before(text: str, spans: list[Span], i: int, m: Mention) -> int:
    """The index of the mention before mention ``i`` (``m``), past a possessor
    inside a description ("Ann Lee, *the agency*'s spokeswoman,": Ann Lee); -1 if
    none, or if another mention inside ``m`` opens it ("Ann Lee, *her* son,": his
    own actor)."""
    start = spans[i].start
    k = i - 1
    while k >= 0 and spans[k].start >= start:
        end = spans[k].end
        if m.form is not MentionForm.DESCRIPTION or text[end : end + 2] not in (
            _POSSESSIVE_S
        ):
            return -1
        k -= 1
    return k
