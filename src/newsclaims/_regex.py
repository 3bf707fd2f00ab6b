"""Compile helpers and time-limited matching for every pattern newsclaims runs.

Code outside this module never calls ``.search``/``.match``/``.finditer`` on a pattern
itself: these wrappers guard every call that could run long with a ``timeout`` and turn
:class:`TimeoutError` into :class:`~newsclaims.errors.PatternTimeoutError`, so a
pathological input costs a bounded amount of time and fails loudly instead of hanging a
worker.

Which calls are timed (issue 7). With a ``timeout`` the ``regex`` module reads the
clock on every call (and as it runs), a few microseconds each: about a quarter of the
claim stage's time, spent on calls that cannot hang. A call over a stretch of at most
:data:`UNTIMED_MAX_CHARS` characters (``endpos - pos``) runs untimed: every pattern
newsclaims compiles is bounded, possessive or atomic (STYLE P3), and
``tests/test_redos.py`` runs each one over 100,000-character hostile inputs, so on a
stretch forty times shorter a linear pattern finishes in milliseconds at worst, and the
timeout could only ever fire for a pattern that the ReDoS test already fails. A longer
stretch (a whole-text scan of a long article, a hostile input) keeps the length-scaled
limit, :data:`MATCH_TIMEOUT_S` plus :data:`TIMEOUT_PER_CHAR_S` per character, and
still raises :class:`~newsclaims.errors.PatternTimeoutError`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

import regex

from newsclaims._patterncache import cached_compile
from newsclaims.errors import PatternTimeoutError

__all__ = [
    "FLAGS",
    "MATCH_TIMEOUT_S",
    "STRETCH_CHARS",
    "TIMEOUT_PER_CHAR_S",
    "UNTIMED_MAX_CHARS",
    "Cuts",
    "compile_pattern",
    "compile_tokens",
    "finditer",
    "iterfind",
    "match",
    "search",
    "stretches",
    "timeouts",
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

UNTIMED_MAX_CHARS: Final = 4_000
"""The longest stretch (``endpos - pos``) searched without a timeout.

Short stretches are the sentences, clauses and windows the rules look at one by one,
by far the most calls; for them the clock costs more than the match. Every pattern is
proved linear on 100,000 characters by ``tests/test_redos.py``, so none can hang on
4,000; raise this only with that test in mind."""

STRETCH_CHARS: Final = UNTIMED_MAX_CHARS
"""How long a stretch :func:`stretches` cuts a text into, at most where it can: short
enough that a scan of one holds little and runs untimed, long enough that the calls
per stretch cost nothing beside the scan."""

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
    return cached_compile(pattern, FLAGS | flags, merged)


def compile_plain(
    pattern: str, flags: int = 0, /, **named_lists: Iterable[str]
) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **named_lists)`` exactly (no :data:`FLAGS`
    added), through the pattern cache: a fresh process loads it instead of
    compiling it again.

    >>> compile_plain(r"\\L<w>", regex.IGNORECASE, w=["Yes"]).match("YES").group()
    'YES'
    """
    lists: dict[str, Any] = {
        name: sorted(set(words)) for name, words in named_lists.items()
    }
    return cached_compile(pattern, flags, lists)


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


class Cuts:
    """Where a whole-text scan may cut its text into stretches (:func:`stretches`).

    ``char`` is a pattern of one character (a class, maybe with a lookbehind) where
    the scan is in the same state whether it started before it or at it: a scan of
    the stretches one after another then finds what one scan of the whole finds.
    """

    def __init__(self, char: str) -> None:
        self.char: Final = char
        self.forward: Final = compile_pattern(char)
        self.backward: Final = compile_pattern(f"(?r){char}")


def stretches(
    text: str, cuts: Cuts, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as consecutive stretches, each but the last ending right
    before a character ``cuts`` matches, of at most :data:`STRETCH_CHARS` characters
    where the text has such a character in the second half of every stretch (else
    longer: up to the next one, or to the end).

    A scan that reads every word of a long text in one match (see
    :func:`compile_tokens`) holds the whole text's captures at once, and the
    ``regex`` module keeps storage that size for the pattern afterwards; stretch by
    stretch, its memory is that of one stretch.

    >>> cuts = Cuts(r"[\\n]")
    >>> list(stretches("ab\\ncd", cuts)), list(stretches("a\\n" * 3000, cuts))[:2]
    ([(0, 5)], [(0, 3999), (3999, 6000)])
    """
    stop = len(text) if end is None else min(end, len(text))
    size = STRETCH_CHARS
    while stop - start > size:
        limit = start + size
        m = search(cuts.backward, text, start + size // 2, limit)
        if m is None:
            m = search(cuts.forward, text, limit, stop)
            if m is None:
                break
        yield start, m.start()
        start = m.start()
    yield start, stop


class _Count(threading.local):
    timeouts = 0


_COUNT: Final = _Count()


def timeouts() -> int:
    """How many calls timed out in this thread so far (the parser reads it before and
    after an article to set :attr:`~newsclaims.model.Article.timed_out`: the rules
    catch the error and go on with fewer results)."""
    return _COUNT.timeouts


def _timed_out(pattern: regex.Pattern[str], error: TimeoutError) -> PatternTimeoutError:
    _COUNT.timeouts += 1
    return PatternTimeoutError(f"pattern {pattern.pattern[:60]!r} timed out: {error}")


def _timeout(pos: int, end: int) -> float | None:
    """The time limit for a call over ``text[pos:end]``; ``None``: run untimed.

    >>> _timeout(0, UNTIMED_MAX_CHARS) is None
    True
    >>> _timeout(0, 100_000) == MATCH_TIMEOUT_S + 100_000 * TIMEOUT_PER_CHAR_S
    True
    """
    size = end - pos
    if size <= UNTIMED_MAX_CHARS:
        return None
    return MATCH_TIMEOUT_S + size * TIMEOUT_PER_CHAR_S


# The wrappers test the stretch's length inline rather than calling _timeout(): they
# run a few hundred thousand times per megabyte of text, and an untimed call must not
# even pass ``timeout=None`` (the ``regex`` module's keyword handling costs too).


def finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> tuple[regex.Match[str], ...]:
    """Every non-overlapping match of ``pattern`` in ``text[pos:endpos]``, in order.

    Untimed over at most :data:`UNTIMED_MAX_CHARS` characters.

    Raises:
        PatternTimeoutError: the pattern ran out of time (:data:`MATCH_TIMEOUT_S`
            plus :data:`TIMEOUT_PER_CHAR_S` per character of ``text[pos:endpos]``).

    >>> [m.group() for m in finditer(compile_pattern(r"\\d+"), "a1b22c", 2)]
    ['22']
    """
    end = len(text) if endpos is None else endpos
    size = end - pos
    if size <= UNTIMED_MAX_CHARS:
        return tuple(pattern.finditer(text, pos, end))
    try:
        limit = MATCH_TIMEOUT_S + size * TIMEOUT_PER_CHAR_S
        return tuple(pattern.finditer(text, pos, end, timeout=limit))
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e


def iterfind(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """:func:`finditer`, one match at a time: for a stretch that may hold a great many
    matches (a paragraph of a hostile text), whose tuple would hold them all at once.

    Raises (while iterating):
        PatternTimeoutError: the pattern ran out of time, as with :func:`finditer`.

    >>> [m.group() for m in iterfind(compile_pattern(r"\\d+"), "a1b22c", 2)]
    ['22']
    """
    end = len(text) if endpos is None else endpos
    size = end - pos
    if size <= UNTIMED_MAX_CHARS:
        yield from pattern.finditer(text, pos, end)
        return
    try:
        limit = MATCH_TIMEOUT_S + size * TIMEOUT_PER_CHAR_S
        yield from pattern.finditer(text, pos, end, timeout=limit)
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e


def search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``text[pos:endpos]``, or ``None``.

    Untimed over at most :data:`UNTIMED_MAX_CHARS` characters.

    Raises:
        PatternTimeoutError: the pattern ran out of time (:data:`MATCH_TIMEOUT_S`
            plus :data:`TIMEOUT_PER_CHAR_S` per character of ``text[pos:endpos]``).

    >>> search(compile_pattern(r"b+"), "aabba").span()
    (2, 4)
    """
    end = len(text) if endpos is None else endpos
    size = end - pos
    if size <= UNTIMED_MAX_CHARS:
        return pattern.search(text, pos, end)
    try:
        limit = MATCH_TIMEOUT_S + size * TIMEOUT_PER_CHAR_S
        return pattern.search(text, pos, end, timeout=limit)
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e


def match(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """A match of ``pattern`` starting exactly at ``pos``, or ``None``.

    Untimed over at most :data:`UNTIMED_MAX_CHARS` characters.

    Raises:
        PatternTimeoutError: the pattern ran out of time (:data:`MATCH_TIMEOUT_S`
            plus :data:`TIMEOUT_PER_CHAR_S` per character of ``text[pos:endpos]``).

    >>> match(compile_pattern(r"b+"), "aabba", 2).group()
    'bb'
    """
    end = len(text) if endpos is None else endpos
    size = end - pos
    if size <= UNTIMED_MAX_CHARS:
        return pattern.match(text, pos, end)
    try:
        limit = MATCH_TIMEOUT_S + size * TIMEOUT_PER_CHAR_S
        return pattern.match(text, pos, end, timeout=limit)
    except TimeoutError as e:
        raise _timed_out(pattern, e) from e
