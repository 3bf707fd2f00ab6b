"""Memory and time per input character: news text and repetitive hostile texts.

Run: ``python benchmarks/memory.py [--gold PATH] [--size N] [--only NAME ...]``.

News is the concatenated texts of the gold file (polnear-dev by default) cut to
``--size`` characters (1,000,000 by default); each hostile family is one short unit
repeated to the same size. For each input a warm parser (patterns compiled by a
parse of its first 10,000 characters) parses it twice:

- first under :mod:`tracemalloc`, then writes the article three ways, one after the
  other, while it is alive: as the command line writes it (``newsclaims parse
  --format jsonl``: the article's JSON item by item, to a sink that drops it), as
  :func:`~newsclaims.batch.parse_jsonl_lines` makes its line (one ``str``), and as
  :func:`~newsclaims.serialize.to_dict` makes its dict (what
  :func:`~newsclaims.batch.parse_records` yields). For each way: the peak traced
  memory of parsing and writing, per input character. The input text itself is
  allocated before tracing starts: the figure is what parsing and writing add to it
  (the copies of the text the rules read, their working memory, the result, the
  written form, and what the bounded caches of words and phrases take in);
- then untraced, timed with :func:`time.process_time` (CPU of this process, so other
  work on the machine counts little): the parse and the command line's writing,
  per character relative to news.

Nothing is asserted: speed and memory are measured, never tested.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import time
import tracemalloc
from pathlib import Path

from newsclaims import Article, to_dict
from newsclaims._cli_input import _Input
from newsclaims._cli_output import _Output
from newsclaims.batch import _dump, _Parsed
from newsclaims.parser import default_parser

_ITEM = _Input(where="<benchmark>", name="b", id=None, text="")

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


class _Sink(io.TextIOBase):
    """Standard output that drops what it is given."""

    def write(self, text: str) -> int:
        return len(text)


def _cli_write(article: Article) -> None:
    """What ``newsclaims parse --format jsonl`` does with an article."""
    with contextlib.redirect_stdout(_Sink()):
        _Output("jsonl", single=False, out_dir=None).write(_ITEM, article)


def _line(article: Article) -> str:
    """What :func:`~newsclaims.batch.parse_jsonl_lines` makes of an article."""
    return _dump(_Parsed(article, None, {}), 1)


def _measure(text: str) -> tuple[tuple[int, int, int], float]:
    """Peak traced bytes of the first parse of ``text`` with each way of writing it
    (command line, JSON line, dict), and CPU seconds (untraced) of a second parse
    written as the command line writes it."""
    parser = default_parser()
    _cli_write(parser.parse(text[:10_000]))  # warm up: compiled patterns
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    article = parser.parse(text)
    _, parse = tracemalloc.get_traced_memory()
    peaks = []
    for write in (_cli_write, _line, to_dict):
        tracemalloc.reset_peak()
        write(article)  # what it makes is dropped before the next way is traced
        peaks.append(max(parse, tracemalloc.get_traced_memory()[1]))
    del article
    tracemalloc.stop()
    gc.collect()
    start = time.process_time()
    _cli_write(parser.parse(text))
    seconds = time.process_time() - start
    return (peaks[0], peaks[1], peaks[2]), seconds


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
        f"{'input':<18} {'chars':>10} {'CLI MiB':>8} "
        f"{'bytes/char: CLI':>15} {'line':>6} {'dict':>6} {'CPU s':>7} {'x news':>6}"
    )
    news_rate = 0.0
    for name, text in inputs.items():
        (cli, line, data), seconds = _measure(text)
        rate = seconds / max(len(text), 1)
        news_rate = news_rate or rate
        per = [x / max(len(text), 1) for x in (cli, line, data)]
        print(
            f"{name:<18} {len(text):>10,} {cli / 2**20:>8.1f} {per[0]:>15.1f} "
            f"{per[1]:>6.1f} {per[2]:>6.1f} {seconds:>7.2f} {rate / news_rate:>5.1f}x",
            flush=True,
        )


if __name__ == "__main__":
    main()
