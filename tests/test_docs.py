"""Every command and every API route is documented (as datasette checks its own docs)."""

import re

from conftest import ROOT
from crisislens.cli import main

DOCS = "\n".join(
    p.read_text(encoding="utf-8")
    for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
)


def test_docs_every_command_is_documented():
    for name, command in main.commands.items():
        assert f"crisislens {name}" in DOCS, f"`crisislens {name}` is not in README or docs/"
        assert command.help, f"`crisislens {name}` has no --help text"


def test_docs_every_api_route_is_documented(tmp_path):
    from crisislens.api.app import create_app
    from crisislens.store import Store

    Store.open(tmp_path / "empty.duckdb").close()
    app = create_app(tmp_path / "empty.duckdb")
    api_doc = (ROOT / "docs" / "API.md").read_text(encoding="utf-8")
    for path in app.openapi()["paths"]:
        assert f"`GET {path}" in api_doc or f"`POST {path}" in api_doc, path
    app.state.store.close()


def test_docs_quick_start_is_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start\s+```sh\n(.*?)```", readme, re.DOTALL).group(1)
    assert block.split() == ["make", "demo", "make", "test"]


def test_docs_store_schema_table_is_the_schema():
    """docs/STORE.md's schema table names the last migration, every table and every column of
    a new database (a column may be written as a family: `actor_*`, `evidence_text/start/end`)."""
    from crisislens.store import Store
    from crisislens.store.schema import MIGRATIONS

    store_doc = (ROOT / "docs" / "STORE.md").read_text(encoding="utf-8")
    assert f"## Schema (migrations 1 to {MIGRATIONS[-1][0]})" in store_doc
    rows = {
        m.group(1): m.group(2)
        for m in re.finditer(r"^\| `(\w+)` \| [^|]+ \| (.+) \|$", store_doc, re.MULTILINE)
    }
    conn = Store.memory().conn
    for table, column in conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns"
    ).fetchall():
        assert table in rows, f"table {table} is not in docs/STORE.md"
        prefix, _, rest = column.partition("_")
        written = (
            f"`{column}`" in rows[table]
            or f"`{prefix}_*`" in rows[table]
            or re.search(rf"`{prefix}_\w+(/\w+)*`", rows[table])
            and rest in rows[table]
        )
        assert written, f"{table}.{column} is not in docs/STORE.md"
