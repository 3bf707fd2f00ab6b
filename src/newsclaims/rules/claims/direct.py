"""Direct-quote rules: a quotation and the tag that attributes it.

`"...," X said` / `"...," said X`, `X said: "..."`, split quotes (`"A," X said, "B."` is
one claim in two parts), headline style `X: "..."`, and floating quotes (a quoted
sentence after an attributed one, by the same speaker).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

import regex

from newsclaims._lists import compile_listed
from newsclaims._regex import compile_pattern, match, search
from newsclaims.lexicons import Frame, Lexicons
from newsclaims.model import ClaimMode, Span
from newsclaims.rules.claims.candidates import ClaimCandidate, Context, HedgePattern
from newsclaims.rules.claims.clause import ClausePatterns
from newsclaims.rules.claims.cues import (
    AUX,
    LEADING_CONJ,
    NO_FRAMES,
    NOT_WORD,
    SPEAKER,
    SPEAKER_AFTER,
    TIME,
    WORD,
    after_conjunction,
    cue_lists,
    may_open_speaker,
    speaker_openers,
    word_leads,
)
from newsclaims.rules.claims.speaker import SpeakerWalker
from newsclaims.rules.text.layout import Quote

__all__ = ["DirectPatterns", "floating_quotes"]

_APPOSITIVE: Final = r"(?:\s*+,\s*+[^,;:\n\"\u201c\u201d]{1,120}+,)?"

_PLURAL_GROUP: Final = rf"""
    (?=\p{{L}})\L<determiners>\s++
    (?:(?!\L<stopwords>{NOT_WORD})\p{{Ll}}[\p{{Ll}}\-]{{1,20}}+\s++){{0,2}}
    \p{{Ll}}[\p{{Ll}}\-]{{1,20}}+(?<=[^s'\u2019]s)(?<!news){NOT_WORD}
"""
"""A group named by a plural head after a quote, whatever words describe it: `"...,"
the dock workers said` (a plural noun between a quote's comma and its cue is the
speaker; before other verbs it could be a verb: "the piece goes")."""

_TAG_OPENING: Final = r"(?<!\s)\s*+,?\s*+(?:[\u2014\u2013]\s*+|-{1,2}+\s*+)?"
"""What opens a tag after a quote: a comma or a dash."""

_TAG_AFTER: Final = rf"""
    {_TAG_OPENING}
    (?:
        (?P<cue>\L<cues_tq>)\s++(?P<spk>{SPEAKER_AFTER})                 # said Ann Lee
      | (?P<spk>{_PLURAL_GROUP})\s++{AUX}(?P<cue>\L<cues_tq>){NOT_WORD}  # the dock workers said
      | (?P<spk>{SPEAKER}){_APPOSITIVE}\s++{AUX}(?P<cue>\L<cues_tq>){NOT_WORD}  # she said
    )
    (?P<tail>{TIME})
"""

_TAG_BEFORE: Final = rf"""
    (?:\s++(?P<target>\L<object_pronouns>{NOT_WORD}|{SPEAKER}|\p{{Ll}}++))?
    (?P<tail>{TIME})
    (?:\s++(?P<that>that))?
    \s*+(?P<punct>[:,])?\s*+\Z
"""
"""What may stand between a cue and the quote it introduces: `said to reporters:`."""

_COLON_TAG: Final = rf"""
    (?:(?P<spk>{SPEAKER})\s*+:                   # Ann Lee: "..."
      | (?P<spk>{SPEAKER}){_APPOSITIVE}\s++{AUX}(?P<cue>\L<cues_all>){NOT_WORD}
        [^:\n.!?\"\u201c\u201d]{{0,80}}+:)       # Ann Lee said in a speech to MPs: "..."
    \s*+\Z
"""

_SPLIT_GAP: Final = r"(?<!\s)\s*+[,.;:]?\s*+\Z"

_ADDRESSEE: Final = rf"""
    (?<!\s)\s++(?:to\s++)?(?:\L<object_pronouns>{NOT_WORD}|{SPEAKER}){TIME}
"""
"""The addressee after a tag's cue: "she told *the AP* ..."."""

_CLAUSE_AFTER: Final = rf"""
    (?<!\s)\s++(?:that|if|whether|I|\L<pronouns_lc>|\L<determiners_lc>){NOT_WORD}
"""
"""A reported clause opening after a cue: "...," he said *the* plan ...: no tag."""


_SENTENCE_END: Final = r"\s*+(?:[.!?]|\Z)"


class DirectPatterns:
    """The compiled patterns of the direct-quote rules."""

    def __init__(self, lexicons: Lexicons) -> None:
        lists = cue_lists(lexicons)
        self.lexicons = lexicons
        self.tag_after: Final = compile_listed(_TAG_AFTER, lists)
        self.tag_opening: Final = compile_pattern(rf"{_TAG_OPENING}(?P<word>{WORD}*+)")
        self.tag_words: Final = word_leads(lists["cues_tq"])
        self.speaker_openers: Final = speaker_openers(lists)
        self.tag_before: Final = compile_listed(_TAG_BEFORE, lists)
        self.cues_tq: Final = lists["cues_tq"]
        self.frames: Final = {
            form: verb.frames for verb in lexicons.cue_verbs for form in verb.all_forms
        }
        self.walker: Final = SpeakerWalker(lexicons)
        self.clause: Final = ClausePatterns(lexicons)
        self.noun_like: Final = lexicons.cue_verb_nouns
        self.stops_unlisted: Final = not any(
            c in word
            for words in lists.values()
            for word in words
            for c in _COLON_TAG_STOPS
        )
        """Whether no listed word holds a quote mark, semicolon or colon."""
        self.colon_tag: Final = compile_listed(
            rf"(?<![\p{{L}}\p{{N}}]){_COLON_TAG}", lists
        )
        self.split_gap: Final = compile_pattern(_SPLIT_GAP)
        self.addressee: Final = compile_listed(_ADDRESSEE, lists)
        self.clause_after: Final = compile_listed(_CLAUSE_AFTER, lists)
        self.sentence_end: Final = compile_pattern(_SENTENCE_END)
        self.leading_conj: Final = compile_pattern(LEADING_CONJ)

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern, by name."""
        return {
            f"direct.{k}": v
            for k, v in vars(self).items()
            if isinstance(v, regex.Pattern)
        }

    def __reduce__(self) -> tuple[type[DirectPatterns], tuple[Lexicons]]:
        return (DirectPatterns, (self.lexicons,))


def _window_end(ctx: Context, q: Quote, nxt: Quote | None) -> int:
    para = ctx.layout.paragraphs[ctx.layout.paragraph_at(q.span.end - 1)]
    end = min(para.end, q.span.end + 200)
    return min(end, nxt.span.start) if nxt is not None else end


def _quote_then_tag(
    pats: DirectPatterns, ctx: Context, q: Quote, nxt: Quote | None
) -> regex.Match[str] | None:
    end = _window_end(ctx, q, nxt)
    m = (
        match(pats.tag_after, ctx.text, q.span.end, end)
        if _may_tag(pats, ctx.text, q.span.end, end)
        else None
    )
    if m is None:
        return None
    inner_end = ctx.text[q.content.end : q.span.end]
    ends_sentence = (
        "." in inner_end or ctx.text[q.content.end - 1 : q.content.end] == "."
    )
    # "...won." Officials said later that ...: a new sentence, not a tag; nor
    # `"...won." Her statement read "..."`: the tag of the next quote (the sentence
    # end is looked for past the next quote's start)
    if (
        ends_sentence
        and ctx.text[m.start("spk")].isupper()
        and m.start("spk") < m.start("cue")
        and match(pats.sentence_end, ctx.text, m.end(), _window_end(ctx, q, None))
        is None
    ):
        return None
    # "...," she said the plan ...: the cue opens a reported clause, not a tag
    pos = m.end()
    if m.start("spk") > m.start("cue"):
        return m
    if Frame.ADDRESSEE in pats.frames.get(m.group("cue"), NO_FRAMES):
        a = match(pats.addressee, ctx.text, pos, end)
        pos = pos if a is None else a.end()
    if match(pats.clause_after, ctx.text, pos, end) is not None:
        return None
    return m


def _may_tag(pats: DirectPatterns, text: str, pos: int, end: int) -> bool:
    """Whether a tag may follow a quote ending at ``pos``: ``False`` only where the
    word after the comma or dash can open neither a cue nor a speaker (`" and ...`,
    `" in ...`), so the tag pattern cannot match there."""
    opening = match(pats.tag_opening, text, pos, end)
    if opening is None:
        return False
    word = opening.group("word")
    return word in pats.tag_words or may_open_speaker(word, pats.speaker_openers)


_Tag = tuple[Span, Span | None, int, bool]
"""A tag: speaker, cue, where the tag ends and whether a `that` makes it reported."""


def _tag_before(pats: DirectPatterns, ctx: Context, q: Quote) -> _Tag | None:
    text = ctx.text
    lead = text[max(0, q.span.start - 300) : q.span.start].rstrip()
    colon = lead.endswith(":")
    # `Ann Lee declared:` closing the paragraph before the quote introduces it
    at = (
        q.span.start - (len(lead) - len(lead.rstrip("\n\r\t :")) + 1)
        if colon
        else q.span.start
    )
    sent = ctx.layout.sentences[ctx.layout.sentence_at(at)]
    start = max(sent.start, q.span.start - 300)
    for cue in reversed(ctx.cues_in(start, q.span.start)[-2:]):
        if cue.of(text) not in pats.cues_tq and not (
            colon and cue.of(text) in pats.frames
        ):
            continue
        m = match(pats.tag_before, text, cue.end, q.span.start)
        if m is None:
            continue
        if _reported(pats, m, cue.of(text)) or (
            m.group("punct") is None and _continues(text, q)
        ):
            return None  # "called the plan “a disgrace”": a reported clause
        spk = pats.walker.before(
            text, cue.start, start, strict=cue.of(text) in pats.noun_like
        )
        if spk is None and text[cue.start : cue.end].endswith("ing"):
            # `X denied it, adding: "..."`: the sentence's subject speaks
            spk = pats.clause.subject_of(ctx, sent.start, cue.start)
        if spk is not None and _reported_subject(ctx, sent.start, spk):
            return None  # "X said the figures showed "...": X's claim holds the quote
        if spk is not None:
            return spk, cue, q.span.start, m.group("that") is not None
    if not text[start : q.span.start].rstrip().endswith(":"):
        return None
    c = search(
        pats.colon_tag, text, _colon_tag_start(pats, text, start, q), q.span.start
    )
    if c is None:
        return None
    cue_span = Span.of_match(c, "cue") if c.group("cue") else None
    return Span.of_match(c, "spk"), cue_span, q.span.start, False


_COLON_TAG_STOPS: Final = ('"', "\u201c", "\u201d", ";", ":")
"""What a colon tag holds nowhere before its colon but in a bracket aside."""


_CLAUSE_GAP: Final = compile_pattern(r"\x20(?:that\x20)?\Z")


def _reported_subject(ctx: Context, start: int, spk: Span) -> bool:
    """Whether a tag's speaker opens the clause another cue reports: in "X said the
    figures showed "..."" the figures are the subject of what X said."""
    cues = ctx.cues_in(start, spk.start)
    return (
        bool(cues) and match(_CLAUSE_GAP, ctx.text, cues[-1].end, spk.start) is not None
    )


def _colon_tag_start(pats: DirectPatterns, text: str, start: int, q: Quote) -> int:
    """The first place from ``start`` where a colon tag before ``q`` may start: after
    the last quote mark, semicolon or colon before the tag's own colon (the last one
    before the quote), which neither its speaker nor an appositive hold. From
    ``start`` where a bracket aside ("Ann Lee (D-Va.):") may hold one."""
    colon = text.rfind(":", start, q.span.start)
    if colon < 0 or not pats.stops_unlisted or "(" in text[start:colon]:
        return start
    return max(start, *(text.rfind(c, start, colon) + 1 for c in _COLON_TAG_STOPS))


def _continues(text: str, q: Quote) -> bool:
    """Whether the clause goes on after the quote: `said "local forces" must act`."""
    after = text[q.span.end : q.span.end + 3].lstrip(" ")
    return after[:1].isalpha() and text[q.content.end - 1 : q.content.end] not in ".!?"


def _reported(pats: DirectPatterns, m: regex.Match[str], cue: str) -> bool:
    """Whether the words between a cue and its quote make the quote part of a
    reported clause (mixed): "said that “...”", "called Y “...”", but
    not "told reporters: “...”" or "told reporters “...”"."""
    if m.group("punct") is not None:
        return False
    if m.group("that") is not None:
        return True
    return m.group("target") is not None and Frame.ADDRESSEE not in pats.frames.get(
        cue, _ADDRESSED
    )


_ADDRESSED: Final = frozenset({Frame.ADDRESSEE})
"""What :func:`_reported` assumes of a cue it does not know: that it is addressed."""


def quote_tags(
    pats: DirectPatterns, ctx: Context, hedge: HedgePattern
) -> Iterator[ClaimCandidate]:
    """Every quotation with a tag after it or before it; split quotes merged."""
    quotes = ctx.layout.quotes
    i = 0
    while i < len(quotes):
        q = quotes[i]
        nxt = quotes[i + 1] if i + 1 < len(quotes) else None
        i += 1
        m = _quote_then_tag(pats, ctx, q, nxt)
        mode = ClaimMode.DIRECT
        rule = "quote_then_tag"
        cue: Span | None
        if m is not None:
            spk, cue = Span.of_match(m, "spk"), Span.of_match(m, "cue")
            tag_end = m.end()
        else:
            found = _tag_before(pats, ctx, q)
            if found is None:
                continue
            spk, cue, tag_end, mixed = found
            rule = "tag_then_quote"
            mode = ClaimMode.MIXED if mixed else ClaimMode.DIRECT
        parts = list(q.parts)
        if rule == "quote_then_tag" and nxt is not None:
            gap = match(pats.split_gap, ctx.text, tag_end, nxt.span.start)
            same_para = ctx.layout.paragraph_at(
                nxt.span.start
            ) == ctx.layout.paragraph_at(q.span.start)
            if gap is not None and same_para and not _tagged_after(ctx, nxt):
                parts.extend(nxt.parts)
                i += 1
        content = Span(parts[0].start, parts[-1].end)
        lead = _lead_in(pats, ctx, q) if rule == "quote_then_tag" else None
        if lead is not None and len(parts) == 1:
            content, parts, mode = Span(lead, q.span.end), [], ClaimMode.MIXED
        yield ClaimCandidate(
            rule=rule,
            mode=mode,
            content=content,
            parts=tuple(parts) if len(parts) > 1 else (),
            cue=cue,
            speaker=spk,
            hedged=ctx.hedged(hedge, *parts),
        )


def _lead_in(pats: DirectPatterns, ctx: Context, q: Quote) -> int | None:
    """Where a clause that runs into a tagged quote starts: `This is a "raw time,"
    said Ann Lee` is one mixed claim from "This"; ``None`` when the quote opens its
    sentence or follows a colon or comma."""
    text = ctx.text
    sent = ctx.layout.sentences[ctx.layout.sentence_at(q.span.start)]
    start = after_conjunction(pats.leading_conj, text, sent.start, q.span.start)
    before = text[start : q.span.start].rstrip()
    if len(before.split()) < 2 or before[-1:] in ",:;(\u2014\u2013-" or "\n" in before:  # noqa: PLR2004
        return None
    return start


def _tagged_after(ctx: Context, q: Quote) -> bool:
    """Whether a cue word follows the quote at once (`"...," *said* ...`)."""
    pos = q.span.end
    while pos < len(ctx.text) and ctx.text[pos] in " ,":
        pos += 1
    cues = ctx.cues_in(pos, pos + 30)
    return bool(cues) and cues[0].start == pos


def floating_quotes(
    ctx: Context, accepted: Sequence[ClaimCandidate], hedge: HedgePattern
) -> Iterator[ClaimCandidate]:
    """Quoted sentences without a tag after an attributed claim: the same speaker."""
    lay = ctx.layout
    by_start = sorted(accepted, key=lambda c: c.content.start)
    j = 0
    last: ClaimCandidate | None = None
    quoted: ClaimCandidate | None = None  # the last claim with a quotation
    for q in lay.quotes:
        while j < len(by_start) and by_start[j].content.start < q.span.start:
            if by_start[j].speaker is not None:
                last = by_start[j]
                if last.mode is not ClaimMode.INDIRECT:
                    quoted = last
            j += 1
        if (
            quoted is not None
            and last is not None
            and lay.paragraph_at(quoted.content.start)
            == lay.paragraph_at(last.content.start)
        ):
            last = quoted  # `"A," Ann Lee said, as he left. "B."`: Ann Lee's
        if last is None or last.content.end > q.span.start or last.speaker is None:
            continue
        if any(c.content.overlaps(q.content) for c in by_start[max(0, j - 1) : j + 1]):
            continue
        if (
            not ctx.opens_sentence(q)
            or len(q.content.of(ctx.text).split()) < 3  # noqa: PLR2004
            or _tagged_after(ctx, q)  # `"...," said a man named Kat`: its own speaker
        ):
            continue
        gap = lay.paragraph_at(q.span.start) - lay.paragraph_at(last.content.end - 1)
        if gap > 1:
            continue
        yield ClaimCandidate.quoted(
            "floating_quote",
            ctx,
            hedge,
            q,
            speaker=last.speaker,
        )
