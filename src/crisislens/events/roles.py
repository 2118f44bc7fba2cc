"""Roles: which words of a sentence are the actor and the recipient of a trigger.

Each rule below reads one dependency path. For a verb, in order: the active subject and object
(or a preposition's object); the passive "by" agent and the passive subject; the subject of the
copula ("is hostile to"); the noun a relative clause or participle modifies; and a controlled or
coordinated verb's subject ("agreed to send", "deployed ... and is threatening"). For an event
noun: its possessor, nationality or "by" phrase ("the army's offensive", "the French
deployment", "a raid by police"), and the verb that carries it ("staged a walkout").

>>> actor, recipient = verb_roles(doc[1], "COERCE")   # "Police detained two reporters"  # doctest: +SKIP
>>> actor.text, recipient.text  # doctest: +SKIP
('Police', 'reporters')
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.events.rules.doers import (
    armed_kind,
    came_for,
    carried,
    dealt_with,
    dying_roles,
    fought_with,
    gerund_subject,
    harming_act,
    names_no_party,
    purpose_object,
    relative_antecedent,
    unstated_agent,
)
from crisislens.events.types import event_types
from crisislens.events.undergoers import (
    is_passive,
    left_by,
    passive_roles,
    sent_forces,
    victims_over_object,
)
from crisislens.events.vocabulary import vocabulary
from crisislens.geo.lexicon import GeoLexicon
from crisislens.nlp.syntax import NAMED_LABELS, child, children, is_noun, is_verb, lemma, pobj

Roles = tuple[Token | None, Token | None]


def clause_antecedent(actor: Token | None) -> Token | None:
    """A "they" subject after an adverbial clause of its own verb stands for that clause's
    plural subject: in "after the gunmen left the house, they killed six people", the
    gunmen (not whoever reports it). Else ``actor`` itself."""
    if actor is None or actor.lower_ != "they" or actor.dep_ != "nsubj":
        return actor
    for clause in children(actor.head, "advcl"):
        subject = child(clause, "nsubj")
        if clause.i < actor.i and subject is not None and subject.tag_ in ("NNS", "NNPS"):
            return subject
    return actor


def active_recipient(token: Token) -> Token | None:
    """An active verb's recipient: its object ("shelled the town"), else the object of a
    preposition that aims ("fired on the crowd"; a date is when, not whom), else the subject of
    its reported clause ("demanded that the mayor resign": the mayor is asked). A pronoun that
    stands for a thing, and the subject's own ("offered its troops to the town"), give way to
    the aimed-at party ("handed it over to the army"). A relative pronoun object is the noun
    its clause modifies ("the villages that the militia burned", "the crowd at which the
    guards fired")."""
    recipient = relative_antecedent(token, child(token, "dobj", "dative"))
    if recipient is not None and (addressee := addressed(token, recipient)) is not None:
        return addressee  # "handed a note to the envoy": the envoy, not the note
    if recipient is not None and not _thing_or_own(recipient) and not used_weapon(token, recipient):
        return recipient
    aims = vocabulary().words.verb_recipient_preps
    for prep in children(token, "prep"):
        if prep.lower_ in aims:
            obj = pobj(prep)
            if obj is not None and obj.ent_type_ in ("DATE", "TIME"):
                obj = None
            if obj is not None:
                return relative_antecedent(token, obj)  # "the crowd at which they fired"
    if recipient is not None:
        return recipient
    clause = child(token, "ccomp")
    return child(clause, "nsubj", "nsubjpass") if clause is not None else None


def addressed(token: Token, obj: Token) -> Token | None:
    """Whom a document given or sent is addressed to, by the "to" phrase of its verb or of the
    document itself: in "the ministry handed a protest note to the Elbonian envoy" and "sent a
    letter to the council", the envoy and the council, not the note or the letter."""
    words = vocabulary().words
    if lemma(obj) not in words.document_nouns:
        return None
    own = children(obj, "prep")  # the document's own words first: "a note of protest to ..."
    named = [pobj(of) for of in own if of.lower_ == "of"]
    inner = [p for noun in named if noun is not None for p in children(noun, "prep")]
    for prep in [*own, *inner, *children(token, "prep")]:
        party = pobj(prep) if prep.lower_ in words.document_addressee_preps else None
        if party is not None and party.ent_type_ not in ("DATE", "TIME"):
            return party
    return None


def _thing_or_own(obj: Token) -> bool:
    """An object that gives way to the aimed-at party: a pronoun for a thing ("handed it over
    to the army"), or the subject's own ("sent its troops to the border", "offered their
    help to the town")."""
    words = vocabulary().words
    own = any(c.dep_ == "poss" and c.lower_ in words.own_possessives for c in obj.children)
    return own or obj.lower_ in words.thing_pronouns


def freeing_noun(party: Token | None) -> Token | None:
    """The freeing noun whose freed party ``party`` is, or ``party`` itself where it is one:
    "release" in "the release of two aid workers" and in "the aid workers' release"."""
    nouns = vocabulary().words.freeing_nouns
    if party is None or lemma(party) in nouns:  # "demanded their freedom": the noun itself
        return party
    if party.dep_ == "pobj" and party.head.lower_ == "of" and party.head.dep_ == "prep":
        return party.head.head if lemma(party.head.head) in nouns else None
    return party.head if party.dep_ == "poss" and lemma(party.head) in nouns else None


def holder(noun: Token) -> Token | None:
    """Who holds the people a freeing noun would free, where its phrase says: the agent of a
    participle of holding ("the release of 30 fighters held by the army": the army), the
    subject of a relative clause ("the hostages the gang is keeping": the gang), or the
    country named with the jails they are held in ("prisoners held in Ruritanian jails")."""
    places = vocabulary().words.place_only_preps
    for clause in noun.subtree:
        if clause.dep_ not in ("acl", "relcl") or clause.i <= noun.i:
            continue
        agent = child(clause, "agent")
        keeper = pobj(agent) if agent is not None else child(clause, "nsubj")
        if keeper is not None and keeper.pos_ != "PRON":  # not "what it called its members"
            return keeper
        for prep in children(clause, "prep"):
            jail = pobj(prep) if prep.lower_ in places else None
            named = [] if jail is None else children(jail, "compound", "amod", "poss")
            for name in named:
                if name.ent_type_ in ("GPE", "NORP", "ORG"):  # "Ugandan" may read as a body
                    return name
    return None


def answered(token: Token) -> Token | None:
    """Whom an act that answers another is aimed at: the one whose words or act it answers,
    by its "by" or "from" phrase or its possessor ("rejected the claims, responding to a
    report by the monitors": the monitors; "fired tear gas in response to the protesters'
    stone-throwing": the protesters)."""
    words = vocabulary().words
    answers = [
        c for c in children(token, "advcl", "xcomp", "conj") if lemma(c) in words.answering_words
    ]
    for prep in children(token, "prep"):
        answers += [o for o in [pobj(prep)] if o is not None and lemma(o) in words.answering_words]
    for answer in answers:
        for to in children(answer, "prep"):
            said = pobj(to) if to.lower_ == "to" else None
            if said is None:
                continue
            doer = child(said, "poss")
            for prep in children(said, "prep", "agent"):
                doer = doer or (pobj(prep) if prep.lower_ in words.issuer_preps else None)
            if doer is not None and doer.pos_ != "PRON":
                return doer
    return None


def copula_subject(token: Token) -> Token | None:
    """The subject of "be" for an adjectival trigger: "The council is hostile to the plan"."""
    return child(token.head, "nsubj") if token.dep_ == "acomp" else None


def shared_subject(token: Token, event_type: str) -> Token | None:
    """A controlled or coordinated verb shares its subject ("the rebels agreed to disarm",
    "troops crossed the river and shelled the town", "the rebels are ready to disarm"), or
    its governor's object (:func:`object_controller`); a reported clause (ccomp) does not:
    in "officials said three people were shot" the officials did not shoot."""
    hops = vocabulary().limits.shared_subject_hops
    node, actor = token, None
    for _ in range(hops):
        if node.dep_ == "acl" and is_noun(node.head) and child(node, "aux") is not None:
            return noun_roles(node.head, event_type)[0]  # "the union's decision to strike"
        if node.dep_ == "acl" and node.tag_ == "VBG" and is_noun(node.head):
            return node.head  # "smugglers arming boats to raid the coast": the smugglers
        if node.dep_ not in ("xcomp", "conj", "advcl", "relcl", "pcomp"):
            break
        if node.dep_ == "pcomp":  # "by intervening": up through the preposition
            if (charged := charged_object(node)) is not None:
                return charged  # "accused the militia of shelling the camp"
            node = node.head
        if node.dep_ == "relcl":
            return None if where_clause(node) else node.head
        below, node = node, node.head
        if told_aside(below, node):
            return None
        if below.dep_ == "xcomp" and (controller := object_controller(node)) is not None:
            return controller
        if is_verb(node):
            if node.dep_ != "relcl" or child(node, "nsubj") is not None:
                actor = child(node, "nsubj") or sent_to_do(below, node)
            actor = relative_antecedent(node, actor)
        elif is_noun(node):  # "a decision by the council to ban"
            actor = noun_roles(node, event_type)[0]
        elif node.dep_ == "acomp":  # "the rebels are willing to disarm"
            actor = copula_subject(node)
        if actor is not None:
            break
    return actor


def where_clause(clause: Token) -> bool:
    """A relative clause opened by a relative adverb modifies a place or a time, which does
    not act in it: in "the town of Dorf, where gunmen stormed a bar", Dorf stormed nothing
    (where the parse misses the clause's own subject)."""
    words = vocabulary().words
    return any(c.dep_ == "advmod" and c.lower_ in words.relative_adverbs for c in clause.children)


def told_aside(clause: Token, verb: Token) -> bool:
    """A participle clause the parse hangs on a verb of telling, told before that verb's
    subject, is part of what the speaker told, not the speaker's own act: in "the raiders
    roamed the streets, shooting at shops, a trader told reporters", the trader shot no one.
    ("Protesters marched, chanting slogans, police said": the police did not chant either.)"""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or verb.i < clause.i:
        return False
    if lemma(verb) not in vocabulary().words.account_verbs:
        return False
    speaker = child(verb, "nsubj")
    return speaker is not None and speaker.i > clause.i


def charged_party(clause: Token) -> Token | None:
    """Who does what a verb's "of", "for", "from" or "with" clause tells: the party the verb
    charges, blames or stops with it, its object or passive subject ("the army accused the
    rebels of shelling the camp", "the rebels were accused of carrying out the raid", "police
    arrested two men for looting shops"), else its subject ("the militia boasted of
    capturing the town")."""
    verb = clause.head.head
    if clause.head.dep_ != "prep":
        return None
    charged = charged_object(clause)
    if charged is not None or not is_verb(verb):
        return charged
    return relative_antecedent(verb, child(verb, "nsubj"))


def charged_object(clause: Token) -> Token | None:
    """The object or passive subject of the verb over a clause under "of", "for", "from" or
    "with" (:func:`charged_party`); None under another preposition ("ended the siege by
    storming the hall": the subject storms)."""
    prep, verb = clause.head, clause.head.head
    if prep.dep_ != "prep" or prep.lower_ not in vocabulary().words.charged_party_preps:
        return None
    if is_noun(verb) and verb.dep_ in ("dobj", "nsubjpass") and is_verb(verb.head):
        return verb  # the parse hangs the clause on the object: "accused [the rebels of ...]"
    if not is_verb(verb):
        return None
    party = child(verb, "nsubjpass") or child(verb, "dobj")
    if party is None or lemma(party) in vocabulary().words.participation_words:
        return None  # "took credit for attacking the convoy": the subject did it
    return relative_antecedent(verb, party)


def sent_to_do(clause: Token, verb: Token) -> Token | None:
    """A passive verb's subject does what its controlled or purpose clause tells: "police were
    sent to break up the march" (the police break it up), "the envoy was asked to mediate".
    Not a clause of result ("a guard was shot, sparking a riot")."""
    if clause.dep_ not in ("xcomp", "advcl") or child(clause, "nsubj") is not None:
        return None
    if clause.dep_ == "advcl" and child(clause, "aux", "mark") is None:
        return None
    return child(verb, "nsubjpass")


def object_controller(verb: Token) -> Token | None:
    """The object of a verb of making or asking someone do something is who does it: in
    "protesters forced police to retreat" the police retreat, in "the envoy urged the
    militias to disarm" the militias disarm."""
    if lemma(verb) not in vocabulary().words.object_control_verbs:
        return None
    return child(verb, "dobj")


def between_sides(token: Token) -> Roles:
    """The two sides a trigger names with "between": "clashes between the army and the
    rebels" are the army's against the rebels; one plural side ("fighting between rival
    militias") is both. (None, None) where it names none, or names times ("between 2 and 4
    p.m.")."""
    for prep in children(token, "prep"):
        if prep.lower_ in vocabulary().words.sides_preps:
            first = pobj(prep)
            if first is not None and first.ent_type_ not in ("DATE", "TIME"):
                other = child(first, "conj")
                return first, other or (first if first.tag_ in ("NNS", "NNPS") else None)
    return None, None


def used_weapon(token: Token, recipient: Token | None) -> bool:
    """A weapon as the object (or passive subject) of a verb that uses it is no recipient: in
    "the cell set off two bombs near the bridge", the bombs are what was used."""
    words = vocabulary().words
    return (
        recipient is not None
        and lemma(token) in words.weapon_use_verbs
        and lemma(recipient) in words.instrument_nouns
    )


def issuer(actor: Token | None) -> Token | None:
    """A document as actor stands for whoever issued it, where the sentence says: "the party
    issued a statement demanding talks" (the party), "a letter from the union urged" (the
    union). Otherwise the document itself."""
    words = vocabulary().words
    if actor is None or lemma(actor) not in words.document_nouns:
        return actor
    for prep in children(actor, "prep", "agent"):
        if prep.lower_ in words.issuer_preps and pobj(prep) is not None:
            return pobj(prep)
    if actor.dep_ in ("dobj", "attr") and is_verb(actor.head):
        return child(actor.head, "nsubj") or actor
    return actor


def other_side(token: Token, actor: Token | None) -> Token | None:
    """The second of two coordinated sides of a mutual act, as its recipient: "Chad and Niger
    met" (Niger), "police and herders clashed" (herders), "Kenyan and Ugandan envoys held
    talks" (Ugandan), "Chad and Niger officials met" (Niger). None where the trigger names
    the other side itself ("met with")."""
    words = vocabulary().words
    if actor is None or lemma(token) not in words.mutual_words:
        return None
    if any(prep.lower_ in words.mutual_preps for prep in children(token, "prep")):
        return None
    partner = child(actor, "conj")
    if partner is None:
        named = [
            m for m in children(actor, "amod", "compound", "nmod") if m.ent_type_ in ("NORP", "GPE")
        ]
        partner = child(named[0], "conj") if named else None
    return partner


def verb_roles(token: Token, event_type: str) -> Roles:
    """(actor, recipient) head tokens for a verb trigger."""
    passive = is_passive(token)
    if not passive and (dying := dying_roles(token)) is not None:
        return act_doer(token, event_type), dying[1]
    if passive:
        actor, recipient = passive_roles(token)
        actor = actor or unstated_agent(token) or sent_forces(token, event_type, recipient)
        actor = actor or act_doer(token, event_type)
    else:
        actor = gerund_subject(child(token, "nsubj", "csubj", "expl"))  # "miners waving ..."
        actor = actor or gerund_agent(token)  # "as a result of shelling by Elbonian troops"
        recipient = active_recipient(token)
        recipient = victims_over_object(token, recipient)
    actor = actor or copula_subject(token)
    actor = act_before_place(token, relative_antecedent(token, actor))
    if actor is None and token.tag_ == "VBG":  # "fled after fighting between X and Y"
        first, other = between_sides(token)
        actor, recipient = (first, other) if first is not None else (None, recipient)
    if actor is None and not passive:
        actor = shared_subject(token, event_type)
    if actor is None and not passive and token.dep_ == "acl" and is_noun(token.head):
        actor = token.head  # "gunmen firing from a rooftop"
    if actor is None and not passive:  # "fighting between militiamen and the army"
        actor, other = between_sides(token)
        recipient = other if actor is not None else recipient
    if recipient is None or _where(recipient):  # "A and B met at a hotel": B, not the hotel
        recipient = other_side(token, actor) or recipient
    recipient = blamed(token) or carried(recipient)
    if used_weapon(token, recipient):  # "fired live rounds to break up a crowd": the crowd
        recipient = purpose_object(token)
    return issuer(actor), recipient


def act_before_place(token: Token, actor: Token | None) -> Token | None:
    """A relative clause the parse hangs on a place that an act of harm is told at stands for
    that act: in "a bomb raid on the hotel in the capital Dorf, which killed 16 people", the
    raid killed them, not Dorf (whose doer the act's own words then say)."""
    if actor is None or token.dep_ != "relcl" or actor.i != token.head.i:
        return actor
    if actor.ent_type_ not in ("GPE", "LOC", "FAC"):
        return actor
    node = actor
    while node.dep_ in ("appos", "pobj", "prep", "compound") and node.head.i != node.i:
        node = node.head
        if lemma(node) in vocabulary().words.harming_acts:
            return node
    return actor


def gerund_agent(token: Token) -> Token | None:
    """The "by" phrase of a gerund the parse read as a verb is its doer: in "as a result of
    shelling by Elbonian troops, four people were killed", the troops shelled."""
    agent = child(token, "agent") if token.tag_ == "VBG" else None
    return pobj(agent) if agent is not None else None


def act_doer(token: Token, event_type: str) -> Token | None:
    """Who did the act a verb of harm or dying says its victims fell in, by the act's own
    words (:func:`noun_roles`): in "two guards were killed in an Elbonian drone strike",
    "Elbonian"; "three miners died in the raid" names no one."""
    act = harming_act(token)
    if act is None:
        return fought_with(token)  # "killed in clashes with the rebels": the rebels
    doer = noun_roles(act, event_type)[0]
    if doer is None or doer.i == act.i:
        doer = armed_kind(act)  # "killed in a jihadist attack": the jihadists
    if doer is None:
        return None
    return doer if act.left_edge.i <= doer.i <= act.right_edge.i else None


def _where(token: Token) -> bool:
    """The object of a preposition of place ("at a hotel", "in Gao"): where, not whom."""
    return token.dep_ == "pobj" and token.head.lower_ in vocabulary().words.place_only_preps


def blamed(verb: Token) -> Token | None:
    """Whom a verb of blaming blames, the object of its "on", whether the parse hangs it on the
    verb or on what is blamed: "the army blamed the ambush on the rebels" (the rebels), also
    as a participle on the act ("a series of raids blamed on the rebels": they raided)."""
    if lemma(verb) not in vocabulary().words.blame_verbs:
        return None
    for holder in [verb, *children(verb, "dobj")]:
        for prep in children(holder, "prep"):
            obj = pobj(prep)  # not a day: "blamed the ambush on the rebels on Monday"
            if prep.lower_ == "on" and obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
    return None


def _possessor(token: Token, possessor: Token) -> Token:
    """A pronoun possessor of a carried noun is the carrier's subject: in "the ministry lodged
    its protest", "its" is the ministry."""
    if possessor.pos_ == "PRON" and token.dep_ in ("dobj", "attr") and token.head.pos_ == "VERB":
        return child(token.head, "nsubj") or possessor
    return possessor


def _named_modifier(modifier: Token) -> Token | None:
    """A name inside a noun's modifiers acts: "recent Turkish drone strikes" (Turkish), also
    one the tagger left unnamed ("IS attacks"; the actor coder decides whether it names
    anyone)."""
    return next(
        (
            t
            for t in modifier.subtree
            if t.dep_ in ("amod", "compound")
            and (t.ent_type_ in NAMED_LABELS or (t.pos_ == "PROPN" and not t.ent_type_))
            and not _in_a_date(t)
            and not _names_a_place(t)
            and not site_of_a_stateless_act(t)
        ),
        None,
    )


def site_of_a_stateless_act(name: Token) -> bool:
    """A place's name on an attack noun of a kind no state carries out (a word of its own or of
    its modifiers in ``stateless_attack_words``) says where it was, not who did it: in "an
    Elbonia suicide attack kills 17" and "the Dorf car bombing", neither Elbonia nor Dorf
    attacked; a people's word ("an Elbonian suicide attack") and a state's own kind of attack
    ("an Elbonia drone strike") still act."""
    if name.ent_type_ != "GPE" or name.dep_ not in ("amod", "compound", "nmod"):
        return False
    noun = name.head
    while noun.dep_ in ("amod", "compound", "nmod") and noun.head.i != noun.i:
        noun = noun.head  # "Elbonia suicide attack": the parse may hang it on "suicide"
    kinds = vocabulary().words.stateless_attack_words
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    return lemma(noun) in kinds or any(lemma(c) in kinds for c in modifiers)


def _names_a_place(name: Token) -> bool:
    """A name that modifies a kind of place says where, not who: in "a Diyala province car
    bombing" and "the Dorf town raid", Diyala and Dorf did nothing."""
    head = name.head
    return head.i != name.i and lemma(head) in GeoLexicon.load().kind_nouns


def _in_a_date(token: Token) -> bool:
    """A word that names a day, not a party: "Bloody" in "the Bloody Sunday marches", also
    where the parse hangs it beside the day ("the Black Tuesday riots": "Black" and "Tuesday"
    both modify "riots")."""
    dated = ("DATE", "TIME", "EVENT")
    if token.head.ent_type_ in dated and token.head.i != token.i:
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is not None and after.ent_type_ in dated and after.head.i == token.head.i


def _noun_prep_role(prep: Token, event_type: str, actor, recipient) -> tuple:
    """A preposition after an event noun: "by" gives the actor ("a raid by police"), "of" the
    actor of an agentive type ("the withdrawal of the troops", not "the release of the
    hostages") or else the recipient ("the shelling of the port"), and an aiming preposition the recipient ("sanctions on Belarus")."""
    obj = pobj(prep)
    if obj is None:
        return actor, recipient
    if prep.lower_ == "by" and actor is None:
        return obj, recipient
    if prep.lower_ == "of":  # "the release of the hostages": whom it frees, not who frees
        agentive = lemma(prep.head) not in vocabulary().words.freeing_nouns
        if event_types()[event_type].has("of_names_actor") and actor is None and agentive:
            return obj, recipient
        return actor, recipient if recipient is not None else obj
    if prep.lower_ in vocabulary().words.noun_recipient_preps and recipient is None:
        return actor, obj
    return actor, recipient


def noun_roles(token: Token, event_type: str, light_verbs: frozenset[str] = frozenset()) -> Roles:
    """(actor, recipient) head tokens for an event noun."""
    actor, recipient = between_sides(token)
    named = None  # a name among the modifiers gives way to whoever carried the event out
    for modifier in token.children:
        if modifier.dep_ == "poss" and actor is None and modifier.ent_type_ not in ("DATE", "TIME"):
            actor = _possessor(token, modifier)  # not a day: "Tuesday's raid"
        elif modifier.dep_ in ("amod", "compound"):
            named = named or _named_modifier(modifier)
        elif modifier.dep_ == "prep":
            actor, recipient = _noun_prep_role(modifier, event_type, actor, recipient)
        elif modifier.dep_ == "acl" and modifier.lemma_ in vocabulary().words.agent_markers:
            actor = actor or child(modifier, "pobj")
        elif modifier.dep_ == "acl" and lemma(modifier) in light_verbs:
            actor = actor or carried_by(modifier)
        elif modifier.dep_ == "acl" and modifier.tag_ == "VBN":
            actor = actor or blamed(modifier)  # "attacks blamed on the rebels": the rebels
        elif modifier.dep_ == "relcl":
            actor = actor or blamed(modifier)  # "an attack the army blamed on the rebels"
    # "the failed assassination attempt": the compound's phrase stands where the noun would
    placed = token.head if token.dep_ == "compound" and is_noun(token.head) else token
    if (guest := attendee(placed)) is not None:  # "the rebels attended a UN-run meeting"
        actor, recipient = guest, recipient or actor or named
    actor = actor or carrier_subject(placed, light_verbs) or participant_subject(placed)
    actor = actor or came_for(placed) or named  # "flew in for talks": who flew in
    actor = actor or armed_doer(token)  # "a rebel ambush": the rebels
    dealer, dealt = dealt_with(placed)  # "hit twelve officials with sanctions"
    actor, recipient = actor or dealer, dealt or recipient
    victims = left_by(placed)
    if victims is not None and (recipient is None or names_no_party(recipient)):
        recipient = victims  # "the raid on the hotel left five guests dead": the guests
    faced = undergoer(placed)
    if faced is not None and recipient is not None and _of_object(token, recipient):
        actor, recipient = actor or threatened_by(recipient), faced  # "faces the threat of"
    recipient = recipient or faced or aimed_object(placed)
    return actor, recipient or other_side(token, actor)


def armed_doer(act: Token) -> Token | None:
    """A word of an armed group's kind on an act of harm (``harming_acts``) names who did it,
    where nothing else on the noun does: in "condemned the jihadist attack" and "a rebel ambush
    killed nine", the jihadists and the rebels (:func:`armed_kind`); a word that only tells the
    act's kind names no one ("a terrorist attack", ``attack_kind_words``)."""
    words = vocabulary().words
    if lemma(act) not in words.harming_acts:
        return None
    kind = armed_kind(act)
    return None if kind is None or lemma(kind) in words.attack_kind_words else kind


def _of_object(token: Token, word: Token) -> bool:
    """Whether ``word`` is the object of ``token``'s own "of" ("the threat of sanctions")."""
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.i == token.i


def threatened_by(act: Token) -> Token | None:
    """Who would do a threatened act, by its "from" or "by" phrase: "the threat of sanctions
    from the council" (the council)."""
    for prep in children(act, "prep", "agent"):
        if prep.lower_ in vocabulary().words.issuer_preps and (side := pobj(prep)) is not None:
            return side
    return None


def attendee(token: Token) -> Token | None:
    """Who attends or joins a meeting noun takes part in it, its convener being the other
    side: in "the rebels attended a UN-organized meeting", the rebels (and the UN the
    recipient)."""
    words = vocabulary().words
    head = token.head
    if token.dep_ != "dobj" or lemma(token) not in words.mutual_words:
        return None
    if lemma(head) not in words.attend_verbs:
        return None
    return relative_antecedent(head, child(head, "nsubj"))


def carried_by(participle: Token) -> Token | None:
    """The "by" agent of a participle of carrying out or imposing on an event noun: "the
    sanctions announced by the council on Monday", "raids carried out by militiamen"."""
    if participle.tag_ != "VBN":
        return None
    agent = child(participle, "agent")
    return pobj(agent) if agent is not None else None


def _subject(word: Token) -> Token | None:
    """Who a word that governs an event noun says did it: the noun an adjective or participle
    modifies ("the cell responsible for"), the subject of "be" ("the cell was responsible
    for"), of "take" ("took part in"), or the word's own (passive) subject."""
    if word.dep_ in ("amod", "acl"):
        return word.head if is_noun(word.head) else None
    if word.dep_ == "acomp":
        return copula_subject(word)
    if word.dep_ == "dobj" and is_verb(word.head):
        return child(word.head, "nsubj")
    subject = child(word, "nsubjpass")
    if subject is None and child(word, "dobj") is None:
        subject = child(word, "nsubj")
    return relative_antecedent(word, subject)


def participant_subject(token: Token) -> Token | None:
    """An event noun's actor as a participant: "a dozen guards were involved in the break-out",
    "the faction responsible for the raid", "students took part in the march", "the cell
    behind the bombing", and the party blamed for it ("police blamed a gang for the raid")."""
    words = vocabulary().words
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ in words.participation_preps and is_noun(prep.head):
        return prep.head
    word = prep.head
    if lemma(word) in words.participation_words:
        return _subject(word)
    if lemma(word) in words.blame_verbs and prep.lower_ in words.charged_party_preps:
        return charged_object(token)  # "the army blamed the rebels for the raid"
    if is_verb(word) and any(lemma(o) in words.participation_words for o in children(word, "dobj")):
        return child(word, "nsubj")  # "took part in"
    return None


def undergoer(token: Token) -> Token | None:
    """An event noun as the object of a verb of undergoing is aimed at the verb's subject: "the
    two editors face long prison terms", "the convoy suffered repeated raids"."""
    head = token.head
    if token.dep_ != "dobj" or lemma(head) not in vocabulary().words.undergo_verbs:
        return None
    return relative_antecedent(head, child(head, "nsubj"))


def aimed_object(token: Token) -> Token | None:
    """An event noun as the subject of a verb of hitting acts on that verb's object: "the
    blast wrecked a bus" (the bus), "the raid targeted a fuel depot"."""
    head = token.head
    if token.dep_ != "nsubj" or lemma(head) not in vocabulary().words.aimed_verbs:
        return None
    return child(head, "dobj")


def carrier_subject(token: Token, light_verbs: frozenset[str]) -> Token | None:
    """The subject of the verb that carries an event noun: a light verb ("the union staged a
    walkout", also through "began to stage" and through a noun that counts it: "carried out a
    series of raids"), or "be/go on" ("dockers went on strike")."""
    head = token.head
    series = vocabulary().words.series_nouns
    if token.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in series:
        token, head = head.head, head.head.head
    if token.dep_ in ("dobj", "attr") and head.pos_ == "VERB" and lemma(head) in light_verbs:
        if names_the_act(head):
            return None  # "the envoy called the raid an outrage": he did not carry it out
        actor = relative_antecedent(head, child(head, "nsubj"))  # "the man who staged it"
        if actor is None and head.dep_ in ("xcomp", "conj"):  # "is expected to hold talks"
            actor = child(head.head, "nsubj", "nsubjpass")
        if actor is None and head.dep_ == "pcomp":
            actor = charged_party(head)
        return actor
    if token.dep_ == "nsubjpass" and head.pos_ == "VERB" and lemma(head) in light_verbs:
        agent = child(head, "agent")  # "the raid was carried out by militiamen"
        return pobj(agent) if agent is not None else None
    if (
        token.dep_ == "pobj"
        and head.lower_ == "on"
        and head.head.lemma_ in vocabulary().words.on_state_verbs
    ):
        return child(head.head, "nsubj")
    return None


def names_the_act(verb: Token) -> bool:
    """A light verb with an object predicate names or judges the act it takes, it does not
    carry it out: in "the mayor called the blast a cowardly act", "call" is no "call a
    strike", and the mayor set off nothing."""
    return child(verb, "oprd") is not None


def locative_objects(token: Token) -> list[Token]:
    """Objects of locative prepositions under the trigger ("in Gao", "to the border"), also one
    preposition further ("along its frontier with Chad"), under the passive agent ("detained
    by police in Harare") and under a participle that describes the object ("ambushed a truck
    carrying soldiers in Gao": the parse hangs "in Gao" on the soldiers)."""
    preps = vocabulary().words.locative_preps
    found = []
    stack = [token]
    seen = set()
    while stack:
        node = stack.pop()
        if node.i in seen:
            continue
        seen.add(node.i)
        for sub in node.children:
            if sub.dep_ == "prep" and sub.lower_ in preps:
                obj = pobj(sub)
                if obj is not None:
                    found.append(obj)
                    stack.append(obj)
            elif sub.dep_ in ("dobj", "npadvmod", "pobj", "nsubjpass") and node.i == token.i:
                stack.append(sub)
            elif sub.dep_ == "agent":
                stack.extend(children(sub, "pobj"))
            elif _describing_participle(sub, token):
                stack.extend([sub, *children(sub, "dobj")])
    return found


def _describing_participle(word: Token, trigger: Token) -> bool:
    """A participle phrase on the trigger's object ("a truck carrying soldiers")."""
    obj = word.head
    return (
        word.dep_ == "acl"
        and word.tag_ in ("VBG", "VBN")
        and obj.dep_ == "dobj"
        and obj.head.i == trigger.i
    )
