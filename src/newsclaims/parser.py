"""The parsing pipeline: text in, a validated :class:`~newsclaims.model.Article` out.

The stages of :mod:`newsclaims.rules` run in order, data flowing one way: text
(paragraphs, sentences, quotations: one layout per article, handed to every stage) ->
dateline -> claims (with their speaker, cue and content spans) -> quantities -> actors
(coreference) -> responses. Every stage reads its words from the parser's
:class:`~newsclaims.lexicons.Lexicons`. Building the ``Article`` validates everything,
the final gate.
"""

from __future__ import annotations

import bisect
import warnings
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any, TypeAlias

import attrs
from attrs import Factory, field, frozen

from newsclaims import _patterncache, _regex, _unicode
from newsclaims._fields import _visible
from newsclaims.errors import (
    InputTooLongError,
    InvalidModelError,
    NewsclaimsWarning,
    PatternTimeoutError,
)
from newsclaims.lexicons import ALL_FRAMES, Lexicons
from newsclaims.model import Actor, Article, Claim, Dateline, Span
from newsclaims.rules import responses
from newsclaims.rules.actors import coref
from newsclaims.rules.claims.attribution import AttributionTable
from newsclaims.rules.claims.extract import ClaimCandidate, ClaimRules
from newsclaims.rules.quantities.find import find_quantities
from newsclaims.rules.text.capitals import recase
from newsclaims.rules.text.dateline import find_dateline
from newsclaims.rules.text.furniture import Compaction, set_aside
from newsclaims.rules.text.layout import Layout, layout, paragraphs

__all__ = ["Parser", "parse_article"]

_Paras: TypeAlias = tuple[Span, ...] | None
"""The paragraphs of a text when already split (else ``None``)."""


def _report(problem: str, *, stacklevel: int) -> None:
    """Warn of a bug in newsclaims itself (never a problem with the input), with
    ``stacklevel`` as :func:`warnings.warn` counts it from the caller."""
    warnings.warn(
        f"newsclaims: {problem}. Please report this with the text.",
        NewsclaimsWarning,
        stacklevel=stacklevel + 1,
    )


@lru_cache(maxsize=16)
def _compiled_rules(lexicons: Lexicons) -> ClaimRules:
    """The claim rules of ``lexicons``, compiled once per process and then shared.

    Keyed by the frozen, hashable lexicons: every parser built or unpickled in a
    process with equal lexicons shares one (immutable) ``ClaimRules``, so a worker
    compiles the patterns once, never per task, partition or record, whatever the
    state of the ``regex`` module's own cache. Bounded, for programs that build many
    different lexicons.
    """
    rules = ClaimRules(lexicons)
    _patterncache.flush()
    return rules


@lru_cache(maxsize=16)
def _attribution_table(lexicons: Lexicons) -> AttributionTable:
    """The attribution types of ``lexicons``' cue words, built once per process."""
    return AttributionTable(lexicons)


def _rules(parser: Parser) -> ClaimRules:
    return _compiled_rules(parser.lexicons)


def _function_words(parser: Parser) -> frozenset[str]:
    lex = parser.lexicons
    cues = lex.cue_forms(ALL_FRAMES)
    return lex.stopwords | lex.auxiliaries | lex.pronouns | lex.determiners | cues


def _check_id(id: object) -> str | None:  # noqa: A002
    """The article id to use: ``None`` for ``None`` or ``""``.

    >>> _check_id(" ")
    Traceback (most recent call last):
    ...
    ValueError: id must hold a visible character, got ' '
    """
    if id is None or id == "":
        return None
    if not isinstance(id, str):
        raise TypeError(f"id must be a str or None, got {type(id).__name__}")
    if not _visible(id):
        raise ValueError(f"id must hold a visible character, got {id!r}")
    return id


def _check_max_chars(_: object, __: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and (type(value) is not int or value < 1):
        raise ValueError(
            f"max_chars must be a whole number >= 1 or None, got {value!r}"
        )


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
    max_chars: int | None = field(default=None, validator=_check_max_chars)
    """The longest text :meth:`parse` takes, in code points; ``None``: no limit.
    Longer texts raise :class:`~newsclaims.errors.InputTooLongError` (a batch or the
    command line reports it as that record's error)."""
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
        return {"lexicons": self.lexicons, "max_chars": self.max_chars}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "lexicons", state["lexicons"])
        object.__setattr__(self, "max_chars", state.get("max_chars"))
        object.__setattr__(self, "_claim_rules", _rules(self))
        object.__setattr__(self, "_function_words", _function_words(self))

    def parse(self, text: str, *, id: str | None = None) -> Article:  # noqa: A002
        """Parse one article. Total: any ``str`` gives an ``Article`` (up to
        :attr:`max_chars` when set).

        Invisible format characters (a byte-order mark, zero-width spaces, direction
        marks, soft hyphens) are skipped for matching; every span still indexes
        ``text``. A surrogate pair held as two code points is joined first (JSON could
        not keep it apart): ``Article.text`` is then the joined text.

        Raises:
            TypeError: ``text`` is not a ``str``, or ``id`` is neither ``str`` nor None.
            ValueError: ``id`` is only white space or invisible characters.
            InputTooLongError: ``text`` is longer than :attr:`max_chars`.
        """
        if not isinstance(text, str):
            raise TypeError(
                f"parse_article() takes the article text as a str, "
                f"got {type(text).__name__}"
            )
        rid = _check_id(id)
        if self.max_chars is not None and len(text) > self.max_chars:
            raise InputTooLongError(
                f"the text has {len(text):,} characters, more than max_chars "
                f"({self.max_chars:,})"
            )
        text = _unicode.join_pairs(text)
        stripped, back = _unicode.strip_invisible(text)
        before = _regex.timeouts()
        article = self._readable(stripped, rid)
        if back is not None:
            try:
                article = back.article(article, text)
            except InvalidModelError as e:  # pragma: no cover - a bug in the mapping
                _report(
                    f"spans could not be mapped back past invisible characters ({e}); "
                    "only the text is returned",
                    stacklevel=2,
                )
                article = Article(text=text, id=rid)
        if _regex.timeouts() != before:
            article = attrs.evolve(article, timed_out=True)
        _patterncache.flush()  # patterns the first articles needed, for later processes
        return article

    def _readable(self, text: str, id: str | None) -> Article:  # noqa: A002
        """Parse ``text`` with its page furniture set aside and its lines in capitals
        read in mixed case; every span goes back onto ``text``."""
        # The rules read the text without its furniture and with its lines in
        # capitals in mixed case (same length); the spans go back on ``text`` after.
        # A pattern out of time here leaves the text as it is (the article says so).
        # A text's paragraphs are split once, for every step that reads that text.
        try:
            paras = paragraphs(text)
            furniture, found = set_aside(text, self.lexicons, paras)
            compact = Compaction.of(text, furniture)
            if compact.text is not text:
                paras = paragraphs(compact.text)
            readable = recase(compact.text, self.lexicons, paras)
        except PatternTimeoutError:
            return self._parse(text, id)
        same = paras if readable is compact.text else None
        if not furniture and readable is compact.text:
            return self._parse(text, id, same)
        dateline = None if found is None else Dateline(location=found[0], span=found[1])
        try:
            return compact.restore(self._parse(readable, id, same), dateline)
        except InvalidModelError as e:  # pragma: no cover - a bug in the mapping
            _report(
                f"page furniture could not be set aside ({e}); the text is parsed "
                "as it is",
                stacklevel=2,
            )
            return self._parse(text, id)

    def _drafts(
        self, text: str, lay: Layout | None
    ) -> tuple[list[Claim], list[Span | None]]:
        """The claims of ``text`` without ids or actors, and their target spans;
        the rules' candidates are dropped here (memory per claim)."""
        types = _attribution_table(self.lexicons)
        kept = [
            (c, claim)
            for c in (
                () if lay is None else self._claim_rules.extract(text, layout=lay)
            )
            if types.reports(text, c)
            and (claim := _claim(text, c, types, self.lexicons)) is not None
        ]
        return [claim for _, claim in kept], [c.target for c, _ in kept]

    def _parse(self, text: str, rid: str | None, paras: _Paras = None) -> Article:
        """Parse ``text`` (checked by :meth:`parse`; ``paras``: its paragraphs)."""
        lay = _layout(text, self.lexicons, paras)  # one per article, for every stage
        found = find_dateline(text, None if lay is None else lay.paragraphs)
        dateline = None if found is None else Dateline(location=found[0], span=found[1])
        drafts, targets = self._drafts(text, lay)
        res = coref.resolve_actors(
            text,
            [c.speaker_span for c in drafts],
            targets,
            [c.content_span for c in drafts],
            dateline=None if found is None else found[1],
            lexicons=self.lexicons,
        )
        actors = _actors(res)
        claims = [
            _resolved(
                claim,
                f"c{n}",
                None if s is None else actors[s].id,
                None if t is None else actors[t].id,
            )
            for n, (claim, s, t) in enumerate(
                zip(drafts, res.speaker_index, res.target_index, strict=True), 1
            )
        ]
        del drafts, targets  # the claims without ids: memory per claim
        links = responses.find_responses(
            text,
            claims,
            _response_context(
                text, res, actors, self._function_words, self.lexicons.cue_nouns
            ),
            layout=lay,
            lexicons=self.lexicons,
        )
        try:
            return Article(
                text=text,
                id=rid,
                dateline=dateline,
                actors=actors,
                claims=claims,
                responses=links,
            )
        except InvalidModelError as e:  # pragma: no cover - a bug in a rule
            _report(
                f"the rules produced an invalid article ({e}); only its text is "
                "returned",
                stacklevel=2,
            )
            return Article(text=text, id=rid)


def _layout(
    text: str, lexicons: Lexicons, paras: tuple[Span, ...] | None
) -> Layout | None:
    """The paragraphs, sentences and quotations of ``text``, computed once for every
    stage; ``None`` when a pattern ran out of time (no claim is then found)."""
    try:
        return layout(text, lexicons, paras)
    except PatternTimeoutError:
        return None


def _actors(res: coref.Resolution) -> list[Actor]:
    """The actors coreference found, with their ids ("a1", "a2" ...) in its order."""
    return [
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


def _response_context(
    text: str,
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
    for a in actors:  # "Eastland's defence minister" speaks for Eastland
        stands_for[a.id] |= responses.offices_served(text, a, actors)
    return responses.ResponseContext(
        mentioned=mentioned,
        referenced=referenced,
        stands_for=stands_for,
        function_words=function_words,
        claim_nouns=claim_nouns,
    )


def _claim(
    text: str, c: ClaimCandidate, types: AttributionTable, lexicons: Lexicons
) -> Claim | None:
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
            quantities=find_quantities(text, c.content, lexicons=lexicons),
            attribution=types.of(text, c),
        )
    except InvalidModelError as e:
        _report(
            f"rule {c.rule!r} produced an invalid claim ({e}); it was left out",
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
