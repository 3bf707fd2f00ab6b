"""The closed vocabularies of the model, as string enums (re-exported by
:mod:`newsclaims.model`)."""

from __future__ import annotations

import enum


class ActorKind(enum.StrEnum):
    """What sort of actor an :class:`Actor` is."""

    PERSON = "person"
    """A named or described person ("Ann Lee", "a spokesman")."""
    GOVERNMENT = "government"
    """A state or its government, also by its capital ("Beijing")."""
    ORGANIZATION = "organization"
    """A company, agency, party, court, newspaper or other body."""
    GROUP = "group"
    """People spoken of together ("residents", "Ann Lee and Bo Park")."""
    DOCUMENT = "document"
    """A report, statement or study that is said to say something."""
    UNKNOWN = "unknown"
    """Not known (an unresolved pronoun, an unclassified name)."""


class ClaimMode(enum.StrEnum):
    """How a claim is reported: quoted, reported, or reported with a quoted fragment."""

    DIRECT = "direct"
    """A quotation: the content is in quote marks."""
    INDIRECT = "indirect"
    """Reported speech: the content is in the reporter's words."""
    MIXED = "mixed"
    """Reported speech with a quoted fragment."""


class AttributionType(enum.StrEnum):
    """What a claim attributes to its source, as PARC 3.0 types attributions.

    ``assertion``: something said (say, claim, deny, "according to", any quote);
    ``belief``: something held (think, believe, doubt, fear, "is seen as");
    ``knowledge``: something presented as a fact found out (know, find, learn, show);
    ``intention``: something wanted or planned (plan, want, hope, decide);
    ``perception``: something seen or seeming (see, appear, seem).

    .. versionadded:: 0.1.0
    """

    ASSERTION = "assertion"
    """Something said: say, claim, deny, according to, a quotation."""
    BELIEF = "belief"
    """Something thought: think, believe, doubt."""
    KNOWLEDGE = "knowledge"
    """Something found or known as a fact: know, find, learn, show."""
    INTENTION = "intention"
    """Something planned or wanted: plan, want, hope, decide."""
    PERCEPTION = "perception"
    """Something seen or seeming: see, hear, appear, seem."""


class ResponseKind(enum.StrEnum):
    """How one claim answers another."""

    DENIAL = "denial"
    """Says the claim is false, especially an accusation against oneself."""
    REBUTTAL = "rebuttal"
    """Disputes or counters the claim."""
    CONCERN = "concern"
    """Expresses concern or alarm about it."""
    CONDEMNATION = "condemnation"
    """Condemns it."""
    SUPPORT = "support"
    """Agrees with or backs it."""
    CLARIFICATION = "clarification"
    """Explains, qualifies or corrects it."""
    OTHER = "other"
    """Any other answer: declining a request, complying, answering a question."""


class QuantityQualifier(enum.StrEnum):
    """How a quantity bounds the true figure ("at least 155" is ``at_least``)."""

    EXACT = "exact"
    """The figure as given ("155")."""
    AT_LEAST = "at_least"
    """"at least 155": the true figure is 155 or more."""
    AT_MOST = "at_most"
    """"at most 155": the true figure is 155 or less."""
    MORE_THAN = "more_than"
    """"more than 155"."""
    LESS_THAN = "less_than"
    """"fewer than 155", "less than 155"."""
    ABOUT = "about"
    """"about 155", "nearly 155", "some 155"."""
    UP_TO = "up_to"
    """"up to 155"."""
    VAGUE = "vague"
    """No figure: "dozens", "thousands", "hundreds of millions"."""
