"""An arrest told in the passive with no doer, in what the police say, is the police's own
(roles24/roles25 spot sets: raid reports from Karachi, St Louis, Suffolk). Our own
sentences."""

from __future__ import annotations

from conftest import word
from crisislens.events.rules.doers import reporting_doer


def _events(record, kind):
    return [e for e in record.events if e.event_type == kind]


def test_speaker_reporting_doer_of_a_passive_arrest(parse):
    doc = parse("Five suspects were arrested in the raid, police said.")
    assert reporting_doer(word(doc, "arrested"), "COERCE", True).text == "police"
    assert reporting_doer(word(doc, "arrested"), "ASSAULT", True) is None  # not its type
    assert reporting_doer(word(doc, "arrested"), "COERCE", False) is None  # not passive
    doc = parse("Nine men were detained by soldiers, police said.")
    assert reporting_doer(word(doc, "detained"), "COERCE", True) is None  # a "by" agent


def test_speaker_police_made_the_arrest(extract):
    record = extract("Five suspects were arrested in the raid in Lahore, police said.")
    arrests = _events(record, "COERCE")
    assert arrests and arrests[0].actor is not None and arrests[0].actor.sector == "COP"


def test_speaker_spokesman_and_army_made_no_act(extract):
    record = extract("A police spokesman said six men had been detained in Lahore.")
    for arrest in _events(record, "COERCE"):
        assert arrest.actor is None or "spokesman" not in arrest.actor.text
    record = extract("Two soldiers were killed near Gao, the army said.")
    for attack in _events(record, "ASSAULT"):
        assert attack.actor is None or attack.actor.text != "army"
