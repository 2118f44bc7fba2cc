"""Dates: a date expression resolved against the article's publication date and the nearest
explicit date before it (the *anchor*), with how precise it is. The words and phrase shapes
are in ``data/dates.yaml``; this module knows only the calendar.

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
from functools import cache

from spacy.tokens import Doc, Span, Token

from crisislens.data import read_yaml
from crisislens.nlp.doc_cache import doc_ents, doc_text

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
    number_words: dict[str, int]
    previous_words: frozenset[str]
    next_words: frozenset[str]
    week_words: frozenset[str]
    week_deictics: tuple[str, ...]
    backward_words: frozenset[str]
    relative: tuple[Relative, ...]
    span_prepositions: frozenset[str]
    act_preps: frozenset[str]
    sequence_after: frozenset[str]
    sequence_before: frozenset[str]
    sequence_units: dict[str, int]
    vague_counts: frozenset[str]
    address_nouns: frozenset[str]
    reference_window_days: int
    happening_window_days: int
    current_tags: frozenset[str]
    report_day_modalities: frozenset[str]
    happened_modalities: frozenset[str]
    later_act_types: frozenset[str]
    earlier_auxiliaries: frozenset[str]
    future_auxiliaries: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    future_heads: frozenset[str]
    present_tags: frozenset[str]
    duration: re.Pattern[str]
    day: re.Pattern[str]
    ago: re.Pattern[str]
    same_day: re.Pattern[str]
    days_later: re.Pattern[str]
    ambiguous_month: dict[str, re.Pattern[str]]
    explicit_date: re.Pattern[str]
    anchored: re.Pattern[str]


@cache
def date_words() -> DateWords:
    data = read_yaml("dates.yaml")
    patterns = data["patterns"]
    months = {str(k): int(v) for k, v in data["months"].items()}
    number_words = {str(k): int(v) for k, v in data["number_words"].items()}
    month_names = "|".join(sorted(months, key=len, reverse=True))
    return DateWords(
        months=months,
        ambiguous_months=tuple(data["ambiguous_months"]),
        weekdays=tuple(data["weekdays"]),
        number_words=number_words,
        previous_words=frozenset(data["previous_words"]),
        next_words=frozenset(data["next_words"]),
        week_words=frozenset(data["week_words"]),
        week_deictics=tuple(data["week_deictics"]),
        backward_words=frozenset(data["backward_words"]),
        relative=tuple(
            Relative(tuple(r["phrases"]), r["unit"], int(r["offset"])) for r in data["relative"]
        ),
        span_prepositions=frozenset(data["span_prepositions"]),
        act_preps=frozenset(data["act_preps"]),
        sequence_after=frozenset(data["sequence_after"]),
        sequence_before=frozenset(data["sequence_before"]),
        sequence_units={str(k): int(v) for k, v in data["sequence_units"].items()},
        vague_counts=frozenset(data["vague_counts"]),
        address_nouns=frozenset(data["address_nouns"]),
        reference_window_days=int(data["reference_window_days"]),
        happening_window_days=int(data["happening_window_days"]),
        current_tags=frozenset(data["current_tags"]),
        report_day_modalities=frozenset(data["report_day_modalities"]),
        happened_modalities=frozenset(data["happened_modalities"]),
        later_act_types=frozenset(data["later_act_types"]),
        earlier_auxiliaries=frozenset(data["earlier_auxiliaries"]),
        future_auxiliaries=frozenset(data["future_auxiliaries"]),
        perfect_auxiliaries=frozenset(data["perfect_auxiliaries"]),
        future_heads=frozenset(data["future_heads"]),
        present_tags=frozenset(data["present_tags"]),
        duration=re.compile(patterns["duration"]),
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
    )


@dataclass(frozen=True)
class ResolvedDate:
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day, week, month or year


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
    if match is None:
        return None
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
    day_match = date_words().day.search(_YEAR.sub("", t))
    if day_match and 1 <= int(day_match.group(1)) <= 31:
        try:
            return date(y, month, int(day_match.group(1))).isoformat()
        except ValueError:
            return f"{y:04d}-{month:02d}"
    return f"{y:04d}-{month:02d}"


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
    """ "three days ago", "a month ago"."""
    words = date_words()
    ago = words.ago.search(t)
    if ago is None:
        return None
    count = ago.group("count")
    n = int(count) if count.isdigit() else words.number_words.get(count, 1)
    return _step(pub, ago.group("unit"), -n)


def _weekday(t: str, pub: date, forward: bool = False) -> str | None:
    """ "on Monday" (the last one up to publication; ``forward``, the first one from it on),
    "last Friday", "next Friday"."""
    words = date_words()
    tokens = t.split()
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
    """ "yesterday", "this morning", "last month": the first entry of the relative table that
    the expression names."""
    tokens = t.split()
    for entry in date_words().relative:
        if any(p in tokens if " " not in p else p in t for p in entry.phrases):
            return _step(pub, entry.unit, entry.offset)
    return None


PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def happening_date(
    own: ResolvedDate | None,
    near: list[ResolvedDate],
    far: list[ResolvedDate],
    published: str | None,
) -> ResolvedDate | None:
    """A happening's date: its principal mention's ``own``, else the most precise of the other
    mentions' (nearest first): those ``near`` it (its paragraph) whatever their date, those
    ``far`` from it only when recent, their last day at most ``happening_window_days`` before
    publication (an older one is history the grouping took in).

    >>> recent, old = ResolvedDate("2024-07-01", "day"), ResolvedDate("2013", "year")
    >>> happening_date(None, [], [old, recent], "2024-07-05")
    ResolvedDate(date='2024-07-01', precision='day')
    >>> happening_date(None, [], [old], "2024-07-05") is None
    True
    >>> happening_date(None, [old], [], "2024-07-05")
    ResolvedDate(date='2013', precision='year')

    An own week or month that another mention's day falls in gives way to that day ("deported
    them this month" and "the 1 July deportations" tell one day):

    >>> happening_date(ResolvedDate("2024-07", "month"), [], [recent], "2024-07-05")
    ResolvedDate(date='2024-07-01', precision='day')
    """
    if published is not None:
        window = date_words().happening_window_days
        pub = date.fromisoformat(published)
        far = [d for d in far if (pub - _last_day(d.date)).days <= window]
    if own is not None:
        return _day_within(own, [*near, *far]) or own
    return min([*near, *far], key=lambda d: PRECISION_RANK[d.precision], default=None)


def not_after(found: ResolvedDate | None, published: str | None) -> ResolvedDate | None:
    """``found``, unless it begins after the day of the report: what has happened is not
    dated by a later day its sentence names ("retaliated with tariffs that take effect on 2
    April" dates the taking effect).

    >>> not_after(ResolvedDate("2025-04-02", "day"), "2025-03-11") is None
    True
    >>> not_after(ResolvedDate("2025-03", "month"), "2025-03-11")
    ResolvedDate(date='2025-03', precision='month')
    """
    if found is None or published is None:
        return found
    if len(found.date) == 4:
        begins = date(int(found.date), 1, 1)
    elif len(found.date) == 7 or found.precision == "week":
        begins = _first_day(found)
    else:
        begins = date.fromisoformat(found.date)
    return None if begins > date.fromisoformat(published) else found


def _day_within(coarse: ResolvedDate, others: list[ResolvedDate]) -> ResolvedDate | None:
    """The first of ``others`` that is a day inside ``coarse``, a week or a month."""
    if coarse.precision not in ("week", "month"):
        return None
    first, last = _first_day(coarse), _last_day(coarse.date)
    if coarse.precision == "week":
        last = first + timedelta(days=6)
    days = [d for d in others if d.precision == "day"]
    return next((d for d in days if first <= date.fromisoformat(d.date) <= last), None)


def _first_day(value: ResolvedDate) -> date:
    """The first day of a YYYY-MM month, or the Monday of the week a week's day lies in."""
    if len(value.date) == 7:
        return date.fromisoformat(value.date + "-01")
    day = date.fromisoformat(value.date)
    return day - timedelta(days=day.weekday())


def _last_day(value: str) -> date:
    """The last day of YYYY, YYYY-MM or YYYY-MM-DD."""
    if len(value) == 4:
        return date(int(value), 12, 31)
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return date.fromisoformat(value)


# -- dates in a parsed article ------------------------------------------------------------
DATE_LABELS = ("DATE", "TIME")
# a date under these prepositions dates a span or another happening, not the event (read by the
# article coder; the words are data/dates.yaml's span_prepositions)
NOT_THE_EVENTS = date_words().span_prepositions
NOUNS = ("NOUN", "PROPN", "PRON")
PREMODIFIERS = {"compound", "nummod", "amod", "nmod", "poss", "npadvmod", "quantmod"}
_BARE_YEAR = re.compile(r"^(?:the )?(1[89]\d\d|20\d\d)$")


class ArticleDates:
    """Every date expression of a parsed article, resolved in reading order: each against the
    publication date and the nearest explicit day before it (the anchor).

    >>> dates = ArticleDates(doc, "2024-01-10")                       # doctest: +SKIP
    >>> dates.of_trigger([token_of("attacked")])                      # doctest: +SKIP
    ResolvedDate(date='2024-01-08', precision='day')
    """

    def __init__(self, doc: Doc, published: str | None) -> None:
        self.published = date.fromisoformat(published) if published else None
        self.resolved: dict[int, ResolvedDate] = {}  # entity start token -> its date
        self.entities: list[Span] = []
        anchor, recent = None, None
        for ent in _date_expressions(doc):
            if _no_date(ent):
                continue
            found = resolve_date(ent.text, published, anchor, recent, _future(ent))
            if found is None:
                continue
            self.resolved[ent.start] = found
            self.entities.append(ent)
            recent = found
            if found.precision == "day":
                anchor = found.date

    def of_trigger(
        self, tokens: list[Token], told: frozenset[int] = frozenset()
    ) -> ResolvedDate | None:
        """The date that dates an event named by ``tokens``: a date expression of its own
        clause that dates no other noun ("the 2011 strike" dates the strike, not the event);
        failing that, one in a phrase on a noun of its clause ("at the site ... on Tuesday");
        failing that, the one date of its sentence that dates no other noun, unless the event
        is told in a clause on a noun and the date hangs on a verb that tells another event,
        or whose object does ("issued an appeal on Friday"; ``told``: the other mentions' head
        words; :func:`modifies_a_noun`)."""
        if not tokens:
            return None
        sent = tokens[0].sent
        ids = {t.i for t in tokens}
        clause = {_clause_verb(t).i for t in tokens}
        head = next((t for t in tokens if t.head.i not in ids or t.head is t), tokens[0])
        found: dict[str, list[tuple[Span, int]]] = {"own": [], "phrase": [], "sentence": []}
        for ent in self.entities:
            if ent.start < sent.start or ent.end > sent.end or _measure_of_a_step(ent):
                continue
            step = sequence_step(ent, head)
            how = _dates(ent, ids, clause, head.i) if step is None else "own"
            if step is None and _after_span_preposition(ent):
                continue
            if how is not None:
                found[how].append((ent, step or 0))
        for how in ("own", "phrase"):
            if found[how]:
                return self._stepped(*found[how][0])
        if len(found["sentence"]) != 1 or told_as_earlier(tokens):
            return None
        ent, step = found["sentence"][0]
        if modifies_a_noun(tokens) and _tells_an_event(_clause_verb(ent.root), told):
            return None  # "hostages seized in a raid were freed on Sunday": the freeing's day
        return self._stepped(ent, step)

    def _stepped(self, ent: Span, days: int) -> ResolvedDate:
        """The date of ``ent`` stepped by ``days`` (a day's only: a month stays itself)."""
        found = self.resolved[ent.start]
        if not days or found.precision != "day":
            return found
        return ResolvedDate(
            (date.fromisoformat(found.date) + timedelta(days=days)).isoformat(), "day"
        )

    def reference_day(self, tokens: list[Token], headline: bool = False) -> ResolvedDate | None:
        """The story's current day, for a past act its own clause does not date: the last day
        the article names before it (for a mention before any, such as the headline, the first
        day it names), when that day lies at most ``reference_window_days`` before publication.
        A present, perfect or future clause ("police are investigating", "has been charged") is
        the report's own news: None. Headlines tell past acts in the present, so their tense
        does not count.

        >>> doc = nlp("Gunmen raided a bar on Tuesday. The owner was shot.")  # doctest: +SKIP
        >>> ArticleDates(doc, "2024-05-09").reference_day([token_of("shot")])  # doctest: +SKIP
        ResolvedDate(date='2024-05-07', precision='day')
        """
        if not tokens or self.published is None or (not headline and _current(tokens)):
            return None
        days = [e for e in self.entities if self._current_day(e)]
        before = [e for e in days if e.start < tokens[0].i]
        chosen = before[-1] if before else next(iter(days), None)
        return self.resolved[chosen.start] if chosen is not None else None

    def _current_day(self, ent: Span) -> bool:
        """A day of the story's present: at most the window before publication, not after it,
        and not the bound of a span ("since Monday")."""
        found = self.resolved[ent.start]
        if found.precision != "day" or self.published is None or _bounds_a_span(ent):
            return False
        back = (self.published - date.fromisoformat(found.date)).days
        return 0 <= back <= date_words().reference_window_days


def told_as_earlier(tokens: list[Token]) -> bool:
    """A verb in the past perfect tells a happening before the story's time: "the council
    said on Friday that the mayor had banned the march" does not date the ban by Friday.

    >>> doc = nlp("Aides said Monday the mayor had banned the march.")  # doctest: +SKIP
    >>> told_as_earlier([token_of("banned")])                          # doctest: +SKIP
    True
    """
    head = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
    earlier = date_words().earlier_auxiliaries
    return head is not None and any(c.dep_ == "aux" and c.lower_ in earlier for c in head.children)


def _tells_an_event(verb: Token, told: frozenset[int]) -> bool:
    """The verb is another mention's, or its object is ("issued an appeal on Friday")."""
    return verb.i in told or any(c.i in told for c in verb.children if c.dep_ == "dobj")


def modifies_a_noun(tokens: list[Token]) -> bool:
    """A verb in a clause on a noun (a participle or a relative clause), or a noun in such a
    clause ("the riots that started the war"), tells what the noun went through before the
    sentence's own news: "the girls abducted from a dormitory were
    freed on Sunday" does not date the abduction by Sunday (where the main verb tells no
    event of its own, "last year it was put on a list of books banned by the council", its
    date may be the only one the text gives: :meth:`ArticleDates.of_trigger`).

    >>> doc = nlp("Hostages seized in a raid were freed on Sunday.")  # doctest: +SKIP
    >>> modifies_a_noun([token_of("seized")])                        # doctest: +SKIP
    True
    """
    head = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
    if head is None and tokens:
        head = _clause_verb(tokens[0])  # "protests that led to a war": the war's clause
    return head is not None and head.dep_ in ("acl", "relcl") and head.head.pos_ in NOUNS


def _current(tokens: list[Token]) -> bool:
    """A verb of the present, the perfect or the future ("are searching", "has been charged",
    "will appear"), reading a conjoined verb's tense from the verb it joins ("was shot and
    killed"). A noun ("the shooting") names a happening, not the report's present."""
    head = next((t for t in tokens if t.pos_ in ("VERB", "AUX", "NOUN", "PROPN")), None)
    if head is None or head.pos_ in ("NOUN", "PROPN"):
        return False
    tags = date_words().current_tags
    for _ in range(4):
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if auxes or head.dep_ != "conj" or head.head is head:
            break
        head = head.head
    return head.tag_ in tags or any(a.tag_ in tags for a in auxes)


def _future(ent: Span) -> bool:
    """Whether a date expression dates a clause about the future: its verb has a future
    auxiliary ("will convene a summit on Friday", "said the ban would start on Monday"; not
    "would have met on Monday"), or is the infinitive of a present-tense
    head of intent or schedule ("is due to fly out on Monday", "plans to visit in June").
    A past one ("was expected to land on Monday") tells of a past plan.

    >>> doc = nlp("The envoy is due to fly to Accra on Sunday.")         # doctest: +SKIP
    >>> _future(doc.ents[-1])                                             # doctest: +SKIP
    True
    """
    words = date_words()
    verb = _clause_verb(ent.root)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "will meet X and sign Y on Friday"
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxiliaries & words.future_auxiliaries:
        return not auxiliaries & words.perfect_auxiliaries  # "would have met on Monday"
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in words.future_heads:
        return False
    tensed = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    if head.dep_ == "acomp":
        tensed.append(head.head)  # "is due to"
    return any(t.tag_ in words.present_tags or t.lower_ in words.future_auxiliaries for t in tensed)


def _date_expressions(doc: Doc) -> list[Span]:
    """The tagger's DATE and TIME entities, and the explicit dates ("On 9 November 2023 riot
    police ...") and expressions dated from them ("that night") it missed."""
    found = [ent for ent in doc_ents(doc) if ent.label_ in DATE_LABELS]
    taken = {t for ent in found for t in range(ent.start, ent.end)}
    words, text = date_words(), doc_text(doc)
    for match in [*words.explicit_date.finditer(text), *words.anchored.finditer(text)]:
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not taken & set(range(span.start, span.end)):
            found.append(span)
            taken.update(range(span.start, span.end))
    return sorted(found, key=lambda s: s.start)


def sequence_marker(token: Token) -> Token | None:
    """The word that sets ``token``'s phrase or clause before or after another's ("a day
    after 12 miners were killed": after; "the day before the vote": before), or None."""
    words = date_words()
    markers = words.sequence_after | words.sequence_before
    for node in (token, *token.ancestors):
        if node.dep_ == "prep" and node.lower_ in markers and node is not token:
            return node
        if node.dep_ in ("advcl", "pcomp", "acl", "relcl", "ccomp"):
            mark = next((c for c in node.children if c.dep_ == "mark"), None)
            if mark is not None and mark.lower_ in markers:
                return mark
    return None


def _measure(marker: Token) -> int | None:
    """How many days ``marker`` sets the two happenings apart: "two days after" 2, "hours
    before" 0, "the day before" 1; None with no measure ("after the vote") or a vague one
    ("days after", "several days before")."""
    words = date_words()
    unit = marker.doc[marker.i - 1] if marker.i > marker.sent.start else None
    per_unit = words.sequence_units.get(unit.lemma_.lower()) if unit is not None else None
    if unit is None or per_unit is None:
        return None
    if per_unit == 0:
        return 0
    counts = [c for c in unit.children if c.dep_ in ("nummod", "det") and c.i < unit.i]
    if any(c.lower_ in words.vague_counts for c in counts) or (unit.tag_ == "NNS" and not counts):
        return None
    number = next((c for c in counts if c.dep_ == "nummod"), None)
    if number is None:
        return per_unit
    n = int(number.text) if number.text.isdigit() else words.number_words.get(number.lower_)
    return None if n is None else n * per_unit


def sequence_step(ent: Span, head: Token) -> int | None:
    """Days from the date ``ent`` names to the happening ``head`` tells, where a measured
    "after" or "before" sets one of them apart from the other's clause: "fighting resumed a
    day after 12 miners were killed on Monday" dates the fighting a day after Monday, and
    "resumed on Thursday, a day after 12 miners were killed" the killing a day before
    Thursday. None where no such word stands between them, or it gives no measure.

    >>> doc = nlp("Crowds marched the day before the vote on Sunday.")  # doctest: +SKIP
    >>> sequence_step(doc.ents[-1], token_of("marched"))               # doctest: +SKIP
    -1
    """
    words = date_words()
    ent_marker, head_marker = sequence_marker(ent.root), sequence_marker(head)
    if ent_marker is head_marker:
        return None
    if ent_marker is not None and head_marker is None:
        marker, sign = ent_marker, 1  # the date is the other happening's
    elif head_marker is not None and ent_marker is None:
        marker, sign = head_marker, -1  # the event is the other happening
    else:
        return None
    days = _measure(marker)
    if days is None:
        return None
    return sign * (days if marker.lower_ in words.sequence_after else -days)


def _measure_of_a_step(ent: Span) -> bool:
    """ "a day" in "a day after the vote": a measure, not a date."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    words = date_words()
    return (
        after is not None
        and after.lower_ in words.sequence_after | words.sequence_before
        and ent.root.lemma_.lower() in words.sequence_units
    )


def _no_date(ent: Span) -> bool:
    """A bare number the tagger took for a year: "the 2000 block"."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return bool(
        _BARE_YEAR.match(ent.text.lower())
        and after is not None
        and after.lemma_.lower() in date_words().address_nouns
    )


def _after_span_preposition(ent: Span) -> bool:
    """ "since independence 30 years ago": the date of what "since" names, not of the event."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.dep_ == "pobj"
        and before.head.lower_ in date_words().span_prepositions
        and before.head.i >= ent.start - 4
    )


def _bounds_a_span(ent: Span) -> bool:
    """ "since Monday", "until Friday", "since independence 30 years ago"."""
    return ent.root.head.lower_ in date_words().span_prepositions or _after_span_preposition(ent)


def _dates(ent: Span, trigger_ids: set[int], clause_ids: set[int], head_i: int = -1) -> str | None:
    """ "own" when ``ent`` hangs from the trigger or its clause's verb; "phrase" when it gets
    there through another noun ("the shooting took place Saturday", "near Parker Road Tuesday
    night": the parser may hang a date on the nearest noun); "sentence" when it dates another
    clause of the sentence; None when it dates a noun ("the 2011 strike"), a span ("since
    2011") or an act named under a preposition ("blamed them for withdrawing in 2017").
    ``head_i`` is the trigger's head word: another noun of a long trigger is dated as any noun."""
    node, through_noun, words = ent.root, False, date_words()
    # "On 9 November 2023 riot police ...": a date after a preposition modifies no noun
    prepositional = ent.start > 0 and ent.doc[ent.start - 1].pos_ == "ADP"
    first = min(trigger_ids, default=-1)
    for _ in range(8):
        act = node.pos_ == "VERB" and node.dep_ == "pcomp" and node.head.lower_ in words.act_preps
        if act and node.i in trigger_ids and node.i != first:
            return None  # a long trigger ("blamed ... by withdrawing") took the gerund in
        if _premodifies_a_noun_of(node, trigger_ids, head_i) and not prepositional:
            return None  # "warned they would quit the 2020 pact": the pact's date
        if node.i in trigger_ids or node.i in clause_ids:
            return "phrase" if through_noun else "own"
        if act:
            return None  # "blamed them for withdrawing in 2017": the date of the withdrawal
        head = node.head
        if head is node:
            return "sentence"
        if head.lower_ in words.span_prepositions or _span_clause(node, trigger_ids):
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


def _span_clause(node: Token, trigger_ids: set[int]) -> bool:
    """A clause that bounds a span or names another happening, the trigger outside it: "since
    they seized power in 2021", "until the truce took hold"."""
    if node.dep_ not in ("advcl", "pcomp", "acl", "relcl", "ccomp"):
        return False
    marks = (c for c in node.children if c.dep_ == "mark")
    if not any(c.lower_ in date_words().span_prepositions for c in marks):
        return False
    return not trigger_ids & {t.i for t in node.subtree}


def _premodifies_a_noun_of(node: Token, trigger_ids: set[int], head_i: int) -> bool:
    """``node`` comes before a noun that a long trigger took in besides its head word and
    modifies it: "2020" in "warned they would abandon the 2020 pact" dates the pact."""
    noun = node.head
    return (
        head_i >= 0
        and noun.i in trigger_ids
        and noun.i != head_i
        and noun.pos_ in ("NOUN", "PROPN")
        and node.i < noun.i
        and node.dep_ in PREMODIFIERS
        and noun.ent_type_ not in DATE_LABELS
    )


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token`` (itself when it is a verb)."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            return node
        node = node.head
    return node
