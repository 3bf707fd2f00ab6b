"""The ``newsclaims`` command: parse articles, check documents, show the demo.

- ``newsclaims parse [FILE ...|-]`` parses text files (or stdin), or with ``--jsonl``
  ``{"id", "text"}`` lines, and prints JSON, JSON Lines, a table or HTML pages.
- ``newsclaims validate FILE.jsonl ...`` checks JSON Lines documents against the model.
- ``newsclaims demo`` parses the bundled example article.

A bad input is reported on stderr as ``newsclaims: FILE[:LINE]: message``; the other
inputs are still processed and the exit status is 1 at the end. Usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import json
import os
import signal
import sys
import tempfile
import textwrap
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO, Self, TextIO, TypeVar

from attrs import frozen

from newsclaims._unicode import displayable, escape_surrogates
from newsclaims.errors import DocumentError, InputTooLongError
from newsclaims.examples import seed_article
from newsclaims.model import Article, AttributionType
from newsclaims.render import to_html
from newsclaims.serialize import from_dict, json_error, to_dict

if TYPE_CHECKING:  # the parser (compiled patterns) loads when a command needs it
    from newsclaims.parser import Parser

__all__ = ["format_table", "main"]

_FORMATS = ("json", "jsonl", "table", "html")

T = TypeVar("T")


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_table(article: Article, *, width: int = 100) -> str:
    """A plain-text view of an article: speaker, cue, mode and content of each claim,
    then the responses.

    >>> from newsclaims import parse_article
    >>> art = parse_article('"We are ready," said Ann Lee.')
    >>> print(format_table(art))
    claims: 1   actors: 1   responses: 0
    c1   Ann Lee [Ann Lee] said (direct)
           We are ready
    """
    text = article.text
    counts = (
        f"claims: {len(article.claims)}   actors: {len(article.actors)}   "
        f"responses: {len(article.responses)}"
    )
    lines = [counts]
    if article.timed_out:
        lines.append("warning: a pattern timed out; results may be incomplete")
    if article.dateline is not None:
        lines.append(f"dateline: {article.dateline.location}")
    for c in article.claims:
        who = article.actor(c.speaker)
        name = "?" if who is None else who.name or "(unnamed)"
        said = c.speaker_span.of(text) if c.speaker_span else "-"
        cue = c.cue_span.of(text) if c.cue_span else "-"
        flags = c.mode.value + (", hedged" if c.hedged else "")
        if c.attribution is not AttributionType.ASSERTION:
            flags += f", {c.attribution.value}"
        lines.append(f"{c.id:<4} {name} [{said}] {cue} ({flags})")
        body = textwrap.fill(
            _short(c.content(text), 400),
            width=width,
            initial_indent="       ",
            subsequent_indent="       ",
        )
        lines.append(body)
    lines.extend(
        f"{r.claim} answers {r.responds_to}: {r.kind.value}" for r in article.responses
    )
    return "\n".join(lines)


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


# --- parsing -----------------------------------------------------------------------


def _parse_one(parser: Parser, item: _Input) -> Article | _InputError:
    try:
        return parser.parse(item.text, id=item.id)
    except (InputTooLongError, ValueError) as e:  # the input's fault, said plainly
        return _InputError(f"{item.where}: {e}")
    except Exception as e:  # noqa: BLE001 - one bad input must not stop the others
        return _InputError(f"{item.where}: cannot parse: {type(e).__name__}: {e}")


_WORKER_PARSER: list[Parser] = []


def _start_worker(parser: Parser) -> None:
    _WORKER_PARSER[:] = [parser]


def _parse_batch(items: list[_Input]) -> list[Article | _InputError]:
    return [_parse_one(_WORKER_PARSER[0], item) for item in items]


_Result = tuple[_Input | _InputError, Article | _InputError]


def _parse_all(
    parser: Parser, items: Iterable[_Input | _InputError], workers: int
) -> Iterator[_Result]:
    """Parse in input order, in ``workers`` processes when there is more than one;
    reading stays a few batches ahead of the output, never the whole input."""
    if workers <= 1:
        for item in items:
            yield (
                item,
                item if isinstance(item, _InputError) else _parse_one(parser, item),
            )
        return
    size = 8
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(parser,)
    )
    window: deque[tuple[list[_Input | _InputError], Future[list[Any]]]] = deque()
    try:
        for batch in _batches(items, size):
            todo = [i for i in batch if not isinstance(i, _InputError)]
            window.append((list(batch), pool.submit(_parse_batch, todo)))
            if len(window) > 2 * workers:
                yield from _merge(*window.popleft())
        while window:
            yield from _merge(*window.popleft())
    finally:
        pool.shutdown(wait=not window, cancel_futures=True)


def _batches(items: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    it = iter(items)
    while batch := tuple(itertools.islice(it, size)):
        yield batch


def _merge(
    batch: list[_Input | _InputError], done: Future[list[Any]]
) -> Iterator[_Result]:
    results = iter(done.result())
    for item in batch:
        yield item, item if isinstance(item, _InputError) else next(results)


class _Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal; a
    count when the total is not known (stdin)."""

    def __init__(self, total: int | None, stream: TextIO) -> None:
        self.total, self.stream, self.done = total, stream, 0
        self.on = (total is None or total > 1) and stream.isatty()

    def step(self) -> None:
        self.done += 1
        if not self.on:
            return
        if self.total is None:
            self.stream.write(f"\rnewsclaims: {self.done}")
        else:
            filled = 30 * self.done // max(self.total, self.done)
            bar = "#" * filled + "." * (30 - filled)
            self.stream.write(f"\rnewsclaims: [{bar}] {self.done}/{self.total}")
        self.stream.flush()

    def clear(self) -> None:
        if self.on and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _error(message: str, progress: _Progress | None = None) -> None:
    if progress is not None:
        progress.clear()
    sys.stderr.write(f"newsclaims: {displayable(message)}\n")


# --- writing results ---------------------------------------------------------------

_NAME_BYTES = 120
"""The longest page name (in UTF-8 bytes, before ``.html``); longer ones are cut and
end with a hash of the whole id, far below the 255 bytes file systems allow."""


def _write_page(page: Path, text: str, *, force: bool, mode: int) -> None:
    """Write ``page`` atomically: a temporary file in the same directory, then a
    rename. Never over an existing file (or link) without ``force``; with it the link
    itself is replaced, never the file it points to. A failure or Ctrl-C leaves no
    partial file."""
    exists = _InputError(f"{page}: already exists (use --force to replace it)")
    if not force and os.path.lexists(page):
        raise exists
    # A Ctrl-C while the page is written is held back until it is done or removed:
    # raised between mkstemp() and the bookkeeping below, it would leave the file.
    with _interrupts_held():
        _write_atomically(page, text, force=force, mode=mode, exists=exists)


def _write_atomically(
    page: Path, text: str, *, force: bool, mode: int, exists: _InputError
) -> None:
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(
            dir=page.parent, prefix=".newsclaims-", suffix=".part"
        )
        tmp = Path(name)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        tmp.chmod(mode)
        if force:
            tmp.replace(page)
            tmp = None
            return
        try:
            os.link(tmp, page)  # fails if the name was taken meanwhile
        except FileExistsError:
            raise exists from None
        except OSError:  # no hard links on this file system
            if os.path.lexists(page):
                raise exists from None
            tmp.replace(page)
            tmp = None
    except OSError as e:
        raise _InputError(f"{page}: cannot write: {e.strerror or e}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


class _Output:
    """Writes each article in the chosen format; ``single``: one document, no array."""

    def __init__(
        self, fmt: str, *, single: bool, out_dir: Path | None, force: bool = False
    ) -> None:
        self.fmt, self.single, self.out_dir, self.force = fmt, single, out_dir, force
        self.count = 0
        self.taken: set[str] = set()
        umask = os.umask(0)
        os.umask(umask)
        self.mode = 0o666 & ~umask

    def write(self, item: _Input, article: Article) -> None:
        data: dict[str, Any] = {}
        if self.fmt in ("json", "jsonl"):
            data = to_dict(article)
        if self.fmt == "jsonl":
            _out(_json(data))
            sys.stdout.flush()  # a stream in, a stream out: each line as it is ready
        elif self.fmt == "json" and self.single:
            _out(_pretty(data))
        elif self.fmt == "json":
            head = "[\n  " if not self.count else ",\n  "
            sys.stdout.write(head + _pretty(data, "  "))
        elif self.fmt == "table":
            head = "" if self.single else f"== {item.where}\n"
            _out(displayable(head + format_table(article)))
        elif self.out_dir is None:
            sys.stdout.write(displayable(to_html(article, title=item.id or item.where)))
        else:
            page = self.out_dir / self._file_name(item.name)
            html = displayable(to_html(article, title=item.id or item.where))
            _write_page(page, html, force=self.force, mode=self.mode)
        self.count += 1

    def _file_name(self, name: str) -> str:
        """A safe, unique page name for an id; a long id is cut and ends with a hash
        of the whole id, so that two long ids with one beginning stay apart.

        >>> out = _Output("html", single=False, out_dir=None)
        >>> long = out._file_name("x" * 300)
        >>> out._file_name("../a/b c"), len(long), long[106:]
        ('a_b_c.html', 125, 'x-0d4e2ca9e9cb.html')
        """
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
        base = safe.strip("._") or "article"
        if len(base.encode("utf-8", "surrogatepass")) > _NAME_BYTES:
            digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
            cut = base.encode("utf-8")[: _NAME_BYTES - 13].decode("utf-8", "ignore")
            base = f"{cut}-{digest[:12]}"
        stem, k = base, 2
        while stem.casefold() in self.taken:
            stem, k = f"{base}-{k}", k + 1
        self.taken.add(stem.casefold())
        return f"{stem}.html"

    def finish(self) -> None:
        if self.fmt == "json" and not self.single:
            _out("\n]" if self.count else "[]")


def _pretty(value: object, indent: str = "") -> str:
    r"""Indented JSON that keeps arrays of numbers (spans) on one line.

    >>> _pretty({"span": [0, 7], "mentions": [[0, 3]]})
    '{\n  "span": [0, 7],\n  "mentions": [[0, 3]]\n}'
    """
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{_json(k)}: {_pretty(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        items = [inner + _pretty(v, inner) for v in value]
        return "[\n" + ",\n".join(items) + f"\n{indent}]"
    return _json(value)


def _json(value: object) -> str:
    """JSON text that is valid UTF-8: a lone surrogate is written as an escape."""
    return escape_surrogates(json.dumps(value, ensure_ascii=False))


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


# --- commands ----------------------------------------------------------------------


def _cmd_parse(args: argparse.Namespace) -> int:
    files: list[str] = args.files or ["-"]
    single = not args.jsonl and len(files) == 1
    if args.output_dir is not None and args.format != "html":
        args.usage_error("--output-dir needs --format html")
    if args.force and args.output_dir is None:
        args.usage_error("--force needs --output-dir DIR")
    if args.format == "html" and not single and args.output_dir is None:
        args.usage_error("--format html with several inputs needs --output-dir DIR")
    if args.output_dir is not None:
        try:
            args.output_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            _error(f"{args.output_dir}: cannot create: {e.strerror or e}")
            return 1
    from newsclaims.parser import Parser  # noqa: PLC0415 - see the imports

    max_chars = args.max_chars or None
    parser = Parser(max_chars=max_chars)
    output = _Output(
        args.format, single=single, out_dir=args.output_dir, force=args.force
    )
    total = _count(files, jsonl=args.jsonl) if sys.stderr.isatty() else None
    progress = _Progress(total, sys.stderr)
    failed = False
    items = _inputs(files, jsonl=args.jsonl, max_chars=max_chars)
    _check_interrupt()  # a Ctrl-C lost while the patterns compiled
    for item, result in _parse_all(parser, items, args.workers):
        _check_interrupt()
        try:
            if isinstance(result, _InputError):
                raise result
            assert isinstance(item, _Input)  # noqa: S101 - errors pass through as such
            output.write(item, result.only(*args.only) if args.only else result)
        except _InputError as e:
            _error(str(e), progress)
            failed = True
        progress.step()
    progress.clear()
    output.finish()
    return 1 if failed else 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from newsclaims.parser import parse_article  # noqa: PLC0415 - see the imports

    item = _Input(where="seed-article", name="seed-article", id="seed-article", text="")
    article = parse_article(seed_article(), id=item.id)
    output = _Output(args.format, single=True, out_dir=None)
    output.write(item, article)
    output.finish()
    return 0


def _check(raw: bytes, where: str) -> list[str]:
    """Every problem of one JSON Lines document, as ``"$.path: message"`` strings."""
    try:
        data = _load(raw, where)
    except _InputError as e:
        return [str(e).removeprefix(f"{where}: ")]
    try:
        from_dict(data)
    except DocumentError as e:
        return list(e.errors)
    return []


def _cmd_validate(args: argparse.Namespace) -> int:
    docs = invalid = unread = 0
    for name in args.files:
        for line in _lines(name):
            if isinstance(line, _InputError):
                _error(str(line))
                unread += 1
                continue
            n, raw = line
            if not raw.strip():
                continue
            docs += 1
            where = f"{_label(name)}:{n}"
            problems = _check(raw, where)
            invalid += bool(problems)
            for problem in problems:
                _out(displayable(f"{where}: {problem}"))
    if unread < len(args.files):  # a summary of what was read, if anything was
        _out(f"{docs} document{'' if docs == 1 else 's'}, {invalid} invalid")
    return 1 if unread or invalid else 0


def _whole(value: str, minimum: int) -> int:
    try:
        n = int(value)
    except ValueError:
        n = minimum - 1
    if n < minimum:
        raise argparse.ArgumentTypeError(
            f"expected a whole number >= {minimum}, got {value!r}"
        )
    return n


def _workers(value: str) -> int:
    return _whole(value, 1)


def _max_chars(value: str) -> int:
    return _whole(value, 0)


DEFAULT_MAX_CHARS = 10_000_000
"""The command line's default ``--max-chars``: ten million characters, a hundred times
a long feature article (``0``: no limit)."""


def _attribution_types(value: str) -> tuple[AttributionType, ...]:
    """The attribution types of ``--only``: comma-separated names."""
    names = [v.strip() for v in value.split(",") if v.strip()]
    known = [t.value for t in AttributionType]
    bad = [n for n in names if n not in known]
    if bad or not names:
        raise argparse.ArgumentTypeError(
            f"unknown attribution type {', '.join(bad) or repr(value)}: "
            f"use {', '.join(known)}"
        )
    return tuple(AttributionType(n) for n in names)


def _build() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsclaims",
        description="Who said what in English news: actors, claims and responses.",
    )
    ap.add_argument("--version", action="version", version=f"newsclaims {_version()}")
    sub = ap.add_subparsers(dest="command", required=True)
    parse = sub.add_parser("parse", help="parse text files (or - for stdin)")
    parse.add_argument(
        "files", nargs="*", metavar="FILE", help="text files; - is stdin"
    )
    parse.add_argument(
        "--jsonl", action="store_true", help='inputs are {"id", "text"} JSON Lines'
    )
    parse.add_argument(
        "--format",
        choices=_FORMATS,
        default="jsonl",
        help="json: one document (an array for several inputs); jsonl: one line per "
        "article; table: plain text; html: one page per input (default: jsonl)",
    )
    parse.add_argument(
        "--output-dir", type=Path, metavar="DIR", help="html: write DIR/NAME.html"
    )
    parse.add_argument(
        "--force",
        action="store_true",
        help="with --output-dir: replace pages that exist (never written through)",
    )
    parse.add_argument(
        "--workers", type=_workers, default=1, metavar="N", help="processes to use"
    )
    parse.add_argument(
        "--max-chars",
        type=_max_chars,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help="a longer input is that input's error (default: %(default)s; 0: no limit)",
    )
    parse.add_argument(
        "--only",
        type=_attribution_types,
        metavar="TYPE[,TYPE]",
        help="keep only claims of these attribution types (assertion, belief, "
        "knowledge, intention, perception), e.g. --only assertion for what was said",
    )
    parse.set_defaults(run=_cmd_parse, usage_error=parse.error)
    validate = sub.add_parser(
        "validate",
        help="check JSON Lines documents against the model (unknown fields are errors)",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="JSONL; - is stdin")
    validate.set_defaults(run=_cmd_validate)
    demo = sub.add_parser("demo", help="parse the bundled example article")
    demo.add_argument("--format", choices=_FORMATS, default="table")
    demo.set_defaults(run=_cmd_demo)
    return ap


def _version() -> str:
    from newsclaims import __version__  # noqa: PLC0415 - only when asked

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the
    exit status: 0, 1 if any input failed, 2 for usage errors (raised as SystemExit),
    130 when interrupted (Ctrl-C).

    >>> import pathlib, tempfile
    >>> gold = pathlib.Path(tempfile.mkdtemp(), "gold.jsonl")
    >>> _ = gold.write_text('{"text": "Hi.", "source": "wire"}\\n', encoding="utf-8")
    >>> main(["validate", str(gold)])  # doctest: +ELLIPSIS
    /.../gold.jsonl:1: $: unknown field(s): source
    1 document, 1 invalid
    1
    """
    with _Interrupts() as ctrl_c:
        try:
            args = _build().parse_args(argv)
            status: int = args.run(args)
            ctrl_c.check()
            sys.stdout.flush()
        except BrokenPipeError:  # the reader went away (`| head`): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
        except KeyboardInterrupt:  # Ctrl-C: no traceback, the shell's status
            with contextlib.suppress(Exception):
                sys.stdout.flush()
            sys.stderr.write("\nnewsclaims: interrupted\n")
            return 130
    return status


class _Interrupts:
    """Remembers Ctrl-C, so that it is never lost.

    Python raises ``KeyboardInterrupt`` wherever the main thread happens to be; when
    that is a finalizer run by the garbage collector (frequent while the patterns
    compile), the exception is printed as "ignored" and the command would go on and
    exit 0. The handler installed here also sets a flag, which :meth:`check` turns
    back into ``KeyboardInterrupt`` after each record and at the end (and the
    "ignored" report of that exception is left out). It is installed only over
    Python's default handler, in the main thread, and put back on exit.
    """

    def __init__(self) -> None:
        self.seen = False
        self.held = 0  # > 0: a Ctrl-C only sets ``seen`` (see _interrupts_held)
        self.previous: Any = None
        self.unraisable = sys.unraisablehook

    def _unraisable(self, info: Any) -> None:
        if not (self.seen and info.exc_type is KeyboardInterrupt):
            self.unraisable(info)

    def __enter__(self) -> Self:
        global _CURRENT  # noqa: PLW0603 - one command runs at a time per process
        if (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            self.previous = signal.signal(signal.SIGINT, self._handle)
            sys.unraisablehook = self._unraisable
        _CURRENT = self
        return self

    def __exit__(self, *_: object) -> None:
        global _CURRENT  # noqa: PLW0603
        _CURRENT = None
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            sys.unraisablehook = self.unraisable

    def _handle(self, *_: object) -> None:
        self.seen = True
        if not self.held:
            raise KeyboardInterrupt

    def check(self) -> None:
        if self.seen:
            raise KeyboardInterrupt


_CURRENT: _Interrupts | None = None


def _check_interrupt() -> None:
    if _CURRENT is not None:
        _CURRENT.check()


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold a Ctrl-C back for the duration (it is remembered, and raised after)."""
    current = _CURRENT
    if current is None:
        yield
        return
    current.held += 1
    try:
        yield
    finally:
        current.held -= 1
    current.check()
