"""Where two reports put one happening, as the linker reads their coded places."""

from __future__ import annotations

from datetime import date

import numpy as np

from crisislens.link.block import block_features
from crisislens.link.events import mention_from_event
from crisislens.link.features import compatible
from crisislens.schemas import Event, Place, Quantity, TextSpan


def _bombing(key: str, text: str, place: Place) -> Event:
    at = text.index("killed")
    dead = text.index("12")
    return Event(
        event_id=key,
        event_type="ASSAULT",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text="killed", start=at, end=at + 6),
        location=place,
        quantities=[Quantity(kind="dead", value=12, text="12", start=dead, end=dead + 2)],
        date="2025-05-13",
        date_source="text",
        confidence=0.9,
    )


def test_link_a_name_placed_at_its_countrys_point_is_no_town():
    """One report puts a bombing in Tarvo, a town; another in "Tarvo District", a name no
    gazetteer holds, which the geocoder places at the point of the country the text puts it
    in (feature "unknown", no province): the country's centroid, hundreds of kilometres from
    the town. That point is only the country (events.placed_feature), and the two reports
    meet. A name placed inside a province keeps that province's point, and still parts."""
    town = Place(
        text="Tarvo", start=0, end=5, name="Tarvo", feature="city", country="CMR", lat=4.1, lon=9.7
    )
    district = Place(
        text="Tarvo District",
        start=0,
        end=14,
        name="Tarvo District",
        feature="unknown",
        country="CMR",
        lat=7.0,
        lon=12.5,
    )
    day = date(2025, 5, 13)
    a = mention_from_event(_bombing("a", "A bomb killed 12 people in Tarvo.", town), "d1", day)
    b = mention_from_event(
        _bombing("b", "A bomb killed 12 people in Tarvo District.", district), "d2", day
    )
    assert compatible(a, b)
    pairs, _ = block_features([a, b], np.eye(2), np.eye(2), {"d1": 0, "d2": 1})
    assert (0, 1) in pairs
    inside = district.model_copy(update={"admin1": "Adamawa"})
    c = mention_from_event(
        _bombing("c", "A bomb killed 12 people in Tarvo District.", inside), "d3", day
    )
    assert not compatible(a, c)
