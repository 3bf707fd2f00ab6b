"""The model's invariants: every broken rule raises InvalidModelError naming it."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import (
    Actor,
    ActorKind,
    Article,
    Claim,
    ClaimMode,
    Dateline,
    InvalidModelError,
    Quantity,
    QuantityQualifier,
    Response,
    ResponseKind,
    Span,
)

TEXT = "Ann Lee said the plan failed. Bo Park denied it."


def test_model_is_light() -> None:
    code = (
        "import sys, newsclaims.model; print(sorted(m for m in sys.modules"
        " if m.startswith(('hypothesis', 'newsclaims.rules', 'cattrs'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_version_is_read_when_asked() -> None:
    """``import newsclaims`` does not load ``importlib.metadata`` (tens of
    milliseconds of start-up); ``newsclaims.__version__`` reads it on first use."""
    code = (
        "import sys, newsclaims; before = 'importlib.metadata' in sys.modules;"
        " from importlib.metadata import version;"
        " print(before, newsclaims.__version__ == version('newsclaims'),"
        " 'importlib.metadata' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "True", "True"]


class TestSpan:
    def test_of_slices_the_text(self) -> None:
        assert Span(4, 7).of(TEXT) == "Lee"

    def test_end_before_start(self) -> None:
        with pytest.raises(InvalidModelError, match=r"^end 3 is before start 5$"):
            Span(5, 3)

    def test_negative_start(self) -> None:
        with pytest.raises(ValueError, match="'start' must be >= 0: -1"):
            Span(-1, 3)

    @pytest.mark.parametrize("bad", [1.0, "1", True, None])
    def test_start_must_be_int(self, bad: object) -> None:
        with pytest.raises(InvalidModelError, match="start must be an int"):
            Span(bad, 3)  # type: ignore[arg-type]

    def test_empty_span_is_allowed(self) -> None:
        assert len(Span(3, 3)) == 0

    @given(st.integers(-5, 5), st.integers(-5, 5))
    def test_valid_exactly_when_ordered(self, start: int, end: int) -> None:
        """The fast constructor and the field validators agree on every pair."""
        if 0 <= start <= end:
            span = Span(start, end)
            assert (span.start, span.end) == (start, end)
            attrs.validate(span)
        else:
            with pytest.raises((InvalidModelError, ValueError)):
                Span(start, end)

    @pytest.mark.parametrize("bad", [2.0, "2", False, None])
    def test_end_must_be_int(self, bad: object) -> None:
        with pytest.raises(InvalidModelError, match="end must be an int"):
            Span(0, bad)  # type: ignore[arg-type]

    def test_contains_overlaps_shift(self) -> None:
        assert Span(0, 10).contains(Span(3, 10))
        assert not Span(0, 10).contains(Span(3, 11))
        assert Span(0, 5).overlaps(Span(4, 9))
        assert not Span(0, 5).overlaps(Span(5, 9))
        assert Span(2, 4).shift(10) == Span(12, 14)

    def test_frozen(self) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Span(1, 2).start = 0  # type: ignore[misc]


class TestActor:
    def test_valid(self) -> None:
        a = Actor(id="a1", name="Ann Lee", kind=ActorKind.PERSON, mentions=[Span(0, 7)])
        assert a.mentions == (Span(0, 7),)

    @pytest.mark.parametrize(("field", "value"), [("id", ""), ("name", "  ")])
    def test_blank_id_or_name(self, field: str, value: str) -> None:
        kwargs: dict[str, Any] = {"id": "a1", "name": "Ann", field: value}
        with pytest.raises(InvalidModelError, match=rf"^{field}: must not be empty"):
            Actor(**kwargs)

    def test_mentions_must_be_sorted(self) -> None:
        with pytest.raises(
            InvalidModelError,
            match=r"^mentions\[1\]: 0-3 overlaps or precedes 30-37",
        ):
            Actor(id="a", name="Ann", mentions=[Span(30, 37), Span(0, 3)])

    def test_mentions_must_not_overlap(self) -> None:
        with pytest.raises(InvalidModelError, match=r"mentions\[1\]: 5-9 overlaps"):
            Actor(id="a", name="Ann", mentions=[Span(0, 7), Span(5, 9)])

    def test_kind_must_be_an_actor_kind(self) -> None:
        with pytest.raises(TypeError, match="'kind' must be"):
            Actor(id="a", name="Ann", kind="person")  # type: ignore[arg-type]

    def test_name_may_be_none_and_defaults_to_none(self) -> None:
        assert Actor(id="a").name is None
        assert Actor(id="a", name=None, mentions=[Span(0, 2)]).name is None

    def test_members_are_unique_non_empty_ids(self) -> None:
        assert Actor(id="g", members=["a1", "a2"]).members == ("a1", "a2")
        with pytest.raises(
            InvalidModelError, match=r"^members\[1\]: must be a non-empty"
        ):
            Actor(id="g", members=["a1", " "])
        with pytest.raises(InvalidModelError, match=r"^members: must be unique"):
            Actor(id="g", members=["a1", "a1"])


class TestClaim:
    def test_empty_content(self) -> None:
        with pytest.raises(
            InvalidModelError, match=r"^content_span: 4-4 is empty: a claim must say"
        ):
            Claim(id="c1", content_span=Span(4, 4))

    def test_parts_inside_content(self) -> None:
        with pytest.raises(
            InvalidModelError,
            match=r"^content_parts\[1\]: 18-25 lies outside content_span 0-20$",
        ):
            Claim(
                id="c1",
                content_span=Span(0, 20),
                content_parts=[Span(0, 5), Span(18, 25)],
            )

    def test_parts_sorted(self) -> None:
        with pytest.raises(InvalidModelError, match=r"content_parts\[1\]"):
            Claim(
                id="c1",
                content_span=Span(0, 20),
                content_parts=[Span(10, 15), Span(0, 5)],
            )

    def test_quantity_inside_content(self) -> None:
        q = Quantity(span=Span(30, 33), value=155)
        with pytest.raises(
            InvalidModelError, match=r"^quantities\[0\].span: 30-33 lies outside"
        ):
            Claim(id="c1", content_span=Span(0, 20), quantities=[q])

    def test_quantities_in_text_order(self) -> None:
        qs = [Quantity(span=Span(8, 9), value=1), Quantity(span=Span(2, 3), value=2)]
        with pytest.raises(InvalidModelError, match="kept in text order"):
            Claim(id="c1", content_span=Span(0, 20), quantities=qs)

    def test_hedged_is_strict_bool(self) -> None:
        with pytest.raises(InvalidModelError, match=r"^hedged: must be a bool"):
            Claim(id="c1", content_span=Span(0, 2), hedged=1)  # type: ignore[arg-type]

    def test_defaults(self) -> None:
        c = Claim(id="c1", content_span=Span(0, 2))
        assert (c.mode, c.hedged, c.content_parts, c.speaker) == (
            ClaimMode.INDIRECT,
            False,
            (),
            None,
        )

    def test_with_ids_equals_evolve(self) -> None:
        claim = Claim(
            id="c0",
            speaker_span=Span(0, 3),
            content_span=Span(9, 30),
            content_parts=(Span(9, 15), Span(20, 30)),
            mode=ClaimMode.MIXED,
            hedged=True,
            rule="r",
        )
        got = claim.with_ids("c4", speaker="a1", target="a2")
        assert got == attrs.evolve(claim, id="c4", speaker="a1", target="a2")
        assert hash(got) == hash(
            attrs.evolve(claim, id="c4", speaker="a1", target="a2")
        )
        attrs.validate(got)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"id": ""}, "id: must not be empty"),
            ({"id": "c1", "speaker": " "}, "speaker: must not be empty"),
            ({"id": "c1", "target": 3}, "target: must be a str"),
        ],
        ids=["empty-id", "blank-speaker", "int-target"],
    )
    def test_with_ids_validates_the_new_values(
        self, kwargs: dict[str, Any], message: str
    ) -> None:
        claim = Claim(id="c0", content_span=Span(1, 5))
        with pytest.raises(InvalidModelError, match=message):
            claim.with_ids(**kwargs)


class TestQuantity:
    def test_decimal_value(self) -> None:
        q = Quantity(span=Span(0, 3), value=Decimal("3.5"), unit="%")
        assert q.value == Decimal("3.5")

    def test_float_refused(self) -> None:
        with pytest.raises(
            InvalidModelError, match=r"^value: must be an int or a Decimal"
        ):
            Quantity(span=Span(0, 3), value=3.5)  # type: ignore[arg-type]

    def test_range_order(self) -> None:
        with pytest.raises(InvalidModelError, match=r"^high: 20 is below low 30$"):
            Quantity(span=Span(0, 3), low=30, high=20)

    def test_empty_span(self) -> None:
        with pytest.raises(InvalidModelError, match=r"^span: 2-2 is empty"):
            Quantity(span=Span(2, 2), value=1, qualifier=QuantityQualifier.EXACT)


class TestResponse:
    def test_cannot_answer_itself(self) -> None:
        with pytest.raises(
            InvalidModelError,
            match=r"^responds_to: claim 'c1' cannot respond to itself$",
        ):
            Response(claim="c1", responds_to="c1")


def _article(**changes: object) -> Article:
    base: dict[str, object] = {
        "text": TEXT,
        "actors": [
            Actor(id="a1", name="Ann Lee", mentions=[Span(0, 7)]),
            Actor(id="a2", name="Bo Park", mentions=[Span(30, 37)]),
        ],
        "claims": [
            Claim(id="c1", speaker="a1", content_span=Span(13, 28)),
            Claim(id="c2", speaker="a2", target="a1", content_span=Span(45, 47)),
        ],
        "responses": [Response(claim="c2", responds_to="c1", kind=ResponseKind.DENIAL)],
    }
    base.update(changes)
    return Article(**base)  # type: ignore[arg-type]


class TestArticle:
    def test_valid_and_lookups(self) -> None:
        art = _article()
        assert art.actor("a2") is art.actors[1]
        assert art.claim("c1") is art.claims[0]
        assert art.actor("zz") is None
        assert art.claim(None) is None

    def test_answer_may_come_first(self) -> None:
        art = _article(responses=[Response(claim="c1", responds_to="c2")])
        assert art.responses[0].responds_to == "c2"

    def test_every_problem_is_listed_with_its_path(self) -> None:
        with pytest.raises(InvalidModelError) as info:
            _article(
                claims=[
                    Claim(id="c1", speaker="a9", content_span=Span(13, 28)),
                    Claim(id="c1", target="a8", content_span=Span(45, 470)),
                ],
                responses=[Response(claim="c1", responds_to="c7")],
            )
        assert info.value.problems == (
            ("claims[0].speaker", "unknown actor id 'a9'"),
            ("claims[1].id", "duplicate claim id 'c1'"),
            ("claims[1].target", "unknown actor id 'a8'"),
            ("claims[1].content_span", f"span 45-470 ends past the text ({len(TEXT)})"),
            ("responses[0].responds_to", "unknown claim id 'c7'"),
        )

    def test_duplicate_actor_and_mention_past_text(self) -> None:
        with pytest.raises(InvalidModelError) as info:
            _article(
                actors=[
                    Actor(id="a1", name="Ann", mentions=[Span(0, 7)]),
                    Actor(id="a1", name="Bo", mentions=[Span(40, 400)]),
                ],
                claims=[],
                responses=[],
            )
        assert [p for p, _ in info.value.problems] == [
            "actors[1].id",
            "actors[1].mentions[0]",
        ]

    def test_members_must_name_other_actors(self) -> None:
        with pytest.raises(InvalidModelError) as info:
            _article(
                actors=[
                    Actor(id="a1", name="Ann"),
                    Actor(id="g", name="Ann and Bo", members=["a1", "a9", "g"]),
                ],
                claims=[],
                responses=[],
            )
        assert info.value.problems == (
            ("actors[1].members[1]", "unknown actor id 'a9'"),
            ("actors[1].members[2]", "an actor is no member of itself"),
        )

    def test_dateline_must_match_text(self) -> None:
        with pytest.raises(InvalidModelError, match="'Bob' is not the text"):
            _article(dateline=Dateline(location="Bob", span=Span(0, 3)))
        art = _article(dateline=Dateline(location="Ann", span=Span(0, 3)))
        assert art.dateline is not None

    def test_items_must_have_the_right_type(self) -> None:
        with pytest.raises(InvalidModelError, match=r"^claims\[0\]: must be a Claim"):
            _article(claims=["c1"], responses=[])
