"""Page furniture: labels, link lines, credits, captions, pull quotes and datelines are
set aside, never a claim and never inside one; real speech on such lines stays."""

from __future__ import annotations

import json
import random
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import pytest

from newsclaims import Article, Span, parse_article
from newsclaims.lexicons import Lexicons
from newsclaims.rules.text.furniture import Compaction, find_furniture


class Case(NamedTuple):
    id: str
    text: str
    furniture: list[str]
    contents: list[str]


CASES = [
    Case(
        "section-label",
        "IN THE REGION: Ferries were halted, the harbour master said.",
        ["IN THE REGION: "],
        ["Ferries were halted"],
    ),
    Case(
        "section-label-alone",
        "WHAT TO WATCH:\nThe vote is in May, Nell Ostby said.",
        ["WHAT TO WATCH:"],
        ["The vote is in May"],
    ),
    Case(
        "watch-line",
        "WATCH: Mayor says the pier will reopen\nNell Ostby said the pier was safe.",
        ["WATCH: Mayor says the pier will reopen"],
        ["the pier was safe"],
    ),
    Case(
        "read-more-line",
        "Nell Ostby said the pier was safe.\nREAD MORE: Pier repairs to cost millions",
        ["READ MORE: Pier repairs to cost millions"],
        ["the pier was safe"],
    ),
    Case(
        "related-line",
        "Related: Council says fares will rise\nNell Ostby said fares would fall.",
        ["Related: Council says fares will rise"],
        ["fares would fall"],
    ),
    Case(
        "advertisement",
        "Nell Ostby said fares would fall.\nAdvertisement\nShe said buses would run.",
        ["Advertisement"],
        ["fares would fall", "buses would run"],
    ),
    Case(
        "caption-with-credit",
        "Nell Ostby said fares would fall.\n"
        "The mayor speaks at the depot on Monday. (Piet Brandt/The Upland Courier)\n"
        "She said buses would run.",
        ["The mayor speaks at the depot on Monday. (Piet Brandt/The Upland Courier)"],
        ["fares would fall", "buses would run"],
    ),
    Case(
        "video-shows",
        "Video shows the mayor saying fares will rise.\nNell Ostby said fares would fall.",
        ["Video shows the mayor saying fares will rise."],
        ["fares would fall"],
    ),
    Case(
        "image-caption",
        "Image caption Nell Ostby said the depot would close\n"
        "Nell Ostby said fares would fall.",
        ["Image caption Nell Ostby said the depot would close"],
        ["fares would fall"],
    ),
    Case(
        "the-video-shows-is-story",
        "The video shows that the depot was empty, Nell Ostby said.",
        [],
        ["The video shows that the depot was empty"],
    ),
    Case(
        "pull-quote",
        'Nell Ostby said the depot "will be shut by the end of the year," citing costs.'
        '\n\n"will be shut by the end of the year."\n\nThe council met later.',
        ['"will be shut by the end of the year."'],
        ['the depot "will be shut by the end of the year," citing costs'],
    ),
    Case(
        "quoted-subheading",
        'Nell Ostby said fares would fall.\n\n"A Long Wait"\n\nThe council met later.',
        ['"A Long Wait"'],
        ["fares would fall"],
    ),
    Case(
        "dateline-and-agency",
        "HARWICK, Lowland (Reuters) - Fares will fall next year, the transit board said.",
        ["HARWICK, Lowland (Reuters) - "],
        ["Fares will fall next year"],
    ),
    Case(
        "speaker-label-is-speech",
        "OSTBY: We will cut fares.",
        [],
        ["We will cut fares"],
    ),
    Case(
        "role-label-is-speech",
        "THE MAYOR: We will cut fares.",
        [],
        ["We will cut fares"],
    ),
    Case(
        "floating-quote-is-speech",
        'Nell Ostby said fares would fall.\n"We will not wait for the council."',
        [],
        ["fares would fall", "We will not wait for the council."],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_furniture(case: Case) -> None:
    art = parse_article(case.text)
    assert [s.of(case.text) for s in art.furniture] == case.furniture
    assert [c.content_span.of(case.text) for c in art.claims] == case.contents
    _check_apart(art)


def test_dateline_below_a_furniture_line() -> None:
    text = "WATCH: The depot at night\nHARWICK (AP) - Fares will rise, Nell Ostby said."
    art = parse_article(text)
    assert art.dateline is not None
    assert art.dateline.span.of(text) == art.dateline.location == "HARWICK"
    assert [s.of(text) for s in art.furniture] == [
        "WATCH: The depot at night",
        "HARWICK (AP) - ",
    ]
    [claim] = art.claims
    assert claim.content_span.of(text) == "Fares will rise"
    assert art.actor(claim.speaker) is not None


def test_a_phrase_before_a_dash_is_no_dateline() -> None:
    text = "On Friday, Nell Ostby - the mayor - said fares would fall."
    assert parse_article(text).furniture == ()


def test_find_furniture_is_total() -> None:
    lex = Lexicons.default()
    for text in ("", "\n\n", ":", "A:", '"', '""\n""', "(A/B)", "WATCH:"):
        assert all(s.end <= len(text) for s in find_furniture(text, lex))


class TestCompaction:
    def test_maps_back(self) -> None:
        text = "ab\nXX\ncd\nYY: ef"
        c = Compaction.of(text, (Span(3, 5), Span(9, 13)))
        assert c.text == "ab\ncd\nef"
        assert [c.start(i) for i in range(len(c.text) + 1)] == [
            0, 1, 2, 6, 7, 8, 13, 14, 15,
        ]  # fmt: skip
        assert c.span(Span(3, 8)).of(text) == "cd\nYY: ef"
        assert c.span(Span(0, 2)).of(text) == "ab"
        assert c.span(Span(6, 6)) == Span(13, 13)


def _check_apart(art: Article) -> None:
    """No claim's content, cue or speaker overlaps a furniture span."""
    for c in art.claims:
        for s in (c.content_span, c.cue_span, c.speaker_span, *c.content_parts):
            if s is not None:
                assert not any(s.overlaps(f) for f in art.furniture), (c, art.furniture)


# --- the metamorphic test over the dev files -----------------------------------------

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
DEV_FILES = ("news-dev.jsonl", "polnear-responses-dev.jsonl", "seed-gold.jsonl")

# Furniture lines written for this test: one of each kind.
LINES = [
    "IN THE REGION:",
    "WHAT TO WATCH NEXT:",
    "WATCH: Harbour lights switched on for the winter",
    "READ MORE: Tram fares to rise next spring",
    "Related: Cycle lanes approved for the old town",
    "See also: New timetable for the valley line",
    "Advertisement",
    "Crowds wait outside the depot on Tuesday. (Mira Holt/The Lakeside Courier)",
    "(Photo: Tom Bexley/Northgate Images)",
    "Video shows the harbour at dawn",
    '"A Long Road Home"',
]
LABEL_PREFIXES = ["IN THE REGION: ", "FROM THE ARCHIVE: "]


def _documents() -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for name in DEV_FILES:
        with (EVAL / name).open(encoding="utf-8") as f:
            docs.extend(json.loads(line) for line in f if line.strip())
    return docs


def _taken(art: Article) -> list[Span]:
    spans: list[Span] = list(art.furniture)
    for c in art.claims:
        spans.extend(s for s in (c.content_span, c.cue_span, c.speaker_span) if s)
    return spans


def _free_line_starts(text: str, art: Article) -> list[int]:
    """Offsets right after a line break that no claim or furniture span crosses."""
    taken = _taken(art)
    starts = [i + 1 for i, ch in enumerate(text) if ch == "\n" and i + 1 < len(text)]
    return [p for p in starts if not any(s.start < p < s.end for s in taken)]


class Insert(NamedTuple):
    at: int  # where in the original text
    piece: str  # what goes there


def _inserted(text: str, art: Article, rng: random.Random) -> list[Insert]:
    """Furniture lines (and a section label) to insert at free line starts, and a
    pull quote repeating words of one of the article's own quotes."""
    free = _free_line_starts(text, art)
    picks = sorted(rng.sample(free, min(len(free), 5)))
    inserts: list[Insert] = []
    for k, at in enumerate(picks[:4]):
        if k == 1 and text[at : at + 1].isupper():
            inserts.append(Insert(at, rng.choice(LABEL_PREFIXES)))  # before a line
        else:
            inserts.append(Insert(at, rng.choice(LINES) + "\n"))
    quoted = [c for c in art.claims if c.mode.value == "direct"]
    if quoted and len(picks) == 5:
        words = rng.choice(quoted).content(text).split()
        if len(words) >= 6 and not any(m in w for w in words for m in '"\u201c\u201d'):
            inserts.append(
                Insert(picks[4], "\u201c" + " ".join(words[:6]) + "\u201d\n")
            )
    return sorted(inserts)


def _apply(text: str, inserts: list[Insert]) -> str:
    out, last = [], 0
    for at, piece in inserts:
        out += [text[last:at], piece]
        last = at
    return "".join([*out, text[last:]])


class _Shift:
    """Original offsets to offsets in the text with the inserts."""

    def __init__(self, inserts: list[Insert]) -> None:
        self.at = [i.at for i in inserts]
        self.total = list(accumulate(len(i.piece) for i in inserts))

    def start(self, p: int) -> int:
        i = bisect_right(self.at, p)
        return p + (self.total[i - 1] if i else 0)

    def span(self, s: Span | None) -> Span | None:
        if s is None:
            return None
        if s.end == s.start:
            return Span(self.start(s.start), self.start(s.start))
        return Span(self.start(s.start), self.start(s.end - 1) + 1)

    def piece(self, k: int) -> int:
        """Where insert ``k`` starts in the new text."""
        return self.at[k] + (self.total[k - 1] if k else 0)


_View = tuple[
    Span | None, Span | None, Span | None, tuple[Span | None, ...], str, str, str | None
]


def _view(art: Article, move: Callable[[Span | None], Span | None]) -> list[_View]:
    return [
        (
            move(c.content_span),
            move(c.cue_span),
            move(c.speaker_span),
            tuple(move(p) for p in c.content_parts),
            c.mode.value,
            c.attribution.value,
            a.name if (a := art.actor(c.speaker)) else None,
        )
        for c in art.claims
    ]


def _same(s: Span | None) -> Span | None:
    return s


@pytest.mark.skipif(
    not EVAL.is_dir(), reason="the dev files (../shared/eval) are absent"
)
def test_furniture_lines_change_no_claim() -> None:
    """Each dev article with furniture lines inserted between its lines gives the same
    claims, shifted, and every inserted line is furniture."""
    rng = random.Random(15)
    checked = 0
    for doc in _documents():
        text = doc["text"]
        assert isinstance(text, str)
        before = parse_article(text)
        inserts = _inserted(text, before, rng)
        if not inserts:
            continue
        augmented = _apply(text, inserts)
        after = parse_article(augmented)
        shift = _Shift(inserts)
        _check_apart(after)
        assert _view(after, _same) == _view(before, shift.span), doc["id"]
        furniture = {(f.start, f.of(augmented)) for f in after.furniture}
        for k, (_, piece) in enumerate(inserts):
            assert (shift.piece(k), piece.rstrip("\n")) in furniture, (doc["id"], piece)
        checked += 1
    assert checked >= 50
