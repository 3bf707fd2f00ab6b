"""Untagged quotations: a long quote no other rule attributed is still somebody's words.

News rarely prints a quotation of a full clause that nobody said: a long quote left over
after the tag rules is attributed speech whose tag the rules did not read (`In a radio
interview Ann Lee declared "..."`, `As the judge put it, "..."`, a second quote after
`"A," said the 52-year-old. "B."`). The rule runs last, on quotes that no accepted claim
covers, and picks the speaker in this order:

1. a cue word earlier in the quote's own sentence, and the speaker phrase before it
   (`Ann Lee *declared* "..."`; the cue becomes the claim's cue);
2. the speaker of the nearest attributed claim before it, in the same paragraph or the
   one before (the floating-quote convention);
3. none: the claim keeps ``speaker=None`` rather than guess.

Short quotes (scare quotes, nicknames, titles) are left alone: fewer than
:data:`MIN_WORDS` words, or a Title Case run (a headline or a book title).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import Final

from newsclaims.model import Span
from newsclaims.rules.claims.candidates import ClaimCandidate, Context, HedgePattern
from newsclaims.rules.claims.speaker import SpeakerWalker
from newsclaims.rules.text.layout import Quote

__all__ = ["MIN_WORDS", "untagged_quotes"]

MIN_WORDS: Final = 8
"""The fewest words a quote needs to count as somebody's words without a tag."""

_TITLE_SHARE: Final = 0.7
"""A quote whose words are mostly capitalised is a title, not speech."""

_CUE_REACH: Final = 200
"""How far before a quote (in its sentence) a cue may stand and still introduce it."""

_SUBJECT_WORDS: Final = 12
"""How many words into its sentence the subject's verb may stand."""

_NAME_WORDS: Final = 4
"""The most words of a bare name before a cue."""

_OPENERS: Final = (["As"], ["But"], ["And"], ["Then,"], ["So"], ["Still,"])
"""Words that may open a sentence before its subject."""

_TAG_REACH: Final = 80
"""How far after a quote (in its sentence) a cue may stand and still attribute it."""


def _is_title(words: list[str]) -> bool:
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= _TITLE_SHARE * len(words)


def _covered(starts: Sequence[int], reach: Sequence[int], q: Quote) -> bool:
    """Whether an accepted claim's fragment overlaps the quote: ``reach[i]`` is the
    furthest end among the first ``i`` fragments (by start)."""
    return reach[bisect_left(starts, q.span.end)] > q.span.start


def _tag_in_sentence(
    ctx: Context, walker: SpeakerWalker, q: Quote
) -> tuple[Span, Span] | None:
    """(cue, speaker) from a cue in the quote's sentence: before the quote with the
    speaker before it (`Ann Lee declared "..."`), or just after the quote with the
    speaker between (`"...," the party's new spokeswoman Ann Lee said.`)."""
    lay = ctx.layout
    sent = lay.sentences[lay.sentence_at(q.span.start)]
    start = max(sent.start, q.span.start - _CUE_REACH)
    text = ctx.text
    for cue in reversed(ctx.cues_in(start, q.span.start)):
        if _in_aside(text, sent.start, cue, q.span.start):
            continue  # "Ann Lee commented -- as the paper *noted* -- "..."": Ann Lee's
        speaker = walker.before(text, cue.start, sent.start, strict=True) or (
            _name_before(walker, text, cue.start, sent.start)
        )
        if speaker is not None:
            return cue, speaker
    close = lay.sentences[lay.sentence_at(max(q.span.start, q.span.end - 1))]
    after = ctx.cues_in(q.span.end, min(close.end, q.span.end + _TAG_REACH))
    if after:
        cue = after[0]
        speaker = walker.before(text, cue.start, q.span.end, strict=True)
        if speaker is None and not text[q.span.end : cue.start].strip(" ,"):
            speaker = _phrase_after(text, cue.end, close.end)  # "...," said a guard
        if speaker is not None:
            return cue, speaker
    return None


_ASIDE_MARKS: Final = (" \u2014 ", " \u2013 ", " -- ", " (")
_ASIDE_ENDS: Final = (" \u2014 ", " \u2013 ", " -- ", ")")


def _in_aside(text: str, start: int, cue: Span, end: int) -> bool:
    """Whether ``cue`` sits in a dash or bracket aside closed before ``end``."""
    opened = any(text.rfind(m, start, cue.start) >= 0 for m in _ASIDE_MARKS)
    return opened and any(text.find(m, cue.end, end) >= 0 for m in _ASIDE_ENDS)


_AFTER_WORDS: Final = 8
_AFTER_STOPS: Final = frozenset(',.;:!?"\u201c\u201d(')


def _phrase_after(text: str, start: int, end: int) -> Span | None:
    """The words after an inverted tag's cue up to punctuation (at most
    :data:`_AFTER_WORDS`): "said *a protester using the name Kat*"."""
    pos = start
    while pos < end and text[pos] == " ":
        pos += 1
    first = pos
    words = 0
    last = pos
    while pos < end and text[pos] not in _AFTER_STOPS and words < _AFTER_WORDS:
        if text[pos] == " ":
            pos += 1
            continue
        while pos < end and text[pos] != " " and text[pos] not in _AFTER_STOPS:
            pos += 1
        words += 1
        last = pos
    return Span(first, last) if words else None


def _verbish(phrase: str) -> bool:
    """A one-word "subject" that is a sentence-initial verb or adverb ("Printed")."""
    return " " not in phrase and phrase.lower().endswith(("ed", "ing", "ly"))


def _subject(ctx: Context, walker: SpeakerWalker, q: Quote) -> Span | None:
    """The phrase opening the quote's sentence when it reads as the subject of a
    verb after it (`She signed a deal barring her from "..."`), else ``None``."""
    text = ctx.text
    sent = ctx.layout.sentences[ctx.layout.sentence_at(q.span.start)]
    pos = sent.start
    for _ in range(_SUBJECT_WORDS):
        while pos < q.span.start and not text[pos].isalpha():
            pos += 1
        end = pos
        while end < q.span.start and not text[end].isspace():
            end += 1
        if end >= q.span.start:
            return None
        word = text[pos:end].rstrip(",;:.")
        if pos > sent.start and word.isalpha() and word.islower():
            speaker = walker.before(text, pos, sent.start, strict=True)
            if (
                speaker is not None
                and text[sent.start : speaker.start].split() in ([], *_OPENERS)
                and not _verbish(speaker.of(text))
            ):
                return speaker
        pos = end
    return None


def _name_before(walker: SpeakerWalker, text: str, cue: int, floor: int) -> Span | None:
    """The run of capitalised words right before a cue (`... interview *Bo Park*
    declared`), for when the phrase walk finds no speaker."""
    start = end = cue
    pos = cue
    words = 0
    while words < _NAME_WORDS:
        while pos > floor and text[pos - 1] == " ":
            pos -= 1
        word_end = pos
        while pos > floor and not text[pos - 1].isspace():
            pos -= 1
        word = text[pos:word_end]
        if not word or not word[0].isupper() or not word.replace(".", "").isalpha():
            break
        if word.lower() in walker.stopwords:
            break
        if words == 0:
            end = word_end
        start = pos
        words += 1
    return Span(start, end) if words else None


def _attribution(
    ctx: Context, walker: SpeakerWalker, q: Quote, last: ClaimCandidate | None
) -> tuple[Span | None, Span | None]:
    """(cue, speaker) of an untagged quote: a tag in its sentence, else the
    sentence's subject, else the previous claim's speaker in the paragraph."""
    tag = _tag_in_sentence(ctx, walker, q)
    if tag is not None:
        return tag
    speaker = _subject(ctx, walker, q)
    if speaker is not None:
        return None, speaker
    lay = ctx.layout
    if (
        last is not None
        and ctx.opens_sentence(q)
        and lay.paragraph_at(q.span.start) == lay.paragraph_at(last.content.end - 1)
    ):
        return None, last.speaker
    return None, None


def untagged_quotes(
    ctx: Context,
    accepted: Sequence[ClaimCandidate],
    walker: SpeakerWalker,
    hedge: HedgePattern,
) -> Iterator[ClaimCandidate]:
    """Claims for the long quotes that no claim in ``accepted`` covers, in order."""
    lay = ctx.layout
    fragments = sorted(
        (f for c in accepted for f in c.fragments()), key=lambda f: f.start
    )
    starts = [f.start for f in fragments]
    reach = [0]
    for f in fragments:
        reach.append(max(reach[-1], f.end))
    by_start = sorted(
        (c for c in accepted if c.speaker is not None), key=lambda c: c.content.start
    )
    used = {c.cue.start for c in accepted if c.cue is not None}
    j = 0
    last: ClaimCandidate | None = None
    for q in lay.quotes:
        while j < len(by_start) and by_start[j].content.end <= q.span.start:
            last = by_start[j]
            j += 1
        if _covered(starts, reach, q):
            continue
        words = q.content.of(ctx.text).split()
        if len(words) < MIN_WORDS or _is_title(words):
            continue
        cue, speaker = _attribution(ctx, walker, q, last)
        if cue is not None and cue.start in used:
            cue = None  # "Ann Lee commented on the row -- "...": one claim per cue
        claim = ClaimCandidate.quoted(
            "untagged_quote",
            ctx,
            hedge,
            q,
            cue=cue,
            speaker=speaker,
        )
        if speaker is not None:
            last = claim
        yield claim
