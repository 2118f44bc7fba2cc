"""Candidate mentions -> events: the article decides which happenings it tells of.

The sentence rules (events/extract.py) find *mentions*: every trigger that names an event, with
the roles, place, date and figures its own sentence gives (read by events/candidates.py). An
article tells of one happening many times ("Protesters stormed the city hall on Tuesday ... the
unrest ... the violence that has seen buildings torched"), so this stage groups the mentions of one happening into one event:

- mentions of compatible type, modality, parties, place and date are one event, in reading order
  (events/happenings.py; events/pairs.py holds the pairwise tests, shared with the story linker);
- a bare reference ("amid the protests", "the violence") adds a mention to the event it refers
  to, or nothing; it is never an event of its own;
- "another attack", "a second shooting" start a new event;
- the event keeps its most informative mention's trigger, evidence and roles, fills what that
  mention lacks from the others, carries every mention in ``mentions[]``, and takes one set of
  figures from all of them (the largest of each kind, never their sum; events/figures.py);
- figures no trigger took ("225 people died") go to the violent event they belong to;
- where its sentences name no place, an event gets the article's dateline or focus place
  (``location.mention == "article"``, at a lower confidence); "protests in A, B and C" is one
  event per place, sharing its mention (events/placing.py);
- dates come from the event's own clause, resolved against the publication date and the nearest
  explicit date before (events/dates.py), with ``date_precision``; an asserted event the text does
  not date is the report's own news and takes the story's current day the text names before it
  (``date_source`` "context"), else the publication date (``date_source`` "published"); a tally
  over a period ("since the uprising") stays undated.

>>> coder = ArticleCoder()                                          # doctest: +SKIP
>>> events = coder.code(doc, article, candidates, places, focus)    # doctest: +SKIP
>>> [len(e.mentions) for e in events]                               # doctest: +SKIP
[3, 1]
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from crisislens.data import read_yaml
from crisislens.events.candidates import (
    HEADLINE,
    ArticleWords,
    Candidate,
    CandidateReader,
    article_words,
    spans_a_period,
    told_roles,
)
from crisislens.events.dates import (
    ArticleDates,
    ResolvedDate,
    date_words,
    happening_date,
    not_after,
    told_as_earlier,
)
from crisislens.events.eventness import (
    ArticleView,
    EventFilter,
    article_features,
    judged,
    kept_events,
    told_surely,
)
from crisislens.events.figures import (
    casualty_mentions,
    count_the_dead,
    happening_figures,
)
from crisislens.events.happenings import (
    Happening,
    attach_parts,
    attach_references,
    attach_tolls,
    group,
    share_places,
    tied,
)
from crisislens.events.marks import mark_all
from crisislens.events.orphan_figures import add_orphan_figures, hand_on_figures
from crisislens.events.pairs import party_shared
from crisislens.events.parts import part_hosts
from crisislens.events.placing import SPECIFICITY, one_per_place, place_event
from crisislens.events.retelling import toll_mention
from crisislens.events.sequels import sequel_kind
from crisislens.schemas import Actor, Article, Event, Mention, Place, TextSpan


@dataclass
class CodedArticle:
    """What the article stage returns: its events, and every actor its kept mentions name (an
    event keeps one actor and recipient; the others' are still the article's participants)."""

    events: list[Event]
    participants: list[Actor]


class ArticleCoder:
    """Group an article's candidate mentions into events; place, date and count each once."""

    def __init__(
        self,
        words: ArticleWords | None = None,
        light_verbs: frozenset[str] = frozenset(),
        eventness: EventFilter | None = None,
    ) -> None:
        self.words = words or article_words()
        self.reader = CandidateReader(self.words, light_verbs)
        # the trained "is this a real event" scorer (events/eventness.py); None keeps every one
        self.eventness = eventness

    def code(
        self,
        doc: Doc,
        article: Article,
        candidates: list[Event],
        places: list[Place],
        focus: Place | None,
    ) -> CodedArticle:
        """The article's events from its candidate mentions; ``focus`` is where the article is
        (``placing.article_focus``, read once by the pipeline), the place of an event whose
        sentences name none."""
        candidates = [*candidates, *casualty_mentions(doc, article, candidates)]
        if not candidates:
            return CodedArticle([], [])
        dates = ArticleDates(doc, article.published)
        found = self.reader.read(doc, article, candidates, dates)
        share_places(found)
        mark_all(found)
        hosts = part_hosts([tied(c) for c in found])
        for index in hosts:
            found[index].part = True
        # a toll's event noun ("the death toll from Saturday's bombings") joins the happening
        # the report tells in words of its own, wherever (events/retelling.py)
        told = [c for c in found if not c.bare and not c.part]
        tolls = [c for c in told if toll_mention(c)]
        parts: dict[int, list[Candidate]] = {}
        for index, host in sorted(hosts.items()):
            parts.setdefault(found[host].order, []).append(found[index])
        happenings = group([c for c in told if not toll_mention(c)], parts)
        attach_tolls(tolls, happenings)
        attach_references([c for c in found if c.bare and not c.part], happenings)
        attach_parts(found, hosts, happenings)
        published = article.published
        events = [self._report_day(_event(h, published), h, published, dates) for h in happenings]
        events = add_orphan_figures(doc, events, happenings)
        # the scorer only takes events away: those it keeps are as they would be without it
        kept = self._real(doc, happenings, events, article.published)
        events = hand_on_figures(doc, events, kept, happenings)
        # once the dead a dropped mention told are handed on, every side's are in view
        events = count_the_dead(doc, events)
        events = _undate_earlier(events, happenings)
        years, days = self.words.background_years, self.words.background_days
        events = [_history(e, published, years, days) for e in events]
        confidence = self.words.article_place_confidence
        events = [place_event(e, doc, places, focus, confidence) for e in events]
        events = [split for e in events for split in one_per_place(e, doc, places)]
        participants = [
            role
            for h in happenings
            for c in h.members
            for role in told_roles(c.event)
            if role is not None
        ]
        return CodedArticle(sorted(events, key=lambda e: _start(e)), participants)

    def _real(
        self, doc: Doc, happenings: list[Happening], events: list[Event], published: str | None
    ) -> list[Event]:
        """The events (``events[i]`` is ``happenings[i]``) the eventness scorer keeps: every one
        that is not asserted or that it does not judge (``eventness.judged``: history with its
        own date, an attack told by its verb or counting casualties, a text of one sentence), and the asserted
        ones it scores as real events, or at least the best scored where it judges all the
        report tells (a report tells of at least one event)."""
        scorer = self.eventness
        if scorer is None:
            return events
        view = ArticleView.of(doc, happenings, self.words.definite)
        features = article_features(happenings, events, view)
        scores = [
            scorer.score(e, f)
            if e.modality == "asserted" and judged(h, e, view, published)
            else None
            for h, e, f in zip(happenings, events, features)
        ]
        told = any(told_surely(h, e, view, published) for h, e in zip(happenings, events))
        keep = kept_events(scores, scorer.threshold, told)
        return [e for e, k in zip(events, keep) if k]

    def _report_day(
        self, event: Event, h: Happening, published: str | None, dates: ArticleDates
    ) -> Event:
        """An asserted or denied event its text does not date is the report's own news, and so
        is a plan or a demand the report tells (the day it was made: data/dates.yaml's
        ``report_day_modalities``): it takes the story's current day, the last day the text
        names before it within a week of publication (``date_source`` "context", see
        ``ArticleDates.reference_day``; a past act may also go on in a time the narrative
        moved to), else the publication date, as ACLED dates a report's current events, marked
        ``date_source`` "published" so that a reader can tell it from a date the text gives. A tally over a span ("have killed 40
        civilians since the uprising") is no happening of the report's day (nor one told in the
        past perfect, undated after the eventness scorer: :func:`_undate_earlier`)."""
        if event.date is not None:
            return event.model_copy(update={"date_source": "text"})
        if published is None or event.modality not in date_words().report_day_modalities:
            return event
        if spans_a_period(h.principal.tokens, self.words.period_bounds):
            return event
        happened = event.modality in date_words().happened_modalities
        day = dates.reference_day(h.principal.tokens, h.principal.paragraph == HEADLINE, happened)
        if day is not None:
            return event.model_copy(
                update={"date": day.date, "date_precision": day.precision, "date_source": "context"}
            )
        return event.model_copy(
            update={"date": published, "date_precision": "day", "date_source": "published"}
        )


# -- one event per happening --------------------------------------------------------------------
def _event(h: Happening, published: str | None = None) -> Event:
    """The happening as one record: its principal mention, completed from the others."""
    principal = h.principal
    members = sorted(h.members, key=lambda c: c.order)
    others = sorted(members, key=lambda c: abs(c.order - principal.order))
    e = principal.event
    update: dict = {
        "mentions": [_mention(c.event) for c in members],
        "quantities": happening_figures(h),
    }
    surest = max(
        (c.event for c in members if c.event.event_type == e.event_type),
        key=lambda x: x.confidence,
    )
    if surest is not e:
        # the ACLED typing of the mention the rules are surest of (the head re-reads it later)
        update["acled_event_type"] = surest.acled_event_type
        update["acled_sub_event_type"] = surest.acled_sub_event_type
    # a role the principal lacks comes from the nearest mention that names it; so does an
    # actor it has only by convention (an unnamed attacker). (A recipient by convention, the
    # country where it happened, is PLOVER's own coding and stays.)
    told = {"actor": _own_actor(e), "recipient": _own_recipient(e)}
    # the other side that ended an attack's siege, or the police that broke up a protest
    # (events/sequels.py), name neither its doers nor those it was aimed at
    sides = [c for c in others if not (c.part and sequel_kind(c) in ("ended", "policed"))]
    for index, name in enumerate(("actor", "recipient")):
        if told[name] is None:
            named = _named(sides, index, e, update.get("actor") or told["actor"])
            if named is not None:
                update[name] = named
    update["location"] = e.location or _best_place([c.event.location for c in others])
    date = _best_date([principal, *others], published)
    update["date"] = date.date if date else None
    update["date_precision"] = date.precision if date else None
    return e.model_copy(update=update)


@cache
def _told_over_place() -> frozenset[str]:
    """``data/article.yaml``: the types whose told target outweighs the place's country."""
    return frozenset(read_yaml("article.yaml")["told_over_place_recipient"])


def _own_actor(event: Event) -> Actor | None:
    """The actor a mention names, less one it has only by convention, set on its own trigger
    ("Unidentified military forces" for "killed in an airstrike"): another mention that names
    the attacker ("the air force said its jets struck") tells more."""
    actor, trigger = told_roles(event)[0], event.trigger
    if actor is None or trigger is None:
        return actor
    return None if trigger.start <= actor.start and actor.end <= trigger.end else actor


def _own_recipient(event: Event) -> Actor | None:
    """The principal's recipient, less one it has only by PLOVER's convention of the place
    acted on (``participants.place_as_recipient``) in an attack: in "militants attacked a train
    in Upland province ... 16 passengers were killed", the passengers, not the state of
    Upland's country. Other types keep the place's country ("sent troops to Mali")."""
    place = event.location
    if event.event_type not in _told_over_place() or place is None or place.feature == "country":
        return event.recipient
    return told_roles(event)[1]


def _named(
    others: list[Candidate], index: int, principal: Event, actor: Actor | None
) -> Actor | None:
    """The role (0: actor, 1: recipient) the nearest mention names. An attack's victims are
    never its actor, nor its actor its victim: in "seven officers were killed in an ambush by
    gunmen ... the officers fought back", the officers' fighting back gives the killing no
    actor, as another mention has them hit (the side the principal mention has hit, or any
    side hit if it names none); "gunmen opened fire ... two gunmen were killed" gives the
    gunmen's shooting no recipient."""
    told = _own_actor if index == 0 else (lambda event: told_roles(event)[1])
    named = [r for c in others if (r := told(c.event)) is not None]
    if principal.event_type != "ASSAULT":
        return named[0] if named else None
    if index == 1:
        named = [r for r in named if actor is None or not _one_side(r, actor)]
        return named[0] if named else None
    target = told_roles(principal)[1]
    hit = [r for c in others if (r := told_roles(c.event)[1]) is not None]
    hit = [r for r in hit if target is None or _one_side(r, target)]
    named = [r for r in named if not any(_one_side(r, victim) for victim in hit)]
    return named[0] if named else None


def _one_side(a: Actor, b: Actor) -> bool:
    """Two names of one party: a content word shared, no two countries ("the soldiers" and
    "six soldiers"; not "Russian troops" and "Ukrainian troops")."""
    return party_shared(a, b) and not (a.country and b.country and a.country != b.country)


def _undate_earlier(events: list[Event], happenings: list[Happening]) -> list[Event]:
    """A happening told in the past perfect ("aides said on Monday the mayor had banned the
    march") lies before the story's time: the report's day (its current day or publication
    date) does not date it, and it stays undated (``dates.told_as_earlier``). Done after the
    eventness scorer, which reads the events as the report's day dates them."""
    earlier = {
        _start(h.principal.event)
        for h in happenings
        if h.principal.paragraph != HEADLINE and told_as_earlier(h.principal.tokens)
    }
    report_day = ("context", "published")
    return [
        e.model_copy(update={"date": None, "date_precision": None, "date_source": None})
        if _start(e) in earlier and e.date_source in report_day
        else e
        for e in events
    ]


def _history(event: Event, published: str | None, years: int, days: int = 365) -> Event:
    """An event its own words date ``years`` calendar years or more before the report ("was
    ousted in a 2013 coup", in a 2021 report), or whose dated span ended more than ``days``
    before it ("In September 2015, fighters stormed an air base", in an October 2016 report),
    is history the article recalls: it keeps that date and is marked ``background``, no news
    of the report's time. A date the text does not give (the report's own day) never makes it
    so.

    >>> _history(coup_2013, "2021-03-09", 2).background                # doctest: +SKIP
    True
    """
    if published is None or event.date is None or event.date_source != "text":
        return event
    long_ago = int(published[:4]) - int(event.date[:4]) >= years
    if not long_ago and not _ended_before(event.date, published, days):
        return event
    return event.model_copy(update={"background": True})


def _ended_before(when: str, published: str, days: int) -> bool:
    """Whether the span a date names ("2015-09", "2015", "2015-09-12") ended more than
    ``days`` before the day ``published``; False for a date that does not read so.

    >>> _ended_before("2015-09", "2016-10-25", 365), _ended_before("2016-03", "2016-10-25", 365)
    (True, False)
    """
    try:
        parts = [int(p) for p in when.split("-")]
        report = datetime.date.fromisoformat(published[:10])
        if len(parts) == 3:
            last = datetime.date(*parts)
        elif len(parts) == 2:
            last = datetime.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        else:
            last = datetime.date(parts[0], 12, 31)
    except (ValueError, TypeError):
        return False
    return (report - last).days > days


def _mention(event: Event) -> Mention:
    """A member as one of the event's ``mentions``, with the roles its own words give: its
    coded roles, or where it has none (or only one by convention: an unnamed attacker, the
    country where it happened) the participants its words name that the actor coder could not
    code ("the gunmen", events/rules/participants.py ``own_mention``)."""
    actor, recipient = event.actor, event.recipient
    own = next((m for m in event.mentions if m.trigger == event.trigger), None)
    if own is not None:
        told_actor, told_recipient = told_roles(event)
        trigger = event.trigger
        if own.actor is not None and (told_actor is None or _inside(told_actor, trigger)):
            actor = own.actor
        if own.recipient is not None and told_recipient is None:
            recipient = own.recipient
    return Mention(
        trigger=event.trigger,
        evidence=event.evidence,
        actor=actor,
        recipient=recipient,
        location=event.location or (own.location if own is not None else None),
    )


def _inside(actor: Actor, span: TextSpan | None) -> bool:
    """An actor named by the trigger's own words: ACLED's unnamed attacker or protesters."""
    return span is not None and span.start <= actor.start and actor.end <= span.end


def _best_place(locations: list[Place | None]) -> Place | None:
    """The most specific place the mentions give (a city before its country)."""
    named = [p for p in locations if p is not None]
    if not named:
        return None
    return min(named, key=lambda p: SPECIFICITY.get(p.feature, 5))


def _best_date(members: list[Candidate], published: str | None) -> ResolvedDate | None:
    """The principal mention's own date, else the others' (``dates.happening_date``): any of
    its own or a neighbouring sentence, a recent one of another."""
    principal, others = members[0], [c for c in members[1:] if c.date is not None]
    words, event = date_words(), principal.event
    if (
        event.modality in words.happened_modalities
        and event.event_type not in words.later_act_types
    ):
        own = not_after(principal.date, published)
        others = [c for c in others if not_after(c.date, published) is not None]
    else:
        own = principal.date
    near = [c.date for c in others if c.date and _neighbours(c, principal)]
    far = [c.date for c in others if c.date and not _neighbours(c, principal)]
    return happening_date(own, near, far, published)


def _neighbours(a: Candidate, b: Candidate) -> bool:
    """Mentions in one sentence or in two that follow each other."""
    if not a.tokens or not b.tokens:
        return False
    first, second = sorted((a.tokens[0].sent, b.tokens[0].sent), key=lambda s: s.start)
    return first.start == second.start or first.end >= second.start


def _start(event: Event) -> int:
    return event.trigger.start if event.trigger else event.evidence.start
