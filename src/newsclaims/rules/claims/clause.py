"""Participle clauses after a main clause: "Ann Lee left the talks, saying they had failed".

The speaker is the subject of the sentence; the cue an ``-ing`` form of any reporting verb
after a comma ("..., accusing Y of ...") or after "by" ("... by saying that ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from newsclaims._lists import compile_listed
from newsclaims._regex import compile_pattern, finditer, match
from newsclaims.lexicons import ALL_FRAMES, Lexicons
from newsclaims.model import Span
from newsclaims.rules.claims.candidates import ClaimCandidate, Context, HedgePattern
from newsclaims.rules.claims.cues import (
    AUX,
    NO_FRAMES,
    NOT_WORD,
    SPEAKER,
    cue_lists,
)
from newsclaims.rules.claims.reported import (
    ReportedPatterns,
    frame_start,
    reported_content,
)

__all__ = ["ClausePatterns", "coordinated_cue", "participle_clause", "tag_participles"]

MAX_OPENER: Final = 60
"""The longest phrase before a sentence's subject ("On Monday, ...")."""

_PARTICIPLE: Final = rf"""
    (?:,\s*+(?:while\s++|before\s++|after\s++|then\s++)?
      |(?<!\s)\s++(?:by|while|before|after|without|when)\s++)
    (?:(?:also|later|again|then|initially|first|repeatedly|publicly|privately)\s++)?
    (?P<cue>\L<cues_ing_all>){NOT_WORD}
"""

_SUBJECT: Final = rf"""
    (?P<spk>{SPEAKER})(?:\s*+,\s*+[^,;:\n\"\u201c\u201d]{{1,120}}+,)?\s++{AUX}
    \p{{Ll}}[\p{{Ll}}\-]{{1,30}}+(?<=ed|[^s\W]s|ew|ought|ook|ave|ent|id|ame|oke|ote|old|ut|et|ot|an|ung|ank|on){NOT_WORD}
"""

_OPENER: Final = r"[^,;:\n\"\u201c\u201d]{1,60}+,\s*+"

_COORDINATED: Final = rf"""
    (?<!\s)\s++(?:(?:and|but)(?:\s++then)?|then|(?<!(?:able|ible)\s++)to
      |in\s++order\s++to)\s++{AUX}
    (?P<cue>\L<cues_all>){NOT_WORD}
"""
"""A cue after "and" or "to": "Ann Lee left and *said* ...", "... rose *to say* ...";
not after an adjective in -able/-ible ("unavailable *to view*", "unable to say")."""


_LOWER_WORDS: Final = compile_pattern(r"\p{Ll}++(?:\x20\p{Ll}++)*+")


class ClausePatterns:
    """The compiled patterns of the participle-clause rule."""

    def __init__(self, lexicons: Lexicons) -> None:
        lists = cue_lists(lexicons)
        lists["cues_ing_all"] = frozenset(v.forms[3] for v in lexicons.cue_verbs)
        self.lexicons = lexicons
        self.participle: Final = compile_listed(_PARTICIPLE, lists)
        ing = lists["cues_ing_all"]
        self.ing_words: Final = frozenset(form.split(" ", 1)[0] for form in ing)
        self.ing_cued: Final = ing <= lexicons.cue_forms(ALL_FRAMES) and all(
            _LOWER_WORDS.fullmatch(form) is not None for form in ing
        )
        """Whether the cue finder finds every ``-ing`` cue (see :func:`_has_ing`)."""
        self.longest_cue: Final = max(
            (len(f) for v in lexicons.cue_verbs for f in v.all_forms), default=0
        )
        self.subject: Final = compile_listed(_SUBJECT, lists)
        self.opener: Final = compile_pattern(_OPENER)
        self.coordinated: Final = compile_listed(_COORDINATED, lists)
        self.objects: Final = lexicons.object_pronouns
        self.adverbs: Final = frozenset(
            w for a in lexicons.auxiliaries for w in a.split()
        ) | frozenset({"not", "never", "n't"})

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern, by name."""
        return {
            f"clause.{k}": v
            for k, v in vars(self).items()
            if isinstance(v, regex.Pattern)
        }

    def subject_of(
        self, ctx: Context, start: int, end: int, *, verb_end: int | None = None
    ) -> Span | None:
        """The subject at the start of a sentence (after an opener like "On Monday,");
        with ``verb_end``, only the subject of the verb ending there."""
        m = match(self.subject, ctx.text, start, end)
        if m is None:
            opener = match(self.opener, ctx.text, start, min(end, start + MAX_OPENER))
            if opener is not None:
                m = match(self.subject, ctx.text, opener.end(), end)
        if m is None or (verb_end is not None and m.end() != verb_end):
            return None
        return Span.of_match(m, "spk")

    def __reduce__(self) -> tuple[type[ClausePatterns], tuple[Lexicons]]:
        return (ClausePatterns, (self.lexicons,))


def participle_clause(
    pats: ClausePatterns,
    reported: ReportedPatterns,
    ctx: Context,
    sentence: Span,
    hedge: HedgePattern,
) -> Iterator[ClaimCandidate]:
    """`X did Y, saying (that) ...`, `..., accusing Z of ...`, `... by calling Z ...`."""
    text = ctx.text
    if not ctx.cues_in(sentence.start, sentence.end) or not _has_ing(
        pats, ctx, sentence
    ):
        return
    spk: Span | None = None
    for m in finditer(pats.participle, text, sentence.start, sentence.end):
        if spk is None:
            spk = pats.subject_of(ctx, sentence.start, m.start())
            if spk is None:
                return
        cue = Span.of_match(m, "cue")
        frames = reported.frames.get(cue.of(text), NO_FRAMES)
        found = frame_start(reported, ctx, frames, cue.end, sentence.end)
        if found is None:
            continue
        start, target = found
        content = reported_content(reported, ctx, start, sentence.end)
        if content is None:
            continue
        yield ClaimCandidate.reported(
            "participle_clause",
            ctx,
            hedge,
            content,
            cue=cue,
            speaker=spk,
            target=target,
        )


def _has_ing(pats: ClausePatterns, ctx: Context, sentence: Span) -> bool:
    """Whether an ``-ing`` cue may start in the sentence: ``False`` only when the cue
    finder, which then finds every ``-ing`` cue the participle pattern can match (all
    are cue forms in lower case, the finder's words), found none starting there."""
    if not pats.ing_cued:
        return True
    text = ctx.text
    return any(
        c.start < sentence.end
        and text[c.start : c.end].split(" ", 1)[0] in pats.ing_words
        for c in ctx.cues_in(sentence.start, sentence.end + pats.longest_cue)
    )


def _participle(
    reported: ReportedPatterns,
    ctx: Context,
    m: regex.Match[str],
    end: int,
) -> tuple[Span, Span, Span | None] | None:
    """(cue, content, target) of the participle clause ``m`` matched, up to ``end``."""
    cue = Span.of_match(m, "cue")
    frames = reported.frames.get(cue.of(ctx.text), NO_FRAMES)
    found = frame_start(reported, ctx, frames, cue.end, end)
    if found is None:
        return None
    start, target = found
    content = reported_content(reported, ctx, start, end)
    return None if content is None else (cue, content, target)


def tag_participles(
    pats: ClausePatterns,
    reported: ReportedPatterns,
    ctx: Context,
    tagged: list[ClaimCandidate],
    hedge: HedgePattern,
) -> Iterator[ClaimCandidate]:
    """A participle after a quote's tag: `"...," she said, adding that ...`."""
    text = ctx.text
    lay = ctx.layout
    for c in tagged:
        if c.cue is None or c.speaker is None:
            continue
        if c.rule == "quote_then_tag":
            pos = max(c.cue.end, c.speaker.end)
        else:  # `X said, "...," also noting, "..."`
            quotes = ctx.quotes_in(c.content.start - 1, c.content.end)
            pos = quotes[-1].span.end if quotes else c.content.end
        sentence = lay.sentences[lay.sentence_at(pos)]
        if pos >= sentence.end:
            continue
        tail = match(reported.tail, text, pos, sentence.end)
        m = match(
            pats.participle, text, pos if tail is None else tail.end(), sentence.end
        )
        if m is None:
            continue
        found = _participle(reported, ctx, m, sentence.end)
        if found is None:
            continue
        cue, content, target = found
        yield ClaimCandidate.reported(
            "participle_clause",
            ctx,
            hedge,
            content,
            cue=cue,
            speaker=c.speaker,
            target=target,
        )


def coordinated_cue(
    pats: ClausePatterns,
    reported: ReportedPatterns,
    ctx: Context,
    sentence: Span,
    hedge: HedgePattern,
) -> Iterator[ClaimCandidate]:
    """`X did Y and said (that) ...`, `X rose to say ...`: the sentence's subject speaks."""
    text = ctx.text
    if not ctx.cues_in(sentence.start, sentence.end):
        return
    spk: Span | None = None
    for cue in ctx.cues_in(sentence.start, sentence.end):
        start = _conjunction(pats, text, cue.start, sentence.start)
        if start is None:
            continue
        m = match(pats.coordinated, text, start, sentence.end)
        if m is None or m.start("cue") != cue.start:
            continue
        if spk is None:
            spk = pats.subject_of(ctx, sentence.start, m.start()) or _first_speaker(
                reported, ctx, sentence.start, m.start()
            )
            if spk is None:
                return
        if spk.end >= m.start():
            continue
        found = _participle(reported, ctx, m, sentence.end)
        if found is None:
            continue
        cue_span, content, target = found
        yield ClaimCandidate.reported(
            "coordinated_cue",
            ctx,
            hedge,
            content,
            cue=cue_span,
            speaker=spk,
            target=target,
        )


_CONJUNCTIONS: Final = frozenset({"and", "but", "then", "to"})


def _first_speaker(
    reported: ReportedPatterns, ctx: Context, start: int, end: int
) -> Span | None:
    """The speaker of the sentence's first cue before ``end``, read back from it: the
    subject a long phrase names ("the environmental group Clean Rivers Alliance said
    ..., and accused ..."), where :meth:`ClausePatterns.subject_of` finds none."""
    cues = ctx.cues_in(start, end)
    if not cues:
        return None
    spk = reported.walker.before(ctx.text, cues[0].start, start)
    return None if spk is None or spk.start > start + MAX_OPENER else spk


def _object_before(pats: ClausePatterns, text: str, end: int, floor: int) -> bool:
    """Whether an object pronoun or a name stands right before "to": the
    infinitive's subject is that object, not the sentence's subject."""
    words = text[max(floor, end - 40) : end].split()
    if not words:
        return False
    last = words[-1]
    return last.lower() in pats.objects or (last[:1].isupper() and len(words) > 1)


_MAX_WORDS_BACK: Final = 4


def _conjunction(pats: ClausePatterns, text: str, end: int, floor: int) -> int | None:
    """Where the space before an "and"/"to" (and up to three adverbs) before a cue
    starts, or ``None``: a plain string walk, cheaper than a pattern per cue."""
    pos = end
    for _ in range(_MAX_WORDS_BACK):
        j = pos
        while j > floor and text[j - 1].isspace():
            j -= 1
        k = j
        while k > floor and (text[k - 1].isalpha() or text[k - 1] in "'\u2019"):
            k -= 1
        word = text[k:j].lower()
        if j == pos or not word:
            return None
        if word in _CONJUNCTIONS:
            if word == "to" and text[max(floor, k - 9) : k].lower() == "in order ":
                k -= 9
            elif word == "to" and _object_before(pats, text, k, floor):
                return None  # "urged Ann Lee to call ...": she would speak
            while k > floor and text[k - 1].isspace():
                k -= 1
            return k
        if word not in pats.adverbs and not (len(word) > 4 and word.endswith("ly")):  # noqa: PLR2004
            return None
        pos = k
    return None
