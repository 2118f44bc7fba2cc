"""The modality of an event noun from the words around it: the verb that takes it as an
object ("are weighing sanctions"), the noun of coming back it is "of" ("a possible return of
the fighting"), the verb that says it happens ("a truce could take place") or the "there is"
it is the predicate of, and a denial of any sign of it. ``modality.modality_of`` reads them.

>>> weighed_object(nlp("Ministers are mulling an embargo.")[4])  # doctest: +SKIP
{'possible'}
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from crisislens.data import read_yaml
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import is_noun, is_verb, lemma


@cache
def modal_adjectives() -> dict[str, frozenset[str]]:
    """``data/article.yaml`` (modal_adjectives): modality -> adjectives that give it."""
    table = read_yaml("article.yaml")["modal_adjectives"]
    return {modality: frozenset(words) for modality, words in table.items()}


@cache
def modal_object_verbs() -> dict[str, frozenset[str]]:
    """``data/article.yaml`` (modal_object_verbs): modality -> verbs that give it to their
    direct object."""
    table = read_yaml("article.yaml")["modal_object_verbs"]
    return {modality: frozenset(words) for modality, words in table.items()}


def weighed_object(trigger: Token) -> set[str]:
    """An event noun that a verb of weighing, fearing or planning takes as its direct object
    has not happened: "the bloc is weighing sanctions" and "residents fear a raid" are possible,
    "the union is planning a walkout" planned. (Verbs that tell of a done act, "announced
    sanctions", "claimed the attack", are not among them.)

    >>> modality_of(nlp("Ministers are mulling an embargo on the port.")[4], governors)  # doctest: +SKIP
    'possible'
    """
    if not is_noun(trigger) or trigger.dep_ != "dobj" or not is_verb(trigger.head):
        return set()
    verb = lemma(trigger.head)
    return {m for m, words in modal_object_verbs().items() if verb in words}


@cache
def recurrence_nouns() -> frozenset[str]:
    """``data/article.yaml`` (recurrence_nouns): nouns of a happening's coming back."""
    return frozenset(read_yaml("article.yaml")["recurrence_nouns"])


def modal_head_noun(trigger: Token) -> set[str]:
    """An event noun in the "of" phrase of a noun of coming back takes the modality that
    noun's adjective gives: "warned of a possible return of the fighting" is possible, "the
    planned resumption of talks" planned. A bare gerund counts as the noun it stands for
    ("warn of possible return of fighting", as a headline puts it, tags "fighting" a verb).

    >>> modality_of(nlp("They fear a possible return of the fighting.")[7], governors)  # doctest: +SKIP
    'possible'
    """
    prep = trigger.head
    named = is_noun(trigger) or trigger.tag_ == "VBG"
    if not named or trigger.dep_ not in ("pobj", "pcomp") or prep.lower_ != "of":
        return set()
    head = prep.head
    if lemma(head) not in recurrence_nouns():
        return set()
    adjectives = [c.lower_ for c in head.children if c.dep_ == "amod"]
    return {m for m, words in modal_adjectives().items() if any(a in words for a in adjectives)}


@cache
def occurrence_verbs() -> frozenset[str]:
    """``data/article.yaml`` (occurrence_verbs): verbs and phrases that say their subject
    happens."""
    return frozenset(read_yaml("article.yaml")["occurrence_verbs"])


def existential_be(trigger: Token) -> Token | None:
    """The "be" of "there is" whose predicate an event noun is: "there might be a second
    explosion" is possible, "there will be a strike" planned, "there was an explosion"
    asserted, as that "be" is; or None.

    >>> existential_be(nlp("There might be a second blast.")[5]).text  # doctest: +SKIP
    'be'
    """
    verb = trigger.head
    if not is_noun(trigger) or trigger.dep_ != "attr" or lemma(verb) != "be":
        return None
    return verb if any(c.dep_ == "expl" for c in verb.children) else None


def occurrence_verb(trigger: Token) -> Token | None:
    """The verb that says an event noun, its subject, happens: "a truce could take place
    within days", "the march will go ahead", "talks were held"; or None.

    >>> occurrence_verb(nlp("A truce may take place soon.")[1]).text  # doctest: +SKIP
    'take'
    """
    verb = trigger.head
    if not is_noun(trigger) or trigger.dep_ not in ("nsubj", "nsubjpass") or not is_verb(verb):
        return None
    return verb if tells_occurrence(verb) else None


def tells_occurrence(verb: Token) -> bool:
    """Whether ``verb``, with its object, particle or adverb, is one that says its subject
    happens ("take place", "go ahead", "be held")."""
    after = (c for c in verb.children if c.dep_ in ("dobj", "prt", "advmod"))
    told = {lemma(verb), *(f"{lemma(verb)} {c.lower_}" for c in after)}
    return bool(told & occurrence_verbs())


def arranged_occurrence(trigger: Token) -> set[str]:
    """An event noun with an infinitive of its own that says it happens is arranged, not
    told: "talks to be held in Geneva next week", "a vote to take place on Sunday", "the next
    round of negotiations to be held in the capital" (through the noun it is "of") are
    planned. A ranked noun tells what did happen: "the first talks to be held since the war",
    "the largest rally to take place in years" (event_rules.yaml: rank_modifiers, or a
    superlative or an ordinal).

    The verb that says it happens may be the trigger itself, with the noun as its object
    ("negotiations to be held": hold, whose object table reads the noun).

    >>> arranged_occurrence(nlp("Talks to be held in Geneva.")[0])  # doctest: +SKIP
    {'planned'}
    """
    if is_verb(trigger) and trigger.dep_ in ("acl", "relcl") and is_noun(trigger.head):
        trigger = trigger.head  # "negotiations to be held", read from "held"
    if not is_noun(trigger) or _ranked(trigger):
        return set()
    nouns = [trigger]
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "of" and is_noun(prep.head):
        nouns.append(prep.head)  # "the next round of talks to be held" ("the second round" too)
    words = vocabulary().words
    for noun in nouns:
        clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and is_verb(c)]
        for clause in clauses:
            infinitive = any(
                a.dep_ == "aux" and a.lower_ in words.infinitive_marks for a in clause.children
            )
            if infinitive and tells_occurrence(clause):
                return {"planned"}
    return set()


def _ranked(noun: Token) -> bool:
    """A noun ranked among its kind: "the first talks", "the largest rally", "the only vote"."""
    ranks = vocabulary().words.rank_modifiers
    return any(
        c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in ranks
        for c in noun.children
        if c.dep_ in ("amod", "advmod", "det", "nummod")
    )


def denied_evidence(trigger: Token) -> set[str]:
    """An event that "no sign", "no evidence" or "not any indication" introduces is denied:
    "there was no sign of the ferry being boarded", "officials saw no evidence that troops had
    fired on the crowd" (event_rules.yaml: evidence_nouns). A few hops up, through the noun's
    "of" or its clause; a sign seen is no denial ("signs that the rebels had fled").

    >>> modality_of(nlp("There is no evidence that police fired.")[6], governors)  # doctest: +SKIP
    'negated'
    """
    words = vocabulary().words
    for hops, node in enumerate(trigger.ancestors):
        if hops >= 4:
            return set()
        if node.pos_ != "NOUN" or lemma(node) not in words.evidence_nouns:
            continue
        if any(c.dep_ == "det" and c.lower_ in words.negative_determiners for c in node.children):
            return {"negated"}
        anyone = any(c.dep_ == "det" and c.lower_ == "any" for c in node.children)
        negated = any(c.dep_ == "neg" for c in node.head.children)  # "did not see any sign"
        return {"negated"} if anyone and negated else set()
    return set()
