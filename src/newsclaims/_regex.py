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
    "TIMEOUT_PER_CHAR_S",
    "compile_pattern",
    "compile_tokens",
    "finditer",
    "match",
    "search",
    "token_spans",
]

MATCH_TIMEOUT_S: Final = 0.25
"""Time, in seconds, one pattern may spend on one call over a short stretch of text."""

TIMEOUT_PER_CHAR_S: Final = 5e-6
"""Extra time allowed per character of the stretch searched.

A linear pattern takes well under a microsecond per character, even on a busy machine;
catastrophic backtracking takes far more. Without this allowance a whole-text scan of
a multi-megabyte article would time out on a loaded machine, and its results would
depend on the load."""

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


def compile_tokens(token: str, skip: str, /) -> regex.Pattern[str]:
    """A pattern that reads every token of a stretch of text in one match.

    ``token`` is the pattern of one token (never empty); ``skip`` (possessive, maybe
    empty) passes over characters where no token can start: ``[^\\p{L}]*+`` for a
    token that starts with any letter. Where no token matches after it, one character
    is passed over. :func:`token_spans` then gives what :func:`finditer` with
    ``token`` finds, with one call instead of one per token: much cheaper where each
    match pays for the timeout's clock.

    >>> p = compile_tokens(r"\\p{L}{2,}+", r"\\P{L}*+")
    >>> token_spans(p, "ab, c de")
    [(0, 2), (6, 8)]
    """
    return compile_pattern(rf"(?:{skip}(?:(?P<tok>{token})|(?s:.)))*+")


def token_spans(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[tuple[int, int]]:
    """The spans of the tokens in ``text[pos:endpos]`` (see :func:`compile_tokens`).

    Raises:
        PatternTimeoutError: the pattern ran out of time.
    """
    m = match(pattern, text, pos, endpos)
    return [] if m is None else m.spans("tok")


def _timed_out(pattern: regex.Pattern[str], error: TimeoutError) -> PatternTimeoutError:
    return PatternTimeoutError(f"pattern {pattern.pattern[:60]!r} timed out: {error}")


def _end(text: str, endpos: int | None) -> int:
    return len(text) if endpos is None else endpos


def _timeout(pos: int, end: int) -> float:
    """The time limit for a call over ``text[pos:end]``."""
    return MATCH_TIMEOUT_S + max(0, end - pos) * TIMEOUT_PER_CHAR_S


def finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> tuple[regex.Match[str], ...]:
    """Every non-overlapping match of ``pattern`` in ``text[pos:endpos]``, in order.

    Raises:
        PatternTimeoutError: the pattern ran out of time (:data:`MATCH_TIMEOUT_S`
            plus :data:`TIMEOUT_PER_CHAR_S` per character of ``text[pos:endpos]``).

    >>> [m.group() for m in finditer(compile_pattern(r"\\d+"), "a1b22c", 2)]
    ['22']
    """
    try:
        end = _end(text, endpos)
        return tuple(pattern.finditer(text, pos, end, timeout=_timeout(pos, end)))
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e


def search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``text[pos:endpos]``, or ``None``.

    Raises:
        PatternTimeoutError: the pattern ran out of time (:data:`MATCH_TIMEOUT_S`
            plus :data:`TIMEOUT_PER_CHAR_S` per character of ``text[pos:endpos]``).

    >>> search(compile_pattern(r"b+"), "aabba").span()
    (2, 4)
    """
    try:
        end = _end(text, endpos)
        return pattern.search(text, pos, end, timeout=_timeout(pos, end))
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e


def match(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """A match of ``pattern`` starting exactly at ``pos``, or ``None``.

    Raises:
        PatternTimeoutError: the pattern ran out of time (:data:`MATCH_TIMEOUT_S`
            plus :data:`TIMEOUT_PER_CHAR_S` per character of ``text[pos:endpos]``).

    >>> match(compile_pattern(r"b+"), "aabba", 2).group()
    'bb'
    """
    try:
        end = _end(text, endpos)
        return pattern.match(text, pos, end, timeout=_timeout(pos, end))
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e
