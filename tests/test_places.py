"""Hard cases of place recognition and resolution, with the real gazetteer and pipeline."""

import json
import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def resolver(pipeline):
    return pipeline.places


def _resolved(pipeline, text):
    doc = pipeline.nlp(text)
    return pipeline.places.resolve(doc, pipeline.places.toponyms(doc), None)


def _toponym_texts(pipeline, text):
    return [span.text for span, _ in pipeline.places.toponyms(pipeline.nlp(text))]


def _one(resolver, text, name):
    start = text.index(name)
    [place] = resolver.resolve_spans(text, [(start, start + len(name))])
    return place


@pytest.mark.parametrize(
    "text,name,country,feature",
    [
        ("Flooding hit Alexandria, Louisiana on Monday.", "Alexandria", "USA", "city"),
        ("Protests spread through Alexandria and Cairo.", "Alexandria", "EGY", "city"),
        ("Shelling resumed near Kiev overnight.", "Kiev", "UKR", "city"),  # historical name
        ("Crowds gathered in Alma-Ata.", "Alma-Ata", "KAZ", "city"),  # historical name
        ("Officials in Nur-Sultan said the talks were over.", "Nur-Sultan", "KAZ", "city"),
        ("Aid was sent to Africa.", "Africa", None, "continent"),  # not a Tunisian town
        ("Rebels advanced in Darfur.", "Darfur", "SDN", "region"),  # a region name
        ("Troops crossed into South Lebanon.", "South Lebanon", "LBN", "region"),
        ("Talks were held in Mexico.", "Mexico", "MEX", "country"),  # not Mexico City
        ("Delegates met in Djibouti.", "Djibouti", "DJI", None),  # country and city
        ("Storms hit Paris, Texas.", "Paris", "USA", "city"),
        ("The White House said nothing.", "White House", "USA", "landmark"),
        ("A tanker sank in the Atlantic.", "Atlantic", None, "sea"),  # not Atlantic, Iowa
        ("Floods hit NSW and Queensland.", "NSW", "AUS", "admin1"),  # an abbreviation
        ("Wildfires burned across Texas.", "Texas", "USA", "admin1"),
    ],
)
def test_places_hard_cases(resolver, text, name, country, feature):
    place = _one(resolver, text, name)
    assert place.country == country
    if feature:
        assert place.feature == feature


def test_places_a_country_before_the_kind_and_name_of_its_unit(resolver):
    """ "the northern Mexico state of Sonora" names Mexico the country, not the state of
    Mexico; the state is Sonora."""
    text = "Gunmen raided a bar in the northern Mexico state of Sonora."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Mexico", "Sonora")]
    country, state = resolver.resolve_spans(text, spans)
    assert (country.name, country.feature) == ("Mexico", "country")
    assert (state.name, state.feature) == ("Sonora", "admin1")


def test_places_demonym_and_metonymy(extract):
    record = extract("Moscow said Turkish troops had shelled villages near the border.")
    by_text = {p.text: p for p in record.places}
    assert by_text["Turkish"].country == "TUR" and by_text["Turkish"].mention == "demonym"
    assert by_text["Moscow"].country == "RUS" and by_text["Moscow"].feature == "city"
    actors = {a.text: a for e in record.events for a in (e.actor, e.recipient) if a}
    turkish = next(a for t, a in actors.items() if "Turkish" in t)
    assert (turkish.country, turkish.sector) == ("TUR", "MIL")


def test_places_a_backer_joined_by_a_dash_is_no_place(extract):
    """ "Iran-backed fighters" names who backs them: Iran is neither where the shelling was,
    nor evidence that the town it hit lies in Iran."""
    record = extract(
        "Two guards died when Iran-backed fighters shelled a post in the town of Mokha."
    )
    by_text = {p.text: p for p in record.places}
    assert by_text["Iran"].mention == "modifier"
    assert (by_text["Mokha"].country, by_text["Mokha"].feature) == ("YEM", "city")
    [event] = [e for e in record.events if e.event_type == "ASSAULT"]
    assert event.location.country == "YEM"


@pytest.mark.parametrize(
    "text,name,resolved",
    [
        ("Two shops burned in Hawija overnight.", "Hawija", "Al Ḩawījah"),
        ("A market in Muqdadiya reopened on Sunday.", "Muqdadiya", "Al Miqdādīyah"),
        ("Farmers from Suwayra marched to the capital.", "Suwayra", "Aş Şuwayrah"),
        ("Shells hit a bakery in Al Samawah at dawn.", "Al Samawah", "As Samawah"),
    ],
)
def test_places_an_arabic_town_named_without_its_article(resolver, text, name, resolved):
    """The news drops the article and the h of a final -a that the gazetteer keeps."""
    place = _one(resolver, text, name)
    assert (place.name, place.country, place.feature) == (resolved, "IRQ", "city")


def test_places_a_compass_word_alone_is_the_articles_own_part(pipeline):
    """ "the South" of a report on Thailand is Thailand's south, not the province of
    Cameroon that the gazetteer calls South."""
    text = "Bombs wounded four rangers in Yala province on Friday. Attacks have shaken the South."
    [south] = [p for p in _resolved(pipeline, text) if p.text == "South"]
    assert south.country == "THA"


def test_places_a_coders_brackets_name_the_units_that_hold_a_town(pipeline):
    """ "near Djibo (Soum, Sahel)": the town and its district and province are places, though
    spaCy tags them otherwise, and a bracketed name is read as a unit ("Nasarawa" the state)."""
    text = "On 12 June 2022, soldiers fought militants near Djibo (Soum, Sahel)."
    found = {p.text: (p.country, p.feature) for p in _resolved(pipeline, text)}
    assert found["Djibo"] == ("BFA", "city") and found["Soum"] == ("BFA", "admin2")
    text = "On 5 May 2023, rioters burned a police station in Wamba (Nasarawa)."
    found = {p.text: (p.country, p.feature) for p in _resolved(pipeline, text)}
    assert found["Nasarawa"] == ("NGA", "admin1")
    # a person and, in brackets, the country he speaks for: no place of his
    text = "The summit heard Olaf Scholz (Germany) and Pedro Sanchez (Spain) on Monday."
    assert {p.text for p in _resolved(pipeline, text)} == {"Germany", "Spain"}


def test_places_metonymic_capital_is_an_actor(extract):
    record = extract("Moscow condemned the sanctions on Tuesday.")
    event = next(e for e in record.events if e.event_type == "ACCUSE")
    assert event.actor.country == "RUS" and event.actor.sector == "GOV"


def test_places_unknown_name_is_not_a_country_centroid(resolver):
    text = "Police closed Zzyzx Boulevard in Almaty on Monday."
    places = resolver.resolve_spans(text, [(14, 29), (33, 39)])
    assert places[1].name == "Almaty"
    assert places[0].confidence < 0.5 and places[0].feature == "unknown"


@pytest.mark.slow
def test_places_resolve_command(tmp_path):
    lines = [
        {
            "id": "a1",
            "text": "Clashes in Kiev and Alma-Ata.",
            "mentions": [{"start": 11, "end": 15}, {"start": 20, "end": 28}],
        },
        {"id": "a2", "text": "Nowhere", "mentions": [{"start": 0, "end": 99}]},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "crisislens.cli", "resolve", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source_id"] == "a1"
    assert [p["name"] for p in record["places"]] == ["Kyiv", "Almaty"]
    assert [(p["start"], p["end"]) for p in record["places"]] == [(11, 15), (20, 28)]
    assert "line 2: skipped" in result.stderr


def test_places_state_point_is_the_state_not_its_cities(resolver):
    """Texas's point lies in the middle of the state, not in the average of its towns."""
    place = _one(resolver, "Wildfires burned across Texas.", "Texas")
    assert 30.5 < place.lat < 32.5 and -101.0 < place.lon < -98.5


def test_places_inside_organisation_names(pipeline):
    doc = pipeline.nlp("Staff of Air Zimbabwe joined the anti-Russian protest in Harare.")
    names = {span.text: how for span, how in pipeline.places.toponyms(doc)}
    assert names.get("Zimbabwe") == "embedded"
    assert "Russian" in names  # "anti-" is not part of the name


def test_places_a_two_letter_word_inside_an_organisation_is_no_state_code(pipeline):
    doc = pipeline.nlp("Militants linked to Al-Qaeda claimed the bombing in Kohat.")
    names = {span.text for span, _ in pipeline.places.toponyms(doc)}
    assert "Al" not in names  # not Alabama
    assert "Kohat" in names


def test_places_a_small_town_inside_an_organisation_names_none_of_its_parts(pipeline):
    """ "St. Paul" is too small a town to place an article by its police, and "Paul" (a
    district of Cape Verde) is not named at all."""
    doc = pipeline.nlp("A captain of the St. Paul Police Department spoke to reporters.")
    names = {span.text for span, _ in pipeline.places.toponyms(doc)}
    assert not names & {"Paul", "St. Paul"}


@pytest.mark.parametrize(
    "text,outlet_words",
    [
        ("Riot police fired tear gas in Lima, The New York Times reported.", ["New York", "York"]),
        ("Villagers fled Tigray, the Wall Street Journal said on Monday.", ["Wall Street"]),
        ("The Canadian Press counted the ballots in Halifax.", ["Canadian"]),
        ("Footage aired by Khabar 24 showed burning cars in Almaty.", ["Khabar"]),
        ("Vlast.kz and Reuters said troops were in Aktobe.", ["Vlast.kz"]),
    ],
)
def test_places_news_outlets_are_not_places(pipeline, text, outlet_words):
    doc = pipeline.nlp(text)
    names = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert not any(word in name for name in names for word in outlet_words), names
    assert names, "the real place in the sentence is still found"


def test_places_buildings_and_streets_spacy_took_for_organisations(pipeline):
    doc = pipeline.nlp("He was taken to Colchester General Hospital after the crash.")
    spans = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert "Colchester General Hospital" in spans


@pytest.mark.parametrize(
    "text,expected,name,country",
    [
        # spaCy splits these; together they are one name in the gazetteer
        (
            "Flights to Trinidad and Tobago resumed on Monday.",
            "Trinidad and Tobago",
            "Trinidad and Tobago",
            "TTO",
        ),
        (
            "Troops moved into Gilgit-Baltistan overnight.",
            "Gilgit-Baltistan",
            "Gilgit-Baltistan",
            "PAK",
        ),
        # a regional demonym names its place
        ("Thousands of Londoners marched on Saturday.", "Londoners", "London", "GBR"),
    ],
)
def test_places_names_spacy_splits_or_inflects(pipeline, text, expected, name, country):
    doc = pipeline.nlp(text)
    spans = pipeline.places.toponyms(doc)
    places = pipeline.places.resolve(doc, spans)
    assert [(p.text, p.name, p.country) for p in places] == [(expected, name, country)]


def _with_labels(pipeline, text, labels):
    """A parsed doc whose entities are exactly ``labels`` ({surface: label}), as spaCy might
    have tagged them: the recognition rules are tested apart from the NER model's moods."""
    doc = pipeline.nlp(text)
    spans = []
    for surface, label in labels.items():
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return doc


def test_places_town_taken_for_a_person_in_an_article_about_its_country(pipeline):
    doc = _with_labels(
        pipeline,
        "In Slovakia the chain sold its stores in Zilina, Nitra and Presov.",
        {"Slovakia": "GPE", "Zilina": "GPE", "Nitra": "PERSON", "Presov": "PERSON"},
    )
    spans = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert "Nitra" in spans and "Presov" in spans


def test_places_a_landmark_where_something_is_held_is_a_place(pipeline):
    # "the Kremlin said" is a body acting; "at the Kremlin" is where the talks were
    text = "The minister held talks at the Kremlin on Monday."
    doc = _with_labels(pipeline, text, {"Kremlin": "ORG"})
    assert [span.text for span, _ in pipeline.places.toponyms(doc)] == ["Kremlin"]
    doc = _with_labels(pipeline, "The Kremlin said on Monday it would talk.", {"Kremlin": "ORG"})
    assert pipeline.places.toponyms(doc) == []


def test_places_a_list_spacy_ran_into_one_name_is_its_towns(pipeline):
    doc = _with_labels(
        pipeline,
        "Riots broke out in Mopti, Segou and Kayes on Friday.",
        {"Mopti, Segou": "GPE", "Kayes": "GPE"},
    )
    spans = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert spans == ["Mopti", "Segou", "Kayes"]


def test_places_a_town_taken_for_a_person_in_a_list_of_towns(pipeline):
    # no country named: the towns it is listed with say it is a town
    text = "Letters went to the mayors of Timbuktu and Kidal on Friday."
    doc = _with_labels(pipeline, text, {"Timbuktu": "GPE", "Kidal": "PERSON"})
    assert "Kidal" in [span.text for span, _ in pipeline.places.toponyms(doc)]
    # a title says it is a person
    text = "Letters went to the mayors of Timbuktu and Mr Kidal on Friday."
    doc = _with_labels(pipeline, text, {"Timbuktu": "GPE", "Kidal": "PERSON"})
    assert [span.text for span, _ in pipeline.places.toponyms(doc)] == ["Timbuktu"]


def test_places_person_named_like_a_town_stays_a_person(pipeline):
    # the subject of a verb, and a title before the name: people, though towns are so named
    doc = _with_labels(
        pipeline,
        "In Slovakia, Nitra said that Mr Presov would resign.",
        {"Slovakia": "GPE", "Nitra": "PERSON", "Presov": "PERSON"},
    )
    spans = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert spans == ["Slovakia"]


def test_places_state_university_names_the_state(pipeline):
    doc = _with_labels(
        pipeline,
        "Mississippi State beat Alabama in New York State.",
        {"Mississippi State": "GPE", "Alabama": "GPE", "New York State": "GPE"},
    )
    names = {span.text: how for span, how in pipeline.places.toponyms(doc)}
    assert names == {"Mississippi": "embedded", "Alabama": "name", "New York State": "name"}


@pytest.mark.parametrize(
    "text,name,resolved,country,feature",
    [
        ("Cholera spread in West Virginia.", "West Virginia", "West Virginia", "USA", "admin1"),
        (
            "Riots broke out in Northern Ireland.",
            "Northern Ireland",
            "Northern Ireland",
            "GBR",
            "admin1",
        ),
        ("Floods hit Anhui on Friday.", "Anhui", "Anhui Sheng", "CHN", "admin1"),  # no "Sheng"
        ("Ebola returned to Zaire.", "Zaire", "Democratic Republic of the Congo", "COD", "country"),
        ("A quake shook Java overnight.", "Java", "Java", "IDN", "region"),  # the island
        ("Talks with USA officials resumed.", "USA", "United States", "USA", "country"),
    ],
)
def test_places_regions_islands_and_old_names(resolver, text, name, resolved, country, feature):
    place = _one(resolver, text, name)
    assert (place.name, place.country, place.feature) == (resolved, country, feature)


def test_places_state_point_is_not_its_biggest_city(resolver):
    """New York State's point lies upstate, not on New York City."""
    place = _one(resolver, "Measles cases rose across New York state, officials said.", "New York")
    assert place.feature == "admin1" and place.lat > 41.5


def test_places_the_town_of_a_name_spacy_mislabelled(pipeline):
    doc = _with_labels(
        pipeline,
        "A bomb exploded near the town of Samarra and in Baquba province.",
        {"Samarra": "NORP", "Baquba": "PERSON"},
    )
    spans = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert spans == ["Samarra", "Baquba"]


def test_places_the_towns_of_two_names_spacy_mislabelled(pipeline):
    doc = _with_labels(
        pipeline,
        "Gunmen raided the villages of Samarra and Baquba overnight.",
        {"Samarra": "PERSON", "Baquba": "ORG"},
    )
    spans = [span.text for span, _ in pipeline.places.toponyms(doc)]
    assert spans == ["Samarra", "Baquba"]


def test_places_not_a_language_nor_a_body_acting(pipeline):
    doc = _with_labels(
        pipeline,
        "The Kremlin said the talks, held in English at the Centre, went well.",
        {"Kremlin": "ORG", "English": "LANGUAGE", "Centre": "ORG"},
    )
    assert pipeline.places.toponyms(doc) == []
    # where a body sits, it is a place
    doc = _with_labels(pipeline, "Crowds gathered outside the Kremlin.", {"Kremlin": "ORG"})
    assert [span.text for span, _ in pipeline.places.toponyms(doc)] == ["Kremlin"]


def test_places_unknown_name_lies_in_the_place_after_its_comma(resolver):
    place = _one(
        resolver, "A fire broke out at Qwertyfield Mall, Irvine on Monday.", "Qwertyfield Mall"
    )
    assert place.feature == "unknown" and place.lat is not None
    assert 33.5 < place.lat < 33.8 and -118.0 < place.lon < -117.6  # Irvine, California


def test_places_a_surname_named_like_a_region_stays_a_person(pipeline):
    text = "Carlos Flores met the envoy. Flores said the talks went well."
    doc = _with_labels(pipeline, text, {"Carlos Flores": "PERSON"})
    later = text.rindex("Flores")
    doc.ents = [*doc.ents, doc.char_span(later, later + len("Flores"), label="PERSON")]
    assert pipeline.places.toponyms(doc) == []


@pytest.mark.parametrize(
    "text,name,feature,lat,lon",
    [
        # a province by its suffix form, not the city that shares its name or another city
        ("Oil workers in Mangystau Region walked out.", "Mangystau Region", "admin1", 44, 53),
        ("Roads in Almaty Oblast were blocked by snow.", "Almaty Oblast", "admin1", 45, 78),
        ("Farmers in Kyzylorda Oblast lost their harvest.", "Kyzylorda Oblast", "admin1", 45, 64),
        ("Wells ran dry across Zhambyl Oblast last summer.", "Zhambyl Oblast", "admin1", 44, 72),
        # a bare name shared by a city and its province is the city
        ("Looting spread through Almaty, the largest city.", "Almaty", "city", 43.25, 76.9),
        # historical and transliterated names
        ("The congress met in Nursultan in March.", "Nursultan", "city", 51.17, 71.45),
        ("Old maps still call it Akmola.", "Akmola", "city", 51.17, 71.45),
        ("Traders in Uralsk closed their stalls.", "Uralsk", "city", 51.23, 51.37),
        ("Miners in Karagandy demanded higher pay.", "Karagandy", "city", 49.8, 73.1),
    ],
)
def test_places_provinces_and_old_names(resolver, text, name, feature, lat, lon):
    place = _one(resolver, text, name)
    assert place.country == "KAZ" and place.feature == feature
    assert abs(place.lat - lat) < 1.5 and abs(place.lon - lon) < 1.5


@pytest.mark.parametrize(
    "text,not_places,places",
    [
        ("Polls close at 18:00 IST in Chennai.", ["IST"], ["Chennai"]),
        ("Fuel queues grew across Sri Lanka this week.", ["Sri"], ["Sri Lanka"]),
        ("Soldiers patrolled Burkina Faso's north.", ["Burkina", "Faso"], ["Burkina Faso"]),
        ("Militias raided two villages in eastern DR Congo.", ["DR"], ["DR Congo"]),
        (
            "Thousands of marchers reached the city on Friday, many of them from remote Andean "
            "regions.",
            ["Andean"],
            [],
        ),
        ("The speech aired on Khabar 24 before Astana reacted.", ["Khabar 24", "Khabar"], []),
    ],
)
def test_places_time_zones_and_country_fragments_are_not_places(pipeline, text, not_places, places):
    names = _toponym_texts(pipeline, text)
    assert not set(not_places) & set(names), names
    assert set(places) <= set(names), names


def test_places_landmark_takes_the_city_the_article_puts_it_in(resolver):
    text = "Riot police cleared Independence Square in Almaty; Aktau stayed calm."
    starts = [text.index(n) for n in ("Independence Square", "Almaty", "Aktau")]
    ends = [s + len(n) for s, n in zip(starts, ("Independence Square", "Almaty", "Aktau"))]
    square, almaty, _ = resolver.resolve_spans(text, list(zip(starts, ends)))
    assert (square.lat, square.lon) == (almaty.lat, almaty.lon) and square.confidence <= 0.3


def test_places_namesake_abroad_gives_way_to_the_article_country(pipeline):
    text = (
        "Militants killed dozens in Solhan before dawn, officials in Ouagadougou said. "
        "Burkina Faso has lost control of much of its north."
    )
    doc = pipeline.nlp(text)
    spans = pipeline.places.toponyms(doc)
    places = {p.text: p for p in pipeline.places.resolve(doc, spans)}
    assert places["Solhan"].country == "BFA" and places["Solhan"].confidence <= 0.3


def test_places_village_and_province_both_resolved(resolver):
    text = "An airstrike hit Kafr Nabl, Idlib, on Sunday."
    village, province = resolver.resolve_spans(text, [(17, 26), (28, 33)])
    assert village.country == province.country == "SYR"
    assert province.feature == "admin1"
    assert village.admin1_geonameid == province.geonameid


def test_places_a_list_of_towns_stays_towns_and_a_container_is_a_unit(resolver):
    text = "Strikes spread from Aktobe, Aktau and Zhanaozen to Dallas, Texas."
    names = ["Aktobe", "Aktau", "Zhanaozen", "Dallas", "Texas"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    places = dict(zip(names, resolver.resolve_spans(text, spans)))
    assert [places[n].feature for n in names[:4]] == ["city"] * 4
    assert places["Texas"].feature == "admin1"


@pytest.mark.parametrize(
    "text,place",
    [
        ("HERAT, March 2 (Reuters) - Floods cut the road west.", "HERAT"),
        ("Morning brief\nKHARKIV — Sirens sounded twice overnight.", "KHARKIV"),
        ("PORT-AU-PRINCE, Haiti - Gunfire closed the main road.", "PORT-AU-PRINCE"),
    ],
)
def test_places_dateline_in_capitals_is_a_place(pipeline, text, place):
    names = _toponym_texts(pipeline, text)
    assert place in names


@pytest.mark.parametrize(
    "text,place",
    [
        ("Bhadrachalam: Two men were shot near the river on Monday, police said.", "Bhadrachalam"),
        ("Guard shot dead\nMardan: Gunmen shot a guard outside a bank on Friday.", "Mardan"),
    ],
)
def test_places_a_titled_dateline_before_a_colon_is_a_place(pipeline, text, place):
    names = _toponym_texts(pipeline, text)
    assert place in names


def test_places_a_titled_label_further_on_is_a_speaker(pipeline):
    # a name before a colon on a later line is a transcript's speaker, not a dateline
    text = "Season preview\nHost: Welcome back.\nJackson: We will win the title this year."
    names = _toponym_texts(pipeline, text)
    assert "Jackson" not in names


def test_places_speaker_label_in_capitals_is_no_place(pipeline):
    text = "MOSS: We walked to the shore at dawn."
    names = _toponym_texts(pipeline, text)
    assert "MOSS" not in names


@pytest.mark.parametrize(
    "text,name,city",
    [
        (
            "A man was wounded in a shooting in Northeast Philadelphia.",
            "Northeast Philadelphia",
            "Philadelphia",
        ),
        ("Two cars collided in South Stockton after a chase.", "South Stockton", "Stockton"),
    ],
)
def test_places_a_side_of_a_big_city_is_the_city(resolver, text, name, city):
    place = _one(resolver, text, name)
    assert place.name == city and place.feature == "city" and place.country == "USA"


def test_places_a_side_of_a_name_no_big_city_bears_stays_unknown(resolver):
    # "Park" is no big city: "South Park" is the Wyoming town the gazetteer names, never a side
    assert _one(resolver, "Snow closed roads around South Park.", "South Park").name != "Park"


@pytest.mark.parametrize(
    "text,street",
    [
        ("Police in Tulsa found a man shot near 21st and Hampton late Friday.", "Hampton"),
        ("Police in Tulsa found a man shot near Hampton and 21st late Friday.", "Hampton"),
        ("Two cars were hit at Fillmore and Turk streets in Tulsa on Friday.", "Fillmore"),
    ],
)
def test_places_a_street_corner_names_streets_not_towns(resolver, text, street):
    # Hampton, Virginia and Fillmore, California are towns; at a corner they are streets
    names = [street, "Tulsa"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    corner, tulsa = resolver.resolve_spans(text, spans)
    assert corner.feature == "unknown" and corner.confidence <= 0.3
    assert (corner.lat, corner.lon) == (tulsa.lat, tulsa.lon)


def test_places_towns_joined_by_and_stay_towns(resolver):
    text = "Flooding closed schools in Hampton and Norfolk on Monday."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Hampton", "Norfolk")]
    assert [p.feature for p in resolver.resolve_spans(text, spans)] == ["city", "city"]


def test_places_a_place_named_once_is_that_place_where_spacy_missed_it(pipeline):
    text = (
        "Boy hurt at Forney skating rink\n"
        "A boy was hurt on Friday at a skating rink in Forney, a town east of Dallas."
    )
    spans = [span for span, kind in pipeline.places.toponyms(pipeline.nlp(text)) if kind == "name"]
    assert sum(span.text == "Forney" for span in spans) == 2


def test_places_a_name_is_not_repeated_into_a_person_or_a_body(pipeline):
    text = (
        "Crowds gathered in Austin on Saturday. Later, Maria Austin said the march was calm, "
        "and the Austin Police Department made no arrests."
    )
    spans = [span for span, kind in pipeline.places.toponyms(pipeline.nlp(text)) if kind == "name"]
    assert [span.start_char for span in spans if span.text == "Austin"] == [text.index("Austin")]


def test_places_a_namesake_abroad_gives_way_to_the_province_after_the_comma(resolver):
    # a town the gazetteer lacks, named with its province: never the namesake abroad (Kent,
    # England), but a place inside the province; a town the gazetteer has there stays itself
    text = "Storms knocked out power in Kent, Queensland, and in Essex, Ontario, on Sunday."
    names = ("Kent", "Queensland", "Essex", "Ontario")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    kent, queensland, essex, _ = resolver.resolve_spans(text, spans)
    assert (kent.name, kent.country, kent.feature) == ("Kent", "AUS", "unknown")
    assert queensland.feature == "admin1"
    assert (essex.country, essex.feature) == ("CAN", "city")


def test_places_the_neighbour_a_border_is_named_with_is_a_country(extract):
    # Niger is also a Nigerian state: the neighbour a border is named with is the country
    record = extract(
        "Herders clashed with farmers in Kebbi state, near Nigeria's border with Niger."
    )
    niger = next(p for p in record.places if p.text == "Niger")
    assert (niger.country, niger.feature) == ("NER", "country")


def test_places_an_unknown_village_is_not_put_in_a_namesake_abroad(extract):
    # Alameda is a county in California, but this report is on the Philippines: the village
    # the gazetteer lacks stays in the article's country
    text = (
        "Troops fought Muslim rebels in Datu Piang town in the southern Philippines on "
        "Sunday. A soldier was wounded in a separate clash in the village of Upper Dado in "
        "Alameda town."
    )
    village = next(p for p in extract(text).places if p.text == "Upper Dado")
    assert village.country == "PHL"


def test_places_a_nationality_that_names_the_force_is_a_party_not_the_place(extract):
    # "Russian forces", "Russian drones": who shells, not where; Hirnyk is the Ukrainian town
    text = "Russian forces shelled Hirnyk on Monday, and Russian drones hit a market there."
    town = next(p for p in extract(text).places if p.text == "Hirnyk")
    assert town.country == "UKR"


def test_places_a_province_named_as_one_is_evidence_of_its_country(extract):
    # towns named Donetsk lie in two countries, but only one country has a Donetsk region
    text = (
        "Russian media and Russian officials said a man was killed in Hirnyk in the Donetsk region."
    )
    town = next(p for p in extract(text).places if p.text == "Hirnyk")
    assert town.country == "UKR"


def test_places_a_district_the_tagger_took_for_a_group_is_the_district(pipeline):
    # "Dandume" is tagged as a people and "Sabuwa" as an organisation; the unit word after
    # them makes each the district (entity_rules.named_unit), not a town of that name
    text = (
        "Armed men raided a farm in the Dandume local government area on Monday, and bandits "
        "stormed a market in the Sabuwa local government area."
    )
    places = _resolved(pipeline, text)
    assert [(p.name, p.feature) for p in places] == [
        ("Dandume", "admin2"),
        ("Sabuwa", "admin2"),
    ]


def test_places_the_name_after_a_named_districts_of_is_its_province(resolver):
    # Kaduna is a state and its capital: after "the Chikun local government area of" (a
    # district's name and a unit word of three) it is the state
    text = "Gunmen raided a village in the Chikun local government area of Kaduna on Sunday."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Chikun", "Kaduna")]
    assert [p.feature for p in resolver.resolve_spans(text, spans)] == ["admin2", "admin1"]


def test_places_a_street_lies_in_the_town_the_article_settles_on(pipeline):
    # the first reading of "York" is the big Canadian district; the article settles on York,
    # Pennsylvania, and the street the gazetteer lacks is placed by that final reading
    text = (
        "YORK, PA - Officers found a wounded woman on Linden Avenue, York, late on Wednesday, "
        "police said. Hours later a teenager was hurt by gunfire in York near Market Street."
    )
    places = _resolved(pipeline, text)
    assert {p.country for p in places} == {"USA"}


def test_places_an_american_address_points_to_the_united_states(pipeline):
    # "North Lake" is a suburb of Perth, Western Australia, which has an Albany too; "the 300
    # block of" is how American news writes an address, and puts Albany in the United States
    text = (
        "ALBANY - Detectives say a gunman sprayed bullets at a parked van in the 300 block of "
        "Third Street, between Judson Street and North Lake, on Tuesday afternoon. Nobody was "
        "hurt."
    )
    places = _resolved(pipeline, text)
    assert [p.country for p in places if p.name == "Albany"] == ["USA"]


@pytest.mark.parametrize(
    "text,name,country",
    [
        ("A bomb went off in a market in Baluchistan on Monday.", "Baluchistan", "PAK"),
        ("Floods displaced thousands across Orissa.", "Orissa", "IND"),
        ("Troops moved into Arakan state last week.", "Arakan", "MMR"),
    ],
)
def test_places_an_older_name_of_a_province_is_the_province(resolver, text, name, country):
    place = _one(resolver, text, name)
    assert (place.country, place.feature) == (country, "admin1")


@pytest.mark.parametrize(
    "text,name,country",
    [
        (
            "Gunmen killed nine villagers in Burkina Faso's East Region on Sunday.",
            "East Region",
            "BFA",
        ),
        ("Separatists burned a school in Cameroon's Northwest Region.", "Northwest Region", "CMR"),
        ("Rebels burned a village in Upper Uele province.", "Upper Uele", "COD"),
    ],
)
def test_places_an_english_name_of_a_region_the_registry_names_in_french(
    resolver, text, name, country
):
    # GeoNames calls Burkina Faso's regions "Est", "Nord-Ouest" ...; "East Region" is also
    # Cameroon's own alias, so the bare name's other units must stay candidates
    names = [n for n in ("Burkina Faso", "Cameroon") if n in text] + [name]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    place = resolver.resolve_spans(text, spans)[-1]
    assert (place.country, place.feature) == (country, "admin1")


@pytest.mark.parametrize(
    "text,name,country",
    [
        (
            "Soldiers clashed with rebels near a market in Maguindanao on Friday.",
            "Maguindanao",
            "PHL",
        ),
        ("Gunmen raided a hamlet in the Komandjari province of Burkina Faso.", "Komandjari", "BFA"),
        ("A bomb went off at a rally in Bajur district on Sunday.", "Bajur", "PAK"),
    ],
)
def test_places_a_district_by_a_name_news_uses(resolver, text, name, country):
    # a province since split (Maguindanao), a spelling the registry lacks (Komondjari)
    place = _one(resolver, text, name)
    assert (place.country, place.feature) == (country, "admin2")


def test_places_a_district_named_like_a_city_abroad_stays_in_the_story(pipeline):
    # the registry has no Palma district of Mozambique, only Palma de Mallorca: a name the text
    # calls a district is no city, so it falls back to the story's country, and so does the
    # village the text puts in it
    text = (
        "Insurgents burned houses in Tandala village, in Palma district, in the northern "
        "Mozambican province of Cabo Delgado."
    )
    places = _resolved(pipeline, text)
    countries = {p.text: p.country for p in places}
    assert countries["Palma"] == "MOZ"
    assert countries["Tandala village"] == "MOZ"


def test_places_a_town_read_apart_from_the_rest_of_its_list(resolver):
    # the other towns of the list are Peruvian: "San Juan" read as the American county is
    # read again among its Peruvian namesakes; a big city keeps its reading
    from crisislens.geo.lexicon import GeoLexicon
    from crisislens.geo.name_lists import read_apart_from_their_list

    text = "Mercury was found near San Juan, Cutervo and Chota."
    mentions = [
        resolver.mention(text, text.index(n), text.index(n) + len(n))
        for n in ("San Juan", "Cutervo", "Chota")
    ]

    def reading(m, country, feature):
        return next(c for c in m.candidates if (c.country, c.feature) == (country, feature))

    settled = {
        0: reading(mentions[0], "USA", "admin2"),
        1: reading(mentions[1], "PER", "city"),
        2: reading(mentions[2], "PER", "city"),
    }
    lex = GeoLexicon.load()
    assert read_apart_from_their_list(mentions, settled, text, lex) == [(0, "PER")]
    settled[0] = reading(mentions[0], "PRI", "city")  # San Juan, Puerto Rico: a big city
    assert read_apart_from_their_list(mentions, settled, text, lex) == []


def test_places_a_town_put_in_a_part_of_a_country_stays_in_that_country(pipeline):
    # the registry's only "Boni" is an old name of Bonn: "Boni, central Mali" is in Mali
    text = "Jihadists attacked an army post in Boni, central Mali, on Tuesday."
    places = _resolved(pipeline, text)
    assert [p.country for p in places if p.text == "Boni"] == ["MLI"]


def test_places_a_list_of_states_holds_no_town_and_state_pairs(resolver):
    # "Illinois, Missouri" inside a list is two states, not a town Illinois in Missouri
    text = "Cases were reported in Arizona, Colorado, Georgia, Illinois, Missouri and Texas."
    names = ("Arizona", "Colorado", "Georgia", "Illinois", "Missouri", "Texas")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    places = resolver.resolve_spans(text, spans)
    assert [(p.name, p.feature) for p in places] == [(n, "admin1") for n in names]


def test_places_a_names_own_unit_word_beats_the_district_before_its_of(resolver):
    # "the Dandume district of" makes the next name a province, unless that name says its own
    # level: "Funtua local government area" is the district, not the town
    text = "Gunmen raided a ward in the Dandume district of Funtua local government area."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Dandume", "Funtua")]
    assert [p.feature for p in resolver.resolve_spans(text, spans)] == ["admin2", "admin2"]
