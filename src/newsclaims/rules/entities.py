"""Actor mentions: every name, description, country and pronoun in a text.

One pass over the words of the text (:data:`TOKEN`, then dictionary look-ups) finds
the candidate noun phrases;
:func:`newsclaims.rules.entities_parse.analyse` then reads each phrase word by word
(titles, demonyms, designators, the name part) into a :class:`Mention`. Which
mentions name the same actor is :mod:`newsclaims.rules.coref`'s business.

>>> [(m.span.of(t), m.form.value) for t in ["Ukrainian President Ann Lee said it."]
...  for m in find_mentions(t)]
[('Ukrainian President Ann Lee', 'name'), ('it', 'pronoun')]
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from typing import Final, cast

import regex

from newsclaims._regex import compile_pattern, compile_tokens, match
from newsclaims.errors import PatternTimeoutError
from newsclaims.model import Span
from newsclaims.rules.entities_data import (
    COUNTRY_FIRST_WORDS,
    COUNTRY_WORDS,
    HONORIFICS,
    MODIFIERS,
    NONNAMES,
    ROLES,
)
from newsclaims.rules.entities_parse import (
    DETERMINERS,
    PRONOUNS,
    Mention,
    MentionForm,
    Word,
    analyse_words,
)

__all__ = [
    "PATTERNS",
    "TOKEN",
    "Mention",
    "MentionForm",
    "Words",
    "countries_in",
    "find_mentions",
    "mention_at",
    "scan",
]

_ONE_WORD: Final = (
    r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|[\-'\u2019.](?=[\p{L}\p{N}])){0,60}+"
)
TOKEN: Final = compile_pattern(_ONE_WORD)
"""One word: letters and digits, inner hyphens, apostrophes and dots ("U.S", "O'Brien")."""

_MAX_WORD: Final = 61
"""The longest :data:`TOKEN`: a longer run of word characters is cut into words."""

_SKIP: Final = r"[^\p{L}\p{N}]*+"
_TOKENS: Final = compile_tokens(_ONE_WORD, _SKIP)
"""Every :data:`TOKEN` of a stretch of text, in one match (see :class:`Words`)."""

_RUNS: Final = compile_tokens(
    r"[\p{L}\p{N}][\p{L}\p{M}\p{N}&]*+(?:[\-'\u2019.][\p{L}\p{N}][\p{L}\p{M}\p{N}&]*+)*+",
    _SKIP,
)
""":data:`_TOKENS` without the length bound, and faster (no test per character): the
same words wherever none is longer than :data:`_MAX_WORD` (each step of the bounded
pattern stops where the unbounded one does)."""

_ACRONYM: Final = compile_pattern(r"[ ]{0,2}+\((\p{Lu}[\p{Lu}\p{N}&.\-]{1,9}+)\)")
"""An acronym in brackets after a name: " (WHO)"."""

PATTERNS: Final = {
    "token": TOKEN,
    "tokens": _TOKENS,
    "runs": _RUNS,
    "acronym": _ACRONYM,
}
"""Every compiled pattern of this module, by name (for the ReDoS tests)."""

_NAME, _HEAD, _MOD, _LINK, _OTHER = range(5)
_MAX_GAP: Final = 2  # spaces between two words of one phrase
_LINKS: Final = frozenset(["of", "de", "da", "del", "van", "von", "bin", "al"])
_TAILS: Final = frozenset(["of", "for", "at", "to", "in"])
_DETS: Final = frozenset(v for d in DETERMINERS for v in (d, d[:1].upper() + d[1:]))
_PRONOUNS: Final = frozenset(v for p in PRONOUNS for v in (p, p[:1].upper() + p[1:]))
_HEADS: Final = frozenset(
    v for r in ROLES for v in (r, r[:1].upper() + r[1:], r.upper()) if " " not in r
)


_CACHE_MAX: Final = 20_000
"""Entries kept in each of the caches below before it is emptied (bounded memory)."""

# What a word is, packed in one small int (see :func:`_code`): its class, whether it
# is a possessive, and whether :func:`scan` has anything to do at it.
_KIND_MASK: Final = 7
_OWNS: Final = 8
_ACTIVE: Final = 16
_KIND_OF: Final = tuple(code & _KIND_MASK for code in range(2 * _ACTIVE))
_OWNS_OF: Final = tuple(bool(code & _OWNS) for code in range(2 * _ACTIVE))
_ACTIVE_OF: Final = tuple(bool(code & _ACTIVE) for code in range(2 * _ACTIVE))
_BLANKS: Final = " \t\u00a0"
"""What may stand between two words of one phrase (at most :data:`_MAX_GAP`)."""

# Process-wide caches of pure functions of a word or phrase, shared by all texts:
# news names and roles recur from article to article. Only ever filled with what the
# function gives, so a race between threads costs a recomputation, never a wrong
# answer.
_CODES: Final[dict[str, int]] = {}
"""The code of each word seen (see :func:`_code`)."""
_READINGS: Final[dict[str, tuple[Mention, ...]]] = {}
"""The mentions of each phrase seen, as if it started at offset 0 (see
:func:`_analysed`)."""


class Words:
    """The words of a text with their classes, and whether each follows the one
    before it after nothing but spaces.

    ``active`` holds the indices of the words :func:`scan` must look at (the others
    are plain words, neither determiners nor pronouns, that start nothing).

    >>> Words("the U.S. said", 0, 13).words
    ['the', 'U.S.', 'said']
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        spans = _token_spans(_RUNS, text, start, end)
        words = [text[s:e] for s, e in spans]
        if words and max(map(len, words)) > _MAX_WORD:
            spans = _token_spans(_TOKENS, text, start, end)
            words = [text[s:e] for s, e in spans]
        # A word takes the period right after it ("Mr.", "U.S."): few periods, so
        # look each one up rather than every word.
        taken = -1  # the last word given a period (it takes one at most)
        dot = text.find(".", start, end)
        while dot >= 0:
            k = bisect_left(spans, (dot,)) - 1  # the last word starting before it
            if k > taken and spans[k][1] == dot and _takes_dot(words[k]):
                s = spans[k][0]
                spans[k] = (s, dot + 1)
                words[k] = text[s : dot + 1]
                taken = k
            dot = text.find(".", dot + 1, end)
        self.spans = spans
        self.words = words
        known = list(map(_CODES.get, words))
        codes = (
            [_code_of(w) if c is None else c for c, w in zip(known, words, strict=True)]
            if None in known
            else cast("list[int]", known)
        )
        self.kinds = list(map(_KIND_OF.__getitem__, codes))
        self.owns = list(map(_OWNS_OF.__getitem__, codes))
        self.active = list(
            compress(range(len(words)), map(_ACTIVE_OF.__getitem__, codes))
        )

    def phrase(self, first: int, last: int) -> list[Word]:
        """Words ``first`` to ``last`` (inclusive)."""
        return [Word(self.words[k], *self.spans[k]) for k in range(first, last + 1)]

    def joined(self, i: int) -> bool:
        """Whether word ``i`` follows word ``i - 1`` after spaces only."""
        spans = self.spans
        if i == 0 or i >= len(spans):
            return False
        end = spans[i - 1][1]
        gap = spans[i][0] - end
        if gap == 1:
            return self.text[end] in _BLANKS
        return (
            gap == _MAX_GAP
            and self.text[end] in _BLANKS
            and self.text[end + 1] in _BLANKS
        )

    def run(self, i: int) -> int:
        """The last word of the phrase run from ``i`` that ends in a name or head
        (-1 if none): names, heads and modifiers, "of" inside a name."""
        words, kinds, owns = self.words, self.kinds, self.owns
        n = len(words)
        last, k = -1, i
        while k < n and (k == i or self.joined(k)):
            kind = kinds[k]
            if kind == _LINK and not (
                k > i
                and kinds[k - 1] in {_NAME, _HEAD}
                and words[k - 1][:1].isupper()
                and self.joined(k + 1)
                and kinds[k + 1] == _NAME
            ):
                break
            if kind == _OTHER and not owns[k]:
                break
            if kind in {_NAME, _HEAD}:
                last = k
            if owns[k] and not self.joined(k + 1):
                break
            k += 1
        return last


def _token_spans(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> list[tuple[int, int]]:
    """The spans of the words of ``text[start:end]`` (see
    :func:`~newsclaims._regex.compile_tokens`)."""
    m = match(pattern, text, start, end)
    return [] if m is None else m.spans("tok")


def _code_of(word: str) -> int:
    """:func:`_code`, remembered in :data:`_CODES`."""
    code = _CODES.get(word)
    if code is None:
        if len(_CODES) >= _CACHE_MAX:
            _CODES.clear()
        code = _CODES[word] = _code(word)
    return code


def _code(word: str) -> int:
    """The class of ``word`` (:func:`_kind`), :data:`_OWNS` if it is a possessive and
    :data:`_ACTIVE` unless :func:`scan` passes over it: a plain word (one that starts
    no phrase) that is neither a determiner nor a pronoun."""
    kind = _kind(word)
    owns = _possessive(word)
    plain = kind == _LINK or (kind == _OTHER and not owns)
    active = word in _DETS or word in _PRONOUNS or not plain
    return kind | (_OWNS if owns else 0) | (_ACTIVE if active else 0)


def _takes_dot(word: str) -> bool:
    """Whether the period after ``word`` belongs to it ("Mr.", "U.S.", "F.")."""
    return (
        word + "." in HONORIFICS or "." in word or (len(word) == 1 and word.isupper())
    )


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s"))


def _kind(word: str) -> int:
    base = word[:-2] if _possessive(word) else word
    if base in _HEADS:
        return _HEAD
    if word[:1].isupper() and base not in NONNAMES:
        return _NAME
    if base in MODIFIERS or base.isdigit():
        return _MOD
    if word in _LINKS:
        return _LINK
    return _OTHER


def find_mentions(
    text: str, start: int = 0, end: int | None = None
) -> tuple[Mention, ...]:
    """Every candidate actor mention in ``text[start:end]``, in text order.

    Total: any ``str`` gives a tuple (maybe empty).

    >>> [m.span.of(t) for t in ["The Kremlin and a Chinese spokesman met her."]
    ...  for m in find_mentions(t)]
    ['The Kremlin', 'a Chinese spokesman', 'her']
    """
    return scan(text, start, end)[0]


def scan(
    text: str, start: int = 0, end: int | None = None
) -> tuple[tuple[Mention, ...], Words]:
    """:func:`find_mentions`, and the words of the text (for :func:`countries_in`).

    >>> mentions, words = scan("Peru objected.")
    >>> [m.span.of("Peru objected.") for m in mentions], words.words
    (['Peru'], ['Peru', 'objected'])
    """
    stop = len(text) if end is None else min(end, len(text))
    try:
        tokens = Words(text, start, stop)
    except PatternTimeoutError:
        return (), Words(text, 0, 0)
    out: list[Mention] = []
    words, kinds, owns = tokens.words, tokens.kinds, tokens.owns
    n = len(words)
    after = 0  # the first word no phrase has taken yet
    for i in tokens.active:  # the other words start nothing
        if i < after:
            continue
        word = words[i]
        j = i + 1 if word in _DETS and tokens.joined(i + 1) else i
        kind = kinds[j] if j < n else _OTHER
        # What run(j) gives for a plain word, without the call:
        plain = kind == _LINK or (kind == _OTHER and not owns[j])
        last = -1 if plain else tokens.run(j)
        if last < 0:
            if word in _PRONOUNS and word not in {"US", "IT"}:
                _analysed(tokens, i, i, None, out)
            continue
        last, acronym, _ = _extend(tokens, last, stop)
        _analysed(tokens, i, last, acronym, out)
        after = last + 1
    return tuple(out), tokens


def _analysed(
    tokens: Words, first: int, last: int, acronym: str | None, out: list[Mention]
) -> None:
    """Add to ``out`` what :func:`analyse_words` reads in words ``first`` to ``last``,
    remembered by the phrase's text (in :data:`_READINGS`): without an acronym, a
    phrase reads the same wherever it stands, as :func:`analyse_words` then reads
    nothing of the text outside it."""
    text = tokens.text
    if acronym is not None:
        out.extend(analyse_words(text, tokens.phrase(first, last), acronym))
        return
    start, end = tokens.spans[first][0], tokens.spans[last][1]
    key = text[start:end]
    known = _READINGS.get(key)
    if known is None:
        words = [
            Word(w, s - start, e - start) for w, s, e in tokens.phrase(first, last)
        ]
        known = tuple(analyse_words(key, words, None))
        if len(_READINGS) >= _CACHE_MAX:
            _READINGS.clear()
        _READINGS[key] = known
    if start:
        out.extend([m.moved(start) for m in known])
    else:
        out.extend(known)


def _extend(tokens: Words, last: int, stop: int) -> tuple[int, str | None, int]:
    """Grow a phrase ending at word ``last`` by a tail ("of Hong Kong"), an acronym
    ("(WHO)") and a name after a title and acronym ("(MP) Ann Lee")."""
    words, kinds, spans = tokens.words, tokens.kinds, tokens.spans
    head_last = kinds[last] == _HEAD
    k = last + 1
    if head_last and k < len(words) and words[k] in _TAILS and tokens.joined(k):
        j = k + 1 if k + 1 < len(words) and words[k + 1] == "the" else k
        if tokens.joined(j + 1):
            tail = tokens.run(j + 1)
            if tail >= 0:
                last = tail
    end = spans[last][1]
    m = None
    if tokens.text.find("(", end, end + 3) >= 0:  # a cheap test before the pattern
        m = match(_ACRONYM, tokens.text, end, stop)
    if m is None:
        return last, None, end
    end = m.end()
    nxt = last + 1
    while nxt < len(words) and spans[nxt][0] < end:
        nxt += 1
    if head_last and nxt < len(words) and spans[nxt][0] == end + 1:
        name = tokens.run(nxt)
        if name >= 0:
            return name, m.group(1), spans[name][1]
    return nxt - 1, m.group(1), end


def mention_at(text: str, span: Span) -> Mention | None:
    """The mention that ``span`` itself is (for a speaker span the scan missed).

    >>> m = mention_at("Ann Lee, a senior aide, said no.", Span(9, 22))
    >>> m.head, m.form.value
    ('aide', 'description')
    """
    found = find_mentions(text, span.start, span.end)
    if not found:
        return None
    best = max(found, key=lambda m: (len(m.span), -m.span.start))
    return best if len(best.span) * 2 >= len(span) else None


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
    out: list[tuple[Span, str]] = []
    words, spans = tokens.words, tokens.spans
    i = 0
    while i < len(words):
        word = words[i]
        if tokens.kinds[i] == _NAME and (
            word in COUNTRY_FIRST_WORDS
            or (_possessive(word) and word[:-2] in COUNTRY_FIRST_WORDS)
        ):
            for n in (3, 2, 1):
                if i + n > len(words):
                    continue
                phrase = " ".join(words[i : i + n])
                phrase = phrase[:-2] if _possessive(phrase) else phrase
                country = COUNTRY_WORDS.get(phrase)
                if country is not None:
                    out.append((Span(spans[i][0], spans[i + n - 1][1]), country.code))
                    i += n - 1
                    break
        i += 1
    return tuple(out)
