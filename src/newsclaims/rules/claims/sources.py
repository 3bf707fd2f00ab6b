"""Source rules: "according to X, ...", "X's claim that ...".

The source is no subject of a reporting verb: a prepositional phrase ("according to the
police", anywhere in the sentence) or the owner of a cue noun ("Ann Lee's claim that").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Final

import regex

from newsclaims._regex import finditer, match, search
from newsclaims.model import Span
from newsclaims.rules.claims.candidates import ClaimCandidate, Context, HedgePattern
from newsclaims.rules.claims.cues import after_conjunction
from newsclaims.rules.claims.reported import (
    ReportedPatterns,
    reported_content,
)

__all__ = [
    "according_to",
    "in_poll",
    "nominal_cue",
    "nominal_object",
]

_POSSESSIVE: Final = frozenset({"'s", "\u2019s"})


def according_to(
    pats: ReportedPatterns, ctx: Context, sentence: Span, hedge: HedgePattern
) -> Iterator[ClaimCandidate]:
    """`According to X, ...` and `..., according to X.`."""
    text = ctx.text
    if text.find("ccording", sentence.start, sentence.end) < 0:
        return
    start = after_conjunction(pats.leading_conj, text, sentence.start, sentence.end)
    m = match(pats.according_first, text, start, sentence.end)
    if m is not None:
        content = reported_content(pats, ctx, m.end(), sentence.end)
    else:
        m = search(pats.according_last, text, start + 1, sentence.end)
        content = None if m is None else _around(pats, ctx, m, start, sentence.end)
    if m is None or content is None:
        return
    yield ClaimCandidate.reported(
        "according_to",
        ctx,
        hedge,
        content,
        cue=Span.of_match(m, "cue"),
        speaker=Span.of_match(m, "spk"),
    )


def _around(
    pats: ReportedPatterns, ctx: Context, m: regex.Match[str], start: int, end: int
) -> Span | None:
    """The content of a mid-sentence `according to X`: the clause before it, or
    the one after it when the words before are too few to make a clause."""
    before = reported_content(pats, ctx, start, m.start("cue"), cut=False)
    if before is not None and len(ctx.text[before.start : before.end].split()) >= 3:  # noqa: PLR2004
        return before
    after = m.end("spk")
    while after < end and ctx.text[after] in " ,\u2014\u2013-":
        after += 1
    return reported_content(pats, ctx, after, end)


def _noun_before_that(pats: ReportedPatterns, text: str, sentence: Span) -> bool:
    """Whether a cue noun stands a few words before a "that" in the sentence."""
    i = text.find(" that ", sentence.start, sentence.end)
    while i >= 0:
        words = text[max(sentence.start, i - 100) : i].lower().split()[-8:]
        if any(w.strip(",") in pats.cue_nouns for w in words):
            return True
        i = text.find(" that ", i + 6, sentence.end)
    return False


def _after_last_that(text: str, sentence: Span) -> int:
    """Where the first character after the last "that" of the sentence and its spaces
    ends: every nominal match ends there or before (it closes with `that ...` and one
    character), so the scan stops there, with the same matches."""
    end = sentence.end
    i = text.rfind("that", sentence.start, end)
    if i < 0:
        return end
    i += len("that")
    while i < end and text[i].isspace():
        i += 1
    return min(end, i + 1)


def nominal_cue(
    pats: ReportedPatterns, ctx: Context, sentence: Span, hedge: HedgePattern
) -> Iterator[ClaimCandidate]:
    """`X's claim that ...`, `warnings from X that ...`."""
    if not _noun_before_that(pats, ctx.text, sentence):
        return
    stop = _after_last_that(ctx.text, sentence)
    for m in finditer(pats.nominal, ctx.text, sentence.start, stop):
        end = ctx.text.find(",", m.start("rest"), sentence.end)
        content = reported_content(
            pats, ctx, m.start("rest"), sentence.end if end < 0 else end, cut=False
        )
        if content is None:
            continue
        spk = Span.of_match(m, "spk")
        if ctx.text[spk.end - 2 : spk.end] in _POSSESSIVE:
            spk = Span(spk.start, spk.end - 2)
        elif m.group("poss") is None and m.start("spk") < m.start("cue"):
            continue  # "Ann Lee claim that": no possessive, no nominal cue
        yield ClaimCandidate.reported(
            "nominal_cue",
            ctx,
            hedge,
            content,
            cue=Span.of_match(m, "cue"),
            speaker=spk,
        )


_OWNER_REACH: Final = 160
"""How far before its noun ("support for") the owner of a nominal object may start."""


def nominal_object(
    pats: ReportedPatterns, ctx: Context, sentence: Span, hedge: HedgePattern
) -> Iterator[ClaimCandidate]:
    """`Ann Lee's support for the bill`, `his plan to close the school`: the owner
    of a cue noun is the speaker; the content runs to the clause's end."""
    text = ctx.text
    words = text[sentence.start : sentence.end].split()
    if not pats.noun_object_words.intersection(words):
        return
    phrases = pats.noun_object_phrases
    found = [f"{a} {b}" for a, b in itertools.pairwise(words) if f"{a} {b}" in phrases]
    if not found:
        return
    # the owner stands a few words before the first noun: no need to try earlier
    begin = max(sentence.start, text.find(found[0], sentence.start) - _OWNER_REACH)
    for m in finditer(
        pats.nominal_object, text, begin, _after_last(text, sentence, found)
    ):
        phrase = m.group("cue")
        noun = Span(m.start("cue"), m.start("cue") + phrase.index(" "))
        start = m.end("cue") - 2 if phrase.endswith(" to") else m.start("rest")
        stop = _clause_stop(text, start, sentence.end)
        content = reported_content(pats, ctx, start, stop, cut=False)
        if content is None:
            continue
        yield ClaimCandidate.reported(
            "nominal_object",
            ctx,
            hedge,
            content,
            cue=noun,
            speaker=_owner(text, Span.of_match(m, "spk")),
        )


def _after_last(text: str, sentence: Span, phrases: list[str]) -> int:
    """Where the first character after the last of ``phrases`` in the sentence and
    its spaces ends: every nominal object match ends there or before (its noun is
    one of the phrases, whitespace on both sides, then spaces and one character),
    so the scan stops there, with the same matches."""
    end = sentence.end
    last = max(text.rfind(p, sentence.start, end) + len(p) for p in set(phrases))
    while last < end and text[last].isspace():
        last += 1
    return min(end, last + 1)


def _owner(text: str, spk: Span) -> Span:
    """The speaker without its possessive ending: "Ann Lee's" -> "Ann Lee"."""
    if text[spk.end - 2 : spk.end] in _POSSESSIVE:
        return Span(spk.start, spk.end - 2)
    return spk


_CLAUSE_STOPS: Final = (",", ";", ":", " \u2014", " \u2013", " --", " - ", "(")


def _clause_stop(text: str, start: int, end: int) -> int:
    """The first clause boundary (comma, semicolon, colon, dash, bracket) after
    ``start``, else ``end``."""
    stops = [text.find(s, start, end) for s in _CLAUSE_STOPS]
    return min((s for s in stops if s >= 0), default=end)


def in_poll(
    pats: ReportedPatterns, ctx: Context, sentence: Span, hedge: HedgePattern
) -> Iterator[ClaimCandidate]:
    """`In a new poll, 40 percent ...`: the poll is the source of the clause."""
    text = ctx.text
    if (
        text.find("poll", sentence.start, sentence.end) < 0
        and text.find("survey", sentence.start, sentence.end) < 0
    ):
        return
    start = after_conjunction(pats.leading_conj, text, sentence.start, sentence.end)
    m = match(pats.in_poll_first, text, start, sentence.end)
    content = None if m is None else reported_content(pats, ctx, m.end(), sentence.end)
    if m is None or content is None:
        return
    yield ClaimCandidate.reported(
        "according_to",
        ctx,
        hedge,
        content,
        cue=Span.of_match(m, "cue"),
        speaker=Span.of_match(m, "spk"),
    )
