"""The domain model: spans, actors, claims, responses, quantities and the article.

Every class is a frozen, slotted attrs class. Every invariant is checked when the object
is built, so an object that exists is valid; :class:`Article` checks the whole document
(unique ids, references that resolve, spans inside the text).

Spans are half-open ``[start, end)`` offsets in Python ``str`` indices (code points) into
:attr:`Article.text`; the text of anything extracted is derived with :meth:`Span.of`.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Final, Protocol

import attrs
from attrs import field, frozen
from attrs.validators import ge, instance_of, optional

from newsclaims.errors import InvalidModelError

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "AttributionType",
    "Claim",
    "ClaimMode",
    "Dateline",
    "Quantity",
    "QuantityQualifier",
    "Response",
    "ResponseKind",
    "Span",
]


MAX_INT_DIGITS: Final = 4300
"""The most digits of a whole-number quantity: Python's default limit on converting an
int to and from text (``sys.get_int_max_str_digits``), so that every quantity that can
be built can also be written as JSON and read back."""

MAX_INT: Final = 10**MAX_INT_DIGITS


class _HasSpan(Protocol):
    def span(self, group: int | str = 0, /) -> tuple[int, int]: ...


def _fail(path: str, message: str) -> InvalidModelError:
    """An error for one field, keeping its path for JSON error reports."""
    return InvalidModelError(f"{path}: {message}", problems=((path, message),))


def _visible(value: str) -> bool:
    """Whether ``value`` holds a character that is neither white space nor an
    invisible format character (Unicode category Cf: zero-width space, joiners, marks).

    >>> _visible(" a"), _visible(" \u200b\ufeff ")
    (True, False)
    """
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in value)


def _nonempty_str(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise _fail(
            attribute.name, f"must be a str, got {type(value).__name__} {value!r}"
        )
    if not _visible(value):
        raise _fail(attribute.name, f"must not be empty or invisible, got {value!r}")


def _optional_nonempty_str(
    obj: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None:
        _nonempty_str(obj, attribute, value)  # type: ignore[arg-type]


def _strict_int(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int:
        raise InvalidModelError(
            f"{attribute.name} must be an int, got {type(value).__name__} {value!r}"
        )


def _strict_bool(_: object, attribute: attrs.Attribute[bool], value: bool) -> None:  # noqa: FBT001
    if type(value) is not bool:
        raise _fail(
            attribute.name, f"must be a bool, got {type(value).__name__} {value!r}"
        )


@frozen(init=False)
class Span:
    """A half-open ``[start, end)`` range of code points in an article's text.

    >>> Span(4, 11).of("The Kremlin said")
    'Kremlin'
    """

    start: int = field(validator=[_strict_int, ge(0)])
    """Offset of the first character (0-based, in code points of the text)."""
    end: int = field(validator=_strict_int)
    """Offset just past the last character: ``text[start:end]`` is the span."""

    def __init__(self, start: int, end: int) -> None:
        # The parser builds hundreds of thousands of spans: one cheap test lets the
        # valid ones through; anything else goes through the field validators, which
        # raise the precise error.
        if type(start) is int and type(end) is int and 0 <= start <= end:
            object.__setattr__(self, "start", start)
            object.__setattr__(self, "end", end)
        else:
            self.__attrs_init__(start, end)

    @end.validator
    def _check_end(self, _: attrs.Attribute[int], end: int) -> None:
        if end < self.start:
            raise InvalidModelError(f"end {end} is before start {self.start}")

    def of(self, text: str) -> str:
        """The text this span covers in ``text``."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span.

        >>> Span(0, 10).contains(Span(2, 5))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end

    def shift(self, offset: int) -> Span:
        """This span moved by ``offset`` code points."""
        return Span(self.start + offset, self.end + offset)

    @classmethod
    def of_match(cls, match: _HasSpan, group: int | str = 0) -> Span:
        """The span of one group of a regular-expression match.

        >>> import regex
        >>> Span.of_match(regex.search(r"(?P<w>b+)", "aabba"), "w")
        Span(start=2, end=4)
        """
        start, end = match.span(group)
        return cls(start, end)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _ids(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _check_spans(name: str, spans: tuple[Span, ...]) -> None:
    for i, s in enumerate(spans):
        if not isinstance(s, Span):
            raise _fail(f"{name}[{i}]", f"must be a Span, got {type(s).__name__} {s!r}")
        if s.end == s.start:
            raise _fail(f"{name}[{i}]", f"{s.start}-{s.end} is empty")
    for i in range(1, len(spans)):
        before, after = spans[i - 1], spans[i]
        if after.start < before.end:
            raise _fail(
                f"{name}[{i}]",
                f"{after.start}-{after.end} overlaps or precedes "
                f"{before.start}-{before.end}: {name} must be sorted "
                "and must not overlap",
            )


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


def _actors(items: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _responses(items: Iterable[Response]) -> tuple[Response, ...]:
    return tuple(items)


def _no_surrogate_pair(_: object, attribute: attrs.Attribute[str], text: str) -> None:
    """Refuse a UTF-16 surrogate pair held as two code points: JSON cannot keep it
    apart from the one character it encodes, so every span after it would shift on
    the way back (``parse_article`` joins such pairs before parsing)."""
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return
    for i in range(len(text) - 1):
        if "\ud800" <= text[i] <= "\udbff" and "\udc00" <= text[i + 1] <= "\udfff":
            raise _fail(
                attribute.name,
                f"holds a surrogate pair as two code points at {i}: join it into the "
                "character it encodes (newsclaims.parse_article does)",
            )


def _check_items(name: str, items: tuple[object, ...], tp: type) -> None:
    for i, item in enumerate(items):
        if not isinstance(item, tp):
            raise _fail(
                f"{name}[{i}]", f"must be a {tp.__name__}, got {type(item).__name__}"
            )


@frozen(kw_only=True)
class Article:
    """A news text with the actors, claims and responses found in it.

    Building one checks the whole document: ids are unique, every ``speaker``,
    ``target``, ``members``, ``claim`` and ``responds_to`` id resolves, and every span lies inside
    ``text``. A failed check raises :class:`~newsclaims.errors.InvalidModelError` whose
    ``problems`` list every broken rule with its path.

    >>> art = Article(text="Ann Lee said no.", actors=[
    ...     Actor(id="a1", name="Ann Lee", mentions=[Span(0, 7)])])
    >>> art.actor("a1").name
    'Ann Lee'
    """

    text: str = field(validator=[instance_of(str), _no_surrogate_pair])
    """The article's text; every span of every object indexes it."""
    id: str | None = field(default=None, validator=_optional_nonempty_str)
    """The caller's id for the article (a file name, a record id), if given."""
    dateline: Dateline | None = field(
        default=None, validator=optional(instance_of(Dateline))
    )
    """The dateline opening the article, if any."""
    actors: tuple[Actor, ...] = field(default=(), converter=_actors)
    """Everyone and everything that speaks, is addressed or is answered, with every
    mention."""
    claims: tuple[Claim, ...] = field(default=(), converter=_claims)
    """The claims, in text order of their content."""
    responses: tuple[Response, ...] = field(default=(), converter=_responses)
    """Which claim answers which."""
    timed_out: bool = field(default=False, validator=_strict_bool)
    """A pattern ran out of time on this text (a hostile or huge input): the rules went
    on without it, so the article may lack claims, actors or responses it holds."""

    furniture: tuple[Span, ...] = field(default=(), converter=_spans)
    """Spans of page furniture the parser set aside (section labels, "WATCH:" and
    "READ MORE:" lines, photo credits, captions, stand-alone pull quotes): kept in
    the text, never a claim. Sorted, not overlapping.

    .. versionadded:: 0.1.0
    """

    @furniture.validator
    def _check_furniture(
        self, _: attrs.Attribute[object], value: tuple[Span, ...]
    ) -> None:
        _check_spans("furniture", value)

    def __attrs_post_init__(self) -> None:
        _check_items("actors", self.actors, Actor)
        _check_items("claims", self.claims, Claim)
        _check_items("responses", self.responses, Response)
        problems = list(self._problems())
        if problems:
            lines = [f"{path}: {msg}" for path, msg in problems]
            raise InvalidModelError(
                "invalid article: " + "; ".join(lines), problems=tuple(problems)
            )

    def _problems(self) -> Iterator[tuple[str, str]]:
        yield from self._dateline_problems()
        yield from self._actor_problems()
        yield from self._claim_problems()
        yield from self._response_problems()
        for i, span in enumerate(self.furniture):
            yield from self._outside(f"furniture[{i}]", span)

    def _outside(self, path: str, span: Span | None) -> Iterator[tuple[str, str]]:
        size = len(self.text)
        if span is not None and span.end > size:
            yield path, f"span {span.start}-{span.end} ends past the text ({size})"

    def _dateline_problems(self) -> Iterator[tuple[str, str]]:
        if self.dateline is None:
            return
        span = self.dateline.span
        if span.end > len(self.text):
            yield from self._outside("dateline.span", span)
        elif span.of(self.text) != self.dateline.location:
            found = span.of(self.text)
            yield (
                "dateline.location",
                f"{self.dateline.location!r} is not the text at its span ({found!r})",
            )

    def _actor_problems(self) -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        for i, a in enumerate(self.actors):
            if a.id in seen:
                yield f"actors[{i}].id", f"duplicate actor id {a.id!r}"
            seen.add(a.id)
            for j, m in enumerate(a.mentions):
                yield from self._outside(f"actors[{i}].mentions[{j}]", m)
        known = seen
        for i, a in enumerate(self.actors):
            for j, member in enumerate(a.members):
                if member == a.id:
                    yield f"actors[{i}].members[{j}]", "an actor is no member of itself"
                elif member not in known:
                    yield f"actors[{i}].members[{j}]", f"unknown actor id {member!r}"

    def _claim_problems(self) -> Iterator[tuple[str, str]]:
        actor_ids = {a.id for a in self.actors}
        seen: set[str] = set()
        for i, c in enumerate(self.claims):
            if c.id in seen:
                yield f"claims[{i}].id", f"duplicate claim id {c.id!r}"
            seen.add(c.id)
            for name, ref in (("speaker", c.speaker), ("target", c.target)):
                if ref is not None and ref not in actor_ids:
                    yield f"claims[{i}].{name}", f"unknown actor id {ref!r}"
            yield from self._outside(f"claims[{i}].speaker_span", c.speaker_span)
            yield from self._outside(f"claims[{i}].cue_span", c.cue_span)
            yield from self._outside(f"claims[{i}].content_span", c.content_span)
            if c.content_span.end <= len(self.text) and not _visible(
                c.content_span.of(self.text)
            ):
                yield (
                    f"claims[{i}].content_span",
                    "covers only white space: a claim must say something",
                )

    def _response_problems(self) -> Iterator[tuple[str, str]]:
        claim_ids = {c.id for c in self.claims}
        seen: set[tuple[str, str]] = set()
        for i, r in enumerate(self.responses):
            if (r.claim, r.responds_to) in seen:
                yield (
                    f"responses[{i}]",
                    f"duplicate response: {r.claim!r} already answers {r.responds_to!r}",
                )
            seen.add((r.claim, r.responds_to))
            for name, ref in (("claim", r.claim), ("responds_to", r.responds_to)):
                if ref not in claim_ids:
                    yield f"responses[{i}].{name}", f"unknown claim id {ref!r}"
            yield from self._outside(f"responses[{i}].cue_span", r.cue_span)

    def _repr_html_(self) -> str:
        """The HTML view of :mod:`newsclaims.render`, shown by Jupyter."""
        from newsclaims.render import to_html  # noqa: PLC0415 - model stays light

        return to_html(self, standalone=False)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or ``None`` (also for a ``None`` id)."""
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def only(self, *types: AttributionType | str) -> Article:
        """This article with only the claims of the given attribution types, and the
        responses between them: ``article.only("assertion")`` keeps what was said.

        Raises:
            ValueError: a type is not an :class:`AttributionType` value.

        >>> art = Article(text="It may rain.", claims=[
        ...     Claim(id="c1", content_span=Span(0, 11),
        ...           attribution=AttributionType.BELIEF)])
        >>> len(art.only("assertion").claims), len(art.only("assertion", "belief").claims)
        (0, 1)

        .. versionadded:: 0.1.0
        """
        wanted = {AttributionType(t) for t in types}
        claims = tuple(c for c in self.claims if c.attribution in wanted)
        kept = {c.id for c in claims}
        answers = tuple(
            r for r in self.responses if r.claim in kept and r.responds_to in kept
        )
        return attrs.evolve(self, claims=claims, responses=answers)

    def claim(self, claim_id: str | None) -> Claim | None:
        """The claim with this id, or ``None`` (also for a ``None`` id)."""
        for c in self.claims:
            if c.id == claim_id:
                return c
        return None
