"""Model, JSON, schema, CLI and HTML of attribution types, furniture and content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclaims import (
    Article,
    AttributionType,
    Claim,
    InvalidModelError,
    Response,
    Span,
    from_dict,
    json_schema,
    parse_article,
    to_dict,
)
from newsclaims.cli import format_table, main
from newsclaims.render import to_html

SPLIT = '"We will stay," said Ann Lee, "and we will fight."'


class TestClaimContent:
    def test_split_quote_reads_without_its_tag(self) -> None:
        [claim] = parse_article(SPLIT).claims
        assert claim.content_parts
        assert claim.content(SPLIT) == "We will stay, and we will fight."
        assert "said" in claim.content_span.of(SPLIT)

    def test_one_piece_is_the_content_span(self) -> None:
        text = "Ann Lee said the talks had failed."
        [claim] = parse_article(text).claims
        assert claim.content(text) == claim.content_span.of(text)

    def test_table_and_html_show_the_joined_content(self) -> None:
        art = parse_article(SPLIT)
        assert "We will stay, and we will fight." in format_table(art)
        assert "We will stay, and we will fight." in to_html(art)


def _article() -> Article:
    text = "Ann Lee thinks it will rain. Bo Park said it will not."
    return Article(
        text=text,
        claims=[
            Claim(
                id="c1", content_span=Span(15, 27), attribution=AttributionType.BELIEF
            ),
            Claim(id="c2", content_span=Span(43, 54)),
        ],
        responses=[Response(claim="c2", responds_to="c1")],
        furniture=[Span(0, 3)],
    )


class TestModel:
    def test_default_is_assertion(self) -> None:
        assert (
            Claim(id="c", content_span=Span(0, 1)).attribution
            is AttributionType.ASSERTION
        )

    def test_attribution_must_be_the_enum(self) -> None:
        with pytest.raises(TypeError):
            Claim(id="c", content_span=Span(0, 1), attribution="belief")  # type: ignore[arg-type]

    def test_only_keeps_claims_of_the_types_and_their_responses(self) -> None:
        art = _article()
        kept = art.only("assertion")
        assert [c.id for c in kept.claims] == ["c2"]
        assert kept.responses == ()
        assert art.only(AttributionType.ASSERTION, "belief") == art
        with pytest.raises(ValueError, match="bogus"):
            art.only("bogus")

    def test_furniture_must_be_sorted_and_inside_the_text(self) -> None:
        with pytest.raises(InvalidModelError, match="furniture"):
            Article(text="abc def", furniture=[Span(4, 6), Span(0, 2)])
        with pytest.raises(InvalidModelError, match="furniture"):
            Article(text="abc", furniture=[Span(1, 9)])


class TestJson:
    def test_round_trip(self) -> None:
        art = _article()
        doc = to_dict(art)
        assert doc["furniture"] == [[0, 3]]
        assert [c["attribution"] for c in doc["claims"]] == ["belief", "assertion"]
        assert from_dict(doc) == art

    def test_documents_without_the_new_fields_still_load(self) -> None:
        doc = to_dict(_article())
        del doc["furniture"]
        for c in doc["claims"]:
            del c["attribution"]
        art = from_dict(doc)
        assert art.furniture == ()
        assert {c.attribution for c in art.claims} == {AttributionType.ASSERTION}

    def test_unknown_type_is_an_error(self) -> None:
        doc = to_dict(_article())
        doc["claims"][0]["attribution"] = "rumour"
        with pytest.raises(ValueError, match="attribution"):
            from_dict(doc)

    def test_schema(self) -> None:
        defs = json_schema()["$defs"]
        assert defs["Claim"]["properties"]["attribution"]["enum"] == [
            t.value for t in AttributionType
        ]
        assert "attribution" not in defs["Claim"]["required"]
        assert defs["Article"]["properties"]["furniture"]["type"] == "array"


class TestCli:
    def test_only_assertion(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        src = tmp_path / "a.txt"
        src.write_text(
            "Ann Lee thinks it will rain. Bo Park said it will not.\n", "utf-8"
        )
        assert main(["parse", str(src)]) == 0
        every = json.loads(capsys.readouterr().out)
        assert [c["attribution"] for c in every["claims"]] == ["belief", "assertion"]
        assert main(["parse", "--only", "assertion", str(src)]) == 0
        said = json.loads(capsys.readouterr().out)
        assert [c["attribution"] for c in said["claims"]] == ["assertion"]
        assert main(["parse", "--only", "belief,assertion", str(src)]) == 0
        assert len(json.loads(capsys.readouterr().out)["claims"]) == 2

    def test_unknown_type_is_a_usage_error(self, tmp_path: Path) -> None:
        with pytest.raises(SystemExit) as e:
            main(["parse", "--only", "rumour", str(tmp_path / "x.txt")])
        assert e.value.code == 2

    def test_table_names_the_type_of_a_non_assertion(self) -> None:
        table = format_table(parse_article("Ann Lee thinks it will rain."))
        assert "(indirect, belief)" in table


class TestHtml:
    def test_filter_and_types(self) -> None:
        page = to_html(_article())
        assert page.count('type="radio"') == 2
        assert 'data-attribution="belief"' in page
        assert "assertions only (1)" in page
        assert "<script" not in page

    def test_furniture_is_marked(self) -> None:
        page = to_html(_article())
        assert 'class="nc-furniture' in page
