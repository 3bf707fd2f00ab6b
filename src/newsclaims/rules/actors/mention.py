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
        "which",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "myself",
        "himself",
        "herself",
        "itself",
        "ourselves",
        "themselves",
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
        # Slot by slot, without the keyword call of ``__init__`` (no field has a
        # validator or converter): about a third cheaper, and the scan moves
        # every mention it takes from its cache of phrases.
        span = self.span
        new = _new(Mention)
        _set(new, "span", Span(span.start + delta, span.end + delta))
        _set(new, "form", self.form)
        _set(new, "kind", self.kind)
        _set(new, "name", self.name)
        _set(new, "key", self.key)
        _set(new, "title", self.title)
        _set(new, "head", self.head)
        _set(new, "affiliation", self.affiliation)
        _set(new, "country", self.country)
        _set(new, "gender", self.gender)
        _set(new, "plural", self.plural)
        _set(new, "definite", self.definite)
        _set(new, "acronym", self.acronym)
        _set(new, "word", self.word)
        _set(new, "possessed", self.possessed)
        return new


_new: Final = object.__new__
_set: Final = object.__setattr__
