"""Hypothesis profiles: ``dev`` (quick) and ``thorough`` (long runs).

CI sets ``CI=true``, which makes Hypothesis load its built-in ``ci`` profile
(derandomized, no deadline); choose another with ``--hypothesis-profile``.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
