"""Rules about people: who a surname names later in the article, and where a people named
by nationality lives and what it is (the actor coder's "people rules", run after a phrase
naming a people is coded; ``rules.py`` holds the others).

>>> actor = coder.code(nlp("The Albanians of southern Serbia voted.")[1], context)  # doctest: +SKIP
>>> (actor.country, actor.sector)  # doctest: +SKIP
('SRB', 'CVL')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from crisislens.actors.context import ArticleContext
from crisislens.actors.dictionary import CodedName
from crisislens.actors.mention import phrase
from crisislens.nlp.doc_cache import doc_ents, span_ents
from crisislens.nlp.names import fold_actor_name
from crisislens.schemas import NON_STATE_CODES, Actor

if TYPE_CHECKING:
    from crisislens.actors.coder import ActorCoder


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


# -- people the article has named --------------------------------------------------------------
def _surname_key(coder: ActorCoder, text: str) -> tuple[str, int]:
    """The folded last word of a name without its titles, and how many words the name has."""
    words = coder.words.strip_titles(fold_actor_name(text)).split()
    return (words[-1], len(words)) if words else ("", 0)


def remember_person(coder: ActorCoder, actor: Actor, context: ArticleContext) -> None:
    """A person named in full ("Jan Kowalski") is who their surname means later in the same
    article: see :func:`person_named_earlier`."""
    surname, size = _surname_key(coder, actor.text)
    if size >= 2 and len(surname) >= coder.words.min_surname_letters:
        context.people.setdefault(surname, actor)


def person_named_earlier(coder: ActorCoder, text: str, context: ArticleContext) -> CodedName | None:
    """A surname alone ("Mr. Kowalski") is the person the article named in full before it,
    before any namesake in the dictionaries: after "the envoy Anna Kowalski arrived", a later
    "Kowalski said" is the envoy, not a minister called Kowalski."""
    surname, size = _surname_key(coder, text)
    earlier = context.people.get(surname) if size == 1 else None
    if earlier is None and size == 1:
        earlier = _named_by_given_name(coder, surname, context)
    if earlier is None:
        return None
    return CodedName(earlier.name, earlier.country, earlier.sector, person=True)


def full_name_before(coder: ActorCoder, ent: Span, context: ArticleContext) -> CodedName | None:
    """A surname alone is the person the article named in full before it, even where nothing
    coded that person yet, where the full name's own words give the country: after "Ruritanian
    Foreign Minister Jan Kowalski said ...", a later "Kowalski and Ana Example met in Oslo"
    is the Ruritanian minister, not a Norwegian. A full name whose country would come only from
    its sentence or the article gives none (:func:`_own_country`)."""
    surname, size = _surname_key(coder, ent.text)
    if size != 1 or len(surname) < coder.words.min_surname_letters:
        return None
    for earlier in doc_ents(ent.doc):
        if earlier.start >= ent.start:
            return None
        if earlier.label_ == "PERSON" and _surname_key(coder, earlier.text) == (surname, 2):
            return _own_country(coder, earlier, context)
    return None


def _own_country(coder: ActorCoder, name: Span, context: ArticleContext) -> CodedName | None:
    """The person a full name codes as, where a word of its own phrase names the country
    ("Ruritanian Foreign Minister Jan Kowalski"), else None."""
    head = name.root
    actor = coder.code_span(phrase(head), head, context)
    if actor is None or actor.country is None:
        return None
    words = phrase(head)
    if not any(coder.country_word(t.text) == actor.country for t in words if t.i < name.start):
        return None
    return CodedName(actor.name, actor.country, actor.sector, person=True)


def _named_by_given_name(coder: ActorCoder, word: str, context: ArticleContext) -> Actor | None:
    """One earlier full name that holds the word before its last ("Anwar" after "Prime
    Minister Anwar Ibrahim"): many names are shortened to the given name."""
    if len(word) < coder.words.min_surname_letters:
        return None
    found = {
        actor.name: actor
        for actor in context.people.values()
        if word in coder.words.strip_titles(fold_actor_name(actor.text)).split()[:-1]
    }
    return next(iter(found.values())) if len(found) == 1 else None


# -- people rules ------------------------------------------------------------------------------
def residence(coder: ActorCoder, actor: Actor, span: Span, head: Token, context) -> Actor:
    """A people named by nationality is coded where the text says it lives: "the Ruritanians
    of northern Elbonia" (Elbonia); "ethnic Ruritanians rallied in Elbonia" (a minority).
    "Ruritanians in Elbonia" stay Ruritanian."""
    home = _residence(coder, span, head, actor.country, context)
    return actor.model_copy(update={"country": home}) if home is not None else actor


def _residence(coder: ActorCoder, span: Span, head: Token, nation, context) -> str | None:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in coder.words.residence_preps:
            place = _country(coder.code_object(prep, context))
            if place is not None and place != nation:
                return place
    if not any(t.lower_ in coder.words.minority_words for t in span):
        return None
    for ent in span_ents(head.sent):
        if ent.label_ == "GPE" and not ent.start <= head.i < ent.end:
            place = _country(coder.code_span(ent, ent.root, context))
            if place is not None and place != nation and place not in NON_STATE_CODES:
                return place
    return None


def people_are_civilians(coder: ActorCoder, actor: Actor, span, head: Token, context) -> Actor:
    """A people named in the plural is its civilians, not its state: "Ruritanians queued for
    bread" is CVL ("the Ruritanian deployment" is the state's, coded so from the event)."""
    if actor.sector is None and head.tag_ in ("NNS", "NNPS"):
        return actor.model_copy(update={"sector": "CVL"})
    return actor


PEOPLE_RULES = (residence, people_are_civilians)
