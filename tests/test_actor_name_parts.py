"""Capitalised words before a listed name that are neither a people's word nor an agent noun
make one longer name, not a description of the listed body: from the roles32 spot set of real
wire reports (Papuan rebels of a "... National Liberation Army" coded as Colombia's ELN).
Our own sentences."""

from __future__ import annotations

import pytest

from crisislens.actors.dictionary import ActorDictionary


def test_name_parts_a_longer_name_is_not_the_listed_body():
    d = ActorDictionary.load()
    assert d.named("National Liberation Army", "2024-01-01").country == "COL"
    assert d.named("Colombian National Liberation Army", "2024-01-01").country == "COL"
    longer = d.named("West Papua National Liberation Army", "2024-01-01")
    assert longer is None or longer.country != "COL"
    assert d.named("rights group Amnesty International", "2024-01-01") is not None


@pytest.mark.slow
def test_name_parts_the_longer_name_takes_its_own_country(extract):
    record = extract(
        "Fighters of the West Papua National Liberation Army killed two soldiers in Nduga,"
        " Indonesian officials said on Saturday."
    )
    attacks = [e for e in record.events if e.event_type == "ASSAULT" and e.actor]
    assert attacks and all(e.actor.country != "COL" for e in attacks)
