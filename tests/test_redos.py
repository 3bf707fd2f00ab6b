"""Every compiled pattern finishes fast on hostile 100,000-character inputs.

``search`` is the worst case for backtracking: a pattern that matches nowhere is tried at
every position, and must still finish within the match timeout.
"""

from __future__ import annotations

import importlib
import pkgutil
import time

import pytest
import regex

import newsclaims.rules
from newsclaims._regex import search
from newsclaims.errors import PatternTimeoutError
from newsclaims.rules.claims import default_rules

SIZE = 100_000

HOSTILE = {
    "letters": "a" * SIZE,
    "capitals": "A" * SIZE,
    "words": "Ann " * (SIZE // 4),
    "capital-words": "Ann Lee Bo " * (SIZE // 11),
    "spaces": " " * SIZE,
    "commas": ", " * (SIZE // 2),
    "straight-quotes": '"' * SIZE,
    "curly-open": "\u201c" * SIZE,
    "curly-mixed": "\u201c a \u201d" * (SIZE // 5),
    "apostrophes": "'" * SIZE,
    "nested": ("\u201c \u2018 " * (SIZE // 8)) + ("\u2019 \u201d " * (SIZE // 8)),
    "said": "said " * (SIZE // 5),
    "name-said": "Ann Lee said " * (SIZE // 13),
    "appositive": "Ann, a b c d e f g h, " * (SIZE // 22),
    "dots": "U.S. " * (SIZE // 5),
    "newlines": "\n" * SIZE,
}


def _module_patterns() -> dict[str, regex.Pattern[str]]:
    out = {}
    for info in pkgutil.iter_modules(newsclaims.rules.__path__):
        module = importlib.import_module(f"newsclaims.rules.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern):
                out[f"{info.name}.{name}"] = value
    return out


PATTERNS = {**default_rules().patterns(), **_module_patterns()}


WINDOWED = frozenset(
    {
        "direct.colon_tag",
        "direct.tag_after",
        "direct.tag_before",
        "reported.addressee",
        "reported.chain",
        "reported.head",
        "reported.obj_of",
        "reported.obj_to",
        "reported.tag_after",
    }
)
"""Patterns the rules only run inside one sentence or a window of a few hundred
characters beside a cue or quote mark: linear, but with a large constant on runs of capitalised
words, so they are checked for linear growth instead of the 100k timeout."""


def _seconds(pattern: regex.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    pattern.search(text)  # no timeout: we measure growth
    return time.perf_counter() - start


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear(name: str) -> None:
    pattern = PATTERNS[name]
    for kind, text in HOSTILE.items():
        if name in WINDOWED:
            small, large = (
                _seconds(pattern, text[:2_000]),
                _seconds(pattern, text[:8_000]),
            )
            assert large < 8 * small + 0.01, (
                name,
                kind,
                small,
                large,
            )  # 4x when linear
            continue
        try:
            search(pattern, text)
        except PatternTimeoutError:  # pragma: no cover - the failure we guard against
            pytest.fail(f"{name} timed out on {kind}")


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_extract_is_total_on_hostile_text(kind: str) -> None:
    default_rules().extract(HOSTILE[kind])
