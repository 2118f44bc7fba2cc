"""Victims who fell in a fight "with" a party were harmed by that party, from the roles33 spot
set of real wire reports (soldiers and border police killed in clashes and fighting with
Myanmar's ethnic armies were coded as killed by an unidentified armed group). Our own
sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, doer, victims",
    [
        (
            "Seven soldiers were killed in clashes with the Kachin Independence Army on Monday.",
            "Kachin Independence Army",
            "soldiers",
        ),
        (
            "Dozens of border police were killed in fighting with the Arakan Army on Monday.",
            "Arakan Army",
            "police",
        ),
        (
            "Two guards were killed during an exchange of fire with gunmen in Quetta on Monday.",
            "gunmen",
            "guards",
        ),
    ],
)
def test_fought_with_the_other_side_did_it(extract, text, doer, victims):
    record = extract(text)
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(
        e.actor is not None
        and doer in e.actor.text
        and e.recipient is not None
        and victims in e.recipient.text
        for e in attacks
    )


def test_a_fight_with_no_party_names_no_one(extract):
    record = extract("Three soldiers were killed in clashes in Hpakant on Monday.")
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.actor is None or e.actor.sector == "UAF" for e in attacks)
