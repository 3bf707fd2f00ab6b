"""The grammar of a speaker noun phrase: which words may make one up, and where a
phrase ending at a given word begins ("Ann Lee and Bo Park", "more than half of the
voters", "a new report by the state auditor", "officials in Kyiv").

:class:`~newsclaims.rules.claims.speaker.SpeakerWalker` walks back from a cue to the
phrase's last word and reads the phrase with these methods. Plain set look-ups over
the words of one short window: linear, whatever the text.
"""

from __future__ import annotations

from typing import Final

from newsclaims.lexicons import Lexicons
from newsclaims.model import Span
from newsclaims.rules.claims.speaker_words import (
    _ABOUT,
    _BLOCKERS,
    _CONNECTORS,
    _ISSUED_MAX,
    _LY_NOUNS,
    _MAX_CONJUNCTS,
    _NOT_PLURAL,
    _NUMBERS,
    _POSSESSIVE,
    _PREPOSITIONS,
    _QUANTITY_HEADS,
    _SURVEYED,
    MAX_CONJUNCT,
    MAX_WORDS,
)

__all__ = ["SpeakerPhrase"]


_CONJUNCTIONS: Final = frozenset({"and", "or", "but", "nor"})
"""Words that join names rather than stand inside one."""


class SpeakerPhrase:
    """The word classes of a speaker noun phrase (names, heads, plain words) from the
    lexicons, and the phrase that ends at a word."""

    def __init__(self, lexicons: Lexicons) -> None:
        lex = lexicons
        self.lexicons: Final = lexicons
        self.pronouns: Final = frozenset(lex.pronouns)
        self.determiners: Final = frozenset(lex.determiners)
        titles = frozenset(t for t in lex.titles if not t.endswith("."))
        self.heads: Final = frozenset(lex.roles | titles)
        self.np_words: Final = frozenset(lex.modifiers | lex.roles | titles)
        self.title_abbrs: Final = frozenset(t for t in lex.titles if t.endswith("."))
        self.stopwords: Final = frozenset(lex.stopwords | lex.pronouns)
        self.openers: Final = self.stopwords - self.determiners
        self.aux: Final = frozenset(
            w for a in lex.auxiliaries for w in a.split()
        ) | frozenset({"not", "never", "n't", "did", "does", "do", "can", "could"})
        self.verbs_s: Final = frozenset(
            v.forms[0] for v in lex.cue_verbs if " " not in v.forms[0]
        )

    def _strict_end(self, word: str) -> bool:
        low = word.lower()
        if low in self.pronouns:
            return True
        if word[0].isupper():
            return low not in self.stopwords and low not in self.determiners
        return low in self.heads or low in _QUANTITY_HEADS or self._is_plural(word)

    def _is_name(self, word: str) -> bool:
        if not word[0].isupper():
            return False
        low = word.lower()
        if low in self.title_abbrs:
            return True
        return low not in self.stopwords and low not in self.determiners

    def _is_plural(self, word: str) -> bool:
        return (
            word.islower()
            and len(word) > 3  # noqa: PLR2004
            and word.endswith("s")
            and not word.endswith(("ss", "'s", "\u2019s", "us", "is"))
            and word not in _NOT_PLURAL
            and word not in self.verbs_s
        )

    def _is_part(self, word: str) -> bool:
        """Whether ``word`` may stand inside a speaker noun phrase."""
        wl = word.lower()
        return (
            self._is_name(word)
            or wl in self.np_words
            or wl in _QUANTITY_HEADS
            or word[0].isdigit()
            or self._is_plural(word)
            or (word.endswith(_POSSESSIVE) and len(word) > 2)  # noqa: PLR2004
        )

    def _is_head(self, word: str) -> bool:
        wl = word.lower()
        return (
            self._is_name(word)
            or wl in self.heads
            or wl in _QUANTITY_HEADS
            or self._is_plural(word)
        )

    @staticmethod
    def _number(word: str) -> bool:
        return word.isdigit() or word.lower() in _NUMBERS

    def _modifying(self, toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether the participle at ``k`` stands between a determiner and its noun:
        a modifier ("a *retired* teacher", "the *striking* workers"), not a verb."""
        word = toks[k][2]
        return (
            k > 0
            and word.endswith(("ed", "ing"))
            and word.isalpha()
            and word.islower()
            and toks[k - 1][2].lower() in self.determiners
        )

    def _is_free(self, word: str) -> bool:
        """A plain lower-case word: "the *conservative* press", "the
        *self-described* socialist"."""
        wl = word
        if "-" in word and word.islower():
            return all(part.isalpha() for part in word.split("-"))
        return (
            word.isalpha()
            and word.islower()
            and wl not in self.stopwords
            and wl not in _BLOCKERS
            and wl not in self.aux
            and (not wl.endswith(("ing", "ed", "ly")) or wl in _LY_NOUNS)
        )

    def _through(
        self, toks: list[tuple[int, int, str]], k: int
    ) -> tuple[int, int] | None:
        """Where a phrase goes on through the preposition at ``k`` ("officials *in*
        Kyiv", "half *of* the voters"): the new first word and 1 for a plain word."""
        if k < 1 or toks[k][2] not in _PREPOSITIONS:
            return None
        left = toks[k - 1][2]
        if self._is_head(left) or left[0].isdigit() or left in _NUMBERS or left == "%":
            return k - 1, 0
        if left in {"familiar", "close"} or (
            self._is_free(left) and toks[k][2] in _CONNECTORS
        ):
            return k - 1, 1
        return None

    def _share(self, toks: list[tuple[int, int, str]], i: int) -> Span | None:
        """A share of people ending at ``i``: "about *one in five* said"."""
        if not (
            i > 1
            and self._number(toks[i][2])
            and toks[i - 1][2] == "in"
            and self._number(toks[i - 2][2])
        ):
            return None
        first = self._widen(toks, i, i - 2, det=False)
        return None if first is None else Span(toks[first][0], toks[i][1])

    def _percent(self, toks: list[tuple[int, int, str]], i: int) -> Span | None:
        """A percentage ending at ``i``: "*some 42%* said"."""
        if toks[i][2] != "%" or i == 0 or not toks[i - 1][2][0].isdigit():
            return None
        first = self._widen(toks, i, i - 1, det=False)
        return None if first is None else Span(toks[first][0], toks[i][1])

    @staticmethod
    def _surveyed(toks: list[tuple[int, int, str]], i: int) -> Span | None:
        """A bare participle after its subject, ending at ``i``: "*those surveyed*"."""
        last = toks[i][2]
        if (
            i > 0
            and last.islower()
            and last.endswith("ed")
            and toks[i - 1][2].lower() in _SURVEYED
        ):
            return Span(toks[i - 1][0], toks[i][1])
        return None

    def _phrase(self, toks: list[tuple[int, int, str]], i: int) -> Span | None:
        if toks[i][2] == ")":  # "Sen. Ann Lee (D-Va.) said": skip the brackets
            j = i - 1
            while j >= max(0, i - 8) and toks[j][2] not in "()":
                j -= 1
            found = self._phrase(toks, j - 1) if j >= 1 and toks[j][2] == "(" else None
            return None if found is None else Span(found.start, toks[i][1])
        last = toks[i][2]
        if last.lower() in self.pronouns:
            blocked = i > 0 and toks[i - 1][2].lower() in _BLOCKERS
            return None if blocked else Span(toks[i][0], toks[i][1])
        special = (
            self._share(toks, i) or self._surveyed(toks, i) or self._percent(toks, i)
        )
        if special is not None:
            return special
        if last.endswith(_POSSESSIVE) or not (
            self._is_head(last) or self._is_free(last)
        ):
            return None  # "Ann Lee's claim": a noun follows, the nominal rule's
        first = self._walk(toks, i)
        if first is None:
            return None
        if self._is_name(last):
            first = self._coordinated(toks, first)
        return Span(toks[first][0], toks[i][1])

    def _issued_by(self, toks: list[tuple[int, int, str]], by: int) -> int | None:
        """The first word of "a report by", "the new study by" before the issuer
        after ``by`` (a document speaks through whoever issued it), or ``None``."""
        if toks[by][2].lower() != "by" or by < 2:  # noqa: PLR2004
            return None
        head = toks[by - 1][2]
        if not head.islower() or head not in self.heads or self._is_plural(head):
            return None
        j = by - 2
        while (
            j > 0
            and by - j < _ISSUED_MAX
            and toks[j][2].lower() not in self.determiners
        ):
            if not (toks[j][2].islower() and self._is_free(toks[j][2])):
                return None  # "a new report by": adjectives only
            j -= 1
        if toks[j][2].lower() not in self.determiners:
            return None
        if j > 0 and toks[j - 1][2].lower() in _BLOCKERS:
            return None  # "according to a report by": another rule's
        return j

    def _coordinated(self, toks: list[tuple[int, int, str]], first: int) -> int:
        """The first word of a coordination of names ending in the phrase at
        ``first`` ("*Ann Lee and* Bo Park said", "*Ann Lee, Bo Park and* Cy Dunn
        said"): each conjunct a run of at most :data:`MAX_CONJUNCT` words of a
        speaker phrase that ends in a name. ``first`` itself when there is none."""
        k, joiner = first - 1, "and"
        for _ in range(_MAX_CONJUNCTS):
            if k < 1 or toks[k][2] != joiner or not self._is_name(toks[k - 1][2]):
                break
            j = k - 1
            while (
                j > 0
                and k - j < MAX_CONJUNCT
                and self._is_part(toks[j - 1][2])
                and not toks[j - 1][2].endswith(_POSSESSIVE)
                and toks[j - 1][2].lower() != "and"
            ):
                j -= 1
            if j > 0 and toks[j - 1][2].lower() in _BLOCKERS:
                break  # "talks between Ann Lee and Bo Park"
            first, k, joiner = j, j - 1, ","
        return first

    def _inside_name(
        self, toks: list[tuple[int, int, str]], k: int, *, named: bool
    ) -> bool:
        """Whether the capitalised function word at ``k`` stands inside a name, a
        name's word on each side: "Doctors *Without* Borders", "Partners *In*
        Health" (a name's words keep their capitals); not a conjunction ("Bo Park
        And Ann Lee" in a headline joins two names)."""
        word = toks[k][2]
        return (
            named
            and k > 0
            and word[:1].isupper()
            and word.lower() in self.stopwords
            and word.lower() not in self.pronouns
            and word.lower() not in _CONJUNCTIONS
            and self._is_name(toks[k - 1][2])
        )

    def _walk(self, toks: list[tuple[int, int, str]], i: int) -> int | None:
        """Index of the first word of the phrase whose last word is at ``i``."""
        head = self._is_head(toks[i][2])
        free = 0 if head else 1
        solid = i if head else -1  # start of the phrase without plain words
        named = self._is_name(toks[i][2])
        first = k = i
        k -= 1
        while k >= 0 and i - k < MAX_WORDS:
            word = toks[k][2]
            through = None
            if word.lower() in self.determiners:
                first = k
                through = self._through(toks, k - 1)
                if through is None:
                    break
            elif self._is_part(word) or self._inside_name(toks, k, named=named):
                named = named or self._is_name(word)
                first = k
                solid = k if not free else solid
                k -= 1
                continue
            elif named or head:
                through = self._through(toks, k)
            if through is not None:
                first, plain = through
                free += plain
                solid = first if not plain else solid
                k = first - 1
                continue
            if free < 4 and (self._is_free(word) or self._modifying(toks, k)):  # noqa: PLR2004
                free += 1
                first = k
                k -= 1
                continue
            break
        det = toks[first][2].lower() in self.determiners or toks[first][2][0].isdigit()
        if free and not det and not named:
            first = solid  # "the work but knows": a plain word needs its determiner
        return self._widen(toks, i, first, det=det)

    def _widen(
        self, toks: list[tuple[int, int, str]], i: int, first: int, *, det: bool
    ) -> int | None:
        """``first`` with "more than" / "about" before a quantity; ``None`` when the
        phrase is an object ("in the Atlantic states") or a bare determiner."""
        if first < 0 or (
            det and first == i and toks[i][2].lower() not in _QUANTITY_HEADS
        ):
            return None
        if (
            first > 1
            and toks[first - 1][2] == "than"
            and toks[first - 2][2].lower() in {"more", "less", "fewer"}
        ):
            first -= 2  # "more than half"
        if (
            first > 0
            and toks[first - 1][2].lower() in _ABOUT
            and (toks[first][2][0].isdigit() or toks[first][2] in _NUMBERS)
        ):
            first -= 1  # "about four in 10 voters"
        if first > 0 and toks[first - 1][2].lower() in _BLOCKERS:
            issued = self._issued_by(toks, first - 1)
            if issued is None:
                return None
            first = issued  # "a report by the state auditor"
        while first < i and toks[first][2].lower() in self.openers:
            first += 1
        return first
