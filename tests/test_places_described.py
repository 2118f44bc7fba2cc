"""Places the text describes ("a town in X"), Arabic spellings and names no gazetteer holds,
with the real gazetteer and pipeline. Our own sentences."""

import pytest


def _resolved(pipeline, text):
    doc = pipeline.nlp(text)
    places = pipeline.places.resolve(doc, pipeline.places.toponyms(doc), None)
    return {p.text: p for p in places}


@pytest.mark.parametrize(
    "text,name,resolved,country",
    [
        # the gazetteer writes "Al-Qaim" with a dash, and "Hodeida" without the final h
        ("Rockets fell near Qaim before dawn, residents said.", "Qaim", "Al Qā’im", "IRQ"),
        ("A fuel depot burned in Hodeidah on Sunday.", "Hodeidah", "Al Ḩudaydah", "YEM"),
    ],
)
def test_places_an_arabic_town_by_its_dashed_form_or_without_its_final_h(
    pipeline, text, name, resolved, country
):
    place = _resolved(pipeline, text)[name]
    assert (place.name, place.country, place.feature) == (resolved, country, "city")


def test_places_a_name_described_as_a_town_is_a_place_whatever_its_tag(pipeline):
    """A town spaCy tags as a person is a place where the text calls it "a small town in"."""
    places = _resolved(pipeline, "Gunmen stormed Kankara, a small town in Katsina state, at night.")
    assert (places["Kankara"].country, places["Kankara"].feature) == ("NGA", "city")


@pytest.mark.parametrize(
    "text,name,country",
    [
        # the gazetteer's Gulistan lie in Uzbekistan and Afghanistan
        (
            "A bomb went off in Gulistan, a town in Qila Abdullah district, on Friday.",
            "Gulistan",
            "PAK",
        ),
        # no gazetteer holds the village
        ("Raiders burned Bangpu, a village in Yarang district, before dawn.", "Bangpu", "THA"),
    ],
)
def test_places_a_town_described_as_in_a_district_lies_in_it(pipeline, text, name, country):
    place = _resolved(pipeline, text)[name]
    assert (place.country, place.feature) == (country, "unknown")


def test_places_an_unknown_town_is_not_placed_at_a_namesake_abroad(pipeline):
    """The gazetteer's only Hiran is a hamlet in Iraq: the unknown town beside it is placed in
    the country the text points to, not at the hamlet."""
    text = "Gunmen killed three soldiers in Bulo Burte, in Somalia's Hiran region."
    assert _resolved(pipeline, text)["Bulo Burte"].country == "SOM"


def test_places_a_person_described_by_a_post_in_a_state_is_no_place(pipeline):
    places = _resolved(pipeline, "Senator Smith, a state lawmaker in Ohio, spoke on Monday.")
    assert "Smith" not in places and places["Ohio"].country == "USA"


def test_places_a_name_and_its_bracket_taken_for_an_organisation_are_places(pipeline):
    """spaCy tags "Abuja (Abuja" of a list of towns with their brackets as one organisation:
    the town is no organisation's part, and stays a place of the list."""
    text = "Traders marched in Lagos (Lagos), Abuja (Abuja) and Kano (Kano) over food prices."
    places = _resolved(pipeline, text)
    assert (places["Abuja"].country, places["Abuja"].mention) == ("NGA", "name")


def test_places_a_name_repeated_is_not_its_own_evidence(pipeline):
    """The gazetteer holds "Mambasa" only as another name of Mombasa, Kenya: a Congolese
    report naming it twice does not point to Kenya twice over."""
    text = (
        "Eleven farmers were killed in Ituri province of the Democratic Republic of Congo on "
        "Monday. Rebels attacked them in the Mambasa area. The administrator of Mambasa "
        "territory said eleven bodies were found."
    )
    places = _resolved(pipeline, text)
    assert places["Mambasa"].country == "COD"


def test_places_a_province_named_with_a_particle_is_one_name(pipeline):
    """spaCy tags "Lanao" alone in "Lanao del Norte province"."""
    places = _resolved(
        pipeline, "Troops fought rebels near Munai town in Lanao del Norte province."
    )
    assert (places["Lanao del Norte"].country, places["Lanao del Norte"].feature) == (
        "PHL",
        "admin2",
    )
    assert "Norte" not in places
