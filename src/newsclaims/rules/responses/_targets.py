"""Target choice: the claim an answer answers, by what the answer points at."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from newsclaims import _regex
from newsclaims.rules.responses._candidates import (
    first_sharing,
    sentence_first,
)
from newsclaims.rules.responses._facts import (
    Facts,
)
from newsclaims.rules.responses._text import (
    stems_of,
)

__all__ = [
    "by_accuser_unnamed",
    "by_act",
    "by_asked_about",
    "by_denial_near",
    "by_figures",
    "by_judging",
    "by_name",
    "by_negation",
    "by_question",
    "by_target",
    "by_verdict",
]

JUDGED_WORDS: Final = 2  # words a judgment shares with the accusation it judges


def by_act(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """The nearest earlier claim of another party introduced by the act named."""
    acts = facts[n].acts_named
    if not acts:
        return None
    found = [
        m
        for m in others
        if m < n and not facts[m].nominal and acts & facts[m].acts_introduced
    ]
    if not found:
        return None
    # of the last sentence's claims, the one whose own cue reports the act ("ruled
    # that ..., ordering ...": "the ruling" is the first), else as a pointer would
    begin = facts[found[-1]].intro[0]
    own = [k for k in found if facts[k].intro[0] == begin and acts & facts[k].acts_cued]
    return own[0] if own else sentence_first(facts, found)


def by_target(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """The nearest claim that accuses or urges the answer's speaker: in the same
    paragraph, or further off when the two share a word ("halt the drilling" and
    "the drilling is lawful")."""
    answer = facts[n]
    found = [
        m
        for m in others
        if answer.me & facts[m].target
        and not (answer.target & facts[m].me)
        and (facts[m].paragraph == answer.paragraph or answer.common & facts[m].common)
    ]
    return min(
        found,
        key=lambda m: (not (facts[m].me & answer.named), abs(n - m), m > n),
        default=None,
    )


ACCUSED_REACH: Final = 6  # claims after an accusation its accused may answer it


def by_accuser_unnamed(facts: Sequence[Facts], n: int) -> int | None:
    """The accusation without an accuser that the answer's speaker answers: "Bo
    Park is accused of taking bribes. Bo Park said he had never met the
    builders." The nearest one before, within reach, accusing the speaker."""
    answer = facts[n]
    for m in range(n - 1, max(-1, n - 1 - ACCUSED_REACH), -1):
        if facts[m].accused_party & answer.me:
            return m
    return None


def by_judging(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """An earlier accusation of a party the answer names: the answer judges it.

    "Ann accused the mill of polluting the river. The inspectors found the mill had
    not polluted it": the inspectors answer Ann, not the mill.
    """
    answer = facts[n]
    if answer.target:
        return None  # an accusation of its own, not a judgment
    found = [
        m
        for m in others
        if m < n
        and facts[m].target & answer.mentioned  # a part names no more than the whole
        and not facts[m].nominal
        and facts[m].target & answer.named
        and not (facts[m].target & answer.me)
        and len(answer.common & facts[m].common) >= JUDGED_WORDS
    ]
    return first_sharing(facts, n, found)


def by_name(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """The earlier claim of a speaker the answer names: most shared words, else first."""
    answer = facts[n]
    if answer.claim.rule == "according_to":
        return None  # "X apologized to Y, according to Z": news of X, not an answer
    if answer.denies or answer.negated:
        return None  # "Lee was not at the meeting", "Lee never ...": said of Lee
    if answer.target:
        return None  # aimed at a party of its own: an act, not an answer to another
    found = [
        m
        for m in others
        if m < n
        and not facts[m].nominal
        and not facts[m].infinitive  # "agreed to share power": an act, no statement
        and facts[m].claim.speaker in answer.mentioned
        and facts[m].claim.speaker in answer.named
    ]
    subject = [m for m in found if facts[m].claim.speaker in answer.subject]
    return first_sharing(facts, n, subject or found)


def by_denial_near(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """The claim just before a denial, of another party, in its paragraph or the one
    before, when the two share a content word: "Ann Lee said the hotel chain had
    bought the pier. Bo Park said the chain did not own a yard of the seafront". A
    bare to-infinitive ("vowed to sell the pier") is no statement to deny."""
    answer = facts[n]
    if not answer.denies or not answer.negated:
        return None  # "the chain did not own", not "spread false rumours" in passing
    before = [m for m in others if m < n and not facts[m].nominal]
    if not before:
        return None
    m = before[-1]
    other = facts[m]
    if other.infinitive or answer.paragraph - other.paragraph > 1:
        return None
    return m if stems_of(answer.common) & stems_of(other.common) else None


QUESTION_CUES: Final = frozenset(
    {"ask", "asked", "asking", "asks", "wondered", "wonders", "inquired", "queried"}
)
"""Cues that report a question: "asked Bo Park whether ..."."""
QUESTION: Final = _regex.compile_plain(
    r"[\"'“‘]?+(?:how|why|what|whether|if|when|where|who|which)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A content opening as a reported question: "whether the plant would close"."""
QUESTION_REACH: Final = 3  # an answer comes within this many claims of its question


def is_question(fact: Facts) -> bool:
    """Whether a claim reports a question: a question cue and a content opening on
    "whether", "how", ... or ending in a question mark."""
    cue, text, span = fact.claim.cue_span, fact.layout.text, fact.span
    if text[span.start : span.end].rstrip("\"'”’ ").endswith("?"):
        return True
    if cue is None or cue.of(text).casefold() not in QUESTION_CUES:
        return False
    return _regex.match(QUESTION, text, span.start, span.end) is not None


def _asks(fact: Facts) -> bool:
    """Whether a claim's cue reports a question ("asked"), whatever its content."""
    cue = fact.claim.cue_span
    return cue is not None and cue.of(fact.layout.text).casefold() in QUESTION_CUES


def by_question(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """The question just before: the first claim of another party after a reported
    question answers it ("Ann Lee asked Bo Park whether the plant would close. Bo
    Park said it would stay open"). A question answers no question."""
    answer = facts[n]
    if is_question(answer) or _asks(answer):
        return None  # "Tom Hale asked whether ...": it asks, it does not answer
    for m in reversed(others):
        if m >= n or n - m > QUESTION_REACH:
            continue
        if not is_question(facts[m]):
            continue
        between = range(m + 1, n)
        if (
            answer.paragraph - facts[m].paragraph <= 1
            and not any(
                facts[k].claim.speaker is not None
                and not (facts[k].me & facts[m].me)
                and not (facts[k].me & answer.me)
                for k in between
            )
            and not any(facts[k].me & answer.me for k in between)
        ):
            return m
    return None


ASKED_ABOUT: Final = _regex.compile_plain(
    r"(?:when\s++)?+asked\s++about\Z", regex.IGNORECASE
)
"""The cue of a question put to the answerer about something said: "Asked about"."""


def by_asked_about(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """What a question put to the answerer points at: "Asked about the claim, the
    mill's owner said: 'No.'" answers the claim just before the question (or the
    last claim of the party it names: "Asked about Lee's remarks, ..."), in the
    answer's paragraph or the one before. The question has no speaker of its own
    and lies in the answer's sentence; what it asks about points back ("the
    claim", "it") or is a party's words ("Lee's remarks")."""
    if n == 0:
        return None
    answer, asked = facts[n], facts[n - 1]
    cue = asked.claim.cue_span
    if (
        asked.claim.speaker is not None
        or cue is None
        or asked.intro[0] != answer.intro[0]
    ):
        return None
    text = answer.layout.text
    if _regex.match(ASKED_ABOUT, text, cue.start, cue.end) is None:
        return None
    if not asked.pointer:
        return None  # "Asked about the river": a topic, no claim pointed at
    earlier = [
        m
        for m in others
        if m < n - 1
        and not facts[m].nominal
        and (not asked.named or asked.named & facts[m].me)
    ]
    if not earlier or answer.paragraph - facts[earlier[-1]].paragraph > 1:
        return None
    return earlier[-1]


NEGATION_SHARE: Final = 0.5  # of the shorter content's longer words, shared
FIGURE_REACH: Final = 6  # claims between two conflicting figures at most


def _shared(answer: Facts, other: Facts) -> tuple[int, int]:
    """(longer words the two contents share, longer words of the shorter one)."""
    mine, theirs = stems_of(answer.common), stems_of(other.common)
    return len(mine & theirs), min(len(mine), len(theirs))


def by_negation(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """The nearest earlier claim saying the same with the opposite polarity: "taxes
    would fall" / "taxes would not fall" (half the shorter content's words shared,
    two at least, one of the two negated)."""
    answer = facts[n]
    for m in reversed(others):
        if m >= n or facts[m].nominal or answer.negated == facts[m].negated:
            continue
        shared, shorter = _shared(answer, facts[m])
        if shared >= 2 and shared >= NEGATION_SHARE * shorter:  # noqa: PLR2004
            return m
    return None


def _figures(fact: Facts) -> dict[str | None, set[object]]:
    """Unit -> the values a content gives (quantities with a value only)."""
    out: dict[str | None, set[object]] = {}
    for q in fact.claim.quantities:
        if q.value is not None:
            out.setdefault(q.unit, set()).add(q.value)
    return out


def _about(fact: Facts) -> set[str]:
    """The stems of the content's longer lower-case words outside its quantities:
    what its figures count ("employs", "people"; not "billion")."""
    text = fact.layout.text
    inside = [(q.span.start, q.span.end) for q in fact.claim.quantities]
    words = {
        text[s:e].rstrip("'’")
        for s, e in fact.tokens
        if text[s].islower() and not any(a <= s < b for a, b in inside)
    }
    return stems_of(words - fact.layout.context.function_words)


def by_figures(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """The nearest earlier claim giving another figure for the same thing: the same
    unit, no value in common, and two longer words shared ("the plant employs 4,000
    people" / "the plant employs 2,500 people")."""
    answer = facts[n]
    mine = _figures(answer)
    if not mine:
        return None
    for m in reversed(others):
        if m >= n or n - m > FIGURE_REACH or facts[m].nominal:
            continue
        theirs = _figures(facts[m])
        units = mine.keys() & theirs.keys()
        if not units or any(mine[u] & theirs[u] for u in units):
            continue
        if len(_about(answer) & _about(facts[m])) >= 2:  # noqa: PLR2004
            return m
    return None


VERDICT: Final = _regex.compile_plain(
    r"(?<![\p{L}\p{N}])(?:false|untrue|not\s++true|misleading|baseless|groundless"
    r"|unfounded|absurd|ridiculous|nonsense|fabricated|a\s++lie|lies|wrong)"
    r"(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A verdict on what was said: "false", "not true", "misleading", "absurd"."""
PREDICATE_VERDICT: Final = _regex.compile_plain(
    r"(?:(?<![\p{L}\p{N}])(?:is|are|was|were|be|been)|['’](?:s|re))\s++"
    r"(?:[\p{L}\p{N}%]{1,20}+\s++){0,3}?"
    r"(?:false|untrue|not\s++true|misleading|baseless|groundless|unfounded|absurd"
    r"|ridiculous|nonsense|fabricated|a\s++lie|lies|wrong)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A verdict said of something, after a copula: "the figures are misleading",
"They are 100 percent wrong" (not "repeating false statements", "proved him
wrong": a verdict in passing is no answer)."""


POINTING_VERDICT: Final = _regex.compile_plain(
    r"[\"'“‘]?+(?:that|this|it)(?:['’]s|\s++(?:is|was|are|were))\s++"
    r"(?:(?:absolutely|exactly|simply|just|quite|completely|totally)\s++)?+"
    r"(?P<verdict>not\s++true|false|untrue|wrong|right|correct|true|accurate)"
    r"(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A verdict pointing back: "That's not true", "This is false", "That's right"."""
CALLING_CUE: Final = _regex.compile_plain(
    r"(?<![\p{L}\p{N}])(?:call|brand|label|dub|describ)\p{L}{0,6}+\Z", regex.IGNORECASE
)
"""A cue that calls its object something: "called", "branded", "labelled"."""
CALLED_VERDICT: Final = _regex.compile_plain(
    r"[\"'“‘]?+(?:it|them|this|that|these|those|the|such)(?![\p{L}\p{N}])"
    r"(?P<object>(?:\s++[\p{L}\p{N}'’-]{1,20}+){0,3}?)\s++(?:as\s++)?+(?:an?\s++)?+[\"'“‘]?+"
    r"(?:(?:blatant|outright|total|complete|completely|totally|entirely|simply|utter"
    r"|absolute|flat|bald-faced|boldfaced|big|fat)\s++)?+[\"'“‘]?+(?:false|untrue|misleading|baseless|groundless"
    r"|unfounded|absurd|ridiculous|nonsense|fabricated|fabrication|lie|lies|wrong"
    r"|inaccurate|fake)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A verdict on a thing pointed at, the object of a calling cue: "called that report
a lie", "called the claim false", "branded it a fabrication"."""
AGREEING: Final = frozenset({"right", "correct", "true", "accurate"})
"""The verdicts of a pointing verdict that agree: "That's right"."""


def agrees(fact: Facts) -> bool:
    """Whether the content opens agreeing with what was said: "That's right"."""
    text, span = fact.layout.text, fact.span
    m = _regex.match(POINTING_VERDICT, text, span.start, span.end)
    return m is not None and m.group("verdict").casefold() in AGREEING


def _called_false(fact: Facts) -> bool:
    """Whether a calling cue's object points back at what was said and is called
    false: "called it a lie", "called that report a lie" (not "called the decision a
    lie" nor "called the sale a disgrace": no verdict on what was said)."""
    cue, text, span = fact.claim.cue_span, fact.layout.text, fact.span
    if cue is None or _regex.search(CALLING_CUE, text, cue.start, cue.end) is None:
        return False
    found = _regex.match(CALLED_VERDICT, text, span.start, span.end)
    if found is None:
        return False
    named = found.group("object").split()  # "that report Friday": names a claim
    nouns = fact.layout.context.claim_nouns
    return not named or any(w.casefold().rstrip("'’") in nouns for w in named)


def by_verdict(facts: Sequence[Facts], n: int, others: Sequence[int]) -> int | None:
    """A content that calls something false ("the figures are misleading") answers
    the nearest earlier claim of another party sharing a longer word with it; one
    that opens on a verdict pointing back ("That's not true", "That's right"), or a
    calling cue's object pointing back and called false ("called that report a
    lie"), answers the claim just before, in its paragraph or the one before."""
    answer = facts[n]
    text, span = answer.layout.text, answer.span
    earlier = [m for m in others if m < n and not facts[m].nominal]
    called = _called_false(answer)
    if called or _regex.match(POINTING_VERDICT, text, span.start, span.end):
        # "called that report a lie": the report may be a claim made of a noun
        before = [m for m in others if m < n] if called else earlier
        last = before[-1] if before else None
        near = last is not None and answer.paragraph - facts[last].paragraph <= 1
        return last if near else None
    if _regex.search(PREDICATE_VERDICT, text, span.start, span.end) is None:
        return None
    mine = stems_of(answer.common)
    return next(
        (m for m in reversed(earlier) if mine & stems_of(facts[m].common)), None
    )
