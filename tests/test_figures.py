"""Figures of real news constructions: vague counts, house numbers, a headline's share of the
dead, "N dead and M others wounded", and the hurt who later died. Sentences are our own."""

import pytest

from crisislens.events.quantities import in_cause, quantities_in

PUB = "2022-01-07"


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


def _figure(event, kind):
    return [q.value for q in event.quantities if q.kind == kind]


def _assaults(record):
    return [e for e in record.events if e.event_type == "ASSAULT" and e.modality == "asserted"]


@pytest.mark.parametrize(
    "sentence,expected,not_expected",
    [
        # a vague count of people is what the verb did to them, not a crowd
        ("Dozens of people have been injured in clashes in Lagos.", ("injured", 24), "size"),
        ("Hundreds of people were arrested after the march.", ("arrested", 200), "size"),
        # ... and a crowd when the verb does nothing to them
        ("Thousands of people marched through Lagos on Monday.", ("size", 2000), "injured"),
    ],
)
def test_figures_vague_counts_of_people(nlp, sentence, expected, not_expected):
    found = _found(nlp, sentence)
    assert expected in found
    assert not any(kind == not_expected for kind, _ in found)


@pytest.mark.parametrize(
    "sentence,number",
    [
        ("Police said the suspect, who lives at 4410 N. Elm St., fired at officers.", 4410),
        ("The van was parked at 217 West Main Street when the shots were fired.", 217),
    ],
)
def test_figures_a_house_number_is_no_figure(nlp, sentence, number):
    assert not any(value == number for _, value in _found(nlp, sentence))


def test_figures_a_number_before_a_common_street_noun_still_counts(nlp):
    assert ("arrested", 3) in _found(nlp, "Police arrested 3 men on the street.")


def test_figures_a_headline_share_of_the_dead(nlp):
    found = _found(nlp, "Four shot, one dead outside a bar in Dayton")
    assert {("injured", 3), ("dead", 1)} <= found
    # the wounded of a headline are apart from its dead
    found = _found(nlp, "Five wounded, two dead in attack on market in Maiduguri")
    assert {("injured", 5), ("dead", 2)} <= found


def test_figures_others_wounded_after_the_dead(nlp):
    sentence = "Two people are dead and four others wounded after a shooting in Akron."
    assert {("dead", 2), ("injured", 4)} <= _found(nlp, sentence)


def test_figures_the_hurt_who_later_died_move_to_the_dead(extract):
    record = extract(
        "Two men were wounded Saturday night in a shooting outside a club in Macon. Both were "
        "taken to a hospital. The 31-year-old victim died there on Sunday.",
        published=PUB,
    )
    (shooting,) = _assaults(record)
    assert (_figure(shooting, "dead"), _figure(shooting, "injured")) == ([1], [1])


def test_figures_a_death_of_someone_not_hurt_before_leaves_the_hurt(extract):
    record = extract(
        "Two officers were wounded in a shootout in Macon on Saturday. The suspect was killed.",
        published=PUB,
    )
    shooting = max(_assaults(record), key=lambda e: len(e.quantities))
    assert _figure(shooting, "injured") == [2]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The death toll from the bombing rose to 45 on Sunday.", ("dead", 45)),
        ("The provincial governor raised the death toll to at least 70.", ("dead", 70)),
        ("The quake left a death toll of 120.", ("dead", 120)),
        ("The toll stands at 9, officials said.", ("dead", 9)),
        ("The injury toll reached 80 by the evening.", ("injured", 80)),
        # a toll "of" the hurt counts the hurt
        ("Four people died, and the toll of injured has risen to at least 33.", ("injured", 33)),
        ("The toll of the wounded climbed to 61 on Monday.", ("injured", 61)),
        # a toll over a span is a tally of many happenings
        ("The death toll from the war has risen to 500,000 since 2011.", ("other", 500000)),
    ],
)
def test_figures_the_size_of_a_toll(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


def test_figures_a_rise_to_a_number_of_something_else_is_no_toll(nlp):
    found = _found(nlp, "The reward rose to 40 after the march.")
    assert not any(kind in ("dead", "injured") for kind, _ in found)


def test_figures_a_name_among_the_hurt_who_died_moves_to_the_dead(extract):
    record = extract(
        "Marcus Reyes, 41, was shot and killed Friday outside a store in Waco. When deputies "
        "arrived, they discovered Reyes, who had been shot in the back, and a 20-year-old man, "
        "who had been shot in the arm.",
        published=PUB,
    )
    (shooting,) = _assaults(record)
    assert (_figure(shooting, "dead"), _figure(shooting, "injured")) == ([1], [1])


def test_figures_a_site_name_the_parser_took_for_an_object_is_none(nlp):
    from spacy.tokens import Doc

    from crisislens.events.victims import _headline_passive, _site_name, _victim_of

    # "Man shot near park | example.com" as the parser may read it: the site as the object
    words = ["Man", "shot", "near", "park", "|", "example.com"]
    heads = [1, 1, 1, 2, 5, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "dobj"]
    tags = ["NN", "VBN", "IN", "NN", ":", "NN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, sent_starts=[1] + [0] * 5)
    assert _site_name(doc[5]) and _headline_passive(doc[1])
    assert _victim_of(doc[1]).i == 0  # the man was shot, not the site
    # a real object: someone shot a man, so the line is no passive
    words = ["Guard", "shot", "man", "near", "park"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 1, 3],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
        tags=["NN", "VBD", "NN", "IN", "NN"],
        sent_starts=[1, 0, 0, 0, 0],
    )
    assert not _site_name(doc[2]) and not _headline_passive(doc[1])


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Officials said 19 villagers lost their lives in the raid.", ("dead", 19)),
        ("The blast claimed the lives of 12 villagers.", ("dead", 12)),
        ("The blast claimed 12 lives.", ("dead", 12)),
        # a life saved, or something else lost, is no death
        ("Medics saved the lives of 12 villagers.", ("other", 12)),
        ("The firm lost 12 contracts this year.", ("other", 12)),
    ],
)
def test_figures_lives_taken(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


def test_figures_the_hurt_beyond_their_sentence_go_to_the_attack(extract):
    record = extract(
        "A farmer and his cousin quarrelled over a water pump near Tamale on Monday, and the "
        "cousin was stabbed. The cousin then hid in a barn until he gave himself up to police. "
        "He was later taken to a clinic for treatment of a knife wound.",
        published=PUB,
    )
    (shooting,) = _assaults(record)
    assert _figure(shooting, "injured") == [1]
    assert not any(_figure(e, "injured") for e in record.events if e is not shooting)


def test_figures_another_left_hurt_beside_the_dead(nlp):
    found = _found(
        nlp, "An ambush on the coast road left one soldier dead and another with serious wounds."
    )
    assert {("dead", 1), ("injured", 1)} <= found


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # one casualty word on one conjunct tells the fate of every counted conjunct
        ("An ambush left seven soldiers and two civilians dead on Friday.", ("dead", 9)),
        ("The bodies of seven soldiers and two civilians were flown to the capital.", ("dead", 9)),
        ("Police found the bodies of three men and two women in a car.", ("dead", 5)),
    ],
)
def test_figures_one_fate_for_a_coordination_of_people(nlp, sentence, expected):
    found = _found(nlp, sentence)
    assert expected in found
    assert not any(kind == "troops" for kind, _ in found)


def test_figures_two_fates_in_a_coordination_stay_apart(nlp):
    found = _found(nlp, "The shelling left two dead and eleven wounded in Kharkiv.")
    assert {("dead", 2), ("injured", 11)} <= found
    # a conjunct that counts things, not people, takes no fate
    found = _found(nlp, "The storm left two herders dead and forty huts destroyed.")
    assert ("dead", 2) in found and ("dead", 42) not in found


@pytest.mark.parametrize(
    "sentence,toll,part",
    [
        ("Gunmen attacked a checkpoint, killing 19 people, including 11 soldiers.", 19, 11),
        ("Nine people, among them four prisoners, died in the riot.", 9, 4),
        ("Police detained 60 people, including 14 demonstrators, in Minsk.", 60, 14),
    ],
)
def test_figures_a_breakdown_of_a_count_is_no_figure_of_its_own(nlp, sentence, toll, part):
    found = _found(nlp, sentence)
    assert any(value == toll for _, value in found)
    assert ("other", part) in found  # part of the count: no troops, prisoners or crowd


def test_figures_a_figure_under_another_event_is_that_events(extract):
    record = extract(
        "Bandits killed 14 herders near Zurmi on Sunday, days after a raid that left 40 "
        "villagers dead.",
        published=PUB,
    )
    killing = next(e for e in _assaults(record) if e.trigger.text.startswith("killed"))
    assert _figure(killing, "dead") == [14]
    assert any(_figure(e, "dead") == [40] for e in _assaults(record) if e is not killing)


def test_figures_the_dead_of_a_dropped_reference_go_to_the_attack(extract):
    # "the riot" refers back to the fighting: the scorer drops it, its dead stay told
    record = extract(
        "Inmates exchanged gunfire with guards at a prison on Thursday. According to the "
        "minister, there were 14 deaths as a result of the riot, including three guards. The "
        "minister said the prison would be closed.",
        published=PUB,
    )
    (fight,) = [e for e in _assaults(record) if "gunfire" in e.trigger.text]
    assert _figure(fight, "dead") == [14]
    assert not any(_figure(e, "dead") for e in record.events if e is not fight)


@pytest.mark.parametrize(
    "text",
    [
        "The collision left nine injured on the coast road on Sunday.",
        "A minibus collision near Kisumu killed four traders on Monday.",
        "Two farmers were killed and six hurt when a lorry overturned near Mbale on Friday.",
        "Eleven pilgrims were injured in a stampede at the shrine on Saturday.",
    ],
)
def test_figures_casualties_of_an_accident_make_no_attack(extract, text):
    record = extract(text, published=PUB)
    assert not _assaults(record)


def test_figures_an_attack_that_left_people_hurt_stays_an_attack(extract):
    record = extract(
        "Gunmen raided a bus depot near Mbale on Friday. The raid left nine injured.",
        published=PUB,
    )
    (raid,) = _assaults(record)
    assert _figure(raid, "injured") == [9]


@pytest.mark.parametrize(
    "text,kind",
    [
        (
            "Rangers found a farmer with a gunshot wound beside a grain silo late on Sunday. "
            "Detectives asked anyone who saw the car to call them.",
            "injured",
        ),
        (
            "A woman was found dead with stab wounds in her flat on Tuesday, police said. "
            "Neighbours said they had heard nothing.",
            "dead",
        ),
    ],
)
def test_figures_a_weapon_wound_alone_tells_of_an_attack(extract, text, kind):
    record = extract(text, published=PUB)
    (attack,) = _assaults(record)
    assert _figure(attack, kind) == [1]


def test_figures_a_death_without_a_weapon_tells_of_no_attack(extract):
    record = extract(
        "The retired judge died on Sunday at the age of 91. He had been ill for a year.",
        published=PUB,
    )
    assert not _assaults(record)


def test_figures_the_attackers_dead_add_to_their_victims(extract):
    record = extract(
        "Gunmen stormed a hotel in Garowe on Tuesday, killing 9 guests. Soldiers later killed "
        "4 gunmen inside the building.",
        published=PUB,
    )
    assert any(_figure(e, "dead") == [13] for e in _assaults(record))


def test_figures_a_toll_already_counts_every_side(extract):
    record = extract(
        "Gunmen stormed a hotel in Garowe on Tuesday, killing 9 guests. The death toll rose to "
        "13, including 4 gunmen.",
        published=PUB,
    )
    assert max(v for e in _assaults(record) for v in _figure(e, "dead")) == 13


@pytest.mark.parametrize(
    "text,dead",
    [
        # dead told as more than those told before add to them
        (
            "Gunmen killed nine villagers near Zurmi on Monday. Another two soldiers later died "
            "of their wounds.",
            11,
        ),
        (
            "Bandits killed four herders near the river at Kaura on Monday. Two more bodies were "
            "found on Tuesday.",
            6,
        ),
        (
            "Gunmen killed 9 villagers near Zurmi on Sunday. Soldiers killed 4 of the attackers. "
            "Two more villagers died of their wounds on Monday.",
            15,
        ),
        # a toll told after them already counts them
        (
            "Militants attacked a police post near Garowe on Tuesday, killing four officers. Two "
            "more died on Wednesday. The death toll now stands at 6.",
            6,
        ),
        # "more than" bounds a number; "others" hurt are not dead
        (
            "More than 20 people were killed when gunmen opened fire on a wedding in Kaura on "
            "Saturday.",
            20,
        ),
        (
            "A bomb exploded at a market in Garowe on Friday, killing 12 people and wounding 30 more.",
            12,
        ),
        # a breakdown is part of the count
        (
            "Seven people were killed in the bombing of a bus in Garowe, among them three children.",
            7,
        ),
    ],
)
def test_figures_further_dead_add_to_those_told_before(extract, text, dead):
    record = extract(text, published=PUB)
    assert max(v for e in _assaults(record) for v in _figure(e, "dead")) == dead


def test_figures_the_sides_dead_where_one_count_took_no_trigger(extract):
    # "lost their lives" is no trigger: its count reaches the attack as an orphan figure
    record = extract(
        "Officials said on Friday that 25 people, including 14 soldiers, lost their lives in "
        "Tuesday's bus hijacking by gunmen near Garowe. In the rescue operation that lasted two "
        "days, the army said it killed 21 gunmen.",
        published=PUB,
    )
    assert max(v for e in _assaults(record) for v in _figure(e, "dead")) == 46


def test_figures_a_number_run_into_a_groups_initials_still_counts(nlp):
    # the tagger reads "27 MLA" (a number before an armed group's initials) as a measure
    assert ("dead", 27) in _found(nlp, "The army said it killed 27 MLA fighters in the hills.")
    assert not _found(nlp, "The convoy drove 8 km to the border.")


@pytest.mark.parametrize(
    "text,dead",
    [
        # those killed "along with" or "together with" the one named add to that one
        ("Gunmen killed a police officer along with three civilians near Garowe on Monday.", 4),
        (
            "A police officer was shot dead together with two of his colleagues in Kaura on Friday.",
            3,
        ),
    ],
)
def test_figures_those_killed_along_with_the_one_named_add_to_that_one(extract, text, dead):
    record = extract(text, published=PUB)
    assert max(v for e in _assaults(record) for v in _figure(e, "dead")) == dead


def test_figures_those_along_with_someone_who_arrived_are_no_casualties(nlp):
    assert not any(
        kind == "dead"
        for kind, _ in _found(nlp, "The minister arrived in Garowe along with two advisers.")
    )


def test_figures_those_who_succumbed_to_their_wounds_are_dead(nlp):
    found = _found(
        nlp, "Three guards were wounded in the raid and later succumbed to their wounds in Kaura."
    )
    assert ("dead", 3) in found
    assert not _found(nlp, "The council succumbed to pressure from the traders.")


@pytest.mark.parametrize(
    "sentence,dead",
    [
        # a title names one person, counted with those killed beside them
        ("The rebel commander was killed along with two of his bodyguards near Kaura.", 3),
        ("The district chief and his driver died when gunmen ambushed their car.", 2),
        ("A colonel and four soldiers died when their convoy hit a mine near Garowe.", 5),
        ("The governor was killed in a bomb blast in Kaura on Monday.", 1),
        # one person killed along with the one named is one more
        ("A rebel commander was killed along with his deputy in a drone strike on Sunday.", 2),
        ("Gunmen killed the village headman together with his wife and son on Friday.", 3),
    ],
)
def test_figures_a_title_killed_counts_one(nlp, sentence, dead):
    found = _found(nlp, sentence)
    assert sum(v for kind, v in found if kind == "dead") == dead


def test_figures_a_title_that_speaks_is_no_casualty(nlp):
    assert _found(nlp, "The police chief said two people were killed in the attack.") == {
        ("dead", 2)
    }
    assert not _found(nlp, "The mayor told reporters the market would reopen on Monday.")
    assert not _found(nlp, "The governor arrived in Kaura along with his deputy.")


@pytest.mark.parametrize(
    "text,dead",
    [
        # the hurt who later succumbed are dead, not hurt
        ("Two soldiers who were hurt in the blast in Kaura have succumbed to their injuries.", 2),
        # one named before who succumbed, with nothing or a wound named
        (
            "A bomb went off at a market in Garowe on Friday, wounding a trader. The victim later "
            "succumbed in a clinic.",
            1,
        ),
        ("Gunmen shot a farmer near Kaura on Monday. He succumbed to his wounds on Tuesday.", 1),
    ],
)
def test_figures_those_who_succumbed_are_dead(extract, text, dead):
    record = extract(text, published=PUB)
    assert max(v for e in _assaults(record) for v in _figure(e, "dead")) == dead


def test_figures_a_person_who_succumbed_to_pressure_is_no_casualty(nlp):
    assert not _found(nlp, "The party leader succumbed to pressure from donors and resigned.")


@pytest.mark.parametrize(
    "text,dead",
    [
        ("The siege of the embassy in Tripoli ended on Sunday with six captives dead.", 6),
        ("The hostage-taking at a bank in Quito left three clerks dead on Monday.", 3),
        (
            "Gunmen raided a farm near Kano on Friday. The kidnapping of the owner left two guards dead.",
            2,
        ),
    ],
)
def test_figures_a_coercion_that_kills_owns_the_dead_of_its_sentence(extract, text, dead):
    record = extract(text, published=PUB)
    # a siege is COERCE; a hostage-taking or a kidnapping ASSAULT (PLOVER's mode abduct)
    (coercion,) = [e for e in record.events if e.event_type in ("COERCE", "ASSAULT")]
    assert _figure(coercion, "dead") == [dead]
    assert not any(_figure(e, "dead") for e in record.events if e is not coercion)


def test_figures_an_arrest_leaves_the_dead_to_the_attack(extract):
    record = extract(
        "Gunmen shot two teenagers outside a school in Tulsa on Friday. Police arrested a man "
        "on Monday over the deaths of the two teenagers.",
        published=PUB,
    )
    (arrest,) = [e for e in record.events if e.event_type == "COERCE"]
    assert not _figure(arrest, "dead")


@pytest.mark.parametrize(
    "sentence,hurt",
    [
        ("Two soldiers were taken to hospital with gunshot wounds.", 2),
        ("Three peacekeepers were in serious condition after the ambush.", 3),
        ("Five marines suffered burns when the depot was shelled.", 5),
    ],
)
def test_figures_troops_an_injury_phrase_describes_are_hurt(nlp, sentence, hurt):
    found = _found(nlp, sentence)
    assert ("injured", hurt) in found
    assert not any(kind == "troops" for kind, _ in found)


def test_figures_troops_sent_somewhere_are_still_troops(nlp):
    assert ("troops", 300) in _found(
        nlp, "The army deployed 300 soldiers to the hospital district."
    )


def test_figures_a_shooting_death_alone_tells_of_an_attack(extract):
    record = extract(
        "Police in Tulsa are searching for a suspect in the shooting death of a night clerk. "
        "Tips can be phoned in to detectives.",
        published=PUB,
    )
    (attack,) = _assaults(record)
    assert _figure(attack, "dead") == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two night clerks were not hurt when the robbers fired at the counter.",
        "Four passengers on the second bus were not injured.",
        "Both of the officers were not wounded in the exchange.",
    ],
)
def test_figures_a_negated_casualty_verb_counts_no_one(nlp, sentence):
    assert not any(kind in ("dead", "injured") for kind, _ in _found(nlp, sentence))


def test_figures_not_seriously_hurt_is_still_hurt(nlp):
    assert ("injured", 1) in _found(nlp, "The bus driver was not seriously hurt in the crash.")


@pytest.mark.parametrize(
    "sentence,hurt",
    [
        ("A guard was shot but not killed near the lodge.", 1),
        ("Three herders were shot in the legs but did not die.", 3),
    ],
)
def test_figures_shot_but_not_killed_is_hurt(nlp, sentence, hurt):
    found = _found(nlp, sentence)
    assert ("injured", hurt) in found
    assert not any(kind == "dead" for kind, _ in found)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Eleven wounded officers were flown to Kigali on Monday.", ("injured", 11)),
        ("Rescuers moved 14 injured passengers to the district clinic.", ("injured", 14)),
        ("The flood of the shaft left 9 dead miners underground.", ("dead", 9)),
    ],
)
def test_figures_a_state_word_before_the_counted_noun(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


def test_figures_whoever_gets_treatment_is_the_one_hurt(nlp):
    sentence = (
        "Afterwards the gunman walked into a hospital in Tulsa to get treatment for a knife wound."
    )
    (quantity,) = [q for _, q in quantities_in(next(nlp(sentence).sents)) if q.kind == "injured"]
    assert (quantity.value, quantity.text) == (1, "the gunman")


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Thirty-seven villagers were killed in the raid.", ("dead", 37)),
        ("At least three dozen fishermen were detained.", ("arrested", 36)),
        ("Four hundred miners were evacuated on Friday.", ("displaced", 400)),
    ],
)
def test_figures_a_number_written_out_in_several_words(nlp, sentence, expected):
    found = _found(nlp, sentence)
    assert expected in found
    assert len([f for f in found if f[0] == expected[0]]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 8,000 people have been killed since the insurgency began.",
        "The civil war has killed at least 12,000 civilians.",
        "More than 900 herders have died in the conflict.",
        "Raids by the group have killed 640 people this year.",
        "A string of bombings that have claimed more than 130 lives in three days went on.",
        "The province recorded 380 violence-related deaths and 215 injuries in 2019.",
        "Monitors documented 75 deaths in attacks on clinics last year.",
    ],
)
def test_figures_a_tally_of_many_happenings_is_no_toll(nlp, sentence):
    assert not any(kind == "dead" for kind, _ in _found(nlp, sentence))


@pytest.mark.parametrize(
    "text,kind,total",
    [
        (
            "Four guards were killed in the first explosion and another three in the shootout.",
            "dead",
            7,
        ),
        ("Two villagers died in the raid and three more in hospital.", "dead", 5),
        ("Police arrested 12 men in the market and 40 more at the station.", "arrested", 52),
    ],
)
def test_figures_a_count_whose_verb_is_left_out_shares_the_first_counts_fate(
    extract, text, kind, total
):
    # "and another three [were killed] in the shootout": gapping leaves the number bare
    (event,) = extract(text, published=PUB).events
    assert _figure(event, kind) == [total]


@pytest.mark.parametrize(
    "sentence,dead",
    [
        ("A raid on a depot this month killed 9 guards.", 9),
        ("Medics recorded 6 deaths after the blast at the depot.", 6),
        ("At least 40 people have died since the riots broke out on Friday.", 40),
    ],
)
def test_figures_one_happening_keeps_its_toll(nlp, sentence, dead):
    assert ("dead", dead) in _found(nlp, sentence)


def test_figures_a_years_statistic_after_an_attack_leaves_it_its_own_toll(extract):
    # the statistic's figures are no orphans for the attack before them to take
    record = extract(
        "Gunmen killed five guards at a checkpoint near Bannu on Friday. The district "
        "registered 260 violence-related deaths and 190 injuries from 95 attacks in 2022.",
        published=PUB,
    )
    (attack,) = _assaults(record)
    assert _figure(attack, "dead") == [5]
    assert _figure(attack, "injured") == []


def test_figures_a_tally_after_an_attack_leaves_it_its_own_toll(extract):
    record = extract(
        "Gunmen stormed a cattle market near Mopti on Monday, killing 14 traders. The "
        "insurgency in the region has killed more than 5,000 people.",
        published=PUB,
    )
    (attack,) = _assaults(record)
    assert _figure(attack, "dead") == [14]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Several hundred police officers were sent to the port.", ("troops", 300)),
        ("Several thousand villagers fled across the river.", ("displaced", 3000)),
        ("A few hundred marchers gathered at the bridge.", ("size", 200)),
    ],
)
def test_figures_several_hundred_is_a_vague_count(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


def test_figures_several_alone_counts_nothing(nlp):
    assert not _found(nlp, "Several people were wounded in the stampede at the gate.")


@pytest.mark.parametrize(
    "sentence,noun,caused",
    [
        (
            "Nearly 3,000 villagers were displaced on Monday by fighting among rival clans.",
            "fighting",
            True,
        ),
        ("At least 700 families were displaced by clashes near Uvira.", "clashes", True),
        ("Roughly 2,500 herders fled the fighting in Kalehe on Wednesday.", "fighting", True),
        ("Some 900 farmers were forced to flee by the raids on their camps.", "raids", True),
        ("Around 1,500 people were uprooted by the floods and the shelling.", "shelling", True),
        ("About 600 residents fled their homes after the raid on the market.", "raid", False),
        ("Some 800 students were evacuated near the protest at the ministry.", "protest", False),
    ],
)
def test_figures_the_displaced_are_the_figure_of_what_drove_them_out(nlp, sentence, noun, caused):
    doc = nlp(sentence)
    (anchor,) = [a for a, q in quantities_in(next(doc.sents)) if q.kind == "displaced"]
    assert in_cause(anchor, next(t for t in doc if t.text == noun)) is caused


@pytest.mark.parametrize(
    "text,hurt,dead",
    [
        (
            "Two men were shot near a laundromat in Dayton on Friday night. One of them died at "
            "the hospital on Saturday.",
            1,
            1,
        ),
        (
            "Four teenagers were stabbed at a party in Leeds on Sunday. Two of the victims died "
            "in hospital, police said.",
            2,
            2,
        ),
        (
            "Police said three women were stabbed in a hallway on Elm Street. One died at the "
            "scene.",
            2,
            1,
        ),
    ],
)
def test_figures_the_hurt_told_dead_after_are_no_longer_hurt(extract, text, hurt, dead):
    (attack,) = _assaults(extract(text, published=PUB))
    assert (_figure(attack, "injured"), _figure(attack, "dead")) == ([hurt], [dead])


def test_figures_the_hurt_stay_hurt_when_none_is_told_dead(extract):
    record = extract(
        "Two men were shot near a laundromat in Dayton on Friday night. One of them was taken to "
        "a hospital in a car.",
        published=PUB,
    )
    (attack,) = _assaults(record)
    assert _figure(attack, "injured") == [2] and not _figure(attack, "dead")


@pytest.mark.parametrize(
    "text,hurt",
    [
        ("Two brothers were shot on Elm Street on Monday. A third man was also shot.", 3),
        ("Two brothers were shot on Elm Street on Monday. A second teenager was also shot.", 2),
    ],
)
def test_figures_a_person_past_the_count_of_the_hurt_adds_one(extract, text, hurt):
    (attack,) = _assaults(extract(text, published=PUB))
    assert _figure(attack, "injured") == [hurt]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Police found the bodies of two men and a boy in a field.", ("dead", 3)),
        ("The bodies of a woman and three children were found near the well.", ("dead", 4)),
        ("Two people were found shot dead in a van near the highway.", ("dead", 2)),
    ],
)
def test_figures_people_found_dead_are_counted_together(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


@pytest.mark.parametrize(
    "text,hurt",
    [
        (
            "A gunman opened fire at a pharmacy on Monday, killing a clerk. A customer was "
            "also shot.",
            [1],
        ),
        (
            "A teenager was shot dead outside a gym on Friday. His cousin was shot but survived.",
            [1],
        ),
        ("A teenager was shot outside a gym on Friday. He died in hospital on Saturday.", []),
    ],
)
def test_figures_one_named_hurt_is_one_of_the_dead_unless_told_as_one_more(extract, text, hurt):
    attacks = _assaults(extract(text, published=PUB))
    assert len(attacks) == 1 and _figure(attacks[0], "dead") == [1]
    assert _figure(attacks[0], "injured") == hurt


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Doctors said the number of people killed in the raid had risen to 27.", ("dead", 27)),
        ("The number of dead rose to 45 on Tuesday, the governor said.", ("dead", 45)),
        ("By nightfall the number of injured had climbed to 85.", ("injured", 85)),
        ("The number of deaths from the blast reached 60.", ("dead", 60)),
        # over a past span or a long conflict it is a tally, not one event's toll
        ("The number of people killed in the war since 2014 has risen to 9,000.", ("other", 9000)),
        # a number of people nothing befell is no toll
        ("The number of students who joined the sit-in rose to 3,000.", ("other", 3000)),
    ],
)
def test_figures_the_number_of_people_killed_is_a_toll(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Three were killed in Jos on Sunday, bringing the week's toll to 19.", ("other", 19)),
        ("The deaths bring this year's death toll from such raids to 140.", ("other", 140)),
        # a toll of the attack itself stays its dead
        ("Two more died on Monday, bringing the death toll from the blast to 31.", ("dead", 31)),
    ],
)
def test_figures_a_toll_owned_by_a_span_of_time_is_a_tally(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The bombing left more than 40 people dead and dozens wounded.", ("injured", 24)),
        ("The raid left more than nine guards dead and hundreds hurt.", ("injured", 200)),
        # the parser may make the counted noun the subject of the state ("15 people dead")
        ("The car bomb left at least 15 people dead and dozens wounded.", ("dead", 15)),
    ],
)
def test_figures_a_vague_count_joined_to_the_dead_takes_its_own_state(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


def test_a_list_of_the_dead_of_both_sides_is_a_toll(extract):
    # the lead's list counts the soldiers and the rebels together: the headline's rebels are
    # among them, not more dead
    text = (
        "Two soldiers, eight rebels dead in clash\n\n"
        "The army said Monday that two soldiers and eight rebels were killed in a clash near "
        "Kubra.\n\nThe dead rebels were found near their vehicles."
    )
    events = extract(text, published="2021-04-05").events
    dead = [q.value for e in events for q in e.quantities if q.kind == "dead"]
    assert dead == [10]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a count told in a clause on a span of time is that span's toll, a tally
        (
            "The valley has seen a wave of raids in recent years in which hundreds of herders "
            "have been killed.",
            ("other", 200),
        ),
        (
            "Officials said 63 people have been killed in four days of riots in the port.",
            ("other", 63),
        ),
        # the toll of the day that bounds a span is the day's tally where the count is the
        # clause's subject, one happening's where the clause has a doer of its own
        ("It was the bloodiest week since 2016, when 48 were killed.", ("other", 48)),
        # what a campaign has killed is a tally of its many strikes
        ("The bombing campaign has killed nearly 700 militants, monitors said.", ("other", 700)),
        (
            "The town had been calm since last April, when a car bomb killed 17 shoppers.",
            ("dead", 17),
        ),
    ],
)
def test_figures_a_count_over_a_span_is_a_tally_but_a_bounds_happening_keeps_its_toll(
    nlp, sentence, expected
):
    assert expected in _found(nlp, sentence)


@pytest.mark.parametrize(
    "sentence,expected,absent",
    [
        # a count the text denies counts no one: the correction's figure stands alone
        (
            "The army said two guards and not five were killed in the raid.",
            ("dead", 2),
            ("dead", 7),
        ),
        # "martyred" is a verb of killing
        ("Nine policemen were martyred and 12 others were injured.", ("dead", 9), ("troops", 9)),
    ],
)
def test_figures_a_denied_count_and_the_martyred(nlp, sentence, expected, absent):
    found = _found(nlp, sentence)
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a list of casualties the parser split into two subjects of one verb is one count
        ("Six guards, two cooks and a driver were killed in the ambush.", ("dead", 9)),
        ("Seven miners, four guards and two drivers were injured.", ("injured", 13)),
        # the bomber named with his victims is one of the dead
        ("The bomber and nine pilgrims were killed.", ("dead", 10)),
    ],
)
def test_figures_a_split_list_of_casualties_is_one_count(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


@pytest.mark.parametrize(
    "sentence,expected,absent",
    [
        # a whole that the counts after it add up to is broken down, not added to
        (
            "Thirty people, 18 soldiers and 12 civilians, were killed in the ambush near Gao.",
            ("dead", 30),
            ("dead", 60),
        ),
        (
            "The blast killed 24 people, 20 pilgrims and four guards, at the shrine.",
            ("dead", 24),
            None,
        ),
        # a list with no whole, or whose first count is no sum of the others, is added up
        (
            "Nine soldiers, five police officers and four civilians were killed in the ambush.",
            ("dead", 18),
            ("dead", 9),
        ),
    ],
)
def test_figures_a_list_that_breaks_down_a_whole(nlp, sentence, expected, absent):
    found = _found(nlp, sentence)
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a state word right after a bare count joined to a toll tells that count's fate
        (
            "Officials said the toll from the bus bombing had climbed to 17 killed and 41 wounded.",
            ("injured", 41),
        ),
        ("The toll from the market blast stood at 11 dead and 26 injured.", ("injured", 26)),
    ],
)
def test_figures_a_state_after_a_conjoined_toll_count(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # one person named by a trade or calling, or by a title, is one casualty
        ("A French contractor was killed in the clashes near the airport.", ("dead", 1)),
        ("A firefighter was wounded in the crossfire near the depot.", ("injured", 1)),
        ("A senior judge was shot dead outside the court.", ("dead", 1)),
        ("Four soldiers and an engineer were killed in the ambush.", ("dead", 5)),
    ],
)
def test_figures_one_person_named_by_a_calling(nlp, sentence, expected):
    assert expected in _found(nlp, sentence)


def test_figures_a_toll_number_the_parser_joined_to_the_next_count(nlp):
    # "risen to 35 and 58 people": the 35 is the toll's, not a numeral of the people
    sentence = (
        "The death toll from the blast has now risen to 35 and 58 people were still in "
        "hospitals for treatment of injuries, an official said."
    )
    found = _found(nlp, sentence)
    assert ("dead", 35) in found and ("injured", 35) not in found


def test_figures_a_headline_source_tag_is_no_object_of_the_wounding(nlp):
    # "-hospital" glued to a dash names the source; the 171 are the wounded, not the wounders
    found = _found(nlp, "Market bombing toll rises to 38 dead, 171 wounded -hospital")
    assert ("dead", 38) in found and ("injured", 171) in found
