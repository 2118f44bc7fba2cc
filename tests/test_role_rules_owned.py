"""A state organ with no country of its own does not take a country its sentence names
only as another party's ("the Chilean envoy", "Peru's spokesman"): roles25 spot set
(summons of envoys, remarks by the other side's ministry). Our own sentences."""

from __future__ import annotations

from conftest import word
from crisislens.actors.context import ArticleContext, country_owner
from crisislens.actors.words import ActorWords


def _event(record, kind):
    return next(e for e in record.events if e.event_type == kind)


def test_owned_country_belongs_to_the_party_noun(parse):
    words = ActorWords.load()
    doc = parse("The ministry summoned the Chilean envoy on Monday.")
    assert country_owner(word(doc, "Chilean"), words).text == "envoy"
    doc = parse("The ministry criticised remarks by Peru's spokesman.")
    assert country_owner(word(doc, "Peru"), words).text == "spokesman"
    doc = parse("Four men remain in Peru's custody.")
    assert country_owner(word(doc, "Peru"), words) is None  # custody is no party
    doc = parse("Police in Peru arrested four men.")
    assert country_owner(word(doc, "Peru"), words) is None  # a place, not a party


def test_owned_country_is_not_the_default_of_another_phrase(parse):
    doc = parse("The ministry in Lima summoned the Chilean envoy on Monday.")
    context = ArticleContext(day=None, countries={"CHL": 3, "PER": 1}, focus_country="PER")
    context.sentence_countries[0] = {"CHL", "PER"}
    context.sentence_owned[0] = {"CHL": {word(doc, "envoy").i}}
    assert context.default_country(doc[0:11]) == "CHL"  # as before, with no phrase given
    assert context.default_country(doc[0:11], doc[1:2]) == "PER"  # not the ministry's
    assert context.default_country(doc[0:11], doc[5:8]) == "CHL"  # the envoy's own
    context.focus_country = "ARG"  # the one country left is neither home nor where
    assert context.default_country(doc[0:11], doc[1:2]) == "CHL"


def test_owned_country_not_given_to_a_summoning_ministry(extract):
    record = extract(
        "The Foreign Ministry in Lima summoned the Chilean envoy on Monday to protest "
        "remarks by the Chilean interior minister."
    )
    summons = _event(record, "CONSULT")
    assert summons.actor.country == "PER"
    protest = _event(record, "ACCUSE")
    assert protest.actor is not None and protest.actor.country == "PER"
