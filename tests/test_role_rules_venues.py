"""Towns that say where, not who, from the roles30 spot set of real wire reports (peace talks
named after the Swiss city that hosts them, mosque and hotel attacks headlined with the
capital's name): a town's name on a meeting's noun, and a town's name before a site's noun
on an attack noun. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import word
from crisislens.events.rules import nearest

pytestmark = pytest.mark.slow


def test_venues_a_town_before_a_site_is_where(parse, pipeline):
    actors = pipeline.events.actors
    doc = parse("The Mosul mosque attack left nine worshippers dead on Friday.")
    assert nearest.names_where(word(doc, "Mosul"), "ASSAULT", actors)
    doc = parse("The Mosul police attack left nine gunmen dead on Friday.")
    assert not nearest.names_where(word(doc, "Mosul"), "ASSAULT", actors)  # no site


def test_venues_no_town_as_the_attacker_of_a_site(parse, pipeline, extract):
    from crisislens.events.rules.participants import said_where

    actors = pipeline.events.actors
    doc = parse("The Mosul mosque attack killed nine worshippers on Friday.")
    assert said_where(word(doc, "attack"), "ASSAULT", actors)
    doc = parse("The Mosul police attack killed nine gunmen on Friday.")
    assert not said_where(word(doc, "attack"), "ASSAULT", actors)
    record = extract("The Mosul mosque attack killed nine worshippers on Friday.")
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.actor is None or "Mosul" not in e.actor.text for e in attacks)


def test_venues_a_town_on_tribal_violence_is_where(parse):
    from crisislens.events import roles

    doc = parse("Nine killed in Burundi tribal violence, police say.")
    assert roles.site_of_a_stateless_act(word(doc, "Burundi"))


def test_venues_a_headlines_country_label_is_no_party(parse, extract):
    doc = parse("Yemen: attack in Taiz mosque kills nine")
    assert nearest.story_label(word(doc, "Yemen"))
    doc = parse("Yemen said the attack in Taiz killed nine.")
    assert not nearest.story_label(word(doc, "Yemen"))
    record = extract("Yemen: attack in Taiz mosque kills nine")
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.actor is None or e.actor.sector != "GOV" for e in attacks)


def test_venues_who_flew_in_for_talks_takes_part(parse):
    from crisislens.events.rules.doers import came_for

    doc = parse("The rebel envoys flew into Lugano on Monday for a new round of talks.")
    assert came_for(word(doc, "talks")).text == "envoys"
    doc = parse("The rebel envoys flew into Lugano on Monday for a medical check.")
    assert came_for(word(doc, "check")) is None  # no meeting
    doc = parse("The rebel envoys praised Lugano on Monday for a new round of talks.")
    assert came_for(word(doc, "talks")) is None  # no verb of coming


def test_venues_no_town_as_who_came_for_talks(extract):
    record = extract("The rebel envoys flew into Lugano on Monday for a new round of talks.")
    talks = [e for e in record.events if e.event_type == "CONSULT"]
    assert talks and all(e.actor is not None and e.actor.text != "Lugano" for e in talks)


def test_venues_the_actors_own_town_on_the_talks_a_verb_held_is_where(extract):
    """From the roles32 and roles33 spot sets (talks held at home coded as talks with the home
    town's government): "held talks in Oslo" by Oslo's own side names where; by a visitor,
    the hosts."""
    record = extract("Kenyan Foreign Minister Jan Example held talks in Nairobi on Tuesday.")
    talks = [e for e in record.events if e.event_type == "CONSULT"]
    assert talks and all(e.recipient is None or "Nairobi" not in e.recipient.text for e in talks)
    record = extract("Norwegian Foreign Minister Jan Example held talks in Nairobi on Tuesday.")
    talks = [e for e in record.events if e.event_type == "CONSULT"]
    assert talks and all(e.recipient is not None and e.recipient.country == "KEN" for e in talks)
