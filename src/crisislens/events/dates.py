"""Dates of events: which date expression of an article dates which event (its own clause's,
a phrase on a noun of it, the one date of its sentence), the story's current day for a past act
its clause does not date, and one date per happening. Each expression is resolved to a day,
month or year by :mod:`crisislens.events.date_anchors`; the words are in ``data/dates.yaml``.

>>> dates = ArticleDates(doc, "2024-01-10")                       # doctest: +SKIP
>>> dates.of_trigger([token_of("attacked")])                      # doctest: +SKIP
ResolvedDate(date='2024-01-08', precision='day')
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from crisislens.events.date_anchors import ResolvedDate, date_words, day_step, resolve_date
from crisislens.events.date_anchors import resolve_date_text as resolve_date_text  # re-exported
from crisislens.events.date_expressions import (
    DATE_LABELS,
    date_expressions,
    dateline_dates,
    month_text,
    no_date,
)
from crisislens.events.date_owners import (
    after_another_happening,
    another_happening,
    aside_on_a_noun,
    cause_or_sequence,
    in_a_relative_clause,
    owned_by_another,
)
from crisislens.events.date_speech import statement_day
from crisislens.events.date_steps import (
    measure_of_a_step,
    month_step_from_its_clause,
    sequence_months,
    sequence_step,
    step_from_its_clause,
)
from crisislens.events.date_tenses import (
    about_the_future,
    clause_verb,
    modifies_a_noun,
    of_another_time,
    told_as_earlier,
    told_in_the_present,
)

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
        return (
            _day_within(own, [*near, *far]) or _act_day_before_the_saying(own, [*near, *far]) or own
        )
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


def _act_day_before_the_saying(
    said: ResolvedDate, others: list[ResolvedDate]
) -> ResolvedDate | None:
    """For a principal mention dated only by the reporting verb it is told under ("Gunmen
    killed 23 in a village, officials said Sunday"), the first of ``others`` that is a day of an
    act's own clause at most ``said_day_lag_days`` before the saying ("... burned homes in the
    village on Friday"): the act's day, which the report came after.

    >>> sunday = ResolvedDate("2024-07-07", "day", said=True)
    >>> _act_day_before_the_saying(sunday, [ResolvedDate("2024-07-05", "day")])
    ResolvedDate(date='2024-07-05', precision='day')
    >>> _act_day_before_the_saying(sunday, [ResolvedDate("2024-06-20", "day")]) is None
    True
    """
    if not said.said or said.precision != "day":
        return None
    lag = date_words().said_day_lag_days
    day = date.fromisoformat(said.date)
    return next(
        (
            d
            for d in others
            if d.precision == "day"
            and not d.said
            and 0 < (day - date.fromisoformat(d.date)).days <= lag
        ),
        None,
    )


def _day_within(coarse: ResolvedDate, others: list[ResolvedDate]) -> ResolvedDate | None:
    """The first of ``others`` that is a day inside ``coarse``, a week or a month."""
    if coarse.precision not in ("week", "month"):
        return None
    first, last = _first_day(coarse), _last_day(coarse.date)
    if coarse.precision == "week":
        last = first + timedelta(days=6)
    days = [d for d in others if d.precision == "day"]
    return next((d for d in days if first <= date.fromisoformat(d.date) <= last), None)


def _months_from(found: ResolvedDate, months: int) -> ResolvedDate:
    """The month ``months`` from the month of ``found`` (a day or a month): "came two months
    after" a day of 2024-06 tells 2024-04, a month and no day.

    >>> _months_from(ResolvedDate("2024-06-23", "day"), -3)
    ResolvedDate(date='2024-03', precision='month')
    >>> _months_from(ResolvedDate("2016", "year"), -12)
    ResolvedDate(date='2015', precision='year')
    """
    if found.precision == "year":  # "in 2016, a year after ...": a year's step keeps a year
        shifted = str(int(found.date) + months // 12)
        return ResolvedDate(shifted, "year") if months % 12 == 0 else found
    year, month = int(found.date[:4]), int(found.date[5:7])
    index = year * 12 + month - 1 + months
    return ResolvedDate(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")


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
# a date under these prepositions dates a span or another happening, not the event (read by the
# article coder; the words are data/dates.yaml's span_prepositions)
NOT_THE_EVENTS = date_words().span_prepositions
NOUNS = ("NOUN", "PROPN", "PRON")
PREMODIFIERS = {"compound", "nummod", "amod", "nmod", "poss", "npadvmod", "quantmod"}


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
        self.recent_spans: list[Span] = []  # "in recent weeks": a span of no one day
        anchor, recent = None, None
        for ent in date_expressions(doc):
            if no_date(ent):
                continue
            found = resolve_date(month_text(ent), published, anchor, recent, about_the_future(ent))
            if found is None:
                if date_words().recent_span.match(ent.text.lower()):
                    self.recent_spans.append(ent)
                continue
            if _scheduled_for(ent) and not about_the_future(ent):
                ahead = resolve_date(month_text(ent), published, forward=True)
                found = _nearest(found, ahead, self.published) if self.published else found
            self.resolved[ent.start] = found
            self.entities.append(ent)
            recent = found
            if found.precision == "day":
                anchor = found.date
        self.datelined = dateline_dates(doc, self.entities)
        dateline = next(iter(self.datelined.values()), None)
        for ent in self.entities:  # "'Today they shelled the market,' he said on Sunday"
            said = statement_day(ent, self.entities, self.resolved) or self._dateline_day(
                ent, dateline
            )
            if said is not None and (found := resolve_date(ent.text, said.date)) is not None:
                self.resolved[ent.start] = found

    def _dateline_day(self, ent: Span, dateline: Span | None) -> ResolvedDate | None:
        """The day of the article's dateline ("LAGOS, May 3, 2016 --"), for a day-stepped
        relative date after it ("today", "yesterday"): the report was written that day,
        whenever it came out."""
        if dateline is None or ent.start <= dateline.start or day_step(ent.text) is None:
            return None
        found = self.resolved[dateline.start]
        return found if found.precision == "day" else None

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
        clause = {clause_verb(t).i for t in tokens}
        head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[0])
        found: dict[str, list[tuple[Span, int]]] = {"own": [], "phrase": [], "sentence": []}
        bound, months = _bounds_its_clause(head), {}
        for ent in self.entities:
            if ent.start < sent.start or ent.end > sent.end or measure_of_a_step(ent):
                continue
            if bound and not head.left_edge.i <= ent.start < head.right_edge.i + 1:
                continue  # "talks on Monday, the first since the fighting": not its day
            step = sequence_step(ent, head)
            months[ent.start] = sequence_months(ent, head) if step is None else 0
            how = _dates(ent, ids, clause, head.i, told) if step is None else "own"
            how = "own" if months[ent.start] else how  # "a month after ... on Thursday"
            if how is not None and (step is not None or not _after_span_preposition(ent)):
                found[how].append((ent, step or 0))
        if self._over_a_recent_span(tokens, told):
            # "have staged protests in recent weeks, after the party lost the vote in 2013":
            # only a date of the event's own phrases, not one of another subject's clause
            own = [
                (e, n)
                for e, n in [*found["own"], *found["phrase"]]
                if not _of_another_subject(e, clause)
            ]
            return self._stepped(*own[0]) if own else None
        for how in ("own", "phrase"):
            if found[how]:
                ent, step = found[how][0]
                return self._of_its_clause(ent, step, ids | clause, months[ent.start])
        if (noun_date := self._of_its_noun(tokens)) is not None:
            return noun_date
        if not found["sentence"] and sent.start in self.datelined:
            found["sentence"].append((self.datelined[sent.start], 0))
        if len(found["sentence"]) != 1 or told_as_earlier(tokens):
            return None
        ent, step = found["sentence"][0]
        if _on_a_noun_under_another(tokens, ent, told):
            return None  # "hostages seized in a raid were freed on Sunday": the freeing's day
        if of_another_time(tokens, ent):
            return None  # "talks began in May and have stalled, each side blaming the other"
        found_date = self._stepped(ent, step)
        if clause_verb(ent.root).lemma_.lower() in date_words().reporting_verbs:
            return replace(found_date, said=True)  # "..., officials said Sunday"
        return found_date

    def _of_its_clause(self, ent: Span, step: int, own: set[int], months: int = 0) -> ResolvedDate:
        """The date of ``ent``, of the event's own clause or phrase, stepped by ``step`` days,
        or ``months`` months to a month ("said on Thursday, a month after eight troops were
        killed": the killing's month); marked as a saying's where it hangs on a reporting verb
        joined to the event's verb ("killed seven, a source said Monday":
        :func:`_on_a_joined_saying`)."""
        if months:
            return _months_from(self.resolved[ent.start], months)
        found = self._stepped(ent, step)
        return replace(found, said=True) if _on_a_joined_saying(ent, own) else found

    def _over_a_recent_span(self, tokens: list[Token], told: frozenset[int]) -> bool:
        """The event's own clause tells it over a recent span (``recent_span``: "in recent
        weeks", "over the past three days"), which names no day: "Rallies have spread in the
        past three days, with students demanding an end to the curfew imposed in March" and
        "have held protests in recent weeks, after losing the 2013 vote" are not dated by the
        date of another clause of their sentence.

        >>> doc = nlp("Crowds rallied in recent weeks after the vote in 2013.")  # doctest: +SKIP
        >>> ArticleDates(doc, "2024-05-09").of_trigger([token_of("rallied")]) is None  # doctest: +SKIP
        True
        """
        sent, ids = tokens[0].sent, {t.i for t in tokens}
        clause = {clause_verb(t).i for t in tokens}
        head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[0])
        return any(
            sent.start <= span.start < sent.end and _dates(span, ids, clause, head.i, told) == "own"
            for span in self.recent_spans
        )

    def _of_its_noun(self, tokens: list[Token]) -> ResolvedDate | None:
        """For a toll told in a relative clause on a noun (a verb with a counted object), the
        date that premodifies the noun, or the noun whose "of" phrase holds it: "the April 1983
        bombing of the embassy, which killed 63 people" dates the killing April 1983, whatever
        day the sentence tells."""
        if not modifies_a_noun(tokens):
            return None
        verb = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not any(
            c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in verb.children
        ):
            return None  # a toll: "which killed 63 people"
        nouns = {verb.head.i}
        if verb.head.dep_ == "pobj" and verb.head.head.lower_ in date_words().noun_of_preps:
            nouns.add(verb.head.head.head.i)  # "the 1983 bombing of the embassy, which ..."
        for ent in self.entities:
            root = ent.root
            if root.dep_ in PREMODIFIERS and root.i < root.head.i and root.head.i in nouns:
                return self.resolved[ent.start]
        return None

    def _stepped(self, ent: Span, days: int) -> ResolvedDate:
        """The date of ``ent`` stepped by ``days`` (a day's only: a month stays itself)."""
        found = self.resolved[ent.start]
        if not days or found.precision != "day":
            return found
        return ResolvedDate(
            (date.fromisoformat(found.date) + timedelta(days=days)).isoformat(), "day"
        )

    def reference_day(
        self, tokens: list[Token], headline: bool = False, carry: bool = True
    ) -> ResolvedDate | None:
        """The story's current day, for an act its own clause does not date: the last day the
        article names before it (for a mention before any, such as the headline, the first day
        it names), when that day lies at most ``reference_window_days`` before publication.
        A present, perfect or future clause ("police are investigating", "has been charged")
        is the report's own news, and the report's own day is the story's, as an analyst dates
        it, not the day the report came out (which may be the next day's small hours); only a
        past act goes on in a time the narrative moved to (:meth:`_carried`).

        >>> doc = nlp("Gunmen raided a bar on Tuesday. The owner was shot.")  # doctest: +SKIP
        >>> ArticleDates(doc, "2024-05-09").reference_day([token_of("shot")])  # doctest: +SKIP
        ResolvedDate(date='2024-05-07', precision='day')
        """
        if not tokens or self.published is None:
            return None
        present = not headline and told_in_the_present(tokens)
        days = [
            e
            for e in self.entities
            if self._current_day(e)
            and not self._beside_a_day(e)
            and not _of_another_at_a_noun(e)
            and not self._of_a_noun_beside_a_day(e)
        ]
        before = [e for e in days if e.start < tokens[0].i]
        carried = self._carried(tokens[0]) if carry and not headline and not present else None
        if carried is not None and not (before and before[-1].start > carried.start):
            return self.resolved[carried.start]
        chosen = before[-1] if before else next(iter(days), None)
        if chosen is None:
            return None
        step = step_from_its_clause(tokens[0]) if not headline else 0
        months = month_step_from_its_clause(tokens[0]) if not headline and not step else 0
        if months:
            return _months_from(self.resolved[chosen.start], months)  # "two months after"
        return self._stepped(chosen, step)  # "came a week after a bomb killed 30": 7 days back

    def _carried(self, token: Token) -> Span | None:
        """The time a narrative moved to and goes on in: the last date named in the
        ``carry_sentences`` sentences before ``token``'s, when it is no day of the story's
        present ("Last month the army shelled the port. It also burned a market.": the burning
        is last month's; "In March 2019 rebels took the town. There, they looted a bank.": March
        2019), and the act's sentence goes on with that clause's story (:func:`_goes_on`). A
        date after publication is skipped (a plan names it), and so is a date of a noun or of a
        span's clause; a span's bound ("since Monday") or a report's date ("said last month
        that ...") returns the story to its present, and nothing is carried over it."""
        sent, published, words = token.sent, self.published, date_words()
        first = sent.start
        for _ in range(words.carry_sentences):
            first = token.doc[first - 1].sent.start if first > 0 else first
        for ent in reversed(self.entities):
            if ent.end > sent.start:
                continue
            if ent.start < first or _bounds_a_span(ent) or self._current_day(ent):
                return None
            found = self.resolved[ent.start]
            if _names_a_noun(ent) or _in_span_clause(ent) or _on_a_noun(ent):
                continue  # "September's delivery", "since he took office in 2022"
            if clause_verb(ent.root).lemma_.lower() in words.reporting_verbs:
                return None  # "the agency reported last month that ...": a report's date
            if published and not_after(found, published.isoformat()):
                keep = found.precision in words.carry_precisions and _goes_on(ent, token)
                return ent if keep else None
        return None

    def _beside_a_day(self, ent: Span) -> bool:
        """A report's day in a sentence that also names the day of what it reports: "14 were
        killed late on Tuesday, officials said on Wednesday". The happening's day is the
        story's, and the report's is none for the acts told after it ("Gunmen stormed the
        village", in the next sentence, is Tuesday's)."""
        reporting = date_words().reporting_verbs
        if clause_verb(ent.root).lemma_.lower() not in reporting:
            return False
        return any(
            other.sent.start == ent.sent.start
            and self._current_day(other)
            and not _of_another_at_a_noun(other)
            and clause_verb(other.root).lemma_.lower() not in reporting
            for other in self.entities
            if other.start != ent.start
        )

    def _of_a_noun_beside_a_day(self, ent: Span) -> bool:
        """A day told in a relative clause on a noun, in a sentence whose own clause names a
        day of the story too: "crowds marched on Monday demanding justice for two youths who
        were killed on Friday". The noun's past (the killing) keeps its day, but the story's
        present is the day of the sentence's own clause (Monday), for the acts told after it.
        """
        verb = clause_verb(ent.root)
        if verb.dep_ != "relcl" or verb.head.pos_ not in NOUNS:
            return False
        return any(
            other.sent.start == ent.sent.start
            and self._current_day(other)
            and clause_verb(other.root).dep_ != "relcl"
            for other in self.entities
            if other.start != ent.start
        )

    def _current_day(self, ent: Span) -> bool:
        """A day of the story's present: at most the window before publication, not after it,
        and not the bound of a span ("since Monday")."""
        found = self.resolved[ent.start]
        if found.precision != "day" or self.published is None or _bounds_a_span(ent):
            return False
        back = (self.published - date.fromisoformat(found.date)).days
        return 0 <= back <= date_words().reference_window_days


def _on_a_noun_under_another(tokens: list[Token], ent: Span, told: frozenset[int]) -> bool:
    """The event is told in a clause on a noun (:func:`modifies_a_noun`) and the sentence's date
    hangs on a verb that tells another event, or whose object does: "hostages seized in a raid
    were freed on Sunday" dates the freeing, not the seizing; unless the doers' act at the
    place the raid names (:func:`_their_act_there`)."""
    return (
        modifies_a_noun(tokens)
        and _tells_an_event(clause_verb(ent.root), told)
        and not _their_act_there(tokens)
    )


def _their_act_there(tokens: list[Token]) -> bool:
    """The event's verb heads a clause on a place opened by a place relative
    (``place_relatives``) whose subject is a pronoun: "On June 8, 1998, rebels attacked a
    college, where they killed 80 students" tells what the doers did in the raid the sentence
    dates, so the raid's date is the killing's. (Not "shelled the market, where a bomb killed 11
    traders": another doer, perhaps another day.)

    >>> doc = nlp("In 1998 rebels raided a college where they killed 80.")  # doctest: +SKIP
    >>> _their_act_there([token_of("killed")])                            # doctest: +SKIP
    True
    """
    verb = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "relcl":
        return False
    children = list(verb.children)
    relative = any(
        c.dep_ == "advmod" and c.lower_ in date_words().place_relatives for c in children
    )
    return relative and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in children)


def _on_a_joined_saying(ent: Span, own: set[int]) -> bool:
    """``ent`` hangs on a reporting verb the parser joined to the event's own verb, not on that
    verb: in "Gunmen killed seven soldiers in the park, a source said on Wednesday" it may read
    "said" as a conjunct of "killed". Wednesday is the day of the saying, as after a comma
    anywhere (``ResolvedDate.said``), and the act may be a day or two older.

    >>> doc = nlp("Gunmen killed seven in the park, a source said on Wednesday.")  # doctest: +SKIP
    >>> _on_a_joined_saying(doc.ents[-1], {1})                                    # doctest: +SKIP
    True
    """
    verb = clause_verb(ent.root)
    return (
        verb.i not in own
        and verb.dep_ == "conj"
        and verb.lemma_.lower() in date_words().reporting_verbs
    )


def _of_another_subject(ent: Span, clause: set[int]) -> bool:
    """``ent`` is told in a clause with a subject of its own, not the event's clause: "after
    the party lost the vote in 2013", "who took office in 2019"."""
    verb = clause_verb(ent.root)
    return verb.i not in clause and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _tells_an_event(verb: Token, told: frozenset[int]) -> bool:
    """The verb is another mention's, or its object is ("issued an appeal on Friday")."""
    return verb.i in told or any(c.i in told for c in verb.children if c.dep_ == "dobj")


def _bounds_its_clause(head: Token) -> bool:
    """A happening named under a span preposition ("the first talks since the fighting", "the
    worst attack since the war") bounds the span of another: only a date of its own phrase
    ("since the fighting in May") is its own."""
    return head.dep_ == "pobj" and head.head.lower_ in date_words().span_prepositions


def _scheduled_for(ent: Span) -> bool:
    """A date a plan is set for ("the drills were set for August", "talks scheduled for
    Friday", ``future_heads``): it may lie before or after the report, whatever the tense."""
    prep = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in date_words().future_heads
    )


def _nearest(back: ResolvedDate, ahead: ResolvedDate | None, published: date) -> ResolvedDate:
    """Of the date read back from publication and the one read forward, the one nearer to
    publication: a plan set for "August" in a June report is this August, one set for "March"
    is this March."""
    if ahead is None or ahead == back:
        return back
    later = (_first_day(ahead) - published).days
    earlier = (published - _first_day(back)).days
    return ahead if later < earlier else back


def _after_span_preposition(ent: Span) -> bool:
    """ "since independence 30 years ago": the date of what "since" names, not of the event."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.dep_ == "pobj"
        and before.head.lower_ in date_words().span_prepositions
        and before.head.i >= ent.start - 4
    )


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s clause, or None."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _goes_on(ent: Span, token: Token) -> bool:
    """The sentence of ``token`` goes on with the story of ``ent``'s clause: it opens with a
    word that continues it ("There, ...", "Then ..."), or its subject is a pronoun or names
    the same party ("Rebels took the town in May. They looted it.")."""
    words = date_words()
    sent = token.sent
    if sent[0].lower_ in words.carry_openers:
        return True
    then = _subject(clause_verb(ent.root)) or _subject(ent.sent.root)
    now = _subject(clause_verb(token)) or _subject(sent.root)
    if then is None or now is None:
        return False
    if now.pos_ == "PRON":
        return True
    named = {t.lemma_.lower() for t in then.subtree if t.pos_ in ("NOUN", "PROPN")}
    return any(t.lemma_.lower() in named for t in now.subtree if t.pos_ in ("NOUN", "PROPN"))


def _names_a_noun(ent: Span) -> bool:
    """A date before a noun it modifies: "September's delivery", "the 2014 overthrow"."""
    root = ent.root
    return root.dep_ in PREMODIFIERS and root.head.pos_ in NOUNS and root.i < root.head.i


def _on_a_noun(ent: Span) -> bool:
    """A date in a relative clause on a noun, which tells the noun's past and does not move
    the story to it: "shelled the market, where a bomb killed 11 traders last month". (Not a
    participle that dates the noun's own happening, "the summit held in February. There,
    ...": the story may go on in it.)"""
    verb = clause_verb(ent.root)
    return verb.dep_ == "relcl" and verb.head.pos_ in NOUNS


def _of_another_at_a_noun(ent: Span) -> bool:
    """A date inside a relative clause that tells another happening at a noun or before it
    (:func:`date_owners.in_a_relative_clause`): "the same street where a guard was stabbed on
    Friday night" names no day of the story's present."""
    verb = clause_verb(ent.root)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "where a guard was stabbed and robbed on Friday night"
    return in_a_relative_clause(verb, set())


def _in_span_clause(ent: Span) -> bool:
    """A date in a clause that bounds a span: "since he took office in 2022"."""
    for node in ent.root.ancestors:
        if node.dep_ in ("advcl", "pcomp", "acl", "relcl", "ccomp"):
            marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
            return bool(marks & date_words().span_prepositions)
    return False


def _bounds_a_span(ent: Span) -> bool:
    """ "since Monday", "until Friday", "since independence 30 years ago", and the day of what
    a span preposition names ("since Tuesday's raid", "since the raid on Tuesday", "ahead of
    Sunday's vote"): the day bounds the span, it is no day of the story's present."""
    if _after_span_preposition(ent):
        return True
    spans, node = date_words().span_prepositions, ent.root
    for _ in range(4):
        if node.head.lower_ in spans:
            return True
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def _dates(
    ent: Span,
    trigger_ids: set[int],
    clause_ids: set[int],
    head_i: int = -1,
    told: frozenset[int] = frozenset(),
) -> str | None:
    """ "own" when ``ent`` hangs from the trigger or its clause's verb; "phrase" when it gets
    there through another noun ("the shooting took place Saturday", "near Parker Road Tuesday
    night": the parser may hang a date on the nearest noun); "sentence" when it dates another
    clause of the sentence; None when it dates a noun ("the 2011 strike"), a span ("since
    2011") or an act named under a preposition ("blamed them for withdrawing in 2017").
    ``head_i`` is the trigger's head word (another noun of a long trigger is dated as any
    noun); ``told``, the other mentions' head words (:func:`_tells_another`)."""
    node, through_noun, words = ent.root, False, date_words()
    # "On 9 November 2023 riot police ...": a date after a preposition modifies no noun
    prepositional = ent.start > 0 and ent.doc[ent.start - 1].pos_ == "ADP"
    first = min(trigger_ids, default=-1)
    if after_another_happening(ent, trigger_ids):
        return None  # "was revenge for another raid in May", "in May" hung on "was"
    if owned_by_another(ent, trigger_ids):
        return None  # "marched after last week's arrests", "against the takeover last month"
    in_clause = False  # passed a clause on a noun on the way up
    for _ in range(8):
        act = node.pos_ == "VERB" and node.dep_ == "pcomp" and node.head.lower_ in words.act_preps
        if act and node.i in trigger_ids and node.i != first:
            return None  # a long trigger ("blamed ... by withdrawing") took the gerund in
        if _premodifies_a_noun_of(node, trigger_ids, head_i) and not prepositional:
            return None  # "warned they would quit the 2020 pact": the pact's date
        if _tells_another(node, trigger_ids, told, head_i) or aside_on_a_noun(node, head_i):
            return None  # "justice for youths who were killed on Friday", "the law, passed in May"
        if node.i in trigger_ids or node.i in clause_ids:
            return "phrase" if through_noun else "own"
        if act:
            return None  # "blamed them for withdrawing in 2017": the date of the withdrawal
        head = node.head
        if head.i == node.i:
            return "sentence"
        if head.lower_ in words.span_prepositions or _span_clause(node, trigger_ids):
            return None
        if head.i not in trigger_ids and another_happening(head):
            return None  # "was revenge for another attack in May": that attack's date
        if in_a_relative_clause(node, trigger_ids):
            return None  # "arrested a man who had robbed a bank on Tuesday": the robbery's day
        in_clause = in_clause or node.dep_ in ("relcl", "acl") and head.pos_ in NOUNS
        if in_clause and head.lower_ in cause_or_sequence():
            # "arrested 30 over the death of a driver who died last week", "after the decision to
            # quit the pact last year": the date of that noun's happening
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


def _tells_another(node: Token, trigger_ids: set[int], told: frozenset[int], head_i: int) -> bool:
    """``node`` is the verb of a relative clause on a noun other than the event's head word
    that tells another happening: another mention's ("marched on Monday for two youths who
    were killed on Friday", ``told``), or one a long trigger took in ("demanding justice for
    two youths who were killed"). A date inside it is that happening's. (Not "the mayor, who
    was guest of honour on Friday": no happening; nor "an attack that killed 9 on Friday":
    the clause is on the event's own noun; nor "the rebels, who seized the town in 2021, have
    imposed a curfew": a clause on the doer tells the doer's past, and its date is left to the
    act's other readings.)"""
    if node.dep_ != "relcl" or node.head.pos_ not in NOUNS or node.head.i == head_i:
        return False
    if node.head.dep_ in ("nsubj", "nsubjpass"):
        return False
    if node.i in trigger_ids:
        return head_i >= 0 and node.i != head_i and node.pos_ == "VERB"
    return node.i in told and node.head.i not in trigger_ids


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
