"""The figures no trigger took ("225 people died", "the bodies of 30 people were found") given to
the violent event they belong to, and those a clause tells of another happening taken back.

>>> add_orphan_figures(doc, events, happenings)                    # doctest: +SKIP
[Event(event_type='ASSAULT', quantities=[Quantity(kind='dead', value=225, ...)], ...)]
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from crisislens.events.candidates import article_words, time_scope
from crisislens.events.date_anchors import date_words
from crisislens.events.date_tenses import clause_verb
from crisislens.events.figure_words import words
from crisislens.events.figures import (
    CASUALTIES,
    FIGURE_EVENT_TYPES,
    PROTESTS,
    figures,
    told_of_an_earlier_day,
)
from crisislens.events.happenings import Happening
from crisislens.events.quantities import in_cause, quantities_in
from crisislens.events.victims import may_tell_casualties
from crisislens.nlp.doc_cache import span_ents
from crisislens.schemas import Event, Quantity


def add_orphan_figures(doc: Doc, events: list[Event], happenings: list[Happening]) -> list[Event]:
    """Figures of dead, hurt, arrested or displaced people that no trigger took ("225 people
    died", "the bodies of 30 people were found") go to the asserted event of a fitting type in
    their sentence, else the nearest before them in the article, else (a death told before the
    attack, "X was found dead ... a gunman had opened fire") the nearest after them. So do
    the dead and hurt an event of another type took (:func:`_stray`), and leave it."""
    owners = {t for types in FIGURE_EVENT_TYPES.values() for t in types}
    if not any(e.modality == "asserted" and e.event_type in owners for e in events):
        return events  # no event could take a figure: the sentences need not be read
    # "marched to protest the killing of three farmers": the killing's dead
    causes = {(q.start, q.end) for e in events for q in e.quantities if _cause(doc, q, e)}
    taken = {(q.start, q.end) for e in events for q in e.quantities if not _stray(q, e)} - causes
    # an earlier day's figures a mention told are no orphans (:func:`happening_figures`)
    taken |= {
        (q.start, q.end)
        for h in happenings
        for c in told_of_an_earlier_day(h)
        for q in c.event.quantities
    }
    holder = {(q.start, q.end): i for i, e in enumerate(events) for q in e.quantities}
    told: dict[tuple[int, int], int] = {}  # a figure -> the event whose clause tells it
    extra: dict[int, list[Quantity]] = {}
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    for sent in sents:
        if not may_tell_casualties(sent):
            continue  # no number and no casualty word: no figure to hand on
        for anchor, q in quantities_in(sent):
            key = (q.start, q.end)
            if q.kind not in FIGURE_EVENT_TYPES:
                continue
            teller = _teller(anchor, q, events, happenings)
            if teller is not None:
                told[key] = teller
                if all((p.start, p.end) != key for p in events[teller].quantities):
                    extra.setdefault(teller, []).append(q)
                continue
            if key in taken:
                continue
            skip = {i for i, e in enumerate(events) if _cause(doc, q, e, key in causes)}
            index = _owner(q, events, happenings, starts, anchor, skip)
            if index is not None and index != holder.get(key):
                extra.setdefault(index, []).append(q)
                taken.add(key)
            elif index is None and skip:
                causes.add(key)  # a protest's cause no attack takes: nobody's figure
    for index, quantities in extra.items():
        merged = figures(
            [events[index], events[index].model_copy(update={"quantities": quantities})],
            every_dead=True,
        )
        events[index] = events[index].model_copy(update={"quantities": merged})
    moved = {(q.start, q.end): i for i, quantities in extra.items() for q in quantities}
    return [
        _without(e, {k for k, i in moved.items() if i != n}, _not_its(e, n, told, causes))
        for n, e in enumerate(events)
    ]


def _cause(doc: Doc, q: Quantity, event: Event, known: bool = False) -> bool:
    """A casualty figure of a protest's cause, for the protest ``event`` (``known``: already
    found so for another of its figures' holders): :func:`_told_as_its_cause`."""
    if event.event_type not in PROTESTS or q.kind not in CASUALTIES:
        return False
    return known or _told_as_its_cause(doc, q, event)


def _not_its(
    event: Event, n: int, told: dict[tuple[int, int], int], causes: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The figures event ``n`` holds that are not its own: those another event's clause tells,
    and, for a protest or an event that takes no casualties, those of a protest's cause."""
    others = {k for k, i in told.items() if i != n}
    if event.event_type in PROTESTS or _takes_no_casualties(event):
        return others | causes
    return others


def hand_on_figures(
    doc: Doc, events: list[Event], kept: list[Event], happenings: list[Happening]
) -> list[Event]:
    """The casualties an asserted event the eventness scorer dropped had counted go to the kept
    event they would have gone to had no trigger taken them (:func:`_owner`): "Inmates fought
    guards on Thursday ... there were 14 deaths as a result of the riot", where "the riot"
    refers back to the fighting and is no event of its own, still tells its dead. ``events[i]``
    is ``happenings[i]``; ``kept`` are the events the scorer kept, in order."""
    ids = {id(e) for e in kept}
    dropped = [e for e in events if id(e) not in ids and e.modality == "asserted"]
    if not dropped:
        return kept
    pairs = [(e, h) for e, h in zip(events, happenings) if id(e) in ids]
    taken = {(q.start, q.end) for e in kept for q in e.quantities}
    starts = [s.start_char for s in doc.sents]
    extra: dict[int, list[Quantity]] = {}
    for q in (q for e in dropped for q in e.quantities):
        if q.kind not in CASUALTIES or (q.start, q.end) in taken:
            continue
        index = _owner(q, [e for e, _ in pairs], [h for _, h in pairs], starts)
        if index is not None:
            extra.setdefault(index, []).append(q)
            taken.add((q.start, q.end))
    return [
        e.model_copy(
            update={
                "quantities": figures(
                    [e, e.model_copy(update={"quantities": extra[i]})], every_dead=True
                )
            }
        )
        if i in extra
        else e
        for i, (e, _) in enumerate(pairs)
    ]


def _stray(q: Quantity, event: Event) -> bool:
    """A casualty figure on an event of a type that has none ("A third man received minor
    injuries" read as a receiving): it belongs to the violent event it tells of."""
    return q.kind in CASUALTIES and event.event_type not in FIGURE_EVENT_TYPES[q.kind]


def _takes_no_casualties(event: Event) -> bool:
    """An event of a type that takes no dead or hurt (a demand, a statement)."""
    return all(event.event_type not in FIGURE_EVENT_TYPES[kind] for kind in CASUALTIES)


def _without(
    event: Event,
    moved: set[tuple[int, int]],
    told: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
) -> Event:
    """``event`` less the stray figures given to the event they belong to, and less those
    another event's clause tells (``told``: :func:`_teller`)."""
    kept = [
        q
        for q in event.quantities
        if not ((q.start, q.end) in moved and _stray(q, event) or (q.start, q.end) in told)
    ]
    if len(kept) == len(event.quantities):
        return event
    return event.model_copy(update={"quantities": kept})


def _teller(
    anchor: Token, q: Quantity, events: list[Event], happenings: list[Happening]
) -> int | None:
    """The happening whose own clause tells a figure: "a bomb tore through a depot, injuring
    36, nearly two weeks after a blast at the same station killed four" tells the blast's four
    dead (the subject of the verb they hang on is the blast's trigger), whichever happening
    the mention "killed" was grouped into; "two were killed on Thursday, a week after 14
    troops died in a similar attack" tells the attack's 14 (the cause their verb names,
    ``quantities.in_cause``). Only a clause the text sets before or after another
    (:func:`_figure_scope`) is read so: elsewhere the mentions are the grouping's to join.
    The index of the asserted event of a fitting type whose happening has that subject or
    cause among its triggers, else None."""
    if anchor.pos_ not in ("VERB", "AUX") or _figure_scope(anchor) is None:
        return None  # only a clause set apart in time tells another happening's figures
    subjects = {c.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")}
    types = FIGURE_EVENT_TYPES[q.kind]
    for i, (event, h) in enumerate(zip(events, happenings)):
        if event.modality != "asserted" or event.event_type not in types:
            continue
        tokens = [t for c in h.members for t in c.tokens]
        if any(t.i in subjects or in_cause(anchor, t) for t in tokens):
            return i
    return None


def _owner(
    q: Quantity,
    events: list[Event],
    happenings: list[Happening],
    starts: list[int],
    anchor: Token | None = None,
    skip: set[int] | frozenset[int] = frozenset(),
) -> int | None:
    """The event a figure no trigger took belongs to: one in its sentence (for the dead and hurt
    an attack or a protest before a coercion that kills, :func:`_casualty_coercion`); beyond it,
    for the dead and hurt, an attack before a protest ("The man barricaded himself inside. He
    was taken to a hospital with injuries" after a shooting: the shooting's hurt); then the
    nearest before it, then after it; never one of ``skip`` (a protest whose cause the figure
    counts: :func:`_told_as_its_cause`)."""
    sentence = bisect.bisect_right(starts, q.start)
    types = FIGURE_EVENT_TYPES[q.kind]
    best, best_key = None, None
    scope = _figure_scope(anchor)
    for i, (event, h) in enumerate(zip(events, happenings)):
        coercion = _casualty_coercion(q, event)
        if event.modality != "asserted" or not (event.event_type in types or coercion):
            continue
        if i in skip or _of_a_year_before(anchor, event):
            continue
        if scope is not None and _set_apart(scope, h, sentence, starts):
            continue
        for c in h.members:
            same = bisect.bisect_right(starts, c.order) == sentence
            if coercion and not same:
                continue
            rank = types.index(event.event_type) if event.event_type in types else len(types)
            key = (
                not same,
                coercion,
                rank if not same and q.kind in CASUALTIES else 0,
                not same and c.order > q.start,
                abs(q.start - c.order),
                rank,
            )
            if best_key is None or key < best_key:
                best, best_key = i, key
    return best


def _of_a_year_before(anchor: Token | None, event: Event) -> bool:
    """Whether a figure is told in a clause opened by a time relative (``time_relatives``) under
    a clause that names a year at least ``background_years`` before ``event``'s date: "the
    worst disaster came in 2012, when 361 inmates died in a fire" tells 2012's dead, no figure
    of this year's riot. A year that bounds a span ("the most since 2012",
    ``span_prepositions``) names no time of the clause.

    >>> doc = nlp("It also happened in 2012, when 361 inmates died.")  # doctest: +SKIP
    >>> _of_a_year_before(token_of("died"), riot_of_2023)            # doctest: +SKIP
    True
    """
    if anchor is None or event.date is None or not event.date[:4].isdigit():
        return False
    words = date_words()
    verb = clause_verb(anchor)
    opened = next(
        (
            v
            for v in (verb, *verb.ancestors)
            if v.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "advmod" and c.lower_ in words.time_relatives for c in v.children)
        ),
        None,
    )
    if opened is None:
        return False
    above = {t.i for t in opened.ancestors}
    gap = article_words().background_years
    for ent in span_ents(anchor.sent):
        if ent.label_ != "DATE" or ent.root.head.lower_ in words.span_prepositions:
            continue
        if ent.root.i not in above and clause_verb(ent.root).i not in above:
            continue
        years = [int(t.text) for t in ent if t.is_digit and len(t.text) == 4]
        if any(int(event.date[:4]) - year >= gap for year in years):
            return True
    return False


def _told_as_its_cause(doc: Doc, q: Quantity, event: Event) -> bool:
    """A figure of the dead or hurt a protest took from the phrase that names its cause: the
    object of a cause preposition ("rallied over the deaths of five porters",
    ``cause_preps``), of a verb of protest ("marched to protest the killing of three
    farmers", ``protest_cause_verbs``) or of "justice for" ("demanding justice for two
    students who were killed"), or a relative clause on a noun there. They are the cause's
    casualties, not the protest's.

    >>> doc = nlp("Farmers marched to protest the killing of three herders.")  # doctest: +SKIP
    >>> _told_as_its_cause(doc, quantity_of("three"), marched_event)         # doctest: +SKIP
    True
    """
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    trigger = event.trigger
    if span is None or trigger is None:
        return False
    w = words()
    for token in (span.root, *span.root.ancestors):
        if trigger.start <= token.idx < trigger.end:
            return False  # reached the protest's own words
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in w.cause_preps | w.justice_preps:
            return True
        if token.dep_ == "dobj" and head.lemma_.lower() in w.protest_cause_verbs:
            return True
        if token.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN") and token.i > head.i:
            return not trigger.start <= head.idx < trigger.end  # not "a march that left 2 dead"
    return False


def _figure_scope(anchor: Token | None) -> Token | None:
    """The word that sets a figure's clause before or after another ("a day after a car bomb
    left 11 dead": after; ``candidates.time_scope``), or None. "Three are dead after a
    shooting" sets nothing apart (a result), unless a span of time stands between them."""
    if anchor is None:
        return None
    w = article_words()
    scope = time_scope(anchor, w.sequence_markers, w.result_markers)
    if scope is None:
        # "died ..., a day after a car bomb left 11 dead": a gap of time makes no cause of it
        scope = time_scope(anchor, w.sequence_markers)
        return scope if scope is not None and _measured_gap(scope) else None
    return scope


def _measured_gap(marker: Token) -> bool:
    """ "a day after", "two weeks before": a span of time (``units``) on the marker or on the
    clause it opens."""
    units = words().units
    return any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in units
        for t in (marker, marker.head)
        for c in t.children
    )


def _set_apart(scope: Token, h: Happening, sentence: int, starts: list[int]) -> bool:
    """Whether the text sets a figure apart from happening ``h``: "Four died on Tuesday in an
    explosion, a day after a car bomb left 11 people dead" tells the 11 in a clause set after
    the explosion's (``scope``), so they are not the explosion's, whichever of its mentions is
    nearest. A mention of ``h`` in the figure's sentence outside that clause sets them apart."""
    return any(
        bisect.bisect_right(starts, c.order) == sentence
        and (c.scope is None or c.scope.i != scope.i)
        for c in h.members
    )


def _casualty_coercion(q: Quantity, event: Event) -> bool:
    """A coercion that may own the dead and hurt told in its own sentence where no attack or
    protest is told there: a hostage-taking, a siege, a seizure ("the siege of the embassy
    ended with six captives dead"), not an arrest (``casualty_coercion_modes``)."""
    return (
        q.kind in CASUALTIES
        and event.event_type == "COERCE"
        and event.mode in words().casualty_coercion_modes
    )
