from crisislens.geo.gazetteer import normalize
from crisislens.geo.resolver import PlaceResolver, haversine_km


def test_geo_normalize_folds_accents_and_articles():
    assert normalize("The Almatý") == "almaty"
    assert normalize("Kyiv\u2019s") == "kyiv's"


def test_geo_lookup_historical_names(small_gazetteer):
    assert small_gazetteer.lookup("Alma-Ata")[0].name == "Almaty"
    assert small_gazetteer.lookup("Kiev")[0].name == "Kyiv"  # the capital, not the region


def test_geo_capital_beats_larger_namesake(small_gazetteer):
    assert small_gazetteer.lookup("Washington")[0].feature == "city"


def test_geo_same_name_places_use_container(small_gazetteer):
    resolver = PlaceResolver(small_gazetteer)
    text = "Flooding hit Alexandria, Louisiana on Monday."
    [place] = resolver.resolve_spans(text, [(13, 23)])
    assert place.country == "USA" and place.admin1 == "Louisiana"
    text = "Protests spread in Alexandria on Monday."
    [place] = resolver.resolve_spans(text, [(19, 29)])
    assert place.country == "EGY"


def test_geo_country_context_settles_ambiguity(small_gazetteer):
    resolver = PlaceResolver(small_gazetteer)
    text = "In the United States, a storm reached Alexandria."
    places = resolver.resolve_spans(text, [(7, 20), (38, 48)])
    assert places[1].country == "USA"


def test_geo_continent_is_not_a_town(small_gazetteer):
    resolver = PlaceResolver(small_gazetteer)
    [place] = resolver.resolve_spans("Aid for Africa", [(8, 14)])
    assert place.feature == "continent"


def test_geo_unknown_place_has_no_coordinates(small_gazetteer):
    resolver = PlaceResolver(small_gazetteer)
    [place] = resolver.resolve_spans("Fighting in Zzyzxville", [(12, 22)])
    assert place.lat is None and place.lon is None and place.confidence == 0.0


def test_geo_haversine():
    assert round(haversine_km(0, 0, 0, 1)) == 111


def test_geo_mislabelled_city_is_found(extract):
    record = extract("Thousands of people gathered in Almaty and Aktobe on Wednesday.")
    names = {p.name for p in record.places}
    assert "Almaty" in names
    almaty = next(p for p in record.places if p.name == "Almaty")
    assert almaty.geonameid == 1526384 and almaty.feature == "city"


def test_geo_borrowed_alternate_names_are_left_out():
    """GeoNames lists "Venice" among Dayton's names; Venice, Italy bears it as its own."""
    from crisislens.geo.sources import borrowed as _borrowed

    own = {"venice": 51_298, "kiev": 0, "franklin": 72_639}
    assert _borrowed("Venice", {"name": "Dayton", "population": 140_000}, own)
    assert _borrowed("Franklin", {"name": "Columbus", "population": 905_000}, own)
    assert not _borrowed("Kiev", {"name": "Kyiv", "population": 2_952_301}, own)
    assert not _borrowed("Dayton", {"name": "Dayton", "population": 140_000}, own)
