"""Reading the inputs of the ``newsclaims`` command: text files, stdin and JSON Lines
records, each turned into an input or the error that stands in its place."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from attrs import frozen

from newsclaims.serialize import json_error

# --- reading inputs ----------------------------------------------------------------


class _InputError(Exception):
    """One input could not be used; ``str()`` is ``"where: what went wrong"``."""


@frozen
class _Input:
    where: str  # "a.txt", "data.jsonl:3" or "<stdin>": for messages and table headers
    name: str  # the page name for --output-dir
    id: str | None
    text: str


def _label(name: str) -> str:
    return "<stdin>" if name == "-" else name


class _Names:
    """Ids and page names of the input files: each file's path relative to the
    common parent directory of all of them, so that ``a/x.txt`` and ``b/x.txt`` stay
    apart (one file, or files in one directory: just the file name)."""

    def __init__(self, files: Sequence[str]) -> None:
        dirs = [str(Path(f).absolute().parent) for f in files if f != "-"]
        self.parent: str | None = None
        with contextlib.suppress(ValueError):  # no common parent (Windows drives)
            self.parent = os.path.commonpath(dirs) if dirs else None

    def id(self, name: str) -> str | None:
        if name == "-":
            return None
        if self.parent is None:
            return Path(name).name
        return Path(os.path.relpath(Path(name).absolute(), self.parent)).as_posix()

    def stem(self, name: str) -> str:
        rid = self.id(name)
        return "stdin" if rid is None else str(PurePosixPath(rid).with_suffix(""))


def _open(name: str) -> BinaryIO:
    try:
        return sys.stdin.buffer if name == "-" else Path(name).open("rb")
    except OSError as e:
        raise _InputError(f"{_label(name)}: cannot read: {e.strerror or e}") from None


def _read(name: str, max_chars: int | None) -> bytes:
    """The bytes of a file (or stdin); past ``4 * max_chars`` bytes (more than
    ``max_chars`` characters, whatever they are) it stops reading and fails."""
    stream = _open(name)
    try:
        with contextlib.nullcontext() if name == "-" else stream:
            data = (
                stream.read() if max_chars is None else stream.read(4 * max_chars + 1)
            )
    except OSError as e:
        raise _InputError(f"{_label(name)}: cannot read: {e.strerror or e}") from None
    if max_chars is not None and len(data) > 4 * max_chars:
        raise _InputError(
            f"{_label(name)}: longer than --max-chars ({max_chars:,} characters)"
        )
    return data


def _lines(name: str) -> Iterator[tuple[int, bytes] | _InputError]:
    """The numbered lines of a file (or stdin), read one at a time; a read error
    comes out as an :class:`_InputError` and ends the file."""
    try:
        stream = _open(name)
    except _InputError as e:
        yield e
        return
    n = 0
    try:
        with contextlib.nullcontext() if name == "-" else stream:
            for chunk in stream:
                for line in chunk.splitlines():  # \r and \r\n end lines too
                    n += 1
                    yield n, line
    except OSError as e:
        yield _InputError(f"{_label(name)}: cannot read: {e.strerror or e}")


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _InputError(
            f"{where}: invalid UTF-8 at byte {e.start}: {e.reason}"
        ) from None


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "number")


def _load(raw: bytes, where: str) -> object:
    """The JSON value of one line; any failure is that line's :class:`_InputError`
    (nesting too deep for the decoder and integers too long for Python included)."""
    text = _decode(raw, where)
    try:
        return json.loads(text)
    except RecursionError:
        raise _InputError(f"{where}: not JSON: nested too deeply") from None
    except ValueError as e:
        raise _InputError(f"{where}: not JSON: {json_error(e)}") from None


def _record(raw: bytes, where: str, name: str) -> _Input:
    data = _load(raw, where)
    if not isinstance(data, dict):
        raise _InputError(f"{where}: not a JSON object: got {_json_type(data)}")
    if "text" not in data:
        raise _InputError(f'{where}: no "text" field')
    text, rid = data["text"], data.get("id")
    if not isinstance(text, str):
        raise _InputError(f'{where}: "text" must be a string, got {_json_type(text)}')
    if rid is not None and not isinstance(rid, str):
        raise _InputError(
            f'{where}: "id" must be a string or null, got {_json_type(rid)}'
        )
    return _Input(where=where, name=rid or name, id=rid, text=text)


def _inputs(
    files: Sequence[str], *, jsonl: bool, max_chars: int | None
) -> Iterator[_Input | _InputError]:
    """Every input in order, read lazily: one file or one JSON line at a time."""
    names = _Names(files)
    for name in files:
        if not jsonl:
            try:
                text = _decode(_read(name, max_chars), _label(name))
            except _InputError as e:
                yield e
                continue
            yield _Input(
                where=_label(name), name=names.stem(name), id=names.id(name), text=text
            )
            continue
        for line in _lines(name):
            if isinstance(line, _InputError):
                yield line
                continue
            n, raw = line
            if raw.strip():
                where = f"{_label(name)}:{n}"
                try:
                    yield _record(raw, where, f"{names.stem(name)}-{n}")
                except _InputError as e:
                    yield e


def _count(files: Sequence[str], *, jsonl: bool) -> int | None:
    """How many inputs there are (for the progress bar); ``None`` for stdin."""
    if "-" in files:
        return None
    if not jsonl:
        return len(files)
    return sum(
        1
        for name in files
        for line in _lines(name)
        if isinstance(line, _InputError) or line[1].strip()
    )
