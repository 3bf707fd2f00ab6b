"""What the article and each claim bring to response linking, computed on first use."""

from __future__ import annotations

from functools import cached_property
from typing import Final

import regex

from newsclaims import _regex
from newsclaims.model import Claim, ResponseKind, Span
from newsclaims.rules.responses._text import (
    NO_SUCH_THING,
    NONE,
    POSSESSIVE,
    WORDS,
    ArticleView,
    accused_in,
    acts_named_in,
    answer_stretches,
    denies_in,
    described_in,
    first_clause,
    named_in,
    plain_object,
)

__all__ = ["Facts"]

INDEFINITE: Final = frozenset({"a", "an"})
SAYS_NO: Final = _regex.compile_plain(r"[\"'“‘]?+no(?![\p{L}\p{N}])", regex.IGNORECASE)
"""A content opening on a bare "No": "No.", "No, it is not"."""
ANAPHOR: Final = _regex.compile_plain(
    r"(?:it|this|that|these|those|them|so)"
    r"(?:,?+\s++(?:too|as\s++well|either|again|outright|entirely|firmly))?+"
    r"(?:\s++(?:(?:ever|had|has|ever)\s++)?+(?:happened|occurred"
    r"|(?:is|was|were|are)\s++(?:true|the\s++case)))?+"
    r"(?:\s++as\s++(?:an?\s++)?+[\"'“‘]?+[\p{L}-]{1,20}+(?:\s++[\p{L}-]{1,20}+){0,2}?"
    r"[\"'”’]?+)?"
    r"(?:,?+\s++(?:on|in|at|during|through|via|last|this|late|earlier|later"
    r"|yesterday|today|tonight)(?![\p{L}\p{N}])(?:\s++[\p{L}\p{N}'’-]{1,20}+){0,4}+)?+"
    r"[.,;:!?\"'”’]*+\Z",
    regex.IGNORECASE,
)
"""A content that is only a word pointing back, maybe saying it happened, what it is
called and when: "denied it", "rejected that, too", "denied it happened", "denied it
on Tuesday", "denied it was true in a statement", "dismissed it as pure nonsense"."""
NEGATED: Final = _regex.compile_plain(
    r"(?<![\p{L}\p{N}])(?:not|never|n[’']t|no\s++longer)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A negation of any verb: "would not", "never", "can't"."""
JUDGED_ACT: Final = _regex.compile_plain(
    r"(?<!\s)\s++(?:that|which)\s++(?:[\p{L}'’-]{1,30}+\s++){0,3}+\Z", regex.IGNORECASE
)
"""What lies between an act noun and the speaker of a relative clause on it: "a
decision that the dock workers called ..." (not "In its decision the court said")."""
INFINITIVE: Final = _regex.compile_plain(
    r"to\s++(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)"
    r"(?![\p{L}\p{N}]))\p{Ll}"
)
"""A content opening on a bare to-infinitive ("to attack the plan"): a wish, a request
or a refusal reported, no statement; "to the council" is a preposition."""
ANAPHOR_LENGTH: Final = 60  # "it was the case in a statement on Tuesday." at most
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
REQUEST_NOUNS: Final = frozenset(
    {
        "demand",
        "demands",
        "invitation",
        "invitations",
        "offer",
        "offers",
        "request",
        "requests",
    }
)
"""Nouns naming something asked of a party: to reject one is to decline it."""
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
STATEMENT_WORDS: Final = 2  # words of a content that says something, at least
POINTER_WORDS: Final = 4  # "rejected the idea": an answer this short points back
SUBJECT_WORDS: Final = 4  # an actor named in this many first words is the subject


def _voiced(claim: Claim, layout: ArticleView) -> frozenset[str]:
    """The parties a speaker speaks for by its description: "the mayor's office",
    "Lee spokesman Bo Park", "the Lee campaign" speak for the party they name."""
    span = claim.speaker_span
    if span is None or claim.speaker is None:
        return NONE
    text = layout.text
    words = {
        text[s:e].casefold()
        for s, e in _regex.token_spans(WORDS, text, span.start, span.end)
    }
    if not words & layout.words.voices:
        return NONE
    ctx = layout.context
    named = ctx.mentioned(span) - {claim.speaker}
    return frozenset().union(*(ctx.identity(a) for a in named))


class Facts:
    """What one claim brings to the comparison; each fact computed on first use."""

    def __init__(self, index: int, claim: Claim, layout: ArticleView) -> None:
        ctx = layout.context
        self.claim: Final = claim
        self.index: Final = index  # its place among the claims
        self.layout: Final = layout
        self.span: Final = claim.content_span
        self.me: Final = ctx.identity(claim.speaker) | _voiced(claim, layout)
        self.target: Final = ctx.identity(claim.target)  # what its target stands for
        self.nominal: Final = claim.rule is not None and claim.rule.startswith(
            "nominal"
        )  # made of a noun: "their claim that"
        self.title: Final = self.span.end <= layout.title_end  # in the title line

    @cached_property
    def paragraph(self) -> int:
        """The paragraph the content starts in."""
        return self.layout.paragraph(self.span.start)

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
    def opening(self) -> frozenset[str]:
        """The lower-case content words among its first words: what it is about
        ("the union had not been consulted")."""
        text = self.layout.text
        words = {
            text[s:e].rstrip("'’")
            for s, e in self._tokens[:SUBJECT_WORDS]
            if text[s].islower()
        }
        return frozenset(words - self.layout.context.function_words)

    @cached_property
    def described(self) -> frozenset[str]:
        """The words that describe the speaker, in lower case: its words in the sentence
        ("a union spokeswoman") and an apposition after it (", head of the Drivers'
        Union,"); an answer whose content opens on one of them ("the union had not
        been consulted") refers to that speaker."""
        return described_in(self.layout.text, self.claim, self.layout.context)

    @cached_property
    def says_something(self) -> bool:
        """Whether the content can be answered: two words of three letters or more,
        one of them a content word ("Nobody asked us"; not "No", "which", "a
        detailed")."""
        return len(self._tokens) >= STATEMENT_WORDS and bool(self.words)

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
        words = self.layout.words
        found = list(_regex.finditer(words.stance_pattern, text, span.start, span.end))
        if not found:
            return None
        return words.stances[found[-1].group().casefold()]

    @cached_property
    def denies(self) -> bool:
        """Whether the content denies: "is not", "didn't", "false"."""
        return denies_in(self.layout.text, self.span)

    @cached_property
    def _objects(self) -> frozenset[str]:
        return self.layout.context.claim_nouns | self.layout.words.objects

    @cached_property
    def names_a_claim(self) -> bool:
        """Whether a word of the content names a claim or an act: "the decision"."""
        return bool(self._all_words & self._objects)

    @cached_property
    def negated(self) -> bool:
        """Whether the content's first clause is negated, whatever its verb ("would
        not fall", "never met", "there was no deal"); :attr:`denies` reads a denial more narrowly."""
        text, span = self.layout.text, self.span
        start, first = first_clause(text, span)
        return (
            _regex.search(NEGATED, text, start, first) is not None
            or _regex.match(NO_SUCH_THING, text, start, first) is not None
        )

    @cached_property
    def says_no(self) -> bool:
        """Whether the content opens on a bare "No" ("No.", "No, never"): a denial
        of what the speaker was asked about."""
        span = self.span
        return _regex.match(SAYS_NO, self.layout.text, span.start, span.end) is not None

    @cached_property
    def infinitive(self) -> bool:
        """Whether the content is a bare to-infinitive: "urged Lee to quit", "refused
        to comment" report what is wanted or refused, not a statement."""
        span = self.span
        return (
            _regex.match(INFINITIVE, self.layout.text, span.start, span.end) is not None
        )

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
    def request(self) -> bool:
        """Whether the content is a short noun phrase naming something asked of the
        speaker: "the offer", "their invitation" (rejecting one declines it)."""
        return len(self._tokens) <= POINTER_WORDS and bool(
            self._all_words & REQUEST_NOUNS
        )

    @cached_property
    def accused_party(self) -> frozenset[str]:
        """The party an accusation without an accuser accuses: the actors named in
        its content before its cue ("Bo Park is accused of taking bribes")."""
        return accused_in(self.layout.text, self.claim, self.layout.context)

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
        opening = self._tokens[:POINTER_WORDS]
        if self.named and any(
            text[s].isupper() and text[s:e].endswith(POSSESSIVE) for s, e in opening
        ):
            return False  # "Lee's call for ...": what a party of the article said
        head = {text[s:e].casefold() for s, e in opening}
        return not head & self._objects and not self.acts_named

    @cached_property
    def acts_named(self) -> frozenset[int]:
        """Acts the answer names: "this argument"."""
        if self.nominal:
            return frozenset()
        stretches = answer_stretches(self.claim)
        return acts_named_in(self.layout.text, stretches, self.layout.words)

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
        return self.layout.sentence_begin(first), end

    @cached_property
    def reports_news(self) -> bool:
        """Whether its cue reports news rather than an answer: "announced",
        "reported", "according to" (``lexicons/response_reporting.txt``)."""
        cue = self.claim.cue_span
        if self.claim.rule == "according_to":
            return True
        if cue is None:
            return False
        return cue.of(self.layout.text).casefold() in self.layout.words.reporting

    @cached_property
    def acts_cued(self) -> frozenset[int]:
        """Acts its own cue reports: "ruled" (not the sentence's other words)."""
        cue = self.claim.cue_span
        if cue is None:
            return frozenset()
        rows = self.layout.words.introducing_rows
        return rows.get(cue.of(self.layout.text).casefold(), frozenset())

    @cached_property
    def acts_introduced(self) -> frozenset[int]:
        """Acts its introduction reports: "arguing that"; not an act that the
        speaker judges ("a decision that the workers called a betrayal": the
        decision is what the claim is about, not the claim)."""
        text, rows = self.layout.text, self.layout.words.introducing_rows
        speaker = self.claim.speaker_span
        found: set[int] = set()
        for s, e in _regex.token_spans(WORDS, text, *self.intro):
            if speaker is not None and _regex.match(JUDGED_ACT, text, e, speaker.start):
                continue
            found |= rows.get(text[s:e].casefold(), frozenset())
        return frozenset(found)
