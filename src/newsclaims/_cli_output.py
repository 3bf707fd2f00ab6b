"""Writing the results of the ``newsclaims`` command: JSON, JSON Lines, tables
(:func:`format_table`, exported by :mod:`newsclaims.cli`) and HTML pages (written
atomically, never through a link)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

from newsclaims._cli_input import (
    _Input,
    _InputError,
)
from newsclaims._cli_interrupts import (
    _interrupts_held,
)
from newsclaims._unicode import displayable, escape_surrogates
from newsclaims.model import Article, AttributionType
from newsclaims.render import to_html
from newsclaims.serialize import article_fields, iterdumps

__all__ = ["format_table"]


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
        """Write one article; JSON is written item by item (never the article's
        whole dict: :func:`~newsclaims.serialize.article_fields`), with a Ctrl-C
        held back until the article is written whole."""
        if self.fmt == "jsonl":
            with _interrupts_held():
                for piece in iterdumps(article, ensure_ascii=False):
                    sys.stdout.write(escape_surrogates(piece))
                sys.stdout.write("\n")
            sys.stdout.flush()  # a stream in, a stream out: each line as it is ready
        elif self.fmt == "json":
            indent = "" if self.single else "  "
            with _interrupts_held():
                if not self.single:
                    sys.stdout.write("[\n  " if not self.count else ",\n  ")
                for piece in _pretty_article(article, indent):
                    sys.stdout.write(piece)
                if self.single:
                    sys.stdout.write("\n")
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


def _pretty_article(article: Article, indent: str) -> Iterator[str]:
    """``_pretty(to_dict(article), indent)`` in pieces, one per actor, claim and
    response, without the article's whole dict."""
    inner, deeper = indent + "  ", indent + "    "
    head = "{\n"
    for name, value in article_fields(article):
        key = f"{head}{inner}{_json(name)}: "
        head = ",\n"
        if not isinstance(value, Iterator):
            yield key + _pretty(value, inner)
            continue
        sep = key + "[\n"
        for data in value:
            yield sep + deeper + _pretty(data, deeper)
            sep = ",\n"
        yield f"\n{inner}]" if sep == ",\n" else key + "[]"
    yield f"\n{indent}}}"


def _json(value: object) -> str:
    """JSON text that is valid UTF-8: a lone surrogate is written as an escape."""
    return escape_surrogates(json.dumps(value, ensure_ascii=False))


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")
