"""The ``newsclaims`` command: parse, validate and demo, run through ``main([...])``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclaims import (
    Actor,
    Article,
    Claim,
    ClaimMode,
    Dateline,
    Parser,
    Response,
    ResponseKind,
    Span,
    from_dict,
    parse_article,
    to_dict,
)
from newsclaims.cli import format_table, main

QUOTE = '"We are ready," said Ann Lee.'
REPORTED = "Bo Park said the talks would resume."


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def _jsonl(path: Path, *records: object) -> str:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    return _write(path, "\n".join(lines) + "\n")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), "utf-8"))


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


class TestFormatTable:
    def test_one_quote(self) -> None:
        assert format_table(parse_article(QUOTE)) == (
            "claims: 1   actors: 1   responses: 0\n"
            "c1   Ann Lee [Ann Lee] said (direct)\n"
            "       We are ready"
        )

    def test_dateline_unknown_speaker_hedged_and_responses(self) -> None:
        text = "ROME - Ann said it may rain. It will not, officials said."
        article = Article(
            text=text,
            dateline=Dateline(location="ROME", span=Span(0, 4)),
            actors=[Actor(id="a1", name="Ann Lee", mentions=[Span(7, 10)])],
            claims=[
                Claim(id="c1", speaker="a1", speaker_span=Span(7, 10),
                      cue_span=Span(11, 15), content_span=Span(16, 27), hedged=True),
                Claim(id="c2", content_span=Span(29, 40), mode=ClaimMode.DIRECT),
            ],
            responses=[Response(claim="c2", responds_to="c1",
                                kind=ResponseKind.DENIAL)],
        )  # fmt: skip
        assert format_table(article) == (
            "claims: 2   actors: 1   responses: 1\n"
            "dateline: ROME\n"
            "c1   Ann Lee [Ann] said (indirect, hedged)\n"
            "       it may rain\n"
            "c2   ? [-] - (direct)\n"
            "       It will not\n"
            "c2 answers c1: denial"
        )

    def test_long_content_is_wrapped(self) -> None:
        text = "Ann said " + "word " * 40
        article = Article(text=text, claims=[Claim(id="c1", content_span=Span(9, 209))])
        lines = format_table(article, width=40).splitlines()[2:]
        assert len(lines) > 1
        assert all(len(line) <= 40 and line.startswith("       ") for line in lines)


class TestParse:
    def test_text_file_as_jsonl(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        name = _write(tmp_path / "a.txt", QUOTE)
        assert main(["parse", name]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        assert from_dict(json.loads(out)) == parse_article(QUOTE, id="a.txt")

    def test_stdin_as_one_json_document(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        _stdin(monkeypatch, REPORTED.encode())
        assert main(["parse", "--format", "json"]) == 0
        out = capsys.readouterr().out
        assert out.startswith('{\n  "text": ')
        assert '"content_span": [13, 35],' in out
        assert from_dict(json.loads(out)) == parse_article(REPORTED)

    def test_several_files_as_json_array_in_order(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        names = [
            _write(tmp_path / f"{i}.txt", t) for i, t in enumerate([QUOTE, REPORTED])
        ]
        assert main(["parse", "--format", "json", *names]) == 0
        docs = json.loads(capsys.readouterr().out)
        assert [d["id"] for d in docs] == ["0.txt", "1.txt"]
        assert [d["text"] for d in docs] == [QUOTE, REPORTED]

    def test_json_array_is_empty_when_every_input_fails(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        name = _jsonl(tmp_path / "d.jsonl", "oops")
        assert main(["parse", "--jsonl", "--format", "json", name]) == 1
        assert capsys.readouterr().out == "[]\n"

    def test_table_headers_for_several_inputs(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        a, b = _write(tmp_path / "a.txt", QUOTE), _write(tmp_path / "b.txt", "Hi.")
        assert main(["parse", "--format", "table", a, b]) == 0
        assert capsys.readouterr().out == (
            f"== {a}\n{format_table(parse_article(QUOTE))}\n"
            f"== {b}\nclaims: 0   actors: 0   responses: 0\n"
        )

    def test_jsonl_records_keep_ids_and_order(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        name = _jsonl(
            tmp_path / "d.jsonl",
            {"id": "x", "text": QUOTE},
            "",
            {"text": REPORTED, "extra": 1},
            {"id": None, "text": "Hi."},
        )
        assert main(["parse", "--jsonl", name]) == 0
        out = capsys.readouterr().out.splitlines()
        assert [json.loads(line)["id"] for line in out] == ["x", None, None]
        assert [len(json.loads(line)["claims"]) for line in out] == [1, 1, 0]

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            ("not json", "not JSON: Expecting value: line 1 column 1 (char 0)"),
            ('{"text": "a"', "not JSON: Expecting ',' delimiter: line 1 column 13 (char 12)"),
            ('["a"]', "not a JSON object: got array"),
            ('"text"', "not a JSON object: got string"),
            ('{"id": "x"}', 'no "text" field'),
            ('{"text": 3}', '"text" must be a string, got number'),
            ('{"text": null}', '"text" must be a string, got null'),
            ('{"text": ["a"]}', '"text" must be a string, got array'),
            ('{"id": 7, "text": "a"}', '"id" must be a string or null, got number'),
            ('{"id": true, "text": "a"}', '"id" must be a string or null, got boolean'),
        ],
        ids=["not-json", "truncated", "array", "string", "no-text", "text-number",
             "text-null", "text-array", "id-number", "id-bool"],
    )  # fmt: skip
    def test_bad_jsonl_line(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        line: str,
        message: str,
    ) -> None:
        name = _jsonl(tmp_path / "d.jsonl", {"id": "ok1", "text": QUOTE}, line,
                      {"id": "ok2", "text": "Hi."})  # fmt: skip
        assert main(["parse", "--jsonl", name]) == 1
        out, err = capsys.readouterr()
        assert err == f"newsclaims: {name}:2: {message}\n"
        assert [json.loads(x)["id"] for x in out.splitlines()] == ["ok1", "ok2"]

    def test_invalid_utf8_in_a_jsonl_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "d.jsonl"
        path.write_bytes(b'{"text": "ok"}\n{"text": "\xff"}\n')
        assert main(["parse", "--jsonl", str(path)]) == 1
        err = capsys.readouterr().err
        assert (
            err
            == f"newsclaims: {path}:2: invalid UTF-8 at byte 10: invalid start byte\n"
        )

    def test_unreadable_and_undecodable_files(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"caf\xc3")
        good = _write(tmp_path / "good.txt", QUOTE)
        missing = str(tmp_path / "missing.txt")
        argv = ["parse", "--format", "table", missing, str(bad), str(tmp_path), good]
        assert main(argv) == 1
        out, err = capsys.readouterr()
        assert err.splitlines() == [
            f"newsclaims: {missing}: cannot read: No such file or directory",
            f"newsclaims: {bad}: invalid UTF-8 at byte 3: unexpected end of data",
            f"newsclaims: {tmp_path}: cannot read: Is a directory",
        ]
        assert out.startswith(f"== {good}\nclaims: 1")

    def test_a_parser_crash_is_reported_and_the_rest_goes_on(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        real = Parser.parse

        def parse(self: Parser, text: str, *, id: str | None = None) -> Article:  # noqa: A002
            if text == "boom":
                raise RuntimeError("rule exploded")
            return real(self, text, id=id)

        monkeypatch.setattr(Parser, "parse", parse)
        name = _jsonl(tmp_path / "d.jsonl", {"text": "boom"}, {"text": QUOTE})
        assert main(["parse", "--jsonl", name]) == 1
        out, err = capsys.readouterr()
        assert (
            err == f"newsclaims: {name}:1: cannot parse: RuntimeError: rule exploded\n"
        )
        assert len(out.splitlines()) == 1

    def test_workers_give_the_same_output_in_order(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        records = [
            {"id": f"r{i}", "text": f"{QUOTE} {REPORTED * (i % 3)}"} for i in range(9)
        ]
        name = _jsonl(tmp_path / "d.jsonl", *records, "[]")
        assert main(["parse", "--jsonl", name]) == 1
        serial = capsys.readouterr()
        assert main(["parse", "--jsonl", "--workers", "3", name]) == 1
        parallel = capsys.readouterr()
        assert parallel == serial
        assert [json.loads(x)["id"] for x in parallel.out.splitlines()] == [
            f"r{i}" for i in range(9)
        ]

    def test_progress_bar_only_on_a_terminal(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        name = _jsonl(tmp_path / "d.jsonl", *([{"text": QUOTE}] * 3))
        assert main(["parse", "--jsonl", name]) == 0
        assert capsys.readouterr().err == ""
        tty = _Tty()
        monkeypatch.setattr(sys, "stderr", tty)
        assert main(["parse", "--jsonl", name]) == 0
        bar = tty.getvalue()
        assert "\rnewsclaims: [##########....................] 1/3" in bar
        assert "\rnewsclaims: [##############################] 3/3" in bar
        assert bar.endswith("\r\x1b[K")
        assert len(capsys.readouterr().out.splitlines()) == 3

    def test_html_to_stdout_for_one_input(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        name = _write(tmp_path / "a.txt", QUOTE)
        assert main(["parse", "--format", "html", name]) == 0
        out = capsys.readouterr().out
        assert out.startswith("<!DOCTYPE html>")
        assert "<title>a.txt · newsclaims</title>" in out

    def test_html_pages_into_a_directory(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        name = _jsonl(
            tmp_path / "in.jsonl",
            {"id": "x", "text": QUOTE},
            {"id": "x", "text": "Hi."},
            {"id": "../a/b c", "text": "Hi."},
            {"text": "Hi."},
            {"id": "...", "text": "Hi."},
        )
        out_dir = tmp_path / "pages" / "new"
        assert (
            main(
                [
                    "parse",
                    "--jsonl",
                    "--format",
                    "html",
                    "--output-dir",
                    str(out_dir),
                    name,
                ]
            )
            == 0
        )
        assert capsys.readouterr() == ("", "")
        assert sorted(p.name for p in out_dir.iterdir()) == [
            "a_b_c.html", "article.html", "in-4.html", "x-2.html", "x.html",
        ]  # fmt: skip
        assert "We are ready" in (out_dir / "x.html").read_text(encoding="utf-8")

    def test_output_dir_cannot_be_created(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        name = _write(tmp_path / "a.txt", QUOTE)
        argv = ["parse", "--format", "html", "--output-dir", name, name]
        assert main(argv) == 1
        assert capsys.readouterr() == (
            "",
            f"newsclaims: {name}: cannot create: File exists\n",
        )

    def test_a_page_that_cannot_be_written(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        name = _jsonl(
            tmp_path / "d.jsonl", {"id": "x", "text": QUOTE}, {"id": "y", "text": QUOTE}
        )
        (tmp_path / "out" / "x.html").mkdir(parents=True)
        argv = [
            "parse",
            "--jsonl",
            "--format",
            "html",
            "--output-dir",
            str(tmp_path / "out"),
            name,
        ]
        assert main(argv) == 1
        page = tmp_path / "out" / "x.html"
        assert capsys.readouterr().err == (
            f"newsclaims: {page}: already exists (use --force to replace it)\n"
        )
        assert (tmp_path / "out" / "y.html").is_file()
        assert main([*argv, "--force"]) == 1
        assert (
            capsys.readouterr().err
            == f"newsclaims: {page}: cannot write: Is a directory\n"
        )
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
            "x.html",
            "y.html",
        ]  # no temporary file left behind

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["--format", "html", "a", "b"], "--format html with several inputs needs --output-dir DIR"),
            (["--format", "html", "--jsonl", "a"], "--format html with several inputs needs --output-dir DIR"),
            (["--output-dir", "d", "a"], "--output-dir needs --format html"),
            (["--workers", "0", "a"], "argument --workers: expected a whole number >= 1, got '0'"),
            (["--workers", "two", "a"], "argument --workers: expected a whole number >= 1, got 'two'"),
            (["--format", "xml", "a"], "argument --format: invalid choice: 'xml' (choose from 'json', 'jsonl', 'table', 'html')"),
        ],
        ids=["html-many", "html-jsonl", "output-dir-json", "workers-0", "workers-word", "format-xml"],
    )  # fmt: skip
    def test_usage_errors_exit_2(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
    ) -> None:
        with pytest.raises(SystemExit) as exc:
            main(["parse", *argv])
        assert exc.value.code == 2
        assert capsys.readouterr().err.endswith(f"newsclaims parse: error: {message}\n")


class TestValidate:
    def test_valid_documents(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        docs = [
            to_dict(parse_article(t, id=f"d{i}"))
            for i, t in enumerate([QUOTE, REPORTED])
        ]
        name = _jsonl(tmp_path / "ok.jsonl", *docs, "  ")
        assert main(["validate", name]) == 0
        assert capsys.readouterr() == ("2 documents, 0 invalid\n", "")

    def test_every_error_with_file_line_and_path(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        gold = {
            "id": "g1", "source": "wire", "text": "Ann said no.",
            "actors": [{"id": "a1", "name": "Ann", "mentions": [[0, 3]]}],
            "claims": [{"id": "c1", "speaker": "a2", "content_span": [9, 4],
                        "optional": False}],
        }  # fmt: skip
        path = tmp_path / "gold.jsonl"
        path.write_bytes(
            json.dumps({"text": "Hi."}).encode() + b"\n"
            + json.dumps(gold).encode() + b"\n"
            + b"nope\n[1]\n"
            + b'{"text": "\xfe"}\n'
        )  # fmt: skip
        assert main(["validate", str(path)]) == 1
        out, err = capsys.readouterr()
        assert err == ""
        assert out.splitlines() == [
            f"{path}:2: $.claims[0].content_span: end 4 is before start 9",
            f"{path}:2: $.claims[0]: unknown field(s): optional",
            f"{path}:2: $: unknown field(s): source",
            f"{path}:3: not JSON: Expecting value: line 1 column 1 (char 0)",
            f"{path}:4: $: expected an object, got list",
            f"{path}:5: invalid UTF-8 at byte 10: invalid start byte",
            "5 documents, 4 invalid",
        ]

    def test_several_files_and_an_unreadable_one(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        ok = _jsonl(tmp_path / "ok.jsonl", {"text": "Hi."})
        missing = str(tmp_path / "missing.jsonl")
        assert main(["validate", ok, missing, ok]) == 1
        out, err = capsys.readouterr()
        assert out == "2 documents, 0 invalid\n"
        assert err == f"newsclaims: {missing}: cannot read: No such file or directory\n"

    def test_stdin(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        _stdin(monkeypatch, b'{"text": "Hi.", "id": 3}\n')
        assert main(["validate", "-"]) == 1
        assert capsys.readouterr().out == (
            "<stdin>:1: $.id: expected str, got int 3\n1 document, 1 invalid\n"
        )

    def test_needs_a_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as exc:
            main(["validate"])
        assert exc.value.code == 2
        assert (
            "error: the following arguments are required: FILE"
            in capsys.readouterr().err
        )


class TestDemo:
    def test_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["demo"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("claims: ")
        assert "\ndateline: Kiev, Ukraine\nc1 " in out

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["demo", "--format", "json"]) == 0
        article = from_dict(json.loads(capsys.readouterr().out), Article)
        assert article.id == "seed-article"
        assert article.claims

    def test_html(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["demo", "--format", "html"]) == 0
        assert "<title>seed-article · newsclaims</title>" in capsys.readouterr().out


class TestMain:
    def test_a_command_is_required(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as exc:
            main([])
        assert exc.value.code == 2
        assert (
            "the following arguments are required: command" in capsys.readouterr().err
        )

    def test_python_dash_m(self, tmp_path: Path) -> None:
        name = _write(tmp_path / "a.txt", QUOTE)
        done = subprocess.run(
            [sys.executable, "-m", "newsclaims", "parse", "--format", "table", name],
            capture_output=True, text=True, check=False, encoding="utf-8",
        )  # fmt: skip
        assert (done.returncode, done.stderr) == (0, "")
        assert done.stdout == format_table(parse_article(QUOTE)) + "\n"

    def test_a_closed_pipe_stops_quietly(self, tmp_path: Path) -> None:
        name = _jsonl(tmp_path / "d.jsonl", *([{"text": QUOTE * 20}] * 100))
        code = (
            "import sys; from newsclaims.cli import main; sys.exit(main(sys.argv[1:]))"
        )
        with subprocess.Popen(
            [sys.executable, "-c", code, "parse", "--jsonl", "--format", "json", name],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        ) as proc:  # fmt: skip
            assert proc.stdout is not None
            assert proc.stderr is not None
            proc.stdout.read(10)
            proc.stdout.close()
            err = proc.stderr.read()
        assert proc.returncode == 1
        assert b"Traceback" not in err


class TestTrust:
    """Issue 17's command-line bullets, run as a user would (a subprocess)."""

    @staticmethod
    def _run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "newsclaims", *args],
            capture_output=True, text=True, check=False, encoding="utf-8",
        )  # fmt: skip

    def test_same_file_names_get_distinct_ids(self, tmp_path: Path) -> None:
        for sub in ("north", "south"):
            (tmp_path / sub).mkdir()
            _write(tmp_path / sub / "x.txt", QUOTE)
        files = [str(tmp_path / "north" / "x.txt"), str(tmp_path / "south" / "x.txt")]
        done = self._run("parse", *files)
        assert done.returncode == 0
        ids = [json.loads(line)["id"] for line in done.stdout.splitlines()]
        assert ids == ["north/x.txt", "south/x.txt"]
        out = tmp_path / "pages"
        done = self._run("parse", "--format", "html", "--output-dir", str(out), *files)
        assert done.returncode == 0
        assert sorted(p.name for p in out.iterdir()) == ["north_x.html", "south_x.html"]

    def test_version(self) -> None:
        done = self._run("--version")
        assert done.returncode == 0
        assert done.stdout.startswith("newsclaims ")
        assert done.stdout.strip() != "newsclaims"

    def test_long_ids_are_shortened_with_a_hash(self, tmp_path: Path) -> None:
        head = "wire-" * 60
        name = _jsonl(
            tmp_path / "d.jsonl",
            {"id": head + "one", "text": QUOTE},
            {"id": head + "two", "text": QUOTE},
        )
        out = tmp_path / "pages"
        done = self._run(
            "parse", "--jsonl", "--format", "html", "--output-dir", str(out), name
        )
        assert (done.returncode, done.stderr) == (0, "")
        pages = sorted(p.name for p in out.iterdir())
        assert len(pages) == 2
        assert pages[0] != pages[1]
        assert all(len(p.encode()) <= 125 for p in pages)
        assert all(p.startswith("wire-wire-") for p in pages)

    def test_validate_a_missing_file_is_one_clear_error(self, tmp_path: Path) -> None:
        missing = str(tmp_path / "nosuch.txt")
        done = self._run("validate", missing)
        assert done.returncode == 1
        assert done.stdout == ""
        assert done.stderr == (
            f"newsclaims: {missing}: cannot read: No such file or directory\n"
        )
