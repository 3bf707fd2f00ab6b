"""The sides of an exchange: whom a speaker speaks for by the office it holds."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsclaims import _regex
from newsclaims._kinds import ActorKind
from newsclaims.model import Actor

__all__ = ["offices_served"]

BODIES: Final = frozenset(
    {ActorKind.GOVERNMENT, ActorKind.ORGANIZATION, ActorKind.UNKNOWN}
)
"""Kinds of actor whose office holders speak for them."""


def offices_served(
    text: str,
    person: Actor,
    actors: Sequence[Actor],
) -> frozenset[str]:
    """The bodies a person holding a title is described as serving by a possessive:
    "Eastland's defence minister", "the company's chief executive" speak for
    Eastland and the company; "Ann Lee's rival" (a person's) and a description with
    no title speak for no one but themselves.

    Cost: for each mention holding the title, the bodies' mentions ending within
    ``OWNER_REACH`` characters before it or inside it, found by bisection."""
    if person.kind is not ActorKind.PERSON or person.title is None:
        return frozenset()
    bodies = sorted(
        (m.end, m.start, a.id)
        for a in actors
        if a.kind in BODIES and a.id != person.id
        for m in a.mentions
    )
    ends = [b[0] for b in bodies]
    found: set[str] = set()
    title = person.title.casefold()
    for span in person.mentions:
        if title not in span.of(text).casefold():
            continue  # "the Post's takedown of Sanders": no office held
        first = bisect.bisect_left(ends, span.start - OWNER_REACH)
        for end, start, body in bodies[first : bisect.bisect_left(ends, span.end)]:
            if start >= span.start:  # inside: "Eastland's defence minister"
                if text.startswith(("'s", "’s"), end):
                    found.add(body)
                continue
            # right before, maybe with lower-case words: "the company's managing
            # director"
            owns = (
                _regex.match(OWNS, text, end, span.start) if end < span.start else None
            )
            if owns is not None and owns.end() == span.start:
                found.add(body)
    return frozenset(found)


OWNS: Final = _regex.compile_plain(r"['’]s(?:\s++\p{Ll}[\p{Ll}-]{0,20}+){0,3}+\s++")
"""A possessive ending a body's mention, then at most three lower-case words."""
OWNER_REACH: Final = 80  # characters before a mention a possessor may begin
