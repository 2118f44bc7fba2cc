"""Where an event happened: the rules that pick a place of the sentence for a draft, in order
(a locative phrase of the trigger, the place acted on, the one free place of the clause), and
the spread verbs that move an ongoing event to a new place ("the strike spread to the ports").

>>> event_location(draft, places, actor, recipient).name   # "Rebels attacked a convoy near Gao."  # doctest: +SKIP
'Gao'
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from crisislens.data import word_set
from crisislens.events.figure_words import parse_number
from crisislens.events.lexicon import Lexicon
from crisislens.events.roles import locative_objects
from crisislens.events.rules.draft import Draft
from crisislens.events.rules.place_parties import actor_phrases, destination, destinations, origin
from crisislens.events.vocabulary import vocabulary
from crisislens.geo.lexicon import GeoLexicon
from crisislens.geo.resolver import KIND_NOUNS
from crisislens.nlp.doc_cache import doc_text
from crisislens.nlp.syntax import (
    char_extent,
    child,
    children,
    clause_head,
    lemma,
    same_token,
    token_at,
)
from crisislens.schemas import Actor, Place


def most_specific_inside(token: Token, places: list[Place]) -> Place | None:
    """The most specific located place inside ``token``'s phrase: a city before its country
    ("in Goma, Congo" is Goma). Of two countries, a possessor is the whole the other is part
    of ("to Ruvania's island territory of Tesso" is Tesso: :func:`_possessing_country`)."""
    lo, hi = char_extent(token)
    inside = [p for p in places if lo <= p.start and p.end <= hi and p.lat is not None]
    ranks = vocabulary().place_specificity
    unranked = len(set(ranks.values()))
    return min(
        inside,
        key=lambda p: (
            ranks.get(_kind(p, token.doc), unranked),
            _possessing_country(p, token.doc),
            p.start,
        ),
        default=None,
    )


def _possessing_country(place: Place, doc: Doc) -> bool:
    """Whether a country is named in the possessive ("Ruvania's territory of Tesso"), as the
    whole an overseas territory with a country code of its own belongs to. A town so named
    keeps its place: the part of a town ("Ruvo's Kell district") may be a namesake elsewhere
    in the gazetteer."""
    marks = tuple(vocabulary().words.possessive_marks)
    return place.feature == "country" and doc_text(doc).startswith(marks, place.end)


def _kind(place: Place, doc: Doc) -> str:
    """A place's feature; a neighbourhood or village the gazetteer lacks, put "in" or "near"
    by the text ("shot in El Camino Heights, Los Angeles County"), ranks as a town: it is
    more precise than its county."""
    if place.feature != "unknown" or not GeoLexicon.load().names_a_locality(place.text):
        return place.feature
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is None or root.dep_ != "pobj":
        return "unknown"
    return "city" if root.head.lower_ in GeoLexicon.load().locatives else "unknown"


def _with_purpose_clauses(draft: Draft) -> list[Token]:
    """The trigger, the triggers it folded in, and two levels of their purpose and adverbial
    clauses, which carry the destination: "sent troops to restore order in the north"."""
    tokens = [draft.trigger.token] + [d.trigger.token for d in draft.absorbed]
    marks = vocabulary().words.infinitive_marks
    for _ in range(2):
        seen = {t.i for t in tokens}
        tokens += [
            c
            for t in list(tokens)
            for c in t.children
            if (
                c.dep_ in ("advcl", "xcomp")
                or c.dep_ in ("relcl", "acl")
                and any(a.lower_ in marks for a in c.children)
            )
            and c.i not in seen
        ]
    return tokens


# -- topics: a war, a crisis or talks named after a place --------------------------------------
def verbal(event_type: str) -> bool:
    """An event told by what someone says, decides or discusses (a meeting, an appeal, a
    threat), which happens where its speakers are, not where its topic is."""
    lex = GeoLexicon.load()
    return event_type in lex.venue_event_types | lex.spoken_event_types | lex.meeting_event_types


@lru_cache(maxsize=1)
def _topic_after() -> re.Pattern[str]:
    """What follows a place that names a topic: other names joined to it ("-Ukraine"), a
    possessive, one modifier and the topic noun ("-Ukraine war", "'s civil war", " peace talks")."""
    lex = GeoLexicon.load()
    nouns = "|".join(sorted(lex.topic_nouns | lex.topic_meeting_nouns, key=len, reverse=True))
    modifiers = "|".join(sorted(lex.topic_modifiers, key=len, reverse=True))
    name = r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*"
    return re.compile(
        rf"(?:(?:\s*[-–/]\s*|\s+and\s+){name})*(?:['’]s)?"
        rf"\s+(?i:(?:{modifiers})\s+)?(?i:(?P<noun>{nouns}))\b"
    )


def names_topic(text: str, end: int, feature: str | None) -> bool:
    """Whether the place name ending at ``end`` names only what a war, a crisis or talks are
    about: "in the Armenia-Azerbaijan war", "Sudan's civil war", "the Syria peace talks". A town
    that names a meeting or a deal is where it met ("the Geneva talks"), and so is no topic.

    >>> names_topic("a truce in the Armenia-Azerbaijan war", 22, "country")
    True
    >>> names_topic("the Geneva talks", 10, "city"), names_topic("in Geneva on Monday", 9, "city")
    (False, False)
    """
    match = _topic_after().match(text, end)
    if match is None:
        return False
    lex = GeoLexicon.load()
    return match["noun"].lower() in lex.topic_nouns or feature in lex.topic_meeting_features


def neighbour_place(place: Place, doc: Doc) -> bool:
    """A place named as what a border is shared with: "sent troops to its border with
    Somalia", "clashes on the frontier with China and Laos" (Somalia, China and Laos are the
    neighbours, not where it happens, whether or not the sentence names the other side)."""
    return _shared_border(place, doc) is not None


def _shared_border(place: Place, doc: Doc) -> Token | None:
    """The border noun that ``place`` is named after as the neighbour ("its border with
    Somalia": border)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep, lex = first.head, GeoLexicon.load()
    if first.dep_ != "pobj" or prep.lower_ not in lex.neighbour_preps or prep.i == 0:
        return None
    # the parse may hang "with" on the verb ("closed its border with Benin"): the word before
    return next((t for t in (doc[prep.i - 1], prep.head) if lemma(t) in lex.border_nouns), None)


def border_target(trigger: Token, places: list[Place], event_type: str) -> Place | None:
    """The neighbour a build-up's border is shared with, its target where none other is named:
    "Velmora massed two armoured brigades on its frontier with Ruvania" targets Ruvania,
    though the brigades are not in it (:func:`neighbour_place`)."""
    if event_type not in GeoLexicon.load().border_target_types:
        return None
    sent = trigger.sent
    return next(
        (
            p
            for p in places
            if sent.start_char <= p.start < sent.end_char
            and p.feature == "country"  # a state's build-up targets a state
            and neighbour_place(p, trigger.doc)
        ),
        None,
    )


def border_side(trigger: Token, places: list[Place], actor: Actor | None) -> Place | None:
    """The side of a border its sentence names with the neighbour: the place that owns the
    border ("to Turkey's border with Syria": Turkey), else the acting state's country where
    the sentence names it ("Mexico sent troops to the border with the U.S.": Mexico); None
    where neither is named ("his border with Ukraine")."""
    sent, doc = trigger.sent, trigger.doc
    for neighbour in places:
        if not sent.start_char <= neighbour.start < sent.end_char:
            continue
        border = _shared_border(neighbour, doc)
        if border is None:
            continue
        owners = [char_extent(c) for c in border.children if c.dep_ == "poss"]
        country = actor.country if actor is not None else None
        side = [p for p in places if p.country != neighbour.country and p.lat is not None]
        owned = [p for p in side if any(s <= p.start < e for s, e in owners)]
        home = [p for p in side if p.country == country and p.feature == "country"]
        return next(iter(owned + home), None)
    return None


def reference_point(place: Place, doc: Doc, places: list[Place]) -> bool:
    """A place the text locates another place from: "in Kabanda, 180 km north of Goma", "in
    Kabanda, 180 km from Goma", "the village of Tesso, bordering Ruvania" say where Kabanda and
    Tesso are, not that anything happened in Goma or Ruvania. Only after another place in its
    sentence ("an ambush 180 km north of Goma" names no other), and not where the text says it
    is near (50 km or less, ``reference_near_km``): "in Kibati, 20 km north of Goma" is placed
    at Goma, as coders place it, where the gazetteer lacks Kibati (and at Kibati where it
    knows it, or a district named before Goma).

    >>> reference_point(goma, nlp("Homes burned in Kabanda, 180 km north of Goma."), places)  # doctest: +SKIP
    ... # doctest: +SKIP
    True
    """
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    node, lex = span.root, GeoLexicon.load()
    if node.dep_ == "appos":
        node = node.head  # "150 km from the provincial capital, Goma"
    head = node.head
    compass = node.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.compass_words
    bordering = node.dep_ == "dobj" and lemma(head) in lex.bordering_verbs
    units = lex.table("distance_units")
    before = node.doc[head.i - 1].lower_ if head.i else ""  # the parse may hang "from" on the verb
    distance = (
        node.dep_ == "pobj"
        and head.lower_ == "from"
        and bool(units.keys() & {head.head.lower_, before})
    )
    if not (compass or bordering or distance):
        return False
    measured = head.head if compass else head  # the word the distance stands before
    sent = span.sent
    earlier = [
        p
        for p in places
        if p is not place and p.mention == "name" and sent.start_char <= p.start < place.start
    ]
    if (compass or distance) and _stated_km(measured) <= lex.weight("reference_near_km"):
        # "20 km north of Goma": near enough to place it at Goma, unless the text names a
        # town or district the gazetteer knows before it ("a village of Kaleb district,
        # 30 km south of Goma" is in Kaleb)
        known = vocabulary().place_features.measured_from
        return any(p.lat is not None and p.feature in known for p in earlier)
    return bool(earlier) or _unknown_town_before(sent, span.start, lex)


def _unknown_town_before(sent: Span, end: int, lex: GeoLexicon) -> bool:
    """A proper name under a locative before the reference point, one the gazetteer does not
    know or spaCy did not take for a place: "a meeting in Tarvani, about 175 km northwest of
    Oldmark" locates Tarvani from Oldmark, wherever Tarvani is.

    >>> _unknown_town_before(nlp("A meeting in Tarvani, 175 km north of Oldmark.")[:], 8, lex)  # doctest: +SKIP
    True
    """
    names = lex.place_labels | lex.mislabels  # a name spaCy may take for a place, not "March"
    return any(
        t.dep_ == "pobj"
        and t.pos_ == "PROPN"
        and t.head.lower_ in lex.town_locatives
        and (not t.ent_type_ or t.ent_type_ in names)
        for t in sent.doc[sent.start : end]
    )


def spoken_there(place: Place, doc: Doc) -> bool:
    """A place the text puts only a speaker in: "In Lisbon, the minister said troops were
    sent to the islands", "told reporters in Geneva that ...", "Speaking in Oslo, she said",
    "the police spokesperson in Kano said", "addressing reporters in the city of Kano" say
    where words were spoken, not where the story is (geo.yaml ``speaker_nouns``,
    ``addressing_verbs``).

    >>> spoken_there(lisbon, nlp("In Lisbon, the minister said troops had landed."))  # doctest: +SKIP
    ... # doctest: +SKIP
    True
    """
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    node, lex = _kind_named(span.root), GeoLexicon.load()
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "in" and lemma(prep.head) in lex.speaker_nouns:
        return True  # "the police spokesperson in Kano"
    verbs = word_set("reporting_verbs.yaml", "reporting_verbs") | lex.addressing_verbs
    verb = prep.head  # "Speaking in Lisbon, the minister said": the clause it opens
    if verb.dep_ == "dobj" and lemma(verb.head) in lex.addressing_verbs:
        verb = verb.head  # "addressing reporters in Kano"
    return lemma(verb) in verbs or verb.dep_ == "advcl" and lemma(verb.head) in verbs


def _kind_named(node: Token) -> Token:
    """The kind noun a name is "of": "in the city of Kano" is said of "city"."""
    head = node.head
    kind = head.head
    named = node.dep_ == "pobj" and head.lower_ == "of" and kind.dep_ == "pobj"
    return kind if named and kind.lower_ in GeoLexicon.load().kind_nouns else node


def _stated_km(compass: Token) -> float:
    """The distance the words before a compass word give, in kilometres ("112 miles north",
    "70 kilometres (45 miles) north"); infinite where they give none."""
    units = GeoLexicon.load().table("distance_units")
    doc = compass.doc
    for i in range(compass.i - 1, max(-1, compass.i - 7), -1):
        if doc[i].lower_ in units and i > 0:
            number = parse_number(doc[i - 1].text)  # "20", "1,200", "one"; not "a few"
            return float("inf") if number is None else number * units[doc[i].lower_]
    return float("inf")


def bound_for(place: Place, doc: Doc) -> bool:
    """A place joined by a dash to a word of travel names where a vehicle is going, not where
    anything happened: "gunmen fired on a Lagos-bound plane in Kaduna" is in Kaduna
    (``bound_words``).

    >>> bound_for(lagos, nlp("Gunmen fired on a Lagos-bound plane."))  # doctest: +SKIP
    True
    """
    text, lex = doc_text(doc), GeoLexicon.load()
    after = text[place.end : place.end + 12].lower()
    return after[:1] in lex.word_dashes and after[1:].split(" ")[0] in lex.bound_words


def journey_end(place: Place, doc: Doc) -> bool:
    """Where a vehicle's journey began or was going (``journey_verbs``, ``journey_preps``,
    ``departure_verbs``, ``vehicle_words``): "a bus travelling from Karachi to Gwadar came under fire" happened on the
    road between them, in neither. A person's journey is kept: "flew to Doha, where she met"
    names the meeting's place.

    >>> journey_end(karachi, nlp("The bus was travelling from Karachi to Gwadar."))  # doctest: +SKIP
    True
    """
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    lex, node = GeoLexicon.load(), span.root
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head  # "from Quetta, Balochistan", "to Lahore and Multan"
    if node.dep_ == "dobj" and lemma(node.head) in lex.departure_verbs:
        return _travelling_vehicle(node.head, lex)  # "the train left Abuja at 6pm"
    for _ in range(3):  # "from Karachi to Gwadar", where "to" hangs on Karachi
        if node.dep_ != "pobj" or node.head.lower_ not in lex.journey_preps:
            return False
        verb = node.head.head
        if lemma(verb) in lex.journey_verbs:
            return _travelling_vehicle(verb, lex)
        node = verb
    return False


def _travelling_vehicle(verb: Token, lex: GeoLexicon) -> bool:
    """Whether a vehicle makes the journey ``verb`` tells: its subject ("the train was heading
    north"), or the noun it describes ("a ferry bound for Mombasa", "the truck, driving to")."""
    traveller = child(verb, "nsubj", "nsubjpass")
    relative = traveller is not None and traveller.tag_ in ("WDT", "WP")  # "which was moving"
    if (traveller is None or relative) and verb.dep_ in ("acl", "relcl", "amod", "advcl"):
        traveller = verb.head
    return traveller is not None and lemma(traveller) in lex.vehicle_words


def set_apart(place: Place, doc: Doc) -> bool:
    """A place under a preposition that sets it apart from what the clause tells: "Aside from
    Gaza, the envoys raised shipping" is not in Gaza (``set_apart_preps``; "from" and "than",
    ``set_apart_word_preps``, after ``set_apart_words``), nor "Beyond Syria, the ministers
    discussed trade" in Syria (a ``fronted_set_apart_preps`` before its clause's subject, set
    off by a comma; "advanced beyond Bakhmut" is in Bakhmut's area).

    >>> set_apart(syria, nlp("Beyond Syria, the ministers discussed trade."))   # doctest: +SKIP
    True
    """
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    node = span.root
    while node.dep_ in ("conj", "compound", "appos") and node.head.i != node.i:
        node = node.head  # "beyond Syria and Iraq"
    prep, lex = node.head, GeoLexicon.load()
    if node.dep_ != "pobj":
        return False
    if prep.lower_ in lex.set_apart_preps:
        return True
    if prep.lower_ in lex.fronted_set_apart_preps:  # before its clause's subject, then a comma
        after = prep.right_edge.i + 1
        subjects = [c.i for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        fronted = bool(subjects) and prep.i < max(subjects)  # a dateline may parse as one
        return fronted and after < len(doc) and doc[after].text == ","
    before = doc[prep.i - 1] if prep.i > 0 else None
    return (
        prep.lower_ in lex.set_apart_word_preps
        and before is not None
        and before.lower_ in lex.set_apart_words
    )


def topic_place(place: Place, doc: Doc) -> bool:
    """A place of ``doc`` named as a topic (:func:`names_topic`)."""
    return names_topic(doc_text(doc), place.end, place.feature)


def locative_place(
    draft: Draft, places: list[Place], topics: list[tuple[int, int]] | None = None
) -> Place | None:
    """A place under a locative preposition of the trigger: "clashes near the border town of
    Kidal" (Kidal); never the destination of a removal ("deported them to China"), the
    origin of people ("raids on herders from Tillaberi") nor a meeting's topic (``topics``,
    "talks on Syria")."""
    trigger = draft.trigger.token
    parties = actor_phrases(trigger)  # "blamed it on rebels based in Chad": not in Chad
    for token in _with_purpose_clauses(draft):
        for obj in locative_objects(token):
            if destination(obj) or origin(obj, trigger):
                continue
            if any(s <= obj.idx < e for s, e in topics or ()):
                continue
            found = most_specific_inside(obj, places)
            if found is not None and not any(s <= found.start < e for s, e in parties):
                return found
    return None


def _names_place_itself(place: Place, recipient: Actor) -> bool:
    """Whether the recipient phrase is the place (with only kind words after it, "the Tigray
    region"), something of the place's ("Ukraine's east"), or its government."""
    words = vocabulary().words
    tail = recipient.text[place.end - recipient.start :].split()
    return (
        all(w.lower() in KIND_NOUNS | words.place_kind_extra for w in tail)
        or tail[0][:2] in words.possessive_marks
        or recipient.sector == "GOV"
    )


def acted_on_place(places: list[Place], recipient: Actor | None) -> Place | None:
    """The place acted on is where it happened ("invaded Ukraine", "shelled the Idlib region"),
    not a nationality of the people acted on ("killed a Kenyan soldier")."""
    if recipient is None:
        return None
    features = vocabulary().place_features.acted_on
    for place in places:
        if (
            recipient.start <= place.start
            and place.end <= recipient.end
            and place.feature in features
            and _names_place_itself(place, recipient)
        ):
            return place
    return None


def free_place(
    draft: Draft, places: list[Place], actor: Actor | None, recipient: Actor | None
) -> Place | None:
    """The nearest place of the trigger's clause that is no role, when all such places lie in
    one country; a place that is the subject of a verb speaks or acts ("France said") and is
    none."""
    trigger = draft.trigger.token
    role_spans = [(r.start, r.end) for r in (actor, recipient) if r is not None]
    role_spans += destinations(trigger) + actor_phrases(trigger)
    role_spans += [
        (t.left_edge.idx, t.idx + len(t.text))
        for t in trigger.sent
        if t.dep_ in ("nsubj", "nsubjpass", "poss") and t.ent_type_ in ("GPE", "ORG")
    ]
    clause = clause_head(trigger)
    features = vocabulary().place_features.free
    free = [
        p
        for p in places
        if p.lat is not None
        and p.feature in features
        and not any(s <= p.start and p.end <= e for s, e in role_spans)
        and same_token(clause_head(token_at(trigger.doc, p.start)), clause)
    ]
    if len({p.country for p in free}) != 1:
        return None  # the sentence does not settle it
    return min(free, key=lambda p: abs(p.start - draft.trigger.start))


def meeting(event_type: str) -> bool:
    """A meeting is where it is held, not where its topic is (``meeting_event_types``)."""
    return event_type in GeoLexicon.load().meeting_event_types


def meeting_place(draft: Draft, places: list[Place]) -> Place | None:
    """Where a meeting is held: a place under a locative preposition of its trigger or of the
    verb that holds it ("met in Vienna for talks on Syria", "talks took place in Vienna",
    "gathered in Oslo to discuss ..."), never its topic ("talks on Syria")."""
    lex, locative = GeoLexicon.load(), vocabulary().words.locative_preps
    for host in _meeting_hosts(draft):
        for prep in children(host, "prep"):
            if prep.lower_ not in locative or prep.lower_ in lex.topic_preps:
                continue
            for obj in children(prep, "pobj"):
                found = most_specific_inside(obj, places)
                if found is not None:
                    return found
    return None


def _meeting_hosts(draft: Draft) -> list[Token]:
    """The trigger, the triggers it folded in, its object unless a verb of discussion has it
    ("convened a summit in Doha"), and the verb that holds the meeting: the one whose object,
    subject or purpose it is, or whose "for" phrase ("met in Vienna for talks")."""
    trigger = draft.trigger.token
    hosts = [trigger, *draft.trigger.words, *(d.trigger.token for d in draft.absorbed)]
    if lemma(trigger) not in GeoLexicon.load().topic_verbs:
        hosts += children(trigger, "dobj")  # "will host a summit in Nairobi"
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif trigger.dep_ not in ("dobj", "nsubj", "nsubjpass", "xcomp", "advcl"):
        return hosts
    if head.i != trigger.i and head.pos_ in ("VERB", "AUX"):
        hosts.append(head)
    return hosts


def topic_spans(trigger: Token) -> list[tuple[int, int]]:
    """What a meeting is about: its topic phrases ("talks on Syria") and the object of a
    verb of discussion ("discussed the war in Sudan"), a clause too ("discussed whether the
    truce in Sudan would hold")."""
    lex = GeoLexicon.load()
    spans = [char_extent(p) for p in children(trigger, "prep") if p.lower_ in lex.topic_preps]
    if lemma(trigger) in lex.topic_verbs:
        spans += [char_extent(o) for o in children(trigger, "dobj") + children(trigger, "ccomp")]
    return spans


def event_location(
    draft: Draft, places: list[Place], actor: Actor | None, recipient: Actor | None
) -> Place | None:
    """Where the event happened: the place rules above, in order (a meeting first where it
    is held, and never in its topic)."""
    trigger = draft.trigger.token
    if verbal(draft.sense.event_type):  # "urged a truce in the Gaza war": not in Gaza
        places = [p for p in places if not topic_place(p, trigger.doc)]
    places = [p for p in places if not set_apart(p, trigger.doc)]  # "Beyond Syria, ..."
    places = [p for p in places if not bound_for(p, trigger.doc)]  # "a Lagos-bound plane"
    places = [p for p in places if not journey_end(p, trigger.doc)]  # "a bus from Karachi"
    places = [p for p in places if not reference_point(p, trigger.doc, places)]
    side = border_side(trigger, places, actor)  # "sent troops to Mexico's border with the U.S."
    places = [p for p in places if not neighbour_place(p, trigger.doc)]
    if not places:
        return None
    found, topics = None, []
    if meeting(draft.sense.event_type):
        found, topics = meeting_place(draft, places), topic_spans(trigger)
    if found is None:
        found = locative_place(draft, places, topics)
    if found is None:
        found = side
    if found is None:
        found = acted_on_place(places, recipient)
        at = (found.start, found.end) if found else (0, 0)
        if found is not None and any(
            s <= at[0] and at[1] <= e
            for s, e in destinations(trigger) + actor_phrases(trigger) + topics
        ):
            found = None  # "handed them over to Singapore": the receiver, not the place
    if found is None:
        found = free_place(draft, places, actor, recipient)
    text = doc_text(trigger.doc)
    return _possessed(found, places, text) or _held_before(found, places, text) or found


def _held_before(place: Place | None, places: list[Place], text: str) -> Place | None:
    """The place named right before "in" that ``place`` holds: "Mayor Ana Cruz of Lipa city
    in Batangas province was shot" is in Lipa, the more precise of the two (the parse may
    hang "in Batangas province" on the verb)."""
    if place is None or place.geonameid is None:
        return None
    holding = GeoLexicon.load().holding_preps
    for p in places:
        if p.lat is None or place.geonameid not in (p.admin1_geonameid, p.admin2_geonameid):
            continue
        between = text[p.end : place.start].lower().replace(",", " ").split()
        between = [w for w in between if w not in KIND_NOUNS and w != "the"]
        if 0 < place.start - p.end <= 24 and between and set(between) <= holding:
            return p
    return None


def _possessed(place: Place | None, places: list[Place], text: str) -> Place | None:
    """The place a country's possessive names ("Somalia's Puntland region"): more precise."""
    if place is None or place.feature != "country":
        return None
    if text[place.end : place.end + 2] not in vocabulary().words.possessive_marks:
        return None
    return next(
        (p for p in places if p.start == place.end + 3 and p.country == place.country), None
    )


# -- spread verbs -----------------------------------------------------------------------------
def spread_place(verb: Token, places: list[Place]) -> Place | None:
    """The located place a spread verb reaches: its object or the object of a spread
    preposition ("engulfed the capital", "spread to the ports")."""
    preps = vocabulary().words.spread_preps
    targets = children(verb, "dobj") + [
        g for c in children(verb, "prep") if c.lower_ in preps for g in children(c, "pobj")
    ]
    for target in targets:
        lo, hi = char_extent(target)
        for place in places:
            if lo <= place.start and place.end <= hi and place.lat is not None:
                return place
    return None


def spreads(
    sent: Span, drafts: dict[int, Draft], places: list[Place], lex: Lexicon
) -> dict[int, Place]:
    """Places an event noun (or "it") spread to, keyed by the noun (-1 for "it"): "the strike
    spread to the ports" gives the strike the ports, and the spread verb is no event of its
    own ("protests hit the capital" is no assault)."""
    found: dict[int, Place] = {}
    for token in sent:
        if token.pos_ != "VERB" or lemma(token) not in lex.spread_verbs:
            continue
        subject = child(token, "nsubj")
        place = spread_place(token, places)
        if subject is None or place is None:
            continue
        subject_draft = drafts.get(subject.i)
        if subject_draft is not None and subject_draft.trigger.kind == "noun":
            found[subject.i] = place
            drafts.pop(token.i, None)
        elif subject.lower_ in vocabulary().words.spread_pronouns and subject.pos_ == "PRON":
            found[-1] = place
            drafts.pop(token.i, None)
    return found
