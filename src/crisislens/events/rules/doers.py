"""Whom an act aimed at, or who did it, where its own clause leaves it out and a clause or
a verb beside it tells.

>>> purpose_object(doc[1]).text   # "Soldiers fired live rounds to break up a crowd"  # doctest: +SKIP
'crowd'
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.data import word_set
from crisislens.events.figure_words import words as figure_words
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, lemma, pobj


def purpose_object(token: Token) -> Token | None:
    """Whom a weapon was used on, where the verb's object is the weapon: the object of its
    purpose clause ("soldiers fired live rounds to break up a crowd": the crowd; "fired
    warning shots to scatter the herders": the herders)."""
    for clause in children(token, "advcl", "xcomp"):
        to = child(clause, "aux")
        if to is not None and to.lower_ == "to":
            return child(clause, "dobj")
    return None


def dealt_with(token: Token) -> tuple[Token | None, Token | None]:
    """An event noun after "with" on a verb that deals it out (``dealing_verbs``) is dealt by
    the verb's subject to its object: "the council hit twelve officials with sanctions" (the
    council, the officials), "threatened the port workers with arrest"."""
    verb = token.head.head
    if token.dep_ != "pobj" or token.head.lower_ != "with" or token.head.dep_ != "prep":
        return None, None
    if lemma(verb) not in vocabulary().words.dealing_verbs:
        return None, None
    return child(verb, "nsubj"), child(verb, "dobj")


def gerund_subject(actor: Token | None) -> Token | None:
    """A gerund the parser made the subject of a clause, with a noun for its own subject, is
    that noun's description, and the noun the doer: in "Hundreds of miners waving Chilean
    flags marched to the palace" the parser may hang "waving" on "marched" as its subject
    and the miners on "waving"; the miners marched, not the waving (nor the flags' country).
    """
    if actor is None or actor.dep_ != "csubj" or actor.tag_ != "VBG":
        return actor
    doer = child(actor, "nsubj")
    return doer if doer is not None and doer.pos_ in ("NOUN", "PROPN") else actor


def reporting_doer(token: Token, event_type: str, passive: bool) -> Token | None:
    """Who says an act of these types (``speaker_done_types``: an arrest, a seizure) told in
    the passive with no doer: "five suspects were arrested in the raid, police said" and
    "police said 12 rifles were seized" (the police). The caller keeps the speaker only where
    it is the police force itself: "the journalist was freed, his lawyer said" freed no one
    by the lawyer's hand. None for other types ("two soldiers were killed, the army said":
    the army killed no one) and for an act with a "by" agent."""
    if not passive or event_type not in vocabulary().words.speaker_done_types:
        return None
    if child(token, "agent") is not None:
        return None
    reporting = word_set("reporting_verbs.yaml", "reporting_verbs")
    for clause in [token, *token.ancestors]:
        if clause.dep_ not in ("ccomp", "conj") or clause.head.i == clause.i:
            return None
        verb = clause.head
        if clause.dep_ == "ccomp" and lemma(verb) in reporting:
            subject = child(verb, "nsubj")
            return subject if subject is not None and subject.pos_ != "PRON" else None
    return None


def relative_antecedent(token: Token, actor: Token | None) -> Token | None:
    """A relative pronoun subject is the noun the clause modifies: "militias who raided", and
    "the pupils, who were abducted in May" (the pupils were abducted)."""
    relative = actor is not None and actor.lower_ in vocabulary().words.relative_pronouns
    return token.head if relative and token.dep_ == "relcl" else actor


def came_for(token: Token) -> Token | None:
    """Who came for a meeting takes part in it: the subject of a verb of coming
    (``arrival_verbs``) whose "for" phrase is a meeting's noun (``meeting_nouns``), also
    through a noun that counts it: in "the rebel envoys flew into Lugano on Monday for a new
    round of talks", the envoys talk (not Lugano, the name nearest before "talks")."""
    words = vocabulary().words
    if lemma(token) not in words.meeting_nouns:
        return None
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in words.series_nouns:
        token, head = head.head, head.head.head  # "for a new round of talks"
    if token.dep_ != "pobj" or head.lower_ != "for" or head.dep_ != "prep":
        return None
    verb = head.head
    if lemma(verb) not in words.arrival_verbs:
        return None
    return relative_antecedent(verb, child(verb, "nsubj"))


def names_no_party(token: Token) -> bool:
    """An attack's object that is its weapon or a mere place, not a party: "planted a device",
    "shelled the eastern districts", "bombed Tikrit"."""
    words = vocabulary().words
    return (
        token.ent_type_ in ("GPE", "LOC", "FAC")
        or lemma(token) in words.instrument_nouns
        or lemma(token) in words.victim_place_nouns
    )


def dying_roles(token: Token) -> tuple[Token | None, Token | None] | None:
    """The subject of a verb of dying (quantities.yaml ``victim_subject_verbs``) is whom the
    act killed, never its doer: in "two guards died in the raid" the guards are the
    recipient, and in "the men who died" the men."""
    if lemma(token) not in figure_words().victim_subject_verbs:
        return None
    return None, relative_antecedent(token, child(token, "nsubj"))


def carried(recipient: Token | None) -> Token | None:
    """The people a vehicle acted on carries are whom the act aims at: "ambushed a truck
    carrying soldiers" aims at the soldiers, "a bus transporting pilgrims was attacked" at the
    pilgrims (not its cargo: "a boat carrying rifles")."""
    if recipient is None:
        return None
    for clause in children(recipient, "acl"):
        if clause.tag_ == "VBG" and lemma(clause) in vocabulary().words.carrying_verbs:
            load = child(clause, "dobj")
            cargo = vocabulary().words.cargo_nouns
            if load is not None and not names_no_party(load) and lemma(load) not in cargo:
                return load
    return recipient


def harming_act(token: Token) -> Token | None:
    """The act a verb of harm told with no doer (passive, or a verb of dying) says its victims
    fell in, by its "in" phrase or another that tells the act (``harming_act_preps``: "during",
    "after", "from"), where the act is one with a doer (``harming_acts``): "the strike" in "two
    guards were killed in an Elbonian drone strike", "the shelling" in "four people were
    killed after Elbonian shelling of the town", "the ambush" in "three miners died in a rebel
    ambush"; not "killed in clashes" (both sides acted) nor a place ("killed in the
    market")."""
    words, verb = vocabulary().words, lemma(token)
    acts = words.harming_acts
    if verb not in words.harm_participles and verb not in figure_words().victim_subject_verbs:
        return None
    if child(token, "agent") is not None:
        return None
    for prep in children(token, "prep"):
        act = pobj(prep)
        if prep.lower_ in words.harming_act_preps and act is not None and lemma(act) in acts:
            return act
    return None


def fought_with(token: Token) -> Token | None:
    """Who harmed victims a verb of harm or dying says fell in a fight (``fighting_acts``):
    the fight's "with" party, on the fight's noun or its "of" phrase. In "seven soldiers were
    killed in clashes with the rebels", the rebels; in "two guards died in an exchange of fire
    with gunmen", the gunmen. "Killed in clashes" alone names no one."""
    words, verb = vocabulary().words, lemma(token)
    if verb not in words.harm_participles and verb not in figure_words().victim_subject_verbs:
        return None
    if child(token, "agent") is not None:
        return None
    for prep in children(token, "prep"):
        act = pobj(prep) or child(prep, "pcomp")  # "in fighting with ...": a pcomp
        if prep.lower_ not in words.harming_act_preps or act is None:
            continue
        if lemma(act) not in words.fighting_acts and act.lower_ not in words.fighting_acts:
            continue
        holders = [act, *(pobj(p) for p in children(act, "prep") if p.lower_ == "of")]
        for holder in holders:
            for inner in children(holder, "prep") if holder is not None else ():
                party = pobj(inner)
                if (
                    inner.lower_ == "with"
                    and party is not None
                    and party.ent_type_
                    not in (
                        "DATE",
                        "TIME",
                    )
                ):
                    return party
    return None


def summoning_body(token: Token) -> Token | None:
    """Who summons, where a passive verb of summoning (``summoning_verbs``) has no "by"
    agent: the body its "to" phrase names. In "the Elbonian envoy was summoned to the Foreign
    Ministry", the ministry summoned the envoy; "summoned to appear" names no one."""
    if lemma(token) not in vocabulary().words.summoning_verbs:
        return None
    for prep in children(token, "prep"):
        body = pobj(prep)
        if prep.lower_ == "to" and body is not None and body.ent_type_ not in ("DATE", "TIME"):
            return body
    return None


def agent_after_instrument(token: Token) -> Token | None:
    """The "by" agent of a passive verb that the parse hung on the verb's "with" instrument:
    in "a trawler was hit with a water cannon by the Elbonian navy", the navy, not the
    cannon's maker. Not a place ("hit with a rocket by the road", ``mention_place_nouns``)."""
    words = vocabulary().words
    for prep in children(token, "prep"):
        tool = pobj(prep)
        if prep.lower_ != "with" or tool is None:
            continue
        for by in children(tool, "prep"):
            doer = pobj(by)
            if by.lower_ != "by" or doer is None or doer.ent_type_ in ("GPE", "LOC", "FAC"):
                continue
            if lemma(doer) not in words.mention_place_nouns:
                return doer
    return None


def unstated_agent(token: Token) -> Token | None:
    """The doer of a passive verb with no "by" agent of its own, where another phrase names
    it (:func:`summoning_body`, :func:`agent_after_instrument`)."""
    if child(token, "agent") is not None:
        return None
    return summoning_body(token) or agent_after_instrument(token)


def armed_kind(act: Token) -> Token | None:
    """A word of an armed group's kind (``armed_kind_words``) modifying the act a verb of harm
    says its victims fell in names who did it: in "four soldiers were killed in a jihadist
    attack" and "nine farmers were killed in a new rebel ambush", the jihadists and the rebels.
    Victims are no such word ("civilian killings"); the act's own noun, told apart from a
    harm, keeps its words ("talks on the rebel attacks")."""
    kinds = vocabulary().words.armed_kind_words
    return next(
        (m for m in act.children if m.dep_ in ("amod", "compound") and lemma(m) in kinds), None
    )
