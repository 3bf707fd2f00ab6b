"""Quantities inside a claim: "at least 155 Chinese citizens", "3.5%", "$2.5 billion".

One pattern, :data:`_QUANTITY`, finds a figure with what surrounds it: a qualifier
before it ("at least", "more than", "nearly"), a currency before or after it ("$", "US$",
"euros"), a scale word ("2.5 million", "3bn", "4m"), a percent sign or word, and a
second figure that makes a range ("between 20 and 30", "20-30", "20 to 30"). Figures
are digits ("1,000", "3.5") or number words ("twenty-one", "a dozen"); vague amounts
("dozens", "hundreds of", "many more") have no value and, where the words imply one, a
``low`` bound. A second pattern, :data:`_UNIT`, reads the counted noun after the figure
("Chinese citizens"): at most three words, ending at the first plural ("20 boats sank"
-> "boats") and before a function word, a verb in -ed or an adverb in -ly. A range
whose two figures carry different units ("8% to $120") is two quantities, and so is
"from X to Y" (a change, not a range).

Not quantities: ordinals ("first", "3rd", "twenty-first"), decades ("1990s"), years
(a bare four-digit figure from 1800 to 2099 with nothing attached and no qualifier),
dates ("May 3", "3 May"), times ("3 p.m.", "10:30"), fractions and dates with slashes,
figures glued to letters ("F-16", "COVID-19", "G7") and compound adjectives
("three-year-old"). A lone "one" counts only after a qualifier of two or more words
("at least one", "more than one"): otherwise it is too often a pronoun ("no one", "one
of them") or a preposition's object ("about one thing").

Word lists are the ``quantity_*`` fields of a :class:`~newsclaims.lexicons.Lexicons`
(the ``quantity_*`` files, see ``lexicons/README.md``); :func:`quantity_rules` compiles
the patterns of one lexicons once, then shares them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Final

import regex

from newsclaims import _regex
from newsclaims.errors import PatternTimeoutError
from newsclaims.lexicons import Lexicons
from newsclaims.model import Quantity, QuantityQualifier, Span
from newsclaims.rules.quantities import numbers as nums

__all__ = ["QuantityRules", "find_quantities", "quantity_rules"]

_SP: Final = r"[\x20\u00a0]"  # a space inside a quantity (no line breaks)

# One figure with its currency, scale and percent; "NN" becomes the figure's number.
_AMOUNT: Final = r"""
(?P<amtNN>
  (?:(?P<curpreNN>\L<cur_pre>)SP?+)?+                 # $, US$, EUR before the figure
  (?=[0-9\p{L}])
  (?<!(?<!\p{L})\L<labels>SP{1,3})                    # not an index: Article 5, No. 10
  (?<!(?:[0-9]|\L<numw>)SP{1,3}(?:in|outSP++of)SP{1,3})  # not a ratio: 1 in 5
  (?:
    (?<![\p{L}\p{N}_.,:/\\@#]|\p{L}[\-\u2010\u2011])  # not glued to a word: F-16, G7
    (?<!(?<!\p{L})(?-i:\L<months>)\.?SP{1,3})         # not a day after a month: May 3
    (?P<digitsNN>
      (?:[0-9]{1,3}(?:,[0-9]{3}){1,6}+|[0-9]{1,15}+)  # 1,000,000 or 1000000
      (?:\.[0-9]{1,10}+)?+                            # decimals: 3.5
    )
    (?![0-9]|[.,:/][0-9]|['\u2019]s(?!\p{L}))         # no more figure, time, date, 80's
    (?!SP?+[ap]\.?m(?!\p{L}))                         # not a time: 3 p.m., 10am
    (?!SP{1,3}(?-i:\L<months>)(?!\p{L}))              # not a day before a month: 3 May
    (?:
      (?P<attNN>\L<attached>)(?![\p{L}\p{N}])          # 3bn, 4m, 10km
      | (?:SP?+|[\-\u2010])(?P<scaleNN>\L<scale_sp>)(?![\p{L}\p{N}])  # 2.5 million, $5-billion
      | (?![\p{L}]|[\-\u2010\u2011]\p{L})                    # nothing glued on: 20-year
    )
  | (?P<wordsNN>
      (?:an?SP++(?=\L<multipliers>(?!\p{L})))?+       # a dozen, a million
      \L<numw>(?![\p{L}\p{N}])
      (?:
        (?:SP++(?:(?<=hundredSP{1,3})andSP++)?+|[\-\u2010\u2011])  # twenty-one
        \L<numw>(?![\p{L}\p{N}])
      ){0,8}+
    )
    (?![\-\u2010\u2011]\p{L})                         # not an ordinal or adjective
  )
  (?!SP{1,3}(?:in|outSP++of)SP{1,3}(?:[0-9]|\L<numw>(?!\p{L})))  # one in five
  (?P<pctNN>
    SP?+%                                             # 3.5%, 61 %
  | SP++(?:per(?:SP?+)cent|percentage(?:SP++)points?)(?!\p{L})  # 40 per cent
  )?+
  (?:SP++(?P<cursufNN>\L<cur_suf>)(?!\p{L}))?+       # 5 billion euros
)
"""

_QUANTITY: Final = (
    r"""
    (?-f)                                             # simple case folding: faster
    (?=[0-9\p{Sc}\p{L}])                              # lets regex skip other characters
    (?<![\p{L}\p{N}_]|[\p{L}\p{N}][\-\u2010\u2011])   # a word start, not F-16, COVID-19
    (?:
      (?=[0-9])(?<![.,:/\\@#])                         # a figure, not the 5 of 1.5 or 3/5
    | (?=\p{Sc}SP?+[0-9])                              # a currency sign before a figure
    | (?=\L<starts>(?!\p{L}))                          # a word that can start a quantity
    )
    (?:(?P<qual>\L<qual>)SP++)?+                      # at least, more than, nearly
    (?:
      (?P<vague>\L<vague>)(?!\p{L})                   # dozens, hundreds, many more
    | (?:(?P<between>between)SP++)?+
      AMOUNT1
      (?:
        (?P<sep>
          SP*+[\-\u2010\u2013\u2014]SP*+              # 20-30, 20 - 30
        | SP++(?:to|(?(between)and|(?!)))SP++         # 20 to 30, between 20 and 30
        )
        AMOUNT2
      )?
    )
    """.replace("AMOUNT1", _AMOUNT.replace("NN", "1"))
    .replace("AMOUNT2", _AMOUNT.replace("NN", "2"))
    .replace("SP", _SP)
)
"""The source of the pattern of a figure or vague amount, with its qualifier, currency, scale, percent and range."""

_WORD: Final = r"""
  (?!(?:\L<stop>|\L<numw>|\L<months>|\L<qual>)(?![\p{L}'\u2019\-]))  # not a stop word
  \p{L}[\p{L}'\u2019\-]{0,30}+(?![\p{L}\p{N}])
"""

_UNIT: Final = r"""
    (?-f)\G(?:\p{Pf}|["'])?+SP++                     # right after the figure (or its quote)
    (?:ofSP++(?:theSP++)?+)?+                         # hundreds of (the) people
    (?P<unit>
      WORD
      (?:
        SP++
        (?![\p{L}'\u2019\-]{0,30}(?:ed|ly)(?!\p{L}))  # not a verb or adverb
        WORD
      ){0,2}+
    )
    """.replace("WORD", _WORD).replace("SP", _SP)
"""The source of the pattern of the counted noun after a figure: up to three words, no function words or verbs."""


class QuantityRules:
    """The quantity patterns of one :class:`Lexicons`, compiled once (see
    :func:`quantity_rules`), and its word lists (:attr:`words`)."""

    def __init__(self, lexicons: Lexicons) -> None:
        w = self.words = nums.QuantityWords(lexicons)
        """The word lists the patterns and the arithmetic read."""
        starts = {  # the first word of anything a quantity can begin with
            phrase.split()[0]
            for phrase in (*w.qualifiers, *w.vague, *w.currency_prefixes)
            if phrase[0].isalpha()
        }
        self.quantity = _regex.compile_pattern(
            _QUANTITY,
            regex.IGNORECASE,
            starts=sorted(starts | set(w.number_words) | {"a", "an", "between"}),
            qual=w.qualifiers,
            vague=w.vague,
            cur_pre=w.currency_prefixes,
            cur_suf=w.currency_suffixes,
            months=sorted(m.capitalize() for m in w.months),
            labels=w.labels,
            attached=[*w.scales, *w.unit_suffixes],
            scale_sp=[s for s in w.scales if len(s) > 1],
            multipliers=[
                x
                for x, v in w.number_words.items()
                if v >= 100 or x == "dozen"  # noqa: PLR2004
            ],
            numw=w.number_words,
        )
        """A figure or vague amount, with its qualifier, currency, scale, percent and
        range."""
        self.unit = _regex.compile_pattern(
            _UNIT,
            regex.IGNORECASE,
            stop=w.unit_stop_words,
            numw=w.number_words,
            months=w.months,
            qual=w.qualifiers,
        )
        """The counted noun after a figure: up to three words, no function words or
        verbs."""
        gate = frozenset(w.number_words) | {v.split()[0] for v in w.vague}
        self.may_hold = _regex.compile_pattern(
            rf"""
            (?-f)[0-9]
            | (?<!\p{{L}})(?=[{"".join(sorted({g[0] for g in gate}))}])  # cheap first test
              \L<words>(?!\p{{L}})
            """,
            regex.IGNORECASE,
            words=gate,
        )
        """What every quantity holds: a digit, a number word or the first word of a
        vague amount. Text without one is skipped without running :attr:`quantity`."""
        self.gate_stems = tuple(
            sorted(g for g in gate if not any(o != g and o in g for o in gate))
        )
        """The gate words that hold no other gate word: one of them is in every gate
        word."""

    @property
    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern, by name (the ReDoS test runs them all)."""
        return {"quantity": self.quantity, "unit": self.unit, "may_hold": self.may_hold}

    def may_hold_in(self, segment: str) -> bool:
        """Whether ``segment`` may hold a match of :attr:`may_hold`: ``False`` only
        when it has no digit and its casefolded form no gate word, a cheap test before
        the search. Every character the pattern matches to an ASCII letter, case
        ignored, casefolds to that letter, but for the dotted capital I (to "i" and a
        combining dot): the combining dots are dropped.
        """
        for digit in "0123456789":
            if digit in segment:
                return True
        folded = segment.casefold().replace("\u0307", "")
        for stem in self.gate_stems:  # noqa: SIM110
            if stem in folded:
                return True
        return False


@lru_cache(maxsize=16)
def quantity_rules(lexicons: Lexicons) -> QuantityRules:
    """The quantity rules of ``lexicons``, compiled once per process and lexicons,
    then shared (bounded, for programs that build many lexicons)."""
    return QuantityRules(lexicons)


_YEARS: Final = range(1800, 2100)
_YEAR_DIGITS: Final = 4
_VERBISH: Final = ("ed", "ing", "ly")


def _finditer(
    text: str, start: int, end: int, q: QuantityRules
) -> tuple[regex.Match[str], ...]:
    """Every match of ``q.quantity`` in ``text[start:end]``; none past the time limit."""
    try:
        if (
            not q.may_hold_in(text[start:end])
            or _regex.search(q.may_hold, text, start, end) is None
        ):
            return ()
        return _regex.finditer(q.quantity, text, start, end)
    except PatternTimeoutError:  # a guard: extraction stays total
        return ()


def _unit_after(text: str, pos: int, end: int, q: QuantityRules) -> str | None:
    """The counted noun phrase right after ``pos``, or ``None``."""
    try:
        m = _regex.match(q.unit, text, pos, end)
    except PatternTimeoutError:  # pragma: no cover - a guard
        return None
    if m is None:
        return None
    words = m["unit"].split()
    if len(words) == 1 and words[0].lower().endswith(_VERBISH):
        return None  # "155 killed", "20 reportedly"
    for i, word in enumerate(words):
        if _is_head(word.lower(), q.words):
            words = words[: i + 1]  # "20 boats sank" -> "boats"
            break
    unit = " ".join(words)
    return q.words.currencies.get(unit.lower(), unit)


def _is_head(word: str, w: nums.QuantityWords) -> bool:
    """Whether ``word`` ends a counted noun phrase: a plural or a unit of measure."""
    plural = word.endswith("s") and not word.endswith(("ss", "'s", "\u2019s"))
    return plural or word in w.plurals or word in w.unit_suffixes


def _value(
    m: regex.Match[str], n: str, w: nums.QuantityWords
) -> tuple[nums.Number, str | None] | None:
    """The figure ``n`` of a match before scaling, and its scale word."""
    words = m["words" + n]
    if words is not None:
        value = w.words_value(words)
        return None if value is None else (value, None)
    att = m["att" + n]
    scale = m["scale" + n] or (att if att and att.lower() in w.scales else None)
    return nums.digits_value(m["digits" + n]), scale


def _unit(m: regex.Match[str], n: str, w: nums.QuantityWords) -> str | None:
    """The unit written with figure ``n`` itself: %, a currency, km."""
    if m["pct" + n]:
        return "percentage points" if "point" in m["pct" + n].lower() else "%"
    for name in ("cursuf", "curpre"):
        if m[name + n]:
            return w.currencies.get(" ".join(m[name + n].lower().split()))
    att = m["att" + n]
    if att and att.lower() not in w.scales:
        return att
    return None


def _is_year(m: regex.Match[str], n: str) -> bool:
    digits = m["digits" + n]
    return (
        digits is not None
        and len(digits) == _YEAR_DIGITS
        and digits.isdigit()
        and int(digits) in _YEARS
        and not (m["att" + n] or m["scale" + n] or m["pct" + n])
        and not (m["curpre" + n] or m["cursuf" + n])
    )


def _from_match(
    text: str, m: regex.Match[str], end: int, q: QuantityRules
) -> Iterator[Quantity]:
    """The quantities one match of ``q.quantity`` stands for (none, one or two)."""
    w = q.words
    qual = w.qualifiers.get(" ".join((m["qual"] or "").lower().split()))
    if m["vague"]:
        yield Quantity(
            span=Span(m.start(), m.end()),
            low=w.vague.get(" ".join(m["vague"].lower().split())),
            qualifier=QuantityQualifier.VAGUE,
            unit=_unit_after(text, m.end(), end, q),
        )
        return
    first, second = _value(m, "1", w), (_value(m, "2", w) if m["sep"] else None)
    if first is None or (_is_year(m, "1") and qual is None):
        return
    lone_one = first == (1, None) and m["words1"] and second is None
    if lone_one and " " not in (m["qual"] or ""):
        return  # "no one", "one of them", "about one thing": not a count
    low = w.scaled(*first)
    qualifier = qual or QuantityQualifier.EXACT
    if second is None:
        unit = _unit(m, "1", w) or _unit_after(text, m.end(), end, q)
        yield Quantity(
            span=Span(m.start(), m.end()), value=low, qualifier=qualifier, unit=unit
        )
        return
    if first[1] is None and second[1] is not None and first[0] < second[0]:
        low = w.scaled(first[0], second[1])  # 2-3 million: the scale is shared
    high = w.scaled(*second)
    unit1, unit2 = _unit(m, "1", w), _unit(m, "2", w)
    unit = unit2 or unit1 or _unit_after(text, m.end(), end, q)
    changes = text[max(0, m.start() - 5) : m.start()].lower().endswith("from ")
    if low <= high and not changes and (unit1 is None or unit2 in {None, unit1}):
        yield Quantity(
            span=Span(m.start(), m.end()),
            low=low,
            high=high,
            qualifier=qualifier,
            unit=unit,
        )
        return
    # "from 4% to 3.5%", "a 5-4 vote": two figures, not a range
    yield Quantity(
        span=Span(m.start(), m.end("amt1")),
        value=w.scaled(*first),
        qualifier=qualifier,
        unit=unit1 or unit,
    )
    yield Quantity(span=Span(m.start("amt2"), m.end()), value=high, unit=unit)


def find_quantities(
    text: str, content: Span, *, lexicons: Lexicons | None = None
) -> tuple[Quantity, ...]:
    """The quantities inside ``text[content.start:content.end]``, in text order.

    Spans are offsets into ``text`` and lie inside ``content``. Total: odd text or an
    out-of-range ``content`` gives fewer quantities, never an exception.

    Args:
        text: the article text.
        content: the part of ``text`` to read, usually a claim's ``content_span``.
        lexicons: the word lists (its ``quantity_*`` fields); default: the shipped
            lists.

    Returns:
        One :class:`~newsclaims.model.Quantity` per figure or vague amount.

    >>> text = "He said at least 155 Chinese citizens are fighting."
    >>> [(q.span.of(text), q.value, q.qualifier.value, q.unit)
    ...  for q in find_quantities(text, Span(8, len(text)))]
    [('at least 155', 155, 'at_least', 'Chinese citizens')]

    .. versionadded:: 0.1.0
    """
    start = min(max(content.start, 0), len(text))
    end = min(max(content.end, start), len(text))
    q = quantity_rules(Lexicons.default() if lexicons is None else lexicons)
    found: list[Quantity] = []
    for m in _finditer(text, start, end, q):
        try:
            found.extend(_from_match(text, m, end, q))
        except (ValueError, ArithmeticError):  # pragma: no cover - a guard
            continue
    return tuple(sorted(found, key=lambda q: (q.span.start, q.span.end)))
