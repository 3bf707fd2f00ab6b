"""Attribution rules: from text to :class:`ClaimCandidate` spans (who said what).

The rules are small named functions in priority order (:data:`RULE_NAMES`): direct
quotes with their tags first, then reported speech sentence by sentence, then floating
quotes. :meth:`ClaimRules.extract` keeps, among overlapping candidates, the one of the
earlier rule (then the longer one), so the result never holds two claims whose
contents overlap.

>>> rules = default_rules()
>>> text = '"We will stay," said Ann Lee. She said that the talks had failed.'
>>> [(c.rule, c.content.of(text), c.speaker.of(text)) for c in rules.extract(text)]
[('quote_then_tag', 'We will stay', 'Ann Lee'), ('speaker_cue_content', 'the talks had failed', 'She')]
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Final

import regex

from newsclaims.errors import PatternTimeoutError
from newsclaims.lexicons import Lexicons
from newsclaims.model import Span
from newsclaims.rules import claims_clause, claims_direct, claims_reported
from newsclaims.rules.candidates import ClaimCandidate, Context, CueFinder, HedgePattern
from newsclaims.rules.claims_direct import DirectPatterns
from newsclaims.rules.claims_reported import ReportedPatterns
from newsclaims.rules.mentions import MentionPatterns
from newsclaims.rules.text import layout

__all__ = ["RULE_NAMES", "ClaimCandidate", "ClaimRules", "default_rules"]

_SentenceRule = Callable[
    [ReportedPatterns, Context, Span, HedgePattern], Iterator[ClaimCandidate]
]

RULE_NAMES: Final = (
    "quote_then_tag",
    "tag_then_quote",
    "speaker_cue_content",
    "participle_chain",
    "participle_clause",
    "according_to",
    "content_then_tag",
    "nominal_cue",
    "floating_quote",
)
"""Every rule name a candidate can carry, in priority order."""

_PRIORITY: Final = {name: i for i, name in enumerate(RULE_NAMES)}


def _resolve(candidates: Iterable[ClaimCandidate]) -> list[ClaimCandidate]:
    """Non-overlapping candidates: the earlier rule wins, then the longer content."""
    ranked = sorted(
        candidates,
        key=lambda c: (
            _PRIORITY.get(c.rule, len(_PRIORITY)),
            -len(c.content),
            c.content.start,
        ),
    )
    kept: list[ClaimCandidate] = []
    for c in ranked:
        if not any(_clash(c, k) for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: (c.content.start, c.content.end))


def _clash(a: ClaimCandidate, b: ClaimCandidate) -> bool:
    return a.content.overlaps(b.content)


class ClaimRules:
    """The claim rules compiled for one :class:`~newsclaims.lexicons.Lexicons`.

    Build it once and reuse it: it holds no mutable state, is safe to share between
    threads and pickles by its lexicons (workers recompile the patterns).
    """

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons: Final = lexicons
        self._direct = DirectPatterns(lexicons)
        self._reported = ReportedPatterns(lexicons)
        self._clause = claims_clause.ClausePatterns(lexicons)
        self._mentions = MentionPatterns(lexicons)
        self._hedge = HedgePattern(lexicons)
        self._cues = CueFinder(lexicons.cue_forms("cdfioqty"))
        self._sentence_rules: tuple[_SentenceRule, ...] = claims_reported.REPORTED_RULES

    def __reduce__(self) -> tuple[type[ClaimRules], tuple[Lexicons]]:
        return (ClaimRules, (self.lexicons,))

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern the rules use, by name (for the ReDoS tests)."""
        out = dict(self._direct.patterns())
        out.update(self._reported.patterns())
        out.update(self._clause.patterns())
        out.update({f"mentions.{k}": v for k, v in self._mentions.patterns().items()})
        out["hedge"] = self._hedge.pattern
        out["cue_word"] = self._cues.word
        return out

    def extract(self, text: str) -> tuple[ClaimCandidate, ...]:
        """Every claim candidate in ``text``, in text order, contents never overlapping.

        Total: any ``str`` gives a tuple (maybe empty); it never raises. A pattern that
        runs out of time only loses the candidates of that one rule and sentence.
        """
        if not text or text.isspace():
            return ()
        try:
            ctx = Context(
                text,
                layout(text, self.lexicons),
                self.lexicons,
                self._cues.find(text),
                self._hedge.find(text),
            )
        except PatternTimeoutError:
            return ()
        found: list[ClaimCandidate] = []
        with contextlib.suppress(PatternTimeoutError):
            found.extend(claims_direct.quote_tags(self._direct, ctx, self._hedge))
        for sentence in ctx.layout.sentences:
            for rule in self._sentence_rules:
                try:
                    found.extend(rule(self._reported, ctx, sentence, self._hedge))
                except PatternTimeoutError:
                    continue
            with contextlib.suppress(PatternTimeoutError):
                found.extend(
                    claims_clause.participle_clause(
                        self._clause, self._reported, ctx, sentence, self._hedge
                    )
                )
        kept = _resolve(c for c in found if _valid(c, len(text)))
        floating = list(claims_direct.floating_quotes(ctx, kept, self._hedge))
        if floating:
            kept = _resolve([*kept, *floating])
        return tuple(kept)


def _valid(c: ClaimCandidate, size: int) -> bool:
    spans = [c.content, *c.parts, c.cue, c.speaker, c.target]
    return len(c.content) > 0 and all(s is None or s.end <= size for s in spans)


@cache
def default_rules() -> ClaimRules:
    """The rules for :meth:`Lexicons.default() <newsclaims.lexicons.Lexicons.default>`."""
    return ClaimRules(Lexicons.default())
