"""Whether a country acts in a story or is only its scene.

A country is a party to a story when it does something in it: it is the subject of
a verb somewhere ("Norway *has* closed its ports", "the Peruvian government
*would* protest", "Chile *agreed*", "Norway *complies* with"). A country only ever
named as a place ("troops moved *into* Vessaland", "flights *from* Norway", "the
country's borders", "invaded Vessaland") is the scene, however often the claims
name it. :func:`acts` tells the two apart; coreference reports a country the claims
keep naming only when one of its mentions acts
(:func:`newsclaims.rules.actors.coref.resolve_actors`).

>>> from newsclaims.model import Span
>>> acts("Norway has closed its ports.", Span(0, 6))
True
>>> acts("Troops moved into Norway on Monday.", Span(18, 24))
False
"""

from __future__ import annotations

from typing import Final

from newsclaims._regex import match
from newsclaims.model import Span
from newsclaims.rules.actors.coref_mentions import _NEXT_WORD, _verb_s
from newsclaims.rules.actors.data import current

__all__ = ["acts"]

_FINITE: Final = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "does", "did", "do"}
    | {"will", "would", "can", "could", "shall", "should", "must", "may", "might"}
)
"""Auxiliaries and modals: after a name, they make it the subject of a verb."""

_PREPOSITIONS: Final = frozenset(
    {"in", "into", "inside", "within", "from", "of", "to", "at", "on", "onto"}
    | {"across", "throughout", "near", "around", "outside", "over", "through"}
    | {"toward", "towards", "against", "with", "without", "for", "by", "between"}
    | {"among", "about", "like", "than", "via", "beyond", "under", "upon"}
)
"""Words that make the name after them (maybe with "the") the object of a
preposition: a place, not a subject."""


def acts(text: str, span: Span, *, finite: bool = True) -> bool:
    """Whether the country named at ``span`` is the subject of a verb: no
    preposition before it, and after it (maybe past an adverb such as "also") an
    auxiliary or modal, a reporting verb, a past form in "-ed" or a verb in "-s"
    (:func:`~newsclaims.rules.actors.coref_mentions._verb_s`). With ``finite``
    false, only a reporting verb or a past form in "-ed" counts ("Tova Mart
    *raised* its prices", not "Vessa *is* quiet" nor "Nordic *voters*")."""
    before = text[max(0, span.start - 24) : span.start].split()
    if before and before[-1].casefold() == "the":
        before.pop()
    if before and before[-1].casefold() in _PREPOSITIONS:
        return False
    aw = current()
    end = span.end
    for _ in range(2):
        found = match(_NEXT_WORD, text, end, end + 50)
        if found is None:
            return False
        word = found.group(1)
        if (finite and word in _FINITE) or word in aw.cues or word.endswith("ed"):
            return True
        if finite and _verb_s(text, found.end(1), word):
            return True
        if word not in aw.auxiliaries and not word.endswith("ly"):
            return False
        end = found.end(1)  # an adverb between: "Norway also said"
    return False
