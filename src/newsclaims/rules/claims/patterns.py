"""The compiled patterns of the reported-speech rules (:class:`ReportedPatterns`) and
the speaker heads they start from ("X said", "A 2014 study by the auditor found").

Kept apart from :mod:`newsclaims.rules.claims.reported`, which holds the rules and
reads a clause's bounds; every rule module that reads reported speech shares them.
"""

from __future__ import annotations

from typing import Final

import regex

from newsclaims._lists import compile_listed
from newsclaims._regex import compile_pattern, match
from newsclaims.lexicons import Lexicons
from newsclaims.model import Span
from newsclaims.rules.claims.candidates import (
    Context,
)
from newsclaims.rules.claims.cues import (
    AUX,
    LEADING_CONJ,
    NOT_WORD,
    SPEAKER,
    SPEAKER_AFTER,
    TARGET_FRAMES,
    TIME,
    WORD,
    cue_lists,
    speaker_openers,
    word_leads,
)
from newsclaims.rules.claims.speaker import SpeakerWalker

__all__ = ["MAX_CLAUSE", "ReportedPatterns"]

_APPOSITIVE: Final = r"(?:\s*+,\s*+[^,;:\n\"\u201c\u201d]{1,120}+,)?"

MAX_CLAUSE: Final = 400
"""The longest reported clause after a cue (news clauses are far shorter)."""

_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})

_THAT_SUBJECT: Final = r"""(?!(?:is|was|were|are|would|will|has|had|could|should|can|may
    |might|must|does|did|means|meant|seems|seemed)(?![\p{L}\-]))"""
"""A verb after "that": the word is the clause's subject ("said *that* was wrong")."""

_THAT: Final = rf"""(?<!\s)\s*+,?\s*+(?:(?P<that>that)\s++{_THAT_SUBJECT})?
    (?P<rest>[\p{{L}}\p{{N}}\"\u201c\u2018'$(])"""
_OBJ_TO: Final = r"""(?<!\s)\s++(?P<target>[^\s,.;:\"\u201c][^,.;:\n\"\u201c]{0,80}?)\s++to\s++[\p{L}\"\u201c\u2018]"""
_OBJ_OF: Final = r"""(?<!\s)\s++(?P<target>[^\s,.;:\"\u201c][^,.;:\n\"\u201c]{0,80}?)\s++(?:of|for)\s++[\p{L}\"\u201c\u2018]"""
_PREP: Final = (
    r"(?<!\s)\s++(?:over|about|at|regarding|that|on|for|with)\s++(?P<rest>\S)"
)
_INFINITIVE: Final = r"""(?<!\s)\s++(?P<rest>to\s++
    (?!(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|him|them|me|us
      |it|which|whom|what|where|when)(?!\p{L}))\p{Ll})"""
"""`wants *to leave*`; not `agreed *to a* plan` (a preposition, not an infinitive)."""
_OBJECT: Final = r"(?<!\s)\s++(?P<rest>[\p{L}\p{N}\"\u201c'$])"
_ADDRESSEE: Final = rf"""
    (?<!\s)\s++(?P<target>\L<object_pronouns>{NOT_WORD}|{SPEAKER}
      |(?!\L<determiners_lc>{NOT_WORD})\p{{Ll}}++)                # told *reporters*
    (?>{TIME})\s*+,?\s*+(?:(?P<that>that)\s++{_THAT_SUBJECT})?(?P<rest>[\p{{L}}\p{{N}}\"\u201c])
"""

_TAG_SAID: Final = rf"""
        (?P<cue>\L<cues_tq>)\s++(?P<spk>{SPEAKER_AFTER})             # , said Ann Lee
"""
_TAG_SHE_CUE: Final = rf"""
        (?P<cue>\L<cues_tq>){NOT_WORD}                                # (, she) said
        (?:\s++(?:\L<object_pronouns>{NOT_WORD}|{SPEAKER}
          |(?!\L<determiners_lc>{NOT_WORD})\p{{Ll}}++))?              # , she told the AP
"""
_TAG_SHE: Final = rf"""
        (?P<spk>{SPEAKER}){_APPOSITIVE}\s++{AUX}{_TAG_SHE_CUE}        # , she said
"""
_TAG_END: Final = rf"""
    (?P<tail>{TIME})
    \s*+(?P<after>[,.!?;]|\Z)
"""
_TAG_AFTER: Final = rf",\s*+(?:{_TAG_SAID}|{_TAG_SHE}){_TAG_END}"
_TAG_AFTER_SAID: Final = rf",\s*+(?:{_TAG_SAID}){_TAG_END}"
"""The first branch of :data:`_TAG_AFTER` alone: the cue right after the comma."""

_GAP_WORDS: Final = r"[\p{L}\p{M}\p{N}'\u2019\-.\s]"
"""What a speaker and its auxiliaries are made of, between a tag's comma and cue
(characters of the speaker lists are added); an appositive and a bracket aside, the
only other parts, are checked apart."""

_DATE_COMMA: Final = r"(?<=\p{N}),(?=\x20\p{N}{4}(?!\p{N}))"
"""The comma of a date ("March 14, 2019"): it closes no phrase."""
_ACCORDING_FIRST: Final = rf"""
    (?P<cue>\L<source_phrases>)\s++
    (?P<spk>(?:[^,;:\n]|{_DATE_COMMA}){{1,120}}+)\s*+,\s*+
"""
_ACCORDING_LAST: Final = rf"""
    (?<=[\s,(\u2014\u2013])(?P<cue>\L<source_phrases>)\s++
    (?P<spk>(?:[^,;:\n()\u2014\u2013]|{_DATE_COMMA}){{1,120}}?)
    (?=\s*+(?:(?!{_DATE_COMMA})[,;:!?()\u2014\u2013\"\u201c\u201d]|\.(?:\s|\Z)|\s-\s|\Z))
"""
"""`..., according to X` anywhere after the sentence's start; X ends at punctuation."""

_IN_POLL_FIRST: Final = r"""
    (?P<cue>[Ii]n|[Aa]mong)\s++
    (?P<spk>[^,;:\n]{0,80}?(?<![\p{L}\-])\L<source_nouns>(?![\p{L}\-])[^,;:\n]{0,60}+)
    \s*+,\s*+
"""
"""`*In a new poll*, 40 percent ...`: the poll is the source of the clause."""

_NOMINAL: Final = rf"""
    (?:
        (?P<spk>{SPEAKER})(?P<poss>['\u2019]s?)?\s++(?:\p{{Ll}}++\s++){{0,2}}?(?P<cue>\L<cue_nouns>)
      | (?P<cue>\L<cue_nouns>)\s++(?:by|from)\s++(?P<spk>{SPEAKER})
    )
    (?:\s++(?:was|is))?+\s++that\s++(?P<rest>\S)
"""

_NOMINAL_OBJECT: Final = rf"""
    (?:(?P<spk>{SPEAKER})(?:['\u2019]s?)?(?<=['\u2019]s|s['\u2019])  # Ann Lee's
      |(?P<spk>(?i:the)\s++(?:\p{{Ll}}[\p{{Ll}}\-]{{0,20}}+\s++){{0,2}}?\L<np_words>)
        ['\u2019]s                                             # the mayor's
      |(?P<spk>(?i:his|her|their|its|our)))
    \s++(?:\p{{Ll}}[\p{{Ll}}\-]{{0,24}}+\s++){{0,2}}?
    (?P<cue>\L<noun_objects>){NOT_WORD}\s++(?P<rest>[\p{{L}}\p{{N}}\"\u201c$])
"""
"""`Ann Lee's *support for* the bill`, `his *plan to* close the school`."""

_CHAIN: Final = rf"""
    (?:,\s*+(?P<cue>\L<cues_ing>)                          # ..., adding
      |(?<!\s)\s++and\s++{AUX}(?P<cue>\L<cues_ing>|\L<cues_tq>))  # ... and added
    {NOT_WORD}
    {TIME}\s*+,?\s*+(?:(?P<that>that)\s++)?(?P<rest>[\p{{L}}\p{{N}}\"\u201c])
"""

_CUT_PARTICIPLES: Final = (
    "citing",
    "viewing",
    "prompting",
    "sparking",
    "triggering",
    "leading",
    "describing",
    "calling",
    "referring",
)
_CUT_CONJUNCTIONS: Final = (
    "while",
    "whereas",
    "although",
    "though",
    "but",
    "which",
    "who",
    "whom",
    "whose",
)
_CUT: Final = rf"""
    ,\s*+(?:\L<cues_ing_cut>|according\s++to|{"|".join(_CUT_PARTICIPLES)}){NOT_WORD}
  | ;(?=\s)
  | (?<!\s)\s++(?:and|but)\s++{AUX}(?!\L<noun_like>{NOT_WORD})(?:\L<cues_all>){NOT_WORD}
  | ,\s*+(?:{"|".join(_CUT_CONJUNCTIONS)}|even\s++as|as\s++well\s++as){NOT_WORD}
  | (?<!\s)\s++(?:\u2014|\u2013|--|-)\s++
  | :\s++(?=\p{{Lu}})
"""
_CUT_COMMA_WORDS: Final = frozenset(
    {*_CUT_PARTICIPLES, *_CUT_CONJUNCTIONS, "according", "even", "as"}
)
"""The words of :data:`_CUT` after a comma, less the cues of ``cues_ing``."""
_AUX_WORDS: Final = frozenset({"not", "never", "n't"})
"""The words of :data:`~newsclaims.rules.claims.cues.AUX` besides auxiliaries and adverbs."""

_SPEAKER_LISTS: Final = (
    "pronouns",
    "determiners",
    "np_words",
    "title_abbrs",
    "roles",
    "aux",
)
"""The named lists of the words between a tag's comma and its cue (see :data:`_TAG_SHE`)."""


def _not_speaker(lists: dict[str, frozenset[str]]) -> str:
    """A character class: what is not in :data:`_GAP_WORDS` nor in any word of
    :data:`_SPEAKER_LISTS`."""
    plain = compile_pattern(_GAP_WORDS)
    odd = sorted(
        {
            c
            for name in _SPEAKER_LISTS
            for word in lists[name]
            for c in word
            if plain.fullmatch(c) is None
        }
    )
    return "[^" + _GAP_WORDS[1:-1] + "".join(f"\\U{ord(c):08x}" for c in odd) + "]"


class ReportedPatterns:
    """The compiled patterns of the reported-speech rules."""

    def __init__(self, lexicons: Lexicons) -> None:
        lists = cue_lists(lexicons)
        lists["cues_ing_cut"] = lists["cues_ing"] | frozenset(
            v.forms[3] for v in lexicons.cue_verbs if v.frames & TARGET_FRAMES
        )
        self.lexicons = lexicons
        self.walker: Final = SpeakerWalker(lexicons)
        self.noun_like: Final = lexicons.cue_verb_nouns
        self.np_words: Final = (lexicons.roles | lexicons.modifiers) - {
            w for w, _, _, number in lexicons.actor_roles if number == "p"
        }
        """Words of a singular speaker's noun phrase: its modifiers and head."""
        self.participles: Final = frozenset(
            v.forms[2].split(" ", 1)[0] for v in lexicons.cue_verbs
        )
        self.tail: Final = compile_pattern(TIME)
        self.frames: Final = {
            form: verb.frames for verb in lexicons.cue_verbs for form in verb.all_forms
        }
        self.that: Final = compile_pattern(_THAT)
        self.obj_to: Final = compile_pattern(_OBJ_TO)
        self.obj_of: Final = compile_pattern(_OBJ_OF)
        self.prep: Final = compile_pattern(_PREP)
        self.object: Final = compile_pattern(_OBJECT)
        self.infinitive: Final = compile_pattern(_INFINITIVE)
        self.addressee: Final = compile_listed(_ADDRESSEE, lists)
        self.tag_after: Final = compile_listed(_TAG_AFTER, lists)
        self.tag_after_said: Final = compile_listed(_TAG_AFTER_SAID, lists)
        self.not_speaker: Final = compile_pattern(_not_speaker(lists))
        self.first_word: Final = compile_pattern(rf"\s*+(?P<word>{WORD}*+)")
        self.speaker_openers: Final = speaker_openers(lists)
        self.cues_tq: Final = lists["cues_tq"]
        self.cue_nouns: Final = lexicons.cue_nouns
        self.according_first: Final = compile_listed(_ACCORDING_FIRST, lists)
        self.according_last: Final = compile_listed(_ACCORDING_LAST, lists)
        self.in_poll_first: Final = compile_listed(_IN_POLL_FIRST, lists)
        self.nominal: Final = compile_listed(rf"(?<![\p{{L}}\p{{N}}]){_NOMINAL}", lists)
        self.chain: Final = compile_listed(_CHAIN, lists)
        self.cut: Final = compile_listed(_CUT, lists)
        self.comma_word: Final = compile_pattern(rf",\s*+(?P<word>{WORD}*+)")
        self.cut_words: Final = _CUT_COMMA_WORDS | word_leads(lists["cues_ing_cut"])
        self.spaced_word: Final = compile_pattern(rf"\s++(?P<word>{WORD}*+)")
        self.and_words: Final = _AUX_WORDS | word_leads(
            lists["aux"] | lists["cues_all"]
        )
        self.nominal_object: Final = compile_listed(
            rf"(?<![\p{{L}}\p{{N}}]){_NOMINAL_OBJECT}", lists
        )
        self.noun_object_words: Final = frozenset(
            n for n, _ in lexicons.cue_noun_objects
        )
        self.noun_object_phrases: Final = lists["noun_objects"]
        self.leading_conj: Final = compile_pattern(LEADING_CONJ)

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern, by name."""
        return {
            f"reported.{k}": v
            for k, v in vars(self).items()
            if isinstance(v, regex.Pattern)
        }

    def heads(self, ctx: Context, start: int, end: int) -> list[tuple[Span, Span, int]]:
        """(speaker, cue, end of the time phrase) of every "X said" in ``text[start:end]``."""
        text = ctx.text
        out: list[tuple[Span, Span, int]] = []
        floor = start
        cues = ctx.cues_in(start, end)
        for k, cue in enumerate(cues):
            word = text[cue.start : cue.end]
            if (
                word not in self.frames
                or (word in self.noun_like and self._noun_before(text, cue, cues, k))
                or self._passive(text, word, cue.start, floor)
                or _after_able(text, cue.start, floor)
            ):
                continue
            spk = self.walker.before(
                text, cue.start, floor, strict=word in self.noun_like
            )
            tail = None
            tailed = spk is None and floor == start  # the tail is matched already
            if tailed:
                tail = match(self.tail, text, cue.end, end)
                spk = _long_subject(
                    text, start, cue, cue.end if tail is None else tail.end()
                ) or self._before_connector(text, start, cue)
            if spk is None:
                continue
            if not tailed:
                tail = match(self.tail, text, cue.end, end)
            out.append((spk, cue, cue.end if tail is None else tail.end()))
            floor = cue.end
        return out

    def _noun_before(
        self, text: str, cue: Span, cues: tuple[Span, ...], k: int
    ) -> bool:
        """Whether the cue word at ``cues[k]`` is a noun in the next cue's subject:
        a verb of saying takes no second finite verb of saying after it, with at most
        two modifiers or singular role nouns between ("a Harbour Board *report* said", "the
        *ruling* states", "a Harbour Board *press* officer said")."""
        if k + 1 >= len(cues):
            return False
        gap = text[cue.end : cues[k + 1].start].split(" ")
        return (
            1 < len(gap) <= 4  # noqa: PLR2004 - up to two words between
            and gap[0] == gap[-1] == ""
            and all(w in self.np_words for w in gap[1:-1])
        )

    def _before_connector(self, text: str, start: int, cue: Span) -> Span | None:
        """The subject of a verb joined to the cue by "and" or "to" ("*Ann Lee* left
        and said", "*Ann Lee* rose to say"): the phrase before that verb."""
        words = text[start : cue.start].split()
        if len(words) < 3 or words[-1].lower() not in _JOINERS:  # noqa: PLR2004
            return None
        verb = text.rindex(words[-2], start, cue.start)
        return self.walker.before(text, verb, start, strict=True)

    def _passive(self, text: str, cue: str, start: int, floor: int) -> bool:
        """Whether a participle cue (``cue``, at ``start``) follows a form of "be"
        ("is expected"): the subject is not its speaker."""
        if cue.split(" ", 1)[0] not in self.participles:
            return False
        words = text[max(floor, start - 24) : start].split()[-2:]
        return any(w.lower() in _BE for w in words)

    def __reduce__(self) -> tuple[type[ReportedPatterns], tuple[Lexicons]]:
        return (ReportedPatterns, (self.lexicons,))


def _after_able(text: str, start: int, floor: int) -> bool:
    """Whether a cue follows "to" after an adjective in -able/-ible ("unavailable to
    *view*", "unable to *say*"): a possibility, no claim."""
    words = text[max(floor, start - 30) : start].split()
    return (
        len(words) >= 2  # noqa: PLR2004
        and words[-1] == "to"
        and words[-2].lower().endswith(("able", "ible"))
    )


_EVIDENCE: Final = frozenset(
    {
        "shows",
        "showed",
        "show",
        "found",
        "finds",
        "suggests",
        "suggested",
        "indicates",
        "indicated",
    }
)
_JOINERS: Final = frozenset({"and", "to", "then"})
_NOT_LAST: Final = frozenset(
    [
        "to",
        "and",
        "or",
        "but",
        "nor",
        "by",
        "while",
        "after",
        "before",
        "when",
        "if",
        "not",
        "also",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "that",
        "who",
        "which",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "as",
        "than",
    ]
)
"""Words that cannot end a subject noun phrase (see :func:`_long_subject`)."""
_SUBJECT_WORDS: Final = 15
_COMPLEMENTS: Final = (" that ", " whether ", " how ", " why ")
_SUBJECT_STOPS: Final = frozenset(',;:()"\u201c\u201d\u2014\u2013')
_SUBJECT_OPENERS: Final = frozenset({"and", "but", "so", "yet", "still", "now"})


def _long_subject(text: str, start: int, cue: Span, after: int) -> Span | None:
    """The whole stretch from the sentence start to a cue followed by "that" (or
    to a verb of evidence: shows, found, suggests, indicates), when the phrase walk
    found no speaker: "*Research done for the centre* showed that ...", "*The
    latest polling in Ohio* shows the race tightening"."""
    word = cue.of(text)
    if word.endswith("ing") or (
        not text.startswith(_COMPLEMENTS, after) and word not in _EVIDENCE
    ):
        return None  # "... by *saying* that": a participle's subject is elsewhere
    words = text[start : cue.start].split()
    while words and words[0].lower() in _SUBJECT_OPENERS:
        words = words[1:]
    if (
        not 2 <= len(words) <= _SUBJECT_WORDS  # noqa: PLR2004
        or not words[0][:1].isupper()
        or any(ch in _SUBJECT_STOPS for w in words for ch in w)
        or words[-1].endswith(("'s", "\u2019s", "s'", "s\u2019"))
        or words[-1].lower() in _NOT_LAST
    ):
        return None  # "Ann Lee rose *to* say that": a verb stands between
    first = text.index(words[0], start)
    last = text.rindex(words[-1], first, cue.start)
    return Span(first, last + len(words[-1]))
