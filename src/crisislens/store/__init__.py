"""Events <-> DuckDB: schema and migrations, idempotent writes, queries, stories, exports."""

from crisislens.store.db import Store

__all__ = ["Store"]
