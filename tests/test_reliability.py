"""Issue 19: no input stops a batch, no output is invalid, nothing is lost or changed.

One class per numbered case of the issue; the command-line cases run ``newsclaims`` in
a subprocess, as a user would. Every name and sentence here is invented.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
import warnings
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims import (
    Article,
    DocumentError,
    InputTooLongError,
    InvalidModelError,
    Parser,
    _regex,
    dumps,
    from_dict,
    json_schema,
    loads,
    parse_article,
    parse_jsonl_lines,
    parse_records,
    to_dict,
)

QUOTE = '"The dam will hold," said Orla Vance.'
NESTED = "[" * 100_000
BIG = "1" * 5_000


def _cli(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclaims", *args],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=cwd,
    )


def _jsonl(path: Path, *lines: str) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _record(rid: str, text: str = QUOTE) -> str:
    return json.dumps({"id": rid, "text": text})


# --- 1. a record-level failure never stops a batch -------------------------------


class TestRecordFailures:
    HOSTILE = (NESTED, '{"id": "n", "text": ' + BIG + "}", '{"text": ' + NESTED)

    def test_loads_raises_only_document_error(self) -> None:
        for text in (*self.HOSTILE, BIG, "{" * 5_000, b"\xff\xfe\x00", "nul\x00"):
            with pytest.raises(DocumentError):
                loads(text)

    def test_parse_jsonl_lines_goes_on(self) -> None:
        lines = [_record("a"), *self.HOSTILE, _record("b")]
        outs = [json.loads(o) for o in parse_jsonl_lines(lines)]
        assert len(outs) == len(lines)
        assert [o.get("id") for o in outs] == ["a", None, None, None, "b"]
        assert [("error" in o) for o in outs] == [False, True, True, True, False]
        assert "nested too deeply" in outs[1]["error"]
        assert "line 3: not valid JSON" in outs[2]["error"]
        # a number too long for Python is said plainly, with no interpreter advice
        assert "a whole number of more than 4,300 digits" in outs[2]["error"]
        assert "set_int_max_str_digits" not in outs[2]["error"]

    def test_cli_parse_and_validate_go_on(self, tmp_path: Path) -> None:
        name = _jsonl(tmp_path / "d.jsonl", _record("a"), *self.HOSTILE, _record("b"))
        for fmt in ("jsonl", "json", "table"):
            done = _cli("parse", "--jsonl", "--format", fmt, name)
            assert done.returncode == 1
            assert b"Traceback" not in done.stderr
            assert len(done.stderr.decode().splitlines()) == 3
            assert done.stdout.count(b"Orla Vance") >= 2
        done = _cli("validate", name)
        assert done.returncode == 1
        assert b"Traceback" not in done.stderr
        out = done.stdout.decode().splitlines()
        assert out[-1] == "5 documents, 3 invalid"
        assert any(":2: not JSON: nested too deeply" in line for line in out)
        assert any(
            ":3: not JSON: a whole number of more than 4,300" in ln for ln in out
        )


# --- 2. output is valid UTF-8; lone surrogates are escaped -----------------------


class TestSurrogates:
    TEXT = "Orla Vance said the gauge read \ud800 and \udc80 \udcff today."

    def test_jsonl_lines_escape_them(self) -> None:
        [out] = parse_jsonl_lines([json.dumps({"id": "s", "text": self.TEXT})])
        out.encode("utf-8")  # would raise on a raw surrogate
        assert "\\ud800" in out
        assert loads(out).text == self.TEXT

    def test_cli_writes_valid_utf8_in_every_format(self, tmp_path: Path) -> None:
        name = _jsonl(
            tmp_path / "d.jsonl",
            json.dumps({"id": "s", "text": self.TEXT}),
            _record("ok"),
        )
        for fmt in ("jsonl", "json", "table"):
            done = _cli("parse", "--jsonl", "--format", fmt, name)
            assert (done.returncode, done.stderr) == (0, b"")
            done.stdout.decode("utf-8")  # strict: no surrogate bytes
        done = _cli("parse", "--jsonl", name)
        out = tmp_path / "out.jsonl"
        out.write_bytes(done.stdout)
        first = json.loads(done.stdout.splitlines()[0])
        assert first["text"] == self.TEXT
        checked = _cli("validate", str(out))
        assert checked.stdout == b"2 documents, 0 invalid\n"
        pages = _cli("parse", "--jsonl", "--format", "html", "--output-dir",
                     str(tmp_path / "pages"), name)  # fmt: skip
        assert pages.returncode == 0
        (tmp_path / "pages" / "s.html").read_text(encoding="utf-8")


# --- 3. a surrogate pair held as two code points keeps every span ------------------

_PAIRS = st.sampled_from(["\ud83d\ude00", "\ud835\udc00", "\U0001f600", "é"])
_WORDS = st.sampled_from(
    ['"We stay," said Orla Vance.', " Tomas Ferrow said the road was shut. ", "\n"]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS | _PAIRS, max_size=12).map("".join))
def test_round_trip_with_surrogate_pairs(text: str) -> None:
    article = parse_article(text)
    assert loads(dumps(article)) == article
    assert loads(dumps(article, ensure_ascii=False)) == article
    for claim in article.claims:
        assert claim.content_span.of(article.text)


def test_a_pair_is_joined_and_spans_index_the_joined_text() -> None:
    text = '\ud83d\ude00 "We stay," said Orla Vance.'
    article = parse_article(text)
    assert article.text == '\U0001f600 "We stay," said Orla Vance.'
    [claim] = article.claims
    assert claim.content_span.of(article.text) == "We stay"
    assert loads(dumps(article)) == article


def test_the_model_refuses_a_pair_as_two_code_points() -> None:
    with pytest.raises(InvalidModelError, match="surrogate pair"):
        Article(text="a\ud83d\ude00b")
    assert Article(text="a\ud800b\udc80").text == "a\ud800b\udc80"  # lone: kept


# --- 4. pages: atomic, never through a link, no overwrite, Ctrl-C -----------------


class TestPages:
    def test_no_overwrite_and_never_through_a_link(self, tmp_path: Path) -> None:
        src = _jsonl(tmp_path / "d.jsonl", _record("x"), _record("y"))
        out = tmp_path / "out"
        out.mkdir()
        victim = tmp_path / "victim.txt"
        victim.write_text("keep me", encoding="utf-8")
        (out / "x.html").symlink_to(victim)
        (out / "y.html").write_text("old", encoding="utf-8")
        argv = ("parse", "--jsonl", "--format", "html", "--output-dir", str(out), src)
        done = _cli(*argv)
        assert done.returncode == 1
        assert done.stderr.decode().count("already exists (use --force") == 2
        assert (out / "y.html").read_text(encoding="utf-8") == "old"
        done = _cli(*argv, "--force")
        assert (done.returncode, done.stderr) == (0, b"")
        assert victim.read_text(encoding="utf-8") == "keep me"
        assert not (out / "x.html").is_symlink()
        assert "Orla Vance" in (out / "x.html").read_text(encoding="utf-8")
        assert sorted(p.name for p in out.iterdir()) == ["x.html", "y.html"]

    def test_ctrl_c_leaves_no_partial_page_and_exits_130(self, tmp_path: Path) -> None:
        src = _jsonl(
            tmp_path / "d.jsonl", *(_record(f"r{i}", QUOTE * 40) for i in range(3000))
        )
        out = tmp_path / "out"
        with subprocess.Popen(
            [sys.executable, "-m", "newsclaims", "parse", "--jsonl", "--format",
             "html", "--output-dir", str(out), src],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        ) as proc:  # fmt: skip
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and len(list(out.glob("*.html"))) < 3:
                time.sleep(0.05)
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130
        assert b"Traceback" not in err
        assert not [p for p in out.iterdir() if not p.name.endswith(".html")]
        for page in out.iterdir():
            assert page.read_text(encoding="utf-8").endswith("</html>\n")

    def test_ctrl_c_while_loading_exits_130(self, tmp_path: Path) -> None:
        src = tmp_path / "a.txt"
        src.write_text(QUOTE, encoding="utf-8")
        # no pattern cache: the patterns compile for seconds, so the signal lands
        # while they do (with a warm cache the whole run takes less than the delay).
        # The child says when the command line is loaded, so a slow start of the
        # interpreter on a loaded machine cannot put the signal before it: a Ctrl-C
        # there is Python's own (see docs/reliability.md).
        env = {**os.environ, "NEWSCLAIMS_CACHE_DIR": ""}
        child = (
            "import sys; from newsclaims.cli import main; "
            "print('ready', file=sys.stderr, flush=True); "
            f"sys.exit(main(['parse', {str(src)!r}]))"
        )
        for delay in (0.2, 1.0):
            with subprocess.Popen(
                [sys.executable, "-c", child],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
            ) as proc:  # fmt: skip
                assert proc.stderr is not None
                assert proc.stderr.readline() == b"ready\n"
                time.sleep(delay)
                proc.send_signal(signal.SIGINT)
                out, err = proc.communicate(timeout=120)
            if proc.returncode == 0:  # it finished before the signal: a fast machine
                assert b"Orla Vance" in out
                continue
            assert proc.returncode == 130, err
            assert b"Traceback" not in err


# --- 5. invisible format characters and a BOM change nothing that is found -------

_INVISIBLE = ["\ufeff", "\u200b", "\u200e", "\u200f", "\u2060", "\u00ad", "\u202a"]


class TestInvisible:
    @pytest.mark.parametrize("mark", _INVISIBLE)
    def test_next_to_a_quote_mark(self, mark: str) -> None:
        plain = parse_article(QUOTE)
        text = QUOTE.replace('," said', f',{mark}" said')
        article = parse_article(text)
        assert article.text == text
        assert [c.content_span.of(text) for c in article.claims] == [
            "The dam will hold"
        ]
        assert [a.name for a in article.actors] == [a.name for a in plain.actors]

    def test_bom_and_a_soft_hyphen_inside_the_cue(self) -> None:
        text = '\ufeff"The dam will hold," sa\u00adid Orla\u200b Vance.'
        [claim] = parse_article(text).claims
        assert claim.cue_span is not None
        assert claim.speaker_span is not None
        assert claim.cue_span.of(text) == "sa\u00adid"
        assert claim.speaker_span.of(text) == "Orla\u200b Vance"
        assert claim.content_span.of(text) == "The dam will hold"

    def test_dateline_location_is_the_original_text(self) -> None:
        text = "KOLVIK\u200b, Norland (Wire) - Orla Vance said the dam would hold."
        article = parse_article(text)
        assert article.dateline is not None
        assert article.dateline.location == "KOLVIK\u200b, Norland"
        assert article.dateline.span.of(text) == article.dateline.location
        assert loads(dumps(article)) == article


# --- 6. the id is checked up front ------------------------------------------------


class TestId:
    @pytest.mark.parametrize("rid", [" ", "\u200b", "\t\ufeff"])
    def test_an_invisible_id_is_a_value_error(self, rid: str) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no "please report" warning first
            with pytest.raises(ValueError, match="visible character"):
                parse_article(QUOTE, id=rid)

    def test_other_ids(self) -> None:
        with pytest.raises(TypeError, match="id must be a str or None, got int"):
            parse_article(QUOTE, id=7)  # type: ignore[arg-type]
        assert parse_article(QUOTE, id="").id is None
        assert parse_article(QUOTE, id="doc-1").id == "doc-1"

    def test_a_batch_reports_it_per_record(self) -> None:
        outs = list(
            parse_records([{"id": " ", "text": QUOTE}, {"id": "b", "text": QUOTE}])
        )
        assert outs[0] == {"id": " ", "error": "record ' ': id must hold a visible "
                           "character, got ' '"}  # fmt: skip
        assert "error" not in outs[1]


# --- 7. from_dict closes its holes; the schema agrees -----------------------------


def _doc(**changes: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "text": "Orla Vance said 12.5 tonnes.",
        "actors": [{"id": "a1", "name": "Orla Vance", "mentions": [[0, 10]]}],
        "claims": [
            {"id": "c1", "speaker": "a1", "content_span": [16, 28],
             "quantities": [{"span": [16, 20], "value": "12.5"}]},
            {"id": "c2", "content_span": [0, 10]},
        ],
    }  # fmt: skip
    doc.update(changes)
    return doc


_CLAIM = {"id": "c1", "content_span": [16, 28]}
HOLES = {
    "huge-int": _doc(claims=[{**_CLAIM, "quantities": [{"span": [16, 20], "value": 10**5000}]}]),
    "spaced-decimal": _doc(claims=[{**_CLAIM, "quantities": [{"span": [16, 20], "value": " 1.5 "}]}]),
    "arabic-indic": _doc(claims=[{**_CLAIM, "quantities": [{"span": [16, 20], "value": "\u0661\u0662"}]}]),
    "blank-content": _doc(text="Orla said      .", claims=[{"id": "c1", "content_span": [9, 15]}]),
    "empty-part": _doc(claims=[{**_CLAIM, "content_parts": [[17, 17]]}]),
    "empty-mention": _doc(actors=[{"id": "a1", "name": "Orla", "mentions": [[3, 3]]}]),
    "duplicate-response": _doc(responses=[{"claim": "c1", "responds_to": "c2"},
                                          {"claim": "c1", "responds_to": "c2", "kind": "denial"}]),
    "invisible-id": _doc(id="\u200b\u2060"),
    "invisible-actor-name": _doc(actors=[{"id": "a1", "name": " \ufeff"}]),
    "huge-offset": _doc(claims=[{"id": "c1", "content_span": [0, 2**63]}]),
    "negative-offset": _doc(claims=[{"id": "c1", "content_span": [-1, 3]}]),
    "timed-out-string": _doc(timed_out="no"),
}  # fmt: skip
SCHEMA_CAN_SAY = {
    "spaced-decimal", "arabic-indic", "invisible-id", "invisible-actor-name",
    "negative-offset", "timed-out-string",
}  # fmt: skip


class TestFromDict:
    @pytest.mark.parametrize("name", sorted(HOLES))
    def test_refused(self, name: str) -> None:
        with pytest.raises(DocumentError) as exc:
            from_dict(HOLES[name])
        assert "index-sized" not in str(exc.value)
        assert all(e.startswith("$") for e in exc.value.errors)

    @pytest.mark.parametrize("name", sorted(SCHEMA_CAN_SAY))
    def test_the_schema_refuses_it_too(self, name: str) -> None:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(HOLES[name], json_schema())

    def test_the_valid_document_passes_both(self) -> None:
        article = from_dict(_doc())
        jsonschema.validate(_doc(), json_schema())
        assert article.claims[0].quantities[0].value == Decimal("12.5")
        assert loads(dumps(article)) == article

    def test_a_quantity_that_json_can_carry(self) -> None:
        value = int("9" * 4300)
        doc = _doc(
            claims=[{**_CLAIM, "quantities": [{"span": [16, 20], "value": value}]}]
        )
        assert loads(dumps(from_dict(doc))) == from_dict(doc)


# --- 8. a timeout is recorded on the article --------------------------------------


class TestTimeout:
    TEXT = QUOTE + " " + "Tomas Ferrow said the road was shut. " * 200

    def test_flag_set_when_a_pattern_times_out(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        assert parse_article(self.TEXT).timed_out is False
        monkeypatch.setattr(_regex, "MATCH_TIMEOUT_S", 1e-9)
        monkeypatch.setattr(_regex, "TIMEOUT_PER_CHAR_S", 0.0)
        article = parse_article(self.TEXT)
        assert article.timed_out is True
        assert to_dict(article)["timed_out"] is True
        assert loads(dumps(article)) == article

    def test_old_documents_load_without_it(self) -> None:
        assert from_dict({"text": "Hi."}).timed_out is False


# --- 9. max_chars, streaming input ------------------------------------------------


class TestLimits:
    def test_parser_max_chars(self) -> None:
        parser = Parser(max_chars=len(QUOTE))
        assert parser.parse(QUOTE).claims
        with pytest.raises(InputTooLongError, match="more than max_chars"):
            parser.parse(QUOTE + " ")
        outs = list(parse_records([{"id": "a", "text": QUOTE + "!"}, {"id": "b", "text": QUOTE}],
                                  parser=parser))  # fmt: skip
        assert "more than max_chars" in outs[0]["error"]
        assert outs[1]["claims"]
        with pytest.raises(ValueError, match="max_chars"):
            Parser(max_chars=0)

    def test_cli_max_chars_is_a_per_record_error(self, tmp_path: Path) -> None:
        name = _jsonl(tmp_path / "d.jsonl", _record("long", QUOTE * 3), _record("ok"))
        big = tmp_path / "big.txt"
        big.write_text(QUOTE * 50, encoding="utf-8")
        done = _cli("parse", "--max-chars", "100", "--jsonl", name)
        assert done.returncode == 1
        assert f"{name}:1: the text has 111 characters, more than max_chars (100)" in (
            done.stderr.decode()
        )
        assert [json.loads(x)["id"] for x in done.stdout.splitlines()] == ["ok"]
        done = _cli("parse", "--max-chars", "100", str(big))
        assert done.stderr.decode() == (
            f"newsclaims: {big}: longer than --max-chars (100 characters)\n"
        )

    def test_cli_streams_stdin(self) -> None:
        with subprocess.Popen(
            [sys.executable, "-m", "newsclaims", "parse", "--jsonl", "-"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        ) as proc:  # fmt: skip
            assert proc.stdin is not None
            assert proc.stdout is not None
            proc.stdin.write((_record("first") + "\n").encode())
            proc.stdin.flush()
            line = proc.stdout.readline()  # before stdin is closed
            assert json.loads(line)["id"] == "first"
            proc.stdin.write((_record("second") + "\n").encode())
            proc.stdin.close()
            rest = proc.stdout.read()
            proc.wait(timeout=60)
        assert json.loads(rest)["id"] == "second"
        assert proc.returncode == 0


# --- fuzz: one output or one error per input line ---------------------------------

_GOOD = [_record("a"), _record("b", "Tomas Ferrow said the road was shut."),
         '{"text": "x\\ud800y"}', '{"id": "c", "text": "\\ud83d\\ude00 said Orla."}']  # fmt: skip


_PIECES = [
    "\\ud800",
    "\\udc80",
    "\u200b",
    "\ufeff",
    '"',
    "{",
    "]",
    ",",
    " ",
    "\u00e9",
    "null",
]


def _mutated(rng: random.Random) -> str:
    """A valid record with up to three mutations: cut, insert, nest, digits, drop."""
    line = rng.choice(_GOOD)
    for _ in range(rng.randint(0, 3)):
        at = rng.randint(0, len(line))
        kind = rng.choice(["cut", "insert", "wrap", "digits", "drop"])
        if kind == "cut":
            line = line[:at]
        elif kind == "insert":
            line = line[:at] + rng.choice(_PIECES) + line[at:]
        elif kind == "wrap":
            depth = rng.choice([3, 900, 5_000])
            line = "[" * depth + line + "]" * depth
        elif kind == "digits":
            line = line[:at] + "9" * rng.choice([10, 4_400]) + line[at:]
        else:
            line = line[:at] + line[at + 1 :]
    return line


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.integers(1, 6))
def test_fuzz_one_output_per_line(rng: random.Random, size: int) -> None:
    lines = [_mutated(rng) for _ in range(size)]
    outs = list(parse_jsonl_lines(lines))
    assert len(outs) == sum(1 for line in lines if line.strip())
    for out in outs:
        out.encode("utf-8")
        assert isinstance(json.loads(out), dict)


def test_fuzz_cli_one_output_or_error_per_line(tmp_path: Path) -> None:
    rng = random.Random(19)
    batch = [_mutated(rng) for _ in range(40)]
    path = tmp_path / "d.jsonl"
    path.write_bytes("\n".join(batch).encode("utf-8") + b"\n")
    done = _cli("parse", "--jsonl", str(path))
    assert b"Traceback" not in done.stderr
    out = done.stdout.decode("utf-8").splitlines()
    err = done.stderr.decode("utf-8").splitlines()
    assert len(out) + len(err) == sum(1 for line in batch if line.strip())


def test_a_swallowed_ctrl_c_still_stops_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Python may raise KeyboardInterrupt inside a finalizer, which swallows it; the
    command remembers the signal and still stops with 130."""
    from newsclaims.cli import main  # noqa: PLC0415

    real = Parser.parse

    def parse(self: Parser, text: str, *, id: str | None = None) -> Article:  # noqa: A002
        with contextlib.suppress(KeyboardInterrupt):  # as a finalizer would
            signal.raise_signal(signal.SIGINT)
        return real(self, text, id=id)

    monkeypatch.setattr(Parser, "parse", parse)
    name = _jsonl(tmp_path / "d.jsonl", _record("a"), _record("b"))
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert main(["parse", "--jsonl", name]) == 130
    out, err = capsys.readouterr()
    assert out == ""  # it stops at once: nothing after the signal is written
    assert err.endswith("newsclaims: interrupted\n")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def _paths(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every path to a leaf (a string, number, boolean or null) or a span."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _paths(v, (*path, k))]
    if isinstance(value, list) and not all(isinstance(x, int) for x in value):
        return [p for i, v in enumerate(value) for p in _paths(v, (*path, i))]
    return [path]


def _set(doc: object, path: tuple[object, ...], new: object) -> object:
    copy = json.loads(json.dumps(doc))
    here = copy
    for key in path[:-1]:
        here = here[key]
    here[path[-1]] = new
    return copy


_LOCAL_BAD: dict[object, list[object]] = {
    str: [None, 3, "", " ", "\u200b\ufeff", ["x"]],
    bool: [None, 1, "true"],
    list: [None, [-1, 2], [1], [1, 2, 3], ["1", 2], "0-2"],
    "number": [" 1.5 ", "1,5", "\u0661", "1.5x", "NaN", 1.5, True, [1]],
    "enum": ["", "Direct", 3],
}


def test_the_schema_refuses_every_local_mutation_that_from_dict_refuses() -> None:
    """One field at a time, a value wrong in itself (type, emptiness, range, enum,
    decimal form): from_dict and the schema both refuse it. Cross-field rules (spans
    inside the text, references, duplicates) are the model's alone."""
    doc = _doc(
        id="doc-1",
        dateline={"location": "Orla", "span": [0, 4]},
        responses=[{"claim": "c1", "responds_to": "c2", "kind": "denial"}],
    )
    doc["claims"][0]["mode"] = "direct"  # type: ignore[index]
    from_dict(doc)
    schema = json_schema()
    validator = jsonschema.Draft202012Validator(schema)
    enums = {"mode", "kind", "qualifier"}
    checked = 0
    for path in _paths(doc):
        if path == ("text",):
            continue  # any string is a text
        here: object = doc
        for key in path:
            here = here[key]  # type: ignore[index]
        name = next(k for k in reversed(path) if isinstance(k, str))
        if name in enums:
            bad = _LOCAL_BAD["enum"]
        elif name in ("value", "low", "high"):
            bad = _LOCAL_BAD["number"]
        else:
            bad = _LOCAL_BAD[type(here)]
        for value in bad:
            if value is None and name in (
                "speaker",
                "target",
                "id",
                "unit",
                "dateline",
                "name",  # an actor named only by an unresolved pronoun
            ):
                continue  # null is allowed there
            mutated = _set(doc, path, value)
            with pytest.raises(DocumentError):
                from_dict(mutated)
            assert not validator.is_valid(mutated), (path, value)
            checked += 1
    assert checked > 80


_BASES = [
    '"The dam will hold," said Orla Vance, the county engineer.',
    (
        "KOLVIK, Norland (Wire) - Tomas Ferrow said the road was shut. He added that "
        '"nobody will cross it tonight."'
    ),
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(_BASES),
    st.lists(st.tuples(st.integers(0, 200), st.sampled_from(_INVISIBLE)), max_size=8),
)
def test_invisible_characters_anywhere_change_nothing(
    base: str, inserts: list[tuple[int, str]]
) -> None:
    text = base
    for at, mark in sorted(inserts, reverse=True):
        text = text[: min(at, len(text))] + mark + text[min(at, len(text)) :]
    plain, article = parse_article(base), parse_article(text)

    def seen(s: str) -> str:
        return "".join(ch for ch in s if ch not in _INVISIBLE)

    assert article.text == text
    assert len(article.claims) == len(plain.claims)
    for got, want in zip(article.claims, plain.claims, strict=True):
        for name in ("content_span", "cue_span", "speaker_span"):
            g, w = getattr(got, name), getattr(want, name)
            assert (g is None) == (w is None)
            if g is not None:
                assert seen(g.of(text)) == w.of(base)
    assert [a.name for a in article.actors] == [a.name for a in plain.actors]
    assert loads(dumps(article)) == article
