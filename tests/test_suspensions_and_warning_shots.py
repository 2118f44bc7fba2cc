"""A legislature suspended, warning shots, a firm response promised, a return to the table and
a halt to the fighting: readings the object or the place of the act decides. Sentences of our
own."""

from __future__ import annotations

import pytest


def _types(record) -> set[str]:
    return {e.event_type for e in record.events}


@pytest.mark.parametrize(
    "text",
    [
        "The president suspended parliament for 30 days on Sunday.",
        "Soldiers seized the capital and the junta suspended the legislature.",
    ],
)
def test_a_legislature_suspended_is_coerced(extract, text):
    """A domestic shutdown of politics, as dissolving it is: no sanction of another state."""
    types = _types(extract(text))
    assert "COERCE" in types and "SANCTION" not in types


def test_aid_suspended_stays_a_sanction(extract):
    record = extract("The European Union suspended aid to the country on Monday.")
    assert "SANCTION" in _types(record)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired in the air to scatter the crowd outside the court.",
        "Soldiers fired live rounds into the air as the marchers approached the bridge.",
    ],
)
def test_shots_into_the_air_are_crowd_control(extract, text):
    """Warning shots are aimed at no one: crowd control (CAMEO 175), no shooting attack."""
    types = _types(extract(text))
    assert "COERCE" in types and "ASSAULT" not in types


def test_shots_into_a_crowd_stay_an_attack(extract):
    assert "ASSAULT" in _types(extract("Troops fired live rounds into the crowd, killing four."))


def test_met_with_a_response_is_no_meeting(extract):
    record = extract("Any raid on our border posts will be met with a firm military response.")
    assert "CONSULT" not in _types(record)


def test_a_return_to_the_negotiating_table_is_talks(extract):
    record = extract("The rebels returned to the negotiating table in Doha on Monday.")
    assert "CONSULT" in _types(record) and "RETREAT" not in _types(record)


def test_halting_the_fighting_is_a_truce(extract):
    record = extract("Both armies halted fighting on Saturday morning.")
    assert "RETREAT" in _types(record) and "SANCTION" not in _types(record)
