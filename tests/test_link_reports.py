"""The story linker on error classes of real multi-outlet coverage: happenings named to compare,
figures as common ground, one trigger coded twice, one happening in several countries (hand-made
sentences and mentions)."""

from __future__ import annotations

from datetime import date

import numpy as np

from crisislens.link.events import mention_from_event
from crisislens.link.features import compatible, listed_by_each, telling_figures
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.model import PairModel
from crisislens.link.stories import StoryLinker, new_story_id
from crisislens.link.text import is_compared_text
from crisislens.schemas import Event, Quantity, TextSpan


def _lemma_model() -> PairModel:
    """A pair model that says 'one event' exactly when the triggers share a lemma."""
    layers = [(np.array([[10.0]], dtype=np.float32), np.array([-5.0], dtype=np.float32))]
    return PairModel(("same_lemma",), np.zeros(1), np.ones(1), layers, 0.5, 0.9)


def test_link_compared_text_finds_happenings_named_to_compare():
    assert is_compared_text("Rebels have staged similar ", "raids")
    assert is_compared_text("Bandits were blamed for previous highway ", "ambushes")
    assert is_compared_text("It was the town's worst day since 2017, when gunmen ", "killed")
    assert is_compared_text("the largest march since the 2019 strike that ", "shut")
    assert not is_compared_text("Since Friday, when the strike began, police have ", "detained")
    assert not is_compared_text("Earlier police ", "detained")  # a verb's own clause
    assert not is_compared_text("Rebels ", "raided")
    assert not is_compared_text("The ministry said such, ", "raids")


def _event(text: str, trigger: str, dead: float) -> Event:
    start = text.index(trigger)
    return Event(
        event_id=f"e-{trigger}-{dead:.0f}",
        event_type="ASSAULT",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=trigger, start=start, end=start + len(trigger)),
        quantities=[Quantity(kind="dead", value=dead, text=f"{dead:.0f}", start=0, end=1)],
        date="2024-05-06",
        confidence=0.9,
    )


def test_link_happenings_named_to_compare_join_no_story():
    day = date(2024, 5, 6)
    news = mention_from_event(
        _event("A car bomb killed 12 people at the Tarin market.", "killed", 12), "d1", day
    )
    past = mention_from_event(
        _event("It was the worst since March, when a car bomb killed 40 people.", "killed", 40),
        "d2",
        day,
    )
    assert past.compared and not news.compared and not past.founds
    assigned = StoryLinker(_lemma_model()).assign([news, past], [], lambda ids: {})
    assert assigned[str(news.key)] == new_story_id(str(news.key))
    assert assigned[str(past.key)] is None  # not this bombing: no story, so no figure of 40


def _undated(key: str, doc: str, figures) -> LinkMention:
    return LinkMention(key, doc, 0, 4, event_type="MOBILIZE", figures=figures)


def test_link_a_telling_figure_given_alike_is_common_ground():
    troops = (("troops", 2400.0),)
    dated = LinkMention(
        "a", "d1", 0, 4, event_type="MOBILIZE", time=TimeValue.parse("2024-05-06"), figures=troops
    )
    assert compatible(dated, _undated("b", "d2", troops))  # "2,400 troops" in both reports
    assert not compatible(dated, _undated("c", "d3", (("troops", 900.0),)))
    one = (("dead", 1.0),)
    assert telling_figures(_undated("d", "d4", one)) == frozenset()
    dated_one = LinkMention(
        "e", "d5", 0, 4, event_type="ASSAULT", time=TimeValue.parse("2024-05-06"), figures=one
    )
    undated_one = LinkMention("f", "d6", 0, 4, event_type="ASSAULT", figures=one)
    assert not compatible(dated_one, undated_one)  # one dead is told of many events


def test_link_one_trigger_coded_twice_joins_one_story():
    day = TimeValue.parse("2024-05-06")

    def sent(key, doc, event_type, start=10):
        figures = (("troops", 2400.0),)
        return LinkMention(
            key,
            doc,
            start,
            start + 12,
            lemma="send",
            event_type=event_type,
            time=day,
            figures=figures,
        )

    linker = StoryLinker(_lemma_model())
    # "the ministry will send 2,400 troops" coded as a MOBILIZE and a THREATEN, and a second report
    told = [
        sent("m1", "d1", "MOBILIZE"),
        sent("t1", "d1", "THREATEN"),
        sent("m2", "d2", "MOBILIZE"),
    ]
    assigned = linker.assign(told, [], lambda ids: {})
    assert assigned["m1"] == assigned["t1"] == assigned["m2"] is not None
    # two triggers of one article stay two events, as the article coder kept them
    apart = [sent("m1", "d1", "MOBILIZE"), sent("m3", "d1", "MOBILIZE", start=80)]
    assigned = linker.assign(apart, [], lambda ids: {})
    assert assigned["m1"] != assigned["m3"]


def _deployment(key, doc, country, lat, lon, named):
    return LinkMention(
        key,
        doc,
        0,
        4,
        lemma="deploy",
        event_type="MOBILIZE",
        time=TimeValue.parse("2024-05-06"),
        place=(lat, lon, "country", country),
        named_countries=frozenset(named),
        extra={"actor_country": "FRA", "recipient_country": country},
    )


def test_link_one_happening_in_countries_each_report_names():
    # "France will send 2,400 troops to Estonia and Latvia", coded at Estonia in one report and
    # at Latvia in another, each naming both
    estonia = _deployment("a", "d1", "EST", 58.6, 25.0, {"EST", "LVA"})
    latvia = _deployment("b", "d2", "LVA", 56.9, 24.6, {"LVA", "EST"})
    assert listed_by_each(estonia, latvia, "EST", "LVA")
    assert compatible(estonia, latvia)
    # a report naming only Latvia is another deployment (or tells too little to say)
    only = _deployment("c", "d3", "LVA", 56.9, 24.6, {"LVA"})
    assert not compatible(estonia, only)
    # two places of one country stay apart by their distance, whatever the sentences name
    north = LinkMention(
        "n",
        "d4",
        0,
        4,
        event_type="ASSAULT",
        time=TimeValue.parse("2024-05-06"),
        place=(36.7, 67.1, "city", "AFG"),
        named_countries=frozenset({"AFG"}),
    )
    south = LinkMention(
        "s",
        "d5",
        0,
        4,
        event_type="ASSAULT",
        time=TimeValue.parse("2024-05-06"),
        place=(31.6, 65.7, "city", "AFG"),
        named_countries=frozenset({"AFG"}),
    )
    assert not compatible(north, south)


def test_link_two_reports_of_one_day_and_tally_meet_though_their_words_differ():
    """Short wire reports share few words and names; one type, one day and one telling figure
    tell one happening (features.same_tally), where the pair model alone sees strangers."""
    day = TimeValue.parse("2025-04-09")

    def report(key, doc, lemma, troops, time=day):
        return LinkMention(
            key,
            doc,
            0,
            6,
            lemma=lemma,
            event_type="MOBILIZE",
            time=time,
            figures=(("troops", troops),),
            arguments=frozenset({"the ministry"}),
        )

    linker = StoryLinker(_lemma_model())
    told = [report("a", "d1", "deploy", 1200.0), report("b", "d2", "deployment", 1200.0)]
    assigned = linker.assign(told, [], lambda ids: {})
    assert assigned["a"] == assigned["b"] is not None
    other = [report("a", "d1", "deploy", 1200.0), report("b", "d2", "deployment", 900.0)]
    assigned = linker.assign(other, [], lambda ids: {})
    assert assigned["a"] != assigned["b"]  # two tallies: the words decide
    month = [
        report("a", "d1", "deploy", 1200.0),
        report("b", "d2", "send", 1200.0, TimeValue.parse("2025-04")),
    ]
    assigned = linker.assign(month, [], lambda ids: {})
    assert assigned["a"] != assigned["b"]  # a month is no day
