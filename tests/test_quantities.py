import pytest

from crisislens.events.figure_words import parse_number
from crisislens.events.quantities import casualty_clause, in_cause, quantities_in


@pytest.mark.parametrize(
    "text,value",
    [
        ("3000", 3000),
        ("3,000", 3000),
        ("200,000", 200000),
        ("1.2 million", 1_200_000),
        ("dozens", 24),
        ("three", 3),
        ("at least 30", 30),
        ("$2 billion", 2e9),
    ],
)
def test_quantities_parse_number(text, value):
    assert parse_number(text) == value


def test_quantities_in_sentence(extract):
    record = extract("Police arrested 45 people and at least 12 protesters were killed in Almaty.")
    kinds = {(q.kind, q.value) for e in record.events for q in e.quantities}
    assert ("arrested", 45) in kinds and ("dead", 12) in kinds


@pytest.mark.parametrize("text", ["09.03.2018", "1.2.3", "12,34,56", "", "abc"])
def test_quantities_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_quantities_parse_number_never_raises():
    from hypothesis import given
    from hypothesis import strategies as st

    @given(st.text(alphabet="0123456789.,$ kmbnthousandmillion", max_size=20))
    def check(text):
        value = parse_number(text)
        assert value is None or value >= 0

    check()


@pytest.mark.parametrize(
    "text,value",
    [("2K", 2000), ("more than 2,000", 2000), ("as many as 40", 40), ("1.5m", 1_500_000)],
)
def test_quantities_parse_number_bounds_and_scales(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "sentence,kind,value",
    [
        ("Fourteen people died in the collapse.", "dead", 14),
        ("The remains of 22 people were found near the camp.", "dead", None),
        ("The bodies of 22 people were found near the camp.", "dead", 22),
        ("The guard was pronounced dead at the scene.", "dead", 1),
        ("A 40-year-old driver was wounded.", "injured", 1),
    ],
)
def test_quantities_kinds(nlp, sentence, kind, value):
    found = [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))]
    if value is None:
        assert (kind, 22) not in found
    else:
        assert (kind, value) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "He was arrested at 11:30 on 14 June 2021.",
        "Officers found a 62-year-old at the 4300 block of Pine Road.",
        "Residents called 801-555-0199 within 24 hours.",
        "Robert Kane, 57, was detained.",
        # none is no count; a station's number is part of its name
        "No one else was hurt in the raid.",
        "Fox 8 News reported the fire first.",
        # a time of day written with am, pm or GMT
        "The raiders reached the farms at about 5am on Monday.",
        "The raiders reached the farms around 2 am and left.",
    ],
)
def test_quantities_no_dates_times_ages_addresses(nlp, sentence):
    assert [q for _, q in quantities_in(next(nlp(sentence).sents)) if q.kind != "arrested"] == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a casualty's condition or wound says the person is hurt
        ("The crash left a courier in critical condition.", ("injured", 1)),
        ("Deputies found a hiker suffering from a gunshot wound.", ("injured", 1)),
        ("She was listed in serious condition at Mercy Hospital.", ("injured", 1)),
        ("Four teenagers were taken to a clinic with gunshot wounds.", ("injured", 4)),
        ("Two people were in stable condition on Sunday.", ("injured", 2)),
        # the wound under a noun of care, or treated for
        ("The cashier was rushed to a clinic for treatment of minor injuries.", ("injured", 1)),
        ("A deputy was treated for a stab wound at the scene.", ("injured", 1)),
        # a verb joined to the one that names the person shares its subject
        ("The courier was hit twice and remains in serious condition.", ("injured", 1)),
        ("A guard was grazed by a bullet and is in stable condition.", ("injured", 1)),
        # a death the verb names stays a death
        ("A cook with a gunshot wound was found dead in the alley.", ("dead", 1)),
        ("At least 30 miners have been killed from gunshots in the raid.", ("dead", 30)),
    ],
)
def test_quantities_injury_phrases(nlp, sentence, expected):
    found = [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))]
    assert expected in found
    assert not any(kind == "injured" for kind, _ in found) or expected[0] == "injured"


@pytest.mark.parametrize(
    "sentence",
    [
        "The flood left the bridge in poor condition.",
        "Prosecutors charged the landlord with fraud.",
    ],
)
def test_quantities_injury_phrases_need_a_casualty(nlp, sentence):
    assert [q for _, q in quantities_in(next(nlp(sentence).sents)) if q.kind == "injured"] == []


def test_quantities_object_predicate_says_what_became_of_them(nlp):
    sent = next(nlp("The mortar strike left 9 dead and 14 wounded in the market.").sents)
    found = {(q.kind, q.value) for _, q in quantities_in(sent)}
    assert {("dead", 9), ("injured", 14)} <= found


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # "to death" makes the injuring verb fatal; "deceased" is a death
        ("A farmer was stabbed to death outside his barn.", ("dead", 1)),
        ("Police said the cashier was later pronounced deceased.", ("dead", 1)),
        # a participle on the person names the casualty
        ("A teenager wounded by a stray bullet is recovering.", ("injured", 1)),
        # casualties in one "and" coordination add up
        ("A man and a woman were wounded in the blast.", ("injured", 2)),
        ("Gunmen killed 9 farmers and 3 herders near the river.", ("dead", 12)),
        ("Militants ambushed a patrol, killing 6 police officers and 2 civilians.", ("dead", 8)),
        ("The shelling killed a teacher and her 3 pupils.", ("dead", 4)),
        # the count run into the speakers and parsed as the reporting verb's subject
        (
            "Shelling killed at least 14 herders, including boys and girls, state radio and a "
            "charity reported Monday.",
            ("dead", 14),
        ),
        # a list of three or more: the parser hangs "and" on the last but one
        ("The raid killed seven guards, four drivers and two cooks.", ("dead", 13)),
        # a noun that names a killing, and whom it killed
        ("Detectives are investigating the shooting death of a pizza driver.", ("dead", 1)),
        ("The fatal stabbing of a clerk shocked the town.", ("dead", 1)),
        ("Hundreds mourned the killing of two teenagers.", ("dead", 2)),
        # a body is one person dead
        ("A hunter found a man's body near the creek.", ("dead", 1)),
        ("The body of a woman was pulled from the river.", ("dead", 1)),
    ],
)
def test_quantities_casualty_phrases_and_coordinations(nlp, sentence, expected):
    found = [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))]
    assert [f for f in found if f[0] != "other"] == [expected]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # alternatives are no sum, and separate verbs keep their own figures
        ("Either a man or a woman was hurt.", []),
        ("The death of the old treaty worries the farmers.", []),
        ("The body of the truck was dented.", []),
        ("Students marched over the killing of a classmate.", []),
        ("Troops killed 9 fighters and arrested 3 others.", [("dead", 9), ("arrested", 3)]),
        # things counted beside the troops are not troops
        ("The army sent 500 soldiers and 20 tanks.", [("troops", 500), ("other", 20)]),
    ],
)
def test_quantities_coordinations_that_do_not_add_up(nlp, sentence, expected):
    found = [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))]
    assert found == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a count over a past span is a tally, not one event's figure
        ("In the past six months, 420 fighters have been killed in the region.", ("other", 420)),
        ("More than 300 civilians have died since January.", ("other", 300)),
        ("Over the last year, 2,000 families were displaced by the floods.", ("other", 2000)),
        # the toll of the day that bounds a tally is no figure of today's event
        (
            "It is the deadliest month in the city since 2010, when 31 people were killed.",
            ("other", 31),
        ),
        # a date of the happening itself is no span
        ("Gunmen killed 12 villagers last week.", ("dead", 12)),
        ("On Monday, when 12 people were killed, the army fired on the crowd.", ("dead", 12)),
    ],
)
def test_quantities_tallies_over_a_span_are_no_event_figures(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == [expected]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # whoever suffers or has a wound is hurt; a fatal wound is a death
        ("Two of the hikers had gunshot wounds.", [("injured", 2)]),
        ("A guard suffered a knife wound to the shoulder.", [("injured", 1)]),
        ("Three officers sustained minor injuries in the clash.", [("injured", 3)]),
        ("The driver suffered fatal wounds.", [("dead", 1)]),
        ("The company suffered heavy losses.", []),
    ],
)
def test_quantities_wounds_suffered(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # whoever shoots or kills himself is the one hurt or dead
        ("A boy shoots himself at a gun range.", [("injured", 1)]),
        ("The farmer who shot two neighbours later killed himself.", [("injured", 2), ("dead", 1)]),
        # the active subject of a verb that hurts, kills or detains is the doer, not the victim
        ("Two robbers shot at the clerk during the holdup.", [("other", 2)]),
        ("Three gunmen killed a guard.", [("other", 3), ("dead", 1)]),
        ("The raid left two people dead and five others wounded.", [("dead", 2), ("injured", 5)]),
        (
            "The names of the four deputies who shot the driver were withheld.",
            [("other", 4), ("injured", 1)],
        ),
        # a graze is a wound; "both" counts two
        ("A cyclist was grazed by a stray bullet during the clash.", [("injured", 1)]),
        ("Both men died at the hospital.", [("dead", 2)]),
        ("Both suspects ran away on foot.", [("other", 2)]),
        # "found a man dead": the state's own subject or noun
        ("Deputies found a cashier dead behind the counter.", [("dead", 1)]),
        ("Officers found a man dead in his car.", [("dead", 1)]),
        # each verb hurts or kills its own victim; "a second" is one person
        ("The gunman killed a guard and wounded a cashier.", [("dead", 1), ("injured", 1)]),
        ("A man was killed and a woman was wounded in the attack.", [("dead", 1), ("injured", 1)]),
        ("One miner died and a second was hurt in the blast.", [("dead", 1), ("injured", 1)]),
        # those shot who then died are dead; "they" who died are those counted
        ("Two men were shot and later died at a hospital.", [("dead", 2)]),
        ("Two women were shot to death in a parked car.", [("dead", 2)]),
        ("Two hikers were taken to a clinic, where they later died.", [("dead", 2)]),
        ("Gunmen shot five people and killed two.", [("injured", 5), ("dead", 2)]),
        ("Two men were shot and taken to a hospital.", [("injured", 2)]),
        # a number after the proper noun it modifies is part of a name
        ("A reporter for Channel 8 was found with a gunshot wound.", [("injured", 1)]),
        # a participle on its noun, which the tagger took for a past tense
        ("The clerk, shot in the arm, was treated at the scene.", [("injured", 1)]),
    ],
)
def test_quantities_who_is_hurt(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a killing verb's object is the dead: "shot dead", "gunned down", "beaten to death"
        ("Soldiers shot dead four demonstrators in the capital.", [("dead", 4)]),
        ("Police shot dead two suspects and wounded three others.", [("dead", 2), ("injured", 3)]),
        ("Gunmen gunned down three farmers near the border.", [("dead", 3)]),
        ("A mob beat two men to death on Sunday.", [("dead", 2)]),
        ("Two women were beaten to death.", [("dead", 2)]),
        ("A shopkeeper was hacked to death.", [("dead", 1)]),
        # shot without a fatal word is hurt; a sentence to death kills no one
        ("Police shot four protesters.", [("injured", 4)]),
        ("A court sentenced two men to death.", [("other", 2)]),
    ],
)
def test_quantities_killing_verbs_count_their_objects_dead(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,noun,expected",
    [
        ("Five soldiers died in the fighting.", "fighting", True),
        ("Two guards were hurt during the clashes.", "clashes", True),
        ("Five soldiers arrived in the convoy.", "convoy", False),
        ("Five soldiers died after the fighting.", "fighting", False),
    ],
)
def test_quantities_in_cause_names_what_killed_them(nlp, sentence, noun, expected):
    doc = nlp(sentence)
    verb = next(t for t in doc if t.pos_ == "VERB")
    target = next(t for t in doc if t.text == noun)
    assert in_cause(verb, target) is expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Three men are dead after a shooting.", True),
        ("A woman died after she was shot.", True),
        ("Two others were hurt.", True),
        ("Police shot a man.", False),  # the shooter is told too
        ("A man was shot by police.", False),
        ("Fighting resumed on Monday.", False),
    ],
)
def test_quantities_casualty_clause(nlp, sentence, expected):
    doc = nlp(sentence)
    root = next(iter(doc.sents)).root
    assert casualty_clause(root) is expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a list the parser splits into several subjects is still one list of persons
        ("A man, his wife and their son were found dead in the house.", [("dead", 3)]),
        ("A man and a woman were wounded in the blast.", [("injured", 2)]),
        ("Joe Roe, a 42-year-old man, died on Sunday.", [("dead", 1)]),
        # "others" with its own injury phrase are hurt, not more of the dead before them
        (
            "The blast left 4 people dead and 12 others with injuries.",
            [("dead", 4), ("injured", 12)],
        ),
        ("Gunmen killed 5 soldiers and 2 others.", [("dead", 7)]),
    ],
)
def test_quantities_lists_of_casualties(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a headline's verbless clause: the number is its root, or counts a "shot" read as a noun
        ("Three wounded in Dayton shooting", [("injured", 3)]),
        ("Two shot near Dayton park", [("injured", 2)]),
        # a shot fired or heard is no person
        ("Police fired one shot.", [("other", 1)]),
        ("He heard two shots.", [("other", 2)]),
    ],
)
def test_quantities_headline_counts(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # an age that stands for the person is one person, never the years
        ("A 27-year-old was shot in the arm late on Friday.", [("injured", 1)]),
        ("Police said a 34-year-old was killed.", [("dead", 1)]),
        # whom a verb of care takes to a hospital is hurt, unless the text says they died
        ("The second victim was treated at a hospital.", [("injured", 1)]),
        ("Two men were rushed to a hospital.", [("injured", 2)]),
        ("Two men were rushed to a clinic, where they died.", [("dead", 2)]),
        ("The mayor visited the hospital.", []),
        ("Officials took the ambassador to the convention center.", []),
    ],
)
def test_quantities_aged_and_hospitalised_persons(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a share of those a weapon hit who died: the hurt are the rest
        ("Three people were shot, one fatally, outside a bar.", [("injured", 2), ("dead", 1)]),
        ("Four people were shot on Friday, two of them fatally.", [("injured", 2), ("dead", 2)]),
        ("Five people were shot, and one died.", [("injured", 4), ("dead", 1)]),
        # "wounded" already tells the outcome: the one who died is another
        ("Two people were wounded and one died.", [("injured", 2), ("dead", 1)]),
        ("Two men were fatally shot.", [("dead", 2)]),
    ],
)
def test_quantities_the_dead_among_those_hit(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the tagger reads "over 70" as a date (an age); as a toll's size it is the dead
        ("By nightfall the death toll had climbed to over 70.", [("dead", 70)]),
        ("The toll from the blast stood at 12 on Tuesday.", [("dead", 12)]),
    ],
)
def test_quantities_a_toll_size_the_tagger_calls_a_date(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # one of a group named alone is one person, and one more beside another's fate
        ("A herder was killed when raiders struck Tamba on Monday.", [("dead", 1)]),
        ("An official was wounded in the blast at the depot.", [("injured", 1)]),
        ("The colonel was killed, along with another militant, near Uzo.", [("dead", 2)]),
        # a word of the group that names no one hurt counts no one
        ("An official said the road to Tamba was closed.", []),
    ],
)
def test_quantities_one_of_a_group_named_alone(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # people counted as what a side lost are its own dead
        ("The army lost four soldiers in the ambush near Kelto.", [("dead", 4)]),
        ("The militia said it lost three of its fighters.", [("dead", 3)]),
        # no people: no dead
        ("The ruling party lost three seats in the vote.", [("other", 3)]),
    ],
)
def test_quantities_a_sides_own_people_lost(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # one person told hurt and then dead is one dead
        ("A passenger injured in the blast later died in a clinic.", [("dead", 1)]),
        ("A clerk who was wounded in the raid died on Sunday.", [("dead", 1)]),
        # hurt and not dead stays hurt
        ("A passenger injured in the blast was flown to Arvi.", [("injured", 1)]),
        # a death not confirmed is not told: the wound is
        ("Aides would not confirm the death of a guard who suffered burns.", [("injured", 1)]),
    ],
)
def test_quantities_one_hurt_who_died(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a clause with its own subject under the hurting verb tells other people's fate
        ("Bomber kills 9 at Orsk market; 41 are wounded", [("dead", 9), ("injured", 41)]),
        # a verb that kills the ones it counts still does
        ("Two guards were shot and killed at the gate.", [("dead", 2)]),
    ],
)
def test_quantities_a_clause_of_its_own_is_not_the_outcome(nlp, sentence, expected):
    assert [(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))] == expected
