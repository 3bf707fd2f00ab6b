"""Whether a mention lies inside a quotation: the binary search of
``coref._quotations`` answers as the plain check over every claim's content does
(the check it replaced, which cost mentions x claims: quadratic on text in capitals,
where every line is a claim naming the same body)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.model import Span
from newsclaims.rules.actors.coref import _QUOTES, _quotations

_TEXT = st.text(alphabet='ab "\u201c\u201d\u00ab', max_size=40)


def _spans(size: int) -> st.SearchStrategy[Span]:
    return (
        st.tuples(st.integers(0, size), st.integers(0, size))
        .map(sorted)
        .map(lambda p: Span(p[0], p[1]))
    )


@st.composite
def _cases(draw: st.DrawFn) -> tuple[str, list[Span], list[Span]]:
    text = draw(_TEXT)
    spans = _spans(len(text))
    return text, draw(st.lists(spans, max_size=8)), draw(st.lists(spans, max_size=8))


@given(_cases())
def test_quotations_answer_as_the_plain_check(
    case: tuple[str, list[Span], list[Span]],
) -> None:
    text, contents, mentions = case
    inside = _quotations(text, contents)
    for m in mentions:
        plain = any(
            c.contains(m) and text[max(0, c.start - 1) : c.start] in _QUOTES
            for c in contents
        )
        assert inside(m) is plain


def test_only_a_content_a_quotation_mark_opens_counts() -> None:
    text = '"Vessa acts," said Ann. Vessa acts, Bo said.'
    inside = _quotations(text, [Span(1, 11), Span(24, 34)])
    assert inside(Span(1, 6))  # inside the quotation
    assert not inside(Span(24, 29))  # in a claim no quotation mark opens
    assert not inside(Span(5, 12))  # runs past the quotation's end
