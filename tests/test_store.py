"""The DuckDB store: schema, idempotent writes, queries, stories, exports."""

import pytest

from conftest import ROOT
from crisislens.ingest import make_article
from crisislens.link.events import mention_from_event
from crisislens.schemas import Actor, ArticleRecord, Event, Place, Quantity, TextSpan, Tone
from crisislens.store import Store
from crisislens.store.query import EventFilter, count_events, find_events, stats
from crisislens.store.schema import MIGRATIONS, current_version
from crisislens.store.stories import list_stories, rebuild_stories


def _record(
    article,
    event_type="MOBILIZE",
    troops=3000,
    place=("Almaty", 43.25, 76.91),
    day="2022-01-07",
    actor_country="RUS",
):
    loc = Place(
        text=place[0],
        start=0,
        end=len(place[0]),
        name=place[0],
        geonameid=1526384,
        country="KAZ",
        lat=place[1],
        lon=place[2],
        feature="city",
    )
    event = Event(
        event_id=article.article_id[:8] + "00000001",
        event_type=event_type,
        modality="asserted",
        actor=Actor(
            text="Russia", start=0, end=6, name="Russia", country=actor_country, sector="MIL"
        ),
        location=loc,
        date=day,
        quantities=[Quantity(kind="troops", value=troops, text=str(troops), start=0, end=4)],
        evidence=TextSpan(text=article.text[:20], start=0, end=20),
        confidence=0.9,
    )
    return ArticleRecord(
        article_id=article.article_id,
        published=day,
        events=[event],
        places=[loc],
        tone=Tone(score=-0.2),
    )


def _article(text, day="2022-01-07", url=None):
    return make_article(text, origin="t", published=day).model_copy(update={"url": url})


def test_store_stories_read_stored_events_from_their_kept_views(monkeypatch):
    """A later ingest compares its new events with the stored ones through the views kept when
    these were linked (link_views), not by reading their records again; a view made by other
    code or data (another version) is made again."""
    import crisislens.store.stories as stories

    made = []

    def counting(event, *args, **kw):
        made.append(event.event_id)
        return mention_from_event(event, *args, **kw)

    monkeypatch.setattr(stories, "mention_from_event", counting)
    store = Store.memory()
    a = _article(
        "Russia sent 3000 troops to Almaty on Friday, officials said.", url="https://o.ex/a"
    )
    b = _article("Russian soldiers arrived in Almaty, the alliance said.", url="https://t.ex/b")
    c = _article("More Russian troops landed in Almaty, a minister said.", url="https://r.ex/c")
    store.write([(a, _record(a))])
    rebuild_stories(store.conn)
    assert store.conn.scalar("SELECT count(*) FROM link_views") == 1
    made.clear()
    store.write([(b, _record(b, troops=2500))])
    rebuild_stories(store.conn)
    assert made == [_record(b).events[0].event_id]  # the new event only
    assert store.conn.scalar("SELECT count(*) FROM article_terms") == 2  # each article's words
    monkeypatch.setattr(stories, "view_version", lambda: "another")
    made.clear()
    store.write([(c, _record(c, troops=2800))])
    rebuild_stories(store.conn)
    assert sorted(made) == sorted(_record(x).events[0].event_id for x in (a, b, c))
    [story] = list_stories(store.conn)
    assert story["source_count"] == 3


def test_store_duties_coded_coerce_and_sanction_are_one_story():
    """One round of duties, coded SANCTION (restrict) by one report and COERCE (restrict) by
    another that read only the imposing, is one story; an arrest (COERCE, arrest) the same day
    by the same government, told in much the same words, is not."""

    def coded(article, event_type, mode, recipient):
        event = Event(
            event_id=article.article_id[:8] + "00000009",
            event_type=event_type,
            mode=mode,
            modality="asserted",
            actor=Actor(text="Ottawa", start=0, end=6, name="Canada", country="CAN", sector="GOV"),
            recipient=recipient,
            date="2026-03-02",
            date_source="text",
            evidence=TextSpan(text=article.text, start=0, end=len(article.text)),
            trigger=TextSpan(text="imposed", start=7, end=14),
            confidence=0.9,
        )
        return ArticleRecord(article_id=article.article_id, published="2026-03-03", events=[event])

    steel = Actor(text="Brazilian steel", start=0, end=5, name="Brazilian steel", country="BRA")
    a = _article(
        "Canada imposed a 15 percent duty on Brazilian steel on Monday, the finance ministry "
        "said, citing a flood of cheap steel imports.",
        "2026-03-03",
        "https://a.ex/1",
    )
    b = _article(
        "Canada imposed and then paused a 15 percent duty on Brazilian steel imports on Monday, "
        "the finance ministry said.",
        "2026-03-03",
        "https://b.ex/2",
    )
    c = _article(
        "Canada imposed a travel ban on a Brazilian steel trader on Monday and police detained "
        "him, the finance ministry said.",
        "2026-03-03",
        "https://c.ex/3",
    )
    trader = Actor(text="a trader", start=0, end=8, name="Brazilian trader", country="BRA")
    for other, event_type, mode, recipient, together in (
        (b, "COERCE", "restrict", None, True),
        (c, "COERCE", "arrest", trader, False),
    ):
        store = Store.memory()
        store.write([(a, coded(a, "SANCTION", "restrict", steel))])
        store.write([(other, coded(other, event_type, mode, recipient))])
        rebuild_stories(store.conn)
        stories = [set(s["article_ids"]) for s in list_stories(store.conn)]
        assert ({a.article_id, other.article_id} in stories) == together


def test_store_migrations_are_versioned():
    store = Store.memory()
    assert current_version(store.conn) == MIGRATIONS[-1][0]


def test_store_write_is_idempotent(tmp_path):
    store = Store.open(tmp_path / "db.duckdb")
    article = _article("Russia sent 3000 troops to Almaty on Thursday, officials said.")
    assert store.write([(article, _record(article))]) == 1
    assert store.write([(article, _record(article))]) == 0
    store.close()
    reopened = Store.open(tmp_path / "db.duckdb", read_only=True)
    assert reopened.counts()["articles"] == 1 and reopened.counts()["events"] == 1


def test_store_failed_batch_leaves_nothing(tmp_path):
    import duckdb

    store = Store.open(tmp_path / "db.duckdb")
    first = _article("Troops arrived in Almaty on Friday, the ministry said.")
    store.write([(first, _record(first))])
    good = _article("Police arrested twelve people in Almaty on Friday evening.")
    clash = _article("Crowds gathered in Almaty on Saturday, witnesses said.")
    record = _record(clash)
    record.events[0] = record.events[0].model_copy(
        update={"event_id": _record(first).events[0].event_id}
    )
    with pytest.raises(duckdb.ConstraintException):  # an event id already stored
        store.write([(good, _record(good)), (clash, record)])
    assert store.counts() == {"articles": 1, "events": 1, "stories": 0}  # the batch rolled back
    assert store.write([(good, _record(good))]) == 1  # and the store still works


def test_store_same_event_twice_in_an_article_is_stored_once():
    store = Store.memory()
    article = _article("Police arrested twelve people in Almaty on Friday evening.")
    record = _record(article)
    record.events.append(record.events[0])
    assert store.write([(article, record)]) == 1
    assert store.counts()["events"] == 1


def test_store_filters_are_parameterised():
    store = Store.memory()
    article = _article("Russia sent 3000 troops to Almaty on Thursday, officials said.")
    store.write([(article, _record(article))])
    for hostile in ("'; DROP TABLE events; --", "%", "_", "\\", "' OR 1=1 --"):
        flt = EventFilter(actor=hostile, text=hostile)
        assert count_events(store.conn, flt) == 0
    assert count_events(store.conn, EventFilter(event_types=["MOBILIZE"], country="KAZ")) == 1
    assert count_events(store.conn, EventFilter(bbox=(70, 40, 80, 50))) == 1
    assert count_events(store.conn, EventFilter(bbox=(0, 0, 10, 10))) == 0
    assert store.counts()["events"] == 1


def test_store_stories_merge_reports_and_keep_conflicting_figures():
    store = Store.memory()
    a = _article(
        "Russia sent 3000 troops to Almaty on Thursday, officials said.",
        url="https://one.example/a",
    )
    b = _article(
        "About 2,500 Russian soldiers were deployed in Almaty, the alliance said.",
        day="2022-01-08",
        url="https://two.example/b",
    )
    c = _article("Police in Paris detained protesters on Thursday evening, officials said.")
    store.write(
        [
            (a, _record(a)),
            (b, _record(b, troops=2500, day="2022-01-08")),
            (c, _record(c, event_type="COERCE", place=("Paris", 48.85, 2.35), actor_country="FRA")),
        ]
    )
    assert rebuild_stories(store.conn) == 2
    [story] = [s for s in list_stories(store.conn) if s["event_type"] == "MOBILIZE"]
    assert story["source_count"] == 2 and set(story["article_ids"]) == {a.article_id, b.article_id}
    assert story["corroboration"] == "several sources"
    assert {(q["value"], len(q["article_ids"])) for q in story["quantities"]} == {
        (3000, 1),
        (2500, 1),
    }
    assert story["earliest_published"] == "2022-01-07"


def test_store_stats_by_day_type_country():
    store = Store.memory()
    article = _article("Russia sent 3000 troops to Almaty on Thursday, officials said.")
    store.write([(article, _record(article))])
    result = stats(store.conn, EventFilter())
    assert result["by_type"] == [{"event_type": "MOBILIZE", "count": 1}]
    assert result["by_day"][0]["day"] == "2022-01-07"
    assert find_events(store.conn, EventFilter(), limit=5)[0]["place_name"] == "Almaty"


def test_store_merge_corpus_scores(pipeline):
    from crisislens.evaluation.merge import evaluate

    report = evaluate(pipeline, ROOT / "tests" / "data" / "merge")
    assert report["pairwise_precision"] >= 0.8 and report["pairwise_recall"] >= 0.7


def test_store_timeline_picks_years_for_a_long_span():
    """An article recalling a shooting of 1985 stretches the axis over decades: auto then counts
    per year (months would be bars under a pixel wide)."""
    from crisislens.store.aggregate import timeline

    store = Store.memory()
    old = _article("Gunmen shot two guards at a depot, police said.", day="1985-09-14")
    new = _article("Gunmen shot three guards at a depot, police said.", day="2016-01-25")
    store.write([(old, _record(old, day="1985-09-14")), (new, _record(new, day="2016-01-25"))])
    years = timeline(store.conn, EventFilter())
    assert years["interval"] == "year"
    assert [b["period"] for b in years["buckets"]] == ["1985-01-01", "2016-01-01"]
    months = timeline(store.conn, EventFilter(), "month")
    assert [b["period"] for b in months["buckets"]] == ["1985-09-01", "2016-01-01"]
    short = timeline(store.conn, EventFilter(date_from=new.published), "auto")
    assert short["interval"] == "day" and short["total"] == 1
