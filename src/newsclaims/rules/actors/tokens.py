"""The words of a text as the mention scan reads them, each with its class and flags.

:class:`Words` reads a stretch of text into its words (:data:`TOKEN`), with the class
of each (a name, a role head, a modifier, a link such as "of", or another word) and
its :class:`WordFlag` flags, looked up once per word and lexicons (:func:`_code`).
:mod:`newsclaims.rules.actors.entities` scans them for phrases,
:mod:`newsclaims.rules.actors.countries` for country words.

>>> w = Words("the U.S. said", 0, 13)
>>> w.words, [WordFlag(c & ~_KIND_MASK) for c in w.codes][1]
(['the', 'U.S.', 'said'], <WordFlag.ACTIVE|DOTTED|COUNTRY_START: 112>)
"""

from __future__ import annotations

from enum import IntFlag
from functools import cached_property
from itertools import compress
from typing import Final, cast

import regex

from newsclaims._regex import compile_pattern, compile_tokens, match
from newsclaims.rules.actors.data import ActorWords, current
from newsclaims.rules.actors.mention import DETERMINERS, PRONOUNS
from newsclaims.rules.actors.words import NAME_PARTICLES, Word, undated

__all__ = ["TOKEN", "WordFlag", "Words"]

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

_NAME, _HEAD, _MOD, _LINK, _OTHER = range(5)

_MAX_GAP: Final = 2  # spaces between two words of one phrase
_LINKS: Final = frozenset(["of", *NAME_PARTICLES])
_APOSTROPHES: Final = frozenset("'\u2019")
_DETS: Final = frozenset(v for d in DETERMINERS for v in (d, d[:1].upper() + d[1:]))
_PRONOUNS: Final = frozenset(v for p in PRONOUNS for v in (p, p[:1].upper() + p[1:]))


class WordFlag(IntFlag):
    """What a word is besides its class, as flags above the class in one small int
    (see :func:`_code`; the class, :data:`_NAME` ... :data:`_OTHER`, takes the bits
    of :data:`_KIND_MASK`).

    >>> WordFlag(24)
    <WordFlag.OWNS|ACTIVE: 24>
    """

    OWNS = 8
    """A possessive ("Lee's")."""
    ACTIVE = 16
    """:func:`~newsclaims.rules.actors.entities.scan` has something to do at the
    word."""
    DOTTED = 32
    """The word takes a period right after it (see :func:`_takes_dot`)."""
    COUNTRY_START = 64
    """A name that may start a country's name."""


# What a word is, packed in one small int (see :func:`_code`): its class, whether it
# is a possessive, and whether the scan (:mod:`~newsclaims.rules.actors.entities`)
# has anything to do at it. The flags as plain ints, for the byte tables and the
# loops over every word:
_KIND_MASK: Final = 7
_OWNS: Final = int(WordFlag.OWNS)
_ACTIVE: Final = int(WordFlag.ACTIVE)
_DOTTED: Final = int(WordFlag.DOTTED)
_COUNTRY_START: Final = int(WordFlag.COUNTRY_START)
# Tables for :meth:`bytes.translate`: from the codes of the words of a text to their
# classes, and to whether each is active, in one pass in C each.
_KIND_OF: Final = bytes(code & _KIND_MASK for code in range(256))
_ACTIVE_OF: Final = bytes(bool(code & _ACTIVE) for code in range(256))
_DOTTED_OF: Final = bytes(bool(code & _DOTTED) for code in range(256))
_COUNTRY_START_OF: Final = bytes(bool(code & _COUNTRY_START) for code in range(256))
_BLANKS: Final = " \t\u00a0"
"""What may stand between two words of one phrase (at most :data:`_MAX_GAP`)."""

# The caches of pure functions of a word or phrase (a word's code, a phrase's
# reading) are shared by all texts read with one lexicons: they live in its
# :class:`~newsclaims.rules.actors.data.ActorWords` (``codes``, ``readings``).


class Words:
    """The words of a text with their classes, and whether each follows the one
    before it after nothing but spaces.

    ``active`` holds the indices of the words the scan
    (:func:`~newsclaims.rules.actors.entities.scan`) must look at (the others
    are plain words, neither determiners nor pronouns, that start nothing).

    >>> Words("the U.S. said", 0, 13).words
    ['the', 'U.S.', 'said']
    """

    def __init__(
        self, text: str, start: int, end: int, aw: ActorWords | None = None
    ) -> None:
        self.text = text
        self.aw = aw = current() if aw is None else aw
        spans, words = _tokens(_RUNS, text, start, end)
        if words and max(map(len, words)) > _MAX_WORD:
            spans, words = _tokens(_TOKENS, text, start, end)
        known = list(map(aw.codes.get, words))
        codes = bytearray(
            [
                _code_of(w, aw) if c is None else c
                for c, w in zip(known, words, strict=True)
            ]
            if None in known
            else cast("list[int]", known)
        )
        # A word takes the period right after it ("Mr.", "U.S."), one at most: look
        # at the few words that would (each period has one word just before it).
        for k in compress(range(len(words)), codes.translate(_DOTTED_OF)):
            s, e = spans[k]
            if e < end and text[e] == ".":
                spans[k] = (s, e + 1)
                words[k] = text[s : e + 1]
                codes[k] = _code_of(words[k], aw)
        self.spans = spans
        self.words = words
        self.codes = codes
        """The code of each word (see :func:`_code`)."""
        self.kinds = list(codes.translate(_KIND_OF))
        self.active = list(compress(range(len(words)), codes.translate(_ACTIVE_OF)))

    @cached_property
    def owns(self) -> list[bool]:
        """Whether each word is a possessive ("China's")."""
        return [bool(code & _OWNS) for code in self.codes]

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
        words, kinds, codes = self.words, self.kinds, self.codes
        text, spans = self.text, self.spans
        n = len(words)
        last, k = -1, i
        while k < n:
            if k != i:  # :meth:`joined`, inline: the scan's innermost loop
                end = spans[k - 1][1]
                gap = spans[k][0] - end
                if gap == 1:
                    if text[end] not in _BLANKS:
                        break
                elif not (
                    gap == _MAX_GAP
                    and text[end + 1] in _BLANKS
                    and (
                        text[end] in _BLANKS
                        or (
                            text[end] in _APOSTROPHES and _plural_owner(words, kinds, k)
                        )
                    )
                ):
                    break
            kind = kinds[k]
            if kind == _LINK and not (
                k > i
                and kinds[k - 1] in {_NAME, _HEAD}
                and words[k - 1][:1].isupper()
                and self.joined(k + 1)
                and (
                    kinds[k + 1] == _NAME
                    or (kinds[k + 1] == _HEAD and words[k + 1][:1].isupper())
                )  # "House of Representatives": a capitalised head in a name
            ):
                break
            if kind == _OTHER and not codes[k] & _OWNS:
                break
            if kind in {_NAME, _HEAD}:
                last = k
            k += 1  # after a possessive, the run goes on only to a joined word
        return last


def _plural_owner(words: list[str], kinds: list[int] | bytearray, k: int) -> bool:
    """Whether word ``k - 1``, before an apostrophe and a blank, is a capitalised
    plural that owns the capitalised head ``k`` of one name: "the Harbour *Workers'*
    Party", "the *Farmers'* Union" (a plural's possessive takes the apostrophe
    alone; a name ends in its head). Not before a name that is no head: "the Vessa
    Nations' Food Agency" reads on from "Food" as its own name."""
    owner, owned = words[k - 1], words[k]
    return (
        owner[:1].isupper()
        and owner.endswith("s")
        and owner[-2:-1].islower()
        and not owner.endswith("ss")
        and owned[:1].isupper()
        and kinds[k] == _HEAD
    )


def _tokens(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> tuple[list[tuple[int, int]], list[str]]:
    """The spans and the words of ``text[start:end]`` (see
    :func:`~newsclaims._regex.compile_tokens`)."""
    m = match(pattern, text, start, end)
    return ([], []) if m is None else (m.spans("tok"), m.captures("tok"))


def _code_of(word: str, aw: ActorWords) -> int:
    """:func:`_code`, remembered in ``aw.codes``."""
    cache = aw.codes
    code = cache.get(word)
    if code is None:
        if len(cache) >= aw.codes_max:
            cache.clear()
        code = cache[word] = _code(word, aw)
    return code


def _code(word: str, aw: ActorWords) -> int:
    """The class of ``word`` (:func:`_kind`), :data:`_OWNS` if it is a possessive,
    :data:`_ACTIVE` unless the scan passes over it (a plain word, one that starts
    no phrase, that is neither a determiner nor a pronoun), :data:`_DOTTED` if it
    takes the period after it and :data:`_COUNTRY_START` if
    :func:`~newsclaims.rules.actors.countries.countries_in` looks for a country's name
    from it."""
    kind = _kind(word, aw)
    owns = _possessive(word)
    plain = kind == _LINK or (kind == _OTHER and not owns)
    active = word in _DETS or word in _PRONOUNS or not plain
    dotted = _takes_dot(word, aw)
    first_words = aw.country_first_words
    country = kind == _NAME and (
        word in first_words or (owns and word[:-2] in first_words)
    )
    return (
        kind
        | (_OWNS if owns else 0)
        | (_ACTIVE if active else 0)
        | (_DOTTED if dotted else 0)
        | (_COUNTRY_START if country else 0)
    )


def _takes_dot(word: str, aw: ActorWords) -> bool:
    """Whether the period after ``word`` belongs to it ("Mr.", "U.S.", "F.")."""
    return (
        word + "." in aw.honorifics
        or "." in word
        or (len(word) == 1 and word.isupper())
    )


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s"))


def _kind(word: str, aw: ActorWords) -> int:
    base = word[:-2] if _possessive(word) else word
    if "-" in base:
        base = word = undated(base)  # "then-Governor", "ex-UK": the title then
    if base in aw.heads:
        return _HEAD
    if word[:1].isupper() and base not in aw.nonnames:
        return _NAME
    modifiers = aw.modifiers
    if base in modifiers or base.isdigit() or base.casefold() in modifiers:
        # "Former prime minister ...": a modifier opening a sentence
        return _MOD
    if word in _LINKS:
        return _LINK
    return _OTHER
