"""The place resolver's named rules, on a hand-made gazetteer and sentences of our own."""

import re

import pytest

from crisislens.geo.candidates import CandidateFinder
from crisislens.geo.context import CountryContext
from crisislens.geo.gazetteer import Gazetteer, write_small_gazetteer
from crisislens.geo.lexicon import GeoLexicon
from crisislens.geo.resolver import PlaceResolver

DEMONYMS = {"Kazakh": "KAZ", "Burkinabe": "BFA", "Turkish": "TUR"}


def _country(name, iso3, lat, lon, gid, **extra):
    return {"name": name, "country": iso3, "lat": lat, "lon": lon, "geonameid": gid} | {
        "feature": "country",
        "population": 20_000_000,
        **extra,
    }


@pytest.fixture
def gazetteer(tmp_path):
    places = [
        _country("Burkina Faso", "BFA", 12.5, -1.67, 2361809),
        _country("Turkey", "TUR", 39.0, 35.0, 298795),
        _country("Kazakhstan", "KAZ", 48.0, 68.0, 1522867),
        _country("Syria", "SYR", 35.0, 38.0, 163843),
        # a Turkish town, and a Burkinabe one that shares no name with it
        {"name": "Solhan", "country": "TUR", "lat": 38.97, "lon": 41.05, "population": 15_303}
        | {"geonameid": 300000, "admin1": "Bingol"},
        {"name": "Djibo", "country": "BFA", "lat": 14.1, "lon": -1.63, "population": 44_000}
        | {"geonameid": 2360000, "admin1": "Sahel", "admin1_id": 9001},
        {"name": "Sahel", "country": "BFA", "lat": 14.0, "lon": -0.5, "population": 100_000}
        | {"feature": "admin1", "geonameid": 9001, "admin1": "Sahel"},
        # a city, the province named after it, and the city as a province of its own
        {"name": "Almaty", "country": "KAZ", "lat": 43.25, "lon": 76.91, "population": 1_977_011}
        | {"geonameid": 1526384, "names": ["Alma-Ata"], "admin1_id": 1526395},
        {"name": "Almaty", "country": "KAZ", "lat": 43.25, "lon": 76.9, "population": 1_984_885}
        | {"feature": "admin1", "geonameid": 1526395, "admin1": "Almaty"},
        {"name": "Almaty oblysy", "country": "KAZ", "lat": 45.0, "lon": 78.0}
        | {"population": 244_338, "feature": "admin1", "geonameid": 1537162}
        | {"names": ["Almaty Region", "Almaty"], "admin1": "Almaty oblysy"},
        {"name": "Mangghystau oblysy", "country": "KAZ", "lat": 44.0, "lon": 53.0}
        | {"population": 350_000, "feature": "admin1", "geonameid": 608879}
        | {"names": ["Mangystau"], "admin1": "Mangghystau oblysy"},
        {"name": "Aktau", "country": "KAZ", "lat": 43.65, "lon": 51.16, "population": 180_000}
        | {"geonameid": 610612, "admin1_id": 608879},
        # a village and its province
        {"name": "Idlib", "country": "SYR", "lat": 35.93, "lon": 36.63, "population": 128_840}
        | {"geonameid": 169389, "admin1_id": 169387},
        {"name": "Idlib", "country": "SYR", "lat": 35.8, "lon": 36.6, "population": 442_917}
        | {"feature": "admin1", "geonameid": 169387, "names": ["Idleb"], "admin1": "Idlib"},
        {"name": "Sarmin", "country": "SYR", "lat": 35.9, "lon": 36.72, "population": 14_000}
        | {"geonameid": 163000, "admin1_id": 169387, "admin1": "Idlib"},
        {"name": "Sarmin", "country": "TUR", "lat": 37.0, "lon": 35.0, "population": 30_000}
        | {"geonameid": 300001, "admin1": "Adana"},
        {"name": "Istanbul", "country": "TUR", "lat": 41.01, "lon": 28.95}
        | {"population": 14_804_116, "geonameid": 745044, "names": ["IST"]},
        # a province, and a city in it whose longer name shortens to the province's
        {"name": "Tarvesh", "country": "KAZ", "lat": 47.0, "lon": 60.0, "population": 5_000_000}
        | {"feature": "admin1", "geonameid": 1520100, "admin1": "Tarvesh"},
        {"name": "Tarvesh Sharif", "country": "KAZ", "lat": 47.2, "lon": 60.3}
        | {"population": 300_000, "geonameid": 1520101, "names": ["Tarvesh"]}
        | {"admin1_id": 1520100, "admin1": "Tarvesh"},
        # a state, and a city in it that bears the state's name as an old alternate
        {"name": "Lorvenna do Norte", "country": "KAZ", "lat": 46.0, "lon": 62.0}
        | {"population": 4_000_000, "feature": "admin1", "geonameid": 1520200}
        | {"admin1": "Lorvenna do Norte"},
        {"name": "Lorvenna", "country": "KAZ", "lat": 45.1, "lon": 61.2, "population": 190_000}
        | {"geonameid": 1520201, "names": ["Lorvenna do Norte"], "admin1_id": 1520200}
        | {"admin1": "Lorvenna do Norte"},
        # a capital the registry writes without the comma a text puts in its name
        {"name": "Port Sabre", "country": "KAZ", "lat": 44.0, "lon": 66.0, "population": 600_000}
        | {"geonameid": 1520300, "names": ["Port Sabre S.D."], "capital": 1},
        # a Turkish town named like the Kazakh province
        {"name": "Tarvesh", "country": "TUR", "lat": 38.5, "lon": 31.0, "population": 20_000}
        | {"geonameid": 300004, "admin1": "Konya"},
        # a hamlet of the Almaty province
        {"name": "Kyzyltal", "country": "KAZ", "lat": 44.9, "lon": 78.5, "population": 3_000}
        | {"geonameid": 1520400, "admin1_id": 1537162, "admin1": "Almaty oblysy"},
        # a big city with an alternate name that looks like a demonym's stem ("Velora" + "n")
        {"name": "Port Amsel", "country": "TUR", "lat": 40.0, "lon": 30.0, "population": 900_000}
        | {"geonameid": 300003, "names": ["Velora"]},
        # a well-known city, and a small namesake in a country an article may name in passing
        {"name": "Tarsus", "country": "TUR", "lat": 36.92, "lon": 34.9, "population": 150_000}
        | {"geonameid": 300002, "admin1": "Mersin"},
        {"name": "Tarsus", "country": "KAZ", "lat": 50.0, "lon": 70.0, "population": 20_000}
        | {"geonameid": 1520000, "admin1": "Karaganda"},
    ]
    return Gazetteer(write_small_gazetteer(tmp_path / "rules.sqlite", places))


@pytest.fixture
def resolver(gazetteer):
    return PlaceResolver(gazetteer, demonym_country=DEMONYMS.get)


def _resolve(resolver, text, *names):
    spans = []
    for name in names:
        start = text.index(name)
        spans.append((start, start + len(name)))
    return resolver.resolve_spans(text, spans)


def test_geo_rules_unit_by_suffix(gazetteer):
    finder = CandidateFinder(gazetteer)
    assert finder("Mangystau Region")[0].name == "Mangghystau oblysy"
    # the province, not Almaty as a province of its own (the city)
    assert finder("Almaty Oblast")[0].name == "Almaty oblysy"
    assert finder("Idlib Governorate")[0].feature == "admin1"


def test_geo_rules_bare_name_is_the_city_unless_the_text_says_region(resolver):
    [city] = _resolve(resolver, "Crowds filled the streets of Almaty on Wednesday.", "Almaty")
    assert city.feature == "city"
    [unit] = _resolve(resolver, "Villages in the Almaty region were cut off.", "Almaty")
    assert unit.feature == "admin1"


def test_geo_rules_a_longer_city_name_is_no_namesake_of_its_province(resolver):
    # "Tarvesh" is Tarvesh Sharif's short name, but the province's own
    [place] = _resolve(resolver, "Robbers shot two passengers in Tarvesh.", "Tarvesh")
    assert place.feature == "admin1" and place.name == "Tarvesh"


def test_geo_rules_a_shorter_city_name_bearing_the_states_as_an_alternate_is_no_namesake(
    resolver,
):
    # "Lorvenna do Norte" is the state's own name; the city Lorvenna bears it only as an alternate
    [place] = _resolve(
        resolver, "Floods cut roads across Lorvenna do Norte this week.", "Lorvenna do Norte"
    )
    assert place.feature == "admin1" and place.name == "Lorvenna do Norte"


def test_geo_rules_a_name_with_a_comma_is_found_without_it(gazetteer):
    [place] = gazetteer.lookup("Port Sabre, S.D.")
    assert place.name == "Port Sabre"


def test_geo_rules_a_regencys_kind_word_is_dropped_before_or_after_its_name():
    from crisislens.geo.sources import strip_admin

    assert strip_admin("Kabupaten Lembah Hijau") == "Lembah Hijau"
    assert strip_admin("Lembah Hijau Regency") == "Lembah Hijau"


def test_geo_rules_a_demonym_stem_is_a_citys_own_name_not_an_alternate(gazetteer):
    # "Veloran" is no demonym of Port Amsel, which "Velora" only names as an alternate
    assert CandidateFinder(gazetteer)("Veloran") == []


def test_geo_rules_a_town_put_in_a_province_by_its_kind_word_lies_in_it(resolver):
    text = "Rebels attacked a post in Zhanakent, Mangystau Region, on Friday."
    [town] = _resolve(resolver, text, "Zhanakent")
    assert town.feature == "unknown" and (town.lat, town.lon) == (44.0, 53.0)


def test_geo_rules_a_village_of_a_province_lies_in_it(resolver):
    # a Turkish town shares the village's name; the text puts the village in Sahel
    text = "Gunmen raided Solhan village of Sahel on Sunday."
    village, _ = _resolve(resolver, text, "Solhan", "Sahel")
    assert village.country == "BFA" and village.feature == "unknown"


def test_geo_rules_a_names_repeats_are_no_evidence_for_its_namesake(resolver):
    # each "Tarvesh" read as the Kazakh province must not point the other to Kazakhstan
    text = (
        "Gunmen attacked a bus near Tarvesh in Turkey on Monday. "
        "Officials in the Tarvesh district said six people died."
    )
    starts = [text.index("Tarvesh"), text.index("Turkey"), text.index("Tarvesh district")]
    spans = [(start, start + (6 if start == starts[1] else 7)) for start in starts]
    first, _, second = resolver.resolve_spans(text, spans)
    assert first.country == second.country == "TUR"


def test_geo_rules_a_hamlet_of_another_province_is_one_in_the_province_the_report_names(
    resolver,
):
    text = "Herders clashed near Kyzyltal on Monday. Officials in Mangystau said two men died."
    hamlet, province = _resolve(resolver, text, "Kyzyltal", "Mangystau")
    assert province.name == "Mangghystau oblysy"
    assert hamlet.feature == "unknown" and (hamlet.lat, hamlet.lon) == (44.0, 53.0)


def test_geo_rules_the_place_after_a_comma_ends_with_its_line(resolver):
    text = (
        "Rebels attacked a post in Zhanakent, Mangystau Region.\n\nAnother post was hit in Aktau."
    )
    town, _ = _resolve(resolver, text, "Zhanakent", "Aktau")
    assert (town.lat, town.lon) == (44.0, 53.0)


def test_geo_rules_historical_name(resolver):
    [place] = _resolve(resolver, "Students gathered in Alma-Ata in 1986.", "Alma-Ata")
    assert place.name == "Almaty" and place.feature == "city"


def test_geo_rules_namesake_abroad_loses_to_the_article_country(resolver):
    text = "Gunmen raided Solhan overnight. Burkina Faso declared three days of mourning."
    solhan, country = _resolve(resolver, text, "Solhan", "Burkina Faso")
    assert country.country == "BFA"
    assert solhan.country == "BFA" and solhan.confidence <= 0.3  # never the Turkish town


def test_geo_rules_namesake_in_the_article_country_wins(resolver):
    text = "Shelling hit Sarmin, in Idlib, as Syria's army advanced."
    sarmin, *_ = _resolve(resolver, text, "Sarmin", "Idlib", "Syria")
    assert sarmin.country == "SYR"


def test_geo_rules_village_and_province_both_resolved_and_linked(resolver):
    text = "Two children were killed in Sarmin, Idleb, on Tuesday."
    sarmin, idleb = _resolve(resolver, text, "Sarmin", "Idleb")
    assert sarmin.country == "SYR" and idleb.feature == "admin1"  # the container: the province
    assert sarmin.admin1_geonameid == idleb.geonameid


def test_geo_rules_unknown_landmark_takes_the_city_it_is_put_in(resolver):
    text = "Protesters gathered on Republic Square in Almaty, far from Aktau."
    square, *_ = _resolve(resolver, text, "Republic Square", "Almaty", "Aktau")
    assert square.feature == "unknown" and square.confidence == pytest.approx(0.3)
    assert (square.lat, square.lon) == (43.25, 76.91)  # Almaty's point, not Aktau's


def _resolve_all(resolver, text, names):
    """Every occurrence of each name, resolved together; the places by name."""
    spans = sorted((m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text))
    places = resolver.resolve_spans(text, spans)
    return {text[s:e]: p for (s, e), p in zip(spans, places)}


def test_geo_rules_a_country_named_in_passing_keeps_a_well_known_city(resolver):
    text = (
        "Syria's army shelled Idlib. Syria denied it. Syria's allies met in Tarsus, where a "
        "Kazakh envoy joined them. Syria and Syria's neighbours said little."
    )
    assert _resolve_all(resolver, text, ["Syria", "Kazakh", "Tarsus"])["Tarsus"].country == "TUR"
    # an article on the namesake's own country keeps it
    text = "Kazakhstan's police said a bus overturned near Tarsus. Kazakhstan mourned."
    places = _resolve_all(resolver, text, ["Kazakhstan", "Tarsus"])
    assert places["Tarsus"].country == "KAZ"


def test_geo_rules_lone_demonym_is_too_little_to_send_a_town_abroad(resolver):
    text = "A Kazakh engineer opened a bakery in Solhan."
    solhan, _ = _resolve(resolver, text, "Solhan", "Kazakh")
    assert solhan.country == "TUR"


def test_geo_rules_context_weighs_evidence(gazetteer):
    resolver = PlaceResolver(gazetteer, demonym_country=DEMONYMS.get)
    text = "Burkinabe troops left Djibo for the Sahel."
    mentions = [resolver.mention(text, 0, 9), resolver.mention(text, 22, 27)]
    context = CountryContext.build(mentions, GeoLexicon.load())
    assert context.main == "BFA" and context.share("BFA") == 1.0
    assert not context.without_name(mentions[0]).points_to("BFA")  # a name is not its own evidence


def test_geo_rules_time_zone_is_no_place():
    assert "IST" in GeoLexicon.load().time_zones


def test_geo_rules_the_province_of_a_name_is_the_province(resolver):
    [unit] = _resolve(resolver, "Aid convoys reached the province of Idlib at dawn.", "Idlib")
    assert unit.feature == "admin1"
    [city] = _resolve(resolver, "Aid convoys reached Idlib at dawn.", "Idlib")
    assert city.feature == "city"


def test_a_country_names_its_capital_only_without_a_name_beside_it(pipeline):
    from crisislens.geo.capitals import capital_places

    doc = pipeline.nlp(
        "Jets circled over the Malian capital. Envoys met in Chad's capital, N'Djamena."
    )
    places = pipeline.places.resolve(doc, pipeline.places.toponyms(doc))
    found = capital_places(doc, places, pipeline.places.gazetteer)
    assert [(p.text, p.name, p.country) for p in found] == [("capital", "Bamako", "MLI")]


def test_two_countries_joined_by_a_hyphen_are_two_parties_not_one_place(pipeline):
    doc = pipeline.nlp(
        "Envoys discussed the Armenia-Azerbaijan war in Vienna. Gunmen attacked a post in "
        "Gilgit-Baltistan on Monday."
    )
    names = {span.text for span, _ in pipeline.places.toponyms(doc)}
    assert "Armenia-Azerbaijan" not in names
    assert {"Armenia", "Vienna", "Gilgit-Baltistan"} <= names


def test_a_country_joined_to_an_armed_group_is_a_pair_of_parties(pipeline):
    doc = pipeline.nlp("Mediators in Doha discussed a pause in the Israel-Hezbollah war.")
    names = {span.text for span, _ in pipeline.places.toponyms(doc)}
    assert "Israel-Hezbollah" not in names and {"Israel", "Doha"} <= names


def test_untagged_towns_the_text_calls_towns_are_places(pipeline):
    # spaCy tags neither name; "the towns of" says they are places, and the gazetteer has both
    doc = pipeline.nlp("Shelling hit the towns of Avdiivka and Toretsk on Monday.")
    assert [ent.label_ for ent in doc.ents] == ["DATE"]
    names = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert names == ["Avdiivka", "Toretsk"]


def test_an_untagged_town_after_in_is_a_place_in_a_country_the_text_names(pipeline):
    # spaCy misses the town; the county the report names puts the story in the United States,
    # where the gazetteer holds a town of that name. Without a named country, no guess.
    doc = pipeline.nlp(
        "Two men were shot outside a diner in Kenly on Saturday, Johnston County deputies said."
    )
    assert "Kenly" not in [ent.text for ent in doc.ents]
    assert "Kenly" in [span.text for span, _ in pipeline.places.toponyms(doc)]
    bare = pipeline.nlp("Two men were shot outside a diner in Kenly on Saturday.")
    assert "Kenly" not in [span.text for span, _ in pipeline.places.toponyms(bare)]


def test_an_untagged_town_an_attack_falls_on_is_a_place(pipeline):
    # "strikes on X": the town attacked, where the gazetteer holds one in a country the text
    # names; spaCy tags no entity there. Without the country, no guess.
    text = "Warplanes carried out strikes on Darkush in Syria on Tuesday, killing five civilians."
    doc = pipeline.nlp(text)
    assert "Darkush" not in [ent.text for ent in doc.ents if ent.label_ in ("GPE", "LOC")]
    assert "Darkush" in [span.text for span, _ in pipeline.places.toponyms(doc)]
    bare = pipeline.nlp("Warplanes carried out strikes on Darkush on Tuesday.")
    assert "Darkush" not in [span.text for span, _ in pipeline.places.toponyms(bare)]


def test_a_towns_own_officers_and_people_name_the_town(pipeline):
    # spaCy takes both towns for organisations; "the police chief of", "residents of" say
    # they are towns, and the gazetteer has both
    doc = pipeline.nlp("Residents of Tamazula said the police chief of Cuquio resigned.")
    assert [ent.label_ for ent in doc.ents if ent.text == "Cuquio"] == ["ORG"]
    names = {span.text for span, _ in pipeline.places.toponyms(doc)}
    assert names == {"Tamazula", "Cuquio"}


@pytest.mark.parametrize(
    "text, names",
    [
        ("Envoys from North and South Korea met on Monday.", ["South Korea"]),
        ("Fighting spread across the North and East of the country.", []),
        # "the West" as a bloc is a place (GeoWebNews counts it as one)
        ("Sanctions imposed by the West have hurt exports.", ["West"]),
        # with its kind, a direction is the region so named
        ("Militants raided a village in Cameroon's North region.", ["Cameroon", "North region"]),
    ],
)
def test_a_direction_joined_to_another_directions_name_is_no_place(pipeline, text, names):
    doc = pipeline.nlp(text)
    assert [span.text for span, _ in pipeline.places.toponyms(doc)] == names


@pytest.mark.parametrize(
    "text, direction",
    [
        ("Miners clashed with soldiers in Ruvania's south-east on Friday.", None),
        ("Floods cut roads across Ruvania's south east.", None),
        # a direction with a name after it is that name's part
        ("Gunmen killed four traders in north-west Nigeria.", "north-west Nigeria"),
    ],
)
def test_a_lower_case_direction_alone_is_no_place(pipeline, text, direction):
    doc = pipeline.nlp(text)
    found = [span.text for span, _ in pipeline.places.toponyms(doc)]
    directional = [name for name in found if name.split()[0].startswith(("north", "south"))]
    assert directional == ([direction] if direction else [])


def test_a_war_tagged_as_an_event_names_no_place(pipeline):
    # spaCy tags a historical war's name as an EVENT: its countries are parties, and no
    # toponym is cut out of it (a war tagged as a place still gives its first country)
    doc = pipeline.nlp("Veterans of the Iran-Iraq War rallied on Monday.")
    assert [ent.label_ for ent in doc.ents if "War" in ent.text] == ["EVENT"]
    names = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert names == []


def test_a_war_taken_for_one_place_names_only_its_first_country(pipeline):
    doc = pipeline.nlp(
        "Relief agencies said families fleeing the Armenia-Azerbaijan war needed tents."
    )
    names = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert names == ["Armenia"]


def test_geo_rules_a_lone_surname_of_a_person_named_in_full_is_no_place(pipeline):
    doc = pipeline.nlp(
        "Relatives named the wounded man as Dorian Lumpkin, 19. Lumpkin remains in hospital."
    )
    names = {span.text for span, _ in pipeline.places.toponyms(doc)}
    assert "Lumpkin" not in names


def test_geo_rules_a_town_put_in_a_province_is_never_a_namesake_of_another(tmp_path):
    # "Oyrat, Mangystau": the Oyrat of Mangystau; where the gazetteer has only another
    # province's Oyrat, a town it lacks, placed in Mangystau, not the namesake far away
    kaz = _country("Kazakhstan", "KAZ", 48.0, 68.0, 1522867)
    mangystau = {"name": "Mangystau", "country": "KAZ", "lat": 44.0, "lon": 53.0}
    mangystau |= {"population": 350_000, "feature": "admin1", "geonameid": 608879}
    almaty = {"name": "Almaty oblysy", "country": "KAZ", "lat": 45.0, "lon": 78.0}
    almaty |= {"population": 244_338, "feature": "admin1", "geonameid": 1537162}
    far = {"name": "Oyrat District", "country": "KAZ", "lat": 44.5, "lon": 77.0}
    far |= {"population": 90_000, "feature": "admin2", "geonameid": 7000001}
    far |= {"names": ["Oyrat"], "admin1_id": 1537162, "admin1": "Almaty oblysy"}
    gazetteer = Gazetteer(
        write_small_gazetteer(tmp_path / "units.sqlite", [kaz, mangystau, almaty, far])
    )
    resolver = PlaceResolver(gazetteer, demonym_country=DEMONYMS.get)
    text = "Shots were fired in Oyrat, Mangystau, on Monday."
    oyrat, province = _resolve(resolver, text, "Oyrat", "Mangystau")
    assert province.feature == "admin1"
    assert (oyrat.feature, oyrat.lat, oyrat.lon) == ("unknown", 44.0, 53.0)


def test_geo_rules_a_mistagged_town_that_is_shelled_or_seized_is_a_place(pipeline):
    # spaCy calls both towns people or bodies; a verb of striking ground makes the first a
    # place, a verb of taking the second only where the article names its country
    doc = pipeline.nlp("Troops shelled Bakhmut on Friday. Rebels captured Kidal on Saturday.")
    assert {e.text: e.label_ for e in doc.ents}.get("Kidal") in ("PERSON", "ORG")
    names = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert names == ["Bakhmut"]
    doc = pipeline.nlp("Mali's army said rebels captured Kidal on Saturday.")
    assert {e.text: e.label_ for e in doc.ents}.get("Kidal") in ("PERSON", "ORG")
    names = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert names == ["Mali", "Kidal"]


def test_geo_rules_a_person_captured_is_no_place(pipeline):
    # Jackson is a town of the country the article names; the text named the man in full
    doc = pipeline.nlp(
        "Police in Ohio said Darnell Jackson fled on foot. Officers captured Jackson after a chase."
    )
    names = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert "Jackson" not in names


def test_geo_rules_a_state_acting_is_weaker_evidence_of_where_a_story_is(pipeline):
    from crisislens.geo.resolver import acts_as_subject

    doc = pipeline.nlp("Moscow sent troops to the border. Moscow was calm on Monday.")
    spans = [span for span, _ in pipeline.places.toponyms(doc)]
    assert [acts_as_subject(span) for span in spans] == [True, False]
    text = "Families fled into neighbouring Chad."
    assert pipeline.places.mention(text, 31, 35).aside
    assert not pipeline.places.mention("Families fled into Chad.", 19, 23).aside
    # a village no gazetteer holds lies in the country the story is about, not in the one
    # whose capital and government comment on it
    text = (
        "Gunmen raided a police post in Zarbandi village on Monday, killing two officers, "
        "police in Pakistan said. The officers were buried in Peshawar. Washington condemned "
        "the raid, and the United States offered help."
    )
    doc = pipeline.nlp(text)
    places = pipeline.places.resolve(doc, pipeline.places.toponyms(doc))
    village = next(p for p in places if p.text.startswith("Zarbandi"))
    assert (village.feature, village.country) == ("unknown", "PAK")


def test_geo_rules_a_big_city_abroad_named_as_a_local_area_is_a_namesake(pipeline):
    def country_of(text, name):
        doc = pipeline.nlp(text)
        places = pipeline.places.resolve(doc, pipeline.places.toponyms(doc))
        return next(p.country for p in places if p.text == name)

    text = (
        "MOGADISHU, Somalia - Militants overran a police post in the Basra area near Jowhar "
        "on Monday, Somali officials said."
    )
    assert country_of(text, "Basra") == "SOM"
    text = "MOGADISHU, Somalia - Somali envoys flew to Basra on Monday for talks."
    assert country_of(text, "Basra") == "IRQ"  # named for itself, the city abroad stays


def test_a_town_measured_from_is_a_place(pipeline):
    # spaCy takes the town for a person; "70 km north of" says it is a place
    doc = pipeline.nlp("Militia fighters attacked a camp 70 km north of Goma on Sunday.")
    assert [ent.label_ for ent in doc.ents if ent.text == "Goma"] == ["PERSON"]
    assert [span.text for span, _ in pipeline.places.toponyms(doc)] == ["Goma"]


def test_a_surname_again_tagged_an_organisation_is_the_person(pipeline):
    # "Posadas" alone is also a city in Argentina; here it is the colonel again
    doc = pipeline.nlp(
        "Army spokesman Col. Ana Posadas said the rebels fled. "
        "Posadas said troops were deployed to the area."
    )
    assert [e.label_ for e in doc.ents if e.text == "Posadas"] == ["ORG"]
    assert pipeline.places.toponyms(doc) == []


@pytest.mark.parametrize(
    "text",
    [
        # a surname that is also a province abroad (Kerman, Iran) is the person again
        "Officer Dana Kerman said the man was hit twice. The victim is stable, Kerman said.",
        # after a locative, a surname's possessive is still the person's
        "Ray Sheridan was charged with assault. A deputy fired two shots toward Sheridan's truck.",
    ],
)
def test_a_persons_surname_again_is_no_place(pipeline, text):
    doc = pipeline.nlp(text)
    assert [span.text for span, _ in pipeline.places.toponyms(doc)] == []


def test_a_name_spacy_cut_short_is_completed_by_the_gazetteer(pipeline):
    # spaCy tags only "Mott"; "Mott Haven" is a town of the gazetteer, larger than Mott
    doc = pipeline.nlp("A guard was hurt in the Mott Haven neighborhood on Monday.")
    names = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert names[0] == "Mott Haven"


def test_a_dateline_may_end_in_a_double_hyphen(pipeline):
    doc = pipeline.nlp(
        "Clerk shot in robbery\n\nVALLEJO -- Police are looking for a man who shot a clerk."
    )
    names = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert "VALLEJO" in names


@pytest.mark.parametrize(
    "text, name, state",
    [
        # no Roxbury of Boston in the gazetteer: a part of the article's own town, not Wisconsin's
        (
            "A store clerk was robbed at gunpoint in the Roxbury section, Boston police said. "
            "Boston officers later arrested a man.",
            "Roxbury",
            "Massachusetts",
        ),
        # a namesake inside the town is the part itself
        (
            "Two teenagers were shot in the Englewood neighborhood, Chicago police said. Chicago "
            "detectives have no suspects.",
            "Englewood",
            "Illinois",
        ),
    ],
)
def test_geo_rules_a_neighbourhood_is_a_part_of_the_articles_town(pipeline, text, name, state):
    doc = pipeline.nlp(text)
    places = pipeline.places.resolve(doc, pipeline.places.toponyms(doc), None)
    part = next(p for p in places if p.text == name)
    assert part.admin1 == state


@pytest.mark.parametrize(
    "text",
    [
        "Free Syrian Army fighters shelled a checkpoint, the rebels said.",
        "The stabbing was first reported by The Evening Free Herald.",
    ],
)
def test_geo_rules_a_plain_word_naming_a_region_inside_a_name_is_no_place(pipeline, text):
    # "Free" is an alternate name of South Africa's Free State, not a place inside these names
    doc = pipeline.nlp(text)
    assert "ZAF" not in {
        p.country for p in pipeline.places.resolve(doc, pipeline.places.toponyms(doc), None)
    }


def test_geo_rules_a_plain_word_alone_is_no_untagged_region(pipeline):
    doc = pipeline.nlp(
        "The union had been in talks with the United States Maritime Alliance, which represents "
        "port employers."
    )
    places = pipeline.places.resolve(doc, pipeline.places.toponyms(doc), None)
    assert "TGO" not in {p.country for p in places}


def test_geo_rules_a_big_city_abroad_named_by_another_of_its_names_is_a_namesake(pipeline):
    # "Makeen" is one of Macau's other names in GeoNames, and a village of Waziristan
    text = (
        "Militants attacked a checkpoint near Makeen in Pakistan's South Waziristan district on "
        "Sunday, the military said. Pakistani troops repulsed the attack and killed four "
        "militants, the army's media wing said. Soldiers in North Waziristan were put on alert."
    )
    doc = pipeline.nlp(text)
    places = pipeline.places.resolve(doc, pipeline.places.toponyms(doc), None)
    assert {p.country for p in places if p.text == "Makeen"} == {"PAK"}


def test_geo_rules_a_name_spelt_with_a_space_finds_the_entry_spelt_with_a_dash(tmp_path):
    # the gazetteer spells one province "Upper-Vale" and another country's "Upper Vale"; a
    # report from the first country writing "Upper Vale province" means its own province
    ruvania = _country("Ruvania", "RUV", 10.0, 20.0, 9000001)
    dashed = {"name": "Upper-Vale", "country": "RUV", "lat": 11.0, "lon": 21.0}
    dashed |= {"population": 2_000_000, "feature": "admin1", "geonameid": 9000002}
    spaced = {"name": "Upper Vale", "country": "GBR", "lat": 52.0, "lon": -1.0}
    spaced |= {"population": 100_000, "feature": "admin1", "geonameid": 9000003}
    gazetteer = Gazetteer(
        write_small_gazetteer(tmp_path / "dash.sqlite", [ruvania, dashed, spaced])
    )
    assert {c.country for c in gazetteer.lookup("Upper Vale")} == {"RUV", "GBR"}
    assert {c.country for c in gazetteer.lookup("Upper-Vale")} == {"RUV", "GBR"}
    resolver = PlaceResolver(gazetteer, demonym_country=DEMONYMS.get)
    text = "In Ruvania, crowds marched in Upper Vale province on Monday."
    _, province = _resolve(resolver, text, "Ruvania", "Upper Vale")
    assert province.country == "RUV"


def test_geo_rules_a_name_the_gazetteer_lacks_lies_in_the_state_its_abbreviation_names(tmp_path):
    # "CAMPVILLE, Nth." opens a report: the gazetteer knows "Nth." only as Northland's short
    # form, and "Nth" (no dot) as a village abroad. Campville, which it lacks, lies in
    # Northland, not at the village abroad.
    usa = _country("United States", "USA", 39.0, -98.0, 6252001)
    north = {"name": "Northland", "country": "USA", "lat": 45.0, "lon": -100.0}
    north |= {"population": 3_000_000, "feature": "admin1", "geonameid": 9100001}
    north |= {"names": ["Nth."]}
    village = {"name": "Nth", "country": "SVN", "lat": 46.0, "lon": 15.0}
    village |= {"population": 500, "feature": "city", "geonameid": 9100002}
    gazetteer = Gazetteer(write_small_gazetteer(tmp_path / "abbr.sqlite", [usa, north, village]))
    resolver = PlaceResolver(gazetteer, demonym_country=DEMONYMS.get)
    (town,) = _resolve(resolver, "CAMPVILLE, Nth. - A man was hurt on Friday.", "CAMPVILLE")
    assert (town.feature, town.country, town.lat, town.lon) == ("unknown", "USA", 45.0, -100.0)


def test_a_big_city_before_a_colon_opens_a_dateline_but_a_speaker_does_not(pipeline):
    # spaCy tags neither capitalised name; the city is a dateline, the senator a speaker
    doc = pipeline.nlp("MULTAN: Police arrested four men on Monday after a raid.")
    assert "MULTAN" not in [ent.text for ent in doc.ents]
    assert [span.text for span, _ in pipeline.places.toponyms(doc)] == ["MULTAN"]
    speaker = pipeline.nlp("SMITH: We will not go back to the table, the senator said.")
    assert pipeline.places.toponyms(speaker) == []


def test_geo_rules_a_small_word_the_tagger_took_in_after_a_name_is_trimmed(pipeline):
    from crisislens.geo.span_edits import trim

    doc = pipeline.nlp("Clashes broke out in Dantewara district of Chhattisgarh.")
    assert trim(doc[4:7], frozenset()).text == "Dantewara district"
    assert trim(doc[4:6], frozenset()).text == "Dantewara district"
