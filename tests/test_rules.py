"""Each event rule on a sentence of our own, parsed by the real pipeline (the rules read a
parse, so this is where they meet the parser). One test per rule, named after it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT, word
from crisislens.actors.context import ArticleContext
from crisislens.events import (
    modality,
    roles,
    statement_vetoes,
    trigger_senses,
    triggers,
    undergoers,
    verb_vetoes,
)
from crisislens.events.lexicon import Lexicon, Sense
from crisislens.events.rules import draft as drafting
from crisislens.events.rules import (
    home_countries,
    intent,
    nearest,
    participants,
    place,
    place_parties,
    place_roles,
    scoring,
)
from crisislens.schemas import Actor, Event, Place, TextSpan


def trigger_of(doc, lex, text: str):
    found = triggers.find_triggers(doc[:], lex)
    return next(t for t in found if t.token.text == text)


# -- triggers ---------------------------------------------------------------------------------
def test_rules_figurative_fight(parse):
    violence = Sense("ASSAULT")
    assert triggers.figurative(word(parse("They lost a court fight."), "fight"), violence)
    assert triggers.figurative(word(parse("A trade war began in May."), "war"), violence)
    assert triggers.figurative(word(parse("An economic war broke out."), "war"), violence)
    assert not triggers.figurative(
        word(parse("A fierce fight broke out at dawn."), "fight"), violence
    )
    # only violence and protest can be figurative: trade talks are talks
    talks = word(parse("Trade talks resumed in Geneva."), "talks")
    assert not triggers.figurative(talks, Sense("CONSULT"))


def test_rules_withholds_comment(parse):
    assert statement_vetoes.withholds_comment(
        word(parse("The ministry declined to comment."), "declined")
    )
    details = parse("The firm refused to give any details of the fire.")
    assert statement_vetoes.withholds_comment(word(details, "refused"))
    talks = parse("The rebels declined to join the peace talks.")
    assert not statement_vetoes.withholds_comment(word(talks, "declined"))


def test_rules_part_of_a_name(parse):
    doc = parse("The Committee to Protect Journalists condemned the arrest of the reporter.")
    assert verb_vetoes.part_of_a_name(word(doc, "Protect"))
    assert not verb_vetoes.part_of_a_name(word(doc, "condemned"))
    doc = parse("Police Arrest 12 After Protest in Lagos")
    assert not verb_vetoes.part_of_a_name(word(doc, "Arrest"))  # a headline's capitals
    doc = parse('The Treasury named 9 firms under the order "Blocking Property of Arms Brokers."')
    assert verb_vetoes.part_of_a_name(word(doc, "Blocking"))  # a title in quotes


def test_rules_dummy_subject_idiom(parse):
    doc = parse("When it comes to fishing rights, the two sides disagree.")
    assert verb_vetoes.dummy_subject_idiom(word(doc, "comes"))
    doc = parse("The envoy comes to Oslo next week.")
    assert not verb_vetoes.dummy_subject_idiom(word(doc, "comes"))


def test_rules_phrasal_trigger_barred_subject(parse, lex):
    doc = parse("The tanker is heading to the port of Bandar Abbas.")
    assert triggers.phrasal_trigger(word(doc, "heading"), lex) is None
    doc = parse("The envoy is heading to the port of Bandar Abbas.")
    assert triggers.phrasal_trigger(word(doc, "heading"), lex).sense.event_type == "CONSULT"


def test_rules_goal_governor_plans(parse, lex):
    # an agenda's or a goal's act is planned, not done
    doc = parse("The host set out its agenda, focusing on expanding defence cooperation.")
    assert modality.modality_of(word(doc, "expanding"), lex.governors) == "planned"


def test_rules_decides_an_act(parse):
    assert statement_vetoes.decides_an_act(
        word(parse("The board decided to close the mine."), "decided")
    )
    assert not statement_vetoes.decides_an_act(
        word(parse("The judges decided the case."), "decided")
    )


def test_rules_object_trigger(parse, lex):
    doc = parse("The junta imposed a curfew on the capital.")
    trigger = triggers.object_trigger(word(doc, "imposed"), lex)
    assert (trigger.sense.event_type, trigger.sense.mode, trigger.kind) == (
        "COERCE",
        "curfew",
        "object",
    )


def test_rules_phrasal_trigger(parse, lex):
    doc = parse("The army pulled out of the valley.")
    trigger = triggers.phrasal_trigger(word(doc, "pulled"), lex)
    assert trigger.sense.event_type == "RETREAT" and [t.text for t in trigger.words] == [
        "pulled",
        "out",
    ]


def test_rules_verb_trigger(parse, lex):
    doc = parse("The militia ambushed a convoy.")
    assert triggers.verb_trigger(word(doc, "ambushed"), lex).sense.event_type == "ASSAULT"
    assert triggers.verb_trigger(word(doc, "convoy"), lex) is None


def test_rules_compound_noun_trigger(parse, lex):
    doc = parse("The prisoners began a hunger strike.")
    trigger = triggers.compound_noun_trigger(word(doc, "strike"), lex)
    assert (trigger.sense.event_type, trigger.sense.mode) == ("PROTEST", "hunger")
    # the deciding modifier may stand behind another
    doc = parse("Officials hailed the successful counterterrorism strike near the border.")
    trigger = triggers.compound_noun_trigger(word(doc, "strike"), lex)
    assert trigger.sense.event_type == "ASSAULT"


def test_rules_noun_trigger_skips_modifiers(parse, lex):
    doc = parse("The blockade angered the strike leaders.")
    assert triggers.noun_trigger(word(doc, "blockade"), lex).sense.event_type in (
        "COERCE",
        "PROTEST",
    )
    assert triggers.noun_trigger(word(doc, "strike"), lex) is None  # a modifier here


def test_rules_drop_carrying_light_verbs(parse, lex):
    doc = parse("Mourners held a vigil outside the embassy.")
    found = triggers.find_triggers(doc[:], lex)
    assert [t.token.text for t in found] == ["vigil"]


def test_rules_choose_sense_by_actor_sector(parse, lex):
    doc = parse("Dockers will strike on Monday.")
    trigger = trigger_of(doc, lex, "strike")
    assert trigger_senses.by_actor_sector(trigger, "LAB", None).event_type == "PROTEST"
    assert trigger_senses.by_actor_sector(trigger, "BUS", None) is None
    assert trigger_senses.choose_sense(trigger, "MIL", None).event_type == "ASSAULT"
    assert trigger_senses.choose_sense(trigger, "PRO", None).event_type == "PROTEST"


def test_rules_not_by_actor_sector(parse, lex):
    """A state's forces occupying a building seize it; they stage no sit-in."""
    doc = parse("They occupied the ministry on Monday.")
    trigger = trigger_of(doc, lex, "occupied")
    assert trigger.sense.event_type == "PROTEST"
    assert trigger_senses.not_by_actor_sector(trigger, "MIL", None).event_type == "COERCE"
    assert trigger_senses.not_by_actor_sector(trigger, "EDU", None) is None
    assert trigger_senses.choose_sense(trigger, "COP", None).event_type == "COERCE"


def test_rules_choose_sense_without_actor_and_against_force(parse, lex):
    doc = parse("They will strike at dawn.")
    trigger = trigger_of(doc, lex, "strike")
    assert trigger_senses.without_actor(trigger, None, None).event_type == "PROTEST"
    assert trigger_senses.against_force(trigger, "GOV", "MIL").event_type == "ASSAULT"
    assert trigger_senses.against_force(trigger, "GOV", "GOV") is None


def test_rules_particle_of_clause(parse, lex):
    """The "for" that opens a verb's clause makes it phrasal (the parse hangs it on the clause)."""
    doc = parse("The senator called for the army to free the detained reporters.")
    assert triggers.phrasal_trigger(word(doc, "called"), lex).sense.event_type == "REQUEST"
    doc = parse("Farmers are pushing for the government to cut fuel taxes.")
    assert triggers.phrasal_trigger(word(doc, "pushing"), lex).sense.event_type == "REQUEST"
    doc = parse("The senator called the minister on Tuesday.")
    assert triggers.phrasal_trigger(word(doc, "called"), lex) is None


def test_rules_particle_read_as_a_numbers_modifier(parse, lex):
    """ "taken over three localities": the parse reads "over three" as "more than three"."""
    doc = parse("Rebels have taken over three localities in the north.")
    assert triggers.object_trigger(word(doc, "taken"), lex).sense.event_type == "COERCE"
    doc = parse("Rebels have taken three localities in the north.")
    assert triggers.object_trigger(word(doc, "taken"), lex) is None


def test_rules_particle_read_as_adverb(parse, lex):
    doc = parse("Serbia pulled its troops back from the boundary line.")
    assert triggers.phrasal_trigger(word(doc, "pulled"), lex).sense.event_type == "RETREAT"


def test_rules_partitive_object(parse, lex):
    """ "a team of doctors" is read through its "of"."""
    doc = parse("China sent a team of doctors to the region.")
    assert triggers.object_trigger(word(doc, "sent"), lex).sense.event_type == "AID"
    doc = parse("Russia sent a column of tanks to the border.")
    assert triggers.object_trigger(word(doc, "sent"), lex).sense.event_type == "MOBILIZE"
    doc = parse("Russia moved thousands of troops to the border.")
    assert triggers.object_trigger(word(doc, "moved"), lex).sense.event_type == "MOBILIZE"
    doc = parse("Israel called up thousands of reserve soldiers.")
    assert triggers.object_trigger(word(doc, "called"), lex).sense.event_type == "MOBILIZE"


def test_rules_lemma_slips_corrected(parse):
    """The lemmatizer's slips on verbs are corrected (data/lemmas.yaml); nouns keep theirs."""
    from crisislens.nlp.syntax import lemma

    doc = parse("Workers staged a strike over unpaid wages.")
    assert lemma(word(doc, "staged")) == "stage"
    assert lemma(word(doc, "wages")) == "wage"


def test_rules_across_borders(parse, lex):
    """A restriction on what crosses a border is a sanction; easing one eases a sanction."""
    doc = parse("The ministry imposed a ban on fish imports.")
    draft = drafting.make_draft(trigger_of(doc, lex, "imposed"), lex)
    assert draft.sense.event_type == "COERCE"
    assert drafting.across_borders(draft, lex) == Sense("SANCTION", "restrict")
    doc = parse("The ministry lifted the curbs on fish exports.")
    draft = drafting.make_draft(trigger_of(doc, lex, "lifted"), lex)
    assert drafting.across_borders(draft, lex) == Sense("RETREAT", "ease")
    doc = parse("The ministry imposed a ban on street vendors.")
    draft = drafting.make_draft(trigger_of(doc, lex, "imposed"), lex)
    assert drafting.across_borders(draft, lex) is None


@pytest.mark.parametrize(
    "sentence,verb,shown",
    [
        ("The navy test-fired a cruise missile on Friday.", "fired", True),
        ("The army launched three rockets into the sea.", "rockets", True),
        ("The gunboat fired two shells off the coast.", "fired", True),
        ("The militia fired rockets into the market.", "fired", False),
        ("The gunboat fired a shell at a fishing boat off the coast.", "fired", False),
    ],
)
def test_rules_show_of_force(parse, lex, sentence, verb, shown):
    """A weapon fired at no one (a test, a launch into the sea) shows force; aimed, it attacks."""
    draft = drafting.make_draft(trigger_of(parse(sentence), lex, verb), lex)
    assert draft.sense.event_type == "ASSAULT"
    expected = Sense("MOBILIZE", "troops") if shown else None
    assert drafting.show_of_force(draft, lex) == expected


@pytest.mark.parametrize(
    "sentence,verb,helping",
    [
        ("Ghana is ready to send troops to help the police restore order.", "send", True),
        ("Kenya would deploy ships to assist the evacuation.", "deploy", True),
        ("Chad is ready to send troops to the border.", "send", False),
        ("The rebels would send fighters to attack the capital.", "send", False),
    ],
)
def test_rules_helping_purpose(parse, sentence, verb, helping):
    """Force offered to help is an offer of aid, not a threat (rules/intent.py)."""
    assert intent.helping_purpose(word(parse(sentence), verb)) == helping


def test_rules_attack_with_object(parse, lex):
    doc = parse("A roadside bomb struck a police convoy near the bridge.")
    draft = drafting.make_draft(trigger_of(doc, lex, "struck"), lex)
    assert drafting.attack_with_object(draft, lex).event_type == "ASSAULT"
    doc = parse("The dock workers struck on Monday.")
    draft = drafting.make_draft(trigger_of(doc, lex, "struck"), lex)
    assert drafting.attack_with_object(draft, lex) is None


@pytest.mark.parametrize(
    "sentence,attack",
    [
        ("The night guard was struck twice during the robbery.", True),
        ("A jogger was struck by a van near the park.", False),
        ("Two hikers were struck by lightning on the ridge.", False),
        ("A cyclist was struck and killed by a delivery truck on Main Street.", False),
    ],
)
def test_rules_a_passive_strike_is_an_attack_unless_a_hazard_struck(parse, lex, sentence, attack):
    doc = parse(sentence)
    draft = drafting.make_draft(trigger_of(doc, lex, "struck"), lex)
    assert (drafting.attack_with_object(draft, lex) is not None) == attack


# -- roles ------------------------------------------------------------------------------------
def test_rules_passive_roles(parse):
    doc = parse("Two reporters were detained by soldiers.")
    verb = word(doc, "detained")
    assert undergoers.is_passive(verb)
    actor, recipient = undergoers.passive_roles(verb)
    assert (actor.text, recipient.text) == ("soldiers", "reporters")


def test_rules_sent_forces_are_the_sending_side(parse):
    doc = parse("Hundreds of riot police were deployed to the port of Mombasa on Sunday.")
    verb = word(doc, "deployed")
    actor, _ = roles.verb_roles(verb, "MOBILIZE")
    assert actor is not None and actor.text in {"Hundreds", "police"}
    # an arrest's passive subject is whom it acts on, never its actor
    doc = parse("Hundreds of protesters were detained in Mombasa on Sunday.")
    assert roles.verb_roles(word(doc, "detained"), "COERCE")[0] is None


def test_rules_blamed_is_no_day(parse):
    doc = parse("Police blamed the ambush on separatists on Tuesday.")
    assert roles.blamed(word(doc, "blamed")).text == "separatists"
    doc = parse("On Tuesday police blamed separatists for the ambush.")
    assert roles.blamed(word(doc, "blamed")) is None


def test_rules_active_recipient(parse):
    doc = parse("Gunmen fired on the crowd on Friday.")
    assert roles.active_recipient(word(doc, "fired")).text == "crowd"


def test_rules_active_recipient_thing_pronoun_gives_way(parse):
    doc = parse("The garrison packed up the depot and handed it over to the police.")
    assert roles.active_recipient(word(doc, "handed")).text == "police"
    doc = parse("The guards handed the prisoner to the court.")
    assert roles.active_recipient(word(doc, "handed")).text == "prisoner"


def test_rules_passive_recipient_through_a_relative_pronoun(parse):
    doc = parse("Officials said the herders, who were seized in March, had been freed.")
    assert undergoers.passive_roles(word(doc, "seized"))[1].text == "herders"


def test_rules_harmed_and_victims_over_object(parse):
    doc = parse("A grenade went off at the depot on Monday, wounding seven porters.")
    assert undergoers.harmed(word(doc, "went")).text == "porters"
    doc = parse("Raiders torched the northern districts, killing eleven herders.")
    verb = word(doc, "torched")
    assert roles.names_no_party(word(doc, "districts"))
    assert undergoers.victims_over_object(verb, word(doc, "districts")).text == "herders"
    doc = parse("Raiders ambushed a police patrol, killing eleven officers.")
    verb = word(doc, "ambushed")
    assert undergoers.victims_over_object(verb, word(doc, "patrol")).text == "patrol"


def test_rules_copula_subject(parse):
    doc = parse("The council is hostile to the plan.")
    adjective = word(doc, "hostile")
    assert adjective.dep_ == "acomp" and roles.copula_subject(adjective).text == "council"


def test_rules_relative_antecedent(parse):
    doc = parse("Villagers named the militiamen who torched the granary.")
    verb = word(doc, "torched")
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    assert roles.relative_antecedent(verb, subject).text == "militiamen"


def test_rules_shared_subject(parse):
    doc = parse("The rebels agreed to disarm.")
    assert roles.shared_subject(word(doc, "disarm"), "RETREAT").text == "rebels"
    doc = parse("Officials said three people were shot.")
    assert roles.shared_subject(word(doc, "shot"), "ASSAULT") is None


def test_rules_shared_subject_object_control(parse):
    doc = parse("Farmers forced the guards to retreat from the gate.")
    assert roles.shared_subject(word(doc, "retreat"), "RETREAT").text == "guards"
    doc = parse("The bishop urged both militias to disarm.")
    assert roles.shared_subject(word(doc, "disarm"), "RETREAT").text == "militias"
    doc = parse("The guards used batons to disperse the farmers.")
    assert roles.shared_subject(word(doc, "disperse"), "COERCE").text == "guards"


def test_rules_noun_roles(parse):
    doc = parse("The army's offensive against the insurgents stalled.")
    actor, recipient = roles.noun_roles(word(doc, "offensive"), "ASSAULT")
    assert (actor.text, recipient.text) == ("army", "insurgents")
    doc = parse("The withdrawal of the brigade began.")
    assert roles.noun_roles(word(doc, "withdrawal"), "RETREAT")[0].text == "brigade"


def test_rules_between_sides(parse):
    doc = parse("Skirmishes between the Chadian army and herders erupted near Abeche.")
    actor, recipient = roles.noun_roles(word(doc, "Skirmishes"), "ASSAULT")
    assert (actor.text, recipient.text) == ("army", "herders")
    doc = parse("Villagers fled after fighting between two rival clans.")
    actor, recipient = roles.between_sides(word(doc, "fighting"))
    assert actor is not None and actor is recipient and actor.text == "clans"
    doc = parse("Clashes broke out between 2 and 4 p.m. on Sunday.")
    assert roles.between_sides(word(doc, "broke")) == (None, None)


def test_rules_named_phrase(parse, pipeline):
    actors = pipeline.events.actors
    context = ArticleContext(day="2023-03-01")
    doc = parse("Ghanaian riot police said the man was shot.")
    ent = next(e for e in doc.ents if e.text == "Ghanaian")
    named = actors.code(ent.root, context)
    actor = nearest.named_phrase(ent, named, actors, context)
    assert (actor.text, actor.country, actor.sector) == ("Ghanaian riot police", "GHA", "COP")
    doc = parse("The Ghanaian town of Tamale was quiet.")
    ent = next(e for e in doc.ents if e.text == "Ghanaian")
    named = actors.code(ent.root, context)
    assert nearest.named_phrase(ent, named, actors, context) is named


def test_rules_carrier_subject(parse, lex):
    doc = parse("The union organised a walkout.")
    assert roles.carrier_subject(word(doc, "walkout"), lex.light_verbs).text == "union"
    doc = parse("Dockers went on strike.")
    assert roles.carrier_subject(word(doc, "strike"), lex.light_verbs).text == "Dockers"
    doc = parse("The navy carried out a series of raids on pirate camps.")
    assert roles.carrier_subject(word(doc, "raids"), lex.light_verbs).text == "navy"


def test_rules_untagged_name_among_an_event_nouns_modifiers(parse, extract):
    doc = parse("Nine soldiers died in IS attacks near the border on Monday.")
    actor, _ = roles.noun_roles(word(doc, "attacks"), "ASSAULT")
    assert actor is not None and actor.text == "IS"
    record = extract("Nine soldiers died in IS attacks near the border on Monday.")
    attack = next(e for e in record.events if e.trigger and e.trigger.text == "attacks")
    assert attack.actor is not None and attack.actor.name == "Islamic State"


def test_rules_gerund_between_sides_before_the_clause_subject(parse):
    doc = parse("Hundreds fled their homes after fighting between rebels and Chadian troops.")
    actor, recipient = roles.verb_roles(word(doc, "fighting"), "ASSAULT")
    assert (actor.text, recipient.text) == ("rebels", "troops")  # not the people who fled


def test_rules_object_inside_the_trigger_gives_way_to_the_aimed_at(parse, lex):
    doc = parse("A sniper opened fire on a border patrol near the crossing.")
    draft = next(d for d in _drafts(doc, lex).values() if d.trigger.token.text == "opened")
    assert draft.recipient_token is not None and draft.recipient_token.text == "patrol"


def test_rules_locative_objects(parse):
    doc = parse("Rebels attacked a convoy near Gao.")
    assert [t.text for t in roles.locative_objects(word(doc, "attacked"))] == ["Gao"]
    # a participle on the object: where the parse hangs the place on what it carries
    doc = parse("Gunmen ambushed a truck carrying a police unit in Gao and killed nine.")
    assert "Gao" in [t.text for t in roles.locative_objects(word(doc, "ambushed"))]


# -- modality ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        ("The rebels did not shell the town.", "shell", "negated"),
        ("The rebels may shell the town.", "shell", "possible"),
        ("The rebels must free the hostages.", "free", "demanded"),
        ("The rebels will free the hostages.", "free", "planned"),
        ("If talks fail, the rebels would shell the town.", "shell", "hypothetical"),
        ("The rebels reportedly shelled the town.", "shelled", "possible"),
        ("It is vital that the army withdraws.", "withdraws", "demanded"),
        ("No arrests were made.", "arrests", "negated"),
        ("The junta refused to release the envoy.", "release", "negated"),
        ("The rebels are unlikely to sign the accord.", "sign", "possible"),
        ("Police were sent to disperse the crowd.", "disperse", "planned"),
        ("The rebels began to shell the town.", "shell", "asserted"),
        ("The rebels shelled the town.", "shelled", "asserted"),
    ],
)
def test_rules_modality_markers(parse, lex, text, trigger, expected):
    assert modality.modality_of(word(parse(text), trigger), lex.governors) == expected


def test_rules_governing_verb_over_a_finished_act(parse, lex):
    doc = parse("The ministry announced that it had freed the hostages.")
    verb, freed = word(doc, "announced"), word(doc, "freed")
    assert modality.governing_verb(verb, freed, lex.governors) == set()
    assert modality.modality_of(freed, lex.governors) == "asserted"


# -- drafts and folding -----------------------------------------------------------------------
def _drafts(doc, lex):
    found = triggers.find_triggers(doc[:], lex)
    found += drafting.reported_demands(doc[:], {t.token.i for t in found})
    return {t.token.i: drafting.make_draft(t, lex) for t in found}


def test_rules_speaker_for_pronoun(parse, lex):
    doc = parse("The union announced that it had called off the strike.")
    draft = _drafts(doc, lex)[word(doc, "called").i]
    assert draft.actor_token.text == "union"
    # the pronoun is the subject of a verb the trigger is coordinated with
    doc = parse("The rebel faction said it had mined the road and taken 40 workers hostage.")
    draft = _drafts(doc, lex)[word(doc, "taken").i]
    assert draft.actor_token.text == "faction"
    doc = parse("The mayor said it was a relief that they had called off the strike.")
    draft = _drafts(doc, lex)[word(doc, "called").i]
    assert draft.actor_token.text == "they"  # not the speaker's own clause


def test_rules_destination_recipient(parse, lex):
    doc = parse("The government deployed troops to the border.")
    draft = _drafts(doc, lex)[word(doc, "deployed").i]
    assert draft.recipient_token.text == "border"


def test_rules_reported_demands(parse, lex):
    def demands(sentence):
        doc = parse(sentence)
        found = triggers.find_triggers(doc[:], lex)
        return drafting.reported_demands(doc[:], {t.token.i for t in found})

    [demand] = demands("The ombudsman said the guards must stop beating inmates.")
    assert demand.token.text == "said" and demand.sense.event_type == "REQUEST"
    # a view, or an event that is the clause's subject, is no demand of the speaker's
    assert not demands("“The council must be firm and united,” the envoy said.")
    assert not demands("“Talks must resume soon,” the minister said.")
    assert not demands("The senator said donors should take a long view.")


def test_rules_demanded_part(parse, lex):
    # what the clause asks for, less an aside on when ("when handling the strikes")
    doc = parse("The judge said the board should take care when handling the strikes.")
    asked = {t.text for t in drafting.demanded_part(word(doc, "take"))}
    assert "care" in asked and "strikes" not in asked and "board" not in asked


def test_rules_reported_demand_folds_its_content(parse, lex):
    doc = parse("A spokesman told reporters the council must keep the sanctions in place.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    told = drafts[word(doc, "told").i]
    assert drafting.reported_demand(told)
    assert drafts[word(doc, "sanctions").i].absorbed_by is told
    assert told.recipient_token.text == "council"  # the party asked, not the reporters


def test_rules_demands_an_act(parse, lex):
    doc = parse("The ombudsman said the guards must stop beating inmates.")
    ids = {t.token.i for t in triggers.find_triggers(doc[:], lex)}
    assert drafting.demands_an_act(word(doc, "stop"), ids)
    doc = parse("The envoy said the council must be firm in condemning the raid.")
    ids = {t.token.i for t in triggers.find_triggers(doc[:], lex)}
    assert not drafting.demands_an_act(word(doc, "be"), ids)


def test_rules_fold_coordinated(parse, lex):
    doc = parse("Gunmen shot and wounded two guards.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    wounded = drafts[word(doc, "wounded").i]
    assert wounded.absorbed_by is drafts[word(doc, "shot").i]


def test_rules_fold_into_governor(parse, lex):
    doc = parse("The rebels vowed to retake the town.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    vow = drafts[word(doc, "vowed").i]
    assert drafts[word(doc, "retake").i].absorbed_by is vow
    assert vow.sense.event_type == "THREATEN" and vow.recipient_token.text == "town"


def test_rules_event_noun_stays_under_a_condemnation(parse, lex):
    doc = parse("The mayor condemned the bombing.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    assert drafts[word(doc, "bombing").i].absorbed_by is None


def test_rules_fold_into_content(parse, lex):
    doc = parse("The envoys urged the rebels to accept a truce.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    urged = drafts[word(doc, "urged").i]
    assert drafts[word(doc, "truce").i].absorbed_by is urged  # under "accept", itself folded in
    told = parse("The governor vowed to free the men the militia had seized in a raid.")
    drafts = _drafts(told, lex)
    drafting.fold_governed(drafts, lex)
    assert drafts[word(told, "raid").i].absorbed_by is None  # told in a relative clause


def test_rules_absorbed_recipient_is_the_one_asked(parse, lex):
    doc = parse("The envoy urged that the army withdraw.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    assert drafts[word(doc, "urged").i].recipient_token.text == "army"


def test_rules_fold_pressing_purpose(parse, lex):
    doc = parse("The government kept the tariffs in place to pressure its neighbour.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    drafting.fold_purposes(drafts)
    tariffs = drafts[word(doc, "tariffs").i]
    assert drafts[word(doc, "pressure").i].absorbed_by is tariffs
    assert tariffs.recipient_token.text == "neighbour"


def test_rules_fold_sealed_meeting(parse, lex):
    doc = parse("The two foreign ministers met in Oslo and signed a fisheries accord.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    assert drafts[word(doc, "met").i].absorbed_by is drafts[word(doc, "signed").i]
    doc = parse("The two foreign ministers met in Oslo and praised the navy.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    assert drafts[word(doc, "met").i].absorbed_by is None  # praise seals no agreement


def test_rules_fold_coordinated_needs_a_shared_subject(parse, lex):
    doc = parse("Rebels shelled the town, and soldiers shelled the rebel camp.")
    drafts = _drafts(doc, lex)
    second = [d for d in drafts.values() if d.trigger.token.text == "shelled"][1]
    assert not drafting.fold_coordinated(second, drafts)
    doc = parse("Gunmen shot and wounded two guards.")
    drafts = _drafts(doc, lex)
    assert drafting.fold_coordinated(drafts[word(doc, "wounded").i], drafts)


def test_rules_fold_purposes(parse, lex):
    doc = parse("Thousands of workers went on strike to demand higher wages.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    drafting.fold_purposes(drafts)
    assert drafts[word(doc, "demand").i].absorbed_by is drafts[word(doc, "strike").i]
    visit = parse("The prime minister visited Cairo to demand the return of the hostages.")
    drafts = _drafts(visit, lex)
    drafting.fold_purposes(drafts)
    assert drafts[word(visit, "demand").i].absorbed_by is None  # a visit is no protest


def test_rules_fold_same_kind_purpose(parse, lex):
    def folded(sentence):
        doc = parse(sentence)
        drafts = _drafts(doc, lex)
        drafting.fold_purposes(drafts)
        return {d.trigger.token.text: d for d in drafts.values()}

    fired = folded("Riot police fired water cannon to disperse the marchers at the depot.")
    assert fired["disperse"].absorbed_by is fired["fired"]
    assert fired["fired"].recipient_token.text == "marchers"  # the cannon is no recipient
    used = folded("Guards used batons to disperse the strikers.")  # parsed as a complement
    assert used["disperse"].absorbed_by is used["used"]
    attack = folded("Soldiers attacked the convoy to kill its commander.")
    assert attack["kill"].absorbed_by is attack["attacked"]
    assert attack["attacked"].recipient_token.text == "convoy"  # its own object stays
    trip = folded("The minister flew to Lagos to negotiate the release of the crew.")
    assert all(d.absorbed_by is None for d in trip.values())  # talks are no second trip


def test_rules_ordered(parse, lex):
    doc = parse("The general ordered the battalion to withdraw.")
    drafts = _drafts(doc, lex)
    drafting.fold_governed(drafts, lex)
    withdraw = drafts[word(doc, "withdraw").i]
    assert withdraw.modality == "planned" and withdraw.actor_token.text == "general"


def test_rules_announced_measure(parse, lex):
    """An announced hostile measure is the measure; a warned one, or one on a condition, a
    threat."""
    said = parse("The ministry announced it would expel the envoys.")
    draft = _drafts(said, lex)[word(said, "expel").i]
    statement = intent.statement(draft, said[:], lambda token: None)
    assert intent.announced_measure(statement)
    warned = parse("The ministry warned it would expel the envoys.")
    draft = _drafts(warned, lex)[word(warned, "expel").i]
    assert not intent.announced_measure(intent.statement(draft, warned[:], lambda token: None))


# -- participants -----------------------------------------------------------------------------
def test_rules_dependents_leave_out_times_and_other_events(parse):
    doc = parse("Police arrested the men after the match as the fans left.")
    below = nearest.dependents(word(doc, "arrested"))
    assert word(doc, "men").i in below
    assert word(doc, "match").i not in below and word(doc, "fans").i not in below


def _actor(text="x", start=0, end=1, **kw):
    return Actor(text=text, start=start, end=end, name=text, **kw)


def test_rules_countries_from_context():
    class Context:
        def default_country(self, sent):
            return "MLI"

        def sentence_country(self, sent):
            return "MLI"

    police = _actor("police", sector="COP")
    actor, _ = home_countries.countries_from_context(police, None, None, Context(), "COERCE")
    assert actor.country == "MLI"
    un = _actor("UN", sector="IGO")
    actor, _ = home_countries.countries_from_context(un, None, None, Context(), "AID")
    assert actor.country is None  # an international body belongs to no country
    # a recipient named only by its country ("duties on Malawian maize") is that state
    malawian = _actor("Malawian", country="MWI")
    _, recipient = home_countries.countries_from_context(
        None, malawian, None, Context(), "SANCTION"
    )
    assert (recipient.country, recipient.sector) == ("MWI", "GOV")
    isis = _actor("IS", country="IMG")
    _, recipient = home_countries.countries_from_context(None, isis, None, Context(), "ASSAULT")
    assert recipient.sector is None
    # rebels of the country attack its army; its ministry does not act on its own army
    rebels, army = _actor("rebels", country="MLI", sector="REB"), _actor("army", sector="MIL")
    _, recipient = home_countries.countries_from_context(rebels, army, None, Context(), "ASSAULT")
    assert recipient.country == "MLI"
    ministry = _actor("ministry", country="MLI", sector="GOV")
    _, recipient = home_countries.countries_from_context(ministry, army, None, Context(), "AID")
    assert recipient.country is None


def test_rules_background_noun_takes_no_nearest_name(parse, lex):
    doc = parse("The mayor spoke to reporters shortly after the bombing.")
    draft = _drafts(doc, lex)[word(doc, "bombing").i]
    assert participants.background_noun(draft)
    doc = parse("The bombing of the depot angered the mayor.")
    draft = _drafts(doc, lex)[word(doc, "bombing").i]
    assert not participants.background_noun(draft)


def test_rules_background_noun_takes_no_recipient_from_its_clause(parse, lex, pipeline):
    actors, context = pipeline.events.actors, ArticleContext(day="2023-03-01")

    def recipient(text: str, trigger: str):
        doc = parse(text)
        draft = _drafts(doc, lex)[word(doc, trigger).i]
        found = participants.code_roles(draft, doc[:], lex, actors, context).recipient
        return found.text if found is not None else None

    after = "Hours after the bombing, Kenyan President William Ruto flew home."
    assert recipient(after, "bombing") is None  # he did not suffer the bombing
    own = "Hours after the bombing of a Kenyan army post, Somali officials met."
    assert recipient(own, "bombing") == "Kenyan army post"


def test_rules_people_country(parse):
    from crisislens.actors.context import ArticleContext

    doc = parse("Gunmen seized 40 farm workers near Tillaberi.")
    context = ArticleContext(day=None, countries={"NER": 3, "MLI": 1})
    context.sentence_countries[0] = {"NER"}
    workers = _actor("40 farm workers", sector="LAB")
    assert home_countries.people_country(workers, doc[:], context).country == "NER"
    minister = _actor("the minister", sector="GOV")  # a state organ: countries_from_context
    assert home_countries.people_country(minister, doc[:], context).country is None
    context.sentence_countries[0] = {"NER", "MLI"}  # several named: the event's place decides
    assert home_countries.people_country(workers, doc[:], context).country is None
    context.sentence_countries[0] = set()  # none named: the article's country
    assert home_countries.people_country(workers, doc[:], context).country == "NER"


def test_rules_other_country(parse):
    doc = parse("Officials deported 12 traders to Benin, Togo said.")
    context = ArticleContext(day=None)
    context.sentence_countries[0] = {"BEN", "TGO"}
    officials = _actor("Officials", sector="GOV")
    benin = _actor("Benin", country="BEN", sector="GOV")
    assert home_countries.other_country(officials, benin, doc[:], context).country == "TGO"
    context.sentence_countries[0] = {"BEN", "TGO", "GHA"}  # three named: no telling which
    assert home_countries.other_country(officials, benin, doc[:], context).country is None
    traders = _actor("traders", sector="BUS")  # not a state organ: its country comes elsewhere
    context.sentence_countries[0] = {"BEN", "TGO"}
    assert home_countries.other_country(traders, benin, doc[:], context).country is None


def _place(country="MLI", feature="city", start=30, end=33, text="Gao"):
    return Place(
        text=text,
        start=start,
        end=end,
        name=text,
        country=country,
        feature=feature,
        lat=16.3,
        lon=-0.04,
    )


def test_rules_roles_from_location(parse, lex):
    doc = parse("A market was bombed in Gao.")
    draft = _drafts(doc, lex)[word(doc, "bombed").i]
    actor, recipient = place_roles.roles_from_location(None, None, _place(), draft, "ASSAULT")
    assert actor.name == "Unidentified armed group (MLI)" and actor.sector == "UAF"
    assert recipient.country == "MLI" and recipient.sector == "GOV"


# -- place ------------------------------------------------------------------------------------
def test_rules_most_specific_inside(parse):
    doc = parse("They met in Goma, Congo.")
    goma = _place("COD", "city", 11, 15, "Goma")
    congo = _place("COD", "country", 17, 22, "Congo")
    assert place.most_specific_inside(word(doc, "in"), [congo, goma]) is goma


def test_rules_acted_on_place(parse):
    recipient = _actor("the Idlib region", 20, 36, country="SYR")
    idlib = _place("SYR", "admin1", 24, 29, "Idlib")
    assert place.acted_on_place([idlib], recipient) is idlib
    soldier = _actor("a Kenyan soldier", 20, 36, country="KEN")
    kenya = _place("KEN", "country", 22, 28, "Kenyan")
    assert place.acted_on_place([kenya], soldier) is None


@pytest.mark.parametrize(
    "text,name,feature,topic",
    [
        ("Envoys urged a truce in the Iran-Iraq war on Monday.", "Iran", "country", True),
        ("Envoys urged a truce in the Iran-Iraq war on Monday.", "Iraq", "country", True),
        ("They discussed Yemen’s civil war.", "Yemen", "country", True),
        ("The Kosovo and Serbia dispute dragged on.", "Kosovo", "country", True),
        ("Ministers joined the Libya peace talks.", "Libya", "country", True),
        # a meeting named after a town is where it met; a town put in a place is a place
        ("Ministers joined the Vienna talks.", "Vienna", "city", False),
        ("Troops patrolled the Kandahar region.", "Kandahar", "city", False),
        ("Ministers met in Oslo on the Sudan crisis.", "Oslo", "city", False),
    ],
)
def test_rules_names_topic(text, name, feature, topic):
    end = text.index(name) + len(name)
    assert place.names_topic(text, end, feature) is topic


def test_rules_verbal():
    assert place.verbal("REQUEST") and place.verbal("CONSULT")
    assert not place.verbal("ASSAULT")


def test_rules_spreads(parse, lex):
    doc = parse("The strike spread to Mombasa.")
    mombasa = _place(
        "KEN", "city", doc.text.index("Mombasa"), doc.text.index("Mombasa") + 7, "Mombasa"
    )
    drafts = _drafts(doc, lex)
    found = place.spreads(doc[:], drafts, [mombasa], lex)
    assert found == {word(doc, "strike").i: mombasa}
    assert word(doc, "spread").i not in drafts


# -- intent -----------------------------------------------------------------------------------
def _event(event_type, modality_, actor=None, recipient=None):
    return Event(
        event_id="e",
        event_type=event_type,
        modality=modality_,
        actor=actor,
        recipient=recipient,
        evidence=TextSpan(text="x", start=0, end=1),
        confidence=0.5,
    )


def _said(parse, text, trigger, speaker=None):
    doc = parse(text)
    token = word(doc, trigger)
    draft = drafting.Draft(
        triggers.Trigger(token, [token], Sense("AID"), "verb", 0.75),
        Sense("AID"),
        None,
        None,
        "planned",
    )
    return intent.statement(draft, doc[:], lambda t: speaker)


def test_rules_intent_plan_is_agree_or_threaten(parse):
    rebels = _actor("rebels", country="COL")
    said = _said(parse, "The rebels will lay down their arms.", "lay")
    assert intent.plan(_event("RETREAT", "planned", rebels), said)[2] == "AGREE"
    assert intent.plan(_event("ASSAULT", "planned", rebels), said)[2] == "THREATEN"


def test_rules_intent_refusal_and_relayed_demand(parse):
    council = _actor("council", country="KEN")
    said = _said(parse, "The council will not approve the budget.", "approve")
    assert intent.refusal(_event("AGREE", "negated", council), said)[2] == "REJECT"
    envoy = _actor("envoy", country="NOR")
    said = _said(parse, "The envoy said the militia must disarm.", "disarm", envoy)
    actor, _, kind = intent.relayed_demand(_event("RETREAT", "demanded", council), said)
    assert (actor.text, kind) == ("envoy", "REQUEST")


# -- scoring ----------------------------------------------------------------------------------
def test_rules_salience(parse, lex):
    doc = parse("Rebels shelled a base that troops had captured.")
    drafts = _drafts(doc, lex)
    assert scoring.salience(drafts[word(doc, "shelled").i]) > 0
    assert scoring.salience(drafts[word(doc, "captured").i]) < 0


def test_rules_trigger_weight_of_a_carried_noun(parse, lex):
    doc = parse("The airline announced a suspension of flights.")
    draft = _drafts(doc, lex)[word(doc, "suspension").i]
    assert scoring.trigger_weight(draft, lex) == 0.75


def test_rules_event_date(parse, lex):
    doc = parse("Rebels shelled the town on 3 March 2021.")
    draft = _drafts(doc, lex)[word(doc, "shelled").i]
    assert scoring.event_date(draft, doc[:], "2021-03-05") == "2021-03-03"


# -- the code and data discipline -------------------------------------------------------------
RULE_MODULES = [
    "events/extract.py",
    "events/triggers.py",
    "events/trigger_senses.py",
    "events/verb_vetoes.py",
    "events/movement_vetoes.py",
    "events/statement_vetoes.py",
    "events/roles.py",
    "events/undergoers.py",
    "events/modality.py",
    "events/clause_steps.py",
    "events/noun_modality.py",
    "events/lexicon.py",
    "events/types.py",
    "events/vocabulary.py",
    "events/rules/draft.py",
    "events/rules/assertion.py",
    "events/rules/questions.py",
    "events/rules/advisories.py",
    "events/rules/campaigns.py",
    "events/rules/generic.py",
    "events/rules/participants.py",
    "events/rules/nearest.py",
    "events/rules/home_countries.py",
    "events/rules/vengeance.py",
    "events/rules/doers.py",
    "events/rules/place_roles.py",
    "events/rules/place.py",
    "events/rules/intent.py",
    "events/rules/scoring.py",
    "events/rules/crashes.py",
    "events/rules/mishaps.py",
    "events/rules/told_twice.py",
    "events/rules/charges.py",
    "events/rules/unlikely_parties.py",
    "events/rules/arguments.py",
    "nlp/syntax.py",
]
SRC = ROOT / "src" / "crisislens"


def _functions(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


@pytest.mark.parametrize("module", RULE_MODULES)
def test_rules_no_function_over_60_lines(module):
    long = [
        f"{f.name} ({f.end_lineno - f.lineno + 1} lines)"
        for f in _functions(SRC / module)
        if f.end_lineno - f.lineno + 1 > 60
    ]
    assert not long, f"{module}: {long}"


def _labels(nlp) -> set[str]:
    from crisislens.events.lexicon import ARGUMENT_CUES
    from crisislens.events.types import FLAGS, STANCES
    from crisislens.schemas import MODALITIES

    labels = set(nlp.get_pipe("parser").labels) | set(nlp.get_pipe("ner").labels)
    labels |= set(nlp.get_pipe("tagger").labels) | {"ROOT", "VERB", "AUX", "NOUN", "PROPN"}
    names = set(FLAGS) | set(STANCES) | set(MODALITIES) | set(triggers.TRIGGER_KINDS)
    return labels | names | set(ARGUMENT_CUES)  # the cue kinds of argument_senses


@pytest.mark.parametrize("module", RULE_MODULES)
def test_rules_no_word_list_in_python(nlp, module):
    """Collections of strings in rule code hold only parser labels and the schema's own names;
    words belong in data/ (event_rules.yaml, event_lexicon.yaml, event_types.yaml)."""
    allowed = _labels(nlp)
    tree = ast.parse((SRC / module).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            strings = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            if len(strings) >= 2:
                found += [s for s in strings if s not in allowed]
    assert not found, f"{module} lists words in code: {found}"


def test_rules_every_word_list_and_weight_is_defined_and_used():
    """The names rule code reads from event_rules.yaml exist there, and each entry is read."""
    import re

    from crisislens.events.vocabulary import vocabulary

    vocab = vocabulary()
    readers = [m for m in RULE_MODULES if not m.endswith(("lexicon.py", "vocabulary.py"))]
    code = "\n".join((SRC / m).read_text(encoding="utf-8") for m in readers)
    for kind in ("words", "weights", "limits", "sectors", "place_features"):
        table = getattr(vocab, kind)
        read = set(re.findall(rf"\b{kind}\.([a-z_]+)", code))
        assert read <= set(table.names()), f"{kind} missing: {read - set(table.names())}"
        assert set(table.names()) <= read, f"{kind} never read: {set(table.names()) - read}"


def test_rules_vocabulary_named_reads_entries_and_fails_loudly_on_a_missing_name():
    from crisislens.events.vocabulary import Named

    words = Named("word list", {"siege_words": frozenset({"siege"}), "names": frozenset({"x"})})
    assert words.siege_words == frozenset({"siege"})
    assert callable(words.names) and words.names() == ["siege_words", "names"]
    assert "names" in words and "blockade_words" not in words
    with pytest.raises(AttributeError, match="no word list named 'blockade_words'"):
        words.blockade_words  # noqa: B018


def test_rules_event_types_new_type_is_one_entry():
    from crisislens.events.types import event_types, load_event_types
    from crisislens.schemas import PLOVER_TYPES

    assert tuple(event_types()) == PLOVER_TYPES
    extra = """
types:
  EXPEL_ENVOY:
    description: Expel a diplomat.
    cameo: ["166"]
    colour: "#123456"
    stance: hostile
    modes: {expel: null}
    threat_mode: relations
"""
    loaded = load_event_types(extra)
    assert loaded["EXPEL_ENVOY"].stance == "hostile" and loaded["EXPEL_ENVOY"].threat_mode
    with pytest.raises(ValueError, match="needs a stance"):
        load_event_types(extra.replace("stance: hostile", "stance: grumpy"))


def test_rules_lexicon_modes_are_declared_by_their_type():
    with pytest.raises(ValueError, match="not declared"):
        Lexicon.load("verbs:\n  ASSAULT: [pummel:fisticuffs]\n")
    with pytest.raises(ValueError, match="not an event type"):
        Lexicon.load("verbs:\n  SCOLD: [scold]\n")


# -- the lexicon's layers ---------------------------------------------------------------------
def test_rules_lexicon_hand_layer_over_cameo(lex):
    assert lex.verbs["bludgeon"][0].layer == "base"  # only the CAMEO dictionary has it
    assert {s.layer for s in lex.verbs["attack"]} == {"hand"}  # ours replaces CAMEO's
    assert lex.objects["lift"]["curfew"] == Sense("RETREAT", "ease")  # ours, over CAMEO's
    assert "bludgeon" not in lex.hand_layer().verbs
    assert not Lexicon.load(base=None).has_base


def test_rules_base_layer_is_a_fallback(parse, lex):
    doc = parse("The guards bludgeoned the prisoners.")
    [only] = triggers.find_triggers(doc[:], lex)
    assert only.token.text == "bludgeoned" and only.sense.layer == "base"
    doc = parse("The guards bludgeoned and arrested the prisoners.")
    assert [t.token.text for t in triggers.find_triggers(doc[:], lex)] == ["arrested"]


def test_rules_coded_pair_for_base_layer(parse, lex):
    doc = parse("The guards bludgeoned the prisoners.")
    [trigger] = triggers.find_triggers(doc[:], lex)
    draft = drafting.make_draft(trigger, lex)
    guards = _actor("guards", country="MLI", sector="COP")
    prisoners = _actor("prisoners", country="MLI", sector="CVL")
    assert participants.coded_pair_for_base_layer(draft, guards, prisoners)
    assert not participants.coded_pair_for_base_layer(draft, guards, None)
    hand = drafting.make_draft(
        trigger_of(parse("The guards beat the prisoners."), lex, "beat"), lex
    )
    assert participants.coded_pair_for_base_layer(hand, guards, None)


# -- general fixes for held-out misses ---------------------------------------------------------
def test_rules_under_intent_predicate(parse, lex):
    doc = parse("The rebels are willing to disarm.")
    disarm = word(doc, "disarm")
    assert modality.modality_of(disarm, lex.governors) == "planned"
    assert roles.shared_subject(disarm, "RETREAT").text == "rebels"


def test_rules_stated_readiness_is_agree(extract):
    record = extract("Norway is ready to host the peace talks.")
    top = max(record.events, key=lambda e: e.confidence)
    assert top.event_type == "AGREE" and top.actor.country == "NOR"


@pytest.mark.parametrize(
    "verb,obj,expected",
    [
        ("relaxed", "the curfew", "RETREAT"),
        ("revoked", "the ban", "CONCEDE"),
        ("scrapped", "the sanctions", "RETREAT"),
        ("extended", "the curfew", "COERCE"),
        ("tightened", "the restrictions", "COERCE"),
    ],
)
def test_rules_easing_and_imposing_classes(parse, lex, verb, obj, expected):
    doc = parse(f"The junta {verb} {obj} on Monday.")
    trigger = triggers.object_trigger(word(doc, verb), lex)
    assert trigger is not None and trigger.sense.event_type == expected


def test_rules_conditional_offer_and_threat(extract):
    offer = extract("The rebels said they would meet the envoy if the army withdrew.")
    top = max(offer.events, key=lambda e: e.confidence)
    assert top.event_type == "AGREE"
    threat = extract("The ministry said it would free the sailors unless the fine was paid.")
    top = max(threat.events, key=lambda e: e.confidence)
    assert top.event_type == "THREATEN"


def test_rules_withdrawing_inspectors_is_a_sanction(parse, lex):
    doc = parse("The agency withdrew its inspectors from the plant.")
    assert triggers.object_trigger(word(doc, "withdrew"), lex).sense.event_type == "SANCTION"


# -- assertion: which candidates are events ---------------------------------------------------
def _draft_of(parse, lex, text, trigger_text):
    doc = parse(text)
    return _drafts(doc, lex)[word(doc, trigger_text).i]


@pytest.mark.parametrize(
    ("text", "trigger", "dropped"),
    [
        ("A herdsman was struck by lightning on the hillside.", "struck", True),
        ("Nine miners were killed by a landslide at the quarry.", "killed", True),
        ("A courier was hit by a bus outside the station.", "hit", True),
        ("Hundreds of huts were destroyed by Typhoon Kai.", "destroyed", True),
        # a vehicle's blow counts only for verbs of a blow; a person by-agent is an attacker
        ("The trader was attacked by a man on a motorcycle.", "attacked", False),
        ("The guard was struck by a gunman at the gate.", "struck", False),
    ],
)
def test_rules_done_by_a_hazard(parse, lex, text, trigger, dropped):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, text, trigger)
    assert (assertion.done_by_a_hazard(draft) == assertion.DROP) is dropped


@pytest.mark.parametrize(
    ("text", "trigger", "dropped"),
    [
        ("The documentary was shot on an island near the coast.", "shot", True),
        ("The winger shot the ball over the bar.", "shot", True),
        ("The cabinet seized the chance to cut fuel subsidies.", "seized", True),
        ("Gunmen shot two guards at the mine.", "shot", False),
        ("The rebels captured the airport.", "captured", False),
    ],
)
def test_rules_other_senses_of_attack_verbs(parse, lex, text, trigger, dropped):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, text, trigger)
    assert (assertion.object_makes_no_event(draft) == assertion.DROP) is dropped


def test_rules_named_not_done(parse, lex):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, "The mayor called the riot a massacre.", "massacre")
    assert assertion.named_not_done(draft) == assertion.DROP
    kept = _draft_of(parse, lex, "The mayor called the riot a massacre.", "riot")
    assert assertion.named_not_done(kept) is None


def test_rules_party_not_stance(parse, lex):
    from crisislens.events.rules import assertion

    party = _draft_of(parse, lex, "The opposition said it would boycott the vote.", "opposition")
    assert assertion.party_not_stance(party) == assertion.DROP
    stance = _draft_of(parse, lex, "The unions voiced opposition to the reform.", "opposition")
    assert assertion.party_not_stance(stance) is None
    own = _draft_of(parse, lex, "Their opposition surprised the government.", "opposition")
    assert assertion.party_not_stance(own) is None


def test_rules_drop_wins_over_modality(parse, lex):
    from crisislens.events.rules import assertion

    text = "The junta made a bid to weaken the opposition before the vote."
    party = _draft_of(parse, lex, text, "opposition")
    assert assertion.intention_noun(party) == "planned"
    assert assertion.first_verdict(party) == assertion.DROP
    bid = _draft_of(parse, lex, "Rebels made a bid to retake the town.", "retake")
    assert assertion.first_verdict(bid) == "planned"


@pytest.mark.parametrize(
    ("text", "trigger", "dropped"),
    [
        ("Troops were flown to Tarvos to quell the riots.", "quell", True),
        ("Extra police were posted in Orlen to prevent looting.", "prevent", True),
        ("Police tried to quell the riot in Varna.", "quell", False),
        ("The governor vowed to restore order in the province.", "restore", False),
    ],
)
def test_rules_keeping_order_purpose(parse, lex, text, trigger, dropped):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, text, trigger)
    assert (assertion.keeping_order_purpose(draft) == assertion.DROP) is dropped


def test_rules_naming_verb_no_act(parse, lex):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, "The mayor called the riot a massacre.", "called")
    assert assertion.naming_verb_no_act(draft) == assertion.DROP
    call = _draft_of(parse, lex, "The president called the governor.", "called")
    assert assertion.naming_verb_no_act(call) is None
    adjective = _draft_of(parse, lex, 'The envoy called the mayor\'s remarks "reckless."', "called")
    assert assertion.naming_verb_no_act(adjective) == assertion.DROP


@pytest.mark.parametrize(
    "text,trigger,rule,expected",
    [
        (
            "The officials accused the neighbour of arming the rebels in the hills.",
            "arming",
            "alleged_content",
            "possible",
        ),
        (
            "The ministry accused the militia of genocide.",
            "genocide",
            "alleged_content",
            "possible",
        ),
        ("The ministry accused the militia on Monday.", "accused", "alleged_content", None),
        (
            "Border guards, backed by allied militias, fought the smugglers.",
            "backed",
            "standing_relation",
            "drop",
        ),
        ("Allied militias backed the border guards.", "backed", "standing_relation", None),
        (
            "They said they will no longer recognize the council.",
            "recognize",
            "no_longer",
            "negated",
        ),
        ("The navy sailed in order to prevent smuggling.", "prevent", "intention_noun", "planned"),
        (
            "Crowds marked the tenth anniversary of the massacre.",
            "massacre",
            "recalled_by_a_noun",
            "drop",
        ),
        ("Crowds protested against the massacre.", "massacre", "recalled_by_a_noun", None),
        (
            "The two states signed an accord to patrol the lake jointly.",
            "patrol",
            "intention_noun",
            "planned",
        ),
        (
            "The party voiced its reluctance to endorse the plan.",
            "endorse",
            "intention_noun",
            "negated",
        ),
        (
            "Norway was the first country to recognize the state.",
            "recognize",
            "intention_noun",
            None,
        ),
    ],
)
def test_rules_assertion_rules(parse, lex, text, trigger, rule, expected):
    """One sentence each of ours for the assertion rules added for real news (#12)."""
    from crisislens.events.rules import assertion

    verdict = getattr(assertion, rule)(_draft_of(parse, lex, text, trigger))
    assert verdict == (assertion.DROP if expected == "drop" else expected)


def test_rules_without_negates(parse, lex):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, "The rebels left without warning.", "warning")
    assert assertion.without_negates(draft) == "negated"


@pytest.mark.parametrize(
    ("text", "trigger", "dropped"),
    [
        ("The governor warned of a possible revival of the raids.", "warned", True),
        ("Army chiefs warned in June of a likely comeback by the militia.", "warned", True),
        ("The minister warned of a harsh response to any incursion.", "warned", False),
        ("The militia warned the villagers to leave by dawn.", "warned", False),
    ],
)
def test_rules_warned_of_a_possibility(parse, lex, text, trigger, dropped):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, text, trigger)
    assert (assertion.warned_of_a_possibility(draft) == assertion.DROP) is dropped


def test_rules_questions(parse, lex):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, "Will the army withdraw from the town?", "withdraw")
    assert assertion.questioned_not_asserted(draft) == "hypothetical"
    asked = '"Who will pay for the repairs?", the farmer asked.'
    doc = parse(asked)
    drafts = _drafts(doc, lex)
    ask = drafts.get(word(doc, "asked").i)
    assert ask is None or assertion.asked_question_no_request(ask) == assertion.DROP


def test_rules_judge_drops_names_and_keeps_the_event(extract):
    record = extract("The mayor called the riot a massacre.")
    assert [e.event_type for e in record.events] == ["PROTEST"]


@pytest.mark.parametrize(
    "text,verb,expected",
    [
        ("The ministry banned all public gatherings.", "banned", "COERCE"),
        ("The European Union banned imports of timber.", "banned", "SANCTION"),
        ("Armoured vehicles were moved into the valley.", "moved", "MOBILIZE"),
    ],
)
def test_rules_bans_and_troop_movements(extract, text, verb, expected):
    event = next(e for e in extract(text).events if e.trigger and verb in e.trigger.text)
    assert event.event_type == expected


def test_rules_object_makes_no_event(parse, lex):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, "The police released the names of the victims.", "released")
    assert assertion.object_makes_no_event(draft) == assertion.DROP
    kept = _draft_of(parse, lex, "The rebels released the hostages.", "released")
    assert assertion.object_makes_no_event(kept) is None


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Two reporters contributed to this story.", "contributed"),  # a preposition's object
        ("The statement released on Monday named no suspects.", "released"),  # the noun modified
        ("The proposal was met with surprise in the capital.", "met"),
        ("The mayor shared news of the flood on the radio.", "shared"),
        ("The assembly voted to draft a new constitution.", "draft"),
        ("The two sides struck a deal in the capital.", "struck"),
        # a body's hurt or care is no meeting
        ("Two guards received minor injuries in the blast.", "received"),
        ("The driver received treatment at a clinic in Gulu.", "received"),
        ("Health workers moved quickly to attack the outbreak in the camps.", "attack"),
        # what came to someone is no guest received; how a source is quoted no request
        ("The singer received a letter from her manager in Lagos.", "received"),
        ("After the vote the mayor received warm praise from traders.", "received"),
        ("The governor received the news of the raid with sadness.", "received"),
        ("A clerk at the ministry, who requested anonymity, confirmed the figures.", "requested"),
        ("The scheme met with opposition from farmers in the valley.", "met"),
        # a view set aside rejects no party's demand; obstructing talks destroys nothing;
        # a situation acknowledged is no recognition granted
        ("The minister rejected suggestions that the port was unsafe.", "rejected"),
        ("The governor rebuffed fears of a drought in the north.", "rebuffed"),
        ("The envoy said the junta tried to sabotage the peace process.", "sabotage"),
        ("We recognize a difficult situation on the border, the minister said.", "recognize"),
    ],
)
def test_rules_object_makes_no_event_beyond_the_direct_object(parse, lex, text, trigger):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, text, trigger)
    assert assertion.object_makes_no_event(draft) == assertion.DROP


def test_rules_subject_makes_no_event(parse, lex):
    from crisislens.events.rules import assertion

    smoke = _draft_of(parse, lex, "Smoke rose over the harbour at dawn.", "rose")
    assert assertion.object_makes_no_event(smoke) == assertion.DROP
    aimed = _draft_of(parse, lex, "The guards fired at them from the tower.", "fired")
    assert assertion.object_makes_no_event(aimed) is None  # "at them" is aimed, not "fired them"
    # a train or a ship on its way pays no visit; a minister does
    train = _draft_of(parse, lex, "The night train was travelling south to Kisumu.", "travelling")
    assert assertion.object_makes_no_event(train) == assertion.DROP
    envoy = _draft_of(parse, lex, "The envoy was travelling south to Kisumu.", "travelling")
    assert assertion.object_makes_no_event(envoy) is None
    # the subject of the verb it completes: "prepared to receive" takes in patients
    ward = _draft_of(parse, lex, "The nurses prepared to receive ten soldiers.", "receive")
    assert assertion.object_makes_no_event(ward) == assertion.DROP
    host = _draft_of(parse, lex, "The king prepared to receive the new envoy.", "receive")
    assert assertion.object_makes_no_event(host) is None


def test_rules_lasting_for_years(parse, lex):
    from crisislens.events.rules import generic

    stance = _draft_of(
        parse, lex, "The ministry has denied for years that it holds them.", "denied"
    )
    assert generic.lasting_for_years(stance) == generic.DROP
    once = _draft_of(parse, lex, "The ministry denied on Monday that it holds them.", "denied")
    assert generic.lasting_for_years(once) is None
    term = _draft_of(parse, lex, "The court banned the mayor from office for ten years.", "banned")
    assert generic.lasting_for_years(term) is None  # the length of the ban: it happened
    feud = _draft_of(parse, lex, "The two clans have fought for ten years over land.", "fought")
    assert generic.lasting_for_years(feud) == generic.DROP
    taken = _draft_of(parse, lex, "They took our votes for granted for 100 years.", "granted")
    assert generic.lasting_for_years(taken) == generic.DROP


def test_rules_over_a_period(parse, lex):
    from crisislens.events.rules import generic

    tally = _draft_of(
        parse, lex, "In the last ten months, 900 fighters have been killed.", "killed"
    )
    assert generic.over_a_period(tally) == generic.DROP
    once = _draft_of(parse, lex, "In the morning, nine fighters were killed.", "killed")
    assert generic.over_a_period(once) is None


def test_rules_alleged_content_of_an_alleged_deed(parse, lex):
    from crisislens.events.rules import assertion

    text = "The governor accused the colonel of plotting a coup against him."
    assert assertion.alleged_content(_draft_of(parse, lex, text, "coup")) == "possible"
    text = "The governor praised the colonel for foiling a coup against him."
    assert assertion.alleged_content(_draft_of(parse, lex, text, "coup")) is None


@pytest.mark.parametrize(
    ("text", "trigger", "verdict"),
    [
        ("Talks on a truce in the east stalled on Monday.", "truce", "possible"),
        (
            "The envoys held talks over the release of the detained trawler crews.",
            "release",
            "possible",
        ),
        (
            "The ministers discussed the withdrawal of police from the valley.",
            "withdrawal",
            "possible",
        ),
        # a hostile act talked about has happened; a truce negotiated was reached
        ("The ministers held talks on the shelling of the port.", "shelling", None),
        ("The militias negotiated a truce with the army on Monday.", "truce", None),
    ],
)
def test_rules_talked_about(parse, lex, text, trigger, verdict):
    from crisislens.events.rules import assertion

    assert assertion.talked_about(_draft_of(parse, lex, text, trigger)) == verdict


def test_rules_told_by_their_verb(parse, lex):
    from crisislens.events.rules import assertion

    doc = parse("The army said it will convene a meeting of the commanders on Friday.")
    drafts = _drafts(doc, lex)
    assert word(doc, "meeting").i in assertion.told_by_their_verb(drafts)
    doc = parse("The council condemned the attack on the convoy.")
    assert assertion.told_by_their_verb(_drafts(doc, lex)) == []


def test_rules_setting_no_event(parse, lex):
    from crisislens.events.rules import assertion

    text = "The farmers said at a meeting in the village that they would block the highway."
    assert assertion.setting_no_event(_draft_of(parse, lex, text, "meeting")) == assertion.DROP
    press = "The minister resigned before the press conference on Friday."
    assert assertion.setting_no_event(_draft_of(parse, lex, press, "conference")) == assertion.DROP
    talks = "The two ministers met at a summit in the capital."
    assert assertion.setting_no_event(_draft_of(parse, lex, talks, "summit")) is None


@pytest.mark.parametrize(
    "text,verb",
    [
        ("Guards exchanged fire with the inmates.", "exchanged"),
        ("The soldiers returned fire from the ridge.", "returned"),
    ],
)
def test_rules_shots_traded_or_answered_are_fighting(parse, lex, text, verb):
    doc = parse(text)
    assert triggers.object_trigger(word(doc, verb), lex).sense.event_type == "ASSAULT"


def test_rules_stray_question_mark_makes_no_question(parse, lex):
    from crisislens.events.rules import assertion

    draft = _draft_of(parse, lex, "Two hurt in late night shooting downtown | Metro ?", "shooting")
    assert assertion.questioned_not_asserted(draft) is None


# -- generic: habits, standing positions and statistics -----------------------------------------
def test_rules_habitual_adverb(parse, lex):
    from crisislens.events.rules import generic

    habit = _draft_of(
        parse, lex, "The militia regularly shells the villages near the dam.", "shells"
    )
    assert generic.habitual_adverb(habit) == generic.DROP_CLAUSE
    noun = _draft_of(parse, lex, "The valley suffered frequent raids by the militia.", "raids")
    assert generic.habitual_adverb(noun) == generic.DROP
    carried = _draft_of(parse, lex, "Dockers routinely stage strikes at the port.", "strikes")
    assert generic.habitual_adverb(carried) == generic.DROP_CLAUSE
    once = _draft_of(
        parse, lex, "The militia shelled the villages near the dam on Monday.", "shelled"
    )
    assert generic.habitual_adverb(once) is None


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        ("The opposition party opposes the new dam.", "opposes", "drop clause"),
        ("The ministry denies the reports of torture.", "denies", "drop clause"),
        ("We condemn the attack on the clinic.", "condemn", None),
        ("The ministry condemns this attack on the clinic.", "condemns", None),
        ('"The farmers reject the plan," their leader said.', "reject", None),
        ("Rebels seize border town", "seize", None),
        ("The council rejected the plan.", "rejected", None),
        ("The council is rejecting the plan.", "rejecting", None),
    ],
)
def test_rules_standing_present(parse, lex, text, trigger, expected):
    from crisislens.events.rules import generic

    assert generic.standing_present(_draft_of(parse, lex, text, trigger)) == expected


def test_rules_counted_acts(parse, lex):
    from crisislens.events.rules import generic

    counted = _draft_of(parse, lex, "Insurgents carried out 320 attacks on the railway.", "attacks")
    assert generic.counted_acts(counted) == generic.DROP
    dozens = _draft_of(parse, lex, "Police carried out dozens of raids on the camps.", "raids")
    assert generic.counted_acts(dozens) == generic.DROP
    doubled = _draft_of(parse, lex, "The cartel has doubled the number of raids on farms.", "raids")
    assert generic.counted_acts(doubled) == generic.DROP
    two = _draft_of(parse, lex, "Two bombings shook the market on Friday.", "bombings")
    assert generic.counted_acts(two) is None


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        ("Critics have long accused the mayor of graft.", "accused", "drop clause"),
        ("The farmers' union has always opposed the new dam.", "opposed", "drop clause"),
        ("The two navies have traditionally cooperated on piracy.", "cooperated", "drop clause"),
        ('"We have always asked the rebels to talk," the envoy said.', "asked", None),
        ("Critics accused the mayor of graft on Monday.", "accused", None),
        ("The union has opposed the new dam in a letter to the minister.", "opposed", None),
    ],
)
def test_rules_standing_perfect(parse, lex, text, trigger, expected):
    from crisislens.events.rules import generic

    assert generic.standing_perfect(_draft_of(parse, lex, text, trigger)) == expected


def test_rules_judge_drops_a_standing_position_with_its_content(extract):
    assert extract("The ministry denies the allegations of torture.").events == []
    kept = extract("The ministry denied the allegations of torture on Monday.").events
    assert "REJECT" in [e.event_type for e in kept]


def test_rules_coordinated_passive_subject(parse):
    doc = parse("The editor was detained and questioned for hours.")
    _, recipient = roles.verb_roles(word(doc, "questioned"), "ACCUSE")
    assert recipient is not None and recipient.text == "editor"
    doc = parse("Troops shelled the town and withdrew.")  # an active verb keeps its own roles
    assert undergoers.coordinated_passive_subject(word(doc, "withdrew")) is None


@pytest.mark.parametrize(
    "text, noun, actor",
    [
        ("A dozen guards were involved in the ambush.", "ambush", "guards"),
        ("Officials said the faction responsible for the raid had fled.", "raid", "faction"),
        ("The faction was responsible for the raid.", "raid", "faction"),
        ("Hundreds of students took part in the march.", "march", "Hundreds"),
        ("The cell behind the bombing was dismantled.", "bombing", "cell"),
    ],
)
def test_rules_participant_subject(parse, text, noun, actor):
    found = roles.participant_subject(word(parse(text), noun))
    assert found is not None and found.text == actor


def test_rules_participant_subject_needs_a_participation_word(parse):
    doc = parse("The mayor spoke about the raid.")
    assert roles.participant_subject(word(doc, "raid")) is None


def test_rules_undergoer(parse):
    doc = parse("The two editors face long prison sentences.")
    assert roles.undergoer(word(doc, "sentences")).text == "editors"
    doc = parse("The convoy suffered repeated raids near the pass.")
    assert roles.noun_roles(word(doc, "raids"), "ASSAULT")[1].text == "convoy"
    doc = parse("The judge announced the sentences.")
    assert roles.undergoer(word(doc, "sentences")) is None


def test_rules_aimed_object(parse):
    doc = parse("The raid targeted a fuel depot outside the town.")
    assert roles.aimed_object(word(doc, "raid")).text == "depot"
    doc = parse("The raid lasted an hour.")
    assert roles.aimed_object(word(doc, "raid")) is None


def test_rules_infinitive_under_a_noun_takes_the_nouns_actor(parse):
    doc = parse("The militia's decision to raid the port was a mistake.")
    actor, _ = roles.verb_roles(word(doc, "raid"), "ASSAULT")
    assert actor is not None and actor.text == "militia"


def test_rules_own_mention_keeps_uncoded_participants(extract):
    record = extract("The gunmen stormed a bakery in the old town of Example on Friday.")
    attack = next(e for e in record.events if e.event_type == "ASSAULT")
    mention = next(m for m in attack.mentions if m.trigger == attack.trigger)
    assert mention.recipient is not None and mention.recipient.text == "bakery"
    assert mention.recipient.country is None and mention.recipient.sector is None
    assert attack.recipient is None or attack.recipient.text != "bakery"  # never coded


def test_rules_own_mention_leaves_out_weapons_places_and_times(extract):
    record = extract("The device exploded on Monday, and the Example City bombing followed.")
    for event in record.events:
        for mention in event.mentions:
            actor = mention.actor
            assert actor is None or actor.text not in ("device", "Monday", "Example City")


def test_rules_position_of_a_compound_event_noun(parse):
    doc = parse("Officials said 34 people were involved in the failed bombing attempt.")
    actor, _ = roles.noun_roles(word(doc, "bombing"), "ASSAULT")
    assert actor is not None and actor.text == "people"


def test_rules_participle_under_a_noun_shares_the_noun(parse):
    doc = parse("Police worry about smugglers arming small boats to raid the coast.")
    actor = roles.shared_subject(word(doc, "raid"), "ASSAULT")
    assert actor is not None and actor.text == "smugglers"


def test_rules_a_named_day_is_no_actor(parse):
    doc = parse("Thousands joined the Bloody Sunday marches in the port.")
    actor, _ = roles.noun_roles(word(doc, "marches"), "PROTEST")
    assert actor is None or actor.text not in ("Bloody", "Sunday")


def test_rules_the_subjects_own_object_gives_way_to_the_aimed_at(parse):
    doc = parse("Chile offered its troops to the new government of Peru.")
    assert roles.active_recipient(word(doc, "offered")).text == "government"
    doc = parse("Chile offered troops to the new government of Peru.")
    assert roles.active_recipient(word(doc, "offered")).text == "troops"


def test_rules_countries_from_context_state_recipient_takes_default_country():
    # "gunmen fired on a police patrol" in a report from Mali: Mali's police
    class Context:
        def default_country(self, sent):
            return "MLI"

        def sentence_country(self, sent):
            return None  # the sentence names no country

        def home_country(self, sent):
            return "MLI"

    gunmen, patrol = _actor("gunmen", sector="UAF"), _actor("patrol", start=5, sector="COP")
    _, recipient = home_countries.countries_from_context(gunmen, patrol, None, Context(), "ASSAULT")
    assert recipient.country == "MLI"
    # a base-layer (CAMEO-only) trigger codes only the countries its sentence names
    _, recipient = home_countries.countries_from_context(
        gunmen, patrol, None, Context(), "ASSAULT", named_only=True
    )
    assert recipient.country is None


def test_rules_speaker_nationality_is_no_place(parse):
    doc = parse("The U.S. envoy said the rebels had left the valley.")
    assert place_parties.speaker_nationality(word(doc, "U.S."))
    assert (word(doc, "U.S.").idx, word(doc, "U.S.").idx + 4) in place_parties.actor_phrases(
        word(doc, "left")
    )
    doc = parse("U.S. jets struck the valley.")
    assert not place_parties.speaker_nationality(word(doc, "U.S."))


def test_rules_a_capital_that_speaks_is_no_place_of_what_it_says(parse):
    doc = parse("Lisbon said it would retaliate against the levies.")
    lisbon = word(doc, "Lisbon")
    assert (lisbon.idx, lisbon.idx + 6) in place_parties.speaking_places(word(doc, "retaliate"))
    doc = parse("Tunis saw mass protests on Friday.")
    assert place_parties.speaking_places(word(doc, "protests")) == []


def test_rules_carried_people_are_the_recipient(parse):
    doc = parse("Bandits ambushed a truck carrying nurses near the ford.")
    assert roles.verb_roles(word(doc, "ambushed"), "ASSAULT")[1].text == "nurses"
    doc = parse("Bandits ambushed a truck carrying guns near the ford.")
    assert roles.verb_roles(word(doc, "ambushed"), "ASSAULT")[1].text == "truck"


def test_rules_blamed_party_is_the_recipient(parse):
    doc = parse("The ministry blamed the ambush on bandits.")
    assert roles.verb_roles(word(doc, "blamed"), "ACCUSE")[1].text == "bandits"
    doc = parse("The ministry blamed bandits for the ambush.")
    assert roles.verb_roles(word(doc, "blamed"), "ACCUSE")[1].text == "bandits"


def test_rules_a_partys_base_is_no_place_of_the_event(parse):
    doc = parse("The ministry blamed the ambush on bandits based in the valley.")
    based = word(doc, "based")
    assert place_parties.based(based, word(doc, "ambush"))
    assert (based.idx, len(doc.text) - 1) in place_parties.actor_phrases(word(doc, "ambush"))
