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
        ("Human rights groups condemned the arrests of students in Kisumu.", "NGO"),  # "rights"
        ("The party leadership rejected the offer of talks from Nairobi.", "GOV"),
    ],
)
def test_sector_of_generic_agents(extract, text, sector):
    top = max(extract(text).events, key=lambda e: e.confidence)
    assert top.actor is not None and top.actor.sector == sector


@pytest.mark.parametrize(
    "text,sector",
    [
        ("Police in Kisumu arrested nine youths on Monday.", "CVL"),
        ("Soldiers in Gao detained six shepherds near the well.", "AGR"),
        ("Police in Kisumu detained eleven opponents of the governor.", "OPP"),
    ],
)
def test_sector_of_people_acted_on(extract, text, sector):
    """People nouns the agent list names are the recipient, not the place they are in."""
    top = max(extract(text).events, key=lambda e: e.confidence)
    assert top.recipient is not None and top.recipient.sector == sector


def test_attack_with_no_named_attacker_is_unidentified(extract):
    record = extract("A car bomb exploded near the market in Kirkuk, killing five people.")
    attack = next(e for e in record.events if e.event_type == "ASSAULT" and e.actor)
    assert attack.actor.sector == "UAF" and attack.actor.country == "IRQ"
