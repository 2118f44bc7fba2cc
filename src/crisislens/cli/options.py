"""Options and argument parsing shared by several commands (no printing here)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from crisislens.schemas import MODALITIES
from crisislens.settings import Settings

if TYPE_CHECKING:
    from crisislens.store import Store
    from crisislens.store.query import EventFilter

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = "DuckDB database file (default: $CRISISLENS_DB or ./crisislens.duckdb)."
COLUMN_FIELDS = ("text", "id", "title", "url", "published")


def parse_columns(value: str | None) -> dict[str, str] | None:
    """'text=body,id=uuid' -> {'text': 'body', 'id': 'uuid'}."""
    if not value:
        return None
    mapping = {}
    for pair in value.split(","):
        field, sep, column = pair.partition("=")
        if not sep or field.strip() not in COLUMN_FIELDS:
            raise click.BadParameter(
                f"{pair!r}: use FIELD=COLUMN with FIELD one of {', '.join(COLUMN_FIELDS)}",
                param_hint="--columns",
            )
        mapping[field.strip()] = column.strip()
    return mapping


def published_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: --published as YYYY-MM-DD, or one clear error."""
    from crisislens.errors import InputError
    from crisislens.ingest.articles import check_date

    try:
        return check_date(value)
    except InputError as err:
        raise click.BadParameter(f"{err} (use YYYY-MM-DD)") from err


def time_zone(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: --timezone as an IANA name, or one clear error."""
    from crisislens.errors import InputError
    from crisislens.ingest.articles import check_timezone

    try:
        return check_timezone(value)
    except InputError as err:
        raise click.BadParameter(str(err)) from err


TIMEZONE_HELP = (
    "Read the inputs' own timestamps that carry an offset (2022-01-06T02:30:00Z) as the day "
    "in this IANA time zone, the newsroom's own day, from which its 'yesterday' counts "
    "(e.g. America/New_York). Default: the date as written."
)


def writable_file(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """A click callback for an output file: its folder must exist ("-" is standard output)."""
    if value is None or str(value) == "-":
        return value
    path = Path(value)
    if not path.parent.is_dir():
        raise click.BadParameter(f"the folder {path.parent} does not exist; create it first")
    if path.is_dir():
        raise click.BadParameter(f"{path} is a folder; give a file name")
    return path


def load_settings(actors: tuple[str, ...] = ()) -> Settings:
    return Settings.from_env(actor_files=tuple(Path(a) for a in actors) or None)


def db_path(value: str | None) -> Path:
    return Path(value or os.environ.get("CRISISLENS_DB") or "crisislens.duckdb")


def open_store(db: str | None, read_only: bool) -> Store:
    from crisislens.errors import CrisislensError
    from crisislens.store import Store

    try:
        return Store.open(db_path(db), read_only=read_only)
    except CrisislensError as err:
        raise click.ClickException(str(err)) from err


def engine_options(fn: F) -> F:
    """--workers, --engine and --ray-address, shared by extract and ingest."""
    options = [
        click.option(
            "--workers",
            type=click.IntRange(1, 64),
            default=None,
            help="Processes to run; each loads its own pipeline (about 0.6 GB). "
            "Default: 1 with the local engine, 2 with Ray.",
        ),
        click.option(
            "--engine",
            type=click.Choice(["local", "ray"]),
            default="local",
            show_default=True,
            help="local: processes on this machine; ray: Ray Data (crisislens[ray]).",
        ),
        click.option(
            "--ray-address", help="Join this Ray cluster instead of starting a local Ray."
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def filter_options(fn: F) -> F:
    """The event filters shared by query and export."""
    options = [
        click.option(
            "--type",
            "--event-type",
            "event_types",
            multiple=True,
            metavar="PLOVER",
            help="PLOVER event type (the API's event_type); repeatable.",
        ),
        click.option("--country", metavar="ISO3", help="Actor, recipient or place country."),
        click.option("--actor", help="Text in the actor's or recipient's name."),
        click.option(
            "--since",
            "--date-from",
            "since",
            type=click.DateTime(["%Y-%m-%d"]),
            help="From this day, YYYY-MM-DD (the API's date_from).",
        ),
        click.option(
            "--until",
            "--date-to",
            "until",
            type=click.DateTime(["%Y-%m-%d"]),
            help="To this day, YYYY-MM-DD (the API's date_to).",
        ),
        click.option("--bbox", metavar="W,S,E,N", help="min_lon,min_lat,max_lon,max_lat."),
        click.option(
            "--modality",
            multiple=True,
            type=click.Choice(list(MODALITIES)),
            help="Repeatable.",
        ),
        click.option("--text", help="Text in the evidence sentence."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def event_filter(event_types, country, actor, since, until, bbox, modality, text) -> EventFilter:
    from crisislens.store.query import EventFilter

    box = None
    if bbox:
        try:
            values = tuple(float(x) for x in bbox.split(","))
        except ValueError as err:
            raise click.BadParameter(
                "use min_lon,min_lat,max_lon,max_lat", param_hint="--bbox"
            ) from err
        if len(values) != 4:
            raise click.BadParameter("use min_lon,min_lat,max_lon,max_lat", param_hint="--bbox")
        west, south, east, north = values
        if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
            raise click.BadParameter(
                "use min_lon,min_lat,max_lon,max_lat within -180..180 and -90..90",
                param_hint="--bbox",
            )
        box = (west, south, east, north)
    if country and not (len(country) == 3 and country.isalpha()):
        raise click.BadParameter(
            f"{country!r}: use an ISO 3166 alpha-3 code such as KAZ", param_hint="--country"
        )
    if since and until and since > until:
        raise click.BadParameter(
            f"{since.date()} is after --until {until.date()}", param_hint="--since"
        )
    from crisislens.schemas import PLOVER_TYPES

    unknown = sorted({t.upper() for t in event_types} - set(PLOVER_TYPES))
    if unknown:
        raise click.BadParameter(
            f"{', '.join(unknown)} is no PLOVER type; use one of {', '.join(PLOVER_TYPES)}",
            param_hint="--type",
        )
    return EventFilter(
        event_types=[t.upper() for t in event_types],
        country=country.upper() if country else None,
        actor=actor,
        date_from=since.date() if since else None,
        date_to=until.date() if until else None,
        bbox=box,
        modality=list(modality),
        text=text,
    )


MIN_INTERVAL_SECONDS = 10.0


def duration(value: str) -> float:
    """'90s', '15m', '1h' or plain seconds -> seconds; at least ``MIN_INTERVAL_SECONDS``, so a
    watcher never polls the sites it reads in a tight loop."""
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        seconds = float(value[:-1]) * units[value[-1]] if value[-1] in units else float(value)
    except (ValueError, IndexError) as err:
        raise click.BadParameter("use e.g. 90s, 15m or 1h", param_hint="--every") from err
    if not seconds >= MIN_INTERVAL_SECONDS:  # also refuses nan
        raise click.BadParameter(
            f"{value!r} is too short: poll at most every {MIN_INTERVAL_SECONDS:.0f}s "
            "(or use --once from cron)",
            param_hint="--every",
        )
    return seconds


class BadLineError(ValueError):
    """A JSON Lines input line that cannot be read; its message says what is wrong."""


def mention_line(line: str) -> tuple[dict, str, list[tuple[int, int]]]:
    """One `{"id", "text", "mentions": [{"start", "end"}]}` line (as `link` and `resolve` read
    it): the parsed object, its text and its mention spans, or BadLineError with a message a user
    can act on ('no "text" field with a string', 'mention 2 lies outside the text')."""
    import json

    try:
        item = json.loads(line)
    except ValueError as err:
        raise BadLineError(f"not a JSON object ({err})") from None
    if not isinstance(item, dict):
        raise BadLineError("not a JSON object")
    text = item.get("text")
    if not isinstance(text, str):
        raise BadLineError('no "text" field with a string')
    mentions = item.get("mentions", [])
    if not isinstance(mentions, list):
        raise BadLineError('"mentions" is not a list')
    spans = []
    for number, mention in enumerate(mentions, start=1):
        try:
            start, end = int(mention["start"]), int(mention["end"])
        except (KeyError, TypeError, ValueError):
            raise BadLineError(f'mention {number} has no integer "start" and "end"') from None
        if not 0 <= start < end <= len(text):
            raise BadLineError(f"mention {number} ({start}-{end}) lies outside the text")
        spans.append((start, end))
    return item, text, spans
