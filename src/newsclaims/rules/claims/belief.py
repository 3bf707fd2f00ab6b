"""Beliefs and appearances with no source beside the cue.

"Ann Lee seemed to waver", "the plan appears doomed", "the bank is expected to cut
rates", "the deal is seen as a win": the claim is the subject and its complement, in
two parts; nobody in the sentence holds it, so the speaker is ``None``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from newsclaims._lists import compile_listed
from newsclaims._regex import compile_pattern, match
from newsclaims.lexicons import Lexicons, inflect
from newsclaims.model import Span
from newsclaims.rules.claims.candidates import (
    ClaimCandidate,
    Context,
    HedgePattern,
    mode_of,
)
from newsclaims.rules.claims.cues import NOT_WORD, TIME
from newsclaims.rules.claims.reported import ReportedPatterns, reported_content

__all__ = ["BeliefPatterns", "asked", "belief"]

_BE: Final = r"(?:is|are|was|were|be|been|being)\s++(?:\p{Ll}{2,20}+(?<=ly)\s++)?"

_BELIEF: Final = rf"""
    (?<![\p{{L}}\p{{N}}'\u2019\-])
    (?:
        (?P<cue>\L<raising>){NOT_WORD}                    # seems, appeared
        (?=\s++(?:to|that|likely|unlikely|poised|ready|set|eager|willing|unable|able
                 |certain|sure|headed|intent|increasingly|more|less|too|very
                 |\p{{Ll}}++(?<=ed|ful|ous|ive|ble|ant|ent|ic|al)){NOT_WORD})
      | (?P<cue>{_BE}\L<before_to>)(?=\s++to\s++\p{{Ll}})    # is expected to
      | (?P<cue>{_BE}\L<before_as>\s++as)(?=\s++\S)          # is seen as
      | (?P<cue>{_BE}\L<passive>(?:\s++(?:for|of|with|to|about|over|on))?)
        {NOT_WORD}(?P<by>\s++by\s++)?                         # was accused of
    )
"""

_ASKED: Final = rf"""
    (?P<cue>[Aa]sked(?:\s++about)?){NOT_WORD}
    (?:\s++by\s++(?P<spk>[^,;:.!?\n]{{1,80}}?)(?=\s++(?:about|whether|if|what|who|how|why|when|where|to)\s))?
    {TIME}\s*+,?\s*+(?:about\s++)?(?P<rest>[\p{{L}}\p{{N}}\"\u201c])
"""
"""`Asked about the plan, Ann Lee said ...`: the question asked, from nobody named."""

_ASKED_AFTER: Final = frozenset({"when", "after", "if", "once", "while", "before"})

_AGENT: Final = r"[^,;:.!?()\n\u2014\u2013\"\u201c\u201d]{1,120}+"
"""The agent after "by": up to the next punctuation."""


class BeliefPatterns:
    """The compiled pattern of the belief rule."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        kinds: dict[str, set[str]] = {
            "verb": set(),
            "to": set(),
            "as": set(),
            "not": set(),
        }
        for word, kind in lexicons.belief_cues:
            kinds.setdefault(kind, set()).add(word)
        raising = {f for v in kinds["verb"] for f in (v, *inflect(v))}
        passive = (
            {v.forms[2] for v in lexicons.cue_verbs if " " not in v.forms[2]}
            - kinds["to"]
            - kinds["as"]
            - kinds["not"]
        )
        self.belief: Final = compile_listed(
            _BELIEF,
            {
                "raising": frozenset(raising),
                "before_to": frozenset(kinds["to"]),
                "before_as": frozenset(kinds["as"]),
                "passive": frozenset(passive),
            },
        )
        self.agent: Final = compile_pattern(_AGENT)
        self.asked: Final = compile_pattern(_ASKED)
        self.after_be: Final = frozenset(passive | kinds["to"] | kinds["as"])
        self.cue_words: Final = frozenset(kinds["to"] | kinds["as"])
        """Words the cue finder must also find (participles that are no cue verb)."""

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern, by name."""
        return {
            "belief.belief": self.belief,
            "belief.agent": self.agent,
            "belief.asked": self.asked,
        }

    def __reduce__(self) -> tuple[type[BeliefPatterns], tuple[Lexicons]]:
        return (BeliefPatterns, (self.lexicons,))


def _strip(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


_BE_WORDS: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_RAISING: Final = ("seem", "appear")


def _matches(
    pats: BeliefPatterns, ctx: Context, sentence: Span
) -> Iterator[regex.Match[str]]:
    """The belief matches of a sentence, tried only where they can start: at
    "seem"/"appear" and at the "is" before a participle the cue finder found."""
    text = ctx.text
    starts: set[int] = set()
    for word in _RAISING:
        i = text.find(word, sentence.start, sentence.end)
        while i >= 0:
            starts.add(i)
            i = text.find(word, i + len(word), sentence.end)
    for cue in ctx.cues_in(sentence.start, sentence.end):
        if cue.of(text).split(" ", 1)[0] not in pats.after_be:
            continue
        start = _be_before(text, cue.start, sentence.start)
        if start is not None:
            starts.add(start)
    for start in sorted(starts):
        m = match(pats.belief, text, start, sentence.end)
        if m is not None:
            yield m


def _be_before(text: str, end: int, floor: int) -> int | None:
    """Where the "is" (maybe with an adverb after it) before ``end`` starts."""
    pos = end
    for _ in range(2):
        j = pos
        while j > floor and text[j - 1].isspace():
            j -= 1
        k = j
        while k > floor and text[k - 1].isalpha():
            k -= 1
        word = text[k:j].lower()
        if j == pos or not word:
            return None
        if word in _BE_WORDS:
            return k
        if not word.endswith("ly"):
            return None
        pos = k
    return None


def belief(
    pats: BeliefPatterns,
    reported: ReportedPatterns,
    ctx: Context,
    sentence: Span,
    hedge: HedgePattern,
) -> Iterator[ClaimCandidate]:
    """`X seems to ...`, `X is expected to ...`, `X is seen as ...`: two parts."""
    text = ctx.text
    for m in _matches(pats, ctx, sentence):
        cue = Span.of_match(m, "cue")
        subject = reported.walker.before(text, cue.start, sentence.start)
        if m.group("by") is not None:  # "the plan was criticized by Ann Lee"
            agent = match(pats.agent, text, m.end(), sentence.end)
            if subject is None or agent is None:
                continue
            yield ClaimCandidate.reported(
                "belief",
                ctx,
                hedge,
                subject,
                cue=_strip(text, cue.start, m.end("by")),
                speaker=_strip(text, agent.start(), agent.end()),
            )
            continue
        start = cue.end
        while start < sentence.end and text[start].isspace():
            start += 1
        rest = reported_content(reported, ctx, start, sentence.end)
        if rest is None:
            continue
        that = text.startswith("that ", rest.start)
        parts = () if subject is None or that else (subject, rest)
        content = Span(parts[0].start, rest.end) if parts else rest
        yield ClaimCandidate(
            rule="belief",
            mode=mode_of(ctx, rest),
            content=content,
            parts=parts,
            cue=cue,
            hedged=True,
        )


def asked(
    pats: BeliefPatterns,
    reported: ReportedPatterns,
    ctx: Context,
    sentence: Span,
    hedge: HedgePattern,
) -> Iterator[ClaimCandidate]:
    """`Asked whether ..., Ann Lee said`, `... when asked about the plan`: the
    question is the claim; whoever asked it is rarely named ("asked by X")."""
    text = ctx.text
    i = text.find("sked", sentence.start, sentence.end)
    while i > sentence.start:
        start = i - 1
        i = text.find("sked", i + 4, sentence.end)
        before = text[max(sentence.start, start - 12) : start].split()
        at_start = not text[sentence.start : start].strip(' "\u201c(')
        if not at_start and (not before or before[-1].lower() not in _ASKED_AFTER):
            continue
        m = match(pats.asked, text, start, sentence.end)
        if m is None:
            continue
        stop = text.find(",", m.start("rest"), sentence.end)
        content = reported_content(
            reported, ctx, m.start("rest"), sentence.end if stop < 0 else stop
        )
        if content is None:
            continue
        yield ClaimCandidate.reported(
            "belief",
            ctx,
            hedge,
            content,
            cue=Span.of_match(m, "cue"),
            speaker=Span.of_match(m, "spk") if m.group("spk") else None,
        )
