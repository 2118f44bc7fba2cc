"""Who took part, as the linker compares it: one party under two spellings is one party
(link/parties.py spelling); a whole country named as an attack's target is only its place
(link/targets.py)."""

from __future__ import annotations

from datetime import date

import numpy as np

from crisislens.link.block import block_features
from crisislens.link.events import mention_from_event
from crisislens.link.features import compatible, kinds_apart, recipient_conflict
from crisislens.schemas import Actor, Event, Place, TextSpan


def _attack(
    key: str, text: str, trigger: str, group: str, when: str, source: str, target=None
) -> Event:
    """An attack in Tarvo, Cameroon, by ``group`` (as the text spells it) on ``target`` (the
    text's words, and the country's code they are coded to), dated ``when``."""
    at, by = text.index(trigger), text.index(group)
    where = text.index("Tarvo") if "Tarvo" in text else 0
    hit = None
    if target is not None:
        words, country = target
        start = text.index(words)
        hit = Actor(text=words, start=start, end=start + len(words), name=words, country=country)
    return Event(
        event_id=key,
        event_type="ASSAULT",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=trigger, start=at, end=at + len(trigger)),
        actor=Actor(text=group, start=by, end=by + len(group), name=group, sector="REB"),
        recipient=hit,
        location=Place(
            text="Tarvo",
            start=where,
            end=where + 5,
            name="Tarvo",
            feature="city",
            country="CMR",
            lat=4.1,
            lon=9.7,
        ),
        date=when,
        date_source=source,
        confidence=0.9,
    )


def test_link_one_party_spelt_two_ways_is_named_alike():
    """A report of a hotel siege that names its doers "al-Shabab armed group", and a later
    report that recalls "in May, Al-Shabaab stormed a hotel in Tarvo", dated only to the month:
    a month and the city are not enough (features.coarse_and_undated, loosely_dated), a party
    named alike is, and the two spellings name one party. Another group's attack that month
    still needs more."""
    day = date(2025, 6, 20)
    siege = _attack(
        "siege",
        "Fighters of the al-Shabab armed group stormed a Tarvo hotel.",
        "stormed",
        "al-Shabab armed group",
        "2025-05-30",
        "text",
    )
    recalled = _attack(
        "recalled",
        "In May, Al-Shabaab stormed a hotel in Tarvo.",
        "stormed",
        "Al-Shabaab",
        "2025-05",
        "text",
    )
    other = _attack(
        "other",
        "In May, Boko Haram stormed a hotel in Tarvo.",
        "stormed",
        "Boko Haram",
        "2025-05",
        "text",
    )
    a = mention_from_event(siege, "d1", date(2025, 5, 30))
    b = mention_from_event(recalled.model_copy(update={"date_precision": "month"}), "d2", day)
    c = mention_from_event(other.model_copy(update={"date_precision": "month"}), "d3", day)
    assert b.time is not None and b.time.precision == "month"
    assert compatible(a, b) and not compatible(a, c)
    pairs, _ = block_features([a, b, c], np.eye(3), np.eye(3), {"d1": 0, "d2": 1, "d3": 2})
    assert (0, 1) in pairs and (0, 2) not in pairs


def test_link_a_country_named_as_the_target_is_only_the_place():
    """A headline tells a car bombing "in Cameroon", dated by the claim to the next day, and
    the coder takes the country for its target; another report tells the nine guests killed
    at a Tarvo hotel on Tuesday. Two days and two targets part two attacks
    (features.days_and_targets_differ), but a country named as the target of an attack placed
    in one of its towns says no more than the place (targets.country_target): the two reports
    still meet. A convoy of the country attacked abroad keeps its target."""
    headline = _attack(
        "headline",
        "Rebels claim Tarvo car bombing in Cameroon",
        "bombing",
        "Rebels",
        "2025-05-14",
        "text",
        target=("Cameroon", "CMR"),
    )
    body = _attack(
        "body",
        "Rebels killed nine guests at a Tarvo hotel on Tuesday.",
        "killed",
        "Rebels",
        "2025-05-13",
        "text",
        target=("nine guests", "CMR"),
    )
    a = mention_from_event(headline, "d1", date(2025, 5, 14))
    b = mention_from_event(body, "d2", date(2025, 5, 14))
    assert not recipient_conflict(a, b) and compatible(a, b)
    pairs, _ = block_features([a, b], np.eye(2), np.eye(2), {"d1": 0, "d2": 1})
    assert (0, 1) in pairs
    abroad = headline.model_copy(
        update={"location": headline.location.model_copy(update={"country": "NGA"})}
    )
    assert recipient_conflict(mention_from_event(abroad, "d3", date(2025, 5, 14)), b)


def test_link_a_state_named_as_a_whole_is_not_the_bombers():
    """A report of a bombing in Tarvo adds that "Cameroon closed its border crossings" that
    day: the closure, by the state named as a whole, is another actor's act than the bombing
    by fighters the report does not name, though both are of one day and city
    (features.full_name reads a country's name as a name, link/targets.py names_country).
    The state's own attack and its closure are still one actor's."""
    day = date(2025, 5, 13)
    bombing = _attack(
        "bombing",
        "Fighters bombed a Tarvo market.",
        "bombed",
        "Fighters",
        "2025-05-13",
        "text",
    )
    bombing = bombing.model_copy(
        update={
            "actor": bombing.actor.model_copy(
                update={"name": "Unidentified armed group (CMR)", "sector": "UAF", "country": "CMR"}
            )
        }
    )
    closed = _attack(
        "closed",
        "Cameroon closed its border crossings near Tarvo.",
        "closed",
        "Cameroon",
        "2025-05-13",
        "text",
    )
    closed = closed.model_copy(
        update={
            "event_type": "COERCE",
            "mode": "restrict",
            "actor": closed.actor.model_copy(update={"country": "CMR", "sector": "GOV"}),
        }
    )
    a = mention_from_event(bombing, "d1", day)
    b = mention_from_event(closed, "d2", day)
    assert kinds_apart(a, b) and not compatible(a, b)
    pairs, _ = block_features([a, b], np.eye(2), np.eye(2), {"d1": 0, "d2": 1})
    assert (0, 1) not in pairs
    shelled = closed.model_copy(update={"event_type": "ASSAULT", "mode": None, "event_id": "s"})
    assert not kinds_apart(mention_from_event(shelled, "d3", day), b)
