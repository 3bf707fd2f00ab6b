"""The public strategies: always valid, bad arguments refused, registered by type."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsclaims import Actor, Article, Claim, Dateline, Quantity, Response, Span
from newsclaims import strategies as ns


@given(ns.articles())
def test_articles_are_valid_and_spans_inside(article: Article) -> None:
    size = len(article.text)
    for claim in article.claims:
        assert claim.content_span.end <= size
        assert len(claim.content_span) > 0
    for actor in article.actors:
        assert all(m.end <= size for m in actor.mentions)
    ids = {c.id for c in article.claims}
    for r in article.responses:
        assert {r.claim, r.responds_to} <= ids
        assert r.claim != r.responds_to


@given(st.data())
def test_spans_within(data: st.DataObject) -> None:
    outer = data.draw(ns.spans(text_length=50, min_size=3))
    inner = data.draw(ns.spans(within=outer, min_size=1))
    assert outer.contains(inner)
    assert len(inner) >= 1


@given(ns.claims(text_length=30, actor_ids=["x", "y"]))
def test_claims_point_at_given_actors(claim: Claim) -> None:
    assert claim.speaker in {None, "x", "y"}
    assert claim.target in {None, "x", "y"}
    assert all(claim.content_span.contains(q.span) for q in claim.quantities)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ns.articles(max_claims=-1), "max_claims=-1 must be at least 0"),
        (lambda: ns.spans(text_length=2, min_size=5), "no span of at least 5"),
        (lambda: ns.claims(text_length=0), "text_length=0 must be at least 1"),
        (lambda: ns.responses(claim_ids=["c1"]), "must hold two different ids"),
        (lambda: ns.quantities(within=Span(3, 3)), "is empty"),
        (lambda: ns.actors(max_mentions=1.5), "must be an int"),  # type: ignore[arg-type]
    ],
    ids=[
        "negative-max",
        "span-too-big",
        "no-text",
        "one-claim",
        "empty-within",
        "float",
    ],
)
@given(data=st.data())
def test_bad_arguments(make: object, message: str, data: st.DataObject) -> None:
    with pytest.raises(InvalidArgument, match=message):
        data.draw(make())  # type: ignore[operator]


@pytest.mark.parametrize(
    "cls",
    [Span, Actor, Claim, Quantity, Response, Dateline, Article],
    ids=lambda c: c.__name__,
)
@given(data=st.data())
def test_from_type_gives_valid_objects(cls: type, data: st.DataObject) -> None:
    assert isinstance(data.draw(st.from_type(cls)), cls)


def test_entry_point_registers_without_import(tmp_path: Path) -> None:
    """A project that only installs newsclaims gets st.from_type(Article)."""
    test = tmp_path / "test_user.py"
    test.write_text(
        textwrap.dedent(
            """
            import newsclaims
            from hypothesis import given, settings, strategies as st

            @settings(max_examples=100)
            @given(st.from_type(newsclaims.Article))
            def test_round_trip(article):
                assert newsclaims.loads(newsclaims.dumps(article)) == article
            """
        )
    )
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 passed" in out.stdout
