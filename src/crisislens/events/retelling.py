"""Mentions that tell a happening again, and mentions that tell a further one, by their words.

Wire reports retell an attack by its toll and list further acts with "also"; the grouping
(events/happenings.py) reads these words here (``data/article.yaml``: retelling):

- a *toll* mention: an event noun whose toll the sentence gives ("the death toll from
  Saturday's bombings rose to 52", "the toll in the raid on Kerro climbed to 14") retells an
  attack the report tells in words of its own, before or after; it joins that happening, and
  is one of its own only where the report tells none it could be;
- a *toll clause*: a clause that tells only the people killed or hurt, with no doer, place or
  day of its own ("More than 90 people were wounded."), retells the toll of the attack told
  nearest it, in whatever paragraph;
- a *further target*: an attack that "also" hits a place or a target of its own ("Gunmen also
  attacked a village mosque overnight") is another happening than the attack told before it,
  whatever it shares with it ("the gunmen also killed two guards" may be the same one);
- a *further report*: a sentence that opens on "Also" and a time or place ("Also on Monday,
  insurgents raided a police station in Bannu district") tells another happening than those
  told before it, and so does one that opens on "Separately", "Elsewhere" or "In another
  incident" (``separate``);
- a *later news*: a clause set after the verb that brings the news ("The raid came two days
  after rebels ambushed a convoy near Tarso": ``came_after``) tells an earlier happening than
  the news, and so does an event noun brought in by "a" on a day of its own, other than the
  day a happening told before is dated to ("A bombing near the port on Tuesday also killed
  six": ``indefinite_noun``);
- a *further party*: an attack by a party brought in as another ("Another group of bandits
  abducted nine travellers": ``another_doer``) is another happening than those told before;
- a *retaliation*: an act told as done in return for another ("killed 200 militants in
  retaliatory raids": ``retaliating``) is another happening than the acts told in other
  sentences.

>>> toll_mention(bombings_in_the_death_toll_from_the_bombings)  # doctest: +SKIP
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from crisislens.data import read_yaml, word_set
from crisislens.events.candidates import Candidate, head_token, told_roles
from crisislens.events.pairs import name_words
from crisislens.events.quantities import casualty_clause
from crisislens.events.triggers import weapon_nouns
from crisislens.nlp.doc_cache import per_doc
from crisislens.nlp.syntax import clause_head, subject
from crisislens.schemas import Place

# the places too wide to set two attacks apart: a country, a region, a sea
WIDE_PLACES = frozenset({"country", "region", "sea", "continent"})


@dataclass(frozen=True)
class RetellingWords:
    """``data/article.yaml`` (retelling, attack_types, new_object_nouns)."""

    toll_nouns: frozenset[str]
    toll_preps: frozenset[str]
    further_adverbs: frozenset[str]
    target_nouns: frozenset[str]
    attack_types: frozenset[str]
    retold_kinds: frozenset[str] = frozenset()
    retold_least: float = 1.0
    news_verbs: frozenset[str] = frozenset()
    news_markers: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()
    other_party: frozenset[str] = frozenset()
    attack_nouns: frozenset[str] = frozenset()
    single_doer_sectors: frozenset[str] = frozenset()
    armed_group_sectors: frozenset[str] = frozenset()
    step_markers: frozenset[str] = frozenset()
    time_units: frozenset[str] = frozenset()


@cache
def retelling_words() -> RetellingWords:
    data = read_yaml("article.yaml")
    words = data["retelling"]
    return RetellingWords(
        toll_nouns=frozenset(words["toll_nouns"]),
        toll_preps=frozenset(words["toll_preps"]),
        further_adverbs=frozenset(words["further_adverbs"]),
        target_nouns=frozenset(data["new_object_nouns"]) | frozenset(words["target_nouns"]),
        attack_types=frozenset(data["attack_types"]),
        retold_kinds=frozenset(words["retold_counts"]["kinds"]),
        retold_least=float(words["retold_counts"]["least"]),
        news_verbs=frozenset(words["news_verbs"]),
        news_markers=frozenset(words["news_markers"]),
        indefinite=frozenset(words["indefinite_determiners"]),
        other_party=frozenset(words["other_party_words"]),
        attack_nouns=frozenset(words["attack_nouns"]),
        single_doer_sectors=frozenset(words["single_doer_sectors"]),
        armed_group_sectors=frozenset(words["armed_group_sectors"]),
        step_markers=frozenset(words["step_markers"]),
        time_units=frozenset(words["step_spans"]),
    )


def toll_mention(c: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``c`` is an event noun whose toll its sentence gives: "the death toll from
    Saturday's bombings rose to 52", "the toll in Monday's raid" (not "a toll road", nor "the
    bombings took a heavy toll")."""
    w = words or retelling_words()
    head = head_token(c.tokens)
    if head is None or not c.noun or head.dep_ != "pobj" or c.event.modality != "asserted":
        return False
    prep = head.head
    return prep.lower_ in w.toll_preps and prep.head.lemma_.lower() in w.toll_nouns


def toll_clause(c: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``c`` is a clause that tells only the people killed or hurt, with no doer, place
    or day of its own: "More than 90 people were wounded." (not "Two soldiers were killed in
    Korva on Monday", nor "a man was shot by police": ``quantities.casualty_clause``)."""
    w = words or retelling_words()
    verb = head_token(c.tokens)
    e = c.event
    if verb is None or c.noun or c.tally or e.event_type not in w.attack_types:
        return False
    if e.modality != "asserted" or e.location is not None or c.date is not None:
        return False
    return told_roles(e)[0] is None and casualty_clause(verb)


def further_target(c: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``c`` is an attack told by a verb that "also" hits a place or a target of its
    own: "Gunmen also attacked a village mosque overnight" (not "the gunmen also killed two
    guards", nor "they also burned the market", a spoil of the raid: no attack type)."""
    w = words or retelling_words()
    verb = head_token(c.tokens)
    if verb is None or not further_attack(c, w):
        return False
    return any(_target(t, w.target_nouns) for t in verb.children)


def further_attack(c: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``c`` is an attack told by a verb that "also" acts: "the bandits also attacked
    residents of Tsafe", "gunmen also stormed a farm" (not "the attack also wounded six", nor
    "six officers were also wounded in the attack in Bannu", a clause that adds to the toll:
    ``quantities.casualty_clause``)."""
    w = words or retelling_words()
    verb = head_token(c.tokens)
    if verb is None or c.noun or verb.pos_ != "VERB" or c.event.event_type not in w.attack_types:
        return False
    if casualty_clause(verb):
        return False
    return any(t.dep_ == "advmod" and t.lower_ in w.further_adverbs for t in verb.children)


def came_after(c: Candidate, words: RetellingWords | None = None) -> Token | None:
    """The verb that brings the report's news, where ``c``'s clause is set after it: "The raid
    came two days after rebels ambushed a convoy near Tarso" (came, for "ambushed"), "It came
    after the shelling of a market in Velo" (came, for "shelling"); else None. ``c`` tells an
    earlier happening than the one the verb's subject names."""
    w = words or retelling_words()
    marker = c.scope
    if marker is None or marker.lower_ not in w.news_markers:
        return None
    if marker.dep_ == "mark" and marker.head.dep_ == "advcl":
        verb = marker.head.head
    elif marker.dep_ == "prep":
        verb = marker.head
    else:
        return None
    return verb if verb.lemma_.lower() in w.news_verbs else None


def indefinite_noun(c: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``c`` is an event noun brought in by an indefinite article as the subject of its
    clause: "A bombing near the port on Tuesday also killed six" names a happening not told
    before (not "the bombing", nor "Tuesday's bombing", nor "the bus came under a gun attack on
    Tuesday", which may tell the happening told before)."""
    head = _indefinite_head(c, words)
    return head is not None and head.dep_ in ("nsubj", "nsubjpass")


def _indefinite_head(c: Candidate, words: RetellingWords | None = None) -> Token | None:
    """The head of an event noun brought in by an indefinite article, wherever it stands ("a
    suicide bombing" in "mourning the victims of a suicide bombing"), else None."""
    w = words or retelling_words()
    head = head_token(c.tokens)
    while head is not None and head.dep_ == "compound":
        head = head.head  # "A double suicide bombing": the noun "suicide" names
    if head is None or not c.noun:
        return None
    return (
        head if any(t.dep_ == "det" and t.lower_ in w.indefinite for t in head.children) else None
    )


def before_the_news(c: Candidate, told: dict[int, Candidate]) -> bool:
    """Whether ``c`` tells an earlier happening than the news its sentence brings (``came_after``),
    the subject of that verb being a pronoun ("It came a day after a bus was bombed in Orvel")
    or a mention of ``c``'s type (``told``: the mentions by their head token, "The raid came two
    days after rebels raided a depot"). It may be one happening only with a mention of its own
    sentence: not with the news told before, whatever it shares with it. "The arrests came after
    protesters stormed the town hall" (another type) may tell the storming the report told."""
    verb = came_after(c)
    if verb is None:
        return False
    doer = subject(verb)
    news = told.get(doer.i) if doer is not None else None
    return news is None or news.event.event_type == c.event.event_type


def another_day(c: Candidate, members: list[Candidate]) -> bool:
    """Whether ``c`` is an event noun brought in by "a" (``indefinite_noun``), dated to a day by
    its own words, where a member of a happening is dated to another day by its own: "Rebels
    stormed a depot in Kassala on Saturday ... A bombing in the south on Thursday also killed
    six soldiers" are two, though two days apart ("shot on Monday, died on Tuesday" may be
    one). Such a noun elsewhere in its clause ("the city mourns the victims of a bombing at a
    bus station on Saturday", after a raid on Monday) is another happening where the two days
    are two or more apart: "residents said on Friday ... in a raid on Thursday night" may be
    one, the first day being the report's.

    >>> another_day(a_bombing_on_saturday, [stormed_a_post_on_monday])  # doctest: +SKIP
    True
    """
    day = c.date
    if day is None or day.precision != "day" or _indefinite_head(c) is None:
        return False
    least = 1 if indefinite_noun(c) else 2
    own = _day(day.date)
    return own is not None and any(
        m.date is not None
        and m.date.precision == "day"
        and (other := _day(m.date.date)) is not None
        and abs((own - other).days) >= least
        for m in members
        if not m.part
    )


def _day(text: str) -> date | None:
    """A day told as YYYY-MM-DD, else None."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def elsewhere_another_day(
    c: Candidate, members: list[Candidate], words: RetellingWords | None = None
) -> bool:
    """Whether ``c`` is an attack that a day and a place of its own, both named, set apart from
    a happening's ``members``: each member dated to a day by its own words is dated to another,
    and each placed by a name narrower than a country is placed under another name. "Nine
    guards were killed in a suicide attack in Sarvan on Monday ... On Saturday, two others were
    killed in a suicide attack in Delto district" are two, though two days apart and maybe near
    each other; a clause that tells only the dead must name its attack by a noun brought in by
    "a" ("in a suicide attack"): "he died in hospital in Delto on Tuesday" may be the Monday
    shooting in Sarvan."""
    w = words or retelling_words()
    day, place, verb = c.date, c.event.location, head_token(c.tokens)
    if day is None or day.precision != "day" or not _named_narrow(place) or verb is None:
        return False
    if c.event.event_type not in w.attack_types or place is None:
        return False
    if not c.noun and casualty_clause(verb) and not _in_an_attack(verb, w):
        return False
    dated = [m.date for m in members if not m.part and m.date is not None]
    days = {d.date for d in dated if d.precision == "day"}
    named = place.name.casefold()
    places = {
        m.event.location.name.casefold()
        for m in members
        if not m.part and m.event.location is not None and _named_narrow(m.event.location)
    }
    return bool(days) and day.date not in days and bool(places) and named not in places


def other_province(
    c: Candidate, members: list[Candidate], words: RetellingWords | None = None
) -> bool:
    """Whether ``c`` is an attack placed by a name in a province (the province itself, or a
    town the gazetteer puts in one) where no member of a happening is, one member at least
    being placed in a province: "Two soldiers were killed by a roadside bomb in Nangarhar
    province ... Tuesday's attack in Kunar province killed three soldiers" are two, however
    near the two provinces are ("a bomb in Jalalabad ... the blast in Nangarhar province" may
    be one)."""
    w = words or retelling_words()
    own = _province(c.event.location)
    if own is None or c.event.event_type not in w.attack_types:
        return False
    provinces = {_province(m.event.location) for m in members if not m.part} - {None}
    return bool(provinces) and own not in provinces


def another_casualty_elsewhere(
    c: Candidate, members: list[Candidate], words: RetellingWords | None = None
) -> bool:
    """Whether ``c`` is a clause that tells one more casualty brought in as another ("Another
    protester was killed in Lahj province"), placed by a name of its own where no member of a
    happening is, nor in or around a member's place, one member at least being placed by a
    name: the killing in Lahj is another happening than the shooting in Dhalea told before it,
    however near the two are. Only an act told as done to the casualty counts: "another man
    died at Orvel General Hospital" tells where one of its dead died.

    >>> another_casualty_elsewhere(another_killed_in_lahj, [shot_two_in_dhalea])  # doctest: +SKIP
    True
    """
    w = words or retelling_words()
    verb, place = head_token(c.tokens), c.event.location
    if verb is None or c.noun or c.event.event_type not in w.attack_types:
        return False
    if place is None or not _named_narrow(place) or not casualty_clause(verb):
        return False
    # "was killed in Lahj"; one who "died at" a hospital tells where the victim died, not
    # where the attack was
    subjects = (t for t in verb.children if t.dep_ == "nsubjpass")
    if not any(
        d.dep_ in ("det", "amod") and d.lower_ in w.other_party
        for t in subjects
        for d in t.children
    ):
        return False
    places = [m.event.location for m in members if not m.part]
    named = [p for p in places if p is not None and _named_narrow(p)]
    return bool(named) and not any(_one_area(place, p) for p in named)


def _one_area(a: Place, b: Place) -> bool:
    """Whether two places are one, or one lies in the other (by name or GeoNames id)."""
    if a.name.casefold() == b.name.casefold():
        return True
    ids = {a.geonameid, b.geonameid} - {None}
    within = (a.admin1_geonameid, a.admin2_geonameid, b.admin1_geonameid, b.admin2_geonameid)
    return a.geonameid is not None and a.geonameid == b.geonameid or bool(ids & set(within))


def _province(place: Place | None) -> int | None:
    """The GeoNames id of the province a place named in the text is, or lies in."""
    if place is None or place.mention != "name" or place.feature in WIDE_PLACES:
        return None
    return place.geonameid if place.feature == "admin1" else place.admin1_geonameid


def _named_narrow(place: Place | None) -> bool:
    """A place named in the text and narrower than a country ("Delto district", not
    "Pakistan" nor the dateline's city given to a sentence that names none)."""
    return place is not None and place.mention == "name" and place.feature not in WIDE_PLACES


def _in_an_attack(verb: Token, w: RetellingWords) -> bool:
    """ "were killed in a suicide attack": the verb's prepositional object is an attack noun
    (``attack_nouns``) brought in by "a"."""
    return any(
        o.dep_ == "pobj"
        and o.lemma_.lower() in w.attack_nouns
        and any(d.dep_ == "det" and d.lower_ in w.indefinite for d in o.children)
        for p in verb.children
        if p.dep_ == "prep"
        for o in p.children
    )


def another_doer(c: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``c`` is an attack told by a verb whose subject is brought in as another party:
    "Another group of bandits abducted nine travellers near Orvel", "Other gunmen attacked a
    police post in Velo" (not "the gunmen also attacked a police post", nor "other residents
    fled", no attack, nor "another man died in hospital", whose subject is a casualty, nor
    "another bomb went off inside the hall" nor "another blast shook the hotel", whose subject
    is a weapon or an act and no party). It is another happening than those told in other
    sentences."""
    w = words or retelling_words()
    verb = head_token(c.tokens)
    if verb is None or c.noun or verb.pos_ != "VERB" or c.event.event_type not in w.attack_types:
        return False
    if casualty_clause(verb):
        return False
    subjects = (t for t in verb.children if t.dep_ == "nsubj" and not _no_party(t, w))
    return any(
        d.dep_ in ("det", "amod") and d.lower_ in w.other_party
        for t in subjects
        for d in t.children
    )


def _no_party(noun: Token, w: RetellingWords) -> bool:
    """ "bomb", "car bomb" (``weapon_nouns``), "blast" (``attack_nouns``): a weapon or an act,
    which no one is."""
    lemma = noun.lemma_.lower()
    compounds = " ".join([*(t.lower_ for t in noun.children if t.dep_ == "compound"), lemma])
    weapons = weapon_nouns()
    return lemma in weapons or compounds in weapons or lemma in w.attack_nouns


def _target(child: Token, nouns: frozenset[str]) -> bool:
    """ "a village mosque" as the verb's object, or "on a police post" (its aim)."""
    if child.dep_ == "dobj":
        return child.lemma_.lower() in nouns
    if child.dep_ == "prep" and child.lower_ in ("on", "at", "against"):
        return any(t.dep_ == "pobj" and t.lemma_.lower() in nouns for t in child.children)
    return False


def further_report(sent: Span, words: RetellingWords | None = None) -> bool:
    """Whether the sentence opens on "Also" and a time or a place ("Also on Monday, insurgents
    raided a police station", "Also Tuesday, ..."; not "Also, the attackers burned the
    market")."""
    w = words or retelling_words()
    tokens = [t for t in sent if not t.is_punct or t.text not in ('"', "'", "“", "‘")]
    if len(tokens) < 3 or tokens[0].lower_ not in w.further_adverbs:
        return False
    following = tokens[1]
    return following.pos_ == "ADP" or following.ent_type_ in ("DATE", "TIME")


@cache
def _separate_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``data/article.yaml``: adverbs, and determiners after "in", of another happening, and
    adverbs of one only where they open an act (not a report: ``reporting_verbs.yaml``)."""
    data = read_yaml("article.yaml")
    return (
        frozenset(data["separate_adverbs"]),
        frozenset(data["separate_determiners"]),
        frozenset(data["separate_act_adverbs"]),
    )


def separate(c: Candidate) -> bool:
    """Whether ``c``'s sentence opens on another happening than those told before it:
    "Separately, police raided a hideout in Lowland province and killed four suspects",
    "In another incident, bandits abducted nine travellers", "Meanwhile, gunmen stopped a bus
    in Velo province" (not "Meanwhile, officials said the toll had risen", a report)."""
    if c.sentence < 0 or not c.tokens:
        return False
    doc = c.tokens[0].doc
    return c.sentence in per_doc(doc, "separate_sentences", lambda: _separate_sentences(doc))


@cache
def _retaliation_words() -> frozenset[str]:
    """``data/article.yaml``: the words of an act done in return for another."""
    return frozenset(read_yaml("article.yaml")["retaliation_words"])


def retaliating(c: Candidate) -> bool:
    """Whether ``c`` is told as done in return for another act: "Pakistani forces killed 200
    militants in retaliatory raids", "troops shelled the town in retaliation" (on its noun, or
    on the noun of a preposition of its clause). It is another happening than the acts the
    report tells in other sentences, whoever did them ("killed 200 militants in retaliatory
    raids": the preposition may hang on the object)."""
    head = head_token(c.tokens)
    if head is None:
        return False
    words = _retaliation_words()
    clause = clause_head(head)
    nouns = [head]
    governors = [head] if clause is None else [head, clause]
    governors += [o for v in governors for o in v.children if o.dep_ == "dobj"]
    for governor in governors:
        preps = (t for t in governor.children if t.dep_ == "prep")
        nouns += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(
        n.lemma_.lower() in words or any(a.dep_ == "amod" and a.lower_ in words for a in n.children)
        for n in nouns
    )


def _separate_sentences(doc: Doc) -> frozenset[int]:
    """The first tokens of the document's sentences whose main clause, or the quoted clause
    it opens on, carries a marker of another happening ("separately", "elsewhere", "in another
    incident"; '"In another operation, troops burned a camp," he said')."""
    adverbs, determiners, of_acts = _separate_words()
    reporting = word_set("reporting_verbs.yaml", "reporting_verbs")
    found = set()
    for sent in doc.sents:
        if further_report(sent):  # "Also on Monday, insurgents raided ..." (events/retelling.py)
            found.add(sent.start)
        for clause in _opening_clauses(sent.root):
            act = clause.lemma_.lower() not in reporting
            for child in clause.children:
                if child.i > clause.i:
                    break
                if child.lower_ in adverbs or child.lower_ == "in" and _marked(child, determiners):
                    found.add(sent.start)
                elif act and child.lower_ in of_acts:
                    found.add(sent.start)
    return frozenset(found)


def _opening_clauses(root: Token) -> list[Token]:
    """A sentence's main verb and the reported clause told before it ('"In another
    operation, troops burned a camp," he said': burned)."""
    return [root, *(c for c in root.children if c.dep_ == "ccomp" and c.i < root.i)]


def _marked(prep: Token, determiners: frozenset[str]) -> bool:
    """ "in another incident", "in a separate attack", "in the second incident", "in other
    violence": the preposition's noun so marked (not "in other words": ``separate_nouns_not``)."""
    nouns = (t for t in prep.children if t.dep_ == "pobj")
    never = _not_separate_nouns()
    return any(
        d.lower_ in determiners and n.lemma_.lower() not in never for n in nouns for d in n.children
    )


@cache
def _not_separate_nouns() -> frozenset[str]:
    """``data/article.yaml``: the nouns "in other ..." opens no happening with."""
    return frozenset(read_yaml("article.yaml")["separate_nouns_not"])


def attack_retold(a: Candidate, b: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``a`` and ``b`` are two attacks told by their verbs, the later of them by its
    doers named again as a group ("the men", "they"; not "he", "the man", as likely another of
    the story's people as the doer), or by one doer of an armed side outside the state's forces
    named again ("the assailant detonated his vest"): a wire report tells its attack again
    sentence by sentence, a paragraph each ("Gunmen attacked a village in Borgu on Saturday.
    ... The men opened fire on residents."). That is evidence enough that they may be one happening; whether
    they are is for their type, modality, place, day and sides to say (events/happenings.py).
    "Soldiers shot four smugglers ... Rebels ambushed a patrol" names new doers, and "shooting
    three people, killing one" none: they are weighed as the rest are.

    >>> attack_retold(gunmen_attacked_a_village, the_men_opened_fire)  # doctest: +SKIP
    True
    """
    w = words or retelling_words()
    if not all(
        c.event.event_type in w.attack_types and not c.noun and not c.new and c.tokens
        for c in (a, b)
    ):
        return False
    later = max(a, b, key=lambda c: c.order)
    verb = head_token(later.tokens)
    if verb is None:
        return False
    armed = _armed_doer(later, w)
    return any(
        _named_again(t) or armed and _one_doer_named_again(t)
        for t in verb.children
        if t.dep_ == "nsubj"
    )


def one_armed_side(a: Candidate, b: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``a`` and ``b`` are two attacks told by their verbs whose doers, both told, are
    coded as one armed group's side outside the state's forces (``armed_group_sectors``: rebels,
    an armed group) of one country: "Islamist militants killed 12 soldiers and briefly captured
    a base ... A suicide bomber detonated at the gate" (a paragraph apart) tells the attack again
    by one of its men. That is evidence enough that they may be one happening; whether they are
    is for their type, modality, place, day and sides to say (events/happenings.py). "Soldiers
    shelled a village ... Police shot two robbers" share no such side.

    >>> one_armed_side(militants_captured_a_base, a_bomber_detonated)  # doctest: +SKIP
    True
    """
    w = words or retelling_words()
    if not all(c.event.event_type in w.attack_types and not c.noun and not c.new for c in (a, b)):
        return False
    doer_a, doer_b = told_roles(a.event)[0], told_roles(b.event)[0]
    if doer_a is None or doer_b is None or doer_a.sector not in w.armed_group_sectors:
        return False
    return doer_a.sector == doer_b.sector and doer_a.country == doer_b.country


def attack_steps(c: Candidate, m: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``c`` and ``m``, two attacks of one sentence, one of them set before or after the
    other's clause with no stretch of time told (``step_markers``: "before", "after", "followed
    by"; not "hours after", "a day before"), are two steps of one attack by one side: "A suicide
    bomber blew himself up at the gate before gunmen rushed in", "A car bomb followed by an
    assault by gunmen killed 30". The marked clause or phrase must hang on the other act
    ("police charged a man after a stabbing at a bar": on the charge), each doer told must be
    coded as an armed group's side outside the state's forces (``armed_group_sectors``), and
    the two must agree: "Police shot the man after
    he stabbed two people" are two happenings, and so are "Shortly after the attack on Bailo,
    the gunmen also attacked Kirri" (an act done "also": ``further_attack``).

    >>> attack_steps(gunmen_rushed_in, bomber_blew_himself_up)  # doctest: +SKIP
    True
    """
    w = words or retelling_words()
    if c.sentence != m.sentence or c.sentence < 0 or (c.scope is None) == (m.scope is None):
        return False
    if not all(x.event.event_type in w.attack_types for x in (c, m)):
        return False
    if further_attack(c, w) or further_attack(m, w):
        return False  # "Shortly after the attack in Bailo, the gunmen also attacked Kirri"
    marker = c.scope if c.scope is not None else m.scope
    if marker is None or marker.lemma_.lower() not in w.step_markers or _spanned(marker, w):
        return False
    told = head_token((m if c.scope is not None else c).tokens)
    governor = marker.head.head if marker.dep_ == "mark" else marker.head
    if told is None or governor.i != told.i:
        return False  # "charged a man after a stabbing": the step hangs on the charge
    doers = [d for d in (told_roles(c.event)[0], told_roles(m.event)[0]) if d is not None]
    if any(d.sector not in w.armed_group_sectors for d in doers):
        return False
    return len(doers) < 2 or doers[0].sector == doers[1].sector


def _spanned(marker: Token, w: RetellingWords) -> bool:
    """Whether a stretch of time is told before a step marker ("a day after", "hours before",
    "two weeks after"; not "shortly after"), or a verb that orders two acts is no passive "by"
    ("was followed by gunfire", "a car bomb followed by an assault"; not "the killings followed
    an attack", two happenings) or tells a stretch of its own ("followed two hours later by")."""
    if marker.pos_ in ("VERB", "AUX"):
        children = list(marker.children)
        return not any(t.dep_ == "agent" for t in children) or any(
            t.dep_ == "npadvmod" or t.lemma_.lower() in w.time_units for t in marker.subtree
        )
    if marker.i == 0:
        return False
    before = marker.doc[marker.i - 1]
    return before.lemma_.lower() in w.time_units or before.lower_ in w.time_units or before.like_num


def _named_again(doer: Token) -> bool:
    """ "they", "the gunmen", "the men", "one of the bombers": a plural personal pronoun, or a
    plural common noun with "the" and no name, number or clause of its own (not "the Islamic
    State", nor "the two gunmen who fled", nor "the men who were arrested") but one that tells
    how they came ("the gunmen who came on motorbikes": ``approach_verbs``), or "one of" such a
    noun."""
    if doer.lower_ == "one":
        # "one of the bombers detonated a vehicle at the gate": one of the doers named again
        members = (o for p in doer.children if p.lower_ == "of" for o in p.children)
        return any(o.dep_ == "pobj" and _named_again(o) for o in members)
    if "Plur" not in doer.morph.get("Number", []):
        return False  # "he", "the man": as likely another of the story's people as the doer
    if doer.tag_ == "PRP":
        return True
    return _the_noun(doer, ("det", "amod"))


def _one_doer_named_again(doer: Token) -> bool:
    """ "the assailant", "the suicide bomber": a singular common noun with "the" and no name,
    number or clause of its own, where :func:`_armed_doer` says it names an armed side's man
    (not "he", nor "the man", as likely another of the story's people as the doer)."""
    if "Sing" not in doer.morph.get("Number", []):
        return False
    return _the_noun(doer, ("det", "amod", "compound"))


def _the_noun(doer: Token, deps: tuple[str, ...]) -> bool:
    """A common noun with "the" and only words of ``deps`` before it, none of them a name, and
    after it no clause of its own but one that tells how the doers came (``_came``)."""
    if doer.pos_ != "NOUN" or doer.ent_type_:
        return False
    children = [c for c in doer.children if c.dep_ != "relcl" or not _came(c)]
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    return the and all(c.dep_ in deps and not c.ent_type_ for c in children)


@cache
def _approach_verbs() -> frozenset[str]:
    """``data/article.yaml``: retelling.approach_verbs."""
    return frozenset(read_yaml("article.yaml")["retelling"]["approach_verbs"])


def _came(clause: Token) -> bool:
    """ "who came on motorbikes", "who arrived in two pickup trucks": a relative clause that
    tells only how the doers came, no act of theirs that might be another's."""
    return clause.dep_ == "relcl" and clause.lemma_.lower() in _approach_verbs()


def _armed_doer(c: Candidate, w: RetellingWords) -> bool:
    """Whether ``c``'s doer is coded as an armed side outside the state's forces
    (``single_doer_sectors``: rebels, an armed group, criminals): "the assailant detonated his
    vest" retells the attack, where "the officer fired" may be a policeman answering it."""
    doer = told_roles(c.event)[0]
    return doer is not None and doer.sector in w.single_doer_sectors


def elsewhere_in_clause(c: Candidate) -> bool:
    """Whether ``c`` is an act told by a verb whose own clause sets it elsewhere or apart
    (``separate_adverbs``), wherever in the clause the word stands: "bandits had seized 40
    traders from a market elsewhere in the north", "rebels separately shelled a fuel depot" (not
    only at the sentence's opening, :func:`separate`; not "officials said elsewhere that ...",
    whose clause is the report's). It is another happening than those told in other sentences.

    >>> elsewhere_in_clause(seized_traders_elsewhere_in_the_north)  # doctest: +SKIP
    True
    """
    head = head_token(c.tokens)
    if head is None or c.noun or head.pos_ != "VERB":
        return False
    doc = head.doc
    return head.i in per_doc(doc, "clauses_set_elsewhere", lambda: _clauses_set_elsewhere(doc))


def _clauses_set_elsewhere(doc: Doc) -> frozenset[int]:
    """The heads of the document's clauses that an adverb of another happening modifies, read
    once per document."""
    adverbs = _separate_words()[0]
    heads = (clause_head(t.head) for t in doc if t.dep_ == "advmod" and t.lower_ in adverbs)
    return frozenset(h.i for h in heads if h is not None)


def toll_retold(a: Candidate, b: Candidate, words: RetellingWords | None = None) -> bool:
    """Whether ``a`` and ``b`` are two attacks that count the same people of one kind
    (``retold_counts``: the dead, the hurt, the seized), more than one: "Bandits stormed
    Tudun Kaya on Monday, killing nine farmers ... Police confirmed that nine people were
    killed" tell one toll again, a paragraph apart. That is evidence enough that they may be
    one happening; whether they are is for their type, modality, place, day and sides to say
    (events/happenings.py).

    >>> toll_retold(stormed_killing_nine, nine_people_were_killed)  # doctest: +SKIP
    True
    """
    w = words or retelling_words()
    if not all(c.event.event_type in w.attack_types for c in (a, b)):
        return False
    told = {
        (q.kind, q.value)
        for q in a.event.quantities
        if q.kind in w.retold_kinds and q.value > w.retold_least
    }
    return any((q.kind, q.value) in told for q in b.event.quantities)


def possessor_told(c: Candidate, m: Candidate) -> bool:
    """Whether ``c`` is an event noun whose possessor names the happening ``m`` tells: the day
    ``m``'s own words date it to ("Tuesday's attack", after "militants attacked a train on
    Tuesday") or a party ``m`` names ("Amin's killing", after "troops killed Yusuf Amin").
    The noun names that happening wherever the words around it seem to place it and whoever
    they seem to make its sides: "the handlers of Tuesday's attack are based in Orvel" places
    the handlers, and "confirmed Amin's killing in a post on X" is no killing in the United
    States.

    >>> possessor_told(tuesdays_attack, attacked_a_train_on_tuesday)  # doctest: +SKIP
    True
    """
    if not c.noun:
        return False
    head = head_token(c.tokens)
    owner = _possessors(head.doc).get(head.i) if head is not None else None
    if owner is None:
        return False
    if owner == DAY_OWNER:
        own, other = c.date, m.date
        return (
            own is not None
            and other is not None
            and own.precision == other.precision == "day"
            and own.date == other.date
        )
    roles = (r for r in told_roles(m.event) if r is not None)
    return any(owner & _name_words(r.name) for r in roles)


DAY_OWNER: frozenset[str] = frozenset()  # a possessor that is a day ("Tuesday's attack")


def _possessors(doc: Doc) -> dict[int, frozenset[str]]:
    """The event nouns of the document a possessor names (by the head's index): ``DAY_OWNER``
    for a day, else the words of the name; none for a noun whose own phrase names its place
    ("Tuesday's attack in Kunar province"). Read once per document."""

    def make() -> dict[int, frozenset[str]]:
        found = {}
        for token in doc:
            if token.dep_ != "poss" or token.pos_ not in ("PROPN", "NOUN"):
                continue
            noun = token.head
            if _placed_by_its_phrase(noun):
                continue
            if token.ent_type_ == "DATE":
                found[noun.i] = DAY_OWNER
            elif words := _name_words(" ".join(t.text for t in token.subtree)):
                found[noun.i] = found.get(noun.i, frozenset()) | words
        return found

    return per_doc(doc, "possessed_nouns", make)


def _placed_by_its_phrase(noun: Token) -> bool:
    """Whether an event noun's own prepositional phrase names a place: "the attack in Kunar
    province" (not "the killing at a news conference in Washington", whose place is the
    conference's)."""
    objects = (o for p in noun.children if p.dep_ == "prep" for o in p.children)
    return any(
        t.ent_type_ in ("GPE", "LOC", "FAC")
        for o in objects
        if o.dep_ == "pobj"
        for t in (o, *(c for c in o.children if c.dep_ == "compound"))
    )


def _name_words(name: str) -> frozenset[str]:
    """``pairs.name_words`` of a name whose words may hold an apostrophe or a hyphen
    ("al-Rufay’i", "al-Rufay'i": "rufayi")."""
    plain = "".join(ch if ch.isalpha() or ch.isspace() else " " if ch == "-" else "" for ch in name)
    return name_words(plain)
