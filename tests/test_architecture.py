"""The shape of the code: no import cycles between crisislens modules, the CLI is the only code
that prints, and SQL stays in the store. Checked on the source, so they are fast."""

from __future__ import annotations

import ast
import re
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


SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT INTO|DELETE FROM|CREATE (TEMP )?TABLE|UPDATE \w+ SET)\b", re.S
)
TRANSACTION = re.compile(r"\b(BEGIN( TRANSACTION)?|COMMIT|ROLLBACK)\b")


def _strings(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def test_architecture_sql_stays_in_the_store():
    """SQL is written in store/ only (geo/ keeps the gazetteer's own SQLite file), and a
    transaction is begun and ended in one place: store/connection.py's transaction()."""
    for path in PACKAGE.rglob("*.py"):
        area = path.relative_to(PACKAGE).parts[0]
        for line, text in _strings(path):
            if area not in ("store", "geo"):
                assert not SQL.search(text), f"{path.relative_to(PACKAGE)}:{line}: SQL"
            if path != PACKAGE / "store" / "connection.py" and text.lstrip().isupper():
                assert not TRANSACTION.search(text), f"{path.relative_to(PACKAGE)}:{line}"


def test_architecture_only_the_cli_prints():
    """Everything else returns data or raises; cli/ decides what a person sees."""
    printers = {"print", "click.echo", "click.secho", "sys.stdout.write", "sys.stderr.write"}
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "cli":
            continue
        calls = [
            node
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and ast.unparse(node.func) in printers
        ]
        assert not calls, f"{path.relative_to(PACKAGE)}:{calls[0].lineno}: prints"


def test_architecture_no_private_imports_across_modules():
    """A name with a leading underscore is its module's own: no other module imports it."""
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("crisislens"):
                private = [
                    a.name
                    for a in node.names
                    if a.name.startswith("_") and not a.name.endswith("__")
                ]
                assert not private, f"{path.relative_to(PACKAGE)}:{node.lineno}: {private}"
