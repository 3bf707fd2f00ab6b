"""Claims that follow an answer and answer what it answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import regex

from newsclaims import _regex
from newsclaims.model import ResponseKind
from newsclaims.rules.responses._facts import (
    Facts,
)
from newsclaims.rules.responses._kind import (
    plain_kind,
)
from newsclaims.rules.responses._text import (
    stems_of,
)

__all__ = ["continued", "relative", "went_on"]

# What lies between a first claim's content and the cue of a second in its sentence:
# ", calling", ", describing".
PARTICIPLE: Final = _regex.compile_plain(
    r"[\"'”’]?+(?:,\s*+|(?<!\s)\s++)(?P<and>and\s++)?+\p{Ll}{3,20}+"  # then "-ing"
)
POINTING: Final = _regex.compile_plain(
    r"[\"'“‘]?+(?:it|them|him|her|this|that|these|those)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A content opening on a word pointing back: "calling it absurd", "accusing him"."""


def after_answer(
    facts: Sequence[Facts],
    n: int,
    links: Mapping[int, int],
    *,
    same_speaker: bool,
    same_party: bool = False,
) -> Facts | None:
    """The claim just before ``facts[n]`` when it answers something (and, with
    ``same_speaker``, has the same speaker, or with ``same_party`` speaks for the
    same party: "Eastland rejected the accusation" then "Eastland's defence minister
    said ..."): what the rules that follow an answer build on."""
    prev = facts[n - 1] if n else None
    if prev is None or n - 1 not in links:
        return None
    answer = facts[n]
    if same_party and prev.me & answer.me:
        return prev
    if same_speaker and prev.claim.speaker != answer.claim.speaker:
        return None
    return prev


def continued(
    facts: Sequence[Facts], n: int, links: Mapping[int, int]
) -> tuple[int, ResponseKind] | None:
    """A second claim of an answer's sentence, in a participle clause (", calling",
    "and accusing"), answers what the first answers when it goes on about the same
    thing: it names what that claim was about ("denounced the summit's conclusions,
    calling the accords lawful": the answered claim spoke of an accord), points back
    ("calling it absurd", "accusing him of ..."), names the answered party, or is
    joined to the answer's own participle ("saying ... and suggesting ..."); not
    "expressed concern over the reports, calling the situation grave" (nothing in
    common)."""
    answer, prev = facts[n], after_answer(facts, n, links, same_speaker=True)
    if prev is None:
        return None
    cue, text = answer.claim.cue_span, answer.layout.text
    if cue is None or not prev.span.end <= cue.start < answer.span.start:
        return None
    gap = _regex.match(PARTICIPLE, text, prev.span.end, cue.end)
    if gap is None or gap.end() != cue.end or not text.endswith("ing", 0, cue.end):
        return None  # not ", calling": the same sentence goes on
    other = facts[links[n - 1]]
    same = (
        bool(stems_of(answer.common) & stems_of(other.common))
        or gap.group("and") is not None
        or bool(other.me & answer.mentions)
        or _regex.match(POINTING, text, answer.span.start, answer.span.end) is not None
    )
    if not same:
        return None
    return other.index, plain_kind((), answer)


WENT_ON: Final = _regex.compile_plain(
    r"(?<![\p{L}\p{N}])(?:further|also|added|adds|adding|continued|went\s++on)"
    r"(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""Words saying a speaker goes on: "further claimed", "also said", "added"."""
BACK: Final = _regex.compile_plain(
    r"[\"'“‘]?+(?:It|This|That|These|Those)(?![\p{L}\p{N}])"
)
"""A content opening on a word pointing back: "It undermines ...", "This is ..."."""


def went_on(
    facts: Sequence[Facts], n: int, links: Mapping[int, int]
) -> tuple[int, ResponseKind] | None:
    """The next claim of an answer's speaker (or of its party: "Eastland's defence
    minister" after "Eastland rejected the accusation"), in a later sentence, answers
    what the answer answers: news reports an answer over several sentences, most
    with a plain "said" ("Bo Park denied the report. Park said the farms had kept
    every rule."). In the answer's paragraph or the next; further off only when it
    says it goes on ("further claimed", "added"), opens on a word pointing back ("It
    undermines ..."), or, up to :data:`FAR_ON` paragraphs on, shares a longer word
    with the answered claim. Another speaker's claim in between ends the answer. A
    claim aimed at a party of its own ("Park accused the mill of ...";
    ``Claim.target``) is a new act, not the answer going on, unless it is aimed at
    the answered party; an answer reported first (answering a later claim) does not
    go on."""
    answer = facts[n]
    prev = after_answer(facts, n, links, same_speaker=True, same_party=True)
    if prev is None:
        return None
    answered = links[n - 1]
    if answered > n or (answer.target and not answer.target & facts[answered].me):
        return None  # the answer came first (what it answers is said later), or a
        # new act aimed at a party of its own
    if answer.reports_news:
        return None  # "according to the paper, Park ...": news of Park, not Park
    text = answer.layout.text
    begin, end = answer.intro
    if answer.layout.sentence_begin(answer.span.start) < prev.span.end:
        return None  # the same sentence: :func:`continued` reads it
    gap = answer.paragraph - prev.paragraph
    if (
        gap > 1
        and _regex.search(WENT_ON, text, begin, end) is None
        and _regex.match(BACK, text, answer.span.start, answer.span.end) is None
        and not (gap <= FAR_ON and _same_matter(answer, facts[links[n - 1]]))
    ):
        return None
    return links[n - 1], plain_kind((), answer)


FAR_ON: Final = 3  # paragraphs on an answer may go on about the answered claim's matter


def _same_matter(answer: Facts, answered: Facts) -> bool:
    """Whether an answer going on names what the answered claim spoke of: a longer
    word in common."""
    return bool(stems_of(answer.common) & stems_of(answered.common))


WHICH: Final = _regex.compile_plain(
    r"[\"'”’]?+,\s++which(?![\p{L}\p{N}])[^.;:!?\n]{0,80}+\Z"
)
"""What joins a relative clause to the answer it comments on: "..., which"."""


def relative(
    facts: Sequence[Facts],
    n: int,
    links: Mapping[int, int],
    kinds: Mapping[int, ResponseKind],
    cue_kinds: Sequence[ResponseKind],
) -> tuple[int, ResponseKind] | None:
    """A claim in a relative clause on an answer's content answers what that answer
    answers, of the same kind unless its own cue says otherwise: "Bo Park condemned
    the council's plan, which Tom Hale called a disgrace"."""
    answer, prev = facts[n], after_answer(facts, n, links, same_speaker=False)
    if prev is None:
        return None
    claim, text = answer.claim, answer.layout.text
    first = min(
        (s.start for s in (claim.speaker_span, claim.cue_span) if s is not None),
        default=answer.span.start,
    )
    if not prev.span.end < first <= answer.span.start:
        return None
    if _regex.match(WHICH, text, prev.span.end, first) is None:
        return None
    specific = [k for k in cue_kinds if k is not ResponseKind.OTHER]
    return links[n - 1], specific[-1] if specific else kinds[n - 1]
