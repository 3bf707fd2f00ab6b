"""Pattern fragments shared by the claim rules: cues, auxiliaries, time phrases.

Every fragment is pattern source without capturing groups; :func:`cue_lists` gives the
named lists (``\\L<...>``) they need.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Final, TypeAlias

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
    "compile_listed",
    "cue_lists",
    "expand_lists",
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


_FLAGS_GROUP: Final = compile_pattern(
    r"\(\?(?P<on>[a-zA-Z]*+)(?:-[a-zA-Z]*+)?(?P<end>[:)])"
)


def _literal(char: str) -> str:
    return char if char.isalnum() else regex.escape(char)


_Trie: TypeAlias = dict[str, "_Trie"]


@lru_cache(maxsize=256)
def _trie(words: frozenset[str]) -> str:
    r"""Pattern source matching ``words`` as ``\L<name>`` does, but by a trie.

    The ``regex`` module matches a named list as a branch of all its words, longest
    first, one after another: its cost grows with the length of the list. Among the
    words that match at one place (each a prefix of the next), the trie tries the
    longest first too, and backtracks to the shorter ones in the same order, so any
    pattern matches just the same (words match case-sensitively: no ``(?i)``).

    >>> _trie(frozenset(["say", "said", "says", "sad", "sat"]))
    '(?:sa(?:[dt]|id|ys?))'
    >>> _trie(frozenset(["a", "ab", "abc", "abd", "b"]))
    '(?:(?:b|a(?:b[cd]?|)))'
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        chars = sorted(char for char in node if char)
        last = "".join(c for c in chars if node[c] == {"": {}} and c.isalnum())
        options = [f"[{last}]" if len(last) > 1 else last] if last else []
        options += [_literal(c) + emit(node[c]) for c in chars if c not in last]
        if "" not in node:  # no word ends here
            return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
        if not options:
            return ""
        if last and len(options) == 1:
            return f"{options[0]}?"  # one letter or class, then the word ending here
        return f"(?:{'|'.join(options)}|)"  # the word ending here, tried last

    return f"(?:{emit(root)})"


def expand_lists(
    pattern: str, lists: Mapping[str, Iterable[str]], *, share: bool = True
) -> str:
    r"""``pattern`` (verbose source) with each ``\L<name>`` written out as a trie of
    the words of ``lists[name]`` (see :func:`_trie`), comments left out: the same
    matches, found in time independent of the length of the lists.

    A list that stands more than once in the pattern (outside lookbehinds) is written
    out once, as a group of a ``(?(DEFINE)...)`` at the end of the pattern, and each
    place calls it (``(?&name)``): the ``regex`` module backtracks into a called group
    as into one written in place, so the matches are the same, and the compiled
    pattern holds one copy of the trie instead of one per place (the tag patterns
    hold the speaker's word lists many times over). The group calls capture nothing
    a caller reads, and the groups come after every group of ``pattern``: their
    numbers are unchanged. ``share=False`` writes every list out in place.

    Raises:
        ValueError: a named list stands where case is ignored (``(?i)``), where a
            trie would try the words in another order.

    >>> print(expand_lists(r"(?<!\w)\L<v>[\L<#]# \L<v>", {"v": ["is", "it"]}))
    (?<!\w)(?:i[st])[\L<#]
    >>> print(expand_lists(r"\L<v> \L<v>", {"v": ["is", "it"]}))
    (?&nclist_v) (?&nclist_v)(?(DEFINE)(?P<nclist_v>(?:i[st])))
    """
    pieces, listed = _pieces(pattern)
    places = Counter(name for name, behind in listed.values() if not behind)
    defined: dict[str, None] = {}  # the lists written once, in order
    for k, (name, behind) in listed.items():
        if share and places[name] > 1 and not behind:
            pieces[k] = f"(?&{_GROUP_PREFIX}{name})"
            defined[name] = None
        else:
            pieces[k] = _trie(frozenset(lists[name]))
    if defined:
        pieces.append("(?(DEFINE)")
        pieces.extend(
            f"(?P<{_GROUP_PREFIX}{name}>{_trie(frozenset(lists[name]))})"
            for name in defined
        )
        pieces.append(")")
    return "".join(pieces)


def _pieces(pattern: str) -> tuple[list[str], dict[int, tuple[str, bool]]]:
    """The pieces of verbose ``pattern`` (see :func:`_piece_end`), comments emptied,
    and for each named list among them (by index): its name and whether it stands in
    a lookbehind.

    Raises:
        ValueError: a named list stands where case is ignored.
    """
    pieces: list[str] = []
    listed: dict[int, tuple[str, bool]] = {}  # piece index -> (list, in a lookbehind)
    groups: list[tuple[bool, bool]] = []  # per open group: ignores case, looks behind
    i = 0
    while i < len(pattern):
        end = _piece_end(pattern, i)
        piece = pattern[i:end]
        if piece.startswith("\\L<"):
            if any(case for case, _ in groups):
                raise ValueError(f"a named list where case is ignored: {pattern!r}")
            listed[len(pieces)] = (piece[3:-1], any(behind for _, behind in groups))
        elif piece.startswith("#"):
            piece = ""
        elif piece == "(":
            groups.append(
                (_ignores_case(pattern, i), pattern.startswith(_LOOKBEHINDS, i))
            )
        elif piece == ")":
            groups.pop()
        pieces.append(piece)
        i = end
    return pieces, listed


_GROUP_PREFIX: Final = "nclist_"
"""The names of the groups :func:`expand_lists` defines (a pattern's own groups never
start so)."""
_LOOKBEHINDS: Final = ("(?<=", "(?<!")


def _piece_end(pattern: str, i: int) -> int:
    """Where the piece of verbose pattern source at ``i`` ends: an escape or a named
    list, a character class, a comment or else one character."""
    char = pattern[i]
    if char == "\\":
        return pattern.index(">", i) + 1 if pattern.startswith("\\L<", i) else i + 2
    if char == "#":
        end = pattern.find("\n", i)
        return len(pattern) if end < 0 else end
    if char != "[":
        return i + 1
    j = i + 1 + pattern.startswith("^", i + 1)
    j += pattern.startswith("]", j)  # a leading "]" is a member
    depth = 1
    while depth:
        if pattern[j] == "\\":
            j += 2
            continue
        depth += {"[": 1, "]": -1}.get(pattern[j], 0)
        j += 1
    return j


def _ignores_case(pattern: str, i: int) -> bool:
    """Whether the group opening at ``i`` turns case-insensitive matching on.

    Raises:
        ValueError: a flag group ``(?i)`` for the rest of the pattern.
    """
    flags = _FLAGS_GROUP.match(pattern, i)
    if flags is None or "i" not in flags.group("on"):
        return False
    if flags.group("end") == ")":
        raise ValueError(f"a global (?i) flag: {pattern!r}")
    return True


def compile_listed(
    pattern: str, lists: Mapping[str, Iterable[str]]
) -> regex.Pattern[str]:
    """Compile ``pattern`` with its named lists written out (:func:`expand_lists`)."""
    return compile_pattern(expand_lists(pattern, lists))


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
