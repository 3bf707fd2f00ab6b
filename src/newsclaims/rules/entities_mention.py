"""What a mention is: :class:`Mention`, its :class:`MentionForm`, and the closed word
classes (determiners, pronouns) the readers share.

>>> Mention(span=Span(0, 2), form=MentionForm.PRONOUN, word="he").form.value
'pronoun'
"""

from __future__ import annotations

import enum
from typing import Final

from attrs import frozen

from newsclaims.model import ActorKind, Span

__all__ = ["DETERMINERS", "PRONOUNS", "Mention", "MentionForm"]

DETERMINERS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "some",
        "several",
        "many",
    ]
)
PRONOUNS: Final = frozenset(
    [
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "who",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
    ]
)


class MentionForm(enum.StrEnum):
    """How a mention refers to its actor."""

    NAME = "name"  # a proper name, maybe with a title: "President Ann Lee"
    COUNTRY = "country"  # a country, capital, seat or national government
    DESCRIPTION = "description"  # a role or group: "the ministry", "protesters"
    PRONOUN = "pronoun"


@frozen(kw_only=True)
class Mention:
    """One phrase that refers to an actor, read into its parts."""

    span: Span
    form: MentionForm
    kind: ActorKind = ActorKind.UNKNOWN
    name: str | None = None  # the proper-name part, without title
    key: tuple[str, ...] = ()  # the name part, normalised, for matching
    title: str | None = None
    head: str | None = None  # role head noun, lower case
    affiliation: str | None = None
    country: str | None = None  # ISO code when the mention is a country's government
    gender: str = "-"
    plural: bool = False
    definite: bool = False
    acronym: str | None = None
    word: str = ""  # the pronoun, lower case
    possessed: bool = False  # "her government", "China's foreign ministry"

    def moved(self, delta: int) -> Mention:
        """This mention ``delta`` characters further on (itself when ``delta`` is 0).

        Cheaper than :func:`attrs.evolve`, which looks up every field by name.

        >>> Mention(span=Span(0, 2), form=MentionForm.PRONOUN, word="he").moved(5).span
        Span(start=5, end=7)
        """
        if delta == 0:
            return self
        return Mention(
            span=Span(self.span.start + delta, self.span.end + delta),
            form=self.form,
            kind=self.kind,
            name=self.name,
            key=self.key,
            title=self.title,
            head=self.head,
            affiliation=self.affiliation,
            country=self.country,
            gender=self.gender,
            plural=self.plural,
            definite=self.definite,
            acronym=self.acronym,
            word=self.word,
            possessed=self.possessed,
        )
