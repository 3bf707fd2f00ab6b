"""Bodies named again in other words: the same words in another order, the words
before "of", a business's first word.

The coreference walk (:class:`~newsclaims.rules.actors.coref_actors.Walker`) indexes
each body's name with :func:`index_body` and looks a new body's name up with
:func:`reordered` when no name it holds already matches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newsclaims.model import ActorKind

if TYPE_CHECKING:  # pragma: no cover
    from newsclaims.rules.actors.coref_actors import Walker
    from newsclaims.rules.actors.parse import Mention

__all__ = ["index_body", "reordered"]

_ORGANIZATION: Final = ActorKind.ORGANIZATION
_LINKS: Final = frozenset({"of", "the", "and"})


def index_body(
    names: dict[tuple[str, ...], int],
    bags: dict[frozenset[str], int],
    d: int,
    m: Mention,
) -> None:
    """Index the body's name of ``m`` (of actor ``d``) by its words in any order
    (in ``bags``, see :func:`reordered`), and a business's name of two words by its
    first ("Velta" for "Velta Airways", in ``names``: a business is named again by
    the start of its name, a person by the end; a longer name's first word is as
    often an adjective: "Northern Ferry Workers Union")."""
    key = m.key
    bags.setdefault(frozenset(key), d)
    if m.kind is _ORGANIZATION and m.name and len(key) == 2:  # noqa: PLR2004
        first = m.name.split(maxsplit=1)[0].casefold()
        if first == key[0] and first not in _LINKS:
            names.setdefault(key[:1], d)


def reordered(walker: Walker, m: Mention) -> int | None:
    """A body named before with the same words in another order ("Harwick Supreme
    Court" for "the Supreme Court of Harwick"), or by the words before "of" in this
    name ("the Supreme Court" for "the Supreme Court of Harwick"), two words at
    least, when that body's name holds no "of" of its own (it is then another: "the
    High Court of Eastland" is not "the High Court of Westland")."""
    if len(m.key) > 1:
        found = walker._bags.get(frozenset(m.key))  # noqa: SLF001 - the walk's index
        if found is not None:
            return found
    words = (m.name or "").split()
    if "of" not in words[2:]:
        return None
    before = tuple(w.casefold() for w in words[: words.index("of", 2)])
    found = walker._names.get(before)  # noqa: SLF001 - the walk's index
    if found is None:
        return None
    found = walker.find(found)
    if any(" of " in n for n in walker.drafts[found].names):
        return None
    return found
