"""Reading a trigger by its arguments: a word with several readings is told apart by what it
takes. "Evacuated the villagers" is AID, "evacuated its embassy staff" a RETREAT; "rallied
behind the president" is SUPPORT, "rallied against the decree" a PROTEST; "struck the convoy"
is an ASSAULT, whoever struck it.

The cues, per trigger word, and the classes of nouns they test are data
(``data/event_lexicon.yaml``: ``argument_senses``, ``argument_classes``); each cue below is one
named test, and a word's cues are tried in the order written: the first that holds gives the
reading. The reading then goes before the ones the actor's sector suggests
(``trigger_senses.choose_sense``): what a verb takes says more of its sense than who does it.

>>> argument_sense(nlp("Troops evacuated the villagers.")[1], lex)  # doctest: +SKIP
Sense(event_type='AID', mode=None)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from crisislens.events.lexicon import ArgumentClass, Lexicon, Sense
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import children, clause_head, has_child_word, lemma, pobj, subject

# where a verb's object sits: its direct object, or the subject of its passive
# ("the villagers were evacuated"); an event noun's object is the noun after "of"
VERB_OBJECT_DEPS = ("dobj", "nsubjpass")


def of_objects(token: Token) -> list[Token]:
    """The nouns after "of" under ``token``: "the residents" in "hundreds of the residents"."""
    return [o for p in children(token, "prep") if p.lower_ == "of" for o in [pobj(p)] if o]


def objects_of(token: Token) -> Iterator[Token]:
    """What ``token`` acts on: "the villagers" in "evacuated the villagers", "were evacuated",
    "evacuated hundreds of villagers" or "the evacuation of the villagers"; each conjunct object
    too ("the staff and their families", "Aro, Bele and Kuta villages"); for a participle
    after a noun, that noun ("the water cannon fired by the police"), and for a participle
    with a "by" phrase, its subject ("canisters fired by the police", which the parse may
    read as an active subject)."""
    if token.pos_ in ("NOUN", "PROPN"):
        heads = of_objects(token)
    else:
        heads = children(token, *VERB_OBJECT_DEPS)
        if not heads and token.dep_ == "acl" and token.tag_ == "VBN":
            heads = [token.head]  # a reduced relative: "water cannon fired by the police"
        if not heads and token.tag_ == "VBN" and children(token, "agent"):
            heads = children(token, "nsubj")  # a passive the parse reads as active
        heads += [o for head in heads for o in of_objects(head)]
    for head in heads:
        yield head
        yield from head.conjuncts


def in_class(noun: Token, kind: ArgumentClass) -> bool:
    """Whether ``noun`` is of the class: by its named-entity label, or by its lemma or form
    (of the head noun: "embassy staff" is staff)."""
    return noun.ent_type_ in kind.entities or lemma(noun) in kind.nouns or noun.lower_ in kind.nouns


def object_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """The trigger acts on a noun of class ``value``: "evacuated the villagers" (endangered)."""
    kind = lex.argument_classes[value]
    return any(in_class(obj, kind) for obj in objects_of(token))


def with_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """The trigger is done with a noun of class ``value``, one joined to it or an adjective
    on either: "police met the crowd with batons", "with live rounds" (lethal_force); a
    passive's "by" names it too ("the march was met by gunfire")."""
    kind = lex.argument_classes[value]
    preps = [p for p in token.children if p.lower_ == "with" and p.dep_ == "prep"]
    preps += children(token, "agent")
    used = [o for p in preps for o in [pobj(p)] if o]
    nouns = [n for o in used for n in (o, *o.conjuncts)]
    nouns += [m for n in nouns for m in children(n, "amod")]  # not "met with gun makers"
    return any(in_class(n, kind) for n in nouns)


def prep_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """The trigger governs the preposition ``value``: "rallied behind the president"; for an
    event noun, so may the verb that carries it ("held drills with the Japanese navy")."""
    carriers = {token, _carrier(token)}
    return any(p.lower_ == value for t in carriers for p in children(t, "prep"))


def _carrier(token: Token) -> Token:
    """The verb that carries an event noun as its object ("held" for "held drills"), else the
    trigger itself."""
    return token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" else token


def subject_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """The act is done by ``value`` ("several": two or more parties together, the subject of
    its clause a list): "Russia and China held naval drills", "Russian and Chinese warships
    began five days of war games"."""
    verb = clause_head(token)  # "began" in "began five days of war games"
    doer = subject(verb) if verb is not None else None
    if doer is None or value != "several":
        return False
    return bool(children(doer, "conj")) or any(
        children(m, "conj") for m in children(doer, "amod", "compound")
    )


def modifier_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """An event noun is qualified by a noun or adjective of class ``value``: "terror strikes",
    "deadly strikes", "missile strikes" (attack_marks) are attacks, whoever the workers near
    them are."""
    kind = lex.argument_classes[value]
    return token.pos_ == "NOUN" and any(
        in_class(m, kind) for m in children(token, "amod", "compound")
    )


def does_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """An event noun is the subject of a verb of class ``value``, or what its subject counts:
    "strikes killed three men", "a series of strikes wounded a guard" (harm_verbs): a walkout
    harms no one by itself."""
    kind = lex.argument_classes[value]
    if token.pos_ != "NOUN":
        return False
    counted = token.dep_ == "pobj" and token.head.lower_ == "of"
    doer = token.head.head if counted else token  # "a series of strikes"
    return doer.dep_ == "nsubj" and in_class(doer.head, kind)


def aimed_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """An event noun is aimed at a noun of class ``value``: "the strike on the fuel depot",
    "strikes against rebel positions" (target) are attacks; a walkout is "at" a plant or
    "over" pay, and "a strike on Monday" aims at no target.

    >>> aimed_cue(nlp("the strike on the depot")[1], "target", lex)  # doctest: +SKIP
    True
    """
    kind = lex.argument_classes[value]
    if token.pos_ != "NOUN":
        return False
    preps = [p for p in children(token, "prep") if p.lower_ in vocabulary().words.aiming_preps]
    aimed = [o for p in preps for o in [pobj(p)] if o]
    return any(in_class(o, kind) for o in aimed)


def harmed_in_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """An event noun is what people were harmed in, by a word of class ``value``: "three
    people died in the strike", "two guards were killed in Monday's strike", "the deaths in
    the strike" (harm_outcomes): people are killed in an attack, not in a walkout.

    >>> harmed_in_cue(nlp("Two men died in the strike.")[5], "harm_outcomes", lex)  # doctest: +SKIP
    True
    """
    head = _governor(token, "in")
    return token.pos_ == "NOUN" and head is not None and in_class(head, lex.argument_classes[value])


def over_cause_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """The trigger is over or for a noun of class ``value``: "dockers will strike over pay",
    "teachers struck for higher salaries", "a strike over job cuts" (grievances) are walkouts,
    whoever the strikers are; jets strike "over the city", not over pay. The parser may take
    "over" for a particle and the grievance for the object ("to strike over job cuts").

    >>> over_cause_cue(nlp("Dockers will strike over pay.")[2], "grievances", lex)  # doctest: +SKIP
    True
    """
    kind = lex.argument_classes[value]
    preps = [p for p in children(token, "prep") if p.lower_ in vocabulary().words.cause_preps]
    causes = [o for p in preps for o in [pobj(p)] if o]
    if has_child_word(token, ("prt",), vocabulary().words.cause_preps):
        causes += children(token, "dobj")
    return any(in_class(n, kind) for o in causes for n in (o, *o.conjuncts))


def for_own_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """A person of class ``value`` does the trigger to someone "for" their own conduct:
    "Khamenei targeted the United States for its drone strikes" blames in words (the "for"
    phrase names what the one aimed at did: its, his, their ...); "gunmen targeted the convoy
    for a second time" and "targeted him for assassination" stay force, and so does an armed
    group's "for its raids" (a reprisal), whose doer is no person.

    >>> for_own_cue(nlp("The president targeted Velka for its raids.")[2], "person", lex)  # doctest: +SKIP
    True
    """
    kind = lex.argument_classes[value]
    doer = subject(token)
    if doer is None or not in_class(doer, kind):
        return False
    preps = [p for p in children(token, "prep") if p.lower_ == "for"]
    reasons = [o for p in preps for o in [pobj(p)] if o]
    return any(children(r, "poss") for r in reasons)


def at_place_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """The trigger is done in or outside a place of class ``value``: "supporters protested in
    Freedom Square", "students protested outside parliament" (gathering_places) stand in the
    street, whoever they are; "the ministry protested the arrest" does not (event_rules.yaml:
    place_preps).

    >>> at_place_cue(nlp("They protested in the square.")[1], "gathering_places", lex)  # doctest: +SKIP
    True
    """
    kind = lex.argument_classes[value]
    preps = vocabulary().words.place_preps
    places = [o for p in children(token, "prep") if p.lower_ in preps for o in [pobj(p)] if o]
    return any(in_class(o, kind) for o in places)


def done_by_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """The act is done by a noun of class ``value``: the subject of a verb or one joined to it
    ("protesters clashed with police", "police and students clashed"), or for an event noun
    one of the sides "between" which it is, on the noun or on the verb it is the subject of
    ("clashes broke out between demonstrators and riot police"), or the subject of the verb
    that carries it ("students engaged in a pitched battle with police"); a group is read
    through its
    "of" ("a group of students clashed with guards"). With demonstrators
    (demonstrators) a clash is a violent protest (CAMEO 145), not a battle; "troops clashed
    with rebels" stays one.

    >>> done_by_cue(nlp("Students clashed with police.")[1], "demonstrators", lex)  # doctest: +SKIP
    True
    """
    kind = lex.argument_classes[value]
    if token.pos_ == "VERB":
        doer = subject(token)
        doers = [doer, *doer.conjuncts] if doer is not None else []
    else:
        hosts = [token, token.head] if token.dep_ == "nsubj" else [token]
        sides = [p for h in hosts for p in children(h, "prep") if p.lower_ == "between"]
        doers = [o for p in sides for o in [pobj(p)] if o]
        doers += [c for o in list(doers) for c in o.conjuncts]
        carrier = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ in ("dobj", "pobj") and carrier.pos_ == "VERB":
            doers += [s for s in [subject(carrier)] if s is not None]  # "engaged in a battle"
    counted = vocabulary().words.partitive_nouns  # "a group of protesters clashed"
    doers += [o for d in doers if lemma(d) in counted for o in of_objects(d)]
    return any(in_class(d, kind) for d in doers)


def written_in_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """An event noun is what a text of class ``value`` is "of": "a note of protest", "a
    letter of protest" (formal_notes) is a complaint made in writing (CAMEO 114), no
    gathering in the street.

    >>> written_in_cue(nlp("a note of protest")[3], "formal_notes", lex)  # doctest: +SKIP
    True
    """
    head = _governor(token, "of")
    return head is not None and in_class(head, lex.argument_classes[value])


def _governor(token: Token, preposition: str) -> Token | None:
    """The word whose ``preposition`` has ``token`` as its object ("died" for "strike" in
    "died in the strike"), else None."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != preposition or prep.dep_ != "prep":
        return None
    return prep.head


def to_clause_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """An event noun has an infinitive of its own, marked by ``value`` ("to"): "ignored
    calls to step down", "a call to lay down arms" ask for the act (REQUEST); a call with
    no such clause may be a telephone call.

    >>> to_clause_cue(nlp("He ignored calls to resign.")[2], "to", lex)  # doctest: +SKIP
    True
    """
    if token.pos_ != "NOUN":
        return False
    clauses = children(token, "acl", "relcl")
    if token.dep_ == "dobj":  # the parser may hang it on the verb: "ignored calls to resign"
        after = children(token.head, "xcomp", "advcl")
        clauses += [c for c in after if c.left_edge.i == token.i + 1]
    return any(has_child_word(c, ("aux",), (value,)) for c in clauses)


def carried_by_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """An event noun is carried by a verb of class ``value``, as its object or the subject of
    its passive: "forces conducted a strike near the town", "the strike was conducted on
    Sunday" (attack_carriers) tell a military operation; workers stage or hold a strike, they
    do not conduct one.

    >>> carried_by_cue(nlp("The navy conducted a strike.")[4], "attack_carriers", lex)  # doctest: +SKIP
    True
    """
    if token.pos_ != "NOUN" or token.dep_ not in VERB_OBJECT_DEPS:
        return False
    return in_class(token.head, lex.argument_classes[value])


def told_before_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """A bare event noun ("the strike", "these strikes", "strikes") refers back to an earlier
    mention of its word in the text, and reads as that one does: after "a drone strike hit
    the school", "the drone circled before carrying out the strike" tells the attack, not a
    walkout. The mention it refers to is the last one its own arguments or modifiers decide:
    a compound word made with a mark of class ``value`` ("airstrikes"), one its cues read
    ("strikes on seven sites"), or one with a modifier of its own ("drone strikes"; "a general
    strike" or "a strike" decides against). Bare mentions no cue reads ("the strikes",
    "strikes in two provinces") are passed over.

    >>> told_before_cue(nlp("Drone strikes hit Aro. The strikes hit a school.")[5], "attack_marks", lex)  # doctest: +SKIP
    True
    """
    if token.pos_ != "NOUN" or not _bare(token):
        return False
    kind, word = lex.argument_classes[value], lemma(token)
    own = next(s for cue, _, s in lex.argument_senses.get(word, ()) if cue == "told_before")
    for earlier in reversed(token.doc[: token.i]):
        if earlier.pos_ != "NOUN" or not lemma(earlier).endswith(word):
            continue
        if lemma(earlier) != word:  # "airstrikes": the word with its mark in front
            return lemma(earlier)[: -len(word)].rstrip("-") in kind.nouns
        read = _own_reading(earlier, word, lex)
        if read is not None:
            return read == own
        if not _bare(earlier):
            return modifier_cue(earlier, value, lex)
    return False


def _own_reading(token: Token, key: str, lex: Lexicon) -> Sense | None:
    """The reading ``token``'s own argument cues give, not what it refers back to (each
    mention is read once, whatever the number of mentions before it)."""
    for cue, value, sense in lex.argument_senses.get(key, ()):
        if cue != "told_before" and CUES[cue](token, value, lex):
            return sense
    return None


def _bare(noun: Token) -> bool:
    """Whether a noun has no modifier of its own and no determiner but a referring one:
    "the strike", "these strikes", "strikes", not "a strike" or "the general strike"
    (event_rules.yaml: referring_determiners)."""
    if children(noun, "amod", "compound", "nmod", "poss", "nummod"):
        return False
    referring = vocabulary().words.referring_determiners
    return all(d.lower_ in referring for d in children(noun, "det"))


# the argument class of words that make a vow a threat though the lexicon reads no hostile act
# in them ("vowed to bring the killers to justice")
THREAT_WORDS = "threat_words"


def peaceful_clause_cue(token: Token, value: str, lex: Lexicon) -> bool:
    """The trigger states a clause of its own (an infinitive or a "that" clause) that promises
    something cooperative, a word of class ``value`` or one the lexicon reads as a cooperative
    act, and holds no hostile word (of class threat_words, or read as a hostile act): a vow of
    one's own plans is a promise, no threat. "The premier vowed that the referendum would go
    ahead", "vowed to work closely with the unions" (AGREE); "vowed to crush the revolt",
    "vowed to restore order" (a threat of force) and "vowed never to negotiate" are left as
    they read (a hostile act folded into a vow makes it a threat again: rules/draft.py,
    promised_harm).

    >>> peaceful_clause_cue(nlp("He vowed to hold the vote.")[1], "promised_acts", lex)  # doctest: +SKIP
    True
    """
    clauses = children(token, "xcomp", "ccomp")
    if not clauses:
        return False
    if any(c.dep_ == "neg" for clause in clauses for c in clause.children):
        return False  # "vowed not to yield": a refusal, not read here
    words = [w for clause in clauses for w in clause.subtree]
    promised, threat = lex.argument_classes[value], lex.argument_classes[THREAT_WORDS]
    hand, types, kind = lex.hand_layer(), event_types(), False
    for word in words:
        table = hand.verbs if word.pos_ == "VERB" else hand.nouns
        stances = {types[s.event_type].stance for s in table.get(lemma(word), ())}
        if in_class(word, threat) or "hostile" in stances:
            return False
        kind = kind or in_class(word, promised) or "cooperative" in stances
    return kind


CUES: dict[str, Callable[[Token, str, Lexicon], bool]] = {
    "object": object_cue,
    "prep": prep_cue,
    "with": with_cue,
    "nsubj": subject_cue,
    "modifier": modifier_cue,
    "does": does_cue,
    "aimed_at": aimed_cue,
    "harmed_in": harmed_in_cue,
    "over_cause": over_cause_cue,
    "for_own": for_own_cue,
    "at_place": at_place_cue,
    "peaceful_clause": peaceful_clause_cue,
    "done_by": done_by_cue,
    "written_in": written_in_cue,
    "to_clause": to_clause_cue,
    "carried_by": carried_by_cue,
    "told_before": told_before_cue,
}


def argument_sense(token: Token, key: str, lex: Lexicon) -> Sense | None:
    """The reading of trigger word ``key`` (its lemma, or "verb particle") that the first of its
    argument cues to hold gives; None when it has no cues or none holds."""
    for cue, value, sense in lex.argument_senses.get(key, ()):
        if CUES[cue](token, value, lex):
            return sense
    return None
