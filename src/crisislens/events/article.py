"""Candidate mentions -> events: the article decides which happenings it tells of.

The sentence rules (events/extract.py) find *mentions*: every trigger that names an event, with
the roles, place, date and figures its own sentence gives. An article tells of one happening many
times ("Protesters stormed the city hall on Tuesday ... the unrest ... the violence that has seen
buildings torched"), so this stage groups the mentions of one happening into one event:

- mentions of compatible type, modality, parties, place and date are one event, in reading order
  (events/pairs.py holds the pairwise tests, shared with the story linker);
- a bare reference ("amid the protests", "the violence") adds a mention to the event it refers
  to, or nothing; it is never an event of its own;
- "another attack", "a second shooting" start a new event;
- the event keeps its most informative mention's trigger, evidence and roles, fills what that
  mention lacks from the others, carries every mention in ``mentions[]``, and takes one set of
  figures from all of them (the largest of each kind, never their sum);
- figures no trigger took ("225 people died") go to the violent event they belong to;
- where its sentences name no place, an event gets the article's dateline or focus place
  (``location.mention == "article"``, at a lower confidence); "protests in A, B and C" is one
  event per place, sharing its mention;
- dates come from the event's own clause, resolved against the publication date and the nearest
  explicit date before (events/dates.py), with ``date_precision``; an asserted event the text does
  not date is the report's own news and takes the publication date, marked ``date_source``
  "published" (a tally over a period, "since the uprising", stays undated).

>>> coder = ArticleCoder()                                          # doctest: +SKIP
>>> events = coder.code(doc, article, candidates, places)           # doctest: +SKIP
>>> [len(e.mentions) for e in events]                               # doctest: +SKIP
[3, 1]
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

import yaml
from spacy.tokens import Doc, Token

from crisislens.events.dates import DATE_LABELS, NOT_THE_EVENTS, ArticleDates, ResolvedDate
from crisislens.events.pairs import (
    actors_compatible,
    dates_compatible,
    modes_compatible,
    pair_rules,
    party_shared,
    places_compatible,
    related_words,
    types_compatible,
)
from crisislens.events.parts import Mention as TiedMention
from crisislens.events.parts import part_hosts
from crisislens.events.quantities import parse_number, quantities_in
from crisislens.geo.lexicon import GeoLexicon
from crisislens.ingest.articles import headline as headline_of
from crisislens.schemas import Actor, Article, Event, Mention, Place, Quantity

PLACE_FEATURES = ("city", "admin2", "admin1", "country")
STREET_LEVEL = {"unknown", "landmark"}
SPECIFICITY = {"landmark": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}
HEADLINE = -1  # the paragraph number of a mention in the headline
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# which events a figure no trigger took belongs to
FIGURE_EVENT_TYPES = {
    "dead": ("ASSAULT", "PROTEST"),
    "injured": ("ASSAULT", "PROTEST"),
    "arrested": ("COERCE", "ASSAULT", "PROTEST"),
    "displaced": ("ASSAULT", "COERCE"),
}
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'-]{1,40}?)\s*(?:,|\(|-|\u2013|\u2014)")


@dataclass(frozen=True)
class ArticleWords:
    """``data/article.yaml``: the words that make a mention bare or new."""

    new_markers: frozenset[str]
    bare_dependents: frozenset[str]
    background_preps: frozenset[str]
    definite: frozenset[str]
    article_place_confidence: float
    period_bounds: frozenset[str]
    locative_preps: frozenset[str]
    perfect_auxiliaries: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()


@cache
def article_words() -> ArticleWords:
    text = (resources.files("crisislens") / "data" / "article.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return ArticleWords(
        new_markers=frozenset(data["new_markers"]),
        bare_dependents=frozenset(data["bare_dependents"]),
        background_preps=frozenset(data["background_preps"]),
        definite=frozenset(data["definite"]),
        article_place_confidence=float(data["article_place_confidence"]),
        period_bounds=frozenset(data["period_bounds"]),
        locative_preps=frozenset(data["locative_preps"]),
        perfect_auxiliaries=frozenset(data["perfect_auxiliaries"]),
        state_verbs=frozenset(data["state_verbs"]),
    )


@dataclass
class Candidate:
    """One mention as the sentence rules coded it, with what the article stage needs to know."""

    event: Event
    order: int  # position in the article (the trigger's start, else the sentence's)
    tokens: list[Token]
    paragraph: int  # HEADLINE for a mention in the article's headline
    noun: bool  # named by a noun ("the protests"), not a verb
    bare: bool  # a noun that adds nothing: a reference to an event told elsewhere
    new: bool  # "another attack": a happening not told before
    generic: bool  # "the violence": may name a happening of another type
    date: ResolvedDate | None
    lemma: str = ""  # the trigger's head word
    part: bool = False  # tells part of another mention's happening (events/parts.py)

    @property
    def weak(self) -> bool:
        """A noun that tells nothing of its own (no side, figure or date): "tariffs", "the
        war". It may be a reference to any happening of its type nearby."""
        actor, recipient = _told_roles(self.event)
        told = actor or recipient or self.event.quantities or self.date or self.new
        return self.noun and not told

    @cached_property
    def profile(self) -> tuple:
        """Everything ``_compatible`` reads of a member: members alike in all of it need one
        check (a long text that repeats itself would otherwise cost the square of its length)."""
        e, place = self.event, self.event.location
        at = place and (place.name.casefold(), place.lat, place.lon, place.feature, place.country)
        roles = tuple(a and (a.name.casefold(), a.country, a.sector) for a in _told_roles(e))
        kind = (e.modality, e.event_type, e.mode, self.generic)
        return (*kind, at, _date_of(self), _precision_of(self), roles)


@dataclass
class CodedArticle:
    """What the article stage returns: its events, and every actor its kept mentions name (an
    event keeps one actor and recipient; the others' are still the article's participants)."""

    events: list[Event]
    participants: list[Actor]


@dataclass
class Happening:
    """The candidates that tell of one happening."""

    members: list[Candidate] = field(default_factory=list)

    @property
    def principal(self) -> Candidate:
        """The most informative mention that is no part of another's telling (events/parts.py:
        "raided ..., killing seven" is told by its most violent act)."""
        return max(self.members, key=lambda c: (not c.part, _informative(c)))


class ArticleCoder:
    """Group an article's candidate mentions into events; place, date and count each once."""

    def __init__(
        self, words: ArticleWords | None = None, light_verbs: frozenset[str] = frozenset()
    ) -> None:
        self.words = words or article_words()
        self.light_verbs = light_verbs  # "held talks": the noun is the clause's event

    def code(
        self, doc: Doc, article: Article, candidates: list[Event], places: list[Place]
    ) -> CodedArticle:
        if not candidates:
            return CodedArticle([], [])
        dates = ArticleDates(doc, article.published)
        paragraphs = _paragraph_starts(article.text)
        headline = _headline_end(article.text, article.title or headline_of(article.text))
        found = [self._candidate(doc, e, dates, paragraphs, headline) for e in candidates]
        found = [c for c in found if not _a_state(c, self.words.state_verbs)]
        hosts = part_hosts([_tied(c) for c in found])
        for index in hosts:
            found[index].part = True
        happenings = _group([c for c in found if not c.bare and not c.part])
        _attach_references([c for c in found if c.bare and not c.part], happenings)
        _attach_parts(found, hosts, happenings)
        events = [self._report_day(_event(h), h, article.published, dates) for h in happenings]
        events = _add_orphan_figures(doc, events, happenings)
        focus = article_focus(article.text, places)
        events = [self._place(e, doc, places, focus) for e in events]
        events = [split for e in events for split in _one_per_place(e, doc, places)]
        participants = [
            role
            for h in happenings
            for c in h.members
            for role in _told_roles(c.event)
            if role is not None
        ]
        return CodedArticle(sorted(events, key=lambda e: _start(e)), participants)

    def _candidate(
        self, doc: Doc, event: Event, dates: ArticleDates, paragraphs: list[int], headline: int
    ) -> Candidate:
        tokens = _trigger_tokens(doc, event)
        head = _head_token(tokens)
        noun = head is not None and head.pos_ in ("NOUN", "PROPN")
        order = event.trigger.start if event.trigger else event.evidence.start
        own_date = dates.of_trigger(tokens)
        return Candidate(
            event=event,
            order=order,
            tokens=tokens,
            paragraph=HEADLINE if order < headline else bisect.bisect_right(paragraphs, order),
            noun=noun,
            bare=head is not None
            and (
                noun
                and not self._new(head)
                and self._bare(head, event)
                or _recalled(head)
                and not event.quantities
            ),
            # a trigger-less mention ("it soon enveloped Almaty") carries a happening to a new
            # place: ACLED codes one event per place
            new=head is None or self._new(head) or _earlier_happening(head),
            generic=head is not None and head.lemma_.lower() in pair_rules().generic_nouns,
            date=own_date,
            lemma=head.lemma_.lower() if head is not None else "",
        )

    def _bare(self, head: Token, event: Event) -> bool:
        """ "amid the protests", "condemned the violence": a definite noun with nothing of its
        own to tell (no figures, no date on the noun itself), in the background of its clause;
        as the clause's subject ("The talks collapsed") or a light verb's object ("held talks")
        it is told."""
        w = self.words
        if event.quantities or event.modality != "asserted":
            return False
        if head.dep_ in ("nsubj", "nsubjpass", "ROOT") or head.head is head:
            return False
        if head.dep_ in ("dobj", "attr") and head.head.lemma_.lower() in self.light_verbs:
            return False
        if any(t.ent_type_ in DATE_LABELS for t in head.subtree if t.i != head.i):
            return False
        children = list(head.children)
        if any(c.dep_ not in w.bare_dependents for c in children):
            return False
        if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in children):
            return False  # "Putin's crackdown" tells who
        definite = any(c.dep_ == "det" and c.lower_ in w.definite for c in children)
        possessive = any(c.dep_ == "poss" for c in children)
        plural = head.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" for c in children)
        background = head.dep_ == "pobj" and head.head.lower_ in w.background_preps
        # a generic noun ("the violence") refers back wherever it stands; a specific one ("the
        # bombing", "the protests") only in the background ("amid the protests"), as elsewhere
        # it may be the only telling of its happening ("claimed the bombing")
        generic = head.lemma_.lower() in pair_rules().generic_nouns
        return (definite or possessive or plural and background) and (generic or background)

    def _new(self, head: Token) -> bool:
        """ "another attack", "a second shooting", "fresh clashes"."""
        return any(
            c.dep_ in ("det", "amod", "advmod") and c.lower_ in self.words.new_markers
            for c in head.children
        )

    def _report_day(
        self, event: Event, h: Happening, published: str | None, dates: ArticleDates
    ) -> Event:
        """An asserted or denied event its text does not date is the report's own news: a past
        act takes the story's current day the text names before it (``date_source``
        "context", see ``ArticleDates.reference_day``), any other the publication date, as
        ACLED dates a report's current events, marked ``date_source`` "published" so that a
        reader can tell it from a date the text gives. A tally over a span ("have killed 40
        civilians since the uprising") is no happening of the report's day."""
        if event.date is not None:
            return event.model_copy(update={"date_source": "text"})
        if published is None or event.modality not in ("asserted", "negated"):
            return event
        if _spans_a_period(h.principal.tokens, self.words.period_bounds):
            return event
        day = dates.reference_day(h.principal.tokens, h.principal.paragraph == HEADLINE)
        if day is not None:
            return event.model_copy(
                update={"date": day.date, "date_precision": "day", "date_source": "context"}
            )
        return event.model_copy(
            update={"date": published, "date_precision": "day", "date_source": "published"}
        )

    def _place(self, event: Event, doc: Doc, places: list[Place], focus: Place | None) -> Event:
        """A place its mentions' sentences name, else the article's (marked "article"). A street
        or building ("the 800 block of Main Street", "outside the Bungalow Restaurant") gives way
        to the town its sentence or the article names: events are placed by settlement. So does
        a state or country that holds the article's own town (its dateline's, or the one it
        names most): the article places the event more precisely than its sentence ("shot at a
        Walmart in Nevada" in a report from "RENO, Nev." is in Reno), as an analyst codes the
        most precise place the report gives."""
        location = event.location
        if location is None or _street_level(location):
            location = _sentence_place(event, doc, places)
        if location is not None and not _holds(location, focus):
            return event.model_copy(update={"location": location})
        if focus is None:
            return event
        confidence = round(focus.confidence * self.words.article_place_confidence, 3)
        located = focus.model_copy(update={"mention": "article", "confidence": confidence})
        return event.model_copy(update={"location": located})


def _street_level(place: Place) -> bool:
    """A street or a building ("Fourth Street", "Mercy Hospital"); a neighbourhood the
    gazetteer lacks ("El Camino Heights") is the place the text gives, not a street."""
    if place.feature == "unknown":
        return not GeoLexicon.load().names_a_locality(place.text)
    return place.feature in STREET_LEVEL


def _holds(region: Place, focus: Place | None) -> bool:
    """The article's place (``focus``) is a town or county inside ``region``, a state or
    country: "Nevada" holds "Reno, Nev."."""
    if focus is None or region.feature not in ("admin1", "country"):
        return False
    if SPECIFICITY.get(focus.feature, 5) >= SPECIFICITY[region.feature]:
        return False
    if focus.country != region.country:
        return False
    return region.feature == "country" or (
        focus.admin1 is not None and focus.admin1 == region.admin1
    )


def _spans_a_period(tokens: list[Token], bounds: frozenset[str]) -> bool:
    """The trigger's clause is bounded by "since" or "until" ("have killed 40 civilians since
    the 1998 uprising", "since independence"): a tally over a period."""
    head = _head_token(tokens)
    if head is None:
        return False
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), head)
    if any(c.lower_ in bounds and c.dep_ == "prep" for c in verb.children):
        return True  # "since the uprising"
    clauses = [c for c in verb.children if c.dep_ == "advcl"]  # "since the ceasefire collapsed"
    return any(m.lower_ in bounds and m.dep_ == "mark" for c in clauses for m in c.children)


# -- candidates ---------------------------------------------------------------------------------
def _paragraph_starts(text: str) -> list[int]:
    return [m.end() for m in re.finditer(r"\n\s*\n|\n(?=\s*[A-Z\"'])", text)]


def _headline_end(text: str, title: str | None) -> int:
    """Where the headline ends, when the text opens with it (0 when it does not)."""
    if not title:
        return 0
    start = len(text) - len(text.lstrip())
    return start + len(title) if text.startswith(title, start) else 0


def _trigger_tokens(doc: Doc, event: Event) -> list[Token]:
    if event.trigger is None:
        return []
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _head_token(tokens: list[Token]) -> Token | None:
    """The trigger's first content word ("opened fire": opened; "the protests": protests)."""
    return next((t for t in tokens if t.pos_ in ("VERB", "NOUN", "PROPN")), None) or (
        tokens[0] if tokens else None
    )


def _a_state(c: Candidate, state_verbs: frozenset[str]) -> bool:
    """A participle after "remain", "stay" or "seem" tells a state, not a happening: "the road
    remained blocked on Friday", "the border stays closed". One with an agent ("remained
    blocked by protesters") tells who acts, and is kept."""
    head = _head_token(c.tokens)
    if head is None or head.tag_ != "VBN":
        return False
    children = list(head.children)
    stative = any(x.dep_ == "auxpass" and x.lemma_.lower() in state_verbs for x in children)
    return stative and not any(x.dep_ == "agent" for x in children)


def _recalled(head: Token) -> bool:
    """A verb in a past-perfect relative clause recalls a happening before the one told: "the
    pupils, who had been abducted in May, were freed on Sunday". It joins that happening where
    the article tells it, or is background and no event (one that gives figures, "who had
    held 12 miners", is kept). A reduced relative ("the survey released on Monday") may be
    the only telling of its happening and is not so read."""
    if head.pos_ != "VERB" or head.dep_ != "relcl":
        return False
    perfect = article_words().perfect_auxiliaries
    return any(c.dep_ == "aux" and c.lower_ in perfect for c in head.children)


def _earlier_happening(head: Token) -> bool:
    """ "since the 1998 uprising", "before the strike": a happening that bounds another one in
    time, not the one its clause tells."""
    return head.dep_ == "pobj" and head.head.lower_ in NOT_THE_EVENTS


def _informative(c: Candidate) -> tuple:
    """How much a mention tells: the rules' confidence (which already weighs a verb above a
    noun, a main clause above a background one, roles found by the parse above none), then
    roles, place, figures and date it gives."""
    e = c.event
    actor, recipient = _told_roles(e)
    told = (
        2 * (actor is not None)
        + 2 * (recipient is not None)
        + 2 * (e.location is not None)
        + (len(e.quantities) > 0)
        + (c.date is not None)
        + (not c.noun)
        - 2 * c.generic
    )
    return (e.confidence, told, -c.order)


# -- grouping -----------------------------------------------------------------------------------
def _compatible(c: Candidate, h: Happening) -> bool:
    """Whether ``c`` may tell of the happening ``h``: no member contradicts it (a part folded
    in from another type's sentence says nothing of the happening's type)."""
    checked: set[tuple] = set()
    for m in (m for m in h.members if not m.part):
        if m.profile in checked:
            continue
        checked.add(m.profile)
        a, b = c.event, m.event
        if a.modality != b.modality:
            return False
        if not types_compatible(a.event_type, b.event_type, c.generic or m.generic):
            return False
        if a.event_type == b.event_type and not modes_compatible(a.event_type, a.mode, b.mode):
            return False
        if not (
            places_compatible(a.location, b.location)
            and dates_compatible(_date_of(c), _date_of(m), _precision_of(c), _precision_of(m))
            and _parties_compatible(a, b)
        ):
            return False
    return True


def _parties_compatible(a: Event, b: Event) -> bool:
    """The same sides, or the same sides swapped ("clashes between A and B"). Roles the rules
    filled in by convention (an unnamed attacker, the country acted on where the event is)
    say nothing either way."""
    actor_a, recipient_a = _told_roles(a)
    actor_b, recipient_b = _told_roles(b)
    same = actors_compatible(actor_a, actor_b) and actors_compatible(recipient_a, recipient_b)
    swapped = actors_compatible(actor_a, recipient_b) and actors_compatible(recipient_a, actor_b)
    return same or swapped and a.event_type == b.event_type == "ASSAULT"


def _told_roles(event: Event) -> tuple[Actor | None, Actor | None]:
    actor, recipient = event.actor, event.recipient
    if actor is not None and actor.sector == "UAF":
        actor = None  # "Unidentified armed group (USA)": nobody named
    place = event.location
    if recipient is not None and place is not None and recipient.start == place.start:
        recipient = None  # the country acted on because the event is there
    return actor, recipient


def _date_of(c: Candidate) -> str | None:
    return c.date.date if c.date is not None else None


def _precision_of(c: Candidate) -> str | None:
    return c.date.precision if c.date is not None else None


def _group(candidates: list[Candidate]) -> list[Happening]:
    """In reading order, each mention joins the nearest happening it is compatible with, or
    starts its own ("another attack" always does)."""
    happenings: list[Happening] = []
    for c in sorted(candidates, key=lambda c: c.order):
        target = None if c.new else _nearest(c, happenings)
        if target is None:
            happenings.append(Happening([c]))
        else:
            target.members.append(c)
    return happenings


def _alike(a: Candidate, b: Candidate) -> bool:
    """Evidence beyond a compatible type that two mentions tell of one happening (as the story
    linker asks it of an undated pair): one paragraph (a report tells one happening in many
    words), the same or a derived word ("shelled", "the shelling"), a noun that tells nothing
    of its own ("the violence", "tariffs"), or a side both name ("Mr Putin sent troops",
    "Putin's deployment"). "Civilians were killed" in one paragraph and "the risks he runs by
    intervening in Belarus" in the next are two happenings."""
    if HEADLINE in (a.paragraph, b.paragraph) or a.paragraph == b.paragraph:
        return True  # a headline tells the article's happening, wherever it is told
    if related_words(a.lemma, b.lemma):
        return True
    if a.generic or b.generic or a.weak or b.weak:
        return True
    (actor_a, recipient_a), (actor_b, recipient_b) = _told_roles(a.event), _told_roles(b.event)
    return party_shared(actor_a, actor_b) or party_shared(recipient_a, recipient_b)


def _tied(c: Candidate) -> TiedMention:
    actor = c.event.actor
    sector = actor.sector if actor is not None else None
    return TiedMention(_head_token(c.tokens), c.event.event_type, c.event.modality, sector)


def _attach_parts(found: list[Candidate], hosts: dict[int, int], happenings: list[Happening]):
    """A part joins its host's happening; with its host nowhere (a bare reference that joined
    nothing), it is grouped as any mention is."""
    for index, host in sorted(hosts.items()):
        c = found[index]
        target = next((h for h in happenings if found[host] in h.members), None)
        if target is not None:
            target.members.append(c)
        elif not c.bare:
            c.part = False
            fit = None if c.new else _nearest(c, happenings)
            if fit is None:
                happenings.append(Happening([c]))
            else:
                fit.members.append(c)


def _nearest(c: Candidate, happenings: list[Happening]) -> Happening | None:
    fitting = [h for h in happenings if _compatible(c, h) and any(_alike(c, m) for m in h.members)]
    if not fitting:
        return None
    return min(fitting, key=lambda h: min(abs(c.order - m.order) for m in h.members))


def _attach_references(references: list[Candidate], happenings: list[Happening]) -> None:
    """A bare reference joins the happening it refers to (the nearest compatible one, told
    before it if any); with none, it is no event at all."""
    for c in sorted(references, key=lambda c: c.order):
        fitting = [h for h in happenings if _compatible(c, h)]
        if not fitting:
            continue
        before = [h for h in fitting if min(m.order for m in h.members) < c.order]
        pool = before or fitting
        target = min(pool, key=lambda h: min(abs(c.order - m.order) for m in h.members))
        target.members.append(c)


# -- one event per happening --------------------------------------------------------------------
def _event(h: Happening) -> Event:
    """The happening as one record: its principal mention, completed from the others."""
    principal = h.principal
    members = sorted(h.members, key=lambda c: c.order)
    others = sorted(members, key=lambda c: abs(c.order - principal.order))
    e = principal.event
    update: dict = {
        "mentions": [Mention(trigger=c.event.trigger, evidence=c.event.evidence) for c in members],
        "quantities": _figures([c.event for c in members]),
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
    told = {"actor": _told_roles(e)[0], "recipient": e.recipient}
    for index, name in enumerate(("actor", "recipient")):
        if told[name] is None:
            named = next((r for c in others if (r := _told_roles(c.event)[index])), None)
            if named is not None:
                update[name] = named
    update["location"] = e.location or _best_place([c.event.location for c in others])
    date = _best_date([principal, *others])
    update["date"] = date.date if date else None
    update["date_precision"] = date.precision if date else None
    return e.model_copy(update=update)


def _best_place(locations: list[Place | None]) -> Place | None:
    """The most specific place the mentions give (a city before its country)."""
    named = [p for p in locations if p is not None]
    if not named:
        return None
    return min(named, key=lambda p: SPECIFICITY.get(p.feature, 5))


def _best_date(members: list[Candidate]) -> ResolvedDate | None:
    """The principal mention's own date, else the most precise the others give."""
    dated = [c.date for c in members if c.date is not None]
    if not dated:
        return None
    if members[0].date is not None:
        return members[0].date
    return min(dated, key=lambda d: PRECISION_RANK[d.precision])


def _figures(events: list[Event]) -> list[Quantity]:
    """One figure per kind from all mentions: the largest (reports repeat a toll, they do not add
    to it). One hurt person named by a shooting verb is not also counted as hurt when the event
    has its dead ("was shot ... died"). Money and other numbers are all kept, once each."""
    best: dict[str, Quantity] = {}
    kept: list[Quantity] = []
    seen: set[tuple[int, int]] = set()
    for q in (q for e in events for q in e.quantities):
        if (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        if q.kind in ("money", "other"):
            kept.append(q)
        elif q.kind not in best or q.value > best[q.kind].value:
            best[q.kind] = q
    injured = best.get("injured")
    if injured is not None and "dead" in best and _one_named_person(injured):
        del best["injured"]
    return sorted([*best.values(), *kept], key=lambda q: q.start)


def _one_named_person(q: Quantity) -> bool:
    """A figure of one taken from a person named as hurt ("a man"), not from a number."""
    return q.value == 1 and parse_number(q.text) is None


def _add_orphan_figures(doc: Doc, events: list[Event], happenings: list[Happening]) -> list[Event]:
    """Figures of dead, hurt, arrested or displaced people that no trigger took ("225 people
    died", "the bodies of 30 people were found") go to the asserted event of a fitting type in
    their sentence, else the nearest before them in the article."""
    taken = {(q.start, q.end) for e in events for q in e.quantities}
    extra: dict[int, list[Quantity]] = {}
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    for sent in sents:
        for _, q in quantities_in(sent):
            if q.kind not in FIGURE_EVENT_TYPES or (q.start, q.end) in taken:
                continue
            index = _owner(q, events, happenings, starts)
            if index is not None:
                extra.setdefault(index, []).append(q)
                taken.add((q.start, q.end))
    for index, quantities in extra.items():
        merged = _figures(
            [events[index], events[index].model_copy(update={"quantities": quantities})]
        )
        events[index] = events[index].model_copy(update={"quantities": merged})
    return events


def _owner(
    q: Quantity, events: list[Event], happenings: list[Happening], starts: list[int]
) -> int | None:
    sentence = bisect.bisect_right(starts, q.start)
    best, best_key = None, None
    for i, (event, h) in enumerate(zip(events, happenings)):
        if event.modality != "asserted" or event.event_type not in FIGURE_EVENT_TYPES[q.kind]:
            continue
        for c in h.members:
            same = bisect.bisect_right(starts, c.order) == sentence
            if not same and c.order > q.start:
                continue
            key = (
                not same,
                abs(q.start - c.order),
                FIGURE_EVENT_TYPES[q.kind].index(event.event_type),
            )
            if best_key is None or key < best_key:
                best, best_key = i, key
    return best


# -- places -------------------------------------------------------------------------------------
def _sentence_place(event: Event, doc: Doc, places: list[Place]) -> Place | None:
    """The one place (or the most specific of one country's) named in the sentences of the
    event's mentions, outside its actor's and recipient's words."""
    spans = [(m.evidence.start, m.evidence.end) for m in event.mentions] or [
        (event.evidence.start, event.evidence.end)
    ]
    roles = [(r.start, r.end) for r in (event.actor, event.recipient) if r is not None]
    for start, end in spans:
        found = [
            p
            for p in places
            if start <= p.start < end
            and p.mention == "name"
            and p.lat is not None
            and p.feature in PLACE_FEATURES
            and not any(s <= p.start < e for s, e in roles)
        ]
        if found and len({p.country for p in found}) == 1:
            return min(found, key=lambda p: (SPECIFICITY.get(p.feature, 5), p.start))
    return None


def article_focus(text: str, places: list[Place]) -> Place | None:
    """Where the article is: its dateline place ("AURORA, Colo. (CBS4) -"); else, in the
    country it names most (its cities and regions counting for it), the city it names most,
    else its region, else that country. An article that names no place but a town inside a
    body's name ("the Phoenix Police Department said") is in that town."""
    located = [
        p
        for p in places
        if p.mention == "name" and p.lat is not None and p.feature in PLACE_FEATURES
    ]
    located = located or [
        p for p in places if p.mention == "embedded" and p.lat is not None and p.feature == "city"
    ]
    dateline = _dateline_place(text, located)
    if dateline is not None:
        return dateline
    by_country: dict[str | None, list[Place]] = {}
    for p in located:
        by_country.setdefault(p.country, []).append(p)
    if not by_country:
        return None
    ranked = max(by_country.values(), key=lambda ps: (len(ps), -ps[0].start))
    for features in (("city",), ("admin2", "admin1")):
        counts: dict[str, list[Place]] = {}
        for p in ranked:
            if p.feature in features:
                counts.setdefault(p.name, []).append(p)
        if counts:
            return max(counts.values(), key=lambda ps: (len(ps), -ps[0].start))[0]
    return next((p for p in ranked if p.feature == "country"), ranked[0])


def _dateline_place(text: str, located: list[Place]) -> Place | None:
    """The place a dateline opens the article (or its first lines) with."""
    for line_start in [0, *[m.end() for m in re.finditer(r"\n", text)]][:3]:
        match = _DATELINE.match(text, line_start)
        if match is None:
            continue
        at = next((p for p in located if line_start <= p.start <= match.start(1) + 1), None)
        if at is not None and at.feature in ("city", "admin2", "admin1"):
            return at
    return None


def _one_per_place(event: Event, doc: Doc, places: list[Place]) -> list[Event]:
    """ "Protests took place in A, B and C": one event per place, each with the same mention."""
    if event.trigger is None or event.location is None or event.location.mention == "article":
        return [event]
    listed = _listed_places(event, doc, places)
    if len(listed) < 2:
        return [event]
    events = []
    for n, place in enumerate(listed):
        event_id = event.event_id if n == 0 else _place_event_id(event.event_id, place)
        events.append(event.model_copy(update={"location": place, "event_id": event_id}))
    return events


def _listed_places(event: Event, doc: Doc, places: list[Place]) -> list[Place]:
    """The places coordinated under the trigger's locative preposition ("in A, B and C")."""
    if event.trigger is None:
        return []
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return []
    locative = article_words().locative_preps
    heads = [span.root]
    if span.root.dep_ in ("nsubj", "nsubjpass"):
        heads.append(span.root.head)  # "protests took place in A, B and C"
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in locative):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            objects += [c for o in objects for c in o.conjuncts]
            listed = [_place_of(o, places) for o in objects]
            unique = {p.name: p for p in listed if p is not None}
            if len(unique) >= 2:
                return sorted(unique.values(), key=lambda p: p.start)
    return []


def _place_of(token: Token, places: list[Place]) -> Place | None:
    lo, hi = token.left_edge.idx, token.idx + len(token.text)
    return next(
        (
            p
            for p in places
            if lo <= p.start and p.end <= hi and p.lat is not None and p.mention == "name"
        ),
        None,
    )


def _place_event_id(event_id: str, place: Place) -> str:
    return hashlib.sha256(f"{event_id}:{place.start}".encode()).hexdigest()[:16]


def _start(event: Event) -> int:
    return event.trigger.start if event.trigger else event.evidence.start
