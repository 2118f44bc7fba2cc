"""One set of figures per event: the largest of each kind its mentions give, the dead of every side
counted once, and an attack told only by its casualties (the figures no trigger took are handed
on in events/orphan_figures.py).

>>> figures([first_mention, second_mention])                         # doctest: +SKIP
[Quantity(kind='dead', value=12, ...)]
"""

from __future__ import annotations

from typing import TypeGuard

from spacy.tokens import Doc, Span, Token

from crisislens.data import word_set
from crisislens.events.candidates import Candidate
from crisislens.events.counted import lives_taken, toll_kind
from crisislens.events.date_anchors import ResolvedDate, resolve_date_text
from crisislens.events.date_tenses import headline_end
from crisislens.events.figure_words import parse_number, words
from crisislens.events.happenings import Happening
from crisislens.events.not_figures import sizes_a_toll
from crisislens.events.quantities import gapped_remnant, quantities_in
from crisislens.events.rival_counts import denied, rivals_dropped
from crisislens.events.rules.scoring import event_id, evidence
from crisislens.events.victims import (
    by_accident,
    fellow_verb,
    of_object,
    reduced_after_leaving,
)
from crisislens.nlp.doc_cache import span_ents
from crisislens.schemas import Article, Event, Mention, Quantity, TextSpan

# which events a figure no trigger took belongs to
FIGURE_EVENT_TYPES = {
    "dead": ("ASSAULT", "PROTEST"),
    "injured": ("ASSAULT", "PROTEST"),
    "arrested": ("COERCE", "ASSAULT", "PROTEST"),
    "displaced": ("ASSAULT", "COERCE"),
}
CASUALTIES = ("dead", "injured")
PROTESTS = ("PROTEST",)


def figures(events: list[Event], every_dead: bool = False) -> list[Quantity]:
    """One figure per kind from all mentions: the largest (reports repeat a toll, they do not add
    to it). One hurt person named by a shooting verb is not also counted as hurt when the event
    has its dead ("was shot ... died"), but each other one named as hurt ("another man", "a
    second victim") is, and adds one to those named so before ("a man was shot ... another man
    was shot": 2). (Not so for the dead: "he killed another man" is one.) Money and other
    numbers are all kept, once each. ``every_dead`` also keeps each dead figure that is not the
    largest, for :func:`count_the_dead` to add up the sides and the further dead once the
    article's figures are all in."""
    best: dict[str, Quantity] = {}
    kept: list[Quantity] = []
    dead: list[Quantity] = []
    seen: set[tuple[int, int]] = set()
    others: dict[str, Quantity] = {}  # "another man" named as hurt
    plain = False  # "a man" named as hurt
    told = [q for e in events for q in e.quantities]
    exact = {q.kind for q in told if q.kind in CASUALTIES and not vague_count(q)}
    for q in told:
        if (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        if q.kind in ("money", "other"):
            kept.append(q)
            continue
        if q.kind == "dead":
            dead.append(q)  # each weighed by count_the_dead, a claim's too (:func:`_counted`)
        if q.kind in exact and vague_count(q):
            continue  # "dozens" beside "18" of the same dead: the count in figures stands
        if q.kind == "injured" and _one_named_person(q):
            if _another(q):
                others.setdefault(_other_key(q), q)
            else:
                plain = True
        if q.kind not in best or q.value > best[q.kind].value:
            best[q.kind] = q
    injured = best.get("injured")
    if injured is not None and _one_named_person(injured):
        if others:  # the one named first died, or was hurt too
            best["injured"] = _persons(others, int(plain and "dead" not in best))
        # else kept: whether the one named hurt is one of the dead is read with the text
        # (:func:`count_the_dead`, :func:`_one_hurt_who_died`)
    elif injured is not None and "dead" in best and _died_of_the_hurt(best["dead"], injured):
        best["injured"] = injured.model_copy(update={"value": injured.value - 1})
    elif injured is not None and (more := _beyond_the_count(injured, others)):
        best["injured"] = injured.model_copy(update={"value": injured.value + more})
    if every_dead:
        kept += [q for q in dead if q is not best.get("dead")]
    return sorted([*best.values(), *kept], key=lambda q: q.start)


def vague_count(q: Quantity) -> bool:
    """A count told by a vague plural (``vague_plurals``: "dozens", "scores", "hundreds"), or by
    a vague word before a number word ("several hundred"): a conventional value, no count.

    >>> vague_count(Quantity(kind="dead", value=24, text="dozens", start=0, end=6))
    True
    >>> vague_count(Quantity(kind="dead", value=18, text="at least 18", start=0, end=11))
    False
    """
    w = words()
    said = q.text.lower().split()
    while len(said) > 1 and said[0] in w.bounds:
        said = said[1:]  # "more than"
    return " ".join(said) in w.vague_plurals or (len(said) > 1 and said[0] in w.vague_counts)


def happening_figures(h: Happening) -> list[Quantity]:
    """The figures of a happening's mentions (:func:`figures`, every dead kept), less those of
    the mentions dated to a day before its own (:func:`told_of_an_earlier_day`)."""
    earlier = told_of_an_earlier_day(h)
    members = sorted((c for c in h.members if c not in earlier), key=lambda c: c.order)
    return figures([c.event for c in members], every_dead=True)


def told_of_an_earlier_day(h: Happening) -> list[Candidate]:
    """The mentions of a happening dated to a day before its own (its principal's, else its
    first mention's dated to a day) that give figures, when a mention of its own day gives
    some too: "Three died in a bombing on Monday; a day before, a blast had left 13 dead",
    told as one happening, is Monday's three dead; the 13 are Sunday's, another attack's. A
    later day's figures stay (a toll that rose, "two more died on Tuesday")."""
    members = sorted(h.members, key=lambda c: c.order)
    days = [c.date.date for c in (h.principal, *members) if _a_day(c.date)]
    if not days:
        return []
    earlier = [c for c in members if _a_day(c.date) and c.date.date < days[0]]
    earlier = [c for c in earlier if c.event.quantities]
    own = any(c.event.quantities for c in members if c not in earlier)
    return earlier if own else []


def _a_day(date: ResolvedDate | None) -> TypeGuard[ResolvedDate]:
    """Whether ``date`` is a day (``YYYY-MM-DD``), not a week, month or year."""
    return date is not None and date.precision == "day"


def _died_of_the_hurt(dead: Quantity, injured: Quantity) -> bool:
    """One person told dead after several were told hurt, who is one of them: "Two men were
    wounded ... The 30-year-old victim died" (a victim the text named before), "Reyes, shot in
    the chest, and a woman, shot in the arm ... Reyes died" (a name among the hurt). The hurt
    are one fewer: they moved to the dead."""
    if not (_one_named_person(dead) and injured.value > 1):
        return False
    said = dead.text.split()
    if said[-1][:1].isupper() and said[-1] in injured.text.replace(",", " ").split():
        return True  # the name is among the hurt, told before or after
    lower = {w.lower() for w in said}
    return (
        dead.start > injured.end
        and said[0].lower() in words().definite_words
        and bool(lower & words().victim_nouns)
    )


def _beyond_the_count(injured: Quantity, others: dict[str, Quantity]) -> int:
    """How many persons named as hurt after a count of the hurt are more than it counts: "Two
    brothers were shot. A third man was also hit" (an ordinal past the count,
    ``person_ordinals``); "a second victim" after "two were shot" is one of the two, and
    "another man" may be one of them too."""
    ordinals = words().person_ordinals
    more = 0
    for key, q in others.items():
        if q.start > injured.end and ordinals.get(key, 0) > injured.value:
            more += 1
    return more


def _another(q: Quantity) -> bool:
    """ "another man", "a second victim", "the other teen": one more person than named before."""
    return any(w in words().other_person_words for w in q.text.lower().split()[:2])


def _other_key(q: Quantity) -> str:
    """ "a second" and "the second victim" are one person, the second; each "another man" is one
    more."""
    ordinal = [w for w in q.text.lower().split()[:2] if w in words().other_person_words]
    return ordinal[0] if ordinal and ordinal[0] != "another" else q.text.lower()


def _persons(others: dict[str, Quantity], before: int) -> Quantity:
    """The persons named one by one: ``before`` named first, and each other one."""
    last = max(others.values(), key=lambda q: q.start)
    return last.model_copy(update={"value": float(before + len(others))})


def _one_named_person(q: Quantity) -> bool:
    """A figure of one taken from a person named as hurt ("a man"), not from a number."""
    return q.value == 1 and parse_number(q.text) is None


def casualty_mentions(doc: Doc, article: Article, candidates: list[Event]) -> list[Event]:
    """An article whose triggers name no asserted attack but whose sentences tell of someone
    dead or hurt by a weapon ("Police found a teenager suffering from a gunshot wound", "a man
    was found dead with stab wounds": ``weapon_wound_words``) tells of an attack all the same:
    the first such sentence is an ASSAULT mention with its figures, named by the weapon word.
    A mishap's casualties are none (``victims.by_accident``)."""
    owners = FIGURE_EVENT_TYPES["dead"]
    if any(e.event_type in owners and e.modality == "asserted" for e in candidates):
        return []
    weapons = words().weapon_wound_words
    for sent in doc.sents:
        weapon = next((t for t in sent if t.lemma_.lower() in weapons), None)
        if weapon is None:
            continue  # the figures are read only where a weapon is named
        hurt = [q for a, q in quantities_in(sent) if q.kind in CASUALTIES and not by_accident(a)]
        if hurt:
            return [_casualty_mention(sent, weapon, hurt, article)]
    return []


def _casualty_mention(sent: Span, weapon: Token, hurt: list[Quantity], article: Article) -> Event:
    """The ASSAULT a sentence of casualties tells, dated by the sentence's own date if any."""
    trigger = TextSpan(text=weapon.text, start=weapon.idx, end=weapon.idx + len(weapon.text))
    told = evidence(sent)
    dates = [e for e in span_ents(sent) if e.label_ == "DATE"]
    day = next((d for e in dates if (d := resolve_date_text(e.text, article.published))), None)
    return Event(
        event_id=event_id(article.article_id, trigger.start, "ASSAULT"),
        event_type="ASSAULT",
        modality="asserted",
        date=day,
        quantities=hurt,
        evidence=told,
        confidence=words().casualty_mention_confidence,
        trigger=trigger,
        mentions=[Mention(trigger=trigger, evidence=told)],
    )


def count_the_dead(doc: Doc, events: list[Event]) -> list[Event]:
    """Each event's dead as one figure, once all its figures are in: the largest its mentions
    give (reports repeat a toll, they do not add to it), but the victims' and the attackers'
    own where they are counted apart ("9 guests were killed ... soldiers killed 4
    gunmen": 13) unless a toll counts them all, and the further dead told after them ("two
    more died later in hospital", "a further five bodies were found": :func:`_further`). The
    hurt are those told hurt less the share of them told dead after (:func:`_hurt_less_dead`),
    and one person named as hurt is one of the dead unless told as one more
    (:func:`_one_hurt_who_died`)."""
    return [_counted(doc, _hurt_less_dead(doc, _one_hurt_who_died(doc, e))) for e in events]


def _one_hurt_who_died(doc: Doc, event: Event) -> Event:
    """One person named as hurt where the event has its dead is one of them ("A man was shot
    on Pine Street ... he died in hospital": dead 1, no hurt), unless named as another
    ("another man", "a second victim": :func:`figures` counts them) or the clause tells them as
    one more (``also_words``: "killing a clerk. A customer was also shot") or as surviving
    (``survival_verbs``: "was shot but survived")."""
    if not any(q.kind == "dead" for q in event.quantities):
        return event
    hurt = [
        q
        for q in event.quantities
        if q.kind == "injured" and _one_named_person(q) and not _another(q)
    ]
    span = doc.char_span(hurt[0].start, hurt[0].end, alignment_mode="expand") if hurt else None
    if span is None or any(c.dep_ == "conj" for c in span.root.children):
        return event  # "Reyes ... and a man": of two hurt, one moved to the dead (figures)
    if _one_more(span) or _listed_apart(span):
        return event
    return _without(event, hurt)


def _one_more(span: Span) -> bool:
    """Whether the clause of a person named as hurt tells them as one more than the dead: "His
    friend was also shot", "a customer was shot but survived" (not "he was also shot")."""
    if span.root.lower_ in words().person_pronouns:
        return False
    verb = span.root.head
    if span.root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    w = words()
    return any(c.lower_ in w.also_words for c in verb.children if c.dep_ == "advmod") or any(
        c.dep_ == "conj" and c.lemma_.lower() in w.survival_verbs for c in verb.children
    )


def _listed_apart(span: Span) -> bool:
    """One person named as hurt in a list after one told dead ("left a guard dead and a
    driver hurt": the parser joins "driver" to "guard", or reads "a driver [was] hurt" as a
    clause of its own): one more person than the dead, with a fate of their own.

    >>> doc = nlp("The attack left a guard dead and a driver hurt.")  # doctest: +SKIP
    >>> _listed_apart(doc[7:9])                                      # doctest: +SKIP
    True
    """
    root = span.root
    if root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < root.i:
        return True
    verb = root.head  # "left one teen dead and a man wounded": read as "a man [was] wounded"
    return (
        root.dep_ == "nsubj"
        and verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and (reduced_after_leaving(verb))
    )


def _hurt_less_dead(doc: Doc, event: Event) -> Event:
    """ "Two men were shot outside a bar. One of them died in hospital": the dead told after a
    count of the hurt as a share of them (:func:`_share_of_those_told`) were among the hurt,
    who are that many fewer (hurt 1, dead 1; in one sentence, ``quantities._less_the_dead``)."""
    hurt = [q for q in event.quantities if q.kind == "injured"]
    dead = [q for q in event.quantities if q.kind == "dead"]
    if len(hurt) != 1 or not dead or parse_number(hurt[0].text) is None or vague_count(hurt[0]):
        return event  # no share of "dozens" hurt
    injured = hurt[0]
    # only dead told after the count can be a share of it ("one was killed ... two others
    # were hurt" tells none), whatever was told dead before it ("1 killed, 1 wounded ... both
    # victims were rushed to hospital, where one of them died")
    later = [q for q in dead if q.start > injured.end]
    share = sum(q.value for q in later if _share_of_those_told(doc, q) or _the_other_of_them(q))
    if not 0 < share < injured.value:
        return event
    fewer = injured.model_copy(update={"value": injured.value - share})
    return event.model_copy(
        update={"quantities": [fewer if q is injured else q for q in event.quantities]}
    )


def _the_other_of_them(q: Quantity) -> bool:
    """One person told dead as the rest of a count told before ("found two men with gunshot
    wounds ... the other man died": ``definite_words`` and ``remainder_words``), who is one of
    them, whatever was told dead before the count."""
    said = q.text.lower().split()[:2]
    w = words()
    return (
        parse_number(q.text) is None
        and len(said) == 2
        and said[0] in w.definite_words
        and said[1] in w.remainder_words
    )


def _share_of_those_told(doc: Doc, q: Quantity) -> bool:
    """A count of people told before: "one of them", "two of the victims" (a pronoun or a
    definite noun after a counting preposition), or a number that is its verb's subject with
    no noun to count ("One died at the scene")."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or parse_number(q.text) is None:
        return False
    number = span.root
    if number.dep_ in ("nsubj", "nsubjpass") and number.pos_ == "NUM":
        counted = of_object(number)
        return counted is None or counted.pos_ == "PRON" or _definite(counted)
    return False


def _definite(noun: Token) -> bool:
    """ "the victims", "the two men": a noun with a definite determiner."""
    return any(c.dep_ == "det" and c.lower_ in words().definite_words for c in noun.children)


def _without(event: Event, dropped: list[Quantity]) -> Event:
    """The event less the figures ``dropped``."""
    return event.model_copy(
        update={"quantities": [q for q in event.quantities if q not in dropped]}
    )


def _counted(doc: Doc, event: Event) -> Event:
    dead = [q for q in event.quantities if q.kind == "dead"]  # each kept by figures(every_dead)
    if len(dead) < 2:
        return event
    claimed = [q for q in dead if _part(doc, q) == "victims" and _claimed(doc, q) or denied(doc, q)]
    if claimed and len(claimed) < len(dead):
        # "officials said 12 soldiers were killed ... the rebels claimed 40": a count the
        # killers give of their own kill gives way to any other count, larger or not
        event = _without(event, claimed)
        dead = [q for q in dead if q not in claimed]
        if len(dead) < 2:
            return event
    vague = [q for q in dead if vague_count(q)]
    if vague and len(vague) < len(dead):
        # "18 were killed ... gunmen killed dozens": the count in figures stands (not the
        # rebels' claimed "40" beside the army's "dozens", dropped above)
        event = _without(event, vague)
        dead = [q for q in dead if q not in vague]
        if len(dead) < 2:
            return event
    parts: dict[str, list[Quantity]] = {"toll": [], "attackers": [], "victims": [], "more": []}
    for q in dead:
        parts[_part(doc, q)].append(q)
    # "Police said three died. But witnesses put the toll at 20": the smaller of rival counts
    rivals = rivals_dropped(doc, [q for q in dead if q not in parts["more"]])
    if rivals:
        event = _without(event, rivals)
        dead = [q for q in dead if q not in rivals]
        parts = {k: [q for q in v if q not in rivals] for k, v in parts.items()}
    whole = [q for q in dead if q not in parts["more"]] or parts["more"][:1]
    best = max(whole, key=lambda q: q.value)
    total = best.value
    if not parts["toll"] and parts["attackers"] and parts["victims"]:
        total = max(q.value for q in parts["attackers"]) + max(q.value for q in parts["victims"])
        best = max(parts["victims"], key=lambda q: q.value)
    last = max((q.start for q in [*parts["toll"], best]), default=best.start)
    if not any(_running_total(doc, q) or _in_the_headline(doc, q) for q in parts["toll"]):
        more = [
            q
            for q in parts["more"]
            if q.start > last
            and not _rise_of_a_toll(doc, q)
            and not (parts["toll"] and _beside_one_named(doc, q))
        ]
        total += sum(q.value for q in more if q is not best)
    kept = [q for q in event.quantities if q.kind != "dead"]
    merged = best.model_copy(update={"value": total})
    return event.model_copy(update={"quantities": sorted([*kept, merged], key=lambda q: q.start)})


def _claimed(doc: Doc, q: Quantity) -> bool:
    """A count of the dead that those who killed them give (of their victims: "the army said
    it killed 21 gunmen" counts the attackers, :func:`_part`): told under a verb of claiming
    ("the rebels claimed 40 soldiers died", "claimed responsibility for the deaths of 57":
    ``claim_verbs``; not "the blast claimed the lives of 12", a toll), in the phrase of a noun
    of claiming (:func:`_of_a_claim`), as the grounds of a higher toll
    (:func:`_a_rival_toll`), or as the object of a killing whose subject is the speaker ("the
    group said it killed 20 guards", a quote's "we killed 27": ``claimant_pronouns``).

    >>> doc = nlp("The rebels claimed that 40 soldiers died.")  # doctest: +SKIP
    >>> _claimed(doc, quantity_of("40"))                        # doctest: +SKIP
    True
    """
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    w = words()
    verbs = [t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")]
    if any(v.lemma_.lower() in w.claim_verbs and not lives_taken(v) for v in verbs):
        return True
    if _of_a_claim(span.root) or _a_rival_toll(span.root):
        return True
    killing = verbs[0] if verbs else None
    if killing is None or w.verb_kinds.get(killing.lemma_.lower()) != "dead":
        return False
    subject = next((c for c in killing.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in w.claimant_pronouns:
        return False
    reported = killing.dep_ == "ccomp" and killing.head.lemma_.lower() in _reporting_verbs()
    return reported or subject.lower_ in w.speaker_pronouns


def _of_a_claim(number: Token) -> bool:
    """A count told in the phrase of a noun of claiming (``claim_nouns``), below any verb:
    "the army denied the rebels' claim of 40 soldier deaths" is the rebels' count.

    >>> doc = nlp("Police rejected the gang's claim of 9 deaths.")  # doctest: +SKIP
    >>> _of_a_claim(token_of("9"))                                   # doctest: +SKIP
    True
    """
    claims = words().claim_nouns
    for t in number.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in claims:
            return True
    return False


def _a_rival_toll(number: Token) -> bool:
    """A count told as the grounds of a toll given as higher than another (a ``toll_nouns`` or
    ``count_nouns`` object with one of ``rival_toll_words``): "the rebels gave a higher death
    toll, saying nine soldiers died" is their claim against the count told before.

    >>> doc = nlp("The gang gave a higher toll, saying 8 guards died.")  # doctest: +SKIP
    >>> _a_rival_toll(token_of("8"))                                    # doctest: +SKIP
    True
    """
    w = words()
    tolls = set(w.toll_nouns) | w.count_nouns
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in tolls
        and any(a.dep_ == "amod" and a.lower_ in w.rival_toll_words for a in c.children)
        for v in number.ancestors
        if v.pos_ in ("VERB", "AUX")
        for c in v.children
    )


def _reporting_verbs() -> frozenset[str]:
    return word_set("reporting_verbs.yaml", "reporting_verbs")


def _part(doc: Doc, q: Quantity) -> str:
    """Whom a dead figure counts: ``toll`` (every side: "the death toll rose to 9", "one
    policeman and eight gunmen are dead"),
    ``more`` (dead told after others, :func:`_further`), ``attackers`` ("killed 4 gunmen")
    or ``victims`` (everyone else, and one person named as dead)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return "victims"
    if _further(span):
        return "more"
    if _running_total(doc, q) or sizes_a_toll(span.root) or toll_kind(span.root) is not None:
        # "bringing the death toll to 95", "bringing the total to 10": every side's
        return "victims" if _beside_the_attackers(span.root) else "toll"
    if _both_sides(span.root):
        return "toll"
    if parse_number(q.text) is None:
        return "victims"
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "quantmod") else root
    tolls = words().toll_nouns
    if noun.lemma_.lower() in tolls or any(
        t.lemma_.lower() in tolls for t in noun.head.subtree if t.i < noun.i
    ):
        return "victims" if _beside_the_attackers(span.root) else "toll"
    counted = of_object(noun) or noun  # "4 of the attackers"
    return "attackers" if counted.lemma_.lower() in words().attacker_nouns else "victims"


def _beside_the_attackers(number: Token) -> bool:
    """A toll told with the attackers' dead counted apart, in a phrase on its verb
    (``apart_preps``): "a statement put the number of deaths at nine, with 70 militants
    killed" counts the nine on the other side (9 + 70), not every side.

    >>> doc = nlp("Officials put the toll at six, with 40 gunmen killed.")  # doctest: +SKIP
    >>> _beside_the_attackers(token_of("six"))                           # doctest: +SKIP
    True
    """
    w = words()
    verb = next((t for t in number.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or number.dep_ == "pobj" and number.head.lower_ in w.rising_toll_preps:
        return False  # "the toll rose to 12, with five gunmen killed": up to every dead
    phrases = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in w.apart_preps]
    # told killed there, not "with five gunmen among the dead" (among the toll's)
    return any(
        any(t.like_num and t.head.lemma_.lower() in w.attacker_nouns for t in p.subtree)
        and any(w.verb_kinds.get(t.lemma_.lower()) == "dead" for t in p.subtree)
        for p in phrases
    )


def _running_total(doc: Doc, q: Quantity) -> bool:
    """A count of the dead up to the report's time (``running_total_phrases``: "six have died so
    far", "in all, 12 were killed"): it counts those told as "more" ("two more died on
    Thursday") already, which are not added to it.

    >>> doc = nlp("Six of the miners have died so far.")  # doctest: +SKIP
    >>> _running_total(doc, quantity_of("Six"))             # doctest: +SKIP
    True
    """
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    verb = (
        next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None) if span else None
    )
    if verb is None:
        return False
    phrases = words().running_total_phrases
    return any(
        doc[c.left_edge.i : c.right_edge.i + 1].text.lower() in phrases for c in verb.children
    )


def _in_the_headline(doc: Doc, q: Quantity) -> bool:
    """A toll told in the headline (``date_tenses.headline_end``) sums up the story below it:
    "Death toll hits 10" over "On Friday, one more person was killed" counts that one already.

    >>> doc = nlp(headline_and_story)                        # doctest: +SKIP
    >>> _in_the_headline(doc, quantity_of("10"))             # doctest: +SKIP
    True
    """
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and span.root.i < headline_end(doc)


def _beside_one_named(doc: Doc, q: Quantity) -> bool:
    """Dead named beside one victim ("the chief was killed along with two of his sons":
    ``fellow_words``): told after a toll, they are among its dead, not more.

    >>> doc = nlp("The toll stood at 9. A chief died along with two guards.")  # doctest: +SKIP
    >>> _beside_one_named(doc, quantity_of("two"))                             # doctest: +SKIP
    True
    """
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and fellow_verb(span.root) is not None


def _rise_of_a_toll(doc: Doc, q: Quantity) -> bool:
    """Dead told as "more" in a sentence that names a toll (``toll_nouns``): "the toll rose to
    nine after two more victims died" tells why the toll rose, and the toll counts them.

    >>> doc = nlp("The toll reached 7 when two more patients died.")  # doctest: +SKIP
    >>> _rise_of_a_toll(doc, quantity_of("two"))                        # doctest: +SKIP
    True
    """
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    tolls = words().toll_nouns
    return span is not None and any(t.lemma_.lower() in tolls for t in span.root.sent)


def _both_sides(noun: Token) -> bool:
    """A list of the dead that counts attackers and others together ("one policeman and eight
    gunmen are dead"): every side, as a toll."""
    attackers = words().attacker_nouns
    return len({t.lemma_.lower() in attackers for t in (noun, *noun.conjuncts)}) == 2


def _further(span: Span) -> bool:
    """ "two more died later", "another three soldiers died of their wounds", "a further five
    bodies were found", "was killed along with three civilians", "four died in the blast and
    two officers in the fire" (``quantities.gapped_remnant``): dead told as more than those
    told before (``further_after``, ``further_before``, ``fellow_words``), not "more than 50"."""
    doc, w = span.doc, words()
    if fellow_verb(span.root) is not None:
        return True  # "a police officer was killed along with three civilians"
    if gapped_remnant(span.root):
        return True  # "five died in the bombing and two officers in the shoot-out"
    after = doc[span.end] if span.end < len(doc) else None
    beyond = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and after.lower_ in w.further_after:
        return beyond is None or beyond.lower_ not in w.further_not_before
    return span.start > 0 and doc[span.start - 1].lower_ in w.further_before
