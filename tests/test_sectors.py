"""Sectors of generic agents: who a phrase's people are, whatever their head noun."""

import pytest


@pytest.mark.parametrize(
    "text,sector",
    [
        ("Rebel leaders said on Monday that they had attacked the base.", "REB"),  # whose leaders
        ("Opposition officials demanded a recount of the vote.", "OPP"),
        ("Thousands of factory workers went on strike over pay.", "LAB"),
        ("Angry farmers blocked the motorway with tractors.", "AGR"),
        ("The police force arrested twelve students in Bamako on Monday.", "COP"),  # not "force"
        ("Security forces stormed the rebel camp near Gao at dawn.", "MIL"),  # as Phoenix codes
        ("A band of escaped inmates opened fire on wardens in Kisumu.", "CRM"),  # jailbreakers
        ("Armed prisoners shot at the guards during a jailbreak in Mombasa.", "CRM"),
    ],
)
def test_sector_of_generic_agents(extract, text, sector):
    top = max(extract(text).events, key=lambda e: e.confidence)
    assert top.actor is not None and top.actor.sector == sector


def test_attack_with_no_named_attacker_is_unidentified(extract):
    record = extract("A car bomb exploded near the market in Kirkuk, killing five people.")
    attack = next(e for e in record.events if e.event_type == "ASSAULT" and e.actor)
    assert attack.actor.sector == "UAF" and attack.actor.country == "IRQ"
