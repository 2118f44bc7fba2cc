"""Noun phrases -> coded Actors: named actors, countries (and their capitals), generic agents.

The coder works on the parsed tokens of a role (subject, object, agent); the dictionary behind it
holds the data. ``ArticleContext`` carries what is known of the article so far (its date, the
last person named, for "he").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from crisislens.actors.dictionary import ActorDictionary, CodedName
from crisislens.geo.gazetteer import Gazetteer
from crisislens.geo.resolver import DIRECTIONS
from crisislens.schemas import NON_STATE_CODES, Actor

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "nummod", "det", "quantmod", "npadvmod"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
TITLE_SECTORS = {
    "president": "GOV",
    "minister": "GOV",
    "premier": "GOV",
    "chancellor": "GOV",
    "general": "MIL",
    "commander": "MIL",
    "governor": "GOV",
    "mayor": "GOV",
    "senator": "LEG",
    "judge": "JUD",
    "prosecutor": "JUD",
    "king": "GOV",
    "leader": "GOV",
    "ambassador": "GOV",
}


@dataclass
class ArticleContext:
    day: str | None
    last_person: Actor | None = None
    actors: list[Actor] = field(default_factory=list)
    last_event: object | None = None  # the last event noun's Event, for "it spread to ..."
    countries: dict[str, int] = field(default_factory=dict)  # country mentions in the article
    sentence_countries: dict[int, set[str]] = field(default_factory=dict)  # by sentence start

    def sentence_country(self, sent: Span) -> str | None:
        """The one country the sentence names, if it names exactly one."""
        here = self.sentence_countries.get(sent.start_char, set())
        return next(iter(here)) if len(here) == 1 else None

    def default_country(self, sent: Span) -> str | None:
        """The country an unattributed actor most likely belongs to: the only country its
        sentence names, else the article's dominant country."""
        here = self.sentence_countries.get(sent.start_char, set())
        if len(here) == 1:
            return next(iter(here))
        if self.countries:
            top, n = max(self.countries.items(), key=lambda kv: kv[1])
            if n * 2 > sum(self.countries.values()) and (not here or top in here):
                return top
        return None


def _entity_of(token: Token) -> Span | None:
    if token.ent_type_ in NAME_LABELS:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    return None


def _phrase(head: Token) -> Span:
    """The head noun with the modifiers to its left ("3000 mostly Russian troops")."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS or child.dep_ == "advmod":
            start = min(start, child.left_edge.i)
    ent = _entity_of(head)
    if ent is not None:
        start = min(start, ent.start)
        end = max(head.i + 1, ent.end)
    else:
        end = head.i + 1
    span = head.doc[start:end]
    while len(span) > 1 and (span[0].dep_ == "det" or span[0].is_punct):
        span = span[1:]
    return span


class ActorCoder:
    """Code the actor behind a head token, resolving roles at the article's date."""

    def __init__(self, dictionary: ActorDictionary, gazetteer: Gazetteer | None) -> None:
        self.dictionary = dictionary
        self.gazetteer = gazetteer

    def code(self, head: Token, context: ArticleContext) -> Actor | None:
        if head.lower_ in PERSON_PRONOUNS and head.pos_ == "PRON":
            earlier = [e for e in head.sent.ents if e.label_ == "PERSON" and e.end <= head.i]
            if earlier:  # "leave Mr Putin in no doubt about the risks he is running"
                named = self.code(earlier[-1].root, context)
                if named is not None:
                    context.last_person = named
            if context.last_person is None:
                return self._antecedent(head, context)
            return context.last_person.model_copy(
                update={"text": head.text, "start": head.idx, "end": head.idx + len(head.text)}
            )
        if head.lower_ in GROUP_PRONOUNS and head.pos_ == "PRON":
            speaker = _speaker(head)  # "Uganda said it had paid", "rebels said they would"
            return self.code(speaker, context) if speaker is not None else None
        inner = _of_object(head)
        if inner is not None:  # "thousands of students", "representatives of Sudan's army"
            actor = self.code(inner, context)
            if actor is not None:
                return actor
        if head.pos_ in ("PRON", "DET", "NUM", "VERB", "AUX", "ADP", "PUNCT", "SPACE"):
            return None
        span = _phrase(head)
        actor = self._code_span(span, head, context)
        if actor is not None and actor.country and head.ent_type_ == "NORP":
            home = self._residence(span, head, actor.country, context)
            if home is not None:
                actor = actor.model_copy(update={"country": home})
            if actor.sector is None and head.tag_ in ("NNS", "NNPS"):
                # "Algerians blocked roads": a people, not their state ("the Russian
                # deployment" is the state's, and is coded so from the event)
                actor = actor.model_copy(update={"sector": "CVL"})
        if actor is not None:
            context.actors.append(actor)
            if head.ent_type_ == "PERSON":
                context.last_person = actor
        return actor

    def _residence(
        self, span: Span, head: Token, nation: str, context: ArticleContext
    ) -> str | None:
        """Where a people named by nationality live, when the text says it is elsewhere: "the
        Albanians of southern Serbia" (SRB); "ethnic Albanians demonstrated in Serbia" (a
        minority: the country the sentence places it in). "Americans in Iraq" stay American."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            place = _country(self._code_object(prep, context))
            if place is not None and place != nation:
                return place
        if not any(t.lower_ == "ethnic" for t in span):
            return None
        for ent in head.sent.ents:
            if ent.label_ == "GPE" and not ent.start <= head.i < ent.end:
                place = _country(self._code_span(ent, ent.root, context))
                if place is not None and place != nation and place not in NON_STATE_CODES:
                    return place
        return None

    def _antecedent(self, pronoun: Token, context: ArticleContext) -> Actor | None:
        """No person named yet: a leader-like noun earlier in the sentence ("the Russian
        despot ... he")."""
        for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            if token.pos_ == "NOUN" and self.dictionary.agent_sector(token.lemma_) in (
                "GOV",
                "MIL",
            ):
                coded = self._code_span(_phrase(token), token, context)
                if coded is not None and coded.country is not None:
                    return coded.model_copy(
                        update={
                            "text": pronoun.text,
                            "start": pronoun.idx,
                            "end": pronoun.idx + len(pronoun.text),
                        }
                    )
        return None

    def _code_span(self, span: Span, head: Token, context: ArticleContext) -> Actor | None:
        ent = _entity_of(head)
        coded: CodedName | None = None
        if ent is not None:
            coded = self._code_entity(ent, context)
            if coded is not None:
                if ent.label_ == "NORP" and head.ent_type_ != "NORP":
                    coded = None  # a nationality inside a longer phrase: handled below
                else:
                    if ent.label_ == "NORP" and coded.country and self.gazetteer is not None:
                        country = self.gazetteer.country(coded.country)
                        coded = CodedName(
                            country.name if country else coded.name, coded.country, coded.sector
                        )
                    return _actor(ent, coded, head)
        # a named actor or nationality among the modifiers: "Russian troops", "Putin's government"
        country = None
        owner: CodedName | None = None
        for token in span:
            if token.i == head.i:
                continue
            inner = _entity_of(token)
            if (
                inner is not None
                and inner.root.i == head.i
                and country is None
                and token.i < head.i
            ):  # "Gambian President Dawda Jawara" as one entity
                country = self.dictionary.nationality(token.text)
                continue
            if inner is not None and inner.root.i != head.i:
                inner_code = self._code_entity(inner, context)
                if inner_code is not None and country is None:
                    country = inner_code.country
                    owner = inner_code
                elif country is None and token.dep_ in ("amod", "compound"):
                    country = self.dictionary.nationality(token.text)  # "Gambian" tagged ORG
            elif token.dep_ in ("amod", "compound") and country is None:
                country = self.dictionary.nationality(token.text)
        governing = head.lemma_.lower() in ("government", "regime", "authority", "leadership")
        for child in head.children:  # "police of Kazakhstan", "troops from Russia"
            if (
                child.dep_ == "prep"
                and country is None
                and (child.lower_ in ("of", "from") or child.lower_ == "in" and governing)
            ):
                for pobj in child.children:
                    inner = _entity_of(pobj)
                    if inner is not None and inner.label_ in ("GPE", "NORP"):
                        inner_code = self._code_entity(inner, context)
                        country = inner_code.country if inner_code else None
                    elif pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        # "inhabitants of the Syrian Golan Heights": the place's country
                        country = _country(self._code_span(_phrase(pobj), pobj, context))
            if (
                child.dep_ == "acl"
                and child.lemma_ in ("base", "locate", "operate")
                and country is None
            ):  # "a newspaper based in Beirut"
                prep = next(
                    (c for c in child.children if c.dep_ == "prep" and c.lower_ in ("in", "at")),
                    None,
                )
                country = _country(self._code_object(prep, context))
        lemma_phrase = (
            " ".join(
                t.lemma_.lower() for t in span if t.dep_ in ("compound", "amod") and not t.ent_type_
            )
            + " "
            + head.lemma_
        )
        sector = self.dictionary.agent_sector(lemma_phrase.strip()) or self.dictionary.agent_sector(
            head.lower_
        )
        if sector in ("GOV", None) and head.lemma_.lower() in MEMBER_WORDS:
            # "rebel leaders", "opposition officials", "union members": whose leaders
            inner = next(
                (
                    s
                    for s in (
                        self.dictionary.agent_sector(t.lemma_)
                        for t in span
                        if t.i < head.i and t.dep_ in ("amod", "compound")
                    )
                    if s not in (None, "GOV")
                ),
                None,
            )
            sector = inner or sector
        if sector is None and head.lower_ in GROUP_WORDS:  # "opposition groups"
            sector = next(
                (
                    self.dictionary.agent_sector(t.lemma_)
                    for t in span
                    if t.i != head.i and self.dictionary.agent_sector(t.lemma_)
                ),
                None,
            )
        if sector is None and country is None and ent is None:
            # "a camp for Congolese refugees", "the homes of farmers": whose thing it is
            for child in head.children:
                owner_actor = (
                    self._code_object(child, context)
                    if child.dep_ == "prep" and child.lower_ in ("for", "of")
                    else None
                )
                if owner_actor is not None:
                    country, sector = owner_actor.country, owner_actor.sector
                    break
        if country is None:  # "Kenzo Oshima, the UN relief coordinator"
            appos = next((c for c in head.children if c.dep_ == "appos"), None)
            if appos is not None:
                described = self._code_span(_phrase(appos), appos, context)
                if described is not None and described.country is not None:
                    country = described.country
                    sector = sector or described.sector
        if ent is not None and ent.label_ in ("PERSON", "ORG") and coded is None:
            name = ent.text
            sector = (
                sector
                or self._title_sector(span)
                or ("GOV" if ent.label_ == "ORG" and "ministry" in ent.text.lower() else None)
            )
            if country is None:  # "Kenya Anti-Corruption Commission", "Serbian Workers' Union"
                country = next(
                    (self._country_word(t.text) for t in ent if self._country_word(t.text)), None
                )
            if country is None:  # "Vice-President Moody Awori": the country in context
                country = context.default_country(head.sent)
            return Actor(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                name=_clean_name(name),
                country=country,
                sector=sector,
            )
        if sector is None and country is None:
            return None
        if sector is None and owner is not None and owner.sector:
            sector = owner.sector
        if owner is not None and head.lemma_.lower() in ("government", "administration", "regime"):
            country = owner.country
        name = _clean_name(span.text)
        if len(name.split()) > 4:  # "Ukraine's similarly autocratic ... regime" -> "Ukraine regime"
            owner_name = owner.name if owner is not None else None
            name = " ".join(x for x in (owner_name, head.text) if x)
        return Actor(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            name=name,
            country=country,
            sector=sector,
        )

    def _code_object(self, prep: Token | None, context: ArticleContext) -> Actor | None:
        """The actor the object of a preposition names ("based in Beirut")."""
        pobj = (
            next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        )
        return self._code_span(_phrase(pobj), pobj, context) if pobj is not None else None

    def _code_entity(self, ent: Span, context: ArticleContext) -> CodedName | None:
        text = ent.text
        named = self.dictionary.named(text, context.day)
        if named is not None:
            return named
        if ent.label_ == "NORP":
            iso3 = self.dictionary.nationality(text)
            return CodedName(text, iso3, None) if iso3 else None
        if ent.label_ in ("GPE", "LOC", "ORG", "FAC") and self.gazetteer is not None:
            first, _, rest = text.partition(" ")
            if first.lower() in DIRECTIONS and rest:  # "South Lebanon", not South Lebanon, Ohio
                country = self.gazetteer.country_by_name(rest)
                if country is not None:
                    return CodedName(country.name, country.country, "GOV")
            candidates = self.gazetteer.lookup(text)
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
            ):  # "Texas", "England", "South Lebanon"
                return CodedName(top.name, top.country, "GOV")
        return None

    def _country_word(self, word: str) -> str | None:
        """ISO3 for a nationality word or a country's name, else None."""
        if not word[:1].isupper():
            return None
        iso3 = self.dictionary.nationality(word)
        if iso3 is None and self.gazetteer is not None:
            country = self.gazetteer.country_by_name(word)
            iso3 = country.country if country is not None else None
        return iso3

    def _title_sector(self, span: Span) -> str | None:
        for token in span:
            sector = TITLE_SECTORS.get(token.lower_)
            if sector:
                return sector
        return None


GROUP_PRONOUNS = {"it", "they", "we"}
REPORTING_VERBS = {
    "say",
    "announce",
    "state",
    "claim",
    "tell",
    "report",
    "warn",
    "insist",
    "declare",
    "add",
    "confirm",
    "vow",
    "pledge",
    "threaten",
    "promise",
}
MEMBER_WORDS = {
    "leader",
    "official",
    "member",
    "representative",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "chief",
    "head",
    "delegation",
    "delegate",
}
GROUP_WORDS = {
    "thousand",
    "thousands",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "million",
    "millions",
    "scores",
    "group",
    "groups",
    "crowd",
    "crowds",
    "number",
    "representative",
    "representatives",
    "member",
    "members",
    "delegation",
    "delegations",
    "unit",
    "units",
    "some",
    "many",
    "most",
    "all",
    "several",
    "few",
    "rest",
    "part",
    "wing",
}


def _speaker(pronoun: Token) -> Token | None:
    """Who "it", "they" or "we" is in a reported clause: the reporting verb's subject."""
    clause = pronoun.head
    if (
        pronoun.dep_ not in ("nsubj", "nsubjpass")
        or clause.dep_ != "ccomp"
        or clause.head.lemma_.lower() not in REPORTING_VERBS
    ):
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return speaker if speaker is not None and speaker.pos_ != "PRON" else None


def _of_object(head: Token) -> Token | None:
    """The noun after "of" when the head only counts or represents it."""
    if head.lower_ not in GROUP_WORDS and not head.like_num:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _clean_name(text: str) -> str:
    text = text.replace("\u2019s", "").replace("'s", "").strip()
    words = [w for w in text.split() if w.lower() not in ("the", "a", "an", "mostly")]
    return " ".join(words) if words else text


def _actor(ent: Span, coded: CodedName, head: Token) -> Actor:
    span = _phrase(head)
    if not (span.start <= ent.start and ent.end <= span.end):
        span = ent
    return Actor(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        name=coded.name,
        country=coded.country,
        sector=coded.sector,
    )
