"""Coded events -> :class:`LinkMention`: what the store's linker compares.

A coded event already says its type, actor, recipient, place, date (with its precision) and
figures; its trigger gives the word for the lemma and word-vector features. No parse is needed,
so linking stays cheap next to extraction.

>>> from crisislens.schemas import Event, TextSpan
>>> e = Event(event_id="e1", event_type="MOBILIZE", evidence=TextSpan(text="Russia deployed 3,000 "
...           "troops.", start=0, end=28), trigger=TextSpan(text="deployed", start=7, end=15),
...           confidence=0.9, date="2022-01-06")
>>> m = mention_from_event(e, "a1")
>>> m.lemma, m.event_type, m.time.precision
('deploy', 'MOBILIZE', 'day')
"""

from __future__ import annotations

import re
from datetime import date

from crisislens.link.lasting import is_lasting_text, is_other_act_text
from crisislens.link.lexicon import lexicon
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.parties import party, spelling
from crisislens.link.places import WIDE_FEATURES
from crisislens.link.targets import country_target, names_country
from crisislens.link.telling import (
    is_background_text,
    is_commemorated_text,
    is_compared_text,
    is_kind_text,
    is_prior_text,
)
from crisislens.link.vectors import rows_vector, text_rows, word_vector
from crisislens.schemas import Actor, Event, Place

# inflections stripped to compare triggers without a parse ("deployed", "deploys" -> "deploy")
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
_BACKGROUND_CONTEXT = "background"
# reported as possible: such an event corroborates a story others make, never starts one
HEDGED_MODALITIES = ("possible",)
# a group the coder names by its kind and a country: "Protesters (TRV)"
_CODED_GROUP = re.compile(r"\([A-Z]{3}\)$")


def stem(word: str) -> str:
    """A crude lemma: 'deployed' -> 'deploy', 'protests' -> 'protest', 'rallies' -> 'rally'."""
    word = word.lower()
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + replacement
            # a doubled consonant left by -ed/-ing ("shelled" stays "shell", "stopped" -> "stop")
            if suffix in ("ed", "ing") and len(base) > 3 and base[-1] == base[-2] != "l":
                base = base[:-1]
            return base
    return word


def _trigger_word(event: Event) -> str:
    text = event.trigger.text if event.trigger else event.evidence.text
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return words[0] if event.trigger and words else (words[-1] if words else "")


def _before_trigger(event: Event) -> str:
    """The text of the event's sentence before its trigger (all of it, for an event with no
    trigger): what the cues of how an event is told read."""
    start = event.trigger.start if event.trigger is not None else event.evidence.end
    return event.evidence.text[: max(0, start - event.evidence.start)]


def told_in_passing(event: Event) -> bool:
    """Is the event's trigger the object of a background preposition ("amid protests")?"""
    if event.trigger is None:
        return False
    return is_background_text(_before_trigger(event), event.trigger.text)


def purpose_clause(event: Event) -> bool:
    """Is the event told only as what another act was for, its trigger an infinitive ("the army
    was deployed to assist the police", "the guards used water cannon to clear the square")?

    >>> from crisislens.schemas import TextSpan
    >>> e = Event(event_id="e1", event_type="AID", confidence=0.9, modality="planned",
    ...     evidence=TextSpan(text="Troops were sent to help the police.", start=100, end=136),
    ...     trigger=TextSpan(text="help", start=120, end=124))
    >>> purpose_clause(e), purpose_clause(e.model_copy(update={"modality": "asserted"}))
    (True, False)
    """
    if event.trigger is None or event.modality in ("asserted", "negated"):
        return False
    return _before_trigger(event).endswith(" to ")


def told_for_comparison(event: Event) -> bool:
    """Is the event another happening, named to compare ("similar attacks", "the worst since
    last March, when a bombing killed 55": :func:`crisislens.link.telling.is_compared_text`)?"""
    if event.trigger is None:
        return False
    return is_compared_text(_before_trigger(event), event.trigger.text)


def told_as_kind(event: Event) -> bool:
    """Is the event a kind of act named in passing, not one happening: plural nouns after a
    word such as "numerous" or "stepped up" (:func:`crisislens.link.telling.is_kind_text`) that
    gives no figure? "Residents accuse the gangs of numerous murders" is no report of the
    murder the next sentence tells, nor are "attacks stepped up since Thursday" Thursday's
    attack. A figure makes them some happenings told ("a wave of raids that killed 12").

    >>> from crisislens.schemas import TextSpan
    >>> e = Event(event_id="e1", event_type="ASSAULT", confidence=0.9, date="2025-03-04",
    ...     date_source="published", evidence=TextSpan(text="Residents accuse the gangs of "
    ...     "numerous murders.", start=0, end=46), trigger=TextSpan(text="murders", start=38,
    ...     end=45))
    >>> from crisislens.schemas import Quantity
    >>> dead = Quantity(kind="dead", value=12, text="12", start=0, end=2)
    >>> told_as_kind(e), told_as_kind(e.model_copy(update={"quantities": [dead]}))
    (True, False)
    """
    if event.trigger is None or event.quantities:
        return False
    return is_kind_text(_before_trigger(event), event.trigger.text)


def told_as_lasting(event: Event) -> bool:
    """Is the event an act its sentence tells as going on for years or as a habit, not one
    happening (:func:`crisislens.link.lasting.is_lasting_text`)? "The group has been fighting
    the government since 2007", in a report of Saturday's bombing, is not the bombing, and
    joins no story.

    >>> from crisislens.schemas import TextSpan
    >>> text = "The militia has been fighting the army since 2011."
    >>> e = Event(event_id="e1", event_type="ASSAULT", confidence=0.9, date="2025-03-04",
    ...     evidence=TextSpan(text=text, start=0, end=len(text)),
    ...     trigger=TextSpan(text="fighting", start=21, end=29))
    >>> told_as_lasting(e)
    True
    """
    if event.trigger is None:
        return False
    after = event.evidence.text[max(0, event.trigger.end - event.evidence.start) :]
    return is_lasting_text(_before_trigger(event), event.trigger.text, after)


def told_as_feared_other(event: Event) -> bool:
    """Is the event one more act (:func:`crisislens.link.lasting.is_other_act_text`) that its
    report only fears, plans or threatens, not one done? "Fearing a follow-up attack on the
    crowd" in a report of a bombing is no report of the bombing, nor of any attack.

    >>> from crisislens.schemas import TextSpan
    >>> text = "Guards cleared the square, fearing a follow-up attack."
    >>> e = Event(event_id="e1", event_type="ASSAULT", confidence=0.9, modality="possible",
    ...     evidence=TextSpan(text=text, start=0, end=len(text)),
    ...     trigger=TextSpan(text="attack", start=47, end=53))
    >>> told_as_feared_other(e), told_as_feared_other(e.model_copy(update={"modality": "asserted"}))
    (True, False)
    """
    if event.trigger is None or event.modality in ("asserted", "negated"):
        return False
    return is_other_act_text(_before_trigger(event))


def told_as_prior(event: Event) -> bool:
    """Is the event told as earlier than its report's news, with no date of its own words
    (:func:`crisislens.link.telling.is_prior_text`)? "The council has already banned street
    markets", dated only by its report's day, happened on some day before it.

    >>> from crisislens.schemas import TextSpan
    >>> e = Event(event_id="e1", event_type="COERCE", confidence=0.9, date="2025-03-04",
    ...     date_source="published", evidence=TextSpan(text="The council has already banned "
    ...     "street markets.", start=0, end=45), trigger=TextSpan(text="banned", start=24, end=30))
    >>> told_as_prior(e), told_as_prior(e.model_copy(update={"date_source": "text"}))
    (True, False)

    A happening a ceremony or a grave marks (:func:`crisislens.link.telling.is_commemorated_text`)
    is earlier whatever date it was given: a date misread from the ceremony's day is no date
    of it.

    >>> text = "Crowds marked the anniversary of the death of Lena Varga, who was shot by police."
    >>> shot = e.model_copy(update={"date_source": "text", "evidence": TextSpan(text=text,
    ...     start=0, end=len(text)), "trigger": TextSpan(text="shot", start=66, end=70)})
    >>> told_as_prior(shot)
    True
    """
    if event.trigger is None:
        return False
    if is_commemorated_text(_before_trigger(event)):
        return True  # what a ceremony or a grave marks: years before, whatever its date says
    return event.date_source != "text" and is_prior_text(_before_trigger(event))


def evidence_text(event: Event) -> str:
    """Every sentence that tells of the event (the article coder gives each happening all its
    mentions), each once, in the order of the text."""
    spans = {(event.evidence.start, event.evidence.text)}
    spans |= {(m.evidence.start, m.evidence.text) for m in event.mentions}
    return " ".join(text for _, text in sorted(spans))


def _time(event: Event, precision: str | None, published: date | None) -> TimeValue | None:
    """The event's date; for one the text dates only by the story's context (``date_source``
    "context": an undated act after "on Tuesday"), the report's own day, as the linker was
    fitted to read undated acts."""
    if event.date_source == "context" and published is not None:
        return TimeValue(published, "day")
    return TimeValue.parse(event.date, precision)


def linked_recipient(event: Event) -> Actor | None:
    """The event's recipient as the linker compares it. Peacekeepers sent are what is sent, not
    whom they are sent to: an AID in its peacekeeping mode whose recipient names them ("Moscow
    sent 2,000 peacekeepers to Kazakhstan"; ``peacekeeping_words`` in data/link.yaml) takes the
    place they were sent to as its recipient, as a report of the deployment names it ("troops
    were deployed to Kazakhstan"), or none where no place is coded.

    >>> from crisislens.schemas import Place, TextSpan
    >>> sent = Event(event_id="e1", event_type="AID", mode="peacekeeping", confidence=0.9,
    ...     evidence=TextSpan(text="Moscow sent 2,000 peacekeepers to Kazakhstan.", start=0, end=45),
    ...     recipient=Actor(text="2,000 peacekeepers", start=12, end=30, name="2,000 peacekeepers"),
    ...     location=Place(text="Kazakhstan", start=34, end=44, name="Kazakhstan", country="KAZ"))
    >>> linked_recipient(sent).name, linked_recipient(sent).country
    ('Kazakhstan', 'KAZ')
    """
    recipient, place = event.recipient, event.location
    if recipient is None or event.event_type != "AID" or event.mode != "peacekeeping":
        return recipient
    words = set(re.findall(r"[a-z][a-z-]*", recipient.text.lower()))
    if not words & lexicon()["peacekeeping_words"]:
        return recipient
    if place is None or not place.name:
        return None
    country = place.country or recipient.country
    return Actor(
        text=place.text, start=place.start, end=place.end, name=place.name, country=country
    )


def told_country(party: Actor | None, event: Event) -> bool:
    """Do the party's own words tell its country, or might the coder have given it from the
    event's place or its other party? A party coded to the country the event is placed in, or
    to its other party's country, whose words have no capitalised word ("a 50-year-old man",
    "the driver", "protesters" storming "the Norwegian embassy") was given that country by
    where it was or whom it met; "a Tarvanian doctor", "German police" or "Mayor Lena Varga"
    tell theirs. The state rule (link/features.py ruling_country) reads only told countries: a
    man held in Germany is no German against another report's "a Tarvanian man", nor are the
    crowd that stormed an embassy its country's nationals.

    >>> from crisislens.schemas import Place, TextSpan
    >>> e = Event(event_id="e1", event_type="COERCE", confidence=0.9,
    ...     evidence=TextSpan(text="Police arrested a 50-year-old man in Ulm.", start=0, end=41),
    ...     location=Place(text="Ulm", start=37, end=40, name="Ulm", country="DEU"))
    >>> man = Actor(text="50-year-old man", start=17, end=32, name="50-year-old man", country="DEU")
    >>> police = Actor(text="Police", start=0, end=6, name="Police", country="DEU")
    >>> told_country(man, e), told_country(police, e)
    (False, True)
    >>> told_country(man.model_copy(update={"text": "Saudi man"}), e)
    True
    >>> told_country(man.model_copy(update={"country": "SAU"}), e)  # not the place's country
    True
    >>> embassy = Actor(text="the Norwegian embassy", start=20, end=41, name="Norwegian embassy",
    ...                 country="NOR")
    >>> crowd = Actor(text="protesters", start=0, end=10, name="protesters", country="NOR")
    >>> storm = e.model_copy(update={"actor": crowd, "recipient": embassy})
    >>> told_country(crowd, storm), told_country(embassy, storm)
    (False, True)
    """
    if party is None or not party.country:
        return True
    other = event.recipient if party is event.actor else event.actor
    given = {event.location.country if event.location else None, other.country if other else None}
    if party.country not in given:
        return True
    return any(w[:1].isupper() for w in party.text.split())


def named_actor(event: Event) -> bool:
    """Does the report name who acts, by a name whose head word is capitalised ("President Lena
    Varga", "the Pentagon", "he" standing for a named leader), not a placeholder for nobody
    named ("Unidentified armed group (KEN)", given the trigger's own words), a count ("about 900
    soldiers") nor a common noun ("police", "young Tarvanian people"; "Police" opening its
    sentence)?

    >>> from crisislens.schemas import TextSpan
    >>> e = Event(event_id="e1", event_type="COERCE", confidence=0.9, modality="planned",
    ...     evidence=TextSpan(text="Varga said she was sending the army.", start=0, end=36),
    ...     trigger=TextSpan(text="sending", start=19, end=26),
    ...     actor=Actor(text="she", start=11, end=14, name="Lena Varga"))
    >>> named_actor(e), named_actor(e.model_copy(update={"actor": Actor(text="Police", start=0,
    ...     end=6, name="Police")}))
    (True, False)
    """
    actor = event.actor
    if actor is None or actor.sector == "UAF" or any(c.isdigit() for c in actor.name):
        return False  # nobody named, or a count ("About 2,000 American troops")
    if event.trigger is not None and actor.start == event.trigger.start:
        return False  # a placeholder made from the trigger
    words = actor.name.split()
    if not words or not words[-1][:1].isupper():
        return False  # a common noun's head ("young Tarvanian people", "riot police")
    # one capitalised word opening the sentence ("Police said") is no name
    return not (len(words) == 1 and actor.start == event.evidence.start)


def stands_in(party: Actor | None, event: Event) -> bool:
    """Does the party stand in for nobody named: an armed group the coder gives no name
    (sector UAF: "gunmen", "Unidentified armed group (TRV)"), a group it labels with a country
    ("Protesters (TRV)"), a country's code given for the event's place, or a placeholder made
    from the trigger's own words? No party at all stands in for nobody too.

    >>> from crisislens.schemas import TextSpan
    >>> e = Event(event_id="e1", event_type="ASSAULT", confidence=0.9,
    ...     evidence=TextSpan(text="Gunmen fired on the Tarvo depot.", start=0, end=32),
    ...     trigger=TextSpan(text="fired", start=7, end=12))
    >>> gunmen = Actor(text="Gunmen", start=0, end=6, name="Gunmen", sector="UAF")
    >>> depot = Actor(text="the Tarvo depot", start=16, end=31, name="Tarvo depot")
    >>> stands_in(gunmen, e), stands_in(depot, e), stands_in(None, e)
    (True, False, True)
    >>> stands_in(Actor(text="Tarvo", start=20, end=25, name="TRV", country="TRV"), e)
    True
    """
    if party is None or party.sector == "UAF":
        return True
    if event.trigger is not None and party.start == event.trigger.start:
        return True  # a placeholder made from the trigger
    if party.country and party.name == party.country:
        return True  # a country's code: the place taken as the party
    return _CODED_GROUP.search(party.name) is not None


def _told_name(party: Actor, event: Event) -> str:
    """A party's name as the linker compares it: a stand-in for nobody named as written
    (lowercased, as :attr:`LinkMention.stand_ins` holds it), any other name as its spellings
    agree (:func:`crisislens.link.parties.spelling`: "Al-Shabaab" and "al-Shabab armed
    group" are one party)."""
    return party.name.lower() if stands_in(party, event) else spelling(party.name)


def sent_to(event: Event, named_countries: frozenset[str]) -> frozenset[str]:
    """The countries an event of a type sent somewhere (``recipient_is_destination`` in
    data/event_types.yaml: troops deployed) may have gone to, as its sentences name them: one
    deployment "to Germany, Poland and Romania" is coded at Germany in one report and at Poland
    in another (places.listed_by_each). Other events keep none: tariffs "on Mexico, Canada
    and China" told twice may be two measures, and a place named beside an attack is no
    second place of it.

    >>> from crisislens.schemas import TextSpan
    >>> sent = Event(event_id="e1", event_type="MOBILIZE", confidence=0.9,
    ...     evidence=TextSpan(text="Paris sent troops to Estonia and Latvia.", start=0, end=40))
    >>> sorted(sent_to(sent, frozenset({"EST", "LVA"})))
    ['EST', 'LVA']
    >>> sent_to(sent.model_copy(update={"event_type": "SANCTION"}), frozenset({"EST"}))
    frozenset()
    """
    from crisislens.events.types import event_types

    kind = event_types().get(event.event_type)
    if kind is None or not kind.has("recipient_is_destination"):
        return frozenset()
    own = event.location.country if event.location is not None else None
    return named_countries | frozenset({own} if own else ())


def placed_feature(place: Place) -> str:
    """The kind of place the linker reads a coded place as. A name no gazetteer holds
    (feature "unknown") is placed at the point of the place the text puts it in; where that is
    a country, with no province ("a rally in Pakistan's Bajur District"), the point is the
    country's centroid, no town's: the place is only the country, and conflicts with no town
    of it (link/places.py place_relation).

    >>> at = Place(text="Bajur District", start=0, end=14, name="Bajur District",
    ...     feature="unknown", country="PAK", lat=30.0, lon=70.0)
    >>> placed_feature(at), placed_feature(at.model_copy(update={"admin1": "Balochistan"}))
    ('country', 'unknown')
    """
    if place.feature == "unknown" and not place.admin1:
        return "country"
    return place.feature


def mention_from_event(
    event: Event,
    article_id: str,
    published: date | None = None,
    vectors=None,
    named_countries: frozenset[str] = frozenset(),
) -> LinkMention:
    """The linker's view of a coded event. ``vectors``: a spaCy ``Vocab`` with word vectors;
    ``named_countries``: the countries of the places its sentences name (the store reads them
    from the article's coded places)."""
    word = _trigger_word(event)
    recipient = linked_recipient(event)
    actors = [a for a in (event.actor, recipient) if a is not None]
    day = event.date if event.date and len(event.date) == 10 else None
    day = day or (published.isoformat() if published else None)
    actor_party, recipient_party = party(event.actor, day), party(recipient, day)
    names = {a.name.lower() for a in actors if a.name}
    place = event.location
    if place is not None and place.name:
        names.add(place.name.lower())
    point = None
    if place is not None and place.lat is not None and place.lon is not None:
        point = (place.lat, place.lon, placed_feature(place), place.country)
    precision = getattr(event, "date_precision", None)
    prior = told_as_prior(event)
    rows = text_rows(vectors, evidence_text(event)) if vectors is not None else None
    return LinkMention(
        key=event.event_id,
        doc=article_id,
        start=event.trigger.start if event.trigger else event.evidence.start,
        end=event.trigger.end if event.trigger else event.evidence.end,
        lemma=stem(word),
        text=(event.trigger.text if event.trigger else word).lower(),
        pos="OTHER",
        event_type=event.event_type,
        mode=event.mode,
        word_vector=word_vector(vectors, word),
        evidence_vector=rows_vector(vectors, rows) if rows is not None else None,
        # an office and its holder ("the Kremlin", the president) are one participant
        arguments=frozenset(_told_name(a, event) for a in actors if a.name)
        | frozenset(p for p in (actor_party, recipient_party) if p),
        stand_ins=frozenset(a.name.lower() for a in actors if a.name and stands_in(a, event)),
        entities=frozenset(names),
        wide_names=frozenset(
            {place.name.lower()} if place and place.name and place.feature in WIDE_FEATURES else ()
        ),
        time=None if prior else _time(event, precision, published),
        context_dated=event.date is not None and event.date_source == "context",
        worded_date=event.date is not None and event.date_source == "text",
        figures=tuple((q.kind, q.value) for q in event.quantities),
        place=point,
        countries=frozenset(
            c for c in (*(a.country for a in actors), place.country if place else None) if c
        ),
        named_countries=sent_to(event, named_countries),
        published=published,
        background=told_in_passing(event),
        compared=told_for_comparison(event)
        or told_as_kind(event)
        or told_as_lasting(event)
        or told_as_feared_other(event),
        prior=prior,
        asserted=event.modality in ("asserted", "negated"),
        hedged=event.modality in HEDGED_MODALITIES,
        extra={
            "actor_country": event.actor.country if event.actor else None,
            "recipient_country": recipient.country if recipient else None,
            "actor_country_told": told_country(event.actor, event),
            "actor_named": named_actor(event),
            "actor_state": names_country(event.actor),
            # someone took part that the report names, not only stand-ins (features.side_event)
            "names_party": not (stands_in(event.actor, event) and stands_in(recipient, event)),
            "recipient_country_told": told_country(recipient, event),
            "actor_name": event.actor.name if event.actor else None,
            "actor_party": actor_party,
            # a target that is only the country it happened in conflicts with none (targets.py)
            "recipient_name": recipient.name if recipient and not country_target(event) else None,
            "purpose": purpose_clause(event),  # an infinitive: another act's purpose
            "sentence_start": event.evidence.start,
            "place_admin1": place.admin1 if place is not None else None,
            # its place's name, no name beyond the place (ground.beyond_place)
            "place_name": place.name.lower() if place is not None and place.name else None,
            # placed by the article (its dateline or focus), not by the event's own sentences
            "place_from_article": place is not None and place.mention == "article",
            "trigger_word": word,  # its word vector's word (link/saved.py looks it up again)
            "evidence_rows": rows,  # the word vectors its sentences' vector averages (the same)
        },
    )
