"""The article as the responses stage reads it (the text stage's layout, the title
line, what is known of the actors) and what a stretch of text says (the actors it
names, a denial, the acts it names)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final

import attrs
import regex

from newsclaims import _regex
from newsclaims.lexicons import Lexicons
from newsclaims.model import Claim, Span
from newsclaims.rules.responses._lexicon import (
    DENIAL_STEMS,
    FALSE_WORDS,
    ResponseWords,
    occurs,
    response_words,
)
from newsclaims.rules.text.layout import Layout, layout

__all__ = [
    "CLAUSE_END",
    "NONE",
    "NO_SUCH_THING",
    "POSSESSIVE",
    "WORDS",
    "ArticleView",
    "ResponseContext",
    "accused_in",
    "acts_named_in",
    "answer_stretches",
    "denies_in",
    "described_in",
    "first_clause",
    "named_in",
    "plain_object",
    "stems_of",
    "view_of",
]

LOOKBACK: Final = (
    300  # how far before a claim's content its introducing words may start
)
# A denial: the verb of the first clause negated ("is not", "didn't"), not an intention
# ("are not going to") nor a restriction ("is not only"); or the claim called false.
NO_SUCH_THING: Final = _regex.compile_plain(
    r"[\"'“‘]?+there\s++(?:is|are|was|were|has\s++been|have\s++been)"
    r"\s++no(?!\s++(?:longer|doubt)(?![\p{L}\p{N}]))(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A first clause opening on a thing said not to exist: "There is no build-up", "there
was no deal" (not "there is no doubt")."""
DENIES: Final = _regex.compile_plain(
    r"(?<![\p{L}\p{N}])(?:is|are|was|were|do|does|did|has|have|had)"
    r"(?:\s++not(?![\p{L}\p{N}])|n[’']t(?![\p{L}\p{N}]))"
    r"(?!\s++(?:only|just|going|yet)(?![\p{L}\p{N}]))",
    regex.IGNORECASE,
)
"""A negated auxiliary ("did not", "isn't"; not "not only")."""
CALLED_FALSE: Final = _regex.compile_plain(
    r"(?<![\p{L}\p{N}])\L<words>(?![\p{L}\p{N}])",
    regex.IGNORECASE,
    words=FALSE_WORDS,
)
CLAUSE_END: Final = _regex.compile_plain(
    r"[,;:—–]|(?<![\p{L}\p{N}])(?:that|which|but|although|though|while|whereas"
    r"|if|unless|because|until|once|since|when|whenever)"
    r"(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""Where a content's first clause ends: a comma or dash, a relative or contrasting
word, or a subordinate clause ("would sue if the levy was not paid")."""
SUBORDINATE_FIRST: Final = _regex.compile_plain(
    r"[\"'“‘]?+(?:if|unless|because|until|once|since|when|whenever|although|though"
    r"|while|whereas)(?![\p{L}\p{N}])[^,;:—–]{0,200}+[,;:—–]",
    regex.IGNORECASE,
)
"""A content opening on a subordinate clause, up to its comma: "If the levy is not
paid, ..." (the main clause comes after it)."""


def first_clause(text: str, span: Span) -> tuple[int, int]:
    """Where a content's main first clause lies: up to the first clause end, or,
    when the content opens on a subordinate clause, from its comma to the next end
    ("If the levy is not paid, the council will sue": "the council will sue")."""
    start = span.start
    opening = _regex.match(SUBORDINATE_FIRST, text, start, span.end)
    if opening is not None:
        start = opening.end()
    end = _regex.search(CLAUSE_END, text, start + 1, span.end)
    return start, span.end if end is None else end.start()


PRONOUN: Final = _regex.compile_plain(
    r"(?<![\p{L}\p{N}])(?:he|him|his|she|her|hers|they|them|their|theirs|it|its|we"
    r"|us|our|ours|you|your|yours|i|me|my|who|whom|whose)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
WORD: Final = _regex.compile_plain(r"\p{L}[\p{L}\p{M}'’-]{2,40}+")
WORDS: Final = _regex.compile_tokens(WORD.pattern, r"\P{L}*+")  # all in one match
QUOTE_MARKS: Final = "\"'“”‘’«»„"
POSSESSIVE: Final = ("'s", "’s", "s'", "s’")
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


APPOSITION: Final = _regex.compile_plain(r",\s++([^,.;:!?\"“”\n]{1,80}+)[,.;:!?\"“”]")
"""An apposition describing a speaker: ", head of the Drivers' Union," after its name."""


def described_in(text: str, claim: Claim, ctx: ResponseContext) -> frozenset[str]:
    """The words of a claim's speaker and of an apposition after it, case-folded,
    function words left out: "a union spokeswoman", "Kim Doe, head of the Drivers'
    Union,"."""
    span = claim.speaker_span
    if span is None:
        return NONE
    stretches = [(span.start, span.end)]
    after = _regex.match(APPOSITION, text, span.end, min(len(text), span.end + 90))
    if after is not None:
        stretches.append(after.span(1))
    words = {
        text[s:e].casefold().rstrip("'’")
        for a, b in stretches
        for s, e in _regex.token_spans(WORDS, text, a, b)
    }
    return frozenset(words - ctx.function_words)


PASSIVE_ACCUSATION: Final = _regex.compile_plain(
    r"(?:is|are|was|were|be|been|being)\s++(?:\p{Ll}{1,15}+\s++)?"
    r"(?:accused|charged|blamed|suspected|alleged|indicted)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""The cue of an accusation reported without its accuser: "is accused of", "has
been charged with"."""


def accused_in(text: str, claim: Claim, ctx: ResponseContext) -> frozenset[str]:
    """The party an accusation reported without its accuser accuses (and what it
    stands for): the actors named in the content before the cue ("Bo Park is accused
    of taking bribes"); empty for any other claim."""
    cue, span = claim.cue_span, claim.content_span
    if claim.speaker is not None or cue is None:
        return NONE
    if _regex.search(PASSIVE_ACCUSATION, text, cue.start, cue.end) is None:
        return NONE
    if not span.start < cue.start <= span.end:
        return NONE
    found = named_in(text, Span(span.start, cue.start), ctx)
    return frozenset().union(*(ctx.identity(a) for a in found))


def denies_in(text: str, span: Span) -> bool:
    """Whether a content denies: its first clause negates its verb, or it says false."""
    if not occurs(DENIAL_STEMS, text, span.start, span.end):
        return False  # neither "not" nor "false": the patterns below find nothing
    if _regex.search(CALLED_FALSE, text, span.start, span.end):
        return True
    start, first = first_clause(text, span)
    return (
        _regex.search(DENIES, text, start, first) is not None
        or _regex.match(NO_SUCH_THING, text, start, first) is not None
    )


def acts_named_in(
    text: str, stretches: Sequence[tuple[int, int]], words: ResponseWords
) -> frozenset[int]:
    """The acts (rows of the act lexicon) named with a determiner in some stretches.

    "this argument", "the court's ruling", "Lee's decision"; not "a court order".
    A stretch where no act noun occurs at all is passed over without reading its
    words.
    """
    found: set[int] = set()
    rows, determiners = words.act_rows, words.determiners
    stems = words.act_stems
    for begin, end in stretches:
        if not occurs(stems, text, begin, end):
            continue
        toks = [text[s:e] for s, e in _regex.token_spans(WORDS, text, begin, end)]
        for i, word in enumerate(toks):
            named = rows.get(word.casefold())
            if named and any(
                w.casefold() in determiners
                or (w[0].isupper() and w.endswith(POSSESSIVE))
                for w in toks[max(0, i - 2) : i]
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


TITLE_CLOSERS: Final = ".!?:\"'”’)"
"""A first paragraph ending in one of these is a sentence of the story, no title."""


def title_end(lay: Layout) -> int:
    """Where the title line ends: the first paragraph, when another follows and it
    ends without closing punctuation, or is one short sentence set off by a blank
    line (a headline); else -1.

    >>> title_end(layout("Mill to close\\nThe mill will close, Ann Lee said."))
    13
    >>> title_end(layout("The mill will close.\\nAnn Lee said so."))
    -1
    >>> title_end(layout("Mill to close.\\n\\nThe mill will close, Ann Lee said."))
    14
    """
    if len(lay.paragraphs) < 2:  # noqa: PLR2004 - a title and a story after it
        return -1
    first, second = lay.paragraphs[0], lay.paragraphs[1]
    if lay.text[first.end - 1] not in TITLE_CLOSERS:
        return first.end
    return first.end if _headline(lay, first, second) else -1


HEADLINE_WORDS: Final = 16  # a headline set off by a blank line is this short


def _headline(lay: Layout, first: Span, second: Span) -> bool:
    """Whether a first paragraph closed by a full stop is a headline all the same:
    one short sentence in the present tense (no "said", no "-ed") set off from the
    story by a blank line, the story's first paragraph longer than it ("Judge rejects the harbour plan.\n\nA judge on
    Monday rejected ...")."""
    text = lay.text
    if text.count("\n", first.end, second.start) < 2:  # noqa: PLR2004 - a blank line
        return False
    if lay.sentence_at(first.start) != lay.sentence_at(first.end - 1):
        return False
    words = text[first.start : first.end].split()
    if any(_PAST.fullmatch(w.strip(".,;:!?\"'“”‘’")) for w in words):
        return False  # "Ann Lee said ...": the story's past tense, not a headline's
    return (
        len(words) <= HEADLINE_WORDS
        and second.end - second.start > first.end - first.start
    )


_PAST: Final = _regex.compile_plain(r"said|\p{Ll}{3,20}ed")
"""A word in the past tense of a story ("said", "rejected"); a headline says
"says", "rejects"."""


@attrs.frozen
class ArticleView:
    """The article as the responses stage reads it: the text stage's layout of it
    (its paragraphs and sentences, computed once per article), where its title line
    ends, what is known of its actors and words (``context``), and the response
    lexicons (``words``)."""

    layout: Layout
    context: ResponseContext
    title_end: int  # where the title line ends (-1: no title line)
    words: ResponseWords = attrs.field(
        factory=lambda: response_words(Lexicons.default())
    )

    @property
    def text(self) -> str:
        """The article's text (the text the layout was computed on)."""
        return self.layout.text

    def paragraph(self, offset: int) -> int:
        """The index of the paragraph holding ``offset`` (the one before, between
        two)."""
        return self.layout.paragraph_at(offset)

    def sentence_begin(self, first: int) -> int:
        """Where the sentence holding ``first`` starts, at most LOOKBACK before it.

        >>> view = view_of("Gen. Ann Lee spoke. Then Bo Park said no.", ResponseContext())
        >>> view.sentence_begin(8), view.sentence_begin(30)
        (0, 20)
        """
        lay = self.layout
        if not lay.sentences:
            return first
        start = lay.sentences[lay.sentence_at(first)].start
        return min(first, max(start, first - LOOKBACK))


def view_of(
    text: str,
    ctx: ResponseContext,
    lay: Layout | None = None,
    lexicons: Lexicons | None = None,
) -> ArticleView:
    """The view of ``text`` with ``ctx``: from the layout the text stage computed,
    else from a new one; the response words of ``lexicons`` (default: the shipped
    lists).

    Raises:
        ValueError: ``lay`` is the layout of another text.
    """
    if lay is None:
        lay = layout(text)
    elif lay.text != text:
        raise ValueError("the layout given is of another text")
    lex = Lexicons.default() if lexicons is None else lexicons
    return ArticleView(
        layout=lay, context=ctx, title_end=title_end(lay), words=response_words(lex)
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
