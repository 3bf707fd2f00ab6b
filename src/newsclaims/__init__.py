"""newsclaims: who said what in English news, as validated, typed objects.

>>> import newsclaims
>>> article = newsclaims.parse_article('"We will not leave," said Ann Lee.')
>>> [c.content_span.of(article.text) for c in article.claims]
['We will not leave']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from newsclaims.errors import (
    DocumentError,
    InputTooLongError,
    InvalidModelError,
    NewsclaimsError,
    NewsclaimsWarning,
    PatternTimeoutError,
)
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

if TYPE_CHECKING:
    __version__: str

    from newsclaims.batch import RecordStats, parse_jsonl_lines, parse_records
    from newsclaims.lexicons import Lexicons
    from newsclaims.parser import Parser, parse_article
    from newsclaims.serialize import (
        dumps,
        explain,
        from_dict,
        iterdumps,
        json_schema,
        loads,
        make_converter,
        to_dict,
    )

# The parser and the converter load on first use, so that ``import newsclaims.model``
# stays light (no cattrs, no compiled patterns) and ``import newsclaims`` stays fast.
_LAZY: dict[str, str] = {
    "Lexicons": "newsclaims.lexicons",
    "Parser": "newsclaims.parser",
    "parse_article": "newsclaims.parser",
    "parse_records": "newsclaims.batch",
    "parse_jsonl_lines": "newsclaims.batch",
    "RecordStats": "newsclaims.batch",
    "dumps": "newsclaims.serialize",
    "explain": "newsclaims.serialize",
    "from_dict": "newsclaims.serialize",
    "iterdumps": "newsclaims.serialize",
    "json_schema": "newsclaims.serialize",
    "loads": "newsclaims.serialize",
    "make_converter": "newsclaims.serialize",
    "to_dict": "newsclaims.serialize",
}


def __getattr__(name: str) -> object:
    if name == "__version__":
        value = _version()
        globals()[name] = value
        return value
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsclaims' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


def _version() -> str:
    """The installed version, read on first use: ``importlib.metadata`` alone costs
    a fresh process tens of milliseconds (it imports ``email`` and ``zipfile``)."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("newsclaims")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "AttributionType",
    "Claim",
    "ClaimMode",
    "Dateline",
    "DocumentError",
    "InputTooLongError",
    "InvalidModelError",
    "Lexicons",
    "NewsclaimsError",
    "NewsclaimsWarning",
    "Parser",
    "PatternTimeoutError",
    "Quantity",
    "QuantityQualifier",
    "RecordStats",
    "Response",
    "ResponseKind",
    "Span",
    "__version__",
    "dumps",
    "explain",
    "from_dict",
    "iterdumps",
    "json_schema",
    "loads",
    "make_converter",
    "parse_article",
    "parse_jsonl_lines",
    "parse_records",
    "to_dict",
]
