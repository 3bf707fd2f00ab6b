"""Text in capitals is parsed like any other text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims import parse_article
from newsclaims.lexicons import Lexicons
from newsclaims.rules.text.capitals import in_capitals, recase

LEX = Lexicons.default()

ARTICLE = (
    "Harbour fees to rise next year\n\n"
    "HARWICK (AP) - The port board said on Monday that harbour fees would rise by "
    "a tenth next year.\n\n"
    '"We have no other choice," said Nell Ostby, the board\'s chair. She added that '
    "the ferries would keep their timetable.\n\n"
    "Fishermen denied that the harbour was losing money, according to Piet Brandt, "
    "who leads their union."
)


def _claims(text: str) -> list[tuple[str, str | None]]:
    art = parse_article(text)
    return [
        (
            c.content_span.of(text).casefold(),
            (a.name.casefold() if (a := art.actor(c.speaker)) and a.name else None),
        )
        for c in art.claims
    ]


def test_an_article_in_capitals_gives_the_same_claims() -> None:
    shouted = ARTICLE.upper()
    assert len(shouted) == len(ARTICLE)
    assert _claims(shouted) == _claims(ARTICLE)
    assert len(_claims(ARTICLE)) == 4


def test_a_headline_in_capitals() -> None:
    text = "OSTBY SAYS HARBOUR FEES WILL RISE\n\nThe board met on Monday."
    [claim] = parse_article(text).claims
    assert claim.content_span.of(text) == "HARBOUR FEES WILL RISE"


def test_a_shouted_quote_in_a_line_in_capitals() -> None:
    text = '"WE WILL NOT PAY," SHOUTED THE FISHERMEN OUTSIDE THE HALL.'
    [claim] = parse_article(text).claims
    assert claim.content_span.of(text) == "WE WILL NOT PAY"
    assert claim.mode.value == "direct"


def test_recase() -> None:
    assert recase("NELL OSTBY SAID THE FEES WOULD RISE.", LEX) == (
        "Nell Ostby said the Fees would Rise."
    )
    assert recase('"WE WON." SHE LEFT.', LEX) == '"We Won." She Left.'
    assert recase("OSTBY FORMALLY APPOINTED KELLY REED TODAY.", LEX) == (
        "Ostby formally appointed Kelly Reed today."
    )


def test_mixed_case_text_is_left_alone() -> None:
    text = "NATO and the EU met in Harwick. The UN SAID NOTHING."
    assert recase(text, LEX) is text
    assert not in_capitals("NATO and the EU met.")
    assert in_capitals("HARBOUR FEES WILL RISE")


@given(st.text(max_size=200))
def test_recase_keeps_every_length(text: str) -> None:
    out = recase(text, LEX)
    assert len(out) == len(text)
    assert out.casefold() == text.casefold() or any(len(ch.lower()) != 1 for ch in text)
