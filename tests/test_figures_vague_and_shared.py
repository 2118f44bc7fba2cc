"""Figures and dates from fresh wire and local reports (session 34): a vague plural gives way to
a count in figures of the same dead, a toll risen to a number of people, a count both killed
and wounded, a count a source denies, and "this week" before "after" is a date, no measure.
Sentences are our own."""

PUB = "2024-05-09"  # a Thursday


def _figures(extract, text, published=PUB):
    events = [e for e in extract(text, published=published).events if e.event_type == "ASSAULT"]
    return [(e.date, sorted((q.kind, int(q.value)) for q in e.quantities)) for e in events]


def _count(extract, text, kind):
    (event,) = [e for e in extract(text, published=PUB).events if e.event_type == "ASSAULT"]
    return [int(q.value) for q in event.quantities if q.kind == kind]


def test_figures_a_vague_plural_gives_way_to_a_count_in_figures(extract):
    text = (
        "At least 14 people were killed in fighting between two clans in the hill district on "
        "Wednesday, the district police chief said. The raiders killed dozens of villagers and "
        "burned stalls, a local elder said."
    )
    assert _count(extract, text, "dead") == [14]


def test_figures_a_vague_plural_alone_still_counts(extract):
    text = "Raiders killed dozens of herders in a hamlet on Wednesday."
    assert _count(extract, text, "dead") == [24]


def test_figures_a_toll_risen_to_a_number_of_people_counts_the_dead(extract):
    text = "The death toll from Monday's twin bombing in the port has risen to 63 people."
    assert _count(extract, text, "dead") == [63]


def test_figures_a_count_both_killed_and_wounded_is_neither(extract):
    text = "Gunmen killed and wounded 17 people at a cattle market on Tuesday, police said."
    assert _count(extract, text, "dead") == []
    assert _count(extract, text, "injured") == []


def test_figures_killed_some_and_wounded_others_keeps_both(extract):
    text = "Gunmen killed four people and wounded 17 at a cattle market on Tuesday."
    assert _count(extract, text, "dead") == [4]
    assert _count(extract, text, "injured") == [17]


def test_dates_this_week_before_after_is_a_date_no_measure(extract):
    text = (
        "An overnight dinner ended in bloodshed this week after a guest attacked three people "
        "with a machete in a farmhouse, police said."
    )
    dates = [d for d, _ in _figures(extract, text)]
    assert "2024-05-01" not in dates


def test_dates_a_week_before_after_is_still_a_measure(extract):
    text = "The raid came a week after a bomb killed 30 people at the market on Tuesday."
    assert ("2024-05-07", [("dead", 30)]) in _figures(extract, text)


def test_figures_a_count_a_source_denies_gives_way(extract):
    text = (
        "Nine people were killed when a van packed with explosives blew up outside a clinic on "
        "Tuesday, the district police said. Some witnesses put the toll at about 40, but the "
        "provincial governor dismissed them."
    )
    assert _count(extract, text, "dead") == [9]


def test_figures_a_denial_of_something_else_keeps_the_count(extract):
    text = (
        "Clinic staff said 15 people died in the blast on Tuesday. The district police said 12 "
        "people lost their lives and dismissed rumours of a second device."
    )
    assert _count(extract, text, "dead") == [15]
