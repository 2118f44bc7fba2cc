"""Every user error is one clear line and a non-zero exit, never a traceback: a walk over every
command with a bad option, then the bad arguments users actually type. In process, with no
pipeline loaded (an error must come before the ten seconds of loading), so this is fast."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from crisislens.cli import main
from crisislens.store import Store


def _commands(group: click.Group = main, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


ALL_COMMANDS = [path for path, _ in _commands()]


def _one_clear_line(result) -> str:
    output = result.output
    assert result.exit_code != 0, output
    assert "Traceback" not in output, output
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), repr(result.exception)
    errors = [line for line in output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1, output
    return errors[0]


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=" ".join)
def test_cli_every_command_refuses_an_unknown_option(path):
    result = CliRunner().invoke(main, [*path, "--no-such-option"])
    assert result.exit_code == 2
    assert "No such option '--no-such-option'" in _one_clear_line(result)


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=" ".join)
def test_cli_every_command_has_help_with_examples(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`crisislens {' '.join(path)} --help` shows no example"


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    db = root / "events.duckdb"
    Store.open(db).close()
    (root / "notadb.duckdb").write_text("not a database", encoding="utf-8")
    (root / "junk.txt").write_text("this is no gold file\n", encoding="utf-8")
    (root / "article.txt").write_text("Police arrested 12 protesters.", encoding="utf-8")
    (root / "feed.xml").write_text("<rss><channel></channel></rss>", encoding="utf-8")
    return root


BAD = {
    "serve, no database": (["serve", "--db", "{root}/missing.duckdb"], "no database at"),
    "serve, not a database": (["serve", "--db", "{root}/notadb.duckdb"], "not a valid DuckDB"),
    "ingest, bad --published": (
        ["ingest", "{root}/article.txt", "--published", "2022-13-45", "--db", "{root}/x.duckdb"],
        "not a real date",
    ),
    "extract, bad --published": (
        ["extract", "{root}/article.txt", "--published", "yesterday"],
        "is not YYYY-MM-DD",
    ),
    "extract, unknown --timezone": (
        ["extract", "{root}/article.txt", "--timezone", "Mars/Olympus_Mons"],
        "unknown time zone 'Mars/Olympus_Mons'",
    ),
    "ingest, unknown --timezone": (
        ["ingest", "{root}/article.txt", "--timezone", "EST+5", "--db", "{root}/x.duckdb"],
        "give an IANA name",
    ),
    "extract, -o into a missing folder": (
        ["extract", "{root}/article.txt", "-o", "{root}/nowhere/out.jsonl"],
        "does not exist",
    ),
    "extract, --summary-json into a missing folder": (
        ["extract", "{root}/article.txt", "--summary-json", "{root}/nowhere/s.json"],
        "does not exist",
    ),
    "export, -o into a missing folder": (
        ["export", "--db", "{root}/events.duckdb", "--format", "csv", "-o", "{root}/no/x.csv"],
        "does not exist",
    ),
    "export, unknown format": (
        ["export", "--db", "{root}/events.duckdb", "--format", "shapefile", "-o", "x"],
        "'shapefile' is not one of",
    ),
    "query, half a bbox": (["query", "--db", "{root}/events.duckdb", "--bbox", "1,2"], "--bbox"),
    "query, bbox out of range": (
        ["query", "--db", "{root}/events.duckdb", "--bbox", "0,0,200,10"],
        "within -180..180",
    ),
    "query, bad date": (
        ["query", "--db", "{root}/events.duckdb", "--since", "2022-99-01"],
        "--since",
    ),
    "query, unknown type": (
        ["query", "--db", "{root}/events.duckdb", "--type", "RIOT"],
        "no PLOVER type",
    ),
    "query, country name": (
        ["query", "--db", "{root}/events.duckdb", "--country", "Kazakhstan"],
        "alpha-3",
    ),
    "stories, no database": (["stories", "--db", "{root}/missing.duckdb"], "no database at"),
    "stories --relink, no database": (
        ["stories", "--relink", "--db", "{root}/missing.duckdb"],
        "no database at",
    ),
    "query, --since after --until": (
        ["query", "--db", "{root}/events.duckdb", "--since", "2022-05-01", "--until", "2022-01-01"],
        "is after --until",
    ),
    "extract, no Ray cluster at --ray-address": (
        ["extract", "{root}/article.txt", "--engine", "ray", "--ray-address", "127.0.0.1:1"],
        "no Ray cluster answers",
    ),
    "watch, --every 0s": (["watch", "{root}/feed.xml", "--every", "0s"], "too short"),
    "watch, --every soon": (["watch", "{root}/feed.xml", "--every", "soon"], "90s, 15m or 1h"),
    "eval, --limit 0": (["eval", "plover", "--gold", "{root}/junk.txt", "--limit", "0"], "--limit"),
    "eval all, no data": (["eval", "all", "--shared", "{root}/nowhere"], "not found"),
    "eval all, --output into a missing folder": (
        ["eval", "all", "--output", "{root}/no/scores.json"],
        "does not exist",
    ),
    "resolve, no such file": (["resolve", "{root}/missing.jsonl"], "No such file"),
    "resolve, no line is JSON": (["resolve", "{root}/article.txt"], "nothing resolved"),
    "link, no line is JSON": (["link", "{root}/article.txt"], "nothing to link"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_cli_bad_arguments_are_one_clear_line(files, case):
    args, expected = BAD[case]
    result = CliRunner().invoke(main, [a.format(root=files) for a in args])
    assert expected in _one_clear_line(result)


@pytest.mark.parametrize(
    "kind",
    [
        "plover",
        pytest.param("case2021", marks=pytest.mark.slow),  # it loads the pipeline first
        "geoparse",
        "gvdb",
        "wikievents",
    ],
)
def test_cli_eval_with_the_wrong_kind_of_gold_file(files, kind):
    result = CliRunner().invoke(main, ["eval", kind, "--gold", str(files / "junk.txt")])
    assert "gold data" in _one_clear_line(result)


def test_cli_ingest_of_a_missing_file_creates_no_database(files):
    db = files / "never.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(files / "missing.txt"), "--db", str(db)])
    assert "no such file" in _one_clear_line(result)
    assert not db.exists()


def test_cli_query_and_stories_print_headers_and_ids(files):
    result = CliRunner().invoke(main, ["query", "--db", str(files / "events.duckdb")])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].split()[:3] == ["event_id", "date", "type"]
    result = CliRunner().invoke(main, ["stories", "--db", str(files / "events.duckdb")])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].split()[:2] == ["story_id", "type"]


def test_cli_filters_take_the_api_spellings(files):
    db = str(files / "events.duckdb")
    api = ["query", "--db", db, "--event-type", "PROTEST", "--date-from", "2022-01-01", "--json"]
    cli = ["query", "--db", db, "--type", "PROTEST", "--since", "2022-01-01", "--json"]
    assert CliRunner().invoke(main, api).exit_code == 0
    assert CliRunner().invoke(main, api).output == CliRunner().invoke(main, cli).output


def test_cli_eval_pipeline_proxy_passes_attributes_through(monkeypatch):
    """eval's lazy pipeline: reads and writes reach the real pipeline (case2021 turns the
    ACLED head off and on), and nothing is loaded before it is used."""
    from crisislens.cli import eval_commands

    class Fake:
        acled_head = "head"

    monkeypatch.setattr("crisislens.pipeline.Pipeline.load", classmethod(lambda cls: Fake()))
    lazy = eval_commands._LazyPipeline()
    assert lazy._pipeline is None
    head, lazy.acled_head = lazy.acled_head, None
    assert head == "head" and lazy._pipeline.acled_head is None
    lazy.acled_head = head
    assert lazy._pipeline.acled_head == "head" and lazy.coded == 0


def test_cli_eval_error_inside_the_coder_keeps_its_traceback(monkeypatch, tmp_path):
    """A bug raised while coding the first article is not blamed on the gold file."""
    from crisislens.cli import eval_commands

    class Broken:
        def process_one(self, article):
            raise TypeError("a bug in a rule")

    monkeypatch.setattr("crisislens.pipeline.Pipeline.load", classmethod(lambda cls: Broken()))
    lazy = eval_commands._LazyPipeline()
    gold = tmp_path / "gold.json"
    with (
        pytest.raises(TypeError, match="a bug in a rule"),
        eval_commands.reading_gold(gold, "WikiEvents", lazy),
    ):
        lazy.process_one(object())
    assert lazy.failed and lazy.coded == 0
    with (
        pytest.raises(click.ClickException, match="is not WikiEvents gold data"),
        eval_commands.reading_gold(gold, "WikiEvents", eval_commands._LazyPipeline()),
    ):
        raise KeyError("events")  # the gold file's own error, before any coding
