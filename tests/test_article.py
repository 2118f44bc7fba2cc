"""The article-level coder (events/article.py): one event per happening, placed, dated and
counted once. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import word
from crisislens.events.mention_rules import past_name
from crisislens.events.pairs import (
    actors_compatible,
    dates_compatible,
    modes_compatible,
    places_compatible,
    related_words,
    types_compatible,
)
from crisislens.geo.lexicon import GeoLexicon
from crisislens.schemas import Actor, Place

pytestmark = pytest.mark.slow
PUB = "2023-03-10"  # a Friday


def _events(record, event_type=None, modality="asserted"):
    return [
        e
        for e in record.events
        if (event_type is None or e.event_type == event_type) and e.modality == modality
    ]


def _figure(event, kind):
    return [q.value for q in event.quantities if q.kind == kind]


# -- one event per happening --------------------------------------------------------------------
def test_article_mentions_of_one_happening_are_one_event(extract):
    record = extract(
        "Rebels shelled the outskirts of Goma last month. The shelling killed 9 people.",
        published=PUB,
    )
    (event,) = _events(record, "ASSAULT")
    triggers = [m.trigger.text for m in event.mentions]
    assert triggers == ["shelled", "shelling", "killed"]
    assert event.trigger.text == "shelled"  # the most informative mention stays the event's own
    assert all(record_text(record, m.evidence) for m in event.mentions)


def test_article_mentions_keep_their_own_roles(extract):
    record = extract(
        "Militiamen raided a clinic outside Bunia last week. The raid wounded 4 nurses.",
        published=PUB,
    )
    (event,) = _events(record, "ASSAULT")
    first, *_, last = event.mentions
    # the event takes its roles from all its mentions; a mention keeps only what it says
    assert first.actor is not None and first.actor.text == "Militiamen"
    assert last.trigger.text == "wounded" and last.actor is None
    assert last.recipient is not None and last.recipient.text == "4 nurses"
    assert event.actor is not None and event.actor.text == "Militiamen"


def record_text(record, span) -> bool:
    return bool(span.text) and span.end > span.start


def test_article_bare_background_noun_is_no_event(extract):
    record = extract("Amid the protests, the finance minister resigned on Thursday.", published=PUB)
    assert not _events(record, "PROTEST")
    assert _events(record, "CONCEDE")


def test_article_bare_reference_joins_its_event(extract):
    record = extract(
        "Thousands of nurses marched through Accra on Monday to demand unpaid wages. "
        "The finance ministry said the protests would not change its budget.",
        published=PUB,
    )
    (protest,) = _events(record, "PROTEST")
    assert [m.trigger.text for m in protest.mentions][-1] == "protests"
    assert protest.location is not None and protest.location.name == "Accra"


@pytest.mark.parametrize(
    ("text", "event_type", "triggers"),
    [
        # coordinated acts under one subject, one of them an attack
        (
            "Soldiers freed 40 hostages and killed 12 kidnappers in a dawn raid on Monday.",
            "ASSAULT",
            {"freed", "killed"},
        ),
        # an outcome participle
        ("Gunmen stormed a school in the north on Friday, abducting 30 pupils.", "ASSAULT", None),
        # an event noun as the subject of a violent verb
        ("A drone strike on a truck killed two fighters near the border.", "ASSAULT", None),
        # the occasion of an act is part of it
        ("Police detained 25 students during a march in the capital on Friday.", "COERCE", None),
        # participles coordinated with an outcome participle, one with an instrument
        (
            "Bandits raided two farms near Tillaberi on Sunday, killing three herders with "
            "machetes and burning the grain stores.",
            "ASSAULT",
            {"raided", "killing", "burning"},
        ),
        # a participle of the host's own type goes on telling its act, whatever parties the
        # two read (the camps hit lie near bases of another side)
        (
            "On Sunday, British jets carried out air strikes against al-Shabab in Somalia, "
            "hitting camps near bases deserted by soldiers loyal to the Somali president.",
            "ASSAULT",
            {"air strikes", "hitting"},
        ),
        # ... unless the crowd acts: the protest turned violent
        (
            "Protesters clashed with police during a march in the capital on Friday.",
            "PROTEST",
            None,
        ),
    ],
)
def test_article_parts_of_one_happening_are_one_event(extract, text, event_type, triggers):
    (event,) = _events(extract(text, published=PUB))
    assert event.event_type == event_type
    assert len(event.mentions) >= 2
    if triggers:
        assert triggers <= {m.trigger.text for m in event.mentions}


def test_article_mentions_naming_one_party_are_one_event(extract):
    # two paragraphs, two verbs, no related word: the hostages they name tie them
    record = extract(
        "Gunmen stopped a bus near Kaduna on Monday and took 40 passengers hostage, officials "
        "said.\n\nThe group later said it was holding 60 hostages.",
        published=PUB,
    )
    (event,) = _events(record, "ASSAULT")
    assert [m.trigger.text for m in event.mentions] == [
        "took 40 passengers hostage",
        "holding 60 hostages",
    ]


def test_article_definite_event_noun_names_the_happening_told_before(extract):
    # "the commander's killing" reads the commander as its actor: the noun still names the
    # shooting told before, by type, place and date
    record = extract(
        "Soldiers shot dead a rebel commander near Kidal on Thursday, the army said.\n\n"
        "The president later confirmed the commander's killing in a radio address.",
        published=PUB,
    )
    (event,) = _events(record, "ASSAULT")
    assert [m.trigger.text for m in event.mentions] == ["shot", "killing"]


@pytest.mark.parametrize(
    "text",
    [
        "Past raids on the garrison were claimed by a local militia.",
        "The economy of the island is still recovering from a crash caused by previous sanctions.",
    ],
)
def test_article_earlier_happenings_summed_up_are_no_event(extract, text):
    record = extract(text, published=PUB)
    assert not [e for e in _events(record) if e.event_type in ("ASSAULT", "SANCTION")]


def test_article_named_past_events_are_no_events(extract, nlp):
    """A past happening called by its name, year and place, is background; the report's own
    attack and a named one told with its toll stay (candidates.named_past_event)."""
    listed = extract(
        "Rebels detonated a bomb near the depot in Kelso on Monday, killing four guards. The "
        "town has been on alert since the 2017 Lyon attacks and the Marseille bombings.\n\n"
        "See also:\n* 2009 Kandor Airfield bombing\n* 2016 Kandor Airfield bombing\n",
        published=PUB,
    )
    triggers = {m.trigger.text for e in _events(listed) for m in e.mentions if m.trigger}
    assert triggers == {"detonated", "killing"}
    told = extract("The mayor recalled the 2011 Port Ellis bombing, which killed 30 people.")
    assert "bombing" in [m.trigger.text for e in _events(told, "ASSAULT") for m in e.mentions]
    attacks = word(nlp("Shops reopened after the 2017 Lyon attacks."), "attacks")
    assert past_name(attacks, "2018-01-05")
    assert not past_name(attacks, "2017-11-20")  # that year's news
    dated = word(nlp("Shops reopened after the May 2017 attack."), "attack")
    assert not past_name(dated, "2018-01-05")  # dated, not named


@pytest.mark.parametrize(
    "text,event_type",
    [
        ("The port city has seen growing threats in recent months, the mayor said.", "THREATEN"),
        ("Amid calls for calm, shops in Kisumu reopened on Tuesday.", "REQUEST"),
    ],
)
def test_article_statement_noun_naming_no_one_is_no_event(extract, text, event_type):
    assert not _events(extract(text, published=PUB), event_type)


def test_article_statement_noun_naming_its_speaker_is_an_event(extract):
    record = extract("Calls by the bishops for a ceasefire went unheeded in Goma.", published=PUB)
    assert _events(record, "REQUEST")


def test_article_present_passive_is_a_standing_state(extract):
    state = extract(
        "The Corvo and the Tern are sanctioned by the Treasury as vessels of the state "
        "shipping line.",
        published=PUB,
    )
    assert not _events(state, "SANCTION")
    # ... one with a date of its own is news
    news = extract(
        "Two activists are detained in Kano on Monday, their lawyer said.", published=PUB
    )
    assert _events(news, "COERCE")
    # ... and a relative clause's is a state, whatever date its sentence gives its main clause
    relative = extract(
        "On Friday, the envoy said the truce plan, which is opposed by Moscow, was tabled.",
        published=PUB,
    )
    assert not _events(relative, "REJECT")


def test_article_a_weapon_is_no_event_of_its_own(extract):
    record = extract(
        "A grenade wounded two police officers at a checkpoint in Mogadishu on Monday. "
        "Witnesses said the grenade came from a passing car; a car bomb hit the same road in "
        "May.",
        published=PUB,
    )
    triggers = [m.trigger.text.lower() for e in record.events for m in e.mentions if m.trigger]
    assert not [t for t in triggers if "grenade" in t or "bomb" in t]
    assert _events(record, "ASSAULT")


def test_article_past_perfect_relative_clause_recalls_background(extract):
    record = extract(
        "On Sunday soldiers freed 14 traders near Zinder who had been kidnapped by bandits in "
        "March.",
        published=PUB,
    )
    assert _events(record, "RETREAT")
    assert not _events(record, "ASSAULT")  # the kidnapping is told only as background


def test_article_a_state_is_no_happening(extract):
    record = extract(
        "The bridge over the Ubangi remained blocked on Thursday, traders said. "
        "In Bangui, the market road stays blocked by striking drivers.",
        published=PUB,
    )
    triggers = [m.trigger.text for e in _events(record) for m in e.mentions if m.trigger]
    assert triggers.count("blocked") == 1  # only the one with an agent acts


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry banned all marches in the capital on Tuesday.",
        "The governor imposed a ban on rallies in the province before the vote.",
        "A court decree outlawed strikes at the state mines this week.",
    ],
)
def test_article_a_forbidden_act_is_no_happening(extract, text):
    """What a ban forbids is told as forbidden, not as happening (candidates.restricted_act)."""
    record = extract(text, published=PUB)
    assert _events(record, "COERCE")
    assert not _events(record, "PROTEST")


def test_article_statements_of_one_sentence_stay_apart(extract):
    record = extract(
        "The council condemned the shelling and called for a ceasefire on Monday.", published=PUB
    )
    assert _events(record, "ACCUSE") and _events(record, "REQUEST")


def test_article_another_attack_is_a_new_event(extract):
    record = extract(
        "Gunmen attacked a bus near Gao on Monday, killing four passengers. "
        "On Wednesday another attack hit a market in the same region.",
        published=PUB,
    )
    attacks = _events(record, "ASSAULT")
    assert len(attacks) == 2
    assert {a.date for a in attacks} == {"2023-03-06", "2023-03-08"}


def test_article_other_words_in_another_paragraph_are_another_happening(extract):
    told = (
        "Six villagers were killed near Dori on Monday, residents said.{gap}"
        "Soldiers shelled rebel positions in the north, a spokesman said."
    )
    one_paragraph = extract(told.format(gap=" "), published=PUB)
    assert len(_events(one_paragraph, "ASSAULT")) == 1
    two_paragraphs = extract(told.format(gap="\n\n"), published=PUB)
    assert len(_events(two_paragraphs, "ASSAULT")) == 2


def test_article_a_bounding_happening_is_not_the_event(extract):
    record = extract(
        "Soldiers have killed 40 civilians in the province since the 1998 uprising.",
        published=PUB,
    )
    (killing,) = _events(record, "ASSAULT")
    assert [m.trigger.text for m in killing.mentions] == ["killed"]
    assert killing.date is None  # "since 1998" bounds a tally, dated neither 1998 nor today


def test_article_a_happening_named_as_a_time_anchor_is_its_own_event(extract):
    record = extract(
        "Fresh clashes broke out between miners and police in Ndola on Thursday. The fighting "
        "comes a day after 12 miners were killed in clashes with guards near the smelter.",
        published=PUB,
    )
    assaults = _events(record, "ASSAULT")
    assert len(assaults) == 2
    earlier = next(e for e in assaults if "killed" in [m.trigger.text for m in e.mentions])
    today = next(e for e in assaults if e is not earlier)
    assert "fighting" in [m.trigger.text for m in today.mentions]
    assert _figure(earlier, "dead") == [12] and not _figure(today, "dead")


def test_article_the_dead_told_before_their_attack_are_its_figures(extract):
    record = extract(
        "Three men are dead and two others hurt after a shooting outside a bar in Dayton on "
        "Friday. One woman died and another was hurt after they were shot near a store.",
        published=PUB,
    )
    assaults = [e for e in _events(record, "ASSAULT") if e.modality == "asserted"]
    shooting = next(e for e in assaults if "shooting" in [m.trigger.text for m in e.mentions])
    assert _figure(shooting, "dead") == [3]


def test_article_a_sentence_opening_later_tells_another_happening(extract):
    record = extract(
        "Bandits raided a police post near Gao, wounding three officers. "
        "Two weeks later, bandits ambushed a police patrol near Gao, wounding two officers.",
        published=PUB,
    )
    assert len([e for e in _events(record, "ASSAULT") if e.modality == "asserted"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Bandits raided a police post near Gao on Monday, wounding three officers. Bandits "
        "ambushed a police patrol near Gao days later, wounding two officers.",
        "Bandits raided a police post near Gao on Monday, wounding three officers. Bandits "
        "shelled the police post near Gao the next day, wounding two officers.",
    ],
)
def test_article_a_clause_set_at_another_time_tells_another_happening(extract, text):
    record = extract(text, published=PUB)
    assert len([e for e in _events(record, "ASSAULT") if e.modality == "asserted"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three farmers in Plateau state on Saturday. In another incident, gunmen "
        "killed two herders.",
        "Militants attacked a checkpoint in Taiz on Monday, killing two soldiers. Elsewhere, "
        "fighters killed three civilians.",
        "Rebels shelled the town of Marib on Monday, killing four people. Separately, rebels "
        "killed two soldiers.",
    ],
)
def test_article_a_sentence_opening_on_another_incident_tells_another_happening(extract, text):
    record = extract(text, published=PUB)
    assert len(_events(record, "ASSAULT")) == 2


def test_article_a_sentence_adding_to_the_attack_joins_it(extract):
    record = extract(
        "Rebels shelled the town of Marib on Monday, killing four people. The rebels also "
        "killed two soldiers.",
        published=PUB,
    )
    assert len(_events(record, "ASSAULT")) == 1


def test_article_a_coordinated_verb_happens_where_its_host_does(extract):
    record = extract(
        "Troops attacked militants in Gao on Monday, killing six. Police raided a hideout in "
        "the town of Kidal and killed four suspects.",
        published=PUB,
    )
    killings = [e for e in _events(record, "ASSAULT") if e.actor and e.actor.name == "Police"]
    assert [e.location.name for e in killings] == ["Kidal"]


def test_article_a_later_sentence_without_a_time_opening_joins_the_happening(extract):
    record = extract(
        "Bandits raided a police post near Gao, wounding three officers. "
        "In the raid, bandits attacked the police post with rifles.",
        published=PUB,
    )
    assert len([e for e in _events(record, "ASSAULT") if e.modality == "asserted"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a bus depot in the northern town of Kassala on Monday. They took forty "
        "passengers hostage.",
        "Rebels ambushed a convoy near Goma on Friday. They kidnapped three aid workers.",
        "Militants attacked a village school in Borno state on Tuesday, killing two guards. "
        "The attackers abducted 23 pupils.",
    ],
)
def test_article_an_attack_and_the_seizure_it_made_are_one_happening(extract, text):
    record = extract(text, published=PUB)
    asserted = _events(record)
    assert [e.event_type for e in asserted] == ["ASSAULT"]
    assert len(asserted[0].mentions) >= 2


@pytest.mark.parametrize(
    "text",
    [
        # another place
        "Gunmen killed three farmers in Plateau state on Saturday. Bandits abducted nine "
        "travellers on a highway in Kogi state.",
        # another day
        "Gunmen stormed a bus depot in Kassala on Monday. Gunmen abducted six traders in "
        "Kassala on Thursday.",
        # an arrest is no seizure by the attackers
        "Gunmen attacked a market in Kaduna on Monday. Police arrested five suspects.",
    ],
)
def test_article_a_seizure_elsewhere_or_another_day_stays_apart(extract, text):
    record = extract(text, published=PUB)
    assert len(_events(record)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a raid and a killing coordinated under one subject
        "Police raided a warehouse in Durban on Thursday and killed two armed robbers.",
        # the killing told as the raid's outcome, with a prepositional phrase of its own
        "Security forces raided a hideout in Bannu overnight, killing six insurgents in a "
        "shootout, the army said.",
    ],
)
def test_article_a_raid_and_its_killing_are_one_attack(extract, text):
    (event,) = _events(extract(text, published=PUB))
    assert event.event_type == "ASSAULT"
    assert {"raided", "killed", "killing"} & {m.trigger.text for m in event.mentions}
    assert any(m.trigger.text == "raided" for m in event.mentions)


@pytest.mark.parametrize(
    "text",
    [
        # a name set beside the passive subject is the victim, not the attacker
        "The district mayor, Luis Ortega, was shot dead near Culiacan on Monday.",
        # ... nor whoever set off the blast he died in
        "The provincial governor, Ahmad Karimi, was killed in a blast in Kunduz on Monday.",
    ],
)
def test_article_a_name_beside_the_victim_is_not_the_attacker(extract, text):
    (event,) = _events(extract(text, published=PUB), "ASSAULT")
    assert event.actor is None or event.actor.sector == "UAF"
    assert event.recipient is not None and event.recipient.sector == "GOV"


def test_article_they_told_before_the_speaker_is_the_earlier_subject(extract):
    record = extract(
        "Rebels attacked an army post near Beni on Monday. They killed nine soldiers, the "
        "army said.",
        published=PUB,
    )
    actors = {e.actor.sector for e in _events(record, "ASSAULT") if e.actor is not None}
    assert actors == {"REB"}


def test_article_a_raid_and_a_killing_on_another_day_stay_apart(extract):
    record = extract(
        "Police raided a warehouse in Durban on Monday and killed two armed robbers on Thursday.",
        published=PUB,
    )
    assert len(_events(record)) == 2


def test_article_an_attack_told_after_another_act_stays_apart(extract):
    record = extract(
        "Police shot a man in Dayton on Friday after he stabbed two neighbours.",
        published=PUB,
    )
    assert len([e for e in _events(record, "ASSAULT") if e.modality == "asserted"]) == 2


def test_article_a_reported_death_gives_its_figure_to_the_attack(extract):
    record = extract(
        "Rebels attacked an army post near Gao on Monday. Officials said five soldiers died.",
        published=PUB,
    )
    (attack,) = [e for e in _events(record, "ASSAULT") if e.modality == "asserted"]
    assert _figure(attack, "dead") == [5]


def test_article_the_dead_of_a_fight_named_as_its_cause(extract):
    record = extract("Officials said five soldiers died in the fighting.", published=PUB)
    (fight,) = [e for e in _events(record, "ASSAULT") if e.modality == "asserted"]
    assert _figure(fight, "dead") == [5]


def test_article_a_running_tally_is_no_part_of_the_day_s_killing(extract):
    record = extract(
        "Soldiers killed four demonstrators in Bamako on Monday, witnesses said. Since the "
        "start of the revolt in March, at least 210 people have been killed by the army.",
        published=PUB,
    )
    (killing,) = _events(record, "ASSAULT")
    assert [m.trigger.text for m in killing.mentions] == ["killed"]
    assert killing.mentions[0].evidence.text.startswith("Soldiers")
    assert _figure(killing, "dead") == [4] and not _figure(killing, "other")


def test_article_history_two_years_old_is_marked_background(extract):
    record = extract(
        "Troops fired on a march in Gulu on Tuesday. Relations soured after the army overthrew "
        "the president in 2019. Last year the government expelled two envoys.",
        published=PUB,
    )
    by_verb = {e.trigger.text.split()[0]: e for e in record.events if e.trigger}
    assert by_verb["overthrew"].background and by_verb["overthrew"].date == "2019"
    assert not by_verb["fired"].background
    assert by_verb["expelled"].date == "2022"
    assert not by_verb["expelled"].background  # last year, in a 2023 report: recent enough


# -- where --------------------------------------------------------------------------------------
def test_article_place_listed_places_give_one_event_each(extract):
    record = extract(
        "Farmers protested in Lahore, Multan and Faisalabad on Wednesday over fertiliser prices.",
        published=PUB,
    )
    protests = _events(record, "PROTEST")
    assert [p.location.name for p in protests] == ["Lahore", "Multan", "Faisalabad"]
    assert len({p.event_id for p in protests}) == 3
    assert {p.trigger.start for p in protests} == {protests[0].trigger.start}


def test_article_place_a_town_and_what_holds_it_are_one_place():
    """ "in Mombasa, Kenya" or "in Sarmin, Idlib" names one place: a listed place that holds
    another listed one is no second event (events/placing.py)."""
    from crisislens.events.placing import contains
    from crisislens.schemas import Place

    town = Place(
        text="Sarmin",
        start=0,
        end=6,
        name="Sarmin",
        country="SYR",
        feature="city",
        admin1_geonameid=170063,
    )
    province = Place(
        text="Idlib",
        start=8,
        end=13,
        name="Idlib",
        country="SYR",
        feature="admin1",
        geonameid=170063,
    )
    country = Place(text="Syria", start=15, end=20, name="Syria", country="SYR", feature="country")
    other = Place(
        text="Aleppo",
        start=22,
        end=28,
        name="Aleppo",
        country="SYR",
        feature="city",
        admin1_geonameid=170062,
    )
    assert contains(province, town) and contains(country, town) and contains(country, province)
    assert not contains(town, province) and not contains(province, other)
    assert not contains(other, town)


def test_article_place_from_the_dateline_is_marked(extract):
    record = extract(
        "NAKURU, Kenya - Traders kept their stalls shut on Thursday, their association said."
        "\n\nOfficers arrested eleven of them at dawn.",
        published=PUB,
    )
    (arrest,) = [e for e in _events(record, "COERCE") if e.trigger.text == "arrested"]
    assert (arrest.location.name, arrest.location.mention) == ("Nakuru", "article")


def test_article_place_focus_when_the_sentence_names_none(extract):
    record = extract(
        "Residents of Mopti say the town has been quiet for a week.\n\n"
        "Soldiers detained three herders at a checkpoint on Tuesday.",
        published=PUB,
    )
    (arrest,) = _events(record, "COERCE")
    assert arrest.location.name == "Mopti"
    assert arrest.location.mention == "article"
    assert arrest.location.confidence < 0.6


def test_article_place_street_gives_way_to_its_town(extract):
    record = extract(
        "Hollister man wounded\nA 52-year-old man was shot outside a bakery on "
        "Fourth Street in Hollister on Sunday.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert shooting.location.name == "Hollister"


@pytest.mark.parametrize(
    "text",
    [
        "Carla Ruiz, 34, died Monday after being shot in Marbury Heights, according to Cook "
        "County coroner's records.",
        "A man was shot on Fourth Street in Marbury Heights on Sunday, Cook County deputies said.",
    ],
)
def test_article_place_neighbourhood_the_gazetteer_lacks_is_the_place(extract, text):
    # a made-up neighbourhood: named where it happened, more precise than its county
    (shooting,) = _events(extract(text, published=PUB), "ASSAULT")
    assert shooting.location.text == "Marbury Heights"
    assert shooting.location.confidence <= 0.3  # its point is only the county's or the town's


def test_article_place_town_inside_a_body_s_name_when_the_text_names_no_place(extract):
    record = extract(
        "A teenager was wounded by gunfire late Tuesday, the Phoenix Police Department said.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert (shooting.location.name, shooting.location.mention) == ("Phoenix", "article")


def test_geo_lexicon_tells_a_neighbourhood_from_a_street():
    lexicon = GeoLexicon.load()
    assert lexicon.names_a_locality("Marbury Heights")
    assert not lexicon.names_a_locality("Fourth Street")
    assert not lexicon.names_a_locality("Mercy Hospital")
    assert not lexicon.names_a_locality("I-35")


def test_article_place_state_gives_way_to_the_datelines_town(extract):
    record = extract(
        "ELKO, Nev. - A Nevada rancher shot a trespasser in the arm, deputies said.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert (shooting.location.name, shooting.location.mention) == ("Elko", "article")


def test_article_place_state_named_as_the_place_gives_way_to_the_town_in_it(extract):
    # the report's town places the event more precisely than "in Nevada"
    record = extract(
        "ELKO, Nev. - Two hunters were shot at a ranch in Nevada, deputies said.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert (shooting.location.name, shooting.location.mention) == ("Elko", "article")


def test_article_place_state_that_does_not_hold_the_town_stays(extract):
    record = extract(
        "ELKO, Nev. - Two hunters from Elko were shot at a ranch in Utah, deputies said.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert (shooting.location.name, shooting.location.mention) == ("Utah", "name")


def test_article_place_country_gives_way_to_the_town_the_article_names_most(extract):
    record = extract(
        "Police fired tear gas at students in Kenya on Monday. The march in Nakuru had "
        "begun at dawn, and Nakuru traders closed their shops.",
        published=PUB,
    )
    shooting = next(e for e in record.events if e.evidence.text.startswith("Police fired"))
    assert (shooting.location.name, shooting.location.mention) == ("Nakuru", "article")


# -- when ---------------------------------------------------------------------------------------
def test_article_date_year_carries_over(extract):
    record = extract(
        "On 9 November 2023 riot police dispersed a march in Tbilisi. "
        "Also on 10 November, police detained 14 students in Batumi.",
        published="2024-02-02",
    )
    (detention,) = [e for e in _events(record, "COERCE") if e.location.name == "Batumi"]
    assert (detention.date, detention.date_precision) == ("2023-11-10", "day")


def test_article_date_of_another_noun_does_not_date_the_event(extract):
    record = extract(
        "Dockworkers struck at the port, the scene of a bitter 1989 lockout.", published=PUB
    )
    (strike,) = _events(record, "PROTEST")
    assert strike.date != "1989"


def test_article_date_precision_and_undated(extract):
    record = extract(
        "Rebels shelled the outskirts of Goma last month. Police arrested two smugglers.",
        published=PUB,
    )
    (shelling,) = _events(record, "ASSAULT")
    assert (shelling.date, shelling.date_precision) == ("2023-02", "month")
    assert shelling.date_source == "text"
    (arrest,) = _events(record, "COERCE")
    # the report's own news, undated in the text: the publication day, marked as such
    assert (arrest.date, arrest.date_precision, arrest.date_source) == (PUB, "day", "published")


def test_article_date_undated_past_act_takes_the_story_day(extract):
    # published on Friday 10 March: the robbery's Wednesday dates the undated shooting after it
    record = extract(
        "Two men robbed a jewellery shop in Lyon on Wednesday. A guard was shot in the leg. "
        "Police are searching for the robbers.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert (shooting.date, shooting.date_precision, shooting.date_source) == (
        "2023-03-08",
        "day",
        "context",
    )


def test_article_date_a_plan_told_is_dated_by_the_report_not_a_guess(extract):
    record = extract(
        "The governor plans to send troops to the border. If the talks fail, rebels would "
        "attack the depot.",
        published=PUB,
    )
    # the plan is the report's news: made on the report's day
    (plan,) = [e for e in record.events if e.modality == "planned"]
    assert (plan.date, plan.date_source) == (PUB, "published")
    # what would happen if something else did is undated
    hypothetical = [e for e in record.events if e.modality == "hypothetical"]
    assert hypothetical and all(e.date is None for e in hypothetical)


def test_article_date_a_tally_over_a_period_is_undated(extract):
    record = extract(
        "Militias have burned 12 villages in the district since the ceasefire collapsed.",
        published=PUB,
    )
    (burning,) = _events(record, "COERCE")
    assert burning.date is None and burning.date_source is None


def test_article_date_relative_to_an_anchor(extract):
    record = extract(
        "On 3 March 2021 students occupied the rector's office in Yangon. Two days later, "
        "soldiers detained 30 of them.",
        published="2022-06-01",
    )
    (detention,) = _events(record, "COERCE")
    assert detention.date == "2021-03-05"


# -- how many -----------------------------------------------------------------------------------
def test_article_figures_died_bodies_and_thousands(extract):
    record = extract(
        "More than 60 people died when security forces fired on the crowd in Omdurman on "
        "Monday. The bodies of 31 people were taken to the city morgue, and over 3K were "
        "injured.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert _figure(shooting, "dead") == [60]  # once: the largest toll, not 60 + 31
    assert _figure(shooting, "injured") == [3000]
    assert not [e for e in record.events if e.event_type == "AID" and _figure(e, "dead")]


def test_article_figures_one_person_named(extract):
    record = extract(
        "A 19-year-old cyclist was shot and killed near a park in Flint on Saturday night.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert _figure(shooting, "dead") == [1]
    assert _figure(shooting, "injured") == []


def test_article_figures_a_death_told_before_the_attack(extract):
    record = extract(
        "A night clerk was found dead in a Dayton motel on Monday. Investigators said two "
        "robbers had opened fire on the clerk during a holdup.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert _figure(shooting, "dead") == [1]  # the death told first belongs to the shooting
    assert _figure(shooting, "injured") == []  # the robbers shot, they were not shot


def test_article_figures_persons_named_one_by_one(extract):
    both_hurt = extract(
        "Outside a bar in Akron on Friday a mechanic aged 30 was shot in the chest. Another man "
        "was shot in the arm during the same attack.",
        published=PUB,
    )
    (shooting,) = _events(both_hurt, "ASSAULT")
    assert _figure(shooting, "injured") == [2]
    one_each = extract(
        "A courier was shot and killed in Akron on Friday. Another man was wounded in the same "
        "attack.",
        published=PUB,
    )
    (shooting,) = _events(one_each, "ASSAULT")
    assert (_figure(shooting, "dead"), _figure(shooting, "injured")) == ([1], [1])
    # "another man" as whom someone killed is one man, not a second death
    one_dead = extract(
        "A man was shot and killed in Akron on Friday. Police said a neighbour shot and killed "
        "another man after an argument over a fence.",
        published=PUB,
    )
    assert [_figure(e, "dead") for e in _events(one_dead, "ASSAULT")] == [[1]]
    # "a second" and "the second victim" are one person
    second_twice = extract(
        "A clerk was shot and killed in Akron on Friday and a second man was hurt. The second "
        "victim was rushed to a hospital.",
        published=PUB,
    )
    (shooting,) = _events(second_twice, "ASSAULT")
    assert (_figure(shooting, "dead"), _figure(shooting, "injured")) == ([1], [1])


def test_article_figures_the_hurt_an_event_of_another_type_took(extract):
    record = extract(
        "Gunmen killed two guards at a depot in Tulsa on Saturday. A third guard received "
        "minor injuries.",
        published=PUB,
    )
    (shooting,) = _events(record, "ASSAULT")
    assert (_figure(shooting, "dead"), _figure(shooting, "injured")) == ([2], [1])
    # counted once: no other event keeps the hurt guard
    assert [e for e in record.events if e is not shooting and _figure(e, "injured")] == []


def test_article_figures_a_person_struck_is_hurt_by_an_attack(extract):
    # "was struck": a passive strike is a blow, never a labour strike
    record = extract(
        "A courier was struck twice outside a pharmacy in Tulsa on Friday and remains in "
        "serious condition.",
        published=PUB,
    )
    assert not _events(record, "PROTEST")
    (attack,) = _events(record, "ASSAULT")
    assert _figure(attack, "injured") == [1]


def test_article_figures_never_dates_times_ages_or_addresses(extract):
    record = extract(
        "A 34-year-old woman was shot at 9:40 p.m. on 4 March 2023 on the 1200 block of "
        "Oak Street within 48 hours of her release. Call 555-201-7788 with information.",
        published=PUB,
    )
    values = {q.value for e in record.events for q in e.quantities}
    assert not values & {34, 9, 40, 4, 2023, 1200, 48, 555, 201, 7788}


# -- text normalisation -------------------------------------------------------------------------
def test_article_typographic_apostrophe_keeps_negation(extract):
    text = "The prime minister hasn\u2019t asked Moscow for troops, his office said on Wednesday."
    record = extract(text, published=PUB)
    (request,) = [e for e in record.events if e.event_type == "REQUEST"]
    assert request.modality == "negated"
    assert text[request.evidence.start : request.evidence.end] == request.evidence.text
    assert "\u2019" in request.evidence.text  # quoted as the article has it


# -- pairwise features (no model) -----------------------------------------------------------------
def test_pairs_compatibility():
    kampala = Place(
        text="Kampala",
        start=0,
        end=7,
        name="Kampala",
        country="UGA",
        lat=0.35,
        lon=32.58,
        feature="city",
    )
    jinja = Place(
        text="Jinja",
        start=0,
        end=5,
        name="Jinja",
        country="UGA",
        lat=0.44,
        lon=33.2,
        feature="city",
    )
    uganda = Place(
        text="Uganda",
        start=0,
        end=6,
        name="Uganda",
        country="UGA",
        lat=1.3,
        lon=32.3,
        feature="country",
    )
    assert places_compatible(kampala, uganda) and not places_compatible(kampala, jinja)
    assert dates_compatible("2023-03-06", "2023-03-07") and not dates_compatible("2023", "2022")
    assert not dates_compatible("2023-03-01", "2023-03-07")
    assert types_compatible("PROTEST", "ASSAULT", generic=True)
    assert not types_compatible("PROTEST", "ASSAULT")
    assert related_words("bomb", "bombing") and related_words("demonstrate", "demonstration")
    assert not related_words("arrest", "attack") and not related_words("kill", "kidnap")
    # one side's statements may differ in what they are about; an arrest is not a seizure
    assert modes_compatible("REQUEST", "ceasefire", "aid")
    assert not modes_compatible("COERCE", "arrest", "seize")


def test_article_one_sides_statements_are_one_statement(extract):
    record = extract(
        "Mali's defence ministry accused the rebels of shelling Kidal. The ministry also "
        "condemned the rebels for looting the market.",
        published=PUB,
    )
    (accusation,) = _events(record, "ACCUSE")  # an allegation and a condemnation, one statement
    assert len(accusation.mentions) == 2


def test_article_a_habit_is_no_happening(extract):
    record = extract(
        "The former premier seldom criticized Beijing. Militants routinely attack convoys on "
        "the road to Gao. On Monday, militants attacked a convoy near Gao, killing three drivers.",
        published=PUB,
    )
    assert not _events(record, "ACCUSE")
    (attack,) = _events(record, "ASSAULT")
    assert "attack" not in [m.trigger.text for m in attack.mentions]
    # ... and so does an adverb of repetition
    record = extract("The envoy has repeatedly condemned the junta in Niamey.", published=PUB)
    assert not _events(record, "ACCUSE")


def test_article_an_attacks_victims_are_not_its_actor(extract):
    record = extract(
        "Seven police officers were killed and four others wounded in an ambush by gunmen on "
        "a police convoy in Zamfara on Tuesday. The gunmen opened fire on the convoy near "
        "Gusau. The officers fought back to repel the attackers.",
        published=PUB,
    )
    (attack,) = _events(record, "ASSAULT")
    assert attack.actor is not None
    assert "officer" not in attack.actor.name.lower()
    # ... nor is an attack's actor its victim, where a later mention has some of them killed
    counter = extract(
        "Six soldiers were killed and three others injured in an attack by armed militants on "
        "an army truck in Bannu on Sunday.\n\nThe militants opened fire on the truck as it "
        "passed a village. The soldiers fought back, and four militants were killed.",
        published=PUB,
    )
    (attack,) = _events(counter, "ASSAULT")
    assert attack.actor is not None and attack.recipient is not None
    assert "militant" in attack.actor.name.lower()
    assert "militant" not in attack.recipient.name.lower()


def _party(name, country, sector):
    return Actor(text=name, start=0, end=len(name), name=name, country=country, sector=sector)


def test_article_a_party_named_again_by_its_noun_is_one_party():
    # the bloc's envoys, then "the envoys" that the words around them placed in the host country
    first = _party("Senior envoys", "IGO", "IGO")
    assert actors_compatible(first, _party("envoys", "KEN", "GOV"))
    assert actors_compatible(_party("the envoys", "KEN", "GOV"), first)
    # a name of its own is another party
    assert not actors_compatible(_party("Kenyan envoys", "KEN", "GOV"), first)
    assert not actors_compatible(
        _party("Russian forces", "RUS", "MIL"), _party("NATO forces", "IGO", "IGO")
    )
    # another noun is another party
    assert not actors_compatible(_party("soldiers", "KEN", "MIL"), first)


@pytest.mark.parametrize(
    "text, recipient",
    [
        (
            "Gunmen attacked a bus near Mandera on Monday. The attack killed eight teachers.",
            "eight teachers",
        ),
        (
            "Gunmen attacked a bus in Kenya's remote Mandera county on Monday. The attack "
            "killed eight teachers.",
            "eight teachers",
        ),
        (
            "Rebels shelled a market in the town of Beni on Tuesday. The shelling killed "
            "eleven traders.",
            "eleven traders",
        ),
    ],
)
def test_article_an_attack_s_told_victims_outweigh_the_country_of_its_place(
    extract, text, recipient
):
    (event,) = _events(extract(text, published=PUB), "ASSAULT")
    assert event.recipient is not None and event.recipient.text == recipient


def test_article_a_deployment_keeps_the_country_it_goes_to(extract):
    record = extract("Rwanda sent 500 troops to Mozambique on Monday.", published=PUB)
    (event,) = [e for e in record.events if e.event_type in ("MOBILIZE", "AID")]
    assert event.recipient is not None and event.recipient.country == "MOZ"


def test_article_convention_actor_gives_way_to_a_named_one(extract):
    record = extract(
        "Three guards were killed in a drone strike on a checkpoint near Marib on Monday. "
        "Houthi rebels launched the attack, the army said."
    )
    killed = next(e for e in record.events if e.trigger and e.trigger.text == "killed")
    assert killed.actor is not None and killed.actor.text == "Houthi rebels"


@pytest.mark.parametrize(
    "text,counts",
    [
        (
            "The army deployed 2,000 troops on Friday, officials said. The army has deployed "
            "30,000 soldiers, the minister said.",
            [[2000], [30000]],
        ),
        (
            "Ghana sent 800 soldiers to Mali on Monday. Ghana sent 12,000 troops to Mali on "
            "Monday, the ministry said.",
            [[800], [12000]],
        ),
        (
            "The army deployed 9,000 troops on Friday, officials said. The army has deployed "
            "nearly 10,000 soldiers, the minister said.",
            [[10000]],
        ),
    ],
)
def test_article_troop_counts_far_apart_are_two_deployments(extract, text, counts):
    record = extract(text, published=PUB)
    deployments = sorted(_figure(e, "troops") for e in _events(record, "MOBILIZE"))
    assert deployments == counts


def test_article_either_side_of_an_agreement_or_attack_may_be_named_first():
    from crisislens.events.happenings import _parties_compatible
    from crisislens.schemas import Event, TextSpan

    def event(event_type, actor, recipient=None):
        return Event(
            event_id="e",
            event_type=event_type,
            modality="asserted",
            actor=actor,
            recipient=recipient,
            evidence=TextSpan(text="x", start=0, end=1),
            confidence=0.5,
        )

    cabinet, militia = _party("the cabinet", "MLI", "GOV"), _party("the militia", "MLI", "REB")
    # "the cabinet signed a truce with the militia ... the militia's agreement"
    for kind in ("AGREE", "CONSULT", "ASSAULT"):
        assert _parties_compatible(event(kind, cabinet, militia), event(kind, militia))
    # a demand or an accusation has one speaker: the other side's is another statement
    for kind in ("REQUEST", "ACCUSE"):
        assert not _parties_compatible(event(kind, cabinet, militia), event(kind, militia))
    # two parties that each accept a plan, naming no one, are two acts
    assert not _parties_compatible(event("AGREE", cabinet), event("AGREE", militia))


@pytest.mark.parametrize(
    "text",
    [
        "On 4 April 2021, gunmen burned dozens of houses and shot at residents in a village "
        "near Jos, killing 12 people.",
        "Militiamen torched a market and opened fire on traders in Bunia on Friday.",
    ],
)
def test_article_property_burned_beside_an_attack_is_part_of_it(extract, text):
    record = extract(text, published=PUB)
    assert len(_events(record, "ASSAULT")) == 1
    assert _events(record, "COERCE") == []


def test_article_recent_happenings_summed_up_are_no_event(extract):
    record = extract("Recent protests forced the minister to resign, the paper said.")
    assert _events(record, "PROTEST") == []


def test_article_what_a_happening_followed_is_another_happening(extract):
    record = extract(
        "Gunmen killed six villagers near Jos on Monday. The killings followed an attack on "
        "a police post in the same district last week.",
        published=PUB,
    )
    killing, attack = sorted(_events(record, "ASSAULT"), key=lambda e: e.trigger.start)
    assert [m.trigger.text for m in killing.mentions] == ["killed", "killings"]
    assert attack.trigger.text == "attack" and len(attack.mentions) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students marched in Kampala on Monday to protest against the killing of "
        "a classmate by police.",
        "Residents blocked a road in Kisumu on Friday in protest over the killing of a trader.",
    ],
)
def test_article_the_cause_of_a_protest_is_no_event_of_its_own(extract, text):
    record = extract(text, published=PUB)
    assert len(_events(record, "PROTEST")) == 1
    assert _events(record, "ASSAULT") == []


def test_article_the_cause_of_a_protest_joins_the_happening_told(extract):
    record = extract(
        "Police shot dead a trader in Kisumu on Tuesday. On Wednesday, residents rallied "
        "against the killing.",
        published=PUB,
    )
    (killing,) = _events(record, "ASSAULT")
    assert [m.trigger.text for m in killing.mentions] == ["shot", "killing"]


def test_article_a_place_taken_as_the_other_side_withdrew_is_its_fall(extract):
    record = extract(
        "On 4 June 2022, rebels took control of Bunagana after government troops withdrew.",
        published=PUB,
    )
    (event,) = _events(record)
    assert event.event_type == "COERCE" and len(event.mentions) == 2


def test_article_a_state_a_happening_ends_is_no_event_of_its_own(extract):
    record = extract(
        "On 12 March 2022, the army withdrew from Menaka, ending a nine-year deployment.",
        published=PUB,
    )
    assert [e.event_type for e in _events(record)] == ["RETREAT"]


@pytest.mark.parametrize(
    "text,event_type",
    [
        (
            "On 3 April 2022, the government imposed a curfew in Colombo. It was the first time "
            "in three decades that soldiers had patrolled the streets of Colombo.",
            "COERCE",
        ),
        (
            "Gunmen killed nine villagers near Gao on Monday. This was the deadliest attack in "
            "the region in a decade.",
            "ASSAULT",
        ),
    ],
)
def test_article_a_happening_told_to_rank_the_reported_one_is_no_event(extract, text, event_type):
    record = extract(text, published=PUB)
    (event,) = _events(record)
    assert event.event_type == event_type


@pytest.mark.parametrize(
    "text,event_type",
    [
        (  # ended: the other side ends the siege
            "On 3 May 2022, gunmen stormed a guesthouse in Kismayo and held 20 guests hostage. "
            "Security forces ended the siege the next morning.",
            "ASSAULT",
        ),
        (  # left: the attackers named again as they go
            "On 12 June 2022, bandits attacked a village in Sokoto state, killing 14 people. The "
            "attackers withdrew after a two-hour gunfight.",
            "ASSAULT",
        ),
        (  # policed: a crowd's act and its policing
            "On 2 October 2022, thousands of people protested in Conakry against the junta. "
            "Police fired tear gas to scatter the marchers.",
            "PROTEST",
        ),
        (
            "On 7 January 2023, hundreds of people rioted in Nouakchott. Police arrested 25 "
            "rioters.",
            "PROTEST",
        ),
    ],
)
def test_article_a_sequel_of_an_act_is_part_of_its_event(extract, text, event_type):
    record = extract(text)
    (event,) = _events(record)
    assert event.event_type == event_type and len(event.mentions) >= 2


def test_article_the_side_that_ended_a_siege_is_not_its_attacker(extract):
    record = extract(
        "On 3 May 2022, gunmen stormed a guesthouse in Kismayo. Security forces ended the "
        "siege the next morning."
    )
    (event,) = _events(record)
    assert event.actor is None or event.actor.sector != "COP"


@pytest.mark.parametrize(
    "text",
    [
        # a siege lifted by the side that laid it is its own retreat
        "On 4 May 2021, Russian troops shelled Chernihiv. Russia lifted its siege of the city "
        "a month later.",
        # a withdrawal with a day of its own
        "On 8 March 2023, rebels shelled the town of Goma. The rebels withdrew from their "
        "positions on 10 March.",
    ],
)
def test_article_an_act_that_is_no_sequel_stays_apart(extract, text):
    record = extract(text)
    assert len(_events(record)) == 2


def test_article_sequel_checks_grow_with_the_text_not_its_square(extract, monkeypatch):
    """Each mention is checked as a sequel against the earliest member of each kind of act in a
    happening (happenings.Happening.hosts), not against every member: told 40 or 80 times in
    one sentence, no mention is checked more often in the longer text."""
    from collections import Counter

    from crisislens.events import happenings

    calls: Counter = Counter()
    checked = happenings.sequel_of

    def counted(c, m, words=None):
        calls[c.order] += 1
        return checked(c, m, words)

    monkeypatch.setattr(happenings, "sequel_of", counted)
    most = []
    for n in (40, 80):
        calls.clear()
        extract(" ".join(["squatters rallied and guards detained people"] * n), published=PUB)
        most.append(max(calls.values()))
    assert most[1] == most[0]


def test_article_history_over_a_year_ended_is_background(extract):
    """An act whose dated month ended more than a year before the report is history, even
    in the calendar year before it; one dated a few months back is news."""
    record = extract(
        "Gunmen stormed a police post in Dorn on Monday, officials said. In March 2022, the "
        "same gang raided an army depot near Orvik. In September 2022, police arrested its leader.",
        published="2023-05-10",
    )
    by_verb = {e.trigger.text.split()[0]: e for e in record.events if e.trigger}
    assert by_verb["raided"].background and by_verb["raided"].date == "2022-03"
    assert not by_verb["stormed"].background
    assert not by_verb["arrested"].background
