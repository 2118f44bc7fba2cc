"""Modality: how the text holds an event (asserted, negated, possible, planned, hypothetical,
demanded).

The walk starts at the trigger and climbs the clause chain (xcomp, ccomp, advcl, conj) until no
step is left; at each clause the marker rules below add what they see, and the strongest marker
found wins (PRIORITY). It does not climb out of a relative clause, whose content the sentence
presupposes ("the siege that has left the city starving" asserts the siege). An event noun takes
the modality of a light verb that carries it ("will launch an offensive"); under any other verb
its existence is presupposed ("the offensive will end the truce").

>>> modality_of(doc[3], lexicon.governors)    # "The rebels may attack the town."  # doctest: +SKIP
'possible'
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from crisislens.data import read_yaml, word_set
from crisislens.events.clause_steps import (
    FINITE_TAGS,
    TENSED_AUX_TAGS,
    causative_participle,
    finite_beside_infinitive,
    link_up,
    listed_act,
    no_choice_but,
    required_gerund,
)
from crisislens.events.noun_modality import (
    arranged_occurrence,
    denied_evidence,
    existential_be,
    modal_adjectives,
    modal_head_noun,
    occurrence_verb,
    weighed_object,
)
from crisislens.events.statement_vetoes import insists_on_a_fact
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import (
    MAX_CLAUSE_CLIMB,
    children,
    has_child_word,
    is_noun,
    is_root,
    is_verb,
    lemma,
)

PRIORITY = ("negated", "hypothetical", "possible", "demanded", "planned")
# the modalities a governing verb can give its complement, in the order they are tried
GOVERNED = ("negated", "demanded", "planned", "possible")
UP_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "csubj"})
NOUN_UP_DEPS = frozenset({"xcomp", "dobj", "pobj", "attr"})
Governors = dict[str, frozenset[str]]


# -- markers on one word's children ---------------------------------------------------------
def negation(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """A negation on the trigger itself: "did not attack" is negated (a negation higher up,
    "refused to attack", is a governing verb's business). Inside a condition the trigger's
    own clause opens, the act is supposed, not denied: "will kill them if the army does not
    free the prisoners" is hypothetical (:func:`condition` says so), no denied release.

    >>> modality_of(nlp("They will strike if he does not resign.")[7], governors)  # doctest: +SKIP
    'hypothetical'
    """
    if mark.dep_ != "neg" or not at_trigger:
        return set()
    if has_child_word(node, ("mark",), vocabulary().words.hypothetical_marks):
        return set()
    return {"negated"}


def neither_nor(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """ "neither ... nor" on the trigger denies it: "he will neither resign nor call an
    election" resigns no one (event_rules.yaml: negative_conjunctions; the second act is
    :func:`joined_by_nor`'s).

    >>> modality_of(nlp("He will neither resign nor quit.")[3], governors)  # doctest: +SKIP
    'negated'
    """
    words = vocabulary().words.negative_conjunctions
    if at_trigger and mark.dep_ in ("preconj", "cc") and mark.lower_ in words:
        return {"negated"}
    return set()


def auxiliary(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """A modal auxiliary: "may attack" possible, "must release" demanded, "will meet" planned,
    "would strike" hypothetical with a condition in the sentence and planned without one; an
    ability or an option ("can either back down or resist") possible, save what "can be seen"
    doing something (event_rules.yaml: ability_modals, sighting_verbs).

    >>> modality_of(nlp("He can either resign or fight.")[3], governors)  # doctest: +SKIP
    'possible'
    """
    words, low = vocabulary().words, mark.lower_
    if not (mark.dep_ == "aux" or mark.dep_ == "auxpass" and low in words.possible_modals):
        return set()
    if low in words.possible_modals:
        return {"possible"}
    if low in words.ability_modals and lemma(node) not in words.sighting_verbs:
        return {"possible"}
    if low in words.demand_modals:
        return {"demanded"}
    if low in words.planned_modals:
        return {"planned"}
    if low in words.hypothetical_modals:
        return {"hypothetical" if has_condition(node) else "planned"}
    return set()


def conjectured_perfect(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """ "would have" before a participle tells a conjecture or what did not happen, never a
    plan: "there would have been abductions in the north" (an unconfirmed report, as the
    French conditional tells one) is possible, "would have fired if ..." hypothetical
    (event_rules.yaml: hypothetical_modals, perfect_auxiliaries).

    >>> modality_of(nlp("There would have been two raids.")[5], governors)  # doctest: +SKIP
    'possible'
    """
    words = vocabulary().words
    if mark.dep_ != "aux" or mark.lower_ not in words.hypothetical_modals:
        return set()
    if not any(lemma(a) in words.perfect_auxiliaries for a in node.children if a.dep_ == "aux"):
        return set()
    return {"hypothetical" if has_condition(node) else "possible"}


def hedge(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """A hedging adverb: "reportedly shelled" is possible."""
    if mark.dep_ == "advmod" and mark.lower_ in vocabulary().words.possible_adverbs:
        return {"possible"}
    return set()


def condition(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """A conditional clause: "if the army withdraws" is hypothetical."""
    if mark.dep_ == "mark" and mark.lower_ in vocabulary().words.hypothetical_marks:
        return {"hypothetical"}
    return set()


def predicate(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """The predicate of "be" above a clause: "it is vital that the siege ends" demanded, "it is
    possible that talks resume" possible."""
    if mark.dep_ not in ("acomp", "attr") or node.lemma_ != "be":
        return set()
    words, found = vocabulary().words, set()
    if mark.lower_ in words.demand_predicates:
        found.add("demanded")
    if mark.lower_ in words.possible_predicates:
        found.add("possible")
    return found


def no_determiner(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """An event noun determined by "no": "no arrests were made" is negated."""
    if (
        mark.dep_ == "det"
        and mark.lower_ in vocabulary().words.negative_determiners
        and at_trigger
        and trigger.pos_ == "NOUN"
    ):
        return {"negated"}
    return set()


@cache
def negative_subjects() -> frozenset[str]:
    """``data/article.yaml`` (negative_subjects): pronouns that say no one did or underwent
    the act."""
    return frozenset(read_yaml("article.yaml")["negative_subjects"])


def negative_subject(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """A subject that is no one: "nobody was arrested", "none of the hostages were freed",
    "no soldiers were killed" are negated. Only the trigger's own subject ("no one knows who
    attacked the convoy" asserts the attack).

    >>> modality_of(nlp("Nobody was arrested after the march.")[2], governors)  # doctest: +SKIP
    'negated'
    """
    if not at_trigger or mark.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    if mark.lower_ in negative_subjects():
        return {"negated"}
    no = vocabulary().words.negative_determiners
    return {"negated"} if any(c.dep_ == "det" and c.lower_ in no for c in mark.children) else set()


def modal_adjective(mark: Token, node: Token, trigger: Token, at_trigger: bool) -> set[str]:
    """An adjective on an event noun that says it has not happened: "ahead of a planned
    strike" is planned, "fears of a possible raid" possible.

    >>> modality_of(nlp("Police broke up the proposed rally.")[5], governors)  # doctest: +SKIP
    'planned'
    """
    if mark.dep_ != "amod" or not at_trigger or not is_noun(trigger):
        return set()
    return {m for m, words in modal_adjectives().items() if mark.lower_ in words}


MARKER_RULES = (
    negation,
    neither_nor,
    negative_subject,
    auxiliary,
    conjectured_perfect,
    hedge,
    condition,
    predicate,
    no_determiner,
    modal_adjective,
)


def governing_verb(node: Token, trigger: Token, governors: Governors) -> set[str]:
    """A verb above the trigger that sets its complement's modality: "refused to pay" negated,
    "urged them to talk" demanded, "plans to march" planned, "fears an attack" possible. A
    planning verb over a finished act announces it ("said it had freed the hostages"), and a
    verb of insisting over a clause told as a fact claims it ("insisted the gunmen had burned
    the school": statement_vetoes.insists_on_a_fact).

    >>> modality_of(nlp("They insisted the gunmen had burned it.")[5], governors)  # doctest: +SKIP
    'asserted'
    """
    done = is_past(trigger)
    for modality in GOVERNED:
        if lemma(node) in governors.get(modality, ()) and not (modality == "planned" and done):
            if modality == "demanded" and insists_on_a_fact(node):
                return set()  # "insisted that the militants had killed them": a claim
            return {modality}
    return set()


def markers(
    node: Token, trigger: Token, governors: Governors, at_trigger: bool, via: str | None = None
) -> set[str]:
    """Every modality marker on ``node``: "will not approve" is both planned and negated.
    ``via`` is the link the walk came up by: a verb governs its complement, not a verb
    coordinated with it (see :func:`coordinated`)."""
    found: set[str] = set()
    for mark in node.children:
        for rule in MARKER_RULES:
            found |= rule(mark, node, trigger, at_trigger)
    if not at_trigger and not coordinated(via):
        found |= governing_verb(node, trigger, governors)
    return found


def coordinated(via: str | None) -> bool:
    """Whether the walk came up from a coordinated verb: in "gunmen stopped a bus and took 40
    passengers hostage" and "Kyiv rejected the plan and launched an offensive" the second act
    is asserted; "stopped" and "rejected" govern only their own complements ("stopped paying",
    "rejected calls to resign"). Auxiliaries and negations still carry over ("will storm the
    town and burn it" is planned).

    >>> coordinated("conj"), coordinated("xcomp")
    (True, False)
    """
    return via == "conj"


def own_tensed_conjunct(below: Token | None, via: str | None) -> bool:
    """Whether the walk came up from a conjunct with its own subject and its own tense: in
    "says his fighters will attack the army and he condemned the raid" the condemning is
    done, whatever "will" says of the attack; "will storm the town and burn it" (no subject
    of its own) and "will attack and they will burn it" (its own "will") stay planned. Its
    tense may be its auxiliary's ("said the army would guard the roads and that police had
    arrested 20 looters": the arrests are done), and a "that" clause joined to the verb's
    object (:func:`complement_conjunct`) is a conjunct here too.

    >>> own_tensed_conjunct(doc[11], "conj")  # doctest: +SKIP
    True
    """
    if below is None or below.dep_ != "conj":
        return False
    auxiliaries = [c for c in below.children if c.dep_ in ("aux", "auxpass")]
    tensed = below.tag_ in FINITE_TAGS or any(a.tag_ in TENSED_AUX_TAGS for a in auxiliaries)
    return (tensed and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)) or (
        past_beside_a_modal(below)
    )


def past_beside_a_modal(verb: Token) -> bool:
    """Whether a conjunct in the past tense stands beside a head with a modal of its own: a
    modal takes no past form, so "the governor would not give a toll but residents said seven
    were killed" says it, whatever "would" does to the giving (the parse may lose the
    subject "residents"). "Could have attacked and killed" (a perfect) shares its modal.

    >>> past_beside_a_modal(doc[13])   # "said"  # doctest: +SKIP
    True
    """
    head = verb.head
    helpers = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBD"
        and not children(verb, "aux", "auxpass")
        and any(a.tag_ == "MD" for a in helpers)
        and not any(lemma(a) == "have" for a in helpers)
    )


# -- markers of the clause link between a word and its head ----------------------------------
def under_possible_predicate(node: Token, at_trigger: bool, governors: Governors) -> set[str]:
    """ "unlikely to sign" is possible."""
    if node.dep_ == "xcomp" and node.head.lower_ in vocabulary().words.possible_predicates:
        return {"possible"}
    return set()


def under_demand_predicate(node: Token, at_trigger: bool, governors: Governors) -> set[str]:
    """ "necessary to evacuate" is demanded."""
    if node.dep_ == "xcomp" and node.head.lower_ in vocabulary().words.demand_predicates:
        return {"demanded"}
    return set()


def under_intent_predicate(node: Token, at_trigger: bool, governors: Governors) -> set[str]:
    """ "is ready to host the talks" is planned."""
    if node.dep_ == "xcomp" and node.head.lower_ in vocabulary().words.intent_predicates:
        return {"planned"}
    return set()


def open_to(token: Token) -> bool:
    """Whether ``token`` is what an adjective of openness is open to: "the envoy is open to
    meeting the rebels", "open to talks" (event_rules.yaml: open_predicates)."""
    prep = token.head
    if token.dep_ not in ("pcomp", "pobj") or prep.lower_ != "to" or prep.dep_ != "prep":
        return False
    return prep.head.pos_ == "ADJ" and prep.head.lower_ in vocabulary().words.open_predicates


def under_open_predicate(node: Token, at_trigger: bool, governors: Governors) -> set[str]:
    """ "is open to meeting the rebels" is planned: an offer, not a meeting."""
    return {"planned"} if open_to(node) else set()


def be_to(node: Token, at_trigger: bool, governors: Governors) -> set[str]:
    """A party's "be to" with an infinitive tells what is arranged, not done: "the two leaders
    are to meet next month", "the envoy is to visit Kyiv" are planned ("is to blame" blames no
    one later: data/article.yaml be_to_idioms)."""
    head = node.head
    if node.dep_ != "xcomp" or lemma(head) != "be" or head.tag_ not in ("VBZ", "VBP", "VBD"):
        return set()
    if not has_child_word(node, ("aux",), vocabulary().words.infinitive_marks):
        return set()
    if lemma(node) in be_to_idioms() or not any(c.dep_ == "nsubj" for c in head.children):
        return set()
    return {"planned"}


@cache
def be_to_idioms() -> frozenset[str]:
    """``data/article.yaml`` (be_to_idioms): verbs whose "is to ..." is no arrangement."""
    return frozenset(read_yaml("article.yaml")["be_to_idioms"])


def purpose_clause(node: Token, at_trigger: bool, governors: Governors) -> set[str]:
    """An infinitive of purpose is intended, not done: "sent police to clear the square". Not
    after a verb whose infinitive is the act itself ("began to shell") or one that folds it in
    ("threatened to walk out"), nor where the purpose is to say what the trigger tells
    (:func:`said_for_saying`)."""
    words = vocabulary().words
    if said_for_saying(node, at_trigger) or forced_to_act(node):
        return set()
    if in_order_to(node):
        return {"planned"}  # "in order to prevent clashes, police detained 40 people"
    if (
        (not at_trigger or node.pos_ == "VERB")
        and node.dep_ in ("advcl", "xcomp")
        and has_child_word(node, ("aux",), words.infinitive_marks)
        and lemma(node.head) not in words.control_verbs
        and lemma(node.head) not in governors.get("absorb", ())
    ):
        return {"planned"}
    return set()


def in_order_to(node: Token) -> bool:
    """Whether ``node`` is an infinitive hung on "in order" (the parse makes it the noun's
    clause, where the walk up stops): "in order to stop and prevent breaches, the police
    detained 40 people" prevents nothing yet (event_rules.yaml: purpose_nouns).

    >>> in_order_to(nlp("In order to prevent clashes, police detained them.")[3])  # doctest: +SKIP
    True
    """
    head = node.head
    return (
        node.dep_ == "acl"
        and head.dep_ == "pobj"
        and lemma(head) in vocabulary().words.purpose_nouns
        and has_child_word(node, ("aux",), vocabulary().words.infinitive_marks)
    )


def forced_to_act(node: Token) -> bool:
    """Whether ``node`` is the infinitive of a verb of forcing that is itself told, not a
    purpose: "police were forced to open fire", "the rebels forced the garrison to withdraw"
    (the act is done); in "a campaign to force the premier to resign" the forcing is an
    infinitive, and the resignation stays planned (event_rules.yaml: implicative_verbs). So is
    an obligation told in the past: "police had to fire tear gas" fired it, "police have to
    protect the polls" is still to come (past_obligation_verbs).

    >>> forced_to_act(nlp("Police were forced to open fire.")[4])  # doctest: +SKIP
    True
    """
    words = vocabulary().words
    verb = node.head
    if node.dep_ == "xcomp" and verb.tag_ == "VBD" and lemma(verb) in words.past_obligation_verbs:
        return True  # "police had to fire tear gas": an obligation met
    if node.dep_ != "xcomp" or lemma(verb) not in words.implicative_verbs:
        return False
    return not has_child_word(verb, ("aux",), words.infinitive_marks)


def said_for_saying(node: Token, at_trigger: bool) -> bool:
    """Whether ``node`` is a verb of saying whose infinitive of purpose holds the trigger in
    what it says: "the candidate went online to say he had been beaten by police" reports a
    beating (the saying is what the post did), it plans none
    (reporting_verbs.yaml).

    >>> said_for_saying(nlp("He posted online to say he was beaten.")[4], False)  # doctest: +SKIP
    True
    """
    return not at_trigger and lemma(node) in word_set("reporting_verbs.yaml", "reporting_verbs")


def imperative(verb: Token) -> bool:
    """An order: a bare verb with no subject and no auxiliary ("Give up the port")."""
    return verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
    )


def ultimatum_alternative(node: Token, at_trigger: bool, governors: Governors) -> set[str]:
    """What an order's "or" joins to it is what comes if the order is not obeyed: "give up
    the port by Saturday or face an assault" tells no assault (event_rules.yaml:
    alternative_marks). A joined clause with its own subject ("leave or we will storm the
    town") states its own plan, a threat by the one who says it.

    >>> modality_of(nlp("Leave the town or face an attack.")[4], governors)  # doctest: +SKIP
    'hypothetical'
    """
    head = node.head
    if node.dep_ != "conj" or not imperative(head) or not imperative(node):
        return set()
    marks = vocabulary().words.alternative_marks
    joined = has_child_word(head, ("cc",), marks) or has_child_word(node, ("cc",), marks)
    return {"hypothetical"} if joined else set()


def joined_by_nor(node: Token, at_trigger: bool, governors: Governors) -> set[str]:
    """The act "nor" joins to a denied one is denied too: "will neither resign nor call an
    election" calls none (the parse hangs "nor" on the first act).

    >>> modality_of(nlp("He will neither resign nor quit.")[5], governors)  # doctest: +SKIP
    'negated'
    """
    words = vocabulary().words.negative_conjunctions
    if at_trigger and node.dep_ == "conj" and has_child_word(node.head, ("cc",), words):
        return {"negated"}
    return set()


CLAUSE_RULES = (
    joined_by_nor,
    ultimatum_alternative,
    be_to,
    under_possible_predicate,
    under_demand_predicate,
    under_intent_predicate,
    under_open_predicate,
    purpose_clause,
)


def prospective(node: Token) -> bool:
    """ "is going to attack", "is set to vote": the act is planned, and the walk stops here
    (what "set" hangs on is the schedule's business, not the act's). "going to" and "set
    to" are one verb group with the act: their own markers are the act's ("is not going to
    attack" is negated, "may be set to vote" possible)."""
    return (
        node.dep_ == "xcomp"
        and node.head.lemma_ in vocabulary().words.prospective_verbs
        and has_child_word(node, ("aux",), vocabulary().words.infinitive_marks)
    )


def told_clause(node: Token) -> bool:
    """A past adverbial clause of another happening tells it as done: in "Velkans will vote
    on Sunday, a decade after the king was overthrown" and "the council will meet days after
    protesters stormed its offices" the overthrow and the storming are done, whatever "will"
    plans above them (event_rules.yaml: other_event_marks). A clause still to come ("will
    withdraw once the talks end") is not told as done.

    >>> told_clause(nlp("They will vote after the king was overthrown.")[7])  # doctest: +SKIP
    True
    """
    if node.dep_ != "advcl" or not has_child_word(
        node, ("mark",), vocabulary().words.other_event_marks
    ):
        return False
    auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    return is_past(node) or any(a.tag_ == "VBD" for a in auxiliaries)


# -- the walk ---------------------------------------------------------------------------------
def has_condition(node: Token) -> bool:
    """Whether the sentence holds a condition ("if", "unless")."""
    marks = vocabulary().words.conditional_marks
    return any(t.lower_ in marks and t.dep_ in ("mark", "advmod") for t in node.sent)


def is_past(token: Token) -> bool:
    """A finished act: past tense, or a perfect ("has called off")."""
    if token.tag_ == "VBD":
        return True
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in token.children
    )


def _step_up(node: Token, at_trigger: bool) -> Token | None:
    """The next word up the clause chain, or None where the chain ends."""
    if is_root(node):
        return None
    chooser = (
        no_choice_but(node)
        or finite_beside_infinitive(node)
        or causative_participle(node)
        or required_gerund(node)
        or listed_act(node)
    )
    if chooser is not None:
        return chooser
    allowed = UP_DEPS if is_verb(node) or not at_trigger else NOUN_UP_DEPS
    if not (
        node.dep_ == "prep"
        or node.dep_ in allowed
        or (node.dep_ == "pobj" and is_noun(node) and at_trigger)
    ):
        return None
    head = node.head
    if head.pos_ == "ADP":  # pobj -> prep -> its head
        return None if is_root(head) else head.head
    return head


def undone_by(verb: Token) -> bool:
    """Whether a particle turns the verb round against its object: "call off the strike",
    "hold off the offensive" (event_rules.yaml: undoing_particles). The object is presupposed,
    not carried out by the verb, light or not: "the union is ready to call off the strike"
    plans no strike."""
    return has_child_word(verb, ("prt",), vocabulary().words.undoing_particles)


def carried(trigger: Token, light_verbs: frozenset[str]) -> bool:
    """An event noun a light verb carries as its object: "will launch an offensive"."""
    head = trigger.head
    return (
        is_noun(trigger)
        and trigger.dep_ in ("dobj", "attr")
        and lemma(head) in light_verbs
        and not undone_by(head)
    )


def clause_chain(
    trigger: Token, light_verbs: frozenset[str]
) -> Iterator[tuple[Token, bool, str | None]]:
    """(word, is it the trigger's own, the link the walk came up by) for the trigger and each
    clause above it."""
    node, at_trigger, via = trigger, True, None
    if carried(trigger, light_verbs):
        node = trigger.head
    for _ in range(MAX_CLAUSE_CLIMB):
        yield node, at_trigger, via
        up = _step_up(node, at_trigger)
        if up is None:
            return
        node, at_trigger, via = up, False, link_up(node)


UNSURE = frozenset({"possible", "hypothetical"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "oprd"})


def unsure_clause(trigger: Token, governors: Governors, light_verbs: frozenset[str]) -> set[str]:
    """An event noun in an object's place takes the doubt of its clause: "could raid the
    villages for supplies" and "unless the rebels accept talks" do not assert the supplies or
    the talks. A subject is presupposed ("the offensive could end the truce" tells of an
    offensive), so is a direct object of a possible act ("could end the truce": there is a
    truce to end), and so is an object of a plan or a refusal ("will end the truce")."""
    node, direct = trigger, trigger.dep_ == "dobj"
    while node.dep_ in OBJECT_DEPS or node.dep_ == "prep":
        node = node.head
        if is_verb(node):
            if undone_by(node):
                return set()  # "could call off the strike": there is a strike to call off
            found = modality_of(node, governors, light_verbs)
            doubt = UNSURE if not direct else {"hypothetical"}
            return {found} if found in doubt else set()
    return set()


def modality_of(
    trigger: Token, governors: Governors, light_verbs: frozenset[str] = frozenset()
) -> str:
    """The modality of the event named by ``trigger``: the strongest marker on the way up
    ("it may be that the offensive will end the truce" is possible, not planned)."""
    host = occurrence_verb(trigger)
    if host is not None:
        return modality_of(host, governors, light_verbs)  # "a truce could take place"
    found: set[str] = set()
    there = existential_be(trigger)
    if there is not None:  # "there might be a second blast": the noun's own "no" counts too
        found.add(modality_of(there, governors, light_verbs))
    if is_noun(trigger) and not carried(trigger, light_verbs):
        found |= markers(trigger, trigger, governors, True) | unsure_clause(
            trigger, governors, light_verbs
        )
    else:
        below: Token | None = None
        told: set[str] | None = None  # the markers of a told clause, below its head
        for node, at_trigger, via in clause_chain(trigger, light_verbs):
            if not own_tensed_conjunct(below, via):
                found |= markers(node, trigger, governors, at_trigger, via)
            below = node
            if prospective(node):  # "is set to meet": arranged, not done
                found |= {"planned"} | markers(node.head, trigger, governors, True)
                break
            for rule in CLAUSE_RULES:
                found |= rule(node, at_trigger, governors)
            if told is None and told_clause(node):
                told = set(found)
        if told is not None and _strongest(found) == "planned":
            found = told  # "will vote, a decade after the king was overthrown": done
    found |= weighed_object(trigger)  # "planning a walkout": under a light verb too
    found |= modal_head_noun(trigger)  # "a possible return of the fighting"
    found |= under_open_predicate(trigger, True, governors)  # "open to talks"
    found |= denied_evidence(trigger)  # "no sign of the convoy being attacked"
    found |= arranged_occurrence(trigger)  # "talks to be held in Geneva"
    return _strongest(found)


def _strongest(found: set[str]) -> str:
    """The strongest of the markers found (PRIORITY), or "asserted" where none is."""
    return next((m for m in PRIORITY if m in found), "asserted")
