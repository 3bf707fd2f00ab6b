"""Bundled example articles.

>>> from newsclaims.examples import seed_article
>>> seed_article().startswith("Kiev, Ukraine")
True
"""

from __future__ import annotations

from importlib import resources

__all__ = ["seed_article"]


def seed_article() -> str:
    """The library's example article (a short report on claims and denials)."""
    return (
        resources.files(__name__)
        .joinpath("seed-article.txt")
        .read_text(encoding="utf-8")
    )
