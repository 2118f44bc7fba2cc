"""Grouping (events/happenings.py): what sets a mention's happening apart from others."""

from __future__ import annotations

import pytest

from conftest import asserted_events
from crisislens.events.parts import Mention, part_rules, rescue_tie, result_tie, tied
from crisislens.events.story_time import _set_earlier

PUB = "2024-03-14"  # a Thursday


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("Earlier this month, a bomb went off near the depot.", "month", True),
        ("Rebels had shelled the port earlier in the week.", "week", True),
        ("This month, a bomb went off near the depot.", "month", False),
        ("A bomb went off near the depot earlier, police said.", None, False),
        ("Later this week, the council will vote on the budget.", "week", False),
    ],
)
def test_set_earlier_reads_an_earlier_stretch_of_the_story_time(parse, text, unit, expected):
    doc = parse(text)
    assert any(_set_earlier(t) is not None for t in doc) == expected
    if unit is not None:
        assert (_set_earlier(next(t for t in doc if t.lower_ == unit)) is not None) == expected


def test_an_act_set_earlier_is_no_part_of_the_happening_of_a_told_day(extract):
    record = extract(
        "Rebels stormed a fuel depot in Kassala on Tuesday, killing three guards. Earlier this "
        "month, a bomb killed two guards at the depot.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 2
    dead = sorted(q.value for e in assaults for q in e.quantities if q.kind == "dead")
    assert dead == [2, 3]


def test_an_act_set_earlier_joins_a_happening_told_with_no_day(extract):
    record = extract(
        "A port guard was arrested on suspicion of theft earlier this week, police said. He was "
        "arrested by officers early Tuesday after a search of his truck.",
        published=PUB,
        title="Port guard arrested over fuel theft",
    )
    assert len(asserted_events(record, "COERCE")) == 1


def _mention(doc, word, event_type):
    head = next(t for t in doc if t.text == word)
    return Mention(head, event_type, "asserted")


@pytest.mark.parametrize(
    ("text", "host", "expected"),
    [
        (
            "An army operation rescued 80 bus passengers and killed 12 gunmen, hours after an "
            "attack on a convoy in Kassala province.",
            "killed",
            True,
        ),
        (
            "Police arrested two men on Thursday, hours after an attack on a convoy in Kassala "
            "province.",
            "arrested",
            False,
        ),
        (
            "An army operation rescued 80 bus passengers and killed 12 gunmen near an attack site "
            "in Kassala province.",
            "killed",
            False,
        ),
    ],
)
def test_rescue_tie_an_attack_told_after_a_rescue_is_its_part(parse, text, host, expected):
    doc = parse(text)
    attack = _mention(doc, "attack", "ASSAULT")
    told = _mention(doc, host, "ASSAULT" if host == "killed" else "COERCE")
    assert rescue_tie(attack, told, part_rules()) == expected


def test_an_attack_and_the_rescue_that_ended_it_are_one_happening(extract):
    record = extract(
        "Officials said on Thursday that an army operation rescued 80 bus passengers and killed "
        "12 gunmen, hours after an attack on a convoy in Kassala province.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert {m.trigger.text for m in assaults[0].mentions} >= {"killed", "attack"}


def test_the_other_sides_act_told_in_the_past_perfect_is_another_happening(extract):
    record = extract(
        "Soldiers raided a rebel camp near Tarvik on Tuesday, killing six fighters. The rebels "
        "had ambushed an army convoy near the camp, killing four soldiers.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 2
    dead = sorted(q.value for e in assaults for q in e.quantities if q.kind == "dead")
    assert dead == [4, 6]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels stormed a hotel in Tarvik on Tuesday. The rebels had killed at least 12 guests "
        "before police arrived.",
        "Rebels stormed a hotel in Tarvik on Tuesday. Witnesses said the attackers had killed "
        "at least 12 guests.",
    ],
)
def test_the_same_doers_act_in_the_past_perfect_may_tell_the_happening(extract, text):
    record = extract(text, published=PUB)
    assert len(asserted_events(record, "ASSAULT")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Front, which has attacked several army posts, ambushed a convoy near "
        "Tarvik on Monday, killing four soldiers.",
        "Fighters of the Northern Front, which had kidnapped two aid workers in Orvel, ambushed "
        "a convoy near Tarvik on Monday.",
    ],
)
def test_an_act_a_perfect_relative_clause_recalls_is_another_happening(extract, text):
    record = extract(text, published=PUB)
    ambush = [e for e in asserted_events(record, "ASSAULT") if e.trigger.text == "ambushed"]
    assert len(ambush) == 1
    assert {m.trigger.text for m in ambush[0].mentions} & {"attacked", "kidnapped"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "The bomb, which has killed 12 people, exploded in a market in Tarvik on Monday.",
        "The gunmen who had stormed the hotel in Tarvik killed 12 guests on Monday.",
    ],
)
def test_a_relative_clause_on_a_weapon_or_without_commas_tells_the_same_act(extract, text):
    record = extract(text, published=PUB)
    assert len(asserted_events(record, "ASSAULT")) == 1


@pytest.mark.parametrize(
    ("text", "host", "expected"),
    [
        (
            "Nine farmers were killed and four others abducted after raiders attacked a hamlet "
            "in Oruvo district.",
            "abducted",
            True,
        ),
        ("Two traders were arrested after gunmen attacked a bank in Oruvo.", "arrested", False),
        (
            "Five guards were killed on Friday, a day after raiders attacked the town of Oruvo.",
            "killed",
            False,
        ),
    ],
)
def test_result_tie_an_attack_told_after_its_toll_is_its_part(parse, text, host, expected):
    doc = parse(text)
    attack = _mention(doc, "attacked", "ASSAULT")
    told = _mention(doc, host, "COERCE" if host == "arrested" else "ASSAULT")
    assert result_tie(attack, told, part_rules()) == expected


def test_an_attack_and_the_toll_it_left_are_one_happening(extract):
    record = extract(
        "Nine farmers were killed and four others abducted after raiders attacked a hamlet in "
        "Oruvo district on Sunday, police said.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert {m.trigger.text for m in assaults[0].mentions} >= {"killed", "attacked"}


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers swept a militia base near Ostra on Tuesday, killing five fighters. The army "
        "said the troops also recovered four rifles and a mortar.",
        "Soldiers stormed a militia hideout near Ostra on Tuesday. The army said it had "
        "destroyed the hideout and seized weapons.",
    ],
)
def test_what_the_attackers_took_or_wrecked_is_part_of_the_attack(extract, text):
    record = extract(text, published=PUB)
    asserted = [e for e in record.events if e.modality == "asserted"]
    assert [e.event_type for e in asserted] == ["ASSAULT"]
    assert len(asserted[0].mentions) >= 2


def test_what_another_side_seized_after_an_attack_is_its_own_happening(extract):
    record = extract(
        "Rebels attacked an army post near Ostra on Monday. Police seized the rebels' truck.",
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == 1
    assert len(asserted_events(record, "COERCE")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"In another operation, soldiers burned a second base near Tarvik," he said.', True),
        ('"In the operation, soldiers burned their base near Tarvik," he said.', False),
    ],
)
def test_separate_reads_the_quoted_clause_a_sentence_opens_on(extract, text, expected):
    record = extract(
        "Soldiers attacked a militia base near Tarvik on Tuesday, killing three fighters. " + text,
        published=PUB,
    )
    assert (
        len(asserted_events(record, "COERCE") + asserted_events(record, "ASSAULT")) == 1 + expected
    )


@pytest.mark.parametrize("marker", ["another", "a second"])
def test_a_verb_whose_object_is_marked_new_starts_another_happening(extract, marker):
    record = extract(
        "Militants killed seven soldiers at an army post in Tessit on Tuesday. Hours later, "
        f"the militants raided {marker} post near the town, killing four soldiers.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    dead = sorted(q.value for e in assaults for q in e.quantities if q.kind == "dead")
    assert dead == [4, 7]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops raided a militia base near Ostra on Tuesday, killing five fighters. Last "
            "week, militiamen ambushed a patrol near Ostra, killing three soldiers.",
            2,
        ),
        (
            "Troops raided a militia base near Ostra on Tuesday, killing five fighters. This "
            "week, troops raided a militia base near Ostra, killing five fighters.",
            1,
        ),
    ],
)
def test_an_act_told_by_another_calendar_week_is_another_happening(extract, text, expected):
    record = extract(text, published=PUB)
    assert len(asserted_events(record, "ASSAULT")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meanwhile, gunmen stopped a bus in Velo province and shot dead three passengers.", 2),
        # a report of the act goes on telling it
        ("Meanwhile, police said the attackers had shot dead three passengers of a bus.", 1),
    ],
)
def test_a_sentence_opening_on_meanwhile_tells_another_act(extract, text, expected):
    record = extract(
        "A roadside bomb killed seven people in Tarsa province on Wednesday. " + text,
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == expected


def _dead(events):
    return sorted(q.value for e in events for q in e.quantities if q.kind == "dead")


@pytest.mark.parametrize(
    "text, published, dead",
    [
        # a toll told first joins the attack told after it
        (
            "The death toll from twin bombings on Saturday in Orvan has risen to 52, officials "
            "said on Sunday.\nThe two bombs exploded near a bus station as crowds gathered, "
            "police said.",
            "2021-03-07",
            52,
        ),
        # a toll told after joins the attack it counts
        (
            "Rebels stormed a village in Lowland province on Monday, killing nine farmers.\nThe "
            "death toll from Monday's raid rose to 14 on Tuesday, a local official said.",
            "2021-03-09",
            14,
        ),
    ],
)
def test_a_toll_joins_the_attack_it_counts(extract, text, published, dead):
    assaults = asserted_events(extract(text, published=published), "ASSAULT")
    assert len(assaults) == 1
    assert _dead(assaults) == [dead]


def test_a_toll_with_no_attack_told_is_an_event_of_its_own(extract):
    record = extract(
        "The death toll from Saturday's bombing in Orvan rose to 30, officials said.",
        published="2021-03-07",
    )
    assert _dead(asserted_events(record, "ASSAULT")) == [30]


def test_an_attack_that_also_hits_a_target_of_its_own_is_another_happening(extract):
    record = extract(
        "Militants attacked an army checkpoint near Vessa late on Sunday, killing three soldiers "
        "and wounding five others, officials said on Monday.\nThe army confirmed the attack. "
        "Gunmen also attacked a village mosque in Pravo overnight, killing two guards.",
        published="2021-03-08",
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 2
    assert _dead(assaults) == [2, 3]


def test_attackers_that_also_kill_people_tell_the_same_attack(extract):
    record = extract(
        "Rebels stormed a village in Lowland province on Monday, killing nine farmers. The "
        "rebels also killed two herders, a local official said.",
        published="2021-03-09",
    )
    assert len(asserted_events(record, "ASSAULT")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Also on Monday, rebels raided a police station in Delmar district.", True),
        ("Also Tuesday, rebels raided a police station in Delmar district.", True),
        ("Also, the raiders burned the market.", False),
        ("The raiders also burned the market on Monday.", False),
    ],
)
def test_a_sentence_opening_on_also_and_a_time_reports_a_further_happening(parse, text, expected):
    from crisislens.events.retelling import further_report

    assert further_report(next(iter(parse(text).sents))) == expected


def test_a_further_report_opened_by_also_is_another_happening(extract):
    record = extract(
        "Police raided a rebel hideout in Korva district on Monday, killing six rebels, the "
        "army said.\nAlso on Monday, rebels raided a police station in Delmar district and "
        "abducted four officers.",
        published="2021-03-09",
    )
    assert len(asserted_events(record, "ASSAULT")) == 2


def test_a_toll_told_in_a_clause_of_its_own_retells_the_attack_before_it(extract):
    record = extract(
        "Two bombs exploded near a bus station in Orvan on Saturday, police said.\nMore than 90 "
        "people were wounded.",
        published="2021-03-07",
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert [q.value for q in assaults[0].quantities if q.kind == "injured"] == [90]


def test_a_toll_with_a_day_of_its_own_is_another_happening(extract):
    record = extract(
        "Two bombs exploded near a bus station in Orvan on Saturday, police said.\nOn Tuesday, "
        "two soldiers were killed.",
        published="2021-03-11",
    )
    assert len(asserted_events(record, "ASSAULT")) == 2


def test_attacks_counted_since_a_day_are_a_tally_not_the_attack(extract):
    record = extract(
        "Gunmen killed seven people at a cattle market in Orvan on Sunday, police said. Attacks "
        "since Saturday have left 17 dead in the province, officials said.",
        published=PUB,
    )
    assert _dead(asserted_events(record, "ASSAULT")) == [7]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Since the truce collapsed in May, almost 400 people have been killed and up to "
            "1,000 wounded in attacks.",
            "wounded",
            True,
        ),
        ("Attacks since Saturday have left 17 dead.", "Attacks", True),
        ("The attack on Saturday left 17 dead.", "attack", False),
    ],
)
def test_spans_a_period_reads_a_joined_verb_and_a_bounded_noun(parse, text, word, expected):
    from crisislens.events.candidates import spans_a_period

    doc = parse(text)
    token = next(t for t in doc if t.text == word)
    assert spans_a_period([token], frozenset({"since", "until"})) == expected


def test_an_attack_that_also_hits_a_place_of_its_own_is_another_happening(extract):
    record = extract(
        "Bandits killed five farmers in the village of Gusau on Monday, police said. The bandits "
        "also attacked residents of Tsafe, killing two people.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 2
    assert _dead(assaults) == [2, 5]


def test_attackers_that_also_kill_people_in_the_same_place_tell_the_same_attack(extract):
    record = extract(
        "Bandits killed five farmers in the village of Gusau on Monday, police said. The bandits "
        "also killed two herders in Gusau.",
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == 1


def test_an_armed_sides_strike_on_the_doers_of_a_massacre_is_another_happening(extract):
    record = extract(
        "Militants killed 12 villagers in an attack on the village of Kamango on Sunday. "
        "Soldiers later killed five of the attackers in a gunfight, the army said.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 2
    assert _dead(assaults) == [5, 12]


def test_a_strike_on_attackers_of_a_post_may_tell_the_same_fight(extract):
    record = extract(
        "Militants attacked a police post in Kamango on Sunday, killing two officers. Police "
        "killed three of the attackers, the army said.",
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == 1


def _party(text, country, sector, name=None):
    from crisislens.schemas import Actor

    return Actor(
        text=text, start=0, end=len(text), name=name or text, country=country, sector=sector
    )


def test_a_transnational_armed_group_may_be_a_fighter_coded_by_his_country():
    from crisislens.events.pairs import actors_compatible

    group = _party("senior Islamic State commander", "IMG", "REB")
    assert actors_compatible(group, _party("militant commander", "SYR", None))
    assert actors_compatible(_party("militant commander", "SYR", "REB"), group)
    assert not actors_compatible(group, _party("Syrian troops", "SYR", "MIL"))


def test_a_raid_headline_and_its_lede_naming_the_group_are_one_happening(extract):
    record = extract(
        "US special forces killed a senior Islamic State commander in a raid in northern Syria "
        "on Thursday, the Pentagon said. No American troops were hurt.",
        published=PUB,
        title="US forces kill militant commander in Syria",
    )
    assert len([e for e in asserted_events(record, "ASSAULT") if _dead([e]) == [1]]) == 1


@pytest.mark.parametrize(
    ("text", "host", "expected"),
    [
        (
            "Troops killed nine militants, including two suspects in the March 3 bombing that "
            "killed four worshippers.",
            "bombing",
            True,
        ),
        (
            "The blast, which killed four worshippers, was claimed by the Front.",
            "blast",
            True,
        ),
        (
            "Troops killed nine militants who had bombed a church.",
            "killed",
            False,
        ),
    ],
)
def test_tied_a_verb_of_a_relative_clause_on_an_event_noun_is_its_part(parse, text, host, expected):
    doc = parse(text)
    verb = next(t for t in doc if t.text in ("killed", "bombed") and t.dep_ == "relcl")
    told = _mention(doc, host, "ASSAULT")
    assert tied(Mention(verb, "ASSAULT", "asserted"), told, part_rules()) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Troops killed 40 militants in retaliatory raids.", "killed", True),
        ("Rebels shelled the town in retaliation, officials said.", "shelled", True),
        ("Retaliatory strikes hit the port.", "strikes", True),
        ("Troops killed 40 militants in raids on their camps.", "killed", False),
    ],
)
def test_retaliating_reads_an_act_done_in_return(parse, text, word, expected):
    from types import SimpleNamespace

    from crisislens.events.retelling import retaliating

    doc = parse(text)
    token = next(t for t in doc if t.text == word)
    assert retaliating(SimpleNamespace(tokens=[token])) == expected


def test_an_act_done_in_return_is_another_happening(extract):
    record = extract(
        "Separatists killed 30 people in a series of attacks in Kalat province on Monday, "
        "officials said. Security forces killed 90 militants in retaliatory raids.",
        published=PUB,
    )
    assert _dead(asserted_events(record, "ASSAULT")) == [30, 90]


def _scoped(doc, word):
    from types import SimpleNamespace

    from crisislens.events.candidates import article_words, time_scope

    token = next(t for t in doc if t.text == word)
    scope = time_scope(token, article_words().sequence_markers, article_words().result_markers)
    return SimpleNamespace(tokens=[token], scope=scope, noun=token.pos_ == "NOUN")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The raid came two days after rebels ambushed a convoy near Tarso.", "ambushed", "came"),
        ("It came after the shelling of a market in Velo.", "shelling", "came"),
        ("The raid followed two days after rebels ambushed a convoy.", "ambushed", None),
        ("Rebels ambushed a convoy after the raid came to an end.", "ambushed", None),
    ],
)
def test_came_after_reads_a_clause_set_after_the_news(parse, text, word, expected):
    from crisislens.events.retelling import came_after

    verb = came_after(_scoped(parse(text), word))
    assert (verb.text if verb is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("A bombing near the port on Tuesday also killed six.", "bombing", True),
        ("The bombing near the port on Tuesday also killed six.", "bombing", False),
        ("Tuesday's bombing near the port killed six.", "bombing", False),
        ("The bus came under a gun attack on Tuesday.", "attack", False),
        ("A double suicide bombing near the port killed six.", "suicide", True),
        ("The suicide bombing near the port killed six.", "suicide", False),
    ],
)
def test_indefinite_noun_reads_an_event_noun_brought_in_by_a(parse, text, word, expected):
    from crisislens.events.retelling import indefinite_noun

    assert indefinite_noun(_scoped(parse(text), word)) == expected


def test_a_happening_the_news_came_after_is_another_one(extract):
    record = extract(
        "Rebels stormed a fuel depot in Kassala on Wednesday, killing nine guards. It came a day "
        "after a passenger bus was bombed in Orvel province. At least 14 people were killed in "
        "that attack.",
        published=PUB,
    )
    assert _dead(asserted_events(record, "ASSAULT")) == [9, 14]


def test_the_news_may_come_after_a_happening_of_another_type_it_told(extract):
    record = extract(
        "Protesters stormed the town hall in Delmar on Monday, smashing windows. Police arrested "
        "30 people on Tuesday. The arrests came after protesters stormed the town hall.",
        published=PUB,
    )
    stormings = [e for e in record.events if any(m.trigger.text == "stormed" for m in e.mentions)]
    assert len(stormings) == 1


def test_an_attack_brought_in_by_a_on_another_day_is_another_happening(extract):
    record = extract(
        "Rebels attacked an army post in Tarso on Saturday, killing eight soldiers. A bombing in "
        "the south on Thursday also killed six soldiers.",
        published="2024-03-17",
    )
    assert _dead(asserted_events(record, "ASSAULT")) == [6, 8]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Another group of bandits abducted nine travellers near Orvel.", "abducted", True),
        ("Other gunmen attacked a police post in Velo.", "attacked", True),
        ("The gunmen also attacked a police post in Velo.", "attacked", False),
        ("Other residents fled the village.", "fled", False),
        ("Another man died at the hospital, police said.", "died", False),
        ("Another bomb exploded inside the hall.", "exploded", False),
    ],
)
def test_another_doer_reads_an_attack_by_a_party_brought_in_as_another(parse, text, word, expected):
    from types import SimpleNamespace

    from crisislens.events.retelling import another_doer

    doc = parse(text)
    token = next(t for t in doc if t.text == word)
    event = SimpleNamespace(event_type="ASSAULT" if word != "fled" else "RETREAT")
    c = SimpleNamespace(tokens=[token], noun=False, event=event)
    assert another_doer(c) == expected


def test_an_attack_by_another_group_is_another_happening(extract):
    record = extract(
        "Militants stormed an army camp, killing eight soldiers. Another group of militants "
        "attacked a clinic, killing five civilians.",
        published=PUB,
    )
    assert _dead(asserted_events(record, "ASSAULT")) == [5, 8]


def test_an_attack_on_a_day_and_at_a_place_of_its_own_is_another_happening(extract):
    record = extract(
        "Nine guards were killed in a suicide attack in Mardan on Monday. The bomber blew "
        "himself up at the gate. On Saturday, two soldiers were killed in a suicide attack in "
        "Swabi district.",
        published="2024-03-19",
    )
    assert _dead(asserted_events(record, "ASSAULT")) == [2, 9]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Two soldiers were killed in a suicide attack in Gedaref.", "killed", True),
        ("Two soldiers were killed in the attack in Gedaref.", "killed", False),
        ("The trader died in a hospital in Gedaref.", "died", False),
    ],
)
def test_in_an_attack_reads_a_casualty_clause_naming_its_attack(parse, text, word, expected):
    from crisislens.events.retelling import _in_an_attack, retelling_words

    verb = next(t for t in parse(text) if t.text == word)
    assert _in_an_attack(verb, retelling_words()) == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("In the second incident,", 2),
        ("In other violence,", 2),
        ("In other words,", 1),
    ],
)
def test_a_sentence_opening_on_a_second_or_other_incident_tells_another_happening(
    extract, opening, expected
):
    record = extract(
        "A roadside bomb killed two soldiers near Turbat on Monday. The blast also wounded a "
        f"driver. {opening} militants fired at a checkpoint near Turbat.",
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Tuesday's attack in Kunar province killed four soldiers.", 2),
        ("The blast in Nangarhar province also wounded a child.", 1),
    ],
)
def test_an_attack_in_another_province_is_another_happening(extract, second, expected):
    record = extract(
        "A roadside bomb killed two police officers in Jalalabad on Tuesday. The blast hit "
        f"their vehicle near a bridge. {second}",
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == expected


def test_an_act_its_clause_sets_elsewhere_is_another_happening(extract):
    """events/retelling.py elsewhere_in_clause: "elsewhere" inside the act's clause, not only
    at the sentence's opening."""
    record = extract(
        "Gunmen abducted 20 traders from a market near Gusau on Monday, police said.\n"
        "Their families said the gunmen demanded a ransom.\n"
        "On Sunday, bandits abducted 35 travellers from a bus elsewhere in the state.",
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == 2


def test_a_wire_report_telling_its_attack_a_paragraph_at_a_time_is_one_happening(extract):
    """events/retelling.py attack_retold: attacks told by their verbs in paragraphs of their
    own are alike enough to be weighed as one happening."""
    record = extract(
        "Gunmen attacked a village in Borgu district on Saturday evening, police said.\n\n"
        "The men opened fire on residents and set fire to the market.\n\n"
        "At least 12 villagers were killed, a police spokesman said.",
        published=PUB,
    )
    (attack,) = asserted_events(record, "ASSAULT")
    assert {"attacked", "opened fire"} <= {m.trigger.text for m in attack.mentions}


@pytest.mark.parametrize(
    ("text", "retold"),
    [
        (
            "Gunmen attacked a police checkpoint in Baqubah on Monday, killing three officers, "
            "police said.\n\nThe assailant detonated an explosive vest near the gate, a police "
            "officer said.",
            "detonated",
        ),
        (
            "Suicide attackers struck a market in the town of Darsen on Sunday, killing nine "
            "shoppers, officials said.\n\nWitnesses said the bomber blew himself up near a fruit "
            "stall.",
            "blew himself up",
        ),
    ],
)
def test_an_attack_retold_by_its_one_armed_doer_is_one_happening(extract, text, retold):
    """retelling.attack_retold: one doer of an armed side named again by "the" and a common
    noun ("the assailant", "the bomber") retells the attack told in another paragraph."""
    record = extract(text, published=PUB)
    (attack,) = asserted_events(record, "ASSAULT")
    assert retold in {m.trigger.text for m in attack.mentions}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Another protester was killed in Lahj province, a medic said.", 2),
        ("Another protester died at Al Nasr Hospital in Lahj, a medic said.", 1),
    ],
)
def test_another_casualty_at_a_place_of_its_own_is_another_happening(extract, second, expected):
    """retelling.another_casualty_elsewhere: "Another protester was killed in Lahj province"
    is not the shooting told in Dhalea, however near the two places are; one who died in a
    hospital there may be one of its dead."""
    record = extract(
        "Security forces shot dead two protesters in the town of Dhalea on Friday, activists "
        f"said.\n\n{second}",
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted three nurses from a clinic in Kaduna, police said. Police gave no reason "
        "for the abduction. The nurses were later released unharmed.",
        "Armed men kidnapped 14 farm workers near Jos. Residents said the kidnapping took place "
        "at dawn. Police said nine of the workers were freed after a ransom was paid.",
    ],
)
def test_an_abduction_told_twice_stays_apart_from_the_release(extract, text):
    """seizures.fold_seizures: a seizure told by a verb and a noun is no attack that folds
    itself into a part, so a later release is weighed against it and stays a happening of its
    own."""
    record = extract(text, published=PUB)
    assert len(asserted_events(record, "ASSAULT")) == 1
    assert len(asserted_events(record, "RETREAT")) == 1


def test_an_attack_noun_does_not_fold_the_abduction_it_names(extract):
    """seizures.fold_seizures and attack_verb: "the attack" told by a noun folds no seizure
    into a part, so the abduction told again in its own paragraph still joins its happening."""
    record = extract(
        "Armed men kidnapped 12 farmers from a village near Gusau on Sunday, police said.\n\n"
        "A farmer who escaped the attack said his brother was abducted.\n\n"
        "Police said the kidnapping was the third in the district this month.",
        published=PUB,
    )
    (abduction,) = asserted_events(record, "ASSAULT")
    assert abduction.mode == "abduct"


def test_two_abductions_told_apart_are_weighed_as_any_two_mentions(extract):
    """seizures.seizure_in_attack: a seizure is no attack another seizure is part of; the two
    are one happening where type, place, day and sides agree."""
    record = extract(
        "Police in Kaduna confirmed the abduction of traders near Birnin Gwari on Tuesday.\n\n"
        "The police said only six traders were abducted, not the 30 reported by residents.\n\n"
        "The gunmen abducted the traders on the main road, a witness said.",
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == 1


def test_a_toll_opening_its_paragraph_joins_the_attack_it_counts_again(extract):
    """happenings._nearest with retelling.toll_retold: "nine villagers were killed", a paragraph
    of its own tells the toll of the killing of nine, not of the raid told last before it."""
    record = extract(
        "Bandits killed nine farmers in Tudun Kaya village in Gusau district on Monday night, "
        "residents said.\n\n"
        "Residents said another gang of bandits raided a market in the same district and stole "
        "cattle.\n\n"
        "Police confirmed that nine villagers were killed and 12 others wounded.",
        published=PUB,
    )
    raid = next(e for e in asserted_events(record, "ASSAULT") if e.trigger.text == "raided")
    assert not raid.quantities


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Militants attacked a passenger train in Kassala province on Tuesday, killing six "
            "guards. Officials said the planners of Tuesday's attack are based in Eritrea.",
            "attack",
        ),
        (
            "Soldiers killed rebel commander Yusuf Amin in an airstrike in Kassala province on "
            "Monday, the army said. The US president confirmed Amin's killing at a news "
            "conference in Washington.",
            "killing",
        ),
    ],
)
def test_a_noun_its_possessor_ties_to_a_happening_joins_it_wherever_placed(extract, text, told):
    """retelling.possessor_told: "Tuesday's attack" and "Amin's killing" name the happening
    dated to that day, or acting on that party, whatever place their sentence names."""
    record = extract(text, published=PUB)
    (attack,) = asserted_events(record, "ASSAULT")
    assert told in {m.trigger.text for m in attack.mentions}


def test_an_undated_retelling_tells_the_news_not_the_background_told_nearer(extract):
    """happenings._told_earlier: "the bomber detonated his explosives", in a paragraph of its own
    with no date, retells Saturday's bombing, not last month's told in the paragraph before."""
    record = extract(
        "A suicide bomber struck a crowded market in the town of Orvel on Saturday, killing nine "
        "people, police said.\n\n"
        "Last month, a suicide truck bomber killed 20 people in the same market.\n\n"
        "Police said the bomber detonated his explosives near a fruit stall.",
        published=PUB,
    )
    news = next(e for e in asserted_events(record, "ASSAULT") if e.date == "2024-03-09")
    assert "detonated" in {m.trigger.text for m in news.mentions}


def test_blasts_told_the_same_day_as_the_raid_are_another_happening(extract):
    """marks.set_simultaneous: what a report brings in as happening "the same day as" its raid
    is another happening, and its dead are not the raid's."""
    record = extract(
        "Gunmen killed six villagers in a raid on Kaduru village in the north on Tuesday, "
        "residents said.\n\n"
        "The raid came the same day as a series of blasts at two markets in the capital that "
        "left at least 30 dead.",
        published=PUB,
    )
    dead = sorted(
        q.value
        for e in asserted_events(record, "ASSAULT")
        for q in e.quantities
        if q.kind == "dead"
    )
    assert dead == [6, 30]


def test_an_attack_told_again_by_one_of_its_armed_men_is_one_happening(extract):
    """retelling.one_armed_side: a paragraph that tells the attack again by one of the armed
    group's men ("a suicide bomber"), coded as the same armed side as the lede's doers, tells the
    lede's attack."""
    record = extract(
        "Militants killed eight soldiers and seized an army post near Harvo on Wednesday, "
        "officials said.\n\n"
        "A suicide bomber detonated a truck by the entrance to the post, a police officer said.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert "detonated" in {m.trigger.text for m in assaults[0].mentions}


def test_two_steps_of_one_attack_told_before_and_after_are_one_happening(extract):
    """retelling.attack_steps: "before" with no stretch of time between two attacks by one
    armed side tells two steps of one attack, not two happenings."""
    record = extract(
        "Militants killed eight soldiers and seized an army post near Harvo on Wednesday, "
        "officials said.\n\n"
        "A lone bomber blew himself up at the entrance before gunmen stormed the post, a "
        "police officer said.",
        published=PUB,
    )
    told = [{m.trigger.text for m in e.mentions} for e in asserted_events(record, "ASSAULT")]
    assert any({"blew himself up", "stormed"} <= triggers for triggers in told)


def test_a_shooting_by_police_after_a_stabbing_stays_two_happenings(extract):
    """retelling.attack_steps: the police's doer is no armed side outside the state's forces,
    so "after" still sets the two apart."""
    record = extract(
        "Police shot dead a man after he stabbed two people at a market in Tarso on Sunday.",
        published=PUB,
    )
    assert len(asserted_events(record, "ASSAULT")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the gunmen opened fire on the guards.", True),
        ("One gunman opened fire on the guards.", False),
        ("The gunmen who came on motorbikes opened fire on the guards.", True),
        ("The gunmen who robbed the bank opened fire on the guards.", False),
    ],
)
def test_one_of_the_doers_is_a_doer_named_again(parse, text, expected):
    """retelling._named_again: "one of the gunmen" names the gunmen told before again."""
    from crisislens.events.retelling import _named_again

    doc = parse(text)
    assert _named_again(next(t for t in doc if t.dep_ == "nsubj")) == expected


def test_a_bombing_days_before_told_beside_the_news_is_another_happening(extract):
    """retelling.another_day: a noun brought in by "a", dated by its own words two days before
    the day of the report's raid, is another happening, in the raid's sentence too."""
    record = extract(
        "Gunmen stormed a police post in Velo on Monday, killing three officers, police said. "
        "The attack came as the city mourned the victims of a bombing at a bus station on "
        "Saturday, in which 40 people were killed.",
        published=PUB,
    )
    dead = sorted(
        q.value
        for e in asserted_events(record, "ASSAULT")
        for q in e.quantities
        if q.kind == "dead"
    )
    assert dead == [3, 40]


def test_officers_also_wounded_in_the_attack_in_a_district_add_to_its_toll(extract):
    """retelling.further_attack: "Five officers were also wounded in the assault in Bannu
    district" adds to the toll of the attack told before (a casualty clause), no further attack
    at a place of its own."""
    record = extract(
        "Militants armed with rifles and grenades attacked a police station in northwestern "
        "Pakistan before dawn on Monday, killing nine officers, police said.\n\n"
        "Five officers were also wounded in the assault in Bannu district, a senior police "
        "officer said.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    figures = {(q.kind, q.value) for q in assaults[0].quantities}
    assert {("dead", 9), ("injured", 5)} <= figures


def test_the_first_of_two_car_bombs_told_by_a_verb_of_its_own_is_one_attack(extract):
    """steps.counted_step: "The first car ... blew up" is one of the "Two car bombs" the lede
    counts, a paragraph before, though no word of the two verbs is alike."""
    record = extract(
        "Two car bombs went off in quick succession beside a bus depot in Kirkuk on Tuesday "
        "evening, killing at least 11 people, police said.\n\n"
        "The first car, parked outside a pharmacy, blew up at about 6 p.m., officials said.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert {"went off", "blew up"} <= {m.trigger.text for m in assaults[0].mentions}


def test_more_attackers_told_by_a_verb_of_their_own_are_one_attack(extract):
    """steps.more_doers: "Three more attackers stormed the gate" brings in more of the assault's
    doers, a paragraph after a lede that names none."""
    record = extract(
        "At least six soldiers were killed on Sunday in an assault on an army base in eastern "
        "Afghanistan, officials said.\n\n"
        "Three more attackers stormed the gate after the blast, with two of them quickly shot "
        "by guards, a spokesman said.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert {"assault", "stormed"} <= {m.trigger.text for m in assaults[0].mentions}


def test_a_bomb_that_goes_off_in_the_course_of_the_siege_is_a_step_of_it(extract):
    """retelling.another_doer, steps.step_within: "another bomb" is a weapon, no other party,
    and a blast told "in the course of the siege" is a step of the attack told before."""
    record = extract(
        "Gunmen stormed a guesthouse in Orvel on Saturday, killing three hostages, police said."
        "\n\nIn the course of the siege, another bomb exploded inside the building, wounding a "
        "soldier, the police chief said.",
        published="2024-03-17",
    )
    assert len(asserted_events(record, "ASSAULT")) == 1


def test_a_second_blast_minutes_later_is_a_step_of_the_bombing(extract):
    """marks.set_further_steps: "A second blast followed minutes later" is brought in as one
    more, but told within the bombing's time: no new happening."""
    record = extract(
        "Two bombs exploded at a church in Orvel on Sunday, killing 12 people, police said.\n\n"
        "The first bomb went off inside the church during the morning service.\n\nA second "
        "blast followed minutes later in the car park as soldiers arrived, killing more people.",
        published="2024-03-17",
    )
    assert len(asserted_events(record, "ASSAULT")) == 1


def test_a_second_bomb_hours_later_elsewhere_is_another_happening(extract):
    """Guard for marks.set_further_steps: "hours later" is a stretch of its own."""
    record = extract(
        "Gunmen stormed a hotel in Orvel on Thursday, killing five guests, officials said.\n\n"
        "Hours later, a second bomb exploded at a market in Dalen, killing four people.",
        published=PUB,
    )
    assert _dead(asserted_events(record, "ASSAULT")) == [4, 5]


def test_a_verb_told_in_another_attack_tells_that_attack(extract):
    """marks.set_told_as_another: "four guards were killed in another attack" tells the other
    attack, not the one told before it."""
    record = extract(
        "At least ten guards were killed on Thursday night in an attack by suspected militants "
        "on a guard post near the frontier, security sources said.\n\nOn Thursday, four guards were "
        "killed in another attack on a depot in Velo, the army said.",
        published="2024-03-15",
    )
    other = [e for e in asserted_events(record, "ASSAULT") if _dead([e]) == [4]]
    assert len(other) == 1
    assert "killed" in [m.trigger.text for m in other[0].mentions if m.trigger]


def test_a_third_incident_told_as_the_verbs_subject_is_another_happening(extract):
    """marks.set_told_as_another: "A third incident -- an explosion at a school -- killed four"
    is another happening than the car bomb's explosion told before it."""
    record = extract(
        "Earlier on Tuesday, a car bomb hit a convoy in Dalen province, wounding three soldiers, "
        "a statement said. The explosion damaged the road.\n\nA third incident in the east -- an "
        "explosion at the gate of a school -- killed four people on Tuesday, officials said.",
        published="2024-03-13",
    )
    assert len(asserted_events(record, "ASSAULT")) == 2


def test_an_act_told_by_its_own_day_and_place_after_its_report_day(extract):
    """happenings.reported_later: the lede has its Wednesday only from "officials said on
    Wednesday", so the rockets that hit a market in Aroma "late on Tuesday" are no attack set
    apart by another day and another place (retelling.elsewhere_another_day): one happening."""
    record = extract(
        "Nine shoppers were killed and 20 wounded when rockets fired by rebels struck a "
        "crowded market in Sudan's Kassala state, officials said on Wednesday.\n\n"
        "The rockets hit the main market of Aroma late on Tuesday, a police officer said, "
        "adding that women were among the dead.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert {"struck", "rockets"} <= {m.trigger.text for m in assaults[0].mentions}


def test_a_raid_told_by_its_own_day_after_its_report_day_joins_the_lede(extract):
    """happenings.day_told_later: the lede's herders were killed on a day told only by the
    official's "said on Wednesday"; "On Tuesday evening, youths ... carried out a cattle raid"
    tells that day, in a paragraph of its own and by other words: one happening."""
    record = extract(
        "Fourteen herders were killed and nine wounded in the far north, a county "
        "official said on Wednesday.\n\n"
        "The herders were moving their cattle towards the river when the gunfire began.\n\n"
        "On Tuesday evening, youths from a neighbouring county carried out a cattle raid on a "
        "camp near the river and drove off hundreds of cows, the official added.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].date == "2024-03-12"
    assert {"killed", "raid"} <= {m.trigger.text for m in assaults[0].mentions}


def test_an_attack_brought_in_by_a_on_the_day_before_its_claim_is_the_claimed_one(extract):
    """happenings.reported_later: "a bomb attack on Tuesday" is a noun brought in by "a", dated
    a day before the lede, whose Wednesday is only the day the rebels claimed it: no other
    day (retelling.another_day), so one happening."""
    record = extract(
        "Rebels claimed responsibility on Wednesday for the attack with explosives on a police "
        "patrol in the far north that left two officers dead.\n\n"
        "A bomb attack on Tuesday hit the patrol near an army base, a police officer said.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].date == "2024-03-12"


def test_a_toll_its_parts_tell_again_joins_the_happening_that_counted_it(extract):
    """happenings.toll_told_again: "Janjaweed militiamen struck the central market, killing 31
    and wounding 47" tells again, by its part, the toll of the lede (31 killed, 47 wounded), in
    a paragraph of its own and by a verb that names no side the lede named: one happening."""
    record = extract(
        "Thirty-one people were killed and 47 wounded in the town of Kutum on Wednesday, medics "
        "said.\n\n"
        "A doctors' group reported that Janjaweed militiamen struck the central market, "
        "killing 31 and wounding 47 people.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 1
    assert {"killed", "struck"} <= {m.trigger.text for m in assaults[0].mentions}


def test_a_clause_the_parse_hangs_on_came_after_after_is_no_part_of_the_news(extract):
    """marks.set_after_the_news: the parse hangs "was killed" on "came" and "after" on "an old
    farmer", so only its "after" tells that the killing in Sarvan came before the news; it is
    another happening, and the news keeps its own place and none of its dead. "The assault"
    (happenings.antecedent) and an undated verb of a later paragraph
    (story_time.told_after_the_news) go on telling the news, not the killing told last."""
    record = extract(
        "Gunmen attacked a checkpoint in Delto district on Tuesday, killing two policemen, "
        "officials said. The attack came a day after an old farmer from the hill community, "
        "who was tending his goats, was killed in a mortar attack by militants in Sarvan town, "
        "according to police.\n\nFive other villagers were killed during a gunfight.\n\n"
        "The assault also left three officers wounded.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    news = next(e for e in assaults if "attacked" in {m.trigger.text for m in e.mentions})
    assert {"assault", "gunfight"} <= {m.trigger.text for m in news.mentions}
    earlier = [e for e in assaults if e is not news]
    assert len(earlier) == 1 and "killed" in {m.trigger.text for m in earlier[0].mentions}
    assert "gunfight" not in {m.trigger.text for m in earlier[0].mentions}


def test_a_clause_hanging_on_a_clause_set_days_later_is_set_later_too(extract):
    """story_time.sequel: "Days later, police detained nine men ..., while the fighters took
    credit for attacking a military vehicle" sets the attack days later as well, so it is no
    part of the ambush told in the sentence before, though the two share a paragraph, a doer
    and a kind of target."""
    record = extract(
        "Separatist fighters ambushed a bus carrying paramilitary troops near Kalo and killed 18 "
        "of them, officials said. Days later, police detained nine men in the town, while the "
        "fighters took credit for attacking a military vehicle guarding a supply convoy.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    ambush = next(e for e in assaults if "ambushed" in {m.trigger.text for m in e.mentions})
    assert "attacking" not in {m.trigger.text for m in ambush.mentions}
    assert any("attacking" in {m.trigger.text for m in e.mentions} for e in assaults)


def test_every_clause_of_a_sentence_opening_on_an_earlier_stretch_is_set_earlier(extract):
    """story_time.earlier: "Earlier this month, rebels crossed ..., sparking fighting" sets
    the fighting earlier too, however the parse hangs it, so it is no part of Tuesday's battle,
    and the toll told after it is the fighting's."""
    record = extract(
        "Soldiers fought rebels near Tarvo on Tuesday, killing six fighters, the army said.\n\n"
        "Earlier this month, rebels crossed the river into Lasko district, sparking fighting "
        "that lasted for days. At least 20 people died in the clashes, officials said.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 2
    dead = sorted(q.value for e in assaults for q in e.quantities if q.kind == "dead")
    assert dead == [6, 20]


def test_an_act_told_in_a_when_clause_under_last_week_is_no_part_of_the_news(extract):
    """ledes.set_last with story_time.time_governor: "died last week when jets bombed a
    market" sets the bombing last week too, so it does not join the lede's strike."""
    record = extract(
        "A drone strike killed four fighters, local officials said.\n\n"
        "Twelve people died last week when jets bombed a market in Dasso, a town to the north, "
        "residents said.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 2
    dead = sorted(q.value for e in assaults for q in e.quantities if q.kind == "dead")
    assert dead == [4, 12]


def test_the_other_side_s_act_on_an_earlier_day_is_another_happening(extract):
    """happenings._told_apart, ledes.before_every_day: soldiers killing militants "On
    Wednesday" is no part of the gunmen's attack on Thursday, told days apart at most."""
    record = extract(
        "Three customs officers were killed when unknown gunmen opened fire on their vehicle in "
        "Rella district on Thursday, police said.\n\n"
        "The killers escaped before the police reached the highway.\n\n"
        "On Wednesday, security forces killed five militants trying to cross the border in the "
        "same province.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 2
    dead = sorted(q.value for e in assaults for q in e.quantities if q.kind == "dead")
    assert dead == [3, 5]


def test_an_attack_told_after_the_end_of_its_siege_is_that_siege_s_happening(extract):
    """sequels.ended_siege: the report tells the siege's end first and the attack that began it
    after, in a paragraph of its own: one happening, told by the attack."""
    record = extract(
        "Security forces ended an overnight siege at a hotel in the town of Garo on Thursday "
        "morning, the police said.\n\n"
        "Gunmen stormed the hotel late on Wednesday, killing two guards at the gate.",
        published=PUB,
    )
    events = [e for e in record.events if e.modality == "asserted"]
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert {"ended an overnight siege", "stormed"} <= {
        m.trigger.text for m in events[0].mentions if m.trigger
    }


def test_a_withdrawal_told_as_the_attack_s_participle_is_part_of_it(extract):
    """sequels._attackers_again: "before pulling back into the forest" has no subject of its
    own; its doers are the raiders', and their retreat is part of the raid."""
    record = extract(
        "On 3 March 2024, armed men raided a police post near the town of Sallo, killing two "
        "officers before pulling back into the forest.",
        published=PUB,
    )
    events = [e for e in record.events if e.modality == "asserted"]
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_an_act_coordinated_with_one_set_last_month_is_no_part_of_the_news(extract):
    """ledes.set_last: in "killed 12 villagers and wounded 20 ... last month" the date hangs on
    "wounded", and sets the killing last month too: no part of the report's undated news."""
    record = extract(
        "Gunmen attacked the village of Tanda, killing four farmers, residents said.\n\n"
        "The gunmen killed 12 villagers and wounded 20 in the same village last month.",
        published=PUB,
    )
    assaults = asserted_events(record, "ASSAULT")
    assert len(assaults) == 2
    dead = sorted(q.value for e in assaults for q in e.quantities if q.kind == "dead")
    assert dead == [4, 12]


def test_hostages_held_in_the_paragraph_of_an_attack_with_no_place_or_day_are_its_own(extract):
    """seizures.attack_beside: the attack names no place or day of its own, but the hostages are
    held in its paragraph, by its attackers: one attack."""
    record = extract(
        "Armed men first shot the guards at the gate of a guesthouse, then burst inside and "
        "opened fire on the guests. Some guests were held hostage as the attackers fought the "
        "police for hours.",
        published=PUB,
    )
    events = [e for e in record.events if e.modality == "asserted"]
    assert [e.event_type for e in events] == ["ASSAULT"]
