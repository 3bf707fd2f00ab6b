"""Speakers set right after the claim rules, before overlaps are resolved: a
participle speaks for its sentence's subject, a document for whoever issued it, and
the complement of a plain noun is no speaker.

>>> from newsclaims.rules.claims.extract import default_rules
>>> text = "The ministry issued a statement saying the road would reopen."
>>> [c.speaker.of(text) for c in default_rules().extract(text)]
['The ministry']
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from newsclaims._regex import compile_pattern, match, search
from newsclaims.model import Span
from newsclaims.rules.actors.data import ActorWords
from newsclaims.rules.claims import clause as claims_clause
from newsclaims.rules.claims.candidates import ClaimCandidate, Context

__all__ = ["complement_speaker", "document_speakers", "participle_subjects"]


def participle_subjects(candidates: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """The candidates, a ``speaker_cue_content`` claim whose cue is also a participle
    clause's taking that clause's speaker, the sentence's subject: in "The council
    voted to fine two firms, Acme and Bolt, citing late payments" the council cites,
    not Bolt (the name nearest the cue)."""
    subjects = {
        (c.cue.start, c.cue.end): c.speaker
        for c in candidates
        if c.rule == "participle_clause" and c.cue is not None and c.speaker is not None
    }
    if not subjects:
        return candidates
    out = []
    for c in candidates:
        spk = None
        if c.rule == "speaker_cue_content" and c.cue is not None:
            spk = subjects.get((c.cue.start, c.cue.end))
        out.append(
            c if spk is None or spk == c.speaker else attrs.evolve(c, speaker=spk)
        )
    return out


_DOCUMENT_SPEAKER: Final = compile_pattern(
    r"""
    (?:(?P<owner>\p{Lu}[\p{L}\p{M}.\-]{0,30}+(?:\x20\p{Lu}[\p{L}\p{M}.\-]{0,30}+){0,5}+)['’]s?
      |(?P<owner>[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)
      |(?:an?|the|The|A|An))
    \x20(?:\p{Ll}{1,20}+\x20){0,2}+(?P<head>\p{Ll}{2,20}+)
    """
)
_DOCUMENT_BEFORE: Final = compile_pattern(
    r"(?<![\p{L}\p{N}])(?P<doc>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)"
    r"(?:\x20\p{Ll}{1,20}+){1,3}+),?\x20\Z"
)
"""A document right before a relative "which": "released *a statement* which read"."""
_DOCUMENT_REACH: Final = 70
_ISSUED: Final = compile_pattern(
    r"(?<![\p{L}\p{N}])(?:issued|released|published|posted|sent|put\x20out)\s++\Z"
)
"""The verb that issues a document, right before it: "issued a statement"."""
_ISSUED_REACH: Final = 16
"""How far before a document its issuing verb may start."""
_RELATIVE: Final = compile_pattern(
    r"(?<![\p{L}\p{N}])(?P<who>who)(?:\x20(?:also|later|then|has|had|have))?+\x20\Z"
)
"""A relative "who" right before the issuing verb: "Ann Lee, who (also) issued"."""
_RELATIVE_REACH: Final = 12


def document_speakers(
    pats: claims_clause.ClausePatterns,
    ctx: Context,
    candidates: list[ClaimCandidate],
    aw: ActorWords,
) -> list[ClaimCandidate]:
    """The candidates, a document speaker ("a statement") giving way to whoever
    issued it: "The ministry issued a statement saying ..." -> the ministry;
    "Their statement read ..." -> "Their" (resolved like any pronoun)."""
    out = []
    for c in candidates:
        issuer = None if c.speaker is None else _issuer(pats, ctx, c.speaker, aw)
        out.append(c if issuer is None else attrs.evolve(c, speaker=issuer))
    return out


def _document(text: str, spk: Span, aw: ActorWords) -> regex.Match[str] | None:
    """The document a speaker span names ("a statement", "Their report"), also
    through a relative "which" right after one ("a statement which read"); else
    ``None``, found at once for most speakers by their last word."""
    documents = aw.document_heads
    last = text[max(spk.start, spk.end - aw.longest_document) : spk.end]
    last = last.rsplit(" ", 1)[-1]
    if last == "which" and spk.end - spk.start == len(last):
        before = search(
            _DOCUMENT_BEFORE, text, max(0, spk.start - _DOCUMENT_REACH), spk.start
        )
        if before is None:
            return None
        spk = Span.of_match(before, "doc")
    elif last not in documents:
        return None  # the usual case, told without a pattern
    m = match(_DOCUMENT_SPEAKER, text, spk.start, spk.end)
    if m is None or m.end() != spk.end or m.group("head") not in documents:
        return None
    return m


def _issuer(
    pats: claims_clause.ClausePatterns, ctx: Context, spk: Span, aw: ActorWords
) -> Span | None:
    """Who issued the document ``spk`` names: its owner ("Their statement", "Acme's
    report"), or the subject of "issued"/"released" before it; else ``None``."""
    text = ctx.text
    m = _document(text, spk, aw)
    if m is None:
        return None
    if m.group("owner") is not None:
        return Span.of_match(m, "owner")
    start = m.start()
    verb = search(_ISSUED, text, max(0, start - _ISSUED_REACH), start)
    layout = ctx.layout
    if verb is None or not layout.sentences:
        return None
    relative = search(
        _RELATIVE, text, max(0, verb.start() - _RELATIVE_REACH), verb.start()
    )
    if relative is not None:
        return Span.of_match(relative, "who")  # resolved like any relative pronoun
    sentence = layout.sentences[layout.sentence_at(start)].start
    verb_end = verb.start() + len(verb.group().split(maxsplit=1)[0])  # "put" (out)
    return pats.subject_of(ctx, sentence, verb_end, verb_end=verb_end)


_COMPLEMENT: Final = compile_pattern(
    r"(?<![\p{L}\p{N}])[Tt]he\x20(?P<head>\p{Ll}{3,20}+)\x20of\x20"
    r"(?:\p{L}{1,20}+\x20(?:and|or)\x20)?\Z"
)
"""What stands before a speaker that is only the complement of a plain noun: "*The
capture of* soldiers ... signals", "*The arrest of Chinese and* Korean men shows"."""


def complement_speaker(text: str, c: ClaimCandidate, aw: ActorWords) -> bool:
    """Whether a sentence rule's speaker is the complement of the real subject, a
    plain singular noun ("The capture of soldiers signals ..."): no speaker, no claim;
    not after a role or a plural ("the head of", "the cities of X and Y")."""
    spk = c.speaker
    if spk is None or c.rule != "speaker_cue_content" or spk.start < 4:  # noqa: PLR2004
        return False
    m = search(_COMPLEMENT, text, max(0, spk.start - 50), spk.start)
    if m is None:
        return False
    head = m.group("head")
    return head not in aw.roles and not head.endswith("s")  # "the cities of X and Y"
