"""Reading one mention phrase: its name part, title, role head, country and kind.

:func:`analyse` takes the span of a phrase found by
:data:`newsclaims.rules.actors.entities.MENTION` and reads it word by word: a determiner
("the", "a", "her"), modifiers and demonyms ("Ukrainian", "senior"), titles and role
heads ("President", "spokesman", "ministry"), the proper-name part ("Volodymyr
Zelensky", "European Court of Justice"), a tail ("of Hong Kong") and an acronym.

>>> m = analyse("Ukrainian President Ann Lee", 0, 27)[0]
>>> m.name, m.title, m.affiliation, m.kind.value
('Ann Lee', 'President', 'Ukraine', 'person')
"""

from __future__ import annotations

from typing import Final, NamedTuple

import attrs

from newsclaims._regex import compile_pattern, finditer
from newsclaims.model import ActorKind, Span
from newsclaims.rules.actors.data import ActorWords, Country, current
from newsclaims.rules.actors.mention import (
    DETERMINERS,
    PRONOUNS,
    Mention,
    MentionForm,
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
_GOVERNMENT_HEADS: Final = frozenset(
    ["government", "authorities", "administration", "regime", "leadership"]
)
_SUFFIXES: Final = frozenset(["ii", "iii", "iv", "jr", "sr"])
NAME_PARTICLES: Final = frozenset(
    [
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "dela",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "ibn",
        "la",
        "le",
        "van",
        "von",
    ]
)
"""Lower-case particles inside a person's name ("Ana de la Cruz", "Jan van der
Berg", "Omar ibn Said")."""
_NAME_LINKS: Final = frozenset(["of", "the", *NAME_PARTICLES])
_WORD: Final = compile_pattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.&\-'\u2019]{0,80}+")
_APOSTROPHES: Final = ("'", "\u2019")
_GENDERED: Final = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "himself": "m",
    "herself": "f",
}


class Word(NamedTuple):
    """One word of a phrase and its offsets."""

    text: str
    start: int
    end: int


def _words(text: str, start: int, end: int) -> list[Word]:
    return [
        Word(m.group(), m.start(), m.end()) for m in finditer(_WORD, text, start, end)
    ]


def _strip_possessive(w: str) -> str:
    last = w[-1:]  # most words end in neither "s" nor an apostrophe: one test
    if last == "s":
        return w[:-2] if w[-2:-1] in _APOSTROPHES else w
    if last in _APOSTROPHES:
        return w[:-1] if w[-2:-1] == "s" else w
    return w


def _country_at(
    words: list[Word], i: int, aw: ActorWords
) -> tuple[Country, int] | None:
    """The country named by the longest run of words from ``i``, and its length."""
    if _strip_possessive(words[i].text) not in aw.country_first_words:
        return None
    for n in range(min(5, len(words) - i), 0, -1):
        phrase = " ".join(_strip_possessive(w.text) for w in words[i : i + n])
        found = aw.country_words.get(phrase)
        if found is not None:
            return found, n
    return None


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


def _classify(  # noqa: C901, PLR0911, PLR0912, PLR0913, PLR0915, PLR0917 - one reading, in order
    core: list[Word],
    span: Span,
    affiliation: str | None,
    definite: bool,  # noqa: FBT001
    acronym: str | None,
    aw: ActorWords,
) -> Mention | None:
    """Sort the core words into prefix (titles, demonyms), name part and heads."""
    roles, honorifics, designators = aw.roles, aw.honorifics, aw.designators
    modifiers, title_words_of = aw.modifiers, aw.title_words
    country: Country | None = None
    country_text = ""
    gender = "-"
    head: str | None = None
    title_words: list[str] = []
    name_words: list[str] = []
    designator: ActorKind | None = None
    body = _body_name_from(core, aw)
    i = 0
    while i < len(core):
        w = _strip_possessive(core[i].text)
        low = w.casefold()
        found = _country_at(core, i, aw) if w[:1].isupper() else None
        if found is not None and not name_words:
            country, n = found
            country_text = " ".join(_strip_possessive(x.text) for x in core[i : i + n])
            i += n
            continue
        after_of = i > 0 and core[i - 1].text == "of" and designator is not None
        if w in honorifics:
            gender = honorifics[w]
            title_words.append(w)
            name_words, designator = [], None
        elif w in designators and (
            name_words or i == len(core) - 1 or after_of or _of_name(core, i)
        ):
            name_words.append(w)  # "Department of Justice", "the House", "Congress"
            designator = designators[w]
        elif (
            (low in roles or w in title_words_of)
            and not after_of
            and _in_body_name(core, i, body)
        ):
            name_words.append(w)  # "the Government Accountability Office"
        elif (low in roles or w in title_words_of) and not after_of:
            role = roles.get(low)
            if role is not None:
                head = low
                gender = role.gender if role.gender != "-" else gender
                if i and f"{core[i - 1].text.casefold()} {low}" in roles:
                    head = f"{core[i - 1].text.casefold()} {low}"  # "vice president"
            if name_words and i < len(core) - 1:
                title_words.extend(name_words)  # "Labour Party leader"
                if designator is not None and affiliation is None and country is None:
                    affiliation = " ".join(map(_strip_possessive, name_words))
            title_words.append(w)
            name_words, designator = [], None
        elif w in aw.nonnames and low in modifiers and not name_words:
            pass  # "*Former* prime minister Ann Lee": a modifier opening a sentence
        elif w[:1].isupper() or (name_words and w in _NAME_LINKS):
            name_words.append(w)
            designator = designators.get(w, designator)
        elif low not in modifiers:
            name_words, designator = [], None
        i += 1
    while name_words and name_words[-1] in _NAME_LINKS:
        name_words.pop()
    if len(core) == 1 and name_words and name_words[0].endswith("ly"):
        return None  # "Historically"
    if country is not None and affiliation is None and name_words != []:
        affiliation = country.name
    heads_after = head is not None and (not name_words or designator is None)
    base = {"span": span, "definite": definite, "acronym": acronym, "gender": gender}
    if name_words and designator is not None:
        name = " ".join(_strip_possessive(w) for w in name_words)
        prefix = [] if country is None else [country.name]
        key = _key([*prefix, *name_words], aw)
        return Mention(
            form=MentionForm.NAME,
            kind=designator,
            name=f"{country_text} {name}".strip(),
            key=key,
            head=head,  # "the group" later: "the pressure group Clean Air Alliance"
            affiliation=affiliation,
            **base,  # type: ignore[arg-type]
        )
    if name_words and (head is None or (title_words and not _heads_last(core, aw))):
        name = " ".join(_strip_possessive(w) for w in name_words)
        kind = ActorKind.PERSON if title_words or head else ActorKind.UNKNOWN
        if affiliation is None and len(title_words) > 1:
            affiliation = _body_title(title_words[0], aw)  # "Agency inspector Ann Lee"
        head_role = None if head is None else roles[head]
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
            key=_key(name_words, aw),
            title=" ".join(title_words) or None,
            head=head,
            affiliation=affiliation,
            **base,  # type: ignore[arg-type]
        )
    if head is None:
        if country is None or any(w.text in aw.demonyms for w in core):
            return None
        return Mention(
            form=MentionForm.COUNTRY,
            kind=ActorKind.GOVERNMENT,
            name=country.name,
            key=_key(country.name.split(), aw),
            country=country.code,
            **base,  # type: ignore[arg-type]
        )
    role = roles[head]
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
    qualifier = " ".join(_strip_possessive(w) for w in name_words) or None
    return Mention(
        form=MentionForm.DESCRIPTION,
        kind=role.kind,
        name=f"{qualifier} {head}" if qualifier else None,
        key=_key([*name_words, head], aw) if qualifier else (),
        title=" ".join(title_words) or None,
        head=head,
        affiliation=affiliation or (country.name if country else qualifier),
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


def _key(words: list[str], aw: ActorWords) -> tuple[str, ...]:
    out = []
    for word in words:
        w = _strip_possessive(word)
        country = aw.country_words.get(w)
        if country is not None and w not in aw.seats:
            out.extend(country.name.casefold().split())
        elif w not in _NAME_LINKS:
            out.append(w.casefold().rstrip("."))
    while len(out) > 1 and out[-1] in _SUFFIXES:
        out.pop()
    return tuple(out)
