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
import json
import os
import sys
import textwrap
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from attrs import frozen

from newsclaims.errors import DocumentError
from newsclaims.examples import seed_article
from newsclaims.model import Article
from newsclaims.parser import Parser, parse_article
from newsclaims.render import to_html
from newsclaims.serialize import from_dict, to_dict

__all__ = ["format_table", "main"]

_FORMATS = ("json", "jsonl", "table", "html")


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_table(article: Article, *, width: int = 100) -> str:
    """A plain-text view of an article: speaker, cue, mode and content of each claim,
    then the responses.

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
    if article.dateline is not None:
        lines.append(f"dateline: {article.dateline.location}")
    for c in article.claims:
        who = article.actor(c.speaker)
        name = "?" if who is None else who.name or "(unnamed)"
        said = c.speaker_span.of(text) if c.speaker_span else "-"
        cue = c.cue_span.of(text) if c.cue_span else "-"
        flags = c.mode.value + (", hedged" if c.hedged else "")
        lines.append(f"{c.id:<4} {name} [{said}] {cue} ({flags})")
        body = textwrap.fill(
            _short(c.content_span.of(text), 400),
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


def _stem(name: str) -> str:
    return "stdin" if name == "-" else Path(name).stem


def _read(name: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as e:
        raise _InputError(f"{_label(name)}: cannot read: {e.strerror or e}") from None


def _lines(name: str) -> Iterator[tuple[int, bytes]]:
    """The numbered lines of a file (or stdin); raises _InputError if it cannot be read."""
    return enumerate(_read(name).splitlines(), 1)


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


def _record(raw: bytes, where: str, name: str) -> _Input:
    try:
        data = json.loads(_decode(raw, where))
    except json.JSONDecodeError as e:
        raise _InputError(f"{where}: not JSON: {e}") from None
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


def _inputs(files: Sequence[str], *, jsonl: bool) -> Iterator[_Input | _InputError]:
    for name in files:
        try:
            if not jsonl:
                text = _decode(_read(name), _label(name))
                rid = None if name == "-" else Path(name).name
                yield _Input(where=_label(name), name=_stem(name), id=rid, text=text)
                continue
            for n, raw in _lines(name):
                if raw.strip():
                    where = f"{_label(name)}:{n}"
                    try:
                        yield _record(raw, where, f"{_stem(name)}-{n}")
                    except _InputError as e:
                        yield e
        except _InputError as e:
            yield e


# --- parsing -----------------------------------------------------------------------


def _parse_one(parser: Parser, item: _Input) -> Article | _InputError:
    try:
        return parser.parse(item.text, id=item.id)
    except Exception as e:  # noqa: BLE001 - one bad input must not stop the others
        return _InputError(f"{item.where}: cannot parse: {type(e).__name__}: {e}")


def _parse_all(
    items: Sequence[_Input], workers: int
) -> Iterator[Article | _InputError]:
    """Parse in input order, in ``workers`` processes when there is more than one."""
    parse = partial(_parse_one, Parser())
    if workers <= 1 or len(items) <= 1:
        yield from map(parse, items)
        return
    chunk = max(1, min(32, len(items) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(parse, items, chunksize=chunk)


class _Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.stream, self.done = total, stream, 0
        self.on = total > 1 and stream.isatty()

    def step(self) -> None:
        self.done += 1
        if self.on:
            filled = 30 * self.done // self.total
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
    sys.stderr.write(f"newsclaims: {message}\n")


# --- writing results ---------------------------------------------------------------


class _Output:
    """Writes each article in the chosen format; ``single``: one document, no array."""

    def __init__(self, fmt: str, *, single: bool, out_dir: Path | None) -> None:
        self.fmt, self.single, self.out_dir = fmt, single, out_dir
        self.count = 0
        self.taken: set[str] = set()

    def write(self, item: _Input, article: Article) -> None:
        data: dict[str, Any] = {}
        if self.fmt in ("json", "jsonl"):
            data = to_dict(article)
        if self.fmt == "jsonl":
            _out(_json(data))
        elif self.fmt == "json" and self.single:
            _out(_pretty(data))
        elif self.fmt == "json":
            head = "[\n  " if not self.count else ",\n  "
            sys.stdout.write(head + _pretty(data, "  "))
        elif self.fmt == "table":
            _out(("" if self.single else f"== {item.where}\n") + format_table(article))
        elif self.out_dir is None:
            sys.stdout.write(to_html(article, title=item.id or item.where))
        else:
            page = self.out_dir / self._file_name(item.name)
            try:
                page.write_text(to_html(article, title=item.id or item.where), "utf-8")
            except OSError as e:
                raise _InputError(f"{page}: cannot write: {e.strerror or e}") from None
        self.count += 1

    def _file_name(self, name: str) -> str:
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
        base = safe.strip("._") or "article"
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
    return json.dumps(value, ensure_ascii=False)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


# --- commands ----------------------------------------------------------------------


def _cmd_parse(args: argparse.Namespace) -> int:
    files: list[str] = args.files or ["-"]
    single = not args.jsonl and len(files) == 1
    if args.output_dir is not None and args.format != "html":
        args.usage_error("--output-dir needs --format html")
    if args.format == "html" and not single and args.output_dir is None:
        args.usage_error("--format html with several inputs needs --output-dir DIR")
    failed = False
    items: list[_Input] = []
    for item in _inputs(files, jsonl=args.jsonl):
        if isinstance(item, _InputError):
            _error(str(item))
            failed = True
        else:
            items.append(item)
    if args.output_dir is not None:
        try:
            args.output_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            _error(f"{args.output_dir}: cannot create: {e.strerror or e}")
            return 1
    output = _Output(args.format, single=single, out_dir=args.output_dir)
    progress = _Progress(len(items), sys.stderr)
    for item, result in zip(items, _parse_all(items, args.workers), strict=True):
        try:
            if isinstance(result, _InputError):
                raise result
            output.write(item, result)
        except _InputError as e:
            _error(str(e), progress)
            failed = True
        progress.step()
    progress.clear()
    output.finish()
    return 1 if failed else 0


def _cmd_demo(args: argparse.Namespace) -> int:
    item = _Input(where="seed-article", name="seed-article", id="seed-article", text="")
    article = parse_article(seed_article(), id=item.id)
    output = _Output(args.format, single=True, out_dir=None)
    output.write(item, article)
    output.finish()
    return 0


def _check(raw: bytes, where: str) -> list[str]:
    """Every problem of one JSON Lines document, as ``"$.path: message"`` strings."""
    try:
        data = json.loads(_decode(raw, where))
    except _InputError as e:
        return [str(e).removeprefix(f"{where}: ")]
    except json.JSONDecodeError as e:
        return [f"not JSON: {e}"]
    try:
        from_dict(data)
    except DocumentError as e:
        return list(e.errors)
    return []


def _cmd_validate(args: argparse.Namespace) -> int:
    docs = invalid = 0
    failed = False
    for name in args.files:
        try:
            lines = _lines(name)
        except _InputError as e:
            _error(str(e))
            failed = True
            continue
        for n, raw in lines:
            if not raw.strip():
                continue
            docs += 1
            where = f"{_label(name)}:{n}"
            problems = _check(raw, where)
            invalid += bool(problems)
            for problem in problems:
                _out(f"{where}: {problem}")
    _out(f"{docs} document{'' if docs == 1 else 's'}, {invalid} invalid")
    return 1 if failed or invalid else 0


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {value!r}")
    return n


def _build() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsclaims",
        description="Who said what in English news: actors, claims and responses.",
    )
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
        "--workers", type=_workers, default=1, metavar="N", help="processes to use"
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the
    exit status: 0, 1 if any input failed, 2 for usage errors (raised as SystemExit).

    >>> import pathlib, tempfile
    >>> gold = pathlib.Path(tempfile.mkdtemp(), "gold.jsonl")
    >>> _ = gold.write_text('{"text": "Hi.", "source": "wire"}\\n', encoding="utf-8")
    >>> main(["validate", str(gold)])  # doctest: +ELLIPSIS
    /.../gold.jsonl:1: $: unknown field(s): source
    1 document, 1 invalid
    1
    """
    args = _build().parse_args(argv)
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status
