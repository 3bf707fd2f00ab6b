"""The house rules of the repository itself, checked on its own files."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parents[1]
# A path that only exists on one machine: an absolute folder of a workplace or a home.
MACHINE_PATH = regex.compile(
    r"""["'](?:/work|/home|/root|/Users|/tmp)/[^"'\s]{1,200}+"""
)


@pytest.mark.parametrize(
    "path",
    sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").rglob("*.py")),
)
def test_no_machine_paths_in_tests(path: str) -> None:
    """Tests find their data through the package or beside themselves, never by an
    absolute path of one machine (they must pass on a fresh clone)."""
    text = (ROOT / path).read_text(encoding="utf-8")
    hits = [
        m.group()
        for m in MACHINE_PATH.finditer(text)
        if "MACHINE_PATH" not in m.group()
    ]
    assert hits == [], f"{path}: {hits}"


def test_public_names_are_exported() -> None:
    """What users need is importable from the package itself, and every name in
    ``__all__`` resolves (the lazy ones included)."""
    import newsclaims  # noqa: PLC0415

    for name in newsclaims.__all__:
        assert getattr(newsclaims, name) is not None, name
    assert newsclaims.Lexicons.default().cue_verbs
    assert issubclass(newsclaims.NewsclaimsWarning, UserWarning)
    assert "ParseError" not in newsclaims.__all__
