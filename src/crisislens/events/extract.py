"""Doc -> Events: triggers, roles, modality, date, quantities and location, per sentence.

>>> # doctest: +SKIP
>>> extractor.extract(doc, article, places, context)[0].event_type
'MOBILIZE'

Events that another trigger governs are folded into it: "threatening a full-scale invasion" is one
asserted THREATEN event (mode violence), not a possible invasion; "refused to deploy" is REJECT.
Stated intent and demands become events of their own: "X will withdraw its troops unless..." is a
THREATEN by X (and a planned RETREAT); "Russia said Sudan must return the helicopter" is a REQUEST.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import cast

from spacy.tokens import Doc, Span, Token

from crisislens.actors.coder import ActorCoder, ArticleContext
from crisislens.data import word_set
from crisislens.events.acled import AcledMapper
from crisislens.events.dates import resolve_date_text
from crisislens.events.lexicon import MODE_CONTEXT, Lexicon, Sense
from crisislens.events.modality import modality_of
from crisislens.events.quantities import quantities_in
from crisislens.events.roles import (
    PLACE_ONLY_PREPS,
    locative_objects,
    noun_roles,
    verb_roles,
)
from crisislens.events.triggers import VERB_WEIGHT, Trigger, choose_sense, find_triggers
from crisislens.geo.resolver import KIND_NOUNS
from crisislens.schemas import (
    NON_STATE_CODES,
    Actor,
    Article,
    Event,
    Modality,
    Place,
    PloverType,
    Quantity,
)
from crisislens.schemas import Span as TextSpan

GOVERNOR_UP_DEPS = {
    "xcomp",
    "ccomp",
    "dobj",
    "pobj",
    "prep",
    "pcomp",
    "acl",
    "advcl",
    "relcl",
    "attr",
}
DIRECTIVES = {"order", "command", "instruct", "authorize", "authorise", "decree", "direct"}
SPEECH = word_set("reporting_verbs.yaml", "reporting_verbs") | {"plan", "intend", "decide"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
UNNAMED_ACTORS = {"ASSAULT": ("Unidentified armed group", "UAF"), "PROTEST": ("Protesters", "PRO")}
REPRESS = {
    "put",
    "crush",
    "quell",
    "suppress",
    "repress",
    "disperse",
    "break",
    "end",
    "stop",
    "attack",
    "storm",
    "ban",
    "prevent",
    "block",
    "fire",
}
# clauses so introduced tell another event ("as Turkish forces pressed on"); "unless", "if",
# "that" and "whether" clauses belong to this one
OTHER_EVENT_MARKS = {
    "as",
    "while",
    "whilst",
    "when",
    "because",
    "since",
    "after",
    "before",
    "although",
    "though",
    "whereas",
    "once",
}
TIME_PREPS = {"after", "before", "following", "during", "since", "until", "amid", "ahead"}
PLACE_KIND_WORDS = KIND_NOUNS | {"area", "border", "capital", "territory"}
INTERNATIONAL = {"IGO", "NGO"}  # bodies that belong to no one country
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT", "PROTEST", "ACCUSE"}
INTENT_MODE = {
    "ASSAULT": "violence",
    "MOBILIZE": "violence",
    "COERCE": "restrict",
    "SANCTION": "restrict",
    "PROTEST": "relations",
    "REJECT": "relations",
    "RETREAT": "relations",
    "ACCUSE": "relations",
}


@dataclass
class Draft:
    """An event being assembled, before it becomes an :class:`Event`."""

    trigger: Trigger
    sense: Sense
    actor_token: Token | None
    recipient_token: Token | None
    modality: str
    absorbed: list[Draft] = field(default_factory=list)
    absorbed_by: Draft | None = None
    weight_bonus: float = 0.0


class EventExtractor:
    """Turn one parsed article into events. Holds the lexicon and coders; build it once."""

    def __init__(self, lexicon: Lexicon, actors: ActorCoder, acled: AcledMapper) -> None:
        self.lexicon = lexicon
        self.actors = actors
        self.acled = acled

    def extract(
        self, doc: Doc, article: Article, places: list[Place], context: ArticleContext
    ) -> list[Event]:
        events: list[Event] = []
        for sent in doc.sents:
            events.extend(self._sentence_events(sent, article, places, context))
            for ent in sent.ents:  # "he" refers to the last person named
                if ent.label_ == "PERSON":
                    coded = self.actors.code(ent.root, context)
                    if coded is not None:
                        context.last_person = coded
        return events

    # -- one sentence -------------------------------------------------------------------
    def _sentence_events(
        self, sent: Span, article: Article, places: list[Place], context: ArticleContext
    ) -> list[Event]:
        previous_event = context.last_event  # what "it" can refer to: an earlier sentence's
        triggers = find_triggers(sent, self.lexicon)
        triggers += _reported_demands(sent, {t.token.i for t in triggers})
        if not triggers:
            return []
        drafts = {t.token.i: self._draft(t) for t in triggers}
        self._fold_governed(drafts, sent)
        quantities = quantities_in(sent)
        sent_places = [
            p for p in places if sent.start_char <= p.start < sent.end_char and p.mention == "name"
        ]
        spreads = self._spreads(sent, drafts, sent_places)
        lemmas = " ".join(t.lemma_.lower() for t in sent)  # for ACLED's cue words
        events = []
        for draft in drafts.values():
            if draft.absorbed_by is not None:
                continue
            event = self._build(draft, sent, article, sent_places, quantities, context, lemmas)
            if event is None:
                continue
            place = spreads.pop(draft.trigger.token.i, None)
            if place is not None:
                event = event.model_copy(update={"location": place})
            events.append(event)
            events.extend(self._stated_intent(draft, event, sent, article, context))
            if draft.trigger.kind == "noun" and event.event_type in ("PROTEST", "ASSAULT"):
                context.last_event = event
        pronoun_spread = spreads.pop(-1, None)
        if pronoun_spread is not None and isinstance(previous_event, Event):
            # "It soon enveloped Almaty": the last event noun reached a new place
            previous = previous_event
            actor = previous.actor
            if actor is None and previous.event_type in UNNAMED_ACTORS and pronoun_spread.country:
                name, sector = UNNAMED_ACTORS[previous.event_type]
                actor = Actor(
                    text=pronoun_spread.text,
                    start=pronoun_spread.start,
                    end=pronoun_spread.end,
                    sector=sector,
                    name=f"{name} ({pronoun_spread.country})",
                    country=pronoun_spread.country,
                )
            events.append(
                previous.model_copy(
                    update={
                        "actor": actor,
                        "event_id": _event_id(
                            article.article_id, sent.start_char, previous.event_type
                        ),
                        "location": pronoun_spread,
                        "evidence": _evidence(sent),
                        "date": article.published,
                        "trigger": None,
                        "quantities": [],
                        "confidence": round(previous.confidence * 0.9, 3),
                    }
                )
            )
        return events

    def _spreads(
        self, sent: Span, drafts: dict[int, Draft], places: list[Place]
    ) -> dict[int, Place]:
        """Places that an event noun (or "it") spread to, keyed by the noun (-1 for "it")."""
        found: dict[int, Place] = {}
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() not in self.lexicon.spread_verbs:
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            targets = [c for c in token.children if c.dep_ == "dobj"] + [
                g
                for c in token.children
                if c.dep_ == "prep"
                and c.lower_ in ("to", "across", "into", "through", "throughout", "over")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            place = next(
                (
                    p
                    for t in targets
                    for p in places
                    if t.left_edge.idx <= p.start
                    and p.end <= t.right_edge.idx + len(t.right_edge.text)
                    and p.lat is not None
                ),
                None,
            )
            if place is None:
                continue
            subject_draft = drafts.get(subject.i)
            if subject_draft is not None and subject_draft.trigger.kind == "noun":
                found[subject.i] = place
                drafts.pop(token.i, None)  # "protests hit Almaty" is no assault
            elif subject.lower_ in ("it", "they") and subject.pos_ == "PRON":
                found[-1] = place
                drafts.pop(token.i, None)
        return found

    def _draft(self, trigger: Trigger) -> Draft:
        light = self.lexicon.light_verbs
        if trigger.token.pos_ == "VERB":
            actor, recipient = verb_roles(trigger.token, trigger.sense.event_type)
            if (
                actor is not None
                and actor.lower_ in ("it", "they", "we")
                and trigger.token.dep_ == "ccomp"
                and trigger.token.head.lemma_ in SPEECH
            ):
                # "the union announced that it has called off the strike": it is the union
                actor = next((c for c in trigger.token.head.children if c.dep_ == "nsubj"), actor)
            if recipient is not None and (
                recipient.i in {t.i for t in trigger.words}
                or trigger.sense.event_type == "MOBILIZE"
            ):
                recipient = None  # "sent troops": the troops are what is sent, not the recipient
                for prep in trigger.token.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "into", "against", "toward"):
                        recipient = next((c for c in prep.children if c.dep_ == "pobj"), None)
        else:
            actor, recipient = noun_roles(trigger.token, trigger.sense.event_type, light)
        modality = modality_of(trigger.token, self.lexicon.governors, light)
        return Draft(trigger, trigger.sense, actor, recipient, modality)

    def _fold_governed(self, drafts: dict[int, Draft], sent: Span) -> None:
        """Fold complements into the triggers that govern them; turn orders into events."""
        absorb = self.lexicon.governors.get("absorb", frozenset())
        for draft in list(drafts.values()):
            node = draft.trigger.token
            head = drafts.get(node.head.i)
            if (
                node.dep_ == "conj"
                and head is not None
                and head is not draft
                and head.sense.event_type == draft.sense.event_type
            ):
                # "killed and wounded": one event, with the roles of the first verb
                draft.absorbed_by = head.absorbed_by or head
                draft.absorbed_by.absorbed.append(draft)
                continue
            for _ in range(4):
                if node.dep_ not in GOVERNOR_UP_DEPS or node.head is node:
                    break
                node = node.head
                governor = drafts.get(node.i)
                lemma = node.lemma_.lower()
                if governor is not None and governor is not draft:
                    # "condemned the air strike": the strike happened; only a threat, demand,
                    # refusal or promise swallows an event noun ("threatening an invasion")
                    noun_kept = draft.trigger.kind == "noun" and governor.sense.event_type not in (
                        "THREATEN",
                        "REQUEST",
                        "REJECT",
                        "AGREE",
                    )
                    if lemma in absorb and governor.absorbed_by is None and not noun_kept:
                        draft.absorbed_by = governor
                        governor.absorbed.append(draft)
                        governor.weight_bonus = 0.05
                        own_subject = draft.actor_token is not None and (
                            governor.actor_token is None
                            or draft.actor_token.i != governor.actor_token.i
                        )
                        if own_subject and draft.trigger.token.pos_ == "VERB":
                            # "demanded that the US cancel": the US is asked
                            governor.recipient_token = draft.actor_token
                        elif (
                            governor.recipient_token is None
                            or governor.recipient_token.i == draft.trigger.token.i
                        ):
                            # "rejected an Australian ultimatum", "agreed to US mediation": the
                            # one whose ultimatum or mediation it is; "threatened an invasion
                            # of Ukraine": whom the invasion is aimed at
                            issuer = (
                                draft.actor_token
                                if draft.trigger.kind == "noun"
                                and governor.sense.event_type in ("REJECT", "AGREE")
                                else None
                            )
                            governor.recipient_token = (
                                issuer
                                or draft.recipient_token
                                or _first_named(draft.trigger.token)
                                or draft.actor_token
                            )
                    break
                if lemma in DIRECTIVES:
                    # "an order by Mr Tokayev to shoot rioters": the order is the event
                    actor = (
                        verb_roles(node, "COERCE")[0]
                        if node.pos_ == "VERB"
                        else noun_roles(node, "COERCE")[0]
                    )
                    # ordering violence is a threat of it; ordering arrests is coercion itself;
                    # anything else ordered is planned ("ordered troops to rescue the victims")
                    if draft.sense.event_type == "ASSAULT":
                        draft.sense = Sense("THREATEN", "violence")
                        draft.modality = modality_of(node, self.lexicon.governors)
                    elif draft.sense.event_type == "COERCE":
                        draft.modality = modality_of(node, self.lexicon.governors)
                    else:
                        draft.modality = "planned"
                    draft.actor_token = actor or draft.actor_token
                    draft.weight_bonus = 0.05
                    break

    # -- building records ---------------------------------------------------------------
    def _build(
        self,
        draft: Draft,
        sent: Span,
        article: Article,
        places: list[Place],
        quantities: list[tuple[Token, Quantity]],
        context: ArticleContext,
        lemmas: str,
    ) -> Event | None:
        actor = self._code(draft.actor_token, context)
        subject = draft.actor_token
        if actor is None and subject is not None and subject.lemma_.lower() in self.lexicon.nouns:
            # "US drone attacks have killed ...": the attacks' own actor
            actor = self._code(noun_roles(subject, draft.trigger.sense.event_type)[0], context)
        recipient = self._code(draft.recipient_token, context)
        if recipient is not None and actor is not None and recipient.start == actor.start:
            recipient = None  # one phrase is not both sides
        fallback = 0.0
        if actor is None and draft.actor_token is None:
            actor = self._nearest_named(sent, draft, context, before=True, avoid=recipient)
            fallback += 0.05 if actor is not None else 0.0
        if recipient is None and draft.trigger.sense.event_type != "MOBILIZE":
            # no role from the parse, or one that names no actor ("blocked roads to press their
            # demands on the government"); troops sent somewhere act on the place they go to
            # (see _roles_from_location)
            recipient = self._nearest_named(sent, draft, context, before=False, avoid=actor)
            fallback += 0.05 if recipient is not None else 0.0
        sense = (
            choose_sense(
                draft.trigger,
                actor.sector if actor else None,
                recipient.sector if recipient else None,
            )
            if draft.sense == draft.trigger.sense
            else draft.sense
        )
        mode = sense.mode
        if sense.event_type == "THREATEN" and draft.absorbed:
            mode = INTENT_MODE.get(draft.absorbed[0].sense.event_type, mode)
        actor, recipient = _countries_from_context(
            actor, recipient, sent, context, sense.event_type
        )
        location = _location(draft, places, actor, recipient)
        if location is not None and location.country:
            actor, recipient = _roles_from_location(
                actor, recipient, location, draft, sense.event_type
            )
        context_tags = [MODE_CONTEXT[mode]] if mode in MODE_CONTEXT else []
        evidence = _evidence(sent)
        acled_type, acled_sub = self.acled.classify(
            sense.event_type,
            mode,
            sent.text,
            actor.sector if actor else None,
            recipient.sector if recipient else None,
            draft.modality,
            lemmas=lemmas,
            recipient_head=draft.recipient_token.lemma_.lower()
            if draft.recipient_token is not None
            else None,
        )
        confidence = self._weight(draft) + draft.weight_bonus - fallback + _salience(draft)
        confidence += 0.1 if actor is not None else 0.0
        confidence += 0.05 if recipient is not None else 0.0
        if draft.modality != "asserted":
            confidence *= 0.8
        trigger_words = draft.trigger.words + [d.trigger.token for d in draft.absorbed]
        own_quantities = _assign_quantities(draft, quantities)
        return Event(
            event_id=_event_id(article.article_id, draft.trigger.start, sense.event_type),
            event_type=cast(PloverType, sense.event_type),  # validated by the Event model
            mode=mode,
            context=context_tags,
            acled_event_type=acled_type,
            acled_sub_event_type=acled_sub,
            modality=cast(Modality, draft.modality),
            actor=actor,
            recipient=recipient,
            location=location,
            date=_event_date(draft, sent, article.published),
            quantities=own_quantities,
            evidence=evidence,
            confidence=round(min(confidence, 0.99), 3),
            trigger=TextSpan(
                text=article.text[
                    draft.trigger.start : max(t.idx + len(t.text) for t in trigger_words)
                ],
                start=draft.trigger.start,
                end=max(t.idx + len(t.text) for t in trigger_words),
            ),
        )

    def _stated_intent(
        self, draft: Draft, event: Event, sent: Span, article: Article, context: ArticleContext
    ) -> list[Event]:
        """A stated plan or demand is itself an event: THREATEN/AGREE for intent, REQUEST for
        a demand, when someone states it (not for purpose clauses or the writer's opinion)."""
        if event.modality not in ("planned", "demanded", "negated"):
            return []
        token = draft.trigger.token
        head = token.head
        speaker_token = None
        if head is not token and head.lemma_.lower() in SPEECH and token.dep_ in ("ccomp", "xcomp"):
            speaker_token = next((c for c in head.children if c.dep_ == "nsubj"), None)
        has_will = any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo")
            for c in token.children
        )
        speaker = self._code(speaker_token, context) if speaker_token is not None else None
        if event.actor is None and speaker is None:
            return []
        conditional = any(t.lower_ in ("if", "unless") for t in sent)
        if (
            event.modality == "negated"
            and (has_will or speaker_token is not None)
            and event.event_type in COOPERATIVE
        ):
            # "Syria says it will not accept more refugees": a refusal
            actor = event.actor or speaker
            event_type, recipient = "REJECT", event.recipient
        elif event.modality == "planned" and (has_will or speaker_token is not None):
            actor = event.actor if speaker is None or token.dep_ == "xcomp" else speaker
            if event.actor is not None and speaker is not None and token.dep_ == "ccomp":
                actor = event.actor  # "Iraq said it would allow": it is Iraq
            hostile = event.event_type in HOSTILE or conditional
            event_type = "THREATEN" if hostile else "AGREE"
            recipient = event.recipient
        elif event.modality == "demanded" and speaker is not None:
            actor, recipient, event_type = speaker, event.actor, "REQUEST"
        else:
            return []
        return [
            event.model_copy(
                update={
                    "event_id": _event_id(article.article_id, draft.trigger.start, event_type),
                    "event_type": event_type,
                    "mode": INTENT_MODE.get(event.event_type, "relations")
                    if event_type == "THREATEN"
                    else None,
                    "modality": "asserted",
                    "actor": actor,
                    "recipient": recipient,
                    "acled_event_type": None,
                    "acled_sub_event_type": None,
                    "quantities": [],
                    "confidence": round(min(event.confidence + 0.1, 0.99), 3),
                }
            )
        ]

    def _weight(self, draft: Draft) -> float:
        """An event noun that a light verb carries counts as much as a verb ("announced a
        suspension of air links" is as much an event as "suspended air links")."""
        token = draft.trigger.token
        if (
            draft.trigger.kind == "noun"
            and token.dep_ in ("dobj", "attr")
            and token.head.lemma_.lower() in self.lexicon.light_verbs
        ):
            return max(draft.trigger.weight, VERB_WEIGHT)
        return draft.trigger.weight

    def _nearest_named(
        self, sent: Span, draft: Draft, context: ArticleContext, before: bool, avoid: Actor | None
    ) -> Actor | None:
        """When the parse gives no role, the nearest named actor on that side of the trigger
        (the subject side before it, the object side after it), as dictionary coders do."""
        start, end = draft.trigger.start, draft.trigger.end
        clause = _clause_head(draft.trigger.token)
        # after the trigger, also its own dependents ("to press demands on X", "unless X ...")
        # but not a time ("following the deaths of two Israelis")
        below = set() if before else _dependents(draft.trigger.token)
        ents = [
            e
            for e in sent.ents
            if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
            and (e.end_char <= start if before else e.start_char >= end)
            and (_same_token(_clause_head(e.root), clause) or e.root.i in below)
        ]
        noun = draft.trigger.token.pos_ in ("NOUN", "PROPN")
        for ent in reversed(ents) if before else ents:
            head = ent.root
            if not before and head.dep_ == "pobj" and head.head.lower_ in PLACE_ONLY_PREPS:
                continue  # "in Lebanon", "through Dhaka" is where, not whom
            if (
                before
                and noun
                and head.dep_ == "poss"
                and not _same_token(head.head, draft.trigger.token)
            ):
                continue  # "Putin's response to the violence": the response's, not the violence's
            if avoid is not None and avoid.start <= ent.start_char < avoid.end:
                continue
            actor = self.actors.code(head, context)
            if actor is not None and actor.country is not None:
                return actor
        return None

    def _code(self, token: Token | None, context: ArticleContext) -> Actor | None:
        if token is None:
            return None
        if (
            token.head.lemma_.lower() in REPRESS
            and token.lemma_.lower() in self.lexicon.nouns
            and any(s.event_type == "PROTEST" for s in self.lexicon.nouns[token.lemma_.lower()])
        ):
            # "put down the uprising": those who rose up
            return Actor(
                text=token.text,
                start=token.idx,
                end=token.idx + len(token.text),
                name="protesters",
                country=None,
                sector="PRO",
            )
        actor = self.actors.code(token, context)
        if actor is not None:
            return actor
        # "his border with Ukraine": look one preposition down
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "of"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                        return self.actors.code(obj, context)
        return None


def _dependents(token: Token) -> set[int]:
    """Indices of a token's subtree, less what hangs under a time preposition and less clauses
    of other events ("as Turkish forces pressed on"); a condition ("unless Israel withdraws")
    and a purpose ("to press demands on X") stay."""
    out: set[int] = set()
    stack = [token]
    while stack:
        node = stack.pop()
        out.add(node.i)
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in TIME_PREPS:
                continue
            if child.dep_ in ("advcl", "relcl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ in OTHER_EVENT_MARKS for m in child.children
            ):
                continue
            stack.append(child)
    return out


def _countries_from_context(
    actor: Actor | None,
    recipient: Actor | None,
    sent: Span,
    context: ArticleContext,
    event_type: str,
) -> tuple[Actor | None, Actor | None]:
    """Countries for roles the text leaves unattributed: "police" in an article about one
    country; "the government" in a sentence that names one country; a nationality acting
    through its forces ("the Russian deployment" is RUS MIL)."""
    if actor is not None and actor.country is None and actor.sector not in INTERNATIONAL:
        default = context.default_country(sent)
        # (a state does not act on itself; its people do: "workers struck over a bill signed
        # by the Serbian minister")
        if default is not None and (
            recipient is None
            or recipient.country != default
            or actor.sector not in STATE_SECTORS | {None}
        ):
            actor = actor.model_copy(update={"country": default})
    if recipient is not None and recipient.country is None and recipient.sector in STATE_SECTORS:
        default = context.sentence_country(sent)
        if default is not None and (actor is None or actor.country != default):
            recipient = recipient.model_copy(update={"country": default})
    if actor is not None and actor.sector is None and actor.country not in NON_STATE_CODES | {None}:
        sector = "MIL" if event_type in ("MOBILIZE", "ASSAULT") else "GOV"
        actor = actor.model_copy(update={"sector": sector})
    return actor, recipient


def _roles_from_location(
    actor: Actor | None, recipient: Actor | None, location: Place, draft: Draft, event_type: str
) -> tuple[Actor | None, Actor | None]:
    """What the place of an event says of its roles. ACLED's convention: an attack with no
    named attacker is by an "Unidentified armed group (IRQ)". PLOVER's: with no other target,
    the place acted on is the target ("sent troops to Kazakhstan"), and an agent with no
    nationality of its own takes the country where the event happens."""
    country = location.country
    if actor is None and event_type in UNNAMED_ACTORS:
        name, sector = UNNAMED_ACTORS[event_type]
        token = draft.trigger.token
        actor = Actor(
            text=token.text,
            start=token.idx,
            end=token.idx + len(token.text),
            name=f"{name} ({country})",
            country=country,
            sector=sector,
        )
    in_recipient = recipient is not None and recipient.start <= location.start < recipient.end
    if (
        actor is not None
        and actor.country is None
        and actor.sector not in INTERNATIONAL
        and not in_recipient
    ):
        actor = actor.model_copy(update={"country": country})
    if (
        recipient is not None
        and recipient.country is None
        and recipient.sector not in INTERNATIONAL
    ):
        recipient = recipient.model_copy(update={"country": country})
    if recipient is None and (
        location.feature != "country"
        or actor is None
        or country != actor.country
        or actor.sector not in STATE_SECTORS
    ):
        # (a country's own people acting in it act on its state: "Algerians protested in
        # Algeria"; its state acting at home has no target there)
        recipient = Actor(
            text=location.text,
            start=location.start,
            end=location.end,
            name=location.name if location.feature == "country" else (country or location.name),
            country=country,
            sector="GOV",
        )
    return actor, recipient


def _reported_demands(sent: Span, trigger_ids: set[int]) -> list[Trigger]:
    """'The Red Cross said US forces must ensure security': a REQUEST by the speaker, whatever
    the demanded act (when that act is itself an event, its own REQUEST comes from it)."""
    found = []
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH:
            continue
        if token.i in trigger_ids:
            continue
        for clause in token.children:
            if clause.dep_ != "ccomp" or clause.i in trigger_ids:
                continue  # a demanded event makes its own REQUEST (_stated_intent)
            if any(
                c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in clause.children
            ):
                found.append(
                    Trigger(
                        token,
                        [token],
                        Sense("REQUEST"),
                        "verb",
                        VERB_WEIGHT - 0.1,
                        (Sense("REQUEST"),),
                    )
                )
                break
    return found


def _salience(draft: Draft) -> float:
    """The main clause's event is the sentence's event; one in a relative or adverbial clause,
    or under a preposition, is background ("a helicopter that was captured last week")."""
    token = draft.trigger.token
    node, hops = token, 0
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "attr"):
        node = token.head  # an event noun takes its verb's place in the sentence
    while node.dep_ == "conj" and node.head is not node and hops < 3:
        node, hops = node.head, hops + 1
    if node.dep_ == "ROOT":
        return 0.05
    if node.dep_ in ("relcl", "acl", "advcl", "pcomp", "npadvmod") or (
        token.pos_ == "NOUN"
        and node.dep_ == "pobj"
        and node.head.lower_
        in ("after", "following", "before", "despite", "amid", "since", "during")
    ):
        return -0.1
    return 0.0


def _first_named(token: Token) -> Token | None:
    """The first named actor in the object positions under ``token``: "an invasion to challenge
    the government in Kiev" -> government."""
    for node in token.subtree:
        if (
            node.i != token.i
            and node.dep_ in ("dobj", "pobj")
            and (
                node.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                or node.lemma_ in ("government", "regime", "army", "military", "force")
            )
        ):
            return node
    return None


def _evidence(sent: Span) -> TextSpan:
    text = sent.text
    stripped = text.rstrip()
    lead = len(stripped) - len(stripped.lstrip())
    return TextSpan(
        text=stripped.lstrip(), start=sent.start_char + lead, end=sent.start_char + len(stripped)
    )


def _event_id(article_id: str, start: int, event_type: str) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{event_type}".encode()).hexdigest()[:16]


def _assign_quantities(draft: Draft, quantities: list[tuple[Token, Quantity]]) -> list[Quantity]:
    own = []
    trigger_ids = {draft.trigger.token.i} | {d.trigger.token.i for d in draft.absorbed}
    for anchor, quantity in quantities:
        node, hops = anchor, 0
        while node.i not in trigger_ids and node.head is not node and hops < 4:
            node, hops = node.head, hops + 1
        if node.i in trigger_ids:
            own.append(quantity)
    return own


def _location(
    draft: Draft, places: list[Place], actor: Actor | None, recipient: Actor | None
) -> Place | None:
    """Where the event happened: a place under a locative preposition of the trigger, else a
    place the event acts on ("invaded Ukraine"), else a place of the sentence that is no role."""
    if not places:
        return None

    def place_at(token: Token) -> Place | None:
        lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
        inside = [p for p in places if lo <= p.start and p.end <= hi and p.lat is not None]
        # the most specific place inside: a city before its country
        order = {
            "city": 0,
            "admin2": 1,
            "admin1": 2,
            "country": 3,
            "region": 4,
            "sea": 4,
            "continent": 5,
        }
        return min(inside, key=lambda p: (order.get(p.feature, 6), p.start), default=None)

    tokens = [draft.trigger.token] + [d.trigger.token for d in draft.absorbed]
    # purpose clauses carry the destination: "sent troops to put down the uprising in Kazakhstan",
    # "an invasion to challenge the government in Kiev"
    for _ in range(2):
        tokens += [
            c
            for t in list(tokens)
            for c in t.children
            if (
                c.dep_ in ("advcl", "xcomp")
                or c.dep_ in ("relcl", "acl")
                and any(a.lower_ == "to" for a in c.children)
            )
            and c not in tokens
        ]
    for token in tokens:
        for obj in locative_objects(token):
            found = place_at(obj)
            if found is not None:
                return found
    if recipient is not None:
        for place in places:
            # the place is what is acted on ("invaded Ukraine", "shelled the Kharkiv region"),
            # not a nationality of the people acted on ("killed one U.S. soldier")
            tail = recipient.text[place.end - recipient.start :].split()
            if (
                recipient.start <= place.start
                and place.end <= recipient.end
                and place.feature in ("country", "city", "admin1")
                and (
                    all(w.lower() in PLACE_KIND_WORDS for w in tail)
                    or tail[0][:2] in ("'s", "\u2019s")
                    or recipient.sector == "GOV"
                )
            ):
                # (and a government is at home: "overthrew Ukraine's government")
                return place
    role_spans = [(r.start, r.end) for r in (actor, recipient) if r is not None]
    # a place that is the subject of a verb speaks or acts ("the United States said"): metonymy
    role_spans += [
        (t.left_edge.idx, t.idx + len(t.text))
        for t in draft.trigger.token.sent
        if t.dep_ in ("nsubj", "nsubjpass", "poss") and t.ent_type_ in ("GPE", "ORG")
    ]
    clause = _clause_head(draft.trigger.token)
    doc = draft.trigger.token.doc
    free = [
        p
        for p in places
        if p.lat is not None
        and p.feature in ("city", "admin1", "admin2", "country")
        and not any(s <= p.start and p.end <= e for s, e in role_spans)
        and _same_token(_clause_head(_token_at(doc, p.start)), clause)
    ]
    if len({p.country for p in free}) != 1:
        return None  # the sentence does not settle it
    anchor = draft.trigger.start
    return min(free, key=lambda p: abs(p.start - anchor))


def _clause_head(token: Token | None) -> Token | None:
    """The verb whose clause holds ``token`` (the token itself when it is a verb)."""
    node = token
    for _ in range(12):
        if node is None or node.pos_ in ("VERB", "AUX") or node.head is node:
            return node
        node = node.head
    return node


def _same_token(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _event_date(draft: Draft, sent: Span, published: str | None) -> str | None:
    trigger = draft.trigger.token
    dates = [e for e in sent.ents if e.label_ == "DATE"]
    attached = []
    for ent in dates:
        node, hops = ent.root, 0
        while node.i != trigger.i and node.head is not node and hops < 3:
            node, hops = node.head, hops + 1
        if node.i == trigger.i:
            attached.append(ent)
    for ent in attached + (dates if len(dates) == 1 else []):
        resolved = resolve_date_text(ent.text, published)
        if resolved:
            return resolved
    if draft.modality in ("asserted", "negated"):
        return published
    return None
