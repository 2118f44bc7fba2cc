"""Dates: the date of an event, resolved against the article's publication date.

>>> resolve_date_text("on Monday", "2022-01-07")   # a Friday: the Monday before
'2022-01-03'
>>> resolve_date_text("the 2014 overthrow", "2022-01-07")
'2014'
>>> resolve_date_text("last March", "2022-01-07")
'2021-03'
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(),
        start=1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {
    d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
    "several": 3,
    "few": 3,
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_AGO = re.compile(r"\b(\d+|[a-z]+) (day|week|month|year)s? ago\b")
_DURATION = re.compile(
    r"^(?:for |over |about |nearly |almost |more than |the past |the last )*"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|"
    r"many|some) (?:day|week|month|year|decade|hour|minute)s?$"
)


def _month_year(month: int, pub: date, year: int | None) -> int:
    if year is not None:
        return year
    return pub.year if month <= pub.month else pub.year - 1


def resolve_date_text(text: str, published: str | None) -> str | None:
    """Resolve a date expression to YYYY-MM-DD, YYYY-MM or YYYY; None if it names no date."""
    t = text.lower().replace(",", " ").replace(".", " ")
    t = re.sub(r"\s+", " ", t).strip()
    if _DURATION.match(t):
        return None  # "29 years" is a duration, not a date
    pub = date.fromisoformat(published) if published else None
    year_match = _YEAR.search(t)
    year = int(year_match.group(1)) if year_match else None
    month = next(
        (
            MONTHS[w]
            for w in re.findall(r"[a-z]+", t)
            if w in MONTHS and not (w == "may" and t == "may")
        ),
        None,
    )
    if month is not None:
        day_match = _DAY.search(_YEAR.sub("", t))
        if pub is None and year is None:
            return None
        y = _month_year(month, pub, year) if pub else year
        if y is None:
            return None
        if "last" in t.split() and year is None and pub is not None and month >= pub.month:
            y = pub.year - 1
        if day_match and 1 <= int(day_match.group(1)) <= 31:
            try:
                return date(y, month, int(day_match.group(1))).isoformat()
            except ValueError:
                return f"{y:04d}-{month:02d}"
        return f"{y:04d}-{month:02d}"
    if year is not None:
        return str(year)
    if pub is None:
        return None
    if (ago := _AGO.search(t)) is not None:
        n = int(ago.group(1)) if ago.group(1).isdigit() else NUMBER_WORDS.get(ago.group(1), 1)
        unit = ago.group(2)
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat()
        if unit == "week":
            return (pub - timedelta(weeks=n)).isoformat()
        if unit == "month":
            m = (pub.month - n - 1) % 12 + 1
            y = pub.year + (pub.month - n - 1) // 12
            return f"{y:04d}-{m:02d}"
        return str(pub.year - n)
    words = t.split()
    for name, index in WEEKDAYS.items():
        if name in words:
            back = (pub.weekday() - index) % 7
            if "next" in words:
                return (pub + timedelta(days=(index - pub.weekday()) % 7 or 7)).isoformat()
            if "last" in words and back == 0:
                back = 7
            return (pub - timedelta(days=back)).isoformat()
    if "yesterday" in words or "overnight" in words or "last night" in t:
        return (pub - timedelta(days=1)).isoformat()
    if "today" in words or "tonight" in words or "this morning" in t or "this evening" in t:
        return pub.isoformat()
    if "tomorrow" in words:
        return (pub + timedelta(days=1)).isoformat()
    if "last week" in t:
        return (pub - timedelta(weeks=1)).isoformat()
    if "this week" in t or "earlier this week" in t:
        return pub.isoformat()
    if "last month" in t:
        m = pub.month - 1 or 12
        return f"{pub.year if pub.month > 1 else pub.year - 1:04d}-{m:02d}"
    if "this month" in t:
        return f"{pub.year:04d}-{pub.month:02d}"
    if "last year" in t:
        return str(pub.year - 1)
    if "this year" in t:
        return str(pub.year)
    return None
