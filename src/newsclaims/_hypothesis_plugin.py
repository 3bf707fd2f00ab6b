"""Hypothesis entry point: ``st.from_type`` builds valid newsclaims objects.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported in a project where
newsclaims is installed (``[project.entry-points.hypothesis]`` in pyproject.toml).
The strategies are looked up lazily (``st.deferred``): ``newsclaims.strategies`` itself
imports Hypothesis, which may be what runs this hook.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from newsclaims import _fields, model
    from newsclaims import strategies as ns

    st.register_type_strategy(model.Span, st.deferred(lambda: ns.spans()))
    st.register_type_strategy(model.Actor, st.deferred(lambda: ns.actors()))
    st.register_type_strategy(model.Claim, st.deferred(lambda: ns.claims()))
    st.register_type_strategy(
        model.Quantity, st.deferred(lambda: ns.quantities(within=model.Span(0, 100)))
    )
    st.register_type_strategy(
        model.Response,
        st.deferred(lambda: ns.responses(claim_ids=["c1", "c2", "c3"])),
    )
    st.register_type_strategy(
        model.Dateline,
        st.text(min_size=1, max_size=40)
        .filter(_fields._visible)  # noqa: SLF001 - the model's own check
        .map(lambda s: model.Dateline(location=s, span=model.Span(0, len(s)))),
    )
    st.register_type_strategy(model.Article, st.deferred(lambda: ns.articles()))
