"""Dates and figures from wire reports (session 33): a saying the parser joined to the act's own
verb, a part of a day whose "of" phrase names the day, what the doers did at the place a raid
of a dated sentence names, and a figure told under a year long before the report's events.
Sentences are our own."""

from spacy.tokens import Doc, Span

from crisislens.events.date_expressions import no_date
from crisislens.events.dates import ArticleDates, ResolvedDate

PUB = "2024-03-08"  # a Friday


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def _assaults(extract, text):
    return [e for e in extract(text, published=PUB).events if e.event_type == "ASSAULT"]


def test_dates_a_saying_joined_to_the_act_gives_way_to_the_acts_day(extract):
    text = (
        "Gunmen killed nine soldiers in a game reserve in the far north close to the frontier, "
        "a ranger and a police officer said on Thursday. The ambush on Wednesday was the worst "
        "in the area this year."
    )
    assert [e.date for e in _assaults(extract, text)] == ["2024-03-06"]


def _hand_doc(nlp, words, ents):
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_dates_a_part_of_a_day_named_after_of_is_no_date(nlp):
    words = ["In", "the", "evening", "of", "Monday", ",", "a", "convoy", "was", "hit", "."]
    doc = _hand_doc(nlp, words, [(1, 3, "TIME"), (4, 5, "DATE")])
    assert no_date(doc.ents[0])
    assert not no_date(doc.ents[1])


def test_dates_a_part_of_a_day_alone_is_still_a_date(nlp):
    words = ["In", "the", "evening", ",", "a", "convoy", "of", "trucks", "was", "hit", "."]
    doc = _hand_doc(nlp, words, [(1, 3, "TIME")])
    assert not no_date(doc.ents[0])


def test_dates_their_act_at_the_raids_place_takes_the_raids_date(nlp):
    doc = nlp(
        "In March 2001, rebels stormed a seminary in the same district, where they killed 41 "
        "pupils."
    )
    told = frozenset({_token(doc, "stormed").i})
    found = ArticleDates(doc, PUB).of_trigger([_token(doc, "killed")], told)
    assert found == ResolvedDate("2001-03", "month")


def test_dates_another_doers_act_at_the_place_keeps_no_date(nlp):
    doc = nlp(
        "In March 2001, rebels stormed a seminary in the same district, where a bomb killed 41 "
        "pupils."
    )
    told = frozenset({_token(doc, "stormed").i})
    assert ArticleDates(doc, PUB).of_trigger([_token(doc, "killed")], told) is None


def _dead(record):
    return [q.value for e in record.events for q in e.quantities if q.kind == "dead"]


def test_figures_a_toll_told_under_a_year_long_before_is_not_todays(extract):
    text = (
        "Inmates rioted at a jail near Lima on Tuesday. The deadliest such disaster in the "
        "country came in 2016, when 120 prisoners died in a fire at a jail in the capital."
    )
    assert 120 not in _dead(extract(text, published=PUB))


def test_figures_a_year_of_another_clause_leaves_the_toll_to_the_event(extract):
    text = (
        "Inmates rioted at a jail near Lima on Tuesday. Two guards, who joined the service in "
        "2016, died later in hospital."
    )
    assert _dead(extract(text, published=PUB)) == [2]


def _kinds(nlp, sentence):
    from crisislens.events.quantities import quantities_in

    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


def test_figures_the_toll_of_tallied_attacks_is_a_tally(nlp):
    found = _kinds(
        nlp,
        "In four years, the province has suffered more than 900 attacks claiming some 2,400 "
        "lives, the governor said.",
    )
    assert ("dead", 2400) not in found


def test_figures_the_toll_of_the_days_attacks_stays(nlp):
    found = _kinds(nlp, "On Monday gunmen staged two attacks claiming 14 lives in the town.")
    assert ("dead", 14) in found


def test_figures_casualties_broken_down_are_no_count_of_the_dead(nlp):
    found = _kinds(
        nlp, "The ministry said the town had suffered 88 casualties, including 12 deaths."
    )
    assert ("dead", 88) not in found and ("dead", 12) in found


def test_figures_casualties_alone_still_count_the_dead(nlp):
    assert ("dead", 40) in _kinds(nlp, "The clashes left 40 casualties in the town.")


def test_figures_an_initial_count_set_right_gives_way_to_the_later(extract):
    text = (
        "Police fired on a march in the capital on Tuesday. Police initially said one "
        "protester was shot dead, but hospital staff later said four people died."
    )
    assert max(_dead(extract(text, published=PUB))) == 4


def test_figures_rival_sources_keep_the_smaller_count(extract):
    text = (
        "Police fired on a march in the capital on Tuesday. Police said one protester was shot "
        "dead, but hospital staff said four people died."
    )
    assert max(_dead(extract(text, published=PUB))) == 1


def test_dates_months_after_sets_the_earlier_act_in_its_month(extract):
    text = (
        "Rebels shelled a market in Goma on Sunday. The shelling came two months after a bomb "
        "killed 30 people at a bus depot near the port."
    )
    record = extract(text, published="2024-06-24")
    assert "2024-04" in [e.date for e in _assaults_of(record)]


def test_dates_days_after_still_steps_by_days(extract):
    text = (
        "Rebels shelled a market in Goma on Sunday. The shelling came two days after a bomb "
        "killed 30 people at a bus depot near the port."
    )
    record = extract(text, published="2024-06-24")
    assert "2024-06-21" in [e.date for e in _assaults_of(record)]


def _assaults_of(record):
    return [e for e in record.events if e.event_type == "ASSAULT"]


def test_dates_a_month_after_in_the_same_sentence_dates_the_earlier_act(extract):
    text = (
        "Troops repelled a raid on a base near Dapaong, an officer said on Thursday, a month "
        "after six soldiers were killed in the area."
    )
    record = extract(text, published="2024-06-14")
    assert "2024-05" in [e.date for e in _assaults_of(record)]


def test_figures_a_places_population_is_no_crowd(nlp):
    found = _kinds(
        nlp, "Rebels shelled the hill town of Kira, with a population of about 20,000 people."
    )
    assert ("size", 20000) not in found


def test_figures_a_crowd_of_people_is_still_a_crowd(nlp):
    assert ("size", 5000) in _kinds(nlp, "A crowd of 5,000 people marched to the square.")


def test_figures_a_headline_toll_already_counts_the_one_more(extract):
    text = (
        "Death toll from riots in Kuna hits 12\n"
        "On Tuesday, one more protester was killed in the capital when police fired on a march."
    )
    assert max(_dead(extract(text, published=PUB))) == 12


def test_figures_more_dead_after_a_toll_in_the_body_still_add(extract):
    text = (
        "Police fire on march in Kuna\n"
        "On Tuesday, one more protester was killed in the capital when police fired on a march. "
        "The death toll rose to 12. Two more people died on Wednesday."
    )
    assert max(_dead(extract(text, published=PUB))) == 14


def test_dates_a_year_after_a_years_date_steps_a_year(extract):
    record = extract(
        "Rebels killed ten soldiers near Kira in 2016, a year after they seized the town.",
        published=PUB,
    )
    assert sorted(e.date for e in record.events) == ["2015", "2016"]


def test_dates_last_year_before_after_is_no_step(extract):
    record = extract(
        "The general was elected president last year after leading the army's overthrow of "
        "his rival.",
        published=PUB,
    )
    assert "2022" not in [e.date for e in record.events]
