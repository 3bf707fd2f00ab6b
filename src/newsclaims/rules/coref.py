"""Speaker mentions -> actors: one actor per person or body, however it is named.

This first pass groups the speaker mentions of an article's claims: mentions with the
same name, a surname or partial name that ends a fuller name seen elsewhere, and
title phrases that end with such a name ("President Ann Lee" and "Lee") go to one
actor. Person pronouns join the nearest preceding named speaker; other pronouns stay
with an actor of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex
from attrs import frozen

from newsclaims import _regex
from newsclaims.model import ActorKind, Span

__all__ = ["ActorDraft", "group_speakers"]

_PERSON_PRONOUNS: Final = frozenset({"he", "she", "him", "her", "his", "i", "me"})
_GROUP_PRONOUNS: Final = frozenset({"they", "them", "we", "us", "their", "our"})
_THING_PRONOUNS: Final = frozenset({"it", "its"})
_PRONOUNS: Final = _PERSON_PRONOUNS | _GROUP_PRONOUNS | _THING_PRONOUNS
_WORD: Final = regex.compile(r"[\p{L}\p{M}'’.-]++")
_CAPITALISED: Final = regex.compile(r"\p{Lu}")
_LOOKBACK: Final = 50  # how many earlier actors a name is compared with


@frozen(kw_only=True)
class ActorDraft:
    """An actor before ids are given: its canonical name, kind and mentions."""

    name: str
    kind: ActorKind
    mentions: tuple[Span, ...]


def _name_key(phrase: str) -> tuple[str, ...]:
    """The capitalised words of a phrase, lower-cased: its name part."""
    words = [m.group() for m in _regex.finditer(_WORD, phrase)]
    caps = [w for w in words if _CAPITALISED.match(w)]
    if caps and caps[0].casefold() in {"the", "a", "an"}:
        caps = caps[1:]
    return tuple(w.casefold().strip(".’'") for w in caps)


@attrs.define
class _Group:
    key: tuple[str, ...]
    name: str
    kind: ActorKind
    mentions: list[Span]


def group_speakers(
    text: str, speakers: Sequence[Span | None]
) -> tuple[tuple[ActorDraft, ...], tuple[int | None, ...]]:
    """Group speaker spans into actors.

    Returns the actors and, for each input span, the index of its actor (``None`` for
    a ``None`` span).

    >>> text = "Ann Lee said yes. Lee said no. He left."
    >>> actors, index = group_speakers(text, [Span(0, 7), Span(18, 21), Span(31, 33)])
    >>> [a.name for a in actors], index
    (['Ann Lee'], (0, 0, 0))
    """
    groups: list[_Group] = []
    index: list[int | None] = []
    last_person: int | None = None
    for span in speakers:
        if span is None:
            index.append(None)
            continue
        phrase = span.of(text)
        low = phrase.strip().casefold()
        if low in _PRONOUNS:
            index.append(_pronoun(groups, span, phrase, low, last_person))
            continue
        key = _name_key(phrase)
        found = _find(groups, key, phrase)
        if found is None:
            groups.append(_Group(key, phrase.strip(), ActorKind.UNKNOWN, [span]))
            found = len(groups) - 1
        else:
            group = groups[found]
            group.mentions.append(span)
            if len(key) > len(group.key):
                group.key, group.name = key, phrase.strip()
        index.append(found)
        if key:
            last_person = found
    return tuple(_draft(g) for g in groups), tuple(index)


def _pronoun(
    groups: list[_Group], span: Span, phrase: str, low: str, last_person: int | None
) -> int:
    if low in _PERSON_PRONOUNS and last_person is not None:
        groups[last_person].mentions.append(span)
        return last_person
    kind = ActorKind.UNKNOWN
    if low in _PERSON_PRONOUNS:
        kind = ActorKind.PERSON
    elif low in _GROUP_PRONOUNS:
        kind = ActorKind.GROUP
    groups.append(_Group((), phrase.strip() or phrase, kind, [span]))
    return len(groups) - 1


def _find(groups: list[_Group], key: tuple[str, ...], phrase: str) -> int | None:
    low = phrase.strip().casefold()
    first = max(0, len(groups) - _LOOKBACK)
    for i in range(len(groups) - 1, first - 1, -1):
        if groups[i].name.casefold() == low:
            return i
    if not key:
        return None
    for i in range(len(groups) - 1, first - 1, -1):
        g = groups[i]
        if not g.key:
            continue
        shorter, longer = sorted((key, g.key), key=len)
        if longer[-len(shorter) :] == shorter:
            return i
    return None


def _draft(group: _Group) -> ActorDraft:
    mentions: list[Span] = []
    for span in sorted(set(group.mentions), key=lambda s: (s.start, s.end)):
        if mentions and span.start < mentions[-1].end:
            continue  # one mention inside another: keep the first
        mentions.append(span)
    return ActorDraft(name=group.name, kind=group.kind, mentions=tuple(mentions))
