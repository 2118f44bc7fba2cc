"""Role rules for real news: weapons used, days named, controllers in the passive, two sides
joined by a hyphen, and where unnamed locals belong. Our own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from conftest import word
from crisislens.actors.context import ArticleContext
from crisislens.events import roles, undergoers
from crisislens.events.rules import doers, home_countries, nearest, participants, place_roles


def test_role_rules_used_weapon_is_no_recipient(parse):
    doc = parse("The cell detonated two bombs outside the ferry terminal.")
    assert roles.verb_roles(word(doc, "detonated"), "ASSAULT")[1] is None
    doc = parse("Militants fired rockets at the garrison overnight.")
    assert roles.verb_roles(word(doc, "fired"), "ASSAULT")[1].text == "garrison"
    doc = parse("Guards shot down a drone over the prison.")  # a target, not a weapon used
    assert roles.verb_roles(word(doc, "shot"), "ASSAULT")[1].text == "drone"


def test_role_rules_a_named_day_is_no_actor(parse):
    doc = parse("The group regretted the Black Tuesday bombings for years.")
    actor, _ = roles.noun_roles(word(doc, "bombings"), "ASSAULT")
    assert actor is None or actor.text != "Black"
    doc = parse("Nine guards died in IS attacks near the dam.")
    assert roles.noun_roles(word(doc, "attacks"), "ASSAULT")[0].text == "IS"


def test_role_rules_carrier_under_a_passive_controller(parse, lex):
    doc = parse("The envoy is expected to hold a brief meeting with the Malian minister.")
    carrier = roles.carrier_subject(word(doc, "meeting"), lex.light_verbs)
    assert carrier is not None and carrier.text == "envoy"


def test_role_rules_hyphen_sides(parse, pipeline):
    actors = pipeline.events.actors
    doc = parse("Delegates prepared for the Kenya-Uganda border talks on Friday.")
    actor, recipient = participants.hyphen_sides(word(doc, "talks"), actors)
    assert (actor.country, recipient.country) == ("KEN", "UGA")
    assert doc.text[actor.start : actor.end] == "Kenya"
    assert doc.text[recipient.start : recipient.end] == "Uganda"
    doc = parse("The Franco-Prussian war changed the map.")  # not two countries' names
    assert participants.hyphen_sides(word(doc, "war"), actors) is None


def test_role_rules_hyphen_sides_in_a_record(extract):
    record = extract("The ministers left for U.S.-Iran talks in Oman.")
    talks = next(e for e in record.events if e.trigger and e.trigger.text == "talks")
    assert talks.actor.country == "USA" and talks.recipient.country == "IRN"


def test_role_rules_where_named(parse):
    doc = parse("The talks in Lome, Togo, and in Accra ended.")
    assert nearest.where_named(word(doc, "Lome"))
    assert nearest.where_named(word(doc, "Togo"))
    doc = parse("Togo hosted the talks.")
    assert not nearest.where_named(word(doc, "Togo"))


def test_role_rules_owns_place(parse):
    doc = parse("Gunmen attacked a bus in Kenya's remote Mandera county.")
    assert nearest.owns_place(word(doc, "Kenya"))
    doc = parse("Rebels shelled a market in the Congolese town of Beni.")
    assert nearest.owns_place(word(doc, "Congolese"))
    doc = parse("Gunmen attacked Kenya's police in the county.")  # whose police, not where
    assert not nearest.owns_place(word(doc, "Kenya"))


def test_role_rules_home_country_of_locals():
    class Sent:
        start_char = 0

    context = ArticleContext(day=None, focus_country="KEN")
    context.sentence_countries[0] = {"SOM"}
    assert context.home_country(Sent()) == "KEN"  # named only as a party: "Somali gunmen"
    context.sentence_places[0] = {"SOM"}
    assert context.home_country(Sent()) == "SOM"  # "in Kismayo": the sentence is there
    context = ArticleContext(day=None, focus_country="SOM")
    context.sentence_countries[0] = {"SOM"}
    assert context.home_country(Sent()) == "SOM"


def test_role_rules_locals_hit_by_foreign_troops(extract):
    text = (
        "NAIROBI - Kenyan police guarded the capital on Monday. "
        "Ugandan soldiers opened fire on herders, officials said."
    )
    record = extract(text)
    fire = next(e for e in record.events if e.trigger and "fire" in e.trigger.text)
    assert fire.actor.country == "UGA"
    assert fire.recipient is not None and fire.recipient.country == "KEN"


def test_role_rules_default_country_is_the_articles_place():
    class Sent:
        start_char = 0

    context = ArticleContext(day=None, focus_country="ZMB", countries={"ZMB": 1, "MWI": 1})
    assert context.default_country(Sent()) == "ZMB"  # "the president said", no country named
    context.sentence_countries[0] = {"MWI", "TZA"}
    assert context.default_country(Sent()) is None  # the sentence names others
    context = ArticleContext(day=None, countries={"ZMB": 1, "MWI": 1})
    assert context.default_country(Sent()) is None  # no place, no dominant country


def test_role_rules_noun_place_of_a_mention(parse):
    doc = parse("A guard was shot at a checkpoint on the ring road.")
    place = participants.noun_place(word(doc, "shot"))
    assert (place.text, place.mention, place.lat) == ("checkpoint", "noun", None)
    doc = parse("Fighting raged in the old quarter of the port.")
    assert participants.noun_place(word(doc, "raged")).text == "quarter"
    doc = parse("Two men died of their wounds on Sunday.")
    assert participants.noun_place(word(doc, "died")) is None


def test_role_rules_noun_place_of_the_verb_an_event_noun_takes(parse):
    doc = parse("The blast was at a crowded bus station near the port.")
    assert participants.noun_place(word(doc, "blast")).text == "station"
    doc = parse("A round of shooting broke out in the old quarter before dawn.")
    assert participants.noun_place(word(doc, "shooting")).text == "quarter"
    doc = parse("Bombs were detonated at places full of shoppers.")
    assert participants.noun_place(word(doc, "detonated")).text == "places"
    doc = parse("The raid angered residents of the town.")  # the town is whose residents
    assert participants.noun_place(word(doc, "raid")) is None


def test_role_rules_listed_place_is_no_fallback_recipient(extract):
    record = extract("Four guards were killed in militant raids in Kidal and Gao on Monday.")
    raids = [m for e in record.events for m in e.mentions if m.trigger.text == "raids"]
    assert raids and all(m.recipient is None or m.recipient.text != "Gao" for m in raids)


def test_role_rules_another_nouns_possessor_is_no_fallback_actor(parse):
    from types import SimpleNamespace

    doc = parse("Crowds waving Kenya's flag marched through Nakuru.")
    kenya = doc[2:3]
    for trigger in ("marched", "flag"):
        token = word(doc, trigger)
        draft = SimpleNamespace(trigger=SimpleNamespace(token=token), recipient_token=None)
        skipped = nearest._skips(kenya, draft, True, None)
        assert skipped is (trigger == "marched")  # "Kenya's flag" is Kenya's own


def test_role_rules_fallback_name_never_overlaps_the_other_role(parse):
    from crisislens.schemas import Actor

    doc = parse("Police detained the Harbour Road traders at dawn.")
    name = doc[3:6]  # "Harbour Road traders"
    traders = Actor(text="traders", start=doc[5].idx, end=doc[5].idx + 7, name="traders")
    assert nearest._skips(name, None, False, traders)
    assert not nearest._skips(doc[0:1], None, False, traders)


def test_role_rules_an_event_is_no_party_of_a_mention(extract):
    record = extract("Detectives in Tartu opened an investigation into the blast on Sunday.")
    probe = next(e for e in record.events if e.event_type == "ACCUSE")
    assert all(m.recipient is None or m.recipient.text != "blast" for m in probe.mentions)


def test_role_rules_an_area_acted_on_is_where_the_mention_was(extract):
    record = extract("The militia's shelling of the town lasted two days.")
    mention = next(m for e in record.events for m in e.mentions if m.trigger.text == "shelling")
    assert mention.location is not None and mention.location.text == "town"
    assert mention.recipient is None or mention.recipient.text != "town"


def test_role_rules_noun_place_stays_on_the_mention(extract):
    record = extract("Gunmen shot two guards at a checkpoint on Tuesday.")
    shot = next(e for e in record.events if e.trigger and e.trigger.text == "shot")
    assert shot.location is None or shot.location.mention != "noun"
    mention = next(m for m in shot.mentions if m.trigger == shot.trigger)
    assert mention.location is not None and mention.location.text == "checkpoint"


def test_role_rules_a_document_stands_for_its_issuer(parse):
    doc = parse("The farmers' union issued a statement demanding lower fuel prices.")
    assert roles.verb_roles(word(doc, "demanding"), "REQUEST")[0].text == "union"
    doc = parse("A letter from the miners urged the board to resume talks.")
    assert roles.verb_roles(word(doc, "urged"), "REQUEST")[0].text == "miners"
    doc = parse("The communique warned of reprisals.")  # no issuer named: the document
    assert roles.verb_roles(word(doc, "warned"), "THREATEN")[0].text == "communique"


def test_role_rules_other_side_of_a_mutual_act(parse):
    doc = parse("Herders and farmers clashed near the well.")
    assert roles.verb_roles(word(doc, "clashed"), "ASSAULT")[1].text == "farmers"
    doc = parse("Zambian and Malawian envoys met on Friday.")
    assert roles.verb_roles(word(doc, "met"), "CONSULT")[1].text == "Malawian"
    doc = parse("The envoy and his aides met with the rebel commander.")
    assert roles.verb_roles(word(doc, "met"), "CONSULT")[1].text == "commander"  # not the aides
    doc = parse("Farmers and traders blocked the road.")  # not a mutual act
    assert roles.verb_roles(word(doc, "blocked"), "PROTEST")[1].text == "road"


def test_role_rules_claimed_responsibility(parse):
    doc = parse("The militia claimed responsibility for the ambush on the convoy.")
    assert roles.participant_subject(word(doc, "ambush")).text == "militia"


def test_role_rules_carrier_over_a_named_modifier(parse, lex):
    doc = parse("Kenyan troops carried out the Somali border raids.")
    assert roles.noun_roles(word(doc, "raids"), "ASSAULT", lex.light_verbs)[0].text == "troops"
    doc = parse("Two cousins were accused of carrying out the harbour bombing.")
    carrier = roles.carrier_subject(word(doc, "bombing"), lex.light_verbs)
    assert carrier is not None and carrier.text == "cousins"


def test_role_rules_person_by_given_name(extract):
    text = (
        "The cabinet of Ruritanian-born Premier Tomas Vello met on Monday. Elbonia rejected "
        "the plan. Tomas has been outspoken, and on Friday he urged Elbonia to reopen talks."
    )
    record = extract(text)
    urged = next(e for e in record.events if e.trigger and e.trigger.text.startswith("urged"))
    assert urged.actor is not None and urged.actor.name == "Tomas Vello"


def test_role_rules_body_named_inside_a_common_noun(parse, pipeline):
    doc = parse("Monitors from the League of Arab States observer mission left the city.")
    actor = pipeline.events.actors.code(word(doc, "Monitors"), ArticleContext(day="2024-05-01"))
    assert actor is not None and actor.country == "IGO"


def _venue(parse, lex, text: str, verb: str, kind: str) -> tuple[bool, object]:
    from crisislens.events import triggers
    from crisislens.events.rules import draft as drafting
    from crisislens.schemas import Place

    doc = parse(text)
    found = {t.token.i: t for t in triggers.find_triggers(doc[:], lex)}
    draft = drafting.make_draft(found[word(doc, verb).i], lex)
    at = text.index("Gao")
    gao = Place(text="Gao", start=at, end=at + 3, name="Gao", country="MLI", feature="city")
    roles = place_roles.roles_from_location(None, None, gao, draft, kind)
    return place_roles.venue(gao, draft, kind), roles[1]


def test_role_rules_a_venue_is_no_party(parse, lex):
    held, recipient = _venue(parse, lex, "The two envoys met in Gao on Monday.", "met", "CONSULT")
    assert held and recipient is None
    # the place visited is met; the place an envoy is recalled from is aimed at
    held, recipient = _venue(parse, lex, "The envoys visited Gao on Monday.", "visited", "CONSULT")
    assert not held and recipient.country == "MLI"
    text = "The minister recalled the ambassador from Gao."
    assert not _venue(parse, lex, text, "recalled", "REJECT")[0]
    text = "The envoy in Gao urged calm."  # a post, not a venue
    assert not _venue(parse, lex, text, "urged", "REQUEST")[0]


def test_role_rules_two_sides_meeting_at_a_place(parse):
    doc = parse("A deputy said elders and council officials were meeting at a hotel downtown.")
    assert roles.verb_roles(word(doc, "meeting"), "CONSULT")[1].text == "officials"


def test_role_rules_two_countries_officials_sign_with_each_other(parse, extract):
    doc = parse("Chad and Niger officials met in Zinder.")
    assert roles.other_side(word(doc, "met"), word(doc, "officials")).text == "Niger"
    record = extract("Chad and Niger officials met in Zinder and signed a border accord.")
    signed = next(e for e in record.events if e.trigger and "signed" in e.trigger.text)
    assert signed.recipient is not None and signed.recipient.country == "NER"


def test_role_rules_the_charge_names_no_recipient(extract):
    record = extract("Chad accused rich nations of pressuring others to condemn Niger.")
    accuse = next(e for e in record.events if e.trigger and "accused" in e.trigger.text)
    assert accuse.recipient is None or accuse.recipient.country != "NER"
    record = extract("Chad accused Niger of shelling the border town.")
    accuse = next(e for e in record.events if e.trigger and "accused" in e.trigger.text)
    assert accuse.recipient is not None and accuse.recipient.country == "NER"


def test_role_rules_charged_party_does_the_charged_act(parse, lex):
    doc = parse("The army accused the militia of carrying out the ambush near Beni.")
    assert roles.carrier_subject(word(doc, "ambush"), lex.light_verbs).text == "militia"
    doc = parse("The militia boasted of carrying out the ambush near Beni.")
    assert roles.carrier_subject(word(doc, "ambush"), lex.light_verbs).text == "militia"
    doc = parse("The governor accused the rebels of shelling a school in Goma.")
    assert roles.shared_subject(word(doc, "shelling"), "ASSAULT").text == "rebels"
    doc = parse("Police arrested four men for looting shops in Durban.")
    assert roles.shared_subject(word(doc, "looting"), "COERCE").text == "men"
    doc = parse("The troops ended the siege by storming the hall.")  # not "of" or "for"
    assert roles.shared_subject(word(doc, "storming"), "ASSAULT").text == "troops"


def test_role_rules_carried_out_by_in_the_passive(parse, lex):
    doc = parse("The raid on the depot was carried out by local militiamen, police said.")
    assert roles.carrier_subject(word(doc, "raid"), lex.light_verbs).text == "militiamen"
    doc = parse("The sanctions, announced by the council on Monday, hit five banks.")
    actor = roles.noun_roles(word(doc, "sanctions"), "SANCTION", lex.light_verbs)[0]
    assert actor is not None and actor.text == "council"


def test_role_rules_blamed_for_the_event(parse):
    doc = parse("The governor blamed armed herders for the raid on the village.")
    assert roles.participant_subject(word(doc, "raid")).text == "herders"
    doc = parse("Armed herders were blamed for the raid on the village.")
    assert roles.participant_subject(word(doc, "raid")).text == "herders"


def test_role_rules_sent_to_do(parse):
    doc = parse("Riot police were sent to break up the sit-in outside the ministry.")
    assert roles.shared_subject(word(doc, "break"), "COERCE").text == "police"
    doc = parse("Extra troops were flown in to secure the airport.")
    assert roles.shared_subject(word(doc, "secure"), "MOBILIZE").text == "troops"
    doc = parse("A guard was shot, sparking a riot in the prison.")  # a result, not a purpose
    actor = roles.shared_subject(word(doc, "sparking"), "PROTEST")
    assert actor is None or actor.text != "guard"


def test_role_rules_home_organ(extract):
    record = extract("WARSAW — The Foreign Ministry summoned Iran's ambassador on Monday.")
    summoned = next(e for e in record.events if e.trigger and e.trigger.text == "summoned")
    assert summoned.actor is not None and summoned.actor.country == "POL"
    record = extract("The Foreign Ministry summoned Iran's ambassador on Monday.")
    summoned = next(e for e in record.events if e.trigger and e.trigger.text == "summoned")
    assert summoned.actor is None or summoned.actor.country != "POL"  # no home told


def test_role_rules_credit_taken_is_no_party(parse):
    doc = parse("The militia took credit for attacking the convoy near Kalat.")
    assert roles.shared_subject(word(doc, "attacking"), "ASSAULT").text == "militia"


def test_role_rules_victims_over_a_building(parse):
    doc = parse("A bomber struck a church in Jos on Sunday, killing 14 worshippers.")
    assert roles.verb_roles(word(doc, "struck"), "ASSAULT")[1].text == "worshippers"
    doc = parse("Gunmen raided the clinic in Tillaberi.")  # no one harmed is told
    assert roles.verb_roles(word(doc, "raided"), "ASSAULT")[1].text == "clinic"


def test_role_rules_left_harmed(parse):
    doc = parse("Fighters overran the outpost, leaving six guards dead.")
    assert undergoers.harmed(word(doc, "overran")).text == "guards"
    doc = parse("The raid on the hotel left nine guests dead on Friday.")
    assert roles.noun_roles(word(doc, "raid"), "ASSAULT")[1].text == "guests"
    doc = parse("The blast left at least 30 commuters wounded.")
    assert undergoers.left_by(word(doc, "blast")).text == "commuters"
    doc = parse("The raid left the town without power.")  # no harm told
    assert undergoers.left_by(word(doc, "raid")) is None


def test_role_rules_air_attack_by_armed_forces(extract):
    record = extract("A militia commander was killed in an airstrike near Sirte on Friday.")
    killed = next(e for e in record.events if e.event_type == "ASSAULT")
    assert killed.actor is not None and killed.actor.sector == "MIL"
    record = extract("A militia commander was shot dead near Sirte on Friday.")
    shot = next(e for e in record.events if e.event_type == "ASSAULT")
    assert shot.actor is None or shot.actor.sector != "MIL"


def test_role_rules_second_nation_of_one_phrase(parse):
    doc = parse("Talks between Kenyan and Ugandan envoys ended in Arusha.")
    assert participants.second_nation(word(doc, "envoys")).text == "Ugandan"
    doc = parse("Kenyan envoys ended the talks in Arusha.")
    assert participants.second_nation(word(doc, "envoys")) is None


def test_role_rules_issuer_of_a_law(parse):
    doc = parse("Lawmakers in Chad passed a bill banning street rallies.")
    assert roles.verb_roles(word(doc, "banning"), "COERCE")[0].text == "Lawmakers"


def test_role_rules_relative_object_is_its_noun(parse):
    doc = parse("The fishermen that the coastguards detained on Sunday were released.")
    assert roles.verb_roles(word(doc, "detained"), "COERCE")[1].text == "fishermen"
    doc = parse("The two hamlets, which the militia shelled for days, are now empty.")
    assert roles.verb_roles(word(doc, "shelled"), "ASSAULT")[1].text == "hamlets"
    doc = parse("The rangers arrested that man on Friday.")  # a determiner, not a relative
    assert roles.verb_roles(word(doc, "arrested"), "COERCE")[1].text == "man"


def test_role_rules_event_doer(parse, lex):
    doc = parse("The governor banned the nurses' strike at the hospital.")
    assert participants.event_doer(word(doc, "strike"), lex).text == "nurses"
    doc = parse("The governor banned the strike at the hospital.")  # no one named
    assert participants.event_doer(word(doc, "strike"), lex) is None
    doc = parse("The governor banned the nurses.")  # no event
    assert participants.event_doer(word(doc, "nurses"), lex) is None


def test_role_rules_event_doer_in_a_record(extract):
    record = extract("Police in Lusaka banned the opposition party's march on Monday.")
    banned = next(e for e in record.events if e.trigger and "banned" in e.trigger.text)
    assert banned.recipient is not None and "opposition" in banned.recipient.text


def test_role_rules_scene_noun(parse, lex):
    doc = parse("The militia claimed the raid, in which three drivers were killed.")
    assert participants.scene_noun(word(doc, "killed"), lex).text == "raid"
    doc = parse("They left the village, in which three drivers were killed.")  # a place
    assert participants.scene_noun(word(doc, "killed"), lex) is None


def test_role_rules_dated_possessor_is_no_actor(parse):
    doc = parse("Officials condemned Friday's ambush near the dam.")
    actor, _ = roles.noun_roles(word(doc, "ambush"), "ASSAULT")
    assert actor is None or actor.text != "Friday"
    doc = parse("Officials condemned the militia's ambush near the dam.")
    assert roles.noun_roles(word(doc, "ambush"), "ASSAULT")[0].text == "militia"


def test_role_rules_attendee_meets_the_convener(parse):
    doc = parse("Tribal elders attended a meeting organized by the UN in Nairobi.")
    actor, recipient = roles.noun_roles(word(doc, "meeting"), "CONSULT", frozenset({"organize"}))
    assert (actor.text, recipient.text) == ("elders", "UN")
    doc = parse("The UN organized a meeting in Nairobi.")  # no attendee: the convener meets
    assert roles.attendee(word(doc, "meeting")) is None


def test_role_rules_name_in_the_actor_phrase_is_no_recipient(extract):
    record = extract("The raids by gunmen loyal to the Sudanese army went on for days.")
    raids = next(e for e in record.events if e.trigger and e.trigger.text == "raids")
    assert raids.actor.text == "gunmen"
    assert raids.recipient is None or "army" not in raids.recipient.text


def test_role_rules_holder_of_the_freed(parse):
    doc = parse("The rebels demanded the release of 30 fighters held by the army.")
    assert roles.holder(word(doc, "release")).text == "army"
    doc = parse("The families demanded the freedom of the engineers whom the gang is holding.")
    assert roles.holder(word(doc, "freedom")).text == "gang"
    doc = parse("The party called for the release of members held in Ugandan jails.")
    assert roles.holder(word(doc, "release")).text == "Ugandan"
    doc = parse("The party called for the release of its members.")
    assert roles.holder(word(doc, "release")) is None


def test_role_rules_demand_to_free_is_aimed_at_the_holder(extract):
    record = extract("The union called for the release of two Kenyan activists detained by police.")
    demand = next(e for e in record.events if e.event_type == "REQUEST")
    assert demand.recipient is not None and demand.recipient.sector == "COP"


def test_role_rules_answered_party(parse):
    doc = parse("The ministry rejected the claims, responding to a report by the monitors.")
    assert roles.answered(word(doc, "rejected")).text == "monitors"
    doc = parse("Kenya denied the charges in response to Uganda's complaint.")
    assert roles.answered(word(doc, "denied")).text == "Uganda"
    doc = parse("Kenya denied the charges on Monday.")
    assert roles.answered(word(doc, "denied")) is None


def test_role_rules_owner_of_a_thing_acted_on(parse):
    doc = parse("Police froze the opposition leader's bank accounts.")
    assert participants.owner(word(doc, "accounts")).text == "leader"
    doc = parse("The army froze its accounts.")  # a pronoun names no one
    assert participants.owner(word(doc, "accounts")) is None
    doc = parse("Police froze the accounts on Monday.")
    assert participants.owner(word(doc, "accounts")) is None


def test_role_rules_earlier_doer(extract):
    """A definite event noun acted on is the act an earlier sentence told, aimed at its doer."""
    record = extract(
        "The rebels asked the Malian army for a truce near Gao. The general denied the request."
    )
    denial = next(e for e in record.events if e.trigger and "denied" in e.trigger.text)
    assert denial.recipient is not None
    assert (denial.recipient.country, denial.recipient.sector) == ("MLI", "REB")
    record = extract("Mali asked Algeria for help. Algeria rejected the request on Friday.")
    rejection = next(e for e in record.events if e.trigger and "rejected" in e.trigger.text)
    assert rejection.recipient is not None and rejection.recipient.country == "MLI"


def test_role_rules_no_earlier_doer(extract):
    """Not the acting side itself, nor a doer told in the same sentence or nowhere."""
    record = extract("Mali asked Algeria for help. Mali withdrew the request on Friday.")
    withdrawal = next(e for e in record.events if e.trigger and "withdrew" in e.trigger.text)
    assert withdrawal.recipient is None or withdrawal.recipient.country != "MLI"
    record = extract("The general denied the request on Monday.")
    denial = next(e for e in record.events if e.trigger and "denied" in e.trigger.text)
    assert denial.recipient is None


def test_role_rules_sent_from_is_no_target(parse):
    from types import SimpleNamespace

    from crisislens.schemas import Place

    doc = parse("Officials dispatched ambulances from Gulu to Kampala on Monday.")
    draft = SimpleNamespace(trigger=SimpleNamespace(token=word(doc, "dispatched")))

    def place(name: str) -> Place:
        start = doc.text.index(name)
        return Place(text=name, start=start, end=start + len(name), name=name)

    assert place_roles.sent_from(place("Gulu"), draft, "MOBILIZE")
    assert not place_roles.sent_from(place("Kampala"), draft, "MOBILIZE")  # where they go
    assert not place_roles.sent_from(place("Gulu"), draft, "ASSAULT")  # not a sending type


def test_role_rules_when_clause_is_another_event(parse):
    doc = parse("Police used tear gas when students tried to cross the bridge to Elm Hall.")
    below = nearest.dependents(word(doc, "used"))
    assert word(doc, "Elm").i not in below and word(doc, "gas").i in below
    assert nearest.other_event_mark(word(doc, "when"))
    doc = parse("Police said that the students crossed the bridge.")
    assert not nearest.other_event_mark(word(doc, "that"))


def test_role_rules_owner_whose(parse):
    doc = parse("The farmers whose barns were burned by the raiders fled to Tolo.")
    assert participants.owner(word(doc, "barns")).text == "farmers"
    doc = parse("The raiders burned its barns.")
    assert participants.owner(word(doc, "barns")) is None


def test_role_rules_state_organ_acts_on_its_own_people(extract):
    record = extract("Police charged two Peruvian smugglers with robbing residents of Lima.")
    charge = next(e for e in record.events if e.trigger and "charged" in e.trigger.text)
    assert charge.recipient is not None and charge.recipient.country == "PER"
    assert charge.actor is not None and charge.actor.country == "PER"
    assert home_countries.home_people(charge.recipient)
    assert not home_countries.home_people(charge.actor)


def test_role_rules_clause_antecedent(parse):
    doc = parse("He said that after the raiders left the farm, they burned two barns.")
    they = word(doc, "they")
    assert roles.clause_antecedent(they).text == "raiders"
    doc = parse("The union said they would strike on Monday.")
    assert roles.clause_antecedent(word(doc, "they")).text == "they"


def test_role_rules_threat_faced(parse):
    doc = parse("Elbonia faces the threat of sanctions from the trade bloc.")
    actor, recipient = roles.noun_roles(word(doc, "threat"), "THREATEN")
    assert actor.text == "bloc" and recipient.text == "Elbonia"
    doc = parse("The council renewed the threat of sanctions on Monday.")
    assert roles.noun_roles(word(doc, "threat"), "THREATEN")[1].text == "sanctions"


def test_role_rules_told_aside(parse, nlp):
    doc = parse(
        "Dozens of raiders surrounded the hamlet, shooting farmers, a herder told reporters."
    )
    assert roles.told_aside(word(doc, "shooting"), word(doc, "told"))
    assert not roles.told_aside(word(doc, "shooting"), word(doc, "surrounded"))
    doc = parse("A herder told reporters that raiders surrounded the hamlet, shooting farmers.")
    assert not roles.told_aside(word(doc, "shooting"), word(doc, "told"))  # told after him
    # the parse that hangs the participle on the verb of telling: the herder shot no one
    rows = [  # word, head, dep, tag, pos, lemma
        ("Raiders", 1, "nsubj", "NNS", "NOUN", "raider"),
        ("roamed", 11, "ccomp", "VBD", "VERB", "roam"),
        ("the", 3, "det", "DT", "DET", "the"),
        ("market", 1, "dobj", "NN", "NOUN", "market"),
        (",", 1, "punct", ",", "PUNCT", ","),
        ("firing", 11, "advcl", "VBG", "VERB", "fire"),
        ("at", 5, "prep", "IN", "ADP", "at"),
        ("stalls", 6, "pobj", "NNS", "NOUN", "stall"),
        (",", 11, "punct", ",", "PUNCT", ","),
        ("a", 10, "det", "DT", "DET", "a"),
        ("trader", 11, "nsubj", "NN", "NOUN", "trader"),
        ("told", 11, "ROOT", "VBD", "VERB", "tell"),
        ("reporters", 11, "dobj", "NNS", "NOUN", "reporter"),
        (".", 11, "punct", ".", "PUNCT", "."),
    ]
    w, h, d, t, p, lem = (list(c) for c in zip(*rows))
    hand = Doc(nlp.vocab, words=w, heads=h, deps=d, tags=t, pos=p, lemmas=lem)
    assert hand[5].head.text == "told"
    assert roles.shared_subject(hand[5], "ASSAULT") is None
    doc = parse("The militia stormed the depot, firing at the guards.")
    assert roles.shared_subject(word(doc, "firing"), "ASSAULT").text == "militia"


def test_role_rules_state_forces(extract):
    record = extract("A U.S. drone strike killed two fighters near Tolo on Monday.")
    strike = next(e for e in record.events if e.event_type == "ASSAULT")
    assert (strike.actor.country, strike.actor.sector) == ("USA", "MIL")
    record = extract("Canada imposed new sanctions on Elbonia on Monday.")
    sanction = next(e for e in record.events if e.event_type == "SANCTION")
    assert (sanction.actor.country, sanction.actor.sector) == ("CAN", "GOV")


def test_role_rules_dying_subject_is_the_recipient(parse):
    doc = parse("Two guards died in the raid on the depot.")
    actor, recipient = roles.verb_roles(word(doc, "died"), "ASSAULT")
    assert actor is None and recipient.text == "guards"
    doc = parse("The raiders shot two guards.")
    assert roles.verb_roles(word(doc, "shot"), "ASSAULT")[0].text == "raiders"


def test_role_rules_sent_home(parse, extract):
    from types import SimpleNamespace

    doc = parse("Guards deported forty others to Elbonia on Monday.")
    coerce = SimpleNamespace(sense=SimpleNamespace(event_type="COERCE"))
    assert nearest.sent_home(word(doc, "Elbonia"), coerce)
    mobilize = SimpleNamespace(sense=SimpleNamespace(event_type="MOBILIZE"))
    assert not nearest.sent_home(word(doc, "Elbonia"), mobilize)  # where forces go
    doc = parse("Guards handed forty leaflets to Elbonia on Monday.")
    assert not nearest.sent_home(word(doc, "Elbonia"), coerce)
    record = extract("Thai guards deported forty others to Canada on Monday.")
    deported = next(e for e in record.events if e.event_type == "COERCE")
    assert (deported.recipient.country, deported.recipient.sector) == ("CAN", "CVL")


def test_role_rules_people_of_state_protest(extract):
    record = extract("Chile's protests spread to ten more towns on Sunday.")
    protest = next(e for e in record.events if e.event_type == "PROTEST")
    assert (protest.actor.country, protest.actor.sector) == ("CHL", "PRO")
    record = extract("The Kenyan protests turned violent in Kisumu on Tuesday.")
    protest = next(e for e in record.events if e.event_type == "PROTEST")
    assert (protest.actor.country, protest.actor.sector) == ("KEN", "PRO")
    record = extract("The Lima protests entered a second week on Monday.")  # a capital's
    protest = next(e for e in record.events if e.event_type == "PROTEST")
    assert (protest.actor.country, protest.actor.sector) == ("PER", "PRO")
    record = extract("Chile's strike on the camp killed two fighters on Sunday.")  # not a protest
    strike = next(e for e in record.events if e.event_type == "ASSAULT")
    assert strike.actor.sector != "PRO"


def test_role_rules_unlikely_fallback():
    from types import SimpleNamespace

    from crisislens.events.rules.unlikely_parties import unlikely_fallback
    from crisislens.schemas import Actor

    def party(country, sector):
        return Actor(text="x", start=0, end=1, name="x", country=country, sector=sector)

    protest = SimpleNamespace(sense=SimpleNamespace(event_type="PROTEST"))
    assert unlikely_fallback(party("BOL", "GOV"), protest) is None  # officials
    assert unlikely_fallback(party("BOL", "COP"), protest) is None
    assert unlikely_fallback(party("BOL", "OPP"), protest) is not None
    attack = SimpleNamespace(sense=SimpleNamespace(event_type="ASSAULT"))
    assert unlikely_fallback(party("PER", "GOV"), attack) is not None


def test_role_rules_passive_form(parse):
    doc = parse("Ana Lopez was one of three people shot dead during clashes in Tolo.")
    actor, recipient = roles.verb_roles(word(doc, "shot"), "ASSAULT")
    assert actor is None and recipient.text == "people"
    doc = parse("Four herders shot dead by soldiers were buried on Monday in Tolo.")
    actor, recipient = roles.verb_roles(word(doc, "shot"), "ASSAULT")
    assert (actor.text, recipient.text) == ("soldiers", "herders")
    doc = parse("Gunmen shot dead two guards in Tolo on Monday.")  # an object: active
    assert roles.verb_roles(word(doc, "shot"), "ASSAULT")[0].text == "Gunmen"


def test_role_rules_reporting_media(extract):
    record = extract("Chilean media reported attacks on two villages near Tolo in Peru.")
    attack = next(e for e in record.events if e.event_type == "ASSAULT")
    assert attack.actor is None or attack.actor.sector != "MED"
    record = extract("Chile reported strikes on two camps in Peru on Monday.")  # a state
    strike = next(e for e in record.events if e.event_type == "ASSAULT")
    assert strike.actor.country == "CHL"


def test_role_rules_dealt_with(parse):
    doc = parse("Canada hit twelve Bolivian officials with sanctions on Friday.")
    actor, recipient = roles.noun_roles(word(doc, "sanctions"), "SANCTION")
    assert (actor.text, recipient.text) == ("Canada", "officials")
    doc = parse("Police charged the driver with murder on Monday.")  # no dealing verb
    assert roles.noun_roles(word(doc, "murder"), "ASSAULT") == (None, None)


def test_role_rules_gerund_subject(parse, extract):
    doc = parse("Hundreds of dockers waving Peru's flag marched through Callao on Friday.")
    marched = word(doc, "marched")
    if word(doc, "waving").dep_ == "csubj":  # the parse this rule is for
        assert roles.verb_roles(marched, "PROTEST")[0].text == "Hundreds"
    marches = [e for e in extract(doc.text).events if e.trigger and "marched" in e.trigger.text]
    assert marches and all(e.actor is not None and e.actor.sector != "GOV" for e in marches)
    doc = parse("Fighting between two clans killed four people.")  # no gerund subject
    assert doers.gerund_subject(word(doc, "Fighting")).text == "Fighting"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The African Union condemned the killing of four nurses in Gedo.", "killing"),
        (
            "The European Union criticised the detention of two Dutch cyclists in Minsk.",
            "detention",
        ),
        ("The African Union voiced outrage at the shelling of a clinic in Gedo.", "shelling"),
        ("The African Union opened an inquiry into the killing of two nurses in Gedo.", "killing"),
    ],
)
def test_role_rules_judge_of_the_act_did_not_do_it(extract, text, noun):
    acts = [e for e in extract(text).events if e.trigger and e.trigger.text == noun]
    assert acts and all(e.actor is None or "Union" not in e.actor.text for e in acts)


def test_role_rules_judge_of_the_act_only_under_a_judging_verb(extract):
    record = extract("The Malian army announced the arrest of five smugglers in Gao.")
    arrests = [e for e in record.events if e.trigger and e.trigger.text == "arrest"]
    assert arrests and all(e.actor is not None and e.actor.sector == "MIL" for e in arrests)
