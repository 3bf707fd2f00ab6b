"""Attribution rules: from text to :class:`ClaimCandidate` spans (who said what).

The rules are small named functions in one ordered table
(:data:`~newsclaims.rules.claims_table.CLAIM_RULES`, with each rule's module, run order
and priority): direct quotes with their tags first, then reported speech sentence by
sentence, then floating quotes, then long quotes no rule attributed
(:mod:`~newsclaims.rules.claims_untagged`). :meth:`ClaimRules.extract` keeps, among
overlapping candidates, the one of the earlier rule by priority (:data:`RULE_NAMES`,
then the longer one), so the result never holds two claims whose contents overlap.

>>> rules = default_rules()
>>> text = '"We will stay," said Ann Lee. She said that the talks had failed.'
>>> [(c.rule, c.content.of(text), c.speaker.of(text)) for c in rules.extract(text)]
[('quote_then_tag', 'We will stay', 'Ann Lee'), ('speaker_cue_content', 'the talks had failed', 'She')]
"""

from __future__ import annotations

import contextlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import Final

import attrs
import regex

from newsclaims._regex import compile_pattern, match, search
from newsclaims.errors import PatternTimeoutError
from newsclaims.lexicons import ALL_FRAMES, Lexicons
from newsclaims.model import Span
from newsclaims.rules import (
    claims_belief,
    claims_clause,
    claims_direct,
    claims_lines,
    claims_untagged,
)
from newsclaims.rules.candidates import ClaimCandidate, Context, CueFinder, HedgePattern
from newsclaims.rules.claims_direct import DirectPatterns
from newsclaims.rules.claims_reported import ReportedPatterns
from newsclaims.rules.claims_table import CLAIM_RULES, RULE_NAMES, Scope, run_order
from newsclaims.rules.entities_data import ActorWords, actor_words
from newsclaims.rules.mentions import MentionPatterns
from newsclaims.rules.text import layout

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
    quotes = ctx.layout.quotes
    i = bisect_left(quotes, first, key=lambda q: q.span.start) - 1
    return i >= 0 and c.content.end <= quotes[i].span.end


def _crosses_quote(ctx: Context, c: ClaimCandidate) -> bool:
    """Whether a reported claim's cue stands inside a quotation while its content
    runs on past the closing mark: words inside a quotation report only inside it
    (the "insist" of '"We will insist," said Ann Lee' reports nothing after it)."""
    if c.rule in _QUOTE_RULES or c.cue is None:
        return False
    quotes = ctx.layout.quotes
    i = bisect_left(quotes, c.cue.start + 1, key=lambda q: q.span.start) - 1
    if i < 0:
        return False
    q = quotes[i]
    inside = q.content.start <= c.cue.start and c.cue.end <= q.content.end
    return inside and c.content.end > q.span.end


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
                _document_speakers(
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
        valid = _participle_subjects(valid)
        valid = _document_speakers(self._clause, ctx, valid, self._actor_words)
        valid = [
            c for c in valid if not _complement_speaker(ctx.text, c, self._actor_words)
        ]
        kept = _resolve(_outermost(valid))
        for rule in self._kept_rules:
            more = list(rule(ctx, whole, kept))
            if more:
                kept = _resolve([*kept, *more])
        return tuple(kept)


def _participle_subjects(candidates: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """The candidates, a ``speaker_cue_content`` claim whose cue is also a participle
    clause's taking that clause's speaker, the sentence's subject: in "The council
    voted to fine two firms, Acme and Bolt, citing late payments" the council cites,
    not Bolt (the name nearest the cue)."""
    subjects = {
        (c.cue.start, c.cue.end): c.speaker
        for c in candidates
        if c.rule == "participle_clause" and c.cue is not None and c.speaker is not None
    }
    if not subjects:
        return candidates
    out = []
    for c in candidates:
        spk = None
        if c.rule == "speaker_cue_content" and c.cue is not None:
            spk = subjects.get((c.cue.start, c.cue.end))
        out.append(
            c if spk is None or spk == c.speaker else attrs.evolve(c, speaker=spk)
        )
    return out


_DOCUMENT_SPEAKER: Final = compile_pattern(
    r"""
    (?:(?P<owner>\p{Lu}[\p{L}\p{M}.\-]{0,30}+(?:\x20\p{Lu}[\p{L}\p{M}.\-]{0,30}+){0,5}+)['’]s?
      |(?P<owner>[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)
      |(?:an?|the|The|A|An))
    \x20(?:\p{Ll}{1,20}+\x20){0,2}+(?P<head>\p{Ll}{2,20}+)
    """
)
_DOCUMENT_BEFORE: Final = compile_pattern(
    r"(?<![\p{L}\p{N}])(?P<doc>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)"
    r"(?:\x20\p{Ll}{1,20}+){1,3}+),?\x20\Z"
)
"""A document right before a relative "which": "released *a statement* which read"."""
_DOCUMENT_REACH: Final = 70
_ISSUED: Final = compile_pattern(
    r"(?<![\p{L}\p{N}])(?:issued|released|published|posted|sent|put\x20out)\s++\Z"
)
"""The verb that issues a document, right before it: "issued a statement"."""
_ISSUED_REACH: Final = 16
"""How far before a document its issuing verb may start."""
_RELATIVE: Final = compile_pattern(
    r"(?<![\p{L}\p{N}])(?P<who>who)(?:\x20(?:also|later|then|has|had|have))?+\x20\Z"
)
"""A relative "who" right before the issuing verb: "Ann Lee, who (also) issued"."""
_RELATIVE_REACH: Final = 12


def _document_speakers(
    pats: claims_clause.ClausePatterns,
    ctx: Context,
    candidates: list[ClaimCandidate],
    aw: ActorWords,
) -> list[ClaimCandidate]:
    """The candidates, a document speaker ("a statement") giving way to whoever
    issued it: "The ministry issued a statement saying ..." -> the ministry;
    "Their statement read ..." -> "Their" (resolved like any pronoun)."""
    out = []
    for c in candidates:
        issuer = None if c.speaker is None else _issuer(pats, ctx, c.speaker, aw)
        out.append(c if issuer is None else attrs.evolve(c, speaker=issuer))
    return out


def _document(text: str, spk: Span, aw: ActorWords) -> regex.Match[str] | None:
    """The document a speaker span names ("a statement", "Their report"), also
    through a relative "which" right after one ("a statement which read"); else
    ``None``, found at once for most speakers by their last word."""
    documents = aw.document_heads
    last = text[max(spk.start, spk.end - aw.longest_document) : spk.end]
    last = last.rsplit(" ", 1)[-1]
    if last == "which" and spk.end - spk.start == len(last):
        before = search(
            _DOCUMENT_BEFORE, text, max(0, spk.start - _DOCUMENT_REACH), spk.start
        )
        if before is None:
            return None
        spk = Span.of_match(before, "doc")
    elif last not in documents:
        return None  # the usual case, told without a pattern
    m = match(_DOCUMENT_SPEAKER, text, spk.start, spk.end)
    if m is None or m.end() != spk.end or m.group("head") not in documents:
        return None
    return m


def _issuer(
    pats: claims_clause.ClausePatterns, ctx: Context, spk: Span, aw: ActorWords
) -> Span | None:
    """Who issued the document ``spk`` names: its owner ("Their statement", "Acme's
    report"), or the subject of "issued"/"released" before it; else ``None``."""
    text = ctx.text
    m = _document(text, spk, aw)
    if m is None:
        return None
    if m.group("owner") is not None:
        return Span.of_match(m, "owner")
    start = m.start()
    verb = search(_ISSUED, text, max(0, start - _ISSUED_REACH), start)
    layout = ctx.layout
    if verb is None or not layout.sentences:
        return None
    relative = search(
        _RELATIVE, text, max(0, verb.start() - _RELATIVE_REACH), verb.start()
    )
    if relative is not None:
        return Span.of_match(relative, "who")  # resolved like any relative pronoun
    sentence = layout.sentences[layout.sentence_at(start)].start
    verb_end = verb.start() + len(verb.group().split(maxsplit=1)[0])  # "put" (out)
    return pats.subject_of(ctx, sentence, verb_end, verb_end=verb_end)


_COMPLEMENT: Final = compile_pattern(
    r"(?<![\p{L}\p{N}])[Tt]he\x20(?P<head>\p{Ll}{3,20}+)\x20of\x20"
    r"(?:\p{L}{1,20}+\x20(?:and|or)\x20)?\Z"
)
"""What stands before a speaker that is only the complement of a plain noun: "*The
capture of* soldiers ... signals", "*The arrest of Chinese and* Korean men shows"."""


def _complement_speaker(text: str, c: ClaimCandidate, aw: ActorWords) -> bool:
    """Whether a sentence rule's speaker is the complement of the real subject, a
    plain singular noun ("The capture of soldiers signals ..."): no speaker, no claim;
    not after a role or a plural ("the head of", "the cities of X and Y")."""
    spk = c.speaker
    if spk is None or c.rule != "speaker_cue_content" or spk.start < 4:  # noqa: PLR2004
        return False
    m = search(_COMPLEMENT, text, max(0, spk.start - 50), spk.start)
    if m is None:
        return False
    head = m.group("head")
    return head not in aw.roles and not head.endswith("s")  # "the cities of X and Y"


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
