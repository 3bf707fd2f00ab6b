"""Pattern fragments shared by the claim rules: cues, auxiliaries, time phrases.

Every fragment is pattern source without capturing groups; :func:`cue_lists` gives the
named lists (``\\L<...>``) they need.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from newsclaims._regex import compile_pattern, match
from newsclaims.lexicons import ALL_FRAMES, Frame, Lexicons
from newsclaims.rules.actors import phrases as mentions

__all__ = [
    "AUX",
    "CONJUNCTIONS",
    "LEADING_CONJ",
    "NOT_WORD",
    "NO_FRAMES",
    "QUOTING_FRAMES",
    "REPORTING_FRAMES",
    "SPEAKER",
    "SPEAKER_AFTER",
    "TARGET_FRAMES",
    "TIME",
    "WORD",
    "after_conjunction",
    "cue_lists",
    "may_open_speaker",
    "speaker_openers",
    "word_leads",
]

WORD: Final = r"[\p{L}\p{M}\p{N}'\u2019\-]"
"""One character of a word (letters, digits, apostrophes, hyphens)."""

NOT_WORD: Final = rf"(?!{WORD})"

SPEAKER: Final = mentions.speaker()

SPEAKER_AFTER: Final = mentions.speaker_after()
"""A speaker after an inverted tag: "said student protester Ann Lee"."""

AUX: Final = rf"""
    (?:(?:\L<aux>|\p{{Ll}}{{2,20}}+(?<=ly)|not|never|n't){NOT_WORD}\s++){{0,3}}
"""
"""Auxiliaries and adverbs between a speaker and the cue: "has also", "repeatedly"."""

_EVENT: Final = r"""
    (?:statement|interview|speech|letter|post|tweet|message|report|briefing|address
      |conference|call|hearing|rally|meeting|summit|session|event|email|e-mail|op-ed
      |video|broadcast|appearance|remarks|testimony|filing|memo|release|book|article
      |column|op-ed|essay|editorial|piece|blog|podcast|documentary|radio|television
      |newsletter|affidavit|deposition|lawsuit|complaint|court|hearings|paper|newspaper
      |magazine|journal|program|show|speeches|letters|emails|posts|tweets|interviews)
"""

TIME: Final = rf"""
    (?:(?<!\s)(?:\s*+,\s*+|\s++)
      (?:on\s++\p{{Lu}}\p{{Ll}}++(?:\s++\p{{N}}{{1,2}}+)?          # on Wednesday, on May 3
        |(?:last|this|next|earlier|late|early)\s++(?:week|month|year|night|weekend
            |morning|afternoon|evening|\p{{Lu}}\p{{Ll}}++)            # last week
        |(?:yesterday|today|tonight|earlier|later|again|also|previously|recently
            |repeatedly|publicly|privately|separately|too)             # again
        |(?:in|on|at|during|via|through)\s++(?:(?i:a|an|the|his|her|their|its|our)\s++)?
            (?:[\p{{L}}\-]++\s++){{0,3}}?{_EVENT}{NOT_WORD}            # in a statement
        |(?:\p{{N}}{{1,2}}+\s++)?(?:days?|weeks?|months?|years?)\s++ago  # two days ago
        |(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
            (?:\s++(?:morning|afternoon|evening|night))?                # Wednesday night
        |(?:in|since|until)\s++(?:January|February|March|April|May|June|July|August
            |September|October|November|December|\p{{N}}{{4}}+)             # in April
        |(?:in|on|at|via|through)\s++(?:(?i:a|an|the|his|her|their|its|our)\s++)?
            (?:[\p{{L}}\-]++\s++){{0,2}}?
            (?!(?:of|to|for|by|with|from|and|or|the|a|an|in|on|at){NOT_WORD})[\p{{L}}\-]++
            (?=\s*+,?\s*+that\s)                                     # on the radio that
      ){NOT_WORD}
    ){{0,3}}
"""
"""Phrases after a cue before its content: "on Wednesday", "in a statement"."""

CONJUNCTIONS: Final = (
    "but",
    "and",
    "yet",
    "so",
    "still",
    "however",
    "also",
    "meanwhile",
)
LEADING_CONJ: Final = rf"(?i:{'|'.join(CONJUNCTIONS)})(?!\p{{L}})(?:\s*+,\s*+|\s++)"
"""A clause's leading conjunction or adverb, its comma or spaces: "But ", "However, "."""
_CONJUNCTION_INITIALS: Final = frozenset(word[0] for word in CONJUNCTIONS)


NO_FRAMES: Final[frozenset[Frame]] = frozenset()
"""The frames of a word that is no cue verb."""
QUOTING_FRAMES: Final = frozenset({Frame.THAT_CLAUSE, Frame.CLAUSE, Frame.QUOTE})
"""Frames of the cues that may tag a quotation ("said", "ruled that", "asked")."""
REPORTING_FRAMES: Final = ALL_FRAMES - {Frame.QUOTE}
"""Frames of the cues that may report content in the text after them (every frame
but a quotation's alone)."""
TARGET_FRAMES: Final = frozenset({Frame.OBJECT_INFINITIVE, Frame.OBJECT_OF})
"""Frames whose object is the claim's target: "urged *Y* to", "accused *Y* of"."""


def cue_lists(lex: Lexicons) -> dict[str, frozenset[str]]:
    """Named lists for the claim patterns: cue forms by frame and the mention lists."""
    lists = dict(mentions.named_lists(lex))
    lists.update(
        cues_all=lex.cue_forms(ALL_FRAMES),
        cues_q=lex.cue_forms({Frame.QUOTE}),
        cues_tq=lex.cue_forms(QUOTING_FRAMES),
        cues_reported=lex.cue_forms(REPORTING_FRAMES),
        cues_ing=frozenset(
            v.forms[3] for v in lex.cue_verbs if v.frames & QUOTING_FRAMES
        ),
        cue_nouns=lex.cue_nouns,
        noun_like=lex.cue_verb_nouns,
        noun_objects=frozenset(f"{n} {p}" for n, p in lex.cue_noun_objects),
        source_nouns=lex.source_nouns,
        source_phrases=mentions.cased(lex.source_phrases),
        aux=lex.auxiliaries,
        pronouns_lc=lex.pronouns,
        determiners_lc=lex.determiners,
        object_pronouns=mentions.cased(lex.object_pronouns),
    )
    return lists


_WORD_RUN: Final = compile_pattern(f"{WORD}*+")


def word_leads(words: Iterable[str]) -> frozenset[str]:
    """The leading run of :data:`WORD` characters of each of ``words``.

    Where a pattern matches one of ``words`` followed by no word character, the run
    of word characters the text holds there is in this set: a plain look-up that
    tells where a named list cannot match.

    >>> sorted(word_leads(["pointed out", "e-mail"]))
    ['e-mail', 'pointed']
    """
    out = set()
    for word in words:
        m = _WORD_RUN.match(word)
        out.add("" if m is None else m.group())
    return frozenset(out)


def speaker_openers(lists: dict[str, frozenset[str]]) -> frozenset[str]:
    """The first words a :data:`SPEAKER` may open with, besides names, numbers and
    plurals (see :func:`may_open_speaker`): pronouns, determiners, role words."""
    return word_leads(lists["pronouns"] | lists["determiners"] | lists["np_words"])


def may_open_speaker(word: str, openers: frozenset[str]) -> bool:
    """Whether :data:`SPEAKER` may start where the text holds the run of word
    characters ``word``: ``False`` only where it surely cannot. Besides the listed
    ``openers``, a speaker opens with a letter or a digit: a name, a number or a
    plural ("voters"), never a lower-case word like "but" or "whether", nor "''".

    >>> openers = speaker_openers(cue_lists(Lexicons.default()))
    >>> words = ["she", "Ann", "voters", "whether", "''", ""]
    >>> [may_open_speaker(w, openers) for w in words]
    [True, True, True, False, False, False]
    """
    if not word:
        return False
    if word in openers:
        return True
    first = word[0]
    if "a" <= first <= "z":
        return word.endswith("s")  # a plural
    return first.isalnum() or not first.isascii()  # a name, a number


def after_conjunction(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> int:
    """Where a clause at ``start`` starts after a leading "But", "However," ...
    (``pattern``, :data:`LEADING_CONJ`): ``start`` without one. The pattern runs
    only where the first letter may open one of its words (any letter outside ASCII
    may, by case folding)."""
    first = text[start : start + 1]
    if first.isascii() and first.lower() not in _CONJUNCTION_INITIALS:
        return start
    lead = match(pattern, text, start, end)
    return start if lead is None else lead.end()
