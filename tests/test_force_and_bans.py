"""Show of force or cooperation, sanction or coercion: readings told apart by their arguments
(data/event_lexicon.yaml: MOBILIZE and COERCE nouns and verbs, argument_senses; data/
event_rules.yaml: restriction_words, cross_border_scope). Sentences of our own."""

from __future__ import annotations

import pytest


def _top(record):
    return max(record.events, key=lambda e: e.confidence)


@pytest.mark.parametrize(
    "text,expected",
    [
        # exercises held alone are a show of force (CAMEO 150); with another state,
        # military cooperation (CAMEO 062)
        ("The navy conducted live-fire drills near the island.", "MOBILIZE"),
        ("The navy held drills with the Japanese fleet.", "COOPERATE"),
        ("The two armies began joint exercises near the border.", "COOPERATE"),
        ("Russian and Chinese warships began five days of war games at sea.", "COOPERATE"),
        ("Russia and China held naval drills near Taiwan.", "COOPERATE"),
        # barring entry or imports crosses a border: a sanction; barring a candidate coerces
        ("Washington barred entry to five officials.", "SANCTION"),
        ("Kenya barred imports of sugar from Uganda.", "SANCTION"),
        ("The electoral commission barred the opposition leader from standing.", "COERCE"),
    ],
)
def test_reading_by_arguments(extract, text, expected):
    assert _top(extract(text)).event_type == expected
