"""Figures read in their own clause (session 26): a headline's second count after a comma, a
count the parser hung on the time measure after it, a share of the dead, a figure another
happening's clause tells, and an earlier day's figures in a happening grouped across days.
Sentences are our own."""

from crisislens.events.quantities import quantities_in

PUB = "2024-03-08"  # a Friday


def _found(nlp, sentence):
    return {(q.kind, q.value) for _, q in quantities_in(next(nlp(sentence).sents))}


def _assaults(extract, text):
    return [e for e in extract(text, published=PUB).events if e.event_type == "ASSAULT"]


def _of(event, kind):
    return [q.value for q in event.quantities if q.kind == kind]


def test_figures_headline_count_after_a_comma_keeps_its_state(nlp):
    assert _found(nlp, "Raiders kill 6, 14 hurt near border post") == {
        ("dead", 6),
        ("injured", 14),
    }


def test_figures_count_cut_from_a_time_measure_counts_the_hurt(nlp):
    found = _found(
        nlp,
        "A mortar struck the depot at Velm on Sunday, wounding 23, almost three weeks after "
        "a siege of the depot.",
    )
    assert ("injured", 23) in found


def test_figures_a_measure_with_no_comma_is_still_no_figure(nlp):
    found = _found(nlp, "The curfew was lifted after 14 days of calm.")
    assert not any(value == 14 for _, value in found)


def test_figures_a_share_of_the_dead_is_not_hurt(nlp):
    found = _found(nlp, "Four of the nine killed were shot in the back, a nurse said.")
    assert ("dead", 9) in found
    assert not any(kind == "injured" for kind, _ in found)


def test_figures_a_share_of_the_hurt_who_died_is_still_dead(nlp):
    assert ("dead", 2) in _found(nlp, "Two of the wounded later died in a clinic.")


def test_figures_another_happenings_clause_tells_its_own_dead(extract):
    text = (
        "A bomb tore through a bus station in Harlow on Sunday, injuring 19, nearly two weeks "
        "after a blast at the same station killed six."
    )
    assaults = _assaults(extract, text)
    earlier = [e for e in assaults if _of(e, "dead") == [6]]
    wounding = [e for e in assaults if _of(e, "injured") == [19]]
    assert earlier and not _of(earlier[0], "injured")
    assert wounding and not _of(wounding[0], "dead")


def test_figures_an_earlier_days_toll_is_not_the_days_own(extract):
    text = (
        "At least four people died on Tuesday in an explosion at a bus stop in Norvik, a day "
        "after a car bomb left 11 people dead.\n\n"
        "The blast went off at a crowded stop near the harbour.\n\n"
        "Only a day earlier, 11 dockers were killed and 30 hurt near the port when a bomber "
        "blew up a truck."
    )
    assaults = _assaults(extract, text)
    tuesday = [e for e in assaults if e.date == "2024-03-05"]
    assert tuesday and _of(tuesday[0], "dead") == [4]
    assert not _of(tuesday[0], "injured")


def test_figures_a_count_raised_by_a_clause_is_a_toll(nlp):
    found = _found(
        nlp,
        "Two guards died in Velm, raising the number of people killed by the militia this "
        "month to 17, the agency said.",
    )
    assert ("dead", 17) in found


def test_figures_a_running_total_counts_what_its_clause_befell(nlp):
    found = _found(nlp, "Four more miners were found dead, bringing the total to 13.")
    assert ("dead", 13) in found


def test_figures_a_total_after_no_casualty_counts_nothing(nlp):
    found = _found(nlp, "The council approved four more grants, bringing the total to 13.")
    assert not any(kind in ("dead", "injured", "arrested") for kind, _ in found)


def test_figures_dead_named_beside_one_after_a_toll_are_among_it(extract):
    text = (
        "Gunmen raided the village of Korro on Sunday, and police said the death toll stood "
        "at 19.\n\nThe village head was killed along with three of his sons, a resident said."
    )
    dead = [v for e in _assaults(extract, text) for v in _of(e, "dead")]
    assert max(dead) == 19


def test_figures_dead_named_beside_one_with_no_toll_are_more(extract):
    text = "A guard was killed along with two drivers when rebels fired on a convoy near Tesso."
    dead = [v for e in _assaults(extract, text) for v in _of(e, "dead")]
    assert max(dead) == 3


def test_figures_a_cause_named_in_an_earlier_clause_owns_its_dead(extract):
    text = (
        "Three guards died on Wednesday in an ambush near Tesso, ten days after 9 "
        "police officers died in a similar ambush."
    )
    assaults = _assaults(extract, text)
    wednesday = [e for e in assaults if e.date == "2024-03-06"]
    assert wednesday and _of(wednesday[0], "dead") == [3]


def test_figures_a_list_the_parser_took_for_an_apposition_counts_each_person(nlp):
    from crisislens.events.quantities import quantities_in

    doc = nlp("A woman, her teenage son and her mother were shot dead at their home on Sunday.")
    found = {(q.kind, q.value) for _, q in quantities_in(next(doc.sents))}
    assert found == {("dead", 3)}


def test_figures_an_animal_in_a_list_of_the_dead_is_not_counted(nlp):
    from crisislens.events.quantities import quantities_in

    doc = nlp("A woman, her teenage son and their dog were shot dead at their home on Sunday.")
    found = {(q.kind, q.value) for _, q in quantities_in(next(doc.sents))}
    assert found == {("dead", 2)}
