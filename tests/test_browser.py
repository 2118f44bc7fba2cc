"""The dashboard in a real browser: Debian's Chromium driven by Playwright (no browser download).

Loads the dashboard over a real HTTP server on 127.0.0.1, applies a filter, opens an event,
checks that the evidence is highlighted, that an article carrying <script> and onerror=
payloads renders as inert text, and saves a screenshot to out/dashboard.png.
Skipped where /usr/bin/chromium or the playwright package is missing (`make install` adds both).
"""

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
XSS = (
    "Protesters gathered in Almaty on Monday. <script>alert('xss')</script> "
    "<img src=x onerror=\"alert('xss2')\"> Police arrested 40 protesters in Almaty on Monday."
)

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is not installed (make install adds it)", allow_module_level=True)


def _wait(condition, timeout: float = 15.0) -> None:
    """Poll from Python: the page's CSP forbids the eval behind page.wait_for_function."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    import uvicorn

    from crisislens.api.app import create_app
    from crisislens.ingest import make_article, read_inputs
    from crisislens.store import Store
    from crisislens.store.stories import rebuild_stories

    path = tmp_path_factory.mktemp("browser") / "events.duckdb"
    store = Store.open(path)
    articles = [a for a in read_inputs([str(SAMPLES)]) if hasattr(a, "text")]
    articles.append(
        make_article(
            XSS, origin="xss", published="2022-01-10", title="<img src=x onerror=alert(3)>"
        )
    )
    store.write(zip(articles, pipeline.process(articles)))
    rebuild_stories(store.conn)
    store.close()
    port = _free_port()
    config = uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page():
    with playwright_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            tempfile.mkdtemp(prefix="crisislens-chromium-"),
            executable_path=CHROMIUM,
            args=ARGS,
            headless=True,
            viewport={"width": 1400, "height": 1200},
        )
        yield context.new_page()
        context.close()


def test_browser_dashboard_filter_open_event_highlight(server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    page.wait_for_selector("#events-table tbody tr")
    assert page.locator(".leaflet-container").count() == 1
    assert page.locator("#timeline rect").count() > 0

    page.select_option("#filter-type", "PROTEST")
    page.click("#apply")
    _wait(
        lambda: (
            set(page.locator("#events-table tbody tr td:nth-child(2)").all_inner_texts())
            == {"PROTEST"}
        )
    )
    types = page.locator("#events-table tbody tr td:nth-child(2)").all_inner_texts()
    assert types and set(types) == {"PROTEST"}

    page.locator("#events-table tbody tr").first.click()
    mark = page.wait_for_selector("mark.evidence.current")
    assert mark.inner_text().strip()
    assert page.locator("#event-view").is_visible()
    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / "dashboard.png"), full_page=False)
    assert (out / "dashboard.png").stat().st_size > 10_000
    assert not dialogs


def test_browser_hostile_article_text_is_inert(server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    page.wait_for_selector("#events-table tbody tr")
    page.fill("#filter-text", "Police arrested 40")
    page.click("#apply")
    _wait(
        lambda: (
            "Police arrested 40" in page.inner_text("#events-table tbody")
            and page.locator("#events-table tbody tr").count() <= 3
        )
    )
    page.locator("#events-table tbody tr").first.click()
    page.wait_for_selector("mark.evidence.current")
    text = page.inner_text("#article-text")
    assert "<script>alert('xss')</script>" in text and "onerror=" in text
    assert page.locator("#article-text script, #article-text img").count() == 0
    assert page.inner_text("#article-title") == "<img src=x onerror=alert(3)>"
    page.wait_for_timeout(300)
    assert not dialogs
