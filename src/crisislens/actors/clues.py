"""The actor coder's clue rules (``CLUE_RULES``), each a small named function: each fills the
country, sector or owner of a :class:`~crisislens.actors.mention.Mention` that earlier rules
left empty. ``rules.py`` holds the head rules and the actor the clues make;
:class:`~crisislens.actors.coder.ActorCoder` runs them in order.

Every rule's docstring gives a sentence it is written for; tests/test_actor_rules.py holds one
test per rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from crisislens.actors import states, workers
from crisislens.actors.dictionary import CodedName
from crisislens.actors.mention import (
    NOUN_MODIFIER_DEPS,
    Mention,
    child,
    entity_of,
    phrase,
    quoting_speaker,
    speaker,
)
from crisislens.schemas import Actor

if TYPE_CHECKING:
    from crisislens.actors.coder import ActorCoder


# -- helpers that rules.py shares ---------------------------------------------------------
def country_of(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


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


def title_sector(coder: ActorCoder, mention: Mention) -> str | None:
    """The sector of the title before a name: "rebel commander Jan Example" REB, "Defence
    Secretary Jan Example" GOV (the agent nouns, then the title words)."""
    words = coder.words
    if mention.entity is None:
        return None
    described = descriptor_sector(coder, mention)
    if described is not None:
        return described
    return next(
        (words.title_sectors[t.lower_] for t in mention.span if t.lower_ in words.title_sectors),
        None,
    )


def descriptor_sector(coder: ActorCoder, mention: Mention) -> str | None:
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


# -- clue rules: each fills what earlier rules left empty ------------------------------------
def country_from_modifiers(coder: ActorCoder, mention: Mention) -> None:
    """A nationality or named actor among the modifiers gives the country: "Ruritanian
    troops", "Putin's government" (and its owner, Putin). A patron ("Ruritania-led") gives
    it only when no other modifier does: "Ruritania-led CSTO troops" are the CSTO's, but
    "Ruritanian-led forces" Ruritania's. A backer gives neither (:func:`_is_backer`)."""
    for patrons in (False, True):
        for token in mention.span:
            if mention.country is not None:
                return
            if token.i == mention.head.i or _is_patron(coder, token, mention.head) != patrons:
                continue
            if patrons and _is_backer(coder, token):
                continue
            mention.country, owner = _modifier_country(coder, mention, token)
            mention.owner = owner or mention.owner


def _is_backer(coder: ActorCoder, token: Token) -> bool:
    """A country that backs, funds or arms a group ("an Elbonia-backed militant group",
    "Elbonian-funded rebels") is not the group's country, nor its owner: the group is a
    rebel group of where it fights, not Elbonia's government."""
    return token.head.lemma_.lower() in coder.words.backer_verbs


def _is_patron(coder: ActorCoder, token: Token, head: Token) -> bool:
    return token.head.i != head.i and token.head.lemma_.lower() in coder.words.patron_verbs


def body_read_as_a_verb(coder: ActorCoder, mention: Mention) -> None:
    """A body's short name in capitals just before the phrase, which the tagger read as a
    verb, owns it: in "IS militants killed four soldiers" the tagger takes "IS" for "is", yet
    the militants are the Islamic State's (IMG). Only our own dictionary's bodies, and not in
    a line written all in capitals ("WHY IS POLICE ...")."""
    start, head = mention.span.start, mention.head
    if mention.country is not None or start == 0 or head.is_upper:
        return
    before = head.doc[start - 1]
    if before.pos_ not in ("AUX", "VERB") or not (before.is_upper and before.is_alpha):
        return
    coded = coder.dictionary.named(before.text, mention.context.day, base=False)
    if coded is not None and not coded.person and coded.country is not None:
        mention.country, mention.owner = coded.country, coded


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
        named_in = _country_in_owner_name(coder, inner, token)
        if named_in is not None:  # "the U.S. Treasury Department's Office of ..."
            return named_in, None
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


def _country_in_owner_name(coder: ActorCoder, inner: Span, token: Token) -> str | None:
    """The country a body's unknown owner names in its own name, read at the owner's first
    word: in "the Elbonian Finance Ministry's Office of Audits", the office is Elbonia's (as
    :func:`~crisislens.actors.rules.unknown_name` reads the ministry's own name). Only an
    owner that possesses the phrase's head, and only a country's name or nationality word."""
    first = next((t.i for t in inner if t.dep_ != "det"), inner.start)
    if inner.label_ != "ORG" or token.i != first or inner.root.dep_ != "poss":
        return None
    return coder.country_in(inner)


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
            mention.country = country_of(coder.code_object(prep, mention.context))


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
            mention.country = country_of(coder.code_span(phrase(pobj), pobj, mention.context))


def _name_inside(pobj: Token) -> Token | None:
    """A body's name the parse hung inside a common noun as its modifier: "League" in "the
    League of Coastal States ministers"."""
    if pobj.pos_ != "NOUN":
        return None
    return next(
        (c for c in pobj.children if c.dep_ == "nmod" and c.ent_type_ in ("ORG", "GPE")), None
    )


def sector_from_agent_noun(coder: ActorCoder, mention: Mention) -> None:
    """The agent noun gives the sector, longest phrase first, as lemmas, as written, or as
    written with the head's lemma: "riot police" COP, "troops" MIL, "armed men" REB, "human
    rights groups" NGO (whose "rights" no lemma keeps). A person's name is none, though its
    last word is one: "Qin Gang" is no gang, "Jan King" no king (a title says what they
    are)."""
    modifiers = [t for t in mention.span if t.dep_ in NOUN_MODIFIER_DEPS and not t.ent_type_]
    head = mention.head
    ent = mention.entity
    if ent is not None and ent.label_ == "PERSON" and len(ent) > 1 and head.i == ent.end - 1:
        return
    lemmas = " ".join([*(t.lemma_.lower() for t in modifiers), head.lemma_])
    written = " ".join([*(t.lower_ for t in modifiers), head.lower_])
    headed = " ".join([*(t.lower_ for t in modifiers), head.lemma_.lower()])
    mention.sector = coder.dictionary.agent_sector(lemmas, written, headed) or mention.sector


def force_of_the_story(coder: ActorCoder, mention: Mention) -> None:
    """A force noun the army and the police share (``shared_force_nouns``: "officers", "a
    patrol"), with no force word of its own, serves the police in an article that names the
    police and no army: after "Police said gunmen ambushed a patrol in Sindh", "seven officers
    were killed" are police (COP), not soldiers; "army officers" and an article that names
    troops keep the army (MIL)."""
    words = coder.words
    if mention.sector != "MIL" or mention.head.lemma_.lower() not in words.shared_force_nouns:
        return
    forces = words.police_words | words.army_words
    if any(t.lemma_.lower() in forces for t in mention.span):
        return
    if mention.context.story_forces is None:
        lemmas = {t.lemma_.lower() for t in mention.head.doc}
        found = {"COP"} if lemmas & words.police_words else set()
        mention.context.story_forces = frozenset(
            found | ({"MIL"} if lemmas & words.army_words else set())
        )
    if mention.context.story_forces == {"COP"}:
        mention.sector = "COP"


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
    Union forces" are rebels (REB), though "forces" alone would be an army (MIL). So are
    forces a word of an armed struggle names or describes (``armed_struggle_words``), in a
    name no dictionary lists ("the Kachin Independence Army", "the Ogaden National
    Liberation Front") or before the noun ("armed separatist forces")."""
    owner = mention.owner
    words = coder.words
    ent = mention.entity
    org = ent is not None and ent.label_ == "ORG"
    if mention.sector not in words.state_armed_sectors and not (org and mention.sector is None):
        return
    named = list(ent) if ent is not None and org else []
    if owner is not None and owner.sector in words.non_state_armed_sectors:
        mention.sector = owner.sector
        return
    described = [t for t in mention.span if t.i < mention.head.i and t.dep_ in ("amod", "compound")]
    if any(t.lemma_.lower() in words.armed_struggle_words for t in (*named, *described)):
        mention.sector = "REB"


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
    it gives the sector too if none is known, also with no country ("Jan Example, a senator
    for the coast" is a legislator). A name set after the noun that describes it is
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
        mention.sector = mention.sector or title_sector(coder, mention) or described.sector


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
    body_read_as_a_verb,
    country_of_pronoun_owner,  # before "from": "recalled its envoy from Ankara" is its own
    country_of_speakers_own,
    country_from_dependents,
    sector_from_agent_noun,
    force_of_the_story,
    states.multinational_force,
    states.a_states_post,
    workers.workers_of_a_field,
    nationals_are_civilians,
    a_leaders_men,
    sector_of_members,
    members_of_body,
    forces_of_armed_group,
    sector_of_group,
    owner_of_thing,
    country_from_apposition,
)
