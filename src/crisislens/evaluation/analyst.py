"""The analyst benchmark: real news and one-event descriptions, scored as an analyst reads them.

``crisislens eval analyst --gold tests/data/voa`` codes each Voice of America story and each
one-event description of ours (``evaluation/analyst_gold.py`` reads them) and compares the coded
events with our gold events.Each story's publication stamp (UTC) is given to the coder as
its day in Washington, VOA's newsroom (``VOA_TIMEZONE``; ``ingest.check_date``), since that is
the day its "on Monday" counts from.

**Matching.** A coded event *matches* a gold event of its story when (1) one of its evidence
sentences (its own ``evidence``, and each of its ``mentions``' evidence where the record has
them) overlaps one of the gold event's passages, and (2) its type is *compatible*: the gold type
or one of the types the gold accepts, or a type of the same PLOVER quad class (verbal or material,
cooperation or conflict). Each gold event takes at most one coded event: the pairs are the best
matching over the whole story (asserted events first, then the most pairs, then a gold's own
type, a type it accepts, its modality, a trigger inside the passage; :func:`match_events`). A coded event that could match only gold events already taken is a
**duplicate**. An asserted coded event
that matches nothing is an error, put in the first category that fits: a passage listed as *not*
an event (by its kind: history, speculation, naming, ...), a sentence that holds a gold event of
an incompatible type, or a sentence with no gold at all (``unlisted``).

**Fields** of a matched pair: type (the gold type or one it accepts); actor and recipient
(country and sector among the gold's accepted codes; no gold party means none coded); place
(within 50 km for towns and districts, the same province or within 50 km for provinces, the same
country for countries and regions; scored where the gold gives a place); date (the coded day,
month or year lies inside the gold's day, month, year or span; an undated gold event must be
coded undated); modality (asserted is asserted; a threat, plan or demand is right when coded as
its speech act, THREATEN / AGREE / REQUEST, or as the act itself marked planned, hypothetical,
possible or demanded); figures (dead, injured, arrested, displaced, troops and crowd size, each
the largest coded value of its kind, equal to the gold or inside its range; a kind the gold lacks
must not be coded). *Every field right* is all of these.

**Measures.** On the stories: the share of asserted coded events of the report's time that are
real events (matched, not duplicates; an event marked ``background``, history its own words date
two or more years before the report, is left out of it and counted apart), the share that also have every field right, duplicates, and the recall of the
gold events that are not optional (background events may be coded, and are scored when they are,
but are not missed). On matched pairs: each field's accuracy, the place within 50 km where the
text names it, and the exact death toll (no figure counts as 0). On the descriptions: asserted
events per description and the share with three or more, whether the one event was found (the
compatible coded event of the gold's own type first, then of a type it accepts, then the most
confident), and its fields.
Everything is reported over all records and over halves A and B
(``crisislens.evaluation.split.half("voa:<id>")``); the stories' measures also over the first
set alone (``first_set``: the 40 stories the benchmark began with, which the CI floors keep
reading so that they stay comparable as stories are added; gold ``set: 2`` marks the others).
``crisislens eval analyst`` also stores and links the coded stories as ``ingest`` does and
scores them as stories across articles, all of them and the first set's
(:mod:`crisislens.evaluation.story_merging`; its halves are by happening).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from crisislens.errors import InputError
from crisislens.evaluation.analyst_gold import (
    FIGURE_KINDS,
    POINT_PRECISIONS,
    Benchmark,
    Description,
    GoldEvent,
    GoldPlace,
    Party,
    Story,
    date_span,
    load_benchmark,
)
from crisislens.evaluation.split import HALVES, half
from crisislens.geo.scoring import haversine_km
from crisislens.ingest import make_article
from crisislens.schemas import Actor, Article, ArticleRecord, Event, Place

PLACE_KM = 50.0
# VOA stamps its stories in UTC from Washington: a story stamped 03:10Z was written on the
# evening before, and its "on Monday" counts from that day (ingest.check_date)
VOA_TIMEZONE = "America/New_York"
# PLOVER's quad classes: a coded event of the same class as the gold can still be the same
# happening misread (a threat coded as a demand), so it matches, with its type wrong
QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), "verbal cooperation"),
    **dict.fromkeys(("CONCEDE", "COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict"),
}
# a threat, plan or demand coded as its own speech act
SPEECH_ACT = {"threatened": "THREATEN", "planned": "AGREE", "demanded": "REQUEST"}
NOT_ASSERTED = {"planned", "hypothetical", "possible"}
FIELDS = ("type", "actor", "recipient", "place", "date", "modality", "figures")


def _overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    b = list(b)
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def event_spans(event: Event) -> list[tuple[int, int]]:
    """The sentences a coded event rests on: its evidence and its mentions' evidence."""
    mentions = getattr(event, "mentions", None) or []
    return [(event.evidence.start, event.evidence.end)] + [
        (m.evidence.start, m.evidence.end) for m in mentions
    ]


def compatible(gold: GoldEvent, event_type: str) -> bool:
    return gold.type_right(event_type) or QUAD_CLASS[event_type] == QUAD_CLASS[gold.event_type]


def _preference(gold: GoldEvent, event: Event) -> tuple[bool, bool, bool, bool, int]:
    """How well a coded event fits a gold event it may match: the lower, the better."""
    trigger = [(event.trigger.start, event.trigger.end)] if event.trigger else []
    return (
        event.event_type != gold.event_type,
        not gold.type_right(event.event_type),
        not modality_right(gold, event),
        not _overlap(trigger, gold.passages),
        min(s for s, _ in gold.passages),
    )


@dataclass
class Matching:
    """Coded event index -> gold event index, for matches and for duplicates."""

    pairs: dict[int, int] = field(default_factory=dict)
    duplicates: dict[int, int] = field(default_factory=dict)


def _options(gold: list[GoldEvent], event: Event) -> list[int]:
    """The gold events a coded event may match, the likeliest first."""
    spans = event_spans(event)
    found = [
        g
        for g, candidate in enumerate(gold)
        if compatible(candidate, event.event_type) and _overlap(spans, candidate.passages)
    ]
    return sorted(found, key=lambda g: _preference(gold[g], event))


def _tiers(gold: GoldEvent, event: Event) -> tuple[int, ...]:
    """A pair's worth, most important first (see :func:`match_events`)."""
    exact, typed, modality, trigger, _ = _preference(gold, event)
    own = _overlap([(event.evidence.start, event.evidence.end)], gold.passages)
    return (
        int(current(event)),
        1,
        int(not exact),
        int(not typed),
        int(not modality),
        int(not trigger),
        int(own),
    )


def match_events(gold: list[GoldEvent], coded: list[Event]) -> Matching:
    """The best matching of coded to gold events (see the module docstring).

    Over the whole story, lexicographically: the most asserted coded events matched (the share
    of real events is over them, so a plan coded beside the asserted act must not take its gold
    event), then the most pairs, then the most pairs of the gold's own type, of a type it
    accepts, of its modality, with the trigger inside the passage, and with the coded event's
    own sentence (not only a mention's) in it. Each tier's weight exceeds the most all lower
    tiers can sum to, so one maximum-weight assignment finds that order exactly.
    """
    options = [_options(gold, e) for e in coded]
    matching = Matching()
    if gold and any(options):
        base = min(len(gold), len(coded)) + 1
        tiers = len(_tiers(gold[0], coded[0]))
        if base**tiers >= 2**52:  # float64 exactness; stories are far smaller
            raise ValueError(f"too many events to match exactly: {len(coded)} x {len(gold)}")
        weight = np.zeros((len(coded), len(gold)))
        for c, gs in enumerate(options):
            for g in gs:
                weight[c, g] = sum(
                    t * base ** (tiers - 1 - i) for i, t in enumerate(_tiers(gold[g], coded[c]))
                )
        rows, cols = linear_sum_assignment(weight, maximize=True)
        matching.pairs = {int(c): int(g) for c, g in zip(rows, cols) if weight[c, g] > 0}
    for c, gs in enumerate(options):
        if c not in matching.pairs and gs:
            matching.duplicates[c] = gs[0]
    return matching


def party_right(gold: Party | None, coded: Actor | None) -> bool:
    if gold is None or coded is None:
        return gold is None and coded is None
    return gold.accepts(coded.country, coded.sector)


def place_right(gold: GoldPlace, coded: Place | None) -> bool:
    """Is the coded location the gold place, at the gold's precision?"""
    if coded is None:
        return False
    if gold.precision in ("country", "region"):
        return coded.country == gold.country
    if coded.lat is None or coded.lon is None:
        return False
    near = haversine_km(gold.lat, gold.lon, coded.lat, coded.lon) <= PLACE_KM
    if gold.precision in POINT_PRECISIONS:
        return near
    inside = gold.geonameid is not None and gold.geonameid in (
        coded.geonameid,
        getattr(coded, "admin1_geonameid", None),
    )
    return near or inside


def date_right(gold: GoldEvent, coded: str | None) -> bool:
    """The coded date lies inside the gold date; an undated gold event is coded undated."""
    if gold.date is None or coded is None:
        return gold.date is None and coded is None
    try:
        span = date_span(coded)
    except ValueError:
        return False
    return span is not None and gold.date.first <= span.first and span.last <= gold.date.last


def modality_right(gold: GoldEvent, coded: Event) -> bool:
    for modality in gold.modality:
        if modality == "asserted" and coded.modality == "asserted":
            return True
        speech_act = SPEECH_ACT.get(modality)
        if speech_act and coded.event_type == speech_act and coded.modality == "asserted":
            return True
        if modality == "demanded" and coded.modality == "demanded":
            return True
        if modality in ("threatened", "planned") and coded.modality in NOT_ASSERTED:
            return True
    return False


def coded_figures(event: Event | None) -> dict[str, int]:
    figures: dict[str, int] = {}
    for quantity in event.quantities if event else []:
        if quantity.kind in FIGURE_KINDS:
            figures[quantity.kind] = max(figures.get(quantity.kind, 0), int(quantity.value))
    return figures


def figure_right(gold: tuple[int, int] | None, coded: int | None) -> bool:
    low, high = gold or (0, 0)
    return low <= (coded or 0) <= high


def figure_errors(gold: GoldEvent, event: Event | None) -> list[str]:
    """Each figure kind that is wrong: ``missing dead``, ``extra injured``, ``wrong arrested``."""
    coded = coded_figures(event)
    errors = []
    for kind in FIGURE_KINDS:
        if figure_right(gold.figures.get(kind), coded.get(kind)):
            continue
        state = (
            "missing" if not coded.get(kind) else "extra" if kind not in gold.figures else "wrong"
        )
        errors.append(f"{state} {kind}")
    return errors


def pair_fields(gold: GoldEvent, event: Event) -> dict[str, bool]:
    """Which fields of a matched pair are right (``place`` is True where the gold gives none)."""
    return {
        "type": gold.type_right(event.event_type),
        "actor": party_right(gold.actor, event.actor),
        "recipient": party_right(gold.recipient, event.recipient),
        "place": gold.place is None or place_right(gold.place, event.location),
        "date": date_right(gold, event.date),
        "modality": modality_right(gold, event),
        "figures": not figure_errors(gold, event),
    }


def _place_reason(gold: GoldPlace, coded: Place | None) -> str:
    if coded is None:
        return "no place"
    if getattr(coded, "mention", "name") == "article":
        return "the article's place, given for want of the event's own"
    if coded.lat is None:
        return "place not resolved"
    if coded.country != gold.country:
        return "place in another country"
    return "another place in the country"


def _date_reason(gold: GoldEvent, coded: str | None, published: str | None) -> str:
    if coded is None:
        return "undated"
    if gold.date is None:
        return "dated, but the text gives no date"
    if published and coded == published:
        return "the publication date"
    return "another date"


def _party_reason(gold: Party | None, coded: Actor | None) -> str:
    if coded is None:
        return "none coded"
    if gold is None:
        return "coded where the gold has none"
    if any(c is None or coded.country in c for c, _ in gold.options):
        return "wrong sector"
    return "wrong country"


def field_reasons(gold: GoldEvent, event: Event, published: str | None) -> dict[str, str]:
    """Why each wrong field of a matched pair is wrong, in a few words."""
    right = pair_fields(gold, event)
    reasons = {
        "type": f"{gold.event_type} coded {event.event_type}",
        "actor": _party_reason(gold.actor, event.actor),
        "recipient": _party_reason(gold.recipient, event.recipient),
        "place": _place_reason(gold.place, event.location) if gold.place else "",
        "date": _date_reason(gold, event.date, published),
        "modality": f"{'/'.join(sorted(gold.modality))} coded {event.modality}",
        "figures": ", ".join(figure_errors(gold, event)),
    }
    return {name: reasons[name] for name in FIELDS if not right[name]}


def current(event: Event) -> bool:
    """An asserted event of the report's time: not history the article recalls from two or
    more years before (``Event.background``), which is kept, dated in its own past, but
    counted neither as a real event nor as an error."""
    return event.modality == "asserted" and not event.background


def _inside(span: tuple[int, int], passage: tuple[int, int]) -> bool:
    return passage[0] <= span[0] and span[1] <= passage[1]


def error_category(story: Story, event: Event) -> str:
    """Why an asserted coded event that matches no gold event is not one (module docstring)."""
    trigger = (event.trigger.start, event.trigger.end) if event.trigger else None
    for not_event in story.not_events:
        if trigger and _inside(trigger, (not_event.start, not_event.end)):
            return not_event.kind
    spans = event_spans(event)
    if any(_overlap(spans, gold.passages) for gold in story.events):
        return "incompatible type in a gold event's sentence"
    for not_event in story.not_events:
        if _overlap(spans, [(not_event.start, not_event.end)]):
            return not_event.kind
    return "unlisted"


def score_story(story: Story, record: ArticleRecord) -> dict:
    """One story's counts, its matched pairs' fields and its errors."""
    events = record.events
    matching = match_events(story.events, events)
    pairs = []
    for c, g in sorted(matching.pairs.items()):
        gold, event = story.events[g], events[c]
        fields_right = pair_fields(gold, event)
        pairs.append(
            {
                "gold": g,
                "optional": gold.optional,
                "asserted": current(event),
                "type": event.event_type,
                "fields": fields_right,
                "all_fields": all(fields_right.values()),
                "place_named": gold.place is not None and gold.place.named,
                "dead_exact": figure_right(
                    gold.figures.get("dead"), coded_figures(event).get("dead")
                ),
                "gold_dead": gold.figures.get("dead", (0, 0))[0],
                "reasons": field_reasons(gold, event, record.published),
                "evidence": event.evidence.text[:160],
            }
        )
    errors = [
        {
            "category": "duplicate" if c in matching.duplicates else error_category(story, e),
            "type": e.event_type,
            "trigger": e.trigger.text if e.trigger else None,
            "evidence": e.evidence.text[:160],
        }
        for c, e in enumerate(events)
        if c not in matching.pairs and current(e)
    ]
    matched_gold = {p["gold"] for p in pairs}
    return {
        "id": story.story_id,
        "half": half(f"voa:{story.story_id}"),
        "set": story.set,
        "coded": len(events),
        "asserted": sum(current(e) for e in events),
        "background": sum(e.modality == "asserted" and e.background for e in events),
        "pairs": pairs,
        "errors": errors,
        "gold_required": sum(not g.optional for g in story.events),
        "gold_found": sum(not story.events[g].optional for g in matched_gold),
        "missed": [
            {"type": g.event_type, "passage": story.text[slice(*g.passages[0])][:160]}
            for i, g in enumerate(story.events)
            if not g.optional and i not in matched_gold
        ],
    }


def main_event(gold: GoldEvent, events: list[Event]) -> Event | None:
    """A description's coded event for its one gold event: a compatible event, the gold's own
    type first, then a type it accepts, then the most confident, then the earliest."""
    candidates = [(i, e) for i, e in enumerate(events) if compatible(gold, e.event_type)]
    if not candidates:
        return None

    def rank(candidate: tuple[int, Event]) -> tuple[bool, bool, float, int]:
        i, event = candidate
        exact = event.event_type == gold.event_type
        return (exact, gold.type_right(event.event_type), event.confidence, -i)

    return max(candidates, key=rank)[1]


def score_description(description: Description, record: ArticleRecord) -> dict:
    gold, events = description.event, record.events
    event = main_event(gold, events)
    fields_right = pair_fields(gold, event) if event else dict.fromkeys(FIELDS, False)
    return {
        "id": description.description_id,
        "half": half(f"voa:{description.description_id}"),
        "asserted": sum(current(e) for e in events),
        "found": event is not None,
        "fields": fields_right,
        "all_fields": event is not None and all(fields_right.values()),
        "dead_exact": figure_right(gold.figures.get("dead"), coded_figures(event).get("dead")),
        "gold_dead": gold.figures.get("dead", (0, 0))[0],
        "reasons": field_reasons(gold, event, record.published) if event else {"found": "no event"},
    }


def _share(hits: int, total: int) -> float | None:
    return hits / total if total else None


def _field_shares(pairs: list[dict]) -> dict:
    shares = {
        f"{name}_right": _share(sum(p["fields"][name] for p in pairs), len(pairs))
        for name in FIELDS
    }
    named = [p for p in pairs if p["place_named"]]
    died = [p for p in pairs if p["gold_dead"] > 0]
    return {
        **shares,
        "place_50km": _share(sum(p["fields"]["place"] for p in named), len(named)),
        "place_named_n": len(named),
        "dead_exact": _share(sum(p["dead_exact"] for p in pairs), len(pairs)),
        "dead_exact_where_deaths": _share(sum(p["dead_exact"] for p in died), len(died)),
        "deaths_n": len(died),
        "all_fields_right": _share(sum(p["all_fields"] for p in pairs), len(pairs)),
    }


def summarise_stories(rows: list[dict]) -> dict:
    asserted = sum(r["asserted"] for r in rows)
    pairs = [p for r in rows for p in r["pairs"]]
    real = [p for p in pairs if p["asserted"]]
    errors = Counter(e["category"] for r in rows for e in r["errors"])
    required = sum(r["gold_required"] for r in rows)
    return {
        "n": len(rows),
        "coded_events": sum(r["coded"] for r in rows),
        "asserted_events": asserted,
        "background_events": sum(r["background"] for r in rows),
        "real_event_share": _share(len(real), asserted),
        "all_fields_share": _share(sum(p["all_fields"] for p in real), asserted),
        "duplicates": errors["duplicate"],
        "duplicate_share": _share(errors["duplicate"], asserted),
        "gold_events": required,
        "recall": _share(sum(r["gold_found"] for r in rows), required),
        "matched": len(pairs),
        **_field_shares(pairs),
        "errors": dict(errors.most_common()),
    }


def summarise_descriptions(rows: list[dict]) -> dict:
    found = [r for r in rows if r["found"]]
    return {
        "n": len(rows),
        "asserted_per_description": _share(sum(r["asserted"] for r in rows), len(rows)),
        "three_or_more_share": _share(sum(r["asserted"] >= 3 for r in rows), len(rows)),
        "found": _share(len(found), len(rows)),
        **{
            f"{name}_right": _share(sum(r["fields"][name] for r in rows), len(rows))
            for name in FIELDS
        },
        "place_50km": _share(sum(r["fields"]["place"] for r in rows), len(rows)),
        "dead_exact": _share(sum(r["dead_exact"] for r in rows), len(rows)),
        "dead_zero_baseline": _share(sum(r["gold_dead"] == 0 for r in rows), len(rows)),
        "all_fields_right": _share(sum(r["all_fields"] for r in rows), len(rows)),
    }


def error_analysis(story_rows: list[dict], description_rows: list[dict]) -> dict:
    """What goes wrong, by category with counts: why coded events are not real events, which
    fields of the real ones are wrong and why, and which triggers the unlisted ones carry."""
    errors = [e for r in story_rows for e in r["errors"]]
    pairs = [p for r in story_rows for p in r["pairs"]]
    fields = Counter(f"{name}: {why}" for p in pairs for name, why in p["reasons"].items())
    described = Counter(f"{n}: {w}" for r in description_rows for n, w in r["reasons"].items())
    unlisted = Counter((e["trigger"] or "").lower() for e in errors if e["category"] == "unlisted")
    return {
        "not_real_events": dict(Counter(e["category"] for e in errors).most_common()),
        "not_real_by_type": dict(Counter(e["type"] for e in errors).most_common()),
        "story_field_errors": dict(fields.most_common()),
        "description_field_errors": dict(described.most_common()),
        "unlisted_triggers": dict(unlisted.most_common(25)),
        "missed_gold": dict(
            Counter(m["type"] for r in story_rows for m in r["missed"]).most_common()
        ),
    }


def _story_article(story: Story) -> Article:
    return make_article(
        story.text,
        origin=f"voa:{story.story_id}",
        source_id=story.story_id,
        title=story.title,
        url=story.url,
        published=story.published,
        timezone=VOA_TIMEZONE,
    )


def _description_article(description: Description) -> Article:
    return make_article(
        description.text,
        origin=f"voa:{description.description_id}",
        source_id=description.description_id,
    )


def _code(pipeline, items: list, to_article) -> tuple[list, list[ArticleRecord], list[dict]]:
    """The items the pipeline could read, their records, and those skipped with the reason."""
    kept, articles, skipped = [], [], []
    for item in items:
        try:
            articles.append(to_article(item))
            kept.append(item)
        except InputError as err:  # an unusable text is counted, not fatal
            skipped.append({"origin": f"voa:{to_article.__name__}", "reason": str(err)})
    return kept, list(pipeline.process(articles)), skipped


def _report(story_rows: list[dict], description_rows: list[dict]) -> dict:
    return {
        "n": len(story_rows) + len(description_rows),
        "stories": summarise_stories(story_rows),
        "descriptions": summarise_descriptions(description_rows),
    }


def evaluate(
    pipeline,
    folder: Path,
    limit: int | None = None,
    half_only: str | None = None,
    linked: Callable[[list[Story], list[Article], list[ArticleRecord]], dict] | None = None,
) -> dict:
    """Score the pipeline on a benchmark folder; ``half_only`` ("A" or "B") codes one half.
    ``linked`` (:func:`crisislens.evaluation.story_merging.score`) also scores the stories the
    coded articles form, as ``story_merging``."""
    benchmark: Benchmark = load_benchmark(folder)
    stories, descriptions = benchmark.stories[:limit], benchmark.descriptions[:limit]
    if half_only:
        stories = [s for s in stories if half(f"voa:{s.story_id}") == half_only]
        descriptions = [d for d in descriptions if half(f"voa:{d.description_id}") == half_only]
    stories, story_records, skipped = _code(pipeline, stories, _story_article)
    descriptions, description_records, skipped_d = _code(
        pipeline, descriptions, _description_article
    )
    story_rows = [score_story(s, r) for s, r in zip(stories, story_records)]
    description_rows = [score_description(d, r) for d, r in zip(descriptions, description_records)]
    first = [r for r in story_rows if r["set"] == 1]
    report = {
        "dataset": folder.name,
        "skipped": skipped + skipped_d,
        **_report(story_rows, description_rows),
        "first_set": {"stories": summarise_stories(first)},
        "halves": {
            h: {
                **_report(
                    [r for r in story_rows if r["half"] == h],
                    [r for r in description_rows if r["half"] == h],
                ),
                "first_set": {"stories": summarise_stories([r for r in first if r["half"] == h])},
            }
            for h in HALVES
        },
        "errors_half_A": error_analysis(
            [r for r in story_rows if r["half"] == "A"],
            [r for r in description_rows if r["half"] == "A"],
        ),
        "rows": {"stories": story_rows, "descriptions": description_rows},
    }
    if linked is not None:
        articles = [_story_article(s) for s in stories]
        report["story_merging"] = linked(stories, articles, story_records)
        ones = [i for i, s in enumerate(stories) if s.set == 1]
        report["first_set"]["story_merging"] = linked(
            [stories[i] for i in ones],
            [articles[i] for i in ones],
            [story_records[i] for i in ones],
        )
    return report
