"""The mentions the coreference walk reads: the scan's, less those that name no actor
of the story, with appositive descriptions drawn to their end.

:func:`_scenery` reads every mention of the text
(:func:`~newsclaims.rules.actors.entities.scan_readings`) but the dateline's, places
("in Kyiv"), countries qualifying a noun ("U.S. troops") and predicates ("Lee was *the
first mayor*"); :func:`_appositive_tails` then draws a description in apposition to a
name to the mark that closes it. :mod:`newsclaims.rules.actors.coref` drives both.

>>> text = "Ann Lee, spokeswoman for the port, said she was a sailor in Peru."
>>> mentions, spans, _ = _scenery(text, None)
>>> _appositive_tails(text, mentions, spans)
>>> [s.of(text) for s in spans]
['Ann Lee', 'spokeswoman for the port', 'she']
"""

from __future__ import annotations

from typing import Final

import attrs

from newsclaims._regex import compile_pattern, match
from newsclaims.model import Span
from newsclaims.rules.actors.apposed import _word_ok
from newsclaims.rules.actors.data import current
from newsclaims.rules.actors.entities import scan_readings
from newsclaims.rules.actors.parse import Mention, MentionForm

__all__ = ["MAX_TAIL"]

_NAME: Final = MentionForm.NAME
_COUNTRY: Final = MentionForm.COUNTRY
_DESCRIPTION: Final = MentionForm.DESCRIPTION

MAX_TAIL: Final = 100
"""The most characters an appositive description runs on after its head."""
_TAIL: Final = compile_pattern(
    r"([^,;.\"\u201c\u201d()\[\]\n\u2014\u2013]{0,100}+)(?=[,;.\u2014\u2013](?:\s|\Z)|\Z)"
)
"""The rest of an appositive: up to the mark that closes it."""
_TAIL_OPENERS: Final = frozenset(
    [
        "of",
        "for",
        "at",
        "from",
        "in",
        "on",
        "with",
        "to",
        "within",
        "and",
        "responsible",
    ]
)
"""The words a description's tail opens with: a preposition, "and" and another
description ("the chair and spokeswoman for the party"), or "responsible" and its
preposition ("the commissioner responsible for the ports")."""
_APPOSITION_MARKS: Final = frozenset({", ", " \u2014 ", " \u2013 "})
"""What stands between a name and the description in apposition to it."""
_ARTICLES: Final = frozenset({"a", "an", "the", "one"})
_COPULAS: Final = frozenset(
    {"is", "was", "are", "were", "be", "been", "being", "became", "become", "becomes"}
)
_FUNCTION_WORDS: Final = frozenset(
    {"of", "by", "to", "for", "with", "from", "in", "on", "at", "and", "or", "as"}
    | {"his", "her", "its", "their", "our", "my", "your", "this", "that", "these"}
)
"""Words that are no adjective between an article and a noun ("a move *by* Lee")."""
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
        if _predicative(text, start, adjectives=m.form is _DESCRIPTION):
            continue  # "Lee was *the first mayor*", "it is *a British colony*"
        if m.form is _NAME and _numbered(text, end):
            continue  # "*Area* 51", "a *Boeing* 707": a thing's designation
        out.append(m)
        where.append(Span(start, end))
    return out, where, countries


_DEFINITE: Final = frozenset({"the", "this", "that", "these", "those"})
_DETERMINERS: Final = _DEFINITE | {"a", "an"}
_APOSTROPHES: Final = frozenset({"'", "\u2019"})
_MAX_ADJECTIVES: Final = 3
"""The most unlisted words :func:`_determined` takes in before a description."""


def _determined(text: str, mentions: list[Mention], spans: list[Span]) -> None:
    """Draw each description that opens with its head or a listed modifier back over
    the lower-case words before it to the determiner that opens the noun phrase, in
    place: "the *highest* court", "an *eminent* historian" (the scan takes in only
    listed modifiers). At most :data:`_MAX_ADJECTIVES` words, none a function word,
    verb form or adverb, nor a participle ("a court *ruled* the"); not a possessor
    ("the ferry *workers'* union": the union is the phrase)."""
    for i, m in enumerate(mentions):
        start = spans[i].start
        if (
            m.form is not _DESCRIPTION
            or not text[start : start + 1].islower()
            or text[start : spans[i].end].split(" ", 1)[0] in _DETERMINERS
            or text[spans[i].end : spans[i].end + 1] in _APOSTROPHES  # a possessor
        ):
            continue
        words = text[max(0, start - 60) : start].split(" ")
        if not words or words[-1] != "":
            continue
        words.pop()
        n = 0
        begin = start
        while words and n < _MAX_ADJECTIVES:
            w = words.pop()
            begin -= len(w) + 1
            if w.casefold() in _DETERMINERS:
                if i == 0 or spans[i - 1].end <= begin:
                    spans[i] = Span(begin, spans[i].end)
                    definite = w.casefold() in _DEFINITE
                    mentions[i] = attrs.evolve(m, definite=definite)
                break
            if not _word_ok(w) or w.endswith("ed"):
                break
            n += 1


def _appositive_tails(text: str, mentions: list[Mention], spans: list[Span]) -> None:
    """Draw each description in apposition to a name (after a comma or a dash) to
    the mark that closes the appositive, in place: "Ann Lee, *spokeswoman for the
    harbour board*, said", "the Harbour Court — *the highest court on trade* —" (the
    noun phrase with its modifiers, as a reader marks it). Only when a comma,
    semicolon, full stop or dash closes it within :data:`MAX_TAIL` characters and no
    quote mark or bracket comes first."""
    for i in range(1, len(mentions)):
        m, before = mentions[i], mentions[i - 1]
        if (
            m.form is not _DESCRIPTION
            or before.form is not _NAME
            or text[spans[i - 1].end : spans[i].start] not in _APPOSITION_MARKS
        ):
            continue
        end = spans[i].end
        found = match(_TAIL, text, end, end + MAX_TAIL + 1)
        if found is not None and found.end(1) > end:
            first = found.group(1).split(maxsplit=1)[:1]
            if first and first[0] in _TAIL_OPENERS:  # not "..., the army said, ..."
                tail = found.group(1)  # up to the mark, less the blank before a dash
                spans[i] = Span(spans[i].start, end + len(tail.rstrip()))


def _numbered(text: str, end: int) -> bool:
    """Whether a number follows the name ending at ``end``, a space between ("*Area*
    51", "*Boeing* 747s", "*March* 14"): the name is part of a thing's designation or a
    date, not an actor's (a person's name takes no number after it but an ordinal in
    Roman numerals, "Elizabeth II"; an age comes after a comma)."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit()


def _predicative(text: str, start: int, *, adjectives: bool = False) -> bool:
    """Whether the phrase at ``start`` opens with an article right after a form of
    "be" or "become" (maybe with an adverb between): a predicate ("Lee was *the
    first mayor*"), which names no actor of its own. With ``adjectives`` (for a
    description), the article may stand before one or two lower-case words the
    phrase left out ("it is the *final* court"), none a function word ("a move *by*
    Lee")."""
    article = text[start : start + 4].split(maxsplit=1)[:1]
    before = text[max(0, start - 60) : start].split()
    if not article or article[0].casefold() not in _ARTICLES:
        if not adjectives:
            return False
        for _ in range(2):
            word = before.pop() if before else ""
            if not word.isalpha() or not word.islower() or word in _FUNCTION_WORDS:
                return False
            if before and before[-1] in _ARTICLES:
                before.pop()
                break
        else:
            return False
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
    """Whether ``word`` (ending at ``end``) is a verb in "-s" or "-ing" rather than
    a noun: "that", "with" or a determiner follows it ("Moscow *complies* with",
    "Kestrel *maintains* that", "spoke of Peru *guarding* the"; not "U.S. *sanctions*
    since", "the U.S. *fishing* fleet"), or, after "-s", a name ("Chile *invades*
    Peru"); and it names no role ("U.S. *officials* with")."""
    if word in current().roles or not (
        (word.endswith("s") and not word.endswith("ss")) or word.endswith("ing")
    ):
        return False
    after = match(_NEXT_WORD, text, end, end + 50)
    if after is not None:
        return after.group(1) in _AFTER_VERB
    return (
        word[-1] == "s"
        and text[end : end + 2].startswith(" ")
        and (text[end + 1 : end + 2].isupper())
    )


def _after_locative(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].casefold() == "the" and len(before) > 1:
        before.pop()
    return bool(before) and before[-1].casefold() in _LOCATIVE
