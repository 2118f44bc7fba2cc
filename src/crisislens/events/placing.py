"""Where each event is: a place its mentions' sentences name, else the article's own.

- A street or building gives way to the town its sentence or the article names; a state or
  country named by the way that holds the article's own town gives way to that town.
- Where its sentences name no place, an event gets the article's dateline or focus place
  (``location.mention == "article"``, at a lower confidence).
- "Protests took place in A, B and C" is one event per place, sharing its mention.

>>> focus = article_focus(article.text, places)        # events/focus.py # doctest: +SKIP
>>> place_event(event, doc, places, focus, 0.6).location.name         # doctest: +SKIP
'Almaty'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from crisislens.data import word_set
from crisislens.events.candidates import article_words
from crisislens.events.focus import PLACE_FEATURES, SPECIFICITY, contains, dateline_place
from crisislens.events.roles import locative_objects
from crisislens.events.rules.place import (
    bound_for,
    journey_end,
    meeting,
    neighbour_place,
    reference_point,
    set_apart,
    spoken_there,
    topic_place,
    topic_spans,
    verbal,
)
from crisislens.events.rules.place_parties import actor_phrases, destinations
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.geo.lexicon import GeoLexicon
from crisislens.geo.scoring import haversine_km
from crisislens.nlp.doc_cache import doc_text
from crisislens.nlp.syntax import lemma
from crisislens.schemas import Actor, Event, Place, TextSpan

STREET_LEVEL = {"unknown", "landmark"}


def place_event(
    event: Event, doc: Doc, places: list[Place], focus: Place | None, article_confidence: float
) -> Event:
    """A place its mentions' sentences name, else the article's (marked "article"). A street
    or building ("the 800 block of Main Street", "outside the Bungalow Restaurant") gives way
    to the town its sentence or the article names: events are placed by settlement. So does
    a state or country that holds the article's own town (its dateline's, or the one it
    names most): the article places the event more precisely than its sentence ("shot at a
    Walmart in Nevada" in a report from "RENO, Nev." is in Reno), as an analyst codes the
    most precise place the report gives. A country named by a spoken event gives way to the
    article's place (:func:`_addressed`)."""
    location = _referred_town(event, doc, places) or event.location
    if location is None or _street_level(location):
        location = _sentence_place(event, doc, places) or _far_landmark(location, focus)
    if location is not None and _addressed(event, location, focus):
        location = None
    if location is not None and location.feature in ("country", "admin1", "region"):
        location = finer_place(event, doc, places, location)
    if location is not None and not (
        _holds(location, focus) and _in_part(doc_text(doc), location, focus)
    ):
        return unnamed_attacker(event.model_copy(update={"location": location}), doc)
    if focus is None:
        return event
    given = _home_country(event, places, focus) or focus
    confidence = round(given.confidence * article_confidence, 3)
    located = given.model_copy(update={"mention": "article", "confidence": confidence})
    return unnamed_attacker(event.model_copy(update={"location": located}), doc)


def _home_country(event: Event, places: list[Place], focus: Place) -> Place | None:
    """The acting state's country, for a state's own act at home whose sentences name no
    place ("North Korea test-fired two missiles", "Russia massed troops") where the article's
    place lies in a third country, a foreign capital the report comes from ("WASHINGTON"):
    the country as the article names it, at country precision. Only an actor whose own words
    name its country counts: a bare "police" is coded by what the article names most."""
    actor, recipient = event.actor, event.recipient
    if event.event_type not in GeoLexicon.load().home_event_types or actor is None:
        return None
    if actor.country is None or focus.country in (
        actor.country,
        recipient.country if recipient else None,
    ):
        return None
    if not any(  # its own words name its country ("Iran's police"), not a bare "police"
        actor.start <= p.start < actor.end and p.country == actor.country for p in places
    ):
        return None
    return next(
        (
            p
            for p in places
            if p.feature == "country" and p.country == actor.country and p.lat is not None
        ),
        None,
    )


def unnamed_attacker(event: Event, doc: Doc) -> Event:
    """An attack its text names no attacker for is by an unidentified armed group of the
    country it is placed in, as ACLED codes it ("a roadside bomb killed six in the town").
    Where only the article's place placed it, only a verb's clause says that someone acted
    ("a bomb killed six"); a bare noun may be a headline's ("Port strike spreads")."""
    unnamed = event_types()[event.event_type].unnamed_actor
    location, trigger = event.location, event.trigger
    if event.actor is not None or unnamed is None or trigger is None:
        return event
    if location is None or location.country is None:
        return event
    if location.mention == "article" and not _clause_verb(_token(trigger, doc)):
        return event
    name, sector = unnamed
    actor = Actor(
        text=trigger.text,
        start=trigger.start,
        end=trigger.end,
        name=f"{name} ({location.country})",
        country=location.country,
        sector=sector,
    )
    return event.model_copy(update={"actor": actor})


def _clause_verb(token: Token | None) -> bool:
    """The trigger is a verb heading a clause ("a mine killed two"), not a noun ("the strike")."""
    return token is not None and token.pos_ == "VERB"


def _addressed(event: Event, location: Place, focus: Place | None) -> bool:
    """A country a spoken or decided event names ("urged Iran to talk", "backed Ukraine")
    is whom it addresses: the event is where its speaker is, the article's place, when that
    lies in another country. A town it names is kept ("said in Geneva")."""
    return (
        event.event_type in GeoLexicon.load().spoken_event_types
        and location.feature == "country"
        and focus is not None
        and focus.country != location.country
    )


def _referred_town(event: Event, doc: Doc, places: list[Place]) -> Place | None:
    """The town a trigger's "in the city" refers back to ("an ambush in Gao ... Days later, a
    bomb killed nine in the city" is in Gao)."""
    trigger = _token(event.trigger, doc)
    objects = locative_objects(trigger) if trigger is not None else []
    return next((town for o in objects if (town := _named_before(o, places))), None)


def _named_before(obj: Token, places: list[Place]) -> Place | None:
    """The town "the city" or "the town" refers back to: the last one named in its sentence
    or the two before ("an ambush in Kalat ... Days later, a bomb killed 11 in the city")."""
    if obj.lower_ not in GeoLexicon.load().anaphor_kinds or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in obj.children
    ):
        return None
    if any(c.dep_ in ("compound", "amod", "prep", "appos") for c in obj.children):
        return None  # "the border city", "the city of Gao", "the city, Gao": its own name
    first = obj.sent
    for _ in range(2):
        first = obj.doc[first.start - 1].sent if first.start > 0 else first
    named = [
        p
        for p in places
        if first.start_char <= p.start < obj.idx
        and p.feature == "city"
        and p.mention == "name"
        and p.lat is not None
    ]
    return named[-1] if named else None


def _street_level(place: Place) -> bool:
    """A street or a building ("Fourth Street", "Mercy Hospital"); a neighbourhood the
    gazetteer lacks ("El Camino Heights") is the place the text gives, not a street."""
    if place.feature == "unknown":
        return not GeoLexicon.load().names_a_locality(place.text)
    return place.feature in STREET_LEVEL


def _far_landmark(place: Place | None, focus: Place | None) -> Place | None:
    """A landmark the gazetteer places ("met Trump at the White House") far from the article's
    town (a dateline of "ANKARA"): the event is at the landmark, not in the article's town."""
    if place is None or place.feature != "landmark" or place.lat is None or place.lon is None:
        return None
    if focus is None or focus.lat is None or focus.lon is None:
        return place
    near = GeoLexicon.load().weight("landmark_town_km")
    return place if haversine_km(place.lat, place.lon, focus.lat, focus.lon) > near else None


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


def _in_part(text: str, region: Place, focus: Place | None) -> bool:
    """Whether ``focus`` lies in the part of ``region`` the text names, when it names one
    ("in Ruvania's southwest", "in northern Ruvania"): north of the region's point for a
    northern part, west of it for a western one. A capital's dateline does not place an attack
    "in the country's southwest" when the capital lies north or east of the country's point.

    >>> capital = Place(text="Sala", start=0, end=4, name="Sala", feature="city", lat=4.7,
    ...                 lon=-74.1)
    >>> def ruvania(text):
    ...     start = text.index("Ruvania")
    ...     return Place(text="Ruvania", start=start, end=start + 7, name="Ruvania",
    ...                  feature="country", lat=4.0, lon=-72.0)
    >>> texts = ("An attack in Ruvania's southwest", "An attack in western Ruvania",
    ...          "In Ruvania's south-west, police said", "An attack in Ruvania")
    >>> [_in_part(text, ruvania(text), capital) for text in texts]
    [False, True, False, True]
    """
    if focus is None or region.lat is None or focus.lat is None or focus.lon is None:
        return True
    before = re.findall(r"[\w-]+", text[max(0, region.start - 16) : region.start].lower())[-1:]
    after = text[region.end : region.end + 18].lower().replace("’", "'")
    words = before + (re.findall(r"[\w-]+", after[3:])[:1] if after.startswith("'s ") else [])
    direction = next((w for w in words if w in GeoLexicon.load().directions), None)
    if direction is None or region.lon is None:
        return True
    lex, direction = GeoLexicon.load(), direction.replace("-", "")
    offsets = (
        (focus.lat - region.lat, lex.table("compass_north")),
        (focus.lon - region.lon, lex.table("compass_east")),
    )
    return not any(
        word in direction and offset * sign < 0
        for offset, signs in offsets
        for word, sign in signs.items()
    )


def _sentence_place(event: Event, doc: Doc, places: list[Place]) -> Place | None:
    """The one place (or the most specific of one country's) named in the sentences of the
    event's mentions, its own sentence first, outside its actor's and recipient's words, the
    phrases that say who acts or where people come from (``actor_phrases``), the dateline and
    what a meeting is about ("discussed ways to end the war in Yemen": ``topic_spans``)."""
    for found in _told_places(event, doc, places):
        if found and len({p.country for p in found}) == 1:
            return min(found, key=lambda p: (SPECIFICITY.get(p.feature, 5), p.start))
    return None


def finer_place(event: Event, doc: Doc, places: list[Place], location: Place) -> Place:
    """The most specific place inside ``location`` (a country or province) that the sentences
    of the event's other mentions name: where the first report says "gunmen killed nine people
    in northern Ruvania" and a later one "the attack on Tesso village in the Kaleb district",
    the event is in Kaleb, the most precise place the report gives. A part of a country or
    province ("northwest Ruvania") holds what its whole holds (:func:`_whole`)."""
    whole = _whole(location)
    inside = [
        p
        for found in _told_places(event, doc, places)
        for p in found
        if contains(whole, p) and p.feature in PLACE_FEATURES
    ]
    return min(inside, key=lambda p: (SPECIFICITY[p.feature], p.start), default=location)


def _whole(place: Place) -> Place:
    """The country or province a part of one is named from: "northwest Ruvania" is a part of
    Ruvania, "southern Kaleb" of the Kaleb province (a region named after no province, a
    country's part, is treated as its country).

    >>> part = Place(text="northwest Ruvania", start=0, end=17, name="Ruvania", country="RUV",
    ...              feature="region")
    >>> _whole(part).feature
    'country'
    """
    if place.feature != "region" or place.country is None:
        return place
    return place.model_copy(update={"feature": "admin1" if place.admin1 else "country"})


def _told_places(event: Event, doc: Doc, places: list[Place]) -> Iterator[list[Place]]:
    """For each of the event's mentions, its own first, the located places its sentence names
    outside the words that say who acts, whom it is done to or what it is about, and, for an
    act that is not speech, outside where a speaker told of it (:func:`spoken_there`)."""
    told = [(event.trigger, event.evidence)]
    told += [(m.trigger, m.evidence) for m in event.mentions if m.evidence != event.evidence]
    roles = [(r.start, r.end) for r in (event.actor, event.recipient) if r is not None]
    dateline = dateline_place(doc_text(doc), places)
    if dateline is not None:  # where the report was filed: the article's place, not the event's
        roles.append((dateline.start, dateline.end))
    roles += _destinations(event, doc)
    if verbal(event.event_type):  # "urged a truce in the Gaza war": what it is about
        roles += [(p.start, p.end) for p in places if p.lat is not None and topic_place(p, doc)]
    else:  # "In Lisbon, the minister said the strike ...": where it was said, not done
        roles += [(p.start, p.end) for p in places if spoken_there(p, doc)]
    roles += [(p.start, p.end) for p in places if set_apart(p, doc)]  # "Beyond Syria, ..."
    roles += [(p.start, p.end) for p in places if bound_for(p, doc)]  # "a Lagos-bound plane"
    roles += [(p.start, p.end) for p in places if journey_end(p, doc)]  # "a bus from Karachi"
    roles += [(p.start, p.end) for p in places if reference_point(p, doc, places)]
    roles += [(p.start, p.end) for p in places if neighbour_place(p, doc)]  # "border with Mali"
    for trigger, evidence in told:
        token = _token(trigger, doc)
        roles += actor_phrases(token) if token is not None else []
        if token is not None and meeting(event.event_type):  # "discussed ways to end the war"
            roles += topic_spans(token)
        start, end = evidence.start, evidence.end
        yield [
            p
            for p in places
            if start <= p.start < end
            and p.mention == "name"
            and p.lat is not None
            and p.feature in PLACE_FEATURES
            and not any(s <= p.start < e for s, e in roles)
        ]


def _destinations(event: Event, doc: Doc) -> list[tuple[int, int]]:
    """Where its removal triggers send people ("deported 40 men to China")."""
    triggers = [m.trigger for m in event.mentions] or [event.trigger]
    tokens = [_token(t, doc) for t in triggers]
    return [span for token in tokens if token is not None for span in destinations(token)]


def _token(trigger: TextSpan | None, doc: Doc) -> Token | None:
    """The head word of a trigger."""
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand") if trigger else None
    return span.root if span is not None and len(span) else None


def one_per_place(event: Event, doc: Doc, places: list[Place]) -> list[Event]:
    """ "Protests took place in A, B and C": one event per place, each with the same mention;
    so too for the towns a list names ("in several towns, including A and B") and those an
    ongoing event spread to ("broke out in A and spread to B and C")."""
    if event.trigger is None or event.location is None or event.location.mention == "article":
        return [event]
    listed = _listed_places(event, doc, places) or _spread_places(event, doc, places)
    if len(listed) < 2:
        return [event]
    events = []
    for n, place in enumerate(listed):
        event_id = event.event_id if n == 0 else _place_event_id(event.event_id, place)
        events.append(event.model_copy(update={"location": place, "event_id": event_id}))
    return events


def _listed_places(event: Event, doc: Doc, places: list[Place]) -> list[Place]:
    """The places coordinated under the trigger's locative preposition ("in A, B and C")."""
    root = _token(event.trigger, doc)
    if root is None:
        return []
    locative = article_words().locative_preps
    heads = [root, *(c for c in root.children if c.dep_ == "dobj")]  # "shut schools in A, B"
    if root.dep_ in ("nsubj", "nsubjpass"):
        heads.append(root.head)  # "protests took place in A, B and C"
    counted = [c for c in root.children if c.dep_ == "dobj" and _counts_places(c)]
    for head in heads:
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in locative]
        for objects in [counted] + [_objects(prep) for prep in preps]:
            named = _listed(objects) + [t for o in objects for t in _named_after(o)]
            if objects is counted:  # "attacked the villages of A and B"
                named += [t for o in counted for t in _names_of(o)]
            kept = _separate([_place_of(o, places) for o in named])
            if len(kept) >= 2:
                return kept
    return []


def _counts_places(noun: Token) -> bool:
    """A plural kind of place, which a list may name: "struck several towns, including A and
    B", "hit the cities overnight, among them A and B"."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in GeoLexicon.load().kind_nouns


def _names_of(noun: Token) -> list[Token]:
    """The names after "of" on a plural kind of place, and their conjuncts: "the villages of
    A and B" (the trigger's object; under "in" it is left alone, as that changed a dev story
    for the worse)."""
    names = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in _objects(c)]
    return names + [c for n in names for c in n.conjuncts]


def _named_after(noun: Token) -> list[Token]:
    """The names a list set off after a plural kind of place gives, where the parse hangs it
    elsewhere: "in several towns on Friday, among them A and B" ("among them" opens it; a
    date or an adverb may come between)."""
    if not _counts_places(noun):
        return []
    doc, markers = noun.doc, GeoLexicon.load().list_markers
    i, end = noun.i + 1, noun.sent.end
    while i < end and (doc[i].ent_type_ in ("DATE", "TIME") or doc[i].pos_ in ("ADV", "ADP")):
        i += 1  # "on Friday", "overnight"
    if i + 2 >= end or doc[i].text != "," or doc[i + 1].lower_ not in markers:
        return []
    i += 3 if doc[i + 2].lower_ in ("them", "those") else 2
    names = []
    while i < end and (doc[i].pos_ == "PROPN" or doc[i].lower_ in (",", "and")):
        names += [doc[i]] if doc[i].pos_ == "PROPN" else []
        i += 1
    return names


def _spread_places(event: Event, doc: Doc, places: list[Place]) -> list[Place]:
    """The event's own place and the towns it spread to, when its trigger is the subject of a
    spread verb ("protests broke out in A and spread to B and C", "the strike spread to other
    ports, including B and C")."""
    root = _token(event.trigger, doc)
    if root is None or root.dep_ != "nsubj" or event.location is None:
        return []
    spread_verbs = word_set("event_lexicon.yaml", "spread_verbs")
    spread_preps = vocabulary().words.spread_preps
    verbs = [v for v in (root.head, *root.head.conjuncts) if v.pos_ == "VERB"]
    targets = [  # "spread to B and C", "hit B and C"
        o
        for verb in verbs
        if lemma(verb) in spread_verbs
        for c in verb.children
        for o in (_objects(c) if c.dep_ == "prep" and c.lower_ in spread_preps else [c])
        if o.dep_ in ("pobj", "dobj")
    ]
    reached = [_place_of(o, places) for o in _listed(targets)]
    if not any(reached):
        return []
    return _separate([event.location, *reached])


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _listed(objects: list[Token]) -> list[Token]:
    """Objects, their conjuncts and the names a list under them gives: "in several towns,
    including A and B", "to cities such as A and B", "in two towns, A and B" (not the units in
    brackets after a place, :func:`_bracketed`)."""
    markers = GeoLexicon.load().list_markers
    objects = objects + [c for o in objects for c in o.conjuncts]
    named = [
        n
        for o in objects
        for c in o.children
        if c.dep_ == "appos" and not _bracketed(c) or c.dep_ == "prep" and c.lower_ in markers
        for n in ([c] if c.dep_ == "appos" else [g for g in c.children if g.dep_ == "pobj"])
    ]
    return objects + named + [c for n in named for c in n.conjuncts]


def _bracketed(appos: Token) -> bool:
    """A name in brackets after a place ("in Wamba (Nasarawa)", "near Katari (Kachia,
    Kaduna)"): the units that hold the place, as an event coder writes them, not more places."""
    first = appos.left_edge.i
    return first > 0 and appos.doc[first - 1].text == "("


def _separate(listed: list[Place | None]) -> list[Place]:
    """The distinct places of a list, less those that hold another of it ("Goma, Congo")."""
    unique = {p.name: p for p in listed if p is not None}
    kept = [p for p in unique.values() if not _holds_another(p, unique.values())]
    return sorted(kept, key=lambda p: p.start)


def _holds_another(place: Place, listed) -> bool:
    return any(contains(place, other) for other in listed)


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
