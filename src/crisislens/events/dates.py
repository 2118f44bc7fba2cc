"""Dates: a date expression resolved against the article's publication date and the nearest
explicit date before it (the *anchor*), with how precise it is.

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
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
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


_SAME_DAY = re.compile(r"\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b")
_DAYS_LATER = re.compile(
    r"\b(?:the (next|following) day|the day (after|before)|"
    rf"(\d+|{'|'.join(NUMBER_WORDS)}) days?)"
    r"(?: (later|after|afterwards|earlier|before))?\b"
)
PRECISION_OF_LENGTH = {10: "day", 7: "month", 4: "year"}


@dataclass(frozen=True)
class ResolvedDate:
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day, week, month or year


def _month_year(month: int, pub: date, year: int | None) -> int:
    if year is not None:
        return year
    return pub.year if month <= pub.month else pub.year - 1


def _normalised(text: str) -> str:
    t = text.lower().replace(",", " ").replace(".", " ")
    return re.sub(r"\s+", " ", t).strip()


def resolve_date(
    text: str, published: str | None, anchor: str | None = None
) -> ResolvedDate | None:
    """Resolve a date expression; ``anchor`` is the nearest explicit day before it in the text
    (it gives "5 January" its year and "that day", "two days later" their day)."""
    t = _normalised(text)
    if _DURATION.match(t):
        return None  # "29 years" is a duration, not a date
    if anchor is not None and len(anchor) == 10:
        relative = _from_anchor(t, date.fromisoformat(anchor))
        if relative is not None:
            return ResolvedDate(relative, "day")
    month = _month_of(t) if _YEAR.search(t) is None else None
    if (
        anchor is not None
        and month is not None
        and (published is None or month <= int(published[5:7]))
    ):
        # "also on 6 January" after "On 5 January 2022": the anchor's year (unless that would
        # put it after the article was published)
        published = f"{anchor[:4]}-12-31"
    week = "week" in t.split() and ("last" in t or "this" in t)
    resolved = resolve_date_text(text, published)
    if resolved is None:
        return None
    return ResolvedDate(resolved, "week" if week else PRECISION_OF_LENGTH[len(resolved)])


def _month_of(t: str) -> int | None:
    return next(
        (MONTHS[w] for w in re.findall(r"[a-z]+", t) if w in MONTHS and w != "may"),
        MONTHS["may"] if re.search(r"\bmay \d|\d+ may\b|\bin may\b", t) else None,
    )


def _from_anchor(t: str, anchor: date) -> str | None:
    """ "that day", "the next day", "two days later" against the anchor day; else None."""
    if _SAME_DAY.search(t):
        return anchor.isoformat()
    match = _DAYS_LATER.search(t)
    if match is None:
        return None
    _next_day, after_before, count, later_earlier = match.groups()
    if count is not None and later_earlier is None:
        return None  # "two days" with no "later" is a duration
    n = 1 if count is None else int(count) if count.isdigit() else NUMBER_WORDS.get(count)
    if n is None:
        return None
    back = after_before == "before" or later_earlier in ("earlier", "before")
    return (anchor - timedelta(days=n) if back else anchor + timedelta(days=n)).isoformat()


def resolve_date_text(text: str, published: str | None) -> str | None:
    """Resolve a date expression to YYYY-MM-DD, YYYY-MM or YYYY; None if it names no date."""
    t = _normalised(text)
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
    if {"today", "tonight"} & set(words) or re.search(r"\bthis (morning|afternoon|evening)", t):
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


# -- dates in a parsed article ------------------------------------------------------------
DATE_LABELS = ("DATE", "TIME")
# a date under these prepositions dates a span or another happening, not the event
NOT_THE_EVENTS = {"since", "until", "till", "ahead", "before"}
PREMODIFIERS = {"compound", "nummod", "amod", "nmod", "poss", "npadvmod", "quantmod"}
ADDRESS_NOUNS = {"block", "hundred", "street", "avenue", "road", "drive", "lane", "boulevard"}
_MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
_EXPLICIT_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAMES}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(r"^(?:the )?(1[89]\d\d|20\d\d)$")


class ArticleDates:
    """Every date expression of a parsed article, resolved in reading order: each against the
    publication date and the nearest explicit day before it (the anchor).

    >>> dates = ArticleDates(doc, "2024-01-10")                       # doctest: +SKIP
    >>> dates.of_trigger([token_of("attacked")])                      # doctest: +SKIP
    ResolvedDate(date='2024-01-08', precision='day')
    """

    def __init__(self, doc: Doc, published: str | None) -> None:
        self.resolved: dict[int, ResolvedDate] = {}  # entity start token -> its date
        self.entities: list[Span] = []
        anchor = None
        for ent in _date_expressions(doc):
            if _no_date(ent):
                continue
            found = resolve_date(ent.text, published, anchor)
            if found is None:
                continue
            self.resolved[ent.start] = found
            self.entities.append(ent)
            if found.precision == "day":
                anchor = found.date

    def of_trigger(self, tokens: list[Token]) -> ResolvedDate | None:
        """The date that dates an event named by ``tokens``: a date expression of its own
        clause that dates no other noun ("the 2011 strike" dates the strike, not the event);
        failing that, one in a phrase on a noun of its clause ("at the site ... on Tuesday");
        failing that, the one date of its sentence that dates no other noun."""
        if not tokens:
            return None
        sent = tokens[0].sent
        ids = {t.i for t in tokens}
        clause = {_clause_verb(t).i for t in tokens}
        found: dict[str, list[Span]] = {"own": [], "phrase": [], "sentence": []}
        for ent in self.entities:
            if ent.start < sent.start or ent.end > sent.end or _after_span_preposition(ent):
                continue
            how = _dates(ent, ids, clause)
            if how is not None:
                found[how].append(ent)
        for how in ("own", "phrase"):
            if found[how]:
                return self.resolved[found[how][0].start]
        return self.resolved[found["sentence"][0].start] if len(found["sentence"]) == 1 else None


def _date_expressions(doc: Doc) -> list[Span]:
    """The tagger's DATE and TIME entities, and the explicit dates it missed ("On 9 November
    2023 riot police ...")."""
    found = [ent for ent in doc.ents if ent.label_ in DATE_LABELS]
    taken = {t for ent in found for t in range(ent.start, ent.end)}
    for match in _EXPLICIT_DATE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not taken & set(range(span.start, span.end)):
            found.append(span)
    return sorted(found, key=lambda s: s.start)


def _no_date(ent: Span) -> bool:
    """A bare number the tagger took for a year: "the 2000 block"."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return bool(
        _BARE_YEAR.match(ent.text.lower())
        and after is not None
        and after.lemma_.lower() in ADDRESS_NOUNS
    )


def _after_span_preposition(ent: Span) -> bool:
    """ "since independence 30 years ago": the date of what "since" names, not of the event."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.dep_ == "pobj"
        and before.head.lower_ in NOT_THE_EVENTS
        and before.head.i >= ent.start - 4
    )


def _dates(ent: Span, trigger_ids: set[int], clause_ids: set[int]) -> str | None:
    """ "own" when ``ent`` hangs from the trigger or its clause's verb; "phrase" when it gets
    there through another noun ("the shooting took place Saturday", "near Parker Road Tuesday
    night": the parser may hang a date on the nearest noun); "sentence" when it dates another
    clause of the sentence; None when it dates a noun ("the 2011 strike") or a span ("since
    2011")."""
    node, through_noun = ent.root, False
    # "On 9 November 2023 riot police ...": a date after a preposition modifies no noun
    prepositional = ent.start > 0 and ent.doc[ent.start - 1].pos_ == "ADP"
    for _ in range(8):
        if node.i in trigger_ids or node.i in clause_ids:
            return "phrase" if through_noun else "own"
        head = node.head
        if head is node:
            return "sentence"
        if head.lower_ in NOT_THE_EVENTS:
            return None
        if (
            head.pos_ in ("NOUN", "PROPN")
            and head.i not in trigger_ids
            and node.dep_ != "conj"
            and head.ent_type_ not in DATE_LABELS  # "Tuesday night"
        ):
            if node.i < head.i and node.dep_ in PREMODIFIERS and not prepositional:
                return None  # "the 2011 strike", "last year's protests"
            through_noun = True
        node = head
    return "sentence"


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token`` (itself when it is a verb)."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            return node
        node = node.head
    return node
