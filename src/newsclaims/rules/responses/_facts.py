"""What the article and each claim bring to response linking, computed on first use."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import Final

import attrs
import regex

from newsclaims import _regex
from newsclaims.model import Claim, ResponseKind, Span
from newsclaims.rules.responses._lexicon import (
    DENIAL_STEMS,
    FALSE_WORDS,
    act_rows,
    act_stems,
    introducing_rows,
    load_answer_objects,
    load_determiners,
    load_reporting_cues,
    load_response_stances,
    occurs,
    stance_pattern,
)

__all__ = ["Facts", "ResponseContext", "make_layout", "sentence_begin"]

LOOKBACK: Final = (
    300  # how far before a claim's content its introducing words may start
)
STOPS: Final = ".!?"  # a sentence ends at one of these (with a space after), or "\n"
AFTER_STOP: Final = _regex.compile_pattern(r"[.!?][\"'”’)]?\s++")
# A denial: the verb of the first clause negated ("is not", "didn't"), not an intention
# ("are not going to") nor a restriction ("is not only"); or the claim called false.
DENIES: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:is|are|was|were|do|does|did|has|have|had)"
    r"(?:\s++not(?![\p{L}\p{N}])|n[’']t(?![\p{L}\p{N}]))"
    r"(?!\s++(?:only|just|going|yet)(?![\p{L}\p{N}]))",
    regex.IGNORECASE,
)
CALLED_FALSE: Final = regex.compile(
    r"(?<![\p{L}\p{N}])\L<words>(?![\p{L}\p{N}])",
    regex.IGNORECASE,
    words=FALSE_WORDS,
)
CLAUSE_END: Final = regex.compile(
    r"[,;:—–]|(?<![\p{L}\p{N}])(?:that|which|but|although|though|while|whereas)"
    r"(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
PRONOUN: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:he|him|his|she|her|hers|they|them|their|theirs|it|its|we"
    r"|us|our|ours|you|your|yours|i|me|my|who|whom|whose)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
WORD: Final = regex.compile(r"\p{L}[\p{L}\p{M}'’-]{2,40}+")
WORDS: Final = _regex.compile_tokens(WORD.pattern, r"\P{L}*+")  # all in one match
QUOTE_MARKS: Final = "\"'“”‘’«»„"
POSSESSIVE: Final = ("'s", "’s")
INDEFINITE: Final = frozenset({"a", "an"})
ANAPHOR: Final = regex.compile(
    r"(?:it|this|that|these|those|them|so)"
    r"(?:,?+\s++(?:too|as\s++well|either|again|outright|entirely|firmly))?+"
    r"[.,;:!?\"'”’]*+\Z",
    regex.IGNORECASE,
)
"""A content that is only a word pointing back: "denied it", "rejected that, too"."""
NEGATED: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:not|never|n[’']t|no\s++longer)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A negation of any verb: "would not", "never", "can't"."""
ANAPHOR_LENGTH: Final = 24  # "those, as well." at most
ACCUSATION_NOUNS: Final = frozenset(
    {
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "charge",
        "charges",
        "wrongdoing",
    }
)
"""Nouns that point back at an accusation: "denied the allegations"."""
ACCUSING_CUES: Final = ("accus", "alleg", "charg", "blam")
"""How the cues that accuse begin: "accused", "alleging", "charged", "blamed"."""
FIGURE_NOUNS: Final = frozenset(
    {
        "figure",
        "figures",
        "number",
        "numbers",
        "estimate",
        "estimates",
        "count",
        "tally",
    }
)
"""Nouns that point back at a quantity said before: "rejected that figure"."""
POINTER_WORDS: Final = 4  # "rejected the idea": an answer this short points back
SUBJECT_WORDS: Final = 4  # an actor named in this many first words is the subject
NONE: Final[frozenset[str]] = frozenset()


def no_refs(_: Span) -> frozenset[str]:
    return NONE


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

    mentioned: Callable[[Span], frozenset[str]] = no_refs
    referenced: Callable[[Span], frozenset[str]] = no_refs
    stands_for: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    function_words: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()

    def identity(self, actor: str | None) -> frozenset[str]:
        """The ids an actor speaks for (empty for an unknown speaker)."""
        if actor is None:
            return NONE
        return self.stands_for.get(actor, frozenset({actor}))


def sentence_begin(text: str, first: int) -> int:
    """Where the sentence holding ``first`` starts, looking back at most LOOKBACK.

    After the last full stop (with closing marks and spaces after it) or line break
    before ``first``; a full stop without a space after it ("U.S.") starts nothing but
    hides the stops before it.
    """
    lo = max(0, first - LOOKBACK)
    stop = max(text.rfind(mark, lo, first) for mark in STOPS)
    line = text.rfind("\n", lo, first)
    if stop > line:
        m = _regex.match(AFTER_STOP, text, stop, first)
        return lo if m is None else m.end()
    if line < 0:
        return lo
    if stop >= 0:  # the line break may end the spaces after a full stop
        m = _regex.match(AFTER_STOP, text, stop, first)
        if m is not None and m.end() > line:
            return m.end()
    return line + 1


def named_in(text: str, span: Span, ctx: ResponseContext) -> frozenset[str]:
    """The actors a stretch names by a name or a description, not by a pronoun."""
    found: set[str] = set()
    start = span.start
    for m in _regex.finditer(PRONOUN, text, span.start, span.end):
        if m.start() > start:
            found |= ctx.mentioned(Span(start, m.start()))
        start = m.end()
    if span.end > start:
        found |= ctx.mentioned(Span(start, span.end))
    return frozenset(found)


def denies_in(text: str, span: Span) -> bool:
    """Whether a content denies: its first clause negates its verb, or it says false."""
    if not occurs(DENIAL_STEMS, text, span.start, span.end):
        return False  # neither "not" nor "false": the patterns below find nothing
    if _regex.search(CALLED_FALSE, text, span.start, span.end):
        return True
    end = _regex.search(CLAUSE_END, text, span.start + 1, span.end)
    first = span.end if end is None else end.start()
    return _regex.search(DENIES, text, span.start, first) is not None


def acts_named_in(text: str, stretches: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The acts (rows of the act lexicon) named with a determiner in some stretches.

    "this argument", "the court's ruling", "Lee's decision"; not "a court order".
    A stretch where no act noun occurs at all is passed over without reading its
    words.
    """
    found: set[int] = set()
    rows, determiners = act_rows(), load_determiners()
    stems = act_stems()
    for begin, end in stretches:
        if not occurs(stems, text, begin, end):
            continue
        words = [text[s:e] for s, e in _regex.token_spans(WORDS, text, begin, end)]
        for i, word in enumerate(words):
            named = rows.get(word.casefold())
            if named and any(
                w.casefold() in determiners
                or (w[0].isupper() and w.endswith(POSSESSIVE))
                for w in words[max(0, i - 2) : i]
            ):
                found |= named
    return frozenset(found)


def answer_stretches(claim: Claim) -> list[tuple[int, int]]:
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


def plain_object(text: str, claim: Claim) -> bool:
    """Whether a content directly follows its cue, unquoted: "denied funding"."""
    cue, span = claim.cue_span, claim.content_span
    return (
        cue is not None
        and cue.end <= span.start
        and not text[cue.end : span.start].strip()
        and text[span.start] not in QUOTE_MARKS
    )


def title_end(text: str, breaks: Sequence[int]) -> int:
    """Where the title line ends: a first line without closing punctuation, else -1."""
    if not breaks:
        return -1
    line = text[: breaks[0]].rstrip()
    return breaks[0] if line and line[-1] not in ".!?:\"'”’)" else -1


def paragraph_breaks(text: str) -> list[int]:
    """Where paragraphs end: the first of each run of line breaks."""
    breaks: list[int] = []
    at = text.find("\n")
    while at >= 0:
        if not breaks or text[breaks[-1] : at].strip():
            breaks.append(at)
        at = text.find("\n", at + 1)
    return breaks


@attrs.frozen
class Layout:
    """What is known of the whole article: actors and words, paragraphs, title."""

    text: str
    context: ResponseContext
    breaks: Sequence[int]  # where paragraphs end
    title_end: int  # where the title line ends (-1: no title line)


class Facts:
    """What one claim brings to the comparison; each fact computed on first use."""

    def __init__(self, index: int, claim: Claim, layout: Layout) -> None:
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

    @property
    def tokens(self) -> list[tuple[int, int]]:
        """Where the content's words lie (three letters or more)."""
        return self._tokens

    @cached_property
    def _tokens(self) -> list[tuple[int, int]]:
        span = self.span
        return _regex.token_spans(WORDS, self.layout.text, span.start, span.end)

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
            return NONE  # a part mentions no more than the whole
        return named_in(self.layout.text, self.span, self.layout.context)

    @cached_property
    def subject(self) -> frozenset[str]:
        """The actors named in its first words: "Ann Lee is trying"."""
        if not self.mentioned:
            return NONE
        found, span = self._tokens, self.span
        first = found[SUBJECT_WORDS - 1][1] if len(found) >= SUBJECT_WORDS else span.end
        return named_in(self.layout.text, Span(span.start, first), self.layout.context)

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
        found = list(_regex.finditer(stance_pattern(), text, span.start, span.end))
        if not found:
            return None
        return load_response_stances()[found[-1].group().casefold()]

    @cached_property
    def denies(self) -> bool:
        """Whether the content denies: "is not", "didn't", "false"."""
        return denies_in(self.layout.text, self.span)

    @cached_property
    def _objects(self) -> frozenset[str]:
        return self.layout.context.claim_nouns | load_answer_objects()

    @cached_property
    def names_a_claim(self) -> bool:
        """Whether a word of the content names a claim or an act: "the decision"."""
        return bool(self._all_words & self._objects)

    @cached_property
    def negated(self) -> bool:
        """Whether the content's first clause is negated, whatever its verb ("would
        not fall", "never met"); :attr:`denies` reads a denial more narrowly."""
        text, span = self.layout.text, self.span
        end = _regex.search(CLAUSE_END, text, span.start + 1, span.end)
        first = span.end if end is None else end.start()
        return _regex.search(NEGATED, text, span.start, first) is not None

    @cached_property
    def anaphor(self) -> bool:
        """Whether the content is only a word pointing back: "it", "that"."""
        span = self.span
        return (
            span.end - span.start <= ANAPHOR_LENGTH
            and _regex.match(ANAPHOR, self.layout.text, span.start, span.end)
            is not None
        )

    @cached_property
    def figure(self) -> bool:
        """Whether the content is a short noun phrase naming a figure said before:
        "that figure", "the numbers"."""
        return len(self._tokens) <= POINTER_WORDS and bool(
            self._all_words & FIGURE_NOUNS
        )

    @cached_property
    def accusation(self) -> bool:
        """Whether the content names an accusation: "denied any wrongdoing"."""
        return bool(self._all_words & ACCUSATION_NOUNS)

    @cached_property
    def accuses(self) -> bool:
        """Whether the claim accuses: a target, or a cue that accuses ("alleged")."""
        cue = self.claim.cue_span
        return self.claim.target is not None or (
            cue is not None
            and cue.of(self.layout.text).casefold().startswith(ACCUSING_CUES)
        )

    @cached_property
    def pointer(self) -> bool:
        """A short noun phrase pointing at a claim ("the idea", "this move", "that
        figure") or a word pointing back ("it")."""
        return self.anaphor or (
            len(self._tokens) <= POINTER_WORDS
            and (self.names_a_claim or self.figure or self.accusation)
        )

    @cached_property
    def possessor(self) -> bool:
        """Whether a name owns something in the content: "Lee's decision"."""
        text = self.layout.text
        return any(
            text[s].isupper() and text[s:e].endswith(POSSESSIVE)
            for s, e in self._tokens
        )

    @cached_property
    def thing(self) -> bool:
        """The plain object of its cue, no claim: "denied funding", "maintains a
        policy" (a thing brought in with "a" is new: no claim said before)."""
        if not plain_object(self.layout.text, self.claim):
            return False
        text = self.layout.text
        first = text[self.span.start : self.span.start + 4].split(maxsplit=1)
        if first and first[0].casefold() in INDEFINITE and not self.acts_named:
            return True
        if self.anaphor or self.figure or self.accusation:
            return False  # "denied it", "rejected that figure", "any wrongdoing"
        head = {text[s:e].casefold() for s, e in self._tokens[:POINTER_WORDS]}
        return not head & self._objects and not self.acts_named

    @cached_property
    def acts_named(self) -> frozenset[int]:
        """Acts the answer names: "this argument"."""
        if self.nominal:
            return frozenset()
        stretches = answer_stretches(self.claim)
        return acts_named_in(self.layout.text, stretches)

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
        return sentence_begin(self.layout.text, first), end

    @cached_property
    def reports_news(self) -> bool:
        """Whether its cue reports news rather than an answer: "announced",
        "reported", "according to" (``lexicons/response_reporting.txt``)."""
        cue = self.claim.cue_span
        if self.claim.rule == "according_to":
            return True
        if cue is None:
            return False
        return cue.of(self.layout.text).casefold() in load_reporting_cues()

    @cached_property
    def acts_cued(self) -> frozenset[int]:
        """Acts its own cue reports: "ruled" (not the sentence's other words)."""
        cue = self.claim.cue_span
        if cue is None:
            return frozenset()
        return introducing_rows().get(cue.of(self.layout.text).casefold(), frozenset())

    @cached_property
    def acts_introduced(self) -> frozenset[int]:
        """Acts its introduction reports: "arguing that"."""
        text, rows = self.layout.text, introducing_rows()
        found: set[int] = set()
        for s, e in _regex.token_spans(WORDS, text, *self.intro):
            found |= rows.get(text[s:e].casefold(), frozenset())
        return frozenset(found)


def make_layout(text: str, ctx: ResponseContext) -> Layout:
    breaks = paragraph_breaks(text)
    return Layout(
        text=text, context=ctx, breaks=breaks, title_end=title_end(text, breaks)
    )


SHORT_WORD: Final = 3  # a word this short names nothing a continuation shares


def stem_of(word: str) -> str:
    """A word without its plural ending: "agreements" -> "agreement", "treaties" ->
    "treaty"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def stems_of(words: Iterable[str]) -> set[str]:
    """The stems of the longer words (not "the", "new"): what a content is about."""
    return {stem_of(w) for w in words if len(w) > SHORT_WORD}
