"""Actor mentions: every name, description, country and pronoun in a text.

One pass over the words of the text (:data:`TOKEN`, then dictionary look-ups) finds
the candidate noun phrases;
:func:`newsclaims.rules.actors.parse.analyse` then reads each phrase word by word
(titles, demonyms, designators, the name part) into a :class:`Mention`. Which
mentions name the same actor is :mod:`newsclaims.rules.actors.coref`'s business.

>>> [(m.span.of(t), m.form.value) for t in ["Ukrainian President Ann Lee said it."]
...  for m in find_mentions(t)]
[('Ukrainian President Ann Lee', 'name'), ('it', 'pronoun')]
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import IntFlag
from functools import cached_property
from itertools import compress
from typing import Final, cast

import regex

from newsclaims import _regex
from newsclaims._regex import Cuts, compile_pattern, compile_tokens, match, stretches
from newsclaims.errors import PatternTimeoutError
from newsclaims.model import Span
from newsclaims.rules.actors.data import ActorWords, current
from newsclaims.rules.actors.parse import (
    DETERMINERS,
    NAME_PARTICLES,
    PRONOUNS,
    Mention,
    MentionForm,
    Word,
    analyse_words,
    pronoun_mention,
)

__all__ = [
    "PATTERNS",
    "TOKEN",
    "Mention",
    "MentionForm",
    "WordFlag",
    "Words",
    "countries_in",
    "find_mentions",
    "mention_at",
    "scan",
    "scan_readings",
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

_CUTS: Final = Cuts(r"(?<!\))[^\p{L}\p{M}\p{N}&\-'\u2019.()\x20\t\u00a0]")
"""Where :func:`scan_readings` may cut a long text into stretches read one by one: a
character that no word takes in ("U.S", "O'Brien") and no phrase runs over (not a
blank, see :meth:`Words.joined`), neither an acronym's (" (WHO)") nor right after
one ("(MP) Ann Lee")."""

PATTERNS: Final = {
    "token": TOKEN,
    "tokens": _TOKENS,
    "runs": _RUNS,
    "acronym": _ACRONYM,
}
"""Every compiled pattern of this module, by name (for the ReDoS tests)."""

_NAME, _HEAD, _MOD, _LINK, _OTHER = range(5)
_MAX_GAP: Final = 2  # spaces between two words of one phrase
_LINKS: Final = frozenset(["of", *NAME_PARTICLES])
_TAILS: Final = frozenset(["of", "for", "at", "to", "in"])
_DETS: Final = frozenset(v for d in DETERMINERS for v in (d, d[:1].upper() + d[1:]))
_PRONOUNS: Final = frozenset(v for p in PRONOUNS for v in (p, p[:1].upper() + p[1:]))
_CONTRACTED: Final = frozenset(
    p + s for p in ("he", "He", "she", "She", "it", "It") for s in ("'s", "\u2019s")
)
"""A pronoun and "is"/"has" written as one word ("She's"): a mention of the pronoun."""


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
    """:func:`scan` has something to do at the word."""
    DOTTED = 32
    """The word takes a period right after it (see :func:`_takes_dot`)."""
    COUNTRY_START = 64
    """A name that may start a country's name."""


# What a word is, packed in one small int (see :func:`_code`): its class, whether it
# is a possessive, and whether :func:`scan` has anything to do at it. The flags as
# plain ints, for the byte tables and the loops over every word:
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

    ``active`` holds the indices of the words :func:`scan` must look at (the others
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
                    and text[end] in _BLANKS
                    and text[end + 1] in _BLANKS
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
    :data:`_ACTIVE` unless :func:`scan` passes over it (a plain word, one that starts
    no phrase, that is neither a determiner nor a pronoun), :data:`_DOTTED` if it
    takes the period after it and :data:`_COUNTRY_START` if :func:`countries_in`
    looks for a country's name from it."""
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
) -> tuple[tuple[Mention, ...], tuple[tuple[Span, str], ...]]:
    """:func:`find_mentions`, and the country words of the text (as
    :func:`countries_in` finds them).

    >>> mentions, countries = scan("Peru objected.")
    >>> [m.span.of("Peru objected.") for m in mentions], countries
    (['Peru'], ((Span(start=0, end=4), 'PER'),))
    """
    readings, shifts, countries = scan_readings(text, start, end)
    return (
        tuple([m.moved(d) if d else m for m, d in zip(readings, shifts, strict=True)]),
        countries,
    )


def scan_readings(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[Mention], list[int], tuple[tuple[Span, str], ...]]:
    """:func:`scan` without moving the mentions to where they stand: each mention
    read and how far on it stands (``readings[i].moved(shifts[i])`` is the ``i``-th
    mention of :func:`scan`), and the country words. For a caller that needs only the
    spans where they stand: it does without a mention object per phrase of the text.

    A long text is read in stretches (cut where no phrase runs on, see
    :data:`_CUTS`), so the words of only one stretch are held at a time.

    >>> readings, shifts, _ = scan_readings("Peru and Chile objected.")
    >>> [(m.name, m.span.start, shift) for m, shift in zip(readings, shifts)]
    [('Peru', 0, 0), ('Chile', 0, 9)]
    """
    stop = len(text) if end is None else min(end, len(text))
    out: list[Mention] = []
    shifts: list[int] = []
    countries = _Countries()
    for a, b in _stretches(text, start, stop):
        try:
            tokens = Words(text, a, b)
        except PatternTimeoutError:
            continue
        _read_phrases(tokens, b, out, shifts)
        countries.add(tokens)
    return out, shifts, countries.found()


def _stretches(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The stretches :func:`scan_readings` reads one by one: cut right before a
    character no phrase runs over (:data:`_CUTS`), and where words follow each other
    with blanks only, right before a word no phrase runs into (:func:`_word_cut`)."""
    size = _regex.STRETCH_CHARS
    for first, end in stretches(text, _CUTS, start, stop):
        begin = first
        while end - begin > size:
            cut = _word_cut(text, begin + size // 2, begin + size)
            if cut is None:
                break
            yield begin, cut
            begin = cut
        yield begin, end


def _word_cut(text: str, lo: int, hi: int) -> int | None:
    """The start of the last word in ``[lo, hi)`` that no phrase runs into, after
    blanks only: a plain word (neither name, head, modifier nor link, no possessive,
    and no tail of a head: "ambassador *to* France", "*the*") after a word that is no
    determiner. A reading of the words before it stops at it, whether or not it
    sees it, and a reading from it finds what a reading of the whole text finds
    there (see :func:`_read_phrases`). ``None`` when there is none."""
    blank = text.find(" ", lo, hi)  # the words after a blank are the whole text's
    if blank < 0:
        return None
    tokens = Words(text, blank, hi)
    words, codes, spans = tokens.words, tokens.codes, tokens.spans
    for k in range(len(words) - 1, 0, -1):
        word = words[k]
        if spans[k][1] >= hi - 1:
            continue  # maybe cut short by ``hi`` ("U.S" read as "U")
        if (
            codes[k] & (_KIND_MASK | _OWNS) == _OTHER
            and word not in _TAILS
            and word != "the"
            and words[k - 1] not in _DETS
            and not text[spans[k - 1][1] : spans[k][0]].strip(_BLANKS)
        ):
            return spans[k][0]
    return None


def _read_phrases(
    tokens: Words, stop: int, out: list[Mention], shifts: list[int]
) -> None:
    """Add the mentions read among ``tokens`` (the words up to ``stop``) to ``out``
    and how far on each stands to ``shifts`` (see :func:`scan_readings`)."""
    text = tokens.text
    words, kinds, codes = tokens.words, tokens.kinds, tokens.codes
    spans, cache, run = tokens.spans, tokens.aw.readings, tokens.run
    n = len(words)
    after = 0  # the first word no phrase has taken yet
    for i in tokens.active:  # the other words start nothing
        if i < after:
            continue
        word = words[i]
        j = i + 1 if word in _DETS and tokens.joined(i + 1) else i
        kind = kinds[j] if j < n else _OTHER
        # What run(j) gives for a plain word, without the call:
        plain = kind == _LINK or (kind == _OTHER and not codes[j] & _OWNS)
        last = -1 if plain else run(j)
        if last < 0:
            if word in _PRONOUNS and word not in {"US", "IT"}:
                pronoun, shift = _analysed(tokens, i, i, None)
                out.extend(pronoun)
                shifts.extend([shift] * len(pronoun))
            elif word in _CONTRACTED:  # "She's": the pronoun of "she is"
                out.append(pronoun_mention(word[:-2], 0, len(word) - 2))
                shifts.append(spans[i][0])
            continue
        last_end = spans[last][1]
        if kinds[last] == _HEAD or text.find("(", last_end, last_end + 3) >= 0:
            last, acronym, _ = _extend(tokens, last, stop)
        else:
            acronym = None  # what :func:`_extend` gives: no tail, no acronym
        after = last + 1
        shift = spans[i][0]
        # :func:`_analysed`'s usual case, inline: a phrase read before.
        cached = (
            None if acronym is not None else cache.get(text[shift : spans[last][1]])
        )  # a tuple of mentions (see :func:`_analysed`)
        if cached is None:
            known, shift = _analysed(tokens, i, last, acronym)
        else:
            known = cast("tuple[Mention, ...]", cached)
        if len(known) == 1:
            out.append(known[0])
            shifts.append(shift)
        else:
            out.extend(known)
            shifts.extend([shift] * len(known))


def _analysed(
    tokens: Words, first: int, last: int, acronym: str | None
) -> tuple[tuple[Mention, ...], int]:
    """What :func:`analyse_words` reads in words ``first`` to ``last``, and how far on
    the phrase stands: without an acronym, a phrase reads the same wherever it
    stands, as :func:`analyse_words` then reads nothing of the text outside it, so
    its reading is remembered by the phrase's text (in ``aw.readings``), as if it
    started at offset 0."""
    text, aw = tokens.text, tokens.aw
    if acronym is not None:
        return tuple(analyse_words(text, tokens.phrase(first, last), acronym, aw)), 0
    start, end = tokens.spans[first][0], tokens.spans[last][1]
    key = text[start:end]
    cache = aw.readings
    known = cast("tuple[Mention, ...] | None", cache.get(key))
    if known is None:
        words = [
            Word(w, s - start, e - start) for w, s, e in tokens.phrase(first, last)
        ]
        known = tuple(analyse_words(key, words, None, aw))
        if len(cache) >= aw.readings_max:
            cache.clear()
        cache[key] = known
    return known, start


def _extend(tokens: Words, last: int, stop: int) -> tuple[int, str | None, int]:
    """Grow a phrase ending at word ``last`` by a tail ("of Hong Kong"), an acronym
    ("(WHO)") and a name after a title and acronym ("(MP) Ann Lee")."""
    words, kinds, spans = tokens.words, tokens.kinds, tokens.spans
    head_last = kinds[last] == _HEAD
    k = last + 1
    if (
        head_last
        and k < len(words)
        and words[k] in _TAILS
        and tokens.joined(k)
        and not (
            words[k] == "to" and words[last].casefold() in tokens.aw.document_heads
        )
    ):  # "the ambassador to France", not "a letter to Ann Lee"
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
