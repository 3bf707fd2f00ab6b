"""The HTML view: nesting, escaping, anchors, colours, and a real headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
import regex

from newsclaims import (
    Actor,
    Article,
    Claim,
    ClaimMode,
    Dateline,
    Response,
    ResponseKind,
    Span,
    parse_article,
)
from newsclaims.examples import seed_article
from newsclaims.render import _INK, _NO_ACTOR, _PALETTE, _highlight, _Mark, to_html

VOID = {"meta", "br", "hr", "img", "input", "link"}
ROLES = ("nc-content", "nc-speaker", "nc-cue", "nc-mention")


class Dom(HTMLParser):
    """Checks that tags nest; collects the article text and the highlight elements."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.tags: Counter[str] = Counter()
        self.text: list[str] = []
        self.first: Counter[str] = Counter()  # role -> first fragments
        self.claims: dict[str, set[str]] = {r: set() for r in ROLES}
        self.ids: Counter[str] = Counter()
        self.hrefs: list[str] = []
        self.feed(page)
        self.close()
        assert self.stack == [], f"unclosed: {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        if "id" in a:
            self.ids[a["id"]] += 1
        if tag == "a":
            self.hrefs.append(a["href"])
        in_text = "nc-text" in classes
        for role in ROLES:
            if role in classes and any(t for _, t in self.stack):
                self.first[role] += "nc-first" in classes
                self.claims[role].add(a.get("data-claim", ""))
        if tag not in VOID:
            self.stack.append((tag, in_text))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"

    def handle_data(self, data: str) -> None:
        if any(t for _, t in self.stack):
            self.text.append(data)

    @property
    def article_text(self) -> str:
        return "".join(self.text)


def _span(text: str, part: str, start: int = 0) -> Span:
    i = text.index(part, start)
    return Span(i, i + len(part))


def _nested() -> Article:
    """A speaker inside another claim's quote, a response, a plain mention."""
    text = 'ROME - Ann Lee said "Bo Park says it is over." Bo Park denied it. The mayor sat.'
    quote = Span(text.index('"') + 1, text.index('"', text.index('"') + 1))
    bo1, bo2 = _span(text, "Bo Park"), _span(text, "Bo Park", quote.end)
    return Article(
        text=text, id="nested",
        dateline=Dateline(location="ROME", span=Span(0, 4)),
        actors=[
            Actor(id="a1", name="Ann Lee", mentions=[_span(text, "Ann Lee")]),
            Actor(id="a2", name="Bo Park", mentions=[bo1, bo2]),
            Actor(id="a3", name="the mayor", mentions=[_span(text, "The mayor")]),
        ],
        claims=[
            Claim(id="c1", speaker="a1", speaker_span=_span(text, "Ann Lee"),
                  cue_span=_span(text, "said"), content_span=quote,
                  mode=ClaimMode.DIRECT),
            Claim(id="c2", speaker="a2", speaker_span=bo1, cue_span=_span(text, "says"),
                  content_span=_span(text, "it is over."), hedged=True),
            Claim(id="c3", speaker="a2", speaker_span=bo2,
                  cue_span=_span(text, "denied"), content_span=_span(text, "it.")),
        ],
        responses=[Response(claim="c3", responds_to="c1", kind=ResponseKind.DENIAL)],
    )  # fmt: skip


def _crossing() -> Article:
    """Two contents crossing each other, a cue crossing a content, no speakers."""
    return Article(
        text="abcdefghijklmno",
        claims=[
            Claim(id="c1", content_span=Span(0, 10), cue_span=Span(3, 7)),
            Claim(id="c2", content_span=Span(5, 15)),
        ],
    )


HOSTILE_TEXT = "<script>alert(1)</script> & \"x\" 'y'\r\nsaid <b>Eve</b>."
HOSTILE_NAME = '<img src=x onerror="alert(2)">&amp;"'


def _hostile() -> Article:
    text = HOSTILE_TEXT
    return Article(
        text=text, id='<i>"id"</i>',
        actors=[Actor(id='a"1<', name=HOSTILE_NAME, title="<u>t</u>",
                      mentions=[_span(text, "<b>Eve</b>")])],
        claims=[Claim(id='c"1 <x>', speaker='a"1<', speaker_span=_span(text, "<b>Eve</b>"),
                      cue_span=_span(text, "said"), content_span=Span(0, 25))],
    )  # fmt: skip


ARTICLES = {"nested": _nested, "crossing": _crossing, "hostile": _hostile}


class TestHighlight:
    def test_crossing_marks_are_closed_and_reopened(self) -> None:
        outer = _Mark(0, 4, "cue", "0", (("data-claim", "c1"),))
        inner = _Mark(2, 6, "cue", "1", (("data-claim", "c2"),))
        assert _highlight("abcdef", [inner, outer]) == (
            '<span class="nc-cue nc-actor-0 nc-first" data-claim="c1">ab'
            '<span class="nc-cue nc-actor-1 nc-first" data-claim="c2">cd</span></span>'
            '<span class="nc-cue nc-actor-1" data-claim="c2">ef</span>'
        )

    def test_only_the_first_fragment_has_the_anchor(self) -> None:
        a = _Mark(0, 4, "content", "0", (), anchor="c1")
        b = _Mark(2, 6, "content", "1", (), anchor="c2")
        out = _highlight("abcdef", [a, b])
        assert out.count('id="c2"') == 1
        assert out.endswith('<mark class="nc-content nc-actor-1">ef</mark>')

    def test_empty_and_out_of_range_marks_are_dropped(self) -> None:
        marks = [_Mark(2, 2, "cue", "0", ()), _Mark(1, 9, "cue", "0", ())]
        assert _highlight("abc", marks) == "abc"

    def test_empty_text(self) -> None:
        assert _highlight("", []) == ""


class TestToHtml:
    @pytest.mark.parametrize("make", ARTICLES.values(), ids=ARTICLES.keys())
    def test_markup_nests_and_keeps_the_exact_text(
        self, make: Callable[[], Article]
    ) -> None:
        article = make()
        dom = Dom(to_html(article))
        assert dom.article_text == article.text
        assert dom.tags["script"] == 0

    @pytest.mark.parametrize("make", ARTICLES.values(), ids=ARTICLES.keys())
    def test_one_first_fragment_per_span(self, make: Callable[[], Article]) -> None:
        article = make()
        dom = Dom(to_html(article))
        claims = article.claims
        assert dom.first["nc-content"] == len(claims)
        assert dom.first["nc-speaker"] == sum(
            c.speaker_span is not None for c in claims
        )
        assert dom.first["nc-cue"] == sum(c.cue_span is not None for c in claims)
        assert dom.claims["nc-content"] == {c.id for c in claims}

    def test_mentions_that_are_not_speaker_spans(self) -> None:
        dom = Dom(to_html(_nested()))
        assert dom.first["nc-mention"] == 1

    def test_speaker_inside_another_claims_content(self) -> None:
        page = to_html(_nested())
        inner = (
            '<span class="nc-speaker nc-actor-1 nc-first" data-claim="c2" '
            'data-actor="a2" title="speaker of c2: Bo Park">Bo Park</span>'
        )
        assert f'title="c1: Ann Lee, direct">{inner}' in page

    def test_anchors_and_response_links(self) -> None:
        dom = Dom(to_html(_nested()))
        assert {dom.ids[c] for c in ("c1", "c2", "c3")} == {1}
        assert max(dom.ids.values()) == 1  # every id once
        assert sum(not i.startswith("nc-only-") for i in dom.ids) == 3
        assert dom.hrefs.count("#c1") == 3  # claims table, answers column, responses
        page = to_html(_nested())
        assert 'title="c3: Bo Park, indirect; answers c1 (denial)"' in page
        assert (
            '<a href="#c3">c3</a> answers <a href="#c1">c1</a>: <strong>denial' in page
        )

    def test_hostile_text_is_escaped(self) -> None:
        page = to_html(_hostile())
        assert "<script" not in page
        assert "<img" not in page
        assert "<b>" not in page
        assert "<u>" not in page
        assert ">&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in page
        assert "</mark> &amp; &quot;x&quot; &#x27;y&#x27;&#13;\n<span" in page
        assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&amp;amp;&quot;" in page
        assert 'id="c&quot;1 &lt;x&gt;"' in page
        assert 'href="#c%221%20%3Cx%3E"' in page
        assert 'data-actor="a&quot;1&lt;"' in page
        assert "<title>&lt;i&gt;&quot;id&quot;&lt;/i&gt; · newsclaims</title>" in page

    def test_title(self) -> None:
        article = Article(text="Hi.")
        assert "<title>Article · newsclaims</title>" in to_html(article)
        assert "<h1>A &amp; B</h1>" in to_html(article, title="A & B")

    def test_nothing_found(self) -> None:
        page = to_html(Article(text="Hi."))
        for what in ("claims", "actors", "responses"):
            assert f"<p>No {what} found.</p>" in page
        assert "0 claims, 0 actors, 0 responses" in page

    def test_one_colour_per_actor_cycling_through_the_palette(self) -> None:
        text = " ".join(f"P{i:02} said x{i:02}." for i in range(12))
        article = Article(
            text=text,
            actors=[Actor(id=f"a{i}", name=f"P{i:02}") for i in range(12)],
            claims=[
                Claim(id=f"c{i}", speaker=f"a{i}", content_span=_span(text, f"x{i:02}"))
                for i in range(12)
            ],
        )
        page = to_html(article)
        for i in range(12):
            assert f'class="nc-content nc-actor-{i % 10} nc-first" id="c{i}"' in page

    def test_a_claim_without_speaker_is_grey(self) -> None:
        page = to_html(_crossing())
        assert 'class="nc-content nc-actor-none nc-first" id="c1"' in page
        assert "<em>unknown</em>" in page

    def test_fragment_for_notebooks(self) -> None:
        frag = to_html(_nested(), standalone=False)
        assert frag.startswith("<style>")
        assert "<!DOCTYPE" not in frag
        assert "<html" not in frag
        css = frag[len("<style>") : frag.index("</style>")]
        selectors = regex.findall(r"(?:^|})\s*([^{}@]+?)\s*\{", css)
        assert selectors
        for group in selectors:
            for sel in group.split(","):
                assert sel.strip().startswith(".newsclaims"), sel

    def test_repr_html_for_notebooks(self) -> None:
        article = _nested()
        assert article._repr_html_() == to_html(article, standalone=False)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    )
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize(
    ("bg", "edge"),
    [*_PALETTE, _NO_ACTOR],
    ids=[*map(str, range(len(_PALETTE))), "none"],
)
def test_palette_meets_wcag(bg: str, edge: str) -> None:
    assert _contrast(_INK, bg) >= 4.5  # text on a highlight: AA
    assert _contrast("#ffffff", edge) >= 4.5  # claim badges: AA
    assert _contrast(edge, bg) >= 3  # lines and borders: WCAG 1.4.11, non-text


def test_contrast_formula() -> None:
    assert round(_contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(_contrast("#777777", "#ffffff"), 2) == 4.48


CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None, reason="needs a chromium binary on PATH")
@pytest.mark.parametrize(
    "make",
    [lambda: parse_article(seed_article(), id="seed-article"), _nested, _hostile],
    ids=["seed-article", "nested", "hostile"],
)
def test_chromium_renders_every_highlight(
    tmp_path: Path, make: Callable[[], Article]
) -> None:
    article = make()
    page = tmp_path / "page.html"
    page.write_text(to_html(article), encoding="utf-8")
    argv = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom", page.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(argv, capture_output=True, timeout=120, check=True)
    dom = Dom(done.stdout.decode())  # bytes: keep the CR of CRLF
    claims = article.claims
    assert claims
    assert dom.article_text == article.text
    assert dom.tags["script"] == 0
    assert dom.first["nc-content"] == len(claims)
    assert dom.first["nc-speaker"] == sum(c.speaker_span is not None for c in claims)
    assert dom.first["nc-cue"] == sum(c.cue_span is not None for c in claims)
    assert dom.claims["nc-content"] == {c.id for c in claims}
    assert {dom.ids[c.id] for c in claims} == {1}
