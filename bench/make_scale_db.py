"""Fill a DuckDB store with N synthetic but realistic events, for load and latency tests.

    .venv/bin/python bench/make_scale_db.py --events 1000000 --db /tmp/scale.duckdb

Events get PLOVER types in a news-like mix, dates over two years, places scattered around a
few dozen real cities, actors and recipients from country and sector lists, evidence text and
quantities. Written with DuckDB's own generators, so a million rows take seconds.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import duckdb

from crisislens.store.connection import Connection
from crisislens.store.schema import migrate

CITIES = [
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Almaty", "KAZ", 43.25, 76.91),
    ("Khartoum", "SDN", 15.55, 32.53),
    ("Kabul", "AFG", 34.53, 69.17),
    ("Lagos", "NGA", 6.45, 3.39),
    ("Kaduna", "NGA", 10.52, 7.44),
    ("Damascus", "SYR", 33.51, 36.29),
    ("Idlib", "SYR", 35.93, 36.63),
    ("Gaza", "PSE", 31.5, 34.47),
    ("Beirut", "LBN", 33.89, 35.5),
    ("Baghdad", "IRQ", 33.34, 44.4),
    ("Tehran", "IRN", 35.69, 51.42),
    ("Karachi", "PAK", 24.86, 67.01),
    ("Dhaka", "BGD", 23.71, 90.41),
    ("Yangon", "MMR", 16.87, 96.2),
    ("Manila", "PHL", 14.6, 120.98),
    ("Caracas", "VEN", 10.49, -66.88),
    ("Bogota", "COL", 4.61, -74.08),
    ("Mexico City", "MEX", 19.43, -99.13),
    ("Port-au-Prince", "HTI", 18.54, -72.34),
    ("Paris", "FRA", 48.85, 2.35),
    ("Minsk", "BLR", 53.9, 27.57),
    ("Tbilisi", "GEO", 41.69, 44.8),
    ("Bamako", "MLI", 12.65, -8.0),
    ("Ouagadougou", "BFA", 12.37, -1.53),
    ("Goma", "COD", -1.68, 29.23),
    ("Mogadishu", "SOM", 2.04, 45.34),
    ("Addis Ababa", "ETH", 9.03, 38.74),
    ("Nairobi", "KEN", -1.29, 36.82),
    ("Santiago", "CHL", -33.45, -70.67),
]
TYPES = (
    ["PROTEST"] * 22
    + ["ASSAULT"] * 25
    + ["COERCE"] * 15
    + ["MOBILIZE"] * 5
    + ["ACCUSE"] * 8
    + ["REQUEST"] * 6
    + ["CONSULT"] * 6
    + ["AGREE"] * 4
    + ["THREATEN"] * 4
    + ["SANCTION"] * 2
    + ["AID"] * 2
    + ["REJECT"] * 1
)
SECTORS = ["GOV", "MIL", "COP", "REB", "PRO", "CVL", "OPP", "IGO"]
MODALITIES = ["asserted"] * 17 + ["possible", "planned", "negated"]


def build(db: Path, n_events: int) -> dict:
    started = time.perf_counter()
    db.unlink(missing_ok=True)
    conn = duckdb.connect(str(db))
    migrate(Connection(conn))
    conn.execute(
        "CREATE TEMP TABLE cities AS SELECT * FROM (VALUES "
        + ", ".join(f"({i}, '{c[0]}', '{c[1]}', {c[2]}, {c[3]})" for i, c in enumerate(CITIES))
        + ") t(i, name, country, lat, lon)"
    )
    conn.execute(
        "CREATE TEMP TABLE types AS SELECT * FROM (VALUES "
        + ", ".join(f"({i}, '{t}')" for i, t in enumerate(TYPES))
        + ") t(i, event_type)"
    )
    n_articles = max(1, n_events // 3)
    conn.execute(f"""
        INSERT INTO articles (article_id, source_id, title, url, published, text, tone,
                              loaded_terms, origin)
        SELECT printf('%016x', i), 'synthetic-' || i, 'Synthetic report ' || i,
               'https://outlet' || (i % 40) || '.example/' || i,
               DATE '2024-01-01' + CAST(i % 730 AS INTEGER),
               'Synthetic article ' || i || '. Police and protesters clashed in the city on '
               || 'Monday, officials said, and dozens of people were arrested.',
               CAST(hash(i) % 200 AS INTEGER) / 100.0 - 1.0, '[]', 'scale'
        FROM range({n_articles}) r(i)""")
    conn.execute(f"""
        INSERT INTO events (event_id, article_id, event_type, mode, context, acled_event_type,
            acled_sub_event_type, modality, date, day, confidence, evidence_text,
            evidence_start, evidence_end, trigger_text, actor_text, actor_name, actor_country,
            actor_sector, recipient_text, recipient_name, recipient_country, recipient_sector,
            place_name, place_geonameid, place_country, place_admin1, place_feature, lat, lon,
            quantities, record)
        SELECT printf('%016x', 1000000000000 + n), printf('%016x', n % {n_articles}),
               t.event_type, NULL, [], NULL, NULL,
               (['asserted','asserted','asserted','asserted','asserted','asserted','possible',
                 'planned','negated','asserted'])[CAST(1 + (hash(n * 7) % 10) AS BIGINT)],
               strftime(DATE '2024-01-01' + CAST((n % {n_articles}) % 730 AS INTEGER), '%Y-%m-%d'),
               DATE '2024-01-01' + CAST((n % {n_articles}) % 730 AS INTEGER),
               0.4 + (hash(n) % 60) / 100.0,
               'Police and protesters clashed in ' || c.name || ' on Monday, officials said.',
               0, 70, 'clashed',
               s1.sector, c.name || ' ' || lower(s1.sector), c.country, s1.sector,
               s2.sector, c2.name || ' ' || lower(s2.sector), c2.country, s2.sector,
               c.name, 1000 + c.i, c.country, NULL, 'city',
               c.lat + (CAST(hash(n * 3) % 100 AS INTEGER) - 50) / 100.0,
               c.lon + (CAST(hash(n * 5) % 100 AS INTEGER) - 50) / 100.0,
               '[{{"kind": "dead", "value": ' || (hash(n) % 20) || ', "text": "x", "start": 0, "end": 1}}]',
               '{{}}'
        FROM range({n_events}) r(n)
        JOIN types t ON t.i = hash(n) % {len(TYPES)}
        JOIN cities c ON c.i = hash(n * 11) % {len(CITIES)}
        JOIN cities c2 ON c2.i = hash(n * 13) % {len(CITIES)}
        JOIN (SELECT * FROM (VALUES {", ".join(f"({k}, '{s}')" for k, s in enumerate(SECTORS))})
              v(k, sector)) s1 ON s1.k = hash(n * 17) % {len(SECTORS)}
        JOIN (SELECT * FROM (VALUES {", ".join(f"({k}, '{s}')" for k, s in enumerate(SECTORS))})
              v(k, sector)) s2 ON s2.k = hash(n * 19) % {len(SECTORS)}""")
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events")
    }
    conn.execute("CHECKPOINT")
    conn.close()
    return {
        **counts,
        "seconds": round(time.perf_counter() - started, 1),
        "bytes": db.stat().st_size,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/crisislens-scale.duckdb"))
    args = parser.parse_args()
    print(build(args.db, args.events))


if __name__ == "__main__":
    main()
