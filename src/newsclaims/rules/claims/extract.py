"""Attribution rules: from text to :class:`ClaimCandidate` spans (who said what).

The rules are small named functions in one ordered table
(:data:`~newsclaims.rules.claims.table.CLAIM_RULES`, with each rule's module, run order
and priority): direct quotes with their tags first, then reported speech sentence by
sentence, then floating quotes, then long quotes no rule attributed
(:mod:`~newsclaims.rules.claims.untagged`). :meth:`ClaimRules.extract` keeps, among
overlapping candidates, the one of the earlier rule by priority (:data:`RULE_NAMES`,
then the longer one), so the result never holds two claims whose contents overlap.

>>> rules = default_rules()
>>> text = '"We will stay," said Ann Lee. She said that the talks had failed.'
>>> [(c.rule, c.content.of(text), c.speaker.of(text)) for c in rules.extract(text)]
[('quote_then_tag', 'We will stay', 'Ann Lee'), ('speaker_cue_content', 'the talks had failed', 'She')]
"""

from __future__ import annotations

import contextlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import Final

import regex

from newsclaims.errors import PatternTimeoutError
from newsclaims.lexicons import ALL_FRAMES, Lexicons
from newsclaims.model import Span
from newsclaims.rules.actors.data import actor_words
from newsclaims.rules.actors.phrases import MentionPatterns
from newsclaims.rules.claims import adjust as claims_adjust
from newsclaims.rules.claims import belief as claims_belief
from newsclaims.rules.claims import clause as claims_clause
from newsclaims.rules.claims import direct as claims_direct
from newsclaims.rules.claims import lines as claims_lines
from newsclaims.rules.claims import untagged as claims_untagged
from newsclaims.rules.claims.candidates import (
    ClaimCandidate,
    Context,
    CueFinder,
    HedgePattern,
)
from newsclaims.rules.claims.direct import DirectPatterns
from newsclaims.rules.claims.reported import ReportedPatterns
from newsclaims.rules.claims.table import CLAIM_RULES, RULE_NAMES, Scope, run_order
from newsclaims.rules.text.layout import Layout
from newsclaims.rules.text.layout import layout as _layout

__all__ = ["RULE_NAMES", "ClaimCandidate", "ClaimRules", "default_rules"]

_Run = Callable[[Context, Span, Sequence[ClaimCandidate]], Iterator[ClaimCandidate]]
"""A rule function with the patterns it reads bound: called with the context, the
sentence (the whole text for the rules of the text and the kept claims) and the
candidates found before it (the claims kept, for the rules of the kept claims)."""

_PRIORITY: Final = {r.name: r.priority for r in CLAIM_RULES}


def _bind(
    fn: Callable[..., Iterator[ClaimCandidate]],
    pats: tuple[object, ...],
    hedge: HedgePattern,
) -> _Run:
    """A sentence rule with its patterns and the hedge pattern bound."""

    def run(
        ctx: Context, sentence: Span, _: Sequence[ClaimCandidate]
    ) -> Iterator[ClaimCandidate]:
        return fn(*pats, ctx, sentence, hedge)

    return run


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
    contents, cues = _Taken(), _Taken()
    kept: list[ClaimCandidate] = []
    for c in ranked:
        if contents.overlaps(c.content) or (c.cue is not None and cues.overlaps(c.cue)):
            continue
        kept.append(c)
        contents.add(c.content)
        if c.cue is not None:
            cues.add(c.cue)
    return sorted(kept, key=lambda c: (c.content.start, c.content.end))


class _Taken:
    """Spans kept so far, none overlapping another: whether a new span overlaps one
    of them (as :meth:`Span.overlaps` says) in O(log n), not a scan of them all."""

    def __init__(self) -> None:
        self.starts: list[int] = []  # non-empty spans, sorted, disjoint
        self.ends: list[int] = []
        self.points: list[int] = []  # empty spans [p, p), sorted

    def overlaps(self, s: Span) -> bool:
        i = bisect_right(self.starts, s.start) - 1  # the last one starting at or before
        if i >= 0 and self.starts[i] < s.end and s.start < self.ends[i]:
            return True
        if i + 1 < len(self.starts) and self.starts[i + 1] < s.end:
            return True  # the next one starts inside s (and so ends after s.start)
        j = bisect_right(self.points, s.start)  # an empty span strictly inside s
        return j < len(self.points) and self.points[j] < s.end

    def add(self, s: Span) -> None:
        if s.start == s.end:
            self.points.insert(bisect_right(self.points, s.start), s.start)
            return
        i = bisect_right(self.starts, s.start)
        self.starts.insert(i, s.start)
        self.ends.insert(i, s.end)


def _clash(a: ClaimCandidate, b: ClaimCandidate) -> bool:
    """Two claims clash when their contents overlap or they share one cue."""
    return a.content.overlaps(b.content) or (
        a.cue is not None and b.cue is not None and a.cue.overlaps(b.cue)
    )


_QUOTE_RULES: Final = frozenset({"quote_then_tag", "tag_then_quote", "floating_quote"})


def _nested(ctx: Context, c: ClaimCandidate) -> bool:
    """Whether a reported claim sits, cue and all, inside a quotation: speech the
    quoted speaker reports ("“I think we won”"), not the article's claim."""
    if c.rule in _QUOTE_RULES:
        return False
    first = c.content.start if c.cue is None else min(c.cue.start, c.content.start)
    i = ctx.quote_before(first)
    return i >= 0 and c.content.end <= ctx.layout.quotes.bounds(i)[1]


def _crosses_quote(ctx: Context, c: ClaimCandidate) -> bool:
    """Whether a reported claim's cue stands inside a quotation while its content
    runs on past the closing mark: words inside a quotation report only inside it
    (the "insist" of '"We will insist," said Ann Lee' reports nothing after it)."""
    if c.rule in _QUOTE_RULES or c.cue is None:
        return False
    i = ctx.quote_before(c.cue.start + 1)
    if i < 0:
        return False
    _, span_end, content_start, content_end = ctx.layout.quotes.bounds(i)
    inside = content_start <= c.cue.start and c.cue.end <= content_end
    return inside and c.content.end > span_end


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
        self._lines = claims_lines.LinePatterns(lexicons)
        self._actor_words = actor_words(lexicons)
        self._mentions = MentionPatterns(lexicons)
        self._hedge = HedgePattern(lexicons)
        self._belief = claims_belief.BeliefPatterns(lexicons)
        self._cues = CueFinder(lexicons.cue_forms(ALL_FRAMES) | self._belief.cue_words)
        runs = self._runs()
        self._text_rules = tuple(runs[f] for f in run_order(Scope.TEXT))
        self._cued_rules = tuple(
            runs[f] for f in run_order(Scope.SENTENCE, Scope.CUED_SENTENCE)
        )
        self._uncued_rules = tuple(runs[f] for f in run_order(Scope.SENTENCE))
        self._kept_rules = tuple(runs[f] for f in run_order(Scope.KEPT))

    def _runs(self) -> dict[Callable[..., Iterator[ClaimCandidate]], _Run]:
        """Each rule function of the table with the patterns it reads bound."""
        direct, reported, clause = self._direct, self._reported, self._clause
        lines, belief, hedge, aw = (
            self._lines,
            self._belief,
            self._hedge,
            self._actor_words,
        )
        runs: dict[Callable[..., Iterator[ClaimCandidate]], _Run] = {
            claims_direct.quote_tags: lambda ctx, _, __: claims_direct.quote_tags(
                direct, ctx, hedge
            ),
            claims_lines.line_claims: lambda ctx, _, __: claims_lines.line_claims(
                lines, ctx, hedge
            ),
            claims_clause.tag_participles: lambda ctx, _, found: (
                claims_clause.tag_participles(clause, reported, ctx, list(found), hedge)
            ),
            claims_direct.floating_quotes: lambda ctx, _, kept: (
                claims_direct.floating_quotes(ctx, kept, hedge)
            ),
            claims_untagged.untagged_quotes: lambda ctx, _, kept: iter(
                claims_adjust.document_speakers(
                    clause,
                    ctx,
                    list(
                        claims_untagged.untagged_quotes(
                            ctx, kept, reported.walker, hedge
                        )
                    ),
                    aw,
                )
            ),
        }
        for fn in run_order(Scope.SENTENCE, Scope.CUED_SENTENCE):
            if fn.__module__ == claims_clause.__name__:
                pats: tuple[object, ...] = (clause, reported)
            elif fn.__module__ == claims_belief.__name__:
                pats = (belief, reported)
            else:
                pats = (reported,)
            runs[fn] = _bind(fn, pats, hedge)
        return runs

    def __reduce__(self) -> tuple[type[ClaimRules], tuple[Lexicons]]:
        return (ClaimRules, (self.lexicons,))

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern the rules use, by name (for the ReDoS tests)."""
        out = dict(self._direct.patterns())
        out.update(self._reported.patterns())
        out.update(self._clause.patterns())
        out.update(self._lines.patterns())
        out.update(self._belief.patterns())
        out.update({f"mentions.{k}": v for k, v in self._mentions.patterns().items()})
        out["hedge"] = self._hedge.pattern
        out["cue_word"] = self._cues.word
        return out

    def _sentence_claims(
        self, ctx: Context, sentence: Span, found: list[ClaimCandidate]
    ) -> None:
        """Add the candidates of the sentence rules in ``sentence`` to ``found``; a
        pattern that runs out of time loses only that rule's candidates there. The
        rules that need a cue verb run only where the sentence has one."""
        cued = bool(ctx.cues_in(sentence.start, sentence.end))
        for rule in self._cued_rules if cued else self._uncued_rules:
            try:
                found.extend(rule(ctx, sentence, found))
            except PatternTimeoutError:
                continue

    def extract(
        self, text: str, *, layout: Layout | None = None
    ) -> tuple[ClaimCandidate, ...]:
        """Every claim candidate in ``text``, in text order, contents never overlapping.

        ``layout`` is the text stage's :class:`~newsclaims.rules.text.layout.Layout` of
        ``text`` (the parser computes it once per article for every stage); without
        it, it is computed here with these rules' lexicons.

        Total: any ``str`` gives a tuple (maybe empty); it never raises on odd text. A
        pattern that runs out of time only loses the candidates of that one rule and
        sentence.

        Raises:
            ValueError: ``layout`` is the layout of another text.
        """
        if layout is not None and layout.text != text:
            raise ValueError("the layout given is of another text")
        if not text or text.isspace():
            return ()
        try:
            ctx = Context(
                text,
                _layout(text, self.lexicons) if layout is None else layout,
                self.lexicons,
                self._cues.find(text),
                self._hedge.find(text),
            )
        except PatternTimeoutError:
            return ()
        whole = Span(0, len(text))
        found: list[ClaimCandidate] = []
        for rule in self._text_rules:
            with contextlib.suppress(PatternTimeoutError):
                found.extend(rule(ctx, whole, found))
        for sentence in ctx.layout.sentences:
            self._sentence_claims(ctx, sentence, found)
        valid = [
            c
            for c in found
            if _valid(c, len(text))
            and not _nested(ctx, c)
            and not _crosses_quote(ctx, c)
        ]
        valid = claims_adjust.participle_subjects(valid)
        valid = claims_adjust.document_speakers(
            self._clause, ctx, valid, self._actor_words
        )
        valid = [
            c
            for c in valid
            if not claims_adjust.complement_speaker(ctx.text, c, self._actor_words)
        ]
        kept = _resolve(_outermost(valid))
        for rule in self._kept_rules:
            more = list(rule(ctx, whole, kept))
            if more:
                kept = _resolve([*kept, *more])
        return tuple(kept)


_NEIGHBOURS: Final = 6
"""How many claims starting before a cue are checked for holding it."""


def _outermost(candidates: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """The candidates less those whose cue and content sit inside another claim's
    content: "Ann Lee said [the plan, which Bo Chan *called* a mess, failed]" keeps the
    outer claim, the one the sentence makes."""
    quoted = {c.cue.start for c in candidates if c.rule in _QUOTE_RULES and c.cue}
    outer = sorted(
        (
            o
            for o in candidates
            if o.speaker is not None and o.cue is not None and o.cue.start not in quoted
        ),
        key=lambda o: o.content.start,
    )
    starts = [o.content.start for o in outer]
    kept = []
    for c in candidates:
        if c.cue is not None and c.rule not in _QUOTE_RULES:
            i = bisect_right(starts, c.cue.start)
            if any(
                o is not c
                and o.content.end >= c.content.end
                and o.content.start < c.content.start
                for o in outer[max(0, i - _NEIGHBOURS) : i]
            ):
                continue
        kept.append(c)
    return kept


def _valid(c: ClaimCandidate, size: int) -> bool:
    spans = [c.content, *c.parts, c.cue, c.speaker, c.target]
    return len(c.content) > 0 and all(s is None or s.end <= size for s in spans)


@cache
def default_rules() -> ClaimRules:
    """The rules for :meth:`Lexicons.default() <newsclaims.lexicons.Lexicons.default>`."""
    return ClaimRules(Lexicons.default())
