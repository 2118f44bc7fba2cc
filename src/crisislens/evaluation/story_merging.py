"""Stories across articles, measured on real news: the analyst benchmark's multi-outlet coverage.

Several Voice of America stories of the analyst benchmark (``tests/data/voa``) tell of one
happening: five of the train attack in Balochistan, two of the Beledweyne hotel siege, two of
the same tariffs. Their gold events share a ``happening`` key (``ANNOTATION.md``); a gold event
without one is a happening of its own. The coded stories are stored and linked as ``ingest``
links them (:func:`crisislens.store.stories.rebuild_stories`), and each coded event is matched
to its story's gold events as the analyst benchmark matches them
(:func:`crisislens.evaluation.analyst.match_events`; a duplicate takes the gold event it
duplicates).

**Pairs of reports.** A *report* is a gold event of one story together with the coded event
matched to it. Over pairs of reports *from different articles*: precision is the share of pairs
put in one story that tell of one happening, recall the share of pairs that tell of one
happening and were put in one story (a coded event the linker leaves out, such as a demanded
one, is in no story). The same over **every coded event** (``events``: duplicates too, with the
gold event they duplicate) is the measure of issue #13's first trial; ``pairs_with_non_events``
counts the pairs in one story where an event matches no gold event (a non-event joined to a
story). ``happenings`` scores the same coded events with each article's events of one happening
taken as one (:func:`happening_groups`): that is the measure the floors hold, because over
``events`` a duplicate linked right counts as extra right pairs, so merging a duplicate into
its event lowers both precision and recall although the stories are no worse.

**Figures side by side.** For each happening whose reports give different gold figures of one
kind (16, 31, 58 and 64 dead as the train attack's toll rose), whether the story holding most of
its events lists two or more values of that kind ("dead: 58 (2 sources), 31 (1 source)").

**Halves** are by happening (a story in the real-world sense): a happening falls in
``half("voa:<key>")``, its gold key (``pak-train-attack``, or ``<story id>#<index>`` for a gold
event told in one story only), and a pair counts in each half one of its happenings falls in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from crisislens.evaluation.analyst import match_events
from crisislens.evaluation.analyst_gold import Story
from crisislens.evaluation.split import HALVES, half
from crisislens.schemas import Article, ArticleRecord


def _happening(story: Story, index: int) -> str:
    gold = story.events[index]
    return gold.happening or f"{story.story_id}#{index}"


@dataclass(frozen=True)
class Unit:
    """One coded event of one article, with the happening of the gold event it matches (None
    where it matches none)."""

    event_id: str
    article: str
    happening: str | None


def units(stories: Sequence[Story], records: Sequence[ArticleRecord]) -> tuple[list, list]:
    """(reports, events): each gold event's matched coded event (one per report of a
    happening), and every coded event with the gold event it matches or duplicates."""
    reports, events = [], []
    for story, record in zip(stories, records):
        matching = match_events(story.events, record.events)
        found = {**matching.duplicates, **matching.pairs}
        for c, event in enumerate(record.events):
            g = found.get(c)
            unit = Unit(
                event.event_id, story.story_id, _happening(story, g) if g is not None else None
            )
            events.append(unit)
            if c in matching.pairs:
                reports.append(unit)
    return reports, events


def half_of(happening: str) -> str:
    """A happening's half: ``half("voa:<key>")``, its key as the gold names it."""
    return half(f"voa:{happening}")


@dataclass(frozen=True)
class Group:
    """Coded events scored as one: their article, their happening (None where they match no
    gold event) and every story any of them was put in."""

    article: str
    happening: str | None
    stories: frozenset[str]


def happening_groups(events: Sequence[Unit], story_of: dict[str, str]) -> list[Group]:
    """Each article's coded events of one happening as one group; an event that matches no
    gold event is a group of its own.

    A report told twice in one article (an attack and, as its duplicate, the hostage-taking
    in it) is one report of the happening: counted event by event, merging the duplicate into
    the attack would remove pairs that were right, and splitting it would add easy ones. Two
    groups are in one story where any of their events share one."""
    stories: dict[tuple[str, str], set[str]] = defaultdict(set)
    groups = []
    for u in events:
        linked = {story_of[u.event_id]} if u.event_id in story_of else set()
        if u.happening is None:
            groups.append(Group(u.article, None, frozenset(linked)))
        else:
            stories[(u.article, u.happening)].update(linked)
    groups += [Group(a, h, frozenset(s)) for (a, h), s in stories.items()]
    return groups


def pair_counts(chosen: Sequence[Unit], story_of: dict[str, str], which: str | None = None) -> dict:
    """Pairwise precision and recall over pairs of ``chosen`` from different articles; with
    ``which``, only the pairs that hold a happening of that half."""
    one_each = [
        Group(
            u.article,
            u.happening,
            frozenset([story_of[u.event_id]]) if u.event_id in story_of else frozenset(),
        )
        for u in chosen
    ]
    return group_pair_counts(one_each, which)


def group_pair_counts(chosen: Sequence[Group], which: str | None = None) -> dict:
    """:func:`pair_counts` over groups: a pair is in one story where the groups share one."""
    tp = fp = fn = fp_non_event = 0
    for u, v in combinations(chosen, 2):
        if u.article == v.article:
            continue
        if which and which not in {half_of(h) for h in (u.happening, v.happening) if h}:
            continue
        same_story = bool(u.stories & v.stories)
        if u.happening is None or v.happening is None:
            fp_non_event += same_story
            continue
        same = u.happening == v.happening
        tp += same and same_story
        fp += same_story and not same
        fn += same and not same_story
    return {
        "gold_pairs": tp + fn,
        "linked_pairs": tp + fp,
        "pairwise_precision": tp / (tp + fp) if tp + fp else None,
        "pairwise_recall": tp / (tp + fn) if tp + fn else None,
        "pairs_with_non_events": fp_non_event,
    }


def _figure_conflicts(
    stories: Sequence[Story],
    records: Sequence[ArticleRecord],
    happening_of: dict[str, str | None],
    story_of: dict[str, str],
    figures: dict[str, list[dict]],
) -> list[dict]:
    """Each happening told with different gold figures of one kind, and whether the story that
    holds most of its events shows two or more values of that kind side by side (``figures``:
    each story's figures, as ``stories`` lists them)."""
    told: dict[str, dict[str, dict[str, tuple[int, int]]]] = defaultdict(dict)
    for story in stories:
        for g in story.events:
            if g.happening:
                for kind, value in g.figures.items():
                    told[g.happening].setdefault(kind, {})[story.story_id] = value
    members: dict[str, list] = defaultdict(list)
    for record in records:
        for event in record.events:
            happening = happening_of[event.event_id]
            if happening in told and event.event_id in story_of:
                members[happening].append(event)
    out = []
    for happening, kinds in sorted(told.items()):
        counts = Counter(story_of[e.event_id] for e in members[happening])
        main = counts.most_common(1)[0][0] if counts else None
        for kind, values in sorted(kinds.items()):
            if len(set(values.values())) < 2:
                continue
            shown = sorted(
                {int(q["value"]) for q in figures.get(main or "", []) if q["kind"] == kind}
            )
            out.append(
                {
                    "happening": happening,
                    "kind": kind,
                    "gold": {s: list(v) for s, v in sorted(values.items())},
                    "story_values": shown,
                    "side_by_side": len(shown) >= 2,
                }
            )
    return out


def score(
    stories: Sequence[Story],
    articles: Sequence[Article],
    records: Sequence[ArticleRecord],
    linker=None,
) -> dict:
    """Store and link the coded stories as ``ingest`` does, and score the stories formed."""
    from crisislens.store import Store
    from crisislens.store.stories import list_stories, rebuild_stories, story_of_events

    store = Store.memory()
    try:
        store.write(zip(articles, records))
        rebuild_stories(store.conn, linker)
        story_of = story_of_events(store.conn)
        listed = list_stories(store.conn, limit=100_000)
    finally:
        store.close()
    reports, events = units(stories, records)
    happening = {u.event_id: u.happening for u in events}
    figures = {s["story_id"]: s["quantities"] for s in listed}
    conflicts = _figure_conflicts(stories, records, happening, story_of, figures)

    def summary(which: str | None) -> dict:
        picked = [c for c in conflicts if which is None or half_of(c["happening"]) == which]
        return {
            **pair_counts(reports, story_of, which),
            "events": pair_counts(events, story_of, which),
            "happenings": group_pair_counts(happening_groups(events, story_of), which),
            "figure_conflicts": len(picked),
            "figures_side_by_side": sum(c["side_by_side"] for c in picked),
        }

    return {
        "stories": len(records),
        "happenings_in_several_stories": len(
            {g.happening for s in stories for g in s.events if g.happening}
        ),
        **summary(None),
        "halves": {h: summary(h) for h in HALVES},
        "conflicts": conflicts,
        "multi_source_stories": [
            {
                "story_id": s["story_id"],
                "event_type": s["event_type"],
                "articles": [_source(articles, a) for a in s["article_ids"]],
                "figures": s["figures"],
            }
            for s in listed
            if s["source_count"] >= 2
        ],
    }


def _source(articles: Sequence[Article], article_id: str) -> str | None:
    return next((a.source_id for a in articles if a.article_id == article_id), None)
