"""Is a candidate an event the text asserts? The rules that say no, or not quite.

A trigger word is only a candidate: "the minister called the shooting an act of terror" names
an act of terror and is no phone call; "they left without warning" threatens no one; "what
talks can there be with them?, he asked" asks for nothing. Each rule below looks at one draft
and returns DROP (no event), a modality (the event is there but not asserted), or None (no
opinion); ASSERTION_RULES is their order, and the first opinion wins, save that a drop wins
over a modality (first_verdict).

>>> judge(drafts)   # "The mayor called the riot a massacre."  # doctest: +SKIP
>>> [d.trigger.token.text for d in drafts.values()]  # doctest: +SKIP
['riot']
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from crisislens.events.rules.advisories import (
    advised_caution,
    advisory_no_threat,
    fired_as_a_warning,
    warned_of_a_fact,
    warned_of_a_possibility,
    warned_of_nature,
)
from crisislens.events.rules.arguments import of_objects
from crisislens.events.rules.campaigns import campaign_gathering
from crisislens.events.rules.charges import charged_defiance
from crisislens.events.rules.crashes import crash_no_attack
from crisislens.events.rules.draft import Draft, speech_verbs
from crisislens.events.rules.generic import DROP, DROP_CLAUSE, GENERIC_RULES, Verdict
from crisislens.events.rules.mishaps import (
    casualties_of_an_accident,
    done_by_a_hazard,
    scene_of_another_act,
)
from crisislens.events.rules.questions import (
    anonymity_asked,
    asked_about_no_request,
    asked_question_no_request,
    not_cleared_to_speak,
    questioned_not_asserted,
)
from crisislens.events.rules.told_twice import (
    content_of_a_threat,
    risked_by_an_event,
    told_by_their_verb,
)
from crisislens.events.types import event_types
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import (
    child,
    children,
    has_child_word,
    is_noun,
    lemma,
    prep_objects,
)

# what a verb says or does: its objects and complements
CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prep", "pcomp", "attr", "oprd", "dative"})


def _naming_verb(token: Token) -> bool:
    return lemma(token) in vocabulary().words.naming_verbs


def named_not_done(draft: Draft) -> Verdict:
    """A noun that names what something is called is no event of its own: "the mayor called
    the riot a massacre", "described the raid as a pogrom" (massacre, pogrom)."""
    token = draft.trigger.token
    if not is_noun(token):
        return None
    head = token.head
    if token.dep_ in ("oprd", "attr") and _naming_verb(head):
        return DROP
    naming_preps = vocabulary().words.naming_preps
    if token.dep_ == "pobj" and head.lower_ in naming_preps and _naming_verb(head.head):
        return DROP
    return None


def naming_verb_no_act(draft: Draft) -> Verdict:
    """A verb of naming with what it names is no act: "called the strike a provocation" is no
    phone call, "described the march as peaceful" no statement of an event, nor is "called the
    minister's remarks 'reckless'" (an adjective after the object is its name, whatever the
    parse hangs it on), nor are the two noun phrases the parse runs together or splits
    (:func:`object_and_name`)."""
    token = draft.trigger.token
    if not _naming_verb(token):
        return None
    names = child(token, "oprd") is not None or any(
        c.dep_ == "prep" and c.lower_ in vocabulary().words.naming_preps for c in token.children
    )
    obj = child(token, "dobj")
    if obj is not None and any(c.pos_ == "ADJ" and c.i > obj.i for c in obj.children):
        names = True
    return DROP if names or object_and_name(token, obj) else None


def object_and_name(token: Token, obj: Token | None) -> bool:
    """The object and its name read as one noun, one noun under the other, or cut into a
    clause: "called the militants terrorists" parses "militants" as a modifier of "terrorists"
    (a plural noun modifying a plural noun); "called the rocket launch a provocation" hangs
    "provocation" on "launch" as its object, or parses "launch" as a verb with "provocation"
    as its object, a clause with neither subject nor "to" (a phone call's purpose has "to":
    "called the mayor to discuss the floods").

    >>> object_and_name(doc[1], doc[4])   # "They called the militants terrorists."  # doctest: +SKIP
    True
    """
    if obj is not None:
        if any(c.dep_ == "dobj" and c.i > obj.i for c in obj.children):
            return True
        modifiers = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
        if obj.tag_ in ("NNS", "NNPS") and any(c.tag_ in ("NNS", "NNPS") for c in modifiers):
            return True
    for clause in children(token, "ccomp"):
        bare = not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in clause.children)
        if bare and clause.tag_.startswith("VB") and child(clause, "dobj") is not None:
            return True
    return False


def _objects(token: Token) -> list[Token]:
    """What a trigger acts on: its object or passive subject, the objects of the prepositions
    that say what it is about ("contributed to this report", "was met with surprise"), the
    noun it modifies ("the statement released on Monday") and, for an event noun, what follows
    its "of"."""
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    about = vocabulary().words.about_preps
    found += [o for prep in token.children if prep.lower_ in about for o in prep.children]
    if token.dep_ in ("acl", "relcl") and child(token, "dobj", "nsubjpass") is None:
        found.append(token.head)  # "the deadline they imposed on Washington"
        if token.head.pos_ == "NUM" and token.head.dep_ in ("nummod", "appos"):
            found.append(token.head.head)  # "the Peace Index 2024 released on Monday"
    return found + [o for noun in found for o in _reaction_counted(noun)]


def _reaction_counted(noun: Token) -> list[Token]:
    """What a count of reactions counts: "applause" in "a round of applause", "criticism" in
    "a storm of criticism" (event_rules.yaml: reaction_counts), and what a count of people
    counts ("fire hundreds of workers"; partitive_nouns)."""
    words = vocabulary().words
    if lemma(noun) not in words.reaction_counts | words.partitive_nouns:
        return []
    return of_objects(noun)


def aimed_at(verb: Token) -> bool:
    """Whether a passive verb's subject is what it was aimed at, told by a preposition left
    without its object: "the governor was fired upon", "two officers were fired at" are shot
    at, not dismissed (event_rules.yaml: stranded_aim_preps).

    >>> aimed_at(nlp("The governor was fired upon.")[3])  # doctest: +SKIP
    True
    """
    preps = vocabulary().words.stranded_aim_preps
    return any(p.lower_ in preps and not children(p, "pobj") for p in children(verb, "prep"))


def object_makes_no_event(draft: Draft) -> Verdict:
    """Some objects or subjects make a trigger no event: "police released the names of the
    victims" frees no one, nor does "the release of the video"; "the firm fired two workers"
    shoots no one; "the plan was met with surprise" is no meeting; "smoke rose over the port"
    no uprising, nor do "prices continued to rise" (its subject through the verb it
    completes) (event_rules.yaml: no_event_objects, no_event_subjects). A verb with its
    particle is looked up as both words: "kicked out the premier" removes an office holder,
    and "called off the strike" is no "call" of a strike; so is a verb trigger's particle
    ("called out the names of the winners" telephones no one: :func:`word_keys`)."""
    token = draft.trigger.token
    if draft.trigger.kind not in ("verb", "noun", "phrasal"):
        return None
    tables = vocabulary().no_event_objects, vocabulary().no_event_subjects
    subjects = children(token, "nsubj")
    if not subjects and token.dep_ == "xcomp":  # "surgeons prepared to receive the injured"
        subjects = children(token.head, "nsubj")
    objects = [o for o in _objects(token) if not (o.dep_ == "nsubjpass" and aimed_at(token))]
    keys = word_keys(draft)
    for table, found in zip(tables, (objects, subjects)):
        words = frozenset().union(*(table.get(k, frozenset()) for k in keys))
        if any(lemma(c) in words or c.lower_ in words for c in found):
            return DROP
    return None


def count_that_rises(draft: Draft) -> Verdict:
    """A verb of rising with a number after its "to" or "by" tells a count that grows, no
    uprising, even where the parse loses the count itself: "in the clash, the death toll has
    risen to 31 inmates" (event_rules.yaml: count_rise_verbs, count_preps); "rose up against
    the junta" has no number.

    >>> count_that_rises(draft)   # "risen" in "The toll has risen to 31."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    words = vocabulary().words
    if token.pos_ != "VERB" or lemma(token) not in words.count_rise_verbs:
        return None
    for _, counted in prep_objects(token, words.count_preps):
        if counted.like_num or any(c.dep_ == "nummod" for c in counted.children):
            return DROP
    return None


def help_to_cause(draft: Draft) -> Verdict:
    """Helping to cause something aids no one: "the crackdown helped spark a wider conflict",
    "the rumours helped fuel the riots" (event_rules.yaml: causing_verbs, the verb "help"
    takes); "helped rebuild the school" stays aid.

    >>> help_to_cause(draft)   # "helped" in "It helped spark a war."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    if draft.sense.event_type != "AID" or token.pos_ != "VERB":
        return None
    caused = children(token, "xcomp", "ccomp")
    return DROP if any(lemma(c) in vocabulary().words.causing_verbs for c in caused) else None


def vowed_defiance(draft: Draft) -> Verdict:
    """A vow not to give way to violence threatens no one: "the president vowed that the
    nation would not succumb to the violence", "swore the country would never be
    intimidated" (event_rules.yaml: vow_verbs, yielding_verbs, a negated clause under the
    vow). "Vowed to crush the revolt" stays a threat.

    >>> vowed_defiance(draft)   # "vowed" in "He vowed they would not succumb."  # doctest: +SKIP
    'drop'
    """
    token = draft.trigger.token
    words = vocabulary().words
    if draft.sense.event_type != "THREATEN" or lemma(token) not in words.vow_verbs:
        return None
    vowed = children(token, "ccomp", "xcomp")
    yielded = [c for c in vowed if lemma(c) in words.yielding_verbs]
    return DROP if any(child(c, "neg") is not None for c in yielded) else None


def word_keys(draft: Draft) -> list[str]:
    """The names a trigger's word is looked up by in the no-event tables: a phrasal trigger's
    "verb particle"; a verb's lemma, and with its particle ("call out" for "called out the
    names", which the lexicon reads as a verb "call").

    >>> word_keys(draft)   # "called" in "They called out the names."  # doctest: +SKIP
    ['call', 'call out']
    """
    token = draft.trigger.token
    if draft.trigger.kind == "phrasal":
        return [" ".join(lemma(t) for t in draft.trigger.words[:2])]
    return [lemma(token), *(f"{lemma(token)} {p.lower_}" for p in children(token, "prt"))]


def setting_no_event(draft: Draft) -> Verdict:
    """Where something was said is no event of its own: "told reporters at a news conference",
    "said during a meeting of the council" (a meeting noun under a speech verb), "the press
    briefing" (event_rules.yaml: setting_modifiers, setting_preps)."""
    token = draft.trigger.token
    if not is_noun(token):
        return None
    words = vocabulary().words
    if _named_setting(token):
        return DROP
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in words.setting_preps:
        return DROP if lemma(prep.head) in speech_verbs() else None
    return None


def _named_setting(noun: Token) -> bool:
    """A meeting noun named as a place for words: "news" in "a news conference"."""
    modifiers = vocabulary().words.setting_modifiers
    return any(c.dep_ == "compound" and c.lower_ in modifiers for c in noun.children)


def alleged_content(draft: Draft) -> Verdict:
    """What someone is accused of is alleged, not asserted: "accused the neighbour of arming
    the rebels", "accused Beijing of genocide", and so is the act the alleged deed aims at
    ("accused the colonel of plotting a coup": the coup) (event_rules.yaml: accusation_words)."""
    token = draft.trigger.token
    if is_noun(token) and token.dep_ == "dobj" and token.head.tag_ == "VBG":
        token = token.head  # "of plotting a coup"
    while token.dep_ == "conj":
        token = token.head  # "of misleading the council and arming the rebels"
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ not in vocabulary().words.charge_preps:
        return None
    accuser = prep.head
    if accuser.dep_ == "dobj":  # the parse may hang "of genocide" on the accused
        accuser = accuser.head
    return "possible" if lemma(accuser) in vocabulary().words.accusation_words else None


def standing_relation(draft: Draft) -> Verdict:
    """A participle that says who stands behind a group describes it, it tells no act:
    "government troops, backed by allied militias, ..." (event_rules.yaml:
    relation_participles)."""
    token = draft.trigger.token
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return DROP if lemma(token) in vocabulary().words.relation_participles else None
    return None


def recalled_by_a_noun(draft: Draft) -> Verdict:
    """What an anniversary or a memorial is of is history, no event of the report's time:
    "crowds marked the tenth anniversary of the massacre" (event_rules.yaml: recalling_nouns).
    """
    token = draft.trigger.token
    prep = token.head
    if not is_noun(token) or token.dep_ != "pobj" or prep.lower_ != "of":
        return None
    return DROP if lemma(prep.head) in vocabulary().words.recalling_nouns else None


def talked_about(draft: Draft) -> Verdict:
    """A cooperative act that talks are about is proposed, not done: "talks on a ceasefire
    broke down", "held talks over the release of the fishermen", "negotiators discussed the
    withdrawal of troops" (possible; event_rules.yaml: talk_nouns, talk_preps, talk_verbs).
    A hostile act talked about has mostly happened ("talks on the bombing"), and "negotiated
    a ceasefire" reached one."""
    token = draft.trigger.token
    if not is_noun(token) or event_types()[draft.sense.event_type].stance != "cooperative":
        return None
    while token.dep_ == "conj" and is_noun(token.head):
        token = token.head  # "discussed a prisoner exchange and the withdrawal of troops"
    words, head = vocabulary().words, token.head
    if token.dep_ == "dobj" and lemma(head) in words.talk_verbs:
        return "possible"
    if token.dep_ != "pobj" or head.lower_ not in words.talk_preps:
        return None
    talk = head.head  # "talks on a truce", or the verb that holds them ("held talks over")
    talks = [talk, *children(talk, "dobj")] if talk.pos_ == "VERB" else [talk]
    return "possible" if any(lemma(t) in words.talk_nouns for t in talks) else None


def no_longer(draft: Draft) -> Verdict:
    """ "will no longer recognize the commission": what stops is negated."""
    for adverb in children(draft.trigger.token, "advmod"):
        if adverb.lower_ in vocabulary().words.cessation_adverbs and child(adverb, "neg"):
            return "negated"
    return None


def intention_noun(draft: Draft) -> Verdict:
    """An infinitive that says what a plan, bid, need or refusal is for did not happen: "in
    order to prevent smuggling", "its reluctance to endorse the plan", "a bid to retake the
    town", "stressed the need to continue the fight" (event_rules.yaml: intention_nouns,
    refusal_nouns, need_nouns).

    >>> intention_noun(draft)   # "fight" in "They stressed the need to continue the fight."  # doctest: +SKIP
    'demanded'
    """
    token = draft.trigger.token
    words = vocabulary().words
    if is_noun(token) and token.dep_ == "dobj":
        token = token.head  # "in order to reach agreement"
    if token.dep_ != "acl" or not any(c.dep_ == "aux" for c in token.children):
        return None
    head = lemma(token.head)
    if head in words.refusal_nouns:
        return "negated"
    if head in words.need_nouns:
        return "demanded"
    return "planned" if head in words.intention_nouns else None


def needs_an_object(draft: Draft) -> Verdict:
    """Without an object some verbs tell a struggle, no statement: "two passengers who tried to
    resist were shot" rejects nothing (event_rules.yaml: object_verbs); and without a direct
    object some tell a level or a weather, no concession: "fuel prices dropped to a low",
    "tensions eased", "the haze lifted" (direct_object_verbs; "dropped the charges" stays);
    and with one some show, they stage nothing: "the walkouts demonstrate the union's strength"
    (objectless_verbs).

    >>> judge(drafts)   # "Bread prices dropped to a record low."       # doctest: +SKIP
    >>> list(drafts)  # doctest: +SKIP
    []
    """
    token = draft.trigger.token
    if token.pos_ != "VERB":
        return None
    words = vocabulary().words
    if lemma(token) in words.objectless_verbs:  # "the boycotts demonstrate their influence"
        shown = [c for c in token.children if c.dep_ in ("dobj", "ccomp")]
        return DROP if shown else None
    if lemma(token) in words.direct_object_verbs and draft.trigger.kind == "verb":
        deps: tuple[str, ...] = ("dobj",)
    elif lemma(token) in words.object_verbs:
        deps = ("dobj", "xcomp", "ccomp", "prep")
    else:
        return None
    objects = [c for c in token.children if c.dep_ in deps]
    passive = child(token, "nsubjpass") is not None
    return None if objects or passive or token.dep_ == "acl" else DROP


def attempt_no_request(draft: Draft) -> Verdict:
    """Seeking to act tries to act and asks no one: "the port authority is seeking to reopen
    the terminal" is no request (the reopening is planned); "sought talks with the rebels"
    stays one (event_rules.yaml: attempt_verbs).

    >>> judge(drafts)   # "Kenya is seeking to expand the base."        # doctest: +SKIP
    >>> [d.sense.event_type for d in drafts.values()]  # doctest: +SKIP
    ['MOBILIZE']
    """
    token = draft.trigger.token
    if draft.sense.event_type != "REQUEST" or lemma(token) not in vocabulary().words.attempt_verbs:
        return None
    marks = vocabulary().words.infinitive_marks
    tried = [v for v in children(token, "xcomp") if has_child_word(v, ("aux",), marks)]
    return DROP if tried else None


def arms_not_attack(draft: Draft) -> Verdict:
    """Arms held, made or traded are no attack: "Russia has missiles", "the plant builds
    rockets for the army" (event_rules.yaml: munition_nouns, possession_verbs); nor are arms
    weighed as a danger: "the new rockets pose a threat to shipping" (assessing_verbs).
    "fired rockets at the base" stays.

    >>> judge(drafts)   # "The rebels own rockets."                      # doctest: +SKIP
    >>> list(drafts)  # doctest: +SKIP
    []
    """
    token = draft.trigger.token
    words = vocabulary().words
    if not is_noun(token) or lemma(token) not in words.munition_nouns:
        return None
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:  # "has rockets and missiles"
        node = node.head
    if node.dep_ == "nsubj":
        return DROP if lemma(node.head) in words.assessing_verbs else None
    if node.dep_ not in ("dobj", "nsubjpass"):
        return None
    return DROP if lemma(node.head) in words.possession_verbs else None


def served_term(draft: Draft) -> Verdict:
    """A prison term served or completed is no sentencing: "after they complete their
    sentences they will be deported", "he is serving a ten-year sentence" (event_rules.yaml:
    term_nouns, serving_verbs); "the court handed down a sentence" stays.

    >>> judge(drafts)   # "She is serving a long sentence."               # doctest: +SKIP
    >>> list(drafts)  # doctest: +SKIP
    []
    """
    token = draft.trigger.token
    words = vocabulary().words
    if not is_noun(token) or lemma(token) not in words.term_nouns or token.dep_ != "dobj":
        return None
    return DROP if lemma(token.head) in words.serving_verbs else None


def feeling_no_event(draft: Draft) -> Verdict:
    """A feeling expressed is no event: "Nigerians are expressing relief" is no aid
    (event_rules.yaml: feelings, feeling_verbs)."""
    token = draft.trigger.token
    words = vocabulary().words
    if not is_noun(token) or lemma(token) not in words.feelings:
        return None
    return DROP if token.dep_ == "dobj" and lemma(token.head) in words.feeling_verbs else None


def party_not_stance(draft: Draft) -> Verdict:
    """A noun that also names a party is that party, not its stance, unless it says what it
    stands against: "the opposition said it would boycott the vote" names the opposition
    parties; "their opposition to the plan" and "opposition from the unions" are a rejection
    (event_rules.yaml: party_nouns, stance_preps)."""
    token = draft.trigger.token
    words = vocabulary().words
    if not is_noun(token) or lemma(token) not in words.party_nouns:
        return None
    if child(token, "poss") is not None:
        return None  # "their opposition"
    if any(c.dep_ == "prep" and c.lower_ in words.stance_preps for c in token.children):
        return None
    return DROP


def keeping_order_purpose(draft: Draft) -> Verdict:
    """An infinitive of keeping order tells why a force is sent or acts, no act of its own:
    "extra police were flown to Tarvos to quell the riots", "soldiers were posted at the
    depot to prevent looting", "in a bid to contain the unrest" (event_rules.yaml:
    order_keeping_verbs, intention_nouns). The sending or the act it is for is the event;
    "police tried to quell the riot" (a control verb) and "vowed to restore order" (what a
    vow is of) stay.

    >>> judge(drafts)   # "Troops were sent to quell the riots."          # doctest: +SKIP
    >>> [d.trigger.token.text for d in drafts.values()]               # doctest: +SKIP
    ['sent', 'riots']
    """
    token = draft.trigger.token
    words = vocabulary().words
    if token.pos_ != "VERB" or lemma(token) not in words.order_keeping_verbs:
        return None
    if not has_child_word(token, ("aux",), words.infinitive_marks):
        return None
    if token.dep_ == "acl":
        return DROP if lemma(token.head) in words.intention_nouns else None
    if token.dep_ == "advcl":
        return None if lemma(token.head) in words.control_verbs else DROP
    return None


def without_negates(draft: Draft) -> Verdict:
    """An event noun under "without" did not happen: "the convoy passed without incident",
    "they struck without warning" (no warning, so no threat)."""
    token = draft.trigger.token
    under = token.dep_ in ("pobj", "pcomp")  # a noun, or a gerund ("without warning")
    if under and token.head.lower_ in vocabulary().words.negating_preps:
        return "negated"
    return None


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")


def origin_no_praise(draft: Draft) -> Verdict:
    """To hail from a place is to come from it, no praise: "both suspects hailed from the
    valley" (event_rules.yaml: origin_verbs); "hailed the truce" stays support.

    >>> judge(drafts)   # "The two men hailed from Dorn."  # doctest: +SKIP
    >>> list(drafts)  # doctest: +SKIP
    []
    """
    token = draft.trigger.token
    if lemma(token) not in vocabulary().words.origin_verbs or child(token, "dobj") is not None:
        return None
    return DROP if any(p.lower_ == "from" for p in children(token, "prep")) else None


def discharged_from_care(draft: Draft) -> Verdict:
    """A patient let go from a hospital is freed by no one: "two of the wounded were treated
    and released from hospital", "was discharged from the clinic on Sunday" (event_rules.yaml:
    discharge_verbs, care_places); "released from prison" stays a release.

    >>> judge(drafts)   # "The guard was released from hospital."  # doctest: +SKIP
    >>> list(drafts)  # doctest: +SKIP
    []
    """
    token = draft.trigger.token
    words = vocabulary().words
    if lemma(token) not in words.discharge_verbs:
        return None
    sources = [
        o for p in children(token, "prep") if p.lower_ == "from" for o in children(p, "pobj")
    ]
    return DROP if any(lemma(o) in words.care_places for o in sources) else None


def return_from_a_trip(draft: Draft) -> Verdict:
    """A traveller's return joined to the trip ends it, it hands nothing back: "the minister
    will visit two capitals and return home on Friday", "flew to Cairo and returned the same
    day" (event_rules.yaml: homecoming_verbs, trip_verbs); "seized the trucks and returned
    them" keeps its object and stays a return.

    >>> judge(drafts)   # "She will tour the region and return on Monday."  # doctest: +SKIP
    >>> [d.trigger.token.text for d in drafts.values()]  # doctest: +SKIP
    ['tour']
    """
    token = draft.trigger.token
    words = vocabulary().words
    if lemma(token) not in words.homecoming_verbs or child(token, "dobj") is not None:
        return None
    joined = [token.head] if token.dep_ == "conj" else []
    joined += children(token, "conj")
    return DROP if any(lemma(v) in words.trip_verbs for v in joined) else None


def dismissed_from_office(draft: Draft) -> Verdict:
    """Firing someone "as" the holder of a post takes the post from them, it shoots no one:
    "the president was fired by his own party as its leader" (event_rules.yaml:
    dismissal_verbs, office_nouns).

    >>> judge(drafts)   # "The board fired her as chairwoman."  # doctest: +SKIP
    >>> list(drafts)  # doctest: +SKIP
    []
    """
    token = draft.trigger.token
    words = vocabulary().words
    if lemma(token) not in words.dismissal_verbs:
        return None
    posts = [o for p in children(token, "prep") if p.lower_ == "as" for o in children(p, "pobj")]
    return DROP if any(lemma(o) in words.office_nouns for o in posts) else None


def ruled_out_by(token: Token) -> Token | None:
    """The verb whose predicate rules out the act ``token`` is the subject of: "is" in
    "cutting fuel subsidies is out of the question", "ruled" in "a pardon has been ruled out"
    (event_rules.yaml: ruled_out_predicates, read in the few words after the subject)."""
    if token.dep_ not in SUBJECT_DEPS:
        return None
    head = token.head
    after = token.right_edge.i + 1
    end = min(after + vocabulary().limits.ruled_out_window, head.right_edge.i + 1)
    words = " ".join(t.lower_ for t in token.doc[after:end])  # the predicate's first words
    phrases = vocabulary().words.ruled_out_predicates
    return head if any(f" {p} " in f" {words} " for p in phrases) else None


def ruled_out(draft: Draft) -> Verdict:
    """An act said to be out of the question is refused: the subsidy cut in "cutting fuel
    subsidies is out of the question, the minister said" is negated, and the minister rejects
    it (rules/intent.py, refusal)."""
    return "negated" if ruled_out_by(draft.trigger.token) is not None else None


ASSERTION_RULES: tuple[Callable[[Draft], Verdict], ...] = (
    named_not_done,
    naming_verb_no_act,
    object_makes_no_event,
    count_that_rises,
    help_to_cause,
    vowed_defiance,
    setting_no_event,
    alleged_content,
    charged_defiance,
    standing_relation,
    recalled_by_a_noun,
    talked_about,
    no_longer,
    intention_noun,
    needs_an_object,
    attempt_no_request,
    arms_not_attack,
    served_term,
    feeling_no_event,
    done_by_a_hazard,
    casualties_of_an_accident,
    scene_of_another_act,
    crash_no_attack,
    party_not_stance,
    campaign_gathering,
    keeping_order_purpose,
    without_negates,
    warned_of_a_possibility,
    warned_of_nature,
    warned_of_a_fact,
    advisory_no_threat,
    advised_caution,
    fired_as_a_warning,
    asked_about_no_request,
    anonymity_asked,
    not_cleared_to_speak,
    origin_no_praise,
    discharged_from_care,
    return_from_a_trip,
    dismissed_from_office,
    ruled_out,
    asked_question_no_request,
    questioned_not_asserted,
    *GENERIC_RULES,  # habits, standing positions and statistics (events/rules/generic.py)
)


def clause_content(token: Token) -> list[Token]:
    """The words of what a verb says or does (its objects and complements, not the clauses
    merely coordinated with it): "denies the allegations" -> "the allegations"."""
    return [t for c in token.children if c.dep_ in CONTENT_DEPS for t in c.subtree]


def first_verdict(draft: Draft) -> Verdict:
    """The first opinion of ASSERTION_RULES on a draft, except that a drop wins over a modality
    any rule gives before it: "an attempt to cripple the opposition" is no planned rejection
    but no event at all, as "the opposition" names the parties (party_not_stance), though
    intention_noun reads it first as planned.

    >>> first_verdict(draft)   # "the opposition" in "a bid to weaken the opposition"  # doctest: +SKIP
    'drop'
    """
    found: Verdict = None
    for rule in ASSERTION_RULES:
        verdict = rule(draft)
        if verdict in (DROP, DROP_CLAUSE):
            return verdict
        if found is None:
            found = verdict
    return found


def judge(drafts: dict[int, Draft]) -> None:
    """Apply the rules to every draft: drop those that are no events (and, for a habit or a
    standing position, every draft its clause holds), re-mark the modality of those the text
    does not assert."""
    for key, draft in list(drafts.items()):
        if key not in drafts:
            continue  # dropped with a clause above it
        verdict = first_verdict(draft)
        if verdict is None:
            continue
        if verdict == DROP_CLAUSE:
            for token in clause_content(draft.trigger.token):
                drafts.pop(token.i, None)
        if verdict in (DROP, DROP_CLAUSE):
            drafts.pop(key, None)
        else:
            draft.modality = verdict
    for key in told_by_their_verb(drafts) + content_of_a_threat(drafts):
        drafts.pop(key, None)
    for key in risked_by_an_event(drafts):
        drafts[key].modality = "possible"
