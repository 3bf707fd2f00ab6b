"""Attribution types: what a claim attributes to its source, read from its cue.

A quote, "according to" and every cue verb of saying is an ``assertion``; the fourth
column of ``cue_verbs.tsv`` and ``attribution_words.tsv`` give the other types
(PARC 3.0): ``belief`` ("thinks", "is seen as"), ``knowledge`` ("found", "knows"),
``intention`` ("plans to", "wants") and ``perception`` ("saw", "seems").

>>> from newsclaims.model import Span
>>> table = AttributionTable(Lexicons.default())
>>> text = "Ann Lee is widely expected to run."
>>> c = ClaimCandidate(rule="belief", mode=ClaimMode.INDIRECT, content=Span(0, 7),
...                    cue=Span(8, 28))
>>> table.of(text, c).value
'belief'
"""

from __future__ import annotations

from typing import Final

from newsclaims._regex import compile_plain, match
from newsclaims.lexicons import Frame, Lexicons, inflect
from newsclaims.model import AttributionType, ClaimMode
from newsclaims.rules.actors.data import actor_words
from newsclaims.rules.claims.candidates import ClaimCandidate

__all__ = ["AttributionTable"]

_FINDINGS: Final = frozenset(
    {"poll", "polls", "survey", "surveys", "study", "studies", "data"}
)
"""Nouns of findings; with the document heads of the lexicons, the nouns whose
speakers find propositions, not things."""

_QUOTE_RULES: Final = frozenset(
    {"quote_then_tag", "tag_then_quote", "floating_quote", "untagged_quote"}
)
"""Rules whose claims are quotations: always assertions."""

_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "not"})
"""Words before a participle cue ("is widely expected") that say nothing of its type."""

_PARTICLES: Final = frozenset(
    {"about", "as", "at", "by", "for", "of", "on", "over", "to", "with"}
)
"""Prepositions that end a cue ("asked about", "accused of") without typing it."""


_NOT_REPORTING: Final = frozenset(
    {
        "herself",
        "himself",
        "itself",
        "myself",
        "off",
        "ourselves",
        "themselves",
        "up",
        "yourself",
        "yourselves",
    }
)
"""Words that, right after a verb of finding or showing, make it no attribution at
all: "found himself in trouble", "showed up late", "showed off the car"."""

_FINDING: Final = ("find", "discover")
"""Verbs of finding: with a thing for object and a person for subject, no claim."""

_PERSONAL: Final = frozenset({"he", "i", "she", "they", "we", "you"})

_CLAUSE_WORDS: Final = frozenset(
    {
        "am", "are", "be", "been", "being", "can", "could", "did", "do", "does",
        "had", "has", "have", "how", "if", "is", "may", "might", "must", "should",
        "that", "to", "was", "were", "what", "whether", "which", "who", "why",
        "will", "would",
    }
)  # fmt: skip
"""Words that show a content is a clause (a proposition), not a thing."""


def _person(speaker: str, sources: frozenset[str]) -> bool:
    """Whether a speaker span is a personal pronoun or a name (every word capitalised,
    none a noun of documents or polls: "The Study" is no person)."""
    words = speaker.split()
    if len(words) == 1 and words[0].casefold() in _PERSONAL:
        return True
    return bool(words) and all(
        w[:1].isupper() and w.casefold().strip(".,'") not in sources for w in words
    )


def _no_clause(content: str) -> bool:
    """Whether ``content`` reads as a thing ("the keys under the mat"), with no word
    of a clause and no past or -n't form."""
    for raw in content.casefold().split():
        w = raw.strip(".,;:!?\"'()\u201c\u201d\u2019")
        if w in _CLAUSE_WORDS or w.endswith(("ed", "n't")):
            return False
    return True


_DIRECTING: Final = frozenset({Frame.OBJECT_INFINITIVE, Frame.ADDRESSEE})
"""Frames of verbs that can direct someone to act: "asked Y to", "told Y to"."""

_TO_VERB: Final = compile_plain(r"\s*+to\s++\p{Ll}")
"""A to-infinitive right after a cue or its object ("asked them *to leave*")."""

_REACH: Final = 40
"""How far before a cue its governing verb ("plans to", "is expected to") is read."""


class AttributionTable:
    """Every cue form with its attribution type, built once per lexicons."""

    def __init__(self, lexicons: Lexicons) -> None:
        types: dict[str, AttributionType] = {}
        for verb in lexicons.cue_verbs:
            kind = AttributionType(verb.attribution)
            for form in verb.all_forms:
                types.setdefault(form, kind)
        for word, name in lexicons.attribution_words:
            kind = AttributionType(name)
            forms = (word,) if " " in word else (word, *inflect(word))
            for form in forms:
                types[form] = kind  # a cue word's own row wins over a verb's form
        self.types: Final = types
        self.finding: Final = frozenset(
            f for v in lexicons.cue_verbs if v.lemma in _FINDING for f in v.all_forms
        )
        self.sources: Final = actor_words(lexicons).document_heads | _FINDINGS
        """Nouns of documents and findings (see :func:`_person`)."""
        self.directing: Final = frozenset(
            f
            for v in lexicons.cue_verbs
            if v.frames & _DIRECTING and v.attribution == "assertion"
            for f in v.all_forms
        )
        """Forms of the verbs of saying that can direct someone to act (see
        :meth:`_directive`)."""

    def lookup(self, cue: str) -> AttributionType:
        """The type of the cue words ``cue``; ``assertion`` when nothing types them.

        The whole cue is looked up (less "is", "was", adverbs in -ly), then without
        a final preposition, then word by word from the last.

        >>> table = AttributionTable(Lexicons.default())
        >>> [table.lookup(w).value for w in ("said", "was seen as", "plans", "asked about")]
        ['assertion', 'belief', 'intention', 'assertion']
        """
        words = [
            w
            for w in cue.casefold().split()
            if w not in _BE and not (w.endswith("ly") and len(w) > 4)  # noqa: PLR2004
        ]
        types = self.types
        while words:
            found = types.get(" ".join(words))
            if found is not None:
                return found
            if words[-1] not in _PARTICLES:
                break
            words.pop()
        for w in reversed(words):
            found = types.get(w)
            if found is not None:
                return found
        return AttributionType.ASSERTION

    def of(self, text: str, c: ClaimCandidate) -> AttributionType:
        """The attribution type of candidate ``c`` in ``text``: a quotation is an
        assertion, anything else is typed by its cue words."""
        if c.mode is ClaimMode.DIRECT or c.rule in _QUOTE_RULES or c.cue is None:
            return AttributionType.ASSERTION
        before = text[max(0, c.cue.start - _REACH) : c.cue.start].split()
        if len(before) >= 2 and before[-1] == "to":  # noqa: PLR2004
            # A cue in the infinitive of another ("appeared to reject", "plans to
            # announce", "is expected to say"): the governing verb types it.
            governing = self.lookup(" ".join(before[-3:-1]))
            if governing is not AttributionType.ASSERTION:
                return governing
        found = self.lookup(c.cue.of(text))
        if found is AttributionType.ASSERTION and self._directive(text, c):
            return AttributionType.INTENTION
        return found

    def _directive(self, text: str, c: ClaimCandidate) -> bool:
        """Whether ``c`` reports a request or an order: a verb of saying that can
        take an object and a to-infinitive, with one after it ("asked residents to
        stay", "told reporters to leave", "were told to stay home"). What it reports
        is what the speaker wants done, an intention, as with "urged" and "called
        on"; "said to be" (a verb with no such frame) stays an assertion.

        >>> table = AttributionTable(Lexicons.default())
        >>> from newsclaims.model import Span
        >>> text = "Ann Lee asked the crew to stop."
        >>> c = ClaimCandidate(rule="speaker_cue_content", mode=ClaimMode.INDIRECT,
        ...                    content=Span(14, 30), cue=Span(8, 13),
        ...                    target=Span(14, 22))
        >>> table.of(text, c).value
        'intention'
        """
        assert c.cue is not None  # noqa: S101 - checked by the caller
        words = c.cue.of(text).casefold().split()
        if words and words[-1] == "to":  # "were told to": the passive's cue
            return len(words) > 1 and words[-2] in self.directing
        if not words or words[-1] not in self.directing:
            return False
        after = c.cue.end if c.target is None else c.target.end
        if c.target is None and c.content.start > after:
            after = c.content.start  # "told reporters to leave": content "to leave"
        return match(_TO_VERB, text, after, c.content.end) is not None

    def reports(self, text: str, c: ClaimCandidate) -> bool:
        """Whether ``c`` attributes anything: not when its cue of knowledge is a
        phrasal or reflexive verb that reports nothing ("found himself in a row",
        "showed up late", "showed off the car").

        >>> table = AttributionTable(Lexicons.default())
        >>> from newsclaims.model import Span
        >>> text = "Ann Lee found herself in a row."
        >>> c = ClaimCandidate(rule="speaker_cue_content", mode=ClaimMode.INDIRECT,
        ...                    content=Span(15, 30), cue=Span(8, 13))
        >>> table.reports(text, c)
        False
        """
        cue = c.cue
        if cue is None or c.mode is ClaimMode.DIRECT or c.rule in _QUOTE_RULES:
            return True
        kind = self.lookup(cue.of(text))
        if kind is AttributionType.KNOWLEDGE:
            after = text[cue.end : cue.end + 12].split(maxsplit=1)
            if after and after[0].casefold() in _NOT_REPORTING:
                return False
        if c.speaker is not None and cue.of(text).casefold() in self.finding:
            # "She found the keys": a person finding a thing, not a proposition (a
            # study or poll finding one is a claim; "saw the plan as" is a view).
            return not (
                _person(c.speaker.of(text), self.sources)
                and _no_clause(c.content.of(text))
            )
        return True
