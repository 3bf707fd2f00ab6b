"""The JSON shape of the model: the types and enums it holds, numbers as JSON integers
or decimal strings, and a JSON Schema of an Article document generated from the model
(:func:`json_schema`, exported by :mod:`newsclaims.serialize` and :mod:`newsclaims`).
"""

from __future__ import annotations

import functools
import itertools
import types
import typing
import unicodedata
from decimal import Decimal
from typing import Any, Final

import attrs

from newsclaims._fields import _nonempty_str, _optional_nonempty_str
from newsclaims.model import (
    Actor,
    ActorKind,
    Article,
    AttributionType,
    Claim,
    ClaimMode,
    Dateline,
    Quantity,
    QuantityQualifier,
    Response,
    ResponseKind,
    Span,
)

__all__ = ["json_schema"]

_MODEL_TYPES: Final = (Span, Actor, Quantity, Claim, Response, Dateline, Article)
_ENUMS: Final = (ActorKind, ClaimMode, ResponseKind, QuantityQualifier, AttributionType)
_NUMBER: Final = int | Decimal | None
_DECIMAL_PATTERN: Final = r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$"
"""A decimal string, in the schema and in :func:`from_dict` alike (ASCII digits)."""


def json_schema() -> dict[str, Any]:
    """A JSON Schema (2020-12) of an Article document, generated from the model.

    >>> schema = json_schema()
    >>> schema["$ref"], sorted(schema["$defs"])[:3]
    ('#/$defs/Article', ['Actor', 'Article', 'Claim'])
    """
    defs: dict[str, Any] = {
        "Span": {
            "description": "Half-open [start, end) code-point offsets into the text.",
            "oneOf": [
                {
                    "type": "array",
                    "prefixItems": [
                        {"type": "integer", "minimum": 0},
                        {"type": "integer", "minimum": 0},
                    ],
                    "items": False,
                    "minItems": 2,
                },
                {
                    "type": "object",
                    "properties": {
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                    },
                    "required": ["start", "end"],
                    "additionalProperties": False,
                },
            ],
        },
    }
    for cls in _MODEL_TYPES:
        if cls is not Span:
            defs[cls.__name__] = _class_schema(cls)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsclaims.invalid/article.schema.json",
        "title": "newsclaims Article",
        "$ref": "#/$defs/Article",
        "$defs": defs,
    }


def _class_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required: list[str] = []
    for a in attrs.fields(cls):
        props[a.name] = _type_schema(hints[a.name])
        if a.validator in (_nonempty_str, _optional_nonempty_str):
            props[a.name] = _visible_strings(props[a.name])
        if a.default is attrs.NOTHING:
            required.append(a.name)
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


@functools.cache
def _visible_pattern() -> str:
    """A JSON Schema pattern that finds a visible character: neither white space
    nor an invisible format character (category Cf), as the model's check."""
    hidden = [
        cp
        for cp in itertools.chain(range(0x30000), range(0xE0000, 0xE1000))
        if chr(cp).isspace() or unicodedata.category(chr(cp)) == "Cf"
    ]
    ranges: list[list[int]] = []
    for cp in hidden:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    parts = [
        _class_char(lo) if lo == hi else f"{_class_char(lo)}-{_class_char(hi)}"
        for lo, hi in ranges
    ]
    return f"[^{''.join(parts)}]"


_BMP_LAST: Final = 0xFFFF


def _class_char(cp: int) -> str:
    """A character in a pattern's class: an escape in the BMP, itself above it."""
    return f"\\u{cp:04x}" if cp <= _BMP_LAST else chr(cp)


def _visible_strings(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its string branch asking for a visible character."""
    if schema.get("type") == "string":
        return {"type": "string", "pattern": _visible_pattern()}
    if "anyOf" in schema:
        return {"anyOf": [_visible_strings(s) for s in schema["anyOf"]]}
    return schema  # pragma: no cover - every such field is a str or None


def _type_schema(tp: Any) -> dict[str, Any]:  # noqa: PLR0911
    if tp == _NUMBER:
        return {
            "anyOf": [
                {"type": "integer"},
                {
                    "type": "string",
                    "pattern": _DECIMAL_PATTERN,
                },
                {"type": "null"},
            ]
        }
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        return {"anyOf": [_type_schema(a) for a in args]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0])}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if isinstance(tp, type) and tp in _ENUMS:
        return {"type": "string", "enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover
