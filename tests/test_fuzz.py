"""Fuzzing ``parse_article`` with news-like text: total, valid, quiet and deterministic.

The text is built from pieces that make the rules work: names, titles, reporting cues,
quote marks of every kind (paired, nested, unbalanced), punctuation, whitespace
(``\\r\\n``, ``\\u2028``, tabs), non-Latin scripts, emoji and control characters.
Each property holds for every text:

- totality: an :class:`~newsclaims.Article` comes back, holding the text as given;
- valid spans: every span slices inside the text, every content is non-empty and every
  speaker, target and response id resolves (the model checks this on construction;
  the test asserts it again, directly);
- quiet: no ``NewsclaimsWarning`` (pytest turns warnings into errors);
- deterministic: another process, with another hash seed, gives the same ``to_dict``.

Run longer with ``--hypothesis-profile thorough``; ``fuzz/atheris_parse.py`` runs a
coverage-guided fuzzer over the same entry point.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims import Article, Span, parse_article, to_dict

QUOTES = [
    '"',
    "'",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    "\u201e",
    "\u201f",
    "\u2039",
    "\u203a",
    "``",
    "''",
]
NAMES = [
    "Ann Lee",
    "Lee",
    "Bo Park",
    "Mr. Park",
    "President Carla Mendes",
    "the president",
    "a senior official",
    "the Kremlin",
    "Beijing",
    "China",
    "Chinese",
    "the ministry",
    "Ministry of Health",
    "World Health Organization (WHO)",
    "the WHO",
    "U.S.",
    "protesters",
    "ANN LEE",
]
CUES = [
    "said",
    "says",
    "told",
    "told reporters",
    "added",
    "denied",
    "accused",
    "urged",
    "according to",
    "in a statement",
    "In response,",
    "rejected",
    "claimed",
    "warned",
    "saying",
    "that",
    "of",
    "to",
]
WORDS = [
    "he",
    "she",
    "they",
    "it",
    "I",
    "we",
    "the talks",
    "failed",
    "would",
    "not",
    "at least 155",
    "3.5%",
    "$2 billion",
    "twenty-one",
    "dozens of",
    "on Monday",
    "KYIV, Ukraine (Reuters) \u2014",
    "LONDON \u2013",
]
MARKS = [" ", " ", " ", ",", ".", ". ", ":", ";", "?", "!", "(", ")", "\u2014", "-"]
SPACES = ["\n", "\n\n", "\r\n", "\r", "\t", "\u2028", "\u2029", "\u00a0", "\x0b", "  "]
ODD = ["\x00", "\x1b", "\ufeff", "\u200b", "\u0301", "\ud7ff", "\U0001f600"]
SCRIPTS = ["\u041f\u0435\u043a\u0438\u043d", "\u5317\u4eac", "\u0627\u0644\u0642\u062f\u0633", "\u00dfe", "\u0130stanbul"]  # fmt: skip

PIECES = st.sampled_from(QUOTES + NAMES + CUES + WORDS + MARKS + SPACES + ODD + SCRIPTS)
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=60).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts)
)
"""News-like text: pieces joined with spaces (odd counts) or glued (even counts)."""


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Build the default parser before any example is timed."""
    parse_article('"Ready," said Ann Lee.')


def _spans(article: Article) -> Iterator[Span]:
    if article.dateline is not None:
        yield article.dateline.span
    for actor in article.actors:
        yield from actor.mentions
    for claim in article.claims:
        for s in (claim.speaker_span, claim.cue_span, claim.content_span):
            if s is not None:
                yield s
        yield from claim.content_parts
        for q in claim.quantities:
            yield q.span
    for r in article.responses:
        if r.cue_span is not None:
            yield r.cue_span


def check(text: str) -> Article:
    """Parse ``text`` and assert every property but determinism."""
    article = parse_article(text)
    assert isinstance(article, Article)
    assert article.text == text
    for span in _spans(article):
        assert 0 <= span.start <= span.end <= len(text)
    actors = {a.id for a in article.actors}
    claims = {c.id for c in article.claims}
    assert len(actors) == len(article.actors)
    assert len(claims) == len(article.claims)
    for claim in article.claims:
        assert len(claim.content_span) > 0
        assert claim.content_span.of(text).strip()
        assert claim.speaker is None or claim.speaker in actors
        assert claim.target is None or claim.target in actors
        for part in claim.content_parts:
            assert claim.content_span.contains(part)
        for q in claim.quantities:
            assert claim.content_span.contains(q.span)
    for r in article.responses:
        assert r.claim in claims
        assert r.responds_to in claims
        assert r.claim != r.responds_to
    return article


@given(NEWSY)
def test_news_like_text(text: str) -> None:
    check(text)


@given(st.text())
def test_any_text(text: str) -> None:
    check(text)


@given(
    st.lists(st.sampled_from(QUOTES + NAMES[:4] + [" said ", ", ", ". "]), max_size=200)
)
def test_quote_soup(pieces: list[str]) -> None:
    check("".join(pieces))


def _dicts(texts: list[str]) -> list[dict[str, Any]]:
    """Runs in a worker: the ``to_dict`` of each text."""
    return [to_dict(parse_article(t)) for t in texts]


@pytest.fixture(scope="module")
def worker() -> Iterator[ProcessPoolExecutor]:
    """One spawned process (its own hash seed), warmed up once for the module."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        pool.submit(_dicts, ["warm up"]).result()
        yield pool


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(NEWSY, min_size=1, max_size=8))
def test_same_result_in_another_process(
    worker: ProcessPoolExecutor, texts: list[str]
) -> None:
    here = [to_dict(check(t)) for t in texts]
    assert worker.submit(_dicts, texts).result() == here


EDGE_CASES = [
    pytest.param("\u201c\u201c said Ann Lee \u201d\u201d", id="doubled-curly"),
    pytest.param("''Yes,'' said Ann Lee.", id="doubled-apostrophes"),
    pytest.param('"a\r\n"b," said Lee.\u2028"c', id="crlf-and-line-separator"),
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases(text: str) -> None:
    check(text)
