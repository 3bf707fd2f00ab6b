"""Throughput of ``parse_article``: characters per second, scaling, import time.

Beside the throughput it prints, from the same runs (interleaved, so both see the same
load of the machine), the rate of a bare ``regex`` tokenising pass over the same texts
for scale, and the memory the compiled parser takes.

Run: ``python benchmarks/throughput.py [--gold PATH] [--runs N]``. Prints figures;
nothing here is asserted (speed is measured, never tested). Start-up is measured in
fresh processes, without and with the pattern cache (``NEWSCLAIMS_CACHE_DIR``); the
rest in this process, with the cache as configured.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from newsclaims import Parser

DEFAULT_GOLD = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "polnear-dev.jsonl"
)


def _texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def _fresh(code: str, **env: str) -> float:
    """The seconds ``code`` prints when run in a fresh interpreter with ``env``."""
    return float(_fresh_out(code, **env).split()[0])


def _fresh_out(code: str, **env: str) -> str:
    """What ``code`` prints when run in a fresh interpreter with ``env``."""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **_BYTECODE, **env},
    )
    return out.stdout


_BYTECODE: dict[str, str] = {}
"""The environment of the fresh interpreters: with Python's bytecode cache on, as an
installed package runs (``pip`` writes the ``.pyc`` files at install); see
:func:`_with_bytecode`."""


def _with_bytecode(pycache: str) -> None:
    """Time fresh interpreters with Python's bytecode cache on (in ``pycache``), as
    an installed package runs, whatever ``PYTHONDONTWRITEBYTECODE`` says here: with
    it set, every fresh process compiles each module from source, which is no cost
    of newsclaims (about 0.1 s more on the first parse)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    _BYTECODE["PYTHONPYCACHEPREFIX"] = pycache


_IMPORT = (
    "import time; t = time.perf_counter(); import newsclaims; "
    "print(time.perf_counter() - t)"
)


_FIRST_PARSE = """
import time
t, c = time.perf_counter(), time.process_time()
import newsclaims
from newsclaims.examples import seed_article
newsclaims.parse_article(seed_article())
print(time.perf_counter() - t, time.process_time() - c)
"""


def _first_parse(cache: str) -> tuple[float, float]:
    """Seconds (wall clock, CPU) from a fresh interpreter to the first parsed
    article, import included, with ``NEWSCLAIMS_CACHE_DIR=cache`` (empty: no pattern
    cache)."""
    wall, cpu = _fresh_out(_FIRST_PARSE, NEWSCLAIMS_CACHE_DIR=cache).split()
    return float(wall), float(cpu)


def _start_up(processes: int, cache: str) -> None:
    """The first ``parse_article`` in fresh processes: with no pattern cache (what the
    very first process on a machine pays), and with a warm one (every later process)."""
    cold = sorted(_first_parse("")[0] for _ in range(3))
    print(
        f"first parse_article, no pattern cache: median {statistics.median(cold):.2f} s"
    )
    _first_parse(cache)  # fills the cache
    runs = [_first_parse(cache) for _ in range(processes)]
    warm = sorted(wall for wall, _ in runs)
    cpu = statistics.median(c for _, c in runs)
    print(
        f"first parse_article, warm pattern cache: median {statistics.median(warm):.2f} s "
        f"(min {min(warm):.2f}, max {max(warm):.2f}, {processes} processes; "
        f"CPU median {cpu:.2f} s)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    args = ap.parse_args()

    pycache = tempfile.TemporaryDirectory()
    _with_bytecode(pycache.name)
    _fresh_out("import newsclaims.parser, newsclaims.examples")  # writes bytecode
    imports = sorted(_fresh(_IMPORT) for _ in range(5))
    print(f"import newsclaims: median {statistics.median(imports) * 1000:.0f} ms")
    cache = tempfile.TemporaryDirectory()  # a pattern cache of this run's own
    _start_up(10, cache.name)

    from newsclaims import Parser  # noqa: PLC0415 - timed above in a fresh process

    t0 = time.perf_counter()
    parser = Parser()
    print(
        f"Parser() (compiles the patterns): {(time.perf_counter() - t0) * 1000:.0f} ms"
    )

    print(
        f"compiled parser (Parser() and a first parse, traced): {_parser_mib(cache.name):.1f} MiB"
    )

    texts = _texts(args.gold)
    chars = sum(len(t) for t in texts)
    rates, reference = [], []
    for _ in range(args.runs):  # interleaved: both see the same load of the machine
        t0 = time.perf_counter()
        for text in texts:
            parser.parse(text)
        rates.append(chars / (time.perf_counter() - t0))
        reference.append(chars / _reference_pass(texts))
    print(
        f"{args.gold.name}: {len(texts)} articles, {chars:,} chars; "
        f"median {statistics.median(rates):,.0f} chars/s "
        f"(min {min(rates):,.0f}, max {max(rates):,.0f}, {args.runs} runs)"
    )
    ratio = statistics.median(reference) / statistics.median(rates)
    print(
        f"reference, a bare regex tokenising pass of the same texts: median "
        f"{statistics.median(reference):,.0f} chars/s; newsclaims runs at 1/{ratio:.0f}"
    )

    pool = "\n\n".join(texts)
    print("size        seconds     chars/s  input")
    sizes = [int(s) for s in args.sizes.split(",")]
    for size in sizes:
        _row(parser, pool[:size], "news")
    _row(parser, _hostile(max(sizes)), "hostile")


_REFERENCE_TOKEN = regex.compile(r"\w+|[^\w\s]")


def _reference_pass(texts: list[str]) -> float:
    """Seconds one bare ``regex`` pass takes to find every word and mark of
    ``texts``: the floor of any reading of the text, for scale."""
    t0 = time.perf_counter()
    for text in texts:
        _REFERENCE_TOKEN.findall(text)
    return time.perf_counter() - t0


_PARSER_MEMORY = """
import gc, tracemalloc
import newsclaims
from newsclaims.examples import seed_article
tracemalloc.start()
parser = newsclaims.Parser()
parser.parse(seed_article())
gc.collect()
print(tracemalloc.get_traced_memory()[0] / 2**20)
"""


def _parser_mib(cache: str) -> float:
    """MiB traced in a fresh process by ``Parser()`` and its first parse after the
    import (the compiled patterns, loaded from the pattern cache ``cache``, which
    holds this version's patterns only, and the word tables)."""
    return _fresh(_PARSER_MEMORY, NEWSCLAIMS_CACHE_DIR=cache)


HOSTILE_PIECES = (
    "Ann Lee said ",
    '"',
    "\u201c",
    "ANN LEE ",
    "U.S. ",
    ", ",
    "\u2018",
    "\u201d said Bo Park, ",
    "'",
    "According to ",
)


RUN = 5_000
"""Characters in one run of one hostile piece."""


def _hostile(size: int) -> str:
    """Text built to make patterns work hard: runs of names and cues, capitals, quote
    marks (nested, unbalanced), commas, and never a paragraph break."""
    runs = "".join(piece * (RUN // len(piece)) for piece in HOSTILE_PIECES)
    return (runs * (size // len(runs) + 1))[:size]


def _row(parser: Parser, text: str, kind: str) -> None:
    t0 = time.perf_counter()
    parser.parse(text)
    took = time.perf_counter() - t0
    print(f"{len(text):>9,}  {took:9.3f}  {len(text) / took:>10,.0f}  {kind}")


if __name__ == "__main__":
    main()
