"""Marks set on an article's mentions before they are grouped (events/happenings.py): a
mention set before another by a verb that orders them ("the killings followed an attack"), one
told as what happened the same day as another ("the same day as a bombing in the capital"), one
that recalls a party's earlier acts ("the Front, which has attacked several posts, ..."), the
cause of a protest or a state a happening ends, and a happening told only to rank another
("the deadliest attack in a decade").

>>> set_sequences(found); set_simultaneous(found); set_recalled(found)  # doctest: +SKIP
>>> mark_causes(found); mark_rankings(found)   # doctest: +SKIP
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from crisislens.data import read_yaml
from crisislens.events.candidates import Candidate, head_token
from crisislens.nlp.syntax import clause_head


@cache
def _sequence_verbs() -> frozenset[str]:
    """``data/article.yaml``: verbs that set their object before their subject."""
    return frozenset(read_yaml("article.yaml")["sequence_verbs"])


def set_sequences(found: list[Candidate]) -> None:
    """A mention that is the object, or the passive agent, of a verb that orders two
    happenings ("the killings followed an attack on a police post last week", "the march was
    preceded by a sit-in") is set before that verb's subject: the verb is its scope
    (``Candidate.scope``), so the two are never one happening."""
    verbs = _sequence_verbs()
    for c in found:
        head = head_token(c.tokens)
        if c.scope is not None or head is None:
            continue
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "agent":
            verb = verb.head
        elif head.dep_ != "dobj":
            continue
        if verb.lemma_.lower() in verbs and verb.pos_ in ("VERB", "AUX"):
            c.scope = verb


@cache
def _same_time_nouns() -> frozenset[str]:
    """``data/article.yaml``: the nouns of a time told as "the same" as another act's."""
    return frozenset(read_yaml("article.yaml")["same_time_nouns"])


def set_simultaneous(found: list[Candidate]) -> None:
    """A mention brought in as what happened at the same time as its sentence's act ("the raid
    came the same day as twin bombings in the capital and a series of blasts at two bus
    stations") tells another happening than that act: the "as" is its scope
    (``Candidate.scope``), so the two are never one happening, nor do the blasts' dead count
    for the raid. Only nouns of the phrase count, not a clause of their own."""
    nouns = _same_time_nouns()
    for c in found:
        head = head_token(c.tokens)
        if c.scope is not None or head is None:
            continue
        for node in head.ancestors:
            if node.pos_ in ("VERB", "AUX"):
                break
            if node.dep_ == "prep" and node.lower_ == "as" and _same_time(node.head, nouns):
                c.scope = node
                break


def _same_time(noun: Token, nouns: frozenset[str]) -> bool:
    """ "the same day", "at the same time": a noun of time with "same" on it."""
    return noun.lemma_.lower() in nouns and any(
        t.dep_ == "amod" and t.lower_ == "same" for t in noun.children
    )


def set_recalled(found: list[Candidate]) -> None:
    """A mention in a relative clause of the perfect, set off by commas, on the party that did
    it ("The Northern Front, which has attacked several army posts, ambushed a convoy",
    "fighters of the Front, which had kidnapped two aid workers in Orvel, ...") recalls that
    party's earlier acts: the clause is its scope (``Candidate.scope``), so it is never one
    happening with its sentence's other acts. A clause on an event noun ("the blast, which
    has killed 12 people, ...") tells that event; one with no comma ("the gunmen who had
    stormed the hotel killed 12") or in the simple past ("the Front, which kidnapped two
    workers, ...") may tell the act the sentence reports."""
    heads = {head.i for c in found if (head := head_token(c.tokens)) is not None}
    for c in found:
        head = head_token(c.tokens)
        clause = clause_head(head) if head is not None else None
        if c.scope is not None or clause is None or clause.dep_ != "relcl":
            continue
        if not any(t.dep_ == "aux" and t.lemma_.lower() == "have" for t in clause.children):
            continue  # "which kidnapped two workers": the act the sentence tells, maybe
        noun, opening = clause.head, clause.left_edge.i
        actor = c.event.actor
        if noun.i in heads or opening == 0 or clause.doc[opening - 1].text != ",":
            continue
        if actor is not None and actor.start <= noun.idx < actor.end or _named_party(noun):
            c.scope = clause


def _named_party(noun: Token) -> bool:
    """ "the Northern Front", "Russia", "Ali Musa": a name, which a weapon or a place of the act
    ("the bomb, which ...") is not."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "NORP", "PERSON", "GPE")


@cache
def _cause_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``data/article.yaml``: the words of a protest, the prepositions of its cause, and the
    verbs that end a standing state."""
    data = read_yaml("article.yaml")
    return (
        frozenset(data["protest_words"]),
        frozenset(data["protest_cause_preps"]),
        frozenset(data["ending_verbs"]),
    )


def mark_causes(found: list[Candidate]) -> None:
    """A happening named as the cause of a protest ("marched to protest against the killing of
    a classmate", "in protest over a trader's death", "protesting the arrest of their leader")
    is what the protest is about, and a state a happening ends ("withdrew, ending a nine-year
    deployment") is background to it: no event the report tells of its own, a bare reference
    (it joins a happening of its type the article tells, or nothing)."""
    words, preps, ending = _cause_words()
    for c in found:
        head = head_token(c.tokens)
        if head is None or not c.noun:
            continue
        governor = head.head
        if head.dep_ == "pobj" and governor.lower_ in preps:
            governor = governor.head
        elif head.dep_ != "dobj":
            continue
        lemma = governor.lemma_.lower()
        cause = lemma in words and c.event.event_type != "PROTEST"
        if cause or lemma in ending:
            c.bare, c.new = True, False


@cache
def _ranking_words() -> tuple[frozenset[str], frozenset[str]]:
    """``data/article.yaml``: the nouns and subjects of a ranking."""
    data = read_yaml("article.yaml")
    return frozenset(data["ranking_nouns"]), frozenset(data["ranking_subjects"])


def mark_rankings(found: list[Candidate]) -> None:
    """A happening told only to rank the one reported is no event of its own: "it was the
    first time in three decades that soldiers patrolled the port" (a clause on "time"),
    "this was the deadliest attack in a decade" (an event noun said of "this"). It is a bare
    reference: it joins a happening of its type the article tells, or nothing."""
    nouns, subjects = _ranking_words()
    for c in found:
        head = head_token(c.tokens)
        if head is None:
            continue
        clause = clause_head(head)
        ranked = clause is not None and _ranking_clause(clause, nouns)
        if c.noun and head.dep_ == "attr":
            said_of = [t for t in head.head.children if t.dep_ == "nsubj"]
            ranked = any(t.lower_ in subjects for t in said_of)
        if ranked:
            c.bare, c.new = True, False


def _ranking_clause(clause: Token, nouns: frozenset[str]) -> bool:
    """ "that troops were deployed" on "the first time": a relative clause on a ranking noun."""
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in nouns
