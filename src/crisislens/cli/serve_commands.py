"""Serving the API and the dashboard: ``serve``."""

from __future__ import annotations

import click

from crisislens.cli.options import DB_HELP, db_path


@click.command()
@click.option("--db", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--token",
    envvar="CRISISLENS_TOKEN",
    help="Enable POST /ingest for requests with this bearer token "
    "(or set CRISISLENS_TOKEN). Without it the API is read-only.",
)
@click.option("--cors-origin", multiple=True, help="Allow this origin (CORS is off by default).")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Do not answer repeated identical queries from memory (for benchmarks).",
)
def serve(db, host, port, token, cors_origin, no_cache) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs) and the dashboard (at /).

    The database is opened read-only unless --token is given; `ingest` and `watch` may write
    to it while it is served (see docs/STORE.md).

    \b
    Examples:
      crisislens serve --db events.duckdb            # then open http://127.0.0.1:8000/
      crisislens serve --db events.duckdb --host 0.0.0.0 --port 8080
      CRISISLENS_TOKEN=s3cret crisislens serve --db events.duckdb   # enables POST /ingest
    """
    import uvicorn

    from crisislens.api.app import create_app
    from crisislens.pipeline import Pipeline

    loaded = {}

    def pipeline():
        if "p" not in loaded:
            loaded["p"] = Pipeline.load()
        return loaded["p"]

    app = create_app(
        db_path(db),
        token=token,
        cors_origins=list(cors_origin) or None,
        pipeline_factory=pipeline,
        cache_responses=not no_cache,
    )
    click.echo(f"crisislens dashboard: http://{host}:{port}/  (API docs: /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve]
