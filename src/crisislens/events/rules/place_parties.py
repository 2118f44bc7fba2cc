"""Places in a sentence that say who acts, whom an act removes and where people come from or
live, not where the event happened: the spans the place rules leave out (events/rules/place).

>>> actor_phrases(token_of("raids"))  # "raids on herders from the Tillaberi region"  # doctest: +SKIP
[(17, 42)]
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.data import word_set
from crisislens.events.vocabulary import vocabulary
from crisislens.geo.lexicon import GeoLexicon
from crisislens.nlp.syntax import char_extent, children, is_noun, lemma


def destination(obj: Token) -> bool:
    """Whether ``obj`` is where a removal sends people ("deported 40 men to China", "turned
    them over to China", "sent 90 back to Myanmar"): their destination, not where the removal
    happened."""
    lex = GeoLexicon.load()
    prep = obj.head
    verb, particles = prep.head, set()
    if verb.lower_ in lex.removal_particles and verb.dep_ in ("prt", "advmod"):
        verb, particles = _verb_above(verb), {verb.lower_}
    if prep.lower_ not in lex.destination_preps or verb.pos_ != "VERB":
        return False
    particles |= {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    return lemma(verb) in lex.removal_verbs or (
        lemma(verb) in lex.removal_phrasal_verbs and bool(particles & lex.removal_particles)
    )


def _verb_above(particle: Token) -> Token:
    """The verb a particle belongs to: its head, or the nearest verb above it where the parse
    hangs it on a noun ("sent 90, most of them men, back to Myanmar")."""
    return next((a for a in particle.ancestors if a.pos_ == "VERB"), particle.head)


def destinations(trigger: Token) -> list[tuple[int, int]]:
    """The character spans of the destinations of a removal trigger and the verbs joined to
    it ("deported 120 to Indonesia but sent 90 back to Myanmar")."""
    particles = GeoLexicon.load().removal_particles
    spans = []
    for verb in (trigger, *trigger.conjuncts):
        heads = [verb]  # and its particles, where the parse hangs one on the people sent
        heads += [t for t in verb.subtree if t.lower_ in particles and _verb_above(t).i == verb.i]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
            spans += [char_extent(o) for o in children(prep, "pobj") if destination(o)]
    return spans


def origin(obj: Token, trigger: Token) -> bool:
    """Whether ``obj`` says where people or things come from, under a noun other than the
    trigger ("raids on herders from the Tillaberi region"): their origin, not the event's
    place. Under a verb ("fired shells from the ridge") or the trigger ("the pullout from
    Herat") it is kept, and so it is for a removal: "expelled 90 migrants from Ceuta" happened
    where they were taken from.

    >>> origin(token_of("Tillaberi"), token_of("raids"))  # doctest: +SKIP
    True
    """
    prep, lex = obj.head, GeoLexicon.load()
    return (
        obj.dep_ == "pobj"
        and prep.lower_ in lex.origin_preps
        and lemma(trigger) not in lex.removal_verbs
        and (is_noun(prep.head) and prep.head.i != trigger.i or _set_off_after_people(prep))
    )


def _set_off_after_people(prep: Token) -> bool:
    """ "attacks on guards and workers, mostly from Punjab": a phrase set off by a comma right
    after the people it describes, though the parse hangs it on the verb."""
    doc, i = prep.doc, prep.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    return i > 0 and doc[i].text == "," and doc[i - 1].pos_ == "NOUN" and doc[i - 1].tag_ == "NNS"


def actor_phrases(trigger: Token) -> list[tuple[int, int]]:
    """The character spans of its sentence that say who acts or where people come from, not
    where the event happened: a passive agent that does not hold the trigger (its own words,
    "a depot operated by Turkey", and what it has, "planned by gunmen with hideouts in Niger";
    "launched by troops in Kidal" is where they acted), an origin (:func:`origin`), a
    speaker's country (:func:`speaker_nationality`), a party's base (:func:`based`), a
    person's home town (:func:`residence`) and a capital that speaks for its state
    (:func:`speaking_places`)."""
    spans = speaking_places(trigger)
    for token in trigger.sent:
        dep = token.dep_
        if dep == "agent":
            phrase = char_extent(token)
            if not phrase[0] <= trigger.idx < phrase[1]:
                spans += _agent_words(token)
        elif dep == "prep" and any(origin(o, trigger) for o in children(token, "pobj")):
            spans.append(char_extent(token))
        elif speaker_nationality(token):
            spans.append((token.left_edge.idx, token.idx + len(token.text)))
        elif based(token, trigger):
            spans.append(char_extent(token))
        elif home := residence(token):
            spans.append(home)
        elif office_town(token, trigger):
            spans.append(char_extent(token))
    return spans


def office_town(token: Token, trigger: Token) -> bool:
    """The town a party holds office in, where the sentence puts the act somewhere else: "the
    mayor of Tamparan was shot near a market in Marawi" happened in Marawi (geo.yaml
    ``local_offices``). With no other place named it is kept: the mayor is often shot at home.

    >>> office_town(token_of("Tamparan"), token_of("shot"))  # doctest: +SKIP
    True
    """
    lex = GeoLexicon.load()
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    holder = token.head.head  # "the mayor of X", "Mayor Ana Cruz of X"
    titles = {lemma(holder)} | {lemma(c) for c in children(holder, "compound")}
    if not titles & lex.local_offices or holder.head.i != trigger.i:
        return False
    if holder.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    own = range(holder.left_edge.i, holder.right_edge.i + 1)
    return any(
        t.dep_ == "pobj"
        and t.i not in own
        and t.ent_type_ in lex.place_labels
        and t.head.lower_ in lex.town_locatives
        for t in trigger.sent
    )


def speaking_places(trigger: Token) -> list[tuple[int, int]]:
    """The spans of the places that are subjects of a verb whose clausal complement holds the
    trigger: a capital that speaks or decides for its state, not where the act told in its
    words happens ("Lisbon" in "Lisbon said it would retaliate against the levies", "Quito"
    in "Quito warned that troops could be deployed"). A place that is the subject of the
    trigger's own clause is kept ("Tunis saw mass protests")."""
    spans, token = [], trigger
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "xcomp"):
            spans += [
                (s.left_edge.idx, s.idx + len(s.text))
                for s in children(token.head, "nsubj")
                if s.ent_type_ in ("GPE", "LOC", "ORG")  # a capital is often tagged ORG
            ]
        token = token.head
    return spans


def residence(token: Token) -> tuple[int, int] | None:
    """The span of a town named before a resident noun, where a person lives, not where
    anything befell them: "Riverton" in "a Riverton man was shot in Dover". (After a named
    person with "of", "Ann Ray of Riverton", it is kept: in local news the home town named so
    is as often the place of the event, and the text may name no other.)"""
    head = token.head
    if token.dep_ != "compound" or token.pos_ != "PROPN":
        return None
    if head.lower_ not in GeoLexicon.load().resident_nouns:
        return None
    return (token.left_edge.idx, token.idx + len(token.text))


def based(token: Token, trigger: Token) -> bool:
    """A participle that says where a party is based says where it is, not where the event
    happened: "in Chad" in "the ministry blamed the bombing on rebels based in Chad"."""
    return (
        token.dep_ == "acl"
        and lemma(token) in word_set("actor_words.yaml", "base_verbs")
        and is_noun(token.head)
        and token.head.i != trigger.i
    )


def speaker_nationality(token: Token) -> bool:
    """A country named before a speaker's noun is whose the speaker is, not where anything
    happened: "U.S." in "the U.S. envoy said the rebels had left the town"."""
    speaker = token.head
    return (
        token.dep_ in ("compound", "nmod", "amod")
        and token.ent_type_ == "GPE"
        and speaker.dep_ == "nsubj"
        and lemma(speaker.head) in word_set("reporting_verbs.yaml", "reporting_verbs")
    )


def _agent_words(agent: Token) -> list[tuple[int, int]]:
    """The spans of a passive agent's noun ("by Turkey", "by a cell") and of its phrases that
    do not say where it acted ("with bases in Iran")."""
    locative = vocabulary().words.place_only_preps
    spans = []
    for obj in children(agent, "pobj"):
        spans.append((obj.left_edge.idx, obj.idx + len(obj.text)))
        spans += [char_extent(p) for p in children(obj, "prep") if p.lower_ not in locative]
    return spans
