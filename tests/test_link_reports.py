"""The story linker on error classes of real multi-outlet coverage: happenings named to compare,
figures as common ground, one trigger coded twice, one happening in several countries (hand-made
sentences and mentions)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np

from crisislens.link.block import block_features
from crisislens.link.events import mention_from_event
from crisislens.link.features import compatible, related_undated, side_apart, telling_figures
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.model import PairModel
from crisislens.link.places import listed_by_each
from crisislens.link.stories import StoryLinker, new_story_id
from crisislens.link.telling import is_compared_text, is_kind_text, is_prior_text
from crisislens.schemas import Actor, Event, Place, Quantity, TextSpan


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
    tell one happening (ground.same_tally), where the pair model alone sees strangers."""
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


def _abduction(key: str, doc: str, place: Place) -> Event:
    text = f"Gunmen abducted pupils from a school in {place.name} on Tuesday."
    return Event(
        event_id=key,
        event_type="ASSAULT",
        mode="abduct",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text="abducted", start=7, end=15),
        location=place,
        date="2025-02-04",
        confidence=0.9,
    )


def test_link_a_province_and_a_town_of_another_province_are_two_places():
    """A province is read by its centroid, hundreds of kilometres from its towns: a state and a
    town 430 km away are one place by the distance, two by their provinces."""
    state = Place(
        text="Ambia",
        start=0,
        end=5,
        name="Ambia",
        feature="admin1",
        country="NGA",
        admin1="Ambia",
        lat=10.4,
        lon=7.9,
    )
    town = Place(
        text="Korel",
        start=0,
        end=5,
        name="Korel",
        feature="city",
        country="NGA",
        admin1="Lun",
        lat=13.8,
        lon=5.7,
    )
    village = Place(
        text="Sabo",
        start=0,
        end=4,
        name="Sabo",
        feature="city",
        country="NGA",
        admin1="Ambia",
        lat=10.6,
        lon=7.2,
    )
    day = date(2025, 2, 4)
    a, b, c = (
        mention_from_event(_abduction(k, d, p), d, day)
        for k, d, p in (("a", "d1", state), ("b", "d2", town), ("c", "d3", village))
    )
    assert not compatible(a, b) and compatible(a, c) and compatible(b, c) is False
    pairs, _ = block_features([a, b, c], np.eye(3), np.eye(3), {"d1": 0, "d2": 1, "d3": 2})
    assert pairs == [(0, 2)]


def _ban(key: str, doc: str, text: str, published: str, date_source: str) -> LinkMention:
    start = text.index("ban")
    end = text.index(" ", start)
    event = Event(
        event_id=key,
        event_type="COERCE",
        mode="ban",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=text[start:end], start=start, end=end),
        actor=Actor(text="The council", start=0, end=11, name="Varno city council"),
        date=published,
        date_source=date_source,  # type: ignore[arg-type]
        confidence=0.9,
    )
    return mention_from_event(event, doc, date.fromisoformat(published))


def test_link_last_weeks_ban_told_as_earlier_joins_its_own_story():
    """A ban told as earlier than a report's news ("days after the council banned"), dated only
    by the report's day, is no ban of that day: it joins the story of the earlier ban."""
    assert is_prior_text("The council has already ")
    assert is_prior_text("It comes a week after the council ")
    assert not is_prior_text("Since Monday the council ")
    assert not is_prior_text("A week after the vote, the council ")
    tuesday = _ban("t", "d1", "The council banned street markets on Tuesday.", "2025-03-04", "text")
    friday = _ban("f", "d2", "The council banned night buses on Friday.", "2025-03-07", "text")
    earlier = _ban(
        "e",
        "d3",
        "Days after the council banned street markets, it closed the bus depot.",
        "2025-03-07",
        "published",
    )
    assert earlier.prior and earlier.time is None and not earlier.founds
    assert not tuesday.prior and compatible(earlier, tuesday) and not compatible(earlier, friday)
    assigned = StoryLinker(_lemma_model()).assign([tuesday, friday, earlier], [], lambda ids: {})
    assert assigned["e"] == assigned["t"] == new_story_id("t") != assigned["f"]
    pairs, _ = block_features(
        [tuesday, friday, earlier], np.eye(3), np.eye(3), {"d1": 0, "d2": 1, "d3": 2}
    )
    assert (0, 2) in pairs and (1, 2) not in pairs


def test_link_a_ban_told_as_earlier_never_joins_a_story_of_its_report_day():
    """The clustering lets a report join a story where half its pairs conflict (one misread
    date among many); a mention told as earlier than its report, against one of that day, is
    what the report says, not a misread date (stories._apart)."""
    friday = _ban("f", "d1", "The council banned night buses on Friday.", "2025-03-07", "text")
    undated = _ban("u", "d2", "The council banned night buses.", "2025-03-07", "published")
    undated = replace(undated, time=None)
    earlier = _ban(
        "e",
        "d3",
        "Days after the council banned night buses, it closed the bus depot.",
        "2025-03-07",
        "published",
    )
    again = replace(undated, key="v", doc="d4")
    assert compatible(friday, undated) and compatible(undated, earlier)
    assert not compatible(friday, earlier)
    mentions = [friday, undated, again, earlier]
    assigned = StoryLinker(_lemma_model()).assign(mentions, [], lambda ids: {})
    assert assigned["e"] != assigned["f"]  # never one story, whichever the undated one joins
    assert assigned["u"] in (assigned["e"], assigned["f"])


def _trusting_model() -> PairModel:
    """A pair model that says 'one event' of every pair the rules allow."""
    layers = [(np.zeros((1, 1), dtype=np.float32), np.array([5.0], dtype=np.float32))]
    return PairModel(("same_lemma",), np.zeros(1), np.ones(1), layers, 0.5, 0.9)


def test_link_related_types_with_nothing_in_common_share_no_story():
    """An undated closure of the mission ("the consulate closed its doors") is no report of the
    storming of that mission on Thursday, though a story that holds the storming and the arson
    that day would take it by the share of pairs it agrees with (stories._apart)."""
    day = TimeValue.parse("2025-06-05")
    ground = frozenset({"consulate"})

    def event(key, doc, event_type, time=day):
        return LinkMention(
            key,
            doc,
            0,
            4,
            event_type=event_type,
            time=time,
            arguments=ground,
            lemma=key,
            published=date(2025, 6, 5),
        )

    storm = event("storm", "d1", "ASSAULT")
    arson = event("arson", "d2", "COERCE")
    fire = event("fire", "d3", "COERCE")
    closed = event("closed", "d4", "COERCE", time=None)
    assert compatible(closed, arson) and compatible(closed, fire)
    assert not compatible(closed, storm) and related_undated(closed, storm)
    mentions = [storm, arson, fire, closed]
    assigned = StoryLinker(_trusting_model()).assign(mentions, [], lambda ids: {})
    assert assigned["arson"] == assigned["fire"]
    assert assigned["closed"] != assigned["storm"]  # whichever the arson reports join


def _storming(key: str, doc: str, crowd: str, crowd_country: str) -> LinkMention:
    text = f"{crowd} stormed the Norwegian embassy in Ulm on Thursday."
    event = Event(
        event_id=key,
        event_type="ASSAULT",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text="stormed", start=len(crowd) + 1, end=len(crowd) + 8),
        actor=Actor(
            text=crowd.split()[-1],  # the head: "protesters" of "Hundreds of protesters"
            start=len(crowd) - len(crowd.split()[-1]),
            end=len(crowd),
            name=crowd.split()[-1],
            country=crowd_country,
        ),
        recipient=Actor(
            text="the Norwegian embassy",
            start=len(crowd) + 9,
            end=len(crowd) + 30,
            name="Norwegian embassy",
            country="NOR",
        ),
        location=Place(
            text="Ulm",
            start=0,
            end=3,
            name="Ulm",
            feature="city",
            country="DEU",
            lat=48.4,
            lon=10.0,
        ),
        date="2025-06-05",
        date_source="text",
        confidence=0.9,
    )
    return mention_from_event(event, doc, date(2025, 6, 5))


def test_link_a_crowd_given_its_targets_country_is_no_state_apart():
    """One report's coder gives "protesters" the embassy's country, another's the place's: the
    words tell neither, so the state rule keeps no report of the storming apart."""
    one = _storming("a", "d1", "Hundreds of protesters", "NOR")
    other = _storming("b", "d2", "Protesters", "DEU")
    assert one.extra["actor_country_told"] is False
    assert compatible(one, other)
    named = _storming("c", "d3", "Hundreds of Swedes", "SWE")
    assert named.extra["actor_country_told"] and not compatible(named, other)


def _coded(key: str, doc: str, event_type: str, text: str, trigger: str, actor: str, target: str):
    """A coded event of Tarvo on Monday whose words name its actor and its target."""

    def party(name: str) -> Actor:
        start = text.index(name)
        return Actor(text=name, start=start, end=start + len(name), name=name)

    at, where = text.index(trigger), text.index("Tarvo")
    event = Event(
        event_id=key,
        event_type=event_type,
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=trigger, start=at, end=at + len(trigger)),
        actor=party(actor),
        recipient=party(target),
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
        date="2025-05-12",
        date_source="text",
        confidence=0.9,
    )
    return mention_from_event(event, doc, date(2025, 5, 12))


def test_link_a_report_tells_nothing_dated_after_it():
    """A report published on Saturday ("a lawyer was shot dead in Tarvo") tells no clash that
    another report's own words date to Monday in Tarvo, though their days are within the
    linker's window and their city is one (features.reported_before)."""
    shot = _coded(
        "shot", "d1", "ASSAULT", "Gunmen shot a lawyer dead in Tarvo.", "shot", "Gunmen", "lawyer"
    )
    clash = _coded(
        "clash",
        "d2",
        "ASSAULT",
        "Riot police beat protesters in Tarvo on Monday.",
        "beat",
        "Riot police",
        "protesters",
    )
    saturday, monday = date(2025, 5, 10), date(2025, 5, 12)
    shot = replace(shot, time=TimeValue(saturday, "day"), worded_date=False, published=saturday)
    clash = replace(clash, time=TimeValue(monday, "day"), published=monday)
    assert clash.worded_day and not compatible(shot, clash)
    pairs, _ = block_features([shot, clash], np.eye(2), np.eye(2), {"d1": 0, "d2": 1})
    assert pairs == []
    sunday = replace(shot, published=date(2025, 5, 11), time=TimeValue(date(2025, 5, 11), "day"))
    assert compatible(sunday, clash)  # a day early: the report's time zone


def test_link_a_kind_of_act_named_in_passing_joins_no_story():
    """ "Residents accuse the gangs of numerous killings" names a kind of act, not Monday's
    killing of a shopkeeper that another report tells in the same town (link/text.py
    is_kind_text, link/events.py told_as_kind): it joins no story and gives it no figure."""
    assert is_kind_text("Traders say the militia has stepped up ", "raids")
    assert is_kind_text("The vote came after months of sporadic ", "riots")
    assert not is_kind_text("Traders say the militia has stepped up its ", "raids")
    assert not is_kind_text("Police blamed the militia for two ", "raids")
    assert not is_kind_text("Numerous ", "traders fled")
    news = _coded(
        "news",
        "d1",
        "ASSAULT",
        "Gunmen killed a shopkeeper in Tarvo on Monday.",
        "killed",
        "Gunmen",
        "shopkeeper",
    )
    kind = _coded(
        "kind",
        "d2",
        "ASSAULT",
        "Residents in Tarvo accuse gangs of numerous killings.",
        "killings",
        "gangs",
        "Residents",
    )
    assert kind.compared and not kind.founds and not news.compared
    assigned = StoryLinker(_trusting_model()).assign([news, kind], [], lambda ids: {})
    assert assigned["news"] is not None and assigned["kind"] is None


def _told(
    key: str, doc: str, event_type: str, mode: str | None, text: str, trigger: str, **parties
):
    """A coded event of Tarvo, dated to Tuesday 13 May 2025 by the story around it (its own
    sentence names no day), with the parties given (``actor``, ``recipient``)."""
    at, where = text.index(trigger), text.index("Tarvo")

    def party(name: str, sector: str | None) -> Actor:
        start = text.index(name)
        return Actor(text=name, start=start, end=start + len(name), name=name, sector=sector)

    event = Event(
        event_id=key,
        event_type=event_type,
        mode=mode,
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=trigger, start=at, end=at + len(trigger)),
        actor=party(*parties["actor"]) if "actor" in parties else None,
        recipient=party(*parties["recipient"]) if "recipient" in parties else None,
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
        date="2025-05-13",
        date_source="context",
        confidence=0.9,
    )
    return mention_from_event(event, doc, date(2025, 5, 13))


def test_link_a_side_event_of_the_day_naming_no_one_joins_no_other_kind():
    """A closure that a report of a day of unrest tells in passing, naming no one ("Tarvo's
    ferry port has also been shut"), shares the city and the day with the arson and the
    shooting there, and nothing else: it is not their report (features.side_apart). Another
    report of the closure, and a report that names who burned what, still meet their own."""
    shut = _told("shut", "d1", "COERCE", "restrict", "The ferry port in Tarvo was shut.", "shut")
    closed = _told(
        "closed", "d2", "COERCE", "restrict", "Tarvo's ferry port has also been closed.", "closed"
    )
    shot = _told(
        "shot",
        "d3",
        "ASSAULT",
        None,
        "Gunmen shot a trader dead in Tarvo.",
        "shot",
        actor=("Gunmen", "UAF"),
        recipient=("trader", None),
    )
    burned = _told(
        "burned",
        "d4",
        "COERCE",
        "destroy",
        "Rioters burned the Tarvo customs office.",
        "burned",
        actor=("Rioters", None),
        recipient=("Tarvo customs office", None),
    )
    assert not shut.extra["names_party"] and shot.extra["names_party"]
    assert side_apart(shut, shot) and side_apart(closed, burned)
    assert not compatible(shut, shot) and not compatible(closed, burned)
    assert compatible(shut, closed)  # one kind: the same closure
    mentions = [shut, closed, shot, burned]
    pairs, _ = block_features(mentions, np.eye(4), np.eye(4), {f"d{k}": k - 1 for k in range(1, 5)})
    assert (0, 1) in pairs and (0, 2) not in pairs and (1, 3) not in pairs
    assigned = StoryLinker(_trusting_model()).assign(mentions, [], lambda ids: {})
    assert assigned["shut"] == assigned["closed"] != assigned["shot"]
    # "shots were fired", naming no one, is still a report of the shooting (side_event_types)
    stand_in = replace(shot, extra={**shot.extra, "names_party": False})
    assert not side_apart(stand_in, burned) and side_apart(stand_in, shut)


def test_link_a_later_item_of_a_list_of_acts_is_a_kind_too():
    """ "Militias blamed for numerous thefts, beatings, arson" lists kinds of act; "arson", no
    plural, is one of them (link/telling.py _list_head), so no story takes it as the fire that a
    report of that day tells. A comma that ends a phrase begins no list."""
    assert is_kind_text("Militias are blamed for numerous thefts, beatings, ", "arson")
    assert is_kind_text("The curfew came after weeks of strikes and ", "looting")
    assert not is_kind_text("Despite repeated appeals, ", "looting")
    assert not is_kind_text("Militias are blamed for the thefts, beatings, ", "arson")
    listed = _coded(
        "listed",
        "d2",
        "COERCE",
        "Tarvo traders blame militias for numerous thefts, beatings, arson.",
        "arson",
        "Tarvo traders",
        "militias",
    )
    assert listed.compared and not listed.founds


def _unnamed_attack(key: str, doc: str, text: str, trigger: str, target: str) -> LinkMention:
    """An attack in Cameroon by gunmen the coder names only by the country, dated by the story
    around it to Tuesday 13 May 2025, its place the country (a wide place: no ground)."""
    at, hit = text.index(trigger), text.index(target)
    gunmen = "Unidentified armed group (CMR)"
    event = Event(
        event_id=key,
        event_type="ASSAULT",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=trigger, start=at, end=at + len(trigger)),
        actor=Actor(text="Gunmen", start=0, end=6, name=gunmen, sector="UAF", country="CMR"),
        recipient=Actor(text=target, start=hit, end=hit + len(target), name=target),
        location=Place(
            text="Cameroon",
            start=0,
            end=0,
            name="Cameroon",
            feature="country",
            country="CMR",
            lat=5.7,
            lon=12.7,
        ),
        date="2025-05-13",
        date_source="context",
        confidence=0.9,
    )
    return mention_from_event(event, doc, date(2025, 5, 13))


def test_link_a_stand_in_for_nobody_named_is_no_common_ground():
    """Two unnamed attacks in one country that day, a bus in one report and a police post in
    another, both give the coder's "Unidentified armed group (CMR)": that stands in for nobody
    named, and is no party the two share (ground.told_parties). Two reports of the one
    attack on the bus still meet by the bus."""
    bus = _unnamed_attack("bus", "d1", "Gunmen fired at a Tarvo bus.", "fired", "Tarvo bus")
    post = _unnamed_attack(
        "post", "d2", "Gunmen attacked a police post.", "attacked", "police post"
    )
    again = _unnamed_attack("again", "d3", "Gunmen shot at the Tarvo bus.", "shot", "Tarvo bus")
    assert bus.stand_ins == {"unidentified armed group (cmr)"} and "tarvo bus" not in bus.stand_ins
    assert not compatible(bus, post) and not compatible(again, post)
    assert compatible(bus, again)
    mentions = [bus, post, again]
    pairs, _ = block_features(mentions, np.eye(3), np.eye(3), {"d1": 0, "d2": 1, "d3": 2})
    assert (0, 2) in pairs and (0, 1) not in pairs and (1, 2) not in pairs


def _order(key: str, doc: str, mode: str, text: str, trigger: str, actor: str, where: tuple):
    """An order of COERCE in ``mode`` by ``actor`` of Cameroon, placed at ``where`` (name,
    feature, lat, lon), dated Monday 12 May 2025: by its own words where it names Monday, else
    by the story around it."""
    at, by = text.index(trigger), text.index(actor)
    name, feature, lat, lon = where
    event = Event(
        event_id=key,
        event_type="COERCE",
        mode=mode,
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=trigger, start=at, end=at + len(trigger)),
        actor=Actor(text=actor, start=by, end=by + len(actor), name=actor, country="CMR"),
        location=Place(
            text=name, start=0, end=0, name=name, feature=feature, country="CMR", lat=lat, lon=lon
        ),
        date="2025-05-12",
        date_source="text" if "Monday" in text else "context",
        confidence=0.9,
    )
    return mention_from_event(event, doc, date(2025, 5, 12))


def test_link_reports_of_one_order_meet_on_the_order():
    """Reports of one state of emergency place it where they please (the capital, the country,
    the city the news is from) and name its maker as they please: the order of one type and mode,
    in one country, on agreeing days, is their common ground (ground.one_order), and a party
    both name makes two towns of its country no two places of it (one_order_two_cities). A
    curfew that day is another order, and so is a state of emergency a governor declares in
    another town of the country."""
    tarvo, country, yaounde, garoua = (
        ("Tarvo", "city", 4.1, 9.7),
        ("Cameroon", "country", 5.7, 12.7),
        ("Yaounde", "city", 3.9, 11.5),
        ("Garoua", "city", 9.3, 13.4),
    )
    said = "President Lena Varga proclaimed a state of emergency on Monday."
    first = _order("first", "d1", "martial-law", said, "proclaimed", "Lena Varga", tarvo)
    second = _order(
        "second",
        "d2",
        "martial-law",
        "The government imposed a state of emergency.",
        "imposed",
        "government",
        country,
    )
    third = _order("third", "d3", "martial-law", said, "proclaimed", "Lena Varga", yaounde)
    curfew = _order(
        "curfew",
        "d4",
        "curfew",
        "Lena Varga imposed a curfew on Monday.",
        "imposed",
        "Lena Varga",
        tarvo,
    )
    governor = _order(
        "governor",
        "d5",
        "martial-law",
        "Governor Ali Njoya proclaimed a state of emergency.",
        "proclaimed",
        "Ali Njoya",
        garoua,
    )
    assert compatible(first, second) and compatible(second, third)
    assert compatible(first, third)  # two towns, one maker named alike
    assert not compatible(first, curfew) and not compatible(first, governor)
    mentions = [first, second, third, curfew, governor]
    index = {f"d{k}": k - 1 for k in range(1, 6)}
    pairs, _ = block_features(mentions, np.eye(5), np.eye(5), index)
    assert {(0, 1), (0, 2), (1, 2)} <= set(pairs)
    assert not {(0, 3), (0, 4), (2, 4), (3, 4)} & set(pairs)


def test_link_a_destruction_and_an_attack_need_more_than_their_city():
    """The looting of a city's shops and a shooting there that day are two happenings of its
    unrest, though both are told of the city and the day (ground.place_not_enough): a
    destruction pairs with an event of a related type only on a party, a name beyond the
    place, or a telling figure in common. The building a crowd stormed and then set on fire is
    named by both reports, and still meets."""
    looted = _told(
        "looted",
        "d1",
        "COERCE",
        "destroy",
        "Rioters looted shops across Tarvo.",
        "looted",
        actor=("Rioters", None),
    )
    shot = _told(
        "shot",
        "d2",
        "ASSAULT",
        None,
        "Gunmen shot a trader dead in Tarvo.",
        "shot",
        actor=("Gunmen", "UAF"),
        recipient=("trader", None),
    )
    burned = _told(
        "burned",
        "d3",
        "COERCE",
        "destroy",
        "The Tarvo customs office was set on fire.",
        "set on fire",
        recipient=("Tarvo customs office", None),
    )
    stormed = _told(
        "stormed",
        "d4",
        "ASSAULT",
        None,
        "A crowd stormed the Tarvo customs office.",
        "stormed",
        actor=("crowd", None),
        recipient=("Tarvo customs office", None),
    )
    assert not compatible(looted, shot) and not compatible(burned, shot)
    assert compatible(burned, stormed)
    mentions = [looted, shot, burned, stormed]
    pairs, _ = block_features(mentions, np.eye(4), np.eye(4), {f"d{k}": k - 1 for k in range(1, 5)})
    assert (2, 3) in pairs and (0, 1) not in pairs and (1, 2) not in pairs


def _sentence(key: str, text: str, trigger: str) -> Event:
    """An attack told in one sentence of a report of 14 May 2025, in Tarvo."""
    start = text.index(trigger)
    return Event(
        event_id=key,
        event_type="ASSAULT",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text=trigger, start=start, end=start + len(trigger)),
        date="2025-05-14",
        date_source="published",
        confidence=0.9,
    )


def test_link_an_act_told_as_going_on_for_years_joins_no_story():
    """A report of a bombing that adds what the group has done for years ("has been fighting
    the army since 2011", "hundreds have been slain over the years-long revolt", "is known to
    carry out kidnappings") tells no second happening of that day: such an act joins no story
    (link/lasting.py), though it names the group, the city and the day."""
    day = date(2025, 5, 14)
    bombing = _sentence("bomb", "A car bomb killed nine people in Tarvo on Wednesday.", "killed")
    lasting = [
        _sentence("war", "The militia has been fighting the army in Tarvo since 2011.", "fighting"),
        _sentence(
            "toll", "Hundreds of people have been slain over the years-long revolt.", "slain"
        ),
        _sentence(
            "habit", "The militia is known to carry out kidnappings near Tarvo.", "kidnappings"
        ),
    ]
    news = mention_from_event(bombing, "d1", day)
    told = [mention_from_event(e, f"d{k}", day) for k, e in enumerate(lasting, start=2)]
    assert not news.compared and all(m.compared and not m.founds for m in told)
    assigned = StoryLinker(_lemma_model()).assign([news, *told], [], lambda ids: {})
    assert assigned[str(news.key)] == new_story_id(str(news.key))
    assert all(assigned[str(m.key)] is None for m in told)
    # a perfect with no stretch of years, or the worst attack "since 2019", is the day's act
    again = _sentence(
        "again", "Gunmen have killed four guards in the worst raid since 2019.", "killed"
    )
    assert not mention_from_event(again, "d5", day).compared


def test_link_a_month_or_year_and_no_date_need_a_party_named_alike():
    """An attack a report dates only to a year ("in 2021 a bomb hit the mosque in Tarvo") and
    another it does not date at all ("two days before, three men were killed in a Tarvo cafe")
    share only the city, which sees many attacks in a year: they pair only on a party named
    alike or a figure both give (features.coarse_and_undated). Nor is a stand-in for nobody
    named a party named alike (ground.told_parties), as between two attacks dated to one month."""
    town = (4.1, 9.7, "city", "CMR")
    gunmen = "unidentified armed group (cmr)"

    def attack(key, doc, when, *parties):
        return LinkMention(
            key,
            doc,
            0,
            4,
            event_type="ASSAULT",
            time=TimeValue.parse(when) if when else None,
            place=town,
            arguments=frozenset({gunmen, *parties}),
            stand_ins=frozenset({gunmen}),
            entities=frozenset({gunmen, "tarvo", *parties}),
        )

    mosque = attack("mosque", "d1", "2021", "tarvo mosque")
    cafe = attack("cafe", "d2", None, "three men")
    again = attack("again", "d3", None, "tarvo mosque")
    assert not compatible(mosque, cafe) and compatible(mosque, again)
    april, later = (
        attack("april", "d4", "2021-04", "guards"),
        attack("later", "d5", "2021-04", "pupils"),
    )
    assert not compatible(april, later)
    mentions = [mosque, cafe, again, april, later]
    pairs, _ = block_features(mentions, np.eye(5), np.eye(5), {f"d{k}": k - 1 for k in range(1, 6)})
    assert (0, 2) in pairs and (0, 1) not in pairs and (3, 4) not in pairs


def test_link_an_attack_only_feared_as_one_more_joins_no_story():
    """A report of a bombing that tells what was feared after it ("fearing a follow-up attack
    on the crowd") or what the group only tries, again and again ("its frequent attempts to
    strike the base") tells no second attack of that day: such an act joins no story
    (lasting.is_other_act_text, the habit words of lasting.is_lasting_text). A second attack
    told as done is a happening."""
    day = date(2025, 5, 14)
    feared = _sentence("feared", "Police cleared Tarvo, fearing a follow-up attack.", "attack")
    tries = _sentence(
        "tries", "It was the latest of its frequent attempts to strike Tarvo.", "strike"
    )
    done = _sentence("done", "Another attack killed two guards in Tarvo.", "attack")
    told = [
        mention_from_event(feared.model_copy(update={"modality": "possible"}), "d1", day),
        mention_from_event(tries.model_copy(update={"modality": "planned"}), "d2", day),
    ]
    assert all(m.compared and not m.founds for m in told)
    assert not mention_from_event(done, "d3", day).compared
