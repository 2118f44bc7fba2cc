"""The story linker's parts on hand-made mentions: dates, rules, features, clustering, model."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from crisislens.link.cluster import average_link, link_block
from crisislens.link.documents import DocumentSimilarity, groups
from crisislens.link.events import mention_from_event, stem
from crisislens.link.features import FEATURES, INDEX, compatible, pair_features, speakers_differ
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.model import PairModel
from crisislens.link.places import place_relation
from crisislens.link.saved import dump, load
from crisislens.link.telling import is_background_text
from crisislens.link.text import dateline
from crisislens.schemas import Actor, Event, Place, Quantity, TextSpan


def _m(key, doc=None, **kw) -> LinkMention:
    """A mention; by default each in an article of its own (two reports)."""
    return LinkMention(key, doc or f"article-{key}", 0, 4, **kw)


def test_link_time_conflicts_only_at_the_coarser_precision():
    day, month, year = (TimeValue.parse(t) for t in ("2022-01-06", "2022-01", "2022"))
    assert not day.conflicts(month) and not month.conflicts(year) and not day.conflicts(year)
    assert day.conflicts(TimeValue.parse("2022-01-16"))
    assert not day.conflicts(TimeValue.parse("2022-01-07"))  # a day apart: time zones, midnight
    assert month.conflicts(TimeValue.parse("2021-12-31"))
    assert TimeValue.parse("2022-01-06", "week").matches(TimeValue.parse("2022-01-10"))
    assert TimeValue.parse("not a date") is None


def test_link_compatible_rejects_known_different_dates():
    a = _m(
        "a", event_type="PROTEST", time=TimeValue.parse("2022-01-04"), arguments=frozenset({"x"})
    )
    b = _m(
        "b", event_type="PROTEST", time=TimeValue.parse("2022-01-20"), arguments=frozenset({"x"})
    )
    assert not compatible(a, b)
    assert compatible(
        a,
        _m("c", event_type="PROTEST", time=TimeValue.parse("2022-01"), arguments=frozenset({"x"})),
    )


def test_link_compatible_rejects_other_types_and_far_places():
    almaty = (43.25, 76.91, "city", "KAZ")
    astana = (51.17, 71.45, "city", "KAZ")
    a = _m("a", event_type="ASSAULT", place=almaty)
    assert not compatible(a, _m("b", event_type="PROTEST", place=almaty))
    assert not compatible(a, _m("b", event_type="ASSAULT", place=astana))
    b = _m("b", event_type="ASSAULT", place=(43.3, 76.95, "city", "KAZ"))
    assert compatible(a, b)


def test_link_two_coded_events_of_one_article_are_two_happenings():
    # the article coder groups an article's mentions into one event per happening: two coded
    # events it kept apart ("Ukraine agreed to a truce", "the Kremlin welcomed the plan") are
    # never one story on their own; given mentions (no type) link within a document as across
    day = TimeValue.parse("2025-03-11")
    agreed = _m("a", "d1", event_type="AGREE", time=day, arguments=frozenset({"truce"}))
    welcomed = _m("b", "d1", event_type="AGREE", time=day, arguments=frozenset({"truce"}))
    assert not compatible(agreed, welcomed)
    assert compatible(agreed, replace(welcomed, doc="d2"))
    assert compatible(replace(agreed, event_type=None), replace(welcomed, event_type=None))


def test_link_two_days_and_two_targets_are_two_events():
    # "a car bomb killed six soldiers on Monday" and "gunmen killed two police officers on
    # Tuesday", each dated by its own words, in one city: a day apart is within the slack
    # between reports of one happening, but not with other victims and no figure in common
    def report(key, doc, day, target, figures=()):
        return _m(
            key,
            doc,
            event_type="ASSAULT",
            time=TimeValue.parse(day),
            worded_date=True,
            place=(2.04, 45.34, "city", "SOM"),
            figures=figures,
            extra={"recipient_name": target},
        )

    bomb = report("a", "d1", "2024-07-08", "six soldiers", (("dead", 6.0),))
    shooting = report("b", "d2", "2024-07-09", "two police officers", (("dead", 2.0),))
    assert not compatible(bomb, shooting)
    # the same victims, or the same toll, or the same day: one event told twice may be
    assert compatible(bomb, replace(shooting, extra={"recipient_name": "the soldiers"}))
    assert compatible(bomb, replace(shooting, figures=(("dead", 6.0),)))
    assert compatible(bomb, replace(shooting, time=bomb.time))
    # a day the report took from its own date, not its words, says too little to part them
    assert compatible(bomb, replace(shooting, worded_date=False))


def test_link_places_of_one_happening_may_be_towns_a_hundred_km_apart():
    # about 110 km apart (one degree of latitude): the nearest town and the district's seat
    town, seat = (30.0, 68.0, "city", "PAK"), (31.0, 68.0, "city", "PAK")
    a = _m("a", event_type="ASSAULT", place=town, time=TimeValue.parse("2025-03-11"))
    b = _m("b", event_type="ASSAULT", place=seat, time=TimeValue.parse("2025-03-11"))
    assert compatible(a, b) and pair_features(a, b)[INDEX["place_match"]] == 1
    # one writer names one happening's place alike: within one article they are two places
    assert place_relation(a, b) == "conflict"
    # about 220 km: two towns, two happenings
    far = _m("c", event_type="ASSAULT", place=(32.0, 68.0, "city", "PAK"), time=a.time)
    assert not compatible(a, far)
    # a town and the centroid of the large province it lies in, about 330 km apart
    province = _m("d", event_type="ASSAULT", place=(28.0, 65.5, "admin1", "PAK"), time=a.time)
    assert compatible(a, province)


def test_link_undated_pairs_never_on_type_alone():
    dated = _m("a", event_type="PROTEST", time=TimeValue.parse("2022-01-05"))
    undated = _m("b", event_type="PROTEST")
    assert not compatible(dated, undated)
    shared = frozenset({"oil workers"})
    assert compatible(
        _m("a", event_type="PROTEST", time=TimeValue.parse("2022-01-05"), arguments=shared),
        _m("b", event_type="PROTEST", arguments=shared),
    )


def test_link_events_dated_only_by_their_story_need_common_ground():
    # "Fuel prices rose on Monday. Traders blamed the new levy." codes the blaming with the
    # Monday of the sentence before it: a borrowed day, not the blaming's own
    monday = TimeValue.parse("2023-04-03")
    borrowed = _m("a", event_type="ACCUSE", time=monday, context_dated=True)
    own = _m("b", "d2", event_type="ACCUSE", time=monday)
    assert not compatible(borrowed, own)
    assert compatible(own, _m("c", "d3", event_type="ACCUSE", time=monday))
    traders = frozenset({"traders"})
    assert compatible(
        _m("a", event_type="ACCUSE", time=monday, context_dated=True, arguments=traders),
        _m("b", "d2", event_type="ACCUSE", time=monday, arguments=traders),
    )
    event = Event(
        event_id="e9",
        event_type="ACCUSE",
        evidence=TextSpan(text="Traders blamed the new levy.", start=30, end=58),
        trigger=TextSpan(text="blamed", start=38, end=44),
        confidence=0.8,
        date="2023-04-03",
        date_source="context",
    )
    assert mention_from_event(event, "a1").context_dated
    assert not mention_from_event(
        event.model_copy(update={"date_source": "text"}), "a1"
    ).context_dated


def test_link_a_country_as_the_place_is_no_common_ground():
    # two reports of protests, one undated, both placed only "in Chile", by different groups
    def protest(event_id, text, group, place, feature, date=None):
        return Event(
            event_id=event_id,
            event_type="PROTEST",
            evidence=TextSpan(text=text, start=0, end=len(text)),
            trigger=TextSpan(
                text="marched", start=text.index("marched"), end=text.index("marched") + 7
            ),
            confidence=0.8,
            date=date,
            actor=Actor(text=group, start=0, end=len(group), name=group),
            location=Place(
                text=place,
                start=0,
                end=len(place),
                name=place,
                country="CHL",
                lat=-33.4,
                lon=-70.6,
                feature=feature,
            ),
        )

    dockers = protest(
        "e1", "Dock workers marched in Chile.", "Dock workers", "Chile", "country", "2023-05-02"
    )
    students = protest("e2", "Students marched across Chile.", "Students", "Chile", "country")
    a, b = mention_from_event(dockers, "a1"), mention_from_event(students, "a2")
    assert a.wide_names == frozenset({"chile"}) and not compatible(a, b)
    # the same town is common ground
    town = "Valparaiso"
    a = mention_from_event(
        protest(
            "e3", "Dock workers marched in Valparaiso.", "Dock workers", town, "city", "2023-05-02"
        ),
        "a1",
    )
    b = mention_from_event(
        protest("e4", "Students marched in Valparaiso.", "Students", town, "city"), "a2"
    )
    assert not a.wide_names and compatible(a, b)


def test_link_month_dated_pairs_need_a_party_or_figure_in_common():
    kalat = (29.0, 66.6, "admin2", "PAK")
    province = (28.0, 66.0, "admin1", "PAK")
    earlier = _m("a", event_type="ASSAULT", time=TimeValue.parse("2025-03"), place=kalat)
    today = _m("b", event_type="ASSAULT", time=TimeValue.parse("2025-03-12"), place=province)
    assert not compatible(earlier, today)  # a month and a province: not enough
    miners = frozenset({"11 coal miners"})
    assert compatible(
        _m("a", event_type="ASSAULT", time=TimeValue.parse("2025-03"), arguments=miners),
        _m("b", event_type="ASSAULT", time=TimeValue.parse("2025-03-12"), arguments=miners),
    )
    assert compatible(
        _m("a", event_type="ASSAULT", time=TimeValue.parse("2025-03"), figures=(("dead", 11.0),)),
        _m(
            "b", event_type="ASSAULT", time=TimeValue.parse("2025-03-12"), figures=(("dead", 11.0),)
        ),
    )


def test_link_statements_by_two_named_speakers_are_two_statements():
    day = TimeValue.parse("2023-04-11")

    def said(doc, speaker, event_type="ACCUSE"):
        return _m(doc, doc=doc, event_type=event_type, time=day, extra={"actor_name": speaker})

    assert speakers_differ(said("a", "Maria Lopez"), said("b", "Thomas Baker"))
    assert not compatible(said("a", "Maria Lopez"), said("b", "Thomas Baker"))
    assert compatible(said("a", "Maria Lopez"), said("b", "Lopez"))  # one speaker
    assert compatible(said("a", "Maria Lopez"), said("b", None))  # the speaker unnamed
    # a meeting has two sides: one report names one as the actor, another the other
    assert compatible(said("a", "Maria Lopez", "CONSULT"), said("b", "Thomas Baker", "CONSULT"))
    # within one article the coder has already grouped its mentions: two events it kept apart
    # are two, whoever speaks
    assert not compatible(
        said("a", "Maria Lopez"),
        _m("c", doc="a", event_type="ACCUSE", time=day, extra={"actor_name": "Maria Lopez"}),
    )


def test_link_a_plan_joins_another_article_only_on_common_ground():
    """'The ministry plans to curb imports of steel' and, two days on, 'the president imposed
    duties on cars' in another article: one type, near days, one country, and nothing else
    alike: two events. With an actor in common the plan may be the act it announced."""
    usa = (39.83, -98.58, "country", "USA")
    imposed = _m(
        "a",
        doc="a",
        event_type="COERCE",
        time=TimeValue.parse("2025-03-04"),
        place=usa,
        arguments=frozenset({"the president"}),
    )
    plan = _m(
        "b",
        doc="b",
        event_type="COERCE",
        time=TimeValue.parse("2025-03-02"),
        place=usa,
        arguments=frozenset({"the ministry"}),
        asserted=False,
    )
    assert not compatible(imposed, plan)
    assert compatible(imposed, replace(plan, asserted=True))  # two acts: the model decides
    assert compatible(imposed, replace(plan, arguments=frozenset({"the president"})))


def test_link_related_types_join_only_on_agreeing_days_and_common_ground():
    sibi = (29.54, 67.88, "city", "PAK")
    attack = _m("a", event_type="ASSAULT", time=TimeValue.parse("2025-03-11"), place=sibi)
    hostages = _m("b", event_type="COERCE", time=TimeValue.parse("2025-03-11"), place=sibi)
    assert compatible(attack, hostages)  # the attack and the hostage taking in it
    assert not compatible(
        attack, _m("b", event_type="COERCE", time=TimeValue.parse("2025-03-11"))
    )  # nothing in common but the day
    assert not compatible(attack, _m("b", event_type="COERCE", place=sibi))  # undated
    assert not compatible(
        attack, _m("b", event_type="COERCE", time=TimeValue.parse("2025-03"), place=sibi)
    )  # only the month
    assert not compatible(
        attack, _m("b", event_type="PROTEST", time=TimeValue.parse("2025-03-11"), place=sibi)
    )  # no related type


def test_link_an_arrest_is_a_happening_of_its_own():
    """The suspects held the day after a shooting ("six men were arrested over Tuesday's
    attack") are no other report's reading of the shooting, though dated alike and placed in
    one town (data/link.yaml own_happening_modes); the passengers seized in it may be."""
    town = (12.1, 15.0, "city", "TCD")
    shooting = _m("a", event_type="ASSAULT", time=TimeValue.parse("2025-06-10"), place=town)
    held = _m(
        "b", event_type="COERCE", mode="arrest", time=TimeValue.parse("2025-06-11"), place=town
    )
    assert not compatible(shooting, held)
    assert compatible(shooting, replace(held, mode="seize"))
    assert compatible(held, replace(held, key="c", doc="article-c"))  # two reports of the arrest


def test_link_one_city_coded_to_two_states_is_no_place_conflict():
    """One report places a shooting in a city's western part and codes it to one state, another
    in its eastern part, which the gazetteer gives to another: a few km apart, that is one city
    (places.one_city_two_states); towns 80 km apart in two states stay two places."""
    day = TimeValue.parse("2025-01-27")
    west = _m("a", event_type="ASSAULT", time=day, place=(31.769, 35.216, "city", "ISR"))
    east = _m("b", event_type="ASSAULT", time=day, place=(31.783, 35.234, "city", "PSE"))
    assert compatible(west, east)
    assert not compatible(west, replace(east, place=(32.46, 35.30, "city", "PSE")))


def test_link_only_countries_a_partys_words_tell_rule_out_a_pair():
    """'A 50-year-old man was arrested in Ulm' codes the man to Germany by his place; another
    report of that arrest calls him 'a Tarvanian doctor'. The state rule reads only countries
    the parties' words tell (events.told_country); the feature still reads both."""
    day = TimeValue.parse("2025-12-20")
    ulm = (48.4, 10.0, "city", "DEU")
    placed = {"recipient_country": "DEU", "recipient_country_told": False}
    man = _m("a", event_type="COERCE", time=day, place=ulm, extra=placed)
    doctor = _m("b", event_type="COERCE", time=day, place=ulm, extra={"recipient_country": "TVA"})
    assert compatible(man, doctor)
    assert pair_features(man, doctor)[INDEX["state_conflict"]] == 1
    told = {"recipient_country": "DEU", "recipient_country_told": True}
    assert not compatible(replace(man, extra=told), doctor)


def test_link_told_country_reads_the_partys_words():
    from crisislens.link.events import told_country
    from crisislens.schemas import Actor, Event, Place, TextSpan

    text = "The driver was held in Ulm by German police, officials said."
    event = Event(
        event_id="e1",
        event_type="COERCE",
        confidence=0.9,
        evidence=TextSpan(text=text, start=0, end=len(text)),
        location=Place(text="Ulm", start=23, end=26, name="Ulm", country="DEU"),
    )

    def party(words: str, start: int, country: str = "DEU") -> Actor:
        return Actor(text=words, start=start, end=start + len(words), name=words, country=country)

    assert not told_country(party("driver", 4), event)
    assert told_country(party("The driver", 0), event)  # a capital: read as told, to be safe
    assert told_country(party("German police", 30), event)
    assert told_country(party("Mayor Lena Varga", 30), event)
    assert told_country(party("driver", 4, "FRA"), event)  # not the place's country
    assert told_country(None, event)


def test_link_a_named_partys_plan_joins_on_its_parties_not_its_place():
    """'Governor Ana Ruiz said she was sending the guard to quell the riots' (planned, by a
    named actor) and another report's riot police firing tear gas in the same city that day
    share a place, not a party: two happenings. A report of her plan, or of the guard she
    sends, naming her, may be the same; a plan by nobody named keeps the place rule."""
    day = TimeValue.parse("2025-03-04")
    city = (10.0, 20.0, "city", "TVA")
    plan = _m(
        "a",
        event_type="COERCE",
        asserted=False,
        time=day,
        place=city,
        arguments=frozenset({"ana ruiz"}),
        entities=frozenset({"ana ruiz", "tarville"}),
        extra={"actor_named": True},
    )
    gas = _m(
        "b",
        event_type="COERCE",
        time=day,
        place=city,
        arguments=frozenset({"police"}),
        entities=frozenset({"police", "tarville"}),
    )
    assert plan.named_plan and not gas.named_plan
    booked = replace(plan, event_type="CONSULT")  # not force: the place rule as before
    assert compatible(booked, replace(gas, event_type="CONSULT"))
    assert not compatible(plan, gas) and not compatible(gas, plan)
    assert compatible(plan, replace(gas, arguments=frozenset({"ana ruiz", "guard"})))
    assert compatible(replace(plan, extra={"actor_named": False}), gas)
    assert compatible(replace(plan, asserted=True), gas)  # an act: the place rule as before
    back = load(*dump(plan), vocab=None)
    assert back.named_plan


def test_link_two_ordinals_are_two_of_a_series():
    """'The envoys opened the fourth round of talks' and another report's 'fifth round', or
    'the 12th annual festival' and 'the 14th festival', are two happenings of a series; an
    ordinal on one side only rules nothing out (link/telling.py edition)."""
    from crisislens.link.telling import edition

    assert edition("the envoys from Tarvania opened the fourth ") == 4
    assert edition("crowds came to the 12th annual ") == 12
    assert edition("she began her second full ") == 2
    assert edition("the first, then a ") is None  # punctuation between
    assert edition("the second of the three long ") is None  # more than three words between
    assert edition("the talks in 2019 ") is None  # a year is no ordinal
    fourth = _m("a", lemma="round", edition=4)
    assert not compatible(fourth, _m("b", lemma="round", edition=5))
    assert compatible(fourth, _m("b", lemma="round", edition=4))
    assert compatible(fourth, _m("b", lemma="round"))


def test_link_named_actor_reads_a_name_not_a_placeholder_or_a_count():
    from crisislens.link.events import named_actor

    text = "Police said Governor Ana Ruiz was sending about 900 soldiers to Tarville."
    trigger = TextSpan(text="sending", start=34, end=41)
    event = Event(
        event_id="e1",
        event_type="MOBILIZE",
        confidence=0.9,
        modality="planned",
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=trigger,
    )

    def by(words: str, start: int, name: str | None = None, sector: str | None = None) -> Event:
        actor = Actor(
            text=words, start=start, end=start + len(words), name=name or words, sector=sector
        )
        return event.model_copy(update={"actor": actor})

    assert named_actor(by("Governor Ana Ruiz", 12, "Ana Ruiz"))
    assert named_actor(by("she", 12, "Ana Ruiz"))  # a pronoun the coder resolved
    assert not named_actor(by("Police", 0))  # a capital the sentence's start gives
    assert not named_actor(by("about 900 soldiers", 42))  # a count
    assert not named_actor(by("young Tarvanian people", 42))  # a common noun's head
    assert not named_actor(by("sending", 34, "Unidentified armed group (TVA)"))
    assert not named_actor(by("gunmen", 12, "Gunmen (TVA)", "UAF"))
    assert not named_actor(event)


def test_link_restrictions_coded_coerce_or_sanction_may_be_one():
    """Duties imposed on another state's goods are SANCTION in one report and COERCE in another
    (data/link.yaml related_types "COERCE:restrict", "SANCTION:restrict"); an arrest, an
    expulsion or an attack is never such a restriction."""
    day = TimeValue.parse("2025-02-03")
    washington = frozenset({"united states"})
    sanction = _m("a", event_type="SANCTION", mode="restrict", time=day, arguments=washington)
    coerce = _m("b", event_type="COERCE", mode="restrict", time=day, arguments=washington)
    assert compatible(sanction, coerce)
    assert not compatible(sanction, replace(coerce, mode="arrest"))
    assert not compatible(replace(sanction, mode="expel"), coerce)
    assert not compatible(sanction, replace(coerce, event_type="ASSAULT", mode=None))
    assert not compatible(sanction, replace(coerce, arguments=frozenset()))  # nothing in common
    # the hostage taking of an attack still relates to it in any of its modes
    attack = replace(coerce, key="c", doc="article-c", event_type="ASSAULT", mode=None)
    assert compatible(attack, replace(coerce, mode="abduct"))


def test_link_actor_countries_conflict_except_igos():
    a = _m("a", doc="d1", extra={"actor_country": "RUS"})
    conflict = INDEX["state_conflict"]
    assert pair_features(a, _m("b", doc="d1", extra={"actor_country": "USA"}))[conflict] == 1
    assert pair_features(a, _m("b", doc="d1", extra={"actor_country": "IGO"}))[conflict] == 0
    # within one article, evidence (the article coder already grouped its mentions) ...
    assert compatible(a, _m("b", doc="d1", extra={"actor_country": "USA"}))
    # ... across articles, a rule: Canada's tariffs on the US are not the US's tariffs on Canada
    ottawa = _m("a", extra={"actor_country": "CAN", "recipient_country": "USA"})
    washington = _m("b", doc="d2", extra={"actor_country": "USA", "recipient_country": "CAN"})
    assert not compatible(ottawa, washington)
    assert compatible(a, _m("b", doc="d2", extra={"actor_country": "IGO"}))
    assert compatible(a, _m("b", doc="d2", extra={"actor_country": "RUS"}))


def _lemma_model() -> PairModel:
    """A pair model that says 'one event' exactly when the triggers share a lemma."""
    layers = [(np.array([[10.0]], dtype=np.float32), np.array([-5.0], dtype=np.float32))]
    return PairModel(("same_lemma",), np.zeros(1), np.ones(1), layers, 0.5, 0.9)


def test_link_possible_events_join_stories_but_start_none():
    from crisislens.link.stories import StoryLinker, new_story_id

    day = TimeValue.parse("2022-01-06")
    almaty = (43.25, 76.91, "city", "KAZ")

    def report(key, doc, **kw):
        return _m(key, doc, lemma="kill", event_type="ASSAULT", time=day, place=almaty, **kw)

    linker = StoryLinker(_lemma_model())
    alone = linker.assign([report("maybe", "d1", hedged=True)], [], lambda ids: {})
    assert alone == {"maybe": None}  # 'may have been killed', told by no one else
    told = [report("maybe", "d1", hedged=True), report("said", "d2")]
    assigned = linker.assign(told, [], lambda ids: {})
    assert assigned["maybe"] == assigned["said"] == new_story_id("said")  # the report founds it


def test_link_pair_features_read_both_mentions():
    v = np.ones(4, dtype=np.float32) / 2
    a = _m(
        "a",
        lemma="deploy",
        word_vector=v,
        arguments=frozenset({"russia", "troop"}),
        figures=(("troops", 3000.0),),
    )
    b = _m(
        "b",
        doc="d2",
        lemma="deploy",
        word_vector=v,
        arguments=frozenset({"russia"}),
        figures=(("troops", 3000.0),),
    )
    x = pair_features(a, b, document_similarity=0.4)
    assert x.shape == (len(FEATURES),)
    assert x[INDEX["same_lemma"]] == 1 and x[INDEX["word_similarity"]] == pytest.approx(1.0)
    assert x[INDEX["argument_overlap"]] == pytest.approx(0.5)
    assert x[INDEX["same_document"]] == 0 and x[INDEX["document_similarity"]] == pytest.approx(0.4)
    assert x[INDEX["figure_match"]] == 1
    assert x[INDEX["context_similarity"]] == 0  # no context vectors: no evidence, not a penalty


def test_link_synonyms_share_a_wordnet_meaning():
    from crisislens.link.senses import synonyms

    assert synonyms("foil", "thwart") and synonyms("nab", "arrest")
    assert synonyms("injure", "wound")
    assert synonyms("take into custody", "arrest") and synonyms("open fire", "shoot")
    assert not synonyms("arrest", "resign") and not synonyms("arrest", "arrest")
    assert not synonyms("arrest", "zzzz")
    a = _m("a", lemma="nab")
    x, y = (
        pair_features(a, _m("b", doc="d2", lemma="arrest")),
        pair_features(a, _m("b", lemma="vote")),
    )
    assert x[INDEX["synonym"]] == 1 and y[INDEX["synonym"]] == 0


def test_link_trigger_phrases_take_the_meanings_of_their_word(nlp):
    """A trigger read as a phrase pairs with the one word another report uses."""
    from crisislens.link.senses import synonyms
    from crisislens.link.text import mentions_from_doc

    lemmatizer = nlp.get_pipe("lemmatizer")

    def lemma(text: str, trigger: str) -> str:
        start = text.index(trigger)
        doc = nlp(text)
        return mentions_from_doc(
            doc, [(start, start + len(trigger))], "d", None, None, 0, 0, lemmatizer
        )[0].lemma

    custody = lemma("Border guards took two smugglers into custody near the river.", "took")
    assert custody == "take into custody" and synonyms(custody, "apprehend")
    fire = lemma("A masked man opened fire on the crowd outside the stadium.", "opened fire")
    assert fire == "open fire" and synonyms(fire, "shoot")
    assert lemma("The gunman shot the guard to death at the gate.", "shot") == "shoot to death"
    assert lemma("The company lost its licence after the audit.", "lost") == "lose"
    # a verb and a preposition alone are no phrase: "lived in" is not "live in"
    assert lemma("The farmer lived in the valley for years.", "lived") == "live"


def test_link_second_senses_read_dismissal_and_filming_apart(parse):
    """'was fired' or 'a fired clerk' is a dismissal ('sack'), never a shooting; 'shot a
    video' is filming. Fire at someone, or rounds fired, stay gunfire."""
    from crisislens.link.senses import synonyms
    from crisislens.link.text import second_sense

    def sense(text: str, word: str) -> str | None:
        return second_sense(next(t for t in parse(text) if t.text == word))

    dismissed = [
        ("The ferry company fired him on Thursday.", "fired"),
        ("A fired bookkeeper came back to the depot with a rifle.", "fired"),
        ("The librarian was fired from the county archive in May.", "fired"),
        ("A nurse who was fired last spring sued the clinic.", "fired"),
    ]
    for text, word in dismissed:
        assert sense(text, word) == "sack", text
    assert synonyms("sack", "lose job")
    gunfire = [
        ("Soldiers fired on the marchers near the bridge.", "fired"),
        ("Shots were fired at the patrol overnight.", "fired"),
        ("The lorry was fired upon outside the camp.", "fired"),
        ("Militants fired rockets into the border town.", "fired"),
        ("A pistol was fired twice in the car park.", "fired"),
        ("A gunman shot two guards outside the bank.", "shot"),
        ("The driver was shot in the arm.", "shot"),
    ]
    for text, word in gunfire:
        assert sense(text, word) is None, text
    assert sense("The band shot a music video on the pier.", "shot") == "film"
    assert sense("The drama was shot in Gozo last winter.", "shot") == "film"


def test_link_headline_words_are_lemmatised_again(nlp):
    """A title-case headline leaves its verbs as names; running text keeps its names."""
    from crisislens.link.text import headline, mentions_from_doc

    lemmatizer = nlp.get_pipe("lemmatizer")
    text = "Coast Guard Rescues Four Fishermen Off Stormy Cape"
    start = text.index("Rescues")
    doc = nlp(text)
    assert headline(next(doc.sents))
    found = mentions_from_doc(doc, [(start, start + 7)], "d", None, None, 0, 0, lemmatizer)
    assert found[0].lemma == "rescue"
    running = nlp("Fans gathered in the square to watch the Golden Globes on a big screen.")
    assert not headline(next(running.sents))


def test_link_counts_of_a_trigger_and_their_evidence(parse):
    """'detained 14 smugglers' counts 14; a year is no count; two counts that differ conflict."""
    from crisislens.link.text import counts

    doc = parse("Troops detained 14 smugglers in 2019 near the border.")
    assert counts(next(t for t in doc if t.text == "detained")) == frozenset({14.0})
    doc = parse("Police arrested three men on Friday.")
    assert counts(next(t for t in doc if t.text == "arrested")) == frozenset({3.0})
    a = _m("a", counts=frozenset({14.0}))
    same, other, none = (
        pair_features(a, _m("b", doc="d2", counts=frozenset({14.0}))),
        pair_features(a, _m("b", doc="d2", counts=frozenset({16.0}))),
        pair_features(a, _m("b", doc="d2")),
    )
    assert same[INDEX["count_match"]] == 1 and same[INDEX["count_conflict"]] == 0
    assert other[INDEX["count_match"]] == 0 and other[INDEX["count_conflict"]] == 1
    assert none[INDEX["count_match"]] == 0 and none[INDEX["count_conflict"]] == 0


def test_link_two_speakers_make_two_statements(parse):
    """'The coroner said' and 'the sheriff said' are two statements; a speaker named alike, or
    a pronoun, keeps the pair open. Mentions of anything but speaking have no speaker."""
    from crisislens.link.text import speakers

    def who(text: str, word: str, lemma: str) -> frozenset[str]:
        return speakers(next(t for t in parse(text) if t.text == word), lemma)

    assert who("The county coroner said the driver had died at once.", "said", "say") == {"coroner"}
    assert "police" in who("Two men were hurt, according to local police.", "according", "accord")
    assert who("She said the road was closed.", "said", "say") == frozenset()
    assert who("The sheriff closed the road.", "closed", "close") == frozenset()
    coroner = _m("a", lemma="say", speakers=frozenset({"coroner"}))
    sheriff = _m("b", lemma="say", speakers=frozenset({"sheriff"}))
    assert not compatible(coroner, sheriff)
    assert not compatible(coroner, replace(sheriff, doc=coroner.doc))  # in one article too
    assert compatible(coroner, replace(sheriff, speakers=frozenset({"county", "coroner"})))
    assert compatible(coroner, _m("c", lemma="say"))


def test_link_average_link_respects_cannot_link():
    p = np.array([[0, 0.9, 0.8], [0.9, 0, 0.85], [0.8, 0.85, 0]])
    free = np.zeros((3, 3), dtype=bool)
    assert len(set(average_link(p, free, 0.5))) == 1
    cannot = free.copy()
    cannot[0, 2] = cannot[2, 0] = True  # e.g. known-different dates
    labels = average_link(p, cannot, 0.5)
    assert labels[0] != labels[2]


def test_link_clusters_that_mostly_agree_merge_despite_one_conflict():
    # four reports of one attack; the last dates it three days later than the first (a misread
    # date): alone the two would never join, but the last agrees with the other three
    p = np.full((4, 4), 0.95)
    np.fill_diagonal(p, 0)
    cannot = np.zeros((4, 4), dtype=bool)
    cannot[0, 3] = cannot[3, 0] = True
    p[0, 3] = p[3, 0] = 0.0
    assert len(set(average_link(p, cannot, 0.5))) == 1
    # two reports alone that conflict stay apart however alike they are
    pair = np.array([[0, 1.0], [1.0, 0]])
    assert len(set(average_link(pair, np.array([[False, True], [True, False]]), 0.5))) == 2
    # a cluster whose pairs with another mostly conflict stays apart from it
    cannot = np.zeros((4, 4), dtype=bool)
    cannot[np.ix_([0, 1], [2, 3])] = cannot[np.ix_([2, 3], [0, 1])] = True
    cannot[0, 3] = cannot[3, 0] = False
    p = np.full((4, 4), 0.95)
    np.fill_diagonal(p, 0)
    p[cannot] = 0.0
    labels = average_link(p, cannot, 0.5)
    assert labels[0] == labels[1] != labels[2] == labels[3]


def test_link_frozen_stories_keep_their_members():
    # mentions 0 and 1 are two stored stories; 2 is new and fits both, 3 is new and fits none
    p = np.array([[0, 0.0, 0.9, 0.0], [0.0, 0, 0.6, 0.0], [0.9, 0.6, 0, 0.1], [0.0, 0.0, 0.1, 0]])
    labels = link_block(p, np.zeros((4, 4), bool), 0.5, initial=[0, 1, -1, -1], frozen={0, 1})
    assert labels[2] == labels[0] != labels[1]
    assert labels[3] not in (labels[0], labels[1], labels[2])


def test_link_documents_group_by_shared_rare_words():
    texts = [
        "Lava from the Kilauea volcano reached the ocean near Kalapana on Tuesday.",
        "The Kilauea eruption sent lava toward Kalapana, officials said Tuesday.",
        "The central bank of Chile raised its interest rate by half a point.",
    ]
    sims = DocumentSimilarity(texts)
    assert sims.words(0, 1) > sims.words(0, 2)
    assert groups(sims, 0.95) == [0, 0, 1]


def test_link_documents_from_kept_terms_are_alike_to_documents_from_texts():
    """The store keeps each article's hashed words and names (doc_terms) and builds the same
    tf-idf similarities from them as from the texts."""
    from crisislens.link.documents import DocumentVectors, doc_terms

    texts = [
        "Herders and farmers clashed near Jos on Sunday; Jos officials counted nine dead.",
        "Nine people died in a clash between herders and farmers near Jos, police said.",
        "The Lisbon council voted to widen the tram network along the river.",
        "",
    ]
    direct = DocumentVectors(texts).similarity()
    kept = DocumentVectors.from_terms([doc_terms(t) for t in texts]).similarity([2, 0, 1, 3])
    order = [2, 0, 1, 3]
    assert np.allclose(kept.word_matrix, direct.word_matrix[np.ix_(order, order)], atol=1e-6)
    assert np.allclose(kept.name_matrix, direct.name_matrix[np.ix_(order, order)], atol=1e-6)
    assert kept.word_matrix[1, 2] > 0.2 > kept.word_matrix[0, 1]


def test_link_dateline_and_background():
    assert dateline("Quake hits the coast\nJune 4, 2014\nA strong earthquake ...") == "2014-06-04"
    assert is_background_text("Police fired tear gas amid ", "protests")
    assert is_background_text("The curfew came in the wake of the ", "riots")
    assert not is_background_text("Thousands joined ", "protests")
    assert not is_background_text("Shops closed after police ", "opened")


def test_link_stem_and_event_mentions():
    assert [stem(w) for w in ("deployed", "rallies", "protests", "stopped", "shelled")] == [
        "deploy",
        "rally",
        "protest",
        "stop",
        "shell",
    ]
    event = Event(
        event_id="e1",
        event_type="MOBILIZE",
        evidence=TextSpan(text="Russia deployed 3,000 troops to Almaty.", start=0, end=39),
        trigger=TextSpan(text="deployed", start=7, end=15),
        actor=Actor(text="Russia", start=0, end=6, name="Russia", country="RUS"),
        location=Place(
            text="Almaty",
            start=32,
            end=38,
            name="Almaty",
            country="KAZ",
            lat=43.25,
            lon=76.91,
            feature="city",
        ),
        quantities=[Quantity(kind="troops", value=3000, text="3,000", start=16, end=21)],
        date="2022-01",
        confidence=0.9,
    )
    m = mention_from_event(event, "a1", date(2022, 1, 7))
    assert m.lemma == "deploy" and m.event_type == "MOBILIZE"
    assert m.time.precision == "month" and m.place[3] == "KAZ"
    assert m.figures == (("troops", 3000.0),) and "russia" in m.arguments
    # a day the story's context gave (date_source "context") is read as the report's own day
    inferred = event.model_copy(
        update={"date": "2022-01-05", "date_precision": "day", "date_source": "context"}
    )
    m = mention_from_event(inferred, "a1", date(2022, 1, 7))
    assert (m.time.day, m.time.precision) == (date(2022, 1, 7), "day")
    stated = inferred.model_copy(update={"date_source": "text"})
    assert mention_from_event(stated, "a1", date(2022, 1, 7)).time.day == date(2022, 1, 5)


def test_link_saved_view_gives_back_the_mention_it_kept():
    """The store keeps each linked event's view (link/saved.py) and reads it on later ingests
    instead of the event's record: what it reads must be what mention_from_event made."""
    from dataclasses import fields

    from crisislens.link.vectors import load_word_vectors

    vocab = load_word_vectors()
    event = Event(
        event_id="e9",
        event_type="PROTEST",
        mode="demo",
        evidence=TextSpan(
            text="Farmers marched on the ministry in Lagos on Monday.", start=0, end=51
        ),
        trigger=TextSpan(text="marched", start=8, end=15),
        actor=Actor(text="Farmers", start=0, end=7, name="Farmers", country="NGA", sector="AGR"),
        recipient=Actor(text="the ministry", start=19, end=31, name="ministry", country="NGA"),
        location=Place(
            text="Lagos",
            start=35,
            end=40,
            name="Lagos",
            country="NGA",
            lat=6.45,
            lon=3.39,
            feature="city",
        ),
        quantities=[Quantity(kind="size", value=2000, text="2,000", start=0, end=5)],
        date="2023-03-06",
        date_source="text",
        modality="possible",
        confidence=0.8,
    )
    m = mention_from_event(event, "a7", date(2023, 3, 7), vocab)
    back = load(*dump(m), vocab=vocab)
    assert np.array_equal(m.extra.pop("evidence_rows"), back.extra.pop("evidence_rows"))
    for f in fields(m):
        mine, theirs = getattr(m, f.name), getattr(back, f.name)
        if isinstance(mine, np.ndarray) or isinstance(theirs, np.ndarray):
            assert mine is not None and theirs is not None and np.array_equal(mine, theirs), f.name
        else:
            assert mine == theirs, f.name
    assert back.hedged and back.worded_day and back.figures == (("size", 2000.0),)


def test_link_parties_read_titles_from_the_shared_dictionary(tmp_path, monkeypatch):
    """The linker reads who speaks for an office from the dictionary the pipeline shares with
    it (use_actors), so a title in the user's actor file counts, and no second copy is loaded."""
    from crisislens.actors.dictionary import ActorDictionary
    from crisislens.link import parties

    monkeypatch.setattr(parties, "_SHARED", {})
    file = tmp_path / "mine.csv"
    file.write_text(
        "name,aliases,country,sector,start,end,title\n"
        "Lidia Orrest,Orrest,RUS,GOV,2031-02-01,,President\n",
        encoding="utf-8",
    )
    speaker = Actor(text="Orrest", start=0, end=6, name="Lidia Orrest", country="RUS", sector="GOV")
    assert parties.party(speaker, "2031-06-01") is None  # our own dictionary: no such person
    mine = ActorDictionary.load((file,), base_layers=())
    parties.use_actors(mine)
    assert parties.party(speaker, "2031-06-01") == "office:kremlin"
    assert parties.party(speaker, "2030-06-01") is None  # not yet in office
    parties._person_party.cache_clear()  # nothing read from this dictionary outlives the test


def test_link_shipped_models_load_and_score():
    for variant in ("full", "fast"):
        model = PairModel.load(variant=variant)
        assert set(model.features) <= set(FEATURES)
        assert 0 < model.threshold < 1
        same = pair_features(
            _m("a", lemma="deploy", arguments=frozenset({"russia"})),
            _m("b", doc="d2", lemma="deploy", arguments=frozenset({"russia"})),
            document_similarity=0.6,
            name_similarity=0.6,
        )
        other = pair_features(_m("a", lemma="deploy"), _m("b", doc="d2", lemma="resign"))
        p_same, p_other = model.probability(np.vstack([same, other]))
        assert p_same > p_other


def _random_mentions(seed: int, n: int = 40) -> list[LinkMention]:
    rng = np.random.default_rng(seed)
    words = ["attack", "protest", "deploy", "arrest", "kill", "nab"]
    names = ["almaty", "russia", "police", "csto", "bishkek", "workers"]
    places = [
        (43.25, 76.91, "city", "KAZ"),
        (43.3, 76.95, "city", "KAZ"),
        (51.17, 71.45, "admin1", "KAZ"),
        (48.0, 68.0, "country", "KAZ"),
        (42.87, 74.59, "city", "KGZ"),
        (42.88, 74.61, "city", "KAZ"),  # a few km from the last, in another state
        None,
    ]
    times = ["2022-01-05", "2022-01-06", "2022-01-09", "2022-01", "2021", "2022-02", None]
    out = []
    for i in range(n):
        vec = rng.normal(size=8).astype(np.float32)
        out.append(
            LinkMention(
                i,
                f"d{rng.integers(4)}",
                0,
                4,
                sentence=int(rng.integers(5)),
                lemma=str(rng.choice(words)),
                text=str(rng.choice(words)),
                pos=str(rng.choice(["VERB", "NOUN", "OTHER"])),
                event_type=str(
                    rng.choice(["PROTEST", "ASSAULT", "COERCE", "ACCUSE", "SANCTION", "AID"])
                )
                if rng.random() < 0.7
                else None,
                mode=str(rng.choice(["restrict", "arrest", "peacekeeping"]))
                if rng.random() < 0.7
                else None,
                word_vector=vec / np.linalg.norm(vec) if rng.random() < 0.8 else None,
                arguments=frozenset(rng.choice(names, size=int(rng.integers(3)), replace=False)),
                entities=frozenset(rng.choice(names, size=int(rng.integers(3)), replace=False)),
                time=TimeValue.parse(
                    times[rng.integers(len(times))], "week" if rng.random() < 0.1 else None
                ),
                context_dated=bool(rng.random() < 0.3),
                asserted=bool(rng.random() < 0.7),
                hedged=bool(rng.random() < 0.2),
                worded_date=bool(rng.random() < 0.5),
                wide_names=frozenset({"russia"}) if rng.random() < 0.3 else frozenset(),
                sentence_times=tuple(
                    t for t in (TimeValue.parse(times[rng.integers(len(times))]),) if t
                ),
                numbers=frozenset(rng.choice(["3", "20"], size=int(rng.integers(2)))),
                figures=((("dead", 5.0),), (("dead", 1.0),), ())[int(rng.integers(3))],
                counts=frozenset(rng.choice([3.0, 20.0], size=int(rng.integers(3)), replace=False)),
                edition=(None, None, 4, 5)[int(rng.integers(4))],
                speakers=frozenset(
                    rng.choice(["coroner", "county", "sheriff"], size=int(rng.integers(3)))
                )
                if rng.random() < 0.4
                else frozenset(),
                place=places[rng.integers(len(places))],
                named_countries=frozenset(
                    rng.choice(["KAZ", "KGZ", "RUS"], size=int(rng.integers(3)), replace=False)
                ),
                published=date(2022, 1, int(rng.integers(1, 28)))
                if rng.random() < 0.5
                else date(2022, 3, 1),
                extra={
                    "actor_country": str(rng.choice(["RUS", "KAZ", "IGO"]))
                    if rng.random() < 0.3
                    else None,
                    "recipient_country": str(rng.choice(["KAZ", "KGZ", "RUS"]))
                    if rng.random() < 0.4
                    else None,
                    "actor_country_told": bool(rng.random() < 0.7),
                    "recipient_country_told": bool(rng.random() < 0.7),
                    "actor_named": bool(rng.random() < 0.5),
                    "names_party": bool(rng.random() < 0.6),
                    "actor_name": str(rng.choice(["Maria Lopez", "Lopez", "Tom Baker"]))
                    if rng.random() < 0.6
                    else None,
                    "recipient_name": str(rng.choice(["six soldiers", "two soldiers", "police"]))
                    if rng.random() < 0.6
                    else None,
                },
            )
        )
    return out


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_link_block_matrices_agree_with_the_pairwise_functions(seed):
    from crisislens.link.block import block_features

    mentions = _random_mentions(seed)
    sim = np.random.default_rng(seed).random((4, 4)).astype(np.float32)
    sim = (sim + sim.T) / 2
    index = {f"d{i}": i for i in range(4)}
    pairs, matrix = block_features(mentions, sim, sim * 0.5, index)
    expected = [
        (i, j)
        for i in range(len(mentions))
        for j in range(i + 1, len(mentions))
        if compatible(mentions[i], mentions[j])
    ]
    assert pairs == expected
    for (i, j), row in zip(pairs, matrix):
        a, b = mentions[i], mentions[j]
        ds = float(sim[index[a.doc], index[b.doc]])
        want = pair_features(a, b, ds, ds * 0.5)
        np.testing.assert_allclose(row, want, atol=1e-5, err_msg=str((i, j)))


@pytest.mark.slow
def test_link_cli_contract(tmp_path):
    import json

    from click.testing import CliRunner

    from crisislens.cli import main

    quake = (
        "A magnitude 6.1 earthquake struck the coast of Peru near Arequipa on Sunday, "
        "damaging houses and killing two people."
    )
    quake_again = (
        "Two people died when a strong earthquake struck near Arequipa in southern Peru on "
        "Sunday, officials said."
    )
    vote = "Lawmakers in Oslo approved a new fishing quota on Tuesday after a long debate."
    lines = [
        {
            "id": "q1",
            "text": quake,
            "published": "2023-04-03",
            "mentions": [{"start": quake.index("struck"), "end": quake.index("struck") + 6}],
        },
        {
            "id": "q2",
            "text": quake_again,
            "mentions": [
                {"start": quake_again.index("struck"), "end": quake_again.index("struck") + 6},
                {"start": quake_again.index("died"), "end": quake_again.index("died") + 4},
            ],
        },
        "not json",
        {"id": "bad", "text": "short", "mentions": [{"start": 2, "end": 99}]},
        {
            "id": "v1",
            "text": vote,
            "mentions": [{"start": vote.index("approved"), "end": vote.index("approved") + 8}],
        },
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["link", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "line 3: skipped" in result.output and "line 4: skipped" in result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source_id"] for r in rows] == ["q1", "q2", "v1"]
    assert [len(r["mentions"]) for r in rows] == [1, 2, 1]
    assert rows[1]["mentions"][1]["start"] == quake_again.index("died")
    struck_1, struck_2 = rows[0]["mentions"][0]["story_id"], rows[1]["mentions"][0]["story_id"]
    assert struck_1 == struck_2  # the same earthquake
    assert rows[2]["mentions"][0]["story_id"] not in (struck_1, rows[1]["mentions"][1]["story_id"])


def test_link_fresh_rows_in_bands_give_the_pairs_of_the_whole_block(monkeypatch):
    # the store computes only its new mentions' rows, a band at a time: the pairs and features
    # must be those of the whole block that have a new member
    import crisislens.link.block as block

    mentions = _random_mentions(5, n=30)
    sim = np.random.default_rng(5).random((4, 4)).astype(np.float32)
    sim = (sim + sim.T) / 2
    index = {f"d{i}": i for i in range(4)}
    all_pairs, all_rows = block.block_features(mentions, sim, sim, index)
    fresh = {1, 4, 7, 20, 29}
    monkeypatch.setattr(block, "BAND", 2)
    pairs, rows = block.block_features(mentions, sim, sim, index, fresh=fresh)
    expected = [(k, p) for k, p in enumerate(all_pairs) if fresh & set(p)]
    assert pairs == [p for _, p in expected]
    np.testing.assert_allclose(rows, all_rows[[k for k, _ in expected]], atol=1e-6)


def test_link_a_charge_is_never_the_act_it_is_for():
    """ "A Tarvo clerk was indicted on aggravated arson" names the charge, a legal act of its
    own, not the fire another report tells (link/telling.py is_charge_text, features.
    charges_differ); "indicted on the arson of" names the act, as does a verb's clause."""
    from crisislens.link.block import block_features
    from crisislens.link.telling import is_charge_text

    assert is_charge_text("A Tarvo clerk was indicted on aggravated ", "arson")
    assert is_charge_text("The guard was indicted on ", "manslaughter")
    assert not is_charge_text("The guard was indicted on the ", "manslaughter")
    assert not is_charge_text("The guard was charged after ", "shooting")
    charge = LinkMention("c", "d1", 0, 5, lemma="arson", text="arson", charge=True)
    killing = LinkMention("k", "d2", 0, 5, lemma="arson", text="arson")
    assert not compatible(charge, killing) and compatible(charge, replace(killing, charge=True))
    pairs, _ = block_features([charge, killing], np.eye(2), np.eye(2), {"d1": 0, "d2": 1})
    assert pairs == []


def test_link_a_given_charge_is_read_from_its_sentence(nlp):
    """The given mention after "indicted on" is read as a charge; the act it is for is not."""
    from crisislens.link.text import mentions_from_doc

    text = "A Tarvo clerk was indicted on aggravated arson after a depot burned down."
    spans = [(text.index("arson"), text.index("arson") + 5)]
    spans.append((text.index("burned"), text.index("burned") + 6))
    charge, fire = mentions_from_doc(nlp(text), spans, "d")
    assert charge.charge and not fire.charge


def test_link_view_fingerprint_covers_every_link_module_the_view_reads():
    # a stored view is stale when any link module that makes it changes: events.py and the
    # link modules it imports must all be in saved._SOURCES
    import re
    from importlib import resources

    from crisislens.link import saved

    source = (resources.files("crisislens") / "link" / "events.py").read_text()
    imported = {
        f"{m}.py" for m in re.findall(r"^from crisislens\.link\.(\w+) import", source, re.M)
    }
    assert imported <= set(saved._SOURCES)
