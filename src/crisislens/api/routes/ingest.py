"""``POST /ingest``: code and store articles sent over HTTP, only when the operator set a token."""

import json
import threading
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

from crisislens.ingest.readers import read_texts
from crisislens.schemas import Article, Failure
from crisislens.store import Store
from crisislens.store.stories import rebuild_stories


class IngestBody(BaseModel):
    articles: list[dict] = Field(
        ...,
        max_length=500,
        description='at most 500 articles: {"id", "text", "title"?, "url"?, "published"?}',
    )


class IngestResult(BaseModel):
    stored: int = Field(description="articles new to the database")
    failures: list[Failure] = Field(description="articles skipped or refused, with reasons")


def add_ingest_route(
    app: FastAPI, run: Callable[..., Any], token: str, pipeline_factory: Callable[[], Any]
) -> None:
    write_lock = threading.Lock()  # reads run in parallel (a cursor each); writes one at a time

    def bearer(
        authorization: Annotated[
            str | None, Header(description="Bearer TOKEN, the token `serve --token` was given")
        ] = None,
    ) -> None:
        if authorization != f"Bearer {token}":
            raise HTTPException(
                401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
            )

    @app.post(
        "/ingest",
        dependencies=[Depends(bearer)],
        summary="Code and store articles (only when the operator set a token)",
        response_model=IngestResult,
    )
    def ingest(body: IngestBody) -> dict:
        lines = "\n".join(json.dumps(a) for a in body.articles)
        items = list(read_texts([("http", lines)], kind="jsonl"))
        articles = [i for i in items if isinstance(i, Article)]
        records = list(pipeline_factory().process(articles))
        with write_lock:
            stored = run(lambda conn: Store(conn, None).write(zip(articles, records)))
            run(rebuild_stories)
        return {"stored": stored, "failures": [i for i in items if isinstance(i, Failure)]}
