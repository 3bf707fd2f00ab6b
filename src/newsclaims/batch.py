"""Streaming batches: parse records lazily, for archives and distributed engines.

Two generators, each one record in, one record out, in input order, holding nothing
but the record at hand (memory stays flat however long the stream):

- :func:`parse_records`: mappings ``{"id", "text", ...}`` in, JSON-ready dicts out;
- :func:`parse_jsonl_lines`: JSON Lines text in, JSON text out.

A bad record never stops the stream: it comes out as an error record
``{"id": ..., "error": "..."}`` and is counted in a :class:`RecordStats` when the
caller passes one. Both functions are what Dask's ``Bag.map_partitions`` and Spark's
``RDD.mapPartitions`` call (see the "Processing archives" page of the docs).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, TypeVar

import attrs
from attrs import define, frozen

from newsclaims._unicode import escape_surrogates
from newsclaims.model import Article
from newsclaims.parser import Parser, default_parser
from newsclaims.serialize import article_fields, json_error, json_pieces, to_dict

__all__ = ["RecordStats", "parse_jsonl_lines", "parse_records"]

Out = TypeVar("Out", bound="dict[str, Any] | _Parsed")

_RESERVED: Final = frozenset(a.name for a in attrs.fields(Article)) | {"error"}


@define
class RecordStats:
    """Running counts of a stream, updated as each record is yielded.

    Pass one to :func:`parse_records` or :func:`parse_jsonl_lines` and read it during
    or after the iteration. It counts what *this* process parsed: in Dask or Spark
    workers, count the error records of the output instead.

    .. versionadded:: 0.1.0

    >>> stats = RecordStats()
    >>> out = list(parse_records([{"text": "Hi."}, {"id": "b"}], stats=stats))
    >>> stats
    RecordStats(parsed=1, failed=1)
    >>> stats.total
    2
    """

    parsed: int = 0
    """Records that gave an article."""
    failed: int = 0
    """Records that gave an error record."""

    @property
    def total(self) -> int:
        """Every record yielded so far."""
        return self.parsed + self.failed


def parse_records(
    records: Iterable[Mapping[str, Any]],
    *,
    parser: Parser | None = None,
    keep: Sequence[str] = (),
    stats: RecordStats | None = None,
) -> Iterator[dict[str, Any]]:
    """Parse a stream of ``{"id", "text", ...}`` records lazily, in input order.

    Each record gives one dict: the :func:`~newsclaims.serialize.to_dict` form of its
    article, with ``id`` set to the record's ``id`` (unchanged, ``None`` when missing)
    and the fields named in ``keep`` copied when the record has them. A record that
    is not a mapping, has no ``text`` or a ``text`` that is not a ``str`` (or, a bug,
    makes the parser fail) gives an error record ``{"id": ..., "error": "..."}``
    (plus the ``keep`` fields) instead of stopping the stream. Records without an id
    are named by their position in the stream, counting from 0.

    Nothing is read ahead and nothing is kept: memory does not grow with the number
    of records. This is the function to hand to Dask's ``Bag.map_partitions`` or
    Spark's ``RDD.mapPartitions``.

    Args:
        records: mappings with a ``text`` and usually an ``id``.
        parser: the parser to use; the shared default parser when ``None``.
        keep: names of record fields to copy into each output dict (a source, a
            date, ...); they must not be names of the output itself.
        stats: a :class:`RecordStats` to update as records are yielded.

    Returns:
        An iterator of JSON-ready dicts, one per record.

    Raises:
        ValueError: ``keep`` names a field of the output (``text``, ``claims``, ...).
        TypeError: ``keep`` is a single ``str`` rather than a sequence of names.

    .. versionadded:: 0.1.0

    >>> out = list(parse_records([{"id": "x", "text": '"Yes," said Ann Lee.'},
    ...                           {"id": "y", "text": 3}]))
    >>> [len(o.get("claims", [])) for o in out], out[1]["error"]
    ([1, 0], "record 'y': text must be a str, got int")
    """
    names = _check_keep(keep)
    return _records(records, parser, names, stats)


def parse_jsonl_lines(
    lines: Iterable[str],
    *,
    parser: Parser | None = None,
    keep: Sequence[str] = (),
    stats: RecordStats | None = None,
) -> Iterator[str]:
    """Parse JSON Lines text lazily: one JSON object a line in, one JSON text out.

    Each line holds one record as :func:`parse_records` takes it and gives the JSON
    text (no trailing newline, non-ASCII characters kept) of what
    :func:`parse_records` yields for it. Blank lines are skipped; a line that is not
    valid JSON gives an error record naming its line number (counting from 1 in this
    stream: the file's line number when a partition is a whole file). This is what
    ``dask.bag.read_text(...).map_partitions`` and Spark's
    ``sc.textFile(...).mapPartitions`` call.

    Args:
        lines: JSON texts, with or without their line ends.
        parser: the parser to use; the shared default parser when ``None``.
        keep: names of record fields to copy into each output (see
            :func:`parse_records`).
        stats: a :class:`RecordStats` to update as records are yielded.

    Returns:
        An iterator of JSON texts, one per non-blank line.

    Raises:
        ValueError: ``keep`` names a field of the output.
        TypeError: ``keep`` is a single ``str``.

    .. versionadded:: 0.1.0

    >>> lines = ['{"id": "a", "text": "Ann Lee said that it rained."}\\n', "\\n",
    ...          '{"id": "b", "text": "Hi."', '["c"]']
    >>> outs = list(parse_jsonl_lines(lines))
    >>> outs[0][:50]
    '{"text": "Ann Lee said that it rained.", "id": "a"'
    >>> for out in outs[1:]:
    ...     print(out)
    {"id": null, "error": "line 3: not valid JSON: Expecting ',' delimiter: line 1 column 26 (char 25)"}
    {"id": null, "error": "line 4: expected a mapping, got list"}
    """
    names = _check_keep(keep)
    return _lines(lines, parser, names, stats)


def _check_keep(keep: Sequence[str]) -> tuple[str, ...]:
    if isinstance(keep, str):
        raise TypeError(f"keep must be a sequence of field names, not the str {keep!r}")
    names = tuple(keep)
    clash = sorted(_RESERVED.intersection(names))
    if clash:
        raise ValueError(
            f"keep: {', '.join(map(repr, clash))} would overwrite the output's own "
            "field(s); rename the record field(s) before parsing"
        )
    return names


def _records(
    records: Iterable[object],
    parser: Parser | None,
    keep: tuple[str, ...],
    stats: RecordStats | None,
) -> Iterator[dict[str, Any]]:
    use = parser if parser is not None else default_parser()
    for n, record in enumerate(records):
        out = _parse_one(use, record, f"record {n}", keep)
        yield _count(out.as_dict() if isinstance(out, _Parsed) else out, stats)


def _lines(
    lines: Iterable[str],
    parser: Parser | None,
    keep: tuple[str, ...],
    stats: RecordStats | None,
) -> Iterator[str]:
    use = parser if parser is not None else default_parser()
    for n, line in enumerate(lines, 1):
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except RecursionError:
            out: dict[str, Any] | _Parsed = {
                "id": None,
                "error": f"line {n}: not valid JSON: nested too deeply",
            }
        except ValueError as e:  # JSONDecodeError, or an int of too many digits
            out = {"id": None, "error": f"line {n}: not valid JSON: {json_error(e)}"}
        else:
            out = _parse_one(use, record, f"line {n}", keep)
        yield _dump(_count(out, stats), n)


def _dump(out: dict[str, Any] | _Parsed, n: int) -> str:
    """The JSON text of one output, valid UTF-8 (lone surrogates escaped); an article
    is written item by item, never as one whole dict. An output that cannot be
    written (a kept field nested too deeply) is an error record."""
    try:
        if isinstance(out, _Parsed):
            return "".join(map(escape_surrogates, out.pieces()))
        return escape_surrogates(json.dumps(out, ensure_ascii=False))
    except (RecursionError, ValueError) as e:
        error = {"id": None, "error": f"line {n}: cannot write the output: {e}"}
        return escape_surrogates(json.dumps(error, ensure_ascii=False))


def _count(out: Out, stats: RecordStats | None) -> Out:
    if stats is not None:
        if isinstance(out, dict) and "error" in out:
            stats.failed += 1
        else:
            stats.parsed += 1
    return out


@frozen
class _Parsed:
    """A record that gave an article: the output's ``id`` and kept fields."""

    article: Article
    id: object
    kept: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        """The output as one dict (:func:`parse_records`)."""
        out = to_dict(self.article)
        out["id"] = self.id
        out.update(self.kept)
        return out

    def pieces(self) -> Iterator[str]:
        """The JSON text of :meth:`as_dict`, in pieces (:func:`json_pieces`)."""
        fields = (
            (name, self.id if name == "id" else value)
            for name, value in article_fields(self.article)
        )
        return json_pieces(fields, ensure_ascii=False, tail=self.kept)


def _parse_one(
    parser: Parser, record: object, where: str, keep: tuple[str, ...]
) -> dict[str, Any] | _Parsed:
    """The output of one record: an error record, or the article with what goes
    with it; ``where`` names the record when it has no id."""
    if not isinstance(record, Mapping):
        return {
            "id": None,
            "error": f"{where}: expected a mapping, got {type(record).__name__}",
        }
    rid = record.get("id")
    label = f"record {rid!r}" if rid is not None else where
    text = record.get("text")
    kept = {name: record[name] for name in keep if name in record}
    if not isinstance(text, str):
        got = "nothing" if "text" not in record else type(text).__name__
        return {"id": rid, "error": f"{label}: text must be a str, got {got}"} | kept
    try:
        article = parser.parse(text, id=rid if isinstance(rid, str) else None)
    except ValueError as e:  # the record's fault: an id, max_chars
        return {"id": rid, "error": f"{label}: {e}"} | kept
    except Exception as e:  # noqa: BLE001 - one record must not end an archive run
        error = f"{label}: the parser failed: {type(e).__name__}: {e}"
        return {"id": rid, "error": error} | kept
    return _Parsed(article, rid, kept)
