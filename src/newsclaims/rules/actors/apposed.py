"""Role phrases before an appositive name, and the kind of a described speaker.

Two readings coreference makes before its walk, each a fact of English grammar
rather than of a word list:

- A noun phrase opened by a determiner and set off before a name by a comma is the
  name's appositive, whatever its head: "The chief engineer, Ann Lee, said" is one
  person, named Ann Lee, and "The chief engineer" a mention of her.
  :func:`apposed_roles` draws such a phrase to its last noun (the scan stops at a
  head no list holds, "engineer") or adds it when the scan found none.
- A noun phrase's kind is its head's, the last noun, whatever words describe it:
  "the dock union" is an organisation as "the union" is (:func:`described`).

>>> from newsclaims.rules.actors.entities import find_mentions
>>> text = "The chief engineer, Ann Lee, said no."
>>> found = list(find_mentions(text))
>>> mentions, spans = apposed_roles(text, found, [m.span for m in found])
>>> [s.of(text) for s in spans]
['The chief engineer', 'Ann Lee']
"""

from __future__ import annotations

from typing import Final

import attrs

from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.data import current
from newsclaims.rules.actors.parse import Mention, MentionForm

__all__ = ["apposed_roles", "described", "roles_after", "roles_before"]

_NAME: Final = MentionForm.NAME
_DESCRIPTION: Final = MentionForm.DESCRIPTION
_PERSONISH: Final = frozenset({ActorKind.PERSON, ActorKind.UNKNOWN})
_OPENERS: Final = frozenset({"the", "a", "an"})
"""The determiners that open an appositive role phrase."""
_DEFINITE: Final = frozenset({"the"})
_MAX_WORDS: Final = 4
"""The most words between the determiner and the comma ("the *former chief
harbour engineer*")."""
_CLOSERS: Final = frozenset({",", ";", ")", "\u2013", "\u2014"})
"""What closes the name after the appositive role phrase ("Ann Lee*,* said")."""
_BEFORE: Final = frozenset("\"'(\u201c\u2018")
"""What may stand right before the determiner opening a role phrase."""
_FUNCTION_WORDS: Final = frozenset(
    ["and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from",
     "that", "which", "who", "as", "than", "not", "is", "was", "are", "were", "has",
     "had", "have", "be", "been", "will", "would", "said", "says", "told", "also"]
)  # fmt: skip


def _word_ok(word: str) -> bool:
    """Whether ``word`` may stand inside a role phrase: a lower-case word, maybe a
    possessive ("board's"), neither a function word, a verb form nor an adverb."""
    base = word[:-2] if _owns(word) else word
    if not (base.isalpha() and base.islower()) or base in _FUNCTION_WORDS:
        return False
    aw = current()
    return (
        base not in aw.cues
        and base not in aw.verbish
        and base not in aw.lexicons.stopwords
        and not base.endswith("ly")
    )


def _role_phrase(text: str, end: int) -> tuple[int, bool, str] | None:
    """The start of the role phrase that ends at the ", " before ``end`` (where a
    name starts), whether it is definite, and its last word; ``None`` if none."""
    if text[end - 2 : end] != ", ":
        return None
    low = max(0, end - 2 - 120)
    if end - 3 < 0 or text[end - 3].isspace():
        return None
    words = text[low : end - 2].split()
    for n in range(2, min(len(words), _MAX_WORDS + 2) + 1):
        det = words[-n]
        if det.casefold() not in _OPENERS:
            if not _word_ok(det):
                return None
            continue
        last = words[-1]
        phrase = " ".join(words[-n:])  # one space between the words: one phrase
        start = end - 2 - len(phrase)
        opens = start == 0 or text[start - 1].isspace() or text[start - 1] in _BEFORE
        if (
            text[start : end - 2] != phrase
            or not opens
            or not all(map(_word_ok, words[-n + 1 :]))
            or any(w.endswith("ed") for w in words[-n + 2 :])
            or _owns(last)
            or not _role_head(last)
        ):  # a participle only right after the determiner: "a *retired* welder"
            return None
        return start, det.casefold() in _DEFINITE, last
    return None


_AGENT_ENDINGS: Final = (
    "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "eur", "ee", "ess"
)  # fmt: skip
"""How an English noun naming a person by what they do ends: "welder",
"surveyor", "herbalist", "custodian", "consultant", "foreman", "nominee"."""


def _role_head(word: str) -> bool:
    """Whether ``word`` can head a role phrase: a listed role, or a singular
    agent noun (:data:`_AGENT_ENDINGS`); not an adjective ("the *brusque*") nor a
    plural ("the *liberals*")."""
    role = current().roles.get(word)
    if role is not None:
        return not role.plural
    return len(word) > 3 and word.endswith(_AGENT_ENDINGS)  # noqa: PLR2004


def _owns(word: str) -> bool:
    return word.endswith(("'s", "\u2019s"))


def apposed_roles(
    text: str, mentions: list[Mention], spans: list[Span]
) -> tuple[list[Mention], list[Span]]:
    """The mentions and spans with each role phrase in apposition before a
    person's name drawn to its last noun, or added when the scan found none: "*The
    chief engineer*, Ann Lee, said", "*a harbour pilot*, Bo Dahl,". Only before a
    name of a person or of an unknown kind that a comma, semicolon, bracket or dash
    closes."""
    out_m: list[Mention] = []
    out_s: list[Span] = []
    for m, span in zip(mentions, spans, strict=True):
        if (
            m.form is _NAME
            and m.kind in _PERSONISH
            and text[span.end : span.end + 1] in _CLOSERS
        ):
            found = _role_phrase(text, span.start)
            if found is not None:
                start, definite, last = found
                role = Span(start, span.start - 2)
                k = len(out_s) - 1
                if k >= 0 and out_s[k].start >= start and out_s[k].end <= role.end:
                    if (
                        out_m[k].form is _DESCRIPTION
                        and out_s[k].start == start
                        and text[out_s[k].end : out_s[k].end + 1] == " "
                    ):  # not a possessor: "The council('s senior planner)"
                        out_s[k] = role  # "The chief" -> "The chief engineer"
                    elif out_s[k].end != role.end:  # else the scan took it whole
                        out_m.append(_unlisted(role, definite, last))
                        out_s.append(role)
                else:
                    out_m.append(_unlisted(role, definite, last))
                    out_s.append(role)
        out_m.append(m)
        out_s.append(span)
    return out_m, out_s


def _unlisted(span: Span, definite: bool, head: str) -> Mention:  # noqa: FBT001
    """A role phrase whose head no list holds, in apposition to a name of a person
    or of no known kind (no designator: "Ltd", "Council"): a person's role, as
    "a local beekeeper, Ann Lee," is."""
    role = current().roles.get(head)
    kind = ActorKind.PERSON if role is None else role.kind
    return Mention(
        span=span, form=_DESCRIPTION, kind=kind, head=head, definite=definite
    )


def described(
    text: str, mentions: list[Mention], spans: list[Span], span: Span
) -> Mention | None:
    """The speaker span ``span`` read as a described noun phrase: the kind and head
    of the scanned description that ends it, its head noun ("The *dock* union": an
    organisation, as "the union" is); ``None`` if no description ends it."""
    for m, s in zip(mentions, spans, strict=True):
        if s.end == span.end and span.start < s.start and m.form is _DESCRIPTION:
            first = span.of(text).partition(" ")[0].casefold()
            return attrs.evolve(
                m,
                span=span,
                name=None,
                key=(),
                definite=first in _DEFINITE,
                possessed=m.possessed,
            )
        if s.start >= span.end:
            break
    return None


_ENDS: Final = frozenset({",", ";", ".", "\u2013", "\u2014"})
"""What closes a role phrase after a name ("Ann Lee, a welder*,* said")."""


def roles_after(
    text: str, mentions: list[Mention], spans: list[Span]
) -> tuple[list[Mention], list[Span]]:
    """The mentions and spans with each role phrase in apposition after a person's
    name that the scan did not read added, whatever its head: "Ann Lee, *a retired
    welder*, said" (coreference joins it to the name, as "Ann Lee, the mayor,")."""
    out_m: list[Mention] = []
    out_s: list[Span] = []
    n = len(spans)
    for i, (m, span) in enumerate(zip(mentions, spans, strict=True)):
        out_m.append(m)
        out_s.append(span)
        start = span.end + 2
        if (
            m.form is not _NAME
            or m.kind not in _PERSONISH
            or text[span.end : start] != ", "
            or (i + 1 < n and spans[i + 1].start == start)
        ):
            continue
        found = _phrase_after(text, start)
        if found is not None:
            role, definite, last = found
            out_m.append(_unlisted(role, definite, last))
            out_s.append(role)
    return out_m, out_s


def _phrase_after(text: str, start: int) -> tuple[Span, bool, str] | None:
    """The role phrase from ``start`` to the mark that closes it, whether it is
    definite, and its last word; ``None`` if what stands there is none."""
    end = start
    limit = min(len(text), start + 80)
    while end < limit and text[end] not in _ENDS and text[end] != "\n":
        end += 1
    if end >= len(text) or text[end] not in _ENDS:
        return None
    opener, *inner = text[start:end].split(" ")
    if not 1 <= len(inner) <= _MAX_WORDS or opener.casefold() not in _OPENERS:
        return None
    if (
        not all(map(_word_ok, inner))
        or not _role_head(inner[-1])
        or any(w.endswith("ed") for w in inner[1:])
    ):
        return None
    return Span(start, end), opener.casefold() in _DEFINITE, inner[-1]


_NOT_BEFORE_A_ROLE: Final = frozenset(
    ["to", "will", "would", "can", "could", "should", "may", "might", "must", "not",
     "never", "did", "does", "do", "i", "we", "you", "they"]
)  # fmt: skip
"""Words after which a word in "-er" or "-or" is a verb ("to *monitor* Ann Lee")."""


def roles_before(text: str, mentions: list[Mention], spans: list[Span]) -> None:
    """Draw each person's name that a role noun stands right before, no comma
    between, to that noun, in place: "original *poster* Ann Lee", "*sportswriter*
    Bo Dahl" (the role is part of the mention, as a listed title is: "Senator Ann
    Lee"). The noun is a listed singular role or an agent noun (:func:`_role_head`),
    neither a function word nor a verb form; not after "to", a modal or a subject
    pronoun ("to *monitor* Ann Lee")."""
    for i, (m, span) in enumerate(zip(mentions, spans, strict=True)):
        start = span.start
        if (
            m.form is not _NAME
            or m.kind not in _PERSONISH
            or start < 2  # noqa: PLR2004
            or text[start - 1] != " "
            or not text[start].isupper()
        ):
            continue
        words = text[max(0, start - 60) : start - 1].split(" ")
        role = words[-1]
        if not _word_ok(role) or not _role_head(role) or _owns(role):
            continue
        if len(words) > 1 and words[-2].casefold() in _NOT_BEFORE_A_ROLE:
            continue
        begin = start - 1 - len(role)
        if i > 0 and spans[i - 1].end > begin:
            continue  # the role is another mention's
        spans[i] = Span(begin, span.end)
