"""Country words: the names, demonyms and capitals of countries among the words of a
text, each with its country's code (a country acts through its government).
:func:`~newsclaims.rules.actors.entities.scan_readings` finds them stretch by stretch
(:class:`_Countries`), as :func:`countries_in` does among all the words at once.
"""

from __future__ import annotations

from itertools import compress
from typing import Final

from newsclaims.errors import PatternTimeoutError
from newsclaims.model import Span
from newsclaims.rules.actors.data import ActorWords
from newsclaims.rules.actors.tokens import _COUNTRY_START_OF, Words, _possessive

__all__ = ["countries_in", "country_words"]


def country_words(text: str, span: Span) -> tuple[tuple[Span, str], ...]:
    """The country words inside ``span`` with the code of their country.

    >>> country_words("Chinese citizens in Kyiv", Span(0, 24))
    ((Span(start=0, end=7), 'CHN'), (Span(start=20, end=24), 'UKR'))
    """
    try:
        return countries_in(Words(text, span.start, span.end))
    except PatternTimeoutError:
        return ()


def countries_in(tokens: Words) -> tuple[tuple[Span, str], ...]:
    """The country words among ``tokens`` with the code of their country.

    >>> countries_in(Words("Kiev and Moscow", 0, 15))
    ((Span(start=0, end=4), 'UKR'), (Span(start=9, end=15), 'RUS'))
    """
    countries = _Countries()
    countries.add(tokens)
    return countries.found()


_COUNTRY_WORDS: Final = 3
"""The most words of a country's name (see :class:`_Countries`)."""


class _Countries:
    """The country words of the words given stretch by stretch, as
    :func:`countries_in` finds them among all the words at once: a country's name
    (up to :data:`_COUNTRY_WORDS` words, whatever stands between them) may run over
    into the next stretch, so the last words of a stretch wait for it."""

    def __init__(self) -> None:
        self.out: list[tuple[Span, str]] = []
        self.words: list[str] = []  # words not yet decided, and their spans and codes
        self.spans: list[tuple[int, int]] = []
        self.codes = bytearray()
        self.aw: ActorWords | None = None

    def add(self, tokens: Words) -> None:
        """Read the words of the next stretch."""
        self.aw = tokens.aw
        words, spans, codes = tokens.words, tokens.spans, tokens.codes
        if self.words:  # a few words wait from the stretch before
            words, spans = self.words + words, self.spans + spans
            codes = self.codes + codes
        rest = self._read(words, spans, codes, final=False)
        self.words, self.spans, self.codes = words[rest:], spans[rest:], codes[rest:]

    def found(self) -> tuple[tuple[Span, str], ...]:
        """The country words, once the last stretch is added."""
        self._read(self.words, self.spans, self.codes, final=True)
        return tuple(self.out)

    def _read(
        self,
        words: list[str],
        spans: list[tuple[int, int]],
        codes: bytearray,
        *,
        final: bool,
    ) -> int:
        """Read the country words among ``words``; gives the index of the first
        word not yet decided (``len(words)`` when ``final``)."""
        aw = self.aw
        if aw is None:
            return len(words)
        # Each name is looked up from its first word with the words after it, so only
        # the last few words of a stretch depend on the next one.
        limit = len(words) if final else len(words) - (_COUNTRY_WORDS - 1)
        after = 0  # the first word no country has taken yet
        starts = codes.translate(_COUNTRY_START_OF)
        for i in compress(range(max(limit, 0)), starts):  # names a country may start
            if i < after:
                continue
            for n in range(_COUNTRY_WORDS, 0, -1):
                if i + n > len(words):
                    continue
                phrase = " ".join(words[i : i + n])
                phrase = phrase[:-2] if _possessive(phrase) else phrase
                country = aw.country_words.get(phrase)
                if country is not None:
                    self.out.append(
                        (Span(spans[i][0], spans[i + n - 1][1]), country.code)
                    )
                    after = i + n
                    break
        return max(after, limit, 0)
