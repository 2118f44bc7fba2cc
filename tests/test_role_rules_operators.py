"""Who did an attack, or was aimed at, where a phrase beside the verb says: a headline's bare
participle "killed in a rebel ambush", a word of an armed group's kind on an attack noun ("the
separatist attack"), a relative clause the parse hangs on the attack's town, a thing acted on
and whoever runs or fires it ("a drone launched by ..."), and armed groups and parties no
dictionary knew (ONLF, NRM). From the roles34 spot set of real reports (ELN ambushes in
Colombia, al-Shabab raids, Houthi drones, the Ogaden and Uganda). Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _attacks(record, kind="ASSAULT"):
    return [e for e in record.events if e.event_type == kind]


def test_headline_participle_takes_the_ambush_doer(extract):
    record = extract("Three Elbonian soldiers killed in suspected rebel ambush near Dorf")
    attacks = _attacks(record)
    assert any(e.actor is not None and e.actor.sector == "REB" for e in attacks)
    assert all(e.actor is None or e.actor.sector != "MIL" for e in attacks)


def test_armed_kind_on_a_condemned_attack_is_its_doer(extract):
    record = extract("The governor on Monday condemned the separatist ambush on a police post.")
    judged = _attacks(record, "ACCUSE")
    assert any(e.recipient is not None and e.recipient.sector == "REB" for e in judged)


def test_relative_clause_on_the_attacks_town_is_the_attack(extract):
    text = (
        "Residents fled after a jihadist raid on a cattle market in the town of Dori, "
        "which killed nine traders on Sunday."
    )
    killings = [e for e in _attacks(extract(text)) if e.trigger and "killed" in e.trigger.text]
    assert killings and all(e.actor is None or e.actor.text != "Dori" for e in killings)
    assert any(e.actor is not None and e.actor.sector == "REB" for e in killings)


def test_thing_acted_on_is_aimed_at_who_launched_it(extract):
    text = "The navy said it shot down a drone launched by the Iran-backed Houthis on Tuesday."
    downed = [e for e in extract(text, published="2024-01-10").events if e.recipient is not None]
    assert downed and all(e.recipient.country != "IRN" for e in downed)
    assert any(e.recipient.country == "YEM" and e.recipient.sector == "REB" for e in downed)


@pytest.mark.parametrize(
    "text, role, country, sector",
    [
        ("The ONLF attacked an army post near Degehabur on Sunday.", "actor", "ETH", "REB"),
        ("NRM supporters attacked an opposition office in Masaka.", "actor", "UGA", "GOV"),
        ("Police shot dead a Hizbul Mujahideen commander in Sopore.", "recipient", "IND", "REB"),
    ],
)
def test_armed_groups_and_parties_of_the_spot_set(extract, text, role, country, sector):
    parties = [getattr(e, role) for e in _attacks(extract(text))]
    assert any(p is not None and (p.country, p.sector) == (country, sector) for p in parties)
