"""Named word lists written out as tries, each list once per pattern.

``\\L<name>`` in a pattern source becomes a trie of the list's words (matched as the
``regex`` module matches a named list, in time independent of the list's length); a
list a pattern reads in several places is written once, in a ``(?(DEFINE)...)`` group
at its end, and called where it stands. Shared by the stages (the claim patterns and
the speaker mention patterns of the actor stage).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Final, TypeAlias

import regex

from newsclaims._patterncache import cached_compile_expanded
from newsclaims._regex import FLAGS, compile_pattern, compile_plain

__all__ = ["compile_listed", "expand_lists"]


_FLAGS_GROUP: Final = compile_pattern(
    r"\(\?(?P<on>[a-zA-Z]*+)(?:-[a-zA-Z]*+)?(?P<end>[:)])"
)


def _literal(char: str) -> str:
    return char if char.isalnum() else regex.escape(char)


_Trie: TypeAlias = dict[str, "_Trie"]


@lru_cache(maxsize=256)
def _trie(words: frozenset[str]) -> str:
    r"""Pattern source matching ``words`` as ``\L<name>`` does, but by a trie.

    The ``regex`` module matches a named list as a branch of all its words, longest
    first, one after another: its cost grows with the length of the list. Among the
    words that match at one place (each a prefix of the next), the trie tries the
    longest first too, and backtracks to the shorter ones in the same order, so any
    pattern matches just the same (words match case-sensitively: no ``(?i)``).

    >>> _trie(frozenset(["say", "said", "says", "sad", "sat"]))
    '(?:sa(?:[dt]|id|ys?))'
    >>> _trie(frozenset(["a", "ab", "abc", "abd", "b"]))
    '(?:(?:b|a(?:b[cd]?|)))'
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        chars = sorted(char for char in node if char)
        last = "".join(c for c in chars if node[c] == {"": {}} and c.isalnum())
        options = [f"[{last}]" if len(last) > 1 else last] if last else []
        options += [_literal(c) + emit(node[c]) for c in chars if c not in last]
        if "" not in node:  # no word ends here
            return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
        if not options:
            return ""
        if last and len(options) == 1:
            return f"{options[0]}?"  # one letter or class, then the word ending here
        return f"(?:{'|'.join(options)}|)"  # the word ending here, tried last

    return f"(?:{emit(root)})"


SHARE_LISTS: Final = False
"""Whether :func:`compile_listed` writes a list that stands more than once in a
pattern once, as a called group (see :func:`expand_lists`). Off. Shared, the
compiled parser would take 20 MiB instead of 37, but a search of a whole hostile text
(100,000 characters of capitals, say) would run about three times slower than with
the lists in place, even with each call guarded by the list's first characters
(without the guard, 10 to 40 times): ``tests/test_redos.py``, which searches every
pattern so against a 10 s limit, would keep too thin a margin on a busy machine. The
parser's own matches, in short windows, are as fast either way."""


def _first_chars(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words``: a position where no word
    can start fails on it at once, without calling the list's group."""
    words = list(words)
    if not words or "" in words:
        return ""  # no word, or one that matches where any may
    firsts = sorted({w[0] for w in words})
    return "(?=[" + "".join("\\" + c if c in "\\]^-[" else c for c in firsts) + "])"


def expand_lists(
    pattern: str, lists: Mapping[str, Iterable[str]], *, share: bool = SHARE_LISTS
) -> str:
    r"""``pattern`` (verbose source) with each ``\L<name>`` written out as a trie of
    the words of ``lists[name]`` (see :func:`_trie`), comments left out: the same
    matches, found in time independent of the length of the lists.

    A list that stands more than once in the pattern (outside lookbehinds) is written
    out once, as a group of a ``(?(DEFINE)...)`` at the end of the pattern, and each
    place calls it (``(?&name)``): the ``regex`` module backtracks into a called group
    as into one written in place, so the matches are the same, and the compiled
    pattern holds one copy of the trie instead of one per place (the tag patterns
    hold the speaker's word lists many times over). The group calls capture nothing
    a caller reads, and the groups come after every group of ``pattern``: their
    numbers are unchanged. With ``share=False`` (the default: :data:`SHARE_LISTS`)
    every list is written out in place.

    Raises:
        ValueError: a named list stands where case is ignored (``(?i)``), where a
            trie would try the words in another order.

    >>> print(expand_lists(r"(?<!\w)\L<v>[\L<#]# \L<v>", {"v": ["is", "it"]}))
    (?<!\w)(?:i[st])[\L<#]
    >>> print(expand_lists(r"\L<v> \L<v>", {"v": ["is", "it"]}, share=True))
    (?=[i])(?&nclist_v) (?=[i])(?&nclist_v)(?(DEFINE)(?P<nclist_v>(?:i[st])))
    """
    pieces, listed = _pieces(pattern)
    places = Counter(name for name, behind in listed.values() if not behind)
    defined: dict[str, None] = {}  # the lists written once, in order
    for k, (name, behind) in listed.items():
        if share and places[name] > 1 and not behind:
            pieces[k] = f"{_first_chars(lists[name])}(?&{_GROUP_PREFIX}{name})"
            defined[name] = None
        else:
            pieces[k] = _trie(frozenset(lists[name]))
    if defined:
        pieces.append("(?(DEFINE)")
        pieces.extend(
            f"(?P<{_GROUP_PREFIX}{name}>{_trie(frozenset(lists[name]))})"
            for name in defined
        )
        pieces.append(")")
    return "".join(pieces)


def _pieces(pattern: str) -> tuple[list[str], dict[int, tuple[str, bool]]]:
    """The pieces of verbose ``pattern`` (see :func:`_piece_end`), comments emptied,
    and for each named list among them (by index): its name and whether it stands in
    a lookbehind.

    Raises:
        ValueError: a named list stands where case is ignored.
    """
    pieces: list[str] = []
    listed: dict[int, tuple[str, bool]] = {}  # piece index -> (list, in a lookbehind)
    groups: list[tuple[bool, bool]] = []  # per open group: ignores case, looks behind
    i = 0
    while i < len(pattern):
        end = _piece_end(pattern, i)
        piece = pattern[i:end]
        if piece.startswith("\\L<"):
            if any(case for case, _ in groups):
                raise ValueError(f"a named list where case is ignored: {pattern!r}")
            listed[len(pieces)] = (piece[3:-1], any(behind for _, behind in groups))
        elif piece.startswith("#"):
            piece = ""
        elif piece == "(":
            groups.append(
                (_ignores_case(pattern, i), pattern.startswith(_LOOKBEHINDS, i))
            )
        elif piece == ")":
            groups.pop()
        pieces.append(piece)
        i = end
    return pieces, listed


_GROUP_PREFIX: Final = "nclist_"
"""The names of the groups :func:`expand_lists` defines (a pattern's own groups never
start so)."""
_LOOKBEHINDS: Final = ("(?<=", "(?<!")


def _piece_end(pattern: str, i: int) -> int:
    """Where the piece of verbose pattern source at ``i`` ends: an escape or a named
    list, a character class, a comment or else one character."""
    char = pattern[i]
    if char == "\\":
        return pattern.index(">", i) + 1 if pattern.startswith("\\L<", i) else i + 2
    if char == "#":
        end = pattern.find("\n", i)
        return len(pattern) if end < 0 else end
    if char != "[":
        return i + 1
    j = i + 1 + pattern.startswith("^", i + 1)
    j += pattern.startswith("]", j)  # a leading "]" is a member
    depth = 1
    while depth:
        if pattern[j] == "\\":
            j += 2
            continue
        depth += {"[": 1, "]": -1}.get(pattern[j], 0)
        j += 1
    return j


def _ignores_case(pattern: str, i: int) -> bool:
    """Whether the group opening at ``i`` turns case-insensitive matching on.

    Raises:
        ValueError: a flag group ``(?i)`` for the rest of the pattern.
    """
    flags = _FLAGS_GROUP.match(pattern, i)
    if flags is None or "i" not in flags.group("on"):
        return False
    if flags.group("end") == ")":
        raise ValueError(f"a global (?i) flag: {pattern!r}")
    return True


def compile_listed(
    pattern: str, lists: Mapping[str, Iterable[str]]
) -> regex.Pattern[str]:
    r"""Compile ``pattern`` with its named lists written out (:func:`expand_lists`).

    The pattern cache holds it by ``pattern``, the words of its lists and this
    module's code (:data:`_CODE`), so a process that finds it there does not write
    the lists out again.

    >>> compile_listed(r"\L<v>!", {"v": ["is", "it"]}).pattern
    '(?:i[st])!'
    """
    used = {
        name: sorted(set(lists[name])) for name in _names_in(pattern) if name in lists
    }
    return cached_compile_expanded(
        f"{_CODE}\x00{SHARE_LISTS}\x00{pattern}",
        FLAGS,
        used,
        lambda: expand_lists(pattern, lists),
    )


def _names_in(pattern: str) -> list[str]:
    """The names of the lists ``pattern`` reads (``\\L<name>``), each once."""
    return sorted(set(_LIST_NAME.findall(pattern)))


_LIST_NAME: Final = compile_plain(r"\\L<(\w++)>")


def _code() -> str:
    """A digest of this module's source: a pattern cached by its source is written
    out by the code that wrote it (any change here makes new cache keys)."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:  # pragma: no cover - a module without a readable file
        return "unread"


_CODE: Final = _code()
