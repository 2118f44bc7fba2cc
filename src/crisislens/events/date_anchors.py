"""Relative days: a date expression ("on Monday", "two days later", "last March", "also on 6
March") resolved against the article's publication date and the nearest explicit day before it
(the *anchor*), with how precise it is. The words and phrase shapes are in ``data/dates.yaml``
(:func:`date_words`); this module knows only the calendar. :mod:`crisislens.events.dates` finds
which expression dates which event.

>>> resolve_date_text("on Monday", "2022-01-07")   # a Friday: the Monday before
'2022-01-03'
>>> resolve_date_text("the 2014 overthrow", "2022-01-07")
'2014'
>>> resolve_date_text("last March", "2022-01-07")
'2021-03'
>>> resolve_date("also on 6 March", "2024-01-10", anchor="2023-03-05")   # the year carries over
ResolvedDate(date='2023-03-06', precision='day')
>>> resolve_date("two days later", None, anchor="2023-03-05")
ResolvedDate(date='2023-03-07', precision='day')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from functools import cache
from typing import Any

from crisislens.data import read_yaml, word_set

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
PRECISION_OF_LENGTH = {10: "day", 7: "month", 4: "year"}


@dataclass(frozen=True)
class Relative:
    """An expression dated by a step from publication: "yesterday" is one day back."""

    phrases: tuple[str, ...]
    unit: str  # day, week, month or year
    offset: int


@dataclass(frozen=True)
class DateWords:
    """``data/dates.yaml``: the words and phrase shapes of date expressions, read once."""

    months: dict[str, int]
    ambiguous_months: tuple[str, ...]
    weekdays: tuple[str, ...]
    weekday_aliases: dict[str, str]
    number_words: dict[str, int]
    previous_words: frozenset[str]
    next_words: frozenset[str]
    week_words: frozenset[str]
    week_deictics: tuple[str, ...]
    backward_words: frozenset[str]
    relative: tuple[Relative, ...]
    span_prepositions: frozenset[str]
    another_happening_words: frozenset[str]
    cause_prepositions: frozenset[str]
    act_preps: frozenset[str]
    sequence_after: frozenset[str]
    sequence_before: frozenset[str]
    sequence_units: dict[str, int]
    sequence_month_units: dict[str, int]
    vague_counts: frozenset[str]
    address_nouns: frozenset[str]
    anniversary_words: frozenset[str]
    name_links: frozenset[str]
    night_words: frozenset[str]
    reference_window_days: int
    happening_window_days: int
    said_day_lag_days: int
    quote_marks: frozenset[str]
    noun_of_preps: frozenset[str]
    carry_sentences: int
    night_day_gap: int
    carry_precisions: frozenset[str]
    carry_openers: frozenset[str]
    reporting_verbs: frozenset[str]
    current_tags: frozenset[str]
    past_tags: frozenset[str]
    report_day_modalities: frozenset[str]
    happened_modalities: frozenset[str]
    later_act_types: frozenset[str]
    earlier_auxiliaries: frozenset[str]
    earlier_marks: frozenset[str]
    place_relatives: frozenset[str]
    time_relatives: frozenset[str]
    future_auxiliaries: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    future_heads: frozenset[str]
    schedule_verbs: frozenset[str]
    present_tags: frozenset[str]
    duration: re.Pattern[str]
    recent_span: re.Pattern[str]
    day: re.Pattern[str]
    ago: re.Pattern[str]
    same_day: re.Pattern[str]
    days_later: re.Pattern[str]
    ambiguous_month: dict[str, re.Pattern[str]]
    explicit_date: re.Pattern[str]
    anchored: re.Pattern[str]
    untagged: re.Pattern[str]
    untagged_weekday: re.Pattern[str]


# the fields read as they are from dates.yaml: word lists (as sets) and numbers
_WORD_SETS = tuple(
    f.name for f in fields(DateWords) if f.type == "frozenset[str]" and f.name != "reporting_verbs"
)
_NUMBERS = tuple(f.name for f in fields(DateWords) if f.type == "int")


@cache
def date_words() -> DateWords:
    data = read_yaml("dates.yaml")
    patterns = data["patterns"]
    months = {str(k): int(v) for k, v in data["months"].items()}
    number_words = {str(k): int(v) for k, v in data["number_words"].items()}
    month_names = "|".join(sorted(months, key=len, reverse=True))
    as_read: dict[str, Any] = {name: frozenset(data[name]) for name in _WORD_SETS}
    as_read.update({name: int(data[name]) for name in _NUMBERS})
    return DateWords(
        **as_read,
        months=months,
        ambiguous_months=tuple(data["ambiguous_months"]),
        weekdays=tuple(data["weekdays"]),
        weekday_aliases={str(k): str(v) for k, v in data["weekday_aliases"].items()},
        number_words=number_words,
        week_deictics=tuple(data["week_deictics"]),
        relative=tuple(
            Relative(tuple(r["phrases"]), r["unit"], int(r["offset"])) for r in data["relative"]
        ),
        sequence_units={str(k): int(v) for k, v in data["sequence_units"].items()},
        sequence_month_units={str(k): int(v) for k, v in data["sequence_month_units"].items()},
        reporting_verbs=word_set("reporting_verbs.yaml", "reporting_verbs"),
        duration=re.compile(patterns["duration"]),
        recent_span=re.compile(patterns["recent_span"]),
        day=re.compile(patterns["day"]),
        ago=re.compile(patterns["ago"]),
        same_day=re.compile(patterns["same_day"]),
        days_later=re.compile(patterns["days_later"].replace("{numbers}", "|".join(number_words))),
        ambiguous_month={
            m: re.compile(patterns["ambiguous_month"].replace("{month}", m))
            for m in data["ambiguous_months"]
        },
        explicit_date=re.compile(
            patterns["explicit_date"].replace("{months}", month_names), re.IGNORECASE
        ),
        anchored=re.compile(
            patterns["anchored"].replace("{numbers}", "|".join(number_words)), re.IGNORECASE
        ),
        untagged=re.compile(patterns["untagged"], re.IGNORECASE),
        untagged_weekday=re.compile(patterns["untagged_weekday"]),
    )


@dataclass(frozen=True)
class ResolvedDate:
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day, week, month or year
    # the day of a reporting verb the act is told under ("..., officials said Sunday"), not of
    # the act's own clause: another mention's own earlier day may outrank it (dates.happening_date)
    said: bool = field(default=False, compare=False, repr=False)


def _month_year(month: int, pub: date, year: int | None, forward: bool = False) -> int:
    if year is not None:
        return year
    if forward:  # "will meet in January": the next one from publication on
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _normalised(text: str) -> str:
    t = text.lower().replace(",", " ").replace(".", " ")
    return re.sub(r"\s+", " ", t).strip()


def resolve_date(
    text: str,
    published: str | None,
    anchor: str | None = None,
    recent: ResolvedDate | None = None,
    forward: bool = False,
) -> ResolvedDate | None:
    """Resolve a date expression; ``anchor`` is the nearest explicit day before it in the text
    (it gives "5 January" its year), ``recent`` the last date the text names before it, of any
    precision ("that day", "two days later" step from it; from ``anchor`` when it is not
    given). ``forward``: the expression dates a clause about the future ("will meet on
    Friday"), so a bare weekday or month is the next one from publication on.

    >>> resolve_date("on Friday", "2024-03-13", forward=True)   # a Wednesday
    ResolvedDate(date='2024-03-15', precision='day')
    >>> resolve_date("in February", "2024-03-13", forward=True)
    ResolvedDate(date='2025-02', precision='month')
    """
    words = date_words()
    t = _normalised(text)
    if words.duration.match(t):
        return None  # "29 years" is a duration, not a date
    base = recent or (ResolvedDate(anchor, "day") if anchor and len(anchor) == 10 else None)
    if base is not None:
        relative = _from_anchor(t, base)
        if relative is not None:
            return relative
    month = _month_of(t) if _YEAR.search(t) is None else None
    if (
        anchor is not None
        and not forward
        and month is not None
        and (published is None or month <= int(published[5:7]))
    ):
        # "also on 6 January" after "On 5 January 2022": the anchor's year (unless that would
        # put it after the article was published)
        published = f"{anchor[:4]}-12-31"
    week = bool(words.week_words & set(t.split())) and any(w in t for w in words.week_deictics)
    resolved = resolve_date_text(text, published, forward)
    if resolved is None:
        return None
    return ResolvedDate(resolved, "week" if week else PRECISION_OF_LENGTH[len(resolved)])


def _month_of(t: str) -> int | None:
    """The month an expression names; an ambiguous name ("may") only where its shape says so."""
    words = date_words()
    return next(
        (
            words.months[w]
            for w in re.findall(r"[a-z]+", t)
            if w in words.months and w not in words.ambiguous_months
        ),
        next(
            (words.months[m] for m, shape in words.ambiguous_month.items() if shape.search(t)),
            None,
        ),
    )


def _from_anchor(t: str, base: ResolvedDate) -> ResolvedDate | None:
    """ "that day", "the next day", "two days later" against the date named before; else None.
    Days from a day are counted; "days later" with no count is that day's month; a step from a
    week, month or year ("Last month, ... Days later, ...") stays in it, as precise as it."""
    words = date_words()
    if words.same_day.search(t):
        return base
    match = words.days_later.search(t)
    if match is None or _relative_entry(t) is not None:
        return None  # "the day before yesterday" steps from publication, not from the text
    after_before, count, later_earlier = match.group("after_before", "count", "later_earlier")
    vague = match.group("vague") is not None
    if (count is not None or vague) and later_earlier is None:
        return None  # "two days" with no "later" is a duration
    if base.precision != "day":
        return base
    if vague:
        return ResolvedDate(base.date[:7], "month")
    n = 1 if count is None else int(count) if count.isdigit() else words.number_words.get(count)
    if n is None:
        return None
    back = after_before in words.backward_words or later_earlier in words.backward_words
    day = date.fromisoformat(base.date)
    return ResolvedDate(
        (day - timedelta(days=n) if back else day + timedelta(days=n)).isoformat(), "day"
    )


def resolve_date_text(text: str, published: str | None, forward: bool = False) -> str | None:
    """Resolve a date expression to YYYY-MM-DD, YYYY-MM or YYYY; None if it names no date.
    ``forward``: a bare weekday or month is the next one from publication on."""
    words = date_words()
    t = _normalised(text)
    if words.duration.match(t):
        return None  # "29 years" is a duration, not a date
    pub = date.fromisoformat(published) if published else None
    year_match = _YEAR.search(t)
    year = int(year_match.group(1)) if year_match else None
    month = next(
        (
            words.months[w]
            for w in re.findall(r"[a-z]+", t)
            if w in words.months and not (w in words.ambiguous_months and t == w)
        ),
        None,
    )
    if month is not None:
        return _in_month(t, month, year, pub, forward)
    if year is not None:
        return str(year)
    if pub is None:
        return None
    return _ago(t, pub) or _weekday(t, pub, forward) or _relative(t, pub)


def _in_month(
    t: str, month: int, year: int | None, pub: date | None, forward: bool = False
) -> str | None:
    """ "6 March", "last March", "March 2014": the day or month, the year from the text or else
    the last such month up to publication (the next from it on, ``forward``)."""
    if pub is None and year is None:
        return None
    y = _month_year(month, pub, year, forward) if pub else year
    if y is None:
        return None
    previous = date_words().previous_words & set(t.split())
    if previous and year is None and pub is not None and month >= pub.month:
        y = pub.year - 1
    if year is None and pub is not None and (told := _year_told(t, pub)) is not None:
        y = told  # "May last year", "in March, this year"
    day_match = date_words().day.search(_YEAR.sub("", t))
    if day_match and 1 <= int(day_match.group(1)) <= 31:
        try:
            return date(y, month, int(day_match.group(1))).isoformat()
        except ValueError:
            return f"{y:04d}-{month:02d}"
    return f"{y:04d}-{month:02d}"


def _year_told(t: str, pub: date) -> int | None:
    """The year a month is told in by a phrase of the ``relative`` table's year steps: "May
    last year" (a report of September 2024) is May 2023, "March next year" March 2025."""
    steps = (r for r in date_words().relative if r.unit == "year")
    return next((pub.year + r.offset for r in steps if any(p in t for p in r.phrases)), None)


def _step(pub: date, unit: str, n: int) -> str:
    """``n`` calendar units from ``pub`` (back when negative), as precise as the unit: a day for
    day and week steps, a month, a year."""
    if unit == "day":
        return (pub + timedelta(days=n)).isoformat()
    if unit == "week":
        return (pub + timedelta(weeks=n)).isoformat()
    if unit == "month":
        months = pub.month + n - 1
        return f"{pub.year + months // 12:04d}-{months % 12 + 1:02d}"
    return str(pub.year + n)


def _ago(t: str, pub: date) -> str | None:
    """ "three days ago", "a month ago", "a fortnight ago"."""
    words = date_words()
    ago = words.ago.search(t)
    if ago is None:
        return None
    count, unit = ago.group("count", "unit")
    n = int(count) if count.isdigit() else words.number_words.get(count, 1)
    if unit == "fortnight":  # "a fortnight ago": two weeks
        unit, n = "week", 2 * n
    return _step(pub, unit, -n)


def _weekday(t: str, pub: date, forward: bool = False) -> str | None:
    """ "on Monday" (the last one up to publication; ``forward``, the first one from it on),
    "last Friday", "next Friday", "over the weekend" (its Saturday)."""
    words = date_words()
    tokens = [words.weekday_aliases.get(w, w) for w in t.split()]
    for index, name in enumerate(words.weekdays):
        if name in tokens:
            back = (pub.weekday() - index) % 7
            if words.next_words & set(tokens):
                return (pub + timedelta(days=(index - pub.weekday()) % 7 or 7)).isoformat()
            if forward and not words.previous_words & set(tokens):
                return (pub + timedelta(days=(index - pub.weekday()) % 7)).isoformat()
            if words.previous_words & set(tokens) and back == 0:
                back = 7
            return (pub - timedelta(days=back)).isoformat()
    return None


def _relative(t: str, pub: date) -> str | None:
    """ "yesterday", "this morning", "last month", "the day before yesterday": the first entry
    of the relative table that the expression names."""
    entry = _relative_entry(t)
    return None if entry is None else _step(pub, entry.unit, entry.offset)


def day_step(text: str) -> Relative | None:
    """The entry of the relative table a date expression names when it steps days from the
    day of telling ("today", "this morning", "yesterday", "last night"); else None.

    >>> day_step("this evening").offset
    0
    >>> day_step("last week") is None
    True
    """
    entry = _relative_entry(_normalised(text))
    return (
        entry
        if entry is not None and entry.unit == "day" and "week" not in entry.phrases[0]
        else None
    )


def _relative_entry(t: str) -> Relative | None:
    """The first entry of the relative table that the expression ``t`` names, or None."""
    tokens = t.split()
    for entry in date_words().relative:
        if any(p in tokens if " " not in p else p in t for p in entry.phrases):
            return entry
    return None
