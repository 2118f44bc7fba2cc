"""One test per rule of crisislens/actors/states.py (which state a phrase stands for), each on
sentences of our own run through the real parser."""

from __future__ import annotations

import pytest

from crisislens.actors import states
from crisislens.actors.mention import Mention, entity_of, phrase

pytestmark = pytest.mark.slow


def _mention(head, context) -> Mention:
    return Mention(phrase(head), head, context, entity_of(head))


def _town(coder, head):
    span = phrase(head)
    inner = next(e for e in head.doc.ents if e.label_ in ("GPE", "ORG"))
    return states.town_country(coder, inner, span, head)


def test_rule_town_country_a_town_before_the_agent(coder, head_in):
    head, _ = head_in("Kumasi police arrested two traders.", "police")
    assert _town(coder, head) == "GHA"
    head, _ = head_in("The Mosul governor condemned the bombing.", "governor")
    assert _town(coder, head) == "IRQ"
    head, context = head_in("Benghazi police detained three men.", "police")
    assert coder.code(head, context).country == "LBY"


def test_rule_town_country_needs_one_likely_country(coder, head_in):
    # Portugal's Lagos is a far smaller town than Nigeria's: Nigeria
    head, _ = head_in("Lagos police broke up the march.", "police")
    assert _town(coder, head) == "NGA"
    # a place named after the head is no modifier of it
    head, _ = head_in("Police arrested two traders in Kumasi.", "Police")
    assert _town(coder, head) is None


def test_rule_state_of_a_post_is_the_owners_state(coder, head_in):
    head, context = head_in(
        "Ghanaian diplomat Kwame Mensah said his UN mission would stay open.", "mission"
    )
    actor = coder.code(head, context)
    assert (actor.country, actor.sector) == ("GHA", "GOV")
    head, context = head_in(
        "Nigerian envoy Ade Bello said his country's embassy would close.", "embassy"
    )
    mention = _mention(head, context)
    states.state_of_a_post(coder, mention)
    assert (mention.country, mention.sector) == ("NGA", "GOV")


def test_rule_state_of_a_post_his_is_the_nearest_official(coder, head_in):
    head, context = head_in(
        "Jan Kowalski spoke first. Kenya's ambassador listened, but his UN mission objected.",
        "mission",
    )
    context.last_person = coder.code(head.doc[1], context)
    actor = coder.code(head, context)
    assert (actor.country, actor.sector) == ("KEN", "GOV")


def test_rule_state_of_a_post_leaves_a_body_of_its_own(coder, head_in):
    head, context = head_in("The UN mission in Mali condemned the attack.", "mission")
    mention = _mention(head, context)
    states.state_of_a_post(coder, mention)
    assert mention.country is None
    assert coder.code(head, context).country == "IGO"


def test_rule_multinational_force_is_no_states(coder, head_in):
    head, context = head_in("International forces carried out a raid near Kunduz.", "forces")
    actor = coder.code(head, context)
    assert (actor.country, actor.sector) == ("IGO", "MIL")
    head, context = head_in("Multinational troops patrolled the border.", "troops")
    assert coder.code(head, context).country == "IGO"
    head, context = head_in("The international community condemned the coup.", "community")
    actor = coder.code(head, context)
    assert (actor.country, actor.sector) == ("IGO", "IGO")
    head, context = head_in("Kenyan troops patrolled the border.", "troops")
    assert coder.code(head, context).country == "KEN"


def test_rule_named_with_nationality_a_listed_longer_name(coder, head_in):
    head, context = head_in("The Pakistani Taliban attacked a checkpoint.", "Taliban")
    actor = coder.code(head, context)
    assert (actor.country, actor.sector) == ("PAK", "REB")
    head, context = head_in("The Afghan Taliban denied the report.", "Taliban")
    assert coder.code(head, context).country == "AFG"


def test_rule_named_with_nationality_a_foreign_branch(coder, head_in):
    head, context = head_in("The Somali Islamic State claimed the bombing.", "State")
    ent = entity_of(head)
    coded = states.named_with_nationality(coder, ent, context.day)
    assert (coded.country, coded.sector) == ("SOM", "REB")


def test_rule_a_states_post_is_its_government(coder, head_in):
    head, context = head_in("The Iranian UN mission rejected the claim.", "mission")
    mention = _mention(head, context)
    mention.country = "IRN"
    states.a_states_post(coder, mention)
    assert mention.sector == "GOV"
    head, context = head_in("A rescue mission reached the village.", "mission")
    mention = _mention(head, context)
    states.a_states_post(coder, mention)
    assert mention.sector is None
