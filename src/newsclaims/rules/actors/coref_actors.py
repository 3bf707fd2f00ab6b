"""The coreference walk: mentions in text order -> draft actors.

A :class:`Walker` resolves names, countries and descriptions in a first pass and
pronouns in a second (a quote's speaker may be named after the quote), always looking
back over a bounded number of mentions. :mod:`newsclaims.rules.actors.coref` drives it.
"""

from __future__ import annotations

import contextlib
from bisect import bisect_right
from itertools import pairwise
from typing import Final

from newsclaims._regex import compile_pattern, finditer
from newsclaims.errors import PatternTimeoutError
from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.coref_bodies import index_body, reordered
from newsclaims.rules.actors.coref_drafts import (
    Draft,
    _apposition,
    _compatible,
    _fresh,
    _same_person,
    mention_before,
)
from newsclaims.rules.actors.coref_pronouns import pick_antecedent
from newsclaims.rules.actors.parse import Mention, MentionForm

__all__ = ["SENTENCE_END", "Draft", "Walker"]

# Enum members as module constants: an enum attribute look-up costs ~0.1 us.
_UNKNOWN: Final = ActorKind.UNKNOWN
_PERSON: Final = ActorKind.PERSON
_GOVERNMENT: Final = ActorKind.GOVERNMENT
_ORGANIZATION: Final = ActorKind.ORGANIZATION
_PRONOUN: Final = MentionForm.PRONOUN
_NAME: Final = MentionForm.NAME
_COUNTRY: Final = MentionForm.COUNTRY
_DESCRIPTION: Final = MentionForm.DESCRIPTION
_PERSONISH: Final = frozenset([_PERSON, _UNKNOWN])
_BODY_KINDS: Final = frozenset([_ORGANIZATION, _GOVERNMENT])
_NAME_TAIL_WORDS: Final = 8
"""The most words of a fuller name that a shorter one can stand for ("Lee" for "Ann
Lee"): a name's tail is looked up only this far back, so a run of thousands of
capitalised words costs linear time, not quadratic."""

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
_BUSINESS_HEADS: Final = _ORG_HEADS - {"group", "organization", "organisation"}
"""The heads of :data:`_ORG_HEADS` that name a business: such a description never
falls back to an actor described as a group ("the company" is not "the group")."""
_RELATIVE: Final = frozenset({"who", "which"})
"""Relative pronouns: they resolve a speaker ("Ann Lee, who said") but are reported as
no mention of the actor (news annotation draws only names, descriptions and
personal pronouns)."""
_INDEFINITE: Final = frozenset({"a", "an", "another", "one"})


def _head(head: str | None) -> str | None:
    return None if head is None else _SAME.get(head, head)


class Walker:
    """One coreference walk over the mentions of one text."""

    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        *,
        window: int,
        spans: list[Span] | None = None,
    ) -> None:
        """Walk ``mentions`` (in text order); ``spans``: where each stands, when not
        at its own span (see :func:`~newsclaims.rules.actors.entities.scan_readings`)."""
        self.text = text
        self.mentions = mentions
        self.spans = [m.span for m in mentions] if spans is None else spans
        self.window = window
        self.drafts: list[Draft] = []
        self.owner: list[int] = [-1] * len(mentions)
        self.roles: frozenset[int] = frozenset()
        self.title_end = text.find("\n") if text.find("\n\n", 0, 300) > 0 else -1
        """Where a title line ends (a line on its own before a blank line), or -1."""
        self.quotes: list[tuple[Span, int]] = []
        self._quote_starts: list[int] | None = None
        self._names: dict[tuple[str, ...], int] = {}
        self._acronyms: dict[str, int] = {}
        self._bags: dict[frozenset[str], int] = {}  # see :func:`reordered`
        self._countries: dict[str, int] = {}
        self._parent: list[int] = []
        ends = [0]
        with contextlib.suppress(PatternTimeoutError):
            ends += [m.end() for m in finditer(SENTENCE_END, text)]
        self.sentence = [bisect_right(ends, s.start) for s in self.spans]

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
        place, resolve = self._place, self._resolve
        pronouns = []
        for i, m in enumerate(self.mentions):
            if m.form is _PRONOUN:
                pronouns.append(i)
            else:
                place(i, resolve(i, m))
        for i in pronouns:
            m = self.mentions[i]
            d = pick_antecedent(self, i, m)
            if d is None and i in self.roles:
                d = self._new(m)
            place(i, d)
        parent, find = self._parent, self._find
        return [-1 if d < 0 else d if parent[d] == d else find(d) for d in self.owner]

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
        self.drafts.append(_fresh(m.kind))
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
        a.who = a.who or b.who
        if a.kind is _UNKNOWN:
            a.kind = b.kind
        self._parent[other] = into

    def _place(self, i: int, d: int | None) -> None:
        m = self.mentions[i]
        if d is None:
            if (m.form is _PRONOUN or self._predicate(i, m)) and i not in self.roles:
                return
            d = self._new(m)  # its own root
        elif self._parent[d] != d:
            d = self._find(d)
        self.owner[i] = d
        draft = self.drafts[d]
        if m.word in _RELATIVE and draft.mentions:
            if m.word == "who":
                draft.who = True  # "Ann Lee, who fished": a person (see ``who``)
            return  # "Ann Lee, who said": its speaker, but no mention of its own
        draft.mentions.append(self.spans[i])
        if m.form is _PRONOUN:
            if m.gender != "-":
                if draft.gender == "-":
                    draft.gender = m.gender
                if draft.kind is _UNKNOWN:
                    draft.kind = _PERSON
            return
        self._learn(d, draft, m, i)

    def _predicate(self, i: int, m: Mention) -> bool:
        """Whether ``m`` is a bare singular role of a person ("as *president*",
        "became *mayor*"): a predicate, no actor to start."""
        if (
            m.form is not _DESCRIPTION
            or m.kind is not _PERSON
            or m.plural
            or m.definite
            or m.name is not None
        ):
            return False
        if self.spans[i].end <= self.title_end:
            return False  # a headline drops its articles: "Judge rules on port"
        first = self.spans[i].of(self.text).partition(" ")[0].casefold()
        return first not in _INDEFINITE and first[:1].islower()

    def _learn(self, d: int, draft: Draft, m: Mention, i: int) -> None:
        """Take in what a name, country or description mention tells of its actor."""
        if draft.kind is _UNKNOWN or (draft.kind is _PERSON and m.kind is _GOVERNMENT):
            draft.kind = m.kind if m.kind is not _UNKNOWN else draft.kind
        if m.form is _COUNTRY and m.country:
            draft.country = m.country
            draft.names.append(m.name or "")
            self._countries[m.country] = d
        elif m.form is _NAME and m.name:
            draft.names.append(m.name)
            self._index_name(d, draft, m)
        else:
            self._describe(draft, self.spans[i])
        if m.key and m.form is _DESCRIPTION:
            self._names.setdefault(m.key, d)
        head = m.head
        if head:
            draft.heads.add(_SAME.get(head, head))  # :func:`_head`
        draft.title = draft.title or m.title
        draft.affiliation = draft.affiliation or m.affiliation
        if draft.gender == "-":
            draft.gender = m.gender

    def _describe(self, draft: Draft, span: Span) -> None:
        phrase = span.of(self.text)
        first, _, rest = phrase.partition(" ")
        if rest and first.casefold() in {"a", "an", "the", "this", "that"}:
            phrase = rest
        draft.descriptions.append(phrase)

    def _index_name(self, d: int, draft: Draft, m: Mention) -> None:
        key, kind, names = m.key, m.kind, self._names
        draft.keys.add(key)
        names[key] = d
        if kind in _PERSONISH:
            if 1 < len(key) <= _PARTS:
                for j in range(1, len(key)):
                    names[key[j:]] = d  # surname and partial names
        elif kind in _BODY_KINDS:
            caps = [w for w in key if w not in {"of", "the", "and"}]
            if len(caps) > 1:
                self._acronyms.setdefault("".join(w[0] for w in caps).upper(), d)
                index_body(self._names, self._bags, d, m)
                names.setdefault(key[-1:], d)  # "the House", "the Court"
                if m.name:
                    short = m.name.split()
                    names.setdefault(tuple(w.casefold() for w in short[-2:]), d)
                    if "of" in short[2:]:  # "the Board": "Lake County Board of Health"
                        k = short.index("of", 2)
                        names.setdefault((short[k - 1].casefold(),), d)
                        # "the High Court": "High Court of Eastland"
                        names.setdefault(tuple(w.casefold() for w in short[:k]), d)
        if m.acronym:
            self._acronyms[m.acronym] = d

    def _resolve(self, i: int, m: Mention) -> int | None:
        if m.form is _COUNTRY and m.country:
            return self._countries.get(m.country)
        apposed = self._apposed(i, m)
        if m.form is _NAME:
            found = self._names.get(m.key)
            if found is None and m.name and m.name in self._acronyms:
                found = self._acronyms[m.name]
            if found is None:
                found = self._partial(m)
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

    def _partial(self, m: Mention) -> int | None:
        """An actor named before by a part of this name, or a body by its words in
        another order."""
        found = self._shorter(m) if m.kind is not _ORGANIZATION else None
        if found is None and m.kind in _BODY_KINDS:
            found = reordered(self, m)
        return found

    def _shorter(self, m: Mention) -> int | None:
        """An actor named so far by a part of this fuller name ("Lee" for "Ann Lee"),
        or by the same first and last names ("Ann Lee" for "Ann Mary Lee")."""
        key = m.key
        person = m.kind in _PERSONISH  # a body's name has no middle name
        for j in range(max(1, len(key) - _NAME_TAIL_WORDS), len(key)):
            d = self._names.get(key[j:])
            if d is None:
                continue
            d = self._find(d)
            if all(_same_person(k, key, middle=person) for k in self.drafts[d].keys):
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
        """The actor of the phrase ``m`` stands in apposition to ("Ann Lee, the mayor,",
        "Ann Lee, the agency's spokeswoman,")."""
        start = self.spans[i].start
        k = mention_before(self.text, self.spans, i, m)
        d = self.owner[k] if k >= 0 else -1
        p = self.mentions[k]
        end = self.spans[i].end
        if (
            d < 0  # first: the cheapest test
            or p.form is _PRONOUN
            or not _apposition(
                self.text,
                self.spans[k].end,
                start,
                named=p.form is _DESCRIPTION and m.form is _NAME,
            )
        ):
            return None
        after = self.text[end : end + 1]
        if after not in _APPOSITIVE_ENDS or m.plural or p.plural:
            return None
        names_it = (p.form is _NAME and m.form is _DESCRIPTION) or (
            p.form is _DESCRIPTION and m.form is _NAME
        )
        if names_it and p.kind in _PERSONISH and m.kind in _PERSONISH:
            draft = self.drafts[self._find(d)]
            if m.form is _NAME and draft.names:
                return None
            return self._find(d)
        return None

    def _possessed_again(self, i: int, head: str | None) -> int | None:
        """The actor of an earlier description with the same possessive and head
        ("his lawyers ... His lawyers"): the same party, said again."""
        if head is None:
            return None
        text, spans = self.text, self.spans
        word = spans[i].of(text).partition(" ")[0].casefold()
        for j in range(i - 1, max(-1, i - self.window), -1):
            p = self.mentions[j]
            if (
                p.possessed
                and _head(p.head) == head
                and self.owner[j] >= 0
                and spans[j].of(text).partition(" ")[0].casefold() == word
            ):
                return self._find(self.owner[j])
        return None

    def _description(self, i: int, m: Mention) -> int | None:
        if m.key and m.key in self._names:
            return self._find(self._names[m.key])
        head = _head(m.head)
        if head is None or m.possessed:
            # "her government": someone else's, but the same again is the same
            return self._possessed_again(i, head)
        if not m.definite and not m.plural:
            return None  # "a court clerk": someone new
        fallback: int | None = None
        owner, drafts, parent = self.owner, self.drafts, self._parent
        seen: set[int] = set()  # a draft found again tests the same
        # what a head with no draft holding it falls back to, chosen once:
        org, country = head in _ORG_HEADS, head == "country"
        business = head in _BUSINESS_HEADS  # "the company" is no "group"
        affiliation = m.affiliation
        for j in range(i - 1, max(-1, i - self.window), -1):
            d = owner[j]
            if d < 0:
                continue
            if parent[d] != d:
                d = self._find(d)
            if d in seen:
                continue
            seen.add(d)
            draft = drafts[d]
            if head in draft.heads and not (
                affiliation and draft.affiliation and draft.affiliation != affiliation
            ):
                # :func:`_compatible`; but a nearer named business beats a farther
                # description that only shares the head ("largest network ...
                # Kestrel Media ... the network")
                named_nearer = business and fallback is not None and not draft.names
                return fallback if named_nearer else d
            if fallback is None and (
                (
                    draft.kind is _ORGANIZATION
                    and not (business and "group" in draft.heads)
                )
                if org
                else (draft.country is not None)
                if country
                else draft.has_name_word(head)
            ):
                fallback = d
        return fallback


_APPOSITIVE_ENDS: Final = frozenset(
    {",", ".", ")", "", " ", ";", ":", "\u2013", "\u2014"}
)
"""What may follow an appositive: "Ann Lee, the mayor*;* she said"."""
