"""Strict JSON: round trips, the error report, the schema."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import (
    Actor,
    Article,
    Claim,
    Dateline,
    DocumentError,
    Quantity,
    Response,
    Span,
    dumps,
    explain,
    from_dict,
    json_schema,
    loads,
    make_converter,
    to_dict,
)
from newsclaims import strategies as ns

MODEL_TYPES = [Article, Actor, Claim, Response, Quantity, Dateline]


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_round_trip_every_type(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    assert from_dict(to_dict(obj), cls) == obj
    assert loads(dumps(obj), cls) == obj


@given(st.from_type(Article))
def test_dumped_articles_validate_against_the_schema(article: Article) -> None:
    jsonschema.validate(json.loads(dumps(article)), json_schema())


def test_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_schema_refuses_what_from_dict_refuses() -> None:
    doc = to_dict(Article(text="x"))
    doc["bogus"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json_schema())


def test_spans_are_pairs_and_decimals_strings() -> None:
    art = Article(
        text="up 3.50% today",
        claims=[
            Claim(
                id="c1",
                content_span=Span(0, 14),
                quantities=[Quantity(span=Span(3, 8), value=Decimal("3.50"), unit="%")],
            )
        ],
    )
    doc = to_dict(art)
    assert doc["claims"][0]["content_span"] == [0, 14]
    assert doc["claims"][0]["quantities"][0]["value"] == "3.50"
    assert doc["claims"][0]["mode"] == "indirect"
    assert type(doc["claims"][0]["mode"]) is str
    assert from_dict(doc) == art


def test_span_objects_are_accepted() -> None:
    doc = {
        "text": "abc",
        "claims": [{"id": "c", "content_span": {"start": 0, "end": 2}}],
    }
    assert from_dict(doc).claims[0].content_span == Span(0, 2)


def test_gold_style_document_reads() -> None:
    doc = {
        "text": "Ann said yes.",
        "id": "d1",
        "dateline": None,
        "actors": [{"id": "a", "name": "Ann", "kind": "person", "mentions": [[0, 3]]}],
        "claims": [
            {
                "id": "c",
                "speaker": "a",
                "speaker_span": [0, 3],
                "cue_span": [4, 8],
                "content_span": [9, 12],
                "mode": "indirect",
            }
        ],
        "responses": [],
    }
    art = from_dict(doc)
    assert art.claims[0].cue_span is not None
    assert art.claims[0].cue_span.of(art.text) == "said"


VALID: dict[str, Any] = {
    "text": "Ann Lee said no. Bo Park said yes.",
    "actors": [
        {"id": "a1", "name": "Ann Lee", "mentions": [[0, 7]]},
        {"id": "a2", "name": "Bo Park", "mentions": [[17, 24]]},
    ],
    "claims": [
        {"id": "c1", "speaker": "a1", "content_span": [13, 15]},
        {"id": "c2", "speaker": "a2", "content_span": [30, 33]},
    ],
    "responses": [{"claim": "c2", "responds_to": "c1", "kind": "rebuttal"}],
}


def _mutated(path: str, value: object) -> dict[str, Any]:
    doc = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    node: Any = doc
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    if value is KeyError:
        del node[last]
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return doc


MUTATIONS = [
    ("wrong-type-int", "claims.0.id", 3, "$.claims[0].id: expected str, got int 3"),
    (
        "string-for-int",
        "claims.0.content_span",
        ["13", 15],
        "$.claims[0].content_span: span start must be an int, got str '13'",
    ),
    (
        "missing-field",
        "claims.1.content_span",
        KeyError,
        "$.claims[1].content_span: required field missing",
    ),
    (
        "span-past-text",
        "claims.1.content_span",
        [30, 99],
        "$.claims[1].content_span: span 30-99 ends past the text (34)",
    ),
    (
        "dangling-speaker",
        "claims.1.speaker",
        "a7",
        "$.claims[1].speaker: unknown actor id 'a7'",
    ),
    (
        "dangling-response",
        "responses.0.responds_to",
        "c9",
        "$.responses[0].responds_to: unknown claim id 'c9'",
    ),
    (
        "duplicate-actor",
        "actors.1.id",
        "a1",
        (
            "$.actors[1].id: duplicate actor id 'a1'\n"
            "$.claims[1].speaker: unknown actor id 'a2'"
        ),
    ),
    (
        "unknown-key",
        "claims.0.confidence",
        0.9,
        "$.claims[0]: unknown field(s): confidence",
    ),
    (
        "bad-enum",
        "responses.0.kind",
        "agreement",
        (
            "$.responses[0].kind: expected one of 'denial', 'rebuttal', 'concern', "
            "'condemnation', 'support', 'clarification', 'other', got 'agreement'"
        ),
    ),
    (
        "end-before-start",
        "actors.0.mentions.0",
        [7, 0],
        "$.actors[0].mentions[0]: end 0 is before start 7",
    ),
    ("array-expected", "claims", {"c1": 1}, "$.claims: expected an array, got dict"),
]


class TestFromDict:
    def test_valid_document(self) -> None:
        art = from_dict(VALID)
        assert art.responses[0].responds_to == "c1"

    @pytest.mark.parametrize(
        ("path", "value", "message"),
        [m[1:] for m in MUTATIONS],
        ids=[m[0] for m in MUTATIONS],
    )
    def test_mutation_names_the_path(
        self, path: str, value: object, message: str
    ) -> None:
        with pytest.raises(DocumentError) as info:
            from_dict(_mutated(path, value))
        assert info.value.errors == tuple(message.split("\n"))

    def test_every_problem_at_once(self) -> None:
        doc = _mutated("claims.0.id", 3)
        doc["claims"][1]["hedged"] = "yes"
        doc["source"] = "x"
        with pytest.raises(DocumentError) as info:
            from_dict(doc)
        assert info.value.errors == (
            "$.claims[0].id: expected str, got int 3",
            "$.claims[1].hedged: expected bool, got str 'yes'",
            "$: unknown field(s): source",
        )
        assert str(info.value).startswith(
            "3 problems in the document:\n  $.claims[0].id"
        )

    def test_not_an_object(self) -> None:
        with pytest.raises(DocumentError, match=r"\$: expected an object, got list"):
            from_dict([VALID])

    def test_only_model_types(self) -> None:
        with pytest.raises(TypeError, match="cannot build"):
            from_dict({}, dict)

    def test_bad_json(self) -> None:
        with pytest.raises(DocumentError, match=r"\$: not valid JSON"):
            loads("{")

    def test_explain_lists_paths(self) -> None:
        with pytest.raises(DocumentError) as info:
            from_dict({"text": "x", "bogus": 1})
        assert explain(info.value.__cause__) == ["$: unknown field(s): bogus"]  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", ["3", 3.0, True, None], ids=repr)
    def test_no_coercion_of_ints(self, value: object) -> None:
        doc = _mutated("claims.0.content_span", [value, 15])
        with pytest.raises(DocumentError, match="span start must be an int"):
            from_dict(doc)


class TestToDict:
    def test_refuses_other_things(self) -> None:
        with pytest.raises(TypeError, match="got dict"):
            to_dict({"text": "x"})

    def test_every_field_always_present(self) -> None:
        doc = to_dict(Claim(id="c", content_span=Span(0, 1)))
        assert list(doc) == [
            "id", "speaker", "speaker_span", "cue_span", "content_span",
            "content_parts", "mode", "hedged", "target", "rule", "quantities",
            "attribution",
        ]  # fmt: skip

    def test_make_converter_gives_a_private_copy(self) -> None:
        conv = make_converter()
        conv.register_unstructure_hook(Span, lambda s: {"from": s.start, "to": s.end})
        assert conv.unstructure(Span(1, 2)) == {"from": 1, "to": 2}
        assert to_dict(Actor(id="a", name="b", mentions=[Span(1, 2)]))["mentions"] == [
            [1, 2]
        ]


@given(ns.articles())
def test_strategy_articles_round_trip(article: Article) -> None:
    assert loads(dumps(article)) == article
