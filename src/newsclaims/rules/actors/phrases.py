"""Speaker mentions: the noun phrases that name who speaks.

The rules in :mod:`newsclaims.rules.claims.extract` embed these pattern fragments to find the
speaker beside a reporting cue: proper names ("Volodymyr Zelensky", "U.S."), titles and
names ("Gen. Ann Lee", "Ukrainian President Volodymyr Zelensky"), descriptions ("a Chinese
government spokesman", "the foreign ministry", "officials in Kyiv"), possessives
("China's foreign ministry") and pronouns ("He", "they"). Coreference (who a pronoun
is) belongs to a later stage.

>>> from newsclaims.lexicons import Lexicons
>>> m = MentionPatterns(Lexicons.default())
>>> [s.of(t) for t in ["Ann Lee, the mayor, spoke."] for s in m.mentions(t)]
['Ann Lee', 'the mayor']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from newsclaims._regex import compile_pattern, finditer, match
from newsclaims.lexicons import Lexicons
from newsclaims.model import Span

__all__ = [
    "MentionPatterns",
    "cased",
    "described_noun_phrase",
    "named_lists",
    "noun_phrase",
    "speaker",
    "speaker_after",
]

_WORD_CHARS: Final = r"[\p{L}\p{M}\p{N}'\u2019\-]"

_NAME: Final = rf"""
    (?=\p{{Lu}})(?:
        \L<title_abbrs>(?!{_WORD_CHARS})      # Gen. Mr. Sen.
      | \p{{Lu}}\.(?:\p{{Lu}}\.)++                 # U.S. U.N.
      | \p{{Lu}}\.(?=\s)                           # an initial: John F. Kennedy
      | (?!\L<stopwords>(?!{_WORD_CHARS}))    # not a capitalised function word
        \p{{Lu}}{_WORD_CHARS}{{0,30}}+             # a capitalised word: Zelensky, McCain's
    )
"""

_NOT_WORD: Final = rf"(?!{_WORD_CHARS})"

_KNOWN_AS: Final = r"""
    (?:named|called|using\s++the\s++(?:name|pseudonym)|identified\s++(?:only\s++)?as
      |who\s++gave\s++(?:only\s++)?(?:her|his|their)\s++(?:first\s++)?name(?:\s++only)?\s++as)
"""
"""What joins an unnamed speaker to the name they go by: "a farmer *named* Ann"."""

_TOKEN: Final = rf"""
    (?:
        {_NAME}
      | (?=\p{{Ll}})\L<np_words>(?!{_WORD_CHARS})     # senior, spokesman
      | (?!(?:has|was|is|does|his|this|its|us|as|yes|less|unless|thus|plus|always
            |perhaps|sometimes|news|across|towards|whereas|besides|afterwards){_NOT_WORD})
        \p{{Ll}}[\p{{Ll}}\-]{{2,20}}+(?<=[^s'\u2019]s)(?!{_WORD_CHARS})   # economists
        (?<!\L<verbs_s>)                                # not "says", "claims"
      | \p{{N}}{{1,6}}+(?=\s)                      # 155 soldiers
    )
"""

_CONNECTED: Final = rf"""
    (?:of|for|at|from|in|to)\s++(?:the\s++)?      # spokesman for the ministry
    (?:{_NAME}|(?=\p{{Ll}})\L<roles>(?!{_WORD_CHARS}))
    (?:\s++(?:{_NAME}|(?=\p{{Ll}})\L<roles>(?!{_WORD_CHARS})
      |of\s++(?:the\s++)?(?=\p{{Lu}}){_NAME})){{0,4}}      # the University of Essex
"""


def noun_phrase() -> str:
    """Pattern source of a speaker noun phrase (no groups; needs :func:`named_lists`)."""
    return rf"""
    (?:
        (?:\L<determiners>\s++)?                # a / the / several
        {_TOKEN}(?:\s++{_TOKEN}){{0,7}}+             # Ukrainian President Volodymyr Zelensky
        (?:\s++{_CONNECTED})?                        # of the Ukrainian navy
        (?:\s*+\([^()\n]{{1,40}}+\))?                # (R-Iowa)
    )
    """


def described_noun_phrase() -> str:
    """Like :func:`noun_phrase`, also with up to three plain lower-case words before the
    head, as after an inverted tag ("said student protester Ann Lee")."""
    return rf"""
    (?:
        (?:\L<determiners>\s++)?
        (?:(?!\L<stopwords>{_NOT_WORD})\p{{Ll}}[\p{{Ll}}\-]{{1,20}}+\s++){{0,3}}
        {_TOKEN}(?:\s++{_TOKEN}){{0,7}}+
        (?:\s++{_CONNECTED})?
        (?:\s*+\([^()\n]{{1,40}}+\))?
    )
    """


def speaker_after() -> str:
    """Pattern source of a speaker after its cue: a pronoun or a described noun phrase."""
    return rf"""
    (?:
        \L<pronouns>(?!{_WORD_CHARS})
      | {described_noun_phrase()}
        (?:\s++{_KNOWN_AS}\s++{_NAME}(?:\s++{_NAME}){{0,2}}+)?  # a protester named Ann
      | (?=\p{{L}})\L<determiners>\s++
        (?:(?!\L<stopwords>{_NOT_WORD})\p{{Ll}}[\p{{Ll}}\-]{{1,20}}+(?<!ing)\s++){{0,2}}
        (?!\L<stopwords>{_NOT_WORD})
        \p{{Ll}}[\p{{Ll}}\-]{{1,20}}+(?<![^s]s|ing|ed|ly)(?!{_WORD_CHARS})  # a farmer
        (?:\s++{_KNOWN_AS}\s++{_NAME}(?:\s++{_NAME}){{0,2}}+)?  # named Ann Lee
    )
    """


def speaker() -> str:
    """Pattern source of a speaker: a pronoun or a noun phrase (no groups)."""
    return rf"""
    (?:
        \L<pronouns>(?!{_WORD_CHARS})
      | {noun_phrase()}
      | (?=\p{{L}})\L<determiners>\s++(?:\p{{Ll}}[\p{{Ll}}\-]{{1,20}}+\s++){{0,2}}
        \p{{Ll}}[\p{{Ll}}\-]{{1,20}}+(?<![^s]s|ing|ed|ly)(?!{_WORD_CHARS})  # the women
    )
    """


def named_lists(lex: Lexicons) -> dict[str, frozenset[str]]:
    """The named lists the fragments use, from ``lex``."""
    return {
        "title_abbrs": cased(t for t in lex.titles if t.endswith(".")),
        "titles": frozenset(t for t in lex.titles if not t.endswith(".")),
        "stopwords": _capitalised(lex.stopwords | lex.pronouns | lex.determiners),
        "modifiers": lex.modifiers,
        "verbs_s": frozenset(
            v.forms[0] for v in lex.cue_verbs if " " not in v.forms[0]
        ),
        "np_words": lex.modifiers
        | lex.roles
        | frozenset(t for t in lex.titles if not t.endswith(".")),
        "roles": lex.roles,
        "determiners": cased(lex.determiners),
        "pronouns": cased(lex.pronouns),
    }


def _capitalised(words: Iterable[str]) -> frozenset[str]:
    """Each word as written and capitalised, not in capitals: a function word in
    capitals ("WHO", "US", "IT") is a name (of a body, a country), not the word."""
    return frozenset(v for w in words for v in (w, w[:1].upper() + w[1:]))


def cased(words: Iterable[str]) -> frozenset[str]:
    """Each word as written, capitalised and in capitals (named lists are matched
    case-sensitively: much faster than ``(?i:...)``).

    >>> sorted(cased(["the"]))
    ['THE', 'The', 'the']
    """
    out: set[str] = set()
    for w in words:
        out.update((w, w[:1].upper() + w[1:], w.upper()))
    return frozenset(out)


class MentionPatterns:
    """Compiled mention patterns for one :class:`~newsclaims.lexicons.Lexicons`."""

    def __init__(self, lexicons: Lexicons) -> None:
        lists = named_lists(lexicons)
        self.lexicons = lexicons
        # The regex module's own named lists: with the lists written in place
        # (``_lists.SHARE_LISTS`` off) tries would hold no less memory, and their
        # expansion would cost every fresh process some hundredths of a second.
        self.noun_phrase: Final = compile_pattern(
            rf"(?<!{_WORD_CHARS}){noun_phrase()}", lists
        )
        self.speaker: Final = compile_pattern(rf"(?<!{_WORD_CHARS}){speaker()}", lists)

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern, by name."""
        return {"noun_phrase": self.noun_phrase, "speaker": self.speaker}

    def mentions(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> tuple[Span, ...]:
        """Capitalised or role noun phrases in ``text[pos:endpos]``, in order."""
        out = []
        for m in finditer(self.noun_phrase, text, pos, endpos):
            span = _trimmed(text, m.start(), m.end())
            if len(span):
                out.append(span)
        return tuple(out)

    def speaker_at(self, text: str, pos: int, endpos: int | None = None) -> Span | None:
        """The speaker starting exactly at ``pos``, or ``None``."""
        m = match(self.speaker, text, pos, endpos)
        if m is None:
            return None
        span = _trimmed(text, m.start(), m.end())
        return span if len(span) else None

    def __reduce__(self) -> tuple[type[MentionPatterns], tuple[Lexicons]]:
        return (MentionPatterns, (self.lexicons,))


def _trimmed(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return Span(start, end)
