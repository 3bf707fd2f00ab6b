"""The ordered rule table and :func:`find_responses`.

For each claim with a known speaker, in text order, the rules of :data:`RULES` are
tried in order; the first that finds an answered claim decides, and names itself in
``Response.rule``. The rules and an example of each are in ``docs/responses.md``
(a test keeps its list in this order). Only claims of another party (speaker, or the
country or organisation it stands for) within a window of claims are compared; claims
in the title line are neither answers nor answered; one speaker makes one answer per
sentence. A denial that answers nothing before it waits for the later claim that
names its speaker (``denial_first``).

Cost. The stage is linear in the text and the claims: what belongs to the article
(paragraph breaks, the title line, where act nouns and negations occur) is found once;
what belongs to a claim (its words, the actors it names, its introduction) is computed
on first use and kept, so a claim that no rule looks at is never tokenised; each claim
is compared with at most ``2 * MAX_DISTANCE`` others, listed once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

import attrs
import regex

from newsclaims import _regex
from newsclaims.lexicons import Lexicons
from newsclaims.model import Claim, Response, ResponseKind, Span
from newsclaims.rules.responses._candidates import (
    MAX_DISTANCE,
    Fit,
    best,
    fit_of,
    others_of,
    pointed_at,
)
from newsclaims.rules.responses._facts import Facts
from newsclaims.rules.responses._follow import (
    continued,
    relative,
    went_on,
)
from newsclaims.rules.responses._kind import (
    DISPUTING,
    cue_kind,
    declined,
    plain_kind,
)
from newsclaims.rules.responses._lexicon import occurs
from newsclaims.rules.responses._reach import Reach
from newsclaims.rules.responses._targets import (
    agrees,
    by_accuser_unnamed,
    by_act,
    by_asked_about,
    by_denial_near,
    by_figures,
    by_judging,
    by_name,
    by_negation,
    by_question,
    by_target,
    by_verdict,
)
from newsclaims.rules.responses._text import ResponseContext, view_of
from newsclaims.rules.text.layout import Layout

__all__ = []


def find_responses(
    text: str,
    claims: Sequence[Claim],
    context: ResponseContext | None = None,
    *,
    layout: Layout | None = None,
    lexicons: Lexicons | None = None,
) -> tuple[Response, ...]:
    """Link each claim that answers another claim to it: the first rule of
    :data:`RULES` that finds an answered claim decides.

    ``layout`` is the text stage's layout of ``text`` (paragraphs and sentences;
    the parser computes it once per article); without it, it is computed here. A
    layout of another text raises ``ValueError``. ``lexicons`` gives the response
    words (its ``response_*`` lists; default: the shipped lists).

    Long: one walk over the claims in text order, whose every turn reads and updates
    the same state (links and kinds so far, disputes waiting for their claim, who
    already answered in a sentence); split up, the parts would pass all of it around.

    >>> text = "Ann Lee said taxes rose. In response, Bo Park rejected the idea."
    >>> a = Claim(id="c1", speaker="a1", content_span=Span(13, 23))
    >>> b = Claim(id="c2", speaker="a2", content_span=Span(55, 63),
    ...           cue_span=Span(46, 54))
    >>> [(r.claim, r.responds_to, r.kind.value) for r in find_responses(text, [a, b])]
    [('c2', 'c1', 'rebuttal')]
    """
    if len(claims) < 2:  # noqa: PLR2004 - nothing to answer
        return ()
    ctx = context if context is not None else ResponseContext()
    view = view_of(text, ctx, layout, lexicons)
    facts = Reach(claims, view)
    out: list[Response] = []
    answered: set[tuple[str | None, int]] = set()
    links: dict[int, int] = {}  # answer -> answered, by index
    kinds: dict[int, ResponseKind] = {}  # answer -> its kind, by index
    pending: dict[int, tuple[int, Cued]] = {}  # unanswered disputes: where, cues
    for n in range(len(facts)):
        if n > _FORGET:
            facts.forget(n - _FORGET - 1)  # out of reach: memory per claim in reach
        fact = facts[n]
        if fact.claim.speaker is None or fact.title:
            continue
        # a claim that answers this one is not answered back: no pair answers each
        # other ("rejected the council's claims that ..." and the council's claim)
        others = [m for m in others_of(facts, n) if links.get(m) != n]
        if not others and not pending and by_accuser_unnamed(facts, n) is None:
            continue
        begin, cued = cues_of(facts, n)
        if (fact.claim.speaker, begin) in answered:
            continue  # one answer per speaker and sentence (", calling it ...")
        cue_kinds = cued[1]
        denier = None if DISPUTING & set(cue_kinds) else _denied(facts, n, pending)
        if denier is not None:
            # the answer came first: "X denied the report. The paper reported that
            # X ...": the later claim names X and is what X denied
            m, other, rule, kind = denier, n, DENIAL_FIRST, ResponseKind.DENIAL
            begin, cued = pending.pop(m)
        else:
            turn = Turn(facts, n, others, cue_kinds, links, kinds)
            found = _first_rule(turn)
            if found is None:
                if ResponseKind.DENIAL in cue_kinds and not turn.on_a_thing():
                    pending[n] = (begin, cued)  # what it denies may come later
                continue
            m, (rule, other, kind) = n, found
            kind = declined(kind, fact)
        links[m] = other
        kinds[m] = kind
        answered.add((facts[m].claim.speaker, begin))
        out.append(make_response(facts[m], facts[other], kind, cued, rule))
    order = {c.id: i for i, c in enumerate(claims)}
    return tuple(sorted(out, key=lambda r: order[r.claim]))


_FORGET: Final = 2 * MAX_DISTANCE
"""How many claims back the walk keeps the computed facts of a claim: those of the
claims in reach, and as many before them (a fact dropped is computed again if a
rule asks for it, so this bounds memory without changing a result)."""


def _denied(
    facts: Sequence[Facts], n: int, pending: Mapping[int, tuple[int, Cued]]
) -> int | None:
    """The latest denial in reach, answering nothing before it, whose speaker the
    content of ``facts[n]`` names: "Bo Park denied the report. The paper reported
    that Bo Park had taken bribes" (the paper's claim is what Park denied)."""
    fact = facts[n]
    for m in sorted(pending, reverse=True):
        if n - m > MAX_DISTANCE:
            break
        if facts[m].me & fact.named and not facts[m].me & fact.me:
            return m
    return None


Cued = tuple[Sequence[regex.Match[str]], list[ResponseKind]]
"""The response cues found before a claim's content, and the kind of each."""


def cues_of(facts: Sequence[Facts], n: int) -> tuple[int, Cued]:
    """Where the words introducing ``facts[n]`` begin, and the cues among them."""
    fact = facts[n]
    text = fact.layout.text
    begin, end = fact.intro
    if n and facts[n - 1].span.end <= fact.span.start:
        # the cue words of an earlier claim in the sentence are not this one's
        # (as in "condemned X, viewing it as Y")
        begin = max(begin, min(facts[n - 1].span.end, end))
    words = fact.layout.words
    found: Sequence[regex.Match[str]] = (
        _regex.finditer(words.cue_pattern, text, begin, end)
        if occurs(words.cue_stems, text, begin, end)
        else ()
    )
    cues = words.cues
    return begin, (found, [cues[m.group().casefold()] for m in found])


def make_response(
    answer: Facts, other: Facts, kind: ResponseKind, cued: Cued, rule: str
) -> Response:
    """The response of ``answer`` to ``other``, its cue the last one of its kind."""
    found, cue_kinds = cued
    cue = None
    if found:
        same = [i for i, k in enumerate(cue_kinds) if k is kind]
        cue = Span.of_match(found[same[-1] if same else -1])
    return Response(
        claim=answer.claim.id,
        responds_to=other.claim.id,
        kind=kind,
        cue_span=cue,
        rule=rule,
    )


@attrs.frozen
class Turn:
    """One claim's turn: the claim (``facts[n]``), the claims in reach, its cues'
    kinds, and the answers found so far (answer -> answered, answer -> kind)."""

    facts: Sequence[Facts]
    n: int
    others: Sequence[int]
    cue_kinds: Sequence[ResponseKind]
    links: Mapping[int, int]
    kinds: Mapping[int, ResponseKind]

    @property
    def fact(self) -> Facts:
        """The claim whose turn it is."""
        return self.facts[self.n]

    def on_a_thing(self) -> bool:
        """A specific cue on a plain object that is no claim: "denied funding",
        "condemned the attack" answer nothing."""
        specific = any(k is not ResponseKind.OTHER for k in self.cue_kinds)
        return specific and self.fact.thing


Found = tuple[int, ResponseKind]
"""The index of the answered claim and the kind of the answer."""


def _act_named(turn: Turn) -> Found | None:
    m = by_act(turn.facts, turn.n, turn.others)
    return None if m is None else (m, plain_kind(turn.cue_kinds, turn.fact))


def _question(turn: Turn) -> Found | None:
    m = by_question(turn.facts, turn.n, turn.others)
    if m is None:
        return None
    if turn.fact.target and not turn.fact.target & turn.facts[m].me:
        return None  # "accused Tom Hale of ...": aimed elsewhere, no answer to it
    return m, ResponseKind.DENIAL if turn.fact.denies else ResponseKind.OTHER


def _asked_about(turn: Turn) -> Found | None:
    m = by_asked_about(turn.facts, turn.n, turn.others)
    if m is None:
        return None
    kind = plain_kind(turn.cue_kinds, turn.fact)
    return m, ResponseKind.DENIAL if turn.fact.says_no else kind


def _cued(turn: Turn) -> Found | None:
    if not turn.cue_kinds:
        return None
    facts, n, others, fact = turn.facts, turn.n, turn.others, turn.fact
    fit = _addressed(turn)
    if fit is None and fact.possessor and not fact.pointer:
        owned = [m for m in others if facts[m].me & fact.named]
        if fact.accusation:  # "dismissed Lee's accusations that ...": the one accusing
            owned = [m for m in owned if facts[m].accuses] or owned
        fit = best(facts, n, owned, owned=True) if owned else None
    if fit is None:
        fit = pointed_at(facts, n, others) if fact.pointer else best(facts, n, others)
    if fit is not None and not _answerable(fit):
        return None
    kind = None if fit is None else cue_kind(turn.cue_kinds, fact, fit)
    if fit is not None and kind is None:
        return _the_last(turn, fit)
    return None if fit is None or kind is None else (fit.other.index, kind)


def _answerable(fit: Fit) -> bool:
    """Whether a cued answer can answer the claim it fits best: a claim reported
    "according to" a source is news the article sources, not a party's statement, so
    it is answered only by an answer tied to that source (naming it, or named by it):
    "According to the Courier, the mill will close. Ann Lee replied that ..." does
    not answer the Courier."""
    return fit.accused or fit.named or fit.other.claim.rule != "according_to"


def _addressed(turn: Turn) -> Fit | None:
    """The last claim of the party a response cue names before the content
    ("Responding to Ann Lee, Bo Park said ...", "In response to Lee's remarks, ...")."""
    fact = turn.fact
    found, _ = cues_of(turn.facts, turn.n)[1]
    if not found:
        return None
    begin, end = found[-1].end(), fact.span.start
    speaker = fact.claim.speaker_span
    stretches = [(begin, end)]
    if speaker is not None and begin <= speaker.start and speaker.end <= end:
        stretches = [(begin, speaker.start), (speaker.end, end)]
    mentioned = fact.layout.context.mentioned
    named = frozenset().union(*(mentioned(Span(a, b)) for a, b in stretches if b > a))
    named -= fact.me
    if not named:
        return None
    earlier = [m for m in turn.others if m < turn.n and turn.facts[m].me & named]
    if not earlier:
        return None
    m = earlier[-1]
    return fit_of(fact, turn.facts[m], turn.n - m)


def _the_last(turn: Turn, fit: Fit) -> Found | None:
    """A specific cue with nothing better to go on answers the claim just before (of
    another party): a denial or rebuttal when it shares a word with it ("The union
    said nobody had asked it. The mayor denied that the union had been ignored"), a
    stance ("criticized", "welcomed") when in its paragraph or the one before."""
    specific = [k for k in turn.cue_kinds if k is not ResponseKind.OTHER]
    last = max((m for m in turn.others if m < turn.n), default=None)
    if not specific or last is None:
        return None
    kind = specific[-1]
    if kind in DISPUTING:
        return (last, kind) if fit.other.index == last and fit.evidence >= 1 else None
    if turn.fact.paragraph - turn.facts[last].paragraph > 1:
        return None
    return last, kind


def _uncued(
    choose: Callable[[Sequence[Facts], int, Sequence[int]], int | None],
) -> Callable[[Turn], Found | None]:
    """A rule that chooses the answered claim without a cue; a claim made of a noun
    ("their claim that") answers nothing by it."""

    def rule(turn: Turn) -> Found | None:
        if turn.fact.nominal or turn.fact.reports_news:
            return None
        m = choose(turn.facts, turn.n, turn.others)
        return None if m is None else (m, plain_kind(turn.cue_kinds, turn.fact))

    return rule


def _accused(turn: Turn) -> Found | None:
    """The party a claim accuses answers it; so does the party accused by no one
    named ("is accused of")."""
    if turn.fact.nominal or turn.fact.reports_news:
        return None
    m = by_target(turn.facts, turn.n, turn.others)
    if m is None:
        m = by_accuser_unnamed(turn.facts, turn.n)
    return None if m is None else (m, plain_kind(turn.cue_kinds, turn.fact))


def _negation(turn: Turn) -> Found | None:
    """The same proposition with the opposite polarity: the negated one denies, the
    other rebuts."""
    if turn.fact.nominal or turn.fact.reports_news:
        return None
    m = by_negation(turn.facts, turn.n, turn.others)
    if m is None:
        return None
    negated = turn.fact.negated
    return m, ResponseKind.DENIAL if negated else plain_kind(turn.cue_kinds, turn.fact)


def _verdict(turn: Turn) -> Found | None:
    """A verdict on what was said: a denial ("false"), or support when it agrees
    ("That's right"), unless a cue says otherwise."""
    if turn.fact.nominal or turn.fact.reports_news:
        return None
    m = by_verdict(turn.facts, turn.n, turn.others)
    if m is None:
        return None
    specific = [k for k in turn.cue_kinds if k is not ResponseKind.OTHER]
    if specific:
        return m, specific[-1]
    return m, ResponseKind.SUPPORT if agrees(turn.fact) else ResponseKind.DENIAL


def _calling(turn: Turn) -> Found | None:
    return continued(turn.facts, turn.n, turn.links)


def _going_on(turn: Turn) -> Found | None:
    return went_on(turn.facts, turn.n, turn.links)


def _relative(turn: Turn) -> Found | None:
    return relative(turn.facts, turn.n, turn.links, turn.kinds, turn.cue_kinds)


@attrs.frozen
class Rule:
    """A response rule: its name (``Response.rule``), whether a cue on a plain
    object that is no claim stops it, and how it finds the answered claim."""

    name: str
    find: Callable[[Turn], Found | None]
    stopped_by_a_thing: bool = True


RULES: Final[tuple[Rule, ...]] = (
    Rule("act_named", _act_named),
    Rule("question", _question),
    Rule("asked_about", _asked_about),
    Rule("cue", _cued),
    Rule("accused", _accused),
    Rule("judgment", _uncued(by_judging)),
    Rule("named_party", _uncued(by_name)),
    Rule("negation", _negation),
    Rule("verdict", _verdict),
    Rule("figures", _uncued(by_figures)),
    Rule("denial_near", _uncued(by_denial_near)),
    Rule("calling", _calling, stopped_by_a_thing=False),
    Rule("went_on", _going_on, stopped_by_a_thing=False),
    Rule("relative", _relative, stopped_by_a_thing=False),
)
"""The response rules in the order they are tried."""
DENIAL_FIRST: Final = "denial_first"
"""The rule that turns a denial reported first round (:func:`find_responses`)."""


def _first_rule(turn: Turn) -> tuple[str, int, ResponseKind] | None:
    """(rule, index of the answered claim, kind) by the first rule that finds one."""
    if turn.fact.infinitive:
        return None  # "vowed to fight on", "refused to comment": no statement
    on_a_thing = turn.on_a_thing()
    for rule in RULES:
        if on_a_thing and rule.stopped_by_a_thing:
            continue
        found = rule.find(turn)
        # no pair answers each other: not what answers this claim ("went_on" from
        # an answer to a claim that answered this one)
        if found is not None and turn.links.get(found[0]) != turn.n:
            return rule.name, found[0], found[1]
    return None
