"""A ``Parser`` is shared between threads and pickled to processes: same articles.

The texts are written for this test (and generated from a few templates): quotes with
tags before and after, reported speech, pronouns, countries and their capitals,
responses, quantities and a dateline.
"""

from __future__ import annotations

import itertools
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from newsclaims import Article, Parser

WRITTEN = [
    '"We will not back down," said Ann Lee, the mayor of Eastport.',
    "Bo Park said that the bridge would open in May. He added it cost $2 billion.",
    "KYIV, Ukraine (Reuters) \u2014 The Kremlin said the talks had failed.",
    "Ukraine denied the claim on Monday, the foreign ministry said.",
    "According to the ministry, at least 155 people were hurt.",
    "\u201cThis is a lie,\u201d the spokesman told reporters.",
    "In response, Carla Mendes said the figures were accurate.",
    "Protesters accused Beijing of ignoring them. China rejected that.",
    "LONDON \u2013 Prices rose 3.5% in March, the statistics office said.",
    '"It is done." Ann Lee smiled. "Now we rest," she said.',
    "Sen. Dmitri Volkov urged the committee to act. Volkov said nothing else.",
    "",
    "No one said anything at all.",
    '"Unbalanced, said Ann Lee. \u201cAnd this one too,\u2019 he said.',
]

WHO = ["Ann Lee", "Bo Park", "The ministry", "A senior official", "They", "Beijing"]
CUE = ["said", "told reporters", "warned", "denied", "claimed"]
WHAT = [
    "that the plan had failed",
    "the deal was signed on Friday",
    "that dozens of homes were flooded",
]


def _generated() -> list[str]:
    out = []
    for who, cue, what in itertools.islice(
        itertools.product(WHO, CUE, WHAT), 0, None, 3
    ):
        out.append(f"{who} {cue} {what}. \u201cWe know,\u201d {who.lower()} {cue}.")
    return out


TEXTS = WRITTEN + _generated()


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="module")
def serial(parser: Parser) -> list[Article]:
    return [parser.parse(t, id=f"doc-{i}") for i, t in enumerate(TEXTS)]


def _parse(parser: Parser, item: tuple[int, str]) -> Article:
    i, text = item
    return parser.parse(text, id=f"doc-{i}")


def test_there_are_dozens_of_texts() -> None:
    assert len(TEXTS) == 44
    assert len(set(TEXTS)) == len(TEXTS)


def test_the_texts_make_claims(serial: list[Article]) -> None:
    assert sum(len(a.claims) for a in serial) >= len(TEXTS)


def test_a_parser_pickles(parser: Parser, serial: list[Article]) -> None:
    clone = pickle.loads(pickle.dumps(parser))
    assert clone == parser
    assert [clone.parse(t, id=f"doc-{i}") for i, t in enumerate(TEXTS)] == serial


def test_threads_give_the_same_articles(parser: Parser, serial: list[Article]) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        # Each text several times, in an order unlike the serial one.
        items = list(enumerate(TEXTS)) * 3
        got = list(pool.map(lambda item: _parse(parser, item), items[::-1]))
    assert got[::-1] == serial * 3


def test_processes_give_the_same_articles(
    parser: Parser, serial: list[Article]
) -> None:
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter, hash seed
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        got = list(
            pool.map(_parse, itertools.repeat(parser), enumerate(TEXTS), chunksize=7)
        )
    assert got == serial
