"""Reported-speech rules: "X said (that) ...", "..., X said", chained "..., adding
that ...", and where a reported clause starts and ends (:func:`frame_start`,
:func:`reported_content`). Their patterns are in
:mod:`~newsclaims.rules.claims.patterns`.

Each rule reads one sentence at a time, so matching stays linear in the text length.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from newsclaims._regex import compile_plain, match, search
from newsclaims.lexicons import Frame
from newsclaims.model import Span
from newsclaims.rules.claims.candidates import (
    ClaimCandidate,
    Context,
    HedgePattern,
    content_span,
)
from newsclaims.rules.claims.cues import (
    NO_FRAMES,
    TARGET_FRAMES,
    after_conjunction,
    may_open_speaker,
)
from newsclaims.rules.claims.patterns import MAX_CLAUSE, ReportedPatterns

__all__ = ["ReportedPatterns", "frame_start", "reported_content"]


_CUT_AND: Final = ("and", "but")
_CUT_DASHES: Final = ("\u2014", "\u2013", "--", "-")
"""Where a clause may end at a conjunction or a dash (see :func:`_cut_places`)."""


def _cut(pats: ReportedPatterns, ctx: Context, start: int, end: int) -> int:
    """Where the clause in ``[start, end)`` ends: the first match of the cut
    pattern, tried only at the places where it can start (see :func:`_cut_places`)."""
    text = ctx.text
    for pos in _cut_places(pats, text, start, end):
        if match(pats.cut, text, pos, end) is not None:
            return pos
    return end


def _cut_places(pats: ReportedPatterns, text: str, start: int, end: int) -> list[int]:
    """Every place in ``[start, end)`` where the cut pattern may start, in order: a
    comma before one of its words, a semicolon or colon, any space before "and",
    "but" or a dash. String look-ups, no scan by the pattern."""
    places = []
    for mark in ";:":
        i = text.find(mark, start, end)
        while i >= 0:
            places.append(i)
            i = text.find(mark, i + 1, end)
    i = text.find(",", start, end)
    while i >= 0:
        m = match(pats.comma_word, text, i, end)
        if m is not None and m.group("word") in pats.cut_words:
            places.append(i)
        i = text.find(",", i + 1, end)
    for word in _CUT_AND + _CUT_DASHES:
        i = text.find(word, start + 1, end)
        while i >= 0:
            if text[i - 1].isspace() and (
                word in _CUT_DASHES or _cue_after(pats, text, i + len(word), end)
            ):
                j = i
                while j > start and text[j - 1].isspace():
                    j -= 1
                    places.append(j)
            i = text.find(word, i + 1, end)
    return sorted(set(places))


def _cue_after(pats: ReportedPatterns, text: str, pos: int, end: int) -> bool:
    """Whether the word after the spaces at ``pos`` may open the auxiliaries and
    cue of a cut's "and said": an auxiliary, an adverb in -ly or a cue."""
    m = match(pats.spaced_word, text, pos, end)
    if m is None:
        return False
    word = m.group("word")
    return word in pats.and_words or word.endswith("ly")


def reported_content(
    pats: ReportedPatterns, ctx: Context, start: int, end: int, *, cut: bool = True
) -> Span | None:
    if cut:
        end = _cut(pats, ctx, start, end)
    span = content_span(ctx, start, end)
    return span if len(span) >= 2 else None  # noqa: PLR2004


_NO_CLAUSE_AFTER: Final = frozenset(
    {
        "to",
        "by",
        "of",
        "with",
        "for",
        "in",
        "on",
        "at",
        "from",
        "as",
        "and",
        "but",
        "or",
        "while",
        "when",
        "before",
        "after",
    }
)
"""Words that open no clause right after a cue of the clause frame: "said *at* a
rally", "decided *to* leave" (another frame may read them)."""


def frame_start(
    pats: ReportedPatterns,
    ctx: Context,
    frames: frozenset[Frame],
    pos: int,
    end: int,
) -> tuple[int, Span | None] | None:
    """Where the content starts after a cue, and the target, by the cue's frames."""
    text = ctx.text
    tries: list[tuple[Frame, regex.Pattern[str]]] = [
        (Frame.OBJECT_INFINITIVE, pats.obj_to),
        (Frame.OBJECT_OF, pats.obj_of),
        (Frame.ADDRESSEE, pats.addressee),
        (Frame.PREPOSITION, pats.prep),
        (Frame.CLAUSE, pats.that),
        (Frame.THAT_CLAUSE, pats.that),
        (Frame.INFINITIVE, pats.infinitive),
        (Frame.OBJECT, pats.object),
    ]
    for frame, pattern in tries:
        if frame not in frames:
            continue
        m = match(pattern, text, pos, end)
        if m is None:
            continue
        if frame in TARGET_FRAMES:
            return m.start("target"), Span.of_match(m, "target")
        if frame is Frame.THAT_CLAUSE and m.group("that") is None:
            continue  # "ruled that ...", not "ruled the country"
        if (
            frame is Frame.CLAUSE
            and m.group("that") is None
            and text[m.start("rest")].islower()
        ):
            word = text[m.start("rest") : m.start("rest") + 12].split(maxsplit=1)[0]
            if (
                word in _NO_CLAUSE_AFTER
                and match(_QUANTIFIER, text, m.start("rest")) is None
            ):
                continue  # "said at a rally" (but "said at least 40 ..." is content),
                # "decided to leave": another frame may read it
        return m.start("rest"), None
    return None


_QUANTIFIER: Final = compile_plain(r"(?:at\s++(?:least|most)|by\s++far)(?!\w)")


def _chain(
    pats: ReportedPatterns,
    ctx: Context,
    first: ClaimCandidate,
    end: int,
    hedge: HedgePattern,
) -> Iterator[ClaimCandidate]:
    """Claims chained after ``first``: "..., adding that ...", "... and added that ..."."""
    pos = first.content.end
    text = ctx.text
    while pos < end:
        if text.find(",", pos, end) < 0 and text.find("and", pos, end) < 0:
            return  # the chain pattern opens with a comma or "and"
        m = search(pats.chain, text, pos, end)
        if m is None:
            return
        content = reported_content(pats, ctx, m.start("rest"), end)
        if content is None:
            return
        yield ClaimCandidate.reported(
            "participle_chain",
            ctx,
            hedge,
            content,
            cue=Span.of_match(m, "cue"),
            speaker=first.speaker,
        )
        pos = content.end


_SUBORDINATORS: Final = frozenset(
    {
        "after",
        "although",
        "as",
        "because",
        "before",
        "if",
        "once",
        "since",
        "though",
        "unless",
        "until",
        "when",
        "whereas",
        "while",
    }
)


def _subordinate_end(text: str, sentence: Span, spk: Span, start: int, end: int) -> int:
    """Where a claim made in a subordinate clause ends: at the comma before the main
    clause ("*When* Ann Lee said the plan failed, the talks ended"), else ``end``."""
    lead = text[max(sentence.start, spk.start - 40) : spk.start]
    words = lead.split()
    if not words or words[-1].lower() not in _SUBORDINATORS:
        return end

    comma = text.find(", ", start, end)
    return comma if comma > start else end


def _next_clause(
    text: str, sentence: Span, heads: list[tuple[Span, Span, int]], j: int
) -> int:
    """Where a claim's clause must end: before head ``j`` when a comma or semicolon
    stands before it ("..., she said"), else at the sentence end."""
    if j < len(heads):
        nxt = heads[j][0].start
        if (
            text[max(sentence.start, nxt - 6) : nxt]
            .strip()
            .rstrip("abdeilntuwhy \u201d\u2019\"'")
            .endswith((",", ";"))
        ):
            return nxt
    return sentence.end


def _opens_subordinate(text: str, start: int) -> bool:
    """Whether reported content opens with a subordinate clause ("if", "while")."""
    word = text[start : start + 12].split(maxsplit=1)
    return bool(word) and word[0].lower() in _SUBORDINATORS - {"as"}


def speaker_cue_content(
    pats: ReportedPatterns, ctx: Context, sentence: Span, hedge: HedgePattern
) -> Iterator[ClaimCandidate]:
    """`X said (that) ...`, `X told Y (that) ...`, `X accused Y of ...`, `X urged Y to ...`."""
    text = ctx.text
    heads = pats.heads(ctx, sentence.start, sentence.end)
    for i, (spk, cue, after) in enumerate(heads):
        end = _next_clause(text, sentence, heads, i + 1)
        if end - after > MAX_CLAUSE:  # bounded work per cue: linear on any text
            end = max(after + 1, text.rfind(" ", after, after + MAX_CLAUSE))
        frames = pats.frames.get(cue.of(text), NO_FRAMES)
        found = frame_start(pats, ctx, frames, after, end)
        if found is None:
            continue
        start, target = found
        if end < sentence.end and _opens_subordinate(text, start):
            # "said that if the firm failed, she would sell": the next head is the
            # main clause of the reported one, not a claim of its own
            end = _next_clause(text, sentence, heads, i + 2)
            if end - after > MAX_CLAUSE:
                end = max(after + 1, text.rfind(" ", after, after + MAX_CLAUSE))
        content = reported_content(
            pats, ctx, start, _subordinate_end(text, sentence, spk, start, end)
        )
        if content is None:
            continue
        first = ClaimCandidate.reported(
            "speaker_cue_content",
            ctx,
            hedge,
            content,
            cue=cue,
            speaker=spk,
            target=target,
            also=(Span(spk.end, cue.start),),
        )
        yield first
        yield from _chain(pats, ctx, first, end, hedge)


TAG_REACH: Final = 160
"""How far before its cue the comma of a `, X said` tag may stand."""

_TAG_COMMAS: Final = 3
_TAG_WORDS: Final = 24
"""The most words between a tag's comma and its cue (speaker and appositive)."""
"""How many commas before a cue are tried ("..., Ann Lee, the mayor, said")."""


def _tag_after(
    pats: ReportedPatterns, ctx: Context, start: int, end: int
) -> regex.Match[str] | None:
    """The first `, X said` / `, said X` tag in ``[start, end)``: anchored matches
    at the last few commas before each cue, never a scan.

    Where only spaces stand between the comma and the cue, only `, said X` can hold
    that cue; elsewhere the whole pattern runs only where :func:`_may_tag` allows.
    """
    text = ctx.text
    for cue in ctx.cues_in(start, end):
        if cue.of(text) not in pats.cues_tq:
            continue
        floor = max(start, cue.start - TAG_REACH)
        comma = text.rfind(",", floor, cue.start)
        for _ in range(_TAG_COMMAS):
            if comma < 0 or text.count(" ", comma, cue.start) > _TAG_WORDS:
                break
            if comma + 1 == cue.start or text[comma + 1 : cue.start].isspace():
                m = match(pats.tag_after_said, text, comma, end)
                if m is not None:
                    return m
            elif _may_tag(pats, text, comma, cue.start):
                m = match(pats.tag_after, text, comma, end)
                if m is not None and m.start("cue") == cue.start:
                    return m
            comma = text.rfind(",", floor, comma)
    return None


_APPOSITIVE_COMMAS: Final = 2


def _may_tag(pats: ReportedPatterns, text: str, comma: int, cue: int) -> bool:
    """Whether ``text[comma:cue]`` may be the `, X` (appositive, auxiliaries) of a
    `, X said` tag whose cue starts at ``cue``: ``False`` only where the tag pattern
    cannot match so, by characters and the first word no speaker can hold."""
    if not text[cue - 1].isspace():
        return False
    if "(" in text[comma + 1 : cue]:
        return True  # a bracket aside may hold anything
    commas = text.count(",", comma + 1, cue)
    if commas == 0:
        if search(pats.not_speaker, text, comma + 1, cue) is not None:
            return False
    elif commas == _APPOSITIVE_COMMAS:
        first = text.find(",", comma + 1, cue)
        last = text.rfind(",", comma + 1, cue)
        if (
            search(pats.not_speaker, text, comma + 1, first) is not None
            or search(pats.not_speaker, text, last + 1, cue) is not None
            or any(c in text[first + 1 : last] for c in ';:"\u201c\u201d')
        ):
            return False
    else:
        return False
    m = match(pats.first_word, text, comma + 1, cue)
    return m is not None and may_open_speaker(m.group("word"), pats.speaker_openers)


def content_then_tag(
    pats: ReportedPatterns, ctx: Context, sentence: Span, hedge: HedgePattern
) -> Iterator[ClaimCandidate]:
    """`..., X said.`, `..., said X.`; a tag inside the clause splits it in two parts."""
    text = ctx.text
    if not ctx.cues_in(sentence.start, sentence.end):
        return
    start = after_conjunction(pats.leading_conj, text, sentence.start, sentence.end)
    m = _tag_after(pats, ctx, start, sentence.end)
    if m is None:
        return
    first = content_span(ctx, start, m.start())
    if len(first) < 2:  # noqa: PLR2004
        return
    parts: tuple[Span, ...] = ()
    content = first
    if m.group("after") == ",":
        second = reported_content(pats, ctx, m.end(), sentence.end)
        if second is not None and second.start >= first.end:
            parts = (first, second)
            content = Span(first.start, second.end)
    cue = Span.of_match(m, "cue")
    yield ClaimCandidate.reported(
        "content_then_tag",
        ctx,
        hedge,
        content,
        parts=parts,
        cue=cue,
        speaker=Span.of_match(m, "spk"),
    )
