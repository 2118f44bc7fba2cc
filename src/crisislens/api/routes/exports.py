"""``GET /export`` (the filtered events as a file) and ``GET /export/formats`` (which formats).

Both come from the export registry (``crisislens.store.exports``): a format added there is
offered here and in the OpenAPI enum, and listed by GET /export/formats, which the dashboard
reads for its export buttons, with nothing else to edit.
"""

import tempfile
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from crisislens.store import exports

ExportName = Enum(  # type: ignore[misc]  # built from the registry: one member per format
    "ExportName", {name.replace("-", "_"): name for name in exports.names()}, type=str
)
DEFAULT_FORMAT = ExportName("csv")


class ExportFormatInfo(BaseModel):
    name: str = Field(description="the value of `format`")
    label: str = Field(description="a short name for a button")
    media_type: str
    extension: str = Field(description="the file extension, without the dot")
    description: str


def add_export_routes(app: FastAPI, run: Callable[..., Any], filters: Any) -> None:
    """Register the export routes; ``run(fn, *args)`` runs ``fn(conn, *args)`` on a reader."""

    @app.get(
        "/export",
        summary="The filtered events as a file",
        response_class=FileResponse,
        response_description="The file, named crisislens-events.EXTENSION. The headers "
        "X-Events-Written and X-Events-Left-Out say how many events it holds and how many "
        "matching events it could not hold (GeoJSON: those without coordinates).",
    )
    def export(
        flt: filters,
        fmt: Annotated[
            ExportName,
            Query(alias="format", description="one of the formats of GET /export/formats"),
        ] = DEFAULT_FORMAT,
    ) -> FileResponse:
        spec = exports.get(fmt.value)
        folder = tempfile.TemporaryDirectory(prefix="crisislens-export-")
        path = Path(folder.name) / f"crisislens-events.{spec.extension}"
        try:
            result = run(lambda conn: spec.write(conn, path, flt))
        except BaseException:
            folder.cleanup()
            raise
        return FileResponse(
            path,
            media_type=spec.media_type,
            filename=path.name,
            headers={
                "X-Events-Written": str(result.written),
                "X-Events-Left-Out": str(result.left_out),
            },
            background=BackgroundTask(folder.cleanup),
        )

    @app.get("/export/formats", summary="The export formats, as GET /export takes them")
    def export_formats() -> list[ExportFormatInfo]:
        return [
            ExportFormatInfo(
                name=f.name,
                label=f.label,
                media_type=f.media_type,
                extension=f.extension,
                description=f.description,
            )
            for f in exports.formats()
        ]
