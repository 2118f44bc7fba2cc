"""Which candidates are events at all: shapes seen in wire reports (attacks, arrests,
protests) that name no happening the report tells, each tried on sentences of our own: an
attack troops were sent to prevent is none, and a retort is no blow."""

from __future__ import annotations

import pytest

from conftest import asserted_events

pytestmark = pytest.mark.slow
PUB = "2025-03-10"  # a Monday


def _triggers(record, event_type):
    return sorted(e.trigger.text for e in asserted_events(record, event_type) if e.trigger)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed nine farmers in Dorvale on Sunday. Soldiers were sent to the district "
        "to prevent further attacks, the governor said.",
        "Raiders shot dead four traders near Kemba on Sunday. The army said troops had been "
        "deployed to forestall more raids and kidnappings.",
    ],
)
def test_an_averted_attack_is_no_event(extract, text):
    """What troops are sent to prevent is kept from happening (candidates.averted_act): the
    report tells one attack, by its own verb."""
    record = extract(text, published=PUB)
    attacks = asserted_events(record, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].trigger.text in ("killed", "shot")


def test_a_foiled_attack_alone_is_no_event(extract):
    record = extract(
        "Police arrested two men in Harlow on Friday and said they had foiled a bomb attack on "
        "a rail station.",
        published=PUB,
    )
    assert asserted_events(record, "COERCE")
    assert not asserted_events(record, "ASSAULT")


def test_an_attack_told_beside_a_prevention_stays(extract):
    record = extract(
        "Police prevented a march in Tarsin on Friday. Later, gunmen attacked a checkpoint "
        "outside the town.",
        published=PUB,
    )
    assert _triggers(record, "ASSAULT") == ["attacked"]


def test_a_retort_is_no_blow(extract):
    """ "hit back at allegations" answers words (statement_vetoes.retorts); hitting back at army
    positions is an attack."""
    retort = extract(
        "Marovia hit back at allegations that its troops had looted villages, the foreign "
        "ministry said on Monday.",
        published=PUB,
    )
    assert not any("hit" in t for t in _triggers(retort, "ASSAULT"))
    blow = extract(
        "Rebel fighters hit back at army positions near Sefa on Friday, killing two soldiers.",
        published=PUB,
    )
    assert asserted_events(blow, "ASSAULT")


@pytest.mark.parametrize(
    "text,event_type",
    [
        (
            "Marovia will not consider proposals for a ceasefire in the east, its foreign "
            "minister said on Monday.",
            "RETREAT",
        ),
        ("Fears of a crackdown grew in Ostrava on Wednesday.", "COERCE"),
    ],
)
def test_a_proposed_or_feared_act_is_no_event(extract, text, event_type):
    """What is proposed, hoped or feared is not told as happening (candidates.proposed_act)."""
    assert not asserted_events(extract(text, published=PUB), event_type)


def test_terror_strikes_are_attacks(extract):
    """ "terror strikes" are attacks, no walkouts (event_lexicon.yaml: attack_marks)."""
    record = extract(
        "A car bomb hit a checkpoint in Varna on Monday, killing nine people. It was the latest "
        "in a series of terror strikes in the region.",
        published=PUB,
    )
    assert not asserted_events(record, "PROTEST")
    assert asserted_events(record, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed three gunmen near Sabo on Friday. The operation prevented a possible "
        "massacre, the army said.",
        "Police arrested five men in Tolo on Sunday. The arrests averted a bomb attack on the "
        "market, officials said.",
    ],
)
def test_what_an_act_prevented_is_no_act_of_its_own(extract, text):
    """An event noun that prevents something tells what it kept from happening
    (verb_vetoes.averted_by_an_act): no COERCE of its own beside the act itself."""
    record = extract(text, published=PUB)
    assert not any(e.trigger.text in ("prevented", "averted") for e in record.events)


@pytest.mark.parametrize(
    "text",
    [
        "Commandos freed 40 hostages from a farmhouse near Dorvan on Tuesday, the army said.",
        "Police rescued 12 kidnapped traders in Melka forest on Sunday, a spokesman said.",
    ],
)
def test_a_rescue_of_captives_is_the_security_operation(extract, text):
    """Freeing others' captives by force is an event, coded as the hostage-taking it ends
    (triggers.rescue_trigger): an ASSAULT, no release and no aid."""
    record = extract(text, published=PUB)
    assert asserted_events(record, "ASSAULT")
    assert not asserted_events(record, "RETREAT") and not asserted_events(record, "AID")


def test_captors_who_free_hostages_release_them(extract):
    record = extract(
        "The rebels freed six aid workers on Thursday, the agency said.", published=PUB
    )
    assert asserted_events(record, "RETREAT")
    assert not asserted_events(record, "ASSAULT")


def test_a_rescue_from_a_disaster_frees_no_captive(extract):
    record = extract(
        "The coast guard rescued 40 passengers from a sinking ferry off Kell on Monday.",
        published=PUB,
    )
    assert not asserted_events(record, "ASSAULT")


def test_a_hostage_taking_leads_the_rescue_that_ends_it(extract):
    """Told together, the taking is the happening's principal and the rescue joins it."""
    record = extract(
        "Gunmen seized a bus near Orva on Monday and held 30 passengers hostage. Soldiers freed "
        "the hostages on Tuesday, the army said.",
        published=PUB,
    )
    attacks = asserted_events(record, "ASSAULT")
    assert attacks and attacks[0].actor is not None and attacks[0].actor.text == "Gunmen"


def test_concluding_an_operation_is_no_accord(extract):
    """An operation brought to its end concludes no agreement (no_event_objects: conclude)."""
    record = extract(
        "Rebels shelled the town of Varo on Friday. Troops concluded a three-day operation "
        "against the rebels in the hills on Saturday, the army said.",
        published=PUB,
    )
    assert not asserted_events(record, "AGREE")


def test_a_concluded_pact_stays_an_accord(extract):
    record = extract("Kestland and Morvia concluded a trade pact on Monday.", published=PUB)
    assert asserted_events(record, "AGREE")


@pytest.mark.parametrize(
    "text,requests",
    [
        ("The army spokesman insisted the troops would respect the truce.", False),
        ("The mayor of Dalt insists the vote was fair.", False),
        ("The opposition insisted that the troops leave the district at once.", True),
        ("The opposition insisted the army must withdraw from Dalt.", True),
        ("The opposition insisted on the release of the detainees.", True),
    ],
)
def test_insisting_on_a_fact_asks_for_nothing(extract, text, requests):
    """A view insisted on is no request; a clause with a bare verb or "must" demands
    (statement_vetoes.insists_on_a_fact)."""
    record = extract(text, published=PUB)
    assert bool(asserted_events(record, "REQUEST")) is requests


@pytest.mark.parametrize(
    "text,event_type",
    [
        (
            "Gunmen burned three villages near Delsa on Tuesday. Hundreds of farmers have "
            "sought refuge in schools in the town.",
            "REQUEST",
        ),
        (
            "Gunmen burned three villages near Delsa on Tuesday. The governor said the state "
            "was meeting the challenge of rising crime.",
            "CONSULT",
        ),
    ],
)
def test_refuge_sought_or_a_challenge_met_is_no_event(extract, text, event_type):
    """Seeking refuge asks no one, meeting a challenge meets no party (no_event_objects)."""
    assert not asserted_events(extract(text, published=PUB), event_type)


@pytest.mark.parametrize(
    "text",
    [
        # what happens any time or whenever it happens is no one happening
        "Any time rockets are fired at homes, families suffer, the mayor of Dorn said.",
        "Whenever shells hit the town, the school closes.",
    ],
)
def test_a_whenever_clause_tells_no_event(extract, text):
    assert not {e.event_type for e in extract(text).events} & {"ASSAULT"}


def test_the_last_time_dates_one_act(extract):
    text = "The last time rockets were fired at Dorn, two children died."
    assert "ASSAULT" in {e.event_type for e in extract(text).events}


@pytest.mark.parametrize(
    "text,absent",
    [
        # what a warning or a threat is of is its content, no event of its own
        ("The rail union issued a strike warning to the company.", "PROTEST"),
        ("Veldoria faces new sanctions warning", "SANCTION"),
    ],
)
def test_content_of_a_threat_is_no_event(extract, text, absent):
    types = {e.event_type for e in extract(text).events}
    assert absent not in types


@pytest.mark.parametrize(
    "text",
    [
        # asking about something is a question, no request
        "Asked about the raid, the governor of Dorn said nothing.",
        "Reporters asked the minister about the arrests in Orvik.",
    ],
)
def test_asking_about_is_no_request(extract, text):
    assert "REQUEST" not in {e.event_type for e in extract(text).events}


def test_asking_for_a_vote_stays_a_request(extract):
    text = "The mayor asked the council for a vote on the curfew."
    assert "REQUEST" in {e.event_type for e in extract(text).events}


def test_hailing_from_a_place_is_no_praise(extract):
    assert "SUPPORT" not in {
        e.event_type for e in extract("Both suspects hailed from the Dorn valley.").events
    }


def test_hailing_a_truce_stays_support(extract):
    assert "SUPPORT" in {
        e.event_type for e in extract("The envoy hailed the truce as a breakthrough.").events
    }


def test_an_event_that_threatens_makes_no_asserted_threat(extract):
    text = "The shelling threatened to set off a wider war along the border."
    found = [e for e in extract(text).events if e.event_type == "THREATEN"]
    assert found and all(e.modality != "asserted" for e in found)


def test_a_party_that_threatens_stays_a_threat(extract):
    text = "The rebels threatened to storm the town of Dorn."
    threats = [e for e in extract(text).events if e.event_type == "THREATEN"]
    assert threats and threats[0].modality == "asserted"


def test_people_pulled_out_of_a_wreck_are_no_withdrawal(extract):
    """People pulled out of a bus are rescued, troops pulled out withdraw (no_event_objects:
    pull)."""
    wreck = extract(
        "A bus crashed into a wall in Tarsin on Friday. Soldiers pulled two women out of the "
        "burning bus.",
        published=PUB,
    )
    assert not asserted_events(wreck, "RETREAT")
    troops = extract("Kestland pulled its troops out of Dalt on Friday.", published=PUB)
    assert asserted_events(troops, "RETREAT")


@pytest.mark.parametrize(
    "second",
    [
        "The Varo Front has been fighting an insurgency against the state for a decade.",
        "The Varo Front has stepped up its raids on army convoys and police posts.",
        "The militants intensified their raids on border villages.",
    ],
)
def test_an_ongoing_fight_or_a_trend_is_no_happening(extract, second):
    """A perfect progressive ("has been fighting", candidates.ongoing_perfect) or acts whose
    pace a verb raises ("ramped up attacks", candidates.trend_of_acts) tell no happening of
    their own: the report tells one attack."""
    record = extract("Gunmen killed six soldiers in Pardo on Monday.\n\n" + second, published=PUB)
    assert _triggers(record, "ASSAULT") == ["killed"]


def test_a_dated_ongoing_protest_stays(extract):
    record = extract(
        "Farmers have been protesting in Dalt since Monday, police said.\n\nThey blocked two "
        "roads.",
        published=PUB,
    )
    assert asserted_events(record, "PROTEST")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The former mayor of Tavel was convicted of accepting bribes from a builder.", "AGREE"),
        ("The island's tourism trade was hit hard by the flu outbreak.", "ASSAULT"),
        ("Exporters in Morvia have been hit by the slump in demand.", "ASSAULT"),
        ("The vigil in Karsa was cut short when the rain began.", "SANCTION"),
        ("A nurse was lifting two injured marchers into an ambulance.", "CONCEDE"),
        ("Rangers returning from a patrol near Ombe were ambushed on Friday.", "RETREAT"),
        ("Most flights out of Tavel were cancelled on Monday.", "SANCTION"),
        ("The dockers' union called a strike at the port of Karsa.", "CONSULT"),
        ("Riot police released teargas canisters into the crowd in Karsa.", "RETREAT"),
        ("The former mayor of Tavel was granted bail by a court on Monday.", "AID"),
        ("The mayor's two-year sentence has been suspended pending an appeal.", "SANCTION"),
        ("The Karsa museum warned of strike disruptions on Tuesday.", "THREATEN"),
        ("Aid agencies warned of famine in the north of Morvia.", "THREATEN"),
    ],
)
def test_other_senses_of_trigger_verbs_are_no_event(extract, text, event_type):
    """Bribes taken, a blow dealt by a disease or a slump, a gathering cut short, the wounded
    lifted, a patrol come back from, flights called off, a strike called, teargas let out,
    bail granted, a sentence suspended and a hardship warned of are no acts of these types
    (event_rules.yaml: no_event_objects accept, cancel, call, release, grant, suspend;
    hazard_agents; idiom_particles; casualty_moving_verbs;
    movement_vetoes.back_from_duty, warns_of_a_hardship)."""
    assert not asserted_events(extract(text, published=PUB), event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The militia returned the seized trucks to the traders in Ombe.", "RETREAT"),
        ("The two sides accepted the truce offer on Sunday.", "AGREE"),
        ("The council cancelled the envoy's visit to Karsa.", "SANCTION"),
        ("Morvia warned of a military response if the convoy entered Karsa.", "THREATEN"),
    ],
)
def test_their_event_senses_stay(extract, text, event_type):
    """A return with an object, an offer accepted, a visit cancelled and a warning of force
    stay events."""
    assert asserted_events(extract(text, published=PUB), event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The envoy returned to Kestport on Monday after a state visit to Norland.", "RETREAT"),
        ("The premier returned to Tavel on Sunday evening after talks in Kestport.", "RETREAT"),
        ("A neighbour alerted the police, who arrived within minutes.", "MOBILIZE"),
        ("The guards, alerted to the fire, rushed out of the building.", "MOBILIZE"),
        ("The governor's four-nation tour has yielded good results, her aide said.", "CONCEDE"),
        ("The mayor offered her condolences to the relatives of the dead.", "AGREE"),
        ("All hospitals in the province were mobilized to treat the wounded.", "MOBILIZE"),
        ("The levies were designed to hit close to home, officials in Tavel said.", "ASSAULT"),
        ("Officials said they would move to target the assets of the ruling family.", "ASSAULT"),
        ("The ministry is targeting sources of income of the Karsa cartel.", "ASSAULT"),
    ],
)
def test_trips_notices_results_and_feelings_are_no_event(extract, text, event_type):
    """A homecoming after a visit, a notice given, results a tour yielded, condolences
    offered, wards made ready, a measure that hits home and money aimed at are no acts of
    these types (movement_vetoes.back_from_duty, notifies; event_rules.yaml: no_event_objects
    yield, offer, mobilize, target; idiom_particles)."""
    assert not [e for e in extract(text, published=PUB).events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The army alerted its border units on Friday.", "MOBILIZE"),
        ("The rebels yielded ground to the advancing troops.", "CONCEDE"),
        ("The rebels offered talks to the government on Tuesday.", "AGREE"),
        ("The government mobilized troops along the border.", "MOBILIZE"),
        ("Rebels targeted a police post near Dorva on Sunday.", "ASSAULT"),
    ],
)
def test_forces_alerted_ground_yielded_and_posts_targeted_stay(extract, text, event_type):
    """Units put on alert, ground given up, talks offered, troops mustered and a post
    attacked stay events."""
    assert asserted_events(extract(text, published=PUB), event_type)


@pytest.mark.parametrize(
    "text",
    [
        "The cuts are the deepest since the end of the Cold War, the minister said.",
        "Relations between the two states have been tense since the Gulf War.",
    ],
)
def test_a_named_era_that_bounds_a_time_is_no_event(extract, text):
    """A war named as an era that bounds a time is background (candidates.named_era)."""
    assert not [e for e in extract(text, published=PUB).events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The new port law will help Kestland tighten its grip on the straits.", "AGREE"),
        ("The new port law will help Kestland tighten its grip on the straits.", "AID"),
        ("None of the witnesses offered any evidence of the bribes, the lawyer said.", "AGREE"),
        ("The former mayor left for Oslo last month to seek medical treatment.", "REQUEST"),
    ],
)
def test_help_by_a_thing_evidence_and_treatment_are_no_event(extract, text, event_type):
    """A law that helps an act along, evidence offered in a trial and treatment sought are no
    aid, offer or request (verb_vetoes.helped_by_a_thing; event_rules.yaml: no_event_objects
    offer, seek)."""
    assert not [e for e in extract(text, published=PUB).events if e.event_type == event_type]


def test_help_by_a_party_stays_aid(extract):
    """A party that helps another act gives aid."""
    record = extract("Kestland will help Norland rebuild its ports.", published=PUB)
    assert [e for e in record.events if e.event_type in ("AID", "AGREE")]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The bans answer the junta's crackdown on those protesting against its rule.", "PROTEST"),
        ("Officials in Tavel want to freeze the assets of those supporting the revolt.", "SUPPORT"),
    ],
)
def test_a_participle_that_says_who_people_are_is_no_event(extract, text, event_type):
    """A participle after "those" describes people (verb_vetoes.describes_those)."""
    assert not [e for e in extract(text, published=PUB).events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Hundreds of residents queued at the Tavel clinic to donate blood for the wounded.",
            "AID",
        ),
        ("The envoy said the shelling of Karsa will invite a harsh response.", "REQUEST"),
        ("Guards found that the fence near Ombe had been cut in two places.", "SANCTION"),
    ],
)
def test_blood_a_provocation_and_a_cut_fence_are_no_event(extract, text, event_type):
    """Blood donated, a response invited and a fence cut are no aid, request or sanction
    (event_rules.yaml: no_event_objects donate, invite, cut)."""
    assert not [e for e in extract(text, published=PUB).events if e.event_type == event_type]


def test_protests_braced_for_are_not_told(extract):
    """Protests a city is braced for are expected, not told as happening
    (candidates.proposed_act, article.yaml expecting_verbs)."""
    text = "Tavel was braced for fresh protests on Monday after a court jailed the mayor."
    record = extract(text, published=PUB)
    assert not asserted_events(record, "PROTEST")
    assert asserted_events(record, "COERCE") or asserted_events(record, "SANCTION")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "When asked whether Norland was behind the blast, the spokesman said it was too "
            "early to tell.",
            "REQUEST",
        ),
        ("Reporters asked whether the raid near Ombe had been approved.", "REQUEST"),
        ("Several refugees talked of beatings along the road to Kestport.", "CONSULT"),
        ("The grid operator blamed the strike for power cuts in Velm.", "ACCUSE"),
        ("Officials in Ombe blamed the fire on a faulty cable.", "ACCUSE"),
        ("A helicopter was called to lift a wounded sailor off the ferry.", "CONSULT"),
        ("Flooded roads prevented many voters from reaching the polls in Velm.", "COERCE"),
        ("More than 9,000 people have been received at the Tarsa camp since it opened.", "CONSULT"),
        ("Thousands of families in Ombe have little or no access to aid.", "AID"),
        ("The judge let the prosecution call more than 60 witnesses.", "CONSULT"),
        ("President Arvo Dane held on to power in the 2019 election.", "AGREE"),
    ],
)
def test_questions_topics_causes_and_obstacles_are_no_event(extract, text, event_type):
    """An indirect question, a topic talked of, a thing blamed, an obstacle in the way, people
    taken in at a camp, aid lacked, witnesses or a helicopter called and power held on to are
    no request, meeting, accusation, coercion, aid or agreement (statement_vetoes.asks_a_question,
    talks_of_a_topic, blames_a_thing, averted_by_an_act; triggers.lacking; event_rules.yaml:
    no_event_objects receive, call; particle_idioms: hold on)."""
    assert not [e for e in extract(text, published=PUB).events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The mayor asked whether the army could send water to Velm.", "REQUEST"),
        ("The envoys talked with the rebels about a truce on Monday.", "CONSULT"),
        ("Police prevented the marchers from reaching the square.", "COERCE"),
        ("The minister blamed the rebels for the blast in Ombe.", "ACCUSE"),
        ("Norland blamed the attacks on militants based in Kestland.", "ACCUSE"),
        ("President Dane held talks with the Norland envoy on trade.", "CONSULT"),
        ("President Dane received the Norland envoy on Monday.", "CONSULT"),
        ("Kestland sent aid to the north on Monday.", "AID"),
    ],
)
def test_requests_meetings_and_acts_of_parties_stay(extract, text, event_type):
    """A request asked with a modal, talks with a partner, a party that keeps people from
    acting or is blamed, talks held, a guest received and aid sent stay events."""
    assert asserted_events(extract(text, published=PUB), event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "As many as two million people could be displaced in the north, warned the aid "
            "agency on Friday.",
            "THREATEN",
        ),
        ("The agency warned that food stocks in Velm would run out within weeks.", "THREATEN"),
        ("All of the clinics in Tavel were mobilised to treat the wounded.", "MOBILIZE"),
        ("The portal received money from a Norland firm, police said.", "CONSULT"),
        ("The envoy warned that the monitors in Velm are still in danger.", "THREATEN"),
        ("The two drivers were freed after village elders intervened in Ombe.", "ASSAULT"),
        ("The deal struck in March lets Kestland send migrants to Norland.", "PROTEST"),
        ("Anyone wrongly deported from Tavel could claim damages, the lawyer said.", "COERCE"),
    ],
)
def test_hardships_warned_of_wards_and_money_are_no_event(extract, text, event_type):
    """A warning of what may befall people is a notice (statement_vetoes.warns_of_a_hardship,
    event_rules.yaml hardship_verbs, hardship_nouns); "all of" the clinics are clinics
    (partitive_nouns); money received is no guest (no_event_objects receive); elders who
    intervene mediate (no_event_subjects intervene); a deal struck is no strike
    (verb_vetoes.deal_struck); anyone deported is whom a claim covers (describes_those)."""
    assert not [e for e in extract(text, published=PUB).events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Kestland warned that it would strike rebel positions near Velm.", "THREATEN"),
        ("Norland warned that sanctions would follow if the tests went ahead.", "THREATEN"),
        ("Kestland mobilised all of its reserve units on Monday.", "MOBILIZE"),
        ("Kestland intervened militarily in Norland in March.", "ASSAULT"),
        ("Dock workers in Velm struck over pay in March.", "PROTEST"),
        ("Kestland and Norland struck a deal on Monday.", "AGREE"),
    ],
)
def test_threats_and_forces_mustered_stay(extract, text, event_type):
    """A warning of one's own act, or of sanctions, threatens; reserve units are mustered; a
    state that intervenes uses force; workers strike; a deal struck is an agreement."""
    assert asserted_events(extract(text, published=PUB), event_type)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader, who returned to Varo after nine years in exile, addressed "
        "supporters on Sunday.",
        "After firing on the checkpoint, the gunman returned to his car and drove off on Monday.",
    ],
)
def test_one_person_going_back_somewhere_withdraws_nothing(extract, text):
    """movement_vetoes.goes_back: an intransitive return by one person is no RETREAT."""
    assert not asserted_events(extract(text, published=PUB), "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "Kestish troops returned to their bases on Monday after the ceasefire.",
        "The rebels returned the seized trucks to the company on Monday.",
    ],
)
def test_forces_pulling_back_and_things_handed_back_stay_a_return(extract, text):
    assert _triggers(extract(text, published=PUB), "RETREAT") == ["returned"]


def test_a_return_to_come_stays_as_read(extract):
    """goes_back leaves a return still to come ("will return"), whoever returns."""
    text = "The exiled opposition leader will return to Varo next month, his party said on Monday."
    assert [e for e in extract(text, published=PUB).events if e.event_type == "RETREAT"]


def test_a_return_pleaded_for_stays_part_of_the_plea(extract):
    """goes_back leaves a return by many: the plea keeps the villagers as its recipient."""
    text = "The governor on Monday pleaded with villagers to return to their homes in Tolmo."
    pleas = asserted_events(extract(text, published=PUB), "REQUEST")
    assert pleas and pleas[0].recipient is not None and "villager" in pleas[0].recipient.name


def test_coming_to_power_is_no_visit(extract):
    """movement_vetoes.rises_to_power."""
    text = (
        'Kapoor had said on Friday: "When PM Narendra Modi came to power, an officer was chosen '
        'from Gujarat to lead the unit."'
    )
    assert not asserted_events(extract(text, published=PUB), "CONSULT")


def test_ways_discussed_are_a_topic_of_the_talks(extract):
    """verb_vetoes.ways_discussed: the talks stay, what they were about is no act."""
    text = (
        "The two foreign ministers met in Kestport on Tuesday and discussed ways to strengthen "
        "trade ties."
    )
    record = extract(text, published=PUB)
    assert asserted_events(record, "CONSULT")
    assert not asserted_events(record, "COOPERATE")


def test_a_head_dropped_concedes_nothing(extract):
    """event_rules.yaml no_event_objects: drop (a head, a gaze)."""
    text = "As the sentence was read on Monday, the defendant dropped his head."
    assert not asserted_events(extract(text, published=PUB), "CONCEDE")


def test_a_source_released_after_a_run_on_headline_is_no_release(extract):
    """statement_vetoes.describes_a_source: the headline's verb takes the participle."""
    text = (
        "Attacks rise According to the Varo Security Index released last week, bombings rose "
        "by 30% last year."
    )
    assert not asserted_events(extract(text, published=PUB), "RETREAT")
