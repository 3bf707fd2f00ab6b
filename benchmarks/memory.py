"""Memory per input character: news text and repetitive hostile texts.

Run: ``python benchmarks/memory.py [--gold PATH] [--size N] [--only NAME ...]``. For each input, parses it
once to warm up, then again under :mod:`tracemalloc` (``parse`` and ``to_dict``, as a
batch does) and prints the peak traced memory, the bytes per input character and the
time per character relative to news. News is the concatenated texts of the gold file
(polnear-dev by default) cut to ``--size`` characters (1,000,000 by default); each hostile
family is one pattern repeated to the same size. Nothing is asserted; tracing makes
Python several times slower, so the times are only comparable within one run.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
import tracemalloc
from pathlib import Path

from newsclaims import to_dict
from newsclaims.parser import default_parser

DEFAULT_GOLD = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "polnear-dev.jsonl"
)

FAMILIES = {
    "quote marks": '"',
    "quote + said": '"a said ',
    "pronouns": "He said she told them it was his. ",
    "name runs": "Ann Lee Bo Park ",
    "capitals": "ABC DEF ",
    "commas": ", ",
    "cue words": "said says told ",
    "numbers": "1,234 ",
    "invisible": "sa\u00adid \u200b",
}


def _news(path: Path, size: int) -> str:
    texts: list[str] = []
    total = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            if total >= size:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
                total += len(texts[-1]) + 2
    return "\n\n".join(texts)[:size]


def _measure(text: str) -> tuple[int, float]:
    """Peak traced bytes and seconds of one parse + to_dict."""
    parser = default_parser()
    to_dict(parser.parse(text[:10_000]))  # warm up: caches and compiled patterns
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    start = time.perf_counter()
    to_dict(parser.parse(text))
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument(
        "--only", nargs="+", metavar="NAME", help="these families only (news always)"
    )
    args = ap.parse_args()
    inputs = {"news": _news(args.gold, args.size)}
    for name, unit in FAMILIES.items():
        if not args.only or name in args.only:
            inputs[name] = (unit * (args.size // len(unit) + 1))[: args.size]
    print(f"{'input':<14} {'chars':>10} {'peak MiB':>9} {'bytes/char':>10} {'time':>6}")
    news_rate = 0.0
    for name, text in inputs.items():
        peak, seconds = _measure(text)
        rate = seconds / max(len(text), 1)
        news_rate = news_rate or rate
        print(
            f"{name:<14} {len(text):>10,} {peak / 2**20:>9.1f} "
            f"{peak / max(len(text), 1):>10.1f} {rate / news_rate:>5.1f}x"
        )


if __name__ == "__main__":
    main()
