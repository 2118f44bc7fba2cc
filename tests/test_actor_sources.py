"""Who acts, on real-news shapes (issue #12, "Who"): sources are no actors, IGOs are IGOs,
near-misses of known names match when the article supports them, peoples are civilians, and
the article's named participants are listed. Every sentence is our own."""

from __future__ import annotations

import pytest

from crisislens.actors.sources import SourceFinder
from crisislens.geo.media import Outlets

pytestmark = pytest.mark.slow


def _all_actors(record):
    for event in record.events:
        yield from (a for a in (event.actor, event.recipient) if a is not None)
    yield from record.actors


@pytest.fixture(scope="module")
def finder():
    return SourceFinder(Outlets.load())


@pytest.mark.parametrize(
    "text, source",
    [
        ("QUITO, March 3 (AFP) - Riot police detained students.", "QUITO, March 3 (AFP) -"),
        ("KABARINFO \u2014 Gunmen torched a police post.", "KABARINFO \u2014"),
        ("Strikes spread\nTARTU, Estonia -- Dockers walked out.", "TARTU, Estonia --"),
        # further down, a dateline still opens a paragraph
        ("Dock strike\n\nBy Ada Vern\n\nMay 2\n\nRIGA - Dockers walked out.", "RIGA -"),
        # in title case, with a dash spaced on both sides
        ("Narva - Border guards stopped a convoy.", "Narva -"),
        ("Tallinn, Estonia \u2014 Dockers walked out.", "Tallinn, Estonia \u2014"),
    ],
)
def test_sources_datelines(finder, text, source):
    spans = [(text[s:e], kind) for s, e, kind in finder.spans(text)]
    assert (source, "dateline") in spans


def test_sources_no_dateline_in_plain_prose(finder):
    text = "Police said on Monday - in a short statement - that the road had reopened."
    assert [k for _, _, k in finder.spans(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Dockers walked out.\nNarva - the border town - stayed calm.",  # no paragraph opens
        "Russia-Belarus talks resumed in Minsk.",  # a hyphen with no spaces joins two names
        "Dockers walked out.\n\nThe Prime Minister - who flew in - met them.",  # prose
    ],
)
def test_sources_no_titled_dateline_inside_prose(finder, text):
    assert "dateline" not in [k for _, _, k in finder.spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Port strike spreads\n\nBy Ada Vern\n\nJune 4, 2013\n\n"
        "TBILISI - Georgian riot police dispersed striking dockers in Poti on Monday.",
        "Tbilisi - Georgian riot police dispersed striking dockers in Poti on Monday.",
    ],
)
def test_dateline_city_is_no_part_of_the_actor(extract, text):
    record = extract(text)
    coerce = next(e for e in record.events if e.actor is not None)
    assert coerce.actor.text == "Georgian riot police"
    assert coerce.actor.country == "GEO"


def test_sources_colon_dateline_names_a_known_place():
    finder = SourceFinder(Outlets.load(), {"Tartu": True}.get)
    text = "Tartu: The council said dockers walked out.\n\nUpdate: The port reopened."
    spans = [(text[s:e], kind) for s, e, kind in finder.spans(text)]
    assert ("Tartu:", "dateline") in spans
    assert not any(t.startswith("Update") for t, _ in spans)  # no place: a label
    assert "dateline" not in [k for _, _, k in SourceFinder(Outlets.load()).spans(text)]


def test_sources_colon_dateline_with_its_day():
    finder = SourceFinder(Outlets.load(), {"Tartu": True}.get)
    text = "Tartu, Oct 9: Raiders burned two barns.\n\nMonday, Oct 9: A note."
    spans = [(text[s:e], kind) for s, e, kind in finder.spans(text)]
    assert ("Tartu, Oct 9:", "dateline") in spans
    assert not any(t.startswith("Monday") for t, _ in spans)  # no place: a label


def test_colon_dateline_with_a_day_lends_no_actor(extract):
    record = extract("Headline\n\nBenin City, Oct 9: Raiders at the weekend stormed a farm.")
    assert all("Benin" not in a.text for a in _all_actors(record))


def test_colon_dateline_city_is_no_actor(extract):
    record = extract("Tbilisi: The government announced new curbs on rallies on Monday.")
    assert all(a.text != "Tbilisi" for a in _all_actors(record))


def test_sources_credits_and_outlets(finder):
    text = "Dockers walked out. (Picture by Ana Ruiz/Getty Images) Photo: Ola Berg/AFP"
    kinds = {text[s:e]: kind for s, e, kind in finder.spans(text)}
    assert kinds["(Picture by Ana Ruiz/Getty Images)"] == "credit"
    assert kinds["Photo: Ola Berg/AFP"] == "credit"


def test_dateline_agency_and_city_are_no_actors(extract):
    record = extract("QUITO, March 3 (AFP) - Riot police detained dozens of students.")
    texts = {a.text for a in _all_actors(record)}
    assert "Riot police" in texts
    assert not any("AFP" in t or "QUITO" in t for t in texts)


def test_agency_dateline_alone_is_no_actor(extract):
    record = extract("KABARINFO \u2014 Gunmen torched a police post in the north.")
    assert record.events and record.events[0].actor.text == "Gunmen"
    assert not any("KABARINFO" in a.text for a in _all_actors(record))


def test_photographer_in_a_credit_is_nobody(extract):
    record = extract(
        "Farmers blocked the highway near Lyon on Monday.\n"
        "Photo: Lena Marsh/Reuters\n"
        "He said the blockade would last a week."
    )
    assert not any("Marsh" in a.name or "Reuters" in a.name for a in _all_actors(record))


def test_reporting_newspaper_lends_no_country(extract):
    record = extract("Soldiers fired on protesters in Bamako, reports The Guardian.")
    attack = next(e for e in record.events if e.event_type == "ASSAULT")
    assert attack.recipient.country == "MLI"
    assert not any(a.country == "GBR" or "Guardian" in a.name for a in _all_actors(record))


def test_publishing_body_that_reports_is_a_source(extract):
    record = extract("The rebels vowed to attack the capital, a Beirut daily reported.")
    assert not any("daily" in a.text for a in _all_actors(record))


def test_alliance_is_not_its_lead_members_government(extract):
    record = extract("Russian-led CSTO peacekeepers were deployed to Dushanbe on Friday.")
    deployment = next(e for e in record.events if e.event_type == "MOBILIZE")
    assert deployment.actor.country == "IGO"


def test_near_miss_of_a_leaders_name_when_the_article_names_him(extract):
    record = extract(
        "President Tokayev addressed the nation on Monday. Mr Tokaev later sent troops to Almaty."
    )
    sent = next(e for e in record.events if e.event_type == "MOBILIZE")
    assert (sent.actor.name, sent.actor.country) == ("Kassym-Jomart Tokayev", "KAZ")


def test_near_miss_not_taken_without_support(extract):
    record = extract("Mr Tokaev visited Lima on Monday and met Peruvian ministers.")
    assert not any(a.name == "Kassym-Jomart Tokayev" for a in _all_actors(record))


def test_people_named_by_nationality_are_civilians(extract):
    record = extract("Thousands of Norwegians marched in Bergen against the pension reform.")
    march = next(e for e in record.events if e.event_type == "PROTEST")
    assert (march.actor.country, march.actor.sector) == ("NOR", "CVL")


def test_named_participants_in_no_event_are_listed(extract):
    record = extract(
        "Charles Michel was also in Brussels that week. "
        "Protesters clashed with police outside the summit."
    )
    michel = [a for a in record.actors if a.name == "Charles Michel"]
    assert michel and michel[0].country == "IGO"
    assert not any(
        a.name == "Charles Michel" for e in record.events for a in (e.actor, e.recipient) if a
    )


def test_sources_layout_labels(finder):
    text = "3 of 12 Full Screen Autoplay Caption Farmers blocked a road. Close to 40 came."
    labels = [text[s:e] for s, e, kind in finder.spans(text) if kind == "layout"]
    assert labels == ["3 of 12", "Full Screen", "Autoplay", "Caption"]


def test_layout_label_is_no_part_of_an_actor(extract):
    record = extract("Caption Fishermen blockaded the harbour of Example Bay on Sunday.")
    texts = {a.text for a in _all_actors(record)}
    texts |= {
        a.text for e in record.events for m in e.mentions for a in (m.actor, m.recipient) if a
    }
    assert "Fishermen" in texts
    assert not any("Caption" in t for t in texts)


def test_phrase_run_across_a_layout_label_starts_after_it(extract):
    record = extract("Riot police lines View Photos Dozens were detained in the square.")
    for event in record.events:
        for mention in event.mentions:
            for role in (mention.actor, mention.recipient):
                assert role is None or "police" not in role.text


def test_a_leaders_men_are_his_armed_followers(extract):
    record = extract(
        "Rebel commander Jan Example led the raid on the village. His men later looted shops in "
        "the town of Baidoa."
    )
    men = [a for a in _all_actors(record) if a.text == "His men"]
    assert men and all(a.sector not in (None, "CVL") for a in men)
    record = extract("His men later looted shops in the town of Baidoa.")  # no leader named
    men = [a for a in _all_actors(record) if a.text == "His men"]
    assert all(a.sector in (None, "CVL") for a in men)
