"""Page furniture: what a scraped news page holds besides the article's sentences.

Section labels in capitals before a colon ("ON THE MARKETS:"), link and teaser lines
("WATCH: ...", "READ MORE: ...", "Related: ..."), photo credits and the captions they
close ("... (Ann Lee/The Daily)"), "Video shows ..." lines, pull quotes and quoted
subheadings standing on a line of their own, and the dateline with its agency tag
("KYIV, Ukraine (Reuters) -"). :func:`find_furniture` finds them;
:class:`Compaction` takes them out of the text the rules read and puts every span the
rules found back on the original text, so furniture is never a claim and never inside
one. Real speech on such a line ("SMITH: We will win.") is left alone.

>>> text = "WATCH: The mayor's speech\\nAnn Lee said the plan failed."
>>> [s.of(text) for s in find_furniture(text, Lexicons.default())]
["WATCH: The mayor's speech"]
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from typing import Final

import attrs

from newsclaims._regex import compile_pattern, finditer, match, search
from newsclaims._unicode import OffsetMap
from newsclaims.errors import PatternTimeoutError
from newsclaims.lexicons import ALL_FRAMES, Lexicons
from newsclaims.model import Article, Dateline, Span
from newsclaims.rules.text.dateline import dateline_tag, find_dateline
from newsclaims.rules.text.layout import paragraphs
from newsclaims.rules.text.quotes import CLOSE_DOUBLE, OPEN_DOUBLE

__all__ = ["Compaction", "find_furniture", "set_aside"]

_LABEL: Final = compile_pattern(
    r"(?P<label>[\p{L}\p{N}][\p{L}\p{N}'\u2019&\x20\-]{0,40}+)"
    r"(?<!\x20)[\x20\t]*+:(?P<gap>[\x20\t]*+)"
)
"""A line's opening label before a colon: "WATCH:", "On the markets:"."""

_CREDIT: Final = compile_pattern(
    r"\((?:[\p{L}\x20]{1,20}+:\x20*+)?\p{Lu}[^()/\n]{1,60}+/\x20*+\p{Lu}[^()/\n]{1,60}+\)"
    r"[.\x20\t]*+\Z"
)
"""A photo credit closing a line: "(Ann Lee/The Daily)", "(AP Photo/Bo Park)",
"(Photo: Ann Lee/Getty Images)"."""

_SHOWS: Final = compile_pattern(
    r"(?:Video|Footage|Photo|Picture|Image|Clip|Media)s?+"
    r"\x20(?:(?:shows?|showing)\x20(?!that(?![\p{L}]))"
    r"|(?:caption|copyright|source|credit)(?![\p{L}]))"
)
"""A caption line of an embedded video or picture: "Video shows the moment ...",
"Image caption ...", "Media caption ...", "Image copyright ..."; not a sentence of the
story ("The video shows ...", "Video shows that ...")."""
_CAPTION_WORDS: Final = 40
"""A caption is one short sentence: at most this many words."""

_QUOTE_LINE: Final = compile_pattern(
    rf"""(?:["{OPEN_DOUBLE}](?P<body>[^"{OPEN_DOUBLE}{CLOSE_DOUBLE}\n]{{1,400}}+)
        ["{CLOSE_DOUBLE}])[\x20\t]*+\Z"""
)
"""A line holding one double quotation and nothing else."""

_WORD: Final = compile_pattern(r"[\p{L}\p{N}]++(?:['\u2019][\p{L}]++)?+")

_PULL_QUOTE_WORDS: Final = 4
"""A stand-alone quote repeating this many words or more of the text is a pull quote."""
_HEADING_WORDS: Final = 12
"""A stand-alone quote of at most this many words with no final punctuation is a
subheading."""
_MAX_REPEATS: Final = 20
"""How many repetitions of a stand-alone quote are looked at (bounded work)."""
_LONGEST_LABEL: Final = 46
"""A label and its colon fit in this many characters (``_LABEL``)."""
_MEDIA_INITIALS: Final = frozenset("VFPICM")
"""The first letters of the words ``_SHOWS`` opens with."""
_LONGEST_LINK: Final = 48
"""A line longer than this is no lone link label ("Story continues below
advertisement")."""
_MAX_PULL_QUOTES: Final = 40
"""How many lines opening with a quote mark are searched for elsewhere in the text
(each search reads the whole text): pages have a few pull quotes, not hundreds."""
_OPENING: Final = frozenset('"' + OPEN_DOUBLE)
_SENTENCE_END: Final = frozenset(".!?\u2026,;:-\u2013\u2014")


def _words(text: str) -> list[str]:
    return [m.group().casefold() for m in finditer(_WORD, text)]


class _Lists:
    """The word lists the furniture rules read."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.links: Final = lexicons.furniture_labels
        self.function: Final = (
            lexicons.stopwords | lexicons.determiners | lexicons.line_labels
        )
        self.people: Final = lexicons.titles | lexicons.roles
        self.labels: Final = lexicons.line_labels | lexicons.furniture_labels
        self.cues: Final = lexicons.cue_forms(ALL_FRAMES)


@lru_cache(maxsize=16)
def _lists(lexicons: Lexicons) -> _Lists:
    """The word lists of ``lexicons``, built once per process."""
    return _Lists(lexicons)


def _label_furniture(text: str, line: Span, lists: _Lists) -> Span | None:
    """A link line ("READ MORE: ...": the whole line) or a section label in capitals
    ("ON THE MARKETS:": the label and its colon); not a speaker's name ("SMITH:",
    "THE PRESIDENT:")."""
    if len(line) <= _LONGEST_LINK and " ".join(_words(line.of(text))) in lists.links:
        return line  # "Advertisement", "Related coverage" alone on a line
    m = (
        match(_LABEL, text, line.start, line.end)
        if ":" in text[line.start : line.start + _LONGEST_LABEL]
        else None  # the usual line, told without a pattern
    )
    if m is None:
        return None
    label = m.group("label")
    words = _words(label)
    if " ".join(words) in lists.links:
        return line
    if not _section_label(label, words, lists):
        return None
    if not text[m.end() : line.end].strip():
        return line
    return Span(m.start("label"), m.end())


def _section_label(label: str, words: list[str], lists: _Lists) -> bool:
    """Whether a label in capitals names a section ("ON THE MARKETS", "WHAT'S
    NEXT": words with a function word; "UPDATE": a label word) rather than a speaker
    ("SMITH", "THE MAYOR", "A" answering "Q")."""
    if not label.isupper() or not words:
        return False
    if any(w in lists.people or w in lists.cues for w in words):
        return False  # "THE MAYOR:", "THE MAYOR SAID:"
    if len(words) == 1:
        return words[0] in lists.labels
    return any(w.split("'")[0] in lists.function for w in words)


def _quote_furniture(text: str, line: Span, *, look_back: bool) -> bool:
    """Whether a line holding only a quotation is a pull quote (its words come again
    elsewhere in the text; looked for only when ``look_back``) or a quoted subheading
    (short, no final punctuation)."""
    m = match(_QUOTE_LINE, text, line.start, line.end)
    if m is None:
        return False
    body = m.group("body").strip()
    words = _words(body)
    if not words:
        return False
    if body[-1] not in _SENTENCE_END and len(words) <= _HEADING_WORDS:
        return True
    if len(words) < _PULL_QUOTE_WORDS or not look_back:
        return False
    core = body.rstrip("".join(_SENTENCE_END) + " ")
    return any(
        _repeats(text, line, body, at)
        for at in islice(_occurrences(text, core), _MAX_REPEATS)
    )


def _occurrences(text: str, core: str) -> Iterator[int]:
    at = text.find(core)
    while at >= 0:
        yield at
        at = text.find(core, at + 1)


def _repeats(text: str, line: Span, body: str, at: int) -> bool:
    """Whether the words at ``at`` repeat the quote ``body`` on ``line`` inside
    the story: outside ``line`` and not itself a line holding only that quote (of
    two such lines neither is known to be the pull quote)."""
    if line.start <= at < line.end:
        return False
    start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    end = min(
        (i for i in (text.find("\n", at), text.find("\r", at)) if i >= 0),
        default=len(text),
    )
    other = match(_QUOTE_LINE, text, start, end)
    return other is None or other.group("body").strip() != body


def _line_furniture(
    text: str, line: Span, lists: _Lists, *, look_back: bool = True
) -> Span | None:
    found = _label_furniture(text, line, lists)
    if found is not None:
        return found
    first, last = text[line.start], text[line.start : line.end].rstrip(" \t.")[-1:]
    if (
        first in _MEDIA_INITIALS
        and match(_SHOWS, text, line.start, line.end) is not None
        and len(_words(line.of(text))) <= _CAPTION_WORDS
    ):
        return line
    if last == ")" and search(_CREDIT, text, line.start, line.end) is not None:
        return line  # a caption, closed by its photo credit
    if first in _OPENING and _quote_furniture(text, line, look_back=look_back):
        return line
    return None


def find_furniture(text: str, lexicons: Lexicons) -> tuple[Span, ...]:
    """The spans of page furniture in ``text``, sorted and disjoint.

    Total: any ``str`` gives a tuple (maybe empty); a pattern that runs out of time
    only leaves its line alone.
    """
    return set_aside(text, lexicons)[0]


def set_aside(
    text: str, lexicons: Lexicons, paras: tuple[Span, ...] | None = None
) -> tuple[tuple[Span, ...], tuple[str, Span] | None]:
    """The furniture of ``text`` and its dateline (location and span, as
    :func:`~newsclaims.rules.text.dateline.find_dateline` gives it), both read with the
    furniture lines taken out: a "WATCH:" line above the dateline hides nothing.
    ``paras``: the paragraphs of ``text`` when known."""
    lists = _lists(lexicons)
    lines: list[Span] = []
    quote_lines = 0
    if paras is None:
        paras = paragraphs(text)
    for line in paras:
        quote_lines += text[line.start : line.start + 1] in _OPENING
        try:
            span = _line_furniture(
                text, line, lists, look_back=quote_lines <= _MAX_PULL_QUOTES
            )
        except PatternTimeoutError:
            continue
        if span is not None:
            lines.append(span)
    rest = Compaction.of(text, tuple(lines))
    same = paras if rest.text is text else None  # no furniture: the same paragraphs
    found = find_dateline(rest.text, same)
    dateline = None if found is None else (found[0], rest.span(found[1]))
    tag = dateline_tag(rest.text, same)
    if tag is None or _words(tag.of(rest.text))[0] in lists.function:
        return tuple(lines), dateline  # "On Friday, Ann Lee - ...": no place
    spans = sorted([*lines, rest.span(tag)], key=lambda s: s.start)
    return tuple(spans), dateline


def _line_break(text: str, end: int) -> int:
    """The end of the line break right after ``end`` (``end`` itself if none)."""
    if text.startswith("\r\n", end):
        return end + 2
    if end < len(text) and text[end] in "\n\r\u2028\u2029":
        return end + 1
    return end


@attrs.frozen
class Compaction:
    """``text`` less its furniture, and the way back to the original offsets.

    A furniture span that fills its line goes with the line break after it; one that
    opens a line ("ON THE MARKETS:", a dateline) goes alone.

    >>> c = Compaction.of("WATCH: it\\nAnn Lee said no.", (Span(0, 9),))
    >>> c.text
    'Ann Lee said no.'
    >>> c.span(Span(0, 7))
    Span(start=10, end=17)
    """

    original: str
    text: str
    furniture: tuple[Span, ...]
    back: OffsetMap  # where the compacted text's characters stand in the original

    @classmethod
    def of(cls, original: str, furniture: tuple[Span, ...]) -> Compaction:
        """The compaction of ``original`` without ``furniture`` (sorted, disjoint)."""
        pieces: list[str] = []
        cuts: list[int] = []
        shifts: list[int] = []
        at = removed = 0
        for span in furniture:
            start, end = span.start, span.end
            if _whole_line(original, span):
                end = _line_break(original, end)
            if start < at:
                continue
            pieces.append(original[at:start])
            removed += end - start
            cuts.append(start - (removed - (end - start)))
            shifts.append(removed)
            at = end
        pieces.append(original[at:])
        back = OffsetMap(tuple(cuts), tuple(shifts))
        return cls(original, "".join(pieces), furniture, back)

    def start(self, offset: int) -> int:
        """The original offset of a compacted start offset."""
        return self.back.original(offset)

    def span(self, s: Span) -> Span:
        """A compacted span on the original text."""
        return self.back.span(s)

    def restore(self, article: Article, dateline: Dateline | None) -> Article:
        """``article``, parsed from :attr:`text`, on the original text."""
        moved = self.back.article(article, self.original)
        return attrs.evolve(moved, dateline=dateline, furniture=self.furniture)


def _whole_line(text: str, span: Span) -> bool:
    """Whether ``span`` fills its line (only spaces around it)."""
    line_start = max(text.rfind("\n", 0, span.start), text.rfind("\r", 0, span.start))
    line_end = min(
        (i for i in (text.find("\n", span.end), text.find("\r", span.end)) if i >= 0),
        default=len(text),
    )
    return not text[line_start + 1 : span.start].strip() and not (
        text[span.end : line_end].strip()
    )
