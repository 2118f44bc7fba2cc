"""The HTTP API and the dashboard, over one DuckDB store (read-only unless a token is set).

    crisislens serve --db crisislens.duckdb            # http://127.0.0.1:8000/ (docs at /docs)

Every parameter is validated (a 422 says which and why); every query is parameterised SQL;
responses carry a Content-Security-Policy that forbids inline scripts; CORS is off unless
origins are configured. ``POST /ingest`` exists only when the operator sets a token.
"""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from crisislens import __version__
from crisislens.api.docs import add_offline_docs
from crisislens.api.filters import Filters, reject_unknown_parameters
from crisislens.api.routes.dashboard import add_dashboard_routes
from crisislens.api.routes.event_types import add_event_type_routes
from crisislens.api.routes.events import add_event_routes
from crisislens.api.routes.exports import add_export_routes
from crisislens.api.routes.ingest import add_ingest_route
from crisislens.store import Store
from crisislens.store.access import ReadPool

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'none'"
)
MAX_BODY = 10 * 1024 * 1024
CACHE_ENTRIES = 1024
WEB = Path(str(resources.files("crisislens") / "web"))


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
    app = FastAPI(
        title="crisislens",
        version=__version__,
        description="Coded, located, sourced political events. Read-only unless the "
        "operator sets a token. Every list route takes the same filters; an unknown parameter "
        "is a 422 that says what to use.",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(reject_unknown_parameters)],
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

    add_event_routes(app, run, cached, Filters)
    add_export_routes(app, run, Filters)
    add_dashboard_routes(app, run, cached, Filters)
    add_event_type_routes(app)

    @app.get("/health", include_in_schema=False)
    def health() -> dict:
        return {"status": "ok", "version": __version__, "read_only": token is None}

    if token is not None:
        add_ingest_route(app, run, token, pipeline_factory)

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(WEB / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(WEB / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=WEB), name="static")
    app.state.store = pool  # .close() lets the database go
    return app
