"""Hypothesis strategies that build valid newsclaims objects.

Every strategy is sound: whatever it draws passes the model's checks. Installing
newsclaims registers them with Hypothesis (an entry point), so ``st.from_type(Article)``
works in any project without importing this module.

>>> from hypothesis import given
>>> @given(articles(max_claims=2))
... def test(article):
...     assert all(c.content_span.end <= len(article.text) for c in article.claims)
>>> test()
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsclaims._fields import _visible
from newsclaims.model import (
    Actor,
    ActorKind,
    Article,
    AttributionType,
    Claim,
    ClaimMode,
    Dateline,
    Quantity,
    QuantityQualifier,
    Response,
    ResponseKind,
    Span,
)

__all__ = [
    "actors",
    "articles",
    "claims",
    "datelines",
    "ids",
    "quantities",
    "responses",
    "spans",
]

DEFAULT_TEXT_LENGTH = 400


def _check_size(name: str, value: int, minimum: int = 0) -> None:
    if type(value) is not int:
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if value < minimum:
        raise InvalidArgument(f"{name}={value!r} must be at least {minimum}")


def ids() -> st.SearchStrategy[str]:
    """Short identifiers such as ``"a1"`` or ``"claim-x"``.

    >>> ids().validate()
    """
    return st.from_regex(r"[a-z][a-z0-9-]{0,7}", fullmatch=True)


@st.composite
def spans(
    draw: st.DrawFn,
    *,
    text_length: int = DEFAULT_TEXT_LENGTH,
    within: Span | None = None,
    min_size: int = 0,
) -> Span:
    """Spans inside ``[0, text_length]`` (or inside ``within``), at least ``min_size`` long."""
    _check_size("text_length", text_length)
    _check_size("min_size", min_size)
    lo, hi = (0, text_length) if within is None else (within.start, within.end)
    if hi - lo < min_size:
        raise InvalidArgument(
            f"no span of at least {min_size} fits in [{lo}, {hi}]: "
            "lower min_size or give more room"
        )
    start = draw(st.integers(lo, hi - min_size))
    end = draw(st.integers(start + min_size, hi))
    return Span(start, end)


def _sorted_spans(
    lo: int, hi: int, *, max_size: int
) -> st.SearchStrategy[tuple[Span, ...]]:
    """Sorted, non-overlapping, non-empty spans inside ``[lo, hi]``."""
    if hi <= lo or max_size == 0:
        return st.just(())
    bounds = st.lists(st.integers(lo, hi), unique=True, max_size=2 * max_size).map(
        sorted
    )
    return bounds.map(
        lambda b: tuple(Span(b[i], b[i + 1]) for i in range(0, len(b) - 1, 2))
    )


_NAMES = st.text(
    st.characters(categories=("L", "Nd", "Zs", "P")), min_size=1, max_size=30
).filter(lambda s: bool(s.strip()))
_LABELS = st.none() | _NAMES


@st.composite
def actors(
    draw: st.DrawFn,
    *,
    text_length: int = DEFAULT_TEXT_LENGTH,
    id: st.SearchStrategy[str] | None = None,  # noqa: A002
    max_mentions: int = 5,
) -> Actor:
    """Actors whose mentions lie inside ``[0, text_length]``."""
    _check_size("text_length", text_length)
    _check_size("max_mentions", max_mentions)
    return Actor(
        id=draw(id if id is not None else ids()),
        name=draw(_LABELS),
        kind=draw(st.sampled_from(ActorKind)),
        title=draw(_LABELS),
        affiliation=draw(_LABELS),
        mentions=draw(_sorted_spans(0, text_length, max_size=max_mentions)),
    )


_INTS = st.integers(-(10**12), 10**12)
_DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, places=3).filter(
    lambda d: abs(d) < Decimal(10) ** 12
)
_NUMBERS = st.none() | _INTS | _DECIMALS


@st.composite
def quantities(draw: st.DrawFn, *, within: Span) -> Quantity:
    """Quantities whose span lies inside ``within`` (a claim's content span)."""
    if len(within) == 0:
        raise InvalidArgument(f"within={within!r} is empty: a quantity needs room")
    low, high = draw(_NUMBERS), draw(_NUMBERS)
    if low is not None and high is not None and high < low:
        low, high = high, low
    return Quantity(
        span=draw(spans(within=within, min_size=1)),
        value=draw(_NUMBERS),
        low=low,
        high=high,
        qualifier=draw(st.sampled_from(QuantityQualifier)),
        unit=draw(_LABELS),
    )


@st.composite
def claims(
    draw: st.DrawFn,
    *,
    text_length: int = DEFAULT_TEXT_LENGTH,
    actor_ids: Sequence[str] = (),
    id: st.SearchStrategy[str] | None = None,  # noqa: A002
    max_parts: int = 3,
    max_quantities: int = 2,
) -> Claim:
    """Claims inside ``[0, text_length]`` whose speaker and target are drawn from ``actor_ids``."""
    _check_size("text_length", text_length, minimum=1)
    _check_size("max_parts", max_parts)
    _check_size("max_quantities", max_quantities)
    content = draw(spans(text_length=text_length, min_size=1))
    refs = st.none() | st.sampled_from(actor_ids) if actor_ids else st.none()
    optional_span = st.none() | spans(text_length=text_length)
    found = draw(
        st.lists(quantities(within=content), max_size=max_quantities).map(
            lambda qs: sorted(qs, key=lambda q: q.span.start)
        )
    )
    return Claim(
        id=draw(id if id is not None else ids()),
        speaker=draw(refs),
        speaker_span=draw(optional_span),
        cue_span=draw(optional_span),
        content_span=content,
        content_parts=draw(
            _sorted_spans(content.start, content.end, max_size=max_parts)
        ),
        mode=draw(st.sampled_from(ClaimMode)),
        hedged=draw(st.booleans()),
        target=draw(refs),
        rule=draw(st.none() | st.from_regex(r"[a-z_]{1,20}", fullmatch=True)),
        quantities=found,
        attribution=draw(st.sampled_from(AttributionType)),
    )


@st.composite
def responses(
    draw: st.DrawFn,
    *,
    claim_ids: Sequence[str],
    text_length: int = DEFAULT_TEXT_LENGTH,
) -> Response:
    """Responses between two different claims of ``claim_ids``."""
    if len(set(claim_ids)) < 2:  # noqa: PLR2004
        raise InvalidArgument(
            f"claim_ids={claim_ids!r} must hold two different ids: "
            "a claim cannot answer itself"
        )
    pair = draw(
        st.lists(
            st.sampled_from(sorted(set(claim_ids))), min_size=2, max_size=2, unique=True
        )
    )
    return Response(
        claim=pair[0],
        responds_to=pair[1],
        kind=draw(st.sampled_from(ResponseKind)),
        cue_span=draw(st.none() | spans(text_length=text_length)),
        rule=draw(st.none() | st.from_regex(r"[a-z_]{1,20}", fullmatch=True)),
    )


@st.composite
def datelines(draw: st.DrawFn, *, text: str) -> Dateline | None:
    """A dateline over a non-blank stretch of ``text``, or ``None`` when there is none."""
    if not _visible(text):
        return None
    span = draw(spans(text_length=len(text), min_size=1))
    location = span.of(text)
    if not _visible(location):
        return None
    return Dateline(location=location, span=span)


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    text: st.SearchStrategy[str] | None = None,
    max_actors: int = 4,
    max_claims: int = 6,
    max_responses: int = 3,
) -> Article:
    """Valid articles: text first, then actors, claims and responses pointing into it."""
    _check_size("max_actors", max_actors)
    _check_size("max_claims", max_claims)
    _check_size("max_responses", max_responses)
    body = draw(text if text is not None else st.text(max_size=DEFAULT_TEXT_LENGTH))
    size = len(body)
    acts = draw(
        st.lists(
            actors(text_length=size), max_size=max_actors, unique_by=lambda a: a.id
        )
    )
    if len(acts) > 2 and draw(st.booleans()):  # noqa: PLR2004
        # A coordinated speaker: the last actor joins some of the others.
        others = [a.id for a in acts[:-1]]
        members = draw(st.lists(st.sampled_from(others), min_size=2, unique=True))
        acts[-1] = attrs.evolve(acts[-1], members=members)
    found: list[Claim] = []
    if size:
        found = draw(
            st.lists(
                claims(text_length=size, actor_ids=[a.id for a in acts]),
                max_size=max_claims,
                unique_by=lambda c: c.id,
            )
        )
        # a claim says something: its content holds a visible character
        found = [c for c in found if _visible(c.content_span.of(body))]
    answers: list[Response] = []
    if len(found) >= 2 and max_responses:  # noqa: PLR2004
        answers = draw(
            st.lists(
                responses(claim_ids=[c.id for c in found], text_length=size),
                max_size=max_responses,
                unique_by=lambda r: (r.claim, r.responds_to),
            )
        )
    return Article(
        text=body,
        id=draw(st.none() | ids()),
        dateline=draw(st.none() | datelines(text=body)),
        actors=acts,
        claims=found,
        responses=answers,
        timed_out=draw(st.booleans()),
        furniture=draw(_sorted_spans(0, size, max_size=3)),
    )
