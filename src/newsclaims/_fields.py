"""The field checks of the model and :class:`~newsclaims.model.Span`, the type every
extracted thing's provenance is made of (re-exported by :mod:`newsclaims.model`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Final, Protocol

import attrs
from attrs import field, frozen
from attrs.validators import ge

from newsclaims.errors import InvalidModelError

MAX_INT_DIGITS: Final = 4300
"""The most digits of a whole-number quantity: Python's default limit on converting an
int to and from text (``sys.get_int_max_str_digits``), so that every quantity that can
be built can also be written as JSON and read back."""

MAX_INT: Final = 10**MAX_INT_DIGITS


class _HasSpan(Protocol):
    def span(self, group: int | str = 0, /) -> tuple[int, int]: ...


def _fail(path: str, message: str) -> InvalidModelError:
    """An error for one field, keeping its path for JSON error reports."""
    return InvalidModelError(f"{path}: {message}", problems=((path, message),))


def _visible(value: str) -> bool:
    """Whether ``value`` holds a character that is neither white space nor an
    invisible format character (Unicode category Cf: zero-width space, joiners, marks).

    >>> _visible(" a"), _visible(" \u200b\ufeff ")
    (True, False)
    """
    first = value[:1]
    if first.isascii() and first and not first.isspace():
        return True  # no ASCII character is a format character: the usual case
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in value)


def _nonempty_str(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise _fail(
            attribute.name, f"must be a str, got {type(value).__name__} {value!r}"
        )
    if not _visible(value):
        raise _fail(attribute.name, f"must not be empty or invisible, got {value!r}")


def _optional_nonempty_str(
    obj: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None:
        _nonempty_str(obj, attribute, value)  # type: ignore[arg-type]


def _strict_int(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int:
        raise InvalidModelError(
            f"{attribute.name} must be an int, got {type(value).__name__} {value!r}"
        )


def _strict_bool(_: object, attribute: attrs.Attribute[bool], value: bool) -> None:  # noqa: FBT001
    if type(value) is not bool:
        raise _fail(
            attribute.name, f"must be a bool, got {type(value).__name__} {value!r}"
        )


@frozen(init=False)
class Span:
    """A half-open ``[start, end)`` range of code points in an article's text.

    >>> Span(4, 11).of("The Kremlin said")
    'Kremlin'
    """

    start: int = field(validator=[_strict_int, ge(0)])
    """Offset of the first character (0-based, in code points of the text)."""
    end: int = field(validator=_strict_int)
    """Offset just past the last character: ``text[start:end]`` is the span."""

    def __init__(self, start: int, end: int) -> None:
        # The parser builds hundreds of thousands of spans: one cheap test lets the
        # valid ones through; anything else goes through the field validators, which
        # raise the precise error.
        if type(start) is int and type(end) is int and 0 <= start <= end:
            object.__setattr__(self, "start", start)
            object.__setattr__(self, "end", end)
        else:
            self.__attrs_init__(start, end)

    @end.validator
    def _check_end(self, _: attrs.Attribute[int], end: int) -> None:
        if end < self.start:
            raise InvalidModelError(f"end {end} is before start {self.start}")

    def of(self, text: str) -> str:
        """The text this span covers in ``text``."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span.

        >>> Span(0, 10).contains(Span(2, 5))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end

    def shift(self, offset: int) -> Span:
        """This span moved by ``offset`` code points."""
        return Span(self.start + offset, self.end + offset)

    @classmethod
    def of_match(cls, match: _HasSpan, group: int | str = 0) -> Span:
        """The span of one group of a regular-expression match.

        >>> import regex
        >>> Span.of_match(regex.search(r"(?P<w>b+)", "aabba"), "w")
        Span(start=2, end=4)
        """
        start, end = match.span(group)
        return cls(start, end)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _ids(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _check_spans(name: str, spans: tuple[Span, ...]) -> None:
    for i, s in enumerate(spans):
        if not isinstance(s, Span):
            raise _fail(f"{name}[{i}]", f"must be a Span, got {type(s).__name__} {s!r}")
        if s.end == s.start:
            raise _fail(f"{name}[{i}]", f"{s.start}-{s.end} is empty")
    for i in range(1, len(spans)):
        before, after = spans[i - 1], spans[i]
        if after.start < before.end:
            raise _fail(
                f"{name}[{i}]",
                f"{after.start}-{after.end} overlaps or precedes "
                f"{before.start}-{before.end}: {name} must be sorted "
                "and must not overlap",
            )
