"""Reading the data files beside :mod:`newsclaims.lexicons`: the one place that opens
them (with :mod:`importlib.resources`). Re-exported by :mod:`newsclaims.lexicons`;
the rules read the lists through a :class:`~newsclaims.lexicons.Lexicons`, never a
file.
"""

from __future__ import annotations

from importlib import resources

from newsclaims.lexicons._verbs import CueVerb

__all__ = [
    "acts",
    "bounds",
    "counts",
    "cue_verbs",
    "noun_objects",
    "pairs",
    "read_entries",
    "read_rows",
    "rows",
    "words",
]


def _lines(name: str) -> list[str]:
    package = resources.files("newsclaims.lexicons")
    return package.joinpath(name).read_text(encoding="utf-8").splitlines()


def read_entries(name: str) -> list[str]:
    """The entries of a word-list file: stripped lines, no blanks, no ``#`` comments.

    >>> "according to" in read_entries("source_phrases.txt")
    True
    """
    lines = (line.strip() for line in _lines(name))
    return [line for line in lines if line and not line.startswith("#")]


def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, its cells as written (an empty last
    cell stays), without blank and ``#`` comment lines.

    >>> read_rows("response_cues.tsv")[0]
    ('agreed', 'support')
    """
    return tuple(
        tuple(line.split("\t"))
        for line in _lines(name)
        if line and not line.startswith("#")
    )


def words(name: str) -> frozenset[str]:
    """The entries of a word-list file, as a set."""
    return frozenset(read_entries(name))


def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """The (word, value) rows of a two-column file, sorted."""
    split = (line.split("\t") for line in read_entries(name))
    return tuple(sorted((a, b) for a, b in split))


def noun_objects(name: str) -> tuple[tuple[str, str], ...]:
    """(noun, preposition) rows of ``cue_noun_objects.tsv``: one per preposition."""
    split = (line.split("\t") for line in read_entries(name))
    return tuple(sorted((n, p) for n, preps in split for p in preps.split()))


def cue_verbs(name: str) -> tuple[CueVerb, ...]:
    """The verbs of ``cue_verbs.tsv``."""
    verbs = []
    for line in read_entries(name):
        lemma, forms, frames, *kind = line.split("\t")
        verbs.append(CueVerb(lemma, tuple(forms.split(",")), frames, *kind))
    return tuple(verbs)


def rows(name: str, width: int) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated file, cut or padded with empty cells to
    ``width`` cells, in file order."""
    return tuple((*row, *("",) * width)[:width] for row in read_rows(name))


def counts(name: str) -> tuple[tuple[str, int], ...]:
    """(word, whole number) rows, in file order: ``quantity_scales.tsv``."""
    return tuple((row[0], int(row[1])) for row in read_rows(name))


def bounds(name: str) -> tuple[tuple[str, int | None], ...]:
    """(phrase, lowest figure) rows, ``-`` read as ``None``: ``quantity_vague.tsv``."""
    return tuple(
        (row[0], None if row[1] == "-" else int(row[1])) for row in read_rows(name)
    )


def acts(name: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(nouns, words) rows of ``response_acts.tsv``, both cells split on spaces."""
    return tuple(
        (frozenset(nouns.split()), frozenset(said.split()))
        for nouns, said in read_rows(name)
    )
