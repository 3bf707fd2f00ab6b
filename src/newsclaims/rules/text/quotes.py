"""Quotations: the quote marks, :class:`Quote` and the pairing of marks per paragraph
(:func:`~newsclaims.rules.text.layout.quotes` finds them for a text).

Quotations are paired per paragraph, so one unbalanced mark never spoils the rest of
an article; a quote left open at the end of a paragraph continues only when the next
paragraph opens with a quote mark (the news convention for quotes running over several
paragraphs), and is otherwise closed at the paragraph's end.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Final, overload

from attrs import frozen

from newsclaims._regex import compile_pattern, iterfind, match
from newsclaims.model import Span

__all__ = [
    "ALL_MARKS",
    "CLOSE_DOUBLE",
    "CLOSE_SINGLE",
    "MAX_QUOTE_PARAGRAPHS",
    "OPEN_DOUBLE",
    "OPEN_SINGLE",
    "STRAIGHT_DOUBLE",
    "STRAIGHT_SINGLE",
    "Quote",
    "Quotes",
    "pair_quotes",
]

OPEN_DOUBLE: Final = "\u201c\u201e\u00ab"


CLOSE_DOUBLE: Final = "\u201d\u201f\u00bb"


STRAIGHT_DOUBLE: Final = '"'


OPEN_SINGLE: Final = "\u2018"


CLOSE_SINGLE: Final = "\u2019"


STRAIGHT_SINGLE: Final = "'"


ALL_MARKS: Final = (
    OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + "'"
)


MAX_QUOTE_PARAGRAPHS: Final = 12


_DOUBLE_MARK: Final = compile_pattern(r"''|[\u201c\u201d\u201e\u201f\u00ab\u00bb\"]")


_SINGLE_MARK: Final = compile_pattern(r"(?<!')['\u2018\u2019](?!')")


@frozen
class Quote:
    """A quotation: its span with the marks, and its content inside them.

    ``parts`` holds one content span per paragraph the quote runs over (one part for
    most quotes); ``closed`` is false when no closing mark was found and the quote
    was cut at the end of its paragraph.
    """

    span: Span
    content: Span
    parts: tuple[Span, ...]
    closed: bool = True
    double: bool = True


_CLOSED: Final = 1


_DOUBLE: Final = 2


class Quotes(Sequence[Quote]):
    """The quotations of a text, in order, held as offsets (a few bytes each, not
    objects: a hostile text may hold a quotation every few characters); each is read
    as a :class:`Quote` when asked for.

    >>> from newsclaims.rules.text.layout import quotes
    >>> found = quotes('"A," he said. "B."')
    >>> len(found), found[1].content, [q.content.of('"A," he said. "B."') for q in found]
    (2, Span(start=15, end=17), ['A', 'B.'])
    """

    __slots__ = ("_at", "_flags", "_parts")

    def __init__(self) -> None:
        self._at = array("q")
        """Four offsets per quotation: its span's start and end, its content's."""
        self._flags = bytearray()
        """Per quotation, :data:`_CLOSED` and :data:`_DOUBLE` when it is so."""
        self._parts: dict[int, tuple[Span, ...]] = {}
        """The parts of each quotation of more than one (by index)."""

    def add(
        self, start: int, end: int, parts: Sequence[Span], *, closed: bool, double: bool
    ) -> None:
        """Add the quotation ``[start, end)`` whose content is ``parts`` (not empty)."""
        if len(parts) > 1:
            self._parts[len(self._flags)] = tuple(parts)
        self._at.extend((start, end, parts[0].start, parts[-1].end))
        self._flags.append((_CLOSED if closed else 0) | (_DOUBLE if double else 0))

    def starts(self) -> array[int]:
        """The start of each quotation's span."""
        return self._at[0::4]

    def ends(self) -> array[int]:
        """The end of each quotation's span."""
        return self._at[1::4]

    def bounds(self, i: int) -> tuple[int, int, int, int]:
        """The ``i``-th quotation's span start and end, and its content's (as
        ``self[i]`` holds them, without building the :class:`Quote`)."""
        k = 4 * i
        at = self._at
        return at[k], at[k + 1], at[k + 2], at[k + 3]

    def ends_of(self, i: int, j: int) -> array[int]:
        """The span ends of the quotations ``i`` to ``j - 1``."""
        return self._at[4 * i + 1 : 4 * j : 4]

    def sorted(self) -> Quotes:
        """The quotations sorted by where they start (of two starting at one place,
        the one added first comes first)."""
        starts = self.starts()
        if all(a <= b for a, b in pairwise(starts)):
            return self
        out = Quotes()
        for i in sorted(range(len(starts)), key=starts.__getitem__):
            q = self._quote(i)
            out.add(q.span.start, q.span.end, q.parts, closed=q.closed, double=q.double)
        return out

    def _quote(self, i: int) -> Quote:
        at, k = self._at, 4 * i
        content = Span(at[k + 2], at[k + 3])
        flags = self._flags[i]
        return Quote(
            span=Span(at[k], at[k + 1]),
            content=content,
            parts=self._parts.get(i) or (content,),
            closed=bool(flags & _CLOSED),
            double=bool(flags & _DOUBLE),
        )

    def __len__(self) -> int:
        return len(self._flags)

    @overload
    def __getitem__(self, index: int) -> Quote: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Quote, ...]: ...

    def __getitem__(self, index: int | slice) -> Quote | tuple[Quote, ...]:
        if isinstance(index, slice):
            return tuple(self._quote(i) for i in range(*index.indices(len(self))))
        n = len(self._flags)
        if not -n <= index < n:
            raise IndexError("quotation index out of range")
        return self._quote(index % n)

    def __iter__(self) -> Iterator[Quote]:
        return map(self._quote, range(len(self._flags)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Quotes):
            return NotImplemented
        return (self._at, self._flags, self._parts) == (
            other._at,
            other._flags,
            other._parts,
        )

    def __hash__(self) -> int:
        return hash((self._at.tobytes(), bytes(self._flags)))

    def __repr__(self) -> str:
        return f"Quotes({list(self)!r})"


def _straight_opens(text: str, i: int, j: int, para: Span) -> bool:
    before = text[i - 1] if i > para.start else " "
    after = text[j] if j < para.end else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{\u2014\u2013-/:;,"


def _single_opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in '([{\u2014\u2013-:;\u201c"') and (
        after.isalpha() or after in '\u201c"'
    )


def _single_closes(text: str, i: int, end: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isspace() or after.isalnum():
        return False  # an apostrophe inside a word, or an opening mark
    return not (before in "sS" and after == " ")  # plural possessive: "players' union"


def _trim_content(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Span(start, end)


def _double_quotes(text: str, paras: tuple[Span, ...], out: Quotes) -> None:
    """Add the quotations in double marks to ``out``, in order."""
    parts: list[tuple[int, int]] = []  # content pieces of the open quote
    open_end: int | None = None  # where the open quote's content starts
    first_open = 0
    for pi, para in enumerate(paras):
        marks = iterfind(_DOUBLE_MARK, text, para.start, para.end)
        if open_end is not None:
            first = match(_DOUBLE_MARK, text, para.start, para.end)
            if first is not None and len(parts) < MAX_QUOTE_PARAGRAPHS:
                open_end = first.end()  # the quote continues in this paragraph
                marks = iterfind(_DOUBLE_MARK, text, open_end, para.end)
            else:
                _emit(out, text, first_open, parts, None)
                parts, open_end = [], None
        for m in marks:
            i, j = m.span()
            mark = m.group()
            if (
                mark in OPEN_DOUBLE
                and open_end is not None
                and not _closes_anyway(text, i, j)
            ):
                parts, open_end, first_open = [], j, i  # never closed: start anew
            elif open_end is None:
                if mark in OPEN_DOUBLE or (
                    mark not in CLOSE_DOUBLE and _straight_opens(text, i, j, para)
                ):
                    parts, open_end, first_open = [], j, i
            else:
                parts.append((open_end, i))
                _emit(out, text, first_open, parts, j)
                parts, open_end = [], None
        if open_end is not None:
            parts.append((open_end, para.end))
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is None or match(_DOUBLE_MARK, text, nxt.start, nxt.end) is None:
                _emit(out, text, first_open, parts, None)
                parts, open_end = [], None


def _emit(
    out: Quotes,
    text: str,
    first_open: int,
    parts: list[tuple[int, int]],
    close: int | None,
) -> None:
    spans = [_trim_content(text, s, e) for s, e in parts]
    spans = [s for s in spans if len(s)]
    if not spans:
        return
    end = close if close is not None else parts[-1][1]
    out.add(first_open, end, spans, closed=close is not None, double=True)


def _closes_anyway(text: str, i: int, j: int) -> bool:
    """An opening mark typed where a closing one belongs: 'done,“ said'."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return before in ",.?!" and (after.isspace() or after in ".,;")


def _single_quotes(
    text: str, para: Span, taken: Sequence[int], ends: Sequence[int], out: Quotes
) -> None:
    """Add the quotations in single marks in ``para`` to ``out``, outside the double
    ones starting at ``taken`` and ending at ``ends``."""
    open_at: int | None = None
    for m in iterfind(_SINGLE_MARK, text, para.start, para.end):
        i = m.start()
        ch = text[i]
        k = bisect_right(taken, i) - 1  # the last double quote opening at or before i
        if k >= 0 and i < ends[k]:
            open_at = None
            continue
        if open_at is None:
            if ch != CLOSE_SINGLE and _single_opens(text, i, para.start, para.end):
                open_at = i
        elif ch != OPEN_SINGLE and _single_closes(text, i, para.end):
            content = _trim_content(text, open_at + 1, i)
            if len(content) > 1:
                out.add(open_at, i + 1, (content,), closed=True, double=False)
            open_at = None


def _has_single_mark(text: str, para: Span) -> bool:
    return any(text.find(mark, para.start, para.end) >= 0 for mark in "'\u2018\u2019")


def pair_quotes(text: str, paras: tuple[Span, ...]) -> Quotes:
    """The top-level quotations of the paragraphs ``paras`` of ``text``: double
    marks first, then single marks outside them."""
    found = Quotes()
    _double_quotes(text, paras, found)
    # The double quotes are sorted and disjoint: their ends are sorted too.
    starts, ends = found.starts(), found.ends()
    for para in paras:
        if not _has_single_mark(text, para):
            continue
        lo = bisect_right(ends, para.start)  # the first that ends inside or after
        hi = bisect_left(starts, para.end)  # the first that starts after
        _single_quotes(text, para, starts[lo:hi], ends[lo:hi], found)
    return found.sorted()
