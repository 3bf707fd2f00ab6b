"""Actors a new user meets: own short articles, one per case of issue #16 and #15.

Each row is a text and what must hold of its actors and speakers; the names are
invented.
"""

from __future__ import annotations

from newsclaims import ActorKind, Article, from_dict, parse_article, to_dict
from newsclaims.render import to_html


def _speakers(article: Article) -> list[str | None]:
    """The name of each claim's speaker, in claim order ("-" for no speaker)."""
    out: list[str | None] = []
    for c in article.claims:
        who = article.actor(c.speaker)
        out.append("-" if who is None else who.name)
    return out


class TestUnresolvedPronouns:
    def test_two_unresolved_pronouns_are_two_unnamed_actors(self) -> None:
        text = "He said nothing. She said the vote was rigged."
        art = parse_article(text)
        assert _speakers(art) == [None, None]
        assert len(art.actors) == 2
        assert all(a.name is None for a in art.actors)
        assert all(a.kind is ActorKind.UNKNOWN for a in art.actors)
        assert [a.mentions[0].of(text) for a in art.actors] == ["He", "She"]

    def test_an_unnamed_actor_round_trips_and_renders(self) -> None:
        art = parse_article("She said the vote was rigged.")
        assert art.actors[0].name is None
        assert from_dict(to_dict(art)) == art
        assert "name" not in to_dict(art)["actors"][0] or (
            to_dict(art)["actors"][0]["name"] is None
        )
        page = to_html(art)
        assert "<em>unnamed</em>" in page
        assert "None" not in page


class TestPronounSpeakers:
    def test_a_lone_surname_opening_a_sentence_is_the_antecedent(self) -> None:
        text = 'Ortiz waved to the crowd. "We will appeal," she said.'
        art = parse_article(text)
        assert _speakers(art) == ["Ortiz"]
        (actor,) = art.actors
        assert [m.of(text) for m in actor.mentions] == ["Ortiz", "she"]
        assert actor.kind is ActorKind.PERSON

    def test_a_named_person_beats_a_lone_surname(self) -> None:
        text = (
            "Ortiz waved to the crowd. Later Senator Mira Solberg spoke. "
            '"We will appeal," she said.'
        )
        assert _speakers(parse_article(text)) == ["Mira Solberg"]

    def test_a_pronoun_of_the_other_gender_skips_a_gendered_name(self) -> None:
        text = 'Ms Ortiz waved to the crowd. "We will appeal," he said.'
        art = parse_article(text)
        assert _speakers(art) == [None]
