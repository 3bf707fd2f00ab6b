"""The streaming JSON writer: byte for byte the text of the whole-dict path.

``iterdumps``, ``dumps``, ``parse_jsonl_lines`` and the command line's ``json`` and
``jsonl`` formats write an article item by item (``article_fields``) instead of
building its whole dict. Each is checked here against what the whole dict gives
(``json.dumps(to_dict(a))``, the old path), on generated articles, on parsed odd text
(lone surrogates, astral characters, invisible characters, quotation marks), and
with the batch's ids and kept fields.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import redirect_stdout
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclaims.batch
import newsclaims.serialize
from newsclaims import Article, Claim, Span, dumps, parse_article, to_dict
from newsclaims import strategies as ns
from newsclaims._cli_input import _Input
from newsclaims._cli_output import _Output, _pretty
from newsclaims._unicode import escape_surrogates
from newsclaims.batch import parse_jsonl_lines, parse_records
from newsclaims.serialize import article_fields, iterdumps, json_pieces

# Lone surrogates, astral and invisible characters, quotation marks; a lone high
# surrogate is always followed by a space, so no pair is ever formed.
_ODD = st.sampled_from(
    ["\ud800 ", "\udc80", "\udcff", "\U0001f600", "\u200b", "\ufeff", "é", '"', "\\"]
)
_TEXTS = st.lists(_ODD | st.text(max_size=6), max_size=12).map("".join)
_ARTICLES = st.from_type(Article) | ns.articles(text=_TEXTS)

_SAYINGS = st.sampled_from(
    [
        '"We stay," said Orla Vance.',
        " Tomas Ferrow said the road was shut. ",
        "Dr Ines Kato told reporters that the\u00ad plan was \ud800 dead.\n",
        "\u201cNo,\u201d she said. ",
        "He denied it, \U0001f600 according to the Harbour Board. ",
        "\n\n",
    ]
)
_PARSED = st.lists(_SAYINGS | _ODD, min_size=1, max_size=10).map(
    lambda parts: parse_article("".join(parts))
)


def _whole(article: Article, **kwargs: Any) -> str:
    """The old path: the article's whole dict, then one ``json.dumps``."""
    return json.dumps(to_dict(article), **kwargs)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLES, st.booleans())
def test_iterdumps_is_the_whole_dict_dumped(article: Article, ascii_: bool) -> None:
    expected = _whole(article, ensure_ascii=ascii_)
    assert "".join(iterdumps(article, ensure_ascii=ascii_)) == expected
    assert dumps(article, ensure_ascii=ascii_) == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PARSED)
def test_parsed_odd_text_is_written_the_same(article: Article) -> None:
    assert dumps(article) == _whole(article)
    assert dumps(article, ensure_ascii=False) == _whole(article, ensure_ascii=False)


@given(_ARTICLES)
def test_article_fields_are_to_dict_in_order(article: Article) -> None:
    fields = [
        (name, list(value) if isinstance(value, Iterator) else value)
        for name, value in article_fields(article)
    ]
    assert fields == list(to_dict(article).items())


def test_items_are_made_one_at_a_time() -> None:
    claims = [Claim(id=f"c{i}", content_span=Span(i, i + 1)) for i in range(3)]
    article = Article(text="abc", claims=claims)
    pieces = iterdumps(article)
    head = [next(pieces) for _ in range(5)]  # text, id, dateline, actors, claim 1
    assert head[-1] == ', "claims": [' + json.dumps(to_dict(claims[0]))
    assert "".join(head + list(pieces)) == _whole(article)


def test_dumps_with_other_arguments_is_json_dumps() -> None:
    article = parse_article('"We stay," said Orla Vance.')
    assert dumps(article, indent=2) == _whole(article, indent=2)
    assert dumps(article, sort_keys=True) == _whole(article, sort_keys=True)
    [claim] = article.claims
    assert "".join(iterdumps(claim)) == dumps(claim) == json.dumps(to_dict(claim))


def test_json_pieces_writes_the_tail_at_the_same_depth() -> None:
    tail = {"src": [{"deep": [1, {"x": None}]}], "n": "\u00e9"}
    fields = [("a", iter([{"b": 1}, [2]])), ("c", iter([]))]
    text = "".join(json_pieces(fields, ensure_ascii=False, tail=tail))
    assert text == json.dumps(
        {"a": [{"b": 1}, [2]], "c": [], **tail}, ensure_ascii=False
    )
    assert "".join(json_pieces([])) == "{}"
    assert "".join(json_pieces([], tail={"k": 1})) == '{"k": 1}'


@pytest.fixture
def no_whole_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    """``to_dict`` of an article (the whole dict) fails: only the writer may run."""
    real = newsclaims.serialize.to_dict

    def refuse(obj: object) -> dict[str, Any]:
        if isinstance(obj, Article):
            pytest.fail("the article's whole dict was built")
        return real(obj)

    for module in (newsclaims.serialize, newsclaims.batch):
        monkeypatch.setattr(module, "to_dict", refuse)


@pytest.mark.usefixtures("no_whole_dict")
def test_writers_never_build_the_whole_dict() -> None:
    article = parse_article('"We stay," said Orla Vance. Tomas Ferrow denied it.')
    assert len(article.claims) == 2
    assert loads_back(dumps(article)) == article
    [line] = parse_jsonl_lines([json.dumps({"id": 7, "text": article.text})])
    assert json.loads(line)["id"] == 7
    out = io.StringIO()
    with redirect_stdout(out):
        _Output("jsonl", single=True, out_dir=None).write(_ITEM, article)
    assert out.getvalue().count("\n") == 1


def loads_back(text: str) -> Article:
    return newsclaims.loads(text)


# --- the batch: ids of any JSON type, kept fields, lone surrogates -----------------

_IDS = (
    st.none()
    | st.integers()
    | st.text(min_size=1).filter(str.strip)
    | st.lists(st.booleans(), max_size=2)
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_SAYINGS | _ODD, min_size=1, max_size=8).map("".join),
    _IDS,
    st.dictionaries(
        st.sampled_from(["src", "when", "tags"]), st.text() | st.integers()
    ),
)
def test_jsonl_lines_are_the_records_dumped(
    text: str, rid: object, kept: dict[str, Any]
) -> None:
    record = {"id": rid, "text": text, **kept}
    [want] = parse_records([record], keep=sorted(kept))
    [line] = parse_jsonl_lines([json.dumps(record)], keep=sorted(kept))
    assert line == escape_surrogates(json.dumps(want, ensure_ascii=False))
    line.encode("utf-8")  # valid UTF-8: no raw surrogate


def test_a_kept_field_too_deep_to_write_is_still_an_error_record() -> None:
    deep: object = []
    for _ in range(100_000):
        deep = [deep]
    parsed = newsclaims.batch._Parsed(parse_article("Hi."), "d", {"src": deep})
    out = json.loads(newsclaims.batch._dump(parsed, 3))
    assert out["id"] is None
    assert out["error"].startswith("line 3: cannot write the output: ")


# --- the command line's json and jsonl formats -------------------------------------

_ITEM = _Input(where="<test>", name="t", id=None, text="")


def _written(fmt: str, articles: list[Article], *, single: bool) -> str:
    out = io.StringIO()
    writer = _Output(fmt, single=single, out_dir=None)
    with redirect_stdout(out):
        for article in articles:
            writer.write(_ITEM, article)
        writer.finish()
    return out.getvalue()


def _old_json(articles: list[Article], *, single: bool) -> str:
    """What the command line wrote from the whole dicts."""
    if single:
        return escape_surrogates(_pretty(to_dict(articles[0]))) + "\n"
    if not articles:
        return "[]\n"
    pages = [escape_surrogates(_pretty(to_dict(a), "  ")) for a in articles]
    return "[\n  " + ",\n  ".join(pages) + "\n]\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PARSED | _ARTICLES, max_size=3))
def test_cli_formats_are_written_as_before(articles: list[Article]) -> None:
    jsonl = "".join(
        escape_surrogates(_whole(a, ensure_ascii=False)) + "\n" for a in articles
    )
    assert _written("jsonl", articles, single=False) == jsonl
    assert _written("json", articles, single=False) == _old_json(articles, single=False)
    for article in articles[:1]:
        single = _written("json", [article], single=True)
        assert single == _old_json([article], single=True)
