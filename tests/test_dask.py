"""The Dask recipe of docs/archives.md, run with worker processes.

Skipped when dask[bag] is not installed (``pip install "newsclaims[dask]"``).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from newsclaims.batch import parse_jsonl_lines, parse_records

db = pytest.importorskip("dask.bag")

# Made-up people, cues and quotes, combined into varied short news articles.
PEOPLE = [
    ("Ann Lee", "the mayor"),
    ("Bo Park", "a spokesman for the ministry"),
    ("Carla Mendes", "the union leader"),
    ("Dmitri Volkov", "the energy minister"),
    ("Zoë Müller", "a senior engineer"),
    ("Rahul Iyer", "the port director"),
    ("Grace Okafor", "the committee chair"),
]
QUOTES = [
    "We will not accept these terms",
    "The bridge is safe and it will reopen next month",
    "Nobody told us about the cuts",
    "This is a good day for the city",
    "We need at least 300 more nurses",
    "The numbers simply do not add up",
]
CLAUSES = [
    "the talks would resume on Friday",
    "the plant had cut 1,200 jobs",
    "prices rose by 4.5% in May",
    "the report was incomplete",
    "the vote would be delayed",
]
TAGS = ["said", "told reporters", "added", "warned", "insisted"]
TEMPLATES = [
    '"{quote}," {tag} {name}, {title}.',
    '"{quote}," {name} said on Tuesday.',
    "{name} said that {clause}.",
    "According to {name}, {clause}.",
    "{name}, {title}, told lawmakers that {clause}.",
    '{name} accused {other} of lying. {other} denied that, saying "{quote}."',
    "The city council met on Monday to discuss the budget.",
]


def make_article(n: int) -> str:
    """A short article of two to five paragraphs, the same for the same ``n``."""
    rng = random.Random(n)
    paragraphs = []
    for _ in range(rng.randint(2, 5)):
        (name, title), (other, _) = rng.sample(PEOPLE, 2)
        paragraphs.append(
            rng.choice(TEMPLATES).format(
                quote=rng.choice(QUOTES),
                clause=rng.choice(CLAUSES),
                tag=rng.choice(TAGS),
                name=name,
                title=title,
                other=other,
            )
        )
    return "\n\n".join(paragraphs)


def make_records(count: int) -> list[dict[str, Any]]:
    """``count`` records with ids and a source; every 50th one is broken."""
    records: list[dict[str, Any]] = []
    for n in range(count):
        record: dict[str, Any] = {"id": f"doc-{n}", "source": f"wire-{n % 3}"}
        if n % 50 != 49:
            record["text"] = make_article(n)
        records.append(record)
    return records


def write_jsonl(
    directory: Path, records: list[dict[str, Any]], files: int
) -> list[Path]:
    """The records in ``files`` JSONL files, with a blank and a broken line in one."""
    directory.mkdir()
    paths = []
    for k in range(files):
        lines = [json.dumps(r, ensure_ascii=False) for r in records[k::files]]
        if k == 1:
            lines[3:3] = ["", '{"id": "torn", "text": "The minis']
        path = directory / f"part-{k}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_articles_are_varied() -> None:
    records = make_records(300)
    texts = {r["text"] for r in records if "text" in r}
    assert len(records) == 300
    assert len(texts) > 250
    claims = sum(len(out.get("claims", [])) for out in parse_records(records[:30]))
    assert claims > 30


def test_jsonl_files_to_jsonl_files(tmp_path: Path) -> None:
    """read_text -> map_partitions(parse_jsonl_lines) -> to_textfiles."""
    paths = write_jsonl(tmp_path / "in", make_records(300), files=3)

    lines = db.read_text([str(p) for p in paths])
    written = lines.map_partitions(parse_jsonl_lines, keep=["source"]).to_textfiles(
        str(tmp_path / "out" / "*.jsonl"), scheduler="processes", num_workers=2
    )

    assert [Path(w).name for w in written] == ["0.jsonl", "1.jsonl", "2.jsonl"]
    for path, out in zip(paths, written, strict=True):
        with path.open(encoding="utf-8") as f:
            serial = list(parse_jsonl_lines(f, keep=["source"]))
        assert Path(out).read_text(encoding="utf-8").split("\n") == serial
    errors = [
        json.loads(line)["error"]
        for out in written
        for line in Path(out).read_text(encoding="utf-8").split("\n")
        if '"error"' in line
    ]
    assert errors == [
        "record 'doc-99': text must be a str, got nothing",
        "record 'doc-249': text must be a str, got nothing",
        (
            "line 5: not valid JSON: Unterminated string starting at: "
            "line 1 column 24 (char 23)"
        ),
        "record 'doc-49': text must be a str, got nothing",
        "record 'doc-199': text must be a str, got nothing",
        "record 'doc-149': text must be a str, got nothing",
        "record 'doc-299': text must be a str, got nothing",
    ]


def test_records_to_dicts(tmp_path: Path) -> None:
    """A bag of records -> map_partitions(parse_records) -> dicts, then JSON lines."""
    records = make_records(200)
    bag = db.from_sequence(records, npartitions=4)

    parsed = bag.map_partitions(parse_records, keep=["source"])
    # A generator cannot travel between processes: make each partition a list in
    # its worker before computing into memory.
    out = parsed.map_partitions(list).compute(scheduler="processes", num_workers=2)

    assert out == list(parse_records(records, keep=["source"]))
    assert [o["id"] for o in out] == [r["id"] for r in records]
    written = parsed.map(json.dumps).to_textfiles(
        str(tmp_path / "*.jsonl"), scheduler="processes", num_workers=2
    )
    lines = [line for w in written for line in Path(w).read_text().split("\n")]
    assert [json.loads(line) for line in lines] == out
