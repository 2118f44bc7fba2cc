"""A carrier named as such is a business, and an ambassador the envoy named just before, from
the roles31 spot set of real wire reports (gangs firing on an airliner of a named carrier; a
ministry summoning an envoy over "the ambassador's" remarks). Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_companies_a_named_carrier_is_a_business(extract):
    record = extract(
        "Gunmen in Haiti opened fire on a Dorfline Airlines plane as it landed on Monday."
    )
    hit = [e.recipient for e in record.events if e.event_type == "ASSAULT" and e.recipient]
    assert hit and all(r.sector == "BUS" for r in hit if "Dorfline" in r.text)
    assert any("Dorfline" in r.text for r in hit)


def test_companies_the_ambassador_is_the_envoy_named_before(extract):
    record = extract(
        "Seoul summoned the Japanese envoy on Monday to protest the ambassador's remarks"
        " about its ties with the United States."
    )
    protests = [e for e in record.events if e.event_type == "ACCUSE" and e.recipient]
    assert protests and all(e.recipient.country == "JPN" for e in protests)
