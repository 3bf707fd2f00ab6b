"""Compile helpers and time-limited matching for every pattern newsclaims runs.

Code outside this module never calls ``.search``/``.match``/``.finditer`` on a pattern
itself: these wrappers pass a ``timeout`` and turn :class:`TimeoutError` into
:class:`~newsclaims.errors.PatternTimeoutError`, so a pathological input costs a bounded
amount of time and fails loudly instead of hanging a worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

import regex

from newsclaims.errors import PatternTimeoutError

__all__ = [
    "FLAGS",
    "MATCH_TIMEOUT_S",
    "compile_pattern",
    "finditer",
    "match",
    "search",
]

MATCH_TIMEOUT_S: Final = 0.25
"""Longest time, in seconds, one pattern may spend on one call."""

FLAGS: Final = regex.VERBOSE | regex.VERSION1 | regex.UNICODE
"""Flags every newsclaims pattern is compiled with (extra flags may be added)."""


def compile_pattern(
    pattern: str,
    extra: int | Mapping[str, Iterable[str]] = 0,
    /,
    **named_lists: Iterable[str],
) -> regex.Pattern[str]:
    """Compile ``pattern`` with :data:`FLAGS` and named lists (``\\L<name>``).

    ``extra`` is either more flags (``regex.IGNORECASE``) or a mapping of named lists;
    lists also come as keyword arguments. Lists the pattern does not use are ignored.

    >>> p = compile_pattern(r"\\b\\L<verbs>\\b", verbs=["said", "says"])
    >>> search(p, "she says so").group()
    'says'
    """
    flags = extra if isinstance(extra, int) else 0
    lists = {} if isinstance(extra, int) else dict(extra)
    merged: dict[str, Any] = {
        name: sorted(set(words)) for name, words in {**lists, **named_lists}.items()
    }
    return regex.compile(pattern, FLAGS | flags, ignore_unused=True, **merged)


def _timed_out(pattern: regex.Pattern[str], error: TimeoutError) -> PatternTimeoutError:
    return PatternTimeoutError(f"pattern {pattern.pattern[:60]!r} timed out: {error}")


def _end(text: str, endpos: int | None) -> int:
    return len(text) if endpos is None else endpos


def finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> tuple[regex.Match[str], ...]:
    """Every non-overlapping match of ``pattern`` in ``text[pos:endpos]``, in order.

    Raises:
        PatternTimeoutError: the pattern ran longer than :data:`MATCH_TIMEOUT_S`.

    >>> [m.group() for m in finditer(compile_pattern(r"\\d+"), "a1b22c", 2)]
    ['22']
    """
    try:
        return tuple(
            pattern.finditer(text, pos, _end(text, endpos), timeout=MATCH_TIMEOUT_S)
        )
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e


def search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``text[pos:endpos]``, or ``None``.

    Raises:
        PatternTimeoutError: the pattern ran longer than :data:`MATCH_TIMEOUT_S`.

    >>> search(compile_pattern(r"b+"), "aabba").span()
    (2, 4)
    """
    try:
        return pattern.search(text, pos, _end(text, endpos), timeout=MATCH_TIMEOUT_S)
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e


def match(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """A match of ``pattern`` starting exactly at ``pos``, or ``None``.

    Raises:
        PatternTimeoutError: the pattern ran longer than :data:`MATCH_TIMEOUT_S`.

    >>> match(compile_pattern(r"b+"), "aabba", 2).group()
    'bb'
    """
    try:
        return pattern.match(text, pos, _end(text, endpos), timeout=MATCH_TIMEOUT_S)
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e
