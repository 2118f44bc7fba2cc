"""Verbs the lexicon reads as triggers that name no event where they stand: an adjective ("the
long-threatened invasion"), an aim ("the blast targeted a bakery"), a quote's attribution
("..., agreed the envoy"), an idiom ("it comes as"), a hostile reception, a rescue of captives,
a source's description, a decision, a refusal to comment or casualties moved. The trigger finder
(:mod:`crisislens.events.triggers`) asks :func:`vetoed` only of a verb the lexicon has already
read as a trigger; each check is a named rule with its words in ``data/event_rules.yaml`` or
``data/article.yaml``. The checks on what someone said, asked or heard are in
:mod:`crisislens.events.statement_vetoes`, those on moving and gathering (a return, a march,
a crowd dispersing, shots fired in joy) in :mod:`crisislens.events.movement_vetoes`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from crisislens.data import read_yaml
from crisislens.events.lexicon import Lexicon
from crisislens.events.movement_vetoes import (
    back_from_duty,
    calls_on_someone,
    casualties_moved,
    disperses_itself,
    fired_in_joy,
    forces_march,
    goes_back,
    marches_captives,
    moves_casualties,
    pulls_people_out,
    rises_to_power,
    stationed_there,
    takes_up_residence,
)
from crisislens.events.statement_vetoes import (
    asks_a_question,
    decides_an_act,
    describes_a_source,
    evidence_supports,
    insists_on_a_fact,
    notifies,
    quote_attribution,
    retorts,
    talks_of_a_topic,
    warns_of_a_hardship,
    withholds_comment,
)
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, lemma


@cache
def aim_verbs() -> frozenset[str]:
    """``data/article.yaml`` (aim_verbs): verbs that tell what another event is aimed at."""
    return frozenset(read_yaml("article.yaml")["aim_verbs"])


def aims_an_event(token: Token, lex: Lexicon) -> bool:
    """ "The blast targeted a bakery", "an airstrike targeting the convoy", "an effort aimed at
    smugglers": an aiming verb whose subject or head is an event noun tells where that event was
    aimed; it is no event of its own ("rebels targeted the convoy" is one).

    >>> aims_an_event(nlp("The blast targeted a bakery.")[2], lex)     # doctest: +SKIP
    True
    """
    if lemma(token) not in aim_verbs():
        return False
    return _told_of_an_event(token, lex)


def _told_of_an_event(token: Token, lex: Lexicon) -> bool:
    """Whether the verb's subject, or the noun a participle or relative clause hangs on, is
    an event noun ("the blast targeted ...", "an operation that averted ...")."""
    hosts = children(token, "nsubj")
    if token.dep_ in ("acl", "relcl"):
        hosts.append(token.head)
    return any(lemma(h) in lex.nouns or lemma(h) in lex.generic_heads for h in hosts)


@cache
def averting_verbs() -> frozenset[str]:
    """``data/article.yaml`` (averting_verbs): verbs that tell what was kept from happening."""
    return frozenset(read_yaml("article.yaml")["averting_verbs"])


def averted_by_an_act(token: Token, lex: Lexicon) -> bool:
    """ "The raid prevented a massacre", "the arrests foiled a plot", "an operation that averted
    a disaster": a verb of averting whose subject or head is an event noun tells what that
    event kept from happening; it is no act of its own ("police prevented the march" is one).

    >>> averted_by_an_act(nlp("The raid prevented a massacre.")[2], lex)  # doctest: +SKIP
    True
    """
    if lemma(token) not in averting_verbs():
        return False
    return _told_of_an_event(token, lex) or _an_obstacle(token)


def _an_obstacle(token: Token) -> bool:
    """Whether what averts is a thing that stands in the way, no party: "flooded roads
    prevented voters from reaching the polls", "voters were prevented from voting by long
    queues" (event_rules.yaml: obstacle_things)."""
    things = vocabulary().words.obstacle_things
    doers = [
        *children(token, "nsubj"),
        *(o for by in children(token, "agent") for o in by.children),
    ]
    return any(lemma(d) in things for d in doers)


def dummy_subject_idiom(token: Token) -> bool:
    """A verb whose subject is a bare "it" in an idiom names no act: "when it comes to
    trade" is no visit (event_rules.yaml: dummy_subject_verbs).

    >>> dummy_subject_idiom(nlp("When it comes to aid, we lead.")[2])   # doctest: +SKIP
    True
    """
    if lemma(token) not in vocabulary().words.dummy_subject_verbs:
        return False
    return any(c.lower_ == "it" for c in children(token, "nsubj"))


def hostile_reception(token: Token) -> bool:
    """Met, passive, by armed men or by force is force met, no meeting: "the villagers were met
    by gunmen at the bridge", "the march was greeted by riot police" (event_rules.yaml:
    reception_verbs, hostile_receivers).

    >>> hostile_reception(nlp("They were met by armed men.")[2])      # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.reception_verbs:
        return False
    agents = [o for by in children(token, "agent") for o in children(by, "pobj")]
    agents += [c for a in agents for c in children(a, "conj")]
    hostile = words.hostile_receivers
    return any(
        lemma(w) in hostile or w.lower_ in hostile
        for a in agents
        for w in [a, *(c for c in a.lefts if c.dep_ in ("amod", "compound"))]
    )


def rescues_captives(token: Token) -> bool:
    """Troops or police who free others' captives rescue them: "soldiers freed 20 kidnapped
    passengers", "the hostages were freed in a raid" tell of the security operation, no release
    by the captors (RETREAT), which "the kidnappers freed the hostages" is (event_rules.yaml:
    freeing_verbs, rescuers, others_captives, rescue_settings). The trigger finder codes the
    operation instead (``triggers.rescue_trigger``). Told with the fight ("freed 40 hostages
    and killed 12 kidnappers") it stays as read, a part of that one happening (events/article.py).

    >>> rescues_captives(nlp("Troops freed ten hostages.")[1])        # doctest: +SKIP
    True
    """
    return rescued_captive(token) is not None


def rescued_captive(token: Token) -> Token | None:
    """Who a rescue frees: "hostages" in "troops freed ten hostages" or "police rescued 12
    kidnapped traders" (a verb of rescuing, event_rules.yaml rescuing_verbs, frees the held
    captives of someone else whoever does it: held_captives; "the coast guard rescued 40
    passengers" frees no captive); None where ``token`` tells no rescue (see
    ``rescues_captives``)."""
    words = vocabulary().words
    rescuing = lemma(token) in words.rescuing_verbs
    if not rescuing and lemma(token) not in words.freeing_verbs:
        return None
    if token.dep_ == "conj" or children(token, "conj"):
        return None
    captive = words.held_captives if rescuing else words.others_captives
    freed = children(token, "dobj", "nsubjpass")
    held = [f for f in freed if lemma(f) in captive or any(lemma(m) in captive for m in f.lefts)]
    if not held:
        return None
    if rescuing:
        return held[0]
    freers = [
        *children(token, "nsubj"),
        *(o for by in children(token, "agent") for o in by.children),
    ]
    if any(lemma(f) in words.rescuers for f in freers):
        return held[0]
    preps = children(token, "prep")
    settings = [o for p in preps if p.lower_ in words.rescue_preps for o in p.children]
    return held[0] if any(lemma(o) in words.rescue_settings for o in settings) else None


def idiom_particle(token: Token) -> bool:
    """A verb with a particle or preposition of an idiom names no event: "the suspect swore at
    the officer" threatens no one, "the new cabinet was sworn in" vows nothing, "the marchers
    pressed on" asks no one, "the president held on to power" holds no talks
    (event_rules.yaml: idiom_particles; particle_idioms, a particle only; going_on_particles,
    with no object).

    >>> idiom_particle(nlp("The driver swore at the police.")[2])      # doctest: +SKIP
    True
    """
    words = vocabulary().words
    said = {f"{lemma(token)} {c.lower_}" for c in children(token, "prt", "prep", "advmod", "oprd")}
    if said & words.idiom_particles:
        return True
    if {f"{lemma(token)} {c.lower_}" for c in children(token, "prt")} & words.particle_idioms:
        return True
    return bool(said & words.going_on_particles) and child(token, "dobj") is None


def helped_by_a_thing(token: Token, lex: Lexicon) -> bool:
    """A law, a deal or an event that helps someone do something eases it; no party gives
    aid: "the new port law will help Kestland tighten its grip on the straits", "the truce
    helped ease tensions" (event_rules.yaml: helping_verbs, helping_things; an event noun as
    the subject counts as a thing). "Kestland will help Norland rebuild its ports" stays aid.

    >>> helped_by_a_thing(nlp("The law will help them act.")[3], lex)   # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.helping_verbs or not children(token, "xcomp", "ccomp"):
        return False
    return any(
        lemma(s) in words.helping_things or lemma(s) in lex.nouns for s in children(token, "nsubj")
    )


def blames_a_thing(token: Token, lex: Lexicon) -> bool:
    """Blaming a thing or an event for a harm tells its cause; it accuses no party: "the
    grid operator blamed the strike for power cuts in Velm", "officials blamed the fire on a
    faulty cable" (event_rules.yaml: blaming_verbs, blamed_things, or an event noun). "The
    minister blamed the rebels for the blast" and "blamed the attacks on militants" stay.

    >>> blames_a_thing(nlp("They blamed the fire on a faulty cable.")[1], lex)  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.blaming_verbs:
        return False
    objects = children(token, "dobj", "nsubjpass")
    # the parse may hang "on" on the object: "blamed [the attacks on militants]"
    preps = [p for h in [token, *objects] for p in children(h, "prep") if p.lower_ == "on"]
    blamed = [o for p in preps for o in children(p, "pobj")] or objects
    return bool(blamed) and all(
        lemma(b) in words.blamed_things or lemma(b) in lex.nouns for b in blamed
    )


def means_failed(token: Token, lex: Lexicon) -> bool:
    """A means of force or control that fails did not work; only a party can refuse: "rubber
    bullets and batons failed to stop the marchers", "volleys of tear gas failed to scatter
    the crowd" (event_rules.yaml: failing_verbs; the subject, or what its "of" counts, a noun
    of event_lexicon.yaml's failing_means classes). "The governor failed to meet their
    demands" stays a rejection, and "talks failed" is left as the rules read it.

    >>> means_failed(nlp("Rubber bullets failed to stop them.")[2], lex)  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.failing_verbs:
        return False
    subjects = children(token, "nsubj") or _hung_on_a_preposition(token)
    subjects += [o for s in subjects for p in children(s, "prep") for o in children(p, "pobj")]
    means = {n for c in words.failing_means for n in lex.argument_classes[c].nouns}
    return any(lemma(s) in means for s in subjects)


def _hung_on_a_preposition(token: Token) -> list[Token]:
    """A clause's subject the parse hung on the preposition before it: in "police fired after
    tear gas and water cannon failed to disperse them", "gas" is the object of "after" and
    "failed" has no subject; the nouns just before the verb (and what they join) stand in."""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is None or before.pos_ != "NOUN" or before.dep_ not in ("pobj", "conj"):
        return []
    first = before.head if before.dep_ == "conj" else before
    return [first, *first.conjuncts]


def deal_struck(token: Token) -> bool:
    """ "The deal struck in March lets Kestland ...", "under a deal struck last year": a
    participle the parse reads as a tensed verb with the deal as its subject, or hangs the
    deal's preposition on; it strikes no blow and holds no strike (event_rules.yaml:
    struck_deal_verbs, with their no_event_objects). The noun "deal" tells the agreement.

    >>> deal_struck(nlp("The deal struck in March holds.")[2])         # doctest: +SKIP
    True
    """
    if lemma(token) not in vocabulary().words.struck_deal_verbs:
        return False
    deals = vocabulary().no_event_objects.get(lemma(token), frozenset())
    said = children(token, "nsubj") + [
        o for p in children(token, "prep") for o in children(p, "pobj") if p.i < token.i
    ]
    return any(lemma(w) in deals for w in said)


def describes_those(token: Token) -> bool:
    """A participle after "those" or "anyone" says who they are; it tells no act of its own:
    "a crackdown on those protesting against the junta", "the assets of those supporting
    the revolt", and a past participle after "anyone" says whom a claim covers: "damages for
    anyone wrongly deported" (event_rules.yaml: describing_heads, anyone_heads). "Police
    detained people protesting outside the court" keeps its protest, "those arrested on
    Monday" its arrests.

    >>> describes_those(nlp("They jailed those protesting.")[3])        # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if token.tag_ == "VBN":  # "anyone wrongly deported"
        if token.dep_ == "acl":
            return token.head.lower_ in words.anyone_heads
        # the parse may read "anyone deported" as a subject and its verb
        if children(token, "aux", "auxpass"):
            return False
        return any(s.lower_ in words.anyone_heads for s in children(token, "nsubj"))
    return (
        token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lower_ in words.describing_heads
    )


def says_whose_side(token: Token) -> bool:
    """A present participle of fighting or backing hung on a noun says which side a party is
    on; it tells no act of its own: "an airstrike by the coalition battling the rebels hit a
    bus", "regional troops backing the army have retaken the town" (event_rules.yaml:
    siding_participles). A participle on what a verb acts on or shows stays as read: "video
    showed men fighting in the street".

    >>> says_whose_side(nlp("Troops backing the army took the town.")[1])  # doctest: +SKIP
    True
    """
    if token.dep_ != "acl" or token.tag_ != "VBG":
        return False
    if lemma(token) not in vocabulary().words.siding_participles:
        return False
    return token.head.dep_ not in ("dobj", "attr", "oprd")


def granted_in_passing(token: Token) -> bool:
    """A gerund after "despite" grants an act as background to its clause: "despite being
    ousted from the capital, the militia still strikes there", "the two states cooperate
    despite backing rival sides" (event_rules.yaml: concession_preps). "Despite the curfew,
    crowds marched" keeps its march.

    >>> granted_in_passing(nlp("Despite being ousted, they fight on.")[2])  # doctest: +SKIP
    True
    """
    if token.dep_ != "pcomp" or token.tag_ not in ("VBG", "VBN"):
        return False
    return token.head.lower_ in vocabulary().words.concession_preps


def _adjective(token: Token, lex: Lexicon) -> bool:
    """A verb form used as an adjective names no event ("the long-threatened invasion"), nor
    one used as a noun for people ("thinking of these injured", "the wounded"), except a
    gerund before a generic head, which names what the head's event is ("a looting spree",
    "a killing spree"), and a participle after "those" told with its result ("among those
    shot dead were two nurses")."""
    if token.tag_ == "VBN" and any(c.dep_ == "det" for c in token.children):
        return True
    demonstrative = token.head.tag_ == "DT" and token.head.i == token.i - 1
    if token.tag_ == "VBN" and token.dep_ == "acl" and demonstrative:
        return not _told_as_an_act(token)
    if token.dep_ != "amod":
        return False
    return not (token.tag_ == "VBG" and lemma(token.head) in lex.generic_heads)


def _told_as_an_act(participle: Token) -> bool:
    """Whether a participle after "those" tells the act itself, with how it ended: "among
    those shot dead in Aro on Sunday were two teachers" (a result such as "dead"); "these
    injured" and "solidarity with those killed last year" only name people."""
    return bool(children(participle, "oprd"))


def ways_discussed(token: Token) -> bool:
    """An act in a "to" clause on a noun of means that people discuss or explore is what they
    talk about; no one has done it: "the ministers discussed ways to strengthen ties", "the
    envoys explored options to end the siege" (event_rules.yaml: topic_talk_verbs,
    means_nouns). The talk itself stays a meeting, and "took steps to seal the border" is left
    as the rules read it.

    >>> ways_discussed(nlp("They discussed ways to strengthen ties.")[4])  # doctest: +SKIP
    True
    """
    if token.dep_ not in ("relcl", "acl"):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        return False
    words = vocabulary().words
    means = token.head
    if lemma(means) not in words.means_nouns or means.dep_ not in ("dobj", "nsubjpass"):
        return False
    return lemma(means.head) in words.topic_talk_verbs


def hazard_did_it(token: Token) -> bool:
    """What an earthquake, a storm or a flood does is no one's act, told in a relative clause
    on the hazard ("the earthquake that struck Dorn on Monday", "the quake that killed 75
    people") or as harm told in the passive with no doer, that a hazard's clause of time or
    its "in" or "during" places ("more than 400 people were killed after a typhoon hit the
    coast", "six people were killed in the earthquake"; event_rules.yaml natural_hazards,
    other_event_marks, hazard_preps). A hazard as the subject or the passive agent is
    rules/assertion.done_by_a_hazard's; "the rebels who attacked the town", "were killed by
    gunmen during the storm" and "killed in the crisis" stay.

    >>> hazard_did_it(nlp("The quake that struck Dorn killed six.")[3])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if token.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in children(token, "nsubj")):
        doers = [token.head] if children(token, "nsubj") else []
    elif token.tag_ == "VBN" and not children(token, "agent", "dobj"):
        doers, settings = _hazard_settings(token)
        # a place the hazard only names is no hazard: "killed in the quake zone" stays
        if any(lemma(s) in words.natural_hazards for s in settings):
            return True
    else:
        return False
    return any(
        lemma(w) in words.natural_hazards for d in doers for w in (d, *children(d, "compound"))
    )


def _hazard_settings(token: Token) -> tuple[list[Token], list[Token]]:
    """What a harm told with no doer is set by: the subjects of its clauses of time, and the
    objects of its "in" or "during", on the verb or on the verb it is joined to ("were
    killed and hundreds were missing after ...")."""
    words = vocabulary().words
    joined = [token, *children(token, "conj")]
    if token.dep_ in ("conj", "ccomp"):
        joined.append(token.head)  # "400 killed, many missing in typhoon"
    marked = [
        c
        for v in joined
        for c in children(v, "advcl")
        if any(m.lower_ in words.other_event_marks for m in children(c, "mark"))
    ]
    settings = [
        o
        for v in joined
        for p in children(v, "prep")
        if p.lower_ in words.hazard_preps
        for o in children(p, "pobj")
    ]
    return [s for c in marked for s in children(c, "nsubj")], settings


def part_of_a_name(token: Token) -> bool:
    """A capitalised verb after a lower-case word or a quote mark inside a name is a word of it,
    no act: "the Committee to Protect Journalists" protects no one, nor do "the Campaign to Stop
    Landmines" or an order titled "Blocking Property of ..." (event_rules.yaml:
    name_entity_labels). A headline's capitals ("Rebels Seize Port") follow no such word."""
    if token.ent_type_ not in vocabulary().words.name_entity_labels or not token.is_title:
        return False
    return token.i > token.sent.start and (token.nbor(-1).is_lower or token.nbor(-1).is_quote)


def vetoed(verb: Token, lex: Lexicon) -> bool:
    """A verb the lexicon reads as a trigger that names no event here: an adjective ("the
    long-threatened invasion"), an aim ("vowed to attack"), a quote's attribution, an idiom
    ("it took place"), a hostile reception, a source's description, what an act averted ("the
    raid prevented a massacre"), a view insisted on ("insisted the vote was fair"), people
    pulled out of a wreck or back from a patrol. A rescue of captives is coded as the security operation
    (``triggers.rescue_trigger``)."""
    return (
        _adjective(verb, lex)
        or aims_an_event(verb, lex)
        or averted_by_an_act(verb, lex)
        or quote_attribution(verb)
        or insists_on_a_fact(verb)
        or pulls_people_out(verb)
        or takes_up_residence(verb)
        or withholds_comment(verb)
        or decides_an_act(verb)
        or helped_by_a_thing(verb, lex)
        or describes_those(verb)
        or says_whose_side(verb)
        or granted_in_passing(verb)
        or talks_of_a_topic(verb)
        or blames_a_thing(verb, lex)
        or means_failed(verb, lex)
        or deal_struck(verb)
        or asks_a_question(verb)
        or dummy_subject_idiom(verb)
        or hostile_reception(verb)
        or describes_a_source(verb)
        or moves_casualties(verb)
        or casualties_moved(verb)
        or back_from_duty(verb)
        or notifies(verb)
        or warns_of_a_hardship(verb)
        or idiom_particle(verb)
        or retorts(verb)
        or part_of_a_name(verb)
        or fired_in_joy(verb, lex)
        or forces_march(verb)
        or marches_captives(verb, lex)
        or calls_on_someone(verb)
        or disperses_itself(verb)
        or stationed_there(verb)
        or evidence_supports(verb)
        or goes_back(verb)
        or rises_to_power(verb)
        or ways_discussed(verb)
        or hazard_did_it(verb)
    )
