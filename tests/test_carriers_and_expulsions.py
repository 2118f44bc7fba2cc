"""A carrier that halts its own flights or services sanctions no one: only a state or a party
that halts flights or aid to another does. A diplomat declared persona non grata is expelled.
Each is tried on sentences of our own, beside the readings that stay."""

from __future__ import annotations

import pytest

from conftest import asserted_events, readings

pytestmark = pytest.mark.slow
PUB = "2025-03-10"  # a Monday


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # no_event_subjects: suspend, halt, cancel (carriers)
        ("Two airlines suspended flights to Tolmo on Monday after the shelling.", "SANCTION"),
        ("The Velm rail operator halted services on the coastal line on Sunday.", "SANCTION"),
    ],
)
def test_a_carrier_halting_its_services_is_no_sanction(extract, text, event_type):
    record = extract(text, published=PUB)
    assert not asserted_events(record, event_type), readings(record)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Kestland suspended all flights to Norland on Monday over the arrests.", "SANCTION"),
        ("Norland suspended its aid to Kestland on Sunday.", "SANCTION"),
    ],
)
def test_a_state_halting_flights_or_aid_sanctions(extract, text, event_type):
    record = extract(text, published=PUB)
    assert asserted_events(record, event_type), readings(record)


@pytest.mark.parametrize(
    "text",
    [
        "Velm on Monday declared two Kestish diplomats persona non grata over the spying row.",
        "The Norlish envoy to Velm was declared persona non grata on Sunday, the ministry said.",
    ],
)
def test_declared_persona_non_grata_is_an_expulsion(extract, text):
    """triggers.declared_unwelcome."""
    record = extract(text, published=PUB)
    assert asserted_events(record, "SANCTION"), readings(record)


def test_an_envoy_who_stays_unwelcome_is_no_new_expulsion(extract):
    record = extract("The Norlish envoy remains persona non grata in Velm, officials said.")
    assert not asserted_events(record, "SANCTION"), readings(record)
