"""Speaker grouping: names, surnames, titles and pronouns -> one actor each."""

from __future__ import annotations

import pytest

from newsclaims.model import ActorKind, Span
from newsclaims.rules.coref import group_speakers


def _spans(text: str, *phrases: str) -> list[Span | None]:
    out: list[Span | None] = []
    pos = 0
    for p in phrases:
        start = text.index(p, pos)
        out.append(Span(start, start + len(p)))
        pos = start + len(p)
    return out


CASES = [
    (
        "surname-joins-full-name",
        "Maria Gonzalez said yes. Later Gonzalez said no.",
        ("Maria Gonzalez", "Gonzalez"),
        (0, 0),
        ["Maria Gonzalez"],
    ),
    (
        "title-and-name",
        "Mayor Tom Reed said it. Reed added more.",
        ("Mayor Tom Reed", "Reed"),
        (0, 0),
        ["Mayor Tom Reed"],
    ),
    (
        "fuller-name-wins",
        "Okafor spoke first. Then Ngozi Okafor spoke.",
        ("Okafor", "Ngozi Okafor"),
        (0, 0),
        ["Ngozi Okafor"],
    ),
    (
        "two-people",
        "Ann Lee said yes. Bo Park said no.",
        ("Ann Lee", "Bo Park"),
        (0, 1),
        ["Ann Lee", "Bo Park"],
    ),
    (
        "pronoun-follows-named-speaker",
        "Ann Lee said yes. She said it twice.",
        ("Ann Lee", "She"),
        (0, 0),
        ["Ann Lee"],
    ),
    (
        "lone-pronoun",
        "They said it was over.",
        ("They",),
        (0,),
        ["They"],
    ),
]


@pytest.mark.parametrize(
    ("text", "phrases", "index", "names"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_grouping(
    text: str, phrases: tuple[str, ...], index: tuple[int, ...], names: list[str]
) -> None:
    actors, got = group_speakers(text, _spans(text, *phrases))
    assert got == index
    assert [a.name for a in actors] == names
    for a in actors:
        assert list(a.mentions) == sorted(a.mentions, key=lambda s: s.start)


def test_none_speaker_has_no_actor() -> None:
    actors, got = group_speakers("It rained.", [None])
    assert (actors, got) == ((), (None,))


def test_pronoun_kinds() -> None:
    text = "They said so."
    actors, _ = group_speakers(text, _spans(text, "They"))
    assert actors[0].kind is ActorKind.GROUP


def test_same_span_twice_is_one_mention() -> None:
    text = "Ann Lee said yes and added more."
    spans = _spans(text, "Ann Lee")
    actors, got = group_speakers(text, spans + spans)
    assert got == (0, 0)
    assert actors[0].mentions == (Span(0, 7),)
