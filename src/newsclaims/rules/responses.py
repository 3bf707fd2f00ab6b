"""Claims -> the claims they answer, with the kind of answer.

Rules tried in this order for each claim; the first that finds an answered claim
decides. All of them are general: cue words, the roles of the actors, and the words
that name an act of saying. Only claims of another party (speaker, or the country or
organisation it stands for) within a window of claims are compared; claims in the
title line are neither answers nor answered.

- **The act named** (``lexicons/response_acts.tsv``): the answer names an act with a
  determiner or a name's possessive ("rejected this argument", "This announcement
  cannot change ...", "responded to the ruling") and an earlier claim of another party
  is introduced by that act ("arguing that", "announced that", "issued a ruling"): the
  nearest such claim.
- **Response cues** (``lexicons/response_cues.tsv``): words between the start of a
  claim's sentence and its content ("In response", "denied", "expressed concern over",
  "welcomed") mark an answer and decide its kind; the answered claim is the one that
  shares most with the answer (actors, words, nearness), before or after. An answer
  made of a short noun phrase that points back ("rejected the idea") answers the claim
  just before it, or the last claim of the party it names ("criticized Lee's
  decision"). A cue whose plain object is no claim ("denied funding") makes no answer.
- **The accused answering**: a claim that accuses or urges someone ("accused the
  network of ...", ``Claim.target``) is answered by that party's claims in the same
  paragraph, before or after (news often reports the answer first), or further off
  when they share a word.
- **A judgment of an accusation**: a claim that names the accused party and shares
  words with the accusation ("the inspectors found the mill had not polluted it")
  answers it.
- **The named party answered**: a claim that names another speaker by name (not by a
  pronoun) answers that speaker's earlier claim: the speaker named first in the
  content, the claim sharing most words, else the first in reach (the claim a dispute
  is about comes first).
- **The referred-to party denying**: a claim that refers to a party ("Chinese
  nationals") is answered by that party's later denial.

The kind: a specific cue decides; else a denial when the content's first clause
negates its verb ("is not", "didn't") or calls the claim false, else a rebuttal.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from typing import Final

import attrs
import regex

from newsclaims import _regex
from newsclaims.lexicons import read_entries, read_rows
from newsclaims.model import Claim, Response, ResponseKind, Span

__all__ = [
    "ResponseContext",
    "find_responses",
    "load_response_acts",
    "load_response_cues",
]

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
# A denial: the verb of the first clause negated ("is not", "didn't"), not an intention
# ("are not going to") nor a restriction ("is not only"); or the claim called false.
_DENIES: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:is|are|was|were|do|does|did|has|have|had)"
    r"(?:\s++not(?![\p{L}\p{N}])|n[’']t(?![\p{L}\p{N}]))"
    r"(?!\s++(?:only|just|going|yet)(?![\p{L}\p{N}]))",
    regex.IGNORECASE,
)
_CALLED_FALSE: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:false|untrue|baseless|groundless|unfounded|fabricated"
    r"|fabrication|lies)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
_CLAUSE_END: Final = regex.compile(
    r"[,;:—–]|(?<![\p{L}\p{N}])(?:that|which|but|although|though|while|whereas)"
    r"(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
_PRONOUN: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:he|him|his|she|her|hers|they|them|their|theirs|it|its|we"
    r"|us|our|ours|you|your|yours|i|me|my|who|whom|whose)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
_WORD: Final = regex.compile(r"\p{L}[\p{L}\p{M}'’-]{2,40}+")
_WORDS: Final = _regex.compile_tokens(_WORD.pattern, r"\P{L}*+")  # all in one match
_QUOTE_MARKS: Final = "\"'“”‘’«»„"
_MAX_DISTANCE: Final = 12  # claims further apart than this are not compared
_ACCUSED: Final = 3.0
_ACCUSED_REFERRED: Final = 1.5
_SPEAKER_NAMED: Final = 2.0
_SPEAKER_REFERRED: Final = 1.0
_NEARNESS: Final = 0.1  # score lost per claim between the two
_NOMINAL: Final = 3.0  # score lost by a claim made of a noun ("their claim that")
_POINTER_WORDS: Final = 4  # "rejected the idea": an answer this short points back
_JUDGED_WORDS: Final = 2  # words a judgment shares with the accusation it judges
_SUBJECT_WORDS: Final = 4  # an actor named in this many first words is the subject


@cache
def load_response_cues() -> dict[str, ResponseKind]:
    """The response cue lexicon: cue phrase -> kind.

    >>> load_response_cues()["in response"]
    <ResponseKind.OTHER: 'other'>
    """
    return {cue: ResponseKind(kind) for cue, kind in read_rows("response_cues.tsv")}


@cache
def load_response_acts() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The act lexicon: (nouns naming an act, words introducing a claim of that act).

    >>> nouns, words = load_response_acts()[0]
    >>> "accusation" in nouns and "accused" in words
    True
    """
    return tuple(
        (frozenset(nouns.split()), frozenset(words.split()))
        for nouns, words in read_rows("response_acts.tsv")
    )


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


@cache
def _determiners() -> frozenset[str]:
    return frozenset(read_entries("response_determiners.txt"))


@cache
def _act_rows() -> dict[str, frozenset[int]]:
    """Act noun -> the rows of the act lexicon it names."""
    rows: dict[str, set[int]] = {}
    for row, (nouns, _) in enumerate(load_response_acts()):
        for noun in nouns:
            rows.setdefault(noun, set()).add(row)
    return {noun: frozenset(found) for noun, found in rows.items()}


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


def _named(text: str, span: Span, ctx: ResponseContext) -> frozenset[str]:
    """The actors a stretch names by a name or a description, not by a pronoun."""
    found: set[str] = set()
    start = span.start
    for m in _regex.finditer(_PRONOUN, text, span.start, span.end):
        if m.start() > start:
            found |= ctx.mentioned(Span(start, m.start()))
        start = m.end()
    if span.end > start:
        found |= ctx.mentioned(Span(start, span.end))
    return frozenset(found)


def _denies(text: str, span: Span) -> bool:
    """Whether a content denies: its first clause negates its verb, or it says false."""
    if _regex.search(_CALLED_FALSE, text, span.start, span.end):
        return True
    end = _regex.search(_CLAUSE_END, text, span.start + 1, span.end)
    first = span.end if end is None else end.start()
    return _regex.search(_DENIES, text, span.start, first) is not None


def _acts_named(text: str, stretches: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The acts (rows of the act lexicon) named with a determiner in some stretches.

    "this argument", "the court's ruling", "Lee's decision"; not "a court order".
    """
    found: set[int] = set()
    rows, determiners = _act_rows(), _determiners()
    for begin, end in stretches:
        words = [text[s:e] for s, e in _regex.token_spans(_WORDS, text, begin, end)]
        for i, word in enumerate(words):
            named = rows.get(word.casefold())
            if named and any(
                w.casefold() in determiners
                or (w[0].isupper() and w.endswith(("'s", "’s")))
                for w in words[max(0, i - 2) : i]
            ):
                found |= named
    return frozenset(found)


def _acts_introduced(words: frozenset[str]) -> frozenset[int]:
    """The acts whose words introduce a claim (words of its introduction)."""
    return frozenset(
        row
        for row, (_, introducing) in enumerate(load_response_acts())
        if words & introducing
    )


def _answer_stretches(claim: Claim) -> list[tuple[int, int]]:
    """Where an answer may name what it answers: its content, and the words between
    its cue and its content ("responded to the ruling: ..."), not its speaker
    ("according to the ruling, ...")."""
    span = claim.content_span
    stretches = [(p.start, p.end) for p in claim.content_parts] or [
        (span.start, span.end)
    ]
    ends = [
        tag.end
        for tag in (claim.cue_span, claim.speaker_span)
        if tag is not None and tag.end <= span.start
    ]
    if ends:
        stretches.insert(0, (max(ends), span.start))
    return stretches


@attrs.frozen
class _Layout:
    """What is known of the whole article: actors and words, paragraphs, title."""

    context: ResponseContext
    breaks: Sequence[int]  # where paragraphs end
    title_end: int  # where the title line ends (-1: no title line)


@attrs.frozen
class _Facts:
    """What one claim brings to the comparison, computed once."""

    claim: Claim
    index: int  # its place among the claims
    me: frozenset[str]
    mentions: frozenset[str]
    named: frozenset[str]  # actors named in the content, not by a pronoun
    subject: frozenset[str]  # actors named in its first words: "Ann Lee is trying"
    refs: frozenset[str]
    target: frozenset[str]  # the ids the claim's target stands for
    words: frozenset[str]  # content words, names included
    common: frozenset[str]  # content words in lower case: not names
    negated: bool
    denies: bool
    names_a_claim: bool
    pointer: bool  # a short noun phrase pointing at a claim: "the idea", "this move"
    thing: bool  # the plain object of its cue, no claim: "denied funding"
    possessor: bool  # a name owns something in the content: "Lee's decision"
    nominal: bool  # made of a noun: "their claim that"
    title: bool  # in the title line of the article
    acts_named: frozenset[int]  # acts the answer names: "this argument"
    acts_introduced: frozenset[int]  # acts its introduction reports: "arguing that"
    intro: tuple[int, int]
    paragraph: int


def _facts(text: str, index: int, claim: Claim, layout: _Layout) -> _Facts:
    ctx = layout.context
    span = claim.content_span
    mentions = ctx.mentioned(span)
    refs = ctx.referenced(span) | mentions
    target = ctx.identity(claim.target)
    mentions |= target
    refs |= target
    found = _regex.token_spans(_WORDS, text, span.start, span.end)
    all_words = {text[s:e].casefold().rstrip("'’") for s, e in found}
    common = {text[s:e].rstrip("'’") for s, e in found if text[s].islower()}
    intro = _intro(text, claim)
    intro_words = frozenset(
        text[s:e].casefold() for s, e in _regex.token_spans(_WORDS, text, *intro)
    )
    objects = ctx.claim_nouns | _answer_objects()
    nominal = claim.rule is not None and claim.rule.startswith("nominal")
    first = found[_SUBJECT_WORDS - 1][1] if len(found) >= _SUBJECT_WORDS else span.end
    acts = frozenset() if nominal else _acts_named(text, _answer_stretches(claim))
    head = {text[s:e].casefold() for s, e in found[:_POINTER_WORDS]}  # the object
    return _Facts(
        claim=claim,
        index=index,
        me=ctx.identity(claim.speaker),
        mentions=mentions,
        named=_named(text, span, ctx),
        subject=_named(text, Span(span.start, first), ctx),
        refs=refs,
        target=target,
        words=frozenset(all_words - ctx.function_words),
        common=frozenset(common - ctx.function_words),
        negated=bool(_regex.search(_NEGATION, text, span.start, span.end)),
        denies=_denies(text, span),
        names_a_claim=bool(all_words & objects),
        pointer=len(found) <= _POINTER_WORDS and bool(all_words & objects),
        possessor=any(
            text[s].isupper() and text[s:e].endswith(("'s", "’s")) for s, e in found
        ),
        thing=_plain_object(text, claim) and not head & objects and not acts,
        nominal=nominal,
        title=span.end <= layout.title_end,
        acts_named=acts,
        acts_introduced=_acts_introduced(intro_words),
        intro=intro,
        paragraph=bisect.bisect_right(layout.breaks, span.start),
    )


def _plain_object(text: str, claim: Claim) -> bool:
    """Whether a content directly follows its cue, unquoted: "denied funding"."""
    cue, span = claim.cue_span, claim.content_span
    return (
        cue is not None
        and cue.end <= span.start
        and not text[cue.end : span.start].strip()
        and text[span.start] not in _QUOTE_MARKS
    )


def _title_end(text: str, breaks: Sequence[int]) -> int:
    """Where the title line ends: a first line without closing punctuation, else -1."""
    if not breaks:
        return -1
    line = text[: breaks[0]].rstrip()
    return breaks[0] if line and line[-1] not in ".!?:\"'”’)" else -1


@attrs.frozen
class _Fit:
    """How well one claim fits as the answer to another."""

    other: _Facts
    accused: bool  # the other claim refers to the answer's speaker
    named: bool  # the answer mentions the other claim's speaker (or its country)
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
    penalty = _NOMINAL if other.nominal else 0.0  # "the first claim from X that ..."
    return evidence, penalty, accused, named


def _score(answer: _Facts, other: _Facts, distance: int) -> float:
    evidence, penalty, _, _ = _evidence(answer, other)
    return evidence - _NEARNESS * distance - penalty


def _fit(answer: _Facts, other: _Facts, distance: int) -> _Fit:
    evidence, _, accused, named = _evidence(answer, other)
    score = _score(answer, other, distance)
    return _Fit(other, accused, named, evidence, score)


def _other_party(answer: _Facts, other: _Facts) -> bool:
    if answer.claim.speaker is None or other.claim.speaker is None:
        return False
    return not (answer.me & other.me)


def _others(facts: Sequence[_Facts], n: int) -> Iterator[int]:
    """The claims of other parties within reach of ``facts[n]``, in text order."""
    lo, hi = max(0, n - _MAX_DISTANCE), min(len(facts), n + _MAX_DISTANCE + 1)
    return (
        m
        for m in range(lo, hi)
        if m != n and not facts[m].title and _other_party(facts[n], facts[m])
    )


def _best(facts: Sequence[_Facts], n: int) -> _Fit | None:
    """The claim ``facts[n]`` most likely answers.

    An earlier claim with any evidence wins; a later one (news often reports the
    answer first) only when no earlier claim fits.
    """
    answer = facts[n]
    before = after = -1  # the best claim before and after, and their scores
    top_before = top_after = 0.0
    for m in _others(facts, n):
        score = _score(answer, facts[m], abs(n - m))
        if m < n and (before < 0 or score > top_before):
            before, top_before = m, score
        elif m > n and (after < 0 or score > top_after):
            after, top_after = m, score
    earlier = None if before < 0 else _fit(answer, facts[before], n - before)
    later = None if after < 0 else _fit(answer, facts[after], after - n)
    if earlier is not None and (earlier.evidence > 0 or later is None):
        return earlier
    if later is not None and later.evidence > 0 and answer.common & later.other.common:
        return later  # a later claim: only with words in common
    return earlier


def _pointed_at(facts: Sequence[_Facts], n: int) -> _Fit | None:
    """The claim a pointing answer answers: "rejected the idea" the one just before,
    "criticized Lee's decision" the last one of the party it names."""
    answer = facts[n]
    if answer.possessor and not answer.named:
        return None  # "Lee's decision", and Lee is not known
    earlier = [
        m
        for m in _others(facts, n)
        if m < n
        and not facts[m].nominal
        and (not answer.named or answer.named & facts[m].me)
    ]
    if not earlier:
        return None
    m = earlier[-1]
    return _fit(answer, facts[m], n - m)


_STANCES: Final = frozenset(
    {
        ResponseKind.CONCERN,
        ResponseKind.CONDEMNATION,
        ResponseKind.SUPPORT,
        ResponseKind.CLARIFICATION,
    }
)


def _plain_kind(cue_kinds: Sequence[ResponseKind], fact: _Facts) -> ResponseKind:
    """The kind of an answer found without a cue: a specific cue, else the content."""
    specific = [k for k in cue_kinds if k is not ResponseKind.OTHER]
    if specific:
        return specific[-1]
    return ResponseKind.DENIAL if fact.denies else ResponseKind.REBUTTAL


def _cue_kind(
    cue_kinds: Sequence[ResponseKind], fact: _Facts, fit: _Fit
) -> ResponseKind | None:
    """The kind of a cued answer, or ``None`` when the evidence does not make one."""
    addressed = fit.accused or fit.named or fact.names_a_claim
    marked = ResponseKind.OTHER in cue_kinds  # "in response", "replied": an answer
    specific = [k for k in cue_kinds if k is not ResponseKind.OTHER]
    if specific:
        kind = specific[-1]
        # a stance needs its object named; a denial or rebuttal also shared words
        enough = addressed or (kind not in _STANCES and fit.evidence >= 2)  # noqa: PLR2004
        return kind if marked or enough else None
    if marked:
        return ResponseKind.DENIAL if fact.denies else ResponseKind.REBUTTAL
    return None


def _by_act(facts: Sequence[_Facts], n: int) -> int | None:
    """The nearest earlier claim of another party introduced by the act named."""
    answer = facts[n]
    if not answer.acts_named:
        return None
    found = [
        m
        for m in _others(facts, n)
        if m < n
        and not facts[m].nominal
        and answer.acts_named & facts[m].acts_introduced
    ]
    return max(found, default=None)


def _by_target(facts: Sequence[_Facts], n: int) -> int | None:
    """The nearest claim that accuses or urges the answer's speaker: in the same
    paragraph, or further off when the two share a word ("halt the drilling" and
    "the drilling is lawful")."""
    answer = facts[n]
    found = [
        m
        for m in _others(facts, n)
        if answer.me & facts[m].target
        and not (answer.target & facts[m].me)
        and (facts[m].paragraph == answer.paragraph or answer.common & facts[m].common)
    ]
    return min(
        found,
        key=lambda m: (not (facts[m].me & answer.named), abs(n - m), m > n),
        default=None,
    )


def _first_sharing(facts: Sequence[_Facts], n: int, found: list[int]) -> int | None:
    """Of ``found``, the claim sharing most words with ``facts[n]``, else the first."""
    words = facts[n].common
    return min(found, key=lambda m: (-len(words & facts[m].common), m), default=None)


def _by_judging(facts: Sequence[_Facts], n: int) -> int | None:
    """An earlier accusation of a party the answer names: the answer judges it.

    "Ann accused the mill of polluting the river. The inspectors found the mill had
    not polluted it": the inspectors answer Ann, not the mill.
    """
    answer = facts[n]
    if answer.target:
        return None  # an accusation of its own, not a judgment
    found = [
        m
        for m in _others(facts, n)
        if m < n
        and not facts[m].nominal
        and facts[m].target & answer.named
        and not (facts[m].target & answer.me)
        and len(answer.common & facts[m].common) >= _JUDGED_WORDS
    ]
    return _first_sharing(facts, n, found)


def _by_name(facts: Sequence[_Facts], n: int) -> int | None:
    """The earlier claim of a speaker the answer names: most shared words, else first."""
    answer = facts[n]
    if answer.claim.rule == "according_to":
        return None  # "X apologized to Y, according to Z": news of X, not an answer
    found = [
        m
        for m in _others(facts, n)
        if m < n
        and not facts[m].nominal
        and facts[m].claim.speaker in answer.named
        and not (answer.target & facts[m].me)
    ]
    subject = [m for m in found if facts[m].claim.speaker in answer.subject]
    return _first_sharing(facts, n, subject or found)


def _by_reference(facts: Sequence[_Facts], n: int) -> int | None:
    """The nearest earlier claim referring to the speaker of a denial."""
    answer = facts[n]
    if not answer.denies:
        return None
    found = [
        m
        for m in _others(facts, n)
        if m < n and not facts[m].nominal and answer.me & facts[m].refs
    ]
    return max(found, default=None)


def _paragraph_breaks(text: str) -> list[int]:
    """Where paragraphs end: the first of each run of line breaks."""
    breaks: list[int] = []
    at = text.find("\n")
    while at >= 0:
        if not breaks or text[breaks[-1] : at].strip():
            breaks.append(at)
        at = text.find("\n", at + 1)
    return breaks


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
    breaks = _paragraph_breaks(text)
    layout = _Layout(ctx, breaks, _title_end(text, breaks))
    facts = [_facts(text, n, c, layout) for n, c in enumerate(claims)]
    out: list[Response] = []
    answered: set[tuple[str | None, int]] = set()
    for n, fact in enumerate(facts):
        if fact.claim.speaker is None or fact.title:
            continue
        begin, end = fact.intro
        if n and facts[n - 1].claim.content_span.end <= fact.claim.content_span.start:
            # the cue words of an earlier claim in the sentence are not this one's
            # (as in "condemned X, viewing it as Y")
            begin = max(begin, min(facts[n - 1].claim.content_span.end, end))
        if (fact.claim.speaker, begin) in answered:
            continue  # one answer per speaker and sentence (", calling it ...")
        found = _regex.finditer(pattern, text, begin, end)
        cue_kinds = [cues[m.group().casefold()] for m in found]
        answer = _answer(facts, n, cue_kinds)
        if answer is None:
            continue
        other, kind = answer
        answered.add((fact.claim.speaker, begin))
        cue = None
        if found:
            same = [i for i, k in enumerate(cue_kinds) if k is kind]
            cue = Span.of_match(found[same[-1] if same else -1])
        out.append(
            Response(
                claim=fact.claim.id,
                responds_to=facts[other].claim.id,
                kind=kind,
                cue_span=cue,
            )
        )
    return tuple(out)


def _answer(
    facts: Sequence[_Facts], n: int, cue_kinds: Sequence[ResponseKind]
) -> tuple[int, ResponseKind] | None:
    """(index of the answered claim, kind) for ``facts[n]``, or ``None``."""
    fact = facts[n]
    if fact.thing and any(k is not ResponseKind.OTHER for k in cue_kinds):
        return None  # "denied funding", "condemned the attack": not a claim answered
    m = _by_act(facts, n)
    if m is not None:
        return m, _plain_kind(cue_kinds, fact)
    if cue_kinds:
        fit = _pointed_at(facts, n) if fact.pointer else _best(facts, n)
        kind = None if fit is None else _cue_kind(cue_kinds, fact, fit)
        if fit is not None and kind is not None:
            return fit.other.index, kind
    if fact.nominal:
        return None
    for rule in (_by_target, _by_judging, _by_name, _by_reference):
        m = rule(facts, n)
        if m is not None:
            return m, _plain_kind(cue_kinds, fact)
    return None
