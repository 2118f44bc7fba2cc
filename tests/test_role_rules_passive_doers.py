"""Doers of passive acts that a phrase other than the "by" agent names (rules/doers.py and
roles.act_doer), from the roles26 spot set of real wire reports on summoned envoys, water
cannons and air strikes. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import word
from crisislens.events import roles
from crisislens.events.rules import doers

pytestmark = pytest.mark.slow


def test_passive_summoning_body_is_the_summoner(parse):
    doc = parse("The Chilean ambassador was summoned to the Foreign Ministry on Tuesday.")
    assert doers.summoning_body(word(doc, "summoned")).text == "Ministry"
    actor, recipient = roles.verb_roles(word(doc, "summoned"), "CONSULT")
    assert (actor.text, recipient.text) == ("Ministry", "ambassador")
    doc = parse("The Chilean ambassador was summoned on Tuesday.")
    assert doers.summoning_body(word(doc, "summoned")) is None
    doc = parse("The trawler was towed to the harbour.")  # no verb of summoning
    assert doers.summoning_body(word(doc, "towed")) is None


def test_passive_agent_after_instrument(parse):
    doc = parse("A Vietnamese trawler was struck with a water cannon by the Chinese navy.")
    assert doers.agent_after_instrument(word(doc, "struck")).text == "navy"
    assert roles.verb_roles(word(doc, "struck"), "ASSAULT")[0].text == "navy"
    doc = parse("A trawler was struck with a rocket by the road near the port.")
    assert doers.agent_after_instrument(word(doc, "struck")) is None  # a place, not a doer


def test_passive_harm_in_an_act_is_by_its_doer(parse):
    doc = parse("Three Hezbollah members were killed in an Israeli drone strike near Tyre.")
    assert doers.harming_act(word(doc, "killed")).text == "strike"
    assert roles.verb_roles(word(doc, "killed"), "ASSAULT")[0].text == "Israeli"
    doc = parse("Four miners died in a Pakistani air raid on Sunday.")
    assert roles.verb_roles(word(doc, "died"), "ASSAULT")[0].text == "Pakistani"
    doc = parse("Nine soldiers were killed in clashes with Turkish troops.")
    assert doers.harming_act(word(doc, "killed")) is None  # both sides fought
    doc = parse("Four miners died in the raid on Sunday.")
    assert roles.verb_roles(word(doc, "died"), "ASSAULT")[0] is None  # no doer named


def test_passive_doers_in_whole_reports(extract):
    record = extract("Peru's envoy was summoned to the Chilean Foreign Ministry over the remarks.")
    consult = next(e for e in record.events if e.event_type == "CONSULT")
    assert (consult.actor.country, consult.recipient.country) == ("CHL", "PER")
    record = extract("Two Hamas fighters were killed in an Israeli drone strike in Rafah.")
    assault = next(e for e in record.events if e.event_type == "ASSAULT")
    assert assault.actor.country == "ISR"
