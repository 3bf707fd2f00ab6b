"""The facts of an article's claims, each made when first asked for (:class:`Reach`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from newsclaims.model import Claim
from newsclaims.rules.responses._facts import Facts
from newsclaims.rules.responses._text import ArticleView

__all__ = ["Reach"]


class Reach(Sequence[Facts]):
    """The facts of every claim, each made when it is first asked for: the walk
    over the claims holds only those it reads (about the claims in reach), and
    :meth:`forget` drops one whole (made again, the same, if it is asked for again).

    >>> from newsclaims.model import Span
    >>> from newsclaims.rules.responses._text import ResponseContext, view_of
    >>> claims = [Claim(id=f"c{n}", content_span=Span(n, n + 1)) for n in range(3)]
    >>> facts = Reach(claims, view_of("abc", ResponseContext()))
    >>> len(facts), facts[2].index, facts[2] is facts[2], len(facts._made)
    (3, 2, True, 1)
    """

    def __init__(self, claims: Sequence[Claim], view: ArticleView) -> None:
        self._claims, self._view = claims, view
        self._made: dict[int, Facts] = {}

    def __len__(self) -> int:
        return len(self._claims)

    @overload
    def __getitem__(self, n: int) -> Facts: ...
    @overload
    def __getitem__(self, n: slice) -> Sequence[Facts]: ...
    def __getitem__(self, n: int | slice) -> Facts | Sequence[Facts]:
        if isinstance(n, slice):
            return [self[k] for k in range(len(self))[n]]
        if n < 0:
            n += len(self)
        if not 0 <= n < len(self):
            raise IndexError(n)
        fact = self._made.get(n)
        if fact is None:
            fact = self._made[n] = Facts(n, self._claims[n], self._view)
        return fact

    def forget(self, n: int) -> None:
        """Drop the facts of claim ``n``."""
        self._made.pop(n, None)
