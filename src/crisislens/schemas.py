"""The contracts between stages: what an article is, and what we say about it.

The record written by ``crisislens extract`` is :class:`ArticleRecord`, one JSON object per
article. Field names are a contract that other tools read (see ``docs/RECORD.md``): extend them,
never rename them. Offsets are character offsets into ``Article.text`` as read.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from crisislens.errors import FailureStatus, InputError
from crisislens.events.types import type_codes

# the event types are registered in data/event_types.yaml (events/types.py): a new type is
# one entry there, and this enum, the API's and the docs' follow
PLOVER_TYPES: tuple[str, ...] = type_codes()
PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
MODALITIES: tuple[str, ...] = (
    "asserted",
    "negated",
    "possible",
    "planned",
    "hypothetical",
    "demanded",
)
Modality = Literal["asserted", "negated", "possible", "planned", "hypothetical", "demanded"]
QUANTITY_KINDS: tuple[str, ...] = (
    "dead",
    "injured",
    "arrested",
    "displaced",
    "size",
    "troops",
    "money",
    "other",
)
QuantityKind = Literal[
    "dead", "injured", "arrested", "displaced", "size", "troops", "money", "other"
]


# country codes of bodies that belong to no state (CAMEO's): intergovernmental organisations and
# international NGOs (IGO), transnational armed groups (IMG)
NON_STATE_CODES = frozenset({"IGO", "IMG"})


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Record):
    """One input document, as read. ``text`` is what every offset points into."""

    article_id: str
    text: str
    source_id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    origin: str | None = None  # where it was read from, e.g. "editorial.txt" or "feed.jsonl:12"


class TextSpan(_Record):
    """A stretch of the article's text: what it says and where (character offsets)."""

    text: str
    start: int
    end: int


class Actor(_Record):
    """Who acts or is acted on. ``name`` is canonical ("Mr Putin" -> "Vladimir Putin")."""

    text: str
    start: int
    end: int
    name: str
    country: str | None = None  # ISO 3166 alpha-3, or one of NON_STATE_CODES
    sector: str | None = None  # GOV MIL COP REB OPP PRO CVL IGO MED BUS ...


class Place(_Record):
    """A toponym resolved against the gazetteer; lat/lon are null where it is not resolved."""

    text: str
    start: int
    end: int
    name: str
    geonameid: int | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    # the GeoNames ids of the province and district it lies in: a village and its province
    # named together ("in Sarmin, Idlib") are linked by village.admin1_geonameid
    admin1_geonameid: int | None = None
    admin2_geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str = "unknown"  # country, admin1, admin2, city, region, sea, continent, unknown
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    # how the text names it: a place name, a demonym ("Russian"), or inside another name
    # ("Air Zimbabwe"); only names are candidates for where an event happened. On an event's
    # location, "article" marks the article's dateline or focus place, given to an event whose
    # own sentence names no place (at a lower confidence); on a mention's location only, "noun"
    # is a common noun that says where that mention happened ("shot at a checkpoint"); a
    # "modifier" names a party's backer, base or maker ("Iran-backed rebels"), no place of
    # anything the text tells
    mention: Literal["name", "demonym", "embedded", "article", "noun", "modifier"] = "name"


class Quantity(_Record):
    kind: QuantityKind
    value: float
    text: str
    start: int
    end: int


DatePrecision = Literal["day", "week", "month", "year"]
DateSource = Literal["text", "published", "context"]


class Mention(_Record):
    """One place in the text that tells of an event: its trigger words and their sentence, and
    the roles that mention's own words give (an extension: the event's roles are completed from
    all its mentions; a mention's are only its own)."""

    trigger: TextSpan | None = None
    evidence: TextSpan
    actor: Actor | None = None
    recipient: Actor | None = None
    location: Place | None = None


class Event(_Record):
    event_id: str
    event_type: PloverType
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    modality: Modality = "asserted"
    actor: Actor | None = None
    recipient: Actor | None = None
    location: Place | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    quantities: list[Quantity] = Field(default_factory=list)
    evidence: TextSpan
    confidence: float = Field(ge=0.0, le=1.0)
    trigger: TextSpan | None = None  # the words that name the event (an extension of the contract)
    # extensions: every mention of this one happening in the article (the event's own trigger
    # and evidence are its most informative one), and how precise ``date`` is
    mentions: list[Mention] = Field(default_factory=list)
    date_precision: DatePrecision | None = None
    # extension: where ``date`` comes from: the text, or (for the report's own news that the
    # text does not date) the publication date
    date_source: DateSource | None = None
    # extension: history the article recalls, dated by its own words two or more years before
    # the report ("the 2014 overthrow"): kept with that date, but no news of the report's time
    background: bool = False


class Tone(_Record):
    score: float = Field(ge=-1.0, le=1.0)
    loaded_terms: list[TextSpan] = Field(default_factory=list)


class ArticleRecord(_Record):
    """What ``crisislens extract`` writes for one article."""

    article_id: str
    source_id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    tone: Tone = Field(default_factory=lambda: Tone(score=0.0))


class Failure(_Record):
    """An input that was skipped or could not be read, with a reason a person can act on."""

    origin: str
    reason: str
    status: FailureStatus = "failed"

    @classmethod
    def from_error(cls, origin: str, err: InputError) -> Failure:
        """The failure an input error stands for: its message, and its type's status."""
        return cls(origin=origin, reason=str(err), status=err.status)
