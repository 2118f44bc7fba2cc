"""News outlets (data/media.yaml): found in text whole, as printed, and never a place."""

import pytest

from crisislens.geo.media import Outlets


@pytest.fixture(scope="module")
def outlets():
    return Outlets.load()


@pytest.mark.parametrize(
    "text,name",
    [
        ("Shops were looted overnight, The New York Times reported.", "The New York Times"),
        ("according to the Wall Street Journal, talks stalled", "The Wall Street Journal"),
        ("Footage broadcast by Khabar 24 showed the square.", "Khabar"),
        ("RFE/RL said dozens were detained.", "Radio Free Europe/Radio Liberty"),
        ("A Xinhua correspondent filed the story.", "Xinhua"),
        ("Al-Jazeera aired the speech.", "Al Jazeera"),
    ],
)
def test_geo_media_finds_outlets(outlets, text, name):
    [found] = outlets.find(text)
    assert found.outlet.name == name
    assert found.start < found.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "The National Guard was sent to the capital.",  # a capitalised word follows
        "The Times Square crowd cheered.",
        "the Times were hard for farmers",  # one-word name needs its own capital "The"
        "Traffic across the Atlantic slowed.",  # a place that a magazine is named after
        "A timetable was agreed.",  # no part of a word
    ],
)
def test_geo_media_leaves_other_words(outlets, text):
    assert outlets.find(text) == []


def test_geo_media_offsets_cover_the_name(outlets):
    text = "Police said, citing Reuters and the BBC."
    spans = [text[m.start : m.end] for m in outlets.find(text)]
    assert spans == ["Reuters", "BBC"]


def test_geo_media_named(outlets):
    assert outlets.named("the BBC").kind == "tv"
    assert outlets.named("Almaty") is None
