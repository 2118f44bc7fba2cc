"""Candidates -> happenings: which mentions of an article tell of one happening.

In reading order, each mention joins the nearest happening it is compatible with (type,
modality, parties, place and date agree: events/pairs.py) and alike (same paragraph, a related
word, a noun that tells nothing of its own, or a side both name), or starts its own ("another
attack" always does). A bare reference ("amid the protests") joins the happening it refers to or
nothing; a part of another mention's telling (events/parts.py: "stormed the village, killing
seven") joins its host's happening.

>>> happenings = group([c for c in found if not c.bare and not c.part])  # doctest: +SKIP
>>> attach_references([c for c in found if c.bare and not c.part], happenings)  # doctest: +SKIP
>>> [len(h.members) for h in happenings]                              # doctest: +SKIP
[3, 1]
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from crisislens.data import read_yaml
from crisislens.events.candidates import (
    HEADLINE,
    Candidate,
    date_of,
    head_token,
    informative,
    precision_of,
    told_roles,
)
from crisislens.events.ledes import (
    before_every_day,
    dated_by_its_report,
    day_of,
    headline_only,
    in_lede,
    report_lags,
    set_last,
    undated_news,
)
from crisislens.events.pairs import (
    STATE_SECTORS,
    actors_compatible,
    dates_compatible,
    modes_compatible,
    named_again,
    party_shared,
    places_compatible,
    related_words,
    types_compatible,
)
from crisislens.events.parts import Mention as TiedMention
from crisislens.events.retelling import (
    another_casualty_elsewhere,
    another_day,
    another_doer,
    attack_retold,
    attack_steps,
    before_the_news,
    elsewhere_another_day,
    elsewhere_in_clause,
    further_attack,
    further_target,
    one_armed_side,
    other_province,
    possessor_told,
    retaliating,
    separate,
    toll_clause,
    toll_retold,
)
from crisislens.events.seizures import (
    attack_beside,
    attack_types,
    fold_seizures,
    seizure_in_attack,
    told_attack,
)
from crisislens.events.sequels import (
    ended_siege,
    fold_ended,
    host_key,
    sequel_kind,
    sequel_of,
)
from crisislens.events.steps import counted_step, more_doers, told_within
from crisislens.events.story_time import (
    background,
    calendar_week,
    earlier,
    period_of,
    pointed_at,
    sequel,
    told_after_the_news,
)
from crisislens.link.mention import DAY_WINDOW
from crisislens.schemas import Actor, Event


@dataclass
class Happening:
    """The candidates that tell of one happening, and where they stand in time: whether they
    count over a period, and in each sentence the words that set their clauses before or after
    another's (``candidates.time_scope``), kept as they are added; and the acts that may host
    a sequel (events/sequels.py), by what a sequel reads of them (``sequels.host_key``), each
    kind's members earliest first."""

    members: list[Candidate] = field(default_factory=list)
    tallies: set[bool] = field(default_factory=set)
    scopes: dict[int, set[int]] = field(default_factory=dict)
    hosts: dict[tuple, list[tuple[int, int, Candidate]]] = field(default_factory=dict)
    days: int = 0  # how many members were dated to a day when they joined
    # the calendar weeks (ISO year, week) its members dated to a day, and to a week, fall in
    weeks: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # the doers its members name, one per name, country and sector
    doers: dict[tuple, Actor] = field(default_factory=dict)
    # the sectors of the parties its members act on (None: one no sector was coded for)
    targets: set[str | None] = field(default_factory=set)
    # the first and last day of the periods its members are dated to by their own words
    span: tuple[date, date] | None = None
    paragraphs: set[int] = field(default_factory=set)  # the paragraphs its members are in
    # the members whose clauses ``scopes`` holds, by sentence
    told: dict[int, list[Candidate]] = field(default_factory=dict)
    # the days its members are dated to only by the verbs that report them, by member order
    # (ledes.dated_by_its_report), and how many are dated to a day by their own words
    reported: dict[int, date] = field(default_factory=dict)
    report_days: set[date] = field(default_factory=set)
    acts_dated: int = 0
    # whether every member is told as what came before the news (retelling.before_the_news)
    before_news: bool = False

    def __post_init__(self) -> None:
        for n, c in enumerate(self.members):
            self._index(c)
            self._host(c, n)
            self._day_index(c)
            self.paragraphs.add(c.paragraph)

    def add(self, c: Candidate) -> bool:
        """``c`` joins; a sequel of its act (events/sequels.py) sets no clause apart: "the
        attackers withdrew after a gunfight" tells the gunfight of the attack too. Returns
        whether ``c`` is such a sequel."""
        told = self.sequel(c)
        self.members.append(c)
        self.paragraphs.add(c.paragraph)
        self._host(c, len(self.members))
        self._day_index(c)
        if not told:
            self._index(c)
        return told

    def _day_index(self, c: Candidate) -> None:
        day = day_of(c)
        if day is None or c.part:
            return
        if dated_by_its_report(c):
            self.reported[c.order] = day
            self.report_days.add(day)
        else:
            self.acts_dated += 1

    def _host(self, c: Candidate, n: int) -> None:
        key = host_key(c)
        if key is not None and not c.part:
            heapq.heappush(self.hosts.setdefault(key, []), (c.order, n, c))

    def sequel(self, c: Candidate) -> bool:
        """Whether ``c`` tells a sequel of a member's act ("police arrested 25 rioters" after
        "hundreds of people rioted"): checked against the earliest member of each kind that is
        no part of another's telling, so against a bounded few however many members there are
        (members that became parts leave the index as they are met)."""
        if sequel_kind(c) is None:
            return False
        for key, heap in list(self.hosts.items()):
            while heap and heap[0][2].part:
                heapq.heappop(heap)  # a member only ever becomes a part, never stops being one
            if not heap:
                del self.hosts[key]
            elif heap[0][0] <= c.order and sequel_of(c, heap[0][2]):
                return True
        return False

    def _index(self, c: Candidate) -> None:
        self.tallies.add(c.tally)
        self.days += precision_of(c) == "day"
        week = calendar_week(c)
        if week is not None and not (c.noun and precision_of(c) == "week"):
            self.weeks.setdefault(str(precision_of(c)), set()).add(week)
        doer, target = told_roles(c.event)
        if doer is not None and not c.part:
            self.doers.setdefault((doer.name.casefold(), doer.country, doer.sector), doer)
        if target is not None and not c.part:
            self.targets.add(target.sector)
        if c.sentence >= 0:
            self.scopes.setdefault(c.sentence, set()).add(c.scope_id)
            self.told.setdefault(c.sentence, []).append(c)
        period = period_of(c.date.date, c.date.precision) if c.date is not None else None
        if period is not None and not c.part:
            first, last = self.span or period
            self.span = min(first, period[0]), max(last, period[1])

    def apart(self, c: Candidate) -> bool:
        """Whether ``c`` tells of another happening than this one, whatever its type, place
        and date: a count over a period beside one happening ("soldiers shot four on Monday;
        since March, 210 have been killed"), or a mention of a member's sentence set before or
        after that member's clause ("fighting resumed a day after 12 were killed"), unless
        the two are steps of one attack (retelling.attack_steps: "a bomber blew himself up at
        the gate before gunmen rushed in")."""
        if self.tallies - {c.tally}:
            return True
        others = self.scopes.get(c.sentence, set()) - {c.scope_id}
        if not others:
            return False
        told = [m for m in self.told.get(c.sentence, []) if m.scope_id in others]
        return not (told and all(attack_steps(c, m) for m in told))

    @property
    def principal(self) -> Candidate:
        """The most informative mention that is no part of another's telling (events/parts.py:
        "raided ..., killing seven" is told by its most violent act)."""
        return max(self.members, key=lambda c: (not c.part, informative(c)))


# -- grouping -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class OwnWords:
    """What a mention's own words tell, whatever happening it is set beside, read once per
    mention rather than once per happening it is weighed against: whether its sentence opens on
    another happening (``separate``: "In another incident, ..."), whether its clause is set
    later (:func:`sequel`: "Two weeks later, ..."), whether its words set it apart from any
    happening told in other sentences (:func:`_apart_by_own_words`), and whether it is an attack
    told within an attack told before ("In the course of the siege, another bomb went off":
    events/steps.py, ``told_within``)."""

    separate: bool
    later: bool
    apart: bool
    within: bool = False

    @classmethod
    def of(cls, c: Candidate) -> OwnWords:
        """ "In a separate attack, gunmen also attacked a village mosque": separate and apart."""
        told = separate(c)
        return cls(told, sequel(c), told or _apart_by_own_words(c), told_within(c))


def _compatible(c: Candidate, h: Happening, own: OwnWords | None = None) -> bool:
    """Whether ``c`` may tell of the happening ``h``: no member contradicts it (a part folded
    in from another type's sentence says nothing of the happening's type), and no noun brought
    in by "a" dates it to another day than a member's own (retelling.another_day). ``own``: what
    ``c``'s own words tell (:class:`OwnWords`), read once for all the happenings it is weighed
    against."""
    own = own or OwnWords.of(c)
    checked: set[tuple] = set()
    if h.sequel(c):
        # a sequel of the happening's act (events/sequels.py), whatever else it holds, and
        # however much later ("ended the siege the next morning"), unless its sentence opens on
        # another happening ("In another operation, soldiers burned a camp")
        return not h.apart(c) and not (c.sentence not in h.scopes and own.separate)
    if ended_siege(c, h.members):
        # the siege's end told first, then again or by its attack (events/sequels.py)
        return not h.apart(c) and not (c.sentence not in h.scopes and own.apart)
    if h.apart(c) or (own.later and c.sentence not in h.scopes and not _one_day(c, h)):
        return False
    if h.before_news and told_after_the_news(c, h.paragraphs):
        return False
    # "Tuesday's attack", "Amin's killing": a noun its possessor ties to a member's happening,
    # wherever its sentence seems to place it (retelling.possessor_told)
    owned = c.noun and any(possessor_told(c, m) for m in h.members if not m.part)
    told_apart = own.apart or not owned and _told_apart(c, h)
    if c.sentence >= 0 and c.sentence not in h.scopes and told_apart:
        return False
    if another_day(c, h.members) and another_day(c, _own_days(c, h)):
        # "a bombing on Saturday", told beside Monday's raid, in its sentence or another
        return False
    if c.event.quantities and any(counts_apart(c.event, m.event) for m in h.members):
        return False
    seizing = False  # an attack and a seizure it made (``seizure_in_attack``)
    for m in (m for m in h.members if not m.part):
        if m.profile in checked:
            continue
        checked.add(m.profile)
        a, b = c.event, m.event
        if a.modality != b.modality:
            return False
        if seizure_in_attack(c, m):
            seizing = True
            continue
        if not types_compatible(a.event_type, b.event_type, c.generic or m.generic):
            return False
        if a.event_type == b.event_type and not modes_compatible(a.event_type, a.mode, b.mode):
            return False
        named = owned or m.noun and possessor_told(m, c)
        if not (
            (named or places_compatible(a.location, b.location))
            and dates_compatible(date_of(c), date_of(m), precision_of(c), precision_of(m))
            and (named or _parties_compatible(a, b))
        ):
            return False
    told = any(told_attack(m) for m in (c, *h.members)) or attack_beside(c, h.members)
    return not seizing or told


@cache
def _counted_kinds() -> tuple[frozenset[str], float]:
    """``data/article.yaml``: the figure kinds whose far-apart counts tell two happenings."""
    data = read_yaml("article.yaml")["counts_apart"]
    return frozenset(data["kinds"]), float(data["ratio"])


def counts_apart(a: Event, b: Event) -> bool:
    """Whether two mentions count one kind (``counts_apart.kinds``: troops) so far apart that
    they tell two happenings: "the ministry sent 4,000 soldiers to the north ... another 60,000
    are massed along the coast" is two deployments, where "about 9,000 troops" and "nearly
    10,000 soldiers" may be one."""
    kinds, ratio = _counted_kinds()
    told = {q.kind: q.value for q in a.quantities if q.kind in kinds and q.value > 0}
    for q in b.quantities:
        value = told.get(q.kind)
        if value is not None and q.value > 0 and max(value, q.value) >= ratio * min(value, q.value):
            return True
    return False


def _before_days(c: Candidate, h: Happening) -> bool:
    """Whether ``c`` is set earlier than the happening ``h`` (:func:`earlier`,
    :func:`background`), one with a member dated to a day: "Rebels stormed a depot in Kassala
    on Tuesday ... Earlier this month, a bomb killed two guards at the depot" are two, and so
    are "... The rebels had ambushed a convoy near the depot". A happening told with no day
    ("Guard held for theft" in a headline ... "after his arrest earlier this week") may be the
    same one, unless its news is told undated and ``c`` is set last week, month or year
    (events/ledes.py: "Gunmen attacked a police post, killing seven ... 20 insurgents were
    killed last week when ...")."""
    if set_last(c) and undated_news(h.members):
        return True
    return h.days > 0 and (earlier(c) or background(c) and _other_side(c, h))


def _other_week(c: Candidate, h: Happening) -> bool:
    """Whether ``c`` and the happening ``h`` are set in different calendar weeks, one told by
    its week and the other by its days: "Soldiers raided a camp on Tuesday ... Last week,
    rebels ambushed a convoy" are two, though the two dates are but days apart ("this week"
    and "on Tuesday" may be one)."""
    week, precision = calendar_week(c), precision_of(c)
    if c.noun and precision == "week":
        return False  # "the killings followed an attack last week": the week may be another's
    other = {"day": "week", "week": "day"}.get(str(precision))
    weeks = h.weeks.get(other, set()) if other is not None else set()
    return week is not None and bool(weeks) and week not in weeks


def _other_side(c: Candidate, h: Happening) -> bool:
    """Whether ``c`` names a doer and none of ``h``'s doers could be it: "Soldiers raided a
    rebel camp on Tuesday ... The rebels had ambushed a convoy" (not "Gunmen stormed a hotel on
    Tuesday ... The attackers had killed 12 guests")."""
    doer = told_roles(c.event)[0]
    return (
        doer is not None
        and bool(h.doers)
        and not any(actors_compatible(doer, a) for a in h.doers.values())
    )


def _state_apart(c: Candidate, h: Happening) -> bool:
    """Whether ``c``'s doer is of the state's forces and none of ``h``'s is, or the other way
    round, counting doers coded by convention ("Unidentified armed group": unknown gunmen)."""
    doer = told_roles(c.event)[0]
    doers = [m.event.actor for m in h.members if not m.part and m.event.actor is not None]
    state = doer is not None and doer.sector in STATE_SECTORS
    return (
        doer is not None
        and bool(doers)
        and all((a.sector in STATE_SECTORS) != state for a in doers)
    )


@cache
def _armed_sectors() -> frozenset[str]:
    """``data/article.yaml``: the sectors of an armed side."""
    return frozenset(read_yaml("article.yaml")["armed_sectors"])


def _told_apart(c: Candidate, h: Happening) -> bool:
    """Whether ``c``, told in a sentence none of ``h``'s members is in, tells another happening
    than ``h`` (besides what its own words tell of any happening: :class:`OwnWords`): it is
    days before ``h``'s, or a week off, it is an attack that "also" hits another place ("The
    bandits also attacked residents of Tsafe"), an armed side's strike on ``h``'s doers, or
    an attack on a day and at a place of its own, both other than ``h``'s ("On Saturday, two
    were killed in a suicide attack in Delto district"), or one more casualty brought in as
    another at a place of its own ("Another protester was killed in Lahj province";
    events/retelling.py), or another side's act on a day before any of ``h``'s
    (ledes.before_every_day: "On Wednesday, soldiers killed seven infiltrators" after
    "Gunmen shot dead four officials on Thursday"; :func:`_state_apart`)."""
    return (
        _before_days(c, h)
        or further_place(c, h)
        or against_the_doers(c, h)
        or _other_week(c, h)
        or elsewhere_another_day(c, h.members)
        and elsewhere_another_day(c, _own_days(c, h))
        or other_province(c, h.members)
        or another_casualty_elsewhere(c, h.members)
        or before_every_day(c, h.members)
        and _state_apart(c, h)
    )


def _apart_by_own_words(c: Candidate) -> bool:
    """Whether ``c``'s own words set it apart from any happening told in other sentences: it is
    done in retaliation, it is an attack that "also" hits another target ("Gunmen also attacked
    a village mosque") or an attack by another party ("Another group of bandits abducted nine
    travellers") or one its own clause sets elsewhere ("had seized 40 traders from a market
    elsewhere in the north"; events/retelling.py)."""
    return retaliating(c) or further_target(c) or another_doer(c) or elsewhere_in_clause(c)


def against_the_doers(c: Candidate, h: Happening) -> bool:
    """Whether ``c`` is an armed side's attack and ``h`` an attack told only as one on
    civilians (every party its members act on a civilian one), by doers none of whom could be
    ``c``'s: "Militants killed 12 villagers in Kamango ... Soldiers later killed five of the
    attackers in a gunfight" are two happenings, the massacre and the strike on its
    perpetrators, where "Militants attacked a police post ... police killed two of the
    attackers" may be one fight."""
    doer, target = told_roles(c.event)
    attacks = attack_types()
    if doer is None or doer.sector not in _armed_sectors() or c.event.event_type not in attacks:
        return False
    if target is None or h.targets != {"CVL"} or not _other_side(c, h):
        return False
    return any(_one_party(target, d) for d in h.doers.values())


def _one_party(a: Actor, b: Actor) -> bool:
    """ "the attackers" and "Militants" (one armed sector), "the gunmen" and "gunmen from the
    hills" (a word of the name): one party, as far as the words tell."""
    armed = a.sector is not None and a.sector == b.sector and a.sector in _armed_sectors()
    return armed or party_shared(a, b) or named_again(a, b) or named_again(b, a)


def further_place(c: Candidate, h: Happening) -> bool:
    """Whether ``c`` is an attack that "also" hits a place of its own, where no member of ``h``
    is (events/retelling.py, ``further_attack``): "Bandits killed five farmers in Gusau ... The
    bandits also attacked residents of Tsafe" are two happenings, however near the two towns
    are ("the gunmen also killed two guards in Gusau" may be the same one)."""
    place = c.event.location
    if place is None or not further_attack(c):
        return False
    named = place.name.casefold()
    return all(
        m.event.location is None or m.event.location.name.casefold() != named for m in h.members
    ) and any(m.event.location is not None for m in h.members)


def _one_day(c: Candidate, h: Happening) -> bool:
    """Whether ``c`` and every member of ``h`` are dated to one and the same day."""
    days = {(date_of(m), precision_of(m)) for m in (c, *h.members) if not m.part}
    return len(days) == 1 and precision_of(c) == "day"


def _own_days(c: Candidate, h: Happening) -> list[Candidate]:
    """The members of ``h`` whose day may set ``c`` on another day (retelling.another_day, "a
    bomb attack on Tuesday"; retelling.elsewhere_another_day): those not dated only by a report
    given on ``c``'s day or a few days after it (ledes.reported_later: "rebels claimed the
    attack on Wednesday"). Asked only where all the members set ``c`` apart, so that a member
    dated by its report to ``c``'s very day still holds it."""
    own = day_of(c) if h.reported else None
    if own is None:
        return h.members
    return [
        m
        for m in h.members
        if not (m.order in h.reported and report_lags(own, h.reported[m.order]))
    ]


def day_told_later(c: Candidate, h: Happening) -> bool:
    """Whether ``c`` tells by its own words the day of the act the happening ``h`` told only by
    the day of its report: every member of ``h`` dated to a day has that day from the verb
    that reports it, and ``c`` is dated to it or a few days before (ledes.reported_later).
    "Fourteen herders were killed, an official said on Wednesday ... On Tuesday, raiders
    attacked the cattle camp" tells the raid's day, in a paragraph of its own and by other
    words. Whether the two are one is for type, modality, place and sides to say.

    >>> day_told_later(raiders_attacked_on_tuesday, killed_official_said_on_wednesday)  # doctest: +SKIP
    True
    """
    if h.acts_dated or not h.reported or c.new:
        return False
    own = day_of(c)
    return own is not None and all(report_lags(own, day) for day in h.report_days)


def _parties_compatible(a: Event, b: Event) -> bool:
    """The same sides, or, for a type of two sides, the same sides swapped: an attack
    (``either_way_types``: "clashes between A and B"), an agreement or a meeting where a side
    one names is the other's other side (``either_way_named_types``: "A signed a truce with B
    ... B's agreement"; not "Ukraine agreed to the plan ... Russia welcomed the plan"). Roles
    the rules filled in by convention (an unnamed attacker, the country acted on where the
    event is) say nothing either way."""
    actor_a, recipient_a = told_roles(a)
    actor_b, recipient_b = told_roles(b)
    same = actors_compatible(actor_a, actor_b) and actors_compatible(recipient_a, recipient_b)
    swapped = actors_compatible(actor_a, recipient_b) and actors_compatible(recipient_a, actor_b)
    if same or not swapped or a.event_type != b.event_type:
        return same
    anyhow, named = _either_way()
    crossed = any(
        x is not None and y is not None and actors_compatible(x, y)
        for x, y in ((actor_a, recipient_b), (recipient_a, actor_b))
    )
    return a.event_type in anyhow or a.event_type in named and crossed


@cache
def _either_way() -> tuple[frozenset[str], frozenset[str]]:
    """``data/article.yaml``: the types whose sides one happening may name either way round,
    and those where it may only as named."""
    data = read_yaml("article.yaml")
    return frozenset(data["either_way_types"]), frozenset(data["either_way_named_types"])


def group(
    candidates: list[Candidate], parts: dict[int, list[Candidate]] | None = None
) -> list[Happening]:
    """In reading order, each mention joins the nearest happening it is compatible with, or
    starts its own ("another attack" always does). ``parts``: the parts of each mention's
    telling (events/parts.py: "killing 24 and injuring 55"), by their host's ``order``."""
    happenings: list[Happening] = []
    parts = parts or {}
    told = {head.i: c for c in candidates if (head := head_token(c.tokens)) is not None}
    for c in sorted(candidates, key=lambda c: c.order):
        # "It came a day after a bus was bombed": only its own sentence's (retelling.py)
        pool = happenings
        earlier = before_the_news(c, told)
        if earlier:
            pool = [h for h in happenings if c.sentence in h.scopes]
        target = None if c.new else antecedent(c, pool) or _nearest(c, pool, parts.get(c.order))
        if target is None and in_lede(c, (h.members for h in pool)):
            target = _headline_told(c, pool)
        if target is None:
            happenings.append(Happening([c], before_news=earlier))
        else:
            target.before_news &= earlier or c.sentence in target.scopes
            if ended_siege(c, target.members):
                fold_ended(c, target.members)
            if target.add(c):
                # a sequel of a member's act (events/sequels.py: "troops ended the siege the
                # next morning") is part of its telling
                c.part = True
            fold_seizures(target.members)
    return happenings


def _headline_told(c: Candidate, happenings: list[Happening]) -> Happening | None:
    """The happening told only in the headline that ``c``, a mention of the lede, tells, its
    own words that set it apart from earlier news aside (events/ledes.py): "Gunmen storm police
    station" and "gunmen stormed two separate police stations" are one happening."""
    own = OwnWords(separate=False, later=sequel(c), apart=False)
    return next(
        (h for h in happenings if headline_only(h.members) and _compatible(c, h, own)), None
    )


def antecedent(c: Candidate, happenings: list[Happening]) -> Happening | None:
    """The happening an anaphoric mention ("the book ban", "his killing": ``c.anaphor``)
    names: the last one told before it with a member of its type and modality, in a place and
    at a date it allows, and not one told only as what came before the news ("The blast came a
    day after gunmen shot the mayor ... The attack took place near a funeral": the blast).
    Parties are not compared: the words around such a noun read as its parties too readily
    ("his killing": the one killed, not who killed)."""
    if not c.anaphor:
        return None
    e = c.event
    told = [
        (max(m.order for m in h.members if m.order < c.order), h)
        for h in happenings
        if any(
            m.order < c.order
            and not m.part
            and m.event.event_type == e.event_type
            and m.event.modality == e.modality
            for m in h.members
        )
        and not h.apart(c)
        and not (h.before_news and c.sentence not in h.scopes and not pointed_at(c))
    ]
    told = [
        (order, h)
        for order, h in told
        if all(
            places_compatible(e.location, m.event.location)
            and dates_compatible(date_of(c), date_of(m), precision_of(c), precision_of(m))
            for m in h.members
            if not m.part
        )
    ]
    return max(told, key=lambda t: t[0])[1] if told else None


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
    if attack_retold(a, b) or one_armed_side(a, b) or counted_step(a, b) or more_doers(a, b):
        return True  # a wire report's attack, told again in a paragraph of its own
    (actor_a, recipient_a), (actor_b, recipient_b) = told_roles(a.event), told_roles(b.event)
    return party_shared(actor_a, actor_b) or party_shared(recipient_a, recipient_b)


def share_places(found: list[Candidate]) -> None:
    """A verb coordinated with another mention's verb, with no subject or place of its own,
    happened where that one did: in "police raided a hideout in Lowland province and killed
    four suspects" the killing is in Lowland province, and joins no attack told elsewhere."""
    heads = {head.i: c for c in found if (head := head_token(c.tokens)) is not None}
    for c in found:
        verb = head_token(c.tokens)
        if c.event.location is not None or verb is None or verb.dep_ != "conj":
            continue
        host = heads.get(verb.head.i)
        own_subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in verb.children)
        if host is None or host.event.location is None or own_subject or verb.pos_ != "VERB":
            continue
        c.event = c.event.model_copy(update={"location": host.event.location})


def tied(c: Candidate) -> TiedMention:
    actor = c.event.actor
    sector = actor.sector if actor is not None else None
    e = c.event
    return TiedMention(head_token(c.tokens), e.event_type, e.modality, sector, e.mode)


def attach_parts(
    found: list[Candidate], hosts: dict[int, int], happenings: list[Happening]
) -> None:
    """A part joins its host's happening; with its host nowhere (a bare reference that joined
    nothing), it is grouped as any mention is."""
    for index, host in sorted(hosts.items()):
        c = found[index]
        target = next((h for h in happenings if found[host] in h.members), None)
        if target is not None:
            target.add(c)
        elif not c.bare:
            c.part = False
            fit = None if c.new else _nearest(c, happenings)
            if fit is None:
                happenings.append(Happening([c]))
            else:
                fit.add(c)


def _nearest(
    c: Candidate, happenings: list[Happening], parts: list[Candidate] | None = None
) -> Happening | None:
    """The nearest happening ``c`` may tell of; one whose act it is a sequel of first
    ("rioters torched shops after a cleric's arrest ... police detained 40 people": the
    riot, not the cleric's arrest). A toll told in a clause of its own ("More than 90 people
    were wounded.") may tell of the happening told last before it, whatever its words; where
    it opens its paragraph, it tells first one whose toll it gives again
    (retelling.toll_retold: "Six persons were killed, police said", after "killing six" in one
    village and a raid on another). ``parts``: the parts of ``c``'s own telling, whose toll may
    be one a happening told before counts (:func:`toll_told_again`)."""
    toll = toll_clause(c)
    last = _last_told(c, happenings) if toll else None
    # a toll that opens its paragraph retells the toll of a happening told before, not the
    # toll of its paragraph's own act
    retold = toll and not any(
        m.paragraph == c.paragraph and m.order < c.order for h in happenings for m in h.members
    )
    own = OwnWords.of(c)
    fitting = [
        h
        for h in happenings
        if _compatible(c, h, own)
        and (
            h is last
            or any(_alike(c, m) for m in h.members)
            or _stepped(c, h, own)
            or ended_siege(c, h.members)
            or day_told_later(c, h)
            or toll_told_again(parts, h)
        )
    ]
    if not fitting:
        return None
    earlier = _told_earlier(c, fitting)
    return min(
        fitting,
        key=lambda h: (
            not h.sequel(c),
            not (retold and any(toll_retold(c, m) for m in h.members)),
            any(h is e for e in earlier),
            min(abs(c.order - m.order) for m in h.members),
        ),
    )


def toll_told_again(parts: list[Candidate] | None, h: Happening) -> bool:
    """Whether a part of a mention's telling counts a toll a member of the happening ``h``
    counts (retelling.toll_retold): "Twenty-four were killed and 55 hurt by the shelling, medics
    said ... the RSF struck a central market, killing 24 and injuring 55" tells the toll
    again, in a paragraph of its own, by a verb that names neither the dead nor a side the
    first telling named. Whether the two are one is for type, modality, place, day and sides
    to say.

    >>> toll_told_again(killing_24_and_injuring_55, killed_24_injured_55)  # doctest: +SKIP
    True
    """
    return bool(parts) and any(toll_retold(p, m) for p in parts or () for m in h.members)


def _stepped(c: Candidate, h: Happening, own: OwnWords) -> bool:
    """Whether ``c``, an attack told within an attack's time (``OwnWords.within``), may be a
    step of an attack ``h`` told before it."""
    attacks = attack_types()
    return own.within and any(
        m.order < c.order and m.event.event_type in attacks for m in h.members
    )


def _told_earlier(c: Candidate, fitting: list[Happening]) -> list[Happening]:
    """The happenings ``c`` may tell of that are told as earlier than another it may tell of:
    each of their members dated by its own words is dated before any such member of the other
    (``Happening.span``), and more days before than ``DAY_WINDOW`` where the other has its day
    only from its report (``_reported``: "residents said on Wednesday" may tell Tuesday's
    strike). A mention with no date of its own, in a paragraph none of their
    members is in, tells the later one, the report's news, rather than the background told nearer it: "A suicide bomber
    struck a market in Orvel on Saturday ... A truck bomb killed 28 in the same market last
    month ... Police said the bomber detonated his car near a crowd" (Saturday's)."""
    if c.date is not None or len(fitting) < 2:
        return []
    starts = [(h.span[0], _reported(h)) for h in fitting if h.span is not None]
    return [
        h
        for h in fitting
        if h.span is not None
        and any(
            h.span[1] < start and not (reported and (start - h.span[1]).days <= DAY_WINDOW)
            for start, reported in starts
        )
        and c.paragraph not in h.paragraphs
    ]


def _reported(h: Happening) -> bool:
    """Whether every member of ``h`` dated by its own words has its day only from its report
    (events/ledes.py ``dated_by_its_report``: "Gunmen killed eight villagers, residents said on
    Wednesday"): such a day may be a day or two after the act's."""
    dated = [m for m in h.members if m.date is not None and not m.part]
    return bool(dated) and all(dated_by_its_report(m) for m in dated)


def attach_tolls(tolls: list[Candidate], happenings: list[Happening]) -> None:
    """A toll's event noun ("the death toll from Saturday's bombings rose to 52":
    ``retelling.toll_mention``) joins the happening it counts, the nearest compatible one (told
    before it if any), as a reference does; with none, it is a happening of its own."""
    for c in sorted(tolls, key=lambda c: c.order):
        target = _referred(c, happenings)
        if target is None:
            happenings.append(Happening([c]))
        else:
            target.add(c)


def _last_told(c: Candidate, happenings: list[Happening]) -> Happening | None:
    """The happening of the last mention told before ``c`` (events/retelling.py: a toll told
    in a clause of its own, "More than 90 people were wounded.", retells that one's toll)."""
    told = [(m.order, h) for h in happenings for m in h.members if m.order < c.order]
    return max(told, key=lambda t: t[0])[1] if told else None


def attach_references(references: list[Candidate], happenings: list[Happening]) -> None:
    """A bare reference joins the happening it refers to (the nearest compatible one, told
    before it if any); with none, it is no event at all."""
    for c in sorted(references, key=lambda c: c.order):
        target = _referred(c, happenings)
        if target is not None:
            target.add(c)


def _referred(c: Candidate, happenings: list[Happening]) -> Happening | None:
    """The nearest happening ``c`` is compatible with, told before it if any."""
    own = OwnWords.of(c)
    fitting = [h for h in happenings if _compatible(c, h, own)]
    if not fitting:
        return None
    before = [h for h in fitting if min(m.order for m in h.members) < c.order]
    return min(before or fitting, key=lambda h: min(abs(c.order - m.order) for m in h.members))
