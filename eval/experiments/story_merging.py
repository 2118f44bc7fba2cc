"""The store's story linking on its three measures, with the coded records cached between runs.

Coding the articles takes minutes; linking them seconds. While working on the linker, code once
and re-link many times:

    python eval/experiments/story_merging.py                       # the shipped linker
    python eval/experiments/story_merging.py --model some.npz      # another pair model
    python eval/experiments/story_merging.py --errors A            # half A's wrong VOA pairs

Measures: the analyst benchmark's stories across articles (tests/data/voa, report pairs and
every-event pairs, both halves), our merge corpus (tests/data/merge) and ECB+ dev end to end
(crisislens's own events linked as ``ingest`` links them, CoNLL F1 against the gold chains;
--no-ecb skips it). The records are cached in $CRISISLENS_CACHE_DIR/story_merging/ (delete it
after changing how articles are coded). Only half A's errors are printed: keep a change only if
half B does not fall.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from crisislens.evaluation import ecbplus_link, merge, story_merging
from crisislens.evaluation.analyst import _story_article
from crisislens.evaluation.analyst_gold import load_benchmark
from crisislens.evaluation.report import ANALYST_BENCHMARK, MERGE_CORPUS, SETS
from crisislens.link.model import PairModel
from crisislens.link.stories import StoryLinker
from crisislens.schemas import ArticleRecord
from crisislens.settings import Settings

_PIPELINE = []


def records_for(name: str, articles) -> list[ArticleRecord]:
    cache = Settings.from_env().cache_dir / "story_merging" / f"{name}.jsonl"
    if cache.exists():
        return [ArticleRecord.model_validate_json(line) for line in cache.read_text().splitlines()]
    if not _PIPELINE:
        from crisislens.pipeline import Pipeline

        _PIPELINE.append(Pipeline.load())
    records = list(_PIPELINE[0].process(articles))
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("\n".join(r.model_dump_json() for r in records))
    return records


def print_errors(stories, records, which: str, linker=None) -> None:
    from crisislens.store import Store
    from crisislens.store.stories import rebuild_stories, story_of_events

    articles = [_story_article(s) for s in stories]
    store = Store.memory()
    store.write(zip(articles, records))
    rebuild_stories(store.conn, linker)
    story_of = story_of_events(store.conn)
    background = dict(store.conn.execute("SELECT event_id, background FROM link_state").fetchall())
    reports, _ = story_merging.units(stories, records)
    happening = {u.event_id: u.happening for u in reports}
    article_of = {u.event_id: u.article for u in reports}
    events = {e.event_id: e for r in records for e in r.events}
    wrong = defaultdict(list)
    for u, v in combinations(reports, 2):
        if u.article == v.article:
            continue
        if which not in {story_merging.half_of(u.happening), story_merging.half_of(v.happening)}:
            continue
        same_story = u.event_id in story_of and story_of[u.event_id] == story_of.get(v.event_id)
        if same_story and u.happening != v.happening:
            wrong["false merge"].append((u.event_id, v.event_id))
        elif u.happening == v.happening and not same_story:
            wrong["missed"].append((u.event_id, v.event_id))

    def show(e: str) -> str:
        ev = events[e]
        where = ev.location.name if ev.location else None
        return (
            f"{article_of[e]} {ev.event_type} {ev.modality} {ev.date} @{where} "
            f"bg={background.get(e)} story={story_of.get(e, '-')[:6]} "
            f"{(ev.trigger.text if ev.trigger else '')!r}: {ev.evidence.text[:110]!r}"
        )

    for kind, pairs in wrong.items():
        print(f"== {kind}: {len(pairs)} pairs")
        for e1, e2 in pairs[:60]:
            print("  ", show(e1))
            print("    ", show(e2), "|", happening[e1], "/", happening[e2])


def _pr(d: dict) -> str:
    p, r = d["pairwise_precision"], d["pairwise_recall"]
    p = "-" if p is None else f"{p:.2f}"
    r = "-" if r is None else f"{r:.2f}"
    return f"P {p} R {r} ({d.get('linked_pairs', '?')}/{d['gold_pairs']})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, help="a pair model (.npz) to link with")
    parser.add_argument("--threshold", type=float, help="its clustering threshold")
    parser.add_argument("--errors", choices=["A"], help="print this half's wrong VOA pairs")
    parser.add_argument("--no-ecb", action="store_true", help="skip ECB+ dev end to end")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    linker = None
    if args.model or args.threshold:
        model = PairModel.load(args.model, variant="store")
        if args.threshold:
            model.threshold = args.threshold
        linker = StoryLinker(model)
    stories = load_benchmark(ANALYST_BENCHMARK).stories
    articles = [_story_article(s) for s in stories]
    records = records_for("voa", articles)
    if args.errors:
        print_errors(stories, records, args.errors, linker)
        return
    r = story_merging.score(stories, articles, records, linker)
    print(f"VOA reports   all {_pr(r)} | A {_pr(r['halves']['A'])} | B {_pr(r['halves']['B'])}")
    e = {h: r["halves"][h]["events"] for h in "AB"}
    print(f"VOA events    all {_pr(r['events'])} | A {_pr(e['A'])} | B {_pr(e['B'])}")
    print(f"VOA figures side by side {r['figures_side_by_side']} of {r['figure_conflicts']}")
    gold, merge_articles = merge.read_corpus(MERGE_CORPUS)
    m = merge.score(gold, merge_articles, records_for("merge", merge_articles), linker)
    print(f"merge corpus  all {_pr(m)} | A {_pr(m['halves']['A'])} | B {_pr(m['halves']['B'])}")
    if not args.no_ecb:
        docs, ecb_articles = ecbplus_link.end_to_end_articles(args.shared / SETS["ecbplus"])
        ecb = ecbplus_link.score_end_to_end(
            docs, ecb_articles, records_for("ecbplus_dev", ecb_articles), "dev", linker
        )
        halves = ecb.get("halves", {})
        print(
            f"ECB+ dev end to end CoNLL F1 {ecb['conll_f1']:.4f} "
            + " ".join(f"{h} {v['conll_f1']:.3f}" for h, v in halves.items())
        )


if __name__ == "__main__":
    main()
