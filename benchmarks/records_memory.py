"""Memory of a long stream: ``parse_records`` holds one record at a time.

Run: ``python benchmarks/records_memory.py [--records N]``. Streams N short generated
records (100,000 by default) through :func:`newsclaims.parse_records`, consuming each
output as it comes (as a writer would), and prints the memory traced by
:mod:`tracemalloc` at checkpoints: the memory in use, the memory still in use after
:func:`gc.collect` (what the stream really holds; the rest is cyclic garbage waiting
for the collector), the peak since the start and the peak since the previous
checkpoint. Flat figures mean memory does not grow with the number of records.
Nothing is asserted. Tracing makes Python several times slower.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
import tracemalloc
from collections.abc import Iterator

from newsclaims import parse_records
from newsclaims.batch import RecordStats
from newsclaims.parser import default_parser

NAMES = ("Ann Lee", "Bo Park", "Carla Mendes", "Rahul Iyer", "Zoë Müller")
LINES = (
    '"We will rebuild the {n}th bridge," said {name}.',
    "{name} said that {n} families had left the valley.",
    "According to {name}, the plan costs ${n} million.",
    "Nothing was said about the {n} trucks.",
)
CHECKPOINTS = (10_000, 50_000, 100_000)


def records(count: int) -> Iterator[dict[str, str]]:
    """``count`` short records, generated one at a time (never held in a list)."""
    for n in range(count):
        text = LINES[n % len(LINES)].format(n=n, name=NAMES[n % len(NAMES)])
        if n % 7 == 0:
            text += " " + LINES[(n + 1) % len(LINES)].format(n=n + 1, name=NAMES[0])
        yield {"id": f"rec-{n}", "text": text, "source": "generated"}


def _mib(size: int) -> str:
    return f"{size / 2**20:7.2f} MiB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", type=int, default=CHECKPOINTS[-1])
    args = ap.parse_args()
    checkpoints = sorted({c for c in CHECKPOINTS if c < args.records} | {args.records})

    default_parser().parse('"Warm," said Ann Lee.')  # compile before tracing
    gc.collect()
    tracemalloc.start()
    base, peak = tracemalloc.get_traced_memory()
    stats = RecordStats()
    chars = 0
    t0 = time.perf_counter()
    print("records     in use   after gc       peak   peak since last   elapsed")
    for n, out in enumerate(parse_records(records(args.records), stats=stats), 1):
        chars += len(json.dumps(out))  # consume the output, keep nothing
        if n in checkpoints:
            current, window = tracemalloc.get_traced_memory()
            gc.collect()
            held, _ = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            peak = max(peak, window)
            print(
                f"{n:>7,}  {_mib(current - base)} {_mib(held - base)}"
                f"  {_mib(peak - base)}"
                f"   {_mib(window - base)}   {time.perf_counter() - t0:6.1f} s"
            )
    tracemalloc.stop()
    print(f"{stats}; {chars:,} characters of JSON written")


if __name__ == "__main__":
    main()
