"""``/events``, ``/events/{event_id}``, ``/articles/{article_id}``, ``/stories`` and ``/stats``:
the event store read through the filters of ``api/filters.py``. The SQL lives in ``store/``."""

from datetime import date
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Path, Query
from pydantic import BaseModel, Field

from crisislens.schemas import Event
from crisislens.store import query as q
from crisislens.store.stories import list_stories

ID_PATTERN = "^[0-9a-f]{16}$"


def found_or_404(found: dict | None, what: str, key: str) -> dict:
    """What a lookup by id found, or HTTP 404 "no {what} {key}" when it found nothing.

    >>> found_or_404({"event_id": "00ff"}, "event", "00ff")
    {'event_id': '00ff'}
    >>> found_or_404(None, "story", "00ff")
    Traceback (most recent call last):
    fastapi.exceptions.HTTPException: 404: no story 00ff
    """
    if found is None:
        raise HTTPException(404, f"no {what} {key}")
    return found


class EventRow(BaseModel):
    event_id: str
    article_id: str
    event_type: str = Field(description="PLOVER type")
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    modality: str
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY")
    confidence: float | None
    actor_name: str | None
    actor_country: str | None
    actor_sector: str | None
    recipient_name: str | None
    recipient_country: str | None
    recipient_sector: str | None
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    evidence_text: str | None = Field(description="the sentence the event was read from")


class EventsPage(BaseModel):
    total: int = Field(description="events matching the filters")
    limit: int
    offset: int
    events: list[EventRow] = Field(description="newest first")


class ArticleRef(BaseModel):
    article_id: str
    title: str | None
    url: str | None
    published: date | None


class SourceRow(BaseModel):
    article_id: str
    title: str | None
    url: str | None
    published: date | None
    evidence: str | None
    event_id: str
    quantities: list[dict[str, Any]] = Field(description="the figures its sentence gives")


class EventDetail(BaseModel):
    event: Event = Field(description="the full event record (docs/RECORD.md)")
    article_id: str
    article: ArticleRef
    story_id: str | None = Field(description="the story this event belongs to, if any")
    sources: list[SourceRow] = Field(description="every report of the story, earliest first")


class EvidenceSpan(BaseModel):
    event_id: str
    event_type: str
    start: int = Field(description="character offset into `text`")
    end: int


class ArticleDetail(BaseModel):
    article_id: str
    title: str | None
    url: str | None
    published: date | None
    text: str
    tone: float | None
    evidence: list[EvidenceSpan]


class StoryRow(BaseModel, extra="allow"):
    story_id: str
    event_type: str | None
    source_count: int = Field(description="distinct articles that report it")
    first_day: str | None
    last_day: str | None
    article_ids: list[str]
    quantities: list[dict[str, Any]] = Field(description="each figure with the articles giving it")


class StoriesPage(BaseModel):
    stories: list[StoryRow] = Field(description="most sources first")


class DayCount(BaseModel):
    day: str
    event_type: str
    count: int


class TypeCount(BaseModel):
    event_type: str
    count: int


class CountryCount(BaseModel):
    country: str
    count: int


class Edge(BaseModel):
    source: str = Field(description="the actor's country and sector code")
    target: str = Field(description="the recipient's country and sector code")
    weight: int = Field(description="events between them")


class Stats(BaseModel):
    by_day: list[DayCount]
    by_type: list[TypeCount]
    by_country: list[CountryCount]
    network: list[Edge] = Field(description="who acts on whom")


def add_event_routes(app: FastAPI, run: Any, cached: Any, filters: Any) -> None:
    """Register the routes; ``run(fn, *args)`` calls ``fn(conn, *args)`` on a reader,
    ``cached(key, compute)`` memoises, ``filters`` is the filter dependency."""

    @app.get(
        "/events",
        summary="Events matching the filters, newest first, paginated",
        response_model=EventsPage,
    )
    def events(
        flt: filters,
        limit: Annotated[
            int, Query(ge=1, le=q.MAX_LIMIT, description="events per page (1..1000)")
        ] = 100,
        offset: Annotated[
            int, Query(ge=0, le=10_000_000, description="events to skip (for the next pages)")
        ] = 0,
    ) -> dict:
        def compute() -> dict:
            return {
                "total": run(q.count_events, flt),
                "limit": limit,
                "offset": offset,
                "events": run(q.find_events, flt, limit, offset, q.LIST_COLUMNS),
            }

        return cached(("events", repr(flt), limit, offset), compute)

    @app.get(
        "/events/{event_id}",
        summary="One event with its evidence, article and story",
        response_model=EventDetail,
    )
    def event(
        event_id: Annotated[str, Path(pattern=ID_PATTERN, description="16 hex digits")],
    ) -> dict:
        return found_or_404(run(q.event_detail, event_id), "event", event_id)

    @app.get(
        "/articles/{article_id}",
        summary="An article's text with its evidence spans",
        response_model=ArticleDetail,
    )
    def article(
        article_id: Annotated[str, Path(pattern=ID_PATTERN, description="16 hex digits")],
    ) -> dict:
        return found_or_404(run(q.article_detail, article_id), "article", article_id)

    @app.get(
        "/stories",
        summary="Story events (one per real-world event, with its sources) matching the filters",
        response_model=StoriesPage,
    )
    def stories(
        flt: filters,
        limit: Annotated[
            int, Query(ge=1, le=q.MAX_LIMIT, description="stories per page (1..1000)")
        ] = 100,
        offset: Annotated[int, Query(ge=0, description="stories to skip")] = 0,
        min_sources: Annotated[
            int, Query(ge=1, le=1000, description="only stories with at least this many sources")
        ] = 1,
    ) -> dict:
        return cached(
            ("stories", repr(flt), limit, offset, min_sources),
            lambda: {"stories": run(list_stories, limit, offset, min_sources, flt)},
        )

    @app.get(
        "/stats",
        summary="Counts by day, type and country, and the actor network",
        response_model=Stats,
    )
    def stats(flt: filters) -> dict:
        return cached(
            ("stats", repr(flt)), lambda: {**run(q.stats, flt), "network": run(q.network, flt)}
        )
