"""Mentions -> actors: one actor per person or body, however the text names it.

:func:`resolve_actors` scans the whole text for mentions
(:func:`newsclaims.rules.actors.entities.find_mentions`), adds the claims' speaker and target
spans the scan missed, and walks the mentions once, in order, joining each to an
earlier actor or starting a new one:

- names: the same name, a surname or partial name of a fuller one ("Lee" -> "Ann
  Lee"), an acronym ("the WHO" -> "World Health Organization (WHO)");
- countries: names, capitals, seats and national governments ("Beijing", "the
  Kremlin", "the Chinese government") -> that country's government;
- descriptions: "the president", "the ministry" -> the most recent actor with that
  role; an appositive ("Ann Lee, the mayor,") joins its name;
- pronouns: the most recent compatible actor, subjects and speakers first
  (:mod:`newsclaims.rules.actors.coref_pronouns`).

The mentions it walks are read in :mod:`newsclaims.rules.actors.coref_mentions`, the
claims' spans made mentions in :mod:`newsclaims.rules.actors.coref_roles`.

Lookback is bounded (the last :data:`WINDOW` mentions), so the walk is linear. Only
actors that speak or are targeted (and their coreferent mentions) are kept: the rest
are the scenery of the story.

>>> text = "Ann Lee said yes. Lee said no. He left."
>>> res = resolve_actors(text, [Span(0, 7), Span(18, 21)], [None, None])
>>> [(a.name, len(a.mentions)) for a in res.actors], res.speaker_index
([('Ann Lee', 3)], (0, 0))
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Final

from attrs import field, frozen

from newsclaims.lexicons import Lexicons
from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.apposed import apposed_roles, roles_after, roles_before
from newsclaims.rules.actors.coref_actors import Draft, Walker
from newsclaims.rules.actors.coref_mentions import (
    _TAIL,
    _appositive_tails,
    _determined,
    _scenery,
)
from newsclaims.rules.actors.coref_roles import _coordinations, _with_roles
from newsclaims.rules.actors.data import using
from newsclaims.rules.actors.entities import PATTERNS as ENTITY_PATTERNS
from newsclaims.rules.actors.parties import acts
from newsclaims.rules.text.dateline import find_dateline

__all__ = [
    "ACT_MENTIONS",
    "BODY_MENTIONS",
    "PARTY_MENTIONS",
    "PATTERNS",
    "SURNAME_MENTIONS",
    "WINDOW",
    "ActorDraft",
    "Resolution",
    "group_speakers",
    "resolve_actors",
]

# Enum members as module constants: an enum attribute look-up costs ~0.1 us.
_PERSON: Final = ActorKind.PERSON
_ORGANIZATION: Final = ActorKind.ORGANIZATION
_UNKNOWN: Final = ActorKind.UNKNOWN

WINDOW: Final = 40
"""How many earlier mentions a description or pronoun may look back over."""

PATTERNS: Final = dict(ENTITY_PATTERNS)
"""Every compiled pattern coreference runs, by name (for the ReDoS tests)."""

PARTY_MENTIONS: Final = 3
"""How many mentions inside claims make a country a party worth reporting."""

_QUOTES: Final = frozenset('"\u201c\u201d\u00ab')
"""Marks that open a quotation (straight and curly double quotes, guillemet)."""

BODY_MENTIONS: Final = 3
"""How many mentions make a named organisation a party worth reporting, whether or
not it speaks ("the company Dovre Metals ... Dovre Metals ... the company")."""

ACT_MENTIONS: Final = 2
"""How many mentions doing something (see :func:`_doings`) make a name of unknown
kind named at least :data:`BODY_MENTIONS` times a party worth reporting."""

SURNAME_MENTIONS: Final = 3
"""How many mentions make a name of unknown kind used by its surname a party worth
reporting (see :func:`_surnamed`)."""

PATTERNS["appositive_tail"] = _TAIL


class _Unset(enum.Enum):
    FIND = enum.auto()


def _spans(items: Sequence[Span]) -> tuple[Span, ...]:
    return tuple(items)


@frozen(kw_only=True)
class ActorDraft:
    """An actor before ids are given: canonical name, kind, title, affiliation and
    every mention (sorted, non-overlapping). ``name`` is ``None`` (and ``kind``
    unknown) for an actor the text names only by a pronoun it does not resolve."""

    name: str | None
    kind: ActorKind
    title: str | None = None
    affiliation: str | None = None
    mentions: tuple[Span, ...] = field(default=(), converter=_spans)
    members: tuple[int, ...] = ()
    """The indices of the actors a coordinated speaker joins ("Ann Lee and Bo
    Park said")."""


@frozen
class Resolution:
    """The actors of a text and which of them each speaker and target span names."""

    actors: tuple[ActorDraft, ...]
    speaker_index: tuple[int | None, ...]
    target_index: tuple[int | None, ...]
    refs: tuple[tuple[int, int, int], ...] = ()
    """(start, end, actor) of every mention and country word, sorted."""

    def referenced(self, span: Span) -> frozenset[int]:
        """The actors referred to inside ``span``: their mentions, and the demonyms
        and capitals of country actors ("Chinese citizens" -> China).

        >>> text = "China said no. Ann Lee said Chinese troops left."
        >>> res = resolve_actors(text, [Span(0, 5), Span(15, 22)], [None, None])
        >>> sorted(res.actors[i].name for i in res.referenced(Span(28, 47)))
        ['China']
        """
        lo = bisect_left(self.refs, (span.start, -1, -1))
        hi = bisect_right(self.refs, (span.end, span.end, len(self.actors)))
        return frozenset(i for s, e, i in self.refs[lo:hi] if e <= span.end)


def resolve_actors(  # noqa: PLR0913 - the claims' spans, and keyword options
    text: str,
    speakers: Sequence[Span | None],
    targets: Sequence[Span | None] = (),
    contents: Sequence[Span | None] = (),
    *,
    dateline: Span | _Unset | None = _Unset.FIND,
    lexicons: Lexicons | None = None,
) -> Resolution:
    """Find the actors of ``text`` and resolve the claims' speaker and target spans.

    Args:
        text: the article text.
        speakers: each claim's speaker span (the mention the sentence uses, maybe a
            pronoun), or ``None``.
        targets: each claim's target span ("accused *Beijing* of"), or ``None``.
        contents: each claim's content span (optional): "I" inside a quote is its
            speaker, "he" inside it is someone else.
        dateline: the span of the dateline's location (its mentions are left out), or
            ``None`` when the text has none; found with
            :func:`~newsclaims.rules.text.dateline.find_dateline` when not given.
        lexicons: the word lists of the mention scanner and coreference (roles,
            modifiers, honorifics, non-names...); the shipped ones when ``None``.

    Returns:
        The kept actors and, per speaker and target span, its actor's index.

    Total: any text gives a :class:`Resolution`; it never raises.

    >>> text = "The Kremlin said no. Ukrainian President Ann Lee said the president won."
    >>> res = resolve_actors(text, [Span(0, 11), Span(21, 48)])
    >>> [(a.name, a.kind.value, a.title, a.affiliation) for a in res.actors]
    [('Russia', 'government', None, None), ('Ann Lee', 'person', 'President', 'Ukraine')]
    """
    if not text:
        return Resolution((), (None,) * len(speakers), (None,) * len(targets))
    with using(lexicons):
        return _resolve(text, speakers, targets, contents, dateline)


def _resolve(
    text: str,
    speakers: Sequence[Span | None],
    targets: Sequence[Span | None],
    contents: Sequence[Span | None],
    dateline: Span | _Unset | None,
) -> Resolution:
    """:func:`resolve_actors` with its word lists in use."""
    if dateline is _Unset.FIND:
        found = find_dateline(text)
        dateline = None if found is None else found[1]
    mentions, spans, countries = _scenery(text, dateline)
    _determined(text, mentions, spans)
    _appositive_tails(text, mentions, spans)
    mentions, spans = apposed_roles(text, mentions, spans)
    mentions, spans = roles_after(text, mentions, spans)
    roles_before(text, mentions, spans)
    role_spans = [*speakers, *targets]
    mentions, spans, at = _with_roles(text, mentions, spans, role_spans)
    joined = _coordinations(text, mentions, spans, role_spans, at)
    walker = Walker(text, mentions, window=WINDOW, spans=spans)
    for span, speaker in zip(contents, at[: len(speakers)], strict=False):
        if span is not None and speaker is not None:
            walker.add_quote(span, speaker)
    walker.roles = frozenset(a for a in at if a is not None)
    owner = walker.run()
    inside = sorted(
        (c for c in contents if c is not None), key=lambda s: (s.end, s.start)
    )
    members = {
        owner[g]: [owner[k] for k in ks if owner[k] >= 0 and owner[k] != owner[g]]
        for g, ks in joined.items()
        if owner[g] >= 0
    }
    parts = {k for p in joined.values() for k in p}
    kept, drafts = _keep(text, walker.drafts, owner, walker.roles | parts, inside)
    by_index = {j: i for i, j in kept.items()}  # kept actor -> its draft
    actors = tuple(
        _actor(d, sorted({kept[m] for m in members.get(by_index[j], ()) if m in kept}))
        for j, d in enumerate(drafts)
    )
    index = [None if a is None else kept.get(owner[a]) for a in at]
    refs = [
        (s.start, s.end, kept[owner[i]])
        for i, s in enumerate(spans)
        if owner[i] in kept
    ]
    refs.extend(_country_refs(countries, walker.drafts, kept))
    return Resolution(
        actors,
        tuple(index[: len(speakers)]),
        tuple(index[len(speakers) :]),
        tuple(sorted(refs)),
    )


def _keep(
    text: str,
    drafts: list[Draft],
    owner: list[int],
    roles: frozenset[int],
    contents: list[Span],
) -> tuple[dict[int, int], list[Draft]]:
    """The actors worth reporting: those that speak or are targeted, named people
    mentioned more than once (one named in passing is scenery), names used by their
    surname (:func:`_surnamed`), named organisations
    mentioned at least :data:`BODY_MENTIONS` times, names of unknown kind as often
    mentioned that do things (:func:`_doings`), and countries named in at least
    :data:`PARTY_MENTIONS` claims' contents that are the subject of a verb somewhere
    (:func:`~newsclaims.rules.actors.parties.acts`, outside quotations: a country
    only named as a place is the scene)."""
    wanted = {owner[m] for m in roles}
    quoted = _quotations(text, contents)
    for i, d in enumerate(drafts):
        if d.country is None and d.keys and d.kind is _PERSON and len(d.mentions) > 1:
            wanted.add(i)  # a named person named again: a party to the story
        elif _surnamed(text, d):
            wanted.add(i)  # a name then its last word alone: a person's surname
        elif d.keys and d.kind is _ORGANIZATION and len(d.mentions) >= BODY_MENTIONS:
            wanted.add(i)  # an organisation the story keeps naming: a party to it
        elif (
            d.country is not None
            and _inside(d.mentions, contents) >= PARTY_MENTIONS
            and any(acts(text, m) for m in d.mentions if not quoted(m))
        ):
            wanted.add(i)  # a country the claims keep naming, acting somewhere
        elif (
            d.country is None
            and d.keys
            and d.kind is _UNKNOWN
            and len(d.mentions) >= BODY_MENTIONS
            and _doings(text, d.mentions, quoted) >= ACT_MENTIONS
        ):
            wanted.add(i)  # a name the narrator has do things: a party to the story
    kept: dict[int, int] = {}
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        if i in wanted and d.mentions:
            kept[i] = len(out)
            out.append(d)
    return kept, out


def _surnamed(text: str, d: Draft) -> bool:
    """Whether ``d`` is a name of unknown kind of two words or more that the text
    then uses by its last word alone ("Maren Holt ... Holt"), mentioned at least
    :data:`SURNAME_MENTIONS` times and never after "in": a person named by their
    surname, as a story names its parties (a place's last word is as often used
    alone, "Upper Vessa ... in Vessa", but after "in")."""
    return (
        d.kind is _UNKNOWN
        and d.country is None
        and len(d.mentions) >= SURNAME_MENTIONS
        and any(len(k) > 1 and (k[-1],) in d.keys for k in d.keys)
        and not any(text[max(0, m.start - 3) : m.start] == "in " for m in d.mentions)
    )


def _doings(text: str, mentions: list[Span], quoted: Callable[[Span], bool]) -> int:
    """How many of ``mentions``, outside quotations (``quoted``), are the subject of a
    reporting verb or a past form in "-ed" ("Tova Mart *raised* its prices"): not of
    "is" or "was", which places take as often ("Vessa *was* flooded")."""
    return sum(acts(text, m, finite=False) for m in mentions if not quoted(m))


def _quotations(text: str, contents: list[Span]) -> Callable[[Span], bool]:
    """Whether a span lies inside a quotation: a claim's content that a quotation
    mark opens. There a speaker may talk of a place as if it acted ("the only way
    Vessaland can go forward"); the narrator's own words say who acts. Each answer
    takes a binary search: the quotations by start, with the furthest end reached.

    >>> inside = _quotations('"Vessa acts," said Ann. Vessa ', [Span(1, 11)])
    >>> inside(Span(1, 6)), inside(Span(24, 29)), inside(Span(5, 12))
    (True, False, False)
    """
    quoted = sorted(
        (c.start, c.end)
        for c in contents
        if text[max(0, c.start - 1) : c.start] in _QUOTES
    )
    starts = [start for start, _ in quoted]
    reach = list(accumulate((end for _, end in quoted), max))

    def inside(m: Span) -> bool:
        i = bisect_right(starts, m.start)
        return i > 0 and reach[i - 1] >= m.end

    return inside


def _inside(mentions: list[Span], contents: list[Span]) -> int:
    """How many of ``mentions`` lie inside one of ``contents`` (both sorted)."""
    count, j = 0, 0
    for m in sorted(mentions, key=lambda s: s.start):
        while j < len(contents) and contents[j].end < m.end:
            j += 1
        if j < len(contents) and contents[j].contains(m):
            count += 1
    return count


def _actor(d: Draft, members: Sequence[int] = ()) -> ActorDraft:
    mentions: list[Span] = []
    # By start, the longest first; each span once (keyed by its offsets: cheaper to
    # hash than the span).
    distinct = {(s.start, -s.end): s for s in d.mentions}
    for key in sorted(distinct):
        s = distinct[key]
        if mentions and s.start < mentions[-1].end:
            continue
        mentions.append(s)
    name = d.canonical()
    return ActorDraft(
        name=name,
        kind=ActorKind.UNKNOWN
        if name is None
        else (_PERSON if d.who and d.kind is ActorKind.UNKNOWN else d.kind),
        title=d.title,
        affiliation=d.affiliation,
        mentions=tuple(mentions),
        members=tuple(members),
    )


def _country_refs(
    countries: tuple[tuple[Span, str], ...], drafts: list[Draft], kept: dict[int, int]
) -> list[tuple[int, int, int]]:
    by_code = {
        d.country: kept[i] for i, d in enumerate(drafts) if d.country and i in kept
    }
    if not by_code:
        return []
    return [(s.start, s.end, by_code[code]) for s, code in countries if code in by_code]


def group_speakers(
    text: str, speakers: Sequence[Span | None]
) -> tuple[tuple[ActorDraft, ...], tuple[int | None, ...]]:
    """The speakers' actors and each span's actor index (the 0.1 interface).

    .. deprecated:: use :func:`resolve_actors`, which also takes targets and contents.

    >>> actors, index = group_speakers("Ann Lee said yes. Lee said no.", [Span(0, 7)])
    >>> [a.name for a in actors], index
    (['Ann Lee'], (0,))
    """
    res = resolve_actors(text, speakers)
    return res.actors, res.speaker_index
