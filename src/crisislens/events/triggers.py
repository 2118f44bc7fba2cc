"""Triggers: the words in a sentence that name an event, with their PLOVER sense.

A trigger is a verb ("deployed"), a verb with its particle ("cracked down"), a light verb with
its object ("imposed a curfew", "sent troops") or an event noun ("the blockade", "a walkout").
Each kind is one rule below; VERB_RULES and NOUN_RULES give the order in which they are tried
(the first that matches a word wins), and the weights come from ``data/event_rules.yaml``.

>>> [t.sense.event_type for t in find_triggers(nlp("Troops fired tear gas at the strikers."), lex)]  # doctest: +SKIP
['COERCE', 'PROTEST']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from crisislens.data import load_yaml
from crisislens.events.date_anchors import date_words
from crisislens.events.lexicon import Lexicon, Sense
from crisislens.events.rules.arguments import argument_sense, in_class, of_objects
from crisislens.events.verb_vetoes import rescued_captive, vetoed
from crisislens.events.vocabulary import vocabulary
from crisislens.nlp.syntax import child, children, lemma, passive_agents

# where a light verb's deciding object sits: "imposed a curfew", "was declared a state of
# emergency", "took to the streets" (under a preposition, see object_trigger)
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "prt", "acomp", "advmod"})
# nouns that name an event only in some uses: skipped as compound modifiers ("protest leader")
# or as the predicate of a copula ("the real danger is a blockade")
NOUN_SKIP_DEPS = frozenset({"compound", "attr", "amod", "nmod"})
# names are not events: "the Orange Revolution", "Operation Desert Storm" are a name's tokens
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "DATE", "WORK_OF_ART"})
# the entity labels of a measure ("rose by 20 percent", "fell to 40", "doubled since May")
MEASURE_LABELS = frozenset({"PERCENT", "CARDINAL", "QUANTITY", "DATE"})
# what a trigger is: a verb, a verb with its particle, a verb its object decides, an event noun
TRIGGER_KINDS = ("verb", "phrasal", "object", "noun")


@dataclass
class Trigger:
    token: Token  # the head word
    words: list[Token]
    sense: Sense
    kind: str  # verb, phrasal, object, noun
    weight: float
    senses: tuple[Sense, ...] = ()  # every reading, for disambiguation by the actor's sector
    argument: Sense | None = None  # the reading its arguments give (rules/arguments.py)

    @property
    def start(self) -> int:
        return min(t.idx for t in self.words)

    @property
    def end(self) -> int:
        return max(t.idx + len(t.text) for t in self.words)


# -- verbs ------------------------------------------------------------------------------------
def _layer_penalty(sense: Sense) -> float:
    """A sense from the base layer (the CAMEO dictionary) weighs less than one of ours."""
    return vocabulary().weights.base_layer_penalty if sense.layer == "base" else 0.0


def _of_object(token: Token) -> Token | None:
    """The noun after "of" that completes ``token``: "state of emergency", "team of doctors"."""
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return child(prep, "pobj") if prep is not None else None


def _object_keys(token: Token) -> list[str]:
    """How an object is looked up: with its modifiers ("tear gas"), by lemma, by form."""
    keys = [lemma(token), token.lower_]
    modifiers = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")]
    if modifiers:  # "rubber bullets" as written, then as "rubber bullet"
        keys[:0] = [" ".join([*modifiers, token.lower_]), " ".join([*modifiers, lemma(token)])]
    return keys


def _with_partitive(sub: Token) -> list[Token]:
    """An object and, when it only counts or carries others ("a team of doctors", "a convoy
    of tanks") or names a condition ("a state of emergency": condition_nouns), what it counts
    or names."""
    words = vocabulary().words
    through_of = words.partitive_nouns | words.condition_nouns
    counted = _of_object(sub) if lemma(sub) in through_of else None
    return [counted, sub] if counted is not None else [sub]


def _object_candidates(token: Token) -> list[Token]:
    candidates: list[Token] = []
    for sub in token.children:
        if sub.dep_ in OBJECT_DEPS:
            candidates.extend(_with_partitive(sub))
            candidates.extend(children(sub, "conj"))
        elif sub.dep_ == "prep":  # "took to the streets"
            candidates.extend(children(sub, "pobj"))
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):  # "the curfew imposed"
        candidates.append(token.head)
    return candidates or _shared_passive_subject(token)


def _shared_passive_subject(token: Token) -> list[Token]:
    """What a passive conjunct with no subject or object of its own acts on: its head's
    passive subject ("the new tariffs will be announced and imposed this week": the tariffs
    are imposed too).

    >>> _shared_passive_subject(nlp("Tariffs were announced and imposed.")[4])  # doctest: +SKIP
    [Tariffs]
    """
    if token.dep_ != "conj" or token.tag_ != "VBN" or children(token, "nsubj", "nsubjpass"):
        return []
    return [o for s in children(token.head, "nsubjpass") for o in _with_partitive(s)]


def _object_tables(token: Token, lex: Lexicon) -> list[tuple[Token | None, dict[str, Sense]]]:
    """The object tables of a verb: a phrasal verb's first, with its particle ("took over the
    radio station": what is taken over), then the verb's own."""
    lemma_ = lemma(token)
    tables: list[tuple[Token | None, dict[str, Sense]]] = []
    if lemma_ in lex.phrasal_object_verbs:
        tables = [
            (sub, table)
            for sub in [*children(token, "prt", "prep", "advmod"), *_counted_particles(token)]
            if (table := lex.objects.get(f"{lemma_} {sub.lower_}"))
        ]
    own = lex.objects.get(lemma_)
    return [*tables, (None, own)] if own else tables


def _counted_particles(token: Token) -> list[Token]:
    """A particle the parse reads as a number's modifier: "over" in "had taken over three
    towns" ("over three", more than three)."""
    return [
        q
        for obj in children(token, "dobj")
        for number in children(obj, "nummod")
        for q in children(number, "quantmod")
        if q.i == token.i + 1
    ]


def _phrasal_objects(token: Token, particle: Token) -> list[Token]:
    """What a phrasal verb acts on: its direct object ("took over the airport") or the object
    of its own preposition, never of another ("took the train over the bridge to the
    station" takes over nothing)."""
    direct = [o for c in token.children if c.dep_ in OBJECT_DEPS for o in _with_partitive(c)]
    return direct + children(particle, "pobj")


def civil_emergency(noun: Token) -> bool:
    """An emergency met by doctors, rescuers or utilities, no political state of emergency
    (COERCE martial-law): named for a disaster, a disease or a shortage ("a drought emergency",
    "a public health emergency"), declared over one ("a state of emergency over the floods",
    "an emergency on the water supply"), or at or by a hospital, an airport or a plant
    ("the clinic declared an emergency after the blast"). "Declared a state of emergency in
    three provinces after the riots" stays (event_rules.yaml: civil_emergencies,
    emergency_settings, emergency_cause_preps).

    >>> civil_emergency(nlp("The clinic declared an emergency.")[4])    # doctest: +SKIP
    True
    """
    words = vocabulary().words
    civil = words.civil_emergencies | words.emergency_settings
    scope = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "a state of emergency"
        scope.append(noun.head.head)
    if scope[-1].dep_ == "pobj":  # "has been in a state of emergency"
        scope.append(scope[-1].head.head)
    elif scope[-1].dep_ in ("dobj", "nsubjpass") or scope[-1].head.pos_ == "VERB":
        scope.append(scope[-1].head)
    named = [m for t in scope[:2] for m in t.children if m.dep_ in ("amod", "compound", "nmod")]
    causes = [o for t in scope for o in _cause_objects(t, words.emergency_cause_preps)]
    subjects = [s for t in scope for s in children(t, "nsubj", "nsubjpass")]
    return any(_civil_word(w, civil) for w in [*named, *causes]) or any(
        _civil_word(s, words.emergency_settings) for s in subjects
    )


def _cause_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``token``'s prepositions among ``preps``, through a second word ("due
    to flooding", "because of the drought") and through a linking noun ("in response to the
    floods"; event_rules.yaml: emergency_link_nouns), no further ("amid protests over the
    economic crisis" is over protests)."""
    links = vocabulary().words.emergency_link_nouns
    found = []
    for prep in children(token, "prep"):
        if prep.lower_ not in preps:
            continue
        inner = children(prep, "pcomp", "prep")
        objects = [*children(prep, "pobj"), *(o for w in inner for o in children(w, "pobj"))]
        found += objects
        found += [
            o
            for obj in objects
            if lemma(obj) in links
            for p in children(obj, "prep")
            for o in children(p, "pobj")
        ]
    return found


def _civil_word(token: Token, words: frozenset[str]) -> bool:
    """The word, or one of its modifiers ("the flood situation"), is among ``words``."""
    modifiers = [m for m in token.children if m.dep_ in ("amod", "compound")]
    return any(lemma(w) in words or w.lower_ in words for w in [token, *modifiers])


def object_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """A light or ambiguous verb that its object decides: "imposed a curfew" is COERCE,
    "imposed tariffs" SANCTION, "sent envoys" CONSULT, "sent troops" MOBILIZE; a phrasal one
    too: "took over the airport" is a seizure, "took over as chairman" no event."""
    for particle, table in _object_tables(token, lex):
        if particle is None:
            objects = _object_candidates(token)
        else:
            objects = _phrasal_objects(token, particle)
        for obj in objects:
            for key in _object_keys(obj):
                sense = table.get(key)
                if sense is None:
                    continue
                if sense.mode == "martial-law" and civil_emergency(obj):
                    return None
                weight = vocabulary().weights.object_trigger - _layer_penalty(sense)
                words = [token, obj] if particle is None else [token, particle, obj]
                return Trigger(token, words, sense, "object", weight, (sense,))
    return None


def _particles(token: Token) -> list[Token]:
    """The words after a verb that can make it phrasal: its particle or preposition, a
    particle the parse reads as an adverb ("pulled its troops back"), and the "for" that opens
    its clause ("pushing for the allies to send aid": the parse hangs "for" on the clause)."""
    found = children(token, "prt", "prep", "dobj", "advmod")
    for clause in children(token, "advcl", "xcomp", "ccomp"):
        marks = children(clause, "mark")
        found.extend(m for m in marks if m.lower_ in vocabulary().words.clause_particles)
    return found


def phrasal_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """A verb with its particle or preposition: "cracked down", "pulled out", "called off";
    not with a subject that makes it no event ("the tanker is heading to the port",
    event_rules.yaml: no_event_subjects)."""
    barred = vocabulary().no_event_subjects.get(lemma(token), frozenset())
    if any(lemma(s) in barred for s in children(token, "nsubj")):
        return None
    for sub in _particles(token):
        if sub.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in sub.children):
            continue  # "called the governor on Monday" is no "call on"
        senses = lex.phrasal.get((lemma(token), lemma(sub)))
        if senses and not _needs_an_explosive(token, sub):
            weights = vocabulary().weights
            weight = weights.verb_trigger + weights.phrasal_bonus - _layer_penalty(senses[0])
            return Trigger(token, [token, sub], senses[0], "phrasal", weight, tuple(senses))
    return None


def _needs_an_explosive(token: Token, particle: Token) -> bool:
    """ "The bomb went off" is an explosion; "the alarm went off" none: these phrasal verbs
    need an explosive as their subject (event_rules.yaml: weapon_subject_phrasals,
    explosive_subjects)."""
    words = vocabulary().words
    if f"{lemma(token)} {lemma(particle)}" not in words.weapon_subject_phrasals:
        return False
    subjects = children(token, "nsubj", "nsubjpass")
    return not any(lemma(s) in words.explosive_subjects for s in subjects)


def verb_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """A verb of the lexicon on its own: "the militia ambushed a convoy" (ASSAULT)."""
    senses = lex.verbs.get(lemma(token))
    if not senses:
        return None
    weight = vocabulary().weights.verb_trigger - _layer_penalty(senses[0])
    return Trigger(token, [token], senses[0], "verb", weight, tuple(senses))


def vehicle_attack(token: Token, lex: Lexicon) -> Trigger | None:
    """A vehicle driven into people or a target by an attacker, or laden with explosives, is
    an attack (ASSAULT), no movement and no mobilisation: "a suicide bomber crashed into a
    patrol", "an attacker rammed a car packed with explosives into the checkpoint"; "a man
    drove a truck into a crowd" says too little (event_rules.yaml: ramming_verbs,
    ramming_preps, aimed_ramming_verbs, vehicle_attackers, explosive_cues).

    >>> vehicle_attack(nlp("A suicide bomber rammed a convoy.")[3], lex).sense   # doctest: +SKIP
    Sense(event_type='ASSAULT', mode='suicide-attack', ...)
    """
    words = vocabulary().words
    if lemma(token) not in words.ramming_verbs:
        return None
    aimed = any(p.lower_ in words.ramming_preps for p in children(token, "prep", "prt"))
    if not aimed and lemma(token) not in words.aimed_ramming_verbs:  # "rammed the convoy"
        return None
    drivers = [*children(token, "nsubj"), *passive_agents(token)]
    vehicles = [*children(token, "dobj"), *drivers]
    said = {form for v in vehicles for w in v.subtree for form in (lemma(w), w.lower_)}
    if not said & (words.vehicle_attackers | words.explosive_cues):
        return None
    mode = "suicide-attack" if "suicide" in said else None
    mode = mode or ("explosives" if said & words.explosive_cues else None)
    sense = Sense("ASSAULT", mode)
    weight = vocabulary().weights.verb_trigger
    return Trigger(token, [token], sense, "verb", weight, (sense,))


def rescue_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """A rescue of others' captives is the security operation that ends a hostage-taking:
    "commandos freed 40 hostages", "police rescued 12 kidnapped traders" (verb_vetoes.
    rescued_captive). Neither a release by the captors (RETREAT) nor aid, it is coded as the
    abduction it ends is, an ASSAULT (PLOVER's mode abduct; the analyst gold keeps a hostage
    siege and its clearance as one happening), and joins that abduction where the report tells
    it, second to it (weights: rescue_trigger). The captive decides, as an object trigger's
    object does.

    >>> rescue_trigger(nlp("Commandos freed 40 hostages.")[1], lex).sense  # doctest: +SKIP
    Sense(event_type='ASSAULT', mode=None)
    """
    captive = rescued_captive(token)
    if captive is None:
        return None
    sense = Sense("ASSAULT", None)
    weight = vocabulary().weights.rescue_trigger
    return Trigger(token, [token, captive], sense, "object", weight, (sense,))


def declared_unwelcome(token: Token, lex: Lexicon) -> Trigger | None:
    """A diplomat declared "persona non grata" is expelled (SANCTION expel): "Velm declared two
    Kestish diplomats persona non grata", "the envoy was declared persona non grata" (event_rules.
    yaml: unwelcome_verbs, unwelcome_heads, unwelcome_marks). The parse may read "persona" as
    a verb of its own or an adjective, so the phrase is found among the words the verb
    governs, or those they govern.

    >>> declared_unwelcome(nlp("Velm declared him persona non grata.")[1], lex).sense  # doctest: +SKIP
    Sense(event_type='SANCTION', mode='expel')
    """
    words = vocabulary().words
    if lemma(token) not in words.unwelcome_verbs:
        return None
    near = list(token.children) + [g for c in token.children for g in c.children]
    heads = [t for t in near if t.lower_ in words.unwelcome_heads]
    marks = [t for t in near if t.lower_ in words.unwelcome_marks]
    if not heads or not marks:
        return None
    sense = Sense("SANCTION", "expel")
    weight = vocabulary().weights.object_trigger
    return Trigger(token, [token, heads[0], marks[0]], sense, "object", weight, (sense,))


VERB_RULES = (
    rescue_trigger,
    declared_unwelcome,
    object_trigger,
    vehicle_attack,
    phrasal_trigger,
    verb_trigger,
)


# -- nouns ------------------------------------------------------------------------------------
@cache
def weapon_nouns() -> frozenset[str]:
    """``data/article.yaml`` (weapon_nouns): nouns that name a weapon, not an act."""
    text = (resources.files("crisislens") / "data" / "article.yaml").read_text("utf-8")
    return frozenset(load_yaml(text)["weapon_nouns"])


def names_a_weapon(token: Token, modifier: Token | None = None) -> bool:
    """ "The bomb went off", "threw grenades", "a car bomb": a weapon is what an act is done
    with, told by its verb ("went off", "threw", "killed"); the noun is no event of its own.

    >>> names_a_weapon(nlp("A grenade hit the bus.")[1])  # doctest: +SKIP
    True
    """
    words = weapon_nouns()
    if modifier is not None and f"{lemma(modifier)} {lemma(token)}" in words:
        return True
    return lemma(token) in words or token.lower_ in words


def figurative(token: Token, sense: Sense) -> bool:
    """A fight in words, courts or markets is no violence: "a tariff fight", "a trade war",
    "a legal battle", "a war of words" (event_rules.yaml: figurative_modifiers). Only a
    violent or a protest reading can be figurative: "trade talks" and "economic sanctions"
    stay (event_rules.yaml: figurative_types).

    >>> figurative(nlp("They lost a court fight.")[4], Sense("ASSAULT"))   # doctest: +SKIP
    True
    """
    if sense.event_type not in vocabulary().words.figurative_types:
        return False
    words = vocabulary().words.figurative_modifiers
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    modifiers += of_objects(token)
    return any(lemma(m) in words or m.lower_ in words for m in modifiers)


def accidental(token: Token, sense: Sense) -> bool:
    """A blast by mishap is no one's act: "two accidental explosions killed the bomb makers",
    "the shell detonated accidentally"; an accidental shooting stays an event, its casualties
    counted (event_rules.yaml: accident_modifiers, accident_modes).

    >>> blast = Sense("ASSAULT", "explosives")  # doctest: +SKIP
    >>> accidental(nlp("An accidental blast hit the depot.")[2], blast)   # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if sense.mode not in words.accident_modes:
        return False
    modifiers = words.accident_modifiers
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in modifiers for c in token.children)


def compound_noun_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """A two-word event noun: "hunger strike", "martial law", "suicide bombing"; its modifier
    may stand behind others ("a successful counterterrorism strike")."""
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    if not modifiers or any(names_a_weapon(token, m) for m in modifiers):
        return None
    found = (
        (
            m,
            lex.compound_nouns.get((lemma(m), lemma(token)))
            or lex.compound_nouns.get((m.lower_, token.lower_)),
        )
        for m in reversed(modifiers)
    )
    modifier, senses = next(((m, s) for m, s in found if s), (None, None))
    if modifier is None or not senses:
        return None
    weights = vocabulary().weights
    weight = weights.noun_trigger + weights.compound_noun_bonus
    return Trigger(token, [modifier, token], senses[0], "noun", weight, tuple(senses))


def borrowed_money(token: Token) -> bool:
    """A loan that a party takes on, owes or pays back is its debt, no aid between parties:
    "the utility racked up $30 billion in loans", "the firm took out two loans" (event_rules.yaml:
    credit_nouns, debtor_verbs); "China extended a loan to Laos" stays AID.

    >>> borrowed_money(nlp("The firm took out loans.")[4])            # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) not in words.credit_nouns:
        return False
    head = token
    if token.dep_ == "pobj" and token.head.lower_ == "in":  # "$30 billion in loans"
        head = token.head.head
    return head.dep_ == "dobj" and lemma(head.head) in words.debtor_verbs


def keeps_a_state(verb: Token) -> bool:
    """ "They should keep their pledges open", "must keep the talks alive": keeping a thing as
    it is asks for no new act, and what is kept is no event of the report's time
    (event_rules.yaml: keeping_verbs, kept_states; rules/draft.py, demands_an_act).

    >>> keeps_a_state(nlp("They should keep the offer open.")[2])    # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(verb) not in words.keeping_verbs:
        return False
    return any(lemma(c) in words.kept_states for c in children(verb, "oprd", "acomp", "ccomp"))


def changing_count(token: Token) -> bool:
    """Plural event nouns that rise or fall are a statistic, no happening: "kidnappings have
    doubled since January", "attacks on aid workers rose by a third" (event_rules.yaml:
    count_change_verbs, with a measure unless the verb is one: "protests grew across the
    country" is the protests spreading).

    >>> changing_count(nlp("Kidnappings have doubled.")[0])           # doctest: +SKIP
    True
    """
    words = vocabulary().words
    verb = token.head
    if token.dep_ != "nsubj" or token.tag_ not in ("NNS", "NNPS"):
        return False
    if lemma(verb) in words.numeric_change_verbs:
        return True
    if lemma(verb) not in words.count_change_verbs:
        return False
    preps = [p for p in children(verb, "prep") if p.lower_ in words.measure_preps]
    return any(
        p.lower_ == "since"
        or o.like_num
        or o.ent_type_ in MEASURE_LABELS
        or lemma(o) in words.measure_words
        for p in preps
        for o in children(p, "pobj")
    )


def unit_as_target(token: Token) -> bool:
    """A patrol that something is driven into, goes off near or is aimed at, or that came under
    fire, is the unit, no deployment: "a suicide bomber crashed into a patrol", "a bomb
    exploded near a police patrol", "soldiers on patrol were ambushed", "the patrol came under
    fire" (event_rules.yaml: unit_nouns, target_preps, undergoing_verbs); "police stepped up
    patrols" stays.

    >>> unit_as_target(nlp("A mine hit near an army patrol.")[6])      # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if lemma(token) in words.unit_nouns and token.dep_ == "nsubj":
        return _comes_under(token.head)  # "the patrol came under fire"
    if lemma(token) not in words.unit_nouns or token.dep_ != "pobj":
        return False
    return token.head.lower_ in words.target_preps


def _comes_under(verb: Token) -> bool:
    """Whether ``verb`` is one that its subject undergoes with "under": "came under fire"."""
    under = any(p.lower_ == "under" for p in children(verb, "prep"))
    return under and lemma(verb) in vocabulary().words.undergoing_verbs


def came_under_fire(token: Token, lex: Lexicon) -> Trigger | None:
    """Fire that a target came under is an attack on it: "the convoy came under heavy fire",
    "their posts came under intense gunfire" (event_rules.yaml: undergoing_verbs, fire_nouns,
    read as fire_verbs is; the subject of a class in fired_on_classes). "The minister came
    under fire from lawmakers" was criticised, and "fire" alone stays a blaze. A participle
    on the verb tells the attack itself ("came under fire near Aro, killing two soldiers"):
    the fire is no second one.

    >>> came_under_fire(nlp("The convoy came under fire.")[4], lex).sense.event_type  # doctest: +SKIP
    'ASSAULT'
    """
    words = vocabulary().words
    if lemma(token) not in words.fire_nouns or token.dep_ != "pobj":
        return None
    verb = token.head.head
    if token.head.lower_ != "under" or not _comes_under(verb):
        return None
    if any(c.tag_ == "VBG" for c in children(verb, "advcl", "xcomp", "conj")):
        return None
    classes = [lex.argument_classes[name] for name in sorted(words.fired_on_classes)]
    if not any(in_class(s, kind) for s in children(verb, "nsubj") for kind in classes):
        return None
    senses = next((s for name in sorted(words.fire_verbs) if (s := lex.verbs.get(name))), None)
    if not senses:
        return None
    weight = vocabulary().weights.noun_trigger
    return Trigger(token, [token], senses[0], "noun", weight, tuple(senses))


def existential(token: Token) -> bool:
    """The noun is what "there is" says exists: "there was an explosion near the market",
    "there were clashes in the capital" tell that it happened (no copula's predicate that
    describes a subject, as in "the real danger is a blockade").

    >>> existential(nlp("There were clashes in the capital.")[2])      # doctest: +SKIP
    True
    """
    return token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children)


def lacking(token: Token) -> bool:
    """An event noun that names what people lack or have no access to is no act told:
    "families have little or no access to aid", "a shortage of food aid", "the lack of talks"
    (event_rules.yaml: lacking_heads, lacking_preps).

    >>> lacking(nlp("They have no access to aid.")[5])                 # doctest: +SKIP
    True
    """
    words = vocabulary().words
    if token.dep_ != "pobj" or token.head.lower_ not in words.lacking_preps:
        return False
    return lemma(token.head.head) in words.lacking_heads


def in_the_spirit_of(token: Token) -> bool:
    """An event noun after a bare "in" says in what spirit or for what another act was done:
    "farmers marched in rejection of the land law", "shops shut in solidarity with the
    strikers" (event_rules.yaml: manner_nouns). The act it qualifies is the event; "in a show
    of support" or "in the rejection of the bid" are read as written.

    >>> in_the_spirit_of(nlp("They marched in rejection of the law.")[3])  # doctest: +SKIP
    True
    """
    if token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    if any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    return lemma(token) in vocabulary().words.manner_nouns


def fled_from(token: Token) -> bool:
    """An event noun that people fled, or fled from, names the cause of their flight, no
    happening of its own: "nearly 8,000 residents had fled junta raids", "families fleeing
    the fighting", "they fled from the clashes" (event_rules.yaml: fleeing_verbs).

    >>> fled_from(nlp("Families fled the fighting.")[3])               # doctest: +SKIP
    True
    """
    fleeing = vocabulary().words.fleeing_verbs
    if token.dep_ == "dobj":
        return lemma(token.head) in fleeing
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "from" and lemma(prep.head) in fleeing


def noun_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """An event noun: "the blockade", "a walkout". Not as a modifier ("strike leaders") or a
    copula's predicate, except before a generic head ("a rescue operation", and "a looting
    spree" where the tagger reads the gerund as a noun modifier) or after an existential
    "there is" ("there was an explosion"). Vague nouns ("unrest") weigh less."""
    senses = lex.nouns.get(lemma(token)) or lex.nouns.get(token.lower_)
    modifier = token.dep_ in ("compound", "amod")
    generic_head = modifier and lemma(token.head) in lex.generic_heads
    if not senses or (token.dep_ in NOUN_SKIP_DEPS and not generic_head and not existential(token)):
        return None
    if names_a_weapon(token) or figurative(token, senses[0]) or accidental(token, senses[0]):
        return None
    if borrowed_money(token) or changing_count(token) or unit_as_target(token) or lacking(token):
        return None
    if in_the_spirit_of(token) or fled_from(token):
        return None
    if senses[0].mode == "martial-law" and civil_emergency(token):
        return None
    if token.dep_ == "dobj" and keeps_a_state(token.head):
        return None
    weights = vocabulary().weights
    weight = weights.vague_trigger if lemma(token) in lex.vague_nouns else weights.noun_trigger
    return Trigger(token, [token], senses[0], "noun", weight, tuple(senses))


def _gerund_verb(word: str, lex: Lexicon) -> str | None:
    """The lexicon verb an -ing form is made from: "looting" loot, "raiding" raid, "stabbing"
    stab, "torching" torch, "making" make."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    candidates = (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else None)
    return next((c for c in candidates if c and c in lex.verbs), None)


def gerund_before_generic_head(token: Token, lex: Lexicon) -> Trigger | None:
    """An -ing noun before a generic head names the head's event, whatever the tagger made of
    it ("began a looting spree" with "looting" an adjectival noun, "a shelling campaign"):
    read as the event noun, else as the verb it is made from.

    >>> gerund_before_generic_head(nlp("Troops began a looting spree.")[3], lex).sense.event_type  # doctest: +SKIP
    'COERCE'
    """
    if token.dep_ not in NOUN_SKIP_DEPS or lemma(token.head) not in lex.generic_heads:
        return None
    verb = _gerund_verb(token.lower_, lex)
    senses = lex.nouns.get(token.lower_) if verb else None
    senses = senses or (lex.verbs.get(verb) if verb else None)
    if not senses:
        return None
    weight = vocabulary().weights.noun_trigger
    return Trigger(token, [token], senses[0], "noun", weight, tuple(senses))


NOUN_RULES = (compound_noun_trigger, noun_trigger, gerund_before_generic_head, came_under_fire)


def _first(rules, token: Token, lex: Lexicon) -> Trigger | None:
    return next((t for rule in rules if (t := rule(token, lex)) is not None), None)


def drop_carrying_light_verbs(found: dict[int, Trigger], lex: Lexicon) -> None:
    """A light verb with an event noun as its object says nothing of its own: in "held talks"
    or "mounted an offensive" only the noun is an event."""
    for i, trigger in list(found.items()):
        if (
            trigger.kind == "verb"
            and lemma(trigger.token) in lex.pure_light_verbs
            and any(
                c.dep_ == "dobj" and c.i in found and found[c.i].kind == "noun"
                for c in trigger.token.children
            )
        ):
            del found[i]


def drop_motives(found: dict[int, Trigger]) -> None:
    """An event noun after a bare "in" on a state's measure or summons says why that act was
    done, no happening of its own: in "Kestia summoned the envoy in protest over the shelling"
    only the summons is an event, and "recalled its ambassador in protest at the ruling" holds
    no street protest (event_rules.yaml: motive_nouns, motive_acts); so does a noun after "for"
    that tells what the act is for ("recalled its ambassador for consultations": measure_purposes).
    On other acts the noun stays: "shops closed in protest" and "set himself on fire in
    protest" are protests."""
    for i, trigger in list(found.items()):
        token, words = trigger.token, vocabulary().words
        if trigger.kind != "noun" or token.dep_ != "pobj":
            continue
        motive = token.head.lower_ == "in" and lemma(token) in words.motive_nouns
        purpose = token.head.lower_ == "for" and lemma(token) in words.measure_purposes
        if not (motive or purpose):
            continue
        if any(c.dep_ in ("det", "poss") for c in token.children):
            continue  # "in a protest outside the embassy" is where, not why
        act = found.get(token.head.head.i)
        if act is not None and act.sense.event_type in words.motive_acts:
            del found[i]


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    """All event triggers in ``sent``, at most one per head word: verbs first (a verb's
    deciding object or particle is not a trigger of its own), then nouns. The base lexicon
    layer (the CAMEO dictionary) is a fallback: it codes a sentence our own lexicon finds
    nothing in."""
    found = _find_triggers(sent, lex.hand_layer())
    if not found and lex.has_base:
        found = _find_triggers(sent, lex)
    for trigger in found:
        if trigger.kind != "object":  # an object trigger's object has decided already
            trigger.argument = argument_sense(trigger.token, _word_key(trigger), lex)
    return found


def _word_key(trigger: Trigger) -> str:
    """How the lexicon names the trigger's word: its lemma, or "verb particle"."""
    return (
        " ".join(lemma(t) for t in trigger.words)
        if trigger.kind == "phrasal"
        else lemma(trigger.token)
    )


def dated_month(token: Token) -> bool:
    """A month's name beside a day or a year ("Around 10 March 2022, gunmen ...", "by March
    4"), where the tagger found no date: a date, never a march.

    >>> dated_month(nlp("Around 10 March 2022, gunmen killed two men.")[2])  # doctest: +SKIP
    True
    """
    if not token.is_title or token.lower_ not in date_words().months:
        return False
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.like_num for t in beside)


def _find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    found: dict[int, Trigger] = {}
    consumed: set[int] = set()
    for token in sent:
        if token.pos_ != "VERB" or token.dep_ in ("aux", "auxpass"):
            continue
        # the lexicon first: most verbs are no trigger, and the checks below only veto one
        trigger = _first(VERB_RULES, token, lex)
        if trigger is None or accidental(token, trigger.sense) or vetoed(token, lex):
            continue
        found[token.i] = trigger
        consumed.update(t.i for t in trigger.words)
    for token in sent:
        if token.i in found or token.i in consumed or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.ent_type_ in NAME_LABELS or dated_month(token):
            continue
        trigger = _first(NOUN_RULES, token, lex)
        if trigger is not None:
            found[token.i] = trigger
    drop_carrying_light_verbs(found, lex)
    drop_motives(found)
    return [found[i] for i in sorted(found)]
