"""Noun phrases -> coded Actors: named actors, countries (and their capitals), generic agents.

The coder works on the parsed tokens of a role (subject, object, agent); the dictionary behind it
holds the data, ``data/actor_words.yaml`` the words its rules read, and ``rules.py`` the rules.
This module only runs them in order. ``ArticleContext`` carries what is known of the article so
far (its date, the last person named, for "he").

>>> coder = ActorCoder(ActorDictionary.load(), gazetteer)  # doctest: +SKIP
>>> doc = nlp("Ruritanian riot police dispersed the crowd.")  # doctest: +SKIP
>>> coder.code(doc[2], ArticleContext(day="2022-01-07")).sector  # doctest: +SKIP
'COP'
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from crisislens.actors import clues, people, rules
from crisislens.actors.context import ArticleContext
from crisislens.actors.dictionary import ActorDictionary, CodedName
from crisislens.actors.mention import Mention, child, entity_of, phrase
from crisislens.actors.sources import SourceFinder
from crisislens.actors.words import ActorWords
from crisislens.geo.gazetteer import Gazetteer
from crisislens.geo.lexicon import GeoLexicon
from crisislens.geo.media import Outlets
from crisislens.geo.resolver import DIRECTIONS
from crisislens.nlp.doc_cache import doc_ents, doc_text
from crisislens.nlp.names import fold_place_name
from crisislens.schemas import Actor

__all__ = ["ActorCoder", "ArticleContext"]

PLACE_LABELS = frozenset({"GPE", "LOC"})
PARTICIPANT_LABELS = frozenset({"PERSON", "ORG"})


class ActorCoder:
    """Code the actor behind a head token, resolving roles at the article's date."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        gazetteer: Gazetteer | None,
        words: ActorWords | None = None,
        outlets: Outlets | None = None,
    ) -> None:
        self.dictionary = dictionary
        self.gazetteer = gazetteer
        self.words = words or ActorWords.load()
        self.sources = SourceFinder(outlets or Outlets.load(), self._known_place)

    def _known_place(self, name: str) -> bool:
        """A town of some size, a capital, a province or a country the gazetteer knows by this
        name: what a dateline names."""
        if self.gazetteer is None:
            return False
        lexicon = GeoLexicon.load()
        big = lexicon.weight("big_city_population")
        return any(
            c.feature in ("country", "admin1") or c.capital or c.population >= big
            for c in self.gazetteer.lookup(name)[:5]
        )

    def code(self, head: Token, context: ArticleContext) -> Actor | None:
        """The actor ``head`` names, remembered in ``context``; None if it names none."""
        if context.sources is None:
            context.sources = self.sources.spans(doc_text(head.doc))
        for rule in rules.HEAD_RULES:
            decided = rule(self, head, context)
            if decided is not None:
                return decided.actor
        span = _outside_sources(phrase(head), context)
        actor = self.code_span(span, head, context)
        if actor is None:
            return None
        # a people, also where the tagger took it for a body or a place ("200 Uyghurs")
        named_people = (
            head.ent_type_ == "NORP" or self.dictionary.nationality(head.text) is not None
        )
        if actor.country and named_people:
            for people_rule in people.PEOPLE_RULES:
                actor = people_rule(self, actor, span, head, context)
        context.names.add(actor.name)  # a misspelling later in the article may mean it
        rules.remember_body(self, actor, head, context)
        if head.ent_type_ == "PERSON":
            context.last_person = actor
            people.remember_person(self, actor, context)
        return actor

    def code_victims(self, head: Token, context: ArticleContext) -> Actor | None:
        """Whom an attack harmed ("killing 14 commuters"): the actor they name, else, as ACLED
        codes unnamed victims, civilians (CVL) of no country yet (the event's place gives it)."""
        actor = self.code(head, context)
        if actor is not None or head.pos_ not in ("NOUN", "PROPN"):
            return actor
        span = phrase(head)
        name = rules.clean_name(span.text, self.words.name_filler)
        return Actor(
            text=span.text, start=span.start_char, end=span.end_char, name=name, sector="CVL"
        )

    def participant(self, head: Token | None, context: ArticleContext) -> Actor | None:
        """A role word the coder cannot code (``code`` gave None) still names a participant, as
        the text names it, with no country or sector: "the gunmen", "a bakery", "they" where no
        antecedent is known. A mention's own roles carry it; an event's coded roles never do.
        None for a source or layout label, an expletive ("it was reported"), and a word that
        names a time or an amount."""
        if head is None or head.pos_ not in self.words.participant_pos:
            return None
        if head.dep_ in self.words.no_participant_deps:
            return None
        if head.ent_type_ in self.words.no_participant_labels:
            return None
        if rules.news_source(self, head, context) is not None:
            return None
        span = _outside_sources(phrase(head), context)
        if context.in_source(span.start_char, span.end_char):
            return None
        name = rules.clean_name(span.text, self.words.name_filler)
        return Actor(text=span.text, start=span.start_char, end=span.end_char, name=name)

    def participants(self, doc: Doc, context: ArticleContext) -> list[Actor]:
        """The people and bodies the article names, once each (at their first mention), with
        the sector the dictionaries or a title give them: heads of state, parties, ministries.
        A name with no sector ("Tuesday's meeting at Example Hall") is left out, and so is a
        source (a dateline's agency, a photographer)."""
        found: dict[str, Actor] = {}
        for ent in doc_ents(doc):
            if ent.label_ not in PARTICIPANT_LABELS:
                continue
            actor = self.code(ent.root, context)
            if actor is not None and actor.sector is not None:
                found.setdefault(actor.name, actor)
        return list(found.values())

    def code_span(self, span: Span, head: Token, context: ArticleContext) -> Actor | None:
        """The actor a phrase names: a known name, else what the clue rules find in it."""
        mention = Mention(span, head, context, entity_of(head))
        actor = rules.known_name(self, mention)
        if actor is None:
            for rule in clues.CLUE_RULES:
                rule(self, mention)
            actor = rules.unknown_name(self, mention) or rules.finish_actor(self, mention)
        return rules.staff_of_international_body(self, actor) if actor is not None else None

    def code_object(self, prep: Token | None, context: ArticleContext) -> Actor | None:
        """The actor the object of a preposition names ("based in Beirut")."""
        pobj = child(prep, "pobj")
        return self.code_span(phrase(pobj), pobj, context) if pobj is not None else None

    def code_entity(self, ent: Span, context: ArticleContext) -> CodedName | None:
        """A named entity as the dictionary, a nationality or the gazetteer codes it."""
        place_name = ent.label_ in PLACE_LABELS
        if ent.label_ == "PERSON":
            earlier = people.person_named_earlier(self, ent.text, context)
            if earlier is not None:
                return earlier
        if ent.label_ in ("PERSON", "ORG") and len(ent) == 1:  # the tagger may read a
            earlier = people.full_name_before(self, ent, context)  # lone surname as a body
            if earlier is not None:
                return earlier
        # a place name is the gazetteer's before it is the base dictionaries' ("Jordan")
        named = self.dictionary.named(ent.text, context.day, base=not place_name)
        if named is not None:
            return named
        if ent.label_ == "NORP":
            iso3 = self.dictionary.nationality(ent.text)
            return CodedName(ent.text, iso3, None) if iso3 else None
        if ent.label_ in ("GPE", "LOC", "ORG", "FAC") and self.gazetteer is not None:
            named = self._place_as_state(ent)
        if named is None and place_name:
            named = self.dictionary.named(ent.text, context.day)
        if named is None and ent.label_ == "PERSON":
            named = self._country_taken_for_a_person(ent) or self._near_miss(ent, context)
        if named is None:  # a people the tagger took for a place ("the Yoruba")
            iso3 = self.dictionary.nationality(ent.text)
            named = CodedName(ent.text, iso3, None) if iso3 else None
        return named

    def _near_miss(self, ent: Span, context: ArticleContext) -> CodedName | None:
        """A misspelt name of a listed person ("Mr Tokoyev"), when the article supports it: it
        names the person rightly elsewhere, or names the country they serve."""
        named = context.names
        candidates = self.dictionary.near_misses(ent.text, context.day)
        for supported in (
            lambda c: c.name in named,
            lambda c: c.country is not None and c.country in context.countries,
        ):
            found = [c for c in candidates if supported(c)]
            if len({c.name for c in found}) == 1:
                return found[0]
        return None

    def _country_taken_for_a_person(self, ent: Span) -> CodedName | None:
        """A country's name of several words that the tagger took for a person's is the
        country's government: "Papua New Guinea declares an emergency", "Papua New Guinea's
        police chief". A one-word name stays a person's ("Jordan")."""
        words = ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent
        if self.gazetteer is None or len(words) < 2:
            return None
        if fold_place_name(words.text) not in self.gazetteer.multiword_country_names():
            return None
        country = self.gazetteer.country_by_name(words.text)
        return CodedName(country.name, country.country, "GOV") if country is not None else None

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

    def country_in(self, words: Span) -> str | None:
        """ISO3 of the first country the words of a name name, a country's name of several
        words before its single words: "Papua New Guinea PM" is PNG's, not Guinea's, and
        "Ruritanian Dockers' Union" Ruritania's."""
        names = self.gazetteer.multiword_country_names() if self.gazetteer is not None else ()
        for width in range(len(words), 1, -1) if names else ():
            for start in range(len(words) - width + 1):
                text = words[start : start + width].text
                country = self.country_word(text) if fold_place_name(text) in names else None
                if country is not None:
                    return country
        return next((c for t in words if (c := self.country_word(t.text)) is not None), None)

    def country_word(self, word: str) -> str | None:
        """ISO3 for a nationality word or a country's name, else None."""
        if not word[:1].isupper():
            return None
        iso3 = self.dictionary.nationality(word)
        if iso3 is None and self.gazetteer is not None:
            country = self.gazetteer.country_by_name(word)
            iso3 = country.country if country is not None else None
        return iso3


def _outside_sources(span: Span, context: ArticleContext) -> Span:
    """A phrase less the dateline or credit its parse ran into ("LAGOS (AFP) - Riot police"),
    and less what comes before a layout label inside it: in "police lines View Photos
    Hundreds", the part before the label belongs to another line of the page."""
    start = span.start
    label_end = context.layout_end(span.start_char, span[-1].idx)
    if label_end is not None:
        start = next(t.i for t in span if t.idx >= label_end)
    while start < span.end - 1 and (
        context.in_source(span.doc[start].idx, span.doc[start].idx + 1) or span.doc[start].is_punct
    ):
        start += 1
    return span.doc[start : span.end]
