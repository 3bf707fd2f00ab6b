"""Actor mentions: every name, description, country and pronoun in a text.

One pass over the words of the text (:class:`~newsclaims.rules.actors.tokens.Words`:
:data:`TOKEN`, then dictionary look-ups) finds the candidate noun phrases, and the
country words (:mod:`newsclaims.rules.actors.countries`);
:func:`newsclaims.rules.actors.parse.analyse` then reads each phrase word by word
(titles, demonyms, designators, the name part) into a :class:`Mention`. Which
mentions name the same actor is :mod:`newsclaims.rules.actors.coref`'s business.

>>> [(m.span.of(t), m.form.value) for t in ["Ukrainian President Ann Lee said it."]
...  for m in find_mentions(t)]
[('Ukrainian President Ann Lee', 'name'), ('it', 'pronoun')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final, cast

from newsclaims import _regex
from newsclaims._regex import Cuts, compile_pattern, match, stretches
from newsclaims.errors import PatternTimeoutError
from newsclaims.model import Span
from newsclaims.rules.actors.countries import (
    _Countries,
    countries_in,
    country_words,
)
from newsclaims.rules.actors.parse import (
    Mention,
    MentionForm,
    Word,
    analyse_words,
    pronoun_mention,
)
from newsclaims.rules.actors.tokens import (
    _BLANKS,
    _DETS,
    _HEAD,
    _LINK,
    _OTHER,
    _OWNS,
    _PRONOUNS,
    _RUNS,
    TOKEN,
    WordFlag,
    Words,
)

# Re-exported where the tests read them before words moved to tokens.py.
from newsclaims.rules.actors.tokens import _KIND_MASK as _KIND_MASK  # noqa: PLC0414
from newsclaims.rules.actors.tokens import _TOKENS as _TOKENS  # noqa: PLC0414
from newsclaims.rules.actors.tokens import _code as _code  # noqa: PLC0414
from newsclaims.rules.actors.tokens import _takes_dot as _takes_dot  # noqa: PLC0414

__all__ = [
    "LONGEST_RUN",
    "PATTERNS",
    "TOKEN",
    "Mention",
    "MentionForm",
    "WordFlag",
    "Words",
    "countries_in",
    "country_words",
    "find_mentions",
    "mention_at",
    "scan",
    "scan_readings",
]

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

_TAILS: Final = frozenset(["of", "for", "at", "to", "in"])
_CONTRACTED: Final = frozenset(
    p + s for p in ("he", "He", "she", "She", "it", "It") for s in ("'s", "\u2019s")
)
"""A pronoun and "is"/"has" written as one word ("She's"): a mention of the pronoun."""


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
    with blanks only, right before a word no phrase runs into (:func:`_word_cut`);
    where there is none for half a stretch of at least :data:`LONGEST_RUN`
    characters (a run of thousands of capitalised words), right before any word
    after a blank."""
    size = _regex.STRETCH_CHARS
    for first, end in stretches(text, _CUTS, start, stop):
        begin = first
        while end - begin > size:
            lo, hi = begin + size // 2, begin + size
            cut = _word_cut(text, lo, hi)
            if cut is None:
                if size // 2 < LONGEST_RUN:
                    break
                # Thousands of characters of names, titles and capitals with no
                # plain word between them are no one phrase: cut before any word
                # after a blank, so that the words of one stretch stay few.
                blank = text.rfind(" ", lo, hi - 1)
                if blank < 0:
                    break
                cut = blank + 1
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


LONGEST_RUN: Final = 1_000
"""A run of names, titles and capitals with no plain word between them this many
characters long or shorter is always read whole. Only a run longer than half a
stretch (:data:`~newsclaims._regex.STRETCH_CHARS`, when that half is at least this)
is cut before a word (see :func:`_stretches`): no phrase of news, but a hostile
text, whose scan then holds one stretch's words at a time."""

_REMEMBERED_WORDS: Final = 24
"""Phrases of fewer words have their readings remembered (see :func:`_analysed`)."""


def _analysed(
    tokens: Words, first: int, last: int, acronym: str | None
) -> tuple[tuple[Mention, ...], int]:
    """What :func:`analyse_words` reads in words ``first`` to ``last``, and how far on
    the phrase stands: without an acronym, a phrase reads the same wherever it
    stands, as :func:`analyse_words` then reads nothing of the text outside it, so
    its reading is remembered by the phrase's text (in ``aw.readings``), as if it
    started at offset 0."""
    text, aw = tokens.text, tokens.aw
    if acronym is not None or last - first >= _REMEMBERED_WORDS:
        # A phrase this long is read in place: it is not met again, and a copy of
        # its words and text for the cache would double what a run of names (a
        # list of capitalised words with nothing between them) costs in memory.
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
