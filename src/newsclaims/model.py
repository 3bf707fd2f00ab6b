"""The domain model: spans, actors, claims, responses, quantities and the article.

The classes live in private modules by kind (field checks and :class:`Span` in
``_fields``, the enums in ``_kinds``, the records an article holds in ``_records``);
this module holds :class:`Article`, which checks them as a whole, and is where every
model name is imported from.

Every class is a frozen, slotted attrs class. Every invariant is checked when the object
is built, so an object that exists is valid; :class:`Article` checks the whole document
(unique ids, references that resolve, spans inside the text).

Spans are half-open ``[start, end)`` offsets in Python ``str`` indices (code points) into
:attr:`Article.text`; the text of anything extracted is derived with :meth:`Span.of`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs
from attrs import field, frozen
from attrs.validators import instance_of, optional

# Importable from here as they were before the model was split into modules:
from newsclaims._fields import MAX_INT as MAX_INT  # noqa: PLC0414 - re-exported
from newsclaims._fields import MAX_INT_DIGITS as MAX_INT_DIGITS  # noqa: PLC0414
from newsclaims._fields import (
    Span,
    _check_spans,
    _fail,
    _optional_nonempty_str,
    _spans,
    _strict_bool,
    _visible,
)
from newsclaims._kinds import (
    ActorKind,
    AttributionType,
    ClaimMode,
    QuantityQualifier,
    ResponseKind,
)
from newsclaims._records import (
    Actor,
    Claim,
    Dateline,
    Quantity,
    Response,
)
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
