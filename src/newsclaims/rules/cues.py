"""Pattern fragments shared by the claim rules: cues, auxiliaries, time phrases.

Every fragment is pattern source without capturing groups; :func:`cue_lists` gives the
named lists (``\\L<...>``) they need.
"""

from __future__ import annotations

from typing import Final

from newsclaims.lexicons import Lexicons
from newsclaims.rules import mentions

__all__ = ["AUX", "NOT_WORD", "SPEAKER", "SPEAKER_AFTER", "TIME", "WORD", "cue_lists"]

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
      ){NOT_WORD}
    ){{0,3}}
"""
"""Phrases after a cue before its content: "on Wednesday", "in a statement"."""


def cue_lists(lex: Lexicons) -> dict[str, frozenset[str]]:
    """Named lists for the claim patterns: cue forms by frame and the mention lists."""
    lists = dict(mentions.named_lists(lex))
    lists.update(
        cues_all=lex.cue_forms("cdfioqty"),
        cues_q=lex.cue_forms("q"),
        cues_tq=lex.cue_forms("tq"),
        cues_reported=lex.cue_forms("cdfioty"),
        cues_ing=frozenset(
            v.forms[3] for v in lex.cue_verbs if set(v.frames) & set("tq")
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
