"""The Phoenix dictionaries' TABARI format, read into crisislens's derived files, on entries
written for these tests (not copied from the dictionaries)."""

from __future__ import annotations

from crisislens.actors.phoenix import (
    CameoCodes,
    build,
    display_name,
    parse_actors,
    parse_agents,
    to_row,
    without_place_names,
)

NOTICE = "# The MIT License (MIT)\n# Copyright (c) someone\n# THE SOFTWARE.\n"

ACTORS = """\
# a comment line
RURITANIA_  [RUR]
+STRELSAU_
JANE_EXAMPLE_  # a made-up leader
+MADAME_EXAMPLE_
\t[RURELI 700101-050601]
\t[RURGOVMIL >050601]
\t[RURELI]
ROSE_PARTY_(ROSE)_ [RURREB] # a made-up armed group
+RED_ROSES_(STRELSAU)_
WORLD_FRIENDS_ [NGOHRI]
REGIONAL_PEOPLE_ [MEAREB]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
FISHER!PERSON! [~AGR]
BARN_OWNER {BARNS_OWNERS} [~BUSAGR]
"""


def test_phoenix_parse_entries_and_dates():
    entries = list(parse_actors(ACTORS.splitlines()))
    jane = next(e for e in entries if e.name == "JANE EXAMPLE")
    assert jane.aliases == ["MADAME EXAMPLE"]
    assert jane.codes == [
        ("RURELI", "1970-01-01", "2005-06-01"),
        ("RURGOVMIL", "2005-06-01", None),
        ("RURELI", None, None),
    ]


def test_phoenix_codes_become_country_and_sector():
    codes = CameoCodes.load()
    assert codes.split("KAZGOVMIL") == ("KAZ", "GOV")
    assert codes.split("YUGMIL") == ("SRB", "MIL")
    assert codes.split("NGOHRI") == ("IGO", "NGO")
    assert codes.split("IGOUNOKID") == ("IGO", "IGO")
    assert codes.split("MEAREB") is None  # a region, no country


def test_phoenix_rows_drop_places_and_place_aliases():
    codes = CameoCodes.load()
    entries = list(parse_actors(ACTORS.splitlines()))
    assert to_row(entries[0], codes) is None  # "RURITANIA [RUR]" is a place
    rows = {r.name: r for r in without_place_names(entries, codes)}
    assert rows["Jane Example"].person
    assert rows["Jane Example"].roles[1] == ("RUR", "GOV", "2005-06-01", None)
    assert rows["Rose Party"].aliases == ("ROSE", "RED ROSES")  # STRELSAU is a place
    assert rows["World Friends"].roles[0][:2] == ("IGO", "NGO")
    assert "Regional People" not in rows


def test_phoenix_agents_expand_macros_and_plurals():
    pairs = dict(parse_agents(AGENTS.splitlines(), CameoCodes.load()))
    assert pairs["fisherman"] == "AGR" and pairs["fisherwoman"] == "AGR"
    assert pairs["barn owner"] == "BUS" and pairs["barns owners"] == "BUS"


def test_phoenix_display_names():
    assert display_name("VLADIMIR EXAMPLE") == "Vladimir Example"
    assert display_name("AL-EXAMPLE IN THE NORTH") == "Al-Example in the North"
    assert display_name("UN") == "UN"


def test_phoenix_build_writes_the_notice_and_rows(tmp_path):
    source = tmp_path / "dict"
    source.mkdir()
    for name in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ):
        (source / name).write_text(ACTORS if "Countries" in name else "", encoding="utf-8")
    (source / "Phoenix.agents.txt").write_text(NOTICE + AGENTS, encoding="utf-8")
    actors, agents = build(source, tmp_path)
    assert (actors, agents) == (3, 5)
    text = (tmp_path / "phoenix_actors.tsv").read_text(encoding="utf-8")
    assert "The MIT License" in text
    assert "Jane Example\tMADAME EXAMPLE\t" in text
