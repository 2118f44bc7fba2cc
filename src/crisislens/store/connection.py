"""The store's connection: a DuckDB connection with the few things every query does with it.

Every function of ``crisislens.store`` takes a ``Connection``, as sqlite-utils' functions take
its ``Database``: ``Store.conn`` and the server's readers (``store/access.py``) hand one out,
and nothing outside ``store/`` writes SQL. ``transaction()`` is the one place that writes
BEGIN, COMMIT and ROLLBACK.

>>> conn = Connection.memory()
>>> with conn.transaction():
...     _ = conn.execute("CREATE TABLE t (x INTEGER, y VARCHAR)")
...     conn.insert("t", ("x", "y"), [(1, "a"), (2, "b")])
>>> conn.scalar("SELECT count(*) FROM t"), conn.rows("SELECT * FROM t WHERE x = ?", [2])
(2, [{'x': 2, 'y': 'b'}])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb


class Connection:
    """A DuckDB connection (or cursor) as the store uses it.

    ``execute`` runs one statement with its parameters and returns DuckDB's result, read with
    ``fetchone``, ``fetchall``, ``fetchmany`` and ``description``; ``scalar``, ``one`` and
    ``rows`` read it for you; ``insert`` writes many rows in one columnar scan; ``transaction`` stores a block
    whole or not at all. ``raw`` is the DuckDB connection itself, for what is not here.
    """

    __slots__ = ("raw",)

    def __init__(self, raw: duckdb.DuckDBPyConnection) -> None:
        self.raw = raw

    @classmethod
    def memory(cls) -> Connection:
        """A new in-memory database (tests, evaluations)."""
        return cls(duckdb.connect(":memory:"))

    def execute(self, sql: str, params: Sequence[Any] = ()) -> duckdb.DuckDBPyConnection:
        """Run one statement; values only ever as ``params``, never in the SQL text."""
        return self.raw.execute(sql, list(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per row of parameters."""
        self.raw.executemany(sql, [list(row) for row in rows])

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or None when there is no row."""
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
        """The one row of a query that always has one (an aggregate such as ``count(*)``)."""
        row = self.execute(sql, params).fetchone()
        if row is None:
            raise LookupError(f"no row from {sql[:60]!r}")
        return row

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Every row as a dict keyed by column name."""
        result = self.execute(sql, params)
        names = [d[0] for d in result.description]
        return [dict(zip(names, row)) for row in result.fetchall()]

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows through Arrow: one columnar scan instead of a statement per row.
        ``table`` and ``columns`` are the store's own names, never a user's."""
        if not rows:
            return
        import pyarrow as pa

        batch = pa.table({name: list(values) for name, values in zip(columns, zip(*rows))})
        self.raw.register("_batch", batch)
        quoted = ", ".join(f'"{c}"' for c in columns)
        self.raw.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM _batch")
        # (after a failed insert the transaction is aborted and takes no more statements: the
        # batch stays registered until the next insert replaces it)
        self.raw.unregister("_batch")

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """The block runs in one transaction: committed at its end, rolled back (and the error
        raised again) if it fails, so a batch is stored whole or not at all."""
        self.raw.execute("BEGIN TRANSACTION")
        try:
            yield self
        except BaseException:
            self.raw.execute("ROLLBACK")
            raise
        self.raw.execute("COMMIT")

    def cursor(self) -> Connection:
        """Another cursor on the same database (for a request running beside others)."""
        return Connection(self.raw.cursor())

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
