"""Stories end to end: articles of our own through the real pipeline, the store and the linker."""

from __future__ import annotations

import pytest

from crisislens.ingest import make_article
from crisislens.store import Store
from crisislens.store.stories import figures_text, list_stories, rebuild_stories

pytestmark = pytest.mark.slow


# other news of the same days: stories form in a stream of articles, and how rare a word is
# (Kazakhstan, paratroopers) is judged against the articles around it
OTHER_NEWS = [
    (
        "The central bank of Chile raised its benchmark interest rate by half a point on "
        "Wednesday, citing inflation in food and fuel prices.",
        "2022-01-06",
    ),
    (
        "Floods in the Brazilian state of Bahia forced thousands of families from their homes "
        "over the weekend, the civil defence agency said.",
        "2022-01-07",
    ),
    (
        "Novak Djokovic remained in an immigration hotel in Melbourne on Friday as his lawyers "
        "challenged the cancellation of his visa.",
        "2022-01-07",
    ),
]


def _ingest(pipeline, store, reports, url_prefix="https://outlet{}.example/"):
    articles = [
        make_article(text, origin=f"r{i}", published=day).model_copy(
            update={"url": url_prefix.format(i) + str(i)}
        )
        for i, (text, day) in enumerate(reports)
    ]
    store.write(zip(articles, pipeline.process(articles)))
    rebuild_stories(store.conn)
    return articles


def _stories_of(store, event_type):
    return [s for s in list_stories(store.conn, limit=1000) if s["event_type"] == event_type]


def test_stories_one_deployment_with_two_figures_is_one_story(pipeline):
    store = Store.memory()
    articles = _ingest(
        pipeline,
        store,
        [
            (
                "President Putin dispatched about 3,000 paratroopers to Kazakhstan on Thursday to "
                "help restore order. The Kremlin said the force would stay for days, not weeks.",
                "2022-01-07",
            ),
            (
                "Moscow dispatched 2,500 troops to Kazakhstan on Thursday at the request of its "
                "president, the alliance said. Flights landed at Almaty airport overnight.",
                "2022-01-07",
            ),
            (
                "Kazakhstan's president thanked Moscow on Saturday after Russia deployed 3,000 "
                "soldiers to Almaty this week.",
                "2022-01-08",
            ),
            *OTHER_NEWS,
        ],
    )
    [story] = _stories_of(store, "MOBILIZE")
    assert set(story["article_ids"]) == {a.article_id for a in articles[:3]}
    figures = {(q["kind"], q["value"]): q["sources"] for q in story["quantities"]}
    assert figures == {("troops", 3000.0): 2, ("troops", 2500.0): 1}
    assert story["figures"] == "troops: 3,000 (2 sources), 2,500 (1 source)"
    assert story["earliest_published"] == "2022-01-07"
    assert story["latest_published"] == "2022-01-08"


def test_stories_same_type_on_different_dates_stay_apart(pipeline):
    store = Store.memory()
    _ingest(
        pipeline,
        store,
        [
            (
                "Workers protested outside the parliament in Bishkek on Monday, demanding higher "
                "wages.",
                "2022-03-08",
            ),
            (
                "Workers protested outside the parliament in Bishkek on Monday over unpaid wages.",
                "2022-03-22",
            ),
        ],
    )
    stories = _stories_of(store, "PROTEST")
    assert len(stories) == 2
    assert sorted(s["first_day"] for s in stories) == ["2022-03-07", "2022-03-21"]


def test_stories_background_mention_makes_no_story_of_its_own(pipeline):
    store = Store.memory()
    _ingest(
        pipeline,
        store,
        [
            (
                "Police fired tear gas at a crowd in Almaty on Wednesday amid protests over fuel "
                "prices.",
                "2022-01-06",
            )
        ],
    )
    assert _stories_of(store, "PROTEST") == []
    assert len(_stories_of(store, "COERCE")) == 1
    events = store.conn.execute("SELECT count(*) FROM events WHERE event_type = 'PROTEST'")
    assert events.fetchone()[0] == 1  # the event is stored; it just starts no story


def test_stories_unrelated_articles_on_one_day_stay_apart(pipeline):
    store = Store.memory()
    _ingest(
        pipeline,
        store,
        [
            (
                "Police arrested a former bank executive in New York on Tuesday on charges of "
                "insider trading. Prosecutors said he sold shares before a merger was announced.",
                "2022-05-11",
            ),
            (
                "A college basketball coach was arrested in Chicago on Tuesday after a fight "
                "outside a bar. The university suspended him pending an inquiry.",
                "2022-05-11",
            ),
        ],
    )
    assert all(s["source_count"] == 1 for s in list_stories(store.conn, limit=1000))


def test_stories_a_measure_and_the_retaliation_for_it_stay_apart(pipeline):
    store = Store.memory()
    _ingest(
        pipeline,
        store,
        [
            (
                "Canada imposed tariffs on American steel on Tuesday, its trade minister told "
                "reporters at a summit in Geneva.",
                "2024-06-12",
            ),
            (
                "The United States imposed tariffs on Canadian aluminium on Tuesday, the trade "
                "representative told reporters at a summit in Geneva.",
                "2024-06-12",
            ),
            *OTHER_NEWS,
        ],
    )
    stories = _stories_of(store, "SANCTION")
    assert len(stories) == 2  # one act each way: who did it to whom differs
    assert {s["actor_country"] for s in stories} == {"CAN", "USA"}


def test_stories_statements_by_two_speakers_stay_apart(pipeline):
    store = Store.memory()
    articles = _ingest(
        pipeline,
        store,
        [
            (
                "Senator Maria Lopez accused the governor of corruption on Tuesday, saying he had "
                "steered state contracts to his brother's firm.",
                "2023-04-12",
            ),
            (
                "Senator Thomas Baker accused the governor of corruption on Tuesday in a speech "
                "to the state assembly in Sacramento.",
                "2023-04-12",
            ),
            (
                "Lopez accused the governor of corruption on Tuesday and called for an inquiry "
                "into the state contracts.",
                "2023-04-12",
            ),
        ],
    )
    lopez, baker, lopez_again = (a.article_id for a in articles)
    stories = [set(s["article_ids"]) for s in _stories_of(store, "ACCUSE")]
    assert {lopez, lopez_again} in stories  # one speaker, named in full and by surname
    assert {baker} in stories


def test_stories_an_office_and_its_holder_are_one_speaker(pipeline):
    # the Kremlin and the president it houses make one statement; the foreign minister is
    # another speaker (data/link.yaml offices)
    store = Store.memory()
    articles = _ingest(
        pipeline,
        store,
        [
            (
                "The Kremlin on Monday rejected Moldova's accusation of meddling in its election, "
                "calling it absurd.",
                "2024-10-21",
            ),
            (
                "President Vladimir Putin on Monday rejected Moldova's accusation of interference "
                "in its election.",
                "2024-10-21",
            ),
            (
                "Foreign Minister Sergei Lavrov on Monday rejected Moldova's accusation of "
                "interference in its election.",
                "2024-10-21",
            ),
            *OTHER_NEWS,
        ],
    )
    kremlin, putin, lavrov = (a.article_id for a in articles[:3])
    stories = [set(s["article_ids"]) for s in _stories_of(store, "REJECT")]
    assert {kremlin, putin} in stories
    assert {lavrov} in stories


def test_stories_peacekeepers_coded_as_the_recipient_join_the_deployment(pipeline):
    # the coder reads "2,000 peacekeepers" as the AID's recipient; for the linker they are what
    # was sent, and Kazakhstan, where they went, is the recipient, as in the report of the
    # deployment (link/events.py linked_recipient): one story, with both figures
    store = Store.memory()
    articles = _ingest(
        pipeline,
        store,
        [
            (
                "Moscow sent 2,000 peacekeepers to Kazakhstan on Thursday after days of unrest, "
                "the Kremlin said.",
                "2022-01-07",
            ),
            (
                "The regional alliance deployed 2,500 troops to Kazakhstan on Friday to guard "
                "airports and state buildings.",
                "2022-01-08",
            ),
            *OTHER_NEWS,
        ],
    )
    sent, deployed = (a.article_id for a in articles[:2])
    [story] = [s for s in list_stories(store.conn, limit=100) if sent in s["article_ids"]]
    assert set(story["article_ids"]) == {sent, deployed}
    assert {q["value"] for q in story["quantities"]} >= {2000, 2500}


def test_stories_peacekeepers_sent_and_deployed_are_one_story(pipeline):
    # peacekeepers sent (AID, peacekeeping) and deployed (MOBILIZE) on one day to one town are
    # one deployment; food sent the same day (AID in another mode) is no deployment
    # (data/link.yaml related_types "AID:peacekeeping")
    store = Store.memory()
    articles = _ingest(
        pipeline,
        store,
        [
            ("Russia sent 1,960 peacekeepers to Nagorno-Karabakh on Tuesday.", "2020-11-11"),
            (
                "Russia deployed peacekeepers in Nagorno-Karabakh on Tuesday, the defence ministry said.",
                "2020-11-11",
            ),
            (
                "Russia sent food and medicine to Yerevan on Tuesday, the emergencies ministry "
                "said.",
                "2020-11-11",
            ),
            (
                "Russia deployed troops in Yerevan on Tuesday, the defence ministry said.",
                "2020-11-11",
            ),
            *OTHER_NEWS,
        ],
    )
    sent, deployed, food, troops = (a.article_id for a in articles[:4])
    stories = [set(s["article_ids"]) for s in list_stories(store.conn, limit=100)]
    assert {sent, deployed} in stories
    assert {food} in stories and {troops} in stories


def test_stories_two_acts_told_in_one_article_stay_apart(pipeline):
    # the article codes two acceptances of one plan, by two parties on two days: the linker
    # does not undo the article coder's judgment that they are two happenings
    store = Store.memory()
    _ingest(
        pipeline,
        store,
        [
            (
                "Ukraine agreed on Tuesday to a U.S. proposal for a 30-day ceasefire. On "
                "Thursday, Russian President Vladimir Putin welcomed the proposal but said it "
                "raised serious questions.",
                "2025-03-14",
            ),
            *OTHER_NEWS,
        ],
    )
    rows = store.conn.execute(
        "SELECT e.actor_country, se.story_id FROM events e "
        "JOIN story_events se USING (event_id) WHERE e.event_type = 'AGREE'"
    ).fetchall()
    story_of = dict(rows)
    assert {"UKR", "RUS"} <= set(story_of)
    assert story_of["UKR"] != story_of["RUS"]


def test_stories_attacks_on_two_days_with_other_victims_stay_apart(pipeline):
    store = Store.memory()
    _ingest(
        pipeline,
        store,
        [
            (
                "A car bomb killed six soldiers near a military base in Mogadishu on Monday, "
                "the army said.",
                "2024-07-10",
            ),
            (
                "Gunmen shot dead two police officers at a checkpoint in Mogadishu on Tuesday, "
                "officials said.",
                "2024-07-10",
            ),
            *OTHER_NEWS,
        ],
    )
    assert len(_stories_of(store, "ASSAULT")) == 2  # a day apart, but other victims


@pytest.mark.xfail(
    strict=True,
    reason="known limit: same type, city, day, actor and verb; only who was arrested differs, "
    "and the model trained on ECB+ does not weigh the recipient enough (docs/STORE.md)",
)
def test_stories_unrelated_arrests_in_one_city_on_one_day_stay_apart(pipeline):
    store = Store.memory()
    _ingest(
        pipeline,
        store,
        [
            (
                "Police arrested a former bank executive in New York on Tuesday on charges of "
                "insider trading. Prosecutors said he sold shares before a merger was announced.",
                "2022-05-11",
            ),
            (
                "Police arrested a college basketball coach in New York on Tuesday after a fight "
                "outside a bar. The university suspended him pending an inquiry.",
                "2022-05-11",
            ),
        ],
    )
    assert len(_stories_of(store, "COERCE")) == 2


def test_stories_keep_their_ids_as_articles_arrive(pipeline):
    store = Store.memory()
    first = [
        (
            "President Putin dispatched about 3,000 paratroopers to Kazakhstan on Thursday to "
            "help restore order.",
            "2022-01-07",
        ),
        (
            "Workers protested outside the parliament in Bishkek on Monday, demanding higher "
            "wages.",
            "2022-03-08",
        ),
    ]
    _ingest(pipeline, store, first)
    before = {s["story_id"]: set(s["article_ids"]) for s in list_stories(store.conn)}
    later = [
        (
            "Russia deployed roughly 3,000 soldiers to Kazakhstan this week as unrest spread.",
            "2022-01-08",
        )
    ]
    _ingest(pipeline, store, later, url_prefix="https://later{}.example/")
    after = {s["story_id"]: set(s["article_ids"]) for s in list_stories(store.conn)}
    for story_id, members in before.items():
        assert story_id in after and members <= after[story_id]
    grown = [s for s in after if len(after[s]) > len(before.get(s, ()))]
    assert len(grown) == 1  # the new report joined the deployment story


def test_stories_figures_text_counts_sources():
    figures = [
        {"kind": "dead", "value": 164.0, "sources": 2},
        {"kind": "dead", "value": 225.0, "sources": 1},
    ]
    assert figures_text(figures) == "dead: 164 (2 sources), 225 (1 source)"


def _row(article_id, kind, value, modality="asserted", background=False, day=None):
    from datetime import date

    from crisislens.schemas import Event, Quantity, TextSpan

    event = Event(
        event_id=f"e-{article_id}-{value}",
        event_type="ASSAULT",
        modality=modality,
        evidence=TextSpan(text="x", start=0, end=1),
        quantities=[Quantity(kind=kind, value=value, text=str(value), start=0, end=1)],
        confidence=0.9,
    )
    published = date.fromisoformat(day) if day else None
    return (event.event_id, article_id, event.model_dump_json(), published, None, "s", background)


def test_stories_figures_only_from_asserted_foreground_events():
    from crisislens.store.stories import figures_of

    figures = figures_of(
        [
            _row("a1", "dead", 164, day="2022-01-09"),
            _row("a2", "dead", 164, day="2022-01-10"),
            _row("a3", "dead", 225, day="2022-01-15"),
            _row("a4", "dead", 300, modality="possible"),  # "up to 300 may have died"
            _row("a5", "dead", 26, background=True),  # told in passing
        ]
    )
    assert figures_text(figures) == "dead: 164 (2 sources), 225 (1 source)"
    assert figures[0]["first_published"] == "2022-01-09"
    assert figures[0]["last_published"] == "2022-01-10"


def _coded(text: str, day: str, event_id: str, date_text: str, event_type: str = "ASSAULT"):
    """An article and a hand-coded record of it: one event, with its date as the text gives it."""
    from crisislens.schemas import Actor, ArticleRecord, Event, TextSpan

    article = make_article(text, origin=event_id, published=day)
    event = Event(
        event_id=event_id,
        event_type=event_type,
        evidence=TextSpan(text=text, start=0, end=len(text)),
        trigger=TextSpan(text="killed", start=text.index("killed"), end=text.index("killed") + 6),
        recipient=Actor(text="eleven miners", start=0, end=1, name="eleven miners"),
        date=date_text,
        confidence=0.9,
    )
    record = ArticleRecord(article_id=article.article_id, published=day, events=[event])
    return article, record


def test_stories_a_month_dated_report_meets_the_day_dated_one_later():
    # the store first holds a report dated only to the month ("earlier this month"); a report
    # of the same bombing dated to its day (17 days before) arrives next and joins its story
    store = Store.memory()
    store.write(
        [
            _coded(
                "Earlier this month a roadside bomb killed eleven miners.",
                "2025-03-20",
                "m",
                "2025-03",
            )
        ]
    )
    rebuild_stories(store.conn)
    store.write(
        [
            _coded(
                "A roadside bomb killed eleven miners on March 3.", "2025-03-21", "d", "2025-03-03"
            )
        ]
    )
    rebuild_stories(store.conn)
    from crisislens.store.stories import story_of_events

    stories = story_of_events(store.conn)
    assert stories["m"] == stories["d"]


def test_stories_cli_shows_conflicting_tolls_side_by_side(pipeline, tmp_path):
    """Two outlets give two tolls of one attack: `crisislens stories` lists one story with
    both figures and how many sources give each, in its table and in --json."""
    import json

    from click.testing import CliRunner

    from crisislens.cli import main

    path = tmp_path / "events.duckdb"
    store = Store.open(path)
    _ingest(
        pipeline,
        store,
        [
            (
                "Gunmen stormed a police post in the town of Kidal on Tuesday, killing 12 "
                "officers, the regional governor said.",
                "2023-05-10",
            ),
            (
                "An attack on a police post in Kidal on Tuesday killed 15 officers, a security "
                "source told reporters.",
                "2023-05-10",
            ),
            *OTHER_NEWS,
        ],
    )
    store.close()
    runner = CliRunner()
    result = runner.invoke(main, ["stories", "--db", str(path), "--json", "--min-sources", "2"])
    assert result.exit_code == 0, result.output
    [story] = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert story["event_type"] == "ASSAULT"
    assert story["figures"] == "dead: 12 (1 source), 15 (1 source)"
    table = runner.invoke(main, ["stories", "--db", str(path), "--min-sources", "2"])
    assert table.exit_code == 0, table.output
    assert "dead: 12 (1 source), 15 (1 source)" in table.output
