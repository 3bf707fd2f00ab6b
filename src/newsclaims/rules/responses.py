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
- **The answer going on**: a second claim of an answer's sentence, after ", calling"
  (", describing", ...), answers what the first answers when the two contents share
  a longer word ("denounced the conclusions, calling the agreements lawful" after a
  claim about an agreement); "calling the situation grave" shares nothing and answers
  nothing.

- **A relative clause on an answer**: "condemned the plan, which Tom Hale called a
  disgrace": the claim in the relative clause answers what the answer answers, of the
  same kind unless its own cue names another.
- **The answer continued**: the speaker's next claim, in a later sentence with no
  other speaker's claim between, answers the same claim when it says it goes on
  ("further claimed", "also said", "added"), opens on a word pointing back ("It
  undermines ...", "This is ...") or is a quote in the answer's paragraph.

- **A denial reported first**: a claim with a denying cue that answers nothing before
  it ("Bo Park denied the report.") answers the later claim that names its speaker
  and would otherwise be read as answering it ("The paper reported that Bo Park ...").

A cue's plain object brought in with "a"/"an" ("rejected a plan to ...") is a new
thing, not a claim said before: no answer.

The kind: a specific cue decides; else a denial when the content's first clause
negates its verb ("is not", "didn't") or calls the claim false, else a rebuttal.

Cost. The stage is linear in the text and the claims: what belongs to the article
(paragraph breaks, the title line, where act nouns and negations occur) is found once;
what belongs to a claim (its words, the actors it names, its introduction) is computed
on first use and kept, so a claim that no rule looks at is never tokenised; each claim
is compared with at most ``2 * _MAX_DISTANCE`` others, listed once.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, cached_property
from typing import Final

import attrs
import regex

from newsclaims import _regex
from newsclaims.lexicons import read_entries, read_rows
from newsclaims.model import Claim, ClaimMode, Response, ResponseKind, Span

__all__ = [
    "ResponseContext",
    "find_responses",
    "load_response_acts",
    "load_response_cues",
    "load_response_stances",
]

_LOOKBACK: Final = (
    300  # how far before a claim's content its introducing words may start
)
_STOPS: Final = ".!?"  # a sentence ends at one of these (with a space after), or "\n"
_AFTER_STOP: Final = _regex.compile_pattern(r"[.!?][\"'”’)]?\s++")
# A denial: the verb of the first clause negated ("is not", "didn't"), not an intention
# ("are not going to") nor a restriction ("is not only"); or the claim called false.
_DENIES: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:is|are|was|were|do|does|did|has|have|had)"
    r"(?:\s++not(?![\p{L}\p{N}])|n[’']t(?![\p{L}\p{N}]))"
    r"(?!\s++(?:only|just|going|yet)(?![\p{L}\p{N}]))",
    regex.IGNORECASE,
)
_FALSE_WORDS: Final = (
    "false",
    "untrue",
    "baseless",
    "groundless",
    "unfounded",
    "fabricated",
    "fabrication",
    "lies",
)
_CALLED_FALSE: Final = regex.compile(
    r"(?<![\p{L}\p{N}])\L<words>(?![\p{L}\p{N}])",
    regex.IGNORECASE,
    words=_FALSE_WORDS,
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
_POSSESSIVE: Final = ("'s", "’s")
_INDEFINITE: Final = frozenset({"a", "an"})
# What lies between a first claim's content and the cue of a second in its sentence:
# ", calling", ", describing".
_PARTICIPLE: Final = regex.compile(r"[\"'”’]?+,\s++\p{Ll}{3,20}+")  # then "-ing"
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
_NONE: Final[frozenset[str]] = frozenset()
_SHORT_WORD: Final = 3  # a word this short names nothing a continuation shares
_CUE_STEM: Final = 6  # a cue is looked for where its first letters occur


@cache
def load_response_cues() -> dict[str, ResponseKind]:
    """The response cue lexicon: cue phrase -> kind.

    >>> load_response_cues()["in response"]
    <ResponseKind.OTHER: 'other'>
    """
    return {cue: ResponseKind(kind) for cue, kind in read_rows("response_cues.tsv")}


@cache
def load_response_stances() -> dict[str, ResponseKind]:
    """The stance words an answer's content may hold: word or phrase -> kind.

    >>> load_response_stances()["unacceptable"]
    <ResponseKind.CONDEMNATION: 'condemnation'>
    """
    return {w: ResponseKind(k) for w, k in read_rows("response_stances.tsv")}


@cache
def _stance_pattern() -> regex.Pattern[str]:
    words = sorted(load_response_stances(), key=len, reverse=True)
    return regex.compile(
        r"(?<![\p{L}\p{N}])\L<words>(?![\p{L}\p{N}])", regex.IGNORECASE, words=words
    )


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


def _stems(words: Iterable[str]) -> tuple[str, ...]:
    """The words, casefolded, that contain no other: wherever one of ``words`` occurs
    in casefolded text, one of these does ("claim" for "claims").

    >>> _stems(["claims", "claim", "ruling"])
    ('claim', 'ruling')
    """
    folded = {w.casefold() for w in words}
    return tuple(
        sorted(w for w in folded if not any(o != w and o in w for o in folded))
    )


def _occurs(stems: tuple[str, ...], text: str, begin: int, end: int) -> bool:
    """Whether one of the ``stems`` occurs in ``text[begin:end]``, any case.

    A cheap test before a pattern search: a pattern matching one of the words
    case-insensitively matches nowhere unless this finds one (a character matching an
    ASCII letter in any case casefolds to that letter).
    """
    segment = text[begin:end].casefold()
    for stem in stems:  # noqa: SIM110 - a loop: cheaper than any() over a generator
        if stem in segment:
            return True
    return False


@cache
def _cue_stems() -> tuple[str, ...]:
    return _stems(cue[:_CUE_STEM] for cue in load_response_cues())


@cache
def _act_stems() -> tuple[str, ...]:
    return _stems(_act_rows())


_DENIAL_STEMS: Final = _stems(("not", "n't", "n’t", *_FALSE_WORDS))


def _no_refs(_: Span) -> frozenset[str]:
    return _NONE


@cache
def _answer_objects() -> frozenset[str]:
    return frozenset(read_entries("response_objects.txt"))


@cache
def _determiners() -> frozenset[str]:
    return frozenset(read_entries("response_determiners.txt"))


def _rows_by(side: int) -> dict[str, frozenset[int]]:
    """Word of one side of the act lexicon (0: act nouns, 1: introducing words) ->
    the rows that hold it."""
    rows: dict[str, set[int]] = {}
    for row, sides in enumerate(load_response_acts()):
        for word in sides[side]:
            rows.setdefault(word, set()).add(row)
    return {word: frozenset(found) for word, found in rows.items()}


@cache
def _act_rows() -> dict[str, frozenset[int]]:
    """Act noun -> the rows of the act lexicon it names."""
    return _rows_by(0)


@cache
def _introducing_rows() -> dict[str, frozenset[int]]:
    """Introducing word -> the rows of the act lexicon it introduces."""
    return _rows_by(1)


@attrs.frozen(kw_only=True)
class ResponseContext:
    """What the responses stage knows about actors and words.

    ``mentioned(span)`` gives the ids of the actors mentioned inside a stretch of text
    (a mention lying wholly inside it, so a stretch mentions all that its parts do);
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
            return _NONE
        return self.stands_for.get(actor, frozenset({actor}))


def _sentence_begin(text: str, first: int) -> int:
    """Where the sentence holding ``first`` starts, looking back at most _LOOKBACK.

    After the last full stop (with closing marks and spaces after it) or line break
    before ``first``; a full stop without a space after it ("U.S.") starts nothing but
    hides the stops before it.
    """
    lo = max(0, first - _LOOKBACK)
    stop = max(text.rfind(mark, lo, first) for mark in _STOPS)
    line = text.rfind("\n", lo, first)
    if stop > line:
        m = _regex.match(_AFTER_STOP, text, stop, first)
        return lo if m is None else m.end()
    if line < 0:
        return lo
    if stop >= 0:  # the line break may end the spaces after a full stop
        m = _regex.match(_AFTER_STOP, text, stop, first)
        if m is not None and m.end() > line:
            return m.end()
    return line + 1


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
    if not _occurs(_DENIAL_STEMS, text, span.start, span.end):
        return False  # neither "not" nor "false": the patterns below find nothing
    if _regex.search(_CALLED_FALSE, text, span.start, span.end):
        return True
    end = _regex.search(_CLAUSE_END, text, span.start + 1, span.end)
    first = span.end if end is None else end.start()
    return _regex.search(_DENIES, text, span.start, first) is not None


def _acts_named(text: str, stretches: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The acts (rows of the act lexicon) named with a determiner in some stretches.

    "this argument", "the court's ruling", "Lee's decision"; not "a court order".
    A stretch where no act noun occurs at all is passed over without reading its
    words.
    """
    found: set[int] = set()
    rows, determiners = _act_rows(), _determiners()
    stems = _act_stems()
    for begin, end in stretches:
        if not _occurs(stems, text, begin, end):
            continue
        words = [text[s:e] for s, e in _regex.token_spans(_WORDS, text, begin, end)]
        for i, word in enumerate(words):
            named = rows.get(word.casefold())
            if named and any(
                w.casefold() in determiners
                or (w[0].isupper() and w.endswith(_POSSESSIVE))
                for w in words[max(0, i - 2) : i]
            ):
                found |= named
    return frozenset(found)


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


def _paragraph_breaks(text: str) -> list[int]:
    """Where paragraphs end: the first of each run of line breaks."""
    breaks: list[int] = []
    at = text.find("\n")
    while at >= 0:
        if not breaks or text[breaks[-1] : at].strip():
            breaks.append(at)
        at = text.find("\n", at + 1)
    return breaks


@attrs.frozen
class _Layout:
    """What is known of the whole article: actors and words, paragraphs, title."""

    text: str
    context: ResponseContext
    breaks: Sequence[int]  # where paragraphs end
    title_end: int  # where the title line ends (-1: no title line)


class _Facts:
    """What one claim brings to the comparison; each fact computed on first use."""

    def __init__(self, index: int, claim: Claim, layout: _Layout) -> None:
        ctx = layout.context
        self.claim: Final = claim
        self.index: Final = index  # its place among the claims
        self.layout: Final = layout
        self.span: Final = claim.content_span
        self.me: Final = ctx.identity(claim.speaker)
        self.target: Final = ctx.identity(claim.target)  # what its target stands for
        self.nominal: Final = claim.rule is not None and claim.rule.startswith(
            "nominal"
        )  # made of a noun: "their claim that"
        self.title: Final = self.span.end <= layout.title_end  # in the title line

    @cached_property
    def paragraph(self) -> int:
        """The paragraph the content starts in."""
        return bisect.bisect_right(self.layout.breaks, self.span.start)

    @cached_property
    def _tokens(self) -> list[tuple[int, int]]:
        span = self.span
        return _regex.token_spans(_WORDS, self.layout.text, span.start, span.end)

    @cached_property
    def _all_words(self) -> frozenset[str]:
        text = self.layout.text
        return frozenset(text[s:e].casefold().rstrip("'’") for s, e in self._tokens)

    @cached_property
    def mentioned(self) -> frozenset[str]:
        """The actors mentioned in the content, by a name or a pronoun."""
        return self.layout.context.mentioned(self.span)

    @cached_property
    def mentions(self) -> frozenset[str]:
        """The actors mentioned in the content, and the target."""
        return self.mentioned | self.target

    @cached_property
    def refs(self) -> frozenset[str]:
        """The actors the content refers to in any way, and the target."""
        return self.layout.context.referenced(self.span) | self.mentions

    @cached_property
    def named(self) -> frozenset[str]:
        """The actors named in the content, not by a pronoun."""
        if not self.mentioned:
            return _NONE  # a part mentions no more than the whole
        return _named(self.layout.text, self.span, self.layout.context)

    @cached_property
    def subject(self) -> frozenset[str]:
        """The actors named in its first words: "Ann Lee is trying"."""
        if not self.mentioned:
            return _NONE
        found, span = self._tokens, self.span
        first = (
            found[_SUBJECT_WORDS - 1][1] if len(found) >= _SUBJECT_WORDS else span.end
        )
        return _named(self.layout.text, Span(span.start, first), self.layout.context)

    @cached_property
    def words(self) -> frozenset[str]:
        """The content words, names included."""
        return self._all_words - self.layout.context.function_words

    @cached_property
    def common(self) -> frozenset[str]:
        """The content words in lower case: not names."""
        text = self.layout.text
        common = {text[s:e].rstrip("'’") for s, e in self._tokens if text[s].islower()}
        return frozenset(common - self.layout.context.function_words)

    @cached_property
    def stance(self) -> ResponseKind | None:
        """The kind the last stance word of the content gives ("unacceptable")."""
        span, text = self.span, self.layout.text
        found = list(_regex.finditer(_stance_pattern(), text, span.start, span.end))
        if not found:
            return None
        return load_response_stances()[found[-1].group().casefold()]

    @cached_property
    def denies(self) -> bool:
        """Whether the content denies: "is not", "didn't", "false"."""
        return _denies(self.layout.text, self.span)

    @cached_property
    def _objects(self) -> frozenset[str]:
        return self.layout.context.claim_nouns | _answer_objects()

    @cached_property
    def names_a_claim(self) -> bool:
        """Whether a word of the content names a claim or an act: "the decision"."""
        return bool(self._all_words & self._objects)

    @cached_property
    def pointer(self) -> bool:
        """A short noun phrase pointing at a claim: "the idea", "this move"."""
        return len(self._tokens) <= _POINTER_WORDS and self.names_a_claim

    @cached_property
    def possessor(self) -> bool:
        """Whether a name owns something in the content: "Lee's decision"."""
        text = self.layout.text
        return any(
            text[s].isupper() and text[s:e].endswith(_POSSESSIVE)
            for s, e in self._tokens
        )

    @cached_property
    def thing(self) -> bool:
        """The plain object of its cue, no claim: "denied funding", "maintains a
        policy" (a thing brought in with "a" is new: no claim said before)."""
        if not _plain_object(self.layout.text, self.claim):
            return False
        text = self.layout.text
        first = text[self.span.start : self.span.start + 4].split(maxsplit=1)
        if first and first[0].casefold() in _INDEFINITE and not self.acts_named:
            return True
        head = {text[s:e].casefold() for s, e in self._tokens[:_POINTER_WORDS]}
        return not head & self._objects and not self.acts_named

    @cached_property
    def acts_named(self) -> frozenset[int]:
        """Acts the answer names: "this argument"."""
        if self.nominal:
            return frozenset()
        stretches = _answer_stretches(self.claim)
        return _acts_named(self.layout.text, stretches)

    @cached_property
    def intro(self) -> tuple[int, int]:
        """Where the words that introduce it lie: sentence start to content start."""
        claim = self.claim
        first = claim.content_span.start
        for span in (claim.speaker_span, claim.cue_span):
            if span is not None:
                first = min(first, span.start)
        end = claim.content_span.start
        if claim.cue_span is not None:
            end = max(end, claim.cue_span.end)
        return _sentence_begin(self.layout.text, first), end

    @cached_property
    def acts_cued(self) -> frozenset[int]:
        """Acts its own cue reports: "ruled" (not the sentence's other words)."""
        cue = self.claim.cue_span
        if cue is None:
            return frozenset()
        return _introducing_rows().get(cue.of(self.layout.text).casefold(), frozenset())

    @cached_property
    def acts_introduced(self) -> frozenset[int]:
        """Acts its introduction reports: "arguing that"."""
        text, rows = self.layout.text, _introducing_rows()
        found: set[int] = set()
        for s, e in _regex.token_spans(_WORDS, text, *self.intro):
            found |= rows.get(text[s:e].casefold(), frozenset())
        return frozenset(found)


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


def _fit(answer: _Facts, other: _Facts, distance: int) -> _Fit:
    evidence, penalty, accused, named = _evidence(answer, other)
    score = evidence - _NEARNESS * distance - penalty
    return _Fit(other, accused, named, evidence, score)


def _others(facts: Sequence[_Facts], n: int) -> list[int]:
    """The claims of other parties within reach of ``facts[n]``, in text order."""
    me = facts[n].me
    lo, hi = max(0, n - _MAX_DISTANCE), min(len(facts), n + _MAX_DISTANCE + 1)
    return [
        m
        for m in range(lo, hi)
        if m != n
        and facts[m].claim.speaker is not None
        and not facts[m].title
        and not (me & facts[m].me)
    ]


def _best(facts: Sequence[_Facts], n: int, others: Sequence[int]) -> _Fit | None:
    """The claim ``facts[n]`` most likely answers.

    An earlier claim with any evidence wins; a later one (news often reports the
    answer first) only when no earlier claim fits.
    """
    answer = facts[n]
    before = after = None  # the best claim before and after
    for m in others:
        fit = _fit(answer, facts[m], abs(n - m))
        if m < n and (before is None or fit.score > before.score):
            before = fit
        elif m > n and (after is None or fit.score > after.score):
            after = fit
    if before is not None and (before.evidence > 0 or after is None):
        return before
    if after is not None and after.evidence > 0 and answer.common & after.other.common:
        return after  # a later claim: only with words in common
    return before


def _pointed_at(facts: Sequence[_Facts], n: int, others: Sequence[int]) -> _Fit | None:
    """The claim a pointing answer answers: "rejected the idea" the one just before,
    "criticized Lee's decision" the last one of the party it names."""
    answer = facts[n]
    if answer.possessor and not answer.named:
        return None  # "Lee's decision", and Lee is not known
    earlier = [
        m
        for m in others
        if m < n
        and not facts[m].nominal
        and (not answer.named or answer.named & facts[m].me)
    ]
    m = _sentence_first(facts, earlier)
    return None if m is None else _fit(answer, facts[m], n - m)


_STANCES: Final = frozenset(
    {
        ResponseKind.CONCERN,
        ResponseKind.CONDEMNATION,
        ResponseKind.SUPPORT,
        ResponseKind.CLARIFICATION,
    }
)


def _plain_kind(cue_kinds: Sequence[ResponseKind], fact: _Facts) -> ResponseKind:
    """The kind of an answer found without a cue: a specific cue, else the content
    (a denial, a stance word of its own, else a rebuttal)."""
    specific = [k for k in cue_kinds if k is not ResponseKind.OTHER]
    if specific:
        return specific[-1]
    if fact.denies:
        return ResponseKind.DENIAL
    return fact.stance or ResponseKind.REBUTTAL


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


def _sentence_first(facts: Sequence[_Facts], found: Sequence[int]) -> int | None:
    """The last of ``found`` (in text order), or rather the accusation of its sentence
    among ``found``, else the sentence's first: "accused X of ..., saying ..." and
    "said ..., and accused X of ..." are both answered as the accusation."""
    if not found:
        return None
    m, allowed = found[-1], set(found)
    while m - 1 in allowed and facts[m - 1].intro[0] == facts[m].intro[0]:
        m -= 1
    sentence = [k for k in found if k >= m]
    return next((k for k in sentence if facts[k].claim.target is not None), m)


def _by_act(facts: Sequence[_Facts], n: int, others: Sequence[int]) -> int | None:
    """The nearest earlier claim of another party introduced by the act named."""
    acts = facts[n].acts_named
    if not acts:
        return None
    found = [
        m
        for m in others
        if m < n and not facts[m].nominal and acts & facts[m].acts_introduced
    ]
    if not found:
        return None
    # of the last sentence's claims, the one whose own cue reports the act ("ruled
    # that ..., ordering ...": "the ruling" is the first), else as a pointer would
    begin = facts[found[-1]].intro[0]
    own = [k for k in found if facts[k].intro[0] == begin and acts & facts[k].acts_cued]
    return own[0] if own else _sentence_first(facts, found)


def _by_target(facts: Sequence[_Facts], n: int, others: Sequence[int]) -> int | None:
    """The nearest claim that accuses or urges the answer's speaker: in the same
    paragraph, or further off when the two share a word ("halt the drilling" and
    "the drilling is lawful")."""
    answer = facts[n]
    found = [
        m
        for m in others
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
    if len(found) < 2:  # noqa: PLR2004 - one claim needs no comparing
        return found[0] if found else None
    words = facts[n].common
    return min(found, key=lambda m: (-len(words & facts[m].common), m))


def _by_judging(facts: Sequence[_Facts], n: int, others: Sequence[int]) -> int | None:
    """An earlier accusation of a party the answer names: the answer judges it.

    "Ann accused the mill of polluting the river. The inspectors found the mill had
    not polluted it": the inspectors answer Ann, not the mill.
    """
    answer = facts[n]
    if answer.target:
        return None  # an accusation of its own, not a judgment
    found = [
        m
        for m in others
        if m < n
        and facts[m].target & answer.mentioned  # a part names no more than the whole
        and not facts[m].nominal
        and facts[m].target & answer.named
        and not (facts[m].target & answer.me)
        and len(answer.common & facts[m].common) >= _JUDGED_WORDS
    ]
    return _first_sharing(facts, n, found)


def _by_name(facts: Sequence[_Facts], n: int, others: Sequence[int]) -> int | None:
    """The earlier claim of a speaker the answer names: most shared words, else first."""
    answer = facts[n]
    if answer.claim.rule == "according_to":
        return None  # "X apologized to Y, according to Z": news of X, not an answer
    found = [
        m
        for m in others
        if m < n
        and not facts[m].nominal
        and facts[m].claim.speaker in answer.mentioned
        and facts[m].claim.speaker in answer.named
        and not (answer.target & facts[m].me)
    ]
    subject = [m for m in found if facts[m].claim.speaker in answer.subject]
    return _first_sharing(facts, n, subject or found)


def _by_reference(facts: Sequence[_Facts], n: int, others: Sequence[int]) -> int | None:
    """The nearest earlier claim referring to the speaker of a denial."""
    answer = facts[n]
    if not answer.denies:
        return None
    found = [
        m
        for m in others
        if m < n and not facts[m].nominal and answer.me & facts[m].refs
    ]
    return max(found, default=None)


def _layout(text: str, ctx: ResponseContext) -> _Layout:
    breaks = _paragraph_breaks(text)
    return _Layout(
        text=text, context=ctx, breaks=breaks, title_end=_title_end(text, breaks)
    )


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
    if len(claims) < 2:  # noqa: PLR2004 - nothing to answer
        return ()
    layout = _layout(text, context if context is not None else ResponseContext())
    facts = [_Facts(n, c, layout) for n, c in enumerate(claims)]
    out: list[Response] = []
    answered: set[tuple[str | None, int]] = set()
    links: dict[int, int] = {}  # answer -> answered, by index
    kinds: dict[int, ResponseKind] = {}  # answer -> its kind, by index
    pending: dict[int, tuple[int, _Cued]] = {}  # unanswered disputes: where, cues
    for n, fact in enumerate(facts):
        if fact.claim.speaker is None or fact.title:
            continue
        others = _others(facts, n)
        if not others:
            continue
        begin, cued = _cues_of(facts, n)
        if (fact.claim.speaker, begin) in answered:
            continue  # one answer per speaker and sentence (", calling it ...")
        cue_kinds = cued[1]
        answer = (
            _answer(facts, n, others, cue_kinds)
            or _continued(facts, n, links)
            or _went_on(facts, n, links)
            or _relative(facts, n, links, kinds, cue_kinds)
        )
        if answer is None:
            if _DISPUTING & set(cue_kinds):
                pending[n] = (begin, cued)  # what it disputes may be reported later
            continue
        m, (other, kind) = n, answer
        if other in pending and not _DISPUTING & set(cue_kinds):
            # the answer came first: "X denied the report. The paper reported that
            # X ...": the later claim names X and is what X denied
            m, other = other, n
            begin, cued = pending.pop(m)
            kind = next(k for k in reversed(cued[1]) if k in _DISPUTING)
        links[m] = other
        kinds[m] = kind
        answered.add((facts[m].claim.speaker, begin))
        out.append(_response(facts[m], facts[other], kind, cued))
    order = {c.id: i for i, c in enumerate(claims)}
    return tuple(sorted(out, key=lambda r: order[r.claim]))


_Cued = tuple[Sequence[regex.Match[str]], list[ResponseKind]]
"""The response cues found before a claim's content, and the kind of each."""


def _cues_of(facts: Sequence[_Facts], n: int) -> tuple[int, _Cued]:
    """Where the words introducing ``facts[n]`` begin, and the cues among them."""
    fact = facts[n]
    text = fact.layout.text
    begin, end = fact.intro
    if n and facts[n - 1].span.end <= fact.span.start:
        # the cue words of an earlier claim in the sentence are not this one's
        # (as in "condemned X, viewing it as Y")
        begin = max(begin, min(facts[n - 1].span.end, end))
    found: Sequence[regex.Match[str]] = (
        _regex.finditer(_cue_pattern(), text, begin, end)
        if _occurs(_cue_stems(), text, begin, end)
        else ()
    )
    cues = load_response_cues()
    return begin, (found, [cues[m.group().casefold()] for m in found])


def _response(
    answer: _Facts, other: _Facts, kind: ResponseKind, cued: _Cued
) -> Response:
    """The response of ``answer`` to ``other``, its cue the last one of its kind."""
    found, cue_kinds = cued
    cue = None
    if found:
        same = [i for i, k in enumerate(cue_kinds) if k is kind]
        cue = Span.of_match(found[same[-1] if same else -1])
    return Response(
        claim=answer.claim.id,
        responds_to=other.claim.id,
        kind=kind,
        cue_span=cue,
    )


def _stem(word: str) -> str:
    """A word without its plural ending: "agreements" -> "agreement", "treaties" ->
    "treaty"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _stems_of(words: Iterable[str]) -> set[str]:
    """The stems of the longer words (not "the", "new"): what a content is about."""
    return {_stem(w) for w in words if len(w) > _SHORT_WORD}


def _after_answer(
    facts: Sequence[_Facts], n: int, links: Mapping[int, int], *, same_speaker: bool
) -> _Facts | None:
    """The claim just before ``facts[n]`` when it answers something (and, with
    ``same_speaker``, has the same speaker): what the rules that follow an answer
    build on."""
    prev = facts[n - 1] if n else None
    if prev is None or n - 1 not in links:
        return None
    if same_speaker and prev.claim.speaker != facts[n].claim.speaker:
        return None
    return prev


def _continued(
    facts: Sequence[_Facts], n: int, links: Mapping[int, int]
) -> tuple[int, ResponseKind] | None:
    """A second claim of an answer's sentence answers what the first answers, when it
    names what that claim was about: "denounced the summit's conclusions, calling the
    accords lawful" (the answered claim spoke of an accord); not "expressed concern
    over the reports, calling the situation grave" (nothing in common)."""
    answer, prev = facts[n], _after_answer(facts, n, links, same_speaker=True)
    if prev is None:
        return None
    cue, text = answer.claim.cue_span, answer.layout.text
    if cue is None or not prev.span.end <= cue.start < answer.span.start:
        return None
    gap = _regex.match(_PARTICIPLE, text, prev.span.end, cue.end)
    if gap is None or gap.end() != cue.end or not text.endswith("ing", 0, cue.end):
        return None  # not ", calling": the same sentence goes on
    other = facts[links[n - 1]]
    if not _stems_of(answer.common) & _stems_of(other.common):
        return None
    return other.index, _plain_kind((), answer)


_WENT_ON: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:further|also|added|adds|adding|continued|went\s++on)"
    r"(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""Words saying a speaker goes on: "further claimed", "also said", "added"."""
_BACK: Final = regex.compile(r"[\"'“‘]?+(?:It|This|That|These|Those)(?![\p{L}\p{N}])")
"""A content opening on a word pointing back: "It undermines ...", "This is ..."."""


def _went_on(
    facts: Sequence[_Facts], n: int, links: Mapping[int, int]
) -> tuple[int, ResponseKind] | None:
    """The next claim of an answer's speaker, in a later sentence, answers what the
    answer answers when it says it goes on ("further claimed", "added"), opens on a
    word pointing back ("It undermines ...") or is a quote in the answer's paragraph:
    "Bo Park denied the report. He further said it ignored the farms." Another
    speaker's claim in between ends the answer."""
    answer, prev = facts[n], _after_answer(facts, n, links, same_speaker=True)
    if prev is None:
        return None
    text = answer.layout.text
    begin, end = answer.intro
    if _sentence_begin(text, answer.span.start) < prev.span.end:
        return None  # the same sentence: :func:`_continued` reads it
    quoted = (
        answer.claim.mode is not ClaimMode.INDIRECT
        and answer.paragraph == prev.paragraph
    )  # "Lee rejected the claim. "Our fleet kept every limit," she said."
    if (
        not quoted
        and _regex.search(_WENT_ON, text, begin, end) is None
        and _regex.match(_BACK, text, answer.span.start, answer.span.end) is None
    ):
        return None
    return links[n - 1], _plain_kind((), answer)


_WHICH: Final = regex.compile(r"[\"'”’]?+,\s++which(?![\p{L}\p{N}])[^.;:!?\n]{0,80}+\Z")
"""What joins a relative clause to the answer it comments on: "..., which"."""


def _relative(
    facts: Sequence[_Facts],
    n: int,
    links: Mapping[int, int],
    kinds: Mapping[int, ResponseKind],
    cue_kinds: Sequence[ResponseKind],
) -> tuple[int, ResponseKind] | None:
    """A claim in a relative clause on an answer's content answers what that answer
    answers, of the same kind unless its own cue says otherwise: "Bo Park condemned
    the council's plan, which Tom Hale called a disgrace"."""
    answer, prev = facts[n], _after_answer(facts, n, links, same_speaker=False)
    if prev is None:
        return None
    claim, text = answer.claim, answer.layout.text
    first = min(
        (s.start for s in (claim.speaker_span, claim.cue_span) if s is not None),
        default=answer.span.start,
    )
    if not prev.span.end < first <= answer.span.start:
        return None
    if _regex.match(_WHICH, text, prev.span.end, first) is None:
        return None
    specific = [k for k in cue_kinds if k is not ResponseKind.OTHER]
    return links[n - 1], specific[-1] if specific else kinds[n - 1]


_DISPUTING: Final = frozenset({ResponseKind.DENIAL, ResponseKind.REBUTTAL})
"""The kinds of a cue that disputes a claim ("denied", "rejected")."""


_RULES: Final[
    tuple[Callable[[Sequence[_Facts], int, Sequence[int]], int | None], ...]
] = (_by_target, _by_judging, _by_name, _by_reference)


def _answer(
    facts: Sequence[_Facts],
    n: int,
    others: Sequence[int],
    cue_kinds: Sequence[ResponseKind],
) -> tuple[int, ResponseKind] | None:
    """(index of the answered claim, kind) for ``facts[n]``, or ``None``."""
    fact = facts[n]
    if any(k is not ResponseKind.OTHER for k in cue_kinds) and fact.thing:
        return None  # "denied funding", "condemned the attack": not a claim answered
    m = _by_act(facts, n, others)
    if m is not None:
        return m, _plain_kind(cue_kinds, fact)
    if cue_kinds:
        fit = _pointed_at(facts, n, others) if fact.pointer else _best(facts, n, others)
        kind = None if fit is None else _cue_kind(cue_kinds, fact, fit)
        if fit is not None and kind is not None:
            return fit.other.index, kind
    if fact.nominal:
        return None
    for rule in _RULES:
        m = rule(facts, n, others)
        if m is not None:
            return m, _plain_kind(cue_kinds, fact)
    return None
