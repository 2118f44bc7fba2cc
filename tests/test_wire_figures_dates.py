"""Dates and figures in wire-report constructions (session 24): a step measure the parser
joined to a figure across a comma, a toll told in a clause whose subject is another
happening, a date on "another" happening, a conflict's own toll, "the day before yesterday",
and a headline figure after a comma. Sentences are our own."""

import pytest

from crisislens.events.dates import ArticleDates, ResolvedDate, resolve_date
from crisislens.events.quantities import quantities_in

PUB = "2024-03-08"  # a Friday


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def _assaults(extract, text):
    return [e for e in extract(text, published=PUB).events if e.event_type == "ASSAULT"]


def test_wire_a_figure_before_a_step_is_no_measure_of_it(nlp):
    # "36" may hang on "weeks": the step is still two weeks, not 36
    doc = nlp(
        "A bomber hit a bus depot in Karsi on Sunday, killing at least 9 people and wounding "
        "41, nearly two weeks after a car bomb in the town left 70 people dead."
    )
    dates = ArticleDates(doc, PUB)
    found = dates.of_trigger([_token(doc, "bomb")])
    assert found is None or found.date >= "2024-02-18"


def test_wire_a_toll_told_by_another_happening_is_not_the_attacks(extract):
    text = (
        "A bomber struck a crowded market in Karsi on Sunday killing at least 9 people, two "
        "weeks after a car bombing in the town left 70 people dead."
    )
    dead = [q.value for e in _assaults(extract, text) for q in e.quantities if q.kind == "dead"]
    assert 9 in dead
    (struck,) = [e for e in _assaults(extract, text) if e.trigger.text == "struck"]
    assert [q.value for q in struck.quantities if q.kind == "dead"] == [9]


def test_wire_a_date_on_another_happening_is_its_own(nlp):
    doc = nlp("Police said the raid was revenge for another raid on the town in January.")
    dates = ArticleDates(doc, PUB)
    raids = [t for t in doc if t.text == "raid"]
    assert dates.of_trigger([raids[0]]) is None
    assert dates.of_trigger([raids[1]]) == ResolvedDate("2024-01", "month")


def test_wire_a_date_on_a_plain_noun_still_dates_the_clause(nlp):
    doc = nlp("Troops fired on the crowd at the rally in January.")
    dates = ArticleDates(doc, PUB)
    assert dates.of_trigger([_token(doc, "fired")]) == ResolvedDate("2024-01", "month")


def test_wire_a_conflicts_own_toll_is_a_tally(nlp):
    found = _found(
        nlp,
        "Medics said 14 people were killed on Thursday, bringing the war's toll to at least 4,300.",
    )
    assert ("dead", 14) in found
    assert ("dead", 4300) not in found


def test_wire_an_attacks_own_toll_is_its_figure(nlp):
    found = _found(nlp, "The rise brought the attack's toll to 23.")
    assert ("dead", 23) in found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the day before yesterday", "2024-03-06"),
        ("the day after tomorrow", "2024-03-10"),
        ("yesterday", "2024-03-07"),
        ("a fortnight ago", "2024-02-23"),
    ],
)
def test_wire_a_day_two_days_from_publication(text, expected):
    found = resolve_date(text, PUB)
    assert found is not None and found.date == expected


def test_wire_the_day_before_a_named_day_still_steps_from_it():
    found = resolve_date("the day before", PUB, anchor="2024-03-04")
    assert found == ResolvedDate("2024-03-03", "day")


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Bomb kills 7, 33 wounded -officials", {("dead", 7), ("injured", 33)}),
        ("Blast kills 12, 58 wounded", {("dead", 12), ("injured", 58)}),
    ],
)
def test_wire_a_headline_figure_after_a_comma_keeps_its_state(nlp, sentence, expected):
    assert expected <= _found(nlp, sentence)


def test_wire_a_state_word_before_a_noun_does_not_change_the_count(nlp):
    assert ("dead", 4) in _found(nlp, "The shelling killed 4 wounded soldiers.")


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a plan set for a month: the nearer one, before or after the report
        ("The next round of drills was set for August, the ministry said.", "2024-08"),
        ("The vote, scheduled for February, was put off.", "2024-02"),
        # no plan: the last such month up to publication
        ("The drills were held in August, the ministry said.", "2023-08"),
    ],
)
def test_wire_a_plan_set_for_a_month_is_the_nearer_one(nlp, sentence, expected):
    dates = ArticleDates(nlp(sentence), "2024-06-12")
    assert [d.date for d in dates.resolved.values()] == [expected]


def test_wire_a_happening_that_bounds_a_span_takes_no_day_of_its_clause(nlp):
    doc = nlp("The envoys met in Geneva on Monday for the first talks since the fighting.")
    dates = ArticleDates(doc, "2024-06-12")
    assert dates.of_trigger([_token(doc, "met")]) == ResolvedDate("2024-06-10", "day")
    assert dates.of_trigger([_token(doc, "fighting")]) is None


@pytest.mark.parametrize(
    "sentence,may",
    [
        ("The talks went on in Geneva without a break.", False),
        ("A guard was shot outside the gate.", True),
        ("Police detained dozens of marchers.", True),
        ("The body of a farmer was found near the river.", True),
        ("Officials said 2K people fled.", True),
    ],
)
def test_wire_a_sentence_with_no_number_and_no_casualty_word_holds_no_figure(nlp, sentence, may):
    from crisislens.events.figures import FIGURE_EVENT_TYPES
    from crisislens.events.victims import may_tell_casualties

    sent = next(nlp(sentence).sents)
    assert may_tell_casualties(sent) is may
    if not may:
        assert not [q for _, q in quantities_in(sent) if q.kind in FIGURE_EVENT_TYPES]


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        # a date in a clause inside the cause's phrase dates the cause, not the act
        (
            "Police held 12 students over the killing of a teacher who was shot on Monday.",
            "held",
            None,
        ),
        (
            "Police held 12 students over the killing of a teacher who was shot on Monday.",
            "shot",
            "2024-03-04",
        ),
        # a clause on the act's own noun still dates it
        ("The march, which began on Monday, drew a large crowd.", "march", "2024-03-04"),
    ],
)
def test_wire_a_date_in_the_causes_clause_is_the_causes(nlp, sentence, word, expected):
    doc = nlp(sentence)
    found = ArticleDates(doc, PUB).of_trigger([_token(doc, word)])
    assert (found.date if found else None) == expected


def test_wire_the_dead_since_a_campaign_against_a_foe_began_are_a_tally(nlp):
    found = _found(
        nlp,
        "The army said its raids had killed 418 villagers since operations against the militia began.",
    )
    assert ("other", 418) in found
    assert ("dead", 9) in _found(nlp, "Nine people have died since the clashes began.")


def test_wire_a_conflicts_dead_on_a_participle_are_a_tally(nlp):
    found = _found(
        nlp, "Unrest has grown in the province, with some 2,700 people killed in the war this year."
    )
    assert ("other", 2700) in found
    assert ("dead", 2700) not in found


def test_wire_a_toll_brought_to_a_number_counts_every_side(extract):
    text = (
        "Troops found six more bodies in Karsi on Sunday, bringing the death toll in the clashes "
        "between the army and the rebels to 74, a spokesman said. He said 48 rebels have been "
        "killed in the fighting and that nine soldiers have also been killed."
    )
    dead = [q.value for e in _assaults(extract, text) for q in e.quantities if q.kind == "dead"]
    assert 74 in dead
    assert not any(d > 74 for d in dead)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The agency said the civilian dead in the past month included 31 children.", set()),
        ("Medics said the guard was dead when they arrived.", {("dead", 1)}),
    ],
)
def test_wire_the_dead_as_a_noun_count_no_one_person(nlp, sentence, expected):
    found = {f for f in _found(nlp, sentence) if f[0] == "dead"}
    assert found == expected
