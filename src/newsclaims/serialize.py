"""Strict JSON for the domain model, through one cattrs converter.

The JSON shape is public API and is the shape of the gold files (``FORMAT.md``): field
names as in the model, every field always present, tuples as arrays, enums by value,
spans as ``[start, end]`` (``{"start": s, "end": e}`` is accepted on input), whole numbers
as JSON integers and decimals as strings (``"2.5"``) so that no digit is lost.

Input is strict: wrong types are refused (no ``"3"`` -> 3), unknown keys are refused,
and every model invariant is checked. A bad document raises one
:class:`~newsclaims.errors.DocumentError` listing every problem with its JSON path.
"""

from __future__ import annotations

import contextlib
import enum
import json
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final, TypeVar

import attrs
import cattrs
import regex
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.preconf.json import JsonConverter
from cattrs.preconf.json import make_converter as _make_json_converter

from newsclaims._schema import (
    _DECIMAL_PATTERN,
    _ENUMS,
    _MODEL_TYPES,
    _NUMBER,
    json_schema,
)
from newsclaims.errors import DocumentError, InvalidModelError, NewsclaimsError
from newsclaims.model import (
    Actor,
    Article,
    Claim,
    Dateline,
    Quantity,
    Response,
    Span,
)

__all__ = [
    "dumps",
    "explain",
    "from_dict",
    "iterdumps",
    "json_schema",
    "loads",
    "make_converter",
    "read_json",
    "to_dict",
]

T = TypeVar("T")

_DECIMAL: Final = regex.compile(_DECIMAL_PATTERN, regex.ASCII)


def _strict(tp: type) -> Callable[[object, type], object]:
    def hook(value: object, _: type) -> object:
        if type(value) is not tp:
            raise TypeError(
                f"expected {tp.__name__}, got {type(value).__name__} {value!r}"
            )
        return value

    return hook


def _structure_span(value: object, _: type) -> Span:
    if isinstance(value, list) and len(value) == 2:  # noqa: PLR2004
        start, end = value
    elif isinstance(value, Mapping) and set(value) == {"start", "end"}:
        start, end = value["start"], value["end"]
    else:
        raise TypeError(
            "expected a span [start, end] or {'start': s, 'end': e}, "
            f"got {type(value).__name__} {value!r}"
        )
    for name, x in (("start", start), ("end", end)):
        if type(x) is not int:
            raise TypeError(f"span {name} must be an int, got {type(x).__name__} {x!r}")
    return Span(start, end)


def _unstructure_span(span: Span) -> list[int]:
    return [span.start, span.end]


def _structure_number(value: object, _: object) -> int | Decimal | None:
    if value is None or type(value) is int:
        return value
    if isinstance(value, str):
        number = None
        if _DECIMAL.fullmatch(value):
            with contextlib.suppress(InvalidOperation):
                number = Decimal(value)
        if number is not None and number.is_finite():
            return number
        raise ValueError(
            f"expected a decimal number as a string (ASCII digits, no spaces), "
            f"got {value!r}"
        )
    raise TypeError(
        f"expected an int, a decimal string or null, got {type(value).__name__} {value!r}"
    )


def _unstructure_number(value: int | Decimal | None) -> int | str | None:
    return str(value) if isinstance(value, Decimal) else value


def _enum_hook(tp: type[Any]) -> Callable[[object, type], object]:
    allowed = ", ".join(repr(m.value) for m in tp)

    def hook(value: object, _: type) -> object:
        if type(value) is not str:
            raise TypeError(f"expected a str, got {type(value).__name__} {value!r}")
        try:
            return tp(value)
        except ValueError:
            raise ValueError(f"expected one of {allowed}, got {value!r}") from None

    return hook


def make_converter() -> JsonConverter:
    """A fresh converter configured like the one behind :func:`to_dict`.

    Use it to add hooks of your own without touching the library's converter.

    >>> conv = make_converter()
    >>> conv.unstructure(Span(1, 4))
    [1, 4]
    """
    conv = _make_json_converter(forbid_extra_keys=True)
    for tp in (str, int, bool):
        conv.register_structure_hook(tp, _strict(tp))
    conv.register_structure_hook(float, _strict_float)
    for enum_type in _ENUMS:
        conv.register_structure_hook(enum_type, _enum_hook(enum_type))
    conv.register_structure_hook(Span, _structure_span)
    conv.register_unstructure_hook(Span, _unstructure_span)
    conv.register_structure_hook_func(lambda t: t == _NUMBER, _structure_number)
    conv.register_unstructure_hook_func(lambda t: t == _NUMBER, _unstructure_number)
    conv.register_unstructure_hook(Decimal, str)
    for enum_type in _ENUMS:
        conv.register_unstructure_hook(enum_type, _enum_value)
    # Guard every object and array before cattrs sees it, innermost types first: the
    # generated hooks of the outer classes bind the guarded inner hooks.
    for guarded in (
        Quantity,
        tuple[Quantity, ...],
        tuple[Span, ...],
        Claim,
        tuple[Claim, ...],
        Actor,
        tuple[Actor, ...],
        Response,
        tuple[Response, ...],
        Dateline,
        Article,
    ):
        _guard(conv, guarded)
    return conv


def _enum_value(member: enum.Enum) -> object:
    return member.value


def _guard(conv: JsonConverter, tp: Any) -> None:
    base = conv.get_structure_hook(tp)
    is_array = typing.get_origin(tp) is tuple
    expected, kind = ("an array", list) if is_array else ("an object", Mapping)

    def hook(value: object, t: Any) -> object:
        if not isinstance(value, kind):
            raise TypeError(f"expected {expected}, got {type(value).__name__}")
        return base(value, t)

    conv.register_structure_hook_func(lambda t: t == tp, hook)


def _strict_float(value: object, _: type) -> float:
    if type(value) not in (int, float):
        raise TypeError(f"expected a number, got {type(value).__name__} {value!r}")
    return float(value)  # type: ignore[arg-type]


_CONVERTER: Final = make_converter()


def to_dict(obj: object) -> dict[str, Any]:
    """A JSON-ready dict of a model object (an Article, Claim, Actor, ...).

    >>> to_dict(Article(text="Hi."))
    {'text': 'Hi.', 'id': None, 'dateline': None, 'actors': [], 'claims': [], 'responses': [], 'timed_out': False, 'furniture': []}
    """
    if not isinstance(obj, _MODEL_TYPES) or isinstance(obj, Span):
        raise TypeError(
            "to_dict() takes an Article, Actor, Claim, Response, Quantity or "
            f"Dateline, got {type(obj).__name__}"
        )
    out: dict[str, Any] = _CONVERTER.unstructure(obj)
    return out


@typing.overload
def from_dict(data: object) -> Article: ...
@typing.overload
def from_dict(data: object, cls: type[T]) -> T: ...
def from_dict(data: object, cls: type[Any] = Article) -> Any:
    """Build a model object from its JSON form, checking everything.

    Raises:
        DocumentError: listing every problem with its JSON path.

    >>> from_dict({"text": "Hi.", "claims": [{"id": "c1", "content_span": [0, 9]}]})
    Traceback (most recent call last):
    ...
    newsclaims.errors.DocumentError: 1 problem in the document:
      $.claims[0].content_span: span 0-9 ends past the text (3)
    """
    if cls not in _MODEL_TYPES:
        raise TypeError(f"from_dict() cannot build {cls!r}")
    if cls is not Span and not isinstance(data, Mapping):
        raise DocumentError([f"$: expected an object, got {type(data).__name__}"])
    try:
        return _CONVERTER.structure(data, cls)
    except RecursionError as e:
        raise DocumentError(["$: nested too deeply"]) from e
    except (
        cattrs.BaseValidationError,
        NewsclaimsError,
        TypeError,
        ValueError,
    ) as e:
        raise DocumentError(explain(e)) from e


def dumps(obj: object, **kwargs: Any) -> str:
    """The JSON text of a model object; keyword arguments go to :func:`json.dumps`.

    Without keyword arguments other than ``ensure_ascii``, an article is written
    through :func:`iterdumps`, never as one whole dict.

    >>> dumps(Article(text="Hi.", id="a"), ensure_ascii=False)
    '{"text": "Hi.", "id": "a", "dateline": null, "actors": [], "claims": [], "responses": [], "timed_out": false, "furniture": []}'
    """
    if isinstance(obj, Article) and set(kwargs) <= {"ensure_ascii"}:
        return "".join(iterdumps(obj, **kwargs))
    return json.dumps(to_dict(obj), **kwargs)


_ITEMS: Final = ("actors", "claims", "responses")
"""The fields of an :class:`Article` that :func:`article_fields` gives item by item."""

_ARTICLE_FIELDS: Final = tuple(
    (a.name, typing.get_type_hints(Article)[a.name]) for a in attrs.fields(Article)
)


def article_fields(article: Article) -> Iterator[tuple[str, Any]]:
    """The fields of ``to_dict(article)`` in order, as ``(name, JSON value)``; the
    value of ``actors``, ``claims`` and ``responses`` is an iterator that makes each
    item's dict only when it is reached, so the article's whole dict never exists.

    >>> [(name, list(v) if name in _ITEMS else v)
    ...  for name, v in article_fields(Article(text="Hi."))][:4]
    [('text', 'Hi.'), ('id', None), ('dateline', None), ('actors', [])]
    """
    for name, hint in _ARTICLE_FIELDS:
        value = getattr(article, name)
        if name in _ITEMS:
            item = typing.get_args(hint)[0]
            yield name, (_CONVERTER.unstructure(x, item) for x in value)
        else:
            yield name, _CONVERTER.unstructure(value, hint)


def iterdumps(obj: object, *, ensure_ascii: bool = True) -> Iterator[str]:
    """The JSON text of :func:`dumps` in pieces: for an article, one piece per actor,
    claim and response, each written as it is reached, so that a writer holds one
    item's dict at a time, never the article's (``"".join(iterdumps(a))`` is
    ``dumps(a)``, byte for byte).

    .. versionadded:: 0.1.0

    >>> list(iterdumps(Article(text="Hi.")))[:3]
    ['{"text": "Hi."', ', "id": null', ', "dateline": null']
    """
    if not isinstance(obj, Article):
        yield json.dumps(to_dict(obj), ensure_ascii=ensure_ascii)
        return
    yield from json_pieces(article_fields(obj), ensure_ascii=ensure_ascii)


def json_pieces(
    fields: typing.Iterable[tuple[str, Any]],
    *,
    ensure_ascii: bool = True,
    tail: Mapping[str, Any] | None = None,
) -> Iterator[str]:
    """The compact JSON text of an object, in pieces: ``fields`` as
    :func:`article_fields` gives them (an iterator value is an array written item by
    item), then the entries of ``tail``, as :func:`json.dumps` would write the one
    dict holding them all, at the same depth.

    >>> "".join(json_pieces([("a", iter([1, [2]])), ("b", None)], tail={"c": "d"}))
    '{"a": [1, [2]], "b": null, "c": "d"}'
    """
    head = "{"
    for name, value in fields:
        key = f"{head}{json.dumps(name)}: "
        head = ", "
        if not isinstance(value, Iterator):
            yield key + json.dumps(value, ensure_ascii=ensure_ascii)
            continue
        sep = key + "["
        for item in value:
            yield sep + json.dumps(item, ensure_ascii=ensure_ascii)
            sep = ", "
        yield "]" if sep == ", " else sep + "]"
    if tail:
        yield head + json.dumps(dict(tail), ensure_ascii=ensure_ascii)[1:-1]
        head = ", "
    yield "}" if head == ", " else "{}"


@typing.overload
def loads(text: str | bytes) -> Article: ...
@typing.overload
def loads(text: str | bytes, cls: type[T]) -> T: ...
def loads(text: str | bytes, cls: type[Any] = Article) -> Any:
    """Parse JSON text into a model object (see :func:`from_dict`).

    >>> loads('{"text": "Hi.", "id": 7}')
    Traceback (most recent call last):
    ...
    newsclaims.errors.DocumentError: 1 problem in the document:
      $.id: expected str, got int 7
    """
    return from_dict(read_json(text), cls)


def read_json(text: str | bytes) -> object:
    """The value of one JSON text; every way it can fail is a :class:`DocumentError`
    (bad syntax or encoding, nesting too deep for the decoder, an integer of more
    digits than Python converts).

    >>> read_json("[" * 100_000)
    Traceback (most recent call last):
    ...
    newsclaims.errors.DocumentError: 1 problem in the document:
      $: not valid JSON: nested too deeply
    """
    if not isinstance(text, str | bytes | bytearray):
        raise TypeError(f"expected JSON text (str or bytes), got {type(text).__name__}")
    try:
        return json.loads(text)
    except RecursionError as e:
        raise DocumentError(["$: not valid JSON: nested too deeply"]) from e
    except ValueError as e:  # JSONDecodeError, UnicodeDecodeError, int digits
        raise DocumentError([f"$: not valid JSON: {json_error(e)}"]) from e


def json_error(error: ValueError) -> str:
    """What is wrong with a JSON text, from the error :func:`json.loads` raised: its
    own words, but a number too long for Python is said plainly (not as advice to
    change an interpreter setting).

    >>> json_error(ValueError("Exceeds the limit (4300 digits) for integer string"))
    'a whole number of more than 4,300 digits'
    """
    message = str(error)
    if "integer string conversion" in message or "digits) for integer" in message:
        return "a whole number of more than 4,300 digits"
    return message


def explain(exc: BaseException) -> list[str]:
    """Every problem behind a structuring error, as ``"$.path: message"`` strings.

    >>> try:
    ...     from_dict({"text": "x", "bogus": 1})
    ... except Exception as e:
    ...     explain(e.__cause__)
    ['$: unknown field(s): bogus']
    """
    return list(_walk(exc, "$"))


def _walk(exc: BaseException, path: str) -> typing.Iterator[str]:
    if isinstance(exc, IterableValidationError | ClassValidationError):
        yield from _walk_group(exc, path)
    elif isinstance(exc, InvalidModelError):
        for rel, message in exc.problems:
            where = path if not rel else f"{path}.{rel}"
            yield f"{where}: {message}"
    elif isinstance(exc, ForbiddenExtraKeysError):
        yield f"{path}: unknown field(s): {', '.join(sorted(exc.extra_fields))}"
    elif isinstance(exc, KeyError):
        yield f"{path}: required field missing"
    else:
        yield f"{path}: {exc}"


def _walk_group(
    exc: IterableValidationError | ClassValidationError, path: str
) -> typing.Iterator[str]:
    if isinstance(exc, IterableValidationError):
        items, rest = exc.group_exceptions()
        for sub, note in items:
            yield from _walk(sub, f"{path}[{note.index!r}]")
    else:
        fields, rest = exc.group_exceptions()
        for sub, cnote in fields:
            yield from _walk(sub, f"{path}.{cnote.name}")
    for sub in rest:
        yield from _walk(sub, path)
