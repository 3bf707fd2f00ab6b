"""Streaming batches: parse_records, parse_jsonl_lines and RecordStats."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator

import pytest
import regex

import newsclaims
from newsclaims import Parser, parse_article, to_dict
from newsclaims.batch import RecordStats, parse_jsonl_lines, parse_records
from newsclaims.lexicons import Lexicons

YES = '"Yes," said Ann Lee.'
RAIN = "Bo Park said that it rained."


class _FailsOnBoom(Parser):
    """A parser with a bug: it raises on the text "boom"."""

    def parse(self, text: str, *, id: str | None = None) -> newsclaims.Article:  # noqa: A002
        if text == "boom":
            raise RuntimeError("rule exploded")
        return super().parse(text, id=id)


class TestParseRecords:
    def test_is_the_public_one(self) -> None:
        assert newsclaims.parse_records is parse_records

    def test_lazy_in_order_with_error_records(self) -> None:
        def records() -> Iterator[object]:
            yield {"id": "1", "text": YES, "source": "x"}
            yield {"id": "2", "text": None}
            yield "not a record"
            yield {"id": "4", "text": RAIN}

        out = parse_records(records(), keep=["source"])  # type: ignore[arg-type]
        first = next(out)
        assert first["id"] == "1"
        assert first["source"] == "x"
        rest = list(out)
        assert rest[0] == {
            "id": "2",
            "error": "record '2': text must be a str, got NoneType",
        }
        assert rest[1] == {"id": None, "error": "record 2: expected a mapping, got str"}
        assert rest[2]["id"] == "4"
        assert len(rest[2]["claims"]) == 1

    def test_output_is_the_dict_of_the_article(self) -> None:
        text = '"No," said Bo Park.'
        [out] = parse_records([{"id": "z", "text": text}])
        assert out == to_dict(parse_article(text, id="z"))

    def test_reads_nothing_ahead(self) -> None:
        pulled: list[int] = []

        def records() -> Iterator[dict[str, str]]:
            for n in range(5):
                pulled.append(n)
                yield {"id": str(n), "text": RAIN}

        out = parse_records(records())
        assert pulled == []
        assert next(out)["id"] == "0"
        assert pulled == [0]
        assert next(out)["id"] == "1"
        assert pulled == [0, 1]

    def test_an_endless_stream_is_fine(self) -> None:
        endless = itertools.repeat({"id": "same", "text": YES})
        out = list(itertools.islice(parse_records(endless), 3))
        assert [o["id"] for o in out] == ["same", "same", "same"]

    @pytest.mark.parametrize(
        ("record", "expected"),
        [
            ("text", {"id": None, "error": "record 0: expected a mapping, got str"}),
            (None, {"id": None, "error": "record 0: expected a mapping, got NoneType"}),
            (
                [("id", "a"), ("text", "x")],
                {"id": None, "error": "record 0: expected a mapping, got list"},
            ),
            (
                {"id": "a"},
                {"id": "a", "error": "record 'a': text must be a str, got nothing"},
            ),
            (
                {"id": "a", "text": b"x"},
                {"id": "a", "error": "record 'a': text must be a str, got bytes"},
            ),
            (
                {"text": 3},
                {"id": None, "error": "record 0: text must be a str, got int"},
            ),
            (
                {"id": 7, "text": None},
                {"id": 7, "error": "record 7: text must be a str, got NoneType"},
            ),
        ],
        ids=["str", "none", "list", "no-text", "bytes", "no-id", "int-id"],
    )
    def test_error_records(self, record: object, expected: dict[str, object]) -> None:
        assert list(parse_records([record])) == [expected]  # type: ignore[list-item]

    def test_records_without_id_are_named_by_position(self) -> None:
        out = list(parse_records([{"text": YES}, {"text": YES}, {"text": 1.5}]))
        assert out[2] == {
            "id": None,
            "error": "record 2: text must be a str, got float",
        }

    def test_keep_copies_fields_also_on_errors(self) -> None:
        records = [
            {"id": "a", "text": YES, "source": "wire", "date": "2024-05-01"},
            {"id": "b", "source": "blog"},
            {"id": "c", "text": RAIN, "date": "2024-05-03"},
        ]
        out = list(parse_records(records, keep=("source", "date")))
        assert (out[0]["source"], out[0]["date"]) == ("wire", "2024-05-01")
        assert out[1] == {
            "id": "b",
            "error": "record 'b': text must be a str, got nothing",
            "source": "blog",
        }
        assert "source" not in out[2]
        assert out[2]["date"] == "2024-05-03"

    def test_non_str_id_is_passed_through(self) -> None:
        [out] = parse_records([{"id": 42, "text": YES}])
        assert out["id"] == 42
        assert out == {**to_dict(parse_article(YES)), "id": 42}

    @pytest.mark.parametrize(
        ("keep", "message"),
        [
            (
                ["source", "claims"],
                (
                    "keep: 'claims' would overwrite the output's own field(s); "
                    "rename the record field(s) before parsing"
                ),
            ),
            (
                ["text", "error"],
                (
                    "keep: 'error', 'text' would overwrite the output's own field(s); "
                    "rename the record field(s) before parsing"
                ),
            ),
        ],
    )
    def test_keep_must_not_overwrite_the_output(
        self, keep: list[str], message: str
    ) -> None:
        with pytest.raises(ValueError, match=f"^{regex.escape(message)}$"):
            parse_records([], keep=keep)  # raised on the call, before any record

    def test_keep_must_not_be_a_str(self) -> None:
        with pytest.raises(
            TypeError,
            match=r"^keep must be a sequence of field names, not the str 'source'$",
        ):
            parse_records([], keep="source")

    def test_uses_the_given_parser(self) -> None:
        text = "Ann Lee gushed that the bridge would open in May."
        parser = Parser(lexicons=Lexicons.default().extended(cue_verbs=["gush"]))
        [default] = parse_records([{"id": "g", "text": text}])
        [custom] = parse_records([{"id": "g", "text": text}], parser=parser)
        assert default["claims"] == []
        assert custom == to_dict(parser.parse(text, id="g"))
        assert len(custom["claims"]) == 1

    def test_a_parser_failure_is_an_error_record(self) -> None:
        records = [
            {"id": "1", "text": "boom"},
            {"text": "boom"},
            {"id": "3", "text": YES},
        ]
        stats = RecordStats()
        out = list(parse_records(records, parser=_FailsOnBoom(), stats=stats))
        assert out[:2] == [
            {
                "id": "1",
                "error": "record '1': the parser failed: RuntimeError: rule exploded",
            },
            {
                "id": None,
                "error": "record 1: the parser failed: RuntimeError: rule exploded",
            },
        ]
        assert out[2] == to_dict(parse_article(YES, id="3"))
        assert stats == RecordStats(parsed=1, failed=2)


class TestParseJsonlLines:
    def test_same_as_parse_records(self) -> None:
        records = [
            {"id": "a", "text": YES, "source": "wire"},
            {"id": "b", "text": RAIN},
            {"id": "c"},
        ]
        lines = [json.dumps(r) + "\n" for r in records]
        out = [json.loads(s) for s in parse_jsonl_lines(lines, keep=["source"])]
        assert out == list(parse_records(records, keep=["source"]))

    def test_yields_one_line_of_json_text_per_record(self) -> None:
        [out] = parse_jsonl_lines(['{"id": "a", "text": "Hi.\\nBye."}\n'])
        assert out == (
            '{"text": "Hi.\\nBye.", "id": "a", "dateline": null, '
            '"actors": [], "claims": [], "responses": [], "timed_out": false, "furniture": []}'
        )

    def test_bad_lines_are_error_records_naming_the_line(self) -> None:
        lines = [
            '{"id": "a", "text": "Hi."}\n',
            "\n",
            "   \n",
            "{not json}\n",
            "[1, 2]\n",
            '{"text": 5}\n',
            '{"id": "g", "text": 5}\n',
        ]
        errors = [json.loads(s).get("error") for s in parse_jsonl_lines(lines)]
        assert errors == [
            None,
            (
                "line 4: not valid JSON: Expecting property name enclosed in double "
                "quotes: line 1 column 2 (char 1)"
            ),
            "line 5: expected a mapping, got list",
            "line 6: text must be a str, got int",
            "record 'g': text must be a str, got int",
        ]

    def test_line_ends_are_optional(self) -> None:
        bare, crlf = parse_jsonl_lines(
            ['{"id": "a", "text": "Hi."}', '{"id": "a", "text": "Hi."}\r\n']
        )
        assert bare == crlf

    def test_non_ascii_is_kept(self) -> None:
        text = '"Ça va," said Zoë Müller.'
        [out] = parse_jsonl_lines([json.dumps({"id": "z", "text": text})])
        assert '"name": "Zoë Müller"' in out
        assert json.loads(out) == to_dict(parse_article(text, id="z"))

    def test_checks_keep_on_the_call(self) -> None:
        with pytest.raises(ValueError, match=r"^keep: 'actors' would overwrite"):
            parse_jsonl_lines([], keep=["actors"])


class TestRecordStats:
    def test_starts_at_zero(self) -> None:
        stats = RecordStats()
        assert (stats.parsed, stats.failed, stats.total) == (0, 0, 0)

    def test_counts_as_records_are_yielded(self) -> None:
        stats = RecordStats()
        out = parse_records([{"text": YES}, {"id": "x"}, {"text": RAIN}], stats=stats)
        assert stats == RecordStats(parsed=0, failed=0)
        next(out)
        assert stats == RecordStats(parsed=1, failed=0)
        next(out)
        assert stats == RecordStats(parsed=1, failed=1)
        list(out)
        assert stats == RecordStats(parsed=2, failed=1)
        assert stats.total == 3

    def test_counts_bad_json_lines_not_blank_ones(self) -> None:
        stats = RecordStats()
        lines = ['{"text": "Hi."}', "", "{", '{"id": 1}', '{"text": "Bye."}']
        assert len(list(parse_jsonl_lines(lines, stats=stats))) == 4
        assert stats == RecordStats(parsed=2, failed=2)

    def test_one_object_can_count_several_streams(self) -> None:
        stats = RecordStats()
        list(parse_records([{"text": YES}], stats=stats))
        list(parse_jsonl_lines(["{}"], stats=stats))
        assert stats == RecordStats(parsed=1, failed=1)
