"""Text layout: paragraphs, sentences and quotations, as spans of the original text.

Nothing here copies or normalises the text: every span slices the input as given.
Quotations are paired per paragraph, so one unbalanced mark never spoils the rest of
an article; a quote left open at the end of a paragraph continues only when the next
paragraph opens with a quote mark (the news convention for quotes running over several
paragraphs), and is otherwise closed at the paragraph's end.

>>> lay = layout('He said: "We won." Then he left.\\n"Yes," she said.')
>>> [s.of(lay.text) for s in lay.sentences]
['He said: "We won."', 'Then he left.', '"Yes," she said.']
>>> [q.content.of(lay.text) for q in lay.quotes]
['We won.', 'Yes']
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import Final

import regex
from attrs import Factory, field, frozen

from newsclaims._regex import compile_pattern, iterfind, search
from newsclaims.lexicons import Lexicons
from newsclaims.model import Span
from newsclaims.rules.text.quotes import Quote, Quotes, pair_quotes

__all__ = [
    "Layout",
    "Quote",
    "Quotes",
    "layout",
    "paragraphs",
    "quotes",
    "sentences",
]


MAX_SENTENCE: Final = 1200
"""A longer run without a sentence break is cut at a space: news sentences are far
shorter, and the cut keeps every rule's work per sentence bounded (linear time)."""
"""A quote may run over at most this many paragraphs."""

_PARAGRAPH: Final = compile_pattern(r"[^\n\r\u2028\u2029]++")


_BOUNDARY: Final = compile_pattern(
    r"""
    (?<=\S)                                   # after a word or mark
    (?P<end>[.!?\u2026]++                     # the sentence's final punctuation
       [\u201d\u2019"')\]\u00bb]{0,3}+)       # closing marks and brackets after it
    (?=\s++(?P<next>[\p{Lu}\p{N}\u201c\u2018"'(\[\u00ab]))  # space, then a new sentence
    """
)

_WORD_BEFORE: Final = compile_pattern(
    r"""
    (?:^|(?<=[\s(\[\u201c\u2018"']))          # the word's start
    (?P<word>[\p{L}\p{N}][\p{L}\p{N}.\-]{0,24}+)   # a word, maybe with inner periods
    \Z
    """
)

_COMMON_OPENERS: Final = frozenset([
    "a", "an", "and", "as", "at", "but", "for", "he", "i", "if", "in", "it", "its",
    "on", "she", "so", "that", "the", "their", "there", "these", "they", "this",
    "we", "what", "when", "while", "yet",
])  # fmt: skip
"""Words that usually open a sentence (after an abbreviation, they mark its end)."""


def _sentence_starts(lay: Layout) -> tuple[int, ...]:
    return tuple(s.start for s in lay.sentences)


def _paragraph_starts(lay: Layout) -> tuple[int, ...]:
    return tuple(p.start for p in lay.paragraphs)


@frozen
class Layout:
    """Paragraphs, sentences and top-level quotations of one text."""

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    quotes: Quotes
    _sentence_starts: tuple[int, ...] = field(
        init=False,
        repr=False,
        eq=False,
        default=Factory(_sentence_starts, takes_self=True),
    )
    _paragraph_starts: tuple[int, ...] = field(
        init=False,
        repr=False,
        eq=False,
        default=Factory(_paragraph_starts, takes_self=True),
    )

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the nearest before it if none)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (the nearest before it if none)."""
        return max(0, bisect_right(self._paragraph_starts, offset) - 1)


def paragraphs(text: str, limit: int | None = None) -> tuple[Span, ...]:
    """Non-blank lines of ``text``, without their outer whitespace (the first
    ``limit`` of them, when given: the rest of the text is not read).

    >>> [p.of("a b \\n\\n  c") for p in paragraphs("a b \\n\\n  c")]
    ['a b', 'c']
    >>> paragraphs("a\\nb\\nc", limit=2)
    (Span(start=0, end=1), Span(start=2, end=3))
    """
    out = []
    lines = iterfind(_PARAGRAPH, text) if limit is None else _lines(text, limit)
    for m in lines:
        line = m.group()
        core = line.strip()
        if core:
            start = m.start() + (len(line) - len(line.lstrip()))
            out.append(Span(start, start + len(core)))
    return tuple(out)


def _lines(text: str, limit: int) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_PARAGRAPH` one by one, up to ``limit`` non-blank ones
    (what :func:`finditer` gives, without reading the rest of the text)."""
    pos, found = 0, 0
    while found < limit:
        m = search(_PARAGRAPH, text, pos)
        if m is None:
            return
        if not m.group().isspace():
            found += 1
        yield m
        pos = m.end()


def _is_break(text: str, para: Span, dot: int, nxt: int, lex: Lexicons) -> bool:
    """Whether the punctuation at ``dot`` ends a sentence (``nxt``: next word start)."""
    if text[dot] != ".":
        return True
    m = search(_WORD_BEFORE, text, max(para.start, dot - 25), dot)
    if m is None:
        return True
    word = m.group("word")
    low = word.lower()
    next_word = text[nxt : nxt + 20].split(maxsplit=1)[0] if nxt < para.end else ""
    next_low = next_word.strip("\"'\u201c\u2018(").lower()
    if low in lex.abbreviations:
        # "No. 10" and "Gen. Smith": an abbreviation ends a sentence only before a
        # word that usually opens one.
        return next_low in _COMMON_OPENERS and low not in lex.titles
    if len(word) == 1 and word.isupper():
        return False  # an initial: "John F. Kennedy"
    if "." in word:
        # "U.S." may end a sentence: only before a common sentence opener.
        return next_low in _COMMON_OPENERS
    return True


def sentences(
    text: str, paras: tuple[Span, ...] | None = None, lexicons: Lexicons | None = None
) -> tuple[Span, ...]:
    """Sentences of every paragraph (a sentence never crosses a paragraph).

    >>> t = "Gen. Smith met U.S. envoys. It cost $3.5 million."
    >>> [s.of(t) for s in sentences(t)]
    ['Gen. Smith met U.S. envoys.', 'It cost $3.5 million.']
    """
    lex = lexicons or Lexicons.default()
    out = []
    for para in paragraphs(text) if paras is None else paras:
        start = para.start
        for m in iterfind(_BOUNDARY, text, para.start, para.end):
            end = m.end("end")
            if _is_break(text, para, m.start("end"), m.start("next"), lex):
                out.extend(_capped(text, start, end))
                start = m.start("next")
        if start < para.end:
            out.extend(_capped(text, start, para.end))
    return tuple(out)


def _capped(text: str, start: int, end: int) -> list[Span]:
    """``[start, end)`` in pieces of at most :data:`MAX_SENTENCE`, cut at spaces.

    >>> [len(s) for s in _capped("ab " * 1000, 0, 3000)]
    [1200, 1200, 600]
    """
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = start + MAX_SENTENCE if cut < 0 else cut + 1
        out.append(Span(start, cut))
        start = cut
    out.append(Span(start, end))
    return out


def quotes(text: str, paras: tuple[Span, ...] | None = None) -> Quotes:
    """Top-level quotations: double marks first, then single marks outside them.

    >>> t = "\\u201cIt\\u2019s done,\\u201d he said. \\u2018Fine\\u2019, she said."
    >>> [q.content.of(t) for q in quotes(t)]
    ['It\\u2019s done', 'Fine']
    """
    return pair_quotes(text, paragraphs(text) if paras is None else paras)


def layout(
    text: str, lexicons: Lexicons | None = None, paras: tuple[Span, ...] | None = None
) -> Layout:
    """Paragraphs, sentences and quotations of ``text`` in one object (``paras``: the
    paragraphs of ``text`` when the caller has them already)."""
    if paras is None:
        paras = paragraphs(text)
    return Layout(
        text=text,
        paragraphs=paras,
        sentences=sentences(text, paras, lexicons),
        quotes=quotes(text, paras),
    )
