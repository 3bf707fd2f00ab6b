"""Unicode hygiene: surrogates in and out, invisible format characters for matching.

Three facts of Python strings that the rules and the JSON writers must not trip on:

- A ``str`` may hold a UTF-16 *surrogate pair* as two code points (a ``surrogatepass``
  decode, a string cut from JavaScript). JSON cannot keep such a pair apart from the
  one character it encodes (``"\\ud83d\\ude00"`` reads back as one code point), so
  :func:`join_pairs` joins each pair before parsing: spans then index the joined text.
- A *lone* surrogate (half a pair) cannot be written as UTF-8. :func:`escape_surrogates`
  writes it as a ``\\udXXX`` escape inside JSON text, which reads back unchanged;
  :func:`displayable` shows it as U+FFFD in tables and pages.
- Invisible *format* characters (Unicode category Cf: a byte-order mark, zero-width
  space and joiners, direction marks, the word joiner, a soft hyphen) change no word a
  reader sees. :func:`strip_invisible` removes them for matching and returns an
  :class:`OffsetMap` that takes the spans found back to the original text.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from typing import Any, Final

import attrs

from newsclaims._regex import compile_pattern, iterfind
from newsclaims.model import Article, Dateline, Span

__all__ = [
    "INVISIBLE",
    "SURROGATE",
    "SURROGATE_PAIR",
    "OffsetMap",
    "displayable",
    "escape_surrogates",
    "join_pairs",
    "lone_surrogate",
    "strip_invisible",
]

SURROGATE: Final = compile_pattern(r"[\ud800-\udfff]")
"""One surrogate code point."""

SURROGATE_PAIR: Final = compile_pattern(r"[\ud800-\udbff][\udc00-\udfff]")
"""A high surrogate followed by a low one: one character written as two code points."""

INVISIBLE: Final = compile_pattern(r"\p{Cf}++")
"""A run of invisible format characters (category Cf)."""


def _escape(match: Any) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape_surrogates(json_text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with every surrogate
    code point written as a ``\\uXXXX`` escape, so that it encodes as UTF-8.

    A surrogate can only stand inside a JSON string, where the escape means the same
    code point: ``json.loads`` gives back the same value.

    >>> escape_surrogates('{"text": "a\\ud800b"}')
    '{"text": "a\\\\ud800b"}'
    """
    if json_text.isascii():
        return json_text
    return SURROGATE.sub(_escape, json_text)


def displayable(text: str) -> str:
    """``text`` with each surrogate code point shown as U+FFFD (same length).

    >>> displayable("a\\ud800b")
    'a\\ufffdb'
    """
    if text.isascii():
        return text
    return SURROGATE.sub("\ufffd", text)


def lone_surrogate(text: str) -> int | None:
    """The index of the first surrogate code point of ``text``, or ``None``.

    >>> lone_surrogate("ab\\udc80"), lone_surrogate("abc")
    (2, None)
    """
    if text.isascii():
        return None
    m = SURROGATE.search(text)
    return None if m is None else m.start()


def join_pairs(text: str) -> str:
    """``text`` with each surrogate pair joined into the character it encodes.

    >>> join_pairs("a\\ud83d\\ude00b") == "a\\U0001f600b"
    True
    """
    if text.isascii() or SURROGATE_PAIR.search(text) is None:
        return text  # the same object: no copy of a long text
    return SURROGATE_PAIR.sub(_join, text)


def _join(match: Any) -> str:
    high, low = (ord(ch) for ch in match.group())
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


@attrs.frozen
class OffsetMap:
    """Where the characters of a stripped text stand in the original.

    ``runs`` holds, for each run of removed characters, the index in the stripped text
    of the character that followed it; ``shifts`` the total number of characters
    removed up to and including that run.
    """

    runs: Sequence[int]
    shifts: Sequence[int]

    def original(self, index: int) -> int:
        """The original index of the stripped text's character at ``index``."""
        k = bisect.bisect_right(self.runs, index)
        return index + (self.shifts[k - 1] if k else 0)

    def span(self, span: Span) -> Span:
        """``span`` of the stripped text as a span of the original text: from its
        first character to just after its last (removed characters at its edges are
        left out, those inside kept)."""
        start = self.original(span.start)
        if span.end == span.start:
            return Span(start, start)
        return Span(start, self.original(span.end - 1) + 1)

    def article(self, article: Article, text: str) -> Article:
        """``article`` (parsed from the stripped text) told of the original ``text``."""
        moved: Article = self._moved(article, text)
        return moved

    def _moved(self, value: Any, text: str) -> Any:
        if isinstance(value, Span):
            return self.span(value)
        if isinstance(value, tuple):
            return tuple(self._moved(v, text) for v in value)
        if not attrs.has(type(value)):
            return value
        changes = {
            a.alias: self._moved(getattr(value, a.name), text)
            for a in attrs.fields(type(value))
            if a.init and a.name != "text"
        }
        if isinstance(value, Dateline):
            changes["location"] = changes["span"].of(text)
        if isinstance(value, Article):
            changes["text"] = text
        return type(value)(**changes)


def strip_invisible(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` without its invisible format characters, and the map back to
    ``text`` (``None`` when there was none to remove).

    >>> stripped, back = strip_invisible("sa\\u00adid \\u200bno")
    >>> stripped, back.span(Span(0, 4)).of("sa\\u00adid \\u200bno")
    ('said no', 'sa\\xadid')
    """
    if text.isascii():
        return text, None
    # One match at a time, the offsets in arrays and the text joined every few
    # thousand pieces: a text of invisible characters costs a few bytes of each.
    pieces: list[str] = []
    done: list[str] = []
    runs, shifts = array("q"), array("q")
    last = removed = 0
    for m in iterfind(INVISIBLE, text):
        start, end = m.span()
        pieces.append(text[last:start])
        if len(pieces) >= _JOIN_EVERY:
            done.append("".join(pieces))
            pieces.clear()
        removed += end - start
        runs.append(start - (removed - (end - start)))
        shifts.append(removed)
        last = end
    if not runs:
        return text, None
    pieces.append(text[last:])
    return "".join([*done, "".join(pieces)]), OffsetMap(runs, shifts)


_JOIN_EVERY: Final = 4096
"""How many pieces of text :func:`strip_invisible` holds before joining them."""
