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
from importlib import resources
from typing import Final

import attrs
import regex

from newsclaims import _regex
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
_MAX_DISTANCE: Final = 12  # claims further apart than this are not compared
_ACCUSED: Final = 3.0
_SPEAKER_NAMED: Final = 2.0
_NEARNESS: Final = 0.25  # score lost per claim between the two
_LATER: Final = 2  # a claim reported after the answer counts as this much further


@cache
def load_response_cues() -> dict[str, ResponseKind]:
    """The response cue lexicon: cue phrase -> kind.

    >>> load_response_cues()["in response"]
    <ResponseKind.OTHER: 'other'>
    """
    data = resources.files("newsclaims.lexicons").joinpath("response_cues.tsv")
    cues: dict[str, ResponseKind] = {}
    for raw in data.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cue, kind = line.split("\t")
        cues[cue] = ResponseKind(kind)
    return cues


@cache
def _cue_pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\p{L}\p{N}])\L<cues>(?![\p{L}\p{N}])",
        regex.IGNORECASE,
        cues=sorted(load_response_cues()),
    )


def _no_refs(_: Span) -> frozenset[str]:
    return frozenset()


@attrs.frozen(kw_only=True)
class ResponseContext:
    """What the responses stage knows about actors.

    ``referenced(span)`` gives the ids of the actors a stretch of text refers to;
    ``stands_for`` maps an actor id to the ids it speaks for (itself, and the country or
    organisation it is affiliated with).
    """

    referenced: Callable[[Span], frozenset[str]] = _no_refs
    stands_for: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    function_words: frozenset[str] = frozenset()

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


def _words(text: str, span: Span, skip: frozenset[str]) -> frozenset[str]:
    found = _regex.finditer(_WORD, text, span.start, span.end)
    words = (m.group().casefold().rstrip("'’") for m in found)
    return frozenset(w for w in words if w not in skip)


@attrs.frozen
class _Facts:
    """What one claim brings to the comparison, computed once."""

    claim: Claim
    me: frozenset[str]
    refs: frozenset[str]
    words: frozenset[str]
    negated: bool


def _facts(text: str, claim: Claim, ctx: ResponseContext) -> _Facts:
    refs = ctx.referenced(claim.content_span)
    if claim.target is not None:
        refs |= ctx.identity(claim.target)
    negated = bool(
        _regex.search(_NEGATION, text, claim.content_span.start, claim.content_span.end)
    )
    return _Facts(
        claim=claim,
        me=ctx.identity(claim.speaker),
        refs=refs,
        words=_words(text, claim.content_span, ctx.function_words),
        negated=negated,
    )


def _score(answer: _Facts, other: _Facts, distance: int) -> tuple[float, bool]:
    """How well ``answer`` fits as an answer to ``other``; and whether B is accused."""
    accused = bool(answer.me & other.refs)
    score = _ACCUSED if accused else 0.0
    if other.me & answer.refs:
        score += _SPEAKER_NAMED
    score += min(len(answer.words & other.words), 3)
    return score - _NEARNESS * distance, accused


def _other_party(answer: _Facts, other: _Facts) -> bool:
    if answer.claim.speaker is None or other.claim.speaker is None:
        return False
    return not (answer.me & other.me)


def _best(facts: Sequence[_Facts], n: int) -> tuple[_Facts, float, bool] | None:
    best: tuple[_Facts, float, bool] | None = None
    lo, hi = max(0, n - _MAX_DISTANCE), min(len(facts), n + _MAX_DISTANCE + 1)
    for m in range(lo, hi):
        if m == n or not _other_party(facts[n], facts[m]):
            continue
        # an answer usually follows what it answers: a later claim counts as further
        distance = abs(n - m) + (_LATER if m > n else 0)
        score, accused = _score(facts[n], facts[m], distance)
        if best is None or score > best[1]:
            best = (facts[m], score, accused)
    return best


def _kind(
    cue_kinds: list[ResponseKind], *, negated: bool, accused: bool
) -> ResponseKind | None:
    specific = [k for k in cue_kinds if k is not ResponseKind.OTHER]
    if specific:
        return specific[-1]
    if cue_kinds or accused:
        return ResponseKind.DENIAL if negated else ResponseKind.REBUTTAL
    return None


def find_responses(
    text: str, claims: Sequence[Claim], context: ResponseContext | None = None
) -> tuple[Response, ...]:
    """Link each claim that answers another claim to it.

    >>> text = "Ann Lee said taxes rose. In response, Bo Park denied that."
    >>> a = Claim(id="c1", speaker="a1", content_span=Span(13, 23))
    >>> b = Claim(id="c2", speaker="a2", content_span=Span(53, 57),
    ...           cue_span=Span(46, 52))
    >>> [(r.claim, r.responds_to, r.kind.value) for r in find_responses(text, [a, b])]
    [('c2', 'c1', 'denial')]
    """
    ctx = context if context is not None else ResponseContext()
    pattern = _cue_pattern()
    cues = load_response_cues()
    facts = [_facts(text, c, ctx) for c in claims]
    out: list[Response] = []
    answered_sentences: set[tuple[str | None, int]] = set()
    for n, fact in enumerate(facts):
        begin, end = _intro(text, fact.claim)
        found = _regex.finditer(pattern, text, begin, end)
        best = _best(facts, n)
        if best is None:
            continue
        other, score, accused = best
        cue_kinds = [cues[m.group().casefold()] for m in found]
        # The accused answers only when it pushes back: a negation or a cue.
        kind = _kind(cue_kinds, negated=fact.negated, accused=accused)
        if kind is not None and not found and not fact.negated:
            kind = None  # the accused answers only when it pushes back
        if kind is None or (not found and score < _ACCUSED):
            continue
        key = (fact.claim.speaker, begin)
        if key in answered_sentences:
            continue  # one answer per speaker and sentence (", calling it ...")
        answered_sentences.add(key)
        cue = None
        if found:
            same = [i for i, k in enumerate(cue_kinds) if k is kind]
            cue = Span.of_match(found[same[-1] if same else -1])
        out.append(
            Response(
                claim=fact.claim.id, responds_to=other.claim.id, kind=kind, cue_span=cue
            )
        )
    return tuple(out)
