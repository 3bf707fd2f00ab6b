"""Sorting the core words of a mention phrase into titles, name part and role head.

:func:`newsclaims.rules.actors.parse.analyse` splits a phrase into its determiner,
its core and a tail; :func:`_classify` reads the core in named steps:
:func:`_sort_words` sorts the words in order (a country, honorifics and titles, the
name part and its designator, the role head), then the phrase is the name of a body
(:func:`_body_name`), a person's or an unknown actor's name (:func:`_name`), a
country (:func:`_country`) or a description (:func:`_description`).

>>> from newsclaims.rules.actors.data import current
>>> from newsclaims.rules.actors.words import Word
>>> core = [Word("Ukrainian", 0, 9), Word("President", 10, 19), Word("Ann", 20, 23)]
>>> m = _classify(core, Span(0, 23), None, False, None, current())
>>> m.name, m.title, m.affiliation, m.kind.value
('Ann', 'President', 'Ukraine', 'person')
"""

from __future__ import annotations

from typing import Final

import attrs

from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.data import ActorWords, Country, Role
from newsclaims.rules.actors.mention import Mention, MentionForm
from newsclaims.rules.actors.words import (
    _NAME_LINKS,
    Word,
    _country_at,
    _key,
    _strip_possessive,
)

__all__: list[str] = []

_GOVERNMENT_HEADS: Final = frozenset(
    ["government", "authorities", "administration", "regime", "leadership"]
)


@attrs.define
class _Sorted:
    """The core words of a phrase as :func:`_sort_words` sorts them."""

    affiliation: str | None
    """The body or place the actor belongs to, from the tail, a possessor or the
    words before a title ("Labour Party leader")."""
    country: Country | None = None
    """The country named before the name part ("*Ukrainian* President")."""
    country_text: str = ""
    """The words naming that country."""
    gender: str = "-"
    """From an honorific or the role head: "m", "f" or "-"."""
    head: str | None = None
    """The role head ("spokesman", "vice president")."""
    title_words: list[str] = attrs.Factory(list)
    """Honorifics and title words, in order."""
    name_words: list[str] = attrs.Factory(list)
    """The proper-name part read so far."""
    designator: ActorKind | None = None
    """The kind of body a designator in the name part makes it ("Ministry")."""


def _classify(  # noqa: PLR0913, PLR0917 - the words, where, and how they were read
    core: list[Word],
    span: Span,
    affiliation: str | None,
    definite: bool,  # noqa: FBT001
    acronym: str | None,
    aw: ActorWords,
) -> Mention | None:
    """Sort the core words into prefix (titles, demonyms), name part and heads."""
    s = _sort_words(core, affiliation, aw)
    if len(core) == 1 and s.name_words and s.name_words[0].endswith("ly"):
        return None  # "Historically"
    if s.country is not None and s.affiliation is None and s.name_words != []:
        s.affiliation = s.country.name
    base = {"span": span, "definite": definite, "acronym": acronym, "gender": s.gender}
    if s.name_words and s.designator is not None:
        return _body_name(s, s.designator, base, aw)
    if s.name_words and (
        s.head is None or (s.title_words and not _heads_last(core, aw))
    ):
        return _name(s, base, aw)
    if s.head is None:
        return _country(core, s, base, aw)
    return _description(s, s.head, base, aw)


def _sort_words(  # noqa: C901 - one reading, in order
    core: list[Word], affiliation: str | None, aw: ActorWords
) -> _Sorted:
    """Read the core words in order: a country before the name part, honorifics,
    designators ("Department of Justice"), role and title words (the head, or a word
    of a body's name), modifiers and the name part; trailing links are dropped."""
    roles, honorifics, designators = aw.roles, aw.honorifics, aw.designators
    modifiers, title_words_of = aw.modifiers, aw.title_words
    s = _Sorted(affiliation)
    body = _body_name_from(core, aw)
    i = 0
    while i < len(core):
        w = _strip_possessive(core[i].text)
        low = w.casefold()
        found = _country_at(core, i, aw) if w[:1].isupper() else None
        if found is not None and not s.name_words:
            s.country, n = found
            s.country_text = " ".join(
                _strip_possessive(x.text) for x in core[i : i + n]
            )
            i += n
            continue
        after_of = i > 0 and core[i - 1].text == "of" and s.designator is not None
        if w in honorifics:
            s.gender = honorifics[w]
            s.title_words.append(w)
            s.name_words, s.designator = [], None
        elif w in designators and (
            s.name_words or i == len(core) - 1 or after_of or _of_name(core, i)
        ):
            s.name_words.append(w)  # "Department of Justice", "the House", "Congress"
            s.designator = designators[w]
        elif (
            (low in roles or w in title_words_of)
            and not after_of
            and _in_body_name(core, i, body)
        ):
            s.name_words.append(w)  # "the Government Accountability Office"
        elif (low in roles or w in title_words_of) and not after_of:
            _take_role(s, core, i, roles)
        elif w in aw.nonnames and low in modifiers and not s.name_words:
            pass  # "*Former* prime minister Ann Lee": a modifier opening a sentence
        elif w[:1].isupper() or (s.name_words and w in _NAME_LINKS):
            s.name_words.append(w)
            s.designator = designators.get(w, s.designator)
        elif low not in modifiers:
            s.name_words, s.designator = [], None
        i += 1
    while s.name_words and s.name_words[-1] in _NAME_LINKS:
        s.name_words.pop()
    return s


def _take_role(s: _Sorted, core: list[Word], i: int, roles: dict[str, Role]) -> None:
    """Word ``i``, a role or title word, in ``s``: the head if it is a role (with the
    word before when the two are one: "vice president"), then a title word; a name
    part before it becomes title words ("Labour Party leader"), and a body's name
    the affiliation."""
    w = _strip_possessive(core[i].text)
    low = w.casefold()
    role = roles.get(low)
    if role is not None:
        s.head = low
        s.gender = role.gender if role.gender != "-" else s.gender
        if i and f"{core[i - 1].text.casefold()} {low}" in roles:
            s.head = f"{core[i - 1].text.casefold()} {low}"  # "vice president"
    if s.name_words and i < len(core) - 1:
        s.title_words.extend(s.name_words)  # "Labour Party leader"
        if s.designator is not None and s.affiliation is None and s.country is None:
            s.affiliation = " ".join(map(_strip_possessive, s.name_words))
    s.title_words.append(w)
    s.name_words, s.designator = [], None


def _body_name(
    s: _Sorted, designator: ActorKind, base: dict[str, object], aw: ActorWords
) -> Mention:
    """The name of a body of the kind its ``designator`` makes it ("the Ministry of
    Health"), after the country it belongs to ("Chinese Foreign Ministry")."""
    name = " ".join(_strip_possessive(w) for w in s.name_words)
    prefix = [] if s.country is None else [s.country.name]
    key = _key([*prefix, *s.name_words], aw)
    return Mention(
        form=MentionForm.NAME,
        kind=designator,
        name=f"{s.country_text} {name}".strip(),
        key=key,
        head=s.head,  # "the group" later: "the pressure group Clean Air Alliance"
        affiliation=s.affiliation,
        **base,  # type: ignore[arg-type]
    )


def _name(s: _Sorted, base: dict[str, object], aw: ActorWords) -> Mention:
    """A name with no designator: a person's when titled or headed ("President Ann
    Lee"), the kind of a body head before it ("broadcaster Ann Lee Media"), else of an
    unknown kind."""
    name = " ".join(_strip_possessive(w) for w in s.name_words)
    kind = ActorKind.PERSON if s.title_words or s.head else ActorKind.UNKNOWN
    if s.affiliation is None and len(s.title_words) > 1:
        s.affiliation = _body_title(s.title_words[0], aw)  # "Agency inspector Ann Lee"
    head_role = None if s.head is None else aw.roles[s.head]
    if (
        head_role is not None
        and head_role.kind is not ActorKind.PERSON
        and not (head_role.kind is ActorKind.GROUP and head_role.plural)
    ):  # "broadcaster Ann Lee Media"; but "candidates Ann Lee and ..." are people
        kind = head_role.kind
    return Mention(
        form=MentionForm.NAME,
        kind=kind,
        name=name,
        key=_key(s.name_words, aw),
        title=" ".join(s.title_words) or None,
        head=s.head,
        affiliation=s.affiliation,
        **base,  # type: ignore[arg-type]
    )


def _country(
    core: list[Word], s: _Sorted, base: dict[str, object], aw: ActorWords
) -> Mention | None:
    """A phrase with neither name part nor head: its country's government ("China",
    "the United States"), but no actor for a demonym ("Chinese") or no country."""
    if s.country is None or any(w.text in aw.demonyms for w in core):
        return None
    return Mention(
        form=MentionForm.COUNTRY,
        kind=ActorKind.GOVERNMENT,
        name=s.country.name,
        key=_key(s.country.name.split(), aw),
        country=s.country.code,
        **base,  # type: ignore[arg-type]
    )


def _description(
    s: _Sorted, head: str, base: dict[str, object], aw: ActorWords
) -> Mention:
    """A phrase read by its role head ``head``: a country's government ("the Chinese
    government", the head after any name part), else a description of the head's
    kind, qualified by the name part ("the Labour leader")."""
    heads_after = s.head is not None and (not s.name_words or s.designator is None)
    role = aw.roles[head]
    country = s.country
    if country is not None and head in _GOVERNMENT_HEADS and heads_after:
        return Mention(
            form=MentionForm.COUNTRY,
            kind=ActorKind.GOVERNMENT,
            name=country.name,
            key=_key(country.name.split(), aw),
            country=country.code,
            head=head,
            **base,  # type: ignore[arg-type]
        )
    qualifier = " ".join(_strip_possessive(w) for w in s.name_words) or None
    return Mention(
        form=MentionForm.DESCRIPTION,
        kind=role.kind,
        name=f"{qualifier} {head}" if qualifier else None,
        key=_key([*s.name_words, head], aw) if qualifier else (),
        title=" ".join(s.title_words) or None,
        head=head,
        affiliation=s.affiliation or (country.name if country else qualifier),
        plural=role.plural,
        **base,  # type: ignore[arg-type]
    )


def _body_title(word: str, aw: ActorWords) -> str | None:
    """``word`` when it names a body opening a title ("*Agency* inspector",
    "*Ministry* spokesman"): the affiliation of the person titled."""
    role = aw.roles.get(word.casefold())
    if word[:1].isupper() and role is not None and role.kind is not ActorKind.PERSON:
        return word
    return None


def _in_body_name(core: list[Word], i: int, body: int) -> bool:
    """Whether the capitalised role or title word ``i`` is a word of the name of a
    body that the phrase ends in ("*Government* Accountability Office", "*General*
    Services Administration", "the *Justice* Department"): capitalised, and only
    capitalised words follow it up to a designator ending the phrase (from word
    ``body`` on, see :func:`_body_name_from`)."""
    return core[i].text[:1].isupper() and body <= i + 1 < len(core)


def _body_name_from(core: list[Word], aw: ActorWords) -> int:
    """The first word from which only capitalised words (no honorific) run to a
    designator ending the phrase; ``len(core)`` when it ends in none. Found once
    per phrase: a phrase of thousands of titles is read in linear time."""
    if not core or core[-1].text not in aw.designators:
        return len(core)
    k = len(core)
    while (
        k and core[k - 1].text[:1].isupper() and core[k - 1].text not in aw.honorifics
    ):
        k -= 1
    return k


def _of_name(core: list[Word], i: int) -> bool:
    """Whether "of" and a capitalised word follow word ``i`` ("Ministry of Health")."""
    return (
        i + 2 < len(core)
        and core[i + 1].text == "of"
        and core[i + 2].text[:1].isupper()
    )


def _heads_last(core: list[Word], aw: ActorWords) -> bool:
    return core[-1].text.casefold() in aw.roles
