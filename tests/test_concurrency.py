"""`serve` and `watch` on one DuckDB file at the same time (docs/STORE.md, "Serving while
ingesting"): the server runs in its own process, the watcher stores three cycles of articles,
and a client queries the API the whole time. No request may fail and no article may be lost."""

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crisislens.engines.watch import watch_once
from crisislens.ingest.fetch import Fetcher
from crisislens.store import Store
from crisislens.store.access import ReadPool, StoreBusyError, connect, intent_path

CITIES = ["Almaty", "Lagos", "Quito", "Dhaka", "Tbilisi", "Nairobi", "Lima", "Manila", "Beirut"]
PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>Police detained {n} demonstrators in {city} on Tuesday after a march against the "
    "price of bread, the city prosecutor said.</p><p>Several thousand residents walked to the "
    "town hall, and officers used batons to push the crowd back from the square.</p>"
    "</article></body></html>"
)


@pytest.fixture(scope="module")
def pages():
    routes: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = routes.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html" if body else "text/plain")
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    for i, city in enumerate(CITIES):
        routes[f"/news/{i}.html"] = PAGE.format(
            title=f"Arrests in {city}", n=11 + 7 * i, city=city
        ).encode()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _feed(tmp_path, base: str, cycle: int) -> str:
    items = "".join(
        f"<item><title>Item {i}</title><link>{base}/news/{i}.html</link>"
        "<pubDate>Tue, 04 Jan 2022 10:00:00 GMT</pubDate></item>"
        for i in range(3 * (cycle + 1))
    )
    path = tmp_path / f"feed-{cycle}.xml"
    path.write_text(f"<rss><channel><title>T</title>{items}</channel></rss>")
    return str(path)


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read())


def test_serve_and_watch_share_one_database(tmp_path, pages, pipeline):
    db = tmp_path / "news.duckdb"
    Store.open(db).close()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "crisislens.cli", "serve", "--db", str(db), "--port", str(port)],
        stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if k != "CRISISLENS_TOKEN"},
    )
    api = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                _get(api + "/health")
                break
            except OSError:
                time.sleep(0.1)
        errors: list[str] = []
        totals: list[int] = []
        stop = threading.Event()

        def client():
            paths = ["/events?limit=5", "/map?zoom=3", "/timeline", "/stats", "/stories"]
            while not stop.is_set():
                for path in paths:
                    try:
                        answer = _get(api + path)
                        if path.startswith("/events"):
                            totals.append(answer["total"])
                    except (OSError, urllib.error.HTTPError, ValueError) as err:
                        errors.append(f"{path}: {err}")

        reader = threading.Thread(target=client)
        reader.start()
        store = Store.open(db)
        fetcher = Fetcher(timeout=10)
        stored = 0
        try:
            for cycle in range(3):
                summary = watch_once([_feed(tmp_path, pages, cycle)], store, pipeline, fetcher)
                assert not summary.failures, summary.failures
                stored += summary.stored
                time.sleep(0.5)  # the client reads between cycles too
        finally:
            stop.set()
            reader.join(timeout=120)
            fetcher.close()
            store.close()
        assert not errors, errors[:5]
        assert stored == len(CITIES)
        assert len(set(totals)) > 1, "the server never saw the database change"
        final = _get(api + "/map?zoom=2")
        assert final["total"] >= len(CITIES)
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert b"Traceback" not in stderr, stderr.decode()[-2000:]
    with connect(db, read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(CITIES)
        statuses = conn.execute("SELECT DISTINCT status FROM fetched").fetchall()
        assert statuses == [("fetched",)]


def test_reader_lets_an_announced_writer_in(tmp_path):
    db = tmp_path / "t.duckdb"
    Store.open(db).close()
    pool = ReadPool(db)
    try:
        assert pool.run(lambda c: c.execute("SELECT count(*) FROM articles").fetchone()[0]) == 0
        # another process announces a write: the pool lets go of the file within its tidy tick
        code = (
            "import sys; from pathlib import Path; from crisislens.store.access import connect; "
            "c = connect(Path(sys.argv[1]), read_only=False, wait=10); "
            "c.execute(\"INSERT INTO articles (article_id, text) VALUES ('a1', 'x')\"); c.close()"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, str(db)], check=False, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        assert pool.run(lambda c: c.execute("SELECT count(*) FROM articles").fetchone()[0]) == 1
        assert not intent_path(db).exists()
    finally:
        pool.close()


def test_a_writer_gives_up_with_one_clear_line(tmp_path):
    db = tmp_path / "t.duckdb"
    Store.open(db).close()
    code = (
        "import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
        "time.sleep(20)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"held"
        with pytest.raises(StoreBusyError, match=f"held by process {holder.pid}"):
            connect(db, read_only=False, wait=0.5)
    finally:
        holder.kill()
        holder.wait()
