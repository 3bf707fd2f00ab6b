"""The exceptions newsclaims raises; every one is a :class:`NewsclaimsError`."""

from __future__ import annotations

__all__ = [
    "DocumentError",
    "InputTooLongError",
    "InvalidModelError",
    "NewsclaimsError",
    "NewsclaimsWarning",
    "PatternTimeoutError",
]


class NewsclaimsError(Exception):
    """Base class of every exception newsclaims raises on purpose."""


class InvalidModelError(NewsclaimsError, ValueError):
    """A model object would break one of its invariants.

    ``problems`` holds ``(path, message)`` pairs, the path relative to the object that
    was being built (``"claims[2].speaker"``), so that a whole-article check can report
    every broken reference at once.
    """

    def __init__(
        self, message: str, *, problems: tuple[tuple[str, str], ...] = ()
    ) -> None:
        super().__init__(message)
        self.problems = problems or (("", message),)


class DocumentError(NewsclaimsError, ValueError):
    """A JSON document does not describe a valid object.

    ``errors`` lists every problem as ``"$.path.to.field: what is wrong"``.
    """

    def __init__(self, errors: list[str] | tuple[str, ...]) -> None:
        self.errors = tuple(errors)
        count = len(self.errors)
        head = f"{count} problem{'s' if count != 1 else ''} in the document:"
        super().__init__("\n".join([head, *(f"  {e}" for e in self.errors)]))


class InputTooLongError(NewsclaimsError, ValueError):
    """A text is longer than the parser's ``max_chars``."""


class PatternTimeoutError(NewsclaimsError, TimeoutError):
    """A regular expression ran past its time limit (a guard, never expected)."""


class NewsclaimsWarning(UserWarning):
    """A rule produced something the model refused; it was left out of the result.

    This signals a bug in a rule, never a problem with the input text: please report
    it with the text that caused it.
    """
