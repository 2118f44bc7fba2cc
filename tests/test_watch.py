"""The feed watcher against a real local HTTP server on 127.0.0.1 serving a feed and pages."""

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crisislens.engines.watch import watch_once
from crisislens.ingest.fetch import Fetcher
from crisislens.store import Store

ENGLISH = (
    "<html><head><title>{title}</title></head><body><nav>Home | World</nav><article>"
    "<h1>{title}</h1><p>Police arrested 45 protesters in Almaty on Monday after a rally "
    "against fuel prices, the interior ministry said.</p><p>Thousands of people marched "
    "through the city centre, and riot police fired tear gas to scatter them.</p>"
    "</article><footer>Subscribe</footer></body></html>"
)
FRENCH = (
    "<html><body><article><p>Le gouvernement a annoncé mardi de nouvelles mesures contre "
    "la crise, et les manifestants sont descendus dans la rue pour protester contre la "
    "hausse des prix.</p></article></body></html>"
)


def _feed(base: str) -> str:
    items = "".join(
        f"<item><title>Item {n}</title><link>{base}{path}</link>"
        f"<pubDate>Mon, 03 Jan 2022 10:00:00 GMT</pubDate></item>"
        for n, path in enumerate(
            [
                "/news/1.html",
                "/news/2.html",
                "/private/3.html",
                "/news/4.html",
                "/news/5.html",
                "/news/1-copy.html",
            ]
        )
    )
    return f"<rss><channel><title>Test</title>{items}</channel></rss>"


@pytest.fixture(scope="module")
def server():
    hits: list[str] = []
    routes: dict[str, tuple[str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            found = routes.get(self.path)
            if found is None:
                self.send_response(404)
                self.end_headers()
                return
            ctype, body = found
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    routes.update(
        {
            "/feed.xml": ("application/rss+xml", _feed(base).encode()),
            "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
            "/news/1.html": ("text/html", ENGLISH.format(title="Arrests in Almaty").encode()),
            "/news/1-copy.html": ("text/html", ENGLISH.format(title="Arrests in Almaty").encode()),
            "/news/2.html": ("text/html; charset=utf-8", FRENCH.encode()),
            "/private/3.html": ("text/html", ENGLISH.format(title="Secret").encode()),
            "/news/5.html": ("text/html", b"<html><body>" + b"x" * 300_000 + b"</body></html>"),
        }
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base, hits
    httpd.shutdown()


def test_watch_fetches_politely_and_once(server, pipeline, tmp_path):
    base, hits = server
    store = Store.open(tmp_path / "watch.duckdb")
    fetcher = Fetcher(timeout=5, max_bytes=100_000)
    try:
        first = watch_once([base + "/feed.xml"], store, pipeline, fetcher)
        reasons = {f.origin.rsplit("/", 1)[-1]: f.reason for f in first.failures}
        assert first.new_links == 6
        assert first.stored == 1  # 1.html; its copy under another URL is the same article
        assert "not English" in reasons["2.html"]
        assert "robots.txt" in reasons["3.html"] and "/private/3.html" not in hits
        assert "HTTP 404" in reasons["4.html"]
        assert "larger than" in reasons["5.html"]
        assert store.counts()["events"] >= 1
        for retry in (1, 2):  # the two failed links are tried again, three tries in all
            hits.clear()
            again = watch_once([base + "/feed.xml"], store, pipeline, fetcher)
            assert (again.new_links, again.retried, again.stored) == (0, 2, 0), retry
            assert sorted(hits) == ["/feed.xml", "/news/4.html", "/news/5.html"]
        hits.clear()
        last = watch_once([base + "/feed.xml"], store, pipeline, fetcher)
        assert (last.new_links, last.retried, last.stored) == (0, 0, 0)
        assert hits == ["/feed.xml"]  # fetched, skipped and thrice-failed links are left alone
        statuses = dict(
            store.conn.execute("SELECT status, count(*) FROM fetched GROUP BY 1").fetchall()
        )
        assert statuses == {"fetched": 2, "skipped": 2, "failed": 2}
        tries = store.conn.execute("SELECT DISTINCT attempts FROM fetched WHERE status = 'failed'")
        assert tries.fetchall() == [(3,)]
    finally:
        fetcher.close()
        store.close()


@pytest.mark.slow
def test_watch_command_once(server, tmp_path):
    base, _ = server
    db = tmp_path / "cli.duckdb"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "crisislens.cli",
            "watch",
            base + "/feed.xml",
            "--once",
            "--max-bytes",
            "100000",
            "--db",
            str(db),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "1 articles stored" in result.stderr and "robots.txt" in result.stderr
