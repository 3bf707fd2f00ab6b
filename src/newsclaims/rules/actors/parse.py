"""Reading one mention phrase: its name part, title, role head, country and kind.

:func:`analyse` takes the span of a phrase found by
:data:`newsclaims.rules.actors.entities.MENTION` and reads it word by word: a determiner
("the", "a", "her"), modifiers and demonyms ("Ukrainian", "senior"), titles and role
heads ("President", "spokesman", "ministry"), the proper-name part ("Volodymyr
Zelensky", "European Court of Justice"), a tail ("of Hong Kong") and an acronym.
The words of a phrase are :mod:`newsclaims.rules.actors.words`'; sorting its core into
titles, name part and head is :mod:`newsclaims.rules.actors.classify`'s.

>>> m = analyse("Ukrainian President Ann Lee", 0, 27)[0]
>>> m.name, m.title, m.affiliation, m.kind.value
('Ann Lee', 'President', 'Ukraine', 'person')
"""

from __future__ import annotations

from typing import Final

import attrs

from newsclaims._regex import compile_pattern, finditer
from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.classify import _classify
from newsclaims.rules.actors.data import ActorWords, current
from newsclaims.rules.actors.mention import (
    DETERMINERS,
    PRONOUNS,
    Mention,
    MentionForm,
)
from newsclaims.rules.actors.words import (
    _NAME_LINKS,
    NAME_PARTICLES,
    Word,
    _country_at,
    _key,
    _strip_possessive,
    undated,
)

__all__ = [
    "DETERMINERS",
    "NAME_PARTICLES",
    "PRONOUNS",
    "Mention",
    "MentionForm",
    "Word",
    "analyse",
    "analyse_words",
    "pronoun_mention",
]

_DEFINITE: Final = frozenset(
    ["the", "this", "that", "these", "those", "his", "her", "its", "their", "our"]
)
_POSSESSIVE: Final = frozenset(["his", "her", "its", "their", "our"])
_CONNECTORS: Final = frozenset(["of", "for", "at", "to", "in"])
_WORD: Final = compile_pattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.&\-'\u2019]{0,80}+")
_GENDERED: Final = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "himself": "m",
    "herself": "f",
}


def _words(text: str, start: int, end: int) -> list[Word]:
    return [
        Word(m.group(), m.start(), m.end()) for m in finditer(_WORD, text, start, end)
    ]


def pronoun_mention(text: str, start: int, end: int) -> Mention:
    """The mention of the pronoun ``text[start:end]``: its kind, gender, number."""
    word = text[start:end].casefold()
    plural = word in {
        "they",
        "them",
        "their",
        "themselves",
        "we",
        "us",
        "our",
        "ourselves",
    }
    kind = ActorKind.UNKNOWN
    if word in _GENDERED or word in {"i", "me", "my", "myself"}:
        kind = ActorKind.PERSON
    return Mention(
        span=Span(start, end),
        form=MentionForm.PRONOUN,
        kind=kind,
        gender=_GENDERED.get(word, "-"),
        plural=plural,
        word=word,
    )


def analyse(
    text: str,
    start: int,
    end: int,
    acronym: str | None = None,
    aw: ActorWords | None = None,
) -> list[Mention]:
    """The mentions in the phrase ``text[start:end]``: the phrase itself (if it can
    name an actor) and a possessive determiner ("*her* government").

    >>> [(m.span.of("her government"), m.form.value) for m in analyse("her government", 0, 14)]
    [('her', 'pronoun'), ('her government', 'description')]
    """
    return analyse_words(text, _words(text, start, end), acronym, aw)


_YEAR: Final = compile_pattern(r"1[89]\d\d|20\d\d")
"""A year, as it stands before a name ("the *2019* Harbour Festival")."""


def _plain(words: list[Word]) -> list[Word]:
    """``words`` without what dates a name: a year before it ("2019 NATO") and a
    prefix of a title ("then-Governor Ann Lee": a Governor)."""
    if (
        len(words) > 1
        and _YEAR.fullmatch(words[0].text)
        and words[1].text[:1].isupper()
    ):
        words = words[1:]
    if any("-" in w.text for w in words):
        words = [Word(undated(w.text), w.start, w.end) for w in words]
    return words


def analyse_words(  # noqa: C901 - one reading, in order
    text: str,
    words: list[Word],
    acronym: str | None = None,
    aw: ActorWords | None = None,
) -> list[Mention]:
    """:func:`analyse` on a phrase already split into words.

    >>> [m.name for m in analyse_words("Ann Lee", [Word("Ann", 0, 3), Word("Lee", 4, 7)])]
    ['Ann Lee']
    """
    if not words:
        return []
    aw = current() if aw is None else aw
    words = _plain(words)
    start, end = words[0].start, words[-1].end
    low0 = words[0].text.casefold()
    single = len(words) == 1 and text[start:end].casefold() == low0
    if single and low0 in PRONOUNS and words[0].text not in {"US", "IT"}:
        return [
            pronoun_mention(text, start, end)
        ]  # "US", "IT": acronyms, read as names
    out: list[Mention] = []
    definite = possessed = False
    first = words[0].start
    if low0 in DETERMINERS and len(words) > 1:
        definite = low0 in _DEFINITE
        if low0 in _POSSESSIVE:
            out.append(pronoun_mention(text, words[0].start, words[0].end))
            possessed = True
        words = words[1:]
    if acronym is not None:
        named = _titled_name(text, words, first, acronym, aw)
        if named is not None:
            return [*out, named]
    words = [w for w in words if w.text != acronym]
    for i, w in enumerate(words[:-1]):
        if w.text in _CONNECTORS:
            break
        if _strip_possessive(w.text) != w.text:  # "China's foreign ministry"
            owner = _read(
                text, words[: i + 1], first, aw, definite=definite, acronym=None
            )
            if owner is not None:
                out.append(owner)
            possessed = True
            break
    phrase = _read(text, words, first, aw, definite=definite, acronym=acronym)
    if phrase is None or (low0 in {"a", "an"} and phrase.head is None):
        return out  # "a Facebook user": a name used as a modifier
    out.append(attrs.evolve(phrase, possessed=possessed) if possessed else phrase)
    return out


def _titled_name(
    text: str, words: list[Word], first: int, acronym: str, aw: ActorWords
) -> Mention | None:
    """ "Member of Parliament (MP) Ann Lee": a title, its acronym, then a name."""
    at = next((i for i, w in enumerate(words) if w.text == acronym), -1)
    if at < 1 or at == len(words) - 1:
        return None
    name = [w.text for w in words[at + 1 :]]
    title = text[first : words[at - 1].end]
    return Mention(
        span=Span(first, words[-1].end),
        form=MentionForm.NAME,
        kind=ActorKind.PERSON,
        name=" ".join(name),
        key=_key(name, aw),
        title=title,
    )


def _read(  # noqa: PLR0913 - the phrase, where, the word lists, how read
    text: str,
    words: list[Word],
    first: int,
    aw: ActorWords,
    *,
    definite: bool,
    acronym: str | None,
) -> Mention | None:
    """Read the words of a phrase (without its determiner) into a mention."""
    if not words:
        return None
    # Split off a tail: "the chief executive *of Hong Kong*".
    core, tail = words, []
    for i, w in enumerate(words):
        if w.text in _CONNECTORS and i > 0 and _is_head_or_name(words[i - 1].text, aw):
            if (
                w.text == "of"
                and _inside_name(words, i, aw)
                and not _titled(words[:i], aw)
            ):
                continue
            core, tail = words[:i], words[i + 1 :]
            break
    start, end = first, words[-1].end
    end -= len(words[-1].text) - len(_strip_possessive(words[-1].text))
    if acronym and not tail:
        close = text.find(")", end)
        end = close + 1 if close != -1 and close - end <= len(acronym) + 3 else end
    affiliation = _tail_affiliation(tail, aw)
    # A possessor: "the country's foreign ministry", "China's foreign ministry".
    for i, w in enumerate(core[:-1]):
        if _strip_possessive(w.text) != w.text:
            found = _country_at(core, 0, aw)
            if found is not None:
                affiliation = found[0].name
            core = core[i + 1 :]
            break
    return _classify(core, Span(start, end), affiliation, definite, acronym, aw)


def _titled(words: list[Word], aw: ActorWords) -> bool:
    """Whether ``words`` are a person's name after a title ("Professor Ann Lee",
    "Dr. Ann Lee"): then "of" after them starts a tail ("Professor Ann Lee *of*
    Eastland University"), however capitalised what follows."""
    first = words[0].text
    role = aw.roles.get(first.casefold())
    return len(words) > 1 and (
        first in aw.honorifics or (role is not None and role.kind is ActorKind.PERSON)
    )


def _is_head_or_name(word: str, aw: ActorWords) -> bool:
    return word[:1].isupper() or word.casefold() in aw.roles


def _inside_name(words: list[Word], i: int, aw: ActorWords) -> bool:
    """Whether "of" at ``i`` joins one proper name ("Court of Justice")."""
    before = words[i - 1].text
    nxt = words[i + 1].text if i + 1 < len(words) else ""
    if nxt == "the" and i + 2 < len(words):
        nxt = words[i + 2].text
    return (
        before[:1].isupper()
        and nxt[:1].isupper()
        and before not in aw.honorifics
        and (before.casefold() not in aw.roles or before in aw.designators)
    )


def _tail_affiliation(tail: list[Word], aw: ActorWords) -> str | None:
    words = [w for w in tail if w.text != "the"]
    if not words:
        return None
    found = _country_at(words, 0, aw)
    if found is not None and found[1] == len(words):
        return found[0].name
    names = [w.text for w in words if w.text[:1].isupper() or w.text in _NAME_LINKS]
    return " ".join(_strip_possessive(n) for n in names) or None
