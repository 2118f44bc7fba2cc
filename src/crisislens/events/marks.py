"""Marks set on an article's mentions before they are grouped (events/happenings.py): a
mention set before another by a verb that orders them ("the killings followed an attack"), one
told as what happened the same day as another ("the same day as a bombing in the capital"), one
that recalls a party's earlier acts ("the Front, which has attacked several posts, ..."), the
cause of a protest or a state a happening ends, and a happening told only to rank another
("the deadliest attack in a decade"); the mentions of a clause told as another happening by its
subject or by the attack its verb is told in ("A third incident ... killed four"), a further
step of an attack told within it ("a second blast followed minutes later"), and a clause the
parse hangs on the verb that brings the news, after its "after" ("The attack came a day after
a guard was shot in Orvel": the shooting came before the news).

>>> set_sequences(found); set_simultaneous(found); set_recalled(found)  # doctest: +SKIP
>>> mark_causes(found); mark_rankings(found)   # doctest: +SKIP
>>> set_told_as_another(found); set_further_steps(found)   # doctest: +SKIP
>>> set_after_the_news(found)   # doctest: +SKIP
>>> mark_all(found)   # doctest: +SKIP
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from crisislens.data import read_yaml
from crisislens.events.candidates import Candidate, article_words, head_token
from crisislens.events.retelling import retelling_words
from crisislens.events.steps import a_further_step
from crisislens.nlp.syntax import MAX_CLAUSE_CLIMB, clause_head


def mark_all(found: list[Candidate]) -> None:
    """Every mark of this module on an article's mentions, in the order the grouping reads
    them (a scope once set is kept: the first mark wins)."""
    set_sequences(found)
    set_simultaneous(found)
    set_recalled(found)
    mark_causes(found)
    mark_rankings(found)
    set_told_as_another(found)
    set_further_steps(found)
    set_after_the_news(found)


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


@cache
def _incident_nouns() -> frozenset[str]:
    """``data/article.yaml``: the nouns that name a happening of any kind ("incident")."""
    return frozenset(read_yaml("article.yaml")["incident_nouns"])


def set_told_as_another(found: list[Candidate]) -> None:
    """A verb whose subject, or the noun it is told "in" or "during", is an event noun brought
    in as another happening ("A third incident in the north -- a blast at a school -- killed
    four", "two guards were killed in another attack on a depot in Velo") tells that other
    happening, with the noun and the nouns set beside it ("a blast at a school"): the first of
    these mentions is new (events/happenings.py starts a happening with it) and the others are
    not, so they join it (the verb's other subjects and appositions too). The verb alone would join the happening told before, and the noun
    alone start one of its own: two happenings where the report tells one."""
    markers = article_words().new_object_markers
    incidents = _incident_nouns()
    heads = {
        head.i: c
        for c in found
        if not c.bare and not c.part and (head := head_token(c.tokens)) is not None
    }
    for c in found:
        verb = head_token(c.tokens)
        if c.bare or c.part or verb is None or verb.pos_ != "VERB":
            continue
        told = _subjects_and_settings(verb)
        if not any(
            (n.i in heads or n.lemma_.lower() in incidents) and _another(n, markers) for n in told
        ):
            continue
        beside = [t for n in told for t in (n, *_set_beside(n))]
        unit = [c] + [heads[t.i] for t in beside if t.i in heads and t.i != verb.i]
        first = min(unit, key=lambda m: m.order)
        for m in unit:
            m.new = m is first


def _subjects_and_settings(verb: Token) -> list[Token]:
    """A verb's subjects ("A third incident -- a blast at a school -- killed four": incident,
    blast), and the objects of its "in" or "during" ("killed in an attack")."""
    found = [
        t
        for t in verb.children
        if t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "dep" and t.pos_ == "NOUN"
    ]
    preps = (p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during"))
    return found + [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _another(noun: Token, markers: frozenset[str]) -> bool:
    """ "another attack", "a third incident", "a separate raid"."""
    return any(d.dep_ in ("det", "amod") and d.lower_ in markers for d in noun.children)


def _set_beside(noun: Token) -> list[Token]:
    """The nouns set beside ``noun`` as its apposition ("an attack, a raid on a depot")."""
    return [t for t in noun.children if t.dep_ == "appos"]


def set_further_steps(found: list[Candidate]) -> None:
    """A mention brought in as one more attack by a word of its own, told within the attack
    told before ("A second blast followed minutes later", "In the course of the siege, another
    bomb went off": events/steps.py, ``a_further_step``), is no new happening: it may join the
    attack it is a step of, as any mention may."""
    for c in found:
        if c.new and a_further_step(c):
            c.new = False


def set_after_the_news(found: list[Candidate]) -> None:
    """A mention of a clause that the parse coordinates with the verb that brings the news
    (``retelling.news_verbs``), told after that verb's "after" (``news_markers``), tells what
    came before the news, as the clause "after" opens does: "The attack came a day after an old
    man was killed in a rocket attack in Orvel" (the parse hangs "was killed" on "came", "after"
    on "an old man"), "The blast came a day after gunmen shot the mayor, and a bomber killed 10
    at a base" (the second killing). That "after" is its scope (``Candidate.scope``), so it is
    never one happening with the news, and the news may not take its place or its dead.

    >>> set_after_the_news(found)   # doctest: +SKIP
    """
    words = retelling_words()
    for c in found:
        head = head_token(c.tokens)
        if c.scope is not None or head is None:
            continue
        node = head
        for _ in range(MAX_CLAUSE_CLIMB):
            verb = node.head
            if node.dep_ == "conj" and verb.lemma_.lower() in words.news_verbs:
                marker = _news_marker(verb, words.news_markers)
                if marker is not None and marker.i < node.i:
                    c.scope = marker
                break
            if verb.i == node.i:
                break
            node = verb


def _news_marker(verb: Token, markers: frozenset[str]) -> Token | None:
    """The "after" that sets what came before the news on the verb that brings it: its own
    preposition ("came a day after the killing"), or the mark of a clause on it ("came after
    gunmen shot the mayor")."""
    for t in verb.children:
        if t.dep_ == "prep" and t.lower_ in markers:
            return t
        if t.dep_ == "advcl":
            mark = next((m for m in t.children if m.dep_ == "mark"), None)
            if mark is not None and mark.lower_ in markers:
                return mark
    return None
