# ruff: noqa: INP001, S101
"""Coverage-guided fuzzing of ``parse_article`` with atheris (libFuzzer for Python).

Each input is decoded as UTF-8 (with replacement, so any bytes make a ``str``) and
parsed; the harness fails when parsing raises, warns (``NewsclaimsWarning`` is made an
error), or gives an article whose spans or ids are invalid, or when the JSON form does
not load back to the same article.

Run (atheris is not a dependency of newsclaims)::

    pip install atheris
    mkdir -p fuzz/corpus
    python fuzz/atheris_parse.py fuzz/corpus -max_total_time=120 -max_len=4096

libFuzzer options follow the corpus directory: ``-max_total_time`` (seconds),
``-max_len`` (bytes), ``-jobs``/``-workers`` for parallel runs, ``-timeout`` (seconds
per input: a hang is reported as a crash). A crashing input is written to
``crash-<sha1>``; re-run it with ``python fuzz/atheris_parse.py crash-<sha1>``. Seed
the corpus with a few news paragraphs of your own to start from realistic text.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import warnings

import atheris

with atheris.instrument_imports():
    import newsclaims
    import newsclaims.parser
    import newsclaims.rules
    import newsclaims.serialize
    from newsclaims.errors import NewsclaimsWarning

    for _info in pkgutil.iter_modules(newsclaims.rules.__path__):
        importlib.import_module(f"newsclaims.rules.{_info.name}")  # lazy otherwise
    PARSER = newsclaims.Parser()
SEEDS = (
    '"We will stay," said Ann Lee. She said that the talks had failed.',
    "KYIV, Ukraine (Reuters) \u2014 The Kremlin denied it. Beijing said no.",
    "\u201cIt is over,\u201d the minister told reporters, at least 155 of them.",
)


def _check(article: newsclaims.Article, text: str) -> None:
    size = len(text)
    actors = {a.id for a in article.actors}
    claims = {c.id for c in article.claims}
    for actor in article.actors:
        for m in actor.mentions:
            assert 0 <= m.start <= m.end <= size, m
    for claim in article.claims:
        assert 0 <= claim.content_span.start < claim.content_span.end <= size
        assert claim.speaker is None or claim.speaker in actors
        assert claim.target is None or claim.target in actors
    for r in article.responses:
        assert r.claim in claims
        assert r.responds_to in claims
    assert newsclaims.loads(newsclaims.dumps(article)) == article


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    with warnings.catch_warnings():
        warnings.simplefilter("error", NewsclaimsWarning)
        article = PARSER.parse(text)
    _check(article, text)


def main() -> None:
    for seed in SEEDS:  # the harness itself works before the fuzzer starts
        test_one_input(seed.encode())
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
