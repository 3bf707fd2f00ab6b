"""The parsing pipeline: text in, a validated :class:`~newsclaims.model.Article` out.

The stages of :mod:`newsclaims.rules` run in order, data flowing one way: text
(paragraphs, sentences, quotations) -> dateline -> claims (with their speaker, cue and
content spans) -> quantities -> actors (coreference) -> responses. Building the
``Article`` validates everything, the final gate.
"""

from __future__ import annotations

import bisect
import warnings
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from attrs import Factory, field, frozen

from newsclaims.errors import InvalidModelError, NewsclaimsWarning
from newsclaims.lexicons import FRAMES, Lexicons
from newsclaims.model import Actor, Article, Claim, Dateline, Span
from newsclaims.rules import coref, responses
from newsclaims.rules.claims import ClaimCandidate, ClaimRules
from newsclaims.rules.dateline import find_dateline
from newsclaims.rules.quantities import find_quantities

__all__ = ["Parser", "parse_article"]


@lru_cache(maxsize=16)
def _compiled_rules(lexicons: Lexicons) -> ClaimRules:
    """The claim rules of ``lexicons``, compiled once per process and then shared.

    Keyed by the frozen, hashable lexicons: every parser built or unpickled in a
    process with equal lexicons shares one (immutable) ``ClaimRules``, so a worker
    compiles the patterns once, never per task, partition or record, whatever the
    state of the ``regex`` module's own cache. Bounded, for programs that build many
    different lexicons.
    """
    return ClaimRules(lexicons)


def _rules(parser: Parser) -> ClaimRules:
    return _compiled_rules(parser.lexicons)


def _function_words(parser: Parser) -> frozenset[str]:
    lex = parser.lexicons
    cues = lex.cue_forms("".join(sorted(FRAMES)))
    return lex.stopwords | lex.auxiliaries | lex.pronouns | lex.determiners | cues


@frozen
class Parser:
    """A reusable parser; its patterns are compiled once per process and lexicons.

    A parser holds no mutable state: share one between threads, or pickle it to worker
    processes. Give it a :class:`~newsclaims.lexicons.Lexicons` with extra words to
    extend the rules.

    >>> parser = Parser()
    >>> article = parser.parse('"It is over," said Ann Lee.', id="doc-1")
    >>> article.id, [a.name for a in article.actors]
    ('doc-1', ['Ann Lee'])
    """

    lexicons: Lexicons = field(factory=Lexicons.default)
    _claim_rules: ClaimRules = field(
        init=False, repr=False, eq=False, default=Factory(_rules, takes_self=True)
    )
    _function_words: frozenset[str] = field(
        init=False,
        repr=False,
        eq=False,
        default=Factory(_function_words, takes_self=True),
    )

    def __getstate__(self) -> dict[str, Any]:
        return {"lexicons": self.lexicons}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "lexicons", state["lexicons"])
        object.__setattr__(self, "_claim_rules", _rules(self))
        object.__setattr__(self, "_function_words", _function_words(self))

    def parse(self, text: str, *, id: str | None = None) -> Article:  # noqa: A002
        """Parse one article. Total: any ``str`` gives an ``Article``.

        Raises:
            TypeError: ``text`` is not a ``str`` (or ``id`` is neither ``str`` nor None).
        """
        if not isinstance(text, str):
            raise TypeError(
                f"parse_article() takes the article text as a str, "
                f"got {type(text).__name__}"
            )
        if id is not None and not isinstance(id, str):
            raise TypeError(f"id must be a str or None, got {type(id).__name__}")
        found = find_dateline(text)
        dateline = None if found is None else Dateline(location=found[0], span=found[1])
        kept = [
            (c, claim)
            for c in self._claim_rules.extract(text)
            if (claim := _claim(text, c)) is not None
        ]
        res = coref.resolve_actors(
            text,
            [c.speaker for c, _ in kept],
            [c.target for c, _ in kept],
            [c.content for c, _ in kept],
            dateline=None if found is None else found[1],
        )
        actors = [
            Actor(
                id=f"a{i}",
                name=d.name,
                kind=d.kind,
                title=d.title,
                affiliation=d.affiliation,
                mentions=d.mentions,
                members=tuple(f"a{m + 1}" for m in d.members),
            )
            for i, d in enumerate(res.actors, 1)
        ]
        claims = [
            _resolved(
                claim,
                f"c{n}",
                None if s is None else actors[s].id,
                None if t is None else actors[t].id,
            )
            for n, ((_, claim), s, t) in enumerate(
                zip(kept, res.speaker_index, res.target_index, strict=True), 1
            )
        ]
        links = responses.find_responses(
            text,
            claims,
            _response_context(
                res, actors, self._function_words, self.lexicons.cue_nouns
            ),
        )
        try:
            return Article(
                text=text,
                id=id or None,
                dateline=dateline,
                actors=actors,
                claims=claims,
                responses=links,
            )
        except InvalidModelError as e:  # pragma: no cover - a bug in a rule
            warnings.warn(
                f"newsclaims: the rules produced an invalid article ({e}); only its "
                "text is returned. Please report this with the text.",
                NewsclaimsWarning,
                stacklevel=2,
            )
            return Article(text=text, id=id or None)


def _response_context(
    res: coref.Resolution,
    actors: Sequence[Actor],
    function_words: frozenset[str],
    claim_nouns: frozenset[str],
) -> responses.ResponseContext:
    """What the responses stage needs to know of the actors."""
    ids = [a.id for a in actors]
    by_name = {a.name.casefold(): a.id for a in actors if a.name is not None}
    spans = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
    starts = [m[0] for m in spans]

    def mentioned(span: Span) -> frozenset[str]:
        found = set()
        for i in range(bisect.bisect_left(starts, span.start), len(spans)):
            start, end, actor = spans[i]
            if start >= span.end:
                break
            if end <= span.end:
                found.add(actor)
        return frozenset(found)

    def referenced(span: Span) -> frozenset[str]:
        return frozenset(ids[i] for i in res.referenced(span))

    stands_for = {
        a.id: frozenset(
            {a.id}
            | (
                {by_name[a.affiliation.casefold()]}
                if a.affiliation and a.affiliation.casefold() in by_name
                else set()
            )
        )
        for a in actors
    }
    return responses.ResponseContext(
        mentioned=mentioned,
        referenced=referenced,
        stands_for=stands_for,
        function_words=function_words,
        claim_nouns=claim_nouns,
    )


def _claim(text: str, c: ClaimCandidate) -> Claim | None:
    """The claim of a candidate; a candidate the model refuses is left out, loudly."""
    try:
        return Claim(
            id="c0",
            speaker_span=c.speaker,
            cue_span=c.cue,
            content_span=c.content,
            content_parts=c.parts,
            mode=c.mode,
            hedged=c.hedged,
            rule=c.rule,
            quantities=find_quantities(text, c.content),
        )
    except InvalidModelError as e:
        warnings.warn(
            f"newsclaims: rule {c.rule!r} produced an invalid claim ({e}); it was "
            "left out. Please report this with the text.",
            NewsclaimsWarning,
            stacklevel=3,
        )
        return None


def _resolved(claim: Claim, id: str, speaker: str | None, target: str | None) -> Claim:  # noqa: A002
    """``claim`` with its id and actors (:meth:`Claim.with_ids`: only the new values
    are validated again)."""
    return claim.with_ids(id, speaker=speaker, target=target)


@cache
def default_parser() -> Parser:
    """The shared default parser (built on first use)."""
    return Parser()


def parse_article(text: str, *, id: str | None = None) -> Article:  # noqa: A002
    """Parse one news text with the default :class:`Parser`.

    Any ``str`` gives an :class:`Article` (maybe with no claims); it never raises on
    odd text.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> parse_article("Nothing was said here.").claims
    ()
    >>> parse_article(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: parse_article() takes the article text as a str, got bytes
    """
    return default_parser().parse(text, id=id)
