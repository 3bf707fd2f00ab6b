"""The claims' speaker and target spans as mentions of the coreference walk.

:func:`_with_roles` finds the mention each role span names (:func:`_covering`), and
adds one where the scan found none; :func:`_coordinations` makes a span that
coordinates names ("Ann Lee and Bo Park said") a group mention of its own.
:mod:`newsclaims.rules.actors.coref` drives both.

>>> from newsclaims.rules.actors.entities import find_mentions
>>> text = "Ann Lee and Bo Park said no."
>>> found = list(find_mentions(text))
>>> mentions, spans, at = _with_roles(text, found, [m.span for m in found], [Span(0, 19)])
>>> groups = _coordinations(text, mentions, spans, [Span(0, 19)], at)
>>> [spans[k].of(text) for k in groups[at[0]]]
['Ann Lee', 'Bo Park']
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from newsclaims._regex import compile_pattern, match, search
from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.apposed import described
from newsclaims.rules.actors.data import current
from newsclaims.rules.actors.entities import mention_at
from newsclaims.rules.actors.parse import Mention, MentionForm

__all__: list[str] = []

# Enum members as module constants: an enum attribute look-up costs ~0.1 us.
_PERSON: Final = ActorKind.PERSON
_NAME: Final = MentionForm.NAME
_PERSONISH: Final = frozenset({ActorKind.PERSON, ActorKind.UNKNOWN})
_BODIES: Final = frozenset({ActorKind.ORGANIZATION, ActorKind.GOVERNMENT})
_POSSESSIVE_MARKS: Final = frozenset({"'", "\u2019"})
"""What follows a possessor ("Ann Lee's", "the Greens'"): it is not the head."""
_OF: Final = compile_pattern(r",?\x20of\x20(?:the\x20)?\Z")
"""What joins a person's name to the body named after it: "Ann Lee *of the* ..."."""
_DESCRIPTION: Final = MentionForm.DESCRIPTION
_JOINERS: Final = frozenset({" and ", ", ", ", and "})
"""What joins two names a coordinated speaker is made of."""
_AFTER_HEAD: Final = frozenset(
    {"from", "of", "in", "on", "at", "by", "with", "that", "which", "taken", "released"}
)
"""Words that close the noun phrase of a speaker: its head stands before them."""


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
    # "Photographs showed": what shows speaks for no one, its span names no actor.
    things = {s for s in roles if s is not None and _thing(s.of(text))}
    for span in roles:
        if span is None or span in found or span in things:
            continue
        covering = found[span] = _covering(text, mentions, spans, starts, span)
        if covering is not None or span.of(text).strip() in current().nonnames:
            continue  # "June", "However": not an actor
        m = _issuer_mention(text, span) or mention_at(text, span)
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
    at = [None if s is None or s in things else found[s] for s in roles]
    return mentions, spans, at


_LOWER: Final = r"\p{Ll}[\p{Ll}\-]{0,30}+"
"""One lower-case word ("transit", "press")."""
_ISSUED: Final = compile_pattern(
    rf"""(?<![\p{{L}}\p{{N}}\-.&'\u2019])(?:\p{{Lu}}[\p{{L}}\p{{N}}\-.&]{{0,40}}+\x20){{1,6}}+
    (?P<words>{_LOWER}(?:\x20{_LOWER}){{0,2}}+)\Z"""
)
"""A speaker that is a document its issuer's name qualifies: capitalised words, then
one to three lower-case words ending the span ("a Harbour Board press release")."""


def _issuer(text: str, span: Span) -> Span | None:
    """The issuer's name in a speaker span that is a document qualified by it ("a
    Harbour Board press release", "a March 3, 2019 Harbour Board poll": the Harbour
    Board): the capitalised words right before lower-case words that end the span
    and end in a document's noun (``Lexicons.document_roles``; not a person's role:
    "a Harbour Board spokesman" is the spokesman).

    >>> text = "A Harbour Board press release said so."
    >>> _issuer(text, Span(0, 29)).of(text)
    'Harbour Board'
    >>> _issuer("A Harbour Board spokesman said so.", Span(0, 25)) is None
    True
    """
    m = search(_ISSUED, text, max(span.start, span.end - 160), span.end)
    if m is None:
        return None
    if m.group("words").rsplit(" ", 1)[-1] not in current().lexicons.document_roles:
        return None
    start = m.start()
    lexicons = current().lexicons
    while (first := text[start : text.find(" ", start)]).casefold() in (
        lexicons.determiners
    ) or first in lexicons.stopwords:
        start += len(first) + 1  # "A", "Several": no part of the name
    end = m.start("words") - 1
    return Span(start, end) if start < end else None


def _speaks_for(
    text: str, span: Span, s: Span, m: Mention, issued: Span | None
) -> bool:
    """Whether the mention ``m`` (at ``s``) inside the speaker span ``span`` is its
    speaker although it is the smaller part: the issuer of a document ("a report
    *by the state auditor*", "a *Harbour Board* press release", ``issued``) or a
    name after an article and adjectives ("The brave *Ann Lee*")."""
    start, end = span.start, span.end
    if s.end == end and s.start > start:
        if text[s.start - 4 : s.start] == " by ":
            return True
        if _adjectives_before(text, start, s.start, m):
            return True
    return (
        issued is not None
        and s.end == issued.end
        and s.start >= issued.start
        and m.form is _NAME
    )


def _adjectives_before(text: str, start: int, name_start: int, m: Mention) -> bool:
    """Whether ``text[start:name_start]`` is only an article and one to three
    lower-case words no list holds before the name ``m`` of a person (or of unknown
    kind): "The *brave* Ann Lee" (not "the mother of Ann Lee", "a report by")."""
    if m.form is not _NAME or m.kind not in _PERSONISH:
        return False
    words = text[start:name_start].split(" ")
    if len(words) < 3 or len(words) > 5 or words[-1] != "":  # noqa: PLR2004
        return False
    lexicons = current().lexicons
    return words[0].casefold() in _ARTICLES and all(
        w.isalpha()
        and w.islower()
        and w not in lexicons.stopwords
        and w not in lexicons.roles
        and w not in lexicons.determiners
        for w in words[1:-1]
    )


_ARTICLES: Final = frozenset({"the", "a", "an"})


def _issuer_mention(text: str, span: Span) -> Mention | None:
    """The name mention of the issuer of the document ``span`` is, if any: "a
    Harbour Board press release" speaks for the Harbour Board."""
    issued = _issuer(text, span)
    if issued is None:
        return None
    m = mention_at(text, issued)
    return m if m is not None and m.form is _NAME else None


def _thing(phrase: str) -> bool:
    """Whether ``phrase``, a claim's speaker, is headed by an image or
    a piece of evidence (``actor_things.txt``): its last word before a preposition or
    a relative word ("*Photos* and *video* from the blaze", "some historical
    *evidence*"). A thing shows what a claim says but is no actor."""
    words = phrase.split()
    for i, w in enumerate(words):
        if i and w in _AFTER_HEAD:
            words = words[:i]
            break
    return bool(words) and words[-1].casefold() in current().things


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
    issued = _issuer(text, span) if text[end - 1 : end].islower() else None
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
        if _speaks_for(text, span, s, mentions[i], issued):
            return i
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
        elif _described_body(text, mentions, spans, (best, i), span):
            return None  # "The Portvale transit board": a body the place qualifies
        i += 1
    return best


_LOWER_WORDS: Final = compile_pattern(rf"(?:\x20{_LOWER}){{0,3}}+\x20\Z")
"""Lower-case words between a name and a role head: " transit "."""
_BODY_HEADS: Final = frozenset(
    {ActorKind.ORGANIZATION, ActorKind.GOVERNMENT, ActorKind.GROUP}
)


def _described_body(
    text: str,
    mentions: list[Mention],
    spans: list[Span],
    pair: tuple[int | None, int],
    span: Span,
) -> bool:
    """Whether mention ``i`` of ``pair``, a description of a body or group ending
    the speaker span ``span``, follows the name ``best`` that opens it with only
    lower-case words between: the name qualifies the body ("The *Portvale* transit
    board", "Portvale ferry workers"), which is the speaker."""
    start, end = span.start, span.end
    best, i = pair
    if best is None or spans[i].end != end:
        return False
    m, name, body = mentions[i], spans[best], spans[i]
    return (
        m.form is _DESCRIPTION
        and name.start == start
        and text[body.start : body.start + 1].islower()
        and m.kind in _BODY_HEADS
        and mentions[best].form is _NAME
        and name.end < body.start
        and match(_LOWER_WORDS, text, name.end, body.start) is not None
        and mentions[best].kind is ActorKind.UNKNOWN
    )
