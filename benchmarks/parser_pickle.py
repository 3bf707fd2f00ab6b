"""What travels to a worker: the pickled size of a ``Parser`` and the cost of unpickling.

Run: ``python benchmarks/parser_pickle.py [--runs N]``. Prints figures; nothing here is
asserted (speed is measured, never tested).

A ``Parser`` pickles as its lexicons only; unpickling compiles the claim patterns
again. Inside one process the ``regex`` module's own pattern cache (500 entries,
shared with every other user of ``regex``) usually makes the second unpickle cheap;
the figures below show the cost in a fresh worker process, with that cache warm, and
with it purged (what every unpickle costs once the cache has been evicted).
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

from newsclaims.lexicons import Lexicons
from newsclaims.parser import Parser

_IN_A_FRESH_PROCESS = """
import json, pickle, sys, time
t0 = time.perf_counter()
import newsclaims.parser
imported = time.perf_counter() - t0
blob = open(sys.argv[1], "rb").read()
t0 = time.perf_counter(); pickle.loads(blob); cold = time.perf_counter() - t0
t0 = time.perf_counter(); pickle.loads(blob); warm = time.perf_counter() - t0
print(json.dumps({"import": imported, "cold": cold, "warm": warm}))
"""


def _fresh_process(blob: bytes) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "parser.pickle"
        path.write_bytes(blob)
        out = subprocess.run(
            [sys.executable, "-c", _IN_A_FRESH_PROCESS, str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
    figures: dict[str, float] = json.loads(out.stdout)
    return figures


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def _median_seconds(action: object, runs: int) -> float:
    assert callable(action)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    extended = Lexicons.default().extended(cue_verbs=["opine"], roles=["ombudsman"])
    for label, parser in (
        ("Parser()", Parser()),
        ("Parser(extended lexicons)", Parser(lexicons=extended)),
    ):
        blob = pickle.dumps(parser, protocol=pickle.HIGHEST_PROTOCOL)
        dump = _median_seconds(lambda p=parser: pickle.dumps(p), args.runs)
        print(f"{label}: pickled {len(blob):,} bytes, pickle.dumps {_ms(dump)}")

    parser = Parser()
    blob = pickle.dumps(parser, protocol=pickle.HIGHEST_PROTOCOL)
    n_patterns = len(parser._claim_rules.patterns())  # noqa: SLF001
    print(f"claim patterns compiled per ClaimRules: {n_patterns}")

    fresh = [_fresh_process(blob) for _ in range(args.runs)]
    print(
        "fresh worker process: import newsclaims.parser "
        f"{_ms(statistics.median(f['import'] for f in fresh))}; "
        f"first unpickle {_ms(statistics.median(f['cold'] for f in fresh))}; "
        f"second unpickle {_ms(statistics.median(f['warm'] for f in fresh))} "
        f"(median of {args.runs} processes)"
    )

    warm = _median_seconds(lambda: pickle.loads(blob), args.runs)
    print(f"unpickle, regex cache warm: {_ms(warm)}")

    def purged() -> None:
        regex.purge()
        pickle.loads(blob)

    print(
        f"unpickle, regex cache purged first: {_ms(_median_seconds(purged, args.runs))}"
    )


if __name__ == "__main__":
    main()
