"""The analyst benchmark's scorer on records built by hand, its gold reader, and the benchmark
data itself (every passage is in its text). The run of the real pipeline is in the accuracy gate."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from crisislens.cli import main
from crisislens.evaluation import analyst
from crisislens.evaluation.analyst_gold import (
    Description,
    GoldEvent,
    GoldPlace,
    NotEvent,
    Story,
    date_span,
    load_benchmark,
    party,
    passage_spans,
)
from crisislens.evaluation.split import half
from crisislens.schemas import Actor, ArticleRecord, Event, Place, Quantity, TextSpan

BENCHMARK = ROOT / "tests" / "data" / "voa"

# our own story: one attack told twice, a threat, a history sentence and an unannotated one
TEXT = (
    "Rebels attacked an army post in Kelora on Monday, killing 4 soldiers. "
    "The attack was the deadliest this year. "
    "The governor threatened to cut off aid to the district. "
    "In 2009 the same group besieged the town for a month. "
    "Farmers say the rains came late."
)
KELORA = GoldPlace("Kelora", "NGA", 10.0, 8.0, "city")


def _span(sentence: str) -> tuple[int, int]:
    start = TEXT.index(sentence)
    return start, start + len(sentence)


def _event(event_type, sentence, trigger, i=0, **fields) -> Event:
    start, end = _span(sentence)
    t = TEXT.index(trigger, start)
    return Event(
        event_id=f"e{i}",
        event_type=event_type,
        evidence=TextSpan(text=sentence, start=start, end=end),
        trigger=TextSpan(text=trigger, start=t, end=t + len(trigger)),
        confidence=fields.pop("confidence", 0.7),
        **fields,
    )


def _actor(country, sector) -> Actor:
    return Actor(text="x", start=0, end=1, name="x", country=country, sector=sector)


def _place(lat, lon, country="NGA", **fields) -> Place:
    return Place(text="x", start=0, end=1, name="x", lat=lat, lon=lon, country=country, **fields)


ATTACK = "Rebels attacked an army post in Kelora on Monday, killing 4 soldiers."
ANAPHOR = "The attack was the deadliest this year."
THREAT = "The governor threatened to cut off aid to the district."
HISTORY = "In 2009 the same group besieged the town for a month."
FARMERS = "Farmers say the rains came late."


@pytest.fixture
def story() -> Story:
    attack = GoldEvent(
        "ASSAULT",
        [_span(ATTACK), _span(ANAPHOR)],
        actor=party("NGA REB"),
        recipient=party("NGA MIL"),
        place=KELORA,
        date=date_span("2024-05-06"),
        figures={"dead": (4, 4)},
    )
    threat = GoldEvent(
        "THREATEN",
        [_span(THREAT)],
        accept=frozenset({"SANCTION"}),
        modality=frozenset({"threatened"}),
        actor=party("NGA GOV"),
        recipient=party("NGA CVL|-"),
        date=date_span("2024-05-07"),
    )
    return Story(
        "s1",
        TEXT,
        None,
        None,
        "2024-05-07",
        [attack, threat],
        [NotEvent(*_span(HISTORY), "history")],
    )


def test_analyst_match_duplicate_and_error_categories(story):
    coded = [
        _event("ASSAULT", ATTACK, "attacked", 0),
        _event("ASSAULT", ANAPHOR, "attack", 1),  # the same happening again
        _event("THREATEN", THREAT, "threatened", 2),
        _event("AID", THREAT, "aid", 3),  # in the threat's sentence, of another quad class
        _event("ASSAULT", HISTORY, "besieged", 4),  # listed as history
        _event("ASSAULT", FARMERS, "came", 5),  # in no annotated passage
    ]
    record = ArticleRecord(article_id="a", events=coded, published="2024-05-07")
    row = analyst.score_story(story, record)
    assert [p["gold"] for p in row["pairs"]] == [0, 1]
    assert [e["category"] for e in row["errors"]] == [
        "duplicate",
        "incompatible type in a gold event's sentence",
        "history",
        "unlisted",
    ]
    summary = analyst.summarise_stories([row])
    assert summary["asserted_events"] == 6
    assert summary["real_event_share"] == pytest.approx(2 / 6)
    assert summary["duplicates"] == 1
    assert summary["recall"] == 1.0


def test_analyst_history_marked_background_is_counted_apart(story):
    """The 2009 siege, coded with its own date and marked background, is neither a real event
    of the report's time nor an error; unmarked, it is a history error."""
    coded = [
        _event("ASSAULT", ATTACK, "attacked", 0),
        _event("ASSAULT", HISTORY, "besieged", 1, date="2009", background=True),
    ]
    row = analyst.score_story(story, ArticleRecord(article_id="a", events=coded))
    summary = analyst.summarise_stories([row])
    assert summary["asserted_events"] == 1 and summary["background_events"] == 1
    assert summary["real_event_share"] == 1.0 and not row["errors"]
    unmarked = [coded[0], coded[1].model_copy(update={"background": False})]
    row = analyst.score_story(story, ArticleRecord(article_id="a", events=unmarked))
    assert [e["category"] for e in row["errors"]] == ["history"]


def test_analyst_matching_needs_overlap_and_a_compatible_type(story):
    far = _event("ASSAULT", FARMERS, "came")  # right type, wrong sentence
    wrong = _event("AGREE", ATTACK, "attacked")  # right sentence, cooperative type
    near = _event("COERCE", ATTACK, "attacked")  # same quad class: the happening, type wrong
    matching = analyst.match_events(story.events, [far, wrong, near])
    assert matching.pairs == {2: 0}
    assert not analyst.pair_fields(story.events[0], near)["type"]


def test_analyst_matching_is_maximal_not_greedy():
    """Two happenings told in one sentence: the first coded event could take either, but both
    gold events are found."""
    both = (0, len(TEXT))
    gold = [
        GoldEvent("ASSAULT", [both], accept=frozenset({"COERCE"})),
        GoldEvent("COERCE", [_span(ATTACK)]),
    ]
    coded = [_event("COERCE", ATTACK, "attacked", 0), _event("ASSAULT", FARMERS, "came", 1)]
    assert analyst.match_events(gold, coded).pairs == {0: 1, 1: 0}


def test_analyst_matching_prefers_the_gold_modality():
    """An attack and a threat of another attack, told across the same two sentences: the
    asserted coded attack takes the asserted gold and the planned one the threat, in either
    text order (a first-come matching hands the planned one the attack)."""
    both = (0, _span(THREAT)[1])
    gold = [
        GoldEvent("ASSAULT", [both]),
        GoldEvent("ASSAULT", [both], modality=frozenset({"threatened"})),
    ]
    asserted = _event("ASSAULT", ATTACK, "attacked", 0)
    planned = _event("ASSAULT", THREAT, "threatened", 1, modality="planned")
    assert analyst.match_events(gold, [asserted, planned]).pairs == {0: 0, 1: 1}
    assert analyst.match_events(gold, [planned, asserted]).pairs == {1: 0, 0: 1}


def test_analyst_matching_takes_asserted_events_first(story):
    """The governor's threat coded twice: the cut-off as a planned act first, then the
    asserted THREATEN. The gold threat goes to the asserted one, which the share of real
    events counts; the plan is the duplicate."""
    planned = _event("SANCTION", THREAT, "cut off", 0, modality="planned")
    asserted = _event("THREATEN", THREAT, "threatened", 1)
    matching = analyst.match_events(story.events, [planned, asserted])
    assert 1 in matching.pairs and matching.duplicates == {0: matching.pairs[1]}


def test_analyst_fields_of_a_matched_pair(story):
    attack, threat = story.events
    good = _event(
        "ASSAULT",
        ATTACK,
        "attacked",
        actor=_actor("NGA", "REB"),
        recipient=_actor("NGA", "MIL"),
        location=_place(10.2, 8.1),  # about 25 km away
        date="2024-05-06",
        quantities=[Quantity(kind="dead", value=4, text="4", start=0, end=1)],
    )
    assert all(analyst.pair_fields(attack, good).values())
    bad = good.model_copy(
        update={
            "location": _place(11.0, 8.0),  # 111 km away
            "date": "2024-05",  # coarser than the gold day
            "actor": None,
            "quantities": [Quantity(kind="injured", value=4, text="4", start=0, end=1)],
        }
    )
    reasons = analyst.field_reasons(attack, bad, "2024-05-07")
    assert reasons == {
        "actor": "none coded",
        "place": "another place in the country",
        "date": "another date",
        "figures": "missing dead, extra injured",
    }
    assert not analyst.pair_fields(attack, bad.model_copy(update={"date": "2024-05-07"}))["date"]
    # a threat is right as THREATEN, or as the threatened act marked not asserted
    assert analyst.modality_right(threat, _event("THREATEN", THREAT, "threatened"))
    assert analyst.modality_right(threat, _event("SANCTION", THREAT, "cut off", modality="planned"))
    assert not analyst.modality_right(threat, _event("SANCTION", THREAT, "cut off"))


def test_analyst_place_precision_and_date_spans():
    province = GoldPlace("Balochistan", "PAK", 28.0, 66.0, "province", geonameid=1183606)
    town = _place(29.5, 67.9, "PAK", admin1_geonameid=1183606)
    assert analyst.place_right(province, town)  # inside the province, far from its centre
    assert not analyst.place_right(province, _place(29.5, 67.9, "PAK", admin1_geonameid=1))
    country = GoldPlace("Niger", "NER", 16.0, 8.0, "country")
    assert analyst.place_right(country, _place(None, None, "NER"))
    week = GoldEvent("PROTEST", [(0, 1)], date=date_span(["2025-03-08", "2025-03-14"]))
    assert analyst.date_right(week, "2025-03-10")
    assert not analyst.date_right(week, "2025-03")
    undated = GoldEvent("PROTEST", [(0, 1)], date=None)
    assert analyst.date_right(undated, None) and not analyst.date_right(undated, "2025-03-10")


def test_analyst_description_takes_the_right_type_first():
    text = "On 2 May 2023, police arrested 12 protesters in Kelora during a march."
    gold = GoldEvent("COERCE", [(0, len(text))], accept=frozenset({"PROTEST"}))
    description = Description("d1", text, gold)

    def coded(event_type, confidence):
        return Event(
            event_id=event_type,
            event_type=event_type,
            evidence=TextSpan(text=text, start=0, end=len(text)),
            confidence=confidence,
        )

    events = [coded("PROTEST", 0.9), coded("COERCE", 0.5), coded("ACCUSE", 0.9)]
    row = analyst.score_description(
        description, ArticleRecord(article_id="a", events=events, published=None)
    )
    assert row["found"] and row["fields"]["type"] and row["asserted"] == 3
    assert analyst.main_event(gold, events).event_type == "COERCE"


def test_analyst_gold_codes_dates_and_passages():
    code = party("PAK MIL|COP; IMG REB")
    assert code.accepts("PAK", "COP") and code.accepts("IMG", "REB")
    assert not code.accepts("IMG", "MIL") and not code.accepts(None, None)
    assert party("SYR -").accepts("SYR", None)
    assert date_span("2025-02").last.day == 28 and date_span("2024").precision == "year"
    assert passage_spans("a b a", "a") == [(0, 1), (4, 5)]
    with pytest.raises(ValueError, match="passage not in its text"):
        passage_spans("abc", "d")
    with pytest.raises(ValueError, match="COUNTRY SECTOR"):
        party("PAK")


def test_analyst_benchmark_reads_whole():
    """The shipped benchmark: 59 stories, 60 descriptions, every passage in its text (the reader
    raises otherwise), and both halves hold stories and descriptions."""
    benchmark = load_benchmark(BENCHMARK)
    assert len(benchmark.stories) == 59 and len(benchmark.descriptions) == 60
    required = [e for s in benchmark.stories for e in s.events if not e.optional]
    assert len(required) > 100
    assert all(e.passages for s in benchmark.stories for e in s.events)
    halves = {half(f"voa:{s.story_id}") for s in benchmark.stories}
    assert halves == {"A", "B"}


def test_analyst_cli_wrong_folder_is_one_line(tmp_path: Path):
    (tmp_path / "stories.jsonl").write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "analyst", "--gold", str(tmp_path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "is not analyst benchmark gold data" in result.output
