"""Rules on which state a phrase stands for, where its words point elsewhere: a town's
police are its country's, a state's mission to the UN is the state's, forces called
international are no one state's, and a nationality before a movement's name picks the
movement's branch in that country. Run by ``rules.py`` (clue rules and ``known_name``).

>>> coder.code(nlp("Kumasi police arrested two traders.")[1], context).country  # doctest: +SKIP
'GHA'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from crisislens.actors.dictionary import CodedName
from crisislens.actors.mention import NOUN_MODIFIER_DEPS, Mention, child
from crisislens.geo.lexicon import GeoLexicon
from crisislens.schemas import NON_STATE_CODES, Actor

if TYPE_CHECKING:
    from crisislens.actors.coder import ActorCoder


def town_country(coder: ActorCoder, inner: Span, span: Span, head: Token) -> str | None:
    """A town named before an agent gives the agent its country: "Kumasi police", "the
    Mosul governor" and "Tamale's mayor" are Ghana's, Iraq's and Ghana's. Only a place the
    tagger calls a GPE, modifying the head or a word of its phrase before it, that the
    gazetteer first reads as a town, with no town of nearly its size (``town_prior_margin``)
    in another country: "Lagos" is Nigeria's, a name
    shared by towns of like size in several countries gives none. A town the tagger took for
    a body ("Benghazi police" as one ORG) counts where it is a big city; one it took for a
    person never does (a first name is too often a town's too)."""
    if coder.gazetteer is None or inner.label_ not in ("GPE", "ORG"):
        return None
    governor = inner.root.head.i  # the word the town modifies: the head, or a word before it
    if not span.start <= governor <= head.i or inner.start <= governor < inner.end:
        return None
    if inner.root.dep_ not in coder.words.town_modifier_deps:
        return None
    candidates = coder.gazetteer.lookup(inner.text)
    if not candidates or candidates[0].feature not in coder.words.town_features:
        return None
    big = GeoLexicon.load().weight("big_city_population")
    if inner.label_ == "ORG" and candidates[0].population < big:
        return None  # "Benghazi police" tagged as a body: only a city of some size
    likely = candidates[0].prior - coder.words.town_prior_margin
    countries = {c.country for c in candidates if c.country and c.prior >= likely}
    return next(iter(countries)) if len(countries) == 1 else None


def state_of_a_post(coder: ActorCoder, mention: Mention) -> None:
    """A state's post abroad is the state's, whoever it is accredited to: after "the
    Ruritanian envoy Jan Example", "his UN mission" is Ruritania's government, not the UN
    ("his": the nearest person or official named before it in the sentence, else the last
    person named); "the country's embassy" is the embassy of the country last named."""
    words = coder.words
    if mention.country is not None or mention.head.lemma_.lower() not in words.state_posts:
        return
    owner = child(mention.head, "poss")
    if owner is None:
        return
    if owner.pos_ == "NOUN" and owner.lemma_.lower() in words.country_anaphors:
        pronoun = child(owner, "poss")
        owner = pronoun if pronoun is not None and pronoun.pos_ == "PRON" else owner
    elif owner.pos_ != "PRON":
        return  # "Ghana's mission": the modifiers give it
    coded = _whose(coder, owner, mention) if owner.pos_ == "PRON" else None
    coded = coded or coder.code(owner, mention.context)
    if coded is None or coded.country is None or coded.country in NON_STATE_CODES:
        return
    mention.country, mention.sector = coded.country, "GOV"


def a_states_post(coder: ActorCoder, mention: Mention) -> None:
    """A post of a state is its government wherever the state comes from: "the Ruritanian
    UN mission" and "the Elbonian delegation" are GOV, though "mission" alone names no
    agent ("a rescue mission"); a post of an international body keeps that body's code."""
    if mention.sector is not None or mention.country in (None, *NON_STATE_CODES):
        return
    if mention.head.lemma_.lower() in coder.words.state_posts:
        mention.sector = "GOV"


def _whose(coder: ActorCoder, pronoun: Token, mention: Mention) -> Actor | None:
    """Whom "his" before a post stands for: the nearest person or state official named
    before it in its sentence ("Ruritania's envoy spoke, but his mission ..."), else None."""
    sent = pronoun.sent
    for token in reversed(pronoun.doc[sent.start : pronoun.i]):
        if token.ent_type_ == "PERSON" or (
            token.pos_ == "NOUN"
            and coder.dictionary.agent_sector(token.lemma_) in coder.words.antecedent_sectors
        ):
            coded = coder.code(token, mention.context)
            if coded is not None and coded.country is not None:
                return coded
    return None


def multinational_force(coder: ActorCoder, mention: Mention) -> None:
    """Forces the text calls international are no one state's: "international forces" and
    "multinational troops" are an intergovernmental force (IGO), so the country the article
    is about does not become theirs; so is a body of many states the agent words call so
    ("the international community", IGO IGO). A country word among the modifiers wins ("the
    Ruritanian-led multinational force" is Ruritania's)."""
    words = coder.words
    if mention.country is None and mention.sector == "IGO":
        mention.country = "IGO"  # "the international community"
        return
    if mention.country is not None or mention.sector not in words.state_armed_sectors:
        return
    if any(
        t.i < mention.head.i
        and t.dep_ in NOUN_MODIFIER_DEPS
        and t.lower_ in words.multinational_words
        for t in mention.span
    ):
        mention.country = "IGO"


def named_with_nationality(coder: ActorCoder, ent: Span, day: str | None) -> CodedName | None:
    """A nationality word before a movement's name may be part of a listed name the tagger
    cut: "the Pakistani Taliban" is Tehrik-i-Taliban Pakistan, not the Afghan Taliban. Where
    no such name is listed, a body of no state that a foreign nationality word describes is
    that country's branch: "the Somali Islamic State" is Somalia's, its sector kept."""
    if ent.label_ != "ORG":
        return None
    doc, start, name_start = ent.doc, ent.start, ent.start
    while start > 0 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].head.i >= ent.start:
        start -= 1
    while name_start < ent.end - 1 and (
        doc[name_start].dep_ == "det" or coder.dictionary.nationality(doc[name_start].text)
    ):
        name_start += 1
    words = [t for t in doc[start:name_start] if t.dep_ != "det"]
    if not words:
        return None
    body = coder.dictionary.named(doc[name_start : ent.end].text, day)
    longer = coder.dictionary.named(
        " ".join(t.text for t in (*words, *doc[name_start : ent.end])), day
    )
    if longer is not None and (body is None or longer.name != body.name):
        return longer
    nationality = coder.dictionary.nationality(words[-1].text)
    if body is None or body.person or nationality is None or body.country == nationality:
        return None
    if body.sector not in coder.words.non_state_armed_sectors:
        return None
    return CodedName(body.name, nationality, body.sector)
