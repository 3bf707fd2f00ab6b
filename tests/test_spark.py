"""The Spark recipe of docs/archives.md, on a local two-core Spark.

Runs only when pyspark is installed and a Java runtime is on the PATH; skipped
otherwise (neither is a test dependency).
"""

from __future__ import annotations

import functools
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclaims.batch import parse_jsonl_lines, parse_records

sql = pytest.importorskip("pyspark.sql")
if shutil.which("java") is None:
    pytest.skip(
        "Spark needs a Java runtime (java is not on the PATH)", allow_module_level=True
    )

pytestmark = pytest.mark.slow

NAMES = ["Ann Lee", "Bo Park", "Carla Mendes", "Zoë Müller", "Rahul Iyer"]
SAYINGS = [
    ('"We are not done yet," said {name}.', 1),
    ("{name} said that the ferry would run again in June.", 1),
    ("According to {name}, the budget was cut by 12%.", 1),
    ("The storm closed three schools on Monday.", 0),
]


def make_records(count: int) -> list[dict[str, Any]]:
    """Short articles with ids and a source; every 25th record has no text."""
    records: list[dict[str, Any]] = []
    for n in range(count):
        record: dict[str, Any] = {"id": f"r{n}", "source": f"feed-{n % 2}"}
        if n % 25 != 24:
            first, _ = SAYINGS[n % len(SAYINGS)]
            second, _ = SAYINGS[(n // 4) % len(SAYINGS)]
            record["text"] = "\n\n".join(
                s.format(name=NAMES[(n + k) % len(NAMES)])
                for k, s in enumerate((first, second))
            )
        records.append(record)
    return records


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYSPARK_PYTHON", sys.executable)  # workers use this interpreter
        mp.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
        session = (
            sql.SparkSession.builder.master("local[2]")
            .appName("newsclaims-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


def _read_parts(directory: Path) -> list[str]:
    parts = sorted(directory.glob("part-*"))
    return [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]


def test_rdd_of_records(spark: Any) -> None:
    records = make_records(200)
    rdd = spark.sparkContext.parallelize(records, 4)

    out = rdd.mapPartitions(functools.partial(parse_records, keep=["source"])).collect()

    assert out == list(parse_records(records, keep=["source"]))
    assert sum("error" in o for o in out) == 8


def test_jsonl_text_file_to_text_files(spark: Any, tmp_path: Path) -> None:
    records = make_records(200)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(2, '{"id": "torn", "te')
    source = tmp_path / "archive.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    rdd = spark.sparkContext.textFile(str(source), minPartitions=2)
    rdd.mapPartitions(parse_jsonl_lines).saveAsTextFile(str(tmp_path / "parsed"))

    written = _read_parts(tmp_path / "parsed")
    assert written == list(parse_jsonl_lines(lines))
    assert json.loads(written[2]) == {
        "id": None,
        "error": "line 3: not valid JSON: Unterminated string starting at: "
        "line 1 column 16 (char 15)",
    }


def test_dataframe_to_dataframe_of_json(spark: Any, tmp_path: Path) -> None:
    records = make_records(100)
    source = tmp_path / "archive.jsonl"
    source.write_text(
        "\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8"
    )
    df = spark.read.json(str(source))  # columns: id, source, text (null when missing)

    parsed = df.rdd.mapPartitions(
        lambda rows: parse_records((row.asDict() for row in rows), keep=["source"])
    )
    table = spark.createDataFrame(
        parsed.map(lambda d: (d["id"], json.dumps(d))), "id string, article string"
    )

    rows = table.collect()
    expected = list(
        parse_records(({"text": None, **r} for r in records), keep=["source"])
    )
    assert [row.id for row in rows] == [r["id"] for r in records]
    assert [json.loads(row.article) for row in rows] == expected
    assert json.loads(rows[24].article) == {
        "id": "r24",
        "error": "record 'r24': text must be a str, got NoneType",
        "source": "feed-0",
    }
