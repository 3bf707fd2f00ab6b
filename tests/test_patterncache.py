"""The disk cache of compiled patterns: same patterns, safe to read, never in the way."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from newsclaims import _lists
from newsclaims import _patterncache as pc
from newsclaims._regex import FLAGS

LISTS = {"words": ["ferry", "pier"]}
SOURCE = r"(?:\L<words>)\s++\p{Lu}\p{Ll}{1,20}+"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty cache in its own directory, for this test only."""
    monkeypatch.setenv("NEWSCLAIMS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(pc, "_entries", None)
    monkeypatch.setattr(pc, "_dirty", False)
    yield tmp_path / "cache"
    pc._entries = None  # the next user reads its own directory


def _fresh() -> None:
    """Forget what this process holds, as a new process would."""
    pc._entries = None
    pc._dirty = False


def _write_table(path: Path, table: object) -> None:
    body = pickle.dumps(table)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pc._MAGIC + hashlib.sha256(body).digest() + body)


def test_a_cached_pattern_is_the_compiled_one(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = pc.cached_compile(SOURCE, FLAGS, LISTS)
    pc.flush()
    path = pc.cache_file()
    assert path is not None
    assert path.parent == cache
    assert path.is_file()
    _fresh()

    def no_compiling(*_: object) -> regex.Pattern[str]:
        raise AssertionError("compiled although cached")

    monkeypatch.setattr(pc, "_compile", no_compiling)
    second = pc.cached_compile(SOURCE, FLAGS, LISTS)
    assert second is not first
    assert second.pattern == first.pattern
    assert second.flags == first.flags
    text = "the pier Lee, a ferry Ann, ferry x"
    assert [m.span() for m in second.finditer(text)] == [
        m.span() for m in first.finditer(text)
    ]


@pytest.mark.usefixtures("cache")
def test_other_lists_or_flags_miss() -> None:
    pc.cached_compile(SOURCE, FLAGS, LISTS)
    other = pc.cached_compile(SOURCE, FLAGS, {"words": ["ferry", "pier", "dock"]})
    assert other.search("the dock Lee") is not None
    ignoring = pc.cached_compile(SOURCE, FLAGS | regex.IGNORECASE, LISTS)
    assert ignoring.search("PIER LEE") is not None
    assert pc._entries is not None
    assert len(pc._entries) == 3


@pytest.mark.usefixtures("cache")
def test_a_corrupt_file_is_no_cache() -> None:
    pc.cached_compile(SOURCE, FLAGS, LISTS)
    pc.flush()
    path = pc.cache_file()
    assert path is not None
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    _fresh()
    assert pc._read(path) == {}
    p = pc.cached_compile(SOURCE, FLAGS, LISTS)  # compiled again, and kept again
    assert p.search("a pier Lee") is not None
    pc.flush()
    assert len(pc._read(path)) == 1


@pytest.mark.usefixtures("cache")
def test_the_cache_builds_nothing_but_patterns() -> None:
    path = pc.cache_file()
    assert path is not None
    # a well-formed file whose table holds an object of another class
    _write_table(path, {"key": b"", "other": Path("x")})
    assert pc._read(path) == {}
    # an entry whose pickle would call something other than the regex engine
    evil = pickle.dumps(os.getcwd)
    key = pc._key(SOURCE, FLAGS, LISTS)
    _write_table(path, {key: evil})
    _fresh()
    assert pc._read(path) == {key: evil}
    p = pc.cached_compile(SOURCE, FLAGS, LISTS)
    assert isinstance(p, regex.Pattern)
    assert p.pattern == SOURCE


def test_switched_off_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSCLAIMS_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(pc, "_entries", None)
    assert pc.cache_dir() is None
    assert pc.cached_compile(SOURCE, FLAGS, LISTS).search("pier Lee") is not None
    pc.flush()
    assert list(tmp_path.iterdir()) == []


def test_default_place(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSCLAIMS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform != "win32":
        assert pc.cache_dir() == tmp_path / "newsclaims"
        monkeypatch.delenv("XDG_CACHE_HOME")
        assert pc.cache_dir() == Path.home() / ".cache" / "newsclaims"


def test_a_link_is_replaced_not_written_through(cache: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_text("keep me", encoding="utf-8")
    path = pc.cache_file()
    assert path is not None
    cache.mkdir()
    path.symlink_to(elsewhere)
    pc.cached_compile(SOURCE, FLAGS, LISTS)
    pc.flush()
    assert elsewhere.read_text(encoding="utf-8") == "keep me"
    assert not path.is_symlink()
    assert len(pc._read(path)) == 1


def test_an_unusable_directory_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("NEWSCLAIMS_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(pc, "_entries", None)
    p = pc.cached_compile(SOURCE, FLAGS, LISTS)
    pc.flush()  # cannot make the directory: nothing written, nothing raised
    assert p.search("pier Lee") is not None
    assert blocker.read_text(encoding="utf-8") == ""
    pc._entries = None


@pytest.mark.usefixtures("cache")
def test_the_file_keeps_the_newest_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pc, "MAX_ENTRIES", 3)
    for word in ("a", "b", "c", "d", "e"):
        pc.cached_compile(SOURCE, FLAGS, {"words": [word]})
    pc.flush()
    path = pc.cache_file()
    assert path is not None
    kept = pc._read(path)
    assert len(kept) == 3
    assert pc._key(SOURCE, FLAGS, {"words": ["e"]}) in kept
    assert pc._key(SOURCE, FLAGS, {"words": ["a"]}) not in kept


@pytest.mark.usefixtures("cache")
def test_flush_merges_what_other_processes_wrote() -> None:
    pc.cached_compile(SOURCE, FLAGS, {"words": ["a"]})
    pc.flush()
    _fresh()  # another process, with other lexicons
    pc.cached_compile(SOURCE, FLAGS, {"words": ["b"]})
    pc.flush()
    path = pc.cache_file()
    assert path is not None
    assert len(pc._read(path)) == 2


_PARSE = """
import json, sys
import regex
from newsclaims import _patterncache, dumps, lexicons
if sys.argv[1] == "cached":
    def refuse(*args, **kwargs):
        raise SystemExit("a pattern was compiled although the cache holds it")
    _patterncache._compile = refuse
    regex.compile = refuse  # the rules' own constants come from the cache too
from newsclaims import parse_article
from newsclaims.examples import seed_article
print(dumps(parse_article(seed_article())))
"""


def test_a_new_process_parses_from_the_cache_alone(tmp_path: Path) -> None:
    """The first process fills the cache; the next compiles nothing, neither the
    parser's patterns nor the rule modules' constants, and finds the same article."""
    env = {**os.environ, "NEWSCLAIMS_CACHE_DIR": str(tmp_path)}

    def run(mode: str) -> object:
        out = subprocess.run(
            [sys.executable, "-c", _PARSE, mode],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return json.loads(out.stdout)

    first = run("fill")
    assert list(tmp_path.glob("patterns-*.pickle"))
    assert run("cached") == first


@pytest.mark.usefixtures("cache")
def test_a_pattern_written_out_is_cached_by_its_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``compile_listed`` finds its pattern by the source and the words of its lists:
    a process that finds it does not write the lists out again, and other words or
    other code make another entry."""
    first = _lists.compile_listed(SOURCE, LISTS)
    assert "\\L<" not in first.pattern  # written out: "(?:ferry|pier)"
    pc.flush()
    _fresh()

    def no_expanding(*_: object, **__: object) -> str:
        raise AssertionError("written out although cached")

    with monkeypatch.context() as m:
        m.setattr(_lists, "expand_lists", no_expanding)
        again = _lists.compile_listed(SOURCE, LISTS)
        assert again.pattern == first.pattern
        assert again.match("pier Lund") is not None
        with pytest.raises(AssertionError, match="written out"):
            _lists.compile_listed(SOURCE, {"words": ["ferry", "quay"]})
        m.setattr(_lists, "_CODE", "other code")
        with pytest.raises(AssertionError, match="written out"):
            _lists.compile_listed(SOURCE, LISTS)
