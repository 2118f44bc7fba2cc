"""Countries a sentence names only as other parties' (roles26 spot set: a ministry's note to
an embassy, a summoned envoy): the host of a post abroad, a country word inside a place's
name, and the organ whose sentence leaves it no country of its own. Our own sentences."""

from __future__ import annotations

from functools import partial

from conftest import word
from crisislens.actors.context import ArticleContext, count_countries, country_owner
from crisislens.actors.words import ActorWords
from crisislens.schemas import Place


def test_hosts_post_abroad_owns_its_host(parse):
    words = ActorWords.load()
    doc = parse("The ministry condemned the attack on the Chilean embassy in Peru.")
    assert country_owner(word(doc, "Peru"), words).text == "embassy"
    doc = parse("Police in Peru arrested four men.")
    assert country_owner(word(doc, "Peru"), words) is None  # a place there, not a party's


def test_hosts_organ_beyond_others_countries(parse):
    doc = parse("The Foreign Ministry summoned the Chilean envoy on Monday.")
    context = ArticleContext(day=None, countries={"CHL": 2, "PER": 3}, focus_country="PER")
    context.sentence_countries[0] = {"CHL"}
    context.sentence_owned[0] = {"CHL": {word(doc, "envoy").i}}
    ministry = doc[1:3]
    assert context.default_country(doc[0:10]) == "CHL"  # no phrase given: as before
    assert context.default_country(doc[0:10], ministry) == "PER"  # not the envoy's
    context.focus_country, context.countries = "CHL", {"CHL": 2}
    assert context.default_country(doc[0:10], ministry) is None  # none left to give


def test_hosts_country_word_in_a_place_name(parse):
    doc = parse("Officials handed a note to the Chilean Embassy on Monday.")
    start = doc.text.index("Chilean Embassy")
    embassy = Place(text="Chilean Embassy", start=start, end=start + 15, name="x", country="CHL")
    context = ArticleContext(day=None)
    words = ActorWords.load()
    count_countries(
        context,
        doc,
        [embassy],
        lambda t: None,
        lambda t: False,
        partial(country_owner, words=words),
    )
    assert context.sentence_owned[0] == {"CHL": {word(doc, "Embassy").i}}
