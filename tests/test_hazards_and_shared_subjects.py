"""What a natural hazard does, told in a relative clause on it or in the clause of time of
the harm, is no one's attack; and a passive verb joined to another with no subject of its
own acts on the other's subject. Each is tried on sentences of our own, beside the readings
that stay."""

from __future__ import annotations

import pytest

from conftest import asserted_events, readings

pytestmark = pytest.mark.slow
PUB = "2025-03-10"  # a Monday


@pytest.mark.parametrize(
    "text",
    [
        # verb_vetoes.hazard_did_it: a relative clause on the hazard
        "Rescuers in Tolmo searched the rubble on Tuesday after the earthquake that killed "
        "at least 40 residents of the old quarter.",
        "Aid reached Tolmo on Tuesday, two days after the cyclone that struck the Velm coast.",
        # the hazard in the clause of time of a harm told in the passive
        "At least 90 villagers were killed near Tolmo on Sunday after a typhoon hit the coast, "
        "the Red Cross said.",
        # the hazard after "in" or "during"
        "Eleven villagers were killed in the earthquake near Tolmo on Sunday, officials said.",
        # the clause of time hung on the verb joined to the harm
        "Some 60 fishermen were killed and dozens were missing after a cyclone hit the Velm "
        "coast on Sunday.",
    ],
)
def test_harm_done_by_a_hazard_is_no_attack(extract, text):
    record = extract(text, published=PUB)
    assert not [e for e in record.events if e.event_type in ("ASSAULT", "PROTEST")], readings(
        record
    )


@pytest.mark.parametrize(
    "text",
    [
        "The militia that attacked Tolmo on Sunday killed nine soldiers, the army said.",
        "At least 90 villagers were killed near Tolmo on Sunday after gunmen raided the market.",
        "Eleven villagers were killed by gunmen near Tolmo during the storm on Sunday.",
        "Eleven villagers were killed near Tolmo on Sunday in the crisis over the mines.",
    ],
)
def test_attacks_by_people_stay(extract, text):
    record = extract(text, published=PUB)
    assert asserted_events(record, "ASSAULT"), readings(record)


def test_a_passive_conjunct_acts_on_the_shared_subject(extract):
    """triggers._shared_passive_subject: "imposed" has no subject of its own; the tariffs are
    imposed (a sanction, planned here), no coercion of no one."""
    record = extract(
        "Norland said on Monday that its tariffs on Kestish steel would be announced and "
        "imposed this week.",
        published=PUB,
    )
    assert not [e for e in record.events if e.event_type == "COERCE"], readings(record)
    assert [e for e in record.events if e.event_type == "SANCTION"], readings(record)


def test_a_conjunct_with_its_own_subject_keeps_it(extract):
    record = extract(
        "The two envoys were summoned on Monday and Velm expelled them on Tuesday.",
        published=PUB,
    )
    assert [e for e in record.events if e.event_type == "SANCTION"], readings(record)
