"""Drafts: a trigger with its role words and modality, before any actor is coded; and the rules
that fold one draft into another ("threatened to invade" is one THREATEN, not an invasion).

>>> drafts = make_drafts(find_triggers(sent, lex), sent, lex)   # "Rebels vowed to seize Gao."  # doctest: +SKIP
>>> fold_governed(drafts, lex)  # doctest: +SKIP
>>> [d.sense.event_type for d in drafts.values() if d.absorbed_by is None]  # doctest: +SKIP
['THREATEN']
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from crisislens.data import word_set
from crisislens.events.lexicon import Lexicon, Sense
from crisislens.events.modality import modality_of
from crisislens.events.roles import clause_antecedent, noun_roles, verb_roles
from crisislens.events.triggers import Trigger, keeps_a_state
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import (
    GOVERNED_DEPS,
    NAMED_LABELS,
    SUBORDINATE_DEPS,
    child,
    children,
    climb,
    has_child_word,
    lemma,
    passive_agents,
    prep_objects,
    subject,
)

# a clause that tells something of its own (a gerund under a preposition, "by agreeing to a
# truce", is still part of what its verb does)
OWN_CLAUSE_DEPS = SUBORDINATE_DEPS - {"pcomp"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
# clauses that tell a circumstance of a demand, not what it demands
ASIDES = frozenset({"advcl", "relcl", "acl"})


@dataclass
class Draft:
    """An event being assembled, before it becomes an :class:`Event`."""

    trigger: Trigger
    sense: Sense
    actor_token: Token | None
    recipient_token: Token | None
    modality: str
    absorbed: list[Draft] = field(default_factory=list)
    absorbed_by: Draft | None = None
    weight_bonus: float = 0.0


def speech_verbs() -> frozenset[str]:
    """Verbs that report or state what someone says or means to do."""
    return word_set("reporting_verbs.yaml", "reporting_verbs") | vocabulary().words.intent_verbs


# -- roles of one draft ---------------------------------------------------------------------
def speaker_for_pronoun(trigger: Trigger, actor: Token | None) -> Token | None:
    """ "it", "they" or "we" as the subject of a reported clause is the speaker: in "the union
    announced that it had called off the strike", the union called it off; so too where the
    trigger shares that subject ("said it had mined the road and taken 40 workers hostage")
    or is carried by its verb ("said it had staged a walkout")."""
    if actor is None or actor.lower_ not in vocabulary().words.group_pronouns:
        return actor
    clause = actor.head if actor.dep_ == "nsubj" else trigger.token
    if actor.lower_ != "we" and clause.i < clause.head.i:
        return actor  # "they fired on us, villagers said": others (actors/rules.reported_speaker)
    if clause.dep_ == "ccomp" and clause.head.lemma_ in speech_verbs():
        return child(clause.head, "nsubj") or actor
    return actor


def destination_recipient(trigger: Trigger, recipient: Token | None) -> Token | None:
    """What is sent is not the recipient, where it goes is: "deployed troops to the border"
    (and in "sent soldiers", the soldiers are part of the trigger). An object that is part of
    the trigger ("opened fire on a patrol") gives way to whom the act is aimed at."""
    sent_off = trigger.sense.event_type
    destination = event_types()[sent_off].has("recipient_is_destination")
    words = {t.i for t in trigger.words}
    if recipient is None or not (recipient.i in words or destination):
        return recipient
    if not destination:
        return aimed_at(trigger) or recipient
    recipient = None
    for prep in trigger.token.children:
        if prep.dep_ == "prep" and prep.lower_ in vocabulary().words.destination_preps:
            recipient = child(prep, "pobj")
    return recipient


def aimed_at(trigger: Trigger) -> Token | None:
    """The object of an aiming preposition under the trigger's words ("opened fire on a
    patrol", "laid siege to the town"), not a date."""
    aims = vocabulary().words.verb_recipient_preps
    for word in trigger.words:
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in aims:
                obj = child(prep, "pobj")
                if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                    return obj
    return None


def reduced_passive(
    token: Token, actor: Token | None, recipient: Token | None
) -> tuple[Token | None, Token | None]:
    """A headline's bare participle is passive: in "Police injured during protest" or "Three
    hostages freed", the subject of a verb that needs an object was acted on, it did not act
    (event_rules.yaml: object_required_verbs); "police injured two men" keeps its actor."""
    if (
        actor is None
        or recipient is not None
        or actor.dep_ != "nsubj"
        or actor.head.i != token.i
        or token.tag_ not in ("VBN", "VBD")
        or lemma(token) not in vocabulary().words.object_required_verbs
        or child(token, "dobj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp") is not None
    ):
        return actor, recipient
    return None, actor


def make_draft(trigger: Trigger, lex: Lexicon) -> Draft:
    """A trigger's role words (see events/roles.py) and modality."""
    token = trigger.token
    if token.pos_ == "VERB":
        actor, recipient = verb_roles(token, trigger.sense.event_type)
        actor, recipient = reduced_passive(token, actor, recipient)
        actor = speaker_for_pronoun(trigger, clause_antecedent(actor))
        recipient = destination_recipient(trigger, recipient)
    else:
        actor, recipient = noun_roles(token, trigger.sense.event_type, lex.light_verbs)
    modality = modality_of(token, lex.governors, lex.light_verbs)
    return Draft(trigger, trigger.sense, actor, recipient, modality)


def demands_an_act(clause: Token, trigger_ids: set[int]) -> bool:
    """An obligation clause demands an act when what it asks its subject to do holds an event
    word: "they must stop shelling the town" does; "the council must be firm", "donors should
    take a long view" and "talks must resume" (the event is the subject, coded on its own as
    demanded) state a view.

    >>> demands_an_act(nlp("They must stop shelling it.")[0].head, {3})   # doctest: +SKIP
    True
    """
    if lemma(clause) in vocabulary().words.copulas or keeps_a_state(clause):
        return False
    return any(t.i in trigger_ids for t in demanded_part(clause))


def demanded_part(clause: Token) -> list[Token]:
    """What an obligation clause asks its subject to do: the clause less its subject and its
    adverbial or relative clauses ("should take care when handling the claims" asks for care,
    not for handling)."""
    found: list[Token] = []
    stack = [c for c in clause.children if c.dep_ not in SUBJECT_DEPS and c.dep_ not in ASIDES]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ASIDES)
    return found


def asked_party(speech: Token, content: Token) -> Token | None:
    """The subject of the obligation clause under ``speech`` that holds ``content``: the
    council in "told reporters the council must keep the sanctions"."""
    for clause in children(speech, "ccomp"):
        if clause.left_edge.i <= content.i <= clause.right_edge.i:
            return child(clause, "nsubj", "nsubjpass")
    return None


def reported_demand(draft: Draft) -> bool:
    """A REQUEST that :func:`reported_demands` found on a verb of saying: what its clause
    demands is its content and folds into it ("said the council must lift the sanctions")."""
    token = draft.trigger.token
    return draft.sense.event_type == "REQUEST" and lemma(token) in speech_verbs()


def reported_demands(sent: Span, trigger_ids: set[int]) -> list[Trigger]:
    """ "The ombudsman said the guards must stop beating inmates": a REQUEST by the speaker,
    when the obligation demands an act (:func:`demands_an_act`) that is not the clause's own
    verb (when it is, "said the prison must be closed", that event is coded as demanded)."""
    found = []
    speech, obligation = speech_verbs(), vocabulary().words.demand_modals
    weight = vocabulary().weights.verb_trigger - vocabulary().weights.reported_demand_penalty
    for token in sent:
        if token.pos_ != "VERB" or lemma(token) not in speech or token.i in trigger_ids:
            continue
        for clause in token.children:
            if clause.dep_ != "ccomp" or clause.i in trigger_ids:
                continue
            if has_child_word(clause, ("aux",), obligation) and demands_an_act(clause, trigger_ids):
                request = Sense("REQUEST")
                found.append(Trigger(token, [token], request, "verb", weight, (request,)))
                break
    return found


# -- folding drafts into one another --------------------------------------------------------
def fold_coordinated(draft: Draft, drafts: dict[int, Draft]) -> bool:
    """Coordinated verbs of one type are one event with the first verb's roles: "shot and
    wounded two guards". A coordinated clause with a subject of its own tells another act:
    "the island honoured the envoy, and the ministers praised the accord" is two."""
    node = draft.trigger.token
    head = drafts.get(node.head.i)
    if (
        node.dep_ == "conj"
        and child(node, *SUBJECT_DEPS) is None
        and head is not None
        and head is not draft
        and head.sense.event_type == draft.sense.event_type
    ):
        draft.absorbed_by = head.absorbed_by or head
        draft.absorbed_by.absorbed.append(draft)
        return True
    return False


def seals_an_agreement(draft: Draft, lex: Lexicon) -> bool:
    """An agreement, or an act whose trigger names one: "agreed", "signed an accord"
    (event_rules.yaml: sealing_types)."""
    sealing = vocabulary().words.sealing_types
    if draft.sense.event_type in sealing:
        return True
    named = (lex.nouns.get(lemma(w), ()) for w in draft.trigger.words[1:])
    return any(s.event_type in sealing for senses in named for s in senses)


def fold_sealed_meeting(draft: Draft, drafts: dict[int, Draft], lex: Lexicon) -> bool:
    """A meeting coordinated with the agreement it seals is that agreement's occasion, one
    happening: "the two ministers met and signed a trade accord" is the accord, not a meeting
    beside it (event_rules.yaml: occasion_types)."""
    node = draft.trigger.token
    other = drafts.get(node.head.i) if node.dep_ == "conj" else None
    if other is None or other is draft or other.absorbed_by is not None:
        return False
    occasions = vocabulary().words.occasion_types
    for meeting, sealed in ((other, draft), (draft, other)):
        if meeting.sense.event_type in occasions and seals_an_agreement(sealed, lex):
            if sealed.absorbed_by is not None or meeting.absorbed_by is not None:
                return False
            meeting.absorbed_by = sealed
            sealed.absorbed.append(meeting)
            return meeting is draft  # the agreement still folds into what governs it
    return False


def _first_named(token: Token) -> Token | None:
    """The first named actor in the object positions under ``token``: "an offensive to topple
    the regime in the capital" -> regime."""
    institutions = vocabulary().words.institution_nouns
    for node in token.subtree:
        if (
            node.i != token.i
            and node.dep_ in ("dobj", "pobj")
            and (node.ent_type_ in NAMED_LABELS or node.lemma_ in institutions)
        ):
            return node
    return None


def absorbed_recipient(draft: Draft, governor: Draft) -> Token | None:
    """Whom a governing event is aimed at, once it has folded ``draft`` in: the one asked to
    act ("urged that the army withdraw": the army), the issuer of a rejected or accepted
    proposal ("rejected the union's offer": the union), or whom the folded event aims at
    ("threatened an invasion of the island": the island)."""
    own_subject = draft.actor_token is not None and (
        governor.actor_token is None or draft.actor_token.i != governor.actor_token.i
    )
    if own_subject and draft.trigger.token.pos_ == "VERB":
        return draft.actor_token
    asked = asked_party(governor.trigger.token, draft.trigger.token)
    if asked is not None and reported_demand(governor):  # "told reporters the council must"
        return asked
    if governor.recipient_token is not None and governor.recipient_token.i != draft.trigger.token.i:
        return governor.recipient_token
    issuer = (
        draft.actor_token
        if draft.trigger.kind == "noun"
        and event_types()[governor.sense.event_type].has("recipient_is_issuer")
        else None
    )
    return issuer or draft.recipient_token or _first_named(draft.trigger.token) or draft.actor_token


def fold_into_governor(draft: Draft, governor: Draft, governor_lemma: str, lex: Lexicon) -> None:
    """A threat, demand, refusal, promise or accusation folds in the event it governs:
    "vowed to retake the town" is one THREATEN. An event noun stays an event of its own under
    anything but a threat, demand, refusal or promise: in "condemned the bombing", the bombing
    happened. What a folded event governs is part of the same content and folds into the same
    event: "urged the rebels to accept a truce" is one REQUEST, the truce included."""
    if governor.absorbed_by is not None:
        if _within_content(draft.trigger.token, governor.trigger.token):
            fold_into_content(draft, governor.absorbed_by)
        return
    noun_kept = draft.trigger.kind == "noun" and not event_types()[governor.sense.event_type].has(
        "takes_event_nouns"
    )
    absorbs = governor_lemma in lex.governors.get("absorb", frozenset()) or reported_demand(
        governor
    )
    if not absorbs or noun_kept:
        return
    draft.absorbed_by = governor
    governor.absorbed.append(draft)
    governor.weight_bonus = vocabulary().weights.governor_bonus
    governor.recipient_token = absorbed_recipient(draft, governor)
    governor.sense = promised_harm(draft, governor) or governor.sense


def promised_harm(draft: Draft, governor: Draft) -> Sense | None:
    """A promise of a hostile act is a threat: "the front pledged to carry out attacks" is a
    THREATEN, not an AGREE (event_types.yaml: stance; event_rules.yaml: promise_verbs). A
    promise of help stays an AGREE ("pledged to send aid"), and a vow of a cooperative act is
    one ("the governor vowed to free the detained students", "vowed to hold talks"), not the
    threat "vow" reads as alone.

    >>> promised_harm(attacks, pledged).event_type  # doctest: +SKIP
    'THREATEN'
    """
    types = event_types()
    promise = lemma(governor.trigger.token) in vocabulary().words.promise_verbs
    if not promise:
        return None
    own, content = types[governor.sense.event_type].stance, types[draft.sense.event_type].stance
    if draft.modality == "negated":
        return promised_not_to(own, content)
    if own == "cooperative" and content == "hostile":
        return Sense("THREATEN")
    if own == "hostile" and content == "cooperative":
        return Sense("AGREE")  # "vowed to free the hostages": a promise, no threat
    return None


def promised_not_to(own: str, content: str) -> Sense | None:
    """What a promise not to act is, from the stance of the promise (``own``) and of the act
    it forswears (``content``): a vow not to do a cooperative thing refuses it, "the junta
    vowed not to hand over power" (REJECT); a pledge not to do a hostile thing promises
    restraint, "the rebels pledged not to attack civilians" (AGREE, no threat).

    >>> promised_not_to("hostile", "cooperative").event_type  # doctest: +SKIP
    'REJECT'
    """
    if content == "cooperative":
        return Sense("REJECT")
    if content == "hostile" and own == "cooperative":
        return None  # the pledge stays an AGREE
    if content == "hostile":
        return Sense("AGREE")
    return None


def _within_content(token: Token, governor: Token) -> bool:
    """Whether ``token`` is part of what ``governor`` does, not of a clause that tells something
    of its own on the way ("repatriate the men it had held since arresting them": the arrest
    is told in a relative clause)."""
    node = token
    for _ in range(vocabulary().limits.governor_hops + 2):
        if node.i == governor.i:
            return True
        if node.dep_ in OWN_CLAUSE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def fold_into_content(draft: Draft, absorber: Draft) -> None:
    """Fold ``draft`` into the event that folded in its governor, when that event takes what
    its content says ("urged the rebels to return to talks": the talks are what is urged)."""
    if event_types()[absorber.sense.event_type].has("takes_event_nouns"):
        draft.absorbed_by = absorber
        absorber.absorbed.append(draft)


def ordered(draft: Draft, order: Token, lex: Lexicon) -> None:
    """An order makes the ordered act planned, by whoever gave the order: "the governor
    ordered police to clear the square". Ordering violence is a threat of it, and ordering
    arrests is coercion already (event_types.yaml: ordered_as)."""
    actor = (
        verb_roles(order, "COERCE")[0] if order.pos_ == "VERB" else noun_roles(order, "COERCE")[0]
    )
    ordered_as = event_types()[draft.sense.event_type].ordered_as
    if standing_permission(order):
        draft.modality = "hypothetical"  # "a law that authorizes firing on foreign vessels"
    elif ordered_as == "itself":
        draft.modality = modality_of(order, lex.governors)
    elif ordered_as:
        event_type, _, mode = ordered_as.partition(":")
        draft.sense = Sense(event_type, mode or None)
        draft.modality = modality_of(order, lex.governors)
    else:
        draft.modality = "planned"
    draft.actor_token = actor or draft.actor_token
    draft.weight_bonus = vocabulary().weights.governor_bonus


def standing_permission(order: Token) -> bool:
    """Whether the order is a law's or a decree's: "the law authorizes the navy to fire on
    foreign boats", "a decree authorizing troops to shoot looters" tell what may be done one
    day, no act and no one's threat (event_rules.yaml: legal_texts). "The president
    authorized air strikes" stays an order.

    >>> standing_permission(nlp("The law authorizes the navy to fire.")[2])  # doctest: +SKIP
    True
    """
    texts = vocabulary().words.legal_texts
    if order.dep_ == "acl":  # "a decree authorizing troops to shoot"
        return lemma(order.head) in texts
    doer = subject(order)
    if doer is not None and doer.tag_ in ("WDT", "WP") and order.dep_ == "relcl":
        doer = order.head  # "a law that authorizes firing"
    return doer is not None and lemma(doer) in texts


def told_beside(token: Token, order: Token) -> bool:
    """Whether ``token`` sits in a clause that tells a happening of its own on the way up to
    the order: "the president ordered an investigation after gunmen attacked a village"
    orders no attack, it follows one (an adverbial clause marked by event_rules.yaml
    other_event_marks).

    >>> told_beside(doc[6], doc[2])   # "attacked", "ordered"  # doctest: +SKIP
    True
    """
    marks = vocabulary().words.other_event_marks
    node = token
    for _ in range(vocabulary().limits.governor_hops):
        if node.i == order.i or node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and has_child_word(node, ("mark", "advmod"), marks):
            return True
        node = node.head
    return False


def fold_governed(drafts: dict[int, Draft], lex: Lexicon) -> None:
    """Fold complements into the triggers that govern them; turn orders into events. The
    nearest governing trigger or order above a draft decides."""
    directives = vocabulary().words.directive_verbs
    for draft in list(drafts.values()):
        if fold_coordinated(draft, drafts) or fold_sealed_meeting(draft, drafts, lex):
            continue
        hops = vocabulary().limits.governor_hops
        for node in climb(draft.trigger.token, GOVERNED_DEPS, hops):
            governor = drafts.get(node.i)
            if governor is not None and governor is not draft:
                fold_into_governor(draft, governor, lemma(node), lex)
                break
            # "in order to" orders nothing: a bare noun under a preposition ("following an
            # order by the president to shoot" does)
            bare = node.dep_ == "pobj" and child(node, "det", "poss") is None
            if lemma(node) in directives and not bare:
                if not told_beside(draft.trigger.token, node):
                    ordered(draft, node, lex)
                break


def _purpose_head(token: Token) -> Token | None:
    """The verb whose purpose an infinitive clause says: "went" in "went on strike to demand
    higher pay"."""
    if token.dep_ != "advcl" or not has_child_word(
        token, ("aux",), vocabulary().words.infinitive_marks
    ):
        return None
    return token.head


def fold_purposes(drafts: dict[int, Draft]) -> None:
    """What a protest is for folds into the protest (event_types.yaml: folds_its_purpose):
    "thousands went on strike to demand higher pay" and "farmers blocked the road to protest
    fuel prices" are each one PROTEST whose demand is its content (CAMEO 1411-1444). The
    protest is the verb the purpose clause hangs on, or an event noun that verb carries. A
    purpose of the same kind as its act folds into that act (:func:`fold_same_kind_purpose`),
    and so does one that only presses, whatever the act: "kept the tariffs in place to
    pressure the government" is the tariffs, no request beside them (event_rules.yaml:
    pressing_verbs)."""
    for draft in list(drafts.values()):
        if draft.absorbed_by is not None:
            continue
        head = _purpose_head(draft.trigger.token)
        if head is None:
            fold_same_kind_purpose(draft, _used_for(draft.trigger.token, drafts))
            continue
        carried = [
            d
            for t in _carried(head)
            if (d := drafts.get(t.i)) is not None and d is not draft and d.absorbed_by is None
        ]
        protest = next(
            (d for d in carried if event_types()[d.sense.event_type].has("folds_its_purpose")),
            None,
        )
        if protest is None and lemma(draft.trigger.token) in vocabulary().words.pressing_verbs:
            protest = next(iter(carried), None)
            if protest is not None and protest.recipient_token is None:
                protest.recipient_token = draft.recipient_token  # whom it bears on
        if protest is not None:
            draft.absorbed_by = protest
            protest.absorbed.append(draft)
        else:
            fold_same_kind_purpose(draft, drafts.get(head.i))


def _carried(head: Token) -> list[Token]:
    """The verb a purpose clause hangs on and the nouns it carries ("went on strike", "kept
    tariffs in place")."""
    return [head, *children(head, "dobj")] + [
        o for prep in children(head, "prep") for o in children(prep, "pobj")
    ]


def _used_for(token: Token, drafts: dict[int, Draft]) -> Draft | None:
    """The act an infinitive complement says the purpose of, where the parser took the purpose
    for a complement: "used batons to clear the road" (not "vowed to clear it", whose verb is
    no act of the same kind)."""
    if token.dep_ != "xcomp" or not has_child_word(
        token, ("aux",), vocabulary().words.infinitive_marks
    ):
        return None
    return drafts.get(token.head.i)


def fold_same_kind_purpose(draft: Draft, head: Draft | None) -> None:
    """A purpose that is the same kind of act as the act it is for says what that act aims at;
    it is no second event: "riot police fired water cannon to break up the sit-in" is one
    COERCE, and "troops shelled the ridge to drive the rebels out" one ASSAULT. Whom the
    purpose acts on is whom the act is aimed at, where the act names no one of its own (its
    object is part of its trigger: "fired water cannon")."""
    if head is None or head is draft or head.absorbed_by is not None:
        return
    if head.sense.event_type != draft.sense.event_type or draft.trigger.kind != "verb":
        return
    draft.absorbed_by = head
    head.absorbed.append(draft)
    own = head.recipient_token
    in_trigger = own is not None and any(w.i == own.i for w in head.trigger.words)
    if draft.recipient_token is not None and (own is None or in_trigger or own.dep_ != "dobj"):
        head.recipient_token = draft.recipient_token


# -- readings the clause decides --------------------------------------------------------------
def attack_with_object(draft: Draft, lex: Lexicon) -> Sense | None:
    """ "A bomb struck the convoy", "the guard was struck twice": with a direct object, or a
    passive subject, the verb attacks (a labour strike takes neither: "the dockers struck";
    "struck a deal" is no event, event_rules.yaml: no_event_objects), in the way its own
    arguments tell where they do ("struck by gunfire": firearms)."""
    token = draft.trigger.token
    if lemma(token) not in vocabulary().words.attack_with_object:
        return None
    argument = draft.trigger.argument
    if argument is not None and argument.event_type != "ASSAULT":
        return None  # its arguments read it: "will strike over pay" ("pay" parsed as its object)
    if headline_strike(token):
        return next((s for s in draft.trigger.senses if s.event_type == "PROTEST"), None)
    if child(token, "dobj") is None and child(token, "nsubjpass") is None:
        return None
    if child(token, "dobj") is None and _struck_by_accident(token):
        return None
    return argument or next((s for s in draft.trigger.senses if s.event_type == "ASSAULT"), None)


def headline_strike(token: Token) -> bool:
    """ "Teachers strike spreads", "Rail strike enters third week": a headline's labour strike
    the parse reads as a verb with the next verb as its object, a word that tells how the
    strike goes on (event_rules.yaml: course_verbs)."""
    obj = child(token, "dobj")
    return (
        obj is not None
        and obj.i == token.i + 1
        and obj.tag_ in ("NNS", "VBZ")
        and lemma(obj) in vocabulary().words.course_verbs
    )


def _struck_by_accident(token: Token) -> bool:
    """ "was struck by lightning", "was struck and killed by a van": a hazard or an accident
    hit the passive subject (event_rules.yaml: accident_agents), no attacker."""
    return any(lemma(o) in vocabulary().words.accident_agents for o in passive_agents(token))


def restricted(word: Token) -> list[Token]:
    """What a restriction word restricts: its own modifiers, the head of its object and of its
    "on" phrase ("export curbs", "restricted imports", "a ban on arms sales"; but "the ban on
    the trade union" restricts a union, not trade)."""
    objects = children(word, "dobj")
    found = [c for c in word.lefts if c.dep_ in ("compound", "amod")] + objects
    # the parse often hangs the "on" phrase on the verb: "lifted the curbs on fish exports"
    verb = [word.head] if word.dep_ in ("dobj", "nsubjpass") else []
    for head in (word, *objects, *verb):
        found += [obj for _, obj in prep_objects(head, vocabulary().words.scope_preps)]
    return found


def forbidden(noun: Token) -> bool:
    """Whether a word of forbidding governs the event noun, as its object or through its "on"
    phrase: "banned the rallies", "a moratorium on strikes" (event_rules.yaml:
    forbidding_words, scope_preps). What is forbidden is no happening told."""
    words = vocabulary().words
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ in words.scope_preps:
        governor = governor.head
    elif noun.dep_ != "dobj":
        return False
    return governor.i != noun.i and lemma(governor) in words.forbidding_words


def across_borders(draft: Draft, lex: Lexicon) -> Sense | None:
    """A restriction on what crosses a border is a sanction on another state, and easing one
    eases a sanction (CAMEO 163, 085): "imposed a ban on meat imports" SANCTION, "lifted its
    curbs on wine imports" RETREAT; one on the target's own people stays as it is ("banned
    rallies" COERCE, "lifted the ban on the party" CONCEDE). event_types.yaml says which type
    each reading turns into (``across_borders``)."""
    reading = event_types()[draft.sense.event_type].across_borders
    words = vocabulary().words
    if reading is None:
        return None
    candidates = [*reversed(draft.trigger.words), *children(draft.trigger.token, "dobj")]
    word = next((w for w in candidates if lemma(w) in words.restriction_words), None)
    if word is None or not any(lemma(t) in words.cross_border_scope for t in restricted(word)):
        return None
    return Sense(*reading)


def show_of_force(draft: Draft, lex: Lexicon) -> Sense | None:
    """A weapon fired at no one is shown, not used (CAMEO 150): "the navy test-fired a
    cruise missile", "the army launched two rockets into the sea" show force; "fired a
    missile at the base" attacks (event_types.yaml: shown_force; event_rules.yaml:
    test_prefixes, open_water)."""
    reading = event_types()[draft.sense.event_type].shown_force
    if reading is None:
        return None
    token = draft.trigger.token
    verb = token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" else token
    words = vocabulary().words
    if _hyphen_prefix(verb) in words.test_prefixes:
        return Sense(*reading)
    fell = [lemma(o) for _, o in prep_objects(verb, words.open_water_preps)]
    target = draft.recipient_token
    if any(f in words.open_water for f in fell) and (target is None or lemma(target) in fell):
        return Sense(*reading)
    return None


def _hyphen_prefix(verb: Token) -> str | None:
    """The word joined to a verb by a hyphen before it, which the parse splits off: "test"
    in "test-fired"."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 2].head != verb:
        return None
    return doc[verb.i - 2].lower_


def by_argument(draft: Draft, lex: Lexicon) -> Sense | None:
    """The reading the trigger's own arguments chose (rules/arguments.py), known before
    folding: in "faced calls for his resignation" the call is a REQUEST (a call for), not a
    telephone call, so it folds in the resignation it asks for instead of leaving it as an
    asserted resignation. The built event would take the same reading later (choose_sense)."""
    return draft.trigger.argument


RESENSE_RULES = (attack_with_object, across_borders, show_of_force, by_argument)


def resense(drafts: dict[int, Draft], lex: Lexicon) -> None:
    """Re-read a draft where its clause decides between the trigger's readings."""
    for draft in drafts.values():
        sense = next((s for rule in RESENSE_RULES if (s := rule(draft, lex)) is not None), None)
        if sense is not None:
            draft.sense = sense
