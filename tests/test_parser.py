"""parse_article: total on any text, spans exact, deterministic, picklable."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims import Article, Parser, parse_article
from newsclaims.examples import seed_article
from newsclaims.lexicons import Lexicons
from newsclaims.model import AttributionType, Claim, ClaimMode, Quantity, Span
from newsclaims.parser import _resolved

QUOTE_MARKS = "\"'“”‘’«»"
PIECES = [
    *QUOTE_MARKS, " ", ",", ".", ":", "\n", "\n\n", "\t", "\x00", "\x1b", "—", "said",
    "told", "that", "according to", "He", "Ann Lee", "the minister", "U.S.", "Mr.",
    "(Reuters)", "WASHINGTON", "–", "denied", "In response", "accused", "of", "3.5%",
    "at least 155", "Пекин", "北京", "😀",
]  # fmt: skip
NEWSY = st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join)


Parser()  # build the patterns once, before any test is timed


def _spans_inside(article: Article) -> None:
    size = len(article.text)
    for c in article.claims:
        for s in (c.speaker_span, c.cue_span, c.content_span, *c.content_parts):
            assert s is None or 0 <= s.start <= s.end <= size


class TestParseArticle:
    @given(st.text())
    def test_total_on_any_text(self, text: str) -> None:
        article = parse_article(text)
        assert article.text == text
        _spans_inside(article)

    @given(NEWSY)
    def test_total_on_newsy_text(self, text: str) -> None:
        article = parse_article(text)
        _spans_inside(article)
        assert parse_article(text) == article  # deterministic

    @pytest.mark.parametrize(
        "text",
        [
            "",
            " ",
            '"' * 100_000,
            "“" * 50_000 + "”" * 50_000,
            ("He said that " * 8_000)[:100_000],
            ("a" * 99_999) + '"',
            ("“Yes,” said Ann Lee. " * 5_000),
            ("\x00\x01\x02 said \u2028 “ " * 10_000),
            ("A, " * 34_000),
        ],
        ids=[
            "empty",
            "space",
            "straight-marks",
            "curly-marks",
            "said-that",
            "letters",
            "many-quotes",
            "control",
            "commas",
        ],
    )
    def test_total_on_long_hostile_text(self, text: str) -> None:
        article = parse_article(text)
        _spans_inside(article)

    @pytest.mark.parametrize("bad", [b"bytes", None, 3, ["text"]], ids=repr)
    def test_non_str_is_a_type_error(self, bad: object) -> None:
        with pytest.raises(TypeError, match=f"got {type(bad).__name__}$"):
            parse_article(bad)  # type: ignore[arg-type]

    def test_id_is_kept(self) -> None:
        assert parse_article("x", id="doc-9").id == "doc-9"
        with pytest.raises(TypeError, match="id must be a str"):
            parse_article("x", id=9)  # type: ignore[arg-type]

    @settings(max_examples=30)
    @given(
        prefix=st.text(st.sampled_from("abc \n"), max_size=30).map(
            lambda s: s + "\n\n"
        ),
        body=st.sampled_from(
            [
                '"We are ready," said Ann Lee.',
                "Bo Park said that the bridge would open in May.",
                "According to the ministry, the talks failed.",
            ]
        ),
    )
    def test_a_prefix_shifts_every_span(self, prefix: str, body: str) -> None:
        alone = parse_article(body)
        shifted = parse_article(prefix + body)
        k = len(prefix)
        assert [c.content_span.shift(k) for c in alone.claims] == [
            c.content_span for c in shifted.claims
        ]
        assert len(alone.claims) >= 1


NAMES = ["Ann Lee", "Bo Park", "Carla Mendes", "Dmitri Volkov"]
NO_QUOTES = st.characters(
    exclude_characters="\"'“”‘’«»„‟‹›`", exclude_categories=("Cc", "Cs", "Zl", "Zp")
)


@given(
    who=st.sampled_from(NAMES),
    words=st.text(
        st.sampled_from("abcdefgh ijk lmnop"), min_size=3, max_size=60
    ).filter(lambda s: s.strip() == s and len(s.strip()) >= 3),
)
def test_planted_quote_is_found(who: str, words: str) -> None:
    head = 'The council met on Monday. "'
    text = f'{head}{words}," said {who}.'
    found = {c.content_span for c in parse_article(text).claims}
    assert any(s.start == len(head) and s.end == len(head) + len(words) for s in found)


class TestParser:
    def test_pickles_and_parses_the_same(self) -> None:
        parser = Parser()
        clone = pickle.loads(pickle.dumps(parser))
        text = '"We will win," said Ann Lee. Bo Park said that he disagreed.'
        assert clone.parse(text) == parser.parse(text)
        assert clone == parser

    def test_unpickled_parsers_share_compiled_rules(self) -> None:
        parser = Parser()
        a, b = (pickle.loads(pickle.dumps(parser)) for _ in range(2))
        assert a._claim_rules is b._claim_rules is parser._claim_rules

    def test_other_lexicons_get_their_own_rules(self) -> None:
        extra = Parser(lexicons=Lexicons.default().extended(cue_verbs=["opine"]))
        assert extra._claim_rules is not Parser()._claim_rules
        text = "Ann Lee opined that the bridge was unsafe."
        assert [c.content_span.of(text) for c in extra.parse(text).claims] == [
            "the bridge was unsafe"
        ]

    def test_default_parser_is_shared(self) -> None:
        text = "According to Ann Lee, the vote was close."
        assert Parser().parse(text) == parse_article(text)


def test_resolved_is_evolve() -> None:
    """``_resolved`` copies every field of a claim (a new field must be added to it)."""
    assert [f.name for f in attrs.fields(Claim)] == [
        "id",
        "speaker",
        "speaker_span",
        "cue_span",
        "content_span",
        "content_parts",
        "mode",
        "hedged",
        "target",
        "rule",
        "quantities",
        "attribution",
    ]
    claim = Claim(
        id="c0",
        speaker_span=Span(0, 3),
        cue_span=Span(4, 8),
        content_span=Span(9, 30),
        content_parts=(Span(9, 15), Span(20, 30)),
        mode=ClaimMode.MIXED,
        hedged=True,
        rule="r",
        quantities=(Quantity(span=Span(10, 12), value=Decimal("1.5")),),
        attribution=AttributionType.INTENTION,
    )
    got = _resolved(claim, "c4", "a1", "a2")
    assert got == attrs.evolve(claim, id="c4", speaker="a1", target="a2")


def test_bundled_seed_gold_is_the_bundled_article(seed_gold: dict[str, Any]) -> None:
    """tests/data/seed-gold.json annotates exactly the article the library ships."""
    assert seed_gold["text"] == seed_article()
    for claim in seed_gold["claims"]:
        start, end = claim["content_span"]
        assert 0 <= start < end <= len(seed_gold["text"])


def test_one_layout_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser computes the text layout of an article once and hands it to the
    dateline, the claim rules and the responses stage, which compute none of their
    own."""
    from newsclaims import parser as parser_module  # noqa: PLC0415
    from newsclaims.rules.claims import extract  # noqa: PLC0415
    from newsclaims.rules.responses import _text  # noqa: PLC0415
    from newsclaims.rules.text import dateline, layout  # noqa: PLC0415

    made: list[str] = []
    found: list[Sequence[Span]] = []

    def counted(
        text: str,
        lexicons: Lexicons | None = None,
        paras: tuple[Span, ...] | None = None,
    ) -> layout.Layout:
        made.append(text)
        return layout.layout(text, lexicons, paras)

    def dated(text: str, paras: Sequence[Span] | None = None) -> object:
        assert paras is not None, "the dateline looked for paragraphs of its own"
        found.append(paras)
        return dateline.find_dateline(text, paras)

    def refused(*_: object) -> layout.Layout:
        raise AssertionError("a stage computed a layout of its own")

    monkeypatch.setattr(parser_module, "layout", counted)
    monkeypatch.setattr(extract, "_layout", refused)
    monkeypatch.setattr(_text, "layout", refused)
    monkeypatch.setattr(parser_module, "find_dateline", dated)
    text = (
        "Bo Park said the mill polluted the river. In response, Ann Lee said the "
        "mill was clean."
    )
    article = Parser().parse(text)
    assert made == [text]
    assert found == [layout.layout(text).paragraphs]
    assert [(r.claim, r.responds_to) for r in article.responses] == [("c2", "c1")]


_WITH_CAPITALS = (
    "PORTVALE, Nov 3 (Wire) - Bo Park said the mill polluted the river.\n\n"
    "ANN LEE SAID THE MILL WAS CLEAN.\n\n"
    '"We will appeal," Park said.'
)


@pytest.mark.parametrize(
    ("text", "splits"),
    [
        pytest.param(
            "PORTVALE, Nov 3 (Wire) - Bo Park said the mill polluted the river.\n\n"
            '"We will appeal," Park said. Ann Lee denied it.',
            2,  # and the text without its dateline
            id="dateline",
        ),
        pytest.param(
            "Bo Park said the mill polluted the river.\n\nAnn Lee denied it.",
            1,
            id="plain",
        ),
        pytest.param(
            "WATCH: the hearing\n\nBo Park said the mill polluted the river.\n\n"
            "Ann Lee denied it.",
            4,  # the text without its furniture line, twice for the dateline
            id="furniture",
        ),
        pytest.param(_WITH_CAPITALS, 3, id="capitals"),  # and the recased text
    ],
)
def test_one_paragraph_split_per_text(
    monkeypatch: pytest.MonkeyPatch, text: str, splits: int
) -> None:
    """The paragraphs of a text are split once and handed to every step that reads
    that same text (furniture, dateline, capitals, layout); the article is the one
    each step finds splitting on its own."""
    from newsclaims import parser as parser_module  # noqa: PLC0415
    from newsclaims.rules.text import (  # noqa: PLC0415
        capitals,
        dateline,
        furniture,
        layout,
    )

    expected = Parser().parse(text)
    calls: list[str] = []
    split = layout.paragraphs

    def counted(text: str, limit: int | None = None) -> tuple[Span, ...]:
        calls.append(text)
        return split(text, limit)

    for module in (parser_module, capitals, dateline, furniture, layout):
        monkeypatch.setattr(module, "paragraphs", counted)
    assert Parser().parse(text) == expected
    assert len(calls) == splits
