"""The shape of the code: no import cycles between crisislens modules, the CLI is the only code
that prints, and SQL stays in the store. Checked on the source, so they are fast."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from crisislens.data import load_yaml

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


def _head_identities(source: str) -> list[int]:
    """Lines that compare a parser token's ``.head`` by identity (``is`` / ``is not``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare) or not any(
            isinstance(op, ast.Is | ast.IsNot) for op in node.ops
        ):
            continue
        sides = [node.left, *node.comparators]
        if any(isinstance(side, ast.Constant) for side in sides):
            continue  # "head is None"
        if any(isinstance(side, ast.Attribute) and side.attr == "head" for side in sides):
            found.append(node.lineno)
    return found


def test_architecture_tokens_are_compared_by_index():
    """spaCy builds a new Token object on each ``.head``, so ``tok.head is not tok`` always
    holds and a climb to the root that tests it never ends (session 27's hung CI). Tokens are
    compared by ``.i``."""
    for path in PACKAGE.rglob("*.py"):
        lines = _head_identities(path.read_text(encoding="utf-8"))
        assert not lines, f"{path.relative_to(PACKAGE)}:{lines}: compare tokens by .i"


def test_architecture_head_identity_is_found():
    source = (
        "while tok.head is not tok:\n    tok = tok.head\n"
        "ok = tok.head.i != tok.i\n"
        "none = tok.head is None\n"
        "same = node is tok.head\n"
    )
    assert _head_identities(source) == [1, 5]


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


# -- taste: small functions and no word lists in the coders (issue #14) ---------------------
CODERS = ("events", "actors", "geo")
MAX_FUNCTION_LINES = 60


def _coder_files() -> list[Path]:
    return sorted(p for area in CODERS for p in (PACKAGE / area).rglob("*.py"))


def _long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int]]:
    """(name, lines) of every function or method in ``source`` longer than ``limit`` lines,
    counted from its ``def`` to its last line."""
    return [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > limit
    ]


def test_architecture_coder_functions_are_short():
    """No function in events/, actors/ or geo/ is over 60 lines: a longer one is a chain of
    cases that wants named steps or rules (docs/DESIGN.md, "Rules and data")."""
    for path in _coder_files():
        long = _long_functions(path.read_text(encoding="utf-8"))
        assert not long, f"{path.relative_to(PACKAGE)}: {long} over {MAX_FUNCTION_LINES} lines"


def test_architecture_long_function_is_found():
    body = "".join(f"x{i} = {i}\n" for i in range(60))
    assert _long_functions("def f():\n" + body.replace("x", "    x")) == [("f", 61)]
    short = "".join(body.splitlines(keepends=True)[:59]).replace("x", "        x")
    assert _long_functions(f"class C:\n    def g(self):\n{short}") == []  # 60 lines


# An English word or phrase as a string literal: "protester", "last night", "year-old".
WORD = re.compile(r"^[A-Za-z][a-z]+(?:[ '-][A-Za-z]?[a-z]+)*$")
# Four alternatives of plain words in a regular expression: "(?:riot|protest|march|rally)".
WORD_ALTERNATION = re.compile(r"[a-z]{2,}(?:\|[a-z]{2,}(?: [a-z]+)*){3,}")
# The code's own vocabulary, which is not a word list (docs/DESIGN.md, "Where words live"): the
# parser's labels (spaCy's glossary: "nsubj", "pobj"), the record's field names and the values
# of its enumerations (schemas.py: "asserted", "dead", "day"), the event types' stances and the
# trigger kinds, and the gazetteer's place features, listed here.
PLACE_FEATURES = {"country", "admin1", "admin2", "city", "region", "sea", "continent", "landmark"}
# Lists another engineer is moving to data/ now, by the name they are assigned to; remove an
# entry once its list has moved.
PENDING: set[tuple[str, str]] = set()


def _code_vocabulary() -> set[str]:
    import typing

    import spacy.glossary

    from crisislens import schemas
    from crisislens.events.triggers import TRIGGER_KINDS
    from crisislens.events.types import STANCES

    vocabulary = set(spacy.glossary.GLOSSARY) | PLACE_FEATURES | set(STANCES) | set(TRIGGER_KINDS)
    for name in dir(schemas):
        value = getattr(schemas, name)
        if typing.get_origin(value) is typing.Literal:
            vocabulary.update(str(v) for v in typing.get_args(value))
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            vocabulary.update(value)
        elif isinstance(value, type) and hasattr(value, "model_fields"):
            vocabulary.update(value.model_fields)
    return vocabulary


def _word_lists(source: str, allowed: set[str]) -> list[tuple[int, list[str]]]:
    """(line, words) of every literal collection in ``source`` of four or more English words
    that are not code vocabulary: a set, list or tuple of strings, or a dict whose keys are words
    and whose values are constants (a word table; a record's dict has computed values); and every
    regular expression with four or more plain-word alternatives."""
    found = []
    for node in ast.walk(ast.parse(source)):
        items: list[ast.expr] = []
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            items = list(node.elts)
        elif isinstance(node, ast.Dict) and all(
            isinstance(v, ast.Constant | ast.Tuple) for v in node.values
        ):
            items = [k for k in node.keys if k is not None]
        words = [
            item.value
            for item in items
            if isinstance(item, ast.Constant)
            and isinstance(item.value, str)
            and WORD.match(item.value)
            and item.value not in allowed
        ]
        if len(words) >= 4:
            found.append((node.lineno, words))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = WORD_ALTERNATION.search(node.value)
            if match and not set(match.group().split("|")) <= allowed:
                found.append((node.lineno, [match.group()]))
    return found


def test_architecture_no_word_lists_in_coder_code():
    """The words the coders look for live in data/*.yaml, read by small typed loaders; Python
    code in events/, actors/ and geo/ holds no collection of four or more English words, and no
    regular expression that lists them."""
    allowed = _code_vocabulary()
    for path in _coder_files():
        relative = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        pending = tuple(f"{name} =" for area, name in PENDING if area == relative)
        found = [
            (line, words)
            for line, words in _word_lists(source, allowed)
            if not (pending and lines[line - 1].startswith(pending))
        ]
        assert not found, f"{relative}: word lists belong in data/: {found}"


def test_architecture_word_list_is_found():
    allowed = _code_vocabulary()
    source = (
        'A = {"riot", "protest", "march", "rally"}\n'
        'B = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3}\n'
        'C = re.compile(r"\\b(?:riot|protest|march|rally)s?\\b")\n'
        'D = {"nsubj", "dobj", "pobj", "conj"}\n'  # parser labels
        'E = ("asserted", "negated", "possible", "planned")\n'  # an enumeration of the record
        'F = {"name": name, "kind": kind, "level": level, "parent": parent}\n'  # a record
        'G = ("actor", "recipient", "location", "date")\n'  # the record's field names
    )
    assert [line for line, _ in _word_lists(source, allowed)] == [1, 2, 3]


def test_architecture_data_files_name_each_key_once():
    """A list added under a name already taken would replace the old list everywhere (PyYAML
    keeps the last key silently): ``load_yaml`` refuses it, with both lines."""
    for path in sorted((PACKAGE / "data").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        try:
            load_yaml(text)
        except yaml.YAMLError as err:
            pytest.fail(f"data/{path.name}: {err}")


def test_architecture_duplicate_key_is_found():
    text = "words:\n  a:\n    words: [x]\n  b: {c: 1, d: 2}\n  a:\n    words: [y]\n"
    with pytest.raises(yaml.YAMLError, match="'a' is given twice, on lines 2 and 5"):
        load_yaml(text)
