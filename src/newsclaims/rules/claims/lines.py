"""Line rules: a whole paragraph attributed by its first words.

Headlines and transcripts put the speaker at the head of a line: "Ann Lee: The plan
failed", "WALLACE: But why?", "Q: ...", and title-case headlines put a capitalised cue
after it: "Ann Lee Says Talks Have Failed". The content runs to the end of the line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from newsclaims._lists import compile_listed
from newsclaims._regex import compile_pattern, finditer, match
from newsclaims.lexicons import Lexicons
from newsclaims.model import ClaimMode, Span
from newsclaims.rules.claims.candidates import ClaimCandidate, Context, HedgePattern

__all__ = ["LinePatterns", "line_claims"]

MAX_LINE: Final = 2000
"""The longest line a colon tag may attribute (a long transcript answer)."""

MAX_HEADLINE: Final = 200
"""The longest line read as a headline."""

MAX_SPEAKER_WORDS: Final = 4
"""The most words of a speaker heading a line ("McCain Challenger Ann Lee:")."""

MAX_HEADLINE_SPEAKER: Final = 8
"""The most words before a headline's cue ("Former Governor Ann Lee Says ...")."""

MIN_WORDS: Final = 3
"""The fewest words a line's content takes ("Ann Lee: 46" is a tally, not a claim)."""

_NAME_WORD: Final = r"\p{Lu}[\p{L}\p{M}'\u2019.\-]{0,30}+"

_COLON_LINE: Final = rf"""
    (?P<spk>
        [QA](?=\s*+:)                                      # Q: / A:
      | (?!\L<labels>\s*+:){_NAME_WORD}
        (?:\s++(?:{_NAME_WORD}|of|the|for|de|van|von|al|camp)){{0,5}}+
    )
    \s*+:\s++(?P<rest>[^\s:])
"""
"""A speaker heading a line, then a colon: "Ann Lee: ...", "KATE LEE: ..."."""

_TITLE_WORD: Final = (
    r"(?<![\p{L}\p{N}'\u2019\-])\p{Lu}\p{Ll}++(?![\p{L}\p{N}'\u2019\-])"
)


class LinePatterns:
    """The compiled patterns of the line rules."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        labels = lexicons.line_labels
        self.colon_line: Final = compile_listed(
            _COLON_LINE,
            {
                "labels": frozenset(w[:1].upper() + w[1:] for w in labels)
                | frozenset(w.upper() for w in labels)
            },
        )
        self.title_word: Final = compile_pattern(_TITLE_WORD)
        self.labels: Final = labels
        self.not_last: Final = (
            lexicons.stopwords | lexicons.auxiliaries | frozenset({"just", "not"})
        )
        self.cues: Final = frozenset(
            f for v in lexicons.cue_verbs for f in v.forms[:2] if " " not in f
        )

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern, by name."""
        return {
            "lines.colon_line": self.colon_line,
            "lines.title_word": self.title_word,
        }

    def __reduce__(self) -> tuple[type[LinePatterns], tuple[Lexicons]]:
        return (LinePatterns, (self.lexicons,))


def _line_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t.;":
        end -= 1
    return end


def _mode(ctx: Context, content: Span) -> ClaimMode:
    quotes = ctx.quotes_in(content.start, content.end)
    if not quotes:
        return ClaimMode.INDIRECT
    return ClaimMode.MIXED


def _colon_line(
    pats: LinePatterns, ctx: Context, para: Span, hedge: HedgePattern
) -> ClaimCandidate | None:
    text = ctx.text
    m = match(pats.colon_line, text, para.start, min(para.end, para.start + 80))
    if m is None:
        return None
    end = _line_end(text, m.start("rest"), min(para.end, m.start("rest") + MAX_LINE))
    content = Span(m.start("rest"), end)
    colon = text.index(":", m.end("spk"), m.start("rest"))
    spk_words = m.group("spk").lower().split()
    if (
        len(spk_words) > MAX_SPEAKER_WORDS
        or spk_words[-1] in pats.labels
        or len(text[content.start : content.end].split()) < MIN_WORDS
    ):
        return None
    quotes = ctx.quotes_in(content.start, content.start + 1)
    if len(content) < 2 or (  # noqa: PLR2004
        quotes and quotes[0].span.end >= content.end  # `Ann Lee: "..."`: a quote tag
    ):
        return None
    return ClaimCandidate(
        rule="line_tag",
        mode=_mode(ctx, content),
        content=content,
        cue=Span(colon, colon + 1),
        speaker=Span.of_match(m, "spk"),
        hedged=ctx.hedged(hedge, content),
    )


def _title_case(words: list[str]) -> bool:
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and 3 * caps >= 2 * len(words)  # noqa: PLR2004


def _headline(
    pats: LinePatterns, ctx: Context, para: Span, hedge: HedgePattern
) -> ClaimCandidate | None:
    text = ctx.text
    if len(para) > MAX_HEADLINE or not _title_case(text[para.start : para.end].split()):
        return None
    for m in finditer(pats.title_word, text, para.start, para.end):
        word = m.group()
        if m.start() == para.start or word.lower() not in pats.cues:
            continue
        head = text[para.start : m.start()].split()
        if (
            len(head) > MAX_HEADLINE_SPEAKER
            or not head[-1][:1].isupper()
            or head[-1].lower() in pats.not_last
        ):
            return None
        end = _line_end(text, m.end(), para.end)
        if end - m.end() < 3:  # noqa: PLR2004
            return None
        content = Span(m.end() + 1, end)
        spk_end = m.start()
        while spk_end > para.start and text[spk_end - 1] in " ,":
            spk_end -= 1
        return ClaimCandidate(
            rule="line_tag",
            mode=_mode(ctx, content),
            content=content,
            cue=Span(m.start(), m.end()),
            speaker=Span(para.start, spk_end),
            hedged=ctx.hedged(hedge, content),
        )
    return None


def line_claims(
    pats: LinePatterns, ctx: Context, hedge: HedgePattern
) -> Iterator[ClaimCandidate]:
    """`Ann Lee: the plan failed` and `Ann Lee Says Plan Failed`, one per line."""
    for para in ctx.layout.paragraphs:
        found = _colon_line(pats, ctx, para, hedge) or _headline(pats, ctx, para, hedge)
        if found is not None:
            yield found
