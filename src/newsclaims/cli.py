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
import itertools
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from newsclaims._cli_input import (
    _count,
    _Input,
    _InputError,
    _inputs,
    _label,
    _lines,
    _load,
)
from newsclaims._cli_interrupts import (
    _check_interrupt,
    _Interrupts,
)
from newsclaims._cli_output import _out, _Output, format_table
from newsclaims._unicode import displayable
from newsclaims.errors import DocumentError, InputTooLongError
from newsclaims.examples import seed_article
from newsclaims.model import Article, AttributionType
from newsclaims.serialize import from_dict

if TYPE_CHECKING:  # the parser (compiled patterns) loads when a command needs it
    from newsclaims.parser import Parser

__all__ = ["format_table", "main"]

_FORMATS = ("json", "jsonl", "table", "html")

T = TypeVar("T")


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
