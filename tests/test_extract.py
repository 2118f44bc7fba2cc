"""End-to-end: the real pipeline on hand-written sentences, our samples and the seed editorial."""

import pytest

from conftest import SAMPLES
from crisislens.schemas import ArticleRecord


def _check_offsets(record: ArticleRecord, text: str) -> None:
    for event in record.events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        for role in (event.actor, event.recipient, event.location):
            if role is not None:
                assert text[role.start : role.end] == role.text
        for quantity in event.quantities:
            assert text[quantity.start : quantity.end] == quantity.text
    for term in record.tone.loaded_terms:
        assert text[term.start : term.end] == term.text


def test_extract_several_events_in_one_sentence(extract):
    text = "Police arrested 20 protesters and soldiers shelled the town of Aleppo."
    record = extract(text)
    types = {e.event_type for e in record.events}
    assert {"COERCE", "ASSAULT"} <= types
    _check_offsets(record, text)


@pytest.mark.parametrize(
    "text,meeting",
    [
        # holding towns, detainees or an office is no meeting; holding a meeting is one
        ("Rebels still hold three villages near the border, officials said.", False),
        ("The new jail in Tarlac can hold only 300 inmates.", False),
        ("On Friday the ministers held a session on the refugee crisis in Geneva.", True),
        ("The two leaders held talks in Geneva on Monday.", True),
    ],
)
def test_extract_holding_is_a_meeting_only_with_one(extract, text, meeting):
    found = [e for e in extract(text).events if e.event_type == "CONSULT"]
    assert bool(found) == meeting


def test_extract_a_dated_month_is_no_march(extract):
    # an event coder's "Around 10 March 2022, ..." the tagger leaves without a date
    record = extract("Around 10 March 2022, gunmen shot dead two herders near Tougan.")
    assert [e.event_type for e in record.events] == ["ASSAULT"]


def test_extract_passive_voice_roles(extract):
    record = extract("Five journalists were detained by Iranian police in Tehran.")
    event = next(e for e in record.events if e.event_type == "COERCE")
    assert event.actor.country == "IRN" and event.actor.sector == "COP"
    assert event.recipient.sector == "MED"
    assert event.location.name == "Tehran"
    assert event.acled_sub_event_type == "Arrests"


def test_extract_event_location_is_where_it_happened(extract):
    record = extract("France condemned the air strike on a market in Kharkiv.", "2023-05-02")
    strike = next(e for e in record.events if e.event_type == "ASSAULT")
    assert strike.location.name == "Kharkiv"


def test_extract_samples_end_to_end(pipeline):
    from crisislens.ingest import read_inputs

    articles = [a for a in read_inputs([str(SAMPLES)]) if hasattr(a, "text")]
    assert len(articles) == 8  # our three wire reports, a .txt, an .html and three VOA stories
    records = list(pipeline.process(articles))
    for article, record in zip(articles, records):
        ArticleRecord.model_validate(record.model_dump())
        _check_offsets(record, article.text)
    assert sum(len(r.events) for r in records) >= 20
    kidnap = next(r for r in records if r.source_id == "wire-001")
    # the abduction and the killings are one raid, one ASSAULT (PLOVER: abduct is a mode of
    # ASSAULT), its figures from both
    (raid,) = [e for e in kidnap.events if e.event_type == "ASSAULT"]
    assert {"kidnapped", "killed"} <= {m.trigger.text for m in raid.mentions if m.trigger}
    assert {(q.kind, q.value) for q in raid.quantities} == {("arrested", 30), ("dead", 4)}


@pytest.fixture(scope="module")
def editorial(shared, pipeline):
    from crisislens.ingest import read_inputs

    [article] = read_inputs(
        [str(shared / "samples" / "kazakhstan-editorial.txt")], published="2022-01-07"
    )
    return article, pipeline.process_one(article)


def _find(record, event_type, trigger_word=None, **checks):
    for event in record.events:
        if event.event_type != event_type:
            continue
        if trigger_word and (event.trigger is None or trigger_word not in event.trigger.text):
            continue
        return event
    raise AssertionError(f"no {event_type} {trigger_word or ''}")


def test_extract_editorial_offsets_and_schema(editorial):
    article, record = editorial
    ArticleRecord.model_validate(record.model_dump())
    _check_offsets(record, article.text)


def test_extract_editorial_russian_deployment_to_kazakhstan(editorial):
    _, record = editorial
    event = _find(record, "MOBILIZE", "sent")
    assert event.actor.name == "Vladimir Putin" and event.actor.country == "RUS"
    # the sentence names the country; the article names Almaty most, and the most precise place
    # the article gives stands in for a country that holds it, marked as the article's
    assert event.location.country == "KAZ"
    assert event.location.name == "Kazakhstan" or event.location.mention == "article"
    assert [(q.kind, q.value) for q in event.quantities] == [("troops", 3000)]
    assert event.modality == "asserted"


def test_extract_editorial_troops_on_ukraine_border_and_threat(editorial):
    _, record = editorial
    deployment = _find(record, "MOBILIZE", "deployed")
    assert deployment.actor.country == "RUS" and deployment.recipient.country == "UKR"
    assert [(q.kind, q.value) for q in deployment.quantities] == [("troops", 200000)]
    threat = _find(record, "THREATEN", "threatening")
    assert threat.modality == "asserted" and threat.actor.country == "RUS"
    assert threat.recipient.country == "UKR"


def test_extract_editorial_uprising_reaches_almaty(editorial):
    _, record = editorial
    almaty = [
        e
        for e in record.events
        if e.event_type == "PROTEST" and e.location is not None and e.location.name == "Almaty"
    ]
    assert almaty and almaty[0].location.geonameid == 1526384
    # the editorial does not say when: the report's own day, marked as such
    assert (almaty[0].date, almaty[0].date_source) == ("2022-01-07", "published")


def test_extract_editorial_buildings_torched_and_civilians_killed(editorial):
    _, record = editorial
    assert _find(record, "COERCE", "torched").modality == "asserted"
    killed = _find(record, "ASSAULT", "killed")
    assert killed.modality == "asserted" and killed.recipient.sector == "CVL"


def test_extract_editorial_shoot_on_sight_order(editorial):
    _, record = editorial
    order = _find(record, "THREATEN", "shoot")
    assert order.actor.name == "Kassym-Jomart Tokayev" and order.actor.country == "KAZ"
    assert order.modality == "asserted" and order.recipient.sector == "PRO"


def test_extract_editorial_not_facts(editorial):
    _, record = editorial
    recommendation = _find(record, "THREATEN", "leave")
    assert recommendation.modality == "demanded" and recommendation.actor.country == "USA"
    speculation = _find(record, "RETREAT", "end")
    assert speculation.modality == "possible"
    overthrow = _find(record, "COERCE", "overthrow")
    assert overthrow.date == "2014" and overthrow.location.country == "UKR"


def test_extract_editorial_places_and_actors(editorial):
    _, record = editorial
    kiev = next(p for p in record.places if p.text == "Kiev")
    assert kiev.name == "Kyiv" and kiev.feature == "city"
    names = {(a.name, a.country) for e in record.events for a in (e.actor, e.recipient) if a}
    assert ("Kassym-Jomart Tokayev", "KAZ") in names and ("Vladimir Putin", "RUS") in names


def test_extract_editorial_hostile_framing(editorial):
    _, record = editorial
    assert record.tone.score < -0.5
    terms = {t.text.lower() for t in record.tone.loaded_terms}
    assert {"despot", "dodgy"} <= terms


def test_event_place_is_not_the_nationality_of_its_victims(extract):
    """ "killed two Australian engineers" near an Iraqi town happened in Iraq, and with no named
    attacker the attack is by an unidentified group of that country (ACLED's convention)."""
    record = extract(
        "A roadside bomb near the town of Samarra killed two Australian engineers on Sunday."
    )
    kill = max((e for e in record.events if e.event_type == "ASSAULT"), key=lambda e: e.confidence)
    assert kill.location is not None and kill.location.country == "IRQ"
    assert kill.recipient.country == "AUS"


def test_an_attack_that_kills_is_by_the_attacks_actor(extract):
    record = extract("Recent US drone attacks have killed at least eight militant leaders.")
    kill = next(e for e in record.events if e.trigger.text.startswith("killed"))
    assert kill.actor is not None and kill.actor.country == "USA"


def test_transnational_armed_group_has_no_state(extract):
    record = extract("Al-Qaeda threatened to attack the United States.")
    top = max(record.events, key=lambda e: e.confidence)
    assert (top.actor.country, top.actor.sector) == ("IMG", "REB")


@pytest.mark.parametrize(
    "text,event_type,country",
    [
        # the object names no actor: the target is the actor the trigger's own clauses name
        (
            "Thousands of students blocked roads on Monday to press their demands on the Kenyan "
            "government.",
            "PROTEST",
            "KEN",
        ),
        (
            "The rebels threatened to resume fighting unless Ethiopia withdrew its troops.",
            "THREATEN",
            "ETH",
        ),
    ],
)
def test_recipient_named_in_the_triggers_own_clauses(extract, text, event_type, country):
    top = max(extract(text).events, key=lambda e: e.confidence)
    assert top.event_type == event_type
    assert top.recipient is not None and top.recipient.country == country


def test_recipient_is_not_taken_from_a_time_clause(extract):
    record = extract(
        "Israel reimposed a blockade on the town following the deaths of two Egyptians."
    )
    blockade = next(e for e in record.events if e.trigger and "blockade" in e.trigger.text)
    assert blockade.event_type == "COERCE"
    assert blockade.actor is not None and blockade.actor.country == "ISR"
    assert blockade.recipient is None or blockade.recipient.country != "EGY"


def test_recipient_is_not_taken_from_a_clause_of_another_event(extract):
    record = extract("Turkey shelled a town in northern Syria as Russian forces moved in.")
    shelling = max(record.events, key=lambda e: e.confidence)
    assert shelling.event_type == "ASSAULT"
    assert shelling.recipient is not None and shelling.recipient.country == "SYR"


def test_an_event_noun_is_not_coded_to_another_nouns_possessor(extract):
    """ "Putin's response to the violence": Putin responds; the violence is not his."""
    record = extract("Vladimir Putin's response to the violence in Kazakhstan was swift.")
    violence = next(e for e in record.events if e.trigger and e.trigger.text == "violence")
    assert violence.event_type == "ASSAULT"
    assert violence.actor is not None and violence.actor.country != "RUS"


@pytest.mark.parametrize(
    "text",
    [
        # a road vehicle that hits a thing has crashed, and the deaths it dealt are no attack
        "A minibus hit a tree near Dorn on Friday, killing six people.",
        "The coach hit a bump and overturned on the highway, killing four passengers.",
        "A lorry overturned near Orlen, killing two people.",
        "A coach fell into a gorge near Dorn, killing 14 people and injuring nine others.",
        "A tanker lorry slammed into the back of a bus, killing its driver.",
    ],
)
def test_a_vehicle_crash_is_no_attack(extract, text):
    assert "ASSAULT" not in {e.event_type for e in extract(text).events}


def test_a_truck_bomb_that_hits_a_gate_still_attacks(extract):
    text = "A truck packed with explosives hit the gate of the base, killing nine soldiers."
    assert "ASSAULT" in {e.event_type for e in extract(text).events}
