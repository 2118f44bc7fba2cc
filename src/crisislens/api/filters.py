"""The event filters every list route takes, and the refusal of parameters no route knows.

``/events``, ``/stories``, ``/stats``, ``/map``, ``/timeline`` and ``/export`` take the same
filters, so every panel of the dashboard and every file counts the same events. A parameter a
route does not take is a 422, never silently ignored; where it is another spelling of one we
take (the CLI's ``--type``, ``--since``, ``--until``), the message says which to use.
"""

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from crisislens.schemas import MODALITIES, PLOVER_TYPES
from crisislens.store.query import EventFilter

EventType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
ModalityName = Literal[MODALITIES]  # type: ignore[valid-type]
BBOX_PATTERN = r"^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$"

# other spellings of the filters (the CLI's flags among them) -> the parameter to use
OTHER_SPELLINGS = {
    "type": "event_type",
    "types": "event_type",
    "event_types": "event_type",
    "since": "date_from",
    "until": "date_to",
    "from": "date_from",
    "to": "date_to",
    "start": "date_from",
    "end": "date_to",
    "iso": "country",
    "iso3": "country",
    "q": "text",
    "query": "text",
}


def parse_box(value: str | None, name: str = "bbox") -> tuple[float, float, float, float] | None:
    """'min_lon,min_lat,max_lon,max_lat' -> a tuple, or a 422 naming the parameter."""
    if value is None:
        return None
    west, south, east, north = (float(x) for x in value.split(","))
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(
            422, f"{name} must be min_lon,min_lat,max_lon,max_lat within -180..180 and -90..90"
        )
    return west, south, east, north


def event_filters(
    event_type: Annotated[
        list[EventType],
        Query(description="PLOVER event type; repeat for several (`event_type=A&event_type=B`)"),
    ] = [],  # noqa: B006 - FastAPI reads the default, never mutates it
    country: Annotated[
        str | None,
        Query(
            pattern="^[A-Z]{3}$",
            description="ISO 3166 alpha-3 code of the actor's, recipient's or place's country",
        ),
    ] = None,
    actor: Annotated[
        str | None,
        Query(max_length=100, description="text in the actor's or recipient's name (any case)"),
    ] = None,
    date_from: Annotated[
        date | None, Query(description="events on or after this day (YYYY-MM-DD)")
    ] = None,
    date_to: Annotated[
        date | None, Query(description="events on or before this day (YYYY-MM-DD)")
    ] = None,
    bbox: Annotated[
        str | None,
        Query(
            pattern=BBOX_PATTERN,
            description="only events located inside min_lon,min_lat,max_lon,max_lat",
        ),
    ] = None,
    modality: Annotated[
        list[ModalityName],
        Query(
            description="asserted, negated, possible, planned, hypothetical or demanded; repeatable"
        ),
    ] = [],  # noqa: B006 - FastAPI reads the default, never mutates it
    text: Annotated[
        str | None,
        Query(max_length=200, description="text in the evidence sentence (any case)"),
    ] = None,
) -> EventFilter:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(
            422,
            [
                {
                    "loc": ["query", "date_from"],
                    "msg": f"{date_from} is after date_to {date_to}",
                    "type": "date_order",
                }
            ],
        )
    return EventFilter(
        event_types=list(event_type),
        country=country,
        actor=actor,
        date_from=date_from,
        date_to=date_to,
        bbox=parse_box(bbox),
        modality=list(modality),
        text=text,
    )


Filters = Annotated[EventFilter, Depends(event_filters)]


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def reject_unknown_parameters(request: Request) -> None:
    """A 422 for any query parameter the route does not take (routes in the API schema only:
    the dashboard's page keeps its state in its own URL)."""
    route: Any = request.scope.get("route")
    if not isinstance(route, APIRoute) or not route.include_in_schema:
        return
    unknown = sorted(set(request.query_params) - _query_names(route.dependant))
    if unknown:
        raise HTTPException(
            422,
            [
                {
                    "loc": ["query", name],
                    "msg": f"unknown parameter {name!r}"
                    + (
                        f"; use {OTHER_SPELLINGS[name]!r}"
                        if OTHER_SPELLINGS.get(name) in _query_names(route.dependant)
                        else f"; {route.path} takes "
                        + ", ".join(sorted(_query_names(route.dependant)) or ["no parameters"])
                    ),
                    "type": "unknown_parameter",
                }
                for name in unknown
            ],
        )
