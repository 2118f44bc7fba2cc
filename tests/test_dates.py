import pytest

from crisislens.events.dates import (
    ArticleDates,
    ResolvedDate,
    happening_date,
    not_after,
    resolve_date,
    resolve_date_text,
    told_as_earlier,
)

PUB = "2022-01-07"  # a Friday


@pytest.mark.parametrize(
    "text,expected",
    [
        ("on Monday", "2022-01-03"),
        ("Friday", "2022-01-07"),
        ("yesterday", "2022-01-06"),
        ("last week", "2021-12-31"),
        ("two days ago", "2022-01-05"),
        ("the 2014 overthrow", "2014"),
        ("January 5", "2022-01-05"),
        ("5 January 2021", "2021-01-05"),
        ("last March", "2021-03"),
        ("in December", "2021-12"),
        ("29 years", None),
        ("last year", "2021"),
        # each step of the relative table and the calendar arithmetic behind it
        ("three months ago", "2021-10"),
        ("10 years ago", "2012"),
        ("next Monday", "2022-01-10"),
        ("last Friday", "2021-12-31"),
        ("earlier this week", "2022-01-06"),  # a day of this week before today
        ("early this morning", "2022-01-07"),
        ("tomorrow", "2022-01-08"),
        ("last month", "2021-12"),
        ("this month", "2022-01"),
        ("next month", "2022-02"),
        ("next week", "2022-01-14"),
        ("next year", "2023"),
        # "may" is a month only where its shape says so
        ("may", None),
        ("in May", "2021-05"),
    ],
)
def test_dates_resolve_against_publication(text, expected):
    assert resolve_date_text(text, PUB) == expected


def test_dates_relative_without_publication_is_unknown():
    assert resolve_date_text("on Monday", None) is None
    assert resolve_date_text("in 2014", None) == "2014"


@pytest.mark.parametrize(
    "text,published,anchor,expected",
    [
        ("also on 6 March", "2024-01-10", "2023-03-05", ("2023-03-06", "day")),
        ("two days later", None, "2023-03-05", ("2023-03-07", "day")),
        ("the next day", "2023-04-01", "2023-03-31", ("2023-04-01", "day")),
        ("the day before", None, "2023-03-05", ("2023-03-04", "day")),
        ("later that day", None, "2023-03-05", ("2023-03-05", "day")),
        ("in November", "2024-02-02", "2024-01-20", ("2023-11", "month")),
        ("last week", "2022-01-07", None, ("2021-12-31", "week")),
        ("in 1998", "2022-01-07", None, ("1998", "year")),
        ("for two days", "2022-01-07", "2022-01-03", None),
    ],
)
def test_dates_resolve_with_anchor_and_precision(text, published, anchor, expected):
    found = resolve_date(text, published, anchor)
    assert (found.date, found.precision) == expected if expected else found is None


def test_dates_article_dates_skip_spans_and_other_nouns(nlp):
    doc = nlp(
        "Soldiers have occupied the valley since 2019. Loggers blocked the road at the site "
        "of a 2004 flood. On 2 May 2022 miners marched in Oruro."
    )
    dates = ArticleDates(doc, "2022-05-20")
    by_word = {
        t.text: dates.of_trigger([t]) for t in doc if t.text in ("occupied", "blocked", "marched")
    }
    assert by_word["occupied"] is None and by_word["blocked"] is None
    assert by_word["marched"] == ResolvedDate("2022-05-02", "day")


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_dates_reference_day_is_the_story_day_named_before(nlp):
    # published on a Thursday: the raid's Tuesday dates the undated past acts after it
    doc = nlp(
        "Masked men robbed a pharmacy in Tulsa on Tuesday. The clerk was wounded and later "
        "died. Detectives are questioning two neighbours."
    )
    dates = ArticleDates(doc, "2024-05-09")
    assert dates.reference_day([_token(doc, "wounded")]) == ResolvedDate("2024-05-07", "day")
    assert dates.reference_day([_token(doc, "died")]) == ResolvedDate("2024-05-07", "day")
    # the present is the report's own news, of the story's day
    assert dates.reference_day([_token(doc, "questioning")]) == ResolvedDate("2024-05-07", "day")


def test_dates_reference_day_not_from_old_days_or_spans(nlp):
    doc = nlp(
        "The dam opened on 2 June 2019. Villagers have protested at the gate since Monday. "
        "A guard was beaten."
    )
    dates = ArticleDates(doc, "2024-05-09")
    # 2019 is no day of the story's present; "since Monday" bounds a span
    assert dates.reference_day([_token(doc, "beaten")]) is None


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Guards have detained 30 people since Tuesday's riot at the depot.", "detained"),
        ("Since the blast on Tuesday, soldiers have searched four villages.", "searched"),
        ("Traders shut their stalls ahead of Tuesday's vote in Lomas.", "shut"),
    ],
)
def test_dates_reference_day_not_from_the_day_a_span_preposition_names(nlp, sentence, word):
    """The day of what "since" or "ahead of" names bounds a span: no day of the story's present
    for the act the sentence tells."""
    doc = nlp(sentence)
    assert ArticleDates(doc, "2024-05-10").reference_day([_token(doc, word)]) is None


def test_dates_a_datelines_date_dates_the_lead_sentence(nlp):
    """The dateline is a sentence of its own; its date is the report's day, which dates the
    lead's news as the one date of its sentence would (and no later sentence's)."""
    doc = nlp(
        "Depot fire\nHALDEN, Vt. (Mar. 14, 2019) - Deputies have detained two men over a depot "
        "fire. Firefighters found a burnt van behind the depot."
    )
    dates = ArticleDates(doc, None)
    assert dates.of_trigger([_token(doc, "detained")]) == ResolvedDate("2019-03-14", "day")
    assert dates.of_trigger([_token(doc, "found")]) is None


def test_dates_reference_day_of_a_headline_is_the_first_story_day(nlp):
    doc = nlp("Farmer shoots intruder\nA farmer fired at a burglar late on Sunday, deputies said.")
    dates = ArticleDates(doc, "2024-05-07")
    assert dates.reference_day([_token(doc, "shoots")], headline=True) == ResolvedDate(
        "2024-05-05", "day"
    )
    # the present tense outside a headline: the report's own news, of the story's day
    assert dates.reference_day([_token(doc, "shoots")]) == ResolvedDate("2024-05-05", "day")


@pytest.mark.parametrize(
    "text,recent,expected",
    [
        # a step of days from a month or year stays in it, as precise as it
        ("days later", ResolvedDate("2025-02", "month"), ResolvedDate("2025-02", "month")),
        ("two days later", ResolvedDate("2019", "year"), ResolvedDate("2019", "year")),
        # "days later" with no count, from a day: that day's month
        ("only days later", ResolvedDate("2025-02-10", "day"), ResolvedDate("2025-02", "month")),
        ("three days later", ResolvedDate("2025-02-10", "day"), ResolvedDate("2025-02-13", "day")),
        # "days" alone is a span, not a date
        ("days", ResolvedDate("2025-02-10", "day"), None),
    ],
)
def test_dates_step_from_the_date_named_before(text, recent, expected):
    assert resolve_date(text, None, recent=recent) == expected


def test_dates_days_later_after_a_month_stays_in_that_month(nlp):
    doc = nlp(
        "Last month, rebels ambushed a supply convoy near the border. "
        "Days later, a landmine killed four herders in the same valley."
    )
    dates = ArticleDates(doc, "2025-03-12")
    assert dates.of_trigger([_token(doc, "killed")]) == ResolvedDate("2025-02", "month")


@pytest.mark.parametrize(
    "second",
    [
        "Riot police detained 14 people during the night.",
        "Riot police detained 14 people that night.",
    ],
)
def test_dates_the_night_of_the_day_named_before(nlp, second):
    doc = nlp(f"On 3 May 2021, protesters burned tyres in Cali. {second}")
    dates = ArticleDates(doc, None)
    assert dates.of_trigger([_token(doc, "detained")]) == ResolvedDate("2021-05-03", "day")


def test_dates_days_later_the_tagger_missed(nlp):
    doc = nlp("On 3 May 2021, protesters burned tyres. Two days later, police detained 14 people.")
    dates = ArticleDates(doc, None)
    assert dates.of_trigger([_token(doc, "detained")]) == ResolvedDate("2021-05-05", "day")


def test_dates_an_act_under_a_preposition_has_its_own_date(nlp):
    doc = nlp(
        "The envoy blamed the ministry for breaking the accord by walking away in 2017. "
        "Police detained a driver after finding a rifle in his car on Monday."
    )
    dates = ArticleDates(doc, "2025-03-13")
    assert dates.of_trigger([_token(doc, "blamed")]) is None  # 2017 dates the walking away
    assert dates.of_trigger([_token(doc, "walking")]) == ResolvedDate("2017", "year")
    # a time preposition shares the event's time
    assert dates.of_trigger([_token(doc, "detained")]) == ResolvedDate("2025-03-10", "day")


def test_dates_a_long_trigger_does_not_take_the_date_of_its_gerund(nlp):
    # a trigger that runs over "for ... by withdrawing" still is the blaming, not the withdrawal
    doc = nlp("The minister faulted the union for ending the truce by striking in 2019.")
    dates = ArticleDates(doc, "2025-03-13")
    long_trigger = [t for t in doc if t.text in ("faulted", "the", "union", "for", "striking")]
    assert dates.of_trigger(long_trigger) is None
    assert dates.of_trigger([_token(doc, "striking")]) == ResolvedDate("2019", "year")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("on Friday", "2024-03-15"),
        ("Wednesday", "2024-03-13"),  # the publication day itself
        ("on Monday", "2024-03-18"),
        ("in February", "2025-02"),
        ("in March", "2024-03"),
        ("last Friday", "2024-03-08"),  # said to be past, whatever the clause
        ("on 2 April", "2024-04-02"),
    ],
)
def test_dates_forward_from_publication(text, expected):
    # published on a Wednesday
    assert resolve_date_text(text, "2024-03-13", forward=True) == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("The council will vote on the budget on Friday.", "vote", "2024-03-15"),
        ("The envoy is due to fly to Accra on Monday.", "fly", "2024-03-18"),
        ("The premier plans to visit Lagos in January.", "visit", "2025-01"),
        ("Miners won't return to the pits on Monday, the union said.", "return", "2024-03-18"),
        # a past plan, and a past act beside a future one, look back
        ("Officials were expected to meet on Monday.", "meet", "2024-03-11"),
        ("Police who arrested a man on Monday will question him.", "arrested", "2024-03-11"),
        # the future of a past report looks forward; a past conditional looks back
        ("The mayor said the curfew would begin on Friday.", "begin", "2024-03-15"),
        ("Without the storm the ferries would have sailed on Monday.", "sailed", "2024-03-11"),
        # a simple present with a day is a timetable; a progressive, a perfect, a past is not
        ("Officials said the curfew takes effect on Saturday.", "takes", "2024-03-16"),
        ("The trial of the two mayors opens on Monday in Kano.", "opens", "2024-03-18"),
        ("The talks are held in Doha on Friday, the ministry said.", "held", "2024-03-15"),
        ("Dockers are striking on Monday over unpaid wages.", "striking", "2024-03-11"),
        (
            "Mayors on trial in Kano\nThe trial of the two mayors opens on Monday.",
            "opens",
            "2024-03-18",
        ),
        ("The envoy has met the rebels on Monday.", "met", "2024-03-11"),
        ("Troops stormed the camp on Monday.", "stormed", "2024-03-11"),
    ],
)
def test_dates_a_clause_about_the_future_looks_forward(nlp, sentence, word, expected):
    doc = nlp(sentence)
    dates = ArticleDates(doc, "2024-03-13")  # a Wednesday
    found = dates.of_trigger([_token(doc, word)])
    assert found is not None and found.date == expected


def test_dates_a_headline_present_tells_the_past(nlp):
    doc = nlp("Port reopens on Monday\nThe port of Lomé reopened on Monday after the storm.")
    dates = ArticleDates(doc, "2024-03-13")
    assert dates.of_trigger([_token(doc, "reopens")]).date == "2024-03-11"


def test_dates_a_happening_takes_recent_or_neighbouring_dates_of_its_mentions():
    recent, old = ResolvedDate("2024-07-01", "day"), ResolvedDate("2013", "year")
    own = ResolvedDate("2024-06", "month")
    assert happening_date(own, [], [recent], "2024-07-05") == own  # its own first
    assert happening_date(None, [], [old, recent], "2024-07-05") == recent
    assert happening_date(None, [], [old], "2024-07-05") is None  # history taken in
    assert happening_date(None, [old], [], "2024-07-05") == old  # told beside it
    assert happening_date(None, [], [old], None) == old  # no publication to measure from


def test_dates_a_past_perfect_clause_is_not_dated_by_another_clause(nlp):
    doc = nlp(
        "Aides said on Monday that the mayor had banned the march. The army shelled the port."
    )
    dates = ArticleDates(doc, "2024-05-09")
    assert told_as_earlier([_token(doc, "banned")])
    assert not told_as_earlier([_token(doc, "shelled")])
    assert dates.of_trigger([_token(doc, "banned")]) is None
    assert dates.of_trigger([_token(doc, "said")]) == ResolvedDate("2024-05-06", "day")


def test_dates_a_past_perfect_event_takes_no_report_day(extract):
    record = extract(
        "The council said on Thursday that the governor had suspended the vote. Police arrested "
        "four men.",
        published="2024-05-10",
    )
    suspended = next(e for e in record.events if e.trigger and "suspended" in e.trigger.text)
    arrested = next(e for e in record.events if e.trigger and "arrested" in e.trigger.text)
    assert suspended.date is None
    assert arrested.date == "2024-05-09"


def test_dates_a_week_or_month_gives_way_to_a_day_another_mention_names():
    day = ResolvedDate("2024-04-17", "day")  # a Wednesday
    assert happening_date(ResolvedDate("2024-04", "month"), [], [day], "2024-05-09") == day
    # "last week" told on Monday 22 April: the week of 15-21 April holds the 17th
    assert happening_date(ResolvedDate("2024-04-15", "week"), [day], [], "2024-04-22") == day
    # a day outside the month, or a coarser own date, changes nothing
    march = ResolvedDate("2024-03", "month")
    assert happening_date(march, [], [day], "2024-05-09") == march
    assert happening_date(ResolvedDate("2024", "year"), [day], [], "2024-05-09").precision == "year"


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        # the date is the other happening's: the event is a measured step from it
        (
            "Rioting broke out in Kitwe a day after the miners were shot on Monday.",
            "Rioting",
            "2024-05-07",
        ),
        (
            "Police detained 30 traders in Ndola two days after the strike on 3 May.",
            "detained",
            "2024-05-05",
        ),
        (
            "Students marched in Mzuzu the day before the vote on Wednesday.",
            "marched",
            "2024-05-07",
        ),
        # the event is the other happening: a step back from the date of the clause it hangs from
        (
            "Rioting broke out in Kitwe on Thursday, a day after the miners were shot.",
            "shot",
            "2024-05-08",
        ),
        # hours keep the day
        (
            "Rebels shelled Kidal on Tuesday, hours after the army pulled out.",
            "pulled",
            "2024-05-07",
        ),
        # with no measure, the date is taken as before
        (
            "Police detained 30 traders in Ndola after the strike on Monday.",
            "detained",
            "2024-05-06",
        ),
    ],
)
def test_dates_a_measured_after_or_before_steps_from_the_other_happening(
    nlp, sentence, word, expected
):
    doc = nlp(sentence)
    dates = ArticleDates(doc, "2024-05-10")  # a Friday
    assert dates.of_trigger([_token(doc, word)]) == ResolvedDate(expected, "day")


def test_dates_the_measure_of_a_step_is_no_date(nlp):
    from crisislens.events.dates import sequence_step

    doc = nlp("Students marched in Mzuzu several days before the vote on Wednesday.")
    wednesday = next(e for e in doc.ents if e.text == "Wednesday")
    assert sequence_step(wednesday, _token(doc, "marched")) is None  # a vague measure


def test_dates_a_noun_a_long_trigger_took_in_keeps_its_own_date(nlp):
    doc = nlp("The rebels warned that they would abandon the March 2019 truce with the army.")
    dates = ArticleDates(doc, "2024-05-10")
    truce = _token(doc, "truce")
    trigger = [t for t in doc if _token(doc, "warned").i <= t.i <= truce.i]  # warned ... truce
    assert dates.of_trigger(trigger) is None
    assert dates.of_trigger([_token(doc, "truce")]) == ResolvedDate("2019-03", "month")


def test_dates_a_year_in_a_since_clause_dates_that_clause_only(nlp):
    doc = nlp("No neighbour has recognised the junta since it seized power in March 2021.")
    dates = ArticleDates(doc, "2024-05-10")
    assert dates.of_trigger([_token(doc, "seized")]) == ResolvedDate("2021-03", "month")
    assert dates.of_trigger([_token(doc, "recognised")]) is None
    # a happening told inside the since-clause is dated by it
    doc = nlp(
        "Ties have been frozen since the general was ousted in 2013, when both recalled envoys."
    )
    dates = ArticleDates(doc, "2024-05-10")
    assert dates.of_trigger([_token(doc, "recalled")]) == ResolvedDate("2013", "year")


def test_dates_a_clause_on_a_noun_takes_no_date_from_another_events_verb(nlp):
    # the participle's happening came before the freeing its sentence dates
    doc = nlp("Forty miners abducted near the quarry were freed by their captors on Sunday.")
    dates = ArticleDates(doc, "2025-03-12")
    freed, abducted = _token(doc, "freed"), _token(doc, "abducted")
    assert dates.of_trigger([abducted], frozenset({freed.i})) is None
    assert dates.of_trigger([freed], frozenset({abducted.i})) == ResolvedDate("2025-03-09", "day")
    # with no event in the main clause, its date is the only one the text gives
    doc = nlp("Last year the ministry put out a list of newspapers banned by the council.")
    dates = ArticleDates(doc, "2025-03-12")
    assert dates.of_trigger([_token(doc, "banned")]) == ResolvedDate("2024", "year")


def test_dates_a_noun_in_a_clause_on_a_noun_takes_no_date_from_an_appeal(nlp):
    # the war the riots led to is no news of Friday, when the appeal was issued
    doc = nlp("The envoy issued an appeal on Friday for an end to the riots that started the war.")
    dates = ArticleDates(doc, "2025-03-12")
    appeal, war = _token(doc, "appeal"), _token(doc, "war")
    assert dates.of_trigger([war], frozenset({appeal.i})) is None
    assert dates.of_trigger([war]) == ResolvedDate("2025-03-07", "day")


@pytest.mark.parametrize(
    "found,kept",
    [
        (ResolvedDate("2022-01-12", "day"), False),  # a later day: another act's
        (ResolvedDate("2022-02", "month"), False),
        (ResolvedDate("2023", "year"), False),
        (ResolvedDate("2022-01-07", "day"), True),  # the report's own day
        (ResolvedDate("2022-01", "month"), True),  # a month the report lies in
        (ResolvedDate("2022-01-06", "week"), True),  # "this week"
    ],
)
def test_dates_what_happened_is_not_dated_after_the_report(found, kept):
    assert (not_after(found, PUB) is not None) == kept


def test_dates_a_later_day_in_the_sentence_does_not_date_a_past_act(extract):
    record = extract(
        "The army withdrew its troops from the town, a move that will be completed on Wednesday.",
        published=PUB,
    )
    (withdrawal,) = [e for e in record.events if e.modality == "asserted"]
    assert withdrawal.date is not None and withdrawal.date <= PUB


def test_dates_a_promise_keeps_the_day_of_what_it_promises(extract):
    record = extract(
        "The two ministers agreed to meet in Accra on 14 January to discuss the border.",
        published=PUB,
    )
    assert any(e.date == "2022-01-14" for e in record.events)


@pytest.mark.parametrize(
    "text,word,expected",
    [
        # the narrative moved to last month and goes on there: a pronoun subject
        (
            "Rebels took the town of Kora last month. They looted its market.",
            "looted",
            ResolvedDate("2024-04", "month"),
        ),
        # ... a word that continues the story of the sentence before
        (
            "The envoys met in Geneva in February. There, the minister asked for a truce.",
            "asked",
            ResolvedDate("2024-02", "month"),
        ),
        # ... the same party as subject, on an old day
        (
            "Militias shelled Kora on 3 March. The militias burned the market.",
            "burned",
            ResolvedDate("2024-03-03", "day"),
        ),
        # another party: the story's present day, not last month
        (
            "Gunmen robbed a bank on Tuesday. Rebels took Kora last month. Police arrested a "
            "trader.",
            "arrested",
            ResolvedDate("2024-05-07", "day"),
        ),
        # a report's date and a year (mostly a tally) are not carried; nor over a span's bound
        (
            "The agency reported last month that the mine flooded. The agency fined its owner.",
            "fined",
            None,
        ),
        ("In 2023 the gang robbed 40 banks. The gang shot a guard.", "shot", None),
        (
            "Troops were sent to the pass in April and have held it since Monday. They burned "
            "a market.",
            "burned",
            None,
        ),
    ],
)
def test_dates_an_undated_act_goes_on_in_the_time_the_story_moved_to(nlp, text, word, expected):
    doc = nlp(text)
    assert ArticleDates(doc, "2024-05-09").reference_day([_token(doc, word)]) == expected


def test_dates_a_past_verb_joined_to_a_present_one_keeps_its_tense(nlp):
    doc = nlp(
        "The council met on Tuesday. The bloc is weighing sanctions and warned the junta. "
        "Rebels are holding the town and have looted the bank."
    )
    dates = ArticleDates(doc, "2024-05-09")
    assert dates.reference_day([_token(doc, "warned")]) == ResolvedDate("2024-05-07", "day")
    # the perfect: the report's own news, of the story's day
    assert dates.reference_day([_token(doc, "looted")]) == ResolvedDate("2024-05-07", "day")


def test_dates_last_week_before_after_is_a_date_not_a_measure(nlp):
    # "a week after the vote" measures a step; "last week after the vote" names a week
    doc = nlp("Talks on the budget collapsed last week after the envoy left.")
    found = ArticleDates(doc, "2024-05-09").of_trigger([_token(doc, "collapsed")])
    assert found == ResolvedDate("2024-05-02", "week")


def test_dates_overnight_the_tagger_missed_is_the_night_before(nlp):
    doc = nlp("Gunmen killed four herders overnight in a village, the police said on Thursday.")
    dates = ArticleDates(doc, "2024-05-09")
    assert dates.of_trigger([_token(doc, "killed")]) == ResolvedDate("2024-05-08", "day")
    raid = nlp("Troops freed the hostages in an overnight raid.")
    assert [e.text for e in ArticleDates(raid, "2024-05-09").entities] == ["overnight"]  # tagger's


@pytest.mark.parametrize(
    "text,published,forward,expected",
    [
        ("over the weekend", "2025-03-12", False, "2025-03-08"),  # a Wednesday: last Saturday
        ("at the weekend", "2025-03-09", False, "2025-03-08"),  # a Sunday: the day before
        ("this weekend", "2025-03-12", True, "2025-03-15"),  # a plan: the next one
    ],
)
def test_dates_the_weekend_is_its_saturday(text, published, forward, expected):
    assert resolve_date_text(text, published, forward) == expected


@pytest.mark.parametrize(
    "sentence,word",
    [
        (
            "The two leaders had traded insults for weeks, prompting Paris to recall its envoy.",
            "recall",
        ),
        (
            "The agency said on Sunday it had worked with Oslo for years, including by offering "
            "to house the refugees.",
            "offering",
        ),
    ],
)
def test_dates_a_tenseless_verb_in_a_past_perfect_clause_is_earlier(nlp, sentence, word):
    doc = nlp(sentence)
    assert told_as_earlier([_token(doc, word)])
    assert ArticleDates(doc, "2024-05-09").of_trigger([_token(doc, word)]) is None


def test_dates_a_tenseless_verb_of_a_past_clause_is_not_earlier(nlp):
    doc = nlp("Police said on Monday that gunmen stormed the prison, freeing 200 inmates.")
    assert not told_as_earlier([_token(doc, "freeing")])


def test_dates_a_passive_joined_to_a_past_perfect_keeps_its_own_tense(nlp):
    """ "were hurt" has its tense in "were": no part of "had detained"'s earlier time."""
    doc = nlp(
        "The sheriff said Sunday that deputies had detained 12 people Saturday night and that "
        "four deputies were hurt during the unrest."
    )
    assert told_as_earlier([_token(doc, "detained")])
    assert not told_as_earlier([_token(doc, "hurt")])


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        # a present or perfect clause is the report's present: the past clause's date is its own
        (
            "Talks between the two parties began in Lome last October and have stalled since, "
            "with each side blaming the other.",
            "blaming",
            None,
        ),
        ("Rebels took the port on Friday and are now marching north.", "marching", None),
        (
            "The militia seized two villages on Sunday and has blocked the road to the mine.",
            "blocked",
            None,
        ),
        # a past clause joined to the dated one shares its day
        (
            "Rebels took the port on Friday and looted its warehouses.",
            "looted",
            ResolvedDate("2024-05-03", "day"),
        ),
        # a reporting verb's day dates what it reports
        (
            "The ministry said on Monday it is sending troops to the border.",
            "sending",
            ResolvedDate("2024-05-06", "day"),
        ),
    ],
)
def test_dates_a_present_clause_takes_no_date_of_a_past_one(nlp, sentence, word, expected):
    doc = nlp(sentence)
    assert ArticleDates(doc, "2024-05-09").of_trigger([_token(doc, word)]) == expected


def test_dates_the_present_takes_the_story_day_but_no_carried_time(nlp):
    # published on a Friday; the council's Wednesday is the story's day
    doc = nlp(
        "The council voted on Wednesday to close the mill. Workers are picketing the gate. "
        "Last month the owners cut wages. The union has called a strike."
    )
    dates = ArticleDates(doc, "2024-05-10")
    wednesday = ResolvedDate("2024-05-08", "day")
    assert dates.reference_day([_token(doc, "picketing")]) == wednesday
    # a past narrative's month is carried to a past act, never to the present
    assert dates.reference_day([_token(doc, "called")]) == wednesday


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a night told with its day is that day, not the night before publication
        ("Rebels shelled Varsk overnight Tuesday, killing six.", "2024-05-07"),
        ("Raiders struck a camp overnight into Sunday.", "2024-05-05"),
        ("Troops freed the hostages in an overnight raid on Monday.", "2024-05-06"),
        # alone, it is the night before
        ("Rebels shelled Varsk overnight, killing six.", "2024-05-08"),
    ],
)
def test_dates_a_night_told_with_its_day(nlp, sentence, expected):
    dates = ArticleDates(nlp(sentence), "2024-05-09")  # a Thursday
    assert [d.date for d in dates.resolved.values()] == [expected]


def test_dates_a_weekday_the_tagger_missed(nlp):
    doc = nlp("Rebels shelled Varsk in the early hours of Tuesday.")
    dates = ArticleDates(doc, "2024-05-09")
    assert [d.date for d in dates.resolved.values()] == ["2024-05-07"]


def test_dates_a_clause_on_a_noun_does_not_move_the_story(nlp):
    # published on a Thursday; March is the town's past, not the time the story moved to
    doc = nlp(
        "Troops entered Varsk on Monday, where rebels burned a depot in March. "
        "They also seized the bridge."
    )
    dates = ArticleDates(doc, "2024-05-09")
    assert dates.reference_day([_token(doc, "seized")]) == ResolvedDate("2024-05-06", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed late on Tuesday in a raid on Dalo, officials said on Wednesday. "
        "Gunmen stormed the village and shot at residents.",
        "Officials said on Wednesday that nine people were killed late on Tuesday in Dalo. "
        "Gunmen stormed the village and shot at residents.",
    ],
)
def test_dates_a_reports_day_beside_the_happenings_is_not_the_storys(nlp, text):
    doc = nlp(text)
    dates = ArticleDates(doc, "2024-05-09")  # a Thursday
    assert dates.reference_day([_token(doc, "stormed")]) == ResolvedDate("2024-05-07", "day")


def test_dates_a_reports_day_alone_is_the_storys(nlp):
    doc = nlp("Police said on Wednesday they held two men. The men confessed.")
    dates = ArticleDates(doc, "2024-05-09")
    assert dates.reference_day([_token(doc, "confessed")]) == ResolvedDate("2024-05-08", "day")


def test_dates_a_participle_on_a_noun_may_move_the_story(nlp):
    doc = nlp(
        "Talks stalled after the summit held in Ulm in March. There, the envoys traded barbs."
    )
    dates = ArticleDates(doc, "2024-05-09")
    assert dates.reference_day([_token(doc, "traded")]) == ResolvedDate("2024-03", "month")


def test_dates_a_month_name_written_small_is_a_noun(nlp):
    doc = nlp("Two hours after the start of the march, police fired tear gas. It ended in March.")
    dates = ArticleDates(doc, "2024-05-09")
    assert [d.date for d in dates.resolved.values()] == ["2024-03"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In May, the mayor closed the port.", ["2024-05"]),
        ("In May, this year, the mayor closed the port.", ["2024-05", "2024"]),
        ("Since May, the mayor has closed two ports.", ["2024-05"]),
        ("The mayor may close the port.", []),
    ],
)
def test_dates_a_lone_may_after_a_preposition_is_the_month(nlp, text, expected):
    # the tagger leaves the preposition out of the entity, so "May" alone needs its shape
    dates = ArticleDates(nlp(text), "2024-09-20")
    assert [d.date for d in dates.resolved.values()] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("June last year", "2023-06"),
        ("October, last year", "2023-10"),
        ("February next year", "2025-02"),
        ("last June", "2024-06"),
    ],
)
def test_dates_a_month_told_with_a_relative_year_is_in_that_year(text, expected):
    assert resolve_date_text(text, "2024-09-20") == expected


def test_dates_a_measured_step_from_the_story_day_dates_the_earlier_happening(nlp):
    # no date in the sentence: the raid is the story's day, the bombing a week before it
    doc = nlp(
        "Gunmen stormed a church in Adoro on Sunday. The raid came a week after a bombing "
        "claimed by a militia killed 30 people in a market."
    )
    dates = ArticleDates(doc, "2024-03-08")
    assert dates.reference_day([_token(doc, "came")]) == ResolvedDate("2024-03-03", "day")
    assert dates.reference_day([_token(doc, "killed")]) == ResolvedDate("2024-02-25", "day")
