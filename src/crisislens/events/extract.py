"""Doc -> Events: the order in which the event rules run, per sentence.

1. triggers (events/triggers.py) and reported demands (rules/draft.py) find the words that name
   events; each becomes a draft with its role words and modality (events/roles.py,
   events/modality.py), and the assertion rules (rules/assertion.py) drop the words that name
   no event the text asserts ("called the riot a massacre") or re-mark their modality;
2. folding (rules/draft.py) merges drafts a threat, demand, refusal, promise or order governs
   into the governing one ("vowed to retake the town" is one THREATEN), and what a protest is
   for into the protest ("went on strike to demand higher pay" is one PROTEST);
3. spread verbs (rules/place.py) move an ongoing event to a new place;
4. each remaining draft is built into an event: its participants (rules/participants.py), its
   reading among several (trigger_senses.choose_sense), its place (rules/place.py), ACLED type,
   confidence, figures and date (rules/scoring.py);
5. a stated plan, refusal or demand adds its own event (rules/intent.py).

The rules themselves live in those modules, each a small named function with its own example;
this module only orders them.

>>> [e.event_type for e in extractor.extract(doc, article, places, context)]  # doctest: +SKIP
['MOBILIZE', 'THREATEN']
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc, Span, Token

from crisislens.actors.coder import ActorCoder, ArticleContext
from crisislens.events.acled import AcledMapper
from crisislens.events.lexicon import Lexicon, Sense
from crisislens.events.quantities import quantities_in
from crisislens.events.rules.assertion import judge
from crisislens.events.rules.draft import (
    Draft,
    fold_governed,
    fold_purposes,
    make_draft,
    reported_demands,
    resense,
)
from crisislens.events.rules.home_countries import countries_from_context
from crisislens.events.rules.intent import stated_intents
from crisislens.events.rules.participants import (
    Roles,
    code_roles,
    code_word,
    coded_pair_for_base_layer,
    own_mention,
)
from crisislens.events.rules.place import border_target, event_location, spreads
from crisislens.events.rules.place_roles import place_as_recipient, roles_from_location
from crisislens.events.rules.scoring import (
    confidence,
    event_date,
    event_id,
    evidence,
    own_quantities,
)
from crisislens.events.trigger_senses import choose_sense
from crisislens.events.triggers import find_triggers
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.doc_cache import doc_text, span_ents
from crisislens.schemas import (
    Actor,
    Article,
    Event,
    Modality,
    Place,
    PloverType,
    Quantity,
    TextSpan,
)


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
            for ent in span_ents(sent):  # "he" refers to the last person named
                if ent.label_ == "PERSON":
                    coded = self.actors.code(ent.root, context)
                    if coded is not None:
                        context.last_person = coded
        return events

    def drafts(self, sent: Span) -> dict[int, Draft]:
        """Steps 1 and 2: the sentence's drafts, folded, keyed by trigger word."""
        triggers = find_triggers(sent, self.lexicon)
        triggers += reported_demands(sent, {t.token.i for t in triggers})
        drafts = {t.token.i: make_draft(t, self.lexicon) for t in triggers}
        resense(drafts, self.lexicon)
        judge(drafts)
        fold_governed(drafts, self.lexicon)
        fold_purposes(drafts)
        return drafts

    def _sentence_events(
        self, sent: Span, article: Article, places: list[Place], context: ArticleContext
    ) -> list[Event]:
        previous_event = context.last_event  # what "it" can refer to: an earlier sentence's
        drafts = self.drafts(sent)
        if not drafts:
            return []
        if context.sources is None:
            context.sources = self.actors.sources.spans(doc_text(sent.doc))
        # a dateline's town ("MOSCOW -") says where the report was filed, not where its first
        # sentence's event happened: it is the article's place, never an event's own
        sent_places = [
            p
            for p in places
            if sent.start_char <= p.start < sent.end_char
            and p.mention == "name"
            and not context.in_source(p.start, p.end)
        ]
        spread = spreads(sent, drafts, sent_places, self.lexicon)  # step 3
        build = _Sentence(sent, article, sent_places, quantities_in(sent), context)
        build.triggers = frozenset(drafts)
        events = []
        for draft in drafts.values():
            if draft.absorbed_by is not None:
                continue
            event = self._build(draft, build)
            if not coded_pair_for_base_layer(draft, event.actor, event.recipient):
                continue
            place = spread.pop(draft.trigger.token.i, None)
            if place is not None:
                event = event.model_copy(update={"location": place})
            events.append(event)
            events.extend(stated_intents(draft, event, sent, article.article_id, build.coder(self)))
            anaphoric = event_types()[event.event_type].has("anaphoric_noun")
            if draft.trigger.kind == "noun" and anaphoric:
                context.last_event = event
        pronoun_spread = spread.pop(-1, None)
        if pronoun_spread is not None and isinstance(previous_event, Event):
            events.append(spread_event(previous_event, pronoun_spread, sent, article))
        return events

    def _build(self, draft: Draft, at: _Sentence) -> Event:
        """Step 4: one draft built into an event."""
        roles = code_roles(draft, at.sent, self.lexicon, self.actors, at.context)
        sense = _sense(draft, roles)
        mode = _mode(draft, sense)
        actor, recipient = countries_from_context(
            roles.actor,
            roles.recipient,
            at.sent,
            at.context,
            sense.event_type,
            named_only=draft.trigger.sense.layer == "base",
        )
        location = event_location(draft, at.places, actor, recipient)
        if recipient is None:  # "massed brigades on its frontier with Ruvania"
            target = border_target(draft.trigger.token, at.places, sense.event_type)
            recipient = place_as_recipient(target) if target is not None else None
        if location is not None and location.country:
            actor, recipient = roles_from_location(
                actor, recipient, location, draft, sense.event_type
            )
        context = event_types()[sense.event_type].context(mode)
        acled_type, acled_sub = self.acled.classify(
            sense.event_type,
            mode,
            at.sent.text,
            actor.sector if actor else None,
            recipient.sector if recipient else None,
            draft.modality,
            lemmas=at.lemmas,
            recipient_head=draft.recipient_token.lemma_.lower()
            if draft.recipient_token is not None
            else None,
        )
        trigger, told = _trigger_span(draft, at.article), evidence(at.sent)
        own = own_mention(draft, roles, (trigger, told), self.lexicon, self.actors, at.context)
        return Event(
            event_id=event_id(at.article.article_id, draft.trigger.start, sense.event_type),
            event_type=cast(PloverType, sense.event_type),  # validated by the Event model
            mode=mode,
            context=[context] if context else [],
            acled_event_type=acled_type,
            acled_sub_event_type=acled_sub,
            modality=cast(Modality, draft.modality),
            actor=actor,
            recipient=recipient,
            location=location,
            date=event_date(draft, at.sent, at.article.published),
            quantities=own_quantities(draft, at.quantities, at.triggers),
            evidence=told,
            confidence=confidence(
                draft, self.lexicon, actor is not None, recipient is not None, roles.fallback
            ),
            trigger=trigger,
            mentions=[own],
        )


class _Sentence:
    """What every draft of one sentence is built from."""

    def __init__(
        self,
        sent: Span,
        article: Article,
        places: list[Place],
        quantities: list[tuple[Token, Quantity]],
        context: ArticleContext,
    ) -> None:
        self.sent, self.article, self.places = sent, article, places
        self.quantities, self.context = quantities, context
        self.triggers: frozenset[int] = frozenset()  # every draft's trigger token
        self.lemmas = " ".join(t.lemma_.lower() for t in sent)  # for ACLED's cue words

    def coder(self, extractor: EventExtractor):
        lexicon, actors, context = extractor.lexicon, extractor.actors, self.context
        return lambda token: code_word(token, lexicon, actors, context)


def _sense(draft: Draft, roles: Roles) -> Sense:
    """The trigger's reading, chosen by the roles' sectors, unless a rule already changed it."""
    if draft.sense != draft.trigger.sense:
        return draft.sense
    actor_sector = roles.actor.sector if roles.actor else None
    recipient_sector = roles.recipient.sector if roles.recipient else None
    return choose_sense(draft.trigger, actor_sector, recipient_sector)


def _mode(draft: Draft, sense: Sense) -> str | None:
    """A threat's mode is that of what it threatens ("threatened to close the border")."""
    if event_types()[sense.event_type].has("mode_from_content") and draft.absorbed:
        content = event_types()[draft.absorbed[0].sense.event_type]
        return content.threat_mode or sense.mode
    return sense.mode


def _trigger_span(draft: Draft, article: Article) -> TextSpan:
    words = draft.trigger.words + [d.trigger.token for d in draft.absorbed]
    end = max(t.idx + len(t.text) for t in words)
    start = draft.trigger.start
    return TextSpan(text=article.text[start:end], start=start, end=end)


def spread_event(previous: Event, place: Place, sent: Span, article: Article) -> Event:
    """ "It soon reached the capital": the last event noun reached a new place, as an event
    there (by its unnamed actor where it had no actor)."""
    actor = previous.actor
    unnamed = event_types()[previous.event_type].unnamed_actor
    if actor is None and unnamed is not None and place.country:
        name, sector = unnamed
        actor = Actor(
            text=place.text,
            start=place.start,
            end=place.end,
            sector=sector,
            name=f"{name} ({place.country})",
            country=place.country,
        )
    return previous.model_copy(
        update={
            "actor": actor,
            "event_id": event_id(article.article_id, sent.start_char, previous.event_type),
            "location": place,
            "evidence": evidence(sent),
            "date": article.published,
            "trigger": None,
            "quantities": [],
            "confidence": round(previous.confidence * vocabulary().weights.spread_factor, 3),
        }
    )
