"""Every claim rule in one ordered table: its ``Claim.rule``, its module, when it runs
and how it ranks (:data:`CLAIM_RULES`).

The table lists the rules in the order :meth:`ClaimRules.extract
<newsclaims.rules.claims.extract.ClaimRules.extract>` runs them. The run order and the
priority differ: a rule runs when what it reads is there (the text rules first, then
the sentence rules sentence by sentence, then the rules over the claims kept), while
the priority decides which of two overlapping candidates is kept (the lower number
wins, then the longer content). :data:`RULE_NAMES` lists the names by priority.

>>> [r.name for r in CLAIM_RULES if r.scope is Scope.KEPT]
['floating_quote', 'untagged_quote']
>>> RULE_NAMES[:3]
('quote_then_tag', 'line_tag', 'tag_then_quote')
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import Enum
from typing import Final

from attrs import frozen

from newsclaims.rules.claims import belief as claims_belief
from newsclaims.rules.claims import clause as claims_clause
from newsclaims.rules.claims import direct as claims_direct
from newsclaims.rules.claims import lines as claims_lines
from newsclaims.rules.claims import reported as claims_reported
from newsclaims.rules.claims import sources as claims_sources
from newsclaims.rules.claims import untagged as claims_untagged
from newsclaims.rules.claims.candidates import ClaimCandidate

__all__ = ["CLAIM_RULES", "RULE_NAMES", "ClaimRule", "Scope", "run_order"]


class Scope(Enum):
    """Where and when a claim rule runs."""

    TEXT = "text"
    """Once over the whole text, before the sentence rules."""
    SENTENCE = "sentence"
    """In every sentence."""
    CUED_SENTENCE = "cued sentence"
    """In every sentence that holds a cue verb (it finds nothing elsewhere)."""
    KEPT = "kept"
    """Once, over the claims kept after overlaps are resolved."""


@frozen
class ClaimRule:
    """One row of :data:`CLAIM_RULES`: a rule function and the ``Claim.rule`` it
    gives (a function giving two names has a row for each)."""

    name: str
    """The ``Claim.rule`` of the candidates."""
    priority: int
    """The rank among overlapping candidates: 0 first (see :data:`RULE_NAMES`)."""
    function: Callable[..., Iterator[ClaimCandidate]]
    """The function that finds them."""
    scope: Scope
    """Where and when the function runs."""

    @property
    def module(self) -> str:
        """The file that holds the function, as the parsing guide names it.

        >>> CLAIM_RULES[0].module
        'rules/claims/direct.py'
        """
        return (
            self.function.__module__.removeprefix("newsclaims.").replace(".", "/")
            + ".py"
        )


_R = ClaimRule
_TEXT, _SENT, _CUED, _KEPT = Scope.TEXT, Scope.SENTENCE, Scope.CUED_SENTENCE, Scope.KEPT

CLAIM_RULES: Final = (
    # Claim.rule        priority  function, in run order           scope
    _R("quote_then_tag", 0, claims_direct.quote_tags, _TEXT),
    _R("tag_then_quote", 2, claims_direct.quote_tags, _TEXT),
    _R("line_tag", 1, claims_lines.line_claims, _TEXT),
    _R("participle_clause", 6, claims_clause.tag_participles, _TEXT),
    _R("speaker_cue_content", 4, claims_reported.speaker_cue_content, _CUED),
    _R("participle_chain", 5, claims_reported.speaker_cue_content, _CUED),
    _R("according_to", 3, claims_sources.according_to, _SENT),
    _R("according_to", 3, claims_sources.in_poll, _SENT),
    _R("content_then_tag", 7, claims_reported.content_then_tag, _CUED),
    _R("nominal_cue", 9, claims_sources.nominal_cue, _SENT),
    _R("nominal_object", 10, claims_sources.nominal_object, _SENT),
    _R("participle_clause", 6, claims_clause.participle_clause, _CUED),
    _R("coordinated_cue", 11, claims_clause.coordinated_cue, _CUED),
    _R("belief", 8, claims_belief.belief, _SENT),
    _R("belief", 8, claims_belief.asked, _SENT),
    _R("floating_quote", 12, claims_direct.floating_quotes, _KEPT),
    _R("untagged_quote", 13, claims_untagged.untagged_quotes, _KEPT),
)
"""Every claim rule, in run order, with its priority."""

_PRIORITIES: Final = {r.name: r.priority for r in CLAIM_RULES}
RULE_NAMES: Final = tuple(sorted(_PRIORITIES, key=_PRIORITIES.__getitem__))
"""Every rule name a candidate can carry, in priority order."""


def run_order(*scopes: Scope) -> tuple[Callable[..., Iterator[ClaimCandidate]], ...]:
    """The functions of the rules of ``scopes``, each once, in run order.

    >>> [f.__name__ for f in run_order(Scope.TEXT)]
    ['quote_tags', 'line_claims', 'tag_participles']
    """
    out: list[Callable[..., Iterator[ClaimCandidate]]] = []
    for r in CLAIM_RULES:
        if r.scope in scopes and r.function not in out:
            out.append(r.function)
    return tuple(out)
