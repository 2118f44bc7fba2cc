"""The actor coder's rules, each a small named function; ``coder.py`` only runs them in order.

Three kinds, run in this order by :class:`~crisislens.actors.coder.ActorCoder`:

- **head rules** (``HEAD_RULES``) look at the head token alone and may settle the answer
  before any phrase is read: a pronoun is its antecedent, "thousands of X" is X;
- **clue rules** (``CLUE_RULES``) each fill the country, sector or owner of a
  :class:`~crisislens.actors.mention.Mention` that earlier rules left empty;
- **people rules** (``people.PEOPLE_RULES``, in ``people.py`` with the rules on who a surname
  names) adjust a coded people named by nationality.

Every rule's docstring gives a sentence it is written for; tests/test_actor_rules.py holds one
test per rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from crisislens.actors import states
from crisislens.actors.context import ArticleContext
from crisislens.actors.dictionary import CodedName
from crisislens.actors.mention import (
    NOT_NOMINAL,
    NOUN_MODIFIER_DEPS,
    Mention,
    child,
    clean_name,
    counted,
    earlier_subject,
    entity_of,
    phrase,
    quoting_speaker,
    speaker,
)
from crisislens.nlp.doc_cache import span_ents
from crisislens.schemas import Actor

if TYPE_CHECKING:
    from crisislens.actors.coder import ActorCoder


@dataclass(frozen=True)
class Decided:
    """A head rule's answer: this actor (or no actor at all), whatever the phrase says."""

    actor: Actor | None


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _at(actor: Actor, token: Token) -> Actor:
    """The same actor, as mentioned by ``token`` ("he")."""
    return actor.model_copy(
        update={"text": token.text, "start": token.idx, "end": token.idx + len(token.text)}
    )


# -- head rules ------------------------------------------------------------------------------
def person_pronoun(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """ "he" is the last person named: "Ms Example met the envoy, and she said ..." is
    Ms Example; with no person yet, a leader-like noun before it ("the dictator ... he")."""
    if head.lower_ not in coder.words.person_pronouns or head.pos_ != "PRON":
        return None
    earlier = [e for e in span_ents(head.sent) if e.label_ == "PERSON" and e.end <= head.i]
    if earlier:
        named = coder.code(earlier[-1].root, context)
        if named is not None:
            context.last_person = named
    if context.last_person is None:
        return Decided(antecedent_noun(coder, head, context))
    return Decided(_at(context.last_person, head))


def antecedent_noun(coder: ActorCoder, pronoun: Token, context: ArticleContext) -> Actor | None:
    """No person named yet: the nearest earlier noun of a ruler or commander with a country
    ("the Ruritanian general said he would resign": the general)."""
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if (
            token.pos_ == "NOUN"
            and coder.dictionary.agent_sector(token.lemma_) in coder.words.antecedent_sectors
        ):
            coded = coder.code_span(phrase(token), token, context)
            if coded is not None and coded.country is not None:
                return _at(coded, pronoun)
    return None


def reported_speaker(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """ "it", "they", "we" as subject of a reported clause is the speaker: "the union said they
    would strike" is the union; "they" told before its speaker ("they fired on us, villagers
    said"), or said by no one, is the subject of the sentence before (``earlier_subject``)."""
    if head.lower_ not in coder.words.group_pronouns or head.pos_ != "PRON":
        return None
    subject = speaker(head, coder.words.reporting_verbs)
    if subject is None and head.lower_ in coder.words.earlier_subject_pronouns:
        earlier = earlier_subject(head, coder.words.reporting_verbs, coder.words.collective_nouns)
        actor = coder.code(earlier, context) if earlier is not None else None
        return Decided(_at(actor, head) if actor is not None else None)
    return Decided(coder.code(subject, context) if subject is not None else None)


def counted_group(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """A word that only counts or represents a group is the group: "hundreds of nurses",
    "envoys of the Ruritanian army"."""
    inner = counted(head, coder.words.group_words, coder.words.counted_preps)
    if inner is None:
        return None
    actor = coder.code(inner, context)
    return Decided(actor) if actor is not None else None


def news_source(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """A source is no actor: a dateline ("LAGOS (Reuters) -"), a photo credit, a named outlet
    ("reports The Daily Example"), and a publishing body that reports ("the weekly said", "a
    Lagos daily reports"). Journalists themselves stay actors."""
    ent = entity_of(head)
    start, end = (ent.start_char, ent.end_char) if ent is not None else (head.idx, head.idx + 1)
    if context.in_source(start, end) or _outlet_unit(coder, head, context):
        return Decided(None)
    words = coder.words
    lemma = head.lemma_.lower()
    if lemma in words.media_bodies or _compound_lemma(head) in words.media_bodies:
        verb = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in words.reporting_verbs:
            return Decided(None)
        if head.dep_ == "pobj" and f"{verb.head.lower_} {verb.lower_}" in words.attribution:
            return Decided(None)
    if head.lower_ in words.report_words and any(
        t.lemma_.lower() in words.media_bodies for t in head.lefts
    ):
        return Decided(None)
    return None


def _outlet_unit(coder: ActorCoder, head: Token, context: ArticleContext) -> bool:
    """A unit of a named outlet is that outlet: "the Daily Example's Cairo bureau", "the
    broadcaster's Arabic service"."""
    if head.lemma_.lower() not in coder.words.media_units:
        return False
    owner = child(head, "poss")
    if owner is None:
        return False
    ent = entity_of(owner)
    start, end = (ent.start_char, ent.end_char) if ent is not None else (owner.idx, owner.idx + 1)
    return context.in_source(start, end) or owner.lemma_.lower() in coder.words.media_bodies


def _compound_lemma(head: Token) -> str:
    """ "news agency": the head with the compound before it."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == head.i:
        return f"{before.lemma_.lower()} {head.lemma_.lower()}"
    return head.lemma_.lower()


def named_body_again(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """ "the group", "the rebels" or "the militants", bare and definite, is the body last
    named, where its kind fits: after "Al-Shabab fighters stormed a hotel", "the militants
    killed nine guests" are al-Shabab's (and not the country's rebels at large)."""
    body, words = context.last_body, coder.words
    if body is None or head.pos_ != "NOUN" or head.lemma_.lower() not in words.body_anaphors:
        return None
    kids = list(head.children)
    definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in kids)
    if not definite or any(c.dep_ not in ("det", "punct") for c in head.lefts):
        return None
    if any(c.dep_ == "prep" and c.lower_ in words.counted_preps for c in head.rights):
        return None  # "the group of farmers" is the farmers
    sector = coder.dictionary.agent_sector(head.lemma_)
    if sector is not None and sector != body.sector:
        return None  # "the protesters" after a named rebel group are others
    return Decided(_at(body, head))


def remember_body(coder: ActorCoder, actor: Actor, head: Token, context: ArticleContext) -> None:
    """Keep a named body that is no state's organ (:func:`named_body_again`): a name the
    phrase bears ("Al-Shabab", "M23 rebels"), not a bare role word; a movement that rules
    ("the Taliban") is one, a ministry is not. Keep a state named as such for "the country"
    (:func:`country_again`)."""
    if actor.sector == "GOV" and head.ent_type_ in ("GPE", "NORP"):
        context.last_state = actor
    if actor.sector is None or head.ent_type_ == "PERSON":
        return
    if actor.sector in coder.words.state_sectors:
        organ = any(w in actor.text.lower() for w in coder.words.state_body_words)
        if head.ent_type_ != "ORG" or organ:
            return
    named = head.ent_type_ in ("ORG", "NORP") or any(
        t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and t.is_title) for t in head.lefts
    )
    if named:
        context.last_body = actor


def country_again(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """ "the country", bare and definite, is the state last named as such: after "Canada said
    it would respond", "the country will impose tariffs" is Canada's government."""
    words = coder.words
    if head.pos_ != "NOUN" or head.lemma_.lower() not in words.country_anaphors:
        return None
    state = _last_country_named(coder, head, context) or context.last_state
    if state is None:
        return None
    definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in head.lefts)
    if not definite or any(c.dep_ not in ("det", "punct") for c in head.lefts):
        return None
    if any(c.dep_ == "prep" for c in head.rights):
        return None  # "the country of his birth"
    return Decided(_at(state, head))


def _last_country_named(coder: ActorCoder, head: Token, context: ArticleContext) -> Actor | None:
    """The state of the one country the nearest sentence before ``head``'s that names any
    names, as an actor at ``head`` (None where that sentence names several). Not its own
    sentence's: there a country is most often another party ("on American steel")."""
    here = head.sent.start_char
    before = [s for s in context.sentence_countries if s < here]
    named = context.sentence_countries[max(before)] if before else set()
    if len(named) != 1:
        return None
    iso3 = next(iter(named))
    country = coder.gazetteer.country(iso3) if coder.gazetteer is not None else None
    name = country.name if country is not None else iso3
    end = head.idx + len(head.text)
    return Actor(text=head.text, start=head.idx, end=end, name=name, country=iso3, sector="GOV")


def noun_again(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """ "those leaders" or "the soldiers", bare and definite, are the ones named just before
    with the same noun and a country: after "the army blamed the leaders of two Ruritanian
    provinces", "those leaders said they would not attend" are Ruritania's."""
    words = coder.words
    if head.pos_ != "NOUN" or coder.dictionary.agent_sector(head.lemma_) is None:
        return None
    lefts = list(head.lefts)
    if not any(c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in lefts):
        return None
    if any(c.dep_ not in ("det", "punct") for c in lefts) or any(
        c.dep_ in ("prep", "acl", "relcl", "appos") for c in head.rights
    ):
        return None
    earlier = _same_noun_before(head)
    actor = coder.code(earlier, context) if earlier is not None else None
    if actor is None or actor.country is None:
        return None
    return Decided(_at(actor, head))


def _same_noun_before(head: Token) -> Token | None:
    """The nearest noun with ``head``'s lemma before it, in its sentence or the one before,
    that says more than ``head`` does (a modifier or a dependent of its own)."""
    sent = head.sent
    start = head.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for token in reversed(head.doc[start : head.i]):
        if token.pos_ == "NOUN" and token.lemma_ == head.lemma_:
            said = [c for c in token.children if c.dep_ not in ("det", "punct")]
            return token if said else None
    return None


def not_nominal(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """A pronoun, number, verb or function word heads no actor ("that", "three", "went")."""
    return Decided(None) if head.pos_ in NOT_NOMINAL else None


HEAD_RULES = (
    news_source,
    person_pronoun,
    reported_speaker,
    named_body_again,
    country_again,
    noun_again,
    counted_group,
    not_nominal,
)


# -- a name the dictionaries know ----------------------------------------------------------------
def known_name(coder: ActorCoder, mention: Mention) -> Actor | None:
    """A name the actor dictionary or gazetteer codes: "Mr Putin", "Egypt", "Cairo said";
    a nationality heading its own phrase ("the Ruritanians") is coded as its country."""
    ent, head = mention.entity, mention.head
    if ent is None:
        return untagged_name(coder, mention)
    day = mention.context.day
    coded = states.named_with_nationality(coder, ent, day) or coder.code_entity(
        ent, mention.context
    )
    if coded is None or (ent.label_ == "NORP" and head.ent_type_ != "NORP"):
        return None
    if ent.label_ == "NORP" and coded.country and coder.gazetteer is not None:
        country = coder.gazetteer.country(coded.country)
        coded = CodedName(country.name if country else coded.name, coded.country, coded.sector)
    span = phrase(head)
    if not (span.start <= ent.start and ent.end <= span.end):
        span = ent
    actor = _named(span, coded)
    if coded.person and coded.sector in ("ELI", None):
        actor = office_in_text(coder, mention, actor)
    return actor


def untagged_name(coder: ActorCoder, mention: Mention) -> Actor | None:
    """A proper noun the tagger left unnamed that our own dictionary lists as a person or a
    body: in "Last week, Macron called Scholz", "Macron" may carry no entity label, yet it is
    the French president. Only our own entries, never the base layers' (a capitalised common
    word is too often a Phoenix name). A capitalised word read as a common noun is a name
    only when it is a person's ("Trump denied the request", the tagger's "trump")."""
    head = mention.head
    common = head.pos_ == "NOUN" and head.is_title
    if (head.pos_ != "PROPN" and not common) or head.ent_type_:
        return None
    words = [t for t in mention.span if t.pos_ == "PROPN" and not t.ent_type_] or [head]
    span = head.doc[words[0].i : words[-1].i + 1]
    coded = coder.dictionary.named(span.text, mention.context.day, base=False)
    if coded is None and not common:
        span = name_through_of(span)
        coded = coder.dictionary.named(span.text, mention.context.day, base=False)
    if coded is None or (common and not coded.person):
        return None
    return _named(span, coded)


def name_through_of(span: Span) -> Span:
    """A name the tagger cut at its "of": "the Group of Seven", "the League of Arab States"
    run on through "of" and the capitalised words after it (the span itself where none
    follow)."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != span[-1].i:
        return span
    stop = end + 1
    while stop < len(doc) and (doc[stop].is_title or doc[stop].is_upper) and not doc[stop].is_punct:
        stop += 1
    return doc[span.start : stop] if stop > end + 1 else span


def _named(span: Span, coded: CodedName) -> Actor:
    """The actor a dictionary entry names, at ``span``."""
    return Actor(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        name=coded.name,
        country=coded.country,
        sector=coded.sector,
    )


def office_in_text(coder: ActorCoder, mention: Mention, actor: Actor) -> Actor:
    """A person the dictionaries know only out of office (ELI, or no sector from the base
    layer) whom the text gives an office holds it: "UN envoy Jan Example" (once a Polish minister) is IGO, "Governor Jan Example"
    GOV. The text is newer than any dictionary; "former Governor Jan Example" stays ELI."""
    words = coder.words
    if any(t.lower_ in words.former_words for t in mention.span):
        return actor.model_copy(update={"sector": "ELI"}) if actor.sector is None else actor
    clues = Mention(mention.span, mention.head, mention.context, mention.entity)
    country_from_modifiers(coder, clues)
    country_from_apposition(coder, clues)
    title = _title_sector(coder, mention)
    if clues.country is not None and clues.country != actor.country:
        owner_sector = clues.owner.sector if clues.owner is not None else None
        sector = title or clues.sector or owner_sector or actor.sector
        return actor.model_copy(update={"country": clues.country, "sector": sector})
    return actor.model_copy(update={"sector": title}) if title else actor


# -- clue rules: each fills what earlier rules left empty ------------------------------------
def country_from_modifiers(coder: ActorCoder, mention: Mention) -> None:
    """A nationality or named actor among the modifiers gives the country: "Ruritanian
    troops", "Putin's government" (and its owner, Putin). A patron ("Ruritania-led") gives
    it only when no other modifier does: "Ruritania-led CSTO troops" are the CSTO's, but
    "Ruritanian-led forces" Ruritania's."""
    for patrons in (False, True):
        for token in mention.span:
            if mention.country is not None:
                return
            if token.i == mention.head.i or _is_patron(coder, token, mention.head) != patrons:
                continue
            mention.country, owner = _modifier_country(coder, mention, token)
            mention.owner = owner or mention.owner


def _is_patron(coder: ActorCoder, token: Token, head: Token) -> bool:
    return token.head.i != head.i and token.head.lemma_.lower() in coder.words.patron_verbs


def _modifier_country(
    coder: ActorCoder, mention: Mention, token: Token
) -> tuple[str | None, CodedName | None]:
    head = mention.head
    inner = entity_of(token)
    if inner is not None and inner.root.i == head.i and token.i < head.i:
        # "Gambian President Dawda Jawara" as one entity: its leading nationality word
        return coder.dictionary.nationality(token.text), None
    if inner is not None and inner.root.i != head.i:
        coded = coder.code_entity(inner, mention.context)
        if coded is not None:
            return coded.country, coded
        town = states.town_country(coder, inner, mention.span, head)
        if town is not None:  # "Kumasi police": the town's country
            return town, None
    if token.dep_ in NOUN_MODIFIER_DEPS:  # also "Gambian" tagged ORG
        country = coder.dictionary.nationality(token.text)
        if country is None and (inner is None or inner.label_ == "NORP"):
            coded = _untagged_body(coder, mention, token)
            if coded is not None:
                return coded.country, coded
        return country, None
    return None, None


def _untagged_body(coder: ActorCoder, mention: Mention, token: Token) -> CodedName | None:
    """A body our own dictionary lists, named by capitalised modifiers the tagger did not read
    as one name: "seven IS members" and "Islamic State members" are the Islamic State's."""
    capital = {t.i for t in mention.span if t.i < mention.head.i and (t.is_title or t.is_upper)}
    if token.i not in capital:
        return None
    start, end = token.i, token.i + 1
    while start - 1 in capital:
        start -= 1
    while end in capital:
        end += 1
    day, doc = mention.context.day, token.doc
    for text in (doc[start:end].text, token.text):
        coded = coder.dictionary.named(text, day, base=False)
        if coded is not None and not coded.person:
            return coded
    return None


def country_from_dependents(coder: ActorCoder, mention: Mention) -> None:
    """A country named after the head: "police of Ruritania", "troops from Ruritania", "the
    government in Kabul", "a radio station based in Tirana"."""
    words = coder.words
    governing = mention.head.lemma_.lower() in words.governing_heads
    for dependent in mention.head.children:
        if mention.country is not None:
            return
        if dependent.dep_ == "prep" and (
            dependent.lower_ in words.origin_preps
            or (governing and dependent.lower_ in words.governing_preps)
        ):
            _country_of_objects(coder, mention, dependent)
        if (
            mention.country is None
            and dependent.dep_ == "acl"
            and dependent.lemma_ in words.base_verbs
        ):
            prep = child(dependent, "prep", words.base_preps)
            mention.country = _country(coder.code_object(prep, mention.context))


def _country_of_objects(coder: ActorCoder, mention: Mention, prep: Token) -> None:
    for pobj in prep.children:
        name = _name_inside(pobj)
        if name is not None:  # "delegates from the African Union member states"
            span = name_through_of(name.doc[name.i : name.i + 1])
            coded = coder.dictionary.named(span.text, mention.context.day)
            mention.country = coded.country if coded is not None else None
            if mention.country is not None:
                return
        inner = entity_of(pobj)
        if inner is not None and inner.label_ in ("GPE", "NORP"):
            coded = coder.code_entity(inner, mention.context)
            mention.country = coded.country if coded else None
        elif pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
            # "residents of the Ruritanian Highlands": the place's country
            mention.country = _country(coder.code_span(phrase(pobj), pobj, mention.context))


def _name_inside(pobj: Token) -> Token | None:
    """A body's name the parse hung inside a common noun as its modifier: "Group" in "the
    Group of Seven leading democracies"."""
    if pobj.pos_ != "NOUN":
        return None
    return next(
        (c for c in pobj.children if c.dep_ == "nmod" and c.ent_type_ in ("ORG", "GPE")), None
    )


def sector_from_agent_noun(coder: ActorCoder, mention: Mention) -> None:
    """The agent noun gives the sector, longest phrase first, as lemmas or as written: "riot
    police" COP, "troops" MIL, "armed men" REB."""
    modifiers = [t for t in mention.span if t.dep_ in NOUN_MODIFIER_DEPS and not t.ent_type_]
    head = mention.head
    lemmas = " ".join([*(t.lemma_.lower() for t in modifiers), head.lemma_])
    written = " ".join([*(t.lower_ for t in modifiers), head.lower_])
    mention.sector = coder.dictionary.agent_sector(lemmas, written) or mention.sector


def nationals_are_civilians(coder: ActorCoder, mention: Mention) -> None:
    """A country's nationals are its civilians: "three Ruritanian nationals were detained at
    the border", "nationals of Elbonia" and "Elbonia flew its nationals home" are CVL of that
    country, not its state. Only the plural noun whose country is known: the adjective
    "national" ("the national army", "national leaders") names no people, and "foreign
    nationals" are no one's civilians here."""
    if mention.sector is not None or mention.country is None:
        return
    if mention.head.lower_ in coder.words.national_nouns and mention.head.tag_ == "NNS":
        mention.sector = "CVL"


def _title_sector_gives_way(coder: ActorCoder, sector: str | None) -> bool:
    """A role word's own sector that the group it serves outranks: the government's ("leader")
    and a state force's ("commander", "officer")."""
    return sector in ("GOV", None) or sector in coder.words.state_armed_sectors


def sector_of_members(coder: ActorCoder, mention: Mention) -> None:
    """Leaders, officials and members belong to the group before them: "rebel leaders" REB,
    "union officials" LAB, "an insurgent commander" and "a militia spokesman" REB, not the
    government or the army their title suggests."""
    if not _title_sector_gives_way(coder, mention.sector):
        return
    if mention.head.lemma_.lower() not in coder.words.member_words:
        return
    owner = mention.owner
    if owner is not None and not owner.person and owner.sector not in (None, "GOV"):
        mention.sector = owner.sector  # "Hamas members" are Hamas's (REB)
        return
    for token in mention.span:
        if token.i < mention.head.i and token.dep_ in NOUN_MODIFIER_DEPS:
            sector = coder.dictionary.agent_sector(token.lemma_)
            if sector not in (None, "GOV"):
                mention.sector = sector
                return


def members_of_body(coder: ActorCoder, mention: Mention) -> None:
    """Leaders and members of a body named after them are that body's: "the chairman's
    deputies" aside, "two leaders of the opposition party" are OPP and "the commander of the
    Karen National Union" the union's, not the government or army their title suggests."""
    if not _title_sector_gives_way(coder, mention.sector):
        return
    if mention.head.lemma_.lower() not in coder.words.member_words:
        return
    for prep in mention.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in coder.words.member_preps:
            continue
        body = coder.code_object(prep, mention.context)
        if body is None:
            continue
        if body.sector not in ("GOV", None):
            mention.sector = body.sector
        mention.country = mention.country or body.country
        return


def forces_of_armed_group(coder: ActorCoder, mention: Mention) -> None:
    """The forces of an armed group that is no state's are the group's: "Karen National
    Union forces" are rebels (REB), though "forces" alone would be an army (MIL)."""
    owner = mention.owner
    words = coder.words
    if owner is None or owner.sector not in words.non_state_armed_sectors:
        return
    if mention.sector in words.state_armed_sectors:
        mention.sector = owner.sector


def sector_of_group(coder: ActorCoder, mention: Mention) -> None:
    """A group word takes the sector of its modifier: "opposition groups" OPP, "student
    crowds" EDU; of a body named among them, that body's ("the Islamic State group" REB)."""
    if mention.sector is not None or mention.head.lower_ not in coder.words.group_words:
        return
    owner = mention.owner
    if owner is not None and not owner.person and owner.sector is not None:
        mention.sector = owner.sector  # "the Islamic State group": the body's, not "Islamic"
        return
    for token in mention.span:
        if token.i != mention.head.i:
            sector = coder.dictionary.agent_sector(token.lemma_)
            if sector:
                mention.sector = sector
                return


def owner_of_thing(coder: ActorCoder, mention: Mention) -> None:
    """A thing with no country or sector stands for whose it is: "a clinic for Ruritanian
    refugees" is the refugees, "the fields of farmers" the farmers."""
    if mention.sector is not None or mention.country is not None or mention.entity is not None:
        return
    for prep in mention.head.children:
        if prep.dep_ == "prep" and prep.lower_ in coder.words.owner_preps:
            objects = [o.lemma_.lower() for o in prep.children if o.dep_ == "pobj"]
            if any(o in coder.words.document_nouns for o in objects):
                continue  # "parts of the Lisbon treaty": a document is no one's
            owner = coder.code_object(prep, mention.context)
            if owner is not None:
                mention.country, mention.sector = owner.country, owner.sector
                return


def country_from_apposition(coder: ActorCoder, mention: Mention) -> None:
    """An apposition describes the head: "Jan Example, the Ruritanian envoy" is Ruritanian;
    it gives the sector too if none is known, also with no country ("Jan Example, a member
    of the upper house" is a legislator). A name set after the noun that describes it is
    described the same way: "the Ruritanian envoy, Jan Example," and "rebel commander Jan
    Example" (parsed as an apposition) are the envoy's and the commander's."""
    if mention.country is not None:
        return
    appos = child(mention.head, "appos") or _described_by(mention.head)
    describing = mention.context.describing
    if appos is None or appos.i in describing:
        return  # the phrase that asked for this one is no help describing it
    describing.add(mention.head.i)
    try:
        described = coder.code_span(phrase(appos), appos, mention.context)
    finally:
        describing.discard(mention.head.i)
    if described is not None:
        mention.country = described.country
        # a name's own title comes first: "the army's spokesman, Colonel Jan Example" is MIL
        mention.sector = mention.sector or _title_sector(coder, mention) or described.sector


def _described_by(name: Token) -> Token | None:
    """The common noun a person's name stands in apposition to, before it ("the envoy, Jan
    Example")."""
    noun = name.head
    if name.dep_ != "appos" or noun.i > name.i or noun.pos_ != "NOUN":
        return None
    return noun if name.ent_type_ == "PERSON" else None


def country_of_pronoun_owner(coder: ActorCoder, mention: Mention) -> None:
    """ "its" or "their" before an agent is the clause's subject: in "Chile withdrew its
    troops" the troops are Chile's ("upgraded their ties" names no agent; "they" as the
    subject is no help)."""
    if mention.country is not None or coder.dictionary.agent_sector(mention.head.lemma_) is None:
        return
    owner = child(mention.head, "poss", coder.words.owner_pronouns)
    verb = mention.head.head
    if owner is None or mention.head.dep_ not in ("dobj", "nsubj") or verb.pos_ != "VERB":
        return
    subject = child(verb, "nsubj")
    if subject is None or subject.i == mention.head.i or subject.pos_ == "PRON":
        return
    coded = coder.code(subject, mention.context)
    if coded is not None and coded.country is not None:
        mention.country = coded.country


def country_of_speakers_own(coder: ActorCoder, mention: Mention) -> None:
    """ "his", "her" or "their" before an agent that is the subject of a reported clause is
    the speaker: in "the Ruritanian army chief said his troops had retaken the town" the
    troops are Ruritanian; "our" anywhere in what a speaker says is the speaker's ("the
    Ruritanian ministry said: 'We reject the charges against our forces'")."""
    if mention.country is not None or coder.dictionary.agent_sector(mention.head.lemma_) is None:
        return
    owner = child(mention.head, "poss", coder.words.speaker_pronouns)
    if owner is None:
        return
    subject = speaker(mention.head, coder.words.reporting_verbs)
    if subject is None and owner.lower_ in coder.words.first_person_possessives:
        subject = quoting_speaker(mention.head, coder.words.reporting_verbs)
    coded = coder.code(subject, mention.context) if subject is not None else None
    if coded is not None and coded.country is not None:
        mention.country = coded.country


def a_leaders_men(coder: ActorCoder, mention: Mention) -> None:
    """ "his men" after a person coded as an armed actor are that person's armed followers:
    after "the warlord Jan Example", "his men looted shops" are REB, not civilians; so are
    those of an armed speaker named by a role ("a militia leader said his men had shelled
    the camp")."""
    words = coder.words
    if mention.head.lemma_.lower() not in words.follower_words:
        return
    if child(mention.head, "poss", words.leader_pronouns) is None:
        return
    said_by = speaker(mention.head, words.reporting_verbs)
    leader = coder.code(said_by, mention.context) if said_by is not None else None
    armed = words.state_armed_sectors | words.non_state_armed_sectors
    if leader is None or leader.sector not in armed:
        leader = mention.context.last_person
    if leader is None or leader.sector not in armed:
        return
    mention.sector = leader.sector
    mention.country = mention.country or leader.country


CLUE_RULES = (
    states.state_of_a_post,  # before the modifiers: "his UN mission" is his state's
    country_from_modifiers,
    country_of_pronoun_owner,  # before "from": "recalled its envoy from Ankara" is its own
    country_of_speakers_own,
    country_from_dependents,
    sector_from_agent_noun,
    states.multinational_force,
    states.a_states_post,
    nationals_are_civilians,
    a_leaders_men,
    sector_of_members,
    members_of_body,
    forces_of_armed_group,
    sector_of_group,
    owner_of_thing,
    country_from_apposition,
)


# -- the actor the clues make --------------------------------------------------------------
def unknown_name(coder: ActorCoder, mention: Mention) -> Actor | None:
    """A person or organisation the dictionaries do not know keeps its own name; its sector
    comes from a title ("General Jan Example" MIL, "Congresswoman Jan Example" LEG: the agent
    nouns before the name, then the title words) or a ministry in its name, its country from
    a country word in the name ("Ruritanian Dockers' Union") or the article."""
    ent = mention.entity
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        return None
    words = coder.words
    if ent.label_ == "ORG":  # "the rebel Example Brigade": the kind said outranks "Brigade"
        mention.sector = _descriptor_sector(coder, mention) or mention.sector
    if mention.sector is None:
        mention.sector = _title_sector(coder, mention)
    if mention.sector is None and ent.label_ == "ORG":
        text = ent.text.lower()
        mention.sector = "GOV" if any(w in text for w in words.state_body_words) else None
    if mention.country is None and ent.label_ == "ORG":
        part_of_known_body(coder, mention)
    if mention.country is None:
        mention.country = next(
            (coder.country_word(t.text) for t in ent if coder.country_word(t.text)), None
        )
    if mention.country is None:  # "Vice-President Jan Example": the country in context
        mention.country = mention.context.default_country(mention.head.sent)
    return mention.actor(clean_name(ent.text, words.name_filler))


def _title_sector(coder: ActorCoder, mention: Mention) -> str | None:
    """The sector of the title before a name: "rebel commander Jan Example" REB, "Defence
    Secretary Jan Example" GOV (the agent nouns, then the title words)."""
    words = coder.words
    if mention.entity is None:
        return None
    described = _descriptor_sector(coder, mention)
    if described is not None:
        return described
    return next(
        (words.title_sectors[t.lower_] for t in mention.span if t.lower_ in words.title_sectors),
        None,
    )


def _descriptor_sector(coder: ActorCoder, mention: Mention) -> str | None:
    """The sector of the words that describe a name before it: "rebel commander Jan Example"
    REB, "the separatist Example Front" REB, "Defence Secretary Jan Example" GOV (the last
    noun, or an adjective of an agent kind, with the group words before it)."""
    ent = mention.entity
    if ent is None:
        return None
    before = [t for t in mention.span if t.i < ent.start and not t.ent_type_]
    nouns = [
        t
        for t in before
        if t.pos_ in ("NOUN", "PROPN")
        or (t.pos_ == "ADJ" and coder.dictionary.agent_sector(t.lemma_, t.lower_))
    ]
    if not nouns:
        return None
    last, titles = nouns[-1], coder.words.title_sectors
    title = Mention(mention.span, last, mention.context, None, owner=mention.owner)
    sector_from_agent_noun(coder, title)
    sector_of_members(coder, title)
    plain = coder.dictionary.agent_sector(last.lemma_, last.lower_)
    if title.sector == plain and last.is_title and last.i == ent.start - 1:
        return titles.get(last.lower_, title.sector)  # "Representative Jan Example" LEG
    return title.sector


def part_of_known_body(coder: ActorCoder, mention: Mention) -> None:
    """An organisation whose name begins with a known body's is part of it: "the United
    Nations Mine Action Service" is the UN's (IGO), "NATO Maritime Command" NATO's."""
    if mention.entity is None:
        return
    words = [t.text for t in mention.entity if not t.is_punct or t.text in "-.&"]
    for size in range(len(words) - 1, 0, -1):
        coded = coder.dictionary.named(" ".join(words[:size]), mention.context.day)
        if coded is not None and not coded.person and coded.country is not None:
            mention.country = coded.country
            mention.sector = mention.sector or coded.sector
            return


def finish_actor(coder: ActorCoder, mention: Mention) -> Actor | None:
    """An agent phrase with a country or a sector: "Ruritanian riot police". An owner lends
    its sector, and a government is its owner's state ("Putin's government" RUS)."""
    if mention.sector is None and mention.country is None:
        return None
    owner = mention.owner
    if mention.sector is None and owner is not None and owner.sector:
        mention.sector = owner.sector
    if owner is not None and mention.head.lemma_.lower() in coder.words.state_heads:
        mention.country = owner.country
    name = clean_name(mention.span.text, coder.words.name_filler)
    if len(name.split()) > coder.words.max_name_words:
        name = " ".join(x for x in (owner.name if owner else None, mention.head.text) if x)
    return mention.actor(name)


def staff_of_international_body(coder: ActorCoder, actor: Actor) -> Actor:
    """Staff of an intergovernmental body act as the body: "the UN special envoy" and
    "Jan Example, NATO's spokesman" are IGO/IGO like the UN and NATO themselves, not a
    government's officials; its troops (MIL) stay troops."""
    staff = actor.sector is None or actor.sector in coder.words.international_staff_sectors
    if actor.country == "IGO" and staff:
        return actor.model_copy(update={"sector": "IGO"})
    return actor
