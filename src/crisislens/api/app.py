"""The HTTP API and the dashboard, over one DuckDB store (read-only unless a token is set).

    crisislens serve --db crisislens.duckdb            # http://127.0.0.1:8000/ (docs at /docs)

Every parameter is validated (a 422 says which and why); every query is parameterised SQL;
responses carry a Content-Security-Policy that forbids inline scripts; CORS is off unless
origins are configured. ``POST /ingest`` exists only when the operator sets a token.
"""

from __future__ import annotations

import json
import threading
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from crisislens import __version__
from crisislens.api.docs import add_offline_docs
from crisislens.api.routes.dashboard import add_dashboard_routes
from crisislens.api.routes.exports import add_export_routes
from crisislens.schemas import MODALITIES, PLOVER_TYPES, Article, Failure
from crisislens.store import Store
from crisislens.store import query as q
from crisislens.store.access import ReadPool
from crisislens.store.stories import list_stories

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'none'"
)
MAX_BODY = 10 * 1024 * 1024
CACHE_ENTRIES = 1024
WEB = Path(str(resources.files("crisislens") / "web"))
EventType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
ModalityName = Literal[MODALITIES]  # type: ignore[valid-type]


class IngestBody(BaseModel):
    articles: list[dict] = Field(
        ..., max_length=500, description="JSON Lines records: {id, text, title?, url?, published?}"
    )


def _filters(
    event_type: Annotated[list[EventType], Query(description="PLOVER types")] = [],  # noqa: B006
    country: Annotated[
        str | None, Query(pattern="^[A-Z]{3}$", description="ISO3 of actor, recipient or place")
    ] = None,
    actor: Annotated[str | None, Query(max_length=100)] = None,
    date_from: date | None = None,
    date_to: date | None = None,
    bbox: Annotated[
        str | None,
        Query(
            pattern=r"^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$",
            description="min_lon,min_lat,max_lon,max_lat",
        ),
    ] = None,
    modality: Annotated[list[ModalityName], Query()] = [],  # noqa: B006
    text: Annotated[str | None, Query(max_length=200)] = None,
) -> q.EventFilter:
    box = None
    if bbox:
        west, south, east, north = (float(x) for x in bbox.split(","))
        box = (west, south, east, north)
        if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
            raise HTTPException(
                422, "bbox must be min_lon,min_lat,max_lon,max_lat within -180..180 and -90..90"
            )
    return q.EventFilter(
        event_types=list(event_type),
        country=country,
        actor=actor,
        date_from=date_from,
        date_to=date_to,
        bbox=box,
        modality=list(modality),
        text=text,
    )


Filters = Annotated[q.EventFilter, Depends(_filters)]


def create_app(
    db: Path,
    token: str | None = None,
    cors_origins: list[str] | None = None,
    pipeline_factory=None,
    cache_responses: bool = True,
) -> FastAPI:
    """Build the app. ``token`` enables POST /ingest (and opens the store read-write)."""
    Store.open(db, read_only=token is None).close()  # a clear error now if it is no database
    # one connection shared by concurrent requests and let go whenever `ingest` or `watch`
    # wants to write (store/access.py); read-write only when this server ingests too
    pool = ReadPool(Path(db), read_only=token is None)
    write_lock = threading.Lock()  # reads run in parallel (a cursor each); writes one at a time
    app = FastAPI(
        title="crisislens",
        version=__version__,
        description="Coded, located, sourced political events. Read-only unless the "
        "operator sets a token.",
        docs_url=None,
        redoc_url=None,
    )
    add_offline_docs(app)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET"])

    @app.middleware("http")
    async def guard(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY:
            return JSONResponse({"detail": "request body too large"}, status_code=413)
        if len(request.url.query) > 4096:
            return JSONResponse({"detail": "query string too long"}, status_code=414)
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    run = pool.run

    cache: dict[tuple, dict] = {}
    cache_lock = threading.Lock()

    def cached(key: tuple, compute) -> dict:
        """Identical queries (a dashboard reloading its counts) are answered from memory until
        a writer commits (the key holds the database files' size and time). Off when this
        server ingests."""
        if token is not None or not cache_responses:
            return compute()
        key = (*key, pool.version())
        with cache_lock:
            hit = cache.get(key)
        if hit is not None:
            return hit
        value = compute()
        with cache_lock:
            if len(cache) >= CACHE_ENTRIES:
                cache.pop(next(iter(cache)))
            cache[key] = value
        return value

    @app.get("/events", summary="Events matching the filters, newest first, paginated")
    def events(
        flt: Filters,
        limit: Annotated[int, Query(ge=1, le=q.MAX_LIMIT)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict:
        def compute() -> dict:
            rows = run(
                q.find_events,
                flt,
                limit,
                offset,
                "event_id, article_id, event_type, mode, acled_event_type, "
                "acled_sub_event_type, modality, date, confidence, actor_name, "
                "actor_country, actor_sector, recipient_name, recipient_country, "
                "recipient_sector, place_name, place_country, lat, lon, evidence_text",
            )
            return {
                "total": run(q.count_events, flt),
                "limit": limit,
                "offset": offset,
                "events": rows,
            }

        return cached(("events", repr(flt), limit, offset), compute)

    @app.get("/events/{event_id}", summary="One event with its evidence, article and story")
    def event(event_id: Annotated[str, Field(pattern="^[0-9a-f]{16}$")]) -> dict:
        def fetch(conn):
            row = conn.execute(
                "SELECT record, article_id FROM events WHERE event_id = ?", [event_id]
            ).fetchone()
            if row is None:
                return None
            article = conn.execute(
                "SELECT article_id, title, url, published FROM articles WHERE article_id = ?",
                [row[1]],
            ).fetchone()
            story = conn.execute(
                "SELECT s.* FROM stories s JOIN story_events se USING (story_id) "
                "WHERE se.event_id = ?",
                [event_id],
            ).fetchone()
            story_id = story[0] if story else None
            sources = (
                conn.execute(
                    "SELECT se.article_id, a.title, a.url, a.published, e.evidence_text, e.event_id, "
                    "e.quantities FROM story_events se JOIN articles a USING (article_id) JOIN events "
                    "e USING (event_id) WHERE se.story_id = ? ORDER BY a.published NULLS LAST",
                    [story_id],
                ).fetchall()
                if story_id
                else []
            )
            return row, article, story_id, sources

        found = run(fetch)
        if found is None:
            raise HTTPException(404, f"no event {event_id}")
        (record, article_id), article, story_id, sources = found
        return {
            "event": json.loads(record),
            "article_id": article_id,
            "article": dict(zip(("article_id", "title", "url", "published"), article)),
            "story_id": story_id,
            "sources": [
                {
                    "article_id": s[0],
                    "title": s[1],
                    "url": s[2],
                    "published": s[3],
                    "evidence": s[4],
                    "event_id": s[5],
                    "quantities": json.loads(s[6] or "[]"),
                }
                for s in sources
            ],
        }

    @app.get("/stories", summary="Story events: one per real-world event, with its sources")
    def stories(
        limit: Annotated[int, Query(ge=1, le=q.MAX_LIMIT)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
        min_sources: Annotated[int, Query(ge=1, le=1000)] = 1,
    ) -> dict:
        return {"stories": run(list_stories, limit, offset, min_sources)}

    @app.get("/articles/{article_id}", summary="An article's text with its evidence spans")
    def article(article_id: Annotated[str, Field(pattern="^[0-9a-f]{16}$")]) -> dict:
        def fetch(conn):
            row = conn.execute(
                "SELECT article_id, title, url, published, text, tone "
                "FROM articles WHERE article_id = ?",
                [article_id],
            ).fetchone()
            spans = conn.execute(
                "SELECT event_id, event_type, evidence_start, evidence_end FROM events "
                "WHERE article_id = ? ORDER BY evidence_start",
                [article_id],
            ).fetchall()
            return row, spans

        row, spans = run(fetch)
        if row is None:
            raise HTTPException(404, f"no article {article_id}")
        keys = ("article_id", "title", "url", "published", "text", "tone")
        return {
            **dict(zip(keys, row)),
            "evidence": [
                {"event_id": e, "event_type": t, "start": s, "end": n} for e, t, s, n in spans
            ],
        }

    @app.get("/stats", summary="Counts by day, type and country, and the actor network")
    def stats(flt: Filters) -> dict:
        return cached(
            ("stats", repr(flt)), lambda: {**run(q.stats, flt), "network": run(q.network, flt)}
        )

    add_export_routes(app, run, Filters)
    add_dashboard_routes(app, run, cached, Filters)

    @app.get("/health", include_in_schema=False)
    def health() -> dict:
        return {"status": "ok", "version": __version__, "read_only": token is None}

    if token is not None:
        from crisislens.ingest.readers import read_texts

        def bearer(authorization: Annotated[str | None, Header()] = None) -> None:
            if authorization != f"Bearer {token}":
                raise HTTPException(
                    401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
                )

        @app.post(
            "/ingest",
            dependencies=[Depends(bearer)],
            summary="Code and store articles (only when the operator set a token)",
        )
        def ingest(body: IngestBody) -> dict:
            from crisislens.store.stories import rebuild_stories

            lines = "\n".join(json.dumps(a) for a in body.articles)
            items = list(read_texts([("http", lines)], kind="jsonl"))
            articles = [i for i in items if isinstance(i, Article)]
            pipeline = pipeline_factory()
            records = list(pipeline.process(articles))
            with write_lock:
                stored = run(lambda conn: Store(conn, None).write(zip(articles, records)))
                run(rebuild_stories)
            return {
                "stored": stored,
                "failures": [i.model_dump() for i in items if isinstance(i, Failure)],
            }

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(WEB / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(WEB / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=WEB), name="static")
    app.state.store = pool  # .close() lets the database go
    return app
