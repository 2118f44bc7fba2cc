"""Victims: one person named as killed or hurt is a figure of one ("a porter was shot and killed":
dead 1), and so is one a phrase describes as hurt ("left a clerk in critical condition", "a hiker
suffering from a gunshot wound": injured 1). Read by ``quantities``, which counts the numbers.
"""

from __future__ import annotations

import re
from functools import cache
from typing import cast

from spacy.tokens import Span, Token

from crisislens.data import word_set
from crisislens.events.figure_words import words
from crisislens.events.not_figures import NAME_ENTITIES
from crisislens.schemas import Quantity, QuantityKind

CASUALTY_KINDS = {"dead", "injured"}
SUBJECTS = ("nsubj", "nsubjpass")
# the links by which a clause of its own hangs under a verb (not "conj": see casualty_verb_kind)
CLAUSE_LINKS = ("ccomp", "advcl", "parataxis", "xcomp")
# a participle hung on a noun ("a man, shot in the back"); the tagger may take it for a past tense
PARTICIPLE_TAGS = ("VBN", "VBD")
_SCALED = re.compile(r"^\d+(?:\.\d+)?[km]$", re.IGNORECASE)  # "2K", "1.5m" as one token


def is_number(token: Token) -> bool:
    """A numeral, a number word ("twelve") or a scaled number as one token ("2K")."""
    return token.like_num or token.lower_ in words().number_words or bool(_SCALED.match(token.text))


def negated(verb: Token) -> bool:
    """ "three children were not hurt", "was shot but did not die": a negation on a casualty
    verb says no one was so harmed; not "was not seriously hurt" (an adverb between the
    negation and the verb: hurt, only less)."""
    return any(
        c.dep_ == "neg"
        and not any(a.dep_ == "advmod" and c.i < a.i < verb.i for a in verb.children)
        for c in verb.children
    )


def of_object(head: Token) -> Token | None:
    """What a noun counts through its preposition ("dozens of people": people)."""
    return next(
        (
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in words().counted_preps
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def total_of(noun: Token) -> Token | None:
    """The noun (``total_nouns``) that stands for ``noun``'s count in its clause: "a total of 12
    people were injured" (the total is the subject of "injured"); else None.

    >>> total_of(nlp("A total of 12 people were injured.")[4])  # doctest: +SKIP
    total
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in words().counted_preps:
        return None
    total = prep.head
    return total if total.lemma_.lower() in words().total_nouns else None


def source_tag(token: Token) -> bool:
    """A headline's source glued to a dash ("toll rises to 56 dead, 194 wounded -hospital",
    "-police"), which the parser may take for an object: no word of the sentence's own.

    >>> source_tag(nlp("Blast kills 9, 40 wounded -police")[-1])  # doctest: +SKIP
    True
    """
    return len(token.text) > 1 and token.text[0] in "-\u2013\u2014" and token.text[1:].isalpha()


def injury_phrase(prep: Token) -> bool:
    """ "in critical condition", "with a gunshot wound", "from his injuries", "for treatment
    of injuries", "rushed to a hospital": a preposition whose object says that someone is hurt
    (``injury_phrases`` in data/quantities.yaml)."""
    w = words().injury_phrases
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or obj is None:
        return False
    lemma, word = obj.lemma_.lower(), prep.lower_
    if word in w["condition_preps"] and lemma in w["condition_nouns"]:
        return any(c.lower_ in w["condition_words"] for c in obj.children)
    if word in w["care_preps"] and prep.head.lemma_.lower() in w["care_nouns"]:
        return lemma in w["wound_nouns"]  # "for treatment of minor injuries"
    if word in w["hospital_preps"] and lemma in w["hospital_nouns"]:
        return prep.head.lemma_.lower() in w["hospital_verbs"]  # "was rushed to a hospital"
    return word in w["wound_preps"] and lemma in w["wound_nouns"]


def _whose(noun: Token) -> Token | None:
    """Whom a noun names: its "of" object ("the death of a clerk"), else its possessor ("a
    man's body")."""
    return of_object(noun) or next((c for c in noun.children if c.dep_ == "poss"), None)


def wound_verb(verb: Token) -> str | None:
    """ "suffered a knife wound", "sustained minor injuries": injured (dead for "fatal
    wounds"), said of the verb's subject (``wound_verbs`` in data/quantities.yaml)."""
    w = words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.injury_phrases["wound_verbs"]:
        return None
    wound = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in w.injury_phrases["wound_nouns"]
        ),
        None,
    )
    if wound is None:
        return None
    fatal = any(c.lemma_.lower() in w.fatal_words for c in wound.children)
    return "dead" if fatal else "injured"


def person_described(prep: Token) -> int | None:
    found = _injured_by_phrase(prep)
    return found.i if found is not None else None


def _injured_by_phrase(prep: Token) -> Token | None:
    """Whom an injury phrase describes: the noun it hangs on ("a man in critical condition",
    "a man suffering from a wound"), else its verb's object ("left a man in critical
    condition"), else its subject ("she is in stable condition", "he was taken to hospital
    with injuries"), or the subject of the verb its verb is joined to."""
    head, care = prep.head, words().injury_phrases["care_nouns"]
    while head.dep_ == "pobj" and (
        head.head.head.pos_ in ("VERB", "AUX") or head.lemma_.lower() in care
    ):
        # "rushed to a clinic with burns", "flown to a clinic for treatment of a knife wound":
        # the taking
        head = head.head.head
    if head.lemma_.lower() in care and head.dep_ == "dobj":
        head = _cared_for(head.head)  # "went to a clinic to get treatment for a wound"
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    # "the driver was hit and remains in serious condition": a joined verb shares the subject
    for verb in (head, head.head) if head.dep_ == "conj" else (head,):
        for dep in ("dobj", "nsubjpass", "nsubj"):
            found = next((c for c in verb.children if c.dep_ == dep), None)
            if found is not None and found.tag_ not in ("WP", "WDT"):
                return _the_other_one(found) or found
    if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    return None


def _cared_for(verb: Token) -> Token:
    """Who gets the care a verb's object names: its subject ("she received treatment"), else
    the subject of the verb its clause hangs on ("he went to a clinic to get treatment"); the
    verb where none is named."""
    for node in (verb, verb.head if verb.dep_ in ("advcl", "xcomp") else None):
        subject = next((c for c in node.children if c.dep_ in SUBJECTS), None) if node else None
        if subject is not None:
            return subject
    return verb


def _the_other_one(noun: Token) -> Token | None:
    """ "left a guard dead and another with head injuries": a noun its own state tells dead,
    joined to "another" (``other_person_words``), leaves the injury phrase to the other one."""
    w = words()
    dead = [c for c in noun.children if c.dep_ == "amod" and w.state_kinds.get(c.lower_) == "dead"]
    return next(
        (
            t
            for d in dead
            for t in d.children
            if t.dep_ == "conj" and t.lower_ in w.other_person_words
        ),
        None,
    )


def one_person_casualties(sent: Span, seen: set[int]) -> list[tuple[Token, Quantity]]:
    """ "a porter was shot and killed", "the victim died", "the clerk is dead": one person killed or
    hurt is a figure of one; one told both hurt and dead ("a guard injured in the blast later
    died") is dead."""
    found = []
    # the verbs and states first: "a porter with a knife wound was found dead" counts him dead
    # not "shot but not killed": a negated death befell no one
    marked = [
        (t, k)
        for t in sent
        if (k := casualty_verb_kind(t) or _dead_state(t)) and not (k == "dead" and negated(t))
    ]
    marked += [(t, "injured") for t in sent if injury_phrase(t)]
    marked += [(t, k) for t in sent if (k := wound_verb(t))]
    marked += [(t, "dead") for t in sent if _fatal_noun(t)]
    # the dead first: "a guard injured in the blast later died" is one dead, not one hurt
    marked.sort(key=lambda m: m[1] != "dead")
    for token, kind in marked:
        people = _people(token, seen)
        if people is None:
            if kind == "dead" and (named := _victim_of(token)) is not None:
                seen.add(named.i)  # "a cook ... was found dead": never only hurt
            continue
        # "a woman and her nephew": one each, summed
        phrase = sent.doc[people[0].left_edge.i : people[-1].i + 1]
        quantity = Quantity(
            kind=cast(QuantityKind, kind),
            value=len(people),
            text=phrase.text,
            start=phrase.start_char,
            end=phrase.end_char,
        )
        found.append((token if token.pos_ in ("VERB", "NOUN") else token.head, quantity))
        seen.update(victim.i for victim in people)
    return found


def may_tell_casualties(sent: Span) -> bool:
    """Whether ``sent`` may hold a figure of people at all: a number, or a word that one of
    the casualty marks of :func:`one_person_casualties` needs (a verb, state, wound, fatal or
    body word). A sentence with neither has none, and need not be read for them.

    >>> may_tell_casualties(nlp("The talks went on.")[:])  # doctest: +SKIP
    False
    """
    vocabulary = _casualty_words()  # with the number words (see :func:`is_number`)
    return any(
        t.like_num
        or t.text[:1].isdigit()
        or t.lower_ in vocabulary
        or t.lemma_.lower() in vocabulary
        for t in sent
    )


@cache
def _casualty_words() -> frozenset[str]:
    """Every word a casualty mark of :func:`one_person_casualties` rests on."""
    w = words()
    phrases = w.injury_phrases
    return frozenset(
        {*w.verb_kinds, *w.state_kinds, *w.fatal_nouns, *w.body_nouns, *w.fatal_words}
        | set(w.number_words)
        | w.to_death_verbs
        | phrases["condition_nouns"]
        | phrases["wound_nouns"]
        | phrases["hospital_nouns"]
        | phrases["wound_verbs"]
    )


def _fatal_noun(token: Token) -> bool:
    """ "the shooting death of a teenager", "the fatal stabbing of a clerk", "a man's body": a
    noun that names a killing (``fatal_nouns``, or one a fatal word qualifies) or a body, with
    whom it names ("of" or a possessor); not the object of a negated verb ("would not confirm
    the death of a guard")."""
    w = words()
    if token.pos_ != "NOUN" or _whose(token) is None:
        return False
    if token.dep_ == "pobj" and token.head.lower_ in w.cause_preps:
        return False  # "protests over the death of a student": another happening, the cause
    if token.dep_ == "dobj" and negated(token.head):
        return False  # "police would not confirm the death of a guard": not told
    return token.lemma_.lower() in w.fatal_nouns | w.body_nouns or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in w.fatal_words for c in token.children
    )


def by_accident(token: Token) -> bool:
    """Whether the casualties a verb tells were dealt by a mishap, no one's act
    (``accident_causes``): its subject ("a bus collision killed three"), the subject of the
    verb it is the state of ("the crash left twelve injured"), the object of a preposition of
    cause ("were hurt in a pile-up", "died in a landslide") or a clause of mishap ("were
    injured when a truck overturned"); the last two also of a verb it is coordinated with
    ("three were killed and eight injured when a truck collided with a bus"), whose own
    subject is its own.

    >>> by_accident(nlp("A fire at a depot killed four guards.")[5])   # doctest: +SKIP
    True
    """
    causes = words().accident_causes
    own = [token]
    if token.dep_ in causes["state_deps"]:  # "left twelve (people) injured"
        holder = token.head.head if token.head.dep_ == "dobj" else token.head
        if holder.lemma_.lower() in words().leaving_verbs:
            own.append(holder)
    joined = [c for v in own for c in v.children if c.dep_ == "conj"]
    joined += [v.head for v in own if v.dep_ == "conj"]
    return any(_accident_cause(v, subjects=True) for v in own) or any(
        _accident_cause(v, subjects=False) for v in joined
    )


def _accident_cause(verb: Token, subjects: bool) -> bool:
    """A mishap among the verb's dependents: a clause of mishap, a noun of one after a
    preposition of cause, or (``subjects``) its subject."""
    causes = words().accident_causes
    for c in verb.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in causes["verbs"]:
            return True
        named = [c] if subjects and c.dep_ in SUBJECTS else []
        if c.dep_ == "prep" and c.lower_ in causes["preps"]:
            named = [g for g in c.children if g.dep_ == "pobj"]
        for noun in named:
            words_of = [noun, *(w for w in noun.children if w.dep_ == "compound")]
            if any(w.lemma_.lower() in causes["nouns"] for w in words_of):
                return True
    return False


def casualty_verb_kind(verb: Token) -> str | None:
    """dead or injured for a verb that kills or hurts ("shot and killed", "fatally shot", "shot
    dead two men"); dead for a harm verb that says so ("beat a man to death")."""
    w = words()
    if verb.pos_ != "VERB" or yields_to_other(verb):
        return None
    kind = w.verb_kinds.get(verb.lemma_.lower())
    if kind not in CASUALTY_KINDS:
        return "dead" if harmed_to_death(verb) else None
    # "shot and killed" (one victim), not "one died and a second was hurt" nor "shot five and
    # killed two" (a conjoined verb with its own victim) nor "shot but not killed" (negated),
    # nor a clause of its own under it ("kills 9; 41 are wounded": :func:`_own_clause`)
    near = [
        verb,
        *(
            c
            for c in verb.children
            if (c.dep_ != "conj" or not _own_party(c))
            and not _own_clause(c)
            and not _shared(c)
            and not negated(c)
        ),
    ]
    if verb.dep_ == "conj" and not _own_party(verb):
        near.append(verb.head)
    # "stabbed to death"
    near += [g for c in verb.children if c.lower_ in w.fatal_preps for g in c.children]
    near += _fatal_before_object(verb)
    if any(t.lemma_.lower() in w.fatal_words or t.lower_ in w.fatal_words for t in near):
        return "dead"
    return kind


def yields_to_other(verb: Token) -> bool:
    """ "the council succumbed to pressure": a verb that dies only when it yields to a wound
    (``yielding_verbs``) yields to something else, and kills no one ("later succumbed to his
    injuries" and "the victim succumbed in a clinic" are deaths)."""
    w = words()
    if verb.lemma_.lower() not in w.yielding_verbs:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and g.dep_ == "pobj"
        and g.lemma_.lower() not in w.injury_phrases["wound_nouns"]
        for c in verb.children
        for g in c.children
    )


def _shared(adverb: Token) -> bool:
    """ "were shot, two of them fatally": the fatal adverb is said of a share (its number
    subject), not of all the verb counts."""
    return any(c.dep_ == "nsubj" and is_number(c) for c in adverb.children)


def _fatal_before_object(verb: Token) -> list[Token]:
    """ "soldiers shot dead four demonstrators": the word between the verb and its object,
    which the parser hangs on the object, tells the verb's outcome, not the object's kind."""
    return [
        c
        for o in verb.children
        if o.dep_ == "dobj"
        for c in o.children
        if c.dep_ in ("amod", "advmod") and verb.i < c.i < o.i and c.i == verb.i + 1
    ]


def harmed_to_death(verb: Token) -> bool:
    """ "a mob beat two men to death", "was hacked to death": a harm verb (``to_death_verbs``)
    with "to death" kills (never "sentenced to death": that verb is no harm)."""
    w = words()
    return verb.lemma_.lower() in w.to_death_verbs and any(
        c.lower_ in w.fatal_preps and any(g.lemma_.lower() in w.fatal_words for g in c.children)
        for c in verb.children
    )


def _own_clause(child: Token) -> bool:
    """A verb under a casualty verb that tells a clause of its own, with its own subject:
    "Bomber kills 9 at market; 41 are wounded" (the parser may hang "kills" on "wounded"), "a
    guard was hurt when attackers killed two soldiers". Its word tells another party's fate,
    not the outcome for those the casualty verb counts (not "shot a man, killing him")."""
    return (
        child.pos_ in ("VERB", "AUX")
        and child.dep_ in CLAUSE_LINKS
        and any(c.dep_ in SUBJECTS for c in child.children)
    )


def _own_party(verb: Token) -> bool:
    """A conjoined verb with its own subject or object ("killed two", "a second was hurt"),
    or a count of "more" the parser hangs on it as an adverb ("wounded five more")."""
    further = words().further_after
    return any(
        c.dep_ in (*SUBJECTS, "dobj")
        or c.lower_ in further
        and any(n.dep_ == "nummod" for n in c.children)
        for c in verb.children
    )


def _dead_state(token: Token) -> str | None:
    """ "is dead", "was found dead", "pronounced dead", "found a man dead"; not a clause of
    "dead" with no verb of its own under a reporting verb, which is the parser's reading of
    "said the civilian dead included ..." (the dead, many)."""
    state = words().state_kinds.get(token.lower_)
    if state == "dead" and token.dep_ == "ccomp" and not _has_verb(token) and _reported(token):
        return None  # "the monitor said the civilian dead included 40 children"
    if state == "dead" and token.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
        return state
    if state == "dead" and token.dep_ == "amod" and token.head.i < token.i:
        return state  # "found a man dead in his car"
    return None


def _reported(state: Token) -> bool:
    """A clause told under a reporting verb ("the agency said ...")."""
    return state.head.lemma_.lower() in word_set("reporting_verbs.yaml", "reporting_verbs")


def _has_verb(state: Token) -> bool:
    """A state word told with a verb or auxiliary of its own ("was dead", "lay dead")."""
    return any(c.dep_ in ("aux", "auxpass", "cop") for c in state.children)


def _victim_of(token: Token) -> Token | None:
    """Who a casualty verb or state applies to: the passive subject or object ("a man was
    shot"), the subject of "die" or of "is dead", the noun a relative clause hangs on ("the man
    who police shot"), the one found so ("was found shot"), or in a headline the subject of a
    verb with no object ("Man shot on north side")."""
    verb = token if token.pos_ == "VERB" else token.head
    if token.pos_ != "VERB":  # "found a cashier dead": the state's own subject, or its noun
        own = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if own is not None or token.dep_ == "amod":
            return own or token.head
        if token.dep_ == "oprd" and (left := _left_in_a_state(verb)) is not None:
            return left  # "the stabbing left a guard dead": the one left so, not the stabbing
    if (reduced := _reduced_passive_subject(token)) is not None:
        return reduced  # "left one teen dead and a man wounded": "a man" was wounded
    subject_verbs = words().victim_subject_verbs | words().injury_phrases["wound_verbs"]
    if token.pos_ != "VERB" or token.lemma_.lower() in subject_verbs:
        deps: tuple[str, ...] = ("nsubj", "nsubjpass", "dobj")
    else:
        deps = ("nsubjpass", "dobj")
    for node in (verb, verb.head if verb.dep_ in ("conj", "xcomp", "oprd", "ccomp") else None):
        if node is None:
            continue
        victim = next((c for c in node.children if c.dep_ in deps and not _site_name(c)), None)
        if victim is not None and victim.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
            return token.head  # "the man who police shot"
        if victim is not None:
            return victim
        if (
            node.dep_ == "acl"
            and node.tag_ in PARTICIPLE_TAGS
            and node.head.pos_ in ("NOUN", "PROPN")
        ):
            return node.head  # "a man shot by deputies", "a teenager wounded in the crossfire"
    if _headline_passive(token):
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    return None


def _left_in_a_state(verb: Token) -> Token | None:
    """The object of a leaving verb whose small clause tells a state ("the attack left a
    guard dead", ``leaving_verbs``): the one left in it."""
    if verb.lemma_.lower() not in words().leaving_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and not _site_name(c)), None)


def _reduced_passive_subject(verb: Token) -> Token | None:
    """The subject of a participle joined to a leaving verb with no auxiliary, which the
    parser reads as a clause of its own: "left one teen dead and a man wounded" ("a man"
    wounded, not the teen).

    >>> doc = nlp("The blast left a guard dead and a driver wounded.")  # doctest: +SKIP
    >>> _reduced_passive_subject(doc[9]).text                          # doctest: +SKIP
    'driver'
    """
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or not reduced_after_leaving(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def reduced_after_leaving(verb: Token) -> bool:
    """A participle with no auxiliary joined to a leaving verb ("left one dead and a man
    wounded")."""
    return verb.head.lemma_.lower() in words().leaving_verbs and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _headline_passive(verb: Token) -> bool:
    """ "Man shot on north side": a headline drops "was"; a verb with no object and no
    target ("shot at police") in a line with no full stop."""
    sent = verb.sent
    return (
        verb.tag_ in ("VBD", "VBN")
        and not sent.text.rstrip().endswith((".", "!", "?", '"'))
        and not any(c.dep_ in ("dobj", "dative") and not _site_name(c) for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ in words().target_preps for c in verb.children)
    )


def _site_name(token: Token) -> bool:
    """ "Man shot near a park | example.com": the site a scraped headline ends with, after a bar
    or as an address, that the parser may hang on the verb as its object."""
    doc = token.doc
    return token.like_url or any(t.text == "|" for t in doc[token.head.i : token.i])


def _people(token: Token, seen: set[int]) -> list[Token] | None:
    """The persons a casualty verb or state applies to, one by one: a singular person noun, a
    named person or he/she, or an "and" coordination of them ("a woman and her nephew")."""
    if token.dep_ == "prep":
        victim = _injured_by_phrase(token)
        if victim is not None and _other_conjunct(victim, seen):
            return [victim]  # "left a guard dead and another with burns"
    else:
        victim = _whose(token) if token.pos_ == "NOUN" else _victim_of(token)
    if victim is None or victim.i in seen or victim.dep_ == "conj":
        return None
    listed = [victim, *_listed_subjects(victim), *_listed_appositions(victim)]
    people = [
        p
        for v in listed
        for p in (v, *(c for c in v.subtree if c.dep_ == "conj" and c.head.i in _ids(v)))
    ]
    joined = [c for v in listed for c in v.children if c.dep_ == "cc"]
    if any(c.lower_ not in words().counted_conjunctions for c in joined):
        return None  # "a man or a woman"
    # a conjunct with its own number is counted by it ("a teacher and her 3 pupils"); an
    # animal listed with the persons is none of them ("a woman, her son and their dog")
    people = [p for p in people if not any(c.dep_ == "nummod" for c in p.children)]
    people = [p for p in people if p.lemma_.lower() not in words().animal_nouns]
    if people and all(_one_person(p, token) and p.i not in seen for p in people):
        return people + _fellows(token, seen)
    return None


def fellow_verb(token: Token) -> Token | None:
    """The verb a number (or the noun it counts) hangs on through "along with" or "together
    with"; None otherwise."""
    noun = token.head if token.dep_ in ("nummod", "quantmod") else token
    prep, fellow = noun.head, words().fellow_words
    if noun.dep_ != "pobj" or prep.lower_ != "with":
        return None
    before = noun.doc[prep.i - 1] if prep.i else prep
    if prep.head.lower_ in fellow:  # "along" the preposition, "with" under it
        verb = prep.head.head
    elif before.lower_ in fellow and before.head.i == prep.head.i and before.dep_ == "prep":
        verb = prep.head  # "along" and "with" both hung on the verb
    elif any(c.dep_ == "advmod" and c.lower_ in fellow for c in prep.children):
        verb = prep.head  # "together" an adverb of "with"
    else:
        return None
    return verb if verb.pos_ == "VERB" else None


def _fellows(token: Token, seen: set[int]) -> list[Token]:
    """ "a commander was killed along with his deputy": one person named beside the verb's own
    victim ("along with", ``fellow_words``) shares that victim's fate, one more each."""
    if token.pos_ != "VERB":
        return []
    named = [g for c in token.children for g in c.subtree if g.dep_ == "pobj"]
    fellows = [g for g in named if (v := fellow_verb(g)) is not None and v.i == token.i]
    people = [p for f in fellows for p in (f, *(c for c in f.subtree if c.dep_ == "conj"))]
    return [p for p in people if p.i not in seen and _one_person(p, token)]


def _other_conjunct(victim: Token, seen: set[int]) -> bool:
    """ "another" joined to someone counted before it: one more person."""
    return (
        victim.lower_ in words().other_person_words
        and victim.dep_ == "conj"
        and victim.i not in seen
    )


def _listed_subjects(victim: Token) -> list[Token]:
    """ "A man, his wife and their son were found dead": the later items of a list the parser
    took for several subjects of one verb."""
    if victim.dep_ not in SUBJECTS:
        return []
    verb = victim.head
    listed = [c for c in verb.children if c.dep_ == victim.dep_ and victim.i < c.i < verb.i]
    # "Joe Roe, a 42-year-old man, died": an apposition, no list, has no "and"
    joined = any(
        c.dep_ == "cc" and c.lower_ in words().counted_conjunctions
        for item in listed
        for c in item.children
    )
    return listed if joined else []


def _listed_appositions(victim: Token) -> list[Token]:
    """ "A woman, her son and her mother were shot": the parser may take the second item of a
    list for an apposition of the first and the rest for its conjuncts. An apposition with an
    "and" conjunct (``counted_conjunctions``), each with a determiner or possessive of its
    own, is such a list's item (not "Joe Roe, a teacher and father of two", one person).

    >>> doc = nlp("A man, his wife and their son were shot.")  # doctest: +SKIP
    >>> _listed_appositions(token_of("man"))                   # doctest: +SKIP
    [wife]
    """
    w = words()

    def own_determiner(noun: Token) -> bool:
        return any(c.dep_ in ("det", "poss") for c in noun.children)

    return [
        a
        for a in victim.children
        if a.dep_ == "appos"
        and own_determiner(a)
        and any(c.dep_ == "cc" and c.lower_ in w.counted_conjunctions for c in a.children)
        and all(own_determiner(c) for c in a.children if c.dep_ == "conj")
        and any(c.dep_ == "conj" for c in a.children)
    ]


def _ids(victim: Token) -> set[int]:
    """The tokens of a coordination's conjunct chain ("a man, a woman and a boy")."""
    chain, node = {victim.i}, victim
    while (nxt := next((c for c in node.children if c.dep_ == "conj"), None)) is not None:
        chain.add(nxt.i)
        node = nxt
    return chain


def _aged_person(victim: Token) -> bool:
    """ "a 27-year-old was shot": an age that stands for the person (one, never the number of
    years: the age's own number is no figure)."""
    w = words()
    return (
        victim.lower_ in w.age_words
        and any(c.dep_ == "det" for c in victim.children)
        and any(
            c.dep_ == "npadvmod" and c.lower_ in w.hyphen_units and c.n_lefts
            for c in victim.children
        )
    )


def _one_person(victim: Token, token: Token) -> bool:
    """One person: a singular person noun, a named person, or he/she (``token`` is the casualty
    verb, state or injury phrase that names them)."""
    w = words()
    if any(c.dep_ == "nummod" for c in victim.children):
        return False
    return (
        victim.tag_ in ("NN", "NNP")
        and (
            victim.lemma_.lower() in w.person_nouns
            # "the governor was killed", not "the governor's killing" (told before)
            or victim.lemma_.lower() in w.title_nouns
            and token.pos_ != "NOUN"
            # whoever is in critical condition or has a gunshot wound is a person
            or (token.dep_ == "prep" or any(injury_phrase(c) for c in victim.children))
            and victim.ent_type_ not in NAME_ENTITIES - {"PERSON"}
            # "a 19-year-old cyclist" (an age, not "the old treaty")
            or any(c.lower_ in w.age_words and c.n_lefts + c.n_rights for c in victim.children)
            or victim.ent_type_ == "PERSON"
            or victim.pos_ == "PROPN"
            and victim.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
        )
        or victim.lower_ in w.person_pronouns
        or _aged_person(victim)
        # "a second was injured"
        or victim.lower_ in w.other_person_words
        and victim.pos_ in ("NOUN", "ADJ")
        and any(c.dep_ == "det" for c in victim.children)
    )
