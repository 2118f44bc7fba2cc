"""A state organ that judges an act abroad is not of the country where the act was (roles27
spot set: Jordanian, Lebanese and Qatari ministries condemning attacks in Baghdad, Peshawar and
Damascus were coded as Iraq's, Pakistan's and Syria's). Our own sentences."""

from __future__ import annotations

import pytest

from conftest import word
from crisislens.actors.context import judged_act
from crisislens.actors.words import ActorWords

pytestmark = pytest.mark.slow

MARKET = "The Foreign Ministry on Monday condemned the bombing of a market in central Mosul."
CONSULATE = "The foreign ministry condemned the attack on the Kenyan consulate in Kampala."


def _condemnation(record):
    return next(e for e in record.events if e.event_type == "ACCUSE")


def test_context_judged_act(parse):
    words = ActorWords.load()
    doc = parse(MARKET)
    assert judged_act(word(doc, "Mosul"), words).text == "bombing"
    assert judged_act(word(doc, "Ministry"), words) is None  # the judge's own phrase
    doc = parse("The ministry in Kampala condemned the raid.")
    assert judged_act(word(doc, "Kampala"), words) is None


def test_judging_organ_takes_no_country_of_the_act(extract):
    record = extract(MARKET, published="2024-05-06")
    assert _condemnation(record).actor.country != "IRQ"
    record = extract(CONSULATE, published="2024-05-10")
    condemned = _condemnation(record)
    assert condemned.actor.country != "UGA"
    record = extract("The ministry in Kampala condemned the raid on the consulate.")
    assert _condemnation(record).actor.country == "UGA"  # where the organ is
    record = extract("The mayor of the town condemned the shooting in a Dayton bar.")
    assert _condemnation(record).actor.country == "USA"  # no organ of foreign affairs
