"""The story linker on a plan or intent that its report places only by its dateline or focus
(hand-made sentences and events): it joins another report's event only on a party, a name or
a telling figure in common, not on the town and the day its article gave it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from crisislens.link.block import block_features
from crisislens.link.events import mention_from_event
from crisislens.link.features import compatible, plan_apart, unplaced_plan
from crisislens.schemas import Actor, Event, Place, TextSpan

DAY = date(2025, 6, 8)


def _tarville(mention: str) -> Place:
    return Place(
        text="Tarville",
        start=0,
        end=8,
        name="Tarville",
        country="TRV",
        lat=4.1,
        lon=9.7,
        feature="city",
        mention=mention,  # type: ignore[arg-type]
    )


def _event(text: str, trigger: str, modality: str, actor: Actor | None, place: Place) -> Event:
    start = text.index(trigger)
    return Event(
        event_id=f"e-{trigger}",
        event_type="ASSAULT",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=trigger, start=start, end=start + len(trigger)),
        actor=actor,
        location=place,
        modality=modality,  # type: ignore[arg-type]
        date="2025-06-08",
        date_source="context" if modality == "planned" else "text",
        confidence=0.9,
    )


def _gunmen(text: str) -> Actor:
    start = text.index("gunmen")
    return Actor(text="gunmen", start=start, end=start + 6, name="Gunmen", sector="UAF")


def _shooting():
    text = "In Tarville, gunmen killed nine worshippers at a church on Sunday."
    event = _event(text, "killed", "asserted", _gunmen(text), _tarville("name"))
    return mention_from_event(event, "d1", DAY)


def test_link_a_plan_its_article_places_joins_no_report_on_the_town_alone():
    """A remark on what unnamed gunmen will do, placed at the town of the article's dateline
    and dated to its day, shares only that town and day with another report of the shooting
    there: no story holds both. Told with its own place, or by a named party, a plan still
    pairs as before."""
    text = "Officials fear that the gunmen will kill again."
    remark = mention_from_event(
        _event(text, "kill", "planned", _gunmen(text), _tarville("article")), "d2", DAY
    )
    shooting = _shooting()
    assert remark.extra["place_from_article"] and not shooting.extra["place_from_article"]
    assert unplaced_plan(remark) and not unplaced_plan(shooting)
    assert plan_apart(remark, shooting) and not compatible(remark, shooting)
    pairs, _ = block_features([remark, shooting], doc_index={"d1": 0, "d2": 1})
    assert pairs == []

    # the plan's own sentence names the place: it may be that shooting's (common ground)
    placed = mention_from_event(
        _event(text, "kill", "planned", _gunmen(text), _tarville("name")), "d2", DAY
    )
    assert not plan_apart(placed, shooting) and compatible(placed, shooting)
    # an asserted report placed by its article is no plan: the rule leaves it alone
    told = "The gunmen killed nine worshippers."
    report = mention_from_event(
        _event(told, "killed", "asserted", _gunmen(told), _tarville("article")), "d2", DAY
    )
    assert not plan_apart(report, shooting)
    # a party the report names plans it: known by that party (party_plan), not by this rule
    named = "The governor will send the guard to stop the killings."
    governor = Actor(text="The governor", start=0, end=12, name="Governor Ana Ruiz", sector="GOV")
    plan = mention_from_event(
        _event(named, "send", "planned", governor, _tarville("article")), "d2", DAY
    )
    assert not unplaced_plan(plan) and not plan_apart(plan, shooting)


def test_link_a_plan_against_unknown_doers_names_no_one():
    """ "Police vowed to hunt down the assailants", placed by its article: its only party is a
    word for whoever did it, so it names no one, and shares only the town with the shooting."""
    text = "Police vowed to hunt down the assailants."
    start = text.index("assailants")
    doers = Actor(text="assailants", start=start, end=start + 10, name="assailants")
    event = _event(text, "hunt", "planned", None, _tarville("article")).model_copy(
        update={"event_type": "COERCE", "mode": "arrest", "recipient": doers}
    )
    hunt = mention_from_event(event, "d2", DAY)
    assert hunt.extra["names_party"]  # the assailants are a party, by the coder's rule
    assert unplaced_plan(hunt)
    arrest = replace(_shooting(), event_type="COERCE", mode="arrest")
    assert plan_apart(hunt, arrest) and not compatible(hunt, arrest)
    # a plan against a party named ("the Tarvo brothers") is known by that party
    named = event.model_copy(
        update={"recipient": doers.model_copy(update={"name": "Tarvo brothers"})}
    )
    assert not unplaced_plan(mention_from_event(named, "d2", DAY))
