"""Participants: from a draft's role words to coded actors, and the rules that fill a role the
parse left empty (the nearest name, the article's country, the event's place).

>>> roles = code_roles(draft, sent, lex, actors, context)  # doctest: +SKIP
>>> roles.actor.country, roles.recipient.sector  # doctest: +SKIP
('NGA', 'REB')
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from crisislens.actors.coder import ActorCoder, ArticleContext
from crisislens.events.lexicon import Lexicon
from crisislens.events.roles import (
    act_doer,
    answered,
    between_sides,
    holder,
    noun_roles,
    other_side,
)
from crisislens.events.rules.doers import reporting_doer
from crisislens.events.rules.draft import Draft
from crisislens.events.rules.nearest import demanded_freeing, names_where, nearest_named
from crisislens.events.rules.unlikely_parties import people_of_state, unlikely_actor
from crisislens.events.rules.vengeance import avenged
from crisislens.events.types import event_types
from crisislens.events.undergoers import harmed, is_passive
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import (
    child,
    children,
    is_noun,
    lemma,
    pobj,
    same_token,
)
from crisislens.schemas import NON_STATE_CODES, Actor, Mention, Place, TextSpan


@dataclass
class Roles:
    """The coded actor and recipient of a draft, and how much of them came from fallbacks."""

    actor: Actor | None
    recipient: Actor | None
    fallback: float = 0.0


# -- one role word to an actor ----------------------------------------------------------------
def linked_name(token: Token, actors: ActorCoder, context: ArticleContext) -> Actor | None:
    """A role word that names no one may name someone a preposition down: "its frontier with
    Chad" (Chad)."""
    for prep in children(token, "prep"):
        if prep.lower_ in vocabulary().words.linking_preps:
            for obj in children(prep, "pobj"):
                if obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                    return actors.code(obj, context)
    return None


def code_word(
    token: Token | None, lex: Lexicon, actors: ActorCoder, context: ArticleContext
) -> Actor | None:
    """The actor a role word names, by the rules above in order, else the actor dictionary."""
    if token is None:
        return None
    actor = actors.code(token, context)
    if actor is None:
        actor = linked_name(token, actors, context)
    return actor


def joined_country(text: str, start: int, actors: ActorCoder) -> Actor | None:
    """A country named by one part of a hyphenated pair, as an actor (its sector left to the
    event's type)."""
    iso3 = actors.country_word(text)
    if iso3 is None or iso3 in NON_STATE_CODES:
        return None
    country = actors.gazetteer.country_by_name(text) if actors.gazetteer is not None else None
    name = country.name if country is not None else text
    return Actor(text=text, start=start, end=start + len(text), name=name, country=iso3)


def hyphen_sides(token: Token, actors: ActorCoder) -> tuple[Actor, Actor] | None:
    """Two countries joined by a hyphen before an event noun are its two sides, the first
    acting: "the Elbonia-Ruritania border talks" are Elbonia's with Ruritania, also where the
    parse hangs the pair right before the noun on another word ("the EU talks in Lyon follow
    U.S.-Elbonia talks", the pair a "dep" of "follow")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    stray = [before] if before is not None and before.dep_ == "dep" else []
    for modifier in [*token.lefts, *stray]:
        if modifier.dep_ not in ("nummod", "compound", "amod", "nmod", "dep"):
            continue
        pair = token.doc[modifier.left_edge.i : modifier.i + 1]
        first, hyphen, second = pair.text.partition("-")
        if not hyphen or not first or not second or " " in first.strip() + second.strip():
            continue
        actor = joined_country(first.strip(), pair.start_char, actors)
        at = pair.start_char + len(pair.text) - len(second.strip())
        recipient = joined_country(second.strip(), at, actors)
        if actor is not None and recipient is not None and actor.country != recipient.country:
            return actor, recipient
    return None


def background_noun(draft: Draft) -> bool:
    """An event noun under a time or background preposition only dates its clause ("the envoy
    spoke to reporters soon after the attack"), as does one under a noun that sets the clause
    after or against it (``background_nouns``: "the envoy flew home in the wake of the
    attack", "the army shelled the hills in retaliation for the ambush"), said in a phrase of
    its own (``background_noun_preps``; not "fear of the group's response to the raid"): the
    clause's subject did not do it."""
    token, words = draft.trigger.token, vocabulary().words
    head = token.head
    if draft.trigger.kind != "noun" or token.dep_ != "pobj":
        return False
    if head.lower_ in words.time_preps or head.lower_ in words.background_preps:
        return True
    setting = head.head  # "in the wake of the attack": the wake
    if head.dep_ != "prep" or setting.dep_ != "pobj" or setting.head.i == setting.i:
        return False
    phrase = setting.head.lower_ in words.background_noun_preps  # "in the wake of"
    return phrase and lemma(setting) in words.background_nouns


def scene_noun(token: Token, lex: Lexicon) -> Token | None:
    """The event noun a relative clause tells as happening in it, whose doer did what the
    clause tells: in "the rebels claimed the ambush, in which four guards were killed", the
    ambush (the rebels killed the guards)."""
    head = token.head
    if token.dep_ != "relcl" or lemma(head) not in lex.nouns or head.ent_type_:
        return None
    relatives = vocabulary().words.relative_pronouns
    for prep in children(token, "prep"):
        obj = pobj(prep)
        if obj is not None and obj.lower_ in relatives:
            return head
    return None


def event_doer(token: Token | None, lex: Lexicon, actors: ActorCoder | None = None) -> Token | None:
    """An event acted on is aimed at whoever did it, where its own words say who: "police
    banned the union's march" (the union), "the minister rejected the charges by the
    opposition" (the opposition). Only the noun's own modifiers, not the clause around it,
    and not a name that says where it was ("condemned the Sinai attack": ``actors`` given,
    :func:`~crisislens.events.rules.nearest.names_where`)."""
    if token is None or lemma(token) not in lex.nouns or not lex.nouns[lemma(token)]:
        return None
    kind = lex.nouns[lemma(token)][0].event_type
    doer = noun_roles(token, kind, lex.light_verbs)[0]
    if doer is None or doer.i == token.i:
        return None
    if actors is not None and names_where(doer, kind, actors):
        return None
    return doer if token.left_edge.i <= doer.i <= token.right_edge.i else None


def owner(token: Token | None) -> Token | None:
    """A thing acted on that names no party is aimed at its named owner, its possessor:
    "police froze the opposition leader's accounts" (the leader), "the court shut the
    union's offices" (the union). Not a pronoun ("froze its accounts"), which names no one."""
    possessor = child(token, "poss") if token is not None else None
    if possessor is not None and token is not None and possessor.tag_ == "WP$":
        return relative_owner(token)
    if possessor is None and token is not None:
        return operator(token)
    if possessor is None or possessor.pos_ == "PRON" or possessor.ent_type_ in ("DATE", "TIME"):
        return None
    return possessor


def operator(thing: Token) -> Token | None:
    """Whoever a participle's "by" phrase says runs or used a thing acted on: "destroyed a drone
    fired by the rebels" (the rebels), "attacked a camp run by the UN" (the UN)."""
    operating = vocabulary().words.operating_verbs
    for clause in children(thing, "acl"):
        agent = child(clause, "agent") if clause.tag_ == "VBN" else None
        agent = agent if lemma(clause) in operating else None
        doer = pobj(agent) if agent is not None else None
        if doer is not None and doer.pos_ != "PRON":
            return doer
    return None


def relative_owner(token: Token) -> Token | None:
    """The owner "whose" stands for: the noun its relative clause modifies ("farmers whose barns
    were burned by the raiders": the farmers)."""
    clause = token.head
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and clause.dep_ == "relcl":
        return clause.head
    return None


def asked_party(draft: Draft) -> Token | None:
    """Whom a demand is aimed at: its recipient word, but where that is whom it would free,
    who holds them (:func:`roles.holder`): "the union demanded the release of two activists
    detained by police" is aimed at the police, not the activists."""
    freeing = demanded_freeing(draft)
    return draft.recipient_token if freeing is None else holder(freeing)


def code_roles(
    draft: Draft, sent: Span, lex: Lexicon, actors: ActorCoder, context: ArticleContext
) -> Roles:
    """Actor and recipient of a draft: its role words coded; an event noun as subject gives
    its own actor ("drone strikes killed ...": whose strikes); else the nearest names."""
    drop_dateline_roles(draft, context)
    drop_place_doer(draft, actors)
    drop_no_party(draft)
    harming_doer(draft)
    revenge = avenged(draft.trigger.token)  # "vowed revenge against the army": the army
    if revenge is not None:  # "vowed revenge for the killing by Kenyan troops": the troops
        draft.recipient_token = event_doer(revenge, lex) or revenge
    actor = subject_doer(draft, lex, actors, context)
    recipient = code_word(asked_party(draft), lex, actors, context)
    if recipient is None:  # "police banned the union's march": the union
        recipient = code_word(event_doer(draft.recipient_token, lex, actors), lex, actors, context)
    if recipient is None:  # "police froze the opposition leader's accounts": the leader
        recipient = code_word(owner(draft.recipient_token), lex, actors, context)
    if recipient is None:  # "rejected the claims, responding to a report by the monitors"
        recipient = code_word(answered(draft.trigger.token), lex, actors, context)
    if recipient is None:  # "The rebels asked for a truce. The general denied the request"
        acted_on = draft.recipient_token or child(draft.trigger.token, "dobj")
        recipient = earlier_doer(acted_on, sent, lex, actors, context, actor)
    if recipient is None and draft.trigger.token.pos_ == "VERB":  # "A and B signed a pact": B
        partner = other_side(draft.trigger.token, draft.actor_token)
        recipient = code_word(partner, lex, actors, context) if partner is not None else None
    paired = hyphen_sides(draft.trigger.token, actors) if draft.trigger.kind == "noun" else None
    if paired is not None and actor is None and recipient is None:
        actor, recipient = paired
    victims = harmed(draft.trigger.token) if draft.trigger.kind == "verb" else None
    if recipient is None and victims is not None:  # "stormed the compound, killing six guests"
        recipient = actors.code_victims(victims, context)
    # "fighting between rival militias": one phrase is both sides only when "between" says so
    sides = between_sides(draft.trigger.token)
    both = same_token(draft.actor_token, draft.recipient_token) and same_token(*sides)
    if recipient is not None and actor is not None and recipient.start == actor.start and not both:
        recipient = None  # one phrase is not both sides
    second = second_nation(draft.actor_token) if both else None
    if second is not None:  # "talks between Iranian and American negotiators"
        recipient = code_word(second, lex, actors, context) or recipient
    roles, penalty = Roles(actor, recipient), vocabulary().weights.fallback_penalty
    # an event noun that only dates another clause takes no names from that clause
    aside = background_noun(draft)
    if actor is None and draft.actor_token is None:  # "were arrested, police said"
        actor = roles.actor = police_speaker(draft, lex, actors, context)
    if actor is None and draft.actor_token is None and not aside:
        named = nearest_named(sent, draft, actors, context, True, recipient)
        roles.actor = unlikely_actor(named, draft)  # not "officials" who protested
        roles.fallback += penalty if roles.actor is not None else 0.0
    # troops sent somewhere act on the place they go to (see roles_from_location)
    if roles.recipient is None and not event_types()[draft.trigger.sense.event_type].has(
        "recipient_is_destination"
    ):
        roles.recipient = nearest_named(sent, draft, actors, context, False, roles.actor, aside)
        roles.fallback += penalty if roles.recipient is not None else 0.0
    acting_side(roles, draft, sent)  # "police and protesters clashed": the protesters protest
    roles.actor = state_rules(roles, draft, sent, lex, actors, context)
    if roles.actor is not None:  # whom "the request" in a later sentence is aimed at
        context.doers[draft.sense.event_type] = (sent.start_char, roles.actor)
    return roles


def acting_side(roles: Roles, draft: Draft, sent: Span) -> None:
    """Of two coordinated sides, the one of a sector that does acts of the type acts on the
    other, whichever the text names first: "police and protesters clashed" is a protest by
    the protesters against the police (the police are of a sector a protest is unlikely to be
    by, ``unlikely_sectors``; the protesters of a likely one), as is "clashes between police
    and students"."""
    kind = event_types()[draft.sense.event_type]
    actor, recipient = roles.actor, roles.recipient
    if actor is None or recipient is None or actor.sector not in kind.unlikely_sectors:
        return
    if recipient.sector not in kind.likely_sectors or not _conjoined(sent, actor, recipient):
        return
    roles.actor, roles.recipient = recipient, actor


def _conjoined(sent: Span, first: Actor, second: Actor) -> bool:
    """Whether two coded parties' words are conjuncts of each other ("police and students")."""
    doc = sent.doc
    one = doc.char_span(first.start, first.end, alignment_mode="expand")
    two = doc.char_span(second.start, second.end, alignment_mode="expand")
    if one is None or two is None or not len(one) or not len(two):
        return False
    a, b = one.root, two.root
    return (b.dep_ == "conj" and b.head.i == a.i) or (a.dep_ == "conj" and a.head.i == b.i)


def subject_doer(
    draft: Draft, lex: Lexicon, actors: ActorCoder, context: ArticleContext
) -> Actor | None:
    """The actor its role word names; an event noun as the subject ("drone strikes killed
    ...") is whose its own words say, and no one's where they only say where it was ("the
    Kabul airport bombing killed 170": not Kabul's, however the coder reads the phrase;
    nearest.names_where)."""
    actor = code_word(draft.actor_token, lex, actors, context)
    subject = draft.actor_token or scene_noun(draft.trigger.token, lex)
    if subject is None or lemma(subject) not in lex.nouns:
        return actor
    named = any(t.ent_type_ for t in subject.doc[subject.left_edge.i : subject.i])
    if actor is not None and not named:
        return actor  # no name before it that could say where it was
    kind = draft.trigger.sense.event_type
    own = noun_roles(subject, kind, lex.light_verbs)[0]
    if names_where(own, kind, actors) or (own is None and said_where(subject, kind, actors)):
        return None
    return actor if actor is not None else code_word(own, lex, actors, context)


def said_where(noun: Token, kind: str, actors: ActorCoder) -> bool:
    """A name before an event noun with no doer of its own that says where it was, also where
    the parse hangs it as a bare noun modifier that the noun's roles do not read: in "the
    Dorf mosque attack killed nine", the attack is no one's named party (nearest.names_where)."""
    return any(t.ent_type_ and names_where(t, kind, actors) for t in noun.lefts)


def state_rules(
    roles: Roles,
    draft: Draft,
    sent: Span,
    lex: Lexicon,
    actors: ActorCoder,
    context: ArticleContext,
) -> Actor | None:
    """The actor as the rules on states' organs leave it: the article's own state for an
    organ the sentence gave the other side's country (home_organ), bare forces of the last
    state that did the same (forces_told_before), a state acting through its forces
    (state_forces) or its people (people_of_state)."""
    actor = home_organ(roles.actor, roles.recipient, sent, actors, context)
    actor = forces_told_before(actor, sent, draft.sense.event_type, context)
    return people_of_state(state_forces(actor, draft, lex, actors), draft, lex, actors)


def police_speaker(
    draft: Draft, lex: Lexicon, actors: ActorCoder, context: ArticleContext
) -> Actor | None:
    """The police force that says an arrest told with no doer made it (doers.reporting_doer):
    "five suspects were arrested, police said" (the police); not a spokesman ("a police
    spokesman said six were detained": the spokesman arrested no one) nor another force
    ("both forces say arms were seized")."""
    token = draft.trigger.token
    kind = draft.trigger.sense.event_type
    said_by = reporting_doer(token, kind, draft.trigger.kind != "noun" and is_passive(token))
    coder_words = actors.words  # the actor coder's words, not event_rules.yaml's
    if said_by is None or lemma(said_by) not in coder_words.police_words:
        return None
    actor = code_word(said_by, lex, actors, context)
    return actor if actor is not None and actor.sector == "COP" else None


def state_forces(
    actor: Actor | None, draft: Draft, lex: Lexicon, actors: ActorCoder
) -> Actor | None:
    """A state named only by a country's word before an act or a weapon acts through the
    forces its type gives (``state_sector``), as "the Turkish deployment" does: "a U.S. drone
    strike killed two men" and "Elbonian missiles hit the port" are the state's armed forces
    (MIL), not its government; "U.S. sanctions" stay GOV (SANCTION's state sector)."""
    sector = event_types()[draft.sense.event_type].state_sector
    if actor is None or actor.sector != "GOV" or sector == actor.sector:
        return actor
    word = draft.actor_token
    if word is None or draft.trigger.kind == "noun" and word.head.i == draft.trigger.token.i:
        word = draft.trigger.token  # "the U.S. strike": the country modifies the trigger
    elif word.dep_ in ("compound", "amod", "nmod") and is_noun(word.head):
        word = word.head  # "a US drone strike" as the subject: the noun it modifies
    if not _act_or_weapon(word, lex):
        return actor
    countries = [m for m in word.lefts if m.dep_ in ("compound", "amod", "nmod")]
    if not any(_country_modifier(m, actor, actors) for m in countries):
        return actor
    return actor.model_copy(update={"sector": sector})


def _act_or_weapon(word: Token, lex: Lexicon) -> bool:
    """An event noun ("strike", "raid") or a weapon ("missile", "drone")."""
    words = vocabulary().words
    return is_noun(word) and (lemma(word) in lex.nouns or lemma(word) in words.instrument_nouns)


def _country_modifier(modifier: Token, actor: Actor, actors: ActorCoder) -> bool:
    """Whether a modifier is the actor's country's own word ("U.S.", "United States",
    "Elbonian"), with nothing else in it."""
    phrase = modifier.doc[modifier.left_edge.i : modifier.i + 1].text
    return actors.country_word(phrase) == actor.country


def drop_dateline_roles(draft: Draft, context: ArticleContext) -> None:
    """A dateline the parse took as a role word is none: in "LIMA, May 3 -- The minister and
    her Chilean counterpart discussed trade", Lima is where the story was filed."""
    if _in_dateline(draft.actor_token, context):
        draft.actor_token = None
    if _in_dateline(draft.recipient_token, context):
        draft.recipient_token = None


def drop_no_party(draft: Draft) -> None:
    """A role word that says no one took the role names no party: in "no group took
    responsibility for the raid" and "no one was hurt in the blast", neither "group" nor
    "one" is a party of the attack (``no_party_words``, ``no_party_determiners``)."""
    if names_no_one(draft.actor_token):
        draft.actor_token = None
    if names_no_one(draft.recipient_token):
        draft.recipient_token = None


def harming_doer(draft: Draft) -> None:
    """A verb of harm with no doer of its own takes the doer of the act its "in" phrase says its
    victims fell in, also where a headline's bare participle reads as active: in "Two soldiers
    killed in rebel ambush", the rebels (:func:`~crisislens.events.roles.act_doer`)."""
    token = draft.trigger.token
    if draft.actor_token is None and token.pos_ == "VERB":
        draft.actor_token = act_doer(token, draft.sense.event_type)


def names_no_one(token: Token | None) -> bool:
    """ "nobody", "none", or a noun under "no" ("no group", "no one")."""
    words = vocabulary().words
    if token is None:
        return False
    if token.lower_ in words.no_party_words:
        return True
    return any(c.dep_ == "det" and c.lower_ in words.no_party_determiners for c in token.children)


def drop_place_doer(draft: Draft, actors: ActorCoder) -> None:
    """A name the parse took as an attack noun's doer that says where it was is none: in "the
    Kabul airport bombing killed 170", Kabul bombed no one (nearest.names_where)."""
    if names_where(draft.actor_token, draft.sense.event_type, actors):
        draft.actor_token = None


def _in_dateline(token: Token | None, context: ArticleContext) -> bool:
    return token is not None and context.in_source(token.idx, token.idx + len(token.text))


def earlier_doer(
    token: Token | None,
    sent: Span,
    lex: Lexicon,
    actors: ActorCoder,
    context: ArticleContext,
    actor: Actor | None,
) -> Actor | None:
    """A definite event noun acted on whose own words name no doer is the act an earlier
    sentence told, aimed at whoever did it there: after "The rebels asked the army for a
    truce.", "the general denied the request" is aimed at the rebels, and after "Chad called
    for talks.", "Niger backed the call" at Chad. Not the acting side itself."""
    if token is None or lemma(token) not in lex.nouns or event_doer(token, lex) is not None:
        return None
    determiner = child(token, "det")
    if determiner is None or determiner.lower_ not in vocabulary().words.told_before_determiners:
        return None
    for sense in lex.nouns[lemma(token)]:
        told = context.doers.get(sense.event_type)
        if told is None or told[0] >= sent.start_char:
            continue
        doer = told[1]
        if actor is not None and doer.country == actor.country and _same_sector(doer, actor):
            return None  # "Mali asked for help. Mali withdrew the request"
        return doer.model_copy(
            update={"text": token.text, "start": token.idx, "end": token.idx + len(token.text)}
        )
    return None


def forces_told_before(
    actor: Actor | None, sent: Span, kind: str, context: ArticleContext
) -> Actor | None:
    """Armed forces named by a bare word ("the military"), in a sentence that names no
    country, are those of the state that last did an act of the same type in an earlier
    sentence: after "Ruritania is sending 900 more troops to the gulf.", "the military is
    also extending a deployment" is Ruritania's, not the article's dominant country's."""
    if actor is None or actor.country is not None or actor.sector != "MIL":
        return actor
    if context.sentence_countries.get(sent.start_char):
        return actor
    told = context.doers.get(kind)
    if told is None or told[0] >= sent.start_char:
        return actor
    doer = told[1]
    if doer.country is None or doer.country in NON_STATE_CODES:
        return actor
    if doer.sector not in vocabulary().sectors.state:
        return actor
    return actor.model_copy(update={"country": doer.country})


def home_organ(
    actor: Actor | None,
    recipient: Actor | None,
    sent: Span,
    actors: ActorCoder,
    context: ArticleContext,
) -> Actor | None:
    """A state organ whose words name no country ("the Foreign Ministry") took its country
    from its sentence, which names only the state it acts on: it is the article's own state
    instead, where the article is elsewhere. In a report from Warsaw, "the Foreign Ministry
    summoned Ruritania's ambassador" is Poland's ministry, not Ruritania's."""
    state = vocabulary().sectors.state
    if actor is None or recipient is None or actor.country is None:
        return actor
    if actor.country != recipient.country or {actor.sector, recipient.sector} - state:
        return actor
    home = context.focus_country
    if home is None or home == actor.country or home in NON_STATE_CODES:
        return actor
    span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in ("GPE", "NORP") for t in span):
        return actor
    if any(actors.country_word(t.text) for t in span):
        return actor
    if actors.dictionary.named(actor.text, context.day) is not None:
        return actor  # a body the dictionaries place ("the Kremlin")
    return actor.model_copy(update={"country": home})


def own_mention(
    draft: Draft,
    roles: Roles,
    spans: tuple[TextSpan, TextSpan],
    lex: Lexicon,
    actors: ActorCoder,
    context: ArticleContext,
) -> Mention:
    """The role words the actor coder could not code, kept as the mention's own participants
    (uncoded, :meth:`ActorCoder.participant`): in "the gunmen stormed a bakery" the gunmen and
    the bakery. The event's coded roles never take them; the article stage gives them to the
    record's ``mentions`` where the event has no role of its own there. ``spans`` are the
    mention's trigger and evidence."""
    actor = recipient = None
    if same_token(draft.actor_token, draft.recipient_token):
        return Mention(trigger=spans[0], evidence=spans[1])  # one phrase is not both sides
    word, words = draft.actor_token, vocabulary().words
    # an event noun ("the strikes killed"), a weapon ("the device exploded") and a thing ("it
    # exploded") do not act
    if (
        roles.actor is None
        and word is not None
        and lemma(word) not in lex.nouns
        and lemma(word) not in words.instrument_nouns
        and word.lower_ not in words.thing_pronouns
    ):
        actor = actors.participant(word, context)
    # nor is an event a party acted on ("launched an inquiry into the fire")
    whom = draft.recipient_token
    if roles.recipient is None and (whom is None or lemma(whom) not in lex.nouns):
        recipient = actors.participant(whom, context)
    location = noun_place(draft.trigger.token)
    if location is None and whom is not None and lemma(whom) in words.area_nouns:
        # a settled area is where the act was, not a party ("the bombing of the city")
        location = Place(
            text=whom.text,
            start=whom.idx,
            end=whom.idx + len(whom.text),
            name=whom.text,
            mention="noun",
        )
        recipient = None if recipient is not None and recipient.start == whom.idx else recipient
    return Mention(
        trigger=spans[0], evidence=spans[1], actor=actor, recipient=recipient, location=location
    )


def noun_place(token: Token) -> Place | None:
    """A common noun after a preposition of place under the trigger, or one preposition
    further, says where a mention happened when no name does: "a guard was shot at a
    checkpoint", "two men died in hospital", "fighting in the old quarter of the town"; an
    event noun's is also that of the verb it is the subject of ("the shooting broke out in the
    northern districts", "the blast was at a bus station"). A place with no coordinates
    (``mention="noun"``), kept on the mention only."""
    words = vocabulary().words
    stack = [token]
    subject = _collective(token) if is_noun(token) else None
    if subject is not None and _subject_of_verb(subject):
        stack.append(subject.head)
    for _ in range(2):
        found = [
            obj
            for node in stack
            for prep in children(node, "prep")
            if prep.lower_ in words.place_only_preps
            and (obj := child(prep, "pobj")) is not None
            and obj.pos_ == "NOUN"
        ]
        for obj in found:
            if lemma(obj) in words.mention_place_nouns:
                end = obj.idx + len(obj.text)
                return Place(text=obj.text, start=obj.idx, end=end, name=obj.text, mention="noun")
        stack = found
    return None


def _collective(token: Token) -> Token:
    """The noun an event noun is counted by, if any ("a wave of shooting", "a series of
    raids"): the phrase that takes the clause's verb."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and is_noun(token.head.head):
        return token.head.head
    return token


def _subject_of_verb(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX")


def second_nation(phrase_head: Token | None) -> Token | None:
    """The second of two coordinated nationality or country modifiers of one phrase: in
    "talks between Kenyan and Ugandan envoys" the envoys are both sides, Uganda's the other."""
    if phrase_head is None:
        return None
    for modifier in children(phrase_head, "amod", "compound", "nmod"):
        if modifier.ent_type_ in ("NORP", "GPE"):
            partner = child(modifier, "conj")
            if partner is not None and (partner.ent_type_ or partner.is_title):
                return partner  # the tagger may read the second as a body ("Ugandan" ORG)
    return None


def coded_pair_for_base_layer(draft: Draft, actor: Actor | None, recipient: Actor | None) -> bool:
    """A trigger only the base layer (the CAMEO dictionary) knows is an event only between two
    parties the actor coder knows, as PETRARCH codes one only when both source and target are
    in its dictionaries: "Kenya joined Uganda in the talks" is, "he joined the club" is not."""
    if draft.trigger.sense.layer != "base":
        return True
    return all(role is not None and role.country is not None for role in (actor, recipient))


def _same_sector(a: Actor, b: Actor) -> bool:
    """Whether two parties of one country may be one: a sector unknown on either side, or the
    same sector."""
    return None in (a.sector, b.sector) or a.sector == b.sector
