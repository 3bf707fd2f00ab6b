"""A disk cache of compiled patterns, so a new process starts in a blink.

Compiling newsclaims' patterns takes seconds of CPU, nearly all of it in the ``regex``
module's pattern parser (pure Python); the compiled form it hands to its C engine
loads in milliseconds. ``regex`` pickles a pattern as exactly that compiled form, so
the first process to compile a pattern keeps its pickle in a cache file, and every
later process loads it instead of compiling again. Output is identical either way: the
engine receives the same compiled code.

Where: ``$NEWSCLAIMS_CACHE_DIR`` if set (empty: no cache at all), else
``$XDG_CACHE_HOME/newsclaims``, else ``~/.cache/newsclaims``
(``%LOCALAPPDATA%\\newsclaims`` on Windows). One file per ``regex`` version and
Python version; a pattern is found by a hash of its source, flags and named lists, so
changed lexicons or patterns simply miss.

Safety: the file is read only if its checksum matches, and unpickled by an unpickler
that can build nothing but ``regex`` patterns; a file that fails either check, a
directory that cannot be written, a full disk: every failure falls back to compiling,
silently and with the same result. The file is replaced atomically (a temporary file
and a rename in the same directory), never written through a symbolic link, and holds
at most :data:`MAX_ENTRIES` patterns.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import regex

__all__ = ["MAX_ENTRIES", "cache_dir", "cache_file", "cached_compile", "flush"]

MAX_ENTRIES: Final = 400
"""The most patterns one cache file holds (the default lexicons need about 110); the
oldest go first."""

_MAGIC: Final = b"newsclaims-patterns-1\n"
_ENV: Final = "NEWSCLAIMS_CACHE_DIR"

_lock = threading.RLock()
_entries: dict[str, bytes] | None = None  # key -> a pickled pattern; None: not loaded
_dirty = False


def cache_dir() -> Path | None:
    """The directory of the pattern cache, or ``None`` when it is switched off."""
    env = os.environ.get(_ENV)
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "newsclaims"
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "newsclaims"


def cache_file() -> Path | None:
    """The cache file for this ``regex`` and Python, or ``None`` when switched off."""
    where = cache_dir()
    if where is None:
        return None
    py = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return where / f"patterns-regex{regex.__version__}-py{py}.pickle"


class _PatternsOnly(pickle.Unpickler):
    """Unpickles ``regex`` patterns and nothing else."""

    def find_class(self, module: str, name: str) -> Callable[..., regex.Pattern[str]]:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)  # type: ignore[no-any-return]
        msg = f"a pattern cache may not hold {module}.{name}"
        raise pickle.UnpicklingError(msg)


def _read(path: Path) -> dict[str, bytes]:
    """The entries of the cache file at ``path``; empty when it is missing or bad."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    head = len(_MAGIC) + 32
    body = data[head:]
    if (
        data[: len(_MAGIC)] != _MAGIC
        or hashlib.sha256(body).digest() != data[len(_MAGIC) : head]
    ):
        return {}
    try:
        entries = _EntriesOnly(io.BytesIO(body)).load()
    except Exception:  # noqa: BLE001 -- a bad cache is no cache
        return {}
    ok = isinstance(entries, dict) and all(
        isinstance(k, str) and isinstance(v, bytes) for k, v in entries.items()
    )
    return entries if ok else {}


class _EntriesOnly(pickle.Unpickler):
    """Unpickles the file's table (a dict of str to bytes) and refuses any class."""

    def find_class(self, module: str, name: str) -> type:
        msg = f"a pattern cache table may not hold {module}.{name}"
        raise pickle.UnpicklingError(msg)


def _loaded() -> dict[str, bytes]:
    global _entries  # noqa: PLW0603 -- the one table of this process
    if _entries is None:
        path = cache_file()
        _entries = {} if path is None else _read(path)
    return _entries


def _key(pattern: str, flags: int, lists: Mapping[str, Sequence[str]]) -> str:
    h = hashlib.sha256()
    h.update(f"{flags}\x00{len(pattern)}\x00".encode())
    h.update(pattern.encode("utf-8", "surrogatepass"))
    for name in sorted(lists):
        h.update(f"\x00{name}\x00{len(lists[name])}\x00".encode())
        h.update("\x01".join(lists[name]).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _compile(
    pattern: str, flags: int, lists: Mapping[str, Sequence[str]]
) -> regex.Pattern[str]:
    named: dict[str, Any] = dict(lists)
    return regex.compile(pattern, flags, ignore_unused=True, **named)


def cached_compile(
    pattern: str, flags: int, lists: Mapping[str, Sequence[str]]
) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, ignore_unused=True, **lists)``, from the cache
    when it holds the pattern (``lists`` must map names to sorted word lists)."""
    if cache_dir() is None:
        return _compile(pattern, flags, lists)
    return _cached(
        _key(pattern, flags, lists),
        lambda found: found.pattern == pattern,
        lambda: _compile(pattern, flags, lists),
    )


def cached_compile_expanded(
    source: str,
    flags: int,
    lists: Mapping[str, Sequence[str]],
    expand: Callable[[], str],
) -> regex.Pattern[str]:
    """``regex.compile(expand(), flags)``, from the cache when it holds the pattern
    built from ``source`` and ``lists`` (sorted word lists), so that a cache hit
    skips the expansion too (see :func:`newsclaims._lists.compile_listed`)."""
    if cache_dir() is None:
        return _compile(expand(), flags, {})
    return _cached(
        _key(_EXPANDED + source, flags, lists),
        lambda found: found.flags & flags == flags,
        lambda: _compile(expand(), flags, {}),
    )


_EXPANDED: Final = "\x00expanded\x00"
"""What the key of a pattern cached by its source (:func:`cached_compile_expanded`)
starts with: never the same key as a pattern cached as written."""


def _cached(
    key: str,
    fits: Callable[[regex.Pattern[str]], bool],
    build: Callable[[], regex.Pattern[str]],
) -> regex.Pattern[str]:
    """The pattern the cache holds under ``key`` when it unpickles and ``fits``;
    else ``build()``, kept under ``key`` for :func:`flush`."""
    global _dirty  # noqa: PLW0603
    with _lock:
        blob = _loaded().get(key)
    if blob is not None:
        with contextlib.suppress(Exception):
            found = _PatternsOnly(io.BytesIO(blob)).load()
            if isinstance(found, regex.Pattern) and fits(found):
                return found
    compiled = build()
    with _lock:
        table = _loaded()
        table.pop(key, None)
        table[key] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
        while len(table) > MAX_ENTRIES:
            del table[next(iter(table))]
        _dirty = True
    return compiled


def flush() -> None:
    """Write the patterns compiled since the last flush to the cache file, merged with
    what other processes wrote there meanwhile; any failure leaves the file as it was."""
    global _dirty  # noqa: PLW0603
    if not _dirty:
        return
    with _lock:
        _dirty = False
        path = cache_file()
        if path is None or _entries is None:
            return
        table = {**_read(path), **_entries}
        while len(table) > MAX_ENTRIES:
            del table[next(iter(table))]
        body = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
        data = _MAGIC + hashlib.sha256(body).digest() + body
        with contextlib.suppress(OSError):
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                Path(tmp).replace(
                    path
                )  # replaces a link itself, never writes through it
            except BaseException:
                with contextlib.suppress(OSError):
                    Path(tmp).unlink()
                raise
