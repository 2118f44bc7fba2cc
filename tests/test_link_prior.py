"""The story linker on happenings a report tells as earlier than its news: what a ceremony
marks, what the news follows, and the order in which such a mention joins a story (hand-made
sentences and mentions)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np

from crisislens.link.cluster import link_block
from crisislens.link.events import mention_from_event
from crisislens.link.features import before_report
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.stories import _apart, _coarse_to_best_partner, _founders_first
from crisislens.link.telling import is_commemorated_text, is_prior_text
from crisislens.schemas import Event, TextSpan


def _killing(text: str, trigger: str, day: str, source: str) -> Event:
    start = text.index(trigger)
    return Event(
        event_id=f"e-{start}",
        event_type="ASSAULT",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=trigger, start=start, end=start + len(trigger)),
        date=day,
        date_source=source,  # type: ignore[arg-type]
        confidence=0.9,
    )


def test_link_a_happening_a_ceremony_marks_is_earlier_than_its_report():
    """The killing a memorial's anniversary marks, dated by a misreading to the day of the
    bombing at the memorial, is no report of that bombing."""
    assert is_commemorated_text("Mourners met for the fifth anniversary of the killing of Mayor ")
    assert is_commemorated_text(
        "The blasts hit a crowd at the tomb of General Ivo Tarn (ret.), who was "
    )
    assert not is_commemorated_text(
        "On the anniversary of the strike, guards beat workers who were "
    )
    assert not is_commemorated_text("The bomber, who was ")
    # a thing's act in an active relative clause: the revolt's toppling is years old
    assert is_commemorated_text("Crowds marked the third anniversary of the revolt that ")
    assert not is_commemorated_text("On the anniversary, guards who ")
    day = date(2025, 3, 4)
    text = (
        "The bomb went off at a rally marking the anniversary of the death of Colonel Ivo Tarn, "
        "who was killed in an air strike."
    )
    marked = mention_from_event(_killing(text, "killed", "2025-03-04", "text"), "d1", day)
    bombing = mention_from_event(
        _killing(
            "A bomb killed 30 people at the rally on Tuesday.", "killed", "2025-03-04", "text"
        ),
        "d2",
        day,
    )
    assert marked.prior and marked.time is None and not bombing.prior
    assert before_report(marked, bombing)


def test_link_an_act_the_news_follows_is_earlier_than_it():
    """ "The blast follows the killing of a militia chief" and "came a day after the Tarvo Border
    Police (TBP) killed": an abbreviation in brackets ends no clause."""
    assert is_prior_text("The blast follows the ")
    assert is_prior_text("The attack followed a deadly ")
    assert is_prior_text("The blast came a day after the Tarvo Border Police (TBP) ")
    assert not is_prior_text("The blast was followed by a ")
    assert not is_prior_text("Police (TBP) ")
    text = "The blast came a day after the Tarvo Border Police (TBP) killed a militia chief."
    event = _killing(text, "killed", "2025-03-04", "context")
    assert mention_from_event(event, "d1", date(2025, 3, 4)).prior


def _day(key: str, doc: str, day: str, prior: bool = False) -> LinkMention:
    published = date.fromisoformat(day)
    return LinkMention(
        key,
        doc,
        0,
        4,
        event_type="ASSAULT",
        time=None if prior else TimeValue.parse(day),
        prior=prior,
        published=published,
    )


def test_link_an_earlier_act_joins_only_the_story_the_news_has_made():
    """Three reports of Tuesday's bombing (one dated by its Wednesday publication) and one
    report's killing of a militia chief the day before, told as what the bombing follows. The
    earlier killing pairs best with one report of the bombing; joined first, it kept the
    Wednesday report (whose own article tells it as earlier) out of the bombing's story. The
    news makes its story first, and the earlier act joins none of it."""
    wednesday = _day("n1", "d1", "2025-03-05")
    earlier = _day("x", "d1", "2025-03-05", prior=True)
    mentions = [wednesday, _day("n2", "d2", "2025-03-04"), _day("n3", "d3", "2025-03-04"), earlier]
    assert before_report(earlier, wednesday) and not before_report(earlier, mentions[1])
    p = np.array(
        [[0, 0.8, 0.8, 0], [0.8, 0, 0.9, 0.99], [0.8, 0.9, 0, 0.6], [0, 0.99, 0.6, 0]],
        dtype=np.float32,
    )
    cannot = np.zeros((4, 4), dtype=bool)
    cannot[0, 3] = cannot[3, 0] = True

    def apart(members: list[int]) -> np.ndarray:
        return _apart(mentions, members)

    initial = _founders_first(p, cannot, 0.5, [-1] * 4, mentions)
    assert initial[3] == -1 and initial[0] == initial[1] == initial[2]
    labels = link_block(p, cannot, 0.5, initial, set(), apart)
    assert labels[0] == labels[1] == labels[2] != labels[3]


def _dated(key: str, doc: str, day: str, precision: str = "day") -> LinkMention:
    return LinkMention(key, doc, 0, 4, event_type="ASSAULT", time=TimeValue.parse(day, precision))


def test_link_a_coarse_retelling_joins_the_story_of_its_best_partner():
    """Two reports of a port attack of 20 March, a third report's retelling of it dated
    20 March, and a fourth's, dated only by the year ("during the March attack on the port",
    2024). The two retellings pair best with each other; the year-dated one is incompatible
    with the two reports (a coarse date pairs only on a party or figure in common). Glued
    first, the pair kept the retelling of the day out of the attack's story; joining last, the
    year-dated one is left alone by the mean, and its best partner tells whose story it is."""
    mentions = [
        _dated("a", "d1", "2024-03-20"),
        _dated("a2", "d2", "2024-03-20"),
        _dated("b", "d3", "2024-03-20"),
        _dated("c", "d4", "2024-01-01", "year"),
    ]
    p = np.array(
        [[0, 0.9, 0.87, 0], [0.9, 0, 0.6, 0], [0.87, 0.6, 0, 1.0], [0, 0, 1.0, 0]],
        dtype=np.float32,
    )
    cannot = np.zeros((4, 4), dtype=bool)
    cannot[3, :2] = cannot[:2, 3] = True

    def apart(members: list[int]) -> np.ndarray:
        return _apart(mentions, members)

    initial = _founders_first(p, cannot, 0.5, [-1] * 4, mentions)
    labels = link_block(p, cannot, 0.5, initial, set(), apart)
    assert labels[0] == labels[1] == labels[2] != labels[3]
    labels = _coarse_to_best_partner(labels, p, cannot, 0.5, mentions, 0)
    assert len(set(labels)) == 1
    # not where a member of its best partner's story is told apart from it
    earlier = [*mentions[:3], replace(mentions[3], prior=True, published=date(2024, 3, 20))]
    assert _coarse_to_best_partner([0, 0, 0, 3], p, cannot, 0.5, earlier, 0) == [0, 0, 0, 3]
