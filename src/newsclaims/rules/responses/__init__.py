"""Claims -> the claims they answer, with the kind of answer.

The stage is a package along its seams: ``_lexicon`` (the response words of a
:class:`~newsclaims.lexicons.Lexicons`, its ``response_*`` lists),
``_text`` (the article as the stage reads it, from the text stage's layout, and
what a stretch of text says), ``_facts`` (what
each claim brings, computed on first use),
``_candidates`` (the claims in reach and the evidence each gives), ``_targets`` (the
answered claim chosen by what the answer points at), ``_follow`` (claims that go on
from an answer), ``_kind`` (the kind of an answer), ``_sides`` (whom a speaker speaks for by
the office it holds: "Eastland's defence minister") and ``_link`` (the ordered rule
table and :func:`find_responses`).
"""

from __future__ import annotations

from newsclaims.rules.responses._link import find_responses
from newsclaims.rules.responses._sides import offices_served
from newsclaims.rules.responses._text import ResponseContext

__all__ = [
    "ResponseContext",
    "find_responses",
    "offices_served",
]
