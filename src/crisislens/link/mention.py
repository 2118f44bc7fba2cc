"""What the linker knows about one event mention: the contract between featurizers and linker.

A :class:`LinkMention` comes from one of two places, and the pairwise features read both alike:

- a span of text given by hand (``crisislens link``, ECB+): :func:`crisislens.link.text.
  mentions_from_doc` reads the trigger's lemma, its arguments and the dates, names and numbers
  of its sentence from the spaCy parse;
- a coded event (``ingest``, ``stories``): :meth:`LinkMention.from_event` takes its type, actor,
  recipient, place, date with its precision and figures.

>>> t = TimeValue.parse("2022-01")
>>> t.precision, t.conflicts(TimeValue.parse("2022-01-06")), t.conflicts(TimeValue.parse("2021"))
('month', False, True)
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

PRECISIONS = ("day", "week", "month", "year")
# two reports may date one happening this many days apart (time zones, midnight, a report
# dated by its publication day) and still be compared
DAY_WINDOW = 2


@dataclass(frozen=True)
class TimeValue:
    """A date known to a precision: 2022-01-06 (day), 2022-01 (month), 2022 (year)."""

    day: date  # the first day of the period
    precision: str  # day, week, month or year

    @classmethod
    def parse(cls, text: str | None, precision: str | None = None) -> TimeValue | None:
        """From YYYY-MM-DD, YYYY-MM or YYYY; None for anything else."""
        if not text:
            return None
        parts = text.split("-")
        try:
            if len(parts) == 3:
                return cls(date(int(parts[0]), int(parts[1]), int(parts[2])), precision or "day")
            if len(parts) == 2:
                return cls(date(int(parts[0]), int(parts[1]), 1), "month")
            if len(parts) == 1 and len(parts[0]) == 4:
                return cls(date(int(parts[0]), 1, 1), "year")
        except ValueError:
            return None
        return None

    def _key(self, precision: str) -> tuple[int, ...]:
        if precision == "year":
            return (self.day.year,)
        if precision == "month":
            return (self.day.year, self.day.month)
        return (self.day.year, self.day.month, self.day.day)

    def coarser(self, other: TimeValue) -> str:
        return max(self.precision, other.precision, key=PRECISIONS.index)

    def conflicts(self, other: TimeValue, window_days: int = DAY_WINDOW) -> bool:
        """Known to be different days: at the coarser of the two precisions they differ.

        Two days conflict when more than ``window_days`` apart; a week-precise date allows a
        week either way.
        """
        precision = self.coarser(other)
        if precision in ("day", "week"):
            slack = window_days if precision == "day" else 7
            return abs((self.day - other.day).days) > slack
        return self._key(precision) != other._key(precision)

    def matches(self, other: TimeValue) -> bool:
        """The same day (or period) at the coarser precision."""
        return not self.conflicts(other, window_days=0)


@dataclass
class LinkMention:
    """One event mention, ready for pairwise comparison. Offsets are into its document."""

    key: Hashable  # what the caller calls it: (doc index, start, end), or an event id
    doc: str  # the document (article) it is in
    start: int  # the trigger's characters
    end: int
    sentence: int = 0  # the sentence's number in the document
    lemma: str = ""  # the trigger's head lemma, lower case
    text: str = ""  # the trigger as written, lower case
    pos: str = ""  # VERB, NOUN or other
    event_type: str | None = None  # PLOVER type where the mention was coded
    mode: str | None = None  # and its PLOVER mode ("peacekeeping" for an AID), where it has one
    word_vector: np.ndarray | None = None  # static vector of the trigger's head (unit length)
    context: np.ndarray | None = None  # the trigger in its sentence (all-MiniLM-L6-v2, unit)
    sentence_vector: np.ndarray | None = None  # the sentence (all-MiniLM-L6-v2, unit)
    evidence_vector: np.ndarray | None = None  # the sentence's content words (static, unit)
    arguments: frozenset[str] = frozenset()  # who and what: names or head lemmas of arguments
    # those of them that stand in for nobody named ("unidentified armed group (tgo)",
    # "protesters (tgo)"): two events that give one alike have no party in common
    stand_ins: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()  # names in the sentence (people, groups, places)
    wide_names: frozenset[str] = frozenset()  # those of them that name only a country or region
    time: TimeValue | None = None  # the date the mention itself gives its event
    # dated only by a date its story gave before it (its own sentence names none): like an
    # undated mention, it pairs with another of its type only on evidence beyond type and day
    context_dated: bool = False
    # a coded event dated by its own words ("on Monday"), not by its report's day or its story's
    worded_date: bool = False
    sentence_times: tuple[TimeValue, ...] = ()  # every date of the sentence
    numbers: frozenset[str] = frozenset()  # figures of the sentence, as written
    figures: tuple[tuple[str, float], ...] = ()  # (kind, value) of a coded event
    counts: frozenset[float] = frozenset()  # how many its arguments are ("captured 23 pirates")
    edition: int | None = (
        None  # the ordinal that tells which of a series it is ("the fourth round")
    )
    # the crime someone is charged with ("indicted on aggravated arson": given mentions;
    # link/telling.py is_charge_text), a legal act of its own, not the act the charge is for
    charge: bool = False
    # who speaks, where the mention tells of speaking ("the coroner said": coroner)
    speakers: frozenset[str] = frozenset()
    place: tuple[float, float, str, str | None] | None = None  # lat, lon, feature, country
    countries: frozenset[str] = frozenset()  # actor, recipient and place countries
    # the countries of every place its sentences name ("to Germany, Poland and Romania")
    named_countries: frozenset[str] = frozenset()
    published: date | None = None  # the document's date
    background: bool = False  # told in passing ("amid protests"): joins a story, never starts one
    asserted: bool = True  # modality asserted (or negated): only these give figures
    hedged: bool = False  # reported as possible ("may have been"): joins a story, never starts one
    # another happening named to compare ("similar attacks", "the worst since last March, when a
    # bombing killed 55"): joins no story, starts none, gives no figures
    compared: bool = False
    # told as earlier than the news its report gives, with no date of its own ("the council has
    # already banned", "days after the council banned"): undated, but before its report's day;
    # joins a story others start, never starts one, gives no figures
    prior: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def dated(self) -> bool:
        return self.time is not None

    @property
    def named_plan(self) -> bool:
        """A coded event told as planned or under way ("said he was deploying the army"),
        neither asserted nor reported as possible, by an actor its report names
        (``extra["actor_named"]``, :func:`crisislens.link.events.named_actor`)."""
        planned = bool(self.event_type) and not (self.asserted or self.hedged)
        return planned and bool(self.extra.get("actor_named"))

    @property
    def worded_day(self) -> bool:
        """Dated to a day by its own words."""
        return self.worded_date and self.time is not None and self.time.precision == "day"

    @property
    def founds(self) -> bool:
        """May start a story: neither told in passing, nor reported only as possible, nor named
        to compare, nor told as earlier than its report's news."""
        return not (self.background or self.hedged or self.compared or self.prior)
