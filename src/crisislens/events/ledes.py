"""What a report's lede tells against its headline and the rest of the report.

A headline tells the article's happening, and so does the lede, the first paragraph that tells
any act: the words that set a mention of the lede apart from happenings told before it ("in
retaliation for the arrest of its leader", "two separate police stations") weigh against
earlier news, never against the headline that sums the lede up. "Rebels storm army post, kill
five" and its lede "Rebels killed five soldiers on Tuesday in retaliation for their leader's
arrest" are one happening (events/happenings.py, ``group``).

A lede is often dated by the verb that reports it ("Gunmen killed eight villagers, residents
said on Wednesday"): that day may be a day or two after the act's, so the lede is no later
news than an act told with its own day just before (events/happenings.py, ``_told_earlier``).

>>> headline_only(happening.members) and in_lede(lede_mention, happenings)  # doctest: +SKIP
True
A lede told with no date is the report's news, and an act its report sets "last week" or "last
month" is earlier than that news ("At least 20 insurgents were killed last week when separatist
fighters raided an army camp", after "Gunmen attacked a police post, killing seven": two).

>>> dated_by_its_report(gunmen_killed_eight_residents_said_on_wednesday)  # doctest: +SKIP
True
>>> set_last(insurgents_were_killed_last_week) and undated_news(lede_members)  # doctest: +SKIP
True
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache

from spacy.tokens import Span

from crisislens.data import read_yaml
from crisislens.events.candidates import HEADLINE, Candidate, head_token
from crisislens.events.date_anchors import date_words
from crisislens.events.date_tenses import clause_verb
from crisislens.events.story_time import time_governor
from crisislens.nlp.doc_cache import per_doc, span_ents


def headline_only(members: Iterable[Candidate]) -> bool:
    """Whether every one of a happening's mentions is in the headline ("Gunmen storm police
    station, kill six" and nothing of the body yet)."""
    told = list(members)
    return bool(told) and all(m.paragraph == HEADLINE for m in told)


def in_lede(c: Candidate, told: Iterable[Iterable[Candidate]]) -> bool:
    """Whether ``c`` is in the lede: outside the headline, with every mention told before it
    (the members of ``told``, the happenings so far) in the headline or in ``c``'s own
    paragraph. "Twelve gunmen stormed a police station near Medan" after a headline alone is;
    after a paragraph that told the raid already, it is not."""
    if c.paragraph == HEADLINE:
        return False
    return all(m.paragraph in (HEADLINE, c.paragraph) for members in told for m in members)


def dated_by_its_report(c: Candidate) -> bool:
    """Whether ``c`` has its day only from the verb that reports it: every date its sentence
    names hangs on a reporting verb ("Gunmen killed eight villagers, residents said on
    Wednesday"), so the act may be a day or two older than that day (not "Gunmen killed eight
    villagers on Tuesday, residents said on Wednesday", nor an act that names no date)."""
    head = head_token(c.tokens)
    if c.date is None or head is None:
        return False
    sent = head.sent
    verbs = per_doc(head.doc, ("reporting_dates", sent.start), lambda: _reporting_dates(sent))
    return verbs is not None and head.i not in verbs


def _reporting_dates(sent: Span) -> frozenset[int] | None:
    """The reporting verbs every date of a sentence hangs on, or None where it names no date or
    one that hangs on another verb, read once per sentence."""
    reporting = date_words().reporting_verbs
    dates = [e for e in span_ents(sent) if e.label_ == "DATE"]
    verbs = [clause_verb(e.root) for e in dates]
    if not verbs or any(v.lemma_.lower() not in reporting for v in verbs):
        return None
    return frozenset(v.i for v in verbs)


@cache
def _last_words() -> tuple[frozenset[str], frozenset[str]]:
    """``data/article.yaml``: last_stretch (the words and the units of time they set)."""
    data = read_yaml("article.yaml")["last_stretch"]
    return frozenset(data["words"]), frozenset(data["units"])


def set_last(c: Candidate) -> bool:
    """Whether ``c`` is an act told by a verb that a date of its own clause sets in the last
    week, month or year before the report's ("were killed last week when ...", "Last month,
    rebels shelled the port"; not "last night", the report's own news, nor "the attack last
    week", a noun that may name the news); a date of a verb coordinated after it ("killed 28
    and injured 72 last month") or of the clause a "when" clause of it hangs on ("49 died last
    week when jets struck a school") sets it too."""
    head = head_token(c.tokens)
    if c.noun or c.date is None or head is None:
        return False
    words, units = _last_words()
    # its own clause, one whose time it shares ("died last week when jets struck": struck), and
    # the verbs coordinated with it ("killed 28 and injured 72 last month": killed)
    governor = time_governor(head)
    clauses = {head.i, *(t.i for t in head.children if t.dep_ == "conj" and t.pos_ == "VERB")}
    if governor is not None:
        clauses.add(governor.i)
    return any(
        e.label_ == "DATE"
        and e[0].lower_ in words
        and e.root.lemma_.lower() in units
        and clause_verb(e.root).i in clauses
        for e in span_ents(head.sent)
    )


def undated_news(members: Iterable[Candidate]) -> bool:
    """Whether a happening is told as the report's news with no date: one of its mentions, out
    of the headline and no part of another's telling, is a verb with no date of its own
    ("Gunmen attacked a police post, killing seven officers, police said")."""
    return any(
        m.paragraph != HEADLINE and not m.noun and not m.part and m.date is None for m in members
    )


def day_of(c: Candidate) -> date | None:
    """The day ``c`` is dated to, None where it is dated to none."""
    if c.date is None or c.date.precision != "day":
        return None
    try:
        return date.fromisoformat(c.date.date)
    except ValueError:
        return None


def own_day(c: Candidate) -> date | None:
    """The day ``c`` is dated to by its own words (not only by the verb that reports it:
    :func:`dated_by_its_report`), None where it is dated to none, or no part of its own."""
    return None if c.part or dated_by_its_report(c) else day_of(c)


@cache
def _report_lag() -> int:
    """``data/article.yaml``: report_lag_days."""
    return int(read_yaml("article.yaml")["report_lag_days"])


def reported_later(c: Candidate, m: Candidate) -> bool:
    """Whether ``m`` has its day only from the verb that reports it (:func:`dated_by_its_report`:
    "Missiles killed ten civilians, officials said Monday") and ``c`` is dated to that day or
    up to ``report_lag_days`` before it ("the missiles hit a school late Sunday"): the day a
    report was given is no other day than the act's, which may be a few days older.

    >>> reported_later(hit_a_school_late_sunday, killed_ten_officials_said_monday)  # doctest: +SKIP
    True
    """
    own, told = day_of(c), day_of(m)
    return (
        own is not None and told is not None and report_lags(own, told) and dated_by_its_report(m)
    )


def report_lags(own: date, told: date) -> bool:
    """Whether a report given on ``told`` may tell an act of ``own`` (``report_lag_days``)."""
    return 0 <= (told - own).days <= _report_lag()


def before_every_day(c: Candidate, members: Iterable[Candidate]) -> bool:
    """Whether ``c``, an act told by its verb, is dated by its own words (:func:`own_day`) to a
    day before every day a member of a happening is so dated to, and at least one is: "On
    Wednesday, soldiers killed seven infiltrators" after "Gunmen shot dead four officials on
    Thursday". Whether that sets the two apart is for their sides to say (events/happenings.py).

    >>> before_every_day(killed_on_wednesday, [shot_on_thursday])  # doctest: +SKIP
    True
    """
    day = None if c.noun else own_day(c)
    days = [d for m in members if (d := own_day(m)) is not None]
    return day is not None and bool(days) and all(day < d for d in days)
