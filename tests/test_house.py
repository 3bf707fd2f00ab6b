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
    """The API reference describes every field of the model and every enum value,
    and every word list of ``Lexicons`` (with the frames and fields of a cue verb)."""
    src = ROOT / "src" / "newsclaims"
    names = ("model.py", "_fields.py", "_kinds.py", "_records.py")
    for name in (*names, "lexicons/__init__.py", "lexicons/_verbs.py"):
        assert _undocumented(src / name) == [], name


def _module_imports(*, everywhere: bool = False) -> dict[str, set[str]]:
    """For each module of the package, the package modules it imports when it is
    imported: module-level imports, not those under ``if TYPE_CHECKING:`` (types
    only) nor those inside functions (loaded on first use). With ``everywhere``,
    every import statement of the module, those too."""
    import ast  # noqa: PLC0415

    src = ROOT / "src"
    names = {}
    for path in (src / "newsclaims").rglob("*.py"):
        parts = path.relative_to(src).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        found: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for st in ast.walk(tree) if everywhere else tree.body:
            if isinstance(st, ast.ImportFrom) and st.module in names:
                subs = {f"{st.module}.{a.name}" for a in st.names}
                found |= (subs & names.keys()) or {st.module}
            elif isinstance(st, ast.Import):
                found |= {a.name for a in st.names} & names.keys()
        graph[name] = found - {name}
    return graph


def test_no_import_cycle() -> None:
    """No module of the package imports, at import time, one that imports it back."""
    graph = _module_imports()
    assert (
        "newsclaims.rules.claims.extract" in graph["newsclaims.parser"]
    )  # it reads them
    cycles = []
    for start in graph:
        stack: list[tuple[str, tuple[str, ...]]] = [(start, (start,))]
        seen: set[str] = set()
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    cycles.append(" -> ".join((*path, nxt)))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, (*path, nxt)))
    assert cycles == []


def test_every_claim_rule_is_in_the_parsing_guide() -> None:
    """A newcomer finds the module of any ``Claim.rule`` in one step: the parsing
    guide's table lists every rule of the one rule table, in priority order, with
    the module that holds it and where it runs."""
    from newsclaims.rules.claims.table import CLAIM_RULES, RULE_NAMES  # noqa: PLC0415

    guide = (ROOT / "docs" / "parsing.md").read_text(encoding="utf-8")
    rows = regex.findall(
        r"^\| `(\w++)` \| `(rules/[\w/]++\.py)` \| ([a-z ,]{1,40}?) \|",
        guide,
        flags=regex.M,
    )
    assert [name for name, _, _ in rows] == list(RULE_NAMES)
    for name, module, runs in rows:
        table = [r for r in CLAIM_RULES if r.name == name]
        assert {r.module for r in table} == {module}, name
        assert runs == ", ".join(dict.fromkeys(r.scope.value for r in table)), name
        source = (ROOT / "src" / "newsclaims" / module).read_text(encoding="utf-8")
        assert f'"{name}"' in source, (name, module)


def test_claim_rule_table_is_one_order() -> None:
    """Each ``Claim.rule`` has one priority, the priorities rank every name, and a
    rule of the whole text runs before the sentence rules, which run before those
    of the claims kept."""
    from newsclaims.rules.claims.table import (  # noqa: PLC0415
        CLAIM_RULES,
        RULE_NAMES,
        Scope,
    )

    by_name = {
        r.name: {s.priority for s in CLAIM_RULES if s.name == r.name}
        for r in CLAIM_RULES
    }
    assert all(len(p) == 1 for p in by_name.values()), by_name
    assert sorted(p for (p,) in by_name.values()) == list(range(len(RULE_NAMES)))
    stage = {Scope.TEXT: 0, Scope.SENTENCE: 1, Scope.CUED_SENTENCE: 1, Scope.KEPT: 2}
    stages = [stage[r.scope] for r in CLAIM_RULES]
    assert stages == sorted(stages)
    for r in CLAIM_RULES:  # a function runs in one scope, each name a function gives
        assert {s.scope for s in CLAIM_RULES if s.function is r.function} == {r.scope}


MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 60
LONG_REASON = "Long:"
"""How a function over :data:`MAX_FUNCTION_LINES` says why: a docstring paragraph
that opens with this word."""

# Over the limits, named one by one; each entry must still be over (see the tests).
KNOWN_LONG_MODULES: frozenset[str] = frozenset()
KNOWN_LONG_FUNCTIONS: frozenset[str] = frozenset()


def _sources() -> dict[str, Path]:
    src = ROOT / "src" / "newsclaims"
    return {p.relative_to(src).as_posix(): p for p in sorted(src.rglob("*.py"))}


def _long_functions(path: Path) -> dict[str, tuple[int, str]]:
    """Every function and method of ``path`` over :data:`MAX_FUNCTION_LINES` lines
    (decorators and docstring included), by qualified name: (lines, docstring)."""
    import ast  # noqa: PLC0415

    out: dict[str, tuple[int, str]] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                size = (child.end_lineno or child.lineno) - first + 1
                if size > MAX_FUNCTION_LINES:
                    doc = ast.get_docstring(child) or ""
                    out[f"{prefix}{child.name}"] = (size, doc)
                visit(child, f"{prefix}{child.name}.")

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return out


def test_no_module_over_the_limit() -> None:
    """No module is over :data:`MAX_MODULE_LINES` lines but the known ones, and every
    known one still is (mend the list when one is split)."""
    sizes = {
        name: len(path.read_text(encoding="utf-8").splitlines())
        for name, path in _sources().items()
    }
    over = {name for name, n in sizes.items() if n > MAX_MODULE_LINES}
    assert over - KNOWN_LONG_MODULES == set(), {n: sizes[n] for n in over}
    assert KNOWN_LONG_MODULES - over == set()


def test_no_function_over_the_limit_without_a_reason() -> None:
    """No function is over :data:`MAX_FUNCTION_LINES` lines unless its docstring
    says why (a paragraph opening with :data:`LONG_REASON`) or it is a known one;
    every known one still is over."""
    found = {
        f"{name}::{qual}": doc
        for name, path in _sources().items()
        for qual, (_, doc) in _long_functions(path).items()
    }
    unexplained = {
        f
        for f, doc in found.items()
        if f"\n\n{LONG_REASON} " not in f"\n\n{doc}" and f not in KNOWN_LONG_FUNCTIONS
    }
    assert unexplained == set()
    assert KNOWN_LONG_FUNCTIONS - found.keys() == set()


def test_the_size_check_sees_long_functions(tmp_path: Path) -> None:
    """The function check counts a method's lines and reads its reason."""
    body = "\n".join(f"        x = {i}" for i in range(MAX_FUNCTION_LINES))
    code = (
        "class A:\n    @staticmethod\n    def f():\n"
        f'        """Do it.\n\n        {LONG_REASON} one table."""\n{body}\n'
        "def g():\n    return 1\n"
    )
    path = tmp_path / "m.py"
    path.write_text(code, encoding="utf-8")
    found = _long_functions(path)
    assert list(found) == ["A.f"]
    size, doc = found["A.f"]
    assert size == MAX_FUNCTION_LINES + 5
    assert f"\n\n{LONG_REASON} one table." in doc


STAGES = ("text", "actors", "claims", "responses", "quantities")
"""The rule stages, in pipeline order (`docs/parsing.md`)."""


def _stage(module: str) -> int | None:
    parts = module.split(".")
    if parts[:2] != ["newsclaims", "rules"] or len(parts) < 3:
        return None
    return STAGES.index(parts[2]) if parts[2] in STAGES else None


def test_rules_are_one_package_per_stage() -> None:
    """Every rule module lives in the sub-package of its stage."""
    rules = ROOT / "src" / "newsclaims" / "rules"
    loose = sorted(p.name for p in rules.glob("*.py") if p.name != "__init__.py")
    assert loose == []
    assert sorted(p.name for p in rules.iterdir() if (p / "__init__.py").exists()) == (
        sorted(STAGES)
    )


def test_no_stage_imports_a_later_one() -> None:
    """Data flows one way: no module imports from a later stage, not even for type
    checking or inside a function (every import statement anywhere is read)."""
    wrong = [
        f"{name} imports {other}"
        for name, imported in _module_imports(everywhere=True).items()
        if (here := _stage(name)) is not None
        for other in sorted(imported)
        if (there := _stage(other)) is not None and there > here
    ]
    assert wrong == []
