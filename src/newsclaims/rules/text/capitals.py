"""Text in capitals read like any other: headlines, wire copy, shouted lines.

The rules find names by their capitals and cues as small words, so a line in capitals
("MAYOR ANN LEE SAID THE PLAN FAILED.") gives them nothing. :func:`recase` writes such
lines as a newspaper would: the words the rules know as function words, cues and roles,
and long adverbs and past forms (-ly, -ed), in small letters, sentence openings and every other word capitalised ("Mayor Ann Lee
said the plan Failed."). It changes no length, so every span found in the copy is a
span of the original.

>>> recase("MAYOR ANN LEE SAID THE PLAN FAILED.", Lexicons.default())
'Mayor Ann Lee said the plan Failed.'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from newsclaims._regex import compile_pattern, iterfind
from newsclaims.lexicons import ALL_FRAMES, Lexicons
from newsclaims.model import Span
from newsclaims.rules.text.layout import paragraphs

__all__ = ["in_capitals", "recase"]

_WORD: Final = compile_pattern(r"\p{L}[\p{L}\p{M}'\u2019]{0,40}+")

_MIN_CAPITALS: Final = 12
"""A line needs this many capital letters to count as written in capitals."""
_MAX_SMALL: Final = 0.05
"""... and at most this share of small letters among its letters."""

_OPENERS: Final = frozenset(".!?:")
"""Marks after which a sentence (and its first word, capitalised) starts."""
_SKIPPED: Final = frozenset(
    " \t\"'()[]\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013-"
)
"""What may stand between a sentence's opening mark and its first word."""


def in_capitals(line: str) -> bool:
    """Whether ``line`` is written in capitals (not just an acronym or two).

    >>> in_capitals("VOLE SAYS LEVY IS FAIR"), in_capitals("NATO and the EU met.")
    (True, False)
    """
    upper = sum(map(str.isupper, line))
    if upper < _MIN_CAPITALS:
        return False
    lower = sum(map(str.islower, line))
    return lower <= _MAX_SMALL * (upper + lower)


@lru_cache(maxsize=16)
def _small_words(lexicons: Lexicons) -> frozenset[str]:
    """Words written in small letters in running text: function words, cues, roles."""
    lex = lexicons
    return (
        lex.stopwords
        | lex.determiners
        | lex.auxiliaries
        | lex.pronouns
        | lex.object_pronouns
        | lex.hedges
        | lex.roles
        | lex.modifiers
        | lex.cue_nouns
        | lex.source_nouns
        | lex.cue_forms(ALL_FRAMES)
        | {w for w, _ in lex.belief_cues}
        | {
            "are", "be", "been", "being", "did", "do", "does", "done", "has", "have",
            "had", "having", "is", "it's", "not", "was", "were", "will", "would",
        }
    ) - {"i"}  # fmt: skip


def _opens_sentence(text: str, start: int, line_start: int) -> bool:
    i = start - 1
    while i >= line_start and text[i] in _SKIPPED:
        i -= 1
    return i < line_start or text[i] in _OPENERS


_LONG: Final = 7
"""Words of this many letters or more ending in -ly or -ed are adverbs and verbs."""


def _inflected(word: str) -> bool:
    """A long adverb or past form ("formally", "appointed"), not a name ("Kelly",
    "Reed", "Mohammed")."""
    return len(word) >= _LONG and (
        word.endswith("ly") or (word.endswith("ed") and not word.endswith("mmed"))
    )


def _recased(word: str, small: frozenset[str], *, first: bool) -> str:
    lower = word.lower()
    if len(lower) != len(word):
        return word  # a letter whose small form is longer: keep it as written
    if not first and (lower in small or _inflected(lower)):
        return lower
    return word[0] + lower[1:]


def recase(text: str, lexicons: Lexicons, paras: tuple[Span, ...] | None = None) -> str:
    """``text`` with its lines in capitals written in mixed case, of the same length.

    Lines not in capitals are left as they are; so is a text with none (the same
    object is returned). ``paras``: the paragraphs of ``text`` when known.
    """
    lines = [
        p
        for p in (paragraphs(text) if paras is None else paras)
        if in_capitals(p.of(text))
    ]
    if not lines:
        return text
    small = _small_words(lexicons)
    out: list[str] = []
    at = 0
    for line in lines:
        out.append(text[at : line.start])
        at = line.start
        for m in iterfind(_WORD, text, line.start, line.end):
            out.append(text[at : m.start()])
            first = _opens_sentence(text, m.start(), line.start)
            out.append(_recased(m.group(), small, first=first))
            at = m.end()
        out.append(text[at : line.end])
        at = line.end
    out.append(text[at:])
    recased = "".join(out)
    return recased if len(recased) == len(text) else text
