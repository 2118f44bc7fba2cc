"""Noun phrases -> coded Actors: named actors, countries (and their capitals), generic agents.

The coder works on the parsed tokens of a role (subject, object, agent); the dictionary behind it
holds the data, ``data/actor_words.yaml`` the words its rules read, and ``rules.py`` the rules.
This module only runs them in order. ``ArticleContext`` carries what is known of the article so
far (its date, the last person named, for "he").

>>> # doctest: +SKIP
>>> coder = ActorCoder(ActorDictionary.load(), gazetteer)
>>> doc = nlp("Ruritanian riot police dispersed the crowd.")
>>> coder.code(doc[2], ArticleContext(day="2022-01-07")).sector
'COP'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.actors import rules
from crisislens.actors.context import ArticleContext
from crisislens.actors.dictionary import ActorDictionary, CodedName
from crisislens.actors.mention import Mention, child, entity_of, phrase
from crisislens.actors.words import ActorWords
from crisislens.geo.gazetteer import Gazetteer
from crisislens.geo.resolver import DIRECTIONS
from crisislens.schemas import Actor

__all__ = ["ActorCoder", "ArticleContext"]


class ActorCoder:
    """Code the actor behind a head token, resolving roles at the article's date."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        gazetteer: Gazetteer | None,
        words: ActorWords | None = None,
    ) -> None:
        self.dictionary = dictionary
        self.gazetteer = gazetteer
        self.words = words or ActorWords.load()

    def code(self, head: Token, context: ArticleContext) -> Actor | None:
        """The actor ``head`` names, remembered in ``context``; None if it names none."""
        for rule in rules.HEAD_RULES:
            decided = rule(self, head, context)
            if decided is not None:
                return decided.actor
        span = phrase(head)
        actor = self.code_span(span, head, context)
        if actor is None:
            return None
        if actor.country and head.ent_type_ == "NORP":
            for people_rule in rules.PEOPLE_RULES:
                actor = people_rule(self, actor, span, head, context)
        if head.ent_type_ == "PERSON":
            context.last_person = actor
        return actor

    def code_span(self, span: Span, head: Token, context: ArticleContext) -> Actor | None:
        """The actor a phrase names: a known name, else what the clue rules find in it."""
        mention = Mention(span, head, context, entity_of(head))
        known = rules.known_name(self, mention)
        if known is not None:
            return known
        for rule in rules.CLUE_RULES:
            rule(self, mention)
        return rules.unknown_name(self, mention) or rules.finish_actor(self, mention)

    def code_object(self, prep: Token | None, context: ArticleContext) -> Actor | None:
        """The actor the object of a preposition names ("based in Beirut")."""
        pobj = child(prep, "pobj")
        return self.code_span(phrase(pobj), pobj, context) if pobj is not None else None

    def code_entity(self, ent: Span, context: ArticleContext) -> CodedName | None:
        """A named entity as the dictionary, a nationality or the gazetteer codes it."""
        named = self.dictionary.named(ent.text, context.day)
        if named is not None:
            return named
        if ent.label_ == "NORP":
            iso3 = self.dictionary.nationality(ent.text)
            return CodedName(ent.text, iso3, None) if iso3 else None
        if ent.label_ in ("GPE", "LOC", "ORG", "FAC") and self.gazetteer is not None:
            return self._place_as_state(ent)
        return None

    def _place_as_state(self, ent: Span) -> CodedName | None:
        """A country, a capital standing for its government ("Moscow said"), or a region
        ("Texas", "South Lebanon") as its country's government."""
        if self.gazetteer is None:
            return None
        first, _, rest = ent.text.partition(" ")
        if first.lower() in DIRECTIONS and rest:  # "South Lebanon", not South Lebanon, Ohio
            country = self.gazetteer.country_by_name(rest)
            if country is not None:
                return CodedName(country.name, country.country, "GOV")
        candidates = self.gazetteer.lookup(ent.text)
        for candidate in candidates[:3]:
            if candidate.feature == "country":
                return CodedName(candidate.name, candidate.country, "GOV")
            if candidate.capital and ent.label_ != "LOC":  # "Moscow said": metonymy
                return CodedName(f"{candidate.name} (government)", candidate.country, "GOV")
        top = candidates[0] if candidates else None
        if (
            top is not None
            and top.feature in ("admin1", "region")
            and top.country
            and ent.label_ == "GPE"
        ):
            return CodedName(top.name, top.country, "GOV")
        return None

    def country_word(self, word: str) -> str | None:
        """ISO3 for a nationality word or a country's name, else None."""
        if not word[:1].isupper():
            return None
        iso3 = self.dictionary.nationality(word)
        if iso3 is None and self.gazetteer is not None:
            country = self.gazetteer.country_by_name(word)
            iso3 = country.country if country is not None else None
        return iso3
