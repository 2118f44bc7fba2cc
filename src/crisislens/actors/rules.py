"""The actor coder's rules, each a small named function; ``coder.py`` only runs them in order.

Three kinds, run in this order by :class:`~crisislens.actors.coder.ActorCoder`:

- **head rules** (``HEAD_RULES``) look at the head token alone and may settle the answer
  before any phrase is read: a pronoun is its antecedent, "thousands of X" is X;
- **clue rules** (``clues.CLUE_RULES``, in ``clues.py``) each fill the country, sector or
  owner of a :class:`~crisislens.actors.mention.Mention` that earlier rules left empty;
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
from crisislens.actors.clues import (
    country_from_apposition,
    country_from_modifiers,
    descriptor_sector,
    name_through_of,
    title_sector,
)
from crisislens.actors.context import ArticleContext
from crisislens.actors.dictionary import CodedName
from crisislens.actors.mention import (
    NOT_NOMINAL,
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
from crisislens.schemas import NON_STATE_CODES, Actor

if TYPE_CHECKING:
    from crisislens.actors.coder import ActorCoder


@dataclass(frozen=True)
class Decided:
    """A head rule's answer: this actor (or no actor at all), whatever the phrase says."""

    actor: Actor | None


def _at(actor: Actor, token: Token) -> Actor:
    """The same actor, as mentioned by ``token`` ("he")."""
    return actor.model_copy(
        update={"text": token.text, "start": token.idx, "end": token.idx + len(token.text)}
    )


OBJECT_DEPS = ("dobj", "pobj", "dative")
PLACE_NAME_LABELS = ("GPE", "LOC", "NORP")


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
        noun = antecedent_noun(coder, head, context) or person_noun_before(coder, head, context)
        return Decided(noun)
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


def person_noun_before(coder: ActorCoder, pronoun: Token, context: ArticleContext) -> Actor | None:
    """No person named yet: "him" or "her" as an object is the person a singular noun of a
    kind of person stands for as the subject of a clause before it, in its sentence or the one
    before (not its own verb's subject): "a shopkeeper was wounded when a robber stabbed him"
    (the shopkeeper); "A reporter was held. Police accused her of lying" (the reporter)."""
    if pronoun.dep_ not in OBJECT_DEPS or pronoun.lower_ not in coder.words.object_pronouns:
        return None
    sent = pronoun.sent
    before = list(pronoun.doc[sent.start : pronoun.i])
    if sent.start > 0:
        before = list(pronoun.doc[sent.start - 1].sent) + before
    own = pronoun.head
    for token in reversed(before):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN" or token.head == own:
            continue
        if coder.dictionary.agent_sector(token.lemma_) is None:
            continue
        coded = coder.code_span(phrase(token), token, context)
        return _at(coded, pronoun) if coded is not None else None
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
    killed nine guests" are al-Shabab's (and not the country's rebels at large). A body an
    apposition defined by the noun ("Fano, a loosely organised militia") is what that noun
    names again, whoever was named since (:func:`remember_body`)."""
    words, lemma = coder.words, head.lemma_.lower()
    defined = context.defined_bodies.get(lemma)
    body = defined or context.last_body
    if body is None or head.pos_ != "NOUN" or lemma not in words.body_anaphors:
        return None
    kids = list(head.children)
    definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in kids)
    if not definite or any(c.dep_ not in ("det", "punct") for c in head.lefts):
        return None
    if any(c.dep_ == "prep" and c.lower_ in words.counted_preps for c in head.rights):
        return None  # "the group of farmers" is the farmers
    sector = coder.dictionary.agent_sector(head.lemma_)
    if defined is None and sector is not None and sector != body.sector:
        return None  # "the protesters" after a named rebel group are others
    return Decided(_at(body, head))


def remember_body(coder: ActorCoder, actor: Actor, head: Token, context: ArticleContext) -> None:
    """Keep a named body that is no state's organ (:func:`named_body_again`): a name the
    phrase bears ("Al-Shabab", "M23 rebels"), not a bare role word; a movement that rules
    ("the Taliban") is one, a ministry is not. Keep a state named as such for "the country"
    (:func:`country_again`). A name an apposition defines as a body ("Fano, a loosely
    organised militia", ``body_defining_nouns``) is kept by that noun, and is the body last
    named wherever it is named again, whatever the tagger took it for."""
    if actor.sector == "GOV" and head.ent_type_ in ("GPE", "NORP"):
        context.last_state = actor
    if actor.sector is None:
        return
    noun = _defining_noun(coder, head)
    if noun is not None and actor.sector not in coder.words.state_sectors:
        context.defined_bodies[noun] = actor
    defined = context.defined_bodies
    if defined and any(body.name == actor.name for body in defined.values()):
        context.last_body = actor
        return
    if head.ent_type_ == "PERSON":
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


def _defining_noun(coder: ActorCoder, head: Token) -> str | None:
    """The collective noun a name stands in apposition to: "militia" in "Fano, a loosely
    organised militia"; None for a person's ("Jan Example, a rebel commander")."""
    if head.pos_ != "PROPN":
        return None
    appos = child(head, "appos")
    if appos is None or appos.pos_ != "NOUN":
        return None
    lemma = appos.lemma_.lower()
    return lemma if lemma in coder.words.body_defining_nouns else None


def acronym_again(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """An acronym the article defined in brackets after a name ("the Arakan Army (AA)") is
    that name again, where no dictionary lists it: "the AA ambushed border guards" is the
    Arakan Army's."""
    if head.pos_ != "PROPN" or not (head.is_upper and head.is_alpha) or len(head) < 2:
        return None
    doc = head.doc
    if context.acronyms is None:  # where each bracketed word's name ends, found once
        context.acronyms = {}
        for t in doc[2:-1]:
            if doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" and t.is_upper:
                context.acronyms.setdefault(t.text, []).append(t.i - 2)
    ends = context.acronyms.get(head.text, ())
    if not ends or coder.dictionary.named(head.text, context.day) is not None:
        return None
    for end in ends:
        name = doc[end]
        named = coder.code(name, context) if end < head.i and name.pos_ == "PROPN" else None
        if named is not None:
            return Decided(_at(named, head))
    return None


def country_again(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """ "the country", bare and definite or with a word that only describes it ("the island
    nation", ``country_descriptors``), is the state last named as such: after "Canada said
    it would respond", "the country will impose tariffs" is Canada's government."""
    words = coder.words
    if head.pos_ != "NOUN" or head.lemma_.lower() not in words.country_anaphors:
        return None
    state = _last_country_named(coder, head, context) or context.last_state
    if state is None:
        return None
    definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in head.lefts)
    described = ("det", "punct", "compound", "amod")  # "the island nation"
    if not definite or any(
        c.dep_ not in described
        or (c.dep_ in described[2:] and c.lower_ not in words.country_descriptors)
        for c in head.lefts
    ):
        return None
    if any(c.dep_ == "prep" for c in head.rights):
        return None  # "the country of his birth"
    return Decided(_at(state, head))


def own_country(coder: ActorCoder, head: Token, context: ArticleContext) -> Decided | None:
    """ "his country" or "our nation" in what someone says is the speaker's state: in
    "President Jan Example of Chile said his country would send 300 police officers", Chile's
    government sends them; "the minister said: 'our nation will not bow'" is the minister's.
    No speaker, or one of no known country, leaves it to the other rules."""
    words = coder.words
    if head.pos_ != "NOUN" or head.lemma_.lower() not in words.country_anaphors:
        return None
    owner = child(head, "poss", words.speaker_pronouns)
    if owner is None or any(c.dep_ not in ("poss", "punct") for c in head.lefts):
        return None
    said_by = speaker(head, words.reporting_verbs)
    if said_by is None and owner.lower_ in words.first_person_possessives:
        said_by = quoting_speaker(head, words.reporting_verbs)
    coded = coder.code(said_by, context) if said_by is not None else None
    if coded is None or coded.country is None or coded.country in NON_STATE_CODES:
        return None
    country = coder.gazetteer.country(coded.country) if coder.gazetteer is not None else None
    name = country.name if country is not None else coded.country
    end = head.idx + len(head.text)
    return Decided(
        Actor(
            text=head.text, start=head.idx, end=end, name=name, country=coded.country, sector="GOV"
        )
    )


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
    provinces", "those leaders said they would not attend" are Ruritania's; after "the
    ministry summoned the Ruritanian envoy", "the ambassador" is Ruritania's too, one post
    abroad under two words (``post_abroad_nouns``)."""
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
    earlier = _same_noun_before(head, words.post_abroad_nouns)
    actor = coder.code(earlier, context) if earlier is not None else None
    if actor is None or actor.country is None:
        return None
    return Decided(_at(actor, head))


def _same_noun_before(head: Token, kin: frozenset[str] = frozenset()) -> Token | None:
    """The nearest noun with ``head``'s lemma before it (or, for a word of ``kin``, another
    word of it), in its sentence or the one before, that says more than ``head`` does (a
    modifier or a dependent of its own)."""
    sent = head.sent
    start = head.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lemmas = kin if head.lemma_.lower() in kin else {head.lemma_.lower()}
    for token in reversed(head.doc[start : head.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in lemmas:
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
    acronym_again,
    country_again,
    own_country,
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
    longer = name_ending_in_place(coder, mention)  # "Tehrik-i-Taliban Pakistan"
    if longer is not None:
        return longer
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


def name_ending_in_place(coder: ActorCoder, mention: Mention) -> Actor | None:
    """A place's name that ends a longer name of its phrase is that name's, where our
    dictionary lists it: in "the banned Tehrik-i-Taliban Pakistan claimed the attack" the
    tagger may name only "Pakistan", yet the group (PAK REB) acts, not Pakistan's state."""
    ent, span = mention.entity, mention.span
    if ent is None or ent.label_ not in PLACE_NAME_LABELS or ent.end != mention.head.i + 1:
        return None
    for start in range(span.start, ent.start):
        if not mention.head.doc[start].is_alpha:
            continue
        longer = mention.head.doc[start : ent.end]
        coded = coder.dictionary.named(longer.text, mention.context.day, base=False)
        if coded is not None:
            return _named(longer, coded)
    return None


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
    title = title_sector(coder, mention)
    if clues.country is not None and clues.country != actor.country:
        owner_sector = clues.owner.sector if clues.owner is not None else None
        sector = title or clues.sector or owner_sector or actor.sector
        return actor.model_copy(update={"country": clues.country, "sector": sector})
    return actor.model_copy(update={"sector": title}) if title else actor


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
        mention.sector = descriptor_sector(coder, mention) or mention.sector
    if mention.sector is None:
        mention.sector = title_sector(coder, mention)
    if mention.sector is None and ent.label_ == "ORG":
        text = ent.text.lower()
        mention.sector = "GOV" if any(w in text for w in words.state_body_words) else None
    if mention.country is None and ent.label_ == "ORG":
        part_of_known_body(coder, mention)
    if mention.country is None:
        mention.country = coder.country_in(ent)
    if mention.country is None:  # "Vice-President Jan Example": the country in context
        organ = mention.sector == "GOV" and mention.head.lemma_.lower() not in words.state_words
        beside = mention.span if organ else None  # not another party's (others_countries)
        mention.country = mention.context.default_country(mention.head.sent, beside)
    return mention.actor(clean_name(ent.text, words.name_filler))


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
