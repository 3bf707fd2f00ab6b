"""Every compiled pattern finishes fast on hostile 100,000-character inputs.

``search`` is the worst case for backtracking: a pattern that matches nowhere is tried at
every position, and must still finish within the match timeout. The patterns are every
``regex.Pattern`` of :mod:`newsclaims._regex` and of the :mod:`newsclaims.rules`
modules (module constants and the values of their ``PATTERNS`` dicts), the patterns
the response and quantity stages build from the default lexicons, and every pattern
of :meth:`ClaimRules.patterns`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType

import pytest
import regex

import newsclaims.rules
from newsclaims import _regex, _unicode, parse_article, serialize
from newsclaims.errors import PatternTimeoutError
from newsclaims.lexicons import Lexicons
from newsclaims.rules.actors import coref, entities
from newsclaims.rules.claims import candidates
from newsclaims.rules.claims.extract import default_rules
from newsclaims.rules.quantities.find import quantity_rules
from newsclaims.rules.responses import _text as response_text
from newsclaims.rules.responses._lexicon import response_words
from newsclaims.rules.text import layout

SIZE = 100_000

_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f"

HOSTILE = {
    "letters": "a" * SIZE,
    "capitals": "A" * SIZE,
    "words": "Ann " * (SIZE // 4),
    "capital-words": "Ann Lee Bo " * (SIZE // 11),
    "shouting": "ANN LEE SAID " * (SIZE // 13),
    "spaces": " " * SIZE,
    "commas": ", " * (SIZE // 2),
    "straight-quotes": '"' * SIZE,
    "curly-open": "\u201c" * SIZE,
    "curly-mixed": "\u201c a \u201d" * (SIZE // 5),
    "every-mark": (_MARKS + " ") * (SIZE // (len(_MARKS) + 1)),
    "apostrophes": "'" * SIZE,
    "nested": ("\u201c \u2018 " * (SIZE // 8)) + ("\u2019 \u201d " * (SIZE // 8)),
    "unbalanced": '"Ann said, ' * (SIZE // 11),
    "said": "said " * (SIZE // 5),
    "name-said": "Ann Lee said " * (SIZE // 13),
    "said-that": "Ann Lee said that " * (SIZE // 18),
    "according-to": "according to Ann, " * (SIZE // 18),
    "appositive": "Ann, a b c d e f g h, " * (SIZE // 22),
    "dots": "U.S. " * (SIZE // 5),
    "digits": "1,000 " * (SIZE // 6),
    "number-words": "twenty-one hundred and " * (SIZE // 23),
    "hyphens": "a-" * (SIZE // 2),
    "brackets": "(" * (SIZE // 2) + ")" * (SIZE // 2),
    "dashes": "\u2014 " * (SIZE // 2),
    "newlines": "\n" * SIZE,
    "line-separators": "a\u2028" * (SIZE // 2),
    "crlf": "Ann said\r\n" * (SIZE // 10),
    "invisible": "\u200b\u00ad" * (SIZE // 2),
    "invisible-said": 'A\u200bnn said \ufeff"no\u2060,"' * (SIZE // 20),
    "surrogates": "\ud83d\ude00\udc80" * (SIZE // 3),
    "digits-run": "1" * SIZE,
}


def _patterns_of(module: ModuleType, prefix: str) -> dict[str, regex.Pattern[str]]:
    out = {}
    for name, value in vars(module).items():
        if isinstance(value, regex.Pattern):
            out[f"{prefix}.{name}"] = value
        elif isinstance(value, _regex.Cuts):
            out[f"{prefix}.{name}.forward"] = value.forward
            out[f"{prefix}.{name}.backward"] = value.backward
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, regex.Pattern):
                    out[f"{prefix}.{name}[{key!r}]"] = item
    return out


def _module_patterns() -> dict[str, regex.Pattern[str]]:
    out = _patterns_of(_regex, "_regex")
    out.update(_patterns_of(_unicode, "_unicode"))
    out.update(_patterns_of(serialize, "serialize"))
    prefix = "newsclaims.rules."
    for info in pkgutil.walk_packages(newsclaims.rules.__path__, prefix):
        module = importlib.import_module(info.name)
        out.update(_patterns_of(module, info.name.removeprefix(prefix)))
    words = response_words(Lexicons.default())
    out["responses.ResponseWords.cue_pattern"] = words.cue_pattern
    out["responses.ResponseWords.stance_pattern"] = words.stance_pattern
    for name, pattern in quantity_rules(Lexicons.default()).patterns.items():
        out[f"quantities.QuantityRules.{name}"] = pattern
    return out


def _unique(named: dict[str, regex.Pattern[str]]) -> dict[str, regex.Pattern[str]]:
    """Each pattern once (``coref.PATTERNS`` holds the entity patterns again)."""
    seen: set[int] = set()
    out = {}
    for name, pattern in named.items():
        if id(pattern) not in seen:
            seen.add(id(pattern))
            out[name] = pattern
    return out


PATTERNS = _unique({**default_rules().patterns(), **_module_patterns()})


def test_the_patterns_are_found() -> None:
    found = {id(p) for p in PATTERNS.values()}
    for module in (entities, coref):
        assert {id(p) for p in module.PATTERNS.values()} <= found
    quantities = quantity_rules(Lexicons.default()).patterns.values()
    assert {id(p) for p in quantities} <= found
    assert id(response_text.WORDS) in found
    assert id(response_words(Lexicons.default()).cue_pattern) in found
    assert id(layout._BOUNDARY) in found
    assert id(_unicode.INVISIBLE) in found
    assert id(serialize._DECIMAL) in found
    assert id(candidates._CUE_CUTS.backward) in found


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
def test_parse_is_total_on_hostile_text(kind: str) -> None:
    text = HOSTILE[kind]
    article = parse_article(text)
    assert article.text == _unicode.join_pairs(text)  # pairs joined, nothing else
    for claim in article.claims:
        assert 0 <= claim.content_span.start < claim.content_span.end <= len(text)


class _Recorder:
    """Stands in for a pattern and records the keyword arguments of each call."""

    pattern = "recorder"

    def __init__(self) -> None:
        self.calls: list[dict[str, object]] = []

    def _call(self, *_: object, **kwargs: object) -> list[object]:
        self.calls.append(kwargs)
        return []

    search = match = finditer = _call


_CALLS = [_regex.search, _regex.match, _regex.finditer]


class TestTimeouts:
    def test_the_limit_grows_with_the_stretch_searched(self) -> None:
        short = _regex.UNTIMED_MAX_CHARS
        assert _regex._timeout(0, 0) is None
        assert _regex._timeout(10, 10 + short) is None
        assert _regex._timeout(0, short + 1) == (
            _regex.MATCH_TIMEOUT_S + (short + 1) * _regex.TIMEOUT_PER_CHAR_S
        )
        assert _regex._timeout(10, 1_000_010) == (
            _regex.MATCH_TIMEOUT_S + 1_000_000 * _regex.TIMEOUT_PER_CHAR_S
        )

    @pytest.mark.parametrize("call", _CALLS)
    def test_a_short_stretch_runs_untimed(self, call: Callable[..., object]) -> None:
        short = _regex.UNTIMED_MAX_CHARS
        text = "a" * (3 * short)
        recorder = _Recorder()
        call(recorder, text[:short])
        call(recorder, text, short, 2 * short)
        call(recorder, text, 3 * short - 5)
        assert recorder.calls == [{}, {}, {}]

    @pytest.mark.parametrize("call", _CALLS)
    def test_a_long_stretch_is_timed(self, call: Callable[..., object]) -> None:
        short = _regex.UNTIMED_MAX_CHARS
        text = "a" * (3 * short)
        recorder = _Recorder()
        call(recorder, text)
        call(recorder, text, 1, short + 2)
        assert recorder.calls == [
            {"timeout": _regex._timeout(0, 3 * short)},
            {"timeout": _regex._timeout(1, short + 2)},
        ]

    @pytest.mark.parametrize("call", _CALLS)
    def test_backtracking_is_cut_short(
        self, call: Callable[[regex.Pattern[str], str], object]
    ) -> None:
        bad = _regex.compile_pattern(r"(?:a|aa)+b")  # exponential on "aaa...c"
        text = "a" * 60 + "c" + " " * _regex.UNTIMED_MAX_CHARS  # a long stretch
        with pytest.raises(PatternTimeoutError) as info:
            call(bad, text)
        assert str(info.value) == ("pattern '(?:a|aa)+b' timed out: regex timed out")
