"""Every compiled pattern finishes fast on hostile 100,000-character inputs.

``search`` is the worst case for backtracking: a pattern that matches nowhere is tried at
every position, and must still finish within the match timeout.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
import regex

import newsclaims.rules
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


HOSTILE_TIMEOUT_S = 10.0
"""Catastrophic backtracking on 100,000 characters takes minutes or forever; a linear
pattern takes well under a second, windowed ones a second or two. The generous limit
tells the two apart without depending on how busy the machine is."""


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear(name: str) -> None:
    pattern = PATTERNS[name]
    for kind, text in HOSTILE.items():
        try:
            pattern.search(text, timeout=HOSTILE_TIMEOUT_S)
        except TimeoutError:  # pragma: no cover - the failure we guard against
            pytest.fail(f"{name} backtracks on {kind}")


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_extract_is_total_on_hostile_text(kind: str) -> None:
    default_rules().extract(HOSTILE[kind])
