"""Verbs of moving and gathering that the lexicon reads as triggers but that name no event
where they stand: people pulled out of a wreck, settling, the wounded moved, a return from
duty or to one's home, shots fired in joy, police marching, captives marched off, a courtesy
call, a crowd that disperses, forces stationed somewhere, a rise to power. Each check is a
named rule with its words in ``data/event_rules.yaml``;
:func:`crisislens.events.verb_vetoes.vetoed` runs them with the other vetoes."""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.events.lexicon import Lexicon
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, lemma


def pulls_people_out(token: Token) -> bool:
    """People or bodies pulled out of a wreck, the water or the rubble are rescued or
    recovered; no one withdraws: "soldiers pulled two women out of the burning bus",
    "rescuers pulled three bodies from the rubble" (event_rules.yaml pulling_verbs, and their
    objects in no_event_objects, read here as well because the trigger "pull out" is a verb
    with its particle, which the object table does not check). "Kestland pulled its troops
    out" stays a withdrawal.

    >>> pulls_people_out(nlp("Medics pulled two men out of the car.")[1])  # doctest: +SKIP
    True
    """
    if lemma(token) not in vocabulary().words.pulling_verbs:
        return False
    people = vocabulary().no_event_objects.get(lemma(token), frozenset())
    return any(lemma(o) in people for o in children(token, "dobj", "nsubjpass"))


def takes_up_residence(token: Token) -> bool:
    """People who settle somewhere come to live there; they settle no dispute: "many
    refugees settled in the border towns" (event_rules.yaml: residence_verbs)."""
    words = vocabulary().words
    if lemma(token) not in words.residence_verbs or child(token, "dobj") is not None:
        return False
    return any(p.dep_ == "prep" and p.lower_ in words.residence_preps for p in token.children)


def moves_casualties(token: Token) -> bool:
    """Medics or a ward that move or take in the wounded tell an attack's toll, no aid and no
    withdrawal of their own: "medics evacuated nine wounded soldiers", "the injured were
    airlifted to the capital" (event_rules.yaml: casualty_moving_verbs, casualty_words).

    >>> moves_casualties(nlp("Medics evacuated nine wounded soldiers.")[1])   # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.casualty_moving_verbs:
        return False
    hurt = words.casualty_words
    for moved in children(token, "dobj", "nsubjpass"):
        said = [moved, *(c for c in moved.children if c.dep_ in ("amod", "compound"))]
        if any(lemma(w) in hurt or w.lower_ in hurt for w in said):
            return True
    return False


def casualties_moved(token: Token) -> bool:
    """A bare "wounded" or "injured" after a verb that moves or tends casualties names the
    people moved, no wounding of its own: "volunteers helped ferry wounded to the clinic",
    "medics treated injured at the scene", "trucks carried dead and wounded away" (the parse
    reads the participle as a clause of the verb; event_rules.yaml: casualty_moving_verbs,
    casualty_care_verbs, casualty_words).

    >>> casualties_moved(nlp("Medics treated wounded at the scene.")[2])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if token.tag_ != "VBN" or token.lower_ not in words.casualty_words:
        return False
    if children(token, "nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj"):
        return False  # "the blast wounded ten", "ten were wounded": a wounding
    if token.dep_ not in ("advcl", "xcomp", "conj", "dobj", "ccomp"):
        return False
    movers = words.casualty_moving_verbs | words.casualty_care_verbs
    return lemma(token.head) in movers


def back_from_duty(token: Token) -> bool:
    """People coming back from a patrol, an operation or a trip end a task of their own; they
    hand nothing back and withdraw from no one: "the guards were returning from a patrol when
    they were ambushed", "the premier returned to the capital after a state visit"
    (event_rules.yaml: homecoming_verbs, homecoming_preps, duty_nouns). "The militia returned
    the seized trucks" keeps its object and stays a return.

    >>> back_from_duty(nlp("The guards were returning from a patrol.")[3])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.homecoming_verbs or child(token, "dobj") is not None:
        return False
    preps = children(token, "prep")
    # the parser may hang "after" on the time before it ("returned on Sunday evening after a
    # state visit")
    preps += [p for prep in preps for o in children(prep, "pobj") for p in children(o, "prep")]
    return any(
        lemma(place) in words.duty_nouns
        for prep in preps
        if prep.lower_ in words.homecoming_preps
        for place in children(prep, "pobj")
    )


def fired_in_joy(token: Token, lex: Lexicon) -> bool:
    """Shots fired into the air at a celebration are joy, no warning and no attack: "fighters
    drove through the streets firing into the sky" after "celebratory gunfire rang out", "guests
    shot in the air at the wedding" (event_rules.yaml: joy_fire_verbs, celebration_marks, in the
    sentence or the one before it; the air is event_lexicon.yaml's open_sky). "Police fired into
    the air to scatter the crowd" stays a warning, and shots fired at anyone stay an attack.

    >>> fired_in_joy(nlp("At the wedding they fired into the air.")[5], lex)  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.joy_fire_verbs or children(token, "dobj"):
        return False
    sky = lex.argument_classes["open_sky"].nouns
    aims = [(p, o) for p in children(token, "prep") for o in children(p, "pobj")]
    if not any(lemma(o) in sky for _, o in aims):
        return False
    if any(
        p.lower_ in words.shot_at_preps
        and lemma(o) not in sky
        and o.ent_type_ not in ("DATE", "TIME")
        for p, o in aims
    ):
        return False  # "fired in the air and at the car"
    sentence = token.sent
    span = token.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    around = list(span) + list(sentence) if span.start != sentence.start else list(sentence)
    return any(lemma(t) in words.celebration_marks for t in around)


def forces_march(token: Token) -> bool:
    """Police or troops who march move in formation; they stage no protest: "riot police
    marched toward the protesters", "the soldiers marched into the square" (event_rules.yaml:
    marching_verbs, marching_forces). What they do on arriving (tear gas fired, arrests) is
    coded from its own words. "Nurses marched to the ministry" stays a protest.

    >>> forces_march(nlp("Riot police marched toward the crowd.")[2])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.marching_verbs:
        return False
    marchers = children(token, "nsubj")
    if not marchers and token.dep_ == "conj":
        marchers = children(token.head, "nsubj")  # "officers lined up and marched on them"
    forces = words.marching_forces
    counted = [o for m in marchers for p in children(m, "prep") for o in children(p, "pobj")]
    return bool(marchers) and all(
        lemma(m) in forces or any(lemma(o) in forces for o in counted) for m in marchers
    )  # "dozens of police officers marched on the crowd"


def marches_captives(token: Token, lex: Lexicon) -> bool:
    """Marching people somewhere drives captives along; the captors protest nothing: "the
    gunmen gathered the villagers and marched them into the bush" (event_rules.yaml:
    marching_verbs; an object that is no place of event_lexicon.yaml's gathering_places).
    "Thousands marched the streets of Velm" stays a protest.

    >>> marches_captives(nlp("They marched the hostages into the forest.")[1], lex)  # doctest: +SKIP
    True
    """
    if lemma(token) not in vocabulary().words.marching_verbs:
        return False
    places = lex.argument_classes["gathering_places"]
    led = children(token, "dobj")
    return bool(led) and not any(
        o.ent_type_ in places.entities or lemma(o) in places.nouns for o in led
    )


def calls_on_someone(token: Token) -> bool:
    """Calling on someone with nothing asked of them visits that person: "the foreign minister
    called on his counterpart in Velm", the headline "Ministry calls on British ambassador"
    (event_rules.yaml: visiting_particles). "Called on Norland to release the prisoners", with
    its "to" clause, or "called on them for restraint" stays a request.

    >>> calls_on_someone(nlp("The minister called on his counterpart.")[2])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.visiting_calls:
        return False
    on = [p for p in children(token, "prep", "prt") if p.lower_ in words.visiting_particles]
    # whom one calls on, not when ("called the king on Friday" is still a call)
    hosts = [o for p in on for o in children(p, "pobj") if o.ent_type_ not in ("DATE", "TIME")]
    if not hosts:
        return False
    asked = [c for c in token.children if c.dep_ in ("advcl", "xcomp", "ccomp")]
    asked += [c for h in hosts for c in h.subtree if c.tag_ == "TO"]
    asked += [p for h in [token, *hosts] for p in h.subtree if p.lower_ == "for"]
    return not asked


def disperses_itself(token: Token) -> bool:
    """A crowd that disperses leaves; it breaks up no one: "protesters dispersed peacefully
    after the rally", the headline "Protesters disperse, only to gather again"
    (event_rules.yaml: scattering_verbs). "Police dispersed the crowd", "the crowd was
    dispersed" and "ordered them to disperse" stay a dispersal.

    >>> disperses_itself(nlp("The protesters dispersed after the rally.")[2])  # doctest: +SKIP
    True
    """
    if lemma(token) not in vocabulary().words.scattering_verbs:
        return False
    if children(token, "dobj", "nsubjpass", "auxpass") or token.dep_ in ("xcomp", "acl"):
        return False
    return bool(children(token, "nsubj"))


def stationed_there(token: Token) -> bool:
    """Forces described as stationed or based somewhere are where they are; no one moves them:
    "police stationed nearby made no attempt to stop them", "troops based in the north"
    (event_rules.yaml: posting_verbs). A participle on a noun with no date and no "by" tells
    a state; "Kestland stationed 2,000 troops on the border on Monday" stays a deployment.

    >>> stationed_there(nlp("Police stationed nearby did nothing.")[1])  # doctest: +SKIP
    True
    """
    if lemma(token) not in vocabulary().words.posting_verbs:
        return False
    if token.dep_ != "acl" or token.tag_ != "VBN" or children(token, "agent"):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def goes_back(token: Token) -> bool:
    """One person who returns somewhere goes back there; no one withdraws or hands anything
    back: "the party leader, who returned to the country after years in exile, ...", "the
    gunman returned to his car" (event_rules.yaml: homecoming_verbs). Only a single person
    counts (a name, a singular personal pronoun, or one person's noun): crowds, protesters or
    civilians who return may be protesting again or asked back, and forces (mustered_forces)
    pull back. A return with an object or in the passive stays a return, as does one asked
    for (an xcomp) and one still to come ("will return").

    >>> goes_back(nlp("The leader returned to the country.")[2])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.homecoming_verbs or token.dep_ == "xcomp":
        return False
    if children(token, "dobj", "nsubjpass", "auxpass") or token.tag_ == "VB":
        return False  # "she will return to host the show": a return to come, read as such
    movers = children(token, "nsubj")
    if token.dep_ in ("relcl", "acl") and all(m.tag_ in ("WP", "WDT") for m in movers):
        movers = [token.head]  # "the leader, who returned ..."
    elif not movers and token.dep_ in ("advcl", "conj"):
        movers = children(token.head, "nsubj")  # "he served ..., returning to the city"
    return len(movers) == 1 and _one_person(movers[0], words.mustered_forces)


def _one_person(word: Token, forces: frozenset[str]) -> bool:
    """A single person: a name, a singular pronoun that is no "it" ("he", "she"), or a singular
    common noun that is no force and has no conjunct ("the leader", not "the leader and his
    aides")."""
    if children(word, "conj"):
        return False
    if word.tag_ == "PRP":
        number, gender = word.morph.get("Number", []), word.morph.get("Gender", [])
        return number == ["Sing"] and "Neut" not in gender
    if word.ent_type_ == "PERSON":
        return True
    return word.tag_ == "NN" and not word.ent_type_ and lemma(word) not in forces


def rises_to_power(token: Token) -> bool:
    """Coming, rising or sweeping "to power" takes office; no one visits, meets or withdraws:
    "when the general came to power", "the party swept to power in a landslide"
    (event_rules.yaml: accession_objects). "The envoy came to the capital for talks" stays a
    visit.

    >>> rises_to_power(nlp("When the general came to power, ...")[3])  # doctest: +SKIP
    True
    """
    gained = vocabulary().words.accession_objects
    return any(
        lemma(o) in gained
        for p in children(token, "prep")
        if p.lower_ == "to"
        for o in children(p, "pobj")
    )
