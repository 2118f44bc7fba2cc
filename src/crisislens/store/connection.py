"""The store's connection type and the few things every query does with it.

Every function of ``crisislens.store`` takes a ``Connection`` (a DuckDB connection or cursor):
the store keeps its SQL here and in its sibling modules, and nothing outside ``store/`` writes
SQL. ``transaction`` is the one place that writes BEGIN, COMMIT and ROLLBACK.

>>> import duckdb
>>> conn = duckdb.connect()
>>> with transaction(conn):
...     _ = conn.execute("CREATE TABLE t (x INTEGER)")
>>> scalar(conn, "SELECT count(*) FROM t")
0
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb

Connection = duckdb.DuckDBPyConnection


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """The block runs in one transaction: committed at its end, rolled back (and the error
    raised again) if it fails, so a batch is stored whole or not at all."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def scalar(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Any:
    """The first column of the first row, or None when there is no row."""
    row = conn.execute(sql, list(params)).fetchone()
    return row[0] if row else None


def rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Every row as a dict keyed by column name."""
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
