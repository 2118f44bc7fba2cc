"""One writer and many readers on one embedded DuckDB file, across processes.

DuckDB lets one process open a database file read-write, or any number of processes open it
read-only, never both at once. crisislens shares the file by taking it briefly:

- A writer (``ingest``, ``watch``, ``POST /ingest``) opens the file for one batch and closes it
  after the commit. Before it opens, it touches ``DB.write-intent`` (its PID inside), and keeps
  touching it while it waits for the lock.
- A reader (``serve``) keeps one connection for all concurrent requests, and closes it when no
  request is running and either a writer has announced itself or nothing was asked for
  ``IDLE_SECONDS``. While a fresh intent file is there, new requests wait for the writer.
- Both sides retry a lock held by the other side for up to ``wait`` seconds (30 by default)
  and then fail with one clear line saying which process holds the database.

So ``crisislens serve`` and ``crisislens watch`` (or ``ingest``) run together on one database:
requests wait while a batch is written (milliseconds to a second), and no write is refused.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from crisislens.errors import ResourceError
from crisislens.store.connection import Connection

T = TypeVar("T")
WAIT_SECONDS = 30.0
IDLE_SECONDS = 1.0
INTENT_FRESH_SECONDS = 5.0


class StoreBusyError(ResourceError):
    """The database stayed locked by another process for longer than we wait."""


def intent_path(path: Path) -> Path:
    return path.with_name(path.name + ".write-intent")


def is_lock_error(err: Exception) -> bool:
    text = str(err).lower()
    return isinstance(err, duckdb.Error) and ("lock" in text and "conflicting" in text)


def _holder(err: Exception) -> str:
    found = re.search(r"PID (\d+)", str(err))
    return f"process {found.group(1)}" if found else "another process"


def writer_waiting(path: Path) -> bool:
    """A writer announced itself in the last few seconds."""
    try:
        return time.time() - intent_path(path).stat().st_mtime < INTENT_FRESH_SECONDS
    except OSError:
        return False


def _announce(path: Path) -> None:
    # a read-only folder: readers will still see the lock and let go when idle
    with contextlib.suppress(OSError):
        intent_path(path).write_text(str(os.getpid()))


def _withdraw(path: Path) -> None:
    try:
        intent = intent_path(path)
        if intent.read_text() == str(os.getpid()):
            intent.unlink()
    except OSError:
        pass


def connect(path: Path, read_only: bool, wait: float = WAIT_SECONDS) -> Connection:
    """Open ``path``, waiting up to ``wait`` seconds for a lock held by another process."""
    deadline = time.monotonic() + wait
    delay = 0.01
    try:
        while True:
            if not read_only:
                _announce(path)
            try:
                return Connection(duckdb.connect(str(path), read_only=read_only))
            except duckdb.Error as err:
                if not is_lock_error(err):
                    raise ResourceError(f"cannot open the database {path}: {err}") from err
                if time.monotonic() + delay > deadline:
                    raise StoreBusyError(
                        f"the database {path} is held by {_holder(err)} for more than {wait:g} s; "
                        "stop it or try again (crisislens serve, ingest and watch share a "
                        "database; other programs must close it)"
                    ) from err
                time.sleep(delay)
                delay = min(delay * 2, 0.2)
    finally:
        if not read_only:
            _withdraw(path)


class ReadPool:
    """The server's connection: shared by concurrent requests, let go for writers.

    ``read_only=False`` is for a server that also writes (``serve --token``): its readers and
    its writes share the one read-write connection.
    """

    def __init__(self, path: Path, read_only: bool = True, wait: float = WAIT_SECONDS) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.wait = wait
        self._conn: Connection | None = None
        self._active = 0
        self._last_used = time.monotonic()
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._janitor = threading.Thread(target=self._tidy, daemon=True, name="crisislens-pool")
        self._janitor.start()

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(conn, *args)`` with a cursor of the shared connection (a ``Connection`` per
        call, so requests run concurrently)."""
        conn = self._acquire()
        try:
            cursor = conn.cursor()
            try:
                return fn(cursor, *args)
            finally:
                cursor.close()
        finally:
            self._release()

    def version(self) -> tuple:
        """Changes whenever a writer commits: the key under which answers may be cached."""
        stamps: list[tuple[int, int] | None] = []
        for p in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = p.stat()
                stamps.append((st.st_mtime_ns, st.st_size))
            except OSError:
                stamps.append(None)
        return tuple(stamps)

    def close(self) -> None:
        self._stop.set()
        with self._cond:
            self._close_locked()

    def _close_locked(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _acquire(self) -> Connection:
        deadline = time.monotonic() + self.wait
        with self._cond:
            while True:
                if self._conn is None and writer_waiting(self.path):
                    # let the writer in first; it withdraws its notice once it holds the lock
                    if time.monotonic() > deadline:
                        raise StoreBusyError(
                            f"a writer has held {self.path} for over {self.wait:g} s"
                        )
                    self._cond.wait(0.02)
                    continue
                if self._conn is None:
                    remaining = max(0.0, deadline - time.monotonic())
                    self._conn = connect(self.path, self.read_only, wait=remaining)
                self._active += 1
                return self._conn

    def _release(self) -> None:
        with self._cond:
            self._active -= 1
            self._last_used = time.monotonic()
            if self._active == 0 and writer_waiting(self.path):
                self._close_locked()
            self._cond.notify_all()

    def _tidy(self) -> None:
        while not self._stop.wait(0.05):
            with self._cond:
                if self._conn is None or self._active:
                    continue
                idle = time.monotonic() - self._last_used > IDLE_SECONDS
                if idle or writer_waiting(self.path):
                    self._close_locked()
