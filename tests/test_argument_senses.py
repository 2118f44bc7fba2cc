"""Readings of a trigger told by its arguments (events/rules/arguments.py), and the ACLED cues
they feed. Sentences of our own."""

from __future__ import annotations

import pytest

from crisislens.events import trigger_senses, triggers
from crisislens.events.acled import AcledMapper
from crisislens.events.lexicon import Lexicon
from crisislens.events.rules import arguments


def trigger_of(nlp, lex, text: str, word: str):
    found = triggers.find_triggers(nlp(text)[:], lex)
    return next(t for t in found if t.token.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Rescue teams evacuated hundreds of villagers from the flooded valley.",
            "evacuated",
            "AID",
        ),
        ("The ministry evacuated its embassy staff from the capital.", "evacuated", "RETREAT"),
        ("The embassy staff were evacuated on Tuesday.", "evacuated", "RETREAT"),
        ("The evacuation of the residents began at dawn.", "evacuation", "AID"),
        ("Party members rallied behind the prime minister after the vote.", "rallied", "SUPPORT"),
        ("Farmers rallied against the new land law.", "rallied", "PROTEST"),
        ("The union endorsed Maria Lopez for governor.", "endorsed", "SUPPORT"),
        ("Fighter jets struck a rebel convoy near the border.", "struck", "ASSAULT"),
        ("The opposition boycotted the parliamentary session.", "boycotted", "REJECT"),
        ("Consumers boycotted French goods.", "boycotted", "SANCTION"),
        ("The senators blocked the bill.", "blocked", "REJECT"),
        ("The minister issued a call for calm.", "call", "REQUEST"),
        # meeting a crowd with weapons is no meeting
        ("The mourners were met with gunfire outside the mosque.", "met", "ASSAULT"),
        ("Soldiers met the strikers with live rounds.", "met", "ASSAULT"),
        ("Police met the students with tear gas near the campus.", "met", "COERCE"),
        # a strike over pay or for higher wages is a walkout, whoever the strikers are
        ("Harbour workers will strike over wages next month.", "strike", "PROTEST"),
        ("Railway staff are set to strike over job cuts.", "strike", "PROTEST"),
        ("Cleaners struck for higher pay in Dorn on Monday.", "struck", "PROTEST"),
        ("A strike over pension reforms shut the mines.", "strike", "PROTEST"),
        # a person who targets someone for their own conduct blames them
        (
            "In a speech on Friday, the president also targeted Velka for its drone strikes.",
            "targeted",
            "ACCUSE",
        ),
        # penalties targeted at officials sanction them
        (
            "The new penalties will be targeted at officials close to the junta.",
            "targeted",
            "SANCTION",
        ),
    ],
)
def test_argument_sense_decides_the_reading(nlp, lex, text, word, expected):
    trigger = trigger_of(nlp, lex, text, word)
    assert trigger.argument is not None and trigger.argument.event_type == expected
    # it goes before the actor's sector: a union's rally behind a leader is still support
    assert trigger_senses.choose_sense(trigger, "LAB", None).event_type == expected


def test_without_a_cue_the_sectors_decide(nlp, lex):
    """No object, no cue preposition: "strike" is read by who strikes, as before."""
    trigger = trigger_of(nlp, lex, "Dock workers struck for a third day.", "struck")
    assert trigger.argument is None
    assert trigger_senses.choose_sense(trigger, "LAB", None).event_type == "PROTEST"
    assert trigger_senses.choose_sense(trigger, "MIL", None).event_type == "ASSAULT"


def test_object_and_prep_cues(nlp, lex):
    doc = nlp("Troops evacuated the wounded and their families across the river.")
    verb = next(t for t in doc if t.text == "evacuated")
    assert {t.text for t in arguments.objects_of(verb)} >= {"wounded", "families"}
    assert arguments.object_cue(verb, "endangered", lex)
    assert not arguments.object_cue(verb, "personnel", lex)
    assert arguments.prep_cue(verb, "across", lex)
    assert not arguments.prep_cue(verb, "behind", lex)


def test_with_cue_reads_the_with_phrase_its_conjuncts_and_modifiers(nlp, lex):
    """ "with tear gas and batons": the second noun counts; "with live rounds": the modifier
    counts; a "with" phrase of other nouns, or none, does not."""
    verb = next(
        t for t in nlp("Guards met the inmates with tear gas and batons.") if t.text == "met"
    )
    assert arguments.with_cue(verb, "lethal_force", lex)
    assert arguments.with_cue(verb, "crowd_control", lex)
    live = next(t for t in nlp("Troops met the crowd with live rounds.") if t.text == "met")
    assert arguments.with_cue(live, "lethal_force", lex)
    talks = next(t for t in nlp("The mayor met with the union leaders.") if t.text == "met")
    assert not arguments.with_cue(talks, "lethal_force", lex)
    assert trigger_of(nlp, lex, "The mayor met with the union leaders.", "met").argument is None


def test_argument_cues_are_checked_on_load():
    bad_class = "argument_senses:\n  evacuate:\n    - {object: nobody, sense: AID}\n"
    with pytest.raises(ValueError, match="unknown argument class"):
        Lexicon.load(bad_class, base=None)
    bad_cue = "argument_senses:\n  evacuate:\n    - {subject: person, sense: AID}\n"
    with pytest.raises(ValueError, match="argument cue"):
        Lexicon.load(bad_cue, base=None)
    bad_type = (
        "argument_classes: {people: {nouns: [people]}}\n"
        "argument_senses:\n  evacuate:\n    - {object: people, sense: RESCUE}\n"
    )
    with pytest.raises(ValueError, match="not an event type"):
        Lexicon.load(bad_type, base=None)


def test_a_rocket_propelled_grenade_is_a_missile_not_a_grenade():
    mapper = AcledMapper()
    rpg = "Gunmen fired a rocket-propelled grenade at the police station."
    thrown = "A man threw a grenade into the crowded bar."
    assert mapper.classify("ASSAULT", None, rpg, "UAF", "COP")[1] == (
        "Shelling/artillery/missile attack"
    )
    assert mapper.classify("ASSAULT", None, thrown, "UAF", "CVL")[1] == "Grenade"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Thousands of students poured into the streets of the capital.", "poured", "PROTEST"),
        ("Soldiers discovered a total of 40 landmines near the bridge.", "discovered", "COERCE"),
        ("Police found 20 kg of explosives in the car.", "found", "COERCE"),
    ],
)
def test_objects_read_through_measures_and_streets(nlp, lex, text, word, expected):
    """A measure or a total is read through its "of" ("20 kg of explosives"); crowds pouring
    into the streets march."""
    trigger = trigger_of(nlp, lex, text, word)
    assert trigger.kind == "object" and trigger.sense.event_type == expected


def test_finding_rubbish_is_no_event(nlp, lex):
    found = triggers.find_triggers(nlp("Hikers found 20 kg of rubbish by the lake.")[:], lex)
    assert not [t for t in found if t.token.text == "found"]


def test_a_gerund_before_a_generic_head_is_an_event(nlp, lex):
    """ "A looting spree" names looting; "the long-threatened invasion" names no threat."""
    found = triggers.find_triggers(
        nlp("Rioters went on a looting spree through the old bazaar.")[:], lex
    )
    assert [t.sense.event_type for t in found if t.token.text == "looting"] == ["COERCE"]
    found = triggers.find_triggers(nlp("The long-threatened invasion began.")[:], lex)
    assert not [t for t in found if t.token.lower_ == "threatened"]


def test_a_gerund_the_tagger_reads_as_a_noun_before_a_generic_head_is_an_event(nlp, lex):
    """The tagger reads "looting" here as a noun modifier (amod NOUN), not a verb."""
    doc = nlp("Troops began a looting spree in the port.")
    assert next(t for t in doc if t.text == "looting").pos_ == "NOUN"  # what the test is about
    found = triggers.find_triggers(doc[:], lex)
    assert [t.sense.event_type for t in found if t.token.text == "looting"] == ["COERCE"]


def test_forming_an_armed_unit_mobilises(nlp, lex):
    trigger = trigger_of(nlp, lex, "The rebels formed a new militia in the north.", "formed")
    assert trigger.kind == "object" and trigger.sense.event_type == "MOBILIZE"


@pytest.mark.parametrize(
    "text,word,expected",
    [
        # the tagger reads these -ing words as nouns modifying a generic head
        ("Soldiers began a looting spree in the harbour district.", "looting", "COERCE"),
        ("Bandits went on a kidnapping spree along the highway.", "kidnapping", "ASSAULT"),
        # an incident is a generic head too
        ("Officers logged a stabbing incident outside the bar.", "stabbing", "ASSAULT"),
    ],
)
def test_an_ing_noun_before_a_generic_head_is_an_event(nlp, lex, text, word, expected):
    found = triggers.find_triggers(nlp(text)[:], lex)
    assert [t.sense.event_type for t in found if t.token.text == word] == [expected]


def test_an_ing_noun_before_another_head_is_no_event(nlp, lex):
    """Only a generic head ("spree", "campaign") takes its event from the -ing word."""
    found = triggers.find_triggers(nlp("The looting suspects appeared in court.")[:], lex)
    assert not [t for t in found if t.token.text == "looting"]


@pytest.mark.parametrize(
    "text,word,expected",
    [
        ("There was a blast outside the stadium late on Friday.", "blast", "ASSAULT"),
        ("There have been clashes between herders and farmers near Jos.", "clashes", "ASSAULT"),
    ],
)
def test_what_there_is_happened(nlp, lex, text, word, expected):
    """An event noun after an existential "there is" tells that it happened."""
    found = triggers.find_triggers(nlp(text)[:], lex)
    assert [t.sense.event_type for t in found if t.token.text == word] == [expected]


def test_a_copulas_predicate_is_still_no_event(nlp, lex):
    found = triggers.find_triggers(nlp("The worst outcome would be a blockade.")[:], lex)
    assert not [t for t in found if t.token.text == "blockade"]


def test_aiming_an_event_is_no_event_of_its_own(nlp, lex):
    """ "The blast targeted a market": the blast is the event, "targeted" says where it was
    aimed; "militants targeted a market" is an attack of its own."""
    found = triggers.find_triggers(nlp("The blast targeted a crowded market in Peshawar.")[:], lex)
    assert [t.token.text for t in found] == ["blast"]
    found = triggers.find_triggers(nlp("A drone strike targeting the convoy hit Marib.")[:], lex)
    assert "targeting" not in [t.token.text for t in found]
    found = triggers.find_triggers(nlp("Militants targeted a crowded market in Peshawar.")[:], lex)
    assert [t.sense.event_type for t in found if t.token.text == "targeted"] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor has been facing calls for his resignation since the summer.",
        "Striking teachers renewed their calls for the dismissal of the education minister.",
    ],
)
def test_a_call_for_an_act_asks_for_it_and_the_act_is_not_told(extract, text):
    """The call's reading (REQUEST, by its "for" argument) is known before folding, so the
    resignation or dismissal it asks for folds into it: no asserted act of its own."""
    events = [e for e in extract(text).events if e.modality == "asserted"]
    assert [e.event_type for e in events] == ["REQUEST"]


def test_a_call_with_someone_stays_a_telephone_call(extract):
    events = extract("The two presidents held a call with each other on Monday.").events
    assert [e.event_type for e in events] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a strike qualified as violence is an attack, whoever is near it
        ("The town has seen a wave of terror strikes since June.", "strikes"),
        ("Deadly strikes hit the port district of Hodeida overnight.", "strikes"),
        # ... and so is one that kills or wounds, or what a series of them does
        ("A series of strikes in the valley killed nine people on Monday.", "strikes"),
        ("The strikes wounded four guards at the depot.", "strikes"),
        # a strike aimed at a target is an attack ...
        ("Tuesday's strike on the fuel depot near Morvan set it ablaze.", "strike"),
        ("The drones carried out strikes against rebel positions.", "strikes"),
        # ... and so is one people die or are wounded in
        ("Three farmers died in the strike at dawn.", "strike"),
        ("Two guards were wounded in Sunday's strike.", "strike"),
        ("The deaths in the strike angered the valley's elders.", "strike"),
    ],
)
def test_strike_that_is_violent_aimed_or_harming_is_an_attack(nlp, lex, text, word):
    trigger = trigger_of(nlp, lex, text, word)
    assert trigger.argument is not None and trigger.argument.event_type == "ASSAULT"


def test_labour_strike_keeps_its_reading(nlp, lex):
    """A strike with no violent word on it is read as before: "a general strike" by dockers."""
    trigger = trigger_of(nlp, lex, "A general strike by dockers shut the port of Durban.", "strike")
    assert trigger.argument is None


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers began a strike on Monday over pay.",
        "Nurses joined the strike in the capital.",
    ],
)
def test_walkout_on_a_day_or_joined_stays_a_walkout(nlp, lex, text):
    trigger = trigger_of(nlp, lex, text, "strike")
    assert trigger.argument is None


def test_sanctioning_a_march_allows_it(nlp, lex):
    trigger = trigger_of(
        nlp, lex, "The council sanctioned the march through the old town.", "sanctioned"
    )
    assert trigger.argument is not None and trigger.argument.event_type == "CONCEDE"


def test_sanctioning_banks_stays_a_sanction(nlp, lex):
    trigger = trigger_of(nlp, lex, "The bloc sanctioned three Velkan banks.", "sanctioned")
    assert trigger.argument is None


def test_capturing_suspects_arrests_them(nlp, lex):
    text = "Police captured two suspected smugglers near the port."
    trigger = trigger_of(nlp, lex, text, "captured")
    assert trigger.argument is not None and trigger.argument.event_type == "COERCE"


def test_capturing_a_town_stays_force(nlp, lex):
    trigger = trigger_of(nlp, lex, "Rebels captured the town of Dorn on Sunday.", "captured")
    assert trigger.argument is None


def test_strike_over_a_city_is_no_walkout(nlp, lex):
    trigger = trigger_of(nlp, lex, "Jets struck for a second day over the city.", "struck")
    assert trigger.argument is None or trigger.argument.event_type != "PROTEST"


def test_labour_strike_over_pay_is_a_protest_event(extract):
    types = {e.event_type for e in extract("Harbour workers will strike over wages.").events}
    assert "PROTEST" in types and "ASSAULT" not in types


def test_an_armed_groups_reprisal_stays_force(nlp, lex):
    text = "Rebels targeted the army for its raids on their villages."
    assert trigger_of(nlp, lex, text, "targeted").argument is None
