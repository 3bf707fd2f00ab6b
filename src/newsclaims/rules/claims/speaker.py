"""The speaker before a reporting cue, found by walking back over the words.

"Ukrainian President Volodymyr Zelensky has also said", "Ann Lee, the mayor, said",
"47 percent of voters said", "officials in Kyiv said": from the cue, the walk skips
auxiliaries and adverbs, then an appositive between commas, then takes the longest run
of words that can make up a speaker noun phrase. One short tokenising pass per cue and
plain set look-ups: linear in the window, whatever the text.

>>> from newsclaims.lexicons import Lexicons
>>> w = SpeakerWalker(Lexicons.default())
>>> t = "On Monday, Ann Lee, the mayor, has also said so."
>>> w.before(t, t.index("said")).of(t)
'Ann Lee'
"""

from __future__ import annotations

from newsclaims._regex import match
from newsclaims.lexicons import Lexicons
from newsclaims.model import Span
from newsclaims.rules.claims.speaker_phrase import SpeakerPhrase
from newsclaims.rules.claims.speaker_words import (
    _AUX_MAX,
    _BE_PROGRESSIVE,
    _CONTRACTED,
    _DASHES,
    _TIME_MAX,
    _TIME_NOUNS,
    _TIME_OPENERS,
    _TOKENS,
    _WEEKDAYS,
    MAX_APPOSITIVE,
    WINDOW,
)

__all__ = ["SpeakerWalker"]


class SpeakerWalker(SpeakerPhrase):
    """Finds the speaker noun phrase (or pronoun) that ends just before a cue: the
    walk back from the cue, over auxiliaries, adverbs, a time phrase and an
    appositive, to the phrase's last word; :class:`SpeakerPhrase` reads the phrase
    from there."""

    def __reduce__(self) -> tuple[type[SpeakerWalker], tuple[Lexicons]]:
        return (SpeakerWalker, (self.lexicons,))

    def _skip_time(self, toks: list[tuple[int, int, str]], i: int) -> int:
        """``i`` less a time phrase ending there ("last week", "on Friday night")."""
        n = 0
        while i >= 0 and n < _TIME_MAX:
            low = toks[i][2].lower()
            if low in _TIME_NOUNS and (
                low in _WEEKDAYS
                or (i > 0 and toks[i - 1][2].lower() in _TIME_OPENERS | _WEEKDAYS)
            ):
                i -= 1
                n += 1
            elif low in _TIME_OPENERS and n and i + 1 < len(toks):
                i -= 1
                n += 1
                break
            else:
                break
        return i

    def _skip_aux(
        self, toks: list[tuple[int, int, str]], i: int, *, progressive: bool = False
    ) -> int:
        n = 0
        while i >= 0 and n < _AUX_MAX:
            low = toks[i][2].lower()
            if progressive and low in _BE_PROGRESSIVE:
                i -= 1
                n += 1
                continue
            if low in self.aux or (
                len(low) > 4 and low.endswith("ly") and toks[i][2].islower()  # noqa: PLR2004
            ):
                i -= 1
                n += 1
            else:
                break
        return i

    def before(
        self, text: str, end: int, floor: int = 0, *, strict: bool = False
    ) -> Span | None:
        """The speaker of a cue starting at ``end`` (not before ``floor``), or ``None``.

        ``strict``: the cue may be a noun ("the *attacks*", "her *support*"), so the
        phrase must end in a pronoun, name or role word, not a plain word ("a harsh").

        >>> w = SpeakerWalker(Lexicons.default())
        >>> t = "Sixty-six percent of voters said no."
        >>> w.before(t, t.index("said")).of(t)
        'Sixty-six percent of voters'
        """
        start = max(floor, end - WINDOW)
        m = match(_TOKENS, text, start, end)
        # (start, end, word) of every token, built in C rather than by a Python loop
        toks = (
            []
            if m is None
            else list(
                zip(m.starts("tok"), m.ends("tok"), m.captures("tok"), strict=True)
            )
        )
        cue_word = text[end : end + 40].split(maxsplit=1)
        progressive = bool(cue_word) and cue_word[0].endswith("ing")
        i = self._last_word(toks, progressive=progressive)
        if i is None:
            return None
        if strict and not self._strict_end(toks[i][2]):
            return None
        base, apostrophe, ending = (
            toks[i][2].lower().replace("\u2019", "'").partition("'")
        )
        if apostrophe and ending in _CONTRACTED and base in self.pronouns:
            return Span(toks[i][0], toks[i][0] + len(base))  # "they've", "I'd"
        return self._phrase(toks, i)

    def _last_word(
        self, toks: list[tuple[int, int, str]], *, progressive: bool
    ) -> int | None:
        """Index of the speaker's last word: the tokens less auxiliaries, adverbs,
        a time phrase and an appositive or aside between the speaker and the cue."""
        i = self._skip_aux(toks, len(toks) - 1, progressive=progressive)
        timed = self._skip_time(toks, i)
        if (
            0 < timed < i
            and toks[timed][2].islower()
            and toks[timed][2].endswith("ed")
            and self._is_head(toks[timed - 1][2])
        ):
            timed -= 1  # "a report *published Monday* said": skip the participle
        i = self._skip_aux(toks, timed, progressive=progressive)
        if i < 0:
            return None
        if toks[i][2] == ",":
            j = i - 1
            while j >= 0 and toks[j][2] not in ',;:"\u201c\u201d()':
                j -= 1
            if j < 0 or toks[j][2] != "," or toks[i][0] - toks[j][1] > MAX_APPOSITIVE:
                return None
            if j + 1 == i:
                return None
            i = j - 1
            if i > 0 and toks[i][2].isdigit() and toks[i - 1][2] == ",":
                i -= 2  # "Ann Lee, 45, a retired teacher, said": skip the age too
        elif toks[i][2] in _DASHES:
            opened = self._dash_open(toks, i)
            if opened is None:
                return None
            i = opened - 1
        return None if i < 0 else i

    @staticmethod
    def _dash_open(toks: list[tuple[int, int, str]], i: int) -> int | None:
        """The index of the dash opening the aside that the dash at ``i`` closes
        ("The judge -- who has clashed with him -- said"), or ``None``."""
        dash = toks[i][2]
        double = dash == "-" and i > 0 and toks[i - 1][2] == "-"
        if dash == "-" and not double:
            return None
        j = i - (2 if double else 1)
        while j >= 0 and toks[i][0] - toks[j][1] <= MAX_APPOSITIVE:
            word = toks[j][2]
            if word in ';:"\u201c\u201d':
                return None
            if word == dash and (not double or (j > 0 and toks[j - 1][2] == "-")):
                opened = j - 1 if double else j
                return opened if opened + (2 if double else 1) < i else None
            j -= 1
        return None
