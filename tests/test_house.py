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


def _undocumented(path: Path) -> list[str]:
    """Fields and enum members of the classes in ``path`` with no docstring below."""
    import ast  # noqa: PLC0415

    missing = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.ClassDef):
            continue
        for i, st in enumerate(node.body):
            if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name):
                name = st.target.id
            elif isinstance(st, ast.Assign) and isinstance(st.targets[0], ast.Name):
                name = st.targets[0].id
            else:
                continue
            nxt = node.body[i + 1] if i + 1 < len(node.body) else None
            documented = (
                isinstance(nxt, ast.Expr)
                and isinstance(nxt.value, ast.Constant)
                and isinstance(nxt.value.value, str)
            )
            if not documented and not name.startswith("_"):
                missing.append(f"{node.name}.{name}")
    return missing


def test_every_model_field_and_enum_value_is_described() -> None:
    """The API reference describes every field of the model and every enum value."""
    assert _undocumented(ROOT / "src" / "newsclaims" / "model.py") == []
