"""Write the namesake test set (tests/data/namesakes.jsonl): short articles about a town or
village whose name other places bear in other countries, each article about one of them.

The towns are drawn from the gazetteer: names that places in at least two countries bear as
their own, where the one the article is about is *not* the most likely by size alone (a bigger
namesake lies abroad), in countries that conflict and disaster news is often about. Each town
goes into one of the article texts below, written for this set, with its country and sometimes
its province. A few hand-written articles cover villages the gazetteer lacks (the answer is
then the article's country, at low confidence, never the namesake abroad).

    .venv/bin/python eval/make_namesakes.py            # rewrites tests/data/namesakes.jsonl

The set is scored by ``crisislens eval namesakes`` (crisislens.evaluation.namesakes).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from crisislens.geo.sources import strip_admin
from crisislens.nlp.names import fold_place_name
from crisislens.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "namesakes.jsonl"
PER_COUNTRY = 4
COUNTRIES = (
    "AFG BFA BGD CAF CMR COD COL ETH HTI IND IRQ KAZ KEN KGZ LBN LBY LKA MEX MLI MMR MOZ NER NGA "
    "PAK PHL PSE SDN SOM SSD SYR TCD TJK TUR UKR UZB VEN YEM ZWE PER BOL NIC HND GTM"
).split()

# {town}, {country}, {province} and {capital} are filled in; every text is ours
TEMPLATES = (
    "Gunmen attacked {town} overnight, killing at least 12 people, officials in {country} "
    "said. The army sent reinforcements to the area on Sunday.",
    "Floods swept through {town} on Tuesday. The disaster agency of {country} said hundreds of "
    "homes in {province} were damaged.",
    "Hundreds of people marched in {town} to demand better roads and clean water, local media "
    "in {country} reported.",
    "Security forces in {country} arrested five suspects in {town} after a bomb exploded near a "
    "market, wounding eight people.",
    "A cholera outbreak has killed nine people in {town}, {province}, the health ministry of "
    "{country} said on Friday.",
    "Residents of {town} fled their homes as fighting between rebels and the army of {country} "
    "reached the outskirts of the town.",
    "The governor of {province} visited {town} in {country} on Monday after a fire destroyed "
    "the town's main market.",
    "Police fired tear gas at farmers blocking the highway near {town}. Protests over fuel "
    "prices have spread across {country} this month.",
    # no country named: its capital or the province is the only evidence
    "Residents of {town} blocked the main road to {capital} to protest against power cuts.",
    "Officials in {province} said {town} had run out of clean water after the floods.",
)

# villages the gazetteer lacks, in articles that name their country: the answer is the
# country (or its province), never a namesake abroad
MISSING = (
    {
        "text": "Gunmen killed more than 100 people in Solhan, a village in the north of Burkina "
        "Faso, the government said. Burkina Faso declared three days of mourning.",
        "name": "Solhan",
        "country": "BFA",
    },
    {
        "text": "Soldiers were ambushed near Tongomayel in northern Burkina Faso on Thursday, "
        "the army said.",
        "name": "Tongomayel",
        "country": "BFA",
    },
)


def _rows(conn: sqlite3.Connection) -> list[tuple]:
    """Cities whose own name bigger cities in other countries bear, and no other town of some
    size in their own country."""
    return conn.execute(
        """
        WITH named AS (
            SELECT place_id, name, country, admin1, lat, lon, population FROM places
            WHERE feature = 'city' AND population >= 1000 AND population < 200000
        ), rivals AS (
            SELECT n.place_id, max(p.population) AS rival FROM named n
            JOIN places p ON p.name = n.name AND p.feature = 'city' AND p.country != n.country
            GROUP BY n.place_id
        )
        SELECT n.place_id, n.name, n.country, n.admin1, n.lat, n.lon, n.population, r.rival
        FROM named n JOIN rivals r USING (place_id)
        WHERE r.rival > n.population AND length(n.name) >= 4
          AND NOT EXISTS (  -- one of its name in its country, so the article says which
            SELECT 1 FROM places q WHERE q.name = n.name AND q.country = n.country
            AND q.feature = 'city' AND q.place_id != n.place_id AND q.population >= 500)
        ORDER BY n.country, n.population DESC
        """
    ).fetchall()


def _twins(conn: sqlite3.Connection, row: tuple) -> bool:
    """Another town in the same country whose name folds to the same ("Raipur")."""
    place_id, name, iso3 = row[:3]
    return any(
        fold_place_name(other) == fold_place_name(name)
        for (other,) in conn.execute(
            "SELECT name FROM places WHERE country = ? AND feature = 'city' AND population >= 500"
            " AND place_id != ? AND substr(name, 1, 1) = substr(?, 1, 1)",
            (iso3, place_id, name),
        )
    )


def _country_names(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT country, name FROM places WHERE feature = 'country'"))


def _capitals(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT country, name FROM places WHERE capital = 1"))


def main() -> None:
    conn = sqlite3.connect(Settings.from_env().gazetteer_path)
    countries, capitals = _country_names(conn), _capitals(conn)
    picked: dict[str, list[tuple]] = {}
    seen = {(row[2], fold_place_name(row[1])) for row in _rows(conn) if _twins(conn, row)}
    for row in _rows(conn):
        _, name, iso3, admin1, *_ = row
        if (iso3, fold_place_name(name)) in seen:
            continue  # "Rāipur" and "Raipur": two towns of one name in one country
        seen.add((iso3, fold_place_name(name)))
        chosen = picked.setdefault(iso3, [])
        if (
            iso3 in COUNTRIES
            and admin1
            and len(chosen) < PER_COUNTRY
            and all(name != other[1] for other in chosen)
        ):
            chosen.append(row)
    items = []
    for iso3 in COUNTRIES:
        for _, name, _, admin1, lat, lon, population, rival in picked.get(iso3, []):
            digest = hashlib.sha1(f"{iso3}:{name}".encode()).digest()
            template = TEMPLATES[digest[0] % len(TEMPLATES)]
            text = template.format(
                town=name,
                country=countries[iso3],
                province=strip_admin(admin1) or admin1,
                capital=capitals[iso3],
            )
            items.append(
                {"text": text, "name": name, "country": iso3, "lat": lat, "lon": lon}
                | {"population": population, "rival_population": rival}
            )
    items += MISSING
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items))
    print(f"{len(items)} articles -> {OUT}")


if __name__ == "__main__":
    main()
