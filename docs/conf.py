"""Sphinx configuration for the newsclaims user guide."""

from __future__ import annotations

import importlib.metadata

project = "newsclaims"
author = "The newsclaims developers"
copyright = "2026, The newsclaims developers"  # noqa: A001
release = importlib.metadata.version("newsclaims")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "newsclaims"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
nitpicky = False
intersphinx_mapping: dict[str, tuple[str, None]] = {}
doctest_global_setup = "import newsclaims"
suppress_warnings = ["myst.header"]
doctest_test_doctest_blocks = ""  # docstrings run under pytest --doctest-modules
