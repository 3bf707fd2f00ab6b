"""Growth of parse time with input size, per family of repetitive input.

Run: ``python benchmarks/growth.py [--sizes 10000,100000,1000000] [--budget 60]``.

Each family repeats a short unit (a run of names, text in capitals, quote marks,
commas, cue words, numbers ...) up to each size, and parses it once with a warm
parser. For each tenfold step the time ratio is printed: a linear family gives about
10x, a quadratic one about 100x. A size is skipped (and said so) when the previous one
took so long that, at the ratio seen, this one would exceed ``--budget`` seconds.
With ``--cpu`` the times are CPU time of this process instead of the wall clock:
steadier on a machine busy with other work. Nothing here is asserted: speed is
measured, never tested.
"""

from __future__ import annotations

import argparse
import itertools
import time

from newsclaims import Parser
from newsclaims.examples import seed_article

# Families of repetitive input; each unit is repeated (whole) up to the size wanted.
FAMILIES: dict[str, str] = {
    "news (the example article)": seed_article() + "\n\n",
    "name runs": "Ann Lee Bo Park ",
    "capitals": "THE MINISTER SAID THE PLAN WAS DEAD. ",
    "quote marks": '" \u201c ',
    "commas": "a, ",
    "cue words": "said told claimed denied ",
    "numbers": "155 3.5 million 20-30 ",
    "pronouns": "He said she told them it was theirs. ",
    "a said": '"a said ',
    "titles and roles": "Mr President Senator Dr Minister Chief Judge ",
}


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _time(parser: Parser, text: str, *, cpu: bool = False) -> float:
    clock = time.process_time if cpu else time.perf_counter
    t0 = clock()
    parser.parse(text)
    return clock() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--budget", type=float, default=60.0)
    ap.add_argument("--family", action="append", help="only these families")
    ap.add_argument("--cpu", action="store_true", help="CPU time, not wall clock")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    parser = Parser()
    parser.parse(seed_article())  # warm: patterns compiled
    print(f"{'family':28} " + " ".join(f"{s:>12,}" for s in sizes) + "   ratios")
    for name, unit in FAMILIES.items():
        if args.family and name not in args.family:
            continue
        times: list[float | None] = []
        for size in sizes:
            prev = next((t for t in reversed(times) if t is not None), None)
            ratio = 10.0
            if len(times) > 1 and times[-1] and times[-2]:
                ratio = max(10.0, times[-1] / times[-2])
            if prev is not None and prev * ratio > args.budget:
                times.append(None)
                continue
            times.append(_time(parser, _text(unit, size), cpu=args.cpu))
        cells = " ".join(
            f"{t:>11.3f}s" if t is not None else f"{'skipped':>12}" for t in times
        )
        ratios = [f"{b / a:.1f}x" for a, b in itertools.pairwise(times) if a and b]
        print(f"{name:28} {cells}   {' '.join(ratios)}", flush=True)


if __name__ == "__main__":
    main()
