"""Shared fixtures. Unit tests build small inputs by hand; integration tests load the real
spaCy pipeline and gazetteer once per session. Tests that need ../shared skip without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CRISISLENS_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "samples"


HEAVY_FIXTURES = {"pipeline"}  # the spaCy pipeline, gazetteer and ACLED head: ~10 s to load


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that loads the real pipeline is slow, whoever wrote it: ``make test-fast``
    (``-m "not slow"``) leaves it out. Tests that run the CLI in a subprocess, a browser or an
    evaluation mark themselves ``@pytest.mark.slow``."""
    for item in items:
        if HEAVY_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "DATA.md").exists():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    from crisislens.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture(scope="session")
def lex():
    """The event lexicon, as the pipeline loads it."""
    from crisislens.events.lexicon import Lexicon

    return Lexicon.load()


@pytest.fixture(scope="session")
def parse(nlp):
    """Text in, parsed Doc out; each text parsed once."""
    cache = {}

    def run(text: str):
        if text not in cache:
            cache[text] = nlp(text)
        return cache[text]

    return run


@pytest.fixture(scope="session")
def coder(pipeline):
    """The actor coder the pipeline's event extractor uses."""
    return pipeline.events.actors


@pytest.fixture
def head_in(nlp):
    """(text, word, nth) in, the ``nth`` token reading ``word`` and a fresh article context
    out: what an actor rule is called with."""
    from crisislens.actors.context import ArticleContext

    def run(text: str, word: str, nth: int = 0):
        doc = nlp(text)
        head = [t for t in doc if t.text == word][nth]
        return head, ArticleContext(day="2022-01-07")

    return run


def word(doc, text: str, nth: int = 0):
    """The ``nth`` token of ``doc`` that reads ``text``."""
    return [t for t in doc if t.text == text][nth]


def asserted_events(record, event_type: str) -> list:
    """The events of ``event_type`` that ``record`` codes as asserted."""
    return [e for e in record.events if e.event_type == event_type and e.modality == "asserted"]


def readings(record) -> list[tuple[str, str]]:
    """Each event of ``record`` as (type, modality), sorted."""
    return sorted((e.event_type, e.modality) for e in record.events)


@pytest.fixture(scope="session")
def extract(pipeline):
    """Text in, ArticleRecord out, through the real pipeline."""
    from crisislens.ingest import make_article

    def run(text: str, published: str | None = "2022-01-07", title: str | None = None):
        article = make_article(text, origin="test", published=published, title=title)
        return pipeline.process_one(article)

    return run


@pytest.fixture
def small_gazetteer(tmp_path):
    from crisislens.geo.gazetteer import Gazetteer, write_small_gazetteer

    places = [
        {
            "name": "Egypt",
            "country": "EGY",
            "lat": 27.0,
            "lon": 30.0,
            "population": 100_000_000,
            "feature": "country",
            "geonameid": 357994,
        },
        {
            "name": "United States",
            "country": "USA",
            "lat": 38.0,
            "lon": -97.0,
            "population": 327_000_000,
            "feature": "country",
            "names": ["US", "America"],
            "geonameid": 6252001,
        },
        {
            "name": "Alexandria",
            "country": "EGY",
            "lat": 31.2,
            "lon": 29.92,
            "population": 5_200_000,
            "geonameid": 361058,
            "admin1": "Alexandria",
        },
        {
            "name": "Alexandria",
            "country": "USA",
            "lat": 31.31,
            "lon": -92.45,
            "population": 47_000,
            "geonameid": 4314550,
            "admin1": "Louisiana",
        },
        {
            "name": "Louisiana",
            "country": "USA",
            "lat": 31.0,
            "lon": -92.0,
            "population": 4_600_000,
            "feature": "admin1",
            "admin1": "Louisiana",
        },
        {
            "name": "Kyiv",
            "country": "UKR",
            "lat": 50.45,
            "lon": 30.52,
            "population": 2_900_000,
            "geonameid": 703448,
            "names": ["Kiev", "Kyyiv"],
            "capital": True,
        },
        {
            "name": "Kiev",
            "country": "UKR",
            "lat": 50.3,
            "lon": 30.5,
            "population": 1_700_000,
            "feature": "admin1",
            "admin1": "Kiev",
        },
        {
            "name": "Almaty",
            "country": "KAZ",
            "lat": 43.25,
            "lon": 76.91,
            "population": 1_977_011,
            "geonameid": 1526384,
            "names": ["Alma-Ata", "Alma Ata"],
        },
        {
            "name": "Washington",
            "country": "USA",
            "lat": 38.89,
            "lon": -77.03,
            "population": 690_000,
            "geonameid": 4140963,
            "capital": True,
        },
        {
            "name": "Washington",
            "country": "USA",
            "lat": 47.5,
            "lon": -120.5,
            "population": 7_000_000,
            "feature": "admin1",
            "admin1": "Washington",
        },
        {
            "name": "Africa",
            "country": None,
            "lat": 7.19,
            "lon": 21.09,
            "population": 1_400_000_000,
            "feature": "continent",
            "geonameid": 6255146,
        },
        {
            "name": "Africa",
            "country": "TUN",
            "lat": 35.5,
            "lon": 11.06,
            "population": 50_000,
            "geonameid": 2473493,
            "names": ["Mahdia"],
        },
    ]
    return Gazetteer(write_small_gazetteer(tmp_path / "gaz.sqlite", places))
