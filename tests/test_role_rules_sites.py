"""Names that say where, not who, from the roles29 spot set of real wire reports (raids near a
border, strikes near a neighbour's frontier, suicide attacks headlined with the country's
name): a border's neighbour named in a phrase of place, and a place's name on an attack of a
kind no state carries out. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import word
from crisislens.events import roles
from crisislens.events.rules import nearest

pytestmark = pytest.mark.slow


def test_sites_a_borders_neighbour_is_where(parse):
    doc = parse("Troops raided two hideouts near the border with Chad on Friday.")
    assert nearest.border_neighbour(word(doc, "Chad"))
    doc = parse("Jets bombed a depot near the Turkish border on Friday.")
    assert nearest.border_neighbour(word(doc, "Turkish"))
    doc = parse("The army sent two brigades to its border with Chad on Friday.")
    assert not nearest.border_neighbour(word(doc, "Chad"))  # no phrase of place: a target


def test_sites_no_recipient_from_a_borders_neighbour(extract):
    record = extract("Soldiers raided two hideouts near the border with Chad on Friday.")
    raid = next(e for e in record.events if e.event_type == "ASSAULT")
    assert raid.recipient is None or raid.recipient.country != "TCD"
    record = extract("Warplanes bombed a rebel depot near the Turkish border on Monday.")
    raid = next(e for e in record.events if e.event_type == "ASSAULT")
    assert raid.recipient is None or raid.recipient.country != "TUR"


def test_sites_a_place_on_a_stateless_attack_is_where(parse):
    doc = parse("Mali suicide attack kills 12 soldiers at a market.")
    assert roles.site_of_a_stateless_act(word(doc, "Mali"))
    doc = parse("Mali drone strike kills 12 fighters at a camp.")
    assert not roles.site_of_a_stateless_act(word(doc, "Mali"))  # a state's kind of act


def test_sites_no_doer_from_the_site_of_a_suicide_attack(extract):
    record = extract("Mali suicide attack kills 12 soldiers at a market in Gao.")
    attack = next(e for e in record.events if e.event_type == "ASSAULT")
    assert attack.actor is None or attack.actor.name != "Mali"


def test_sites_a_hyphened_pair_the_parse_hung_elsewhere(extract):
    record = extract("The G20 meeting in Lyon follows U.S.-Kenya talks in Lima.")
    sides = [
        (e.actor and e.actor.country, e.recipient and e.recipient.country) for e in record.events
    ]
    assert ("USA", "KEN") in sides
