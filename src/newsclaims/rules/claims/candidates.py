"""What the claim rules produce (:class:`ClaimCandidate`) and what they read (:class:`Context`).

Kept apart from :mod:`newsclaims.rules.claims.extract` so the rule modules can share them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import compress, count
from typing import Final

import regex
from attrs import field, frozen

from newsclaims._lists import compile_listed
from newsclaims._regex import (
    Cuts,
    compile_pattern,
    finditer,
    match,
    search,
    stretches,
)
from newsclaims.lexicons import Lexicons
from newsclaims.model import ClaimMode, Span
from newsclaims.rules.actors.phrases import cased
from newsclaims.rules.text.layout import Layout, Quote

__all__ = ["ClaimCandidate", "Context", "CueFinder", "HedgePattern", "content_span"]


def _parts(items: tuple[Span, ...] | list[Span]) -> tuple[Span, ...]:
    return tuple(items)


@frozen(kw_only=True)
class ClaimCandidate:
    """One attributed claim found by a rule, before actors are resolved.

    ``content`` is never empty; for a direct quote it lies inside the quote marks.
    ``parts`` holds the fragments of a quote split by its tag (sorted, disjoint,
    inside ``content``), else ``()``. ``speaker`` is the mention the sentence itself
    uses (maybe a pronoun); a floating quote borrows the speaker of the claim before
    it. ``target`` is whom the claim accuses or urges ("accused *Beijing* of").
    """

    rule: str
    mode: ClaimMode
    content: Span
    parts: tuple[Span, ...] = field(default=(), converter=_parts)
    cue: Span | None = None
    speaker: Span | None = None
    target: Span | None = None
    hedged: bool = False

    @classmethod
    def reported(  # noqa: PLR0913
        cls,
        rule: str,
        ctx: Context,
        hedge: HedgePattern,
        content: Span,
        *,
        parts: tuple[Span, ...] = (),
        cue: Span | None = None,
        speaker: Span | None = None,
        target: Span | None = None,
        also: tuple[Span, ...] = (),
    ) -> ClaimCandidate:
        """A claim whose content the text reports: indirect, or mixed when the
        content holds a quotation (:func:`mode_of`); hedged when a hedge stands in
        the content or in the spans ``also`` (the words between speaker and cue).

        >>> from newsclaims.rules.text.layout import layout
        >>> text = 'Ann Lee said the deal "may fail".'
        >>> ctx = Context(text, layout(text, Lexicons.default()), Lexicons.default())
        >>> c = ClaimCandidate.reported("speaker_cue_content", ctx,
        ...     HedgePattern(Lexicons.default()), Span(13, 32), cue=Span(8, 12))
        >>> c.mode.value, c.hedged, c.content.of(text)
        ('mixed', True, 'the deal "may fail"')
        """
        return cls(
            rule=rule,
            mode=mode_of(ctx, content),
            content=content,
            parts=parts,
            cue=cue,
            speaker=speaker,
            target=target,
            hedged=ctx.hedged(hedge, content, *also),
        )

    @classmethod
    def quoted(  # noqa: PLR0913
        cls,
        rule: str,
        ctx: Context,
        hedge: HedgePattern,
        q: Quote,
        *,
        cue: Span | None = None,
        speaker: Span | None = None,
    ) -> ClaimCandidate:
        """A direct claim of the whole quotation ``q``: its content inside the marks,
        its parts when the quote is split, hedged when a hedge stands inside."""
        return cls(
            rule=rule,
            mode=ClaimMode.DIRECT,
            content=q.content,
            parts=q.parts if len(q.parts) > 1 else (),
            cue=cue,
            speaker=speaker,
            hedged=ctx.hedged(hedge, q.content),
        )

    def fragments(self) -> tuple[Span, ...]:
        """The parts, or the content span when the claim is in one piece."""
        return self.parts or (self.content,)


class HedgePattern:
    """Finds hedging words ("may", "reportedly", "believed to")."""

    def __init__(self, lexicons: Lexicons) -> None:
        # The words as written, capitalised or in capitals (``mentions.cased``),
        # written out as a trie: far faster than a case-insensitive named list.
        self.pattern: Final = compile_listed(
            r"(?<![\p{L}\p{N}])\L<hedges>(?![\p{L}\p{N}])",
            {"hedges": cased(lexicons.hedges)},
        )

    def find(self, text: str) -> tuple[Span, ...]:
        """Every hedge in ``text``, in order (one pass; see :meth:`Context.hedged`)."""
        return tuple(Span(m.start(), m.end()) for m in finditer(self.pattern, text))

    def hedged(self, text: str, *spans: Span | None) -> bool:
        """Whether any of ``spans`` holds a hedge."""
        return any(
            s is not None and search(self.pattern, text, s.start, s.end) is not None
            for s in spans
        )


@frozen
class Context:
    """One text with its layout, as the rules see it."""

    text: str
    layout: Layout
    lexicons: Lexicons
    cues: tuple[Span, ...] = ()
    """Every reporting-verb form in the text, in order (see :class:`CueFinder`)."""
    hedges: tuple[Span, ...] | None = None
    """Every hedge in the text, in order (see :meth:`HedgePattern.find`); ``None``:
    not looked for."""
    # The starts of the spans above and of the quotes, for plain bisects: the rules
    # ask tens of times per sentence, and ``bisect(key=...)`` calls the key at every
    # step of every search.
    _cue_starts: tuple[int, ...] = field(init=False, repr=False, eq=False)
    _hedge_starts: tuple[int, ...] = field(init=False, repr=False, eq=False)
    _quote_starts: Sequence[int] = field(init=False, repr=False, eq=False)
    # :meth:`cues_in` by stretch: the rules ask three times per stretch on average.
    _cues_by_stretch: dict[tuple[int, int], tuple[Span, ...]] = field(
        init=False, repr=False, eq=False, factory=dict
    )

    @_cue_starts.default
    def _starts_of_cues(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.cues)

    @_hedge_starts.default
    def _starts_of_hedges(self) -> tuple[int, ...]:
        return () if self.hedges is None else tuple(s.start for s in self.hedges)

    @_quote_starts.default
    def _starts_of_quotes(self) -> Sequence[int]:
        return self.layout.quotes.starts()

    def hedged(self, hedge: HedgePattern, *spans: Span | None) -> bool:
        """Whether any of ``spans`` holds a hedge (looked up in :attr:`hedges`)."""
        hedges = self.hedges
        if hedges is None:
            return hedge.hedged(self.text, *spans)
        starts = self._hedge_starts
        for s in spans:
            if s is None:
                continue
            i = bisect_left(starts, s.start)
            if i < len(hedges) and hedges[i].end <= s.end:
                return True
        return False

    def opens_sentence(self, q: Quote) -> bool:
        """Whether ``q`` opens its sentence (after brackets, dashes and spaces only)."""
        sent = self.layout.sentences[self.layout.sentence_at(q.span.start)]
        return self.text[sent.start : q.span.start].strip(" ([\u2014\u2013-") == ""

    def cues_in(self, start: int, end: int) -> tuple[Span, ...]:
        """The cue-verb spans inside ``[start, end)``."""
        key = (start, end)
        found = self._cues_by_stretch.get(key)
        if found is None:
            starts = self._cue_starts
            i = bisect_left(starts, start)
            j = bisect_left(starts, end, i)
            found = () if i == j else tuple(c for c in self.cues[i:j] if c.end <= end)
            self._cues_by_stretch[key] = found
        return found

    def quote_before(self, pos: int) -> int:
        """The index of the last quotation starting before ``pos``; -1: none."""
        return bisect_left(self._quote_starts, pos) - 1

    def quote_ends_in(self, start: int, end: int) -> Sequence[int]:
        """The span ends of the quotes that start inside ``[start, end)``, in order
        (:meth:`quotes_in` without building them)."""
        starts = self._quote_starts
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        return self.layout.quotes.ends_of(i, j) if i < j else ()

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        """Quotes that start inside ``[start, end)``, in order."""
        starts = self._quote_starts
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        return list(self.layout.quotes[i:j]) if i < j else []


_CUE_CUTS: Final = Cuts(r"[^\p{Ll}\p{N}'\u2019\-]")
"""Where :meth:`CueFinder.find` may cut the text: not inside a word or a run of small
letters, nor where a word would end without it (the word's lookahead)."""


class CueFinder:
    """Finds reporting-verb forms by looking words up in a dict: one linear pass.

    >>> f = CueFinder(Lexicons.default().cue_forms("t"))
    >>> [s.of("He pointed out that she said no.") for s in f.find("He pointed out that she said no.")]
    ['pointed out', 'said']
    """

    def __init__(self, forms: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for form in forms:
            by_first.setdefault(form.split(" ", 1)[0], []).append(form)
        self.by_first: Final = {
            k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()
        }
        self.word: Final = compile_pattern(
            r"(?<![\p{L}\p{N}'\u2019\-])\p{Ll}++(?![\p{N}'\u2019\-])"
        )
        # Every word in one match, as ``compile_tokens(word, r"\P{Ll}*+")`` reads
        # them, but where a run of small letters is no word ("Said", "o'clock") the
        # whole run is passed over at once, not one letter at a time: no word can
        # start inside it (the lookbehind sees a letter), so the words are the same.
        self.words: Final = compile_pattern(
            rf"(?:\P{{Ll}}*+(?:(?P<tok>{self.word.pattern})|\p{{Ll}}++))*+"
        )

    def find(
        self, text: str, start: int = 0, end: int | None = None
    ) -> tuple[Span, ...]:
        """The cue forms in ``text[start:end]``, longest form at each word."""
        stop = len(text) if end is None else end
        out = []
        by_first = self.by_first
        for a, b in stretches(text, _CUE_CUTS, start, stop):
            m = match(self.words, text, a, b)
            if m is None:
                continue
            starts, words = m.starts("tok"), m.captures("tok")
            # Only the words that start a form, found without a Python loop over all
            # (a form may run on past the stretch: it is looked up in the text):
            for k in compress(count(), map(by_first.__contains__, words)):
                s = starts[k]
                for form in by_first[words[k]]:
                    e = s + len(form)
                    if (
                        e <= stop
                        and text.startswith(form, s)
                        and (e == len(text) or not text[e].isalnum())
                    ):
                        out.append(Span(s, e))
                        break
        return tuple(out)


_TRAILING: Final = " \t,;:\u2014\u2013-"


def content_span(ctx: Context, start: int, end: int) -> Span:
    """A reported clause's span, without outer spaces, final period or dangling commas.

    A quote that opens inside the clause and closes after ``end`` extends it.
    """
    text = ctx.text
    for quote_end in ctx.quote_ends_in(start, end):
        end = max(end, quote_end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING + "\n":
        end -= 1
    if end > start and text[end - 1] in ".!?":
        end -= 1  # also after a closing quote mark: `called it "a stunt".`
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return Span(start, end)


def mode_of(ctx: Context, span: Span) -> ClaimMode:
    """``mixed`` when a reported clause holds a quotation, else ``indirect``."""
    for quote_end in ctx.quote_ends_in(span.start, span.end):
        if quote_end <= span.end + 1:
            return ClaimMode.MIXED
    return ClaimMode.INDIRECT


def is_pattern(value: object) -> bool:
    """Whether ``value`` is a compiled ``regex`` pattern."""
    return isinstance(value, regex.Pattern)
