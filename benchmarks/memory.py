"""Memory and time per input character: news text and repetitive hostile texts.

Run: ``python benchmarks/memory.py [--gold PATH] [--size N] [--only NAME ...]``.

News is the concatenated texts of the gold file (polnear-dev by default) cut to
``--size`` characters (1,000,000 by default); each hostile family is one short unit
repeated to the same size. For each input a warm parser (patterns compiled by a
parse of its first 10,000 characters) parses it twice, as a batch does (``parse`` and
``to_dict``):

- first under :mod:`tracemalloc`: the peak traced memory, and the bytes per input
  character. The input text itself is allocated before tracing starts: the figure is
  what parsing adds to it (the copies of the text the rules read, their working
  memory, the result, and what the bounded caches of words and phrases take in);
- then untraced, timed with :func:`time.process_time` (CPU of this process, so other
  work on the machine counts little): the time per character relative to news.

Nothing is asserted: speed and memory are measured, never tested.
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
    "mixed quote marks": '" \u201c ',
    "quote + said": '"a said ',
    "pronouns": "He said she told them it was his. ",
    "name runs": "Ann Lee Bo Park ",
    "titles and roles": "Mr President Senator Dr Minister Chief Judge ",
    "capital letters": "ABC DEF ",
    "shouting": "THE MINISTER SAID THE PLAN WAS DEAD. ",
    "commas": ", ",
    "cue words": "said says told ",
    "more cue words": "said told claimed denied ",
    "numbers": "1,234 ",
    "quantities": "155 3.5 million 20-30 ",
    "invisible": "sa\u00adid \u200b",
    "short lines": "Ann said so.\n",
}
"""Each family's unit, repeated (whole) up to the size wanted: the families of
``benchmarks/growth.py`` and a few more."""


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
    """Peak traced bytes of the first parse + to_dict of ``text``, and CPU seconds
    (untraced) of a second one."""
    parser = default_parser()
    to_dict(parser.parse(text[:10_000]))  # warm up: compiled patterns
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    to_dict(parser.parse(text))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.collect()
    start = time.process_time()
    to_dict(parser.parse(text))
    seconds = time.process_time() - start
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
    print(
        f"{'input':<18} {'chars':>10} {'peak MiB':>9} {'bytes/char':>10} "
        f"{'CPU s':>7} {'x news':>6}"
    )
    news_rate = 0.0
    for name, text in inputs.items():
        peak, seconds = _measure(text)
        rate = seconds / max(len(text), 1)
        news_rate = news_rate or rate
        print(
            f"{name:<18} {len(text):>10,} {peak / 2**20:>9.1f} "
            f"{peak / max(len(text), 1):>10.1f} {seconds:>7.2f} {rate / news_rate:>5.1f}x",
            flush=True,
        )


if __name__ == "__main__":
    main()
