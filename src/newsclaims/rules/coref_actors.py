"""The coreference walk: mentions in text order -> draft actors.

A :class:`Walker` resolves names, countries and descriptions in a first pass and
pronouns in a second (a quote's speaker may be named after the quote), always looking
back over a bounded number of mentions. :mod:`newsclaims.rules.coref` drives it.
"""

from __future__ import annotations

import contextlib
from bisect import bisect_right
from itertools import pairwise
from typing import Final

import attrs

from newsclaims._regex import compile_pattern, finditer
from newsclaims.errors import PatternTimeoutError
from newsclaims.model import ActorKind, Span
from newsclaims.rules.coref_pronouns import pick_antecedent
from newsclaims.rules.entities_parse import Mention, MentionForm

__all__ = ["SENTENCE_END", "Draft", "Walker"]

SENTENCE_END: Final = compile_pattern(
    r"""
    [.!?]
    (?<!\b\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Jr|Sr|No|Inc|Corp|Co|Ltd|vs)\.)
    ['"\u201d\u2019)\]]{0,3}+\s++(?=['"\u201c\u2018(\[]?\p{Lu})
    | \n++
    """
)
"""Where a sentence ends (an approximation good enough for lookback)."""

_PARTS: Final = 4  # a person's name longer than this is no name to take apart
_SAME: Final = {"spokesman": "spokesperson", "spokeswoman": "spokesperson"}
_ORG_HEADS: Final = frozenset(
    [
        "company",
        "firm",
        "network",
        "corporation",
        "broadcaster",
        "newspaper",
        "group",
        "organization",
        "organisation",
        "manufacturer",
        "site",
    ]
)
_APPOSITION: Final = frozenset({", ", " \u2014 ", " \u2013 ", " - "})


def _head(head: str | None) -> str | None:
    return None if head is None else _SAME.get(head, head)


@attrs.define
class Draft:
    """An actor being built: its names, roles and mentions."""

    kind: ActorKind = ActorKind.UNKNOWN
    names: list[str] = attrs.Factory(list)
    descriptions: list[str] = attrs.Factory(list)
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None
    heads: set[str] = attrs.Factory(set)
    keys: set[tuple[str, ...]] = attrs.Factory(set)
    gender: str = "-"
    mentions: list[Span] = attrs.Factory(list)
    _seen: int = attrs.field(init=False, default=0, repr=False, eq=False)
    _name_words: set[str] = attrs.field(init=False, factory=set, repr=False, eq=False)
    _multiword: bool = attrs.field(init=False, default=False, repr=False, eq=False)

    def _sync(self) -> None:
        """Take in the names added since the last call (names are only ever added)."""
        if self._seen == len(self.names):
            return  # the usual case: nothing new
        for name in self.names[self._seen :]:
            parts = name.split()
            self._name_words.update(n.casefold() for n in parts)
            self._multiword = self._multiword or len(parts) > 1
        self._seen = len(self.names)

    def has_name_word(self, word: str) -> bool:
        """Whether ``word`` (case-folded) is one word of one of the names."""
        self._sync()
        return word in self._name_words

    def canonical(self) -> str:
        """The fullest name seen, else the most specific description.

        >>> Draft(names=["Lee", "Ann Lee"]).canonical()
        'Ann Lee'
        """
        if self.names:
            return max(self.names, key=lambda n: (len(n.split()), len(n)))
        if self.descriptions:
            return max(self.descriptions, key=len)
        return "unknown"

    @property
    def personish(self) -> bool:
        """Whether "he" or "she" could refer to this actor."""
        if self.kind is ActorKind.PERSON:
            return True
        if self.kind is not ActorKind.UNKNOWN:
            return False
        self._sync()
        return self._multiword


class Walker:
    """One coreference walk over the mentions of one text."""

    def __init__(self, text: str, mentions: list[Mention], *, window: int) -> None:
        self.text = text
        self.mentions = mentions
        self.window = window
        self.drafts: list[Draft] = []
        self.owner: list[int] = [-1] * len(mentions)
        self.roles: frozenset[int] = frozenset()
        self.quotes: list[tuple[Span, int]] = []
        self._quote_starts: list[int] | None = None
        self._names: dict[tuple[str, ...], int] = {}
        self._acronyms: dict[str, int] = {}
        self._countries: dict[str, int] = {}
        self._parent: list[int] = []
        ends = [0]
        with contextlib.suppress(PatternTimeoutError):
            ends += [m.end() for m in finditer(SENTENCE_END, text)]
        self.sentence = [bisect_right(ends, m.span.start) for m in mentions]

    def add_quote(self, content: Span, speaker: int) -> None:
        """Mark ``content`` as said by the speaker mention ``speaker``."""
        self.quotes.append((content, speaker))
        self._quote_starts = None

    def quotes_around(self, span: Span) -> list[tuple[Span, int]]:
        """The quotes whose content holds ``span``, in the order they were added."""
        quotes = self.quotes
        if self._quote_starts is None:
            ordered = all(a.end <= b.start for (a, _), (b, _) in pairwise(quotes))
            self._quote_starts = [q.start for q, _ in quotes] if ordered else []
        if not self._quote_starts:  # none, or out of order: look at every one
            return [(q, s) for q, s in quotes if q.contains(span)]
        i = bisect_right(self._quote_starts, span.start) - 1  # disjoint: one at most
        if i >= 0 and quotes[i][0].contains(span):
            return [quotes[i]]
        return []

    def run(self) -> list[int]:
        """Resolve every mention; the draft of each (or -1)."""
        for i, m in enumerate(self.mentions):
            if m.form is not MentionForm.PRONOUN:
                self._place(i, self._resolve(i, m))
        for i, m in enumerate(self.mentions):
            if m.form is MentionForm.PRONOUN:
                d = pick_antecedent(self, i, m)
                if d is None and i in self.roles:
                    d = self._new(m)
                self._place(i, d)
        return [self._find(d) if d >= 0 else -1 for d in self.owner]

    def find(self, d: int) -> int:
        """The draft ``d`` was merged into (itself if none)."""
        return self._find(d)

    # -- helpers --------------------------------------------------------------------

    def _find(self, d: int) -> int:
        parent = self._parent
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    def _new(self, m: Mention) -> int:
        self.drafts.append(Draft(kind=m.kind))
        self._parent.append(len(self._parent))
        return len(self.drafts) - 1

    def _merge(self, into: int, other: int) -> None:
        into, other = self._find(into), self._find(other)
        if into == other:
            return
        a, b = self.drafts[into], self.drafts[other]
        a.names += b.names
        a.descriptions += b.descriptions
        a.heads |= b.heads
        a.keys |= b.keys
        a.mentions += b.mentions
        a.title = a.title or b.title
        a.affiliation = a.affiliation or b.affiliation
        if a.kind is ActorKind.UNKNOWN:
            a.kind = b.kind
        self._parent[other] = into

    def _place(self, i: int, d: int | None) -> None:
        m = self.mentions[i]
        if d is None:
            if i not in self.roles and m.form is MentionForm.PRONOUN:
                return
            d = self._new(m)
        d = self._find(d)
        self.owner[i] = d
        draft = self.drafts[d]
        draft.mentions.append(m.span)
        self._learn(d, draft, m)

    def _learn(self, d: int, draft: Draft, m: Mention) -> None:
        if m.form is MentionForm.PRONOUN:
            if draft.gender == "-" and m.gender != "-":
                draft.gender = m.gender
            if m.gender != "-" and draft.kind is ActorKind.UNKNOWN:
                draft.kind = ActorKind.PERSON
            return
        if draft.kind is ActorKind.UNKNOWN or (
            draft.kind is ActorKind.PERSON and m.kind is ActorKind.GOVERNMENT
        ):
            draft.kind = m.kind if m.kind is not ActorKind.UNKNOWN else draft.kind
        if m.form is MentionForm.COUNTRY and m.country:
            draft.country = m.country
            draft.names.append(m.name or "")
            self._countries[m.country] = d
        elif m.form is MentionForm.NAME and m.name:
            draft.names.append(m.name)
            self._index_name(d, m)
        else:
            self._describe(draft, m)
        if m.key and m.form is MentionForm.DESCRIPTION:
            self._names.setdefault(m.key, d)
        if head := _head(m.head):
            draft.heads.add(head)
        draft.title = draft.title or m.title
        draft.affiliation = draft.affiliation or m.affiliation
        if draft.gender == "-":
            draft.gender = m.gender

    def _describe(self, draft: Draft, m: Mention) -> None:
        phrase = m.span.of(self.text)
        first, _, rest = phrase.partition(" ")
        if rest and first.casefold() in {"a", "an", "the", "this", "that"}:
            phrase = rest
        draft.descriptions.append(phrase)

    def _index_name(self, d: int, m: Mention) -> None:
        key = m.key
        self.drafts[d].keys.add(key)
        self._names[key] = d
        if m.kind in {ActorKind.PERSON, ActorKind.UNKNOWN} and 1 < len(key) <= _PARTS:
            for j in range(1, len(key)):
                self._names[key[j:]] = d  # surname and partial names
        if m.acronym:
            self._acronyms[m.acronym] = d
        caps = [w for w in key if w not in {"of", "the", "and"}]
        if m.kind in {ActorKind.ORGANIZATION, ActorKind.GOVERNMENT} and len(caps) > 1:
            self._acronyms.setdefault("".join(w[0] for w in caps).upper(), d)
            self._names.setdefault(key[-1:], d)  # "the House", "the Court"
            if m.name:
                short = m.name.split()
                self._names.setdefault(tuple(w.casefold() for w in short[-2:]), d)

    def _resolve(self, i: int, m: Mention) -> int | None:
        if m.form is MentionForm.COUNTRY and m.country:
            return self._countries.get(m.country)
        apposed = self._apposed(i, m)
        if m.form is MentionForm.NAME:
            found = self._names.get(m.key)
            if found is None and m.name and m.name in self._acronyms:
                found = self._acronyms[m.name]
            if found is None:
                found = (
                    self._shorter(m) if m.kind is not ActorKind.ORGANIZATION else None
                )
            if found is None and m.head is not None:
                found = self._unnamed(i, m)
            if found is not None:
                found = self._find(found)
            if apposed is not None and found is None:
                return apposed
            if apposed is not None and found is not None:
                self._merge(found, apposed)
            return found
        if apposed is not None:
            return apposed
        return self._description(i, m)

    def _shorter(self, m: Mention) -> int | None:
        """An actor named so far by a part of this fuller name ("Lee" for "Ann Lee")."""
        key = m.key
        for j in range(1, len(key)):
            d = self._names.get(key[j:])
            if d is None:
                continue
            d = self._find(d)
            if all(key[len(key) - len(k) :] == k for k in self.drafts[d].keys):
                return d
        return None

    def _unnamed(self, i: int, m: Mention) -> int | None:
        """An unnamed actor with this name's title ("a judge" ... "Judge Ann Lee")."""
        head = _head(m.head)
        for j in range(i - 1, max(-1, i - self.window), -1):
            d = self.owner[j]
            if d < 0:
                continue
            draft = self.drafts[self._find(d)]
            if not draft.names and head in draft.heads and _compatible(draft, m):
                return self._find(d)
        return None

    def _apposed(self, i: int, m: Mention) -> int | None:
        """The actor of the phrase ``m`` stands in apposition to ("Ann Lee, the mayor,")."""
        if i == 0:
            return None
        p = self.mentions[i - 1]
        d = self.owner[i - 1]
        gap = self.text[p.span.end : m.span.start]
        if d < 0 or gap not in _APPOSITION or p.form is MentionForm.PRONOUN:
            return None
        after = self.text[m.span.end : m.span.end + 1]
        if after not in {",", ".", ")", "", " "} or m.plural or p.plural:
            return None
        forms = {p.form, m.form}
        person = {p.kind, m.kind} <= {ActorKind.PERSON, ActorKind.UNKNOWN}
        if forms == {MentionForm.NAME, MentionForm.DESCRIPTION} and person:
            draft = self.drafts[self._find(d)]
            if m.form is MentionForm.NAME and draft.names:
                return None
            return self._find(d)
        return None

    def _description(self, i: int, m: Mention) -> int | None:
        if m.key and m.key in self._names:
            return self._find(self._names[m.key])
        head = _head(m.head)
        if head is None or m.possessed:
            return None  # "her government": someone else's
        if not m.definite and not m.plural:
            return None  # "a court clerk": someone new
        fallback: int | None = None
        owner, drafts, find = self.owner, self.drafts, self._find
        for j in range(i - 1, max(-1, i - self.window), -1):
            d = owner[j]
            if d < 0:
                continue
            d = find(d)
            draft = drafts[d]
            if head in draft.heads and _compatible(draft, m):
                return d
            if fallback is None and _generic_match(draft, head):
                fallback = d
        return fallback


def _compatible(draft: Draft, m: Mention) -> bool:
    return not (
        draft.affiliation and m.affiliation and draft.affiliation != m.affiliation
    )


def _generic_match(draft: Draft, head: str) -> bool:
    if head in _ORG_HEADS:
        return draft.kind is ActorKind.ORGANIZATION
    if head == "country":
        return draft.country is not None
    return draft.has_name_word(head)
