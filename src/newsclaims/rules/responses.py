"""Claims -> the claims they answer, with the kind of answer.

Three signals, all of them general:

- **Response cues** (``lexicons/response_cues.tsv``): words between the start of a
  claim's sentence and its content ("In response", "denied", "expressed concern over",
  "welcomed") mark an answer and decide its kind; a generic marker ("in response",
  "replied") makes a denial when the content is negated, else a rebuttal.
- **The accused answering**: when claim A refers to B's speaker (by a mention, as its
  target, or through the country the speaker stands for) and B, by another speaker,
  negates or maintains something, B answers A: a denial when negated, else a rebuttal.
- **Which claim is answered**: among the claims of other speakers, before or after
  (news often reports the answer first), the one that shares most with the answer:
  actors referred to, content words, then nearness.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Final

import attrs
import regex

from newsclaims import _regex
from newsclaims.lexicons import read_entries, read_rows
from newsclaims.model import Claim, Response, ResponseKind, Span

__all__ = ["ResponseContext", "find_responses", "load_response_cues"]

_LOOKBACK: Final = (
    300  # how far before a claim's content its introducing words may start
)
_SENTENCE_START: Final = regex.compile(
    r"(?:[.!?][\"'”’)]?\s++|\n)(?=[^.!?\n]{0,300}+$)"
)
_NEGATION: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:not|no|never|nothing|none|neither|nor|false|untrue|baseless"
    r"|groundless|unfounded)(?![\p{L}\p{N}])|n[’']t(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
_WORD: Final = regex.compile(r"\p{L}[\p{L}\p{M}'’-]{2,40}+")
_WORDS: Final = _regex.compile_tokens(_WORD.pattern, r"\P{L}*+")  # all in one match
_MAX_DISTANCE: Final = 12  # claims further apart than this are not compared
_ACCUSED: Final = 3.0
_ACCUSED_REFERRED: Final = 1.5
_SPEAKER_NAMED: Final = 2.0
_SPEAKER_REFERRED: Final = 1.0
_NEARNESS: Final = 0.1  # score lost per claim between the two
_NOMINAL: Final = 3.0  # score lost by a claim made of a noun ("their claim that")


@cache
def load_response_cues() -> dict[str, ResponseKind]:
    """The response cue lexicon: cue phrase -> kind.

    >>> load_response_cues()["in response"]
    <ResponseKind.OTHER: 'other'>
    """
    return {cue: ResponseKind(kind) for cue, kind in read_rows("response_cues.tsv")}


@cache
def _cue_pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\p{L}\p{N}])\L<cues>(?![\p{L}\p{N}])",
        regex.IGNORECASE,
        cues=sorted(load_response_cues()),
    )


def _no_refs(_: Span) -> frozenset[str]:
    return frozenset()


@cache
def _answer_objects() -> frozenset[str]:
    return frozenset(read_entries("response_objects.txt"))


@attrs.frozen(kw_only=True)
class ResponseContext:
    """What the responses stage knows about actors and words.

    ``mentioned(span)`` gives the ids of the actors mentioned inside a stretch of text;
    ``referenced(span)`` those it refers to in any way (also "Chinese" for China);
    ``stands_for`` maps an actor id to the ids it speaks for (itself, and the country or
    organisation it is affiliated with); ``function_words`` are left out when contents
    are compared; ``claim_nouns`` are nouns that name a claim ("the accusation").
    """

    mentioned: Callable[[Span], frozenset[str]] = _no_refs
    referenced: Callable[[Span], frozenset[str]] = _no_refs
    stands_for: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    function_words: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()

    def identity(self, actor: str | None) -> frozenset[str]:
        """The ids an actor speaks for (empty for an unknown speaker)."""
        if actor is None:
            return frozenset()
        return self.stands_for.get(actor, frozenset({actor}))


def _intro(text: str, claim: Claim) -> tuple[int, int]:
    """Where the words that introduce a claim lie: sentence start to content start."""
    first = claim.content_span.start
    for span in (claim.speaker_span, claim.cue_span):
        if span is not None:
            first = min(first, span.start)
    begin = max(0, first - _LOOKBACK)
    starts = [m.end() for m in _regex.finditer(_SENTENCE_START, text, begin, first)]
    if starts:
        begin = starts[-1]
    end = claim.content_span.start
    if claim.cue_span is not None:
        end = max(end, claim.cue_span.end)
    return begin, end


@attrs.frozen
class _Facts:
    """What one claim brings to the comparison, computed once."""

    claim: Claim
    me: frozenset[str]
    mentions: frozenset[str]
    refs: frozenset[str]
    words: frozenset[str]
    negated: bool
    names_a_claim: bool


def _facts(text: str, claim: Claim, ctx: ResponseContext) -> _Facts:
    span = claim.content_span
    mentions = ctx.mentioned(span)
    refs = ctx.referenced(span) | mentions
    if claim.target is not None:
        mentions |= ctx.identity(claim.target)
        refs |= ctx.identity(claim.target)
    found = _regex.token_spans(_WORDS, text, span.start, span.end)
    all_words = {text[s:e].casefold().rstrip("'’") for s, e in found}
    return _Facts(
        claim=claim,
        me=ctx.identity(claim.speaker),
        mentions=mentions,
        refs=refs,
        words=frozenset(all_words - ctx.function_words),
        negated=bool(_regex.search(_NEGATION, text, span.start, span.end)),
        names_a_claim=bool(all_words & (ctx.claim_nouns | _answer_objects())),
    )


@attrs.frozen
class _Fit:
    """How well one claim fits as the answer to another."""

    other: _Facts
    accused: bool  # the other claim refers to the answer's speaker
    named: bool  # the answer mentions the other claim's speaker (or its country)
    named_speaker: bool  # the answer mentions the other claim's speaker itself
    evidence: float
    score: float


def _evidence(answer: _Facts, other: _Facts) -> tuple[float, float, bool, bool]:
    """(evidence, penalty, accused, named) of ``answer`` answering ``other``."""
    accused = bool(answer.me & other.refs)
    named = bool(other.me & answer.mentions)
    evidence = float(min(len(answer.words & other.words), 3))
    if answer.me & other.mentions:  # named or targeted: "accused Beijing of"
        evidence += _ACCUSED
    elif accused:  # only referred to: "Chinese nationals"
        evidence += _ACCUSED_REFERRED
    if named:
        evidence += _SPEAKER_NAMED
    elif other.me & answer.refs:
        evidence += _SPEAKER_REFERRED
    penalty = 0.0
    if other.claim.rule is not None and other.claim.rule.startswith("nominal"):
        penalty = _NOMINAL  # "the first claim from X that ...": rarely answered
    return evidence, penalty, accused, named


def _score(answer: _Facts, other: _Facts, distance: int) -> float:
    evidence, penalty, _, _ = _evidence(answer, other)
    return evidence - _NEARNESS * distance - penalty


def _fit(answer: _Facts, other: _Facts, distance: int) -> _Fit:
    evidence, _, accused, named = _evidence(answer, other)
    speaker = other.claim.speaker
    score = _score(answer, other, distance)
    return _Fit(other, accused, named, speaker in answer.mentions, evidence, score)


def _other_party(answer: _Facts, other: _Facts) -> bool:
    if answer.claim.speaker is None or other.claim.speaker is None:
        return False
    return not (answer.me & other.me)


def _best(facts: Sequence[_Facts], n: int) -> _Fit | None:
    """The claim ``facts[n]`` most likely answers.

    An earlier claim with any evidence wins; a later one (news often reports the
    answer first) only when no earlier claim fits.
    """
    answer = facts[n]
    before = after = -1  # the best claim before and after, and their scores
    top_before = top_after = 0.0
    lo, hi = max(0, n - _MAX_DISTANCE), min(len(facts), n + _MAX_DISTANCE + 1)
    for m in range(lo, hi):
        if m == n or not _other_party(answer, facts[m]):
            continue
        score = _score(answer, facts[m], abs(n - m))
        if m < n and (before < 0 or score > top_before):
            before, top_before = m, score
        elif m > n and (after < 0 or score > top_after):
            after, top_after = m, score
    earlier = None if before < 0 else _fit(answer, facts[before], n - before)
    later = None if after < 0 else _fit(answer, facts[after], after - n)
    if earlier is not None and (earlier.evidence > 0 or later is None):
        return earlier
    if later is not None and later.evidence > 0:
        return later
    return earlier


_STANCES: Final = frozenset(
    {
        ResponseKind.CONCERN,
        ResponseKind.CONDEMNATION,
        ResponseKind.SUPPORT,
        ResponseKind.CLARIFICATION,
    }
)


def _kind(
    cue_kinds: Sequence[ResponseKind], fact: _Facts, fit: _Fit
) -> ResponseKind | None:
    """The kind of answer, or ``None`` when the evidence does not make one."""
    addressed = fit.accused or fit.named or fact.names_a_claim
    marked = ResponseKind.OTHER in cue_kinds  # "in response", "replied": an answer
    specific = [k for k in cue_kinds if k is not ResponseKind.OTHER]
    kind: ResponseKind | None = None
    if specific:
        kind = specific[-1]
        # a stance needs its object named; a denial or rebuttal also shared words
        enough = addressed or (kind not in _STANCES and fit.evidence >= 2)  # noqa: PLR2004
        if not (marked or enough):
            kind = None
    elif marked:
        kind = ResponseKind.DENIAL if fact.negated else ResponseKind.REBUTTAL
    elif fit.accused and fact.negated:
        kind = ResponseKind.DENIAL
    elif (
        fit.named_speaker
        and fit.other.claim.content_span.start < fact.claim.content_span.start
    ):
        kind = ResponseKind.REBUTTAL  # answers what the named party said before
    return kind


def find_responses(
    text: str, claims: Sequence[Claim], context: ResponseContext | None = None
) -> tuple[Response, ...]:
    """Link each claim that answers another claim to it.

    >>> text = "Ann Lee said taxes rose. In response, Bo Park rejected the idea."
    >>> a = Claim(id="c1", speaker="a1", content_span=Span(13, 23))
    >>> b = Claim(id="c2", speaker="a2", content_span=Span(55, 63),
    ...           cue_span=Span(46, 54))
    >>> [(r.claim, r.responds_to, r.kind.value) for r in find_responses(text, [a, b])]
    [('c2', 'c1', 'rebuttal')]
    """
    ctx = context if context is not None else ResponseContext()
    pattern = _cue_pattern()
    cues = load_response_cues()
    facts = [_facts(text, c, ctx) for c in claims]
    out: list[Response] = []
    answered: set[tuple[str | None, int]] = set()
    for n, fact in enumerate(facts):
        fit = _best(facts, n)
        if fit is None:
            continue  # (before the cue words are looked for: they would go unused)
        begin, end = _intro(text, fact.claim)
        if n and facts[n - 1].claim.content_span.end <= fact.claim.content_span.start:
            # the cue words of an earlier claim in the sentence are not this one's
            # (as in "condemned X, viewing it as Y")
            begin = max(begin, min(facts[n - 1].claim.content_span.end, end))
        found = _regex.finditer(pattern, text, begin, end)
        cue_kinds = [cues[m.group().casefold()] for m in found]
        kind = _kind(cue_kinds, fact, fit)
        if kind is None or (fact.claim.speaker, begin) in answered:
            continue  # one answer per speaker and sentence (", calling it ...")
        answered.add((fact.claim.speaker, begin))
        cue = None
        if found:
            same = [i for i, k in enumerate(cue_kinds) if k is kind]
            cue = Span.of_match(found[same[-1] if same else -1])
        out.append(
            Response(
                claim=fact.claim.id,
                responds_to=fit.other.claim.id,
                kind=kind,
                cue_span=cue,
            )
        )
    return tuple(out)
