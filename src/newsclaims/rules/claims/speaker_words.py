"""The word classes and bounds of the speaker walk (:mod:`~newsclaims.rules.claims.speaker`):
closed classes of English the walk stops at, passes over or reads as a speaker's head.
"""

from __future__ import annotations

from typing import Final

from newsclaims._regex import compile_tokens

__all__ = [
    "MAX_APPOSITIVE",
    "MAX_CONJUNCT",
    "MAX_WORDS",
    "WINDOW",
    "_ABOUT",
    "_AUX_MAX",
    "_BE_PROGRESSIVE",
    "_BLOCKERS",
    "_CONNECTORS",
    "_CONTRACTED",
    "_DASHES",
    "_ISSUED_MAX",
    "_LY_NOUNS",
    "_MAX_CONJUNCTS",
    "_NOT_PLURAL",
    "_NUMBERS",
    "_POSSESSIVE",
    "_PREPOSITIONS",
    "_QUANTITY_HEADS",
    "_SURVEYED",
    "_TIME_MAX",
    "_TIME_NOUNS",
    "_TIME_OPENERS",
    "_TOKENS",
    "_WEEKDAYS",
    "_WORD_OR_MARK",
]


WINDOW: Final = 200
"""How far before its cue a speaker (with an appositive) may start."""

MAX_APPOSITIVE: Final = 120
"""The longest appositive between a speaker and its cue ("Ann Lee, the mayor, said")."""

MAX_WORDS: Final = 9
"""The most words a speaker noun phrase takes (connectors and determiners included)."""

_WORD_OR_MARK: Final = (
    r"\p{N}{1,3}+(?:,\p{N}{3})++(?![\p{N}])"  # 34,000
    r"|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'\u2019.&\-]{0,40}+)|[^\s\p{L}\p{N}]"
)
_TOKENS: Final = compile_tokens(_WORD_OR_MARK, r"\s*+")
"""Every word or punctuation mark (:data:`_WORD_OR_MARK`; any character but a space
starts one) of a window in one match (see :func:`token_spans`)."""

MAX_CONJUNCT: Final = 5
"""The most words of one name in a coordination ("Ann Lee and Bo Park said")."""
_MAX_CONJUNCTS: Final = 4
_ISSUED_MAX: Final = 4
"""The most words from a determiner to "by" in "a new annual report by"."""

_CONNECTORS: Final = frozenset({"of", "for", "at", "from", "in", "with"})
_BLOCKERS: Final = frozenset(
    {
        "about",
        "against",
        "at",
        "between",
        "by",
        "during",
        "for",
        "from",
        "in",
        "into",
        "like",
        "of",
        "on",
        "over",
        "than",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "with",
        "without",
    }
)
"""Words that make the noun phrase after them an object, not a speaker."""

_PREPOSITIONS: Final = _CONNECTORS | frozenset(
    {"on", "to", "inside", "outside", "within"}
)
_ABOUT: Final = frozenset(
    {"about", "around", "almost", "nearly", "roughly", "over", "some"}
)
_NUMBERS: Final = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)

_QUANTITY_HEADS: Final = frozenset(
    {
        "dozens",
        "few",
        "half",
        "hundreds",
        "majority",
        "many",
        "minority",
        "most",
        "others",
        "percent",
        "plurality",
        "quarter",
        "quarters",
        "some",
        "third",
        "thirds",
        "thousands",
    }
)
_NOT_PLURAL: Final = frozenset(
    """
    as has is was does his this its us yes less unless thus plus always perhaps
    sometimes news across towards whereas besides afterwards series various
    previous serious famous numerous obvious nervous jealous anxious cautious
    tremendous enormous dangerous ridiculous unanimous gas bias status census
    campus focus virus crisis basis analysis thesis congress process address
    business access success progress witness press class mass boss loss miss
    """.split()  # noqa: SIM905
)
_POSSESSIVE: Final = ("'s", "\u2019s", "s'", "s\u2019")
_LY_NOUNS: Final = frozenset(
    {"ally", "assembly", "family", "monopoly", "rally", "supply"}
)
"""Nouns in -ly (the walker takes other -ly words for adverbs)."""
_CONTRACTED: Final = frozenset({"ve", "d", "ll", "re", "s", "m"})
_DASHES: Final = frozenset({"-", "\u2014", "\u2013"})
_SURVEYED: Final = frozenset({"those", "people", "voters", "respondents", "adults"})
"""Subjects of a bare participle that speak: "those *surveyed* said"."""
_AUX_MAX: Final = 3

_BE_PROGRESSIVE: Final = frozenset({"is", "are", "was", "were", "been", "be", "am"})
"""Forms of "be" before an -ing cue: "Ann Lee *is* insisting", "has *been* saying"."""

_WEEKDAYS: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_TIME_NOUNS: Final = _WEEKDAYS | frozenset(
    {"week", "weekend", "month", "year", "night", "morning", "afternoon", "evening"}
)
_TIME_OPENERS: Final = frozenset(
    {"on", "last", "this", "earlier", "late", "early", "that"}
)
"""A time phrase between a speaker and the cue: "Ann Lee *last week* said",
"Ann Lee *on Monday* said", "Ann Lee *Friday night* said"."""
_TIME_MAX: Final = 3
