"""Participle clauses after a main clause: "Ann Lee left the talks, saying they had failed".

The speaker is the subject of the sentence; the cue an ``-ing`` form of any reporting verb
after a comma ("..., accusing Y of ...") or after "by" ("... by saying that ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from newsclaims._regex import compile_pattern, finditer, match
from newsclaims.lexicons import Lexicons
from newsclaims.model import Span
from newsclaims.rules.candidates import ClaimCandidate, Context, HedgePattern, mode_of
from newsclaims.rules.claims_reported import (
    ReportedPatterns,
    frame_start,
    reported_content,
)
from newsclaims.rules.cues import AUX, NOT_WORD, SPEAKER, cue_lists

__all__ = ["ClausePatterns", "participle_clause"]

MAX_OPENER: Final = 60
"""The longest phrase before a sentence's subject ("On Monday, ...")."""

_PARTICIPLE: Final = rf"""
    (?:,\s*+(?:while\s++|before\s++|after\s++)?|(?<!\s)\s++by\s++)
    (?P<cue>\L<cues_ing_all>){NOT_WORD}
"""

_SUBJECT: Final = rf"""
    (?P<spk>{SPEAKER})(?:\s*+,\s*+[^,;:\n\"\u201c\u201d]{{1,120}}+,)?\s++{AUX}
    \p{{Ll}}[\p{{Ll}}\-]{{1,30}}+(?<=ed|[^s\W]s|ew|ought|ook|ave|ent|id|ame|oke|ote|old|ut|et|ot|an|ung|ank|on){NOT_WORD}
"""

_OPENER: Final = r"[^,;:\n\"\u201c\u201d]{1,60}+,\s*+"


class ClausePatterns:
    """The compiled patterns of the participle-clause rule."""

    def __init__(self, lexicons: Lexicons) -> None:
        lists = cue_lists(lexicons)
        lists["cues_ing_all"] = frozenset(v.forms[3] for v in lexicons.cue_verbs)
        self.lexicons = lexicons
        self.participle: Final = compile_pattern(_PARTICIPLE, lists)
        self.subject: Final = compile_pattern(_SUBJECT, lists)
        self.opener: Final = compile_pattern(_OPENER)

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern, by name."""
        return {
            f"clause.{k}": v
            for k, v in vars(self).items()
            if isinstance(v, regex.Pattern)
        }

    def subject_of(self, ctx: Context, start: int, end: int) -> Span | None:
        """The subject at the start of a sentence (after an opener like "On Monday,")."""
        m = match(self.subject, ctx.text, start, end)
        if m is None:
            opener = match(self.opener, ctx.text, start, min(end, start + MAX_OPENER))
            if opener is not None:
                m = match(self.subject, ctx.text, opener.end(), end)
        return None if m is None else Span.of_match(m, "spk")

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
    if not ctx.cues_in(sentence.start, sentence.end):
        return
    spk: Span | None = None
    for m in finditer(pats.participle, text, sentence.start, sentence.end):
        if spk is None:
            spk = pats.subject_of(ctx, sentence.start, m.start())
            if spk is None:
                return
        cue = Span.of_match(m, "cue")
        frames = reported.frames.get(cue.of(text), "")
        found = frame_start(reported, ctx, frames, cue.end, sentence.end)
        if found is None:
            continue
        start, target = found
        content = reported_content(reported, ctx, start, sentence.end)
        if content is None:
            continue
        yield ClaimCandidate(
            rule="participle_clause",
            mode=mode_of(ctx, content),
            content=content,
            cue=cue,
            speaker=spk,
            target=target,
            hedged=ctx.hedged(hedge, content),
        )
