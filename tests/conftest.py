"""Hypothesis profiles: ``dev`` (quick) and ``thorough`` (long runs).

No profile has a deadline: time is measured by the benchmarks, never asserted by a
test, and a loaded machine (or coverage) makes any example slow now and then. Where
``CI=true`` is set, Hypothesis loads its built-in ``ci`` profile (derandomized, no
deadline); elsewhere ``local`` (Hypothesis's defaults less the deadline). Choose
another with ``--hypothesis-profile``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

_CACHE_ENV = "NEWSCLAIMS_CACHE_DIR"
_cache_dir: str | None = None


def pytest_configure(config: pytest.Config) -> None:  # noqa: ARG001 -- the hook's signature
    """The tests (and the command lines they start) keep compiled patterns in a
    directory of their own, never in the user's cache, unless one is set already."""
    global _cache_dir  # noqa: PLW0603
    if _CACHE_ENV not in os.environ:
        _cache_dir = tempfile.mkdtemp(prefix="newsclaims-test-cache-")
        os.environ[_CACHE_ENV] = _cache_dir


def pytest_unconfigure(config: pytest.Config) -> None:  # noqa: ARG001
    if _cache_dir is not None:
        shutil.rmtree(_cache_dir, ignore_errors=True)
        os.environ.pop(_CACHE_ENV, None)


settings.register_profile("local", deadline=None)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
if not os.environ.get("CI"):
    settings.load_profile("local")


# The seed article is the library's published example and spec: it ships as
# ``newsclaims.examples.seed_article()`` and its full annotation is bundled here
# (tests/data/seed-gold.json), so the tests that check what it must yield never need
# the evaluation folder beside the checkout.
SEED_GOLD = Path(__file__).parent / "data" / "seed-gold.json"


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    """The seed article's gold annotation (text, actors, claims, responses)."""
    gold: dict[str, Any] = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    return gold
