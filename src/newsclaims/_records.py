"""The records an article holds: actors, quantities, claims, responses and the
dateline (re-exported by :mod:`newsclaims.model`, where :class:`~newsclaims.model.Article`
checks them as a whole)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Final

import attrs
from attrs import field, frozen
from attrs.validators import instance_of, optional

from newsclaims._fields import (
    MAX_INT,
    MAX_INT_DIGITS,
    Span,
    _check_spans,
    _fail,
    _ids,
    _nonempty_str,
    _optional_nonempty_str,
    _spans,
    _strict_bool,
)
from newsclaims._kinds import (
    ActorKind,
    AttributionType,
    ClaimMode,
    QuantityQualifier,
    ResponseKind,
)


@frozen(kw_only=True)
class Actor:
    """Someone or something that speaks, is addressed, accused or answers.

    >>> Actor(id="a1", name="Ann Lee", kind=ActorKind.PERSON, mentions=(Span(0, 7),))
    ... # doctest: +ELLIPSIS
    Actor(id='a1', name='Ann Lee', kind=<ActorKind.PERSON: 'person'>, ...)
    """

    id: str = field(validator=_nonempty_str)
    """The actor's id in its article (``"a0"``, ``"a1"`` ...), unique there."""
    name: str | None = field(default=None, validator=_optional_nonempty_str)
    """The fullest proper name (or description) the text gives; ``None`` when the
    text names the actor only by a pronoun it does not resolve ("He said no.")."""
    kind: ActorKind = field(default=ActorKind.UNKNOWN, validator=instance_of(ActorKind))
    """What sort of actor it is."""
    title: str | None = field(default=None, validator=_optional_nonempty_str)
    """A role or title the text gives it ("spokesman", "Minister"), if any."""
    affiliation: str | None = field(default=None, validator=_optional_nonempty_str)
    """The body it belongs to or speaks for ("Agency" for "Agency inspector Ruth
    Okafor"), if any."""
    mentions: tuple[Span, ...] = field(default=(), converter=_spans)
    """Every span of the text that names or refers to it (names, descriptions,
    pronouns, metonyms), in text order."""
    members: tuple[str, ...] = field(default=(), converter=_ids)
    """The ids of the actors a coordinated speaker joins ("Ann Lee and Bo Park
    said": a group actor whose members are Ann Lee and Bo Park); empty otherwise."""

    @mentions.validator
    def _check_mentions(
        self, _: attrs.Attribute[object], value: tuple[Span, ...]
    ) -> None:
        _check_spans("mentions", value)

    @members.validator
    def _check_members(
        self, _: attrs.Attribute[object], value: tuple[object, ...]
    ) -> None:
        for i, member in enumerate(value):
            if not isinstance(member, str) or not member.strip():
                raise _fail(f"members[{i}]", f"must be a non-empty str, got {member!r}")
        if len(set(value)) != len(value):
            raise _fail("members", f"must be unique, got {value!r}")


def _number(
    _: object, attribute: attrs.Attribute[int | Decimal | None], value: object
) -> None:
    if value is None:
        return
    if type(value) is int:
        if not -MAX_INT < value < MAX_INT:
            raise _fail(
                attribute.name,
                f"has more than {MAX_INT_DIGITS} digits: JSON cannot carry it",
            )
        return
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise _fail(attribute.name, f"must be finite, got {value}")
        return
    raise _fail(
        attribute.name,
        f"must be an int or a Decimal, got {type(value).__name__} {value!r}",
    )


@frozen(kw_only=True)
class Quantity:
    """A number inside a claim's content, with its bounds, qualifier and unit.

    ``value`` is the figure as written (``None`` for a vague amount such as "many");
    ``low`` and ``high`` bound a range ("between 20 and 30").

    >>> Quantity(span=Span(3, 15), value=155, qualifier=QuantityQualifier.AT_LEAST)
    ... # doctest: +ELLIPSIS
    Quantity(span=Span(start=3, end=15), value=155, low=None, high=None, ...)
    """

    span: Span = field(validator=instance_of(Span))
    """The figure with its unit as written ("at least 155 Chinese citizens")."""
    value: int | Decimal | None = field(default=None, validator=_number)
    """The figure (``None`` for a range or a vague quantity)."""
    low: int | Decimal | None = field(default=None, validator=_number)
    """The low end of a range ("20-30 million": 20,000,000), else ``None``."""
    high: int | Decimal | None = field(default=None, validator=_number)
    """The high end of a range, else ``None``."""
    qualifier: QuantityQualifier = field(
        default=QuantityQualifier.EXACT, validator=instance_of(QuantityQualifier)
    )
    """How the figure bounds the true one."""
    unit: str | None = field(default=None, validator=_optional_nonempty_str)
    """What is counted or the currency ("Chinese citizens", "USD"), if given."""

    def __attrs_post_init__(self) -> None:
        if self.span.end == self.span.start:
            raise _fail(
                "span",
                f"{self.span.start}-{self.span.end} is empty: "
                "a quantity covers its number",
            )
        if self.low is not None and self.high is not None and self.high < self.low:
            raise _fail("high", f"{self.high} is below low {self.low}")


def _quantities(items: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return tuple(items)


@frozen(kw_only=True)
class Claim:
    """An attributed claim: who said it, the reporting words, and what was said.

    >>> text = '"We will stay," said Ann Lee.'
    >>> c = Claim(id="c1", content_span=Span(1, 13), cue_span=Span(16, 20),
    ...           speaker_span=Span(21, 28), mode=ClaimMode.DIRECT)
    >>> c.content_span.of(text), c.cue_span.of(text), c.speaker_span.of(text)
    ('We will stay', 'said', 'Ann Lee')
    """

    id: str = field(validator=_nonempty_str)
    """The claim's id in its article (``"c1"``, ``"c2"`` ...), unique there."""
    speaker: str | None = field(default=None, validator=_optional_nonempty_str)
    """The id of the speaking :class:`Actor`, or ``None`` when no speaker was found."""
    speaker_span: Span | None = field(
        default=None, validator=optional(instance_of(Span))
    )
    """Where the text names the speaker for this claim ("she", "Ann Lee"), if it
    does."""
    cue_span: Span | None = field(default=None, validator=optional(instance_of(Span)))
    """The reporting words ("said", "according to", "denied"), if any (a floating
    quotation has none)."""
    content_span: Span = field(validator=instance_of(Span))
    """What was said: the quotation or the reported clause, from its first to its
    last part."""
    content_parts: tuple[Span, ...] = field(default=(), converter=_spans)
    """The parts of a content split by its tag (``"A," she said, "B."``), in order;
    empty when the content is one piece. :meth:`content` joins them."""
    mode: ClaimMode = field(
        default=ClaimMode.INDIRECT, validator=instance_of(ClaimMode)
    )
    """Quoted, reported, or reported with a quoted fragment."""
    hedged: bool = field(default=False, validator=_strict_bool)
    """The report is hedged ("reportedly", "is said to", "may have")."""
    target: str | None = field(default=None, validator=_optional_nonempty_str)
    """The id of the actor the claim is addressed to or accuses ("accused *Ann Lee*
    of"), if any."""
    rule: str | None = field(default=None, validator=_optional_nonempty_str)
    """The name of the claim rule that found it (see the parsing guide), or ``None``
    for claims made by hand."""
    quantities: tuple[Quantity, ...] = field(default=(), converter=_quantities)
    """The figures in the content, in text order."""
    attribution: AttributionType = field(
        default=AttributionType.ASSERTION, validator=instance_of(AttributionType)
    )
    """What the claim attributes (said, believed, known, intended, perceived);
    ``assertion`` when a document predates the field."""

    def content(self, text: str) -> str:
        """What the claim says, as a reader reads it: the content, or for a quote
        split by its tag the fragments joined by one space, without the tag (a
        comma that closed a fragment inside its quote marks is kept).

        Args:
            text: the text of the article the claim belongs to.

        Returns:
            The content's text.

        >>> text = '"We will stay," said Ann Lee, "and we will fight."'
        >>> c = Claim(id="c1", content_span=Span(1, 49),
        ...           content_parts=(Span(1, 14), Span(31, 49)))
        >>> c.content(text)
        'We will stay, and we will fight.'

        .. versionadded:: 0.1.0
        """
        if not self.content_parts:
            return self.content_span.of(text)
        pieces = []
        for i, part in enumerate(self.content_parts):
            piece = part.of(text).strip()
            if i + 1 < len(self.content_parts) and text[part.end : part.end + 1] == ",":
                piece += ","  # the comma the tag took: '"We will stay," said X, "and'
            if piece:
                pieces.append(piece)
        return " ".join(pieces)

    @content_span.validator
    def _check_content(self, _: attrs.Attribute[Span], value: Span) -> None:
        if value.end == value.start:
            raise _fail(
                "content_span",
                f"{value.start}-{value.end} is empty: a claim must say something",
            )

    @content_parts.validator
    def _check_parts(self, _: attrs.Attribute[object], value: tuple[Span, ...]) -> None:
        _check_spans("content_parts", value)
        for i, part in enumerate(value):
            if not self.content_span.contains(part):
                raise _fail(
                    f"content_parts[{i}]",
                    f"{part.start}-{part.end} lies outside content_span "
                    f"{self.content_span.start}-{self.content_span.end}",
                )

    def with_ids(
        self,
        id: str,  # noqa: A002
        *,
        speaker: str | None = None,
        target: str | None = None,
    ) -> Claim:
        """This claim with another ``id``, ``speaker`` and ``target``; the new values
        are validated, the others were when this claim was made.

        >>> c = Claim(id="c0", content_span=Span(1, 13))
        >>> c.with_ids("c1", speaker="a2").id, c.with_ids("c1", speaker="a2").speaker
        ('c1', 'a2')
        """
        fields = attrs.fields(Claim)
        _nonempty_str(None, fields.id, id)
        _optional_nonempty_str(None, fields.speaker, speaker)
        _optional_nonempty_str(None, fields.target, target)
        new = object.__new__(Claim)
        for name in _CLAIM_FIELDS:
            object.__setattr__(new, name, getattr(self, name))
        object.__setattr__(new, "id", id)
        object.__setattr__(new, "speaker", speaker)
        object.__setattr__(new, "target", target)
        return new

    @quantities.validator
    def _check_quantities(
        self, _: attrs.Attribute[object], value: tuple[Quantity, ...]
    ) -> None:
        for i, q in enumerate(value):
            if not isinstance(q, Quantity):
                raise _fail(
                    f"quantities[{i}]", f"must be a Quantity, got {type(q).__name__}"
                )
            if not self.content_span.contains(q.span):
                raise _fail(
                    f"quantities[{i}].span",
                    f"{q.span.start}-{q.span.end} lies outside content_span "
                    f"{self.content_span.start}-{self.content_span.end}",
                )
            if i and q.span.start < value[i - 1].span.start:
                raise _fail(
                    f"quantities[{i}].span",
                    f"starts before quantities[{i - 1}]: "
                    "quantities are kept in text order",
                )


_CLAIM_FIELDS: Final = tuple(a.name for a in attrs.fields(Claim))


@frozen(kw_only=True)
class Response:
    """A claim (``claim``) that answers another claim (``responds_to``).

    ``rule`` names the response rule that found the link (``docs/responses.md``).

    >>> Response(claim="c2", responds_to="c1", kind=ResponseKind.DENIAL, rule="cue")
    Response(claim='c2', responds_to='c1', kind=<ResponseKind.DENIAL: 'denial'>, cue_span=None, rule='cue')
    """

    claim: str = field(validator=_nonempty_str)
    """The id of the answering claim."""
    responds_to: str = field(validator=_nonempty_str)
    """The id of the claim it answers (never ``claim`` itself)."""
    kind: ResponseKind = field(
        default=ResponseKind.OTHER, validator=instance_of(ResponseKind)
    )
    """How it answers."""
    cue_span: Span | None = field(default=None, validator=optional(instance_of(Span)))
    """The words that mark the answer ("denied", "rejected", "in response to"), if
    any."""
    rule: str | None = field(default=None, validator=_optional_nonempty_str)
    """The name of the response rule that made the link (``docs/responses.md``), or
    ``None`` for links made by hand."""

    def __attrs_post_init__(self) -> None:
        if self.claim == self.responds_to:
            raise _fail("responds_to", f"claim {self.claim!r} cannot respond to itself")


@frozen(kw_only=True)
class Dateline:
    """The place line that opens a news article ("KYIV, Ukraine (Reuters) -")."""

    location: str = field(validator=_nonempty_str)
    """The place as written ("KYIV, Ukraine")."""
    span: Span = field(validator=instance_of(Span))
    """Where it stands in the text."""
