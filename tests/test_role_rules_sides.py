"""Who did it to whom, from the roles28 spot set of real wire reports (shelling of cities,
clashes at rallies): the act victims fell in, a doer's word that is no victim, a gerund's "by"
phrase and the side that protests. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import word
from crisislens.events import roles
from crisislens.events.rules import doers, nearest

pytestmark = pytest.mark.slow


def test_sides_harm_during_or_after_an_act_is_by_its_doer(parse):
    doc = parse("Four civilians were killed during Turkish shelling of the port on Friday.")
    assert doers.harming_act(word(doc, "killed")).text == "shelling"
    assert roles.verb_roles(word(doc, "killed"), "ASSAULT")[0].text == "Turkish"
    doc = parse("Six farmers were killed after Turkish shelling of their village.")
    assert doers.harming_act(word(doc, "killed")).text == "shelling"
    doc = parse("Six farmers were killed after the harvest festival.")
    assert doers.harming_act(word(doc, "killed")) is None  # no act with a doer


def test_sides_a_doer_word_on_an_act_is_no_victim(parse):
    doc = parse("Six farmers were killed after Turkish shelling of their village.")
    assert nearest.doer_of_an_act(word(doc, "Turkish"))
    doc = parse("Six Turkish farmers were killed near the border.")
    assert not nearest.doer_of_an_act(word(doc, "Turkish"))  # whose farmers, no act


def test_sides_gerund_with_a_by_phrase(parse):
    doc = parse("After shelling by Turkish troops in Afrin on Sunday, nine people were killed.")
    shelling = word(doc, "shelling")  # the parse reads the gerund as a verb with an agent
    assert roles.gerund_agent(shelling).text == "troops"
    assert roles.verb_roles(shelling, "ASSAULT")[0].text == "troops"
    doc = parse("Troops kept shelling the town.")
    assert roles.gerund_agent(word(doc, "shelling")) is None


def test_sides_protesters_protest_whoever_is_named_first(extract):
    record = extract("Police and protesters clashed in central Lima on Monday.")
    protest = next(e for e in record.events if e.event_type == "PROTEST")
    assert (protest.actor.sector, protest.recipient.sector) == ("PRO", "COP")


def test_sides_the_party_blamed_is_no_target(parse):
    doc = parse("It was the third blast in a wave of attacks blamed on groups tied to the Taliban.")
    assert nearest.blamed_party(word(doc, "Taliban"), word(doc, "blast"))
    assert not nearest.blamed_party(word(doc, "Taliban"), word(doc, "blamed"))
    assert not nearest.blamed_party(word(doc, "wave"), word(doc, "blast"))


def test_sides_no_recipient_from_the_party_blamed(extract):
    record = extract(
        "The blast, the third in a wave of attacks blamed on groups tied to the Taliban, "
        "hit a market in Kunduz."
    )
    blast = next(e for e in record.events if e.event_type == "ASSAULT")
    assert blast.recipient is None or blast.recipient.name != "Taliban"


def test_sides_acts_blamed_on_a_party_are_its(parse):
    doc = parse("It was the third blast in a wave of attacks blamed on groups tied to the Taliban.")
    actor, _ = roles.noun_roles(word(doc, "attacks"), "ASSAULT")
    assert actor.text == "groups"  # the attacks blamed on them are theirs
    doc = parse("It was the third blast in a wave of attacks reported on Monday.")
    actor, _ = roles.noun_roles(word(doc, "attacks"), "ASSAULT")
    assert actor is None


def test_sides_a_note_handed_over_is_addressed_to_its_party(parse):
    doc = parse("The ministry handed a protest note to the Peruvian ambassador on Monday.")
    assert roles.active_recipient(word(doc, "handed")).text == "ambassador"
    doc = parse("The ministry handed over a note of protest to the Peruvian envoy.")
    assert roles.active_recipient(word(doc, "handed")).text == "envoy"
    doc = parse("The ministry issued a statement on Monday.")
    assert roles.active_recipient(word(doc, "issued")).text == "statement"


def test_sides_a_set_of_gunmen_are_the_gunmen(extract):
    record = extract("Another set of gunmen stormed the village of Dorf in Zamfara State.")
    raid = next(e for e in record.events if e.event_type == "ASSAULT")
    assert raid.actor.text != "set" and "gunmen" in raid.actor.text
