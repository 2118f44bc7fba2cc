"""Aggregates for the dashboard: map cells per zoom, the time series, one story.

Each takes the same filters as ``/events`` (see ``api/app.py``), so every panel of the
dashboard counts the same events.
"""

from typing import Annotated, Literal

from fastapi import FastAPI, HTTPException, Path, Query
from pydantic import BaseModel, Field

from crisislens.api.routes.events import ID_PATTERN, found_or_404
from crisislens.store import aggregate


class MapCell(BaseModel):
    count: int = Field(description="events in the cell")
    lat: float = Field(description="mean latitude of its events")
    lon: float = Field(description="mean longitude of its events")
    fatalities: int = Field(description="people killed, as its events' sentences give them")
    event_type: str = Field(description="the most common PLOVER type")
    types: dict[str, int] = Field(description="events per PLOVER type")
    bounds: list[float] = Field(description="min_lon, min_lat, max_lon, max_lat of its events")
    event_id: str | None = Field(description="the event, when the cell holds one")


class MapCells(BaseModel):
    zoom: int
    cell_degrees: float = Field(description="side of a cell in degrees")
    total: int = Field(description="events matching the filters")
    located: int = Field(description="of which have coordinates")
    unlocated: int = Field(description="of which have none (not on the map)")
    in_view: int = Field(description="located events inside `view` (all located without it)")
    extent: list[float] | None = Field(description="bounds of the located events (fit to them)")
    cells: list[MapCell]


class TimeBucket(BaseModel):
    period: str = Field(description="first day of the day, week (Monday), month or year")
    event_type: str
    count: int
    fatalities: int


class Timeline(BaseModel):
    interval: Literal["day", "week", "month", "year"]
    first_day: str | None
    last_day: str | None
    total: int = Field(description="events matching the filters")
    dated: int = Field(description="of which have a full date (on the time axis)")
    undated: int = Field(description="of which have no full date (counted here only)")
    buckets: list[TimeBucket]


class StorySource(BaseModel):
    article_id: str
    title: str | None
    url: str | None
    published: str | None
    figures: list[dict] = Field(description="the figures this article gives: {kind, value}")
    event_ids: list[str]


class StoryEvent(BaseModel):
    event_id: str
    article_id: str
    event_type: str
    date: str | None
    modality: str
    evidence_text: str | None
    place_name: str | None
    lat: float | None
    lon: float | None


class StoryDetail(BaseModel, extra="allow"):
    story_id: str
    event_type: str
    source_count: int
    quantities: list[dict] = Field(description="each figure with the articles that give it")
    sources: list[StorySource] = Field(description="each source article once, earliest first")
    events: list[StoryEvent]


def _box(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    west, south, east, north = (float(x) for x in value.split(","))
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(
            422, "view must be min_lon,min_lat,max_lon,max_lat within -180..180 and -90..90"
        )
    return west, south, east, north


def add_dashboard_routes(app: FastAPI, run, cached, filters) -> None:
    """Add /map, /timeline and /stories/{story_id}. ``run(fn, *args)`` calls ``fn`` with a
    database cursor, ``cached(key, compute)`` memoises, ``filters`` is the filter dependency."""

    @app.get(
        "/map", summary="Located events in cells sized for a map zoom", response_model=MapCells
    )
    def map_cells(
        flt: filters,
        zoom: Annotated[int, Query(ge=0, le=18, description="web-map zoom level")] = 2,
        view: Annotated[
            str | None,
            Query(
                pattern=r"^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$",
                description="only cells inside min_lon,min_lat,max_lon,max_lat",
            ),
        ] = None,
    ) -> dict:
        window = _box(view)
        return cached(
            ("map", repr(flt), zoom, window),
            lambda: run(aggregate.map_cells, flt, zoom, window),
        )

    @app.get(
        "/timeline",
        summary="Events and fatalities per day, week, month or year and type",
        response_model=Timeline,
    )
    def timeline(
        flt: filters,
        interval: Annotated[
            Literal["auto", "day", "week", "month", "year"],
            Query(
                description="auto: days up to 3 months, weeks up to 3 years, months up to 15 "
                "years, else years"
            ),
        ] = "auto",
    ) -> dict:
        return cached(
            ("timeline", repr(flt), interval), lambda: run(aggregate.timeline, flt, interval)
        )

    @app.get(
        "/stories/{story_id}",
        summary="One story: its sources with their figures, and its events",
        response_model=StoryDetail,
    )
    def story(
        story_id: Annotated[str, Path(pattern=ID_PATTERN, description="16 hex digits")],
    ) -> dict:
        return found_or_404(run(aggregate.story_detail, story_id), "story", story_id)
