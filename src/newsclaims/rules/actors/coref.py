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
from collections.abc import Sequence
from typing import Final

from attrs import field, frozen

from newsclaims._regex import compile_pattern, match
from newsclaims.lexicons import Lexicons
from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.apposed import apposed_roles, described, roles_after
from newsclaims.rules.actors.coref_actors import Draft, Walker
from newsclaims.rules.actors.data import current, using
from newsclaims.rules.actors.entities import PATTERNS as ENTITY_PATTERNS
from newsclaims.rules.actors.entities import (
    mention_at,
    scan_readings,
)
from newsclaims.rules.actors.parse import Mention, MentionForm
from newsclaims.rules.text.dateline import find_dateline

__all__ = [
    "PARTY_MENTIONS",
    "PATTERNS",
    "WINDOW",
    "ActorDraft",
    "Resolution",
    "group_speakers",
    "resolve_actors",
]

# Enum members as module constants: an enum attribute look-up costs ~0.1 us.
_PERSON: Final = ActorKind.PERSON
_NAME: Final = MentionForm.NAME
_PERSONISH: Final = frozenset({ActorKind.PERSON, ActorKind.UNKNOWN})
_BODIES: Final = frozenset({ActorKind.ORGANIZATION, ActorKind.GOVERNMENT})
_POSSESSIVE_MARKS: Final = frozenset({"'", "\u2019"})
"""What follows a possessor ("Ann Lee's", "the Greens'"): it is not the head."""
_OF: Final = compile_pattern(r",?\x20of\x20(?:the\x20)?\Z")
"""What joins a person's name to the body named after it: "Ann Lee *of the* ..."."""
_COUNTRY: Final = MentionForm.COUNTRY
_DESCRIPTION: Final = MentionForm.DESCRIPTION

_JOINERS: Final = frozenset({" and ", ", ", ", and "})
"""What joins two names a coordinated speaker is made of."""

WINDOW: Final = 40
"""How many earlier mentions a description or pronoun may look back over."""

PATTERNS: Final = dict(ENTITY_PATTERNS)
"""Every compiled pattern coreference runs, by name (for the ReDoS tests)."""

PARTY_MENTIONS: Final = 3
"""How many mentions inside claims make a country a party worth reporting."""

MAX_TAIL: Final = 100
"""The most characters an appositive description runs on after its head."""
_TAIL: Final = compile_pattern(
    r"([^,;.\"\u201c\u201d()\[\]\n\u2014\u2013]{0,100}+)(?=[,;.\u2014\u2013](?:\s|\Z)|\Z)"
)
"""The rest of an appositive: up to the mark that closes it."""
PATTERNS["appositive_tail"] = _TAIL
_TAIL_OPENERS: Final = frozenset(
    ["of", "for", "at", "from", "in", "on", "with", "to", "within", "and"]
)
"""The words a description's tail opens with: a preposition, or "and" and another
description ("the chair and spokeswoman for the party")."""
_ARTICLES: Final = frozenset({"a", "an", "the", "one"})
_COPULAS: Final = frozenset(
    {"is", "was", "are", "were", "be", "been", "being", "became", "become", "becomes"}
)
_COPULA_ADVERBS: Final = frozenset({"also", "still", "now", "not", "then", "once"})
_AFTER_VERB: Final = frozenset(
    {"that", "with", "the", "a", "an", "its", "his", "her", "their", "this", "these"}
)
"""Words after a verb in "-s" that rarely follow a plural noun directly."""
_NEXT_WORD: Final = compile_pattern(r"(?<![ \t])[ \t]{1,3}+(\p{Ll}[\p{Ll}\-]{0,40}+)")
_LOCATIVE: Final = frozenset(
    [
        "in",
        "inside",
        "into",
        "within",
        "across",
        "throughout",
        "near",
        "around",
        "outside",
        "at",
    ]
)


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
    _appositive_tails(text, mentions, spans)
    mentions, spans = apposed_roles(text, mentions, spans)
    mentions, spans = roles_after(text, mentions, spans)
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
    kept, drafts = _keep(walker.drafts, owner, walker.roles | parts, inside)
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


def _scenery(
    text: str, dateline: Span | None
) -> tuple[list[Mention], list[Span], tuple[tuple[Span, str], ...]]:
    """Every mention of the text but the dateline's and places ("in Kyiv"): each as
    read (maybe at another offset, see :func:`~newsclaims.rules.actors.entities.scan_readings`)
    and where it stands; and the text's country words."""
    skip = dateline.end + 2 if dateline is not None else 0
    out: list[Mention] = []
    where: list[Span] = []
    readings, shifts, countries = scan_readings(text)
    for m, shift in zip(readings, shifts, strict=True):
        start = m.span.start + shift
        if start < skip:
            continue
        end = m.span.end + shift
        if (
            m.form is _COUNTRY
            and m.head is None
            and (_after_locative(text, start) or _modifier(text, end))
        ):
            continue
        if _predicative(text, start):
            continue  # "Lee was *the first mayor*", "it is *a British colony*"
        out.append(m)
        where.append(Span(start, end))
    return out, where, countries


def _appositive_tails(text: str, mentions: list[Mention], spans: list[Span]) -> None:
    """Draw each description in apposition to a name to the mark that closes the
    appositive, in place: "Ann Lee, *spokeswoman for the harbour board*, said" (the
    noun phrase with its modifiers, as a reader marks it). Only when a comma,
    semicolon, full stop or dash closes it within :data:`MAX_TAIL` characters and no
    quote mark or bracket comes first."""
    for i in range(1, len(mentions)):
        m, before = mentions[i], mentions[i - 1]
        if (
            m.form is not _DESCRIPTION
            or before.form is not _NAME
            or text[spans[i - 1].end : spans[i].start] != ", "
        ):
            continue
        end = spans[i].end
        found = match(_TAIL, text, end, end + MAX_TAIL + 1)
        if found is not None and found.end(1) > end:
            first = found.group(1).split(maxsplit=1)[:1]
            if first and first[0] in _TAIL_OPENERS:  # not "..., the army said, ..."
                spans[i] = Span(spans[i].start, found.end(1))


def _predicative(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` opens with an article right after a form of
    "be" or "become" (maybe with an adverb between): a predicate ("Lee was *the
    first mayor*"), which names no actor of its own."""
    article = text[start : start + 4].split(maxsplit=1)[:1]
    if not article or article[0].casefold() not in _ARTICLES:
        return False
    before = text[max(0, start - 30) : start].split()
    if (
        before
        and before[-1] not in _COPULAS
        and (before[-1] in _COPULA_ADVERBS or before[-1].endswith("ly"))
    ):
        before.pop()
    return bool(before) and before[-1] in _COPULAS


def _modifier(text: str, end: int) -> bool:
    """Whether a country name ending at ``end`` qualifies the noun after it ("U.S.
    troops")."""
    if text[end : end + 1] in {"-", "$", "\u2013"}:
        return True
    nxt = match(_NEXT_WORD, text, end, end + 50)
    if nxt is None:
        return False
    word = nxt.group(1)
    aw = current()
    if word in aw.verbish or word in aw.cues or word.endswith(("ed", "ly")):
        return False
    return not _verb_s(text, nxt.end(1), word)


def _verb_s(text: str, end: int, word: str) -> bool:
    """Whether ``word`` (ending at ``end``) is a verb in "-s" rather than a plural
    noun: "that", "with" or a determiner follows it ("Moscow *complies* with",
    "Kestrel *maintains* that"; not "U.S. *sanctions* since"), and it names no role
    ("U.S. *officials* with")."""
    if not word.endswith("s") or word.endswith("ss") or word in current().roles:
        return False
    after = match(_NEXT_WORD, text, end, end + 50)
    return after is not None and after.group(1) in _AFTER_VERB


def _after_locative(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].casefold() == "the" and len(before) > 1:
        before.pop()
    return bool(before) and before[-1].casefold() in _LOCATIVE


def _with_roles(
    text: str,
    mentions: list[Mention],
    spans: list[Span],
    roles: Sequence[Span | None],
) -> tuple[list[Mention], list[Span], list[int | None]]:
    """The mentions (and their spans) with the role spans added, and the mention
    index of each role."""
    starts = [s.start for s in spans]
    extra: list[Mention] = []
    found: dict[Span, int | None] = {}  # speakers recur: each span looked up once
    inner: set[int] = set()  # where a described speaker took a scanned head in
    for span in roles:
        if span is None or span in found:
            continue
        covering = found[span] = _covering(text, mentions, spans, starts, span)
        if covering is not None:
            continue
        if span.of(text).strip() in current().nonnames:
            continue  # "June", "However": not an actor
        m = mention_at(text, span)
        if m is None or not m.span.overlaps(span):
            m = described(text, mentions, spans, span) or Mention(
                span=span, form=_DESCRIPTION, name=span.of(text)
            )
            if m.head is not None:  # "The dock union": the whole, not "union"
                inner.add(span.end)
        extra.append(m)
    if extra:
        merged = {
            (s.start, s.end): (m, s) for m, s in zip(mentions, spans, strict=True)
        }
        for m in extra:
            if m.span.end in inner:
                merged = {
                    k: v
                    for k, v in merged.items()
                    if not m.span.start < k[0] < k[1] == m.span.end
                }
        merged.update({(m.span.start, m.span.end): (m, m.span) for m in extra})
        ordered = [merged[k] for k in sorted(merged)]
        mentions = [m for m, _ in ordered]
        spans = [s for _, s in ordered]
        starts = [s.start for s in spans]
        found = {s: _covering(text, mentions, spans, starts, s) for s in found}
    # Without extra mentions, each span's mention is the one found above.
    at = [None if s is None else found[s] for s in roles]
    return mentions, spans, at


def _coordinations(
    text: str,
    mentions: list[Mention],
    spans: list[Span],
    roles: Sequence[Span | None],
    at: list[int | None],
) -> dict[int, list[int]]:
    """Make each role span that coordinates names ("Ann Lee and Bo Park said") a
    group mention of its own, in place: ``mentions`` and ``spans`` take the new
    mentions in text order, ``at`` points each such role to its group. Gives the
    mentions of each group's members, by the group's mention index."""
    found: dict[Span, list[int]] = {}
    for span in roles:
        if span is not None and span not in found:
            parts = _conjuncts(text, spans, mentions, span)
            if parts:
                found[span] = parts
    if not found:
        return {}
    groups = list(found)
    every = [*spans, *groups]
    order = sorted(range(len(every)), key=lambda k: (every[k].start, every[k].end, k))
    new_index = {old: new for new, old in enumerate(order)}
    n = len(mentions)
    added = [
        Mention(
            span=g,
            form=_DESCRIPTION,
            kind=ActorKind.GROUP,
            name=g.of(text),
            plural=True,
        )
        for g in groups
    ]
    every_mention = [*mentions, *added]
    mentions[:] = [every_mention[k] for k in order]
    spans[:] = [every[k] for k in order]
    group_at = {g: new_index[n + i] for i, g in enumerate(groups)}
    for j, span in enumerate(roles):
        if span is not None and span in group_at:
            at[j] = group_at[span]
        elif at[j] is not None:
            at[j] = new_index[at[j]]  # type: ignore[index]
    return {group_at[g]: [new_index[k] for k in found[g]] for g in groups}


def _conjuncts(
    text: str, spans: list[Span], mentions: list[Mention], span: Span
) -> list[int]:
    """The name mentions the role ``span`` coordinates ("Ann Lee and Bo Park": the
    two), or ``[]``: names from the span's start to its end joined by ", ", " and "
    or ", and", two at least."""
    if " and " not in text[span.start : span.end]:
        return []
    k = bisect_left(spans, span.start, key=lambda s: s.start)
    parts: list[int] = []
    end = span.start
    while k < len(spans) and spans[k].start < span.end:
        s, m = spans[k], mentions[k]
        if s.end > span.end or m.form is not _NAME or m.plural:
            return []
        if s.start < end:  # a mention inside the one before ("her")
            k += 1
            continue
        if (text[end : s.start] not in _JOINERS) if parts else s.start != span.start:
            return []
        parts.append(k)
        end = s.end
        k += 1
    return parts if len(parts) > 1 and end == span.end else []


def _covering(
    text: str, mentions: list[Mention], spans: list[Span], starts: list[int], span: Span
) -> int | None:
    """The mention that best overlaps ``span``: by at least half of the longer, or
    holding its first word ("Ann Lee" for "Ann Lee of the Labour Party"); a person's
    name opening the span before another mention is the one ("Ann Lee" for "Ann
    Lee of the University of Leeds"); a person's name (or a name of two words or
    more) ending it beats one unknown word opening it ("Ann Lee" for "Regional
    minister Ann Lee", "Local shop owner Ann Lee"), and a titled person's name
    ending it beats a body opening it ("Harbour Institute analyst Ann Lee"); a name
    opening the span as a possessor before a person's role is no speaker ("the
    States' Food Agency's chief officer": ``None``, the span is a description of its
    own), before a document it is ("the Board's statistics"); the mention after
    "by" ending it is the issuer of a document that speaks ("a report by the state
    auditor").

    Long: one pass over the mentions near the span, whose cases read and update the
    same running best (and whether it is a possessor); split up, every part would
    have to pass that state back and forth.
    """
    best, best_overlap = None, 0
    possessor = False  # the best opens the span as a possessor: "Ann Lee's ..."
    start, end = span.start, span.end
    size = end - start
    i = max(0, bisect_left(starts, start) - 3)
    n = len(mentions)
    while i < n:
        s = spans[i]
        s_start, s_end = s.start, s.end
        if s_start >= end:
            break
        if (
            s_start == start
            and s_end < end
            and mentions[i].form is _NAME
            and mentions[i].kind in _PERSONISH
            and i + 1 < n
            and s_end <= spans[i + 1].start < end
            and match(_OF, text, s_end, spans[i + 1].start) is not None
        ):
            return i  # the person, not the body named after "of"
        overlap = min(s_end, end) - max(s_start, start)
        if s_end == end and s_start > start and text[s_start - 4 : s_start] == " by ":
            return i  # "a report by the state auditor": its issuer speaks
        if overlap > best_overlap and (
            overlap * 2 >= max(s_end - s_start, size)
            or (s_start <= start < s_end and mentions[i].form is _NAME)
        ):
            best, best_overlap = i, overlap
            possessor = text[s_end : s_end + 1] in _POSSESSIVE_MARKS
        elif (
            s_end == end
            and best is not None
            and mentions[i].form is _NAME
            and (mentions[i].kind is _PERSON or " " in (mentions[i].name or ""))
            and mentions[i].kind in _PERSONISH
            and (
                (
                    mentions[best].kind is ActorKind.UNKNOWN
                    and " " not in (mentions[best].name or " ")
                )
                or (
                    mentions[i].kind is _PERSON
                    and mentions[i].title is not None
                    and mentions[best].kind in _BODIES
                )
            )
        ):
            # "Regional minister Ann Lee", "Harbour Institute analyst Ann Lee": the
            # person; a body before the role is where the person works
            best, best_overlap = i, overlap
        elif possessor and s_end == end and mentions[i].kind is _PERSON:
            return None  # "the agency's chief officer": the person, a description
        i += 1
    return best


def _keep(
    drafts: list[Draft], owner: list[int], roles: frozenset[int], contents: list[Span]
) -> tuple[dict[int, int], list[Draft]]:
    """The actors worth reporting: those that speak or are targeted, named people
    mentioned more than once (one named in passing is scenery), and countries named
    in at least :data:`PARTY_MENTIONS` claims' contents."""
    wanted = {owner[m] for m in roles}
    for i, d in enumerate(drafts):
        if d.country is None and d.keys and d.kind is _PERSON and len(d.mentions) > 1:
            wanted.add(i)  # a named person named again: a party to the story
        elif d.country is not None and _inside(d.mentions, contents) >= PARTY_MENTIONS:
            wanted.add(i)  # a country the claims keep naming
    kept: dict[int, int] = {}
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        if i in wanted and d.mentions:
            kept[i] = len(out)
            out.append(d)
    return kept, out


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
