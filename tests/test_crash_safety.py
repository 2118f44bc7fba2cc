"""Crash safety: an ingest killed with SIGKILL at random moments, then re-run, loses nothing and
doubles nothing (several trials)."""

import json
import random
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from conftest import SAMPLES

pytestmark = pytest.mark.slow  # runs ingest and extract in subprocesses

TRIALS = 3
N_ARTICLES = 300


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """300 distinct articles (sample texts with a numbered lead sentence)."""
    texts = [(SAMPLES / n).read_text(encoding="utf-8") for n in ("almaty-protests.txt",)]
    lines = [json.loads(x) for x in (SAMPLES / "wire.jsonl").read_text().splitlines()]
    bodies = texts + [x["text"] for x in lines]
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(N_ARTICLES):
            body = bodies[n % len(bodies)]
            handle.write(
                json.dumps(
                    {
                        "id": f"a{n}",
                        "published": "2022-01-07",
                        "text": f"Report number {n} from the wire. {body}",
                    }
                )
                + "\n"
            )
    return path


def _ingest(corpus, db, kill_after=None):
    process = subprocess.Popen(
        [sys.executable, "-m", "crisislens.cli", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if kill_after is None:
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        return
    time.sleep(kill_after)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def _tables(db) -> set[str]:
    """The tables of the database. A kill between creating the file and the first migration's
    commit (a loaded machine is slow to get there) leaves a database with no tables: nothing
    was stored yet, so nothing is lost, and the next run migrates it."""
    conn = duckdb.connect(str(db), read_only=True)  # the database opens
    try:
        return {
            name for (name,) in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
    finally:
        conn.close()


def _check(db):
    conn = duckdb.connect(str(db), read_only=True)  # the database opens
    try:
        articles = conn.execute(
            "SELECT count(*), count(DISTINCT article_id) FROM articles"
        ).fetchone()
        events = conn.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone()
        orphans = conn.execute(
            "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT article_id FROM articles)"
        ).fetchone()[0]
    finally:
        conn.close()
    return articles, events, orphans


@pytest.mark.parametrize("trial", range(TRIALS))
def test_crash_safety_sigkill_then_rerun(corpus, tmp_path, trial):
    db = tmp_path / f"trial{trial}.duckdb"
    rng = random.Random(trial)
    _ingest(corpus, db, kill_after=rng.uniform(3.0, 6.5))  # mid-batch, mid-write, mid-stories
    if db.exists() and "articles" in _tables(db):
        (n_articles, distinct_articles), (n_events, distinct_events), orphans = _check(db)
        assert n_articles == distinct_articles and n_events == distinct_events and orphans == 0
        assert n_articles % 32 == 0 or n_articles == N_ARTICLES  # whole batches only
    _ingest(corpus, db)
    (n_articles, distinct_articles), (n_events, distinct_events), orphans = _check(db)
    assert n_articles == distinct_articles == N_ARTICLES  # no article missing
    assert n_events == distinct_events and orphans == 0  # none doubled
    _ingest(corpus, db)  # a third run changes nothing
    assert _check(db)[1][0] == n_events
