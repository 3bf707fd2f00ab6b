"""An HTML view of an article: highlighted claims, speakers, cues and responses.

:func:`to_html` builds one self-contained page (inline CSS, no scripts, no external
assets). The article text keeps its exact characters and line breaks; claim contents,
speakers, reporting cues and actor mentions are wrapped in elements carrying classes
(``nc-content``, ``nc-speaker``, ``nc-cue``, ``nc-mention``) and ``data-claim`` /
``data-actor`` attributes. Each actor has its own colour, and every role has its own line
style as well, so nothing relies on colour alone; a legend explains both.

Spans may overlap or nest (a speaker inside another claim's content, two contents
crossing): the markup is built from the sorted boundaries of all spans, closing and
re-opening elements where they cross so that the HTML always nests.

Page furniture the parser set aside (``Article.furniture``) is marked ``nc-furniture``.
Radio buttons (pure CSS, still no script) filter the claims by attribution type: all,
or assertions only (``data-attribution`` on every claim's marks and table row).
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterator
from typing import Final
from urllib.parse import quote

from attrs import frozen

from newsclaims.model import Actor, Article, AttributionType, Claim

__all__ = ["to_html"]

#: (background, edge) per actor; text is ``_INK`` on the background (WCAG AA), white
#: on the edge colour (claim badges, AA), and the edge against the background >= 3:1.
_PALETTE: Final = (
    ("#bfdbfe", "#1d4ed8"),  # blue
    ("#fed7aa", "#c2410c"),  # orange
    ("#bbf7d0", "#15803d"),  # green
    ("#e9d5ff", "#7e22ce"),  # purple
    ("#fbcfe8", "#be185d"),  # pink
    ("#99f6e4", "#0f766e"),  # teal
    ("#fef08a", "#a16207"),  # yellow
    ("#fecaca", "#b91c1c"),  # red
    ("#e7d3bd", "#7c4a1e"),  # brown
    ("#d9f99d", "#4d7c0f"),  # lime
)
_NO_ACTOR: Final = ("#e5e7eb", "#4b5563")  # grey: a claim with no known speaker
_INK: Final = "#111111"

# Outer roles open first when two spans share both ends.
_RANK: Final = {
    "furniture": 0,
    "dateline": 0,
    "content": 1,
    "speaker": 2,
    "cue": 3,
    "mention": 4,
}

_CSS: Final = (
    """
.newsclaims{--bg:#e5e7eb;--edge:#4b5563;color:#111111;background:#ffffff;font:16px/1.6 system-ui,sans-serif;
  display:grid;grid-template-columns:minmax(0,1fr) minmax(18rem,30rem);gap:1.5rem;
  max-width:90rem;margin:0 auto;padding:1rem}
@media (max-width:60rem){.newsclaims{grid-template-columns:minmax(0,1fr)}}
.newsclaims header,.newsclaims .nc-claims{grid-column:1/-1}
.newsclaims h1,.newsclaims h2{margin:.2rem 0;line-height:1.25}
.newsclaims h1{font-size:1.5rem}.newsclaims h2{font-size:1.1rem;margin-top:1rem}
.newsclaims .nc-summary{color:#374151;margin:0}
.newsclaims .nc-text{white-space:pre-wrap;font-size:1.05rem;line-height:2.1;
  max-width:48rem}
.newsclaims .nc-text mark,.newsclaims .nc-text span{color:#111111;
  -webkit-box-decoration-break:clone;box-decoration-break:clone}
.newsclaims .nc-content{background:var(--bg);border-bottom:2px solid var(--edge);
  padding:.1em 0}
.newsclaims .nc-content.nc-first::before{content:attr(data-claim);font-size:.7em;
  font-weight:700;color:#ffffff;background:var(--edge);border-radius:.3em;
  padding:0 .3em;margin-right:.2em;vertical-align:.15em}
.newsclaims .nc-speaker{border:2px solid var(--edge);border-radius:.25em;
  font-weight:700;padding:0 .1em}
.newsclaims .nc-cue{text-decoration:underline double var(--edge);
  text-underline-offset:.25em;font-style:italic}
.newsclaims .nc-mention{text-decoration:underline dotted var(--edge);
  text-decoration-thickness:2px;text-underline-offset:.25em}
.newsclaims .nc-dateline{font-variant:small-caps;border-bottom:1px dashed #4b5563}
.newsclaims .nc-furniture{color:#4b5563;text-decoration:line-through 1px #6b7280}
.newsclaims .nc-filter-input{position:absolute;opacity:0;width:1px;height:1px}
.newsclaims .nc-filter label{border:1px solid #4b5563;border-radius:.3em;
  padding:0 .4em;margin-right:.3em;cursor:pointer}
.newsclaims .nc-only-all:focus-visible~header .nc-filter-all,
.newsclaims .nc-only-assertion:focus-visible~header .nc-filter-assertion{
  outline:2px solid #1d4ed8;outline-offset:2px}
.newsclaims .nc-only-assertion:checked~header .nc-filter-assertion,
.newsclaims .nc-only-all:checked~header .nc-filter-all{background:#111111;
  color:#ffffff}
.newsclaims .nc-only-assertion:checked~* tr[data-attribution]:not([data-attribution=assertion]){display:none}
.newsclaims .nc-only-assertion:checked~* mark[data-attribution]:not([data-attribution=assertion]){background:none;border-bottom-style:dotted}
.newsclaims mark:target{outline:3px solid #111111;outline-offset:2px}
.newsclaims aside,.newsclaims .nc-claims{font-size:.9rem;min-width:0}
.newsclaims table{border-collapse:collapse;width:100%}
.newsclaims .nc-scroll{overflow-x:auto}
.newsclaims th,.newsclaims td{border-bottom:1px solid #d1d5db;padding:.25rem .35rem;
  text-align:left;vertical-align:top;overflow-wrap:break-word}
.newsclaims th{white-space:nowrap}.newsclaims td.nc-wrap{overflow-wrap:anywhere}
.newsclaims a{color:#1e40af}
.newsclaims .nc-swatch{display:inline-block;width:1em;height:1em;
  background:var(--bg);border:2px solid var(--edge);border-radius:.2em;
  vertical-align:-.15em}
.newsclaims .nc-legend li{margin:.3rem 0}
"""
    + "".join(
        f".newsclaims .nc-actor-{i}{{--bg:{bg};--edge:{edge}}}\n"
        for i, (bg, edge) in enumerate(_PALETTE)
    )
    + (f".newsclaims .nc-actor-none{{--bg:{_NO_ACTOR[0]};--edge:{_NO_ACTOR[1]}}}\n")
)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _href(claim_id: str) -> str:
    return "#" + _esc(quote(claim_id, safe=""))


@frozen
class _Mark:
    """One highlighted span: where, which element, and its attributes."""

    start: int
    end: int
    role: str
    colour: str
    attrs: tuple[tuple[str, str], ...]
    anchor: str | None = None  # the id of the first fragment (content spans)

    def open(self, *, first: bool) -> str:
        tag = "mark" if self.role == "content" else "span"
        classes = f"nc-{self.role} nc-actor-{self.colour}"
        parts = [f'<{tag} class="{classes}{" nc-first" if first else ""}"']
        if first and self.anchor is not None:
            parts.append(f' id="{_esc(self.anchor)}"')
        parts.extend(f' {k}="{_esc(v)}"' for k, v in self.attrs)
        return "".join(parts) + ">"

    def close(self) -> str:
        return "</mark>" if self.role == "content" else "</span>"


def _marks(article: Article, colours: dict[str, str]) -> Iterator[_Mark]:
    if article.dateline is not None:
        span = article.dateline.span
        where = ("title", f"dateline: {article.dateline.location}")
        yield _Mark(span.start, span.end, "dateline", "none", (where,))
    answers: dict[str, list[str]] = {}
    for r in article.responses:
        answers.setdefault(r.claim, []).append(f"{r.responds_to} ({r.kind.value})")
    speakers: set[tuple[int, int]] = set()
    for c in article.claims:
        who = article.actor(c.speaker)
        colour = colours.get(c.speaker or "", "none")
        name = "unknown speaker" if who is None else who.name or _UNNAMED
        actor = () if who is None else (("data-actor", who.id),)
        tip = f"{c.id}: {name}, {c.mode.value}" + (", hedged" if c.hedged else "")
        if c.id in answers:
            tip += "; answers " + ", ".join(answers[c.id])
        span = c.content_span
        attrs = (
            ("data-claim", c.id),
            *actor,
            ("data-attribution", c.attribution.value),
            ("title", tip),
        )
        yield _Mark(span.start, span.end, "content", colour, attrs, anchor=c.id)
        if c.speaker_span is not None:
            s = c.speaker_span
            speakers.add((s.start, s.end))
            tip = f"speaker of {c.id}: {name}"
            attrs = (("data-claim", c.id), *actor, ("title", tip))
            yield _Mark(s.start, s.end, "speaker", colour, attrs)
        if c.cue_span is not None:
            s = c.cue_span
            attrs = (("data-claim", c.id), *actor, ("title", f"cue of {c.id}"))
            yield _Mark(s.start, s.end, "cue", colour, attrs)
    for a in article.actors:
        for m in a.mentions:
            if (m.start, m.end) not in speakers:
                attrs = (
                    ("data-actor", a.id),
                    ("title", f"mention of {a.name or _UNNAMED}"),
                )
                yield _Mark(m.start, m.end, "mention", colours[a.id], attrs)


def _furniture_marks(article: Article) -> Iterator[_Mark]:
    where = ("title", "page furniture: never a claim")
    for s in article.furniture:
        yield _Mark(s.start, s.end, "furniture", "none", (where,))


def _order(mark: _Mark) -> tuple[int, int]:
    return (-mark.end, _RANK[mark.role])


def _highlight(text: str, marks: list[_Mark]) -> str:
    """Escaped ``text`` with every mark wrapped around its span, properly nested.

    Where two marks cross, the inner one is closed and opened again (without its
    ``id`` and badge), so that every element closes inside its parent.

    >>> m = _Mark(0, 3, "cue", "none", (("data-claim", "c1"),))
    >>> _highlight("a<b & c", [m])
    '<span class="nc-cue nc-actor-none nc-first" data-claim="c1">a&lt;b</span> &amp; c'
    """
    live = [m for m in marks if m.start < m.end <= len(text)]
    starts: dict[int, list[_Mark]] = {}
    for m in live:
        starts.setdefault(m.start, []).append(m)
    bounds = sorted({0, len(text)} | {m.start for m in live} | {m.end for m in live})
    out: list[str] = []
    stack: list[_Mark] = []
    for here, after in zip(bounds, [*bounds[1:], len(text)], strict=True):
        cut = next((i for i, m in enumerate(stack) if m.end <= here), len(stack))
        reopen = [m for m in stack[cut:] if m.end > here]
        out.extend(m.close() for m in reversed(stack[cut:]))
        del stack[cut:]
        opening = [(m, False) for m in reopen]
        opening += [(m, True) for m in starts.get(here, ())]
        for m, first in sorted(opening, key=lambda pair: _order(pair[0])):
            out.append(m.open(first=first))
            stack.append(m)
        out.append(_esc(text[here:after]).replace("\r", "&#13;"))  # keep CR in the DOM
    out.extend(m.close() for m in reversed(stack))
    return "".join(out)


def _short(text: str, width: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


_UNNAMED: Final = "unnamed"
"""How an actor without a name (an unresolved pronoun) is shown."""


def _name_html(actor: Actor) -> str:
    """The actor's name, or *unnamed* in italics (an unresolved pronoun)."""
    return _esc(actor.name) if actor.name else f"<em>{_UNNAMED}</em>"


def _swatch(colour: str) -> str:
    return f'<span class="nc-swatch nc-actor-{colour}" aria-hidden="true"></span>'


def _actor_cell(article: Article, claim: Claim, colours: dict[str, str]) -> str:
    who: Actor | None = article.actor(claim.speaker)
    if who is None:
        return _swatch("none") + " <em>unknown</em>"
    return f"{_swatch(colours[who.id])} {_name_html(who)}"


def _table(head: str, rows: list[str]) -> str:
    body = f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody>"
    return f'<div class="nc-scroll"><table>{body}</table></div>'


def _actors_table(article: Article, colours: dict[str, str]) -> str:
    rows = []
    for a in article.actors:
        said = sum(c.speaker == a.id for c in article.claims)
        extra = ", ".join(_esc(x) for x in (a.title, a.affiliation) if x)
        if a.members:  # a coordinated speaker: "Ann Lee and Bo Park"
            names = (
                m.name or _UNNAMED if m else "?" for m in map(article.actor, a.members)
            )
            extra = ", ".join(
                filter(None, [extra, "members: " + _esc(", ".join(names))])
            )
        rows.append(
            f'<tr data-actor="{_esc(a.id)}"><td>{_swatch(colours[a.id])} '
            f"{_name_html(a)}{f' <small>({extra})</small>' if extra else ''}</td>"
            f"<td>{_esc(a.kind.value)}</td><td>{len(a.mentions)}</td>"
            f"<td>{said}</td></tr>"
        )
    if not rows:
        return "<p>No actors found.</p>"
    head = "<tr><th>Actor</th><th>Kind</th><th>Mentions</th><th>Claims</th></tr>"
    return _table(head, rows)


def _claims_table(article: Article, colours: dict[str, str]) -> str:
    text = article.text
    answers: dict[str, list[str]] = {}
    for r in article.responses:
        link = f'<a href="{_href(r.responds_to)}">{_esc(r.responds_to)}</a>'
        answers.setdefault(r.claim, []).append(f"{link} ({_esc(r.kind.value)})")
    rows = []
    for c in article.claims:
        cue = _esc(c.cue_span.of(text)) if c.cue_span else "—"
        mode = c.mode.value + (", hedged" if c.hedged else "")
        rows.append(
            f'<tr data-claim="{_esc(c.id)}" data-attribution="{c.attribution.value}">'
            f'<td><a href="{_href(c.id)}">'
            f"{_esc(c.id)}</a></td><td>{_actor_cell(article, c, colours)}</td>"
            f"<td>{cue}</td><td>{_esc(mode)}</td><td>{c.attribution.value}</td>"
            f'<td class="nc-wrap">{_esc(_short(c.content(text)))}</td>'
            f"<td>{'<br>'.join(answers.get(c.id, ())) or '—'}</td></tr>"
        )
    if not rows:
        return "<p>No claims found.</p>"
    head = (
        "<tr><th>Claim</th><th>Speaker</th><th>Cue</th><th>Mode</th><th>Type</th>"
        "<th>Content</th><th>Answers</th></tr>"
    )
    return _table(head, rows)


_LEGEND: Final = (
    '<ul class="nc-legend">'
    '<li><mark class="nc-content">content</mark> what is claimed, with its claim id'
    "</li>"
    '<li><span class="nc-speaker">speaker</span> who says it (boxed)</li>'
    '<li><span class="nc-cue">cue</span> the reporting words (double underline)</li>'
    '<li><span class="nc-mention">mention</span> another mention of an actor'
    " (dotted underline)</li>"
    '<li><span class="nc-furniture">furniture</span> page furniture set aside'
    " (labels, credits, captions; struck through)</li>"
    "<li>Each actor has its own colour, shown beside its name below.</li></ul>"
)


def _filter_key(article: Article) -> str:
    """A key for the filter's element ids, the same for the same article, so that
    two articles shown in one notebook keep their own filters."""
    seed = f"{article.id}\x00{article.text}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(seed, digest_size=6).hexdigest()


def _filter_inputs(article: Article) -> str:
    """The radio buttons of the attribution filter (before everything they govern)."""
    key = _filter_key(article)
    return "".join(
        f'<input type="radio" class="nc-filter-input nc-only-{which}" '
        f'name="nc-only-{key}" id="nc-only-{which}-{key}"{checked}>'
        for which, checked in (("all", " checked"), ("assertion", ""))
    )


def _filter_labels(article: Article) -> str:
    """The labels of the attribution filter: every claim, or assertions only."""
    key = _filter_key(article)
    shown = sum(c.attribution is AttributionType.ASSERTION for c in article.claims)
    return (
        '<p class="nc-filter">Show: '
        f'<label class="nc-filter-all" for="nc-only-all-{key}">all claims</label>'
        f'<label class="nc-filter-assertion" for="nc-only-assertion-{key}">'
        f"assertions only ({shown})</label></p>"
    )


def _summary(article: Article) -> str:
    """How many claims, actors and responses the article holds (the inside of a
    paragraph), and a note when a pattern timed out."""
    counts = ", ".join(
        f"{len(items)} {word}{'' if len(items) == 1 else 's'}"
        for items, word in (
            (article.claims, "claim"),
            (article.actors, "actor"),
            (article.responses, "response"),
        )
    )
    if article.timed_out:
        counts += (
            '</p><p class="nc-summary" role="note"><strong>A pattern timed out on '
            "this text: some claims, actors or responses may be missing.</strong>"
        )
    return counts


def to_html(
    article: Article, *, title: str | None = None, standalone: bool = True
) -> str:
    """An HTML view of ``article``: its text with highlights, and tables beside it.

    Args:
        article: the article to show.
        title: the page heading; defaults to the article id.
        standalone: a whole page (``<!DOCTYPE html>`` ...); ``False`` gives a scoped
            ``<style>`` and one ``<div class="newsclaims">``, for notebooks.

    Returns:
        Self-contained HTML: inline CSS, no scripts, no external assets. Every piece of
        text is escaped.

    .. versionadded:: 0.1.0

    >>> page = to_html(Article(text="Hi <you>.", id="a&b"))
    >>> page.startswith("<!DOCTYPE html>"), "<title>a&amp;b" in page, "Hi &lt;you&gt;." in page
    (True, True, True)
    """
    colours = {a.id: str(i % len(_PALETTE)) for i, a in enumerate(article.actors)}
    heading = title if title is not None else (article.id or "Article")
    counts = _summary(article)
    responses = "".join(
        f'<li><a href="{_href(r.claim)}">{_esc(r.claim)}</a> answers '
        f'<a href="{_href(r.responds_to)}">{_esc(r.responds_to)}</a>: '
        f"<strong>{_esc(r.kind.value)}</strong>"
        f"{'' if r.rule is None else f' <small>rule {_esc(r.rule)}</small>'}</li>"
        for r in article.responses
    )
    body = (
        f'<div class="newsclaims">{_filter_inputs(article)}'
        f'<header><h1>{_esc(heading)}</h1><p class="nc-summary">{counts}</p>'
        f"{_filter_labels(article)}</header>"
        f'<article class="nc-text" aria-label="Article text">'
        f"{_highlight(article.text, [*_furniture_marks(article), *_marks(article, colours)])}"
        "</article>"
        f'<aside aria-label="Actors and claims"><h2>Legend</h2>{_LEGEND}'
        f"<h2>Actors</h2>{_actors_table(article, colours)}"
        f"<h2>Responses</h2>"
        f"{f'<ul>{responses}</ul>' if responses else '<p>No responses found.</p>'}"
        '</aside><section class="nc-claims" aria-label="Claims">'
        f"<h2>Claims</h2>{_claims_table(article, colours)}</section></div>"
    )
    if not standalone:
        return f"<style>{_CSS}</style>{body}"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(heading)} · newsclaims</title><style>{_CSS}</style></head>"
        f'<body style="margin:0;background:#ffffff">{body}</body></html>\n'
    )
