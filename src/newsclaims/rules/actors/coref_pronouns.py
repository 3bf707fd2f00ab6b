"""Pronouns -> antecedents: the most recent compatible actor, subjects first.

"I" inside a quote is the quote's speaker; "he" inside it is someone else. Outside
quotes, "he"/"she" look for a person of a compatible gender, "they" for a group, a
body or an unnamed person who was the subject of the sentence, "it"/"its" for a body.
The search looks back at most a few sentences and a bounded number of mentions; when
nothing fits, the pronoun stays unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newsclaims.model import ActorKind
from newsclaims.rules.actors.parse import Mention

if TYPE_CHECKING:  # pragma: no cover
    from newsclaims.model import Span
    from newsclaims.rules.actors.coref_actors import Draft, Walker

__all__ = ["SENTENCES_BACK", "pick_antecedent"]

# Enum members as module constants: an enum attribute look-up costs ~0.1 us.
_PERSON: Final = ActorKind.PERSON
_UNKNOWN: Final = ActorKind.UNKNOWN
_GOVERNMENT: Final = ActorKind.GOVERNMENT
_ORGANIZATION: Final = ActorKind.ORGANIZATION
_GROUP: Final = ActorKind.GROUP
_DOCUMENT: Final = ActorKind.DOCUMENT

SENTENCES_BACK: Final = 2
"""How many sentences before its own a pronoun may look back."""

_FIRST: Final = frozenset({"i", "me", "my", "myself"})
_WE: Final = frozenset({"we", "us", "our", "ourselves"})
_PERSONAL: Final = frozenset({"he", "him", "his", "himself", "she", "her", "herself"})
_PLURAL: Final = frozenset({"they", "them", "their", "themselves"})
_OBJECTS: Final = frozenset(
    {
        "him",
        "his",
        "her",
        "himself",
        "herself",
        "its",
        "itself",
        "their",
        "them",
        "themselves",
    }
)
"""Object and possessive pronouns: in the antecedent's own sentence, the nearest."""
_THING: Final = frozenset({"it", "its", "itself"})
_MARKS: Final = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
_BODIES: Final = frozenset({_GROUP, _GOVERNMENT, _ORGANIZATION})
_THINGS: Final = frozenset({_GOVERNMENT, _ORGANIZATION, _DOCUMENT})
"""What "it" may refer to: a body that is not a group, or a document."""


def pick_antecedent(walker: Walker, i: int, m: Mention) -> int | None:  # noqa: PLR0911
    """The draft the pronoun mention ``i`` refers to, or ``None``.

    >>> from newsclaims.model import Span
    >>> from newsclaims.rules.actors.coref import resolve_actors
    >>> text = "Ann Lee said no. She left."
    >>> resolve_actors(text, [Span(0, 7), Span(17, 20)]).speaker_index
    (0, 0)
    """
    word = m.word
    quote = _quote_of(walker, walker.spans[i])
    if word in _FIRST or word in _WE:
        if quote is None:
            return None
        d = walker.owner[quote]
        if d < 0:
            return None
        d = walker.find(d)
        if word in _WE and walker.drafts[d].kind is _PERSON:
            return None
        return d
    if word in {"who", "which"}:
        return _relative(walker, i)
    if word == "it" and i not in walker.roles:
        return _opening_it(walker, i)
    excluded = -1
    if quote is not None and walker.owner[quote] >= 0:
        excluded = walker.find(walker.owner[quote])
    return _search(walker, i, word, excluded)


def _opening_it(walker: Walker, i: int) -> int | None:
    """The speaker of the claim whose content "it" (mention ``i``) opens, when that
    speaker is a body or document: "The tribunal ruled that *it* had no say", as "Ann
    Lee said *she* would run"; ``None`` otherwise (another "it" is as often a thing)."""
    where = walker.spans[i]
    for content, speaker in walker.quotes_around(where):
        d = walker.owner[speaker]
        if content.start == where.start and d >= 0:
            d = walker.find(d)
            if walker.drafts[d].kind in _THINGS:
                return d
    return None


def _quote_of(walker: Walker, where: Span) -> int | None:
    """The speaker mention of the quotation the mention at ``where`` stands in, if
    any."""
    text = walker.text
    for span, speaker in walker.quotes_around(where):
        if text[span.start - 1 : span.start] in _MARKS or (
            text[span.end : span.end + 1] in _MARKS
        ):
            return speaker
    return None


def _relative(walker: Walker, i: int) -> int | None:
    if i == 0:
        return None
    gap = walker.text[walker.spans[i - 1].end : walker.spans[i].start]
    d = walker.owner[i - 1]
    if d >= 0 and gap.strip() in {"", ","}:
        return walker.find(d)
    return None


def _search(walker: Walker, i: int, word: str, excluded: int) -> int | None:
    """Look back sentence by sentence; in the nearest sentence with a fitting actor,
    the first (subject-most) one, a group first for "they"."""
    sentence, owner, drafts, find = (
        walker.sentence,
        walker.owner,
        walker.drafts,
        walker.find,
    )
    here = sentence[i]
    best: int | None = None
    group: int | None = None
    lone: int | None = None  # a one-word name opening a sentence (see :func:`_lone`)
    best_sentence = -1
    plural = word in _PLURAL
    personal = word in _PERSONAL  # whether the mention is a subject does not matter
    thing = word == "it"  # a speaker (see :func:`pick_antecedent`)
    j = i - 1
    lowest = max(-1, i - walker.window)
    while j > lowest:
        s = sentence[j]
        if s < here - SENTENCES_BACK or (best is not None and s < best_sentence):
            break
        d = owner[j]
        if d >= 0:
            d = find(d)
            if d != excluded:
                draft = drafts[d]
                subject = not personal and _subject(walker, j)
                if _fits(draft, word, subject=subject):
                    best, best_sentence = d, s  # keeps moving to earlier ones in s
                    if s == here and word in _OBJECTS and draft.kind is not _UNKNOWN:
                        break  # "Ann Lee met Bo Park and his aides": the nearest
                    # A name of unknown kind may be a body's: the subject goes first
                    # ("Ann Lee joined Harbour Arts in her youth").
                    if plural and _fits(draft, word, subject=subject, tier=1):
                        group = d
                elif lone is None and _fallback(walker, j, draft, personal, thing):
                    lone = d
        j -= 1
    if best is None:
        return lone
    return best if group is None else group


def _fallback(
    walker: Walker,
    j: int,
    draft: Draft,
    personal: bool,  # noqa: FBT001
    thing: bool,  # noqa: FBT001
) -> bool:
    """Whether mention ``j`` is the antecedent to fall back on when nothing fits:
    :func:`_lone` for "he"/"she", :func:`_unknown_body` for "it"."""
    if personal:
        return _lone(walker, j, draft)
    return thing and _unknown_body(walker, j, draft)


def _unknown_body(walker: Walker, j: int, draft: Draft) -> bool:
    """Whether mention ``j`` names an actor of unknown kind that no "he" or "she"
    has taken, as the subject of its sentence: "it" when no body fits ("The Harbour
    Gazette reported ... It said")."""
    return (
        draft.kind is _UNKNOWN
        and bool(draft.names)
        and draft.gender == "-"
        and _subject(walker, j)
    )


def _lone(walker: Walker, j: int, draft: Draft) -> bool:
    """Whether mention ``j`` is a one-word name of unknown kind opening its sentence
    ("Ortiz waved."): a surname used alone, a person when no better antecedent is
    near."""
    return (
        draft.kind is _UNKNOWN
        and bool(draft.names)
        and draft.gender == "-"
        and (j == 0 or walker.sentence[j - 1] != walker.sentence[j])
    )


def _subject(walker: Walker, j: int) -> bool:
    return j in walker.roles or j == 0 or walker.sentence[j - 1] != walker.sentence[j]


def _fits(draft: Draft, word: str, *, subject: bool, tier: int = 0) -> bool:
    if word in _PERSONAL:
        want = "m" if word in {"he", "him", "his", "himself"} else "f"
        return draft.personish and draft.gender in {"-", want}
    if word in _PLURAL:
        unnamed = subject and draft.kind is _PERSON and not draft.names
        if tier == 1:
            return draft.kind is _GROUP or unnamed
        return draft.kind in _BODIES or unnamed
    if word in _THING:
        return draft.kind in _THINGS
    return False
