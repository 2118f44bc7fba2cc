"""``GET /event-types``: the event types the API takes, from ``data/event_types.yaml``.

The table of event types is data (see docs/EXTENDING.md); this route serves it to clients, and
the dashboard reads it for its type filter, its colours and its legends, so a type added to the
table appears there with no change to the dashboard.
"""

from fastapi import FastAPI
from pydantic import BaseModel, Field

from crisislens.events.types import event_types


class EventTypeInfo(BaseModel):
    code: str = Field(description="the PLOVER type, as `event_type` takes it")
    description: str = Field(description="what the type covers")
    colour: str = Field(description="its colour on the dashboard (#rrggbb)")
    stance: str = Field(description="cooperative, hostile or neutral")
    cameo: list[str] = Field(description="its CAMEO root code(s)")
    modes: list[str] = Field(description="its modes (PLOVER's subtypes)")


def add_event_type_routes(app: FastAPI) -> None:
    """Register ``GET /event-types``."""

    @app.get(
        "/event-types",
        summary="The event types, in the table's order, with description and colour",
    )
    def types() -> list[EventTypeInfo]:
        return [
            EventTypeInfo(
                code=t.code,
                description=t.description,
                colour=t.colour,
                stance=t.stance,
                cameo=list(t.cameo),
                modes=list(t.modes),
            )
            for t in event_types().values()
        ]
