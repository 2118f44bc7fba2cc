"""The shape of the code: no import cycles between crisislens modules, the CLI is the only code
that prints, and SQL stays in the store. Checked on the source, so they are fast."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "crisislens"


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _runtime_nodes(tree: ast.AST):
    """Every node, except those under ``if TYPE_CHECKING:`` (imports for annotations only)."""
    for node in ast.iter_child_nodes(tree):
        test = node.test if isinstance(node, ast.If) else None
        if isinstance(test, ast.Name | ast.Attribute) and "TYPE_CHECKING" in ast.unparse(test):
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """Every crisislens module ``path`` imports, at the top or inside a function (a lazy import
    still ties the two modules together); ``from pkg import sub`` counts as importing ``sub``."""
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom) and node.module in modules and node.level == 0:
            subs = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
            found.update(subs)
            if len(subs) < len(node.names):
                found.add(node.module)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in graph[node]:
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_architecture_no_import_cycles():
    modules = _modules()
    graph = {name: _imports(path, modules) - {name} for name, path in modules.items()}
    assert _cycles(graph) == []


def test_architecture_type_checking_imports_are_not_edges(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from crisislens import b\n"
        "def f():\n    import crisislens.c\n",
        encoding="utf-8",
    )
    modules = {"crisislens.b": path, "crisislens.c": path}
    assert _imports(path, modules) == {"crisislens.c"}


def test_architecture_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_architecture_dashboard_names_no_event_type():
    """The dashboard reads the event types (codes, colours, descriptions) from GET /event-types
    and the export formats from GET /export/formats: a type or format added to its table or
    registry needs no change to the dashboard's code."""
    from crisislens.events.types import type_codes
    from crisislens.store.exports import names

    web = PACKAGE / "web"
    for path in [*web.glob("*.js"), web / "index.html"]:
        text = path.read_text(encoding="utf-8")
        for word in (*type_codes(), *names()):
            if word == "csv":  # a word of prose ("CSV"), not only a format's name
                continue
            assert f'"{word}"' not in text and f">{word}<" not in text, f"{path.name}: {word}"
