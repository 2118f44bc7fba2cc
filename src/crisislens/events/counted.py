"""What a number counts: the dead, the hurt, the held, the displaced, a crowd or troops, read
from the words around it ("12 were killed", "killing 12", "the death toll rose to 12", "the
bodies of 12 people", "Blast kills 9, 40 wounded"), with the token its event hangs on.
``quantities`` finds the numbers and asks :func:`count_kind` of each; the words are in
``data/quantities.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.data import word_set
from crisislens.events.figure_words import words
from crisislens.events.not_figures import cut_from_a_measure
from crisislens.events.tallies import casualty_noun_toll
from crisislens.events.victims import (
    CASUALTY_KINDS,
    SUBJECTS,
    casualty_verb_kind,
    fellow_verb,
    harmed_to_death,
    injury_phrase,
    is_number,
    of_object,
    person_described,
    source_tag,
    total_of,
    wound_verb,
    yields_to_other,
)

CAUGHT = ("dead", "injured", "arrested")  # what a verb says of those it counts, over their noun
# a count of people that says nothing of their fate (a crowd, troops): an injury phrase or a
# wound verb of theirs makes them hurt ("two soldiers were taken to a clinic with burns")
FATE_UNTOLD = (None, "size", "troops")


def fatal_share(token: Token) -> Token | None:
    """ "Three people were shot, one fatally", "four were shot, two of them fatally", "five were
    shot and one died": a number that a fatal adverb or verb tells apart from all a verb that
    hits (``hit_verbs``) counts; that verb, or None."""
    fatal = words().fatal_words
    if any(c.dep_ == "advmod" and c.lower_ in fatal for c in token.children):
        return token.head if token.head.pos_ == "VERB" else None
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "ADV" and head.lower_ in fatal:
        return head.head if head.head.pos_ == "VERB" else None
    if _dead_count_of_hit(token):
        return head  # a headline's "Four shot, one dead"
    hit = head.head  # "five were shot and one died": those hit, of whom one died
    if token.dep_ == "nsubj" and head.lemma_.lower() in words().victim_subject_verbs:
        return hit if head.dep_ == "conj" and hit.lemma_.lower() in words().hit_verbs else None
    return None


def _dead_count_of_hit(token: Token) -> bool:
    """ "Four shot, one dead": a headline's count in apposition to a hit noun the tagger took for
    its root ("shot"), that a state word says are dead, is a share of those the root counts."""
    head, w = token.head, words()
    return (
        token.dep_ in ("appos", "conj")
        and head.dep_ == "ROOT"
        and head.lower_ in w.hit_states
        and any(c.dep_ == "nummod" for c in head.children)
        and any(c.dep_ == "amod" and w.state_kinds.get(c.lower_) == "dead" for c in token.children)
    )


def first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def count_kind(token: Token) -> tuple[str, Token]:
    """What a number counts, and the token it attaches to (the verb or noun of its event)."""
    w = words()
    if (read := _read_apart(token)) is not None:
        return read
    head = token.head if token.dep_ in ("nummod", "quantmod", "compound", "det") else token
    if token.dep_ == "conj" and _toll_preposition(token.head) is not None:
        head = token.head.head  # "rose to 27 and 40 people were hurt": the 40 people
    counted = of_object(head)
    if counted is not None and share_of_the_dead(counted):
        return "other", head  # "five of the seven killed were shot": how they died
    if counted is not None and w.noun_kinds.get(counted.lemma_.lower()):
        # "thousands of protesters took to the streets": the protesters are counted
        anchor = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
        return _of_people_kind(head, w.noun_kinds[counted.lemma_.lower()]), anchor
    while head.dep_ == "quantmod" and head.head.i != head.i:
        head = head.head
    lemma = head.lemma_.lower()
    kind = _container_kind(head) or w.noun_kinds.get(lemma)
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:  # "26 protesters and 18 members"
        first = first.head
    if (
        first.i != head.i
        and kind is None
        and lemma in w.conjunct_fillers
        and not _hurt_by_phrase(head)
        and _state_kind(head) is None
    ):
        # "26 protesters and 18 members (of the security forces)"; not "left 4 dead and 12
        # others with injuries", whose own phrase says what became of them
        head = first
    # "12 people were killed", "killed 12": the verb says what the number counts (for "9
    # farmers and 3 herders", the verb of the first, when it kills, hurts or detains them)
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is not None and (taker := _object_taken_for_speaker(head)) is not None:
        verb = taker
    if verb is None and (total := total_of(head)) and total.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb, head = total.head, total  # "a total of 12 people were injured"
    if verb is None and first.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = first.head if w.verb_kinds.get(first.head.lemma_.lower()) in CAUGHT else None
    if verb is None and _more_of_a_verb(head):
        verb = head.head  # "killed 16 and wounded five more": the parser hangs "more" on the verb
    if verb is not None:
        verb_kind = _verb_kind(verb, first if verb.i != head.head.i else head)
        if verb_kind and (kind in (None, "size") or verb_kind in CAUGHT):
            kind = verb_kind
    state = _state_kind(head) or _headline_state(head)
    if state is not None and (
        not (state == "injured" and kind == "dead" and verb is not None) or _own_state(head)
    ):
        kind = state  # not "two guards who were hurt in the raid have died": the hurt who died
    if kind in FATE_UNTOLD and _hurt_by_phrase(head):
        kind = "injured"
    if kind in FATE_UNTOLD and head.dep_ == "nsubj" and wound_verb(head.head):
        kind = wound_verb(head.head)  # "three of the riders had knife wounds"
    if kind is None or kind in CASUALTY_KINDS:
        kind = _state_after(token) or kind  # "Blast kills 9, 40 wounded": the 40 are hurt
    return kind or "other", verb if verb is not None else head


def _more_of_a_verb(head: Token) -> bool:
    """ "critically wounded five more", "arrested two more": the number counts "more" (a
    ``further_after`` word) that the parser hangs on the verb as an adverb, and the verb says
    what became of them.

    >>> doc = nlp("Gunmen killed two guards and wounded five more.")  # doctest: +SKIP
    >>> _more_of_a_verb(doc[7])                                   # doctest: +SKIP
    True
    """
    return (
        head.lower_ in words().further_after
        and head.dep_ in ("advmod", "dobj", "npadvmod")
        and head.head.pos_ == "VERB"
    )


def _object_before_a_measure(token: Token) -> tuple[str, Token] | None:
    """ "a bomb tore through a depot, injuring 36, nearly two weeks after a raid": a number
    right before a comma, cut off from the unit noun the parser hung it on
    (``not_figures.cut_from_a_measure``) or taken for an adverb of the verb, counts the object
    of the verb right before it, when that verb kills, hurts or detains; what it says of
    them, with the verb as anchor."""
    doc = token.doc
    cut = cut_from_a_measure(token) or token.dep_ == "npadvmod"
    if not cut or token.left_edge.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return None
    verb = token.doc[token.left_edge.i - 1]
    kind = words().verb_kinds.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    return (kind, verb) if kind in CAUGHT else None


def share_of_the_dead(group: Token) -> bool:
    """ "Five of the seven killed were shot", "two of the nine dead were hit by shrapnel": the
    group a share is taken from is told dead by a number of its own; the share is among them
    and the verb tells how they died, no hurt of its own.

    >>> doc = nlp("Four of the six killed were shot in the head.")  # doctest: +SKIP
    >>> share_of_the_dead(doc[3])                                 # doctest: +SKIP
    True
    """
    numbered = group.pos_ == "NUM" or any(c.dep_ == "nummod" for c in group.children)
    state = words().state_kinds.get(group.lower_) or _state_kind(group)  # "the nine dead"
    return numbered and state == "dead"


def _read_apart(token: Token) -> tuple[str, Token] | None:
    """What a number counts where a construction of its own tells it, before its noun and verb
    are read: a fatal share ("three were shot, one fatally"), a toll, an object cut off from
    its verb by a measure, those named beside a verb's victims."""
    if (verb := fatal_share(token)) is not None:
        return "dead", verb
    if (state := state_right_after(token)) is not None:
        return state, token  # "Raiders kill 6, 14 hurt": the 14 are hurt
    return toll_kind(token) or _object_before_a_measure(token) or _fellow_kind(token)


def state_right_after(token: Token) -> str | None:
    """ "Raiders kill 6, 14 hurt near a post", "Blast kills 9, 40 wounded": a number after a
    comma with a state word right after it counts those in that state, wherever the parser hung
    the number or the word (it may hang "hurt" on the 6); the state's kind, else None.

    >>> doc = nlp("Rebels kill 4, 15 hurt at a checkpoint")  # doctest: +SKIP
    >>> state_right_after(doc[4])                           # doctest: +SKIP
    'injured'
    """
    doc, w = token.doc, words()
    if token.pos_ != "NUM" or token.i == 0 or token.i + 1 >= len(doc):
        return None
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.text != "," or after.dep_ not in ("acl", "amod", "relcl"):
        return None
    kind = w.state_kinds.get(after.lower_) or w.verb_kinds.get(after.lemma_.lower())
    return kind if kind in CASUALTY_KINDS else None


def _own_state(number: Token) -> bool:
    """A bare number with a state word of its own right after it ("Bomb kills 9, 40 wounded":
    the parser may take the 40 as a second object of "kills") is counted in that state."""
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if number.pos_ != "NUM" or nxt is None or nxt.head.i != number.i:
        return False
    w = words()
    kind = w.state_kinds.get(nxt.lower_) or w.verb_kinds.get(nxt.lemma_.lower())
    return nxt.dep_ in ("acl", "amod") and kind in CASUALTY_KINDS


def _state_after(token: Token) -> str | None:
    """ "The toll rose to 19 killed and 33 wounded": a bare number joined to another count
    whose state word follows it right away, though the parser hung that word elsewhere (on
    "rose"), counts those in that state."""
    if token.dep_ != "conj" or token.i + 1 >= len(token.doc):
        return None
    state = token.doc[token.i + 1]
    kind = words().state_kinds.get(state.lower_)
    return kind if kind in CASUALTY_KINDS and state.head.i != token.i else None


def _object_taken_for_speaker(noun: Token) -> Token | None:
    """ "Airstrikes killed at least 35 civilians, including women and children, state media
    and a monitoring group reported": the parser may run the counted object into the
    speakers' coordination and make it the subject of the reporting verb. A counted noun that
    is a reporting verb's subject right after a verb that kills, hurts or detains and has no
    object of its own is that verb's object; that verb, or None."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in word_set(
        "reporting_verbs.yaml", "reporting_verbs"
    ):
        return None
    before = noun.left_edge.i - 1
    if before < noun.sent.start:
        return None
    verb = noun.doc[before]
    taken = words().verb_kinds.get(verb.lemma_.lower()) in CAUGHT
    if verb.pos_ != "VERB" or not taken or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _fellow_kind(token: Token) -> tuple[str, Token] | None:
    """ "a police officer was killed along with three civilians", "killed the leader together
    with four of his fighters": those named beside the verb's own victims share their fate
    (``fellow_words``); with the verb as anchor. (``figures`` adds them to the one named.)"""
    verb = fellow_verb(token)
    if verb is None:
        return None
    w = words()
    states = (w.state_kinds.get(c.lower_) for c in verb.children if c.dep_ in ("acomp", "oprd"))
    kind = casualty_verb_kind(verb) or next(states, None) or w.verb_kinds.get(verb.lemma_.lower())
    return (kind, verb) if kind in CAUGHT else None  # "were found dead": dead


def toll_kind(token: Token) -> tuple[str, Token] | None:
    """ "The death toll rose to 45", "raised the toll to more than 60", "a death toll of 12",
    "the toll stands at 9", "the toll is 30", "the number of people killed rose to 31": a
    number that is the size of a toll (``toll_nouns``, :func:`_count_kind`) counts its dead
    (or hurt, or held); with the toll's verb (or the toll) as its anchor."""
    holder = token.head
    if token.dep_ == "pobj" and holder.dep_ == "prep" and holder.lower_ in ("to", "at", "of"):
        holder = holder.head
    elif (before := _toll_preposition(token) or _people_at_a_toll(token)) is not None:
        holder = before.head
    elif token.dep_ not in ("attr", "dobj"):
        return None
    holder = _count_verb_above(holder, token)
    tolls = [holder] + [c for c in holder.children if c.dep_ in (*SUBJECTS, "dobj")]
    toll = next((t for t in tolls if t.lemma_.lower() in words().toll_nouns), None)
    if toll is None:
        counts = (
            c
            for t in tolls
            if t.i < token.i and (c := _count_kind(t, holder) or casualty_noun_toll(t, holder))
        )
        return next(counts, None) or _total_of_its_clause(tolls, holder, token)
    if toll.i > token.i:
        return None
    named = [c for c in toll.children if c.dep_ in ("compound", "amod") and c.i < toll.i]
    other = next((words().noun_kinds.get(c.lemma_.lower()) for c in named), None)
    if other not in CASUALTY_KINDS:
        other = _toll_of(toll)
    kind = other if other in CASUALTY_KINDS else words().toll_nouns[toll.lemma_.lower()]
    return kind, holder


def _count_verb_above(holder: Token, number: Token) -> Token:
    """ "bringing the number of civilians killed by the army to 5": the parser may hang "to 5"
    on the participle inside the count's "of" phrase; the verb whose object (or subject) is
    that counting noun (``count_nouns``), before the number, holds the toll; else ``holder``."""
    if holder.dep_ not in ("acl", "relcl"):
        return holder
    counted = holder.head
    prep = counted.head
    noun = prep.head
    if counted.dep_ != "pobj" or prep.dep_ != "prep" or noun.i > number.i:
        return holder
    if noun.lemma_.lower() not in words().count_nouns or noun.dep_ not in (*SUBJECTS, "dobj"):
        return holder
    return noun.head


def _total_of_its_clause(
    tolls: list[Token], holder: Token, number: Token
) -> tuple[str, Token] | None:
    """ "A further five were shot dead, bringing the total to 10": a running total with no
    kind of its own (``total_nouns``), raised in a clause that hangs on a verb that kills, hurts
    or detains, counts what that verb says befell them (dead 10), with that verb as anchor.

    >>> doc = nlp("Two more were killed, bringing the total to 9.")  # doctest: +SKIP
    >>> _total_of_its_clause([doc[6], doc[8]], doc[6], doc[10])      # doctest: +SKIP
    ('dead', killed)
    """
    total = any(t.lemma_.lower() in words().total_nouns and t.i < number.i for t in tolls)
    verb = holder.head
    if not total or holder.dep_ != "advcl" or verb.pos_ != "VERB":
        return None
    w = words()
    states = (w.state_kinds.get(c.lower_) for c in verb.children if c.dep_ in ("acomp", "oprd"))
    kind = casualty_verb_kind(verb) or next(states, None) or w.verb_kinds.get(verb.lemma_.lower())
    return (kind, verb) if kind in CAUGHT else None  # "were found dead": dead


def _toll_preposition(token: Token) -> Token | None:
    """ "The death toll has risen to 40 and 67 people are in hospital": the parser may take the
    toll's number, right after "to" and joined to the next count by "and", for a numeral of
    that count's noun; the "to" (on the toll's verb) it follows, else None."""
    if token.dep_ != "nummod" or token.i == 0:
        return None
    joined = any(c.dep_ == "conj" and is_number(c) for c in token.children)
    before = token.doc[token.i - 1]
    if not joined or before.lower_ not in ("to", "at") or before.dep_ != "prep":
        return None
    return before if before.head.pos_ in ("VERB", "AUX") else None


def _people_at_a_toll(token: Token) -> Token | None:
    """ "The death toll has risen to 77 people", "the toll stood at 12 civilians": a number of
    people (``people_nouns``) after "to" or "at" on a verb: the preposition, whose verb may hold
    a toll (:func:`toll_kind`), else None.

    >>> doc = nlp("The death toll has risen to 77 people.")  # doctest: +SKIP
    >>> _people_at_a_toll(doc[6]).text                      # doctest: +SKIP
    'to'
    """
    noun = token.head
    if token.dep_ != "nummod" or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if (
        prep.dep_ != "prep"
        or prep.lower_ not in ("to", "at")
        or prep.head.pos_ not in ("VERB", "AUX")
    ):
        return None
    return prep if noun.lemma_.lower() in words().people_nouns else None


def _toll_of(toll: Token) -> str | None:
    """ "the toll of injured has risen to 40", "the toll of the wounded", "a toll of injuries":
    a toll whose "of" names the hurt (or the held) counts them, not the dead; the kind its
    object names, if any."""
    counted = of_object(toll)
    if counted is None:
        return None
    w = words()
    return w.state_kinds.get(counted.lower_) or w.noun_kinds.get(counted.lemma_.lower())


def _count_kind(noun: Token, holder: Token) -> tuple[str, Token] | None:
    """ "the number of people killed", "the number of dead", "the count of those arrested":
    a counting noun (``count_nouns``) of people a casualty or an arrest befell is a toll of
    them ("... has risen to 31"): what befell them, and the verb that tells it (so a tally,
    "the number of people killed since 2011", is read on it), else the toll's ``holder``."""
    w = words()
    counted = of_object(noun) if noun.lemma_.lower() in w.count_nouns else None
    if counted is None:
        return None
    kinds = (
        w.state_kinds.get(counted.lower_),  # "the number of dead"
        _state_kind(counted),  # "the number of people killed"
        w.noun_kinds.get(counted.lemma_.lower()),  # "the number of deaths"
    )
    kind = next((k for k in kinds if k in CAUGHT), None)
    told = next((c for c in counted.children if c.dep_ in ("acl", "relcl")), holder)
    return (kind, told) if kind is not None else None


def _of_people_kind(head: Token, kind: str) -> str:
    """ "Dozens of people have been injured": people counted by a vague number are a crowd
    (``size``) unless the verb they are the subject or object of kills, hurts or detains them
    (then that is what the number counts: injured 24)."""
    if kind != "size" or head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return kind
    verb_kind = _verb_kind(head.head, head)
    return verb_kind if verb_kind in CAUGHT else kind


def _verb_kind(verb: Token, noun: Token) -> str | None:
    """What ``verb`` says of ``noun``, its subject or object: "12 were killed", "killed 12",
    "12 died", "nine others wounded"; nothing of the subject of a verb that kills, hurts or
    detains someone it names ("two robbers shot at the clerk": the robbers did the shooting)."""
    w = words()
    if noun.dep_ == "dobj" and _killed_and_hurt(verb):
        return "other"  # "killed and wounded 15 people": of both fates, neither's count
    if lives_taken(verb) or _members_lost(verb, noun):
        return "dead"  # "19 villagers lost their lives", "the blast claimed 12 lives"
    kind = None if yields_to_other(verb) else w.verb_kinds.get(verb.lemma_.lower())
    subject = noun.dep_ == "nsubj" and verb.lemma_.lower() not in w.victim_subject_verbs
    doer = subject and any(
        c.dep_ in ("dobj", "dative")
        and not source_tag(c)
        or c.dep_ == "prep"
        and c.lower_ in w.target_preps
        for v in _sharing_its_object(verb)
        for c in v.children
    )
    if doer and kind in CAUGHT:
        return None
    if kind == "injured":  # "were shot and later died", "were shot to death"
        return casualty_verb_kind(verb) or kind
    if kind is None and _they_died(verb):  # "were rushed to a clinic, where they died"
        return "dead"
    if kind is None and harmed_to_death(verb):  # "beat two men to death"
        return "dead"
    return kind


def _killed_and_hurt(verb: Token) -> bool:
    """A verb whose object a verb of the other fate, joined to it with no object of its own,
    shares: one kills and the other only hurts (``only_hurt_verbs``): "killed and wounded 15
    people", "wounded and killed dozens" count both fates at once.

    >>> doc = nlp("Gunmen killed and wounded 15 people.")  # doctest: +SKIP
    >>> _killed_and_hurt(doc[3])                          # doctest: +SKIP
    True
    """
    w = words()
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    first = verb.head
    if any(c.dep_ in ("dobj", "nsubjpass") for c in first.children):
        return False
    kinds = {w.verb_kinds.get(t.lemma_.lower()) for t in (first, verb)}
    hurt = {t.lemma_.lower() in w.only_hurt_verbs for t in (first, verb)}
    return "dead" in kinds and True in hurt


def _sharing_its_object(verb: Token) -> list[Token]:
    """``verb`` and the verbs joined to it with no subject of their own, whose object the
    parser hangs on the last of them: in "one of the robbers shot and killed a cashier" the
    cashier is shot too, and the one is a doer.

    >>> doc = nlp("One of them shot and killed a guard.")  # doctest: +SKIP
    >>> [t.text for t in _sharing_its_object(doc[3])]      # doctest: +SKIP
    ['shot', 'killed']
    """
    joined = (
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    )
    return [verb, *joined]


def lives_taken(verb: Token) -> bool:
    """ "lost their lives", "claimed 12 lives", "claimed the lives of": a verb that takes the
    lives its object names (``life_taking_verbs``, ``life_nouns``)."""
    w = words()
    return verb.lemma_.lower() in w.life_taking_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in w.life_nouns for c in verb.children
    )


def _members_lost(verb: Token, noun: Token) -> bool:
    """ "the army lost four soldiers", "the unit lost three of its men": people counted as the
    object of a verb of losing (``member_losing_verbs``) are its subject's own dead (not "lost
    three seats": no people)."""
    w = words()
    if verb.lemma_.lower() not in w.member_losing_verbs or noun.dep_ != "dobj":
        return False
    counted = of_object(noun) or noun
    lemma = counted.lemma_.lower()
    return lemma in w.people_nouns or w.noun_kinds.get(lemma) == "troops"


def casualty_clause(token: Token) -> bool:
    """ "three are dead", "a woman died", "two others were hurt": a clause whose subject is the
    people it tells killed or hurt (no object, no "by" agent: "police shot a man", "a man was
    shot by police" tell of the shooter too)."""
    w = words()

    def casualty(t: Token) -> bool:
        kind = w.verb_kinds.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
        return (kind or w.state_kinds.get(t.lower_)) in CASUALTY_KINDS

    if any(c.dep_ in ("dobj", "agent") for c in token.children):
        return False
    return casualty(token) or any(
        c.dep_ in ("acomp", "oprd") and casualty(c) for c in token.children
    )


def in_cause(anchor: Token, noun: Token) -> bool:
    """ "five soldiers died in the fighting", "two were hurt during the clashes", "8,000 were
    displaced by heavy shelling", "were displaced by fighting between two militias", "were
    forced to flee by the raids", "were uprooted by the floods and the fighting", "2,000 fled
    the fighting": ``noun`` is what a verb that kills, hurts or displaces the people it counts
    names as having done so, so the figure is also that noun's. The noun is the object (or a
    conjunct of it, or a gerund) of one of its ``casualty_cause_preps`` or of its passive agent,
    on the verb or on a verb it governs ("forced to flee by"), or what a verb of leaving flees
    (its object)."""
    w = words()
    verbs = {anchor.i: anchor, **{c.i: c for c in anchor.children if c.dep_ == "xcomp"}}
    kinds = {w.verb_kinds.get(v.lemma_.lower()) for v in verbs.values()}
    if not kinds & {*CASUALTY_KINDS, "displaced"}:
        return False
    if "displaced" in kinds and noun.dep_ == "dobj" and noun.head.i in verbs:
        return True  # "2,000 fled the fighting"
    noun = first_conjunct(noun)
    prep = noun.head
    cause = prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ in w.casualty_cause_preps
    return noun.dep_ in ("pobj", "pcomp") and cause and prep.head.i in verbs


def _they_died(verb: Token) -> bool:
    """ "Two porters were rushed to a clinic, where they died": a clause under the verb whose
    subject is "they" and whose verb is one its subject dies by."""
    w = words()
    return any(
        t.lemma_.lower() in w.victim_subject_verbs
        and any(c.dep_ == "nsubj" and c.lower_ in w.plural_pronouns for c in t.children)
        for t in verb.subtree
        if t.i > verb.i and t.dep_ in ("relcl", "advcl", "conj")
    )


def _container_kind(head: Token) -> str | None:
    """ "the bodies of 225 people", "the killing of two teenagers": the people are dead."""
    if head.dep_ == "pobj" and head.head.lower_ in words().counted_preps:
        container = head.head.head
        if container.pos_ == "NOUN" and container.lemma_.lower() in words().fatal_nouns:
            return "dead"  # "the killing of two teenagers"
        if container.dep_ == "dobj" and lives_taken(container.head):
            return "dead"  # "claimed the lives of 12 villagers"
        kind = words().noun_kinds.get(container.lemma_.lower())
        return kind if kind in ("dead", "injured", "arrested") else None
    return None


def _state_kind(head: Token) -> str | None:
    """ "civilians killed", "2K injured", "five dead", "two people are dead", "left 12 dead and
    30 wounded", "left 40 people dead and dozens wounded", "nine wounded soldiers were flown
    out", "were found shot dead": a participle
    or adjective on the noun (before it, a state word only), or the state its clause gives it."""
    w = words()
    states = [
        c
        for c in head.children
        if (c.dep_ in ("acl", "relcl", "amod", "oprd") and c.i > head.i and not _doer(c))
        or (c.dep_ == "amod" and c.i < head.i and c.lower_ in w.state_kinds)
    ]
    if head.dep_ in ("nsubj", "nsubjpass"):
        states += [c for c in head.head.children if c.dep_ in ("acomp", "oprd", "xcomp")]
        if head.head.dep_ == "oprd" and head.head.lower_ in w.state_kinds:
            states.append(head.head)  # "left at least 15 people dead": the small clause's state
        states += _verbless_state(head)
    elif first_conjunct(head).dep_ == "dobj":
        # "the blast left 12 dead", "left 40 people dead and dozens wounded": the predicate
        # after the object (or after this conjunct of it)
        verb = first_conjunct(head).head
        leaving = verb.lemma_.lower() in w.leaving_verbs
        states += [
            c
            for c in verb.children
            if c.i > head.i and (c.dep_ == "oprd" or leaving and c.dep_ in ("xcomp", "advcl"))
        ]
    # a state's own state first: "two men were found shot dead" are dead
    told = [g for c in states for g in (*_own_states(c), c)]
    for child in told:
        kind = w.state_kinds.get(child.lower_) or w.verb_kinds.get(child.lemma_.lower())
        if kind in ("dead", "injured", "arrested", "displaced"):
            return kind
    return None


def _verbless_state(head: Token) -> list[Token]:
    """The state a number is the subject of where its verb is left out and the tagger read the
    state as an adjective joined to the first clause's verb: in "ten were killed and eight
    wounded", "wounded" (ADJ, conj of "killed") has "eight" as its subject.

    >>> doc = nlp("Ten were killed and eight wounded.")  # doctest: +SKIP
    >>> _verbless_state(doc[4])                          # doctest: +SKIP
    [wounded]
    """
    state = head.head
    if state.pos_ != "ADJ" or state.dep_ != "conj" or state.lower_ not in words().state_kinds:
        return []
    return [state]


def _own_states(state: Token) -> list[Token]:
    """The predicate of a participle that is itself a state ("found shot dead": dead)."""
    return [g for g in state.children if g.dep_ in ("oprd", "acomp") and state.pos_ == "VERB"]


def _headline_state(head: Token) -> str | None:
    """ "Four shot, two dead", "Two shot near a park": a headline's verbless clause whose root
    the tagger took for a noun ("shot"); the number counts those it says were hurt or killed."""
    root = head.head if head.dep_ == "nsubj" else head
    if root.dep_ != "ROOT" or root.pos_ != "NOUN" or root.tag_ != "NN":
        return None
    kind = words().state_kinds.get(root.lower_)
    return kind if kind in CASUALTY_KINDS else None


def _doer(clause: Token) -> bool:
    """ "the four deputies who shot the driver": a relative clause whose subject is the relative
    pronoun tells what the noun did, not what became of it."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children
    )


def _hurt_by_phrase(head: Token) -> bool:
    """ "two men were taken to hospital with gunshot wounds", "three people in critical
    condition": an injury phrase of the counted noun's clause describes it."""
    holder = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    return any(injury_phrase(t) and person_described(t) == head.i for t in holder.subtree)
