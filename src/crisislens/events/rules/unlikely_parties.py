"""Parties an event is unlikely to have: a state named only by its country word on a
protest is its people, a fallback name of a sector the type does not take acts in no such
event, and media that report an event are no party to it.

>>> people_of_state(chile, draft, lex, actors).sector   # "Chile's protests spread"  # doctest: +SKIP
'PRO'
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.actors.coder import ActorCoder
from crisislens.data import word_set
from crisislens.events.lexicon import Lexicon
from crisislens.events.rules.draft import Draft
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import is_noun, lemma, subject
from crisislens.schemas import Actor

MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")
MEDIA = "MED"  # agents.yaml
PLACE_LABELS = ("GPE", "LOC")


def people_of_state(
    actor: Actor | None, draft: Draft, lex: Lexicon, actors: ActorCoder
) -> Actor | None:
    """A country's word alone that owns or modifies an event noun of a type its state does not
    carry out (its ``state_sector`` among its ``unlikely_sectors``) names that country's people,
    of the sector of the type's unnamed actor: "Chile's protests spread to ten towns", "the
    Kenyan protests" are protesters of Chile and Kenya (PRO), not their governments; so is a
    town's or a capital's name: "a Nairobi protest", "the Tbilisi protests" (not the capital
    as its government)."""
    kind = event_types()[draft.sense.event_type]
    if (
        actor is None
        or kind.unnamed_actor is None
        or kind.state_sector not in kind.unlikely_sectors
    ):
        return actor
    if actor.sector is not None and actor.sector != kind.state_sector:
        return actor
    word, noun = draft.actor_token, draft.trigger.token
    if word is None or draft.trigger.kind != "noun" or word.dep_ not in MODIFIER_DEPS:
        return actor
    if word.head.i != noun.i or not is_noun(noun) or lemma(noun) not in lex.nouns:
        return actor
    phrase = word.doc[word.left_edge.i : word.i + 1].text
    if phrase.endswith(tuple(vocabulary().words.possessive_marks)):
        phrase = phrase[:-2]
    place = word.ent_type_ in PLACE_LABELS  # "a Nairobi protest": a town's, its country's people
    if actors.country_word(phrase.strip()) != actor.country and not place:
        return actor
    return actor.model_copy(update={"sector": kind.unnamed_actor[1]})


def unlikely_fallback(actor: Actor | None, draft: Draft) -> Actor | None:
    """A name taken only for want of a role word (the nearest one) is no actor of a type that
    its sector makes unlikely (``unlikely_sectors``): in "sanctions on twelve Elbonian
    officials over the protests", the officials did not protest."""
    if actor is None or actor.sector in event_types()[draft.sense.event_type].unlikely_sectors:
        return None
    return actor


def unlikely_actor(actor: Actor | None, draft: Draft) -> Actor | None:
    """A fallback actor less those this module rules out (:func:`unlikely_fallback`,
    :func:`reporting_media`, :func:`judge_of_the_act`)."""
    return judge_of_the_act(reporting_media(unlikely_fallback(actor, draft), draft), draft)


# how an act told as the object of a verb hangs below it: "condemned the killing of three
# aid workers", "protested against the arrest", "demanded the release of the hostages"
OBJECT_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "compound", "amod", "nmod", "poss"})


def judge_of_the_act(actor: Actor | None, draft: Draft) -> Actor | None:
    """The subject of a verb that judges, mourns, probes or asks for an act (``judging_verbs``)
    told as its object is no fallback actor of that act: in "the UN condemned the killing of
    three aid workers in Darfur" and "the EU criticised the detention of two tourists", the
    UN killed no one and the EU detained no one; nor did who voices or opens a noun of
    judging (``judging_nouns``): "Amnesty expressed concern over the arrest of three
    journalists", "police launched an investigation into the killing of two tourists".
    Another name stays: in "the council condemned Ruritania for the raids", Ruritania,
    nearer the raids, raided."""
    if actor is None:
        return actor
    words = vocabulary().words
    token = draft.trigger.token
    while token.dep_ in OBJECT_PATH_DEPS and token.head.i != token.i:
        token = token.head
        voiced = any(c.dep_ == "dobj" and lemma(c) in words.judging_nouns for c in token.children)
        judge = token if lemma(token) in words.judging_verbs or voiced else None
        if lemma(token) in words.judging_nouns and token.dep_ == "dobj":
            judge = token.head  # "expressed concern over the arrest": who expressed it
        if judge is not None:
            return _unless_subject_of(judge, actor)
    return actor


def reporting_media(actor: Actor | None, draft: Draft) -> Actor | None:
    """Media named only as the subject of a verb that reports the event are no party to it:
    in "Elbonian media reported attacks on two villages", the media attacked no one (MED, the
    sector the dictionary gives "media", "newspaper", "broadcaster"). Other reporters, a state
    that reports its own strikes, stay."""
    if actor is None or actor.sector != MEDIA:
        return actor
    reporting = word_set("reporting_verbs.yaml", "reporting_verbs")
    for verb in draft.trigger.token.ancestors:
        if lemma(verb) in reporting:
            return _unless_subject_of(verb, actor)
    return actor


def _unless_subject_of(verb: Token, actor: Actor) -> Actor | None:
    """``actor``, unless it stands in the subject of ``verb`` (a verb with no subject keeps it)."""
    doer = subject(verb)
    if doer is None:
        return actor
    start, end = doer.left_edge.idx, doer.right_edge.idx + len(doer.right_edge)
    return None if start <= actor.start < end else actor
