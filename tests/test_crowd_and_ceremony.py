"""Acts around crowds, ceremonies and visits, and words that only name or weigh, that tell no
political event: shots fired in joy, drums beaten, a speaker rising to his feet, police
marching in formation, captives marched off, a crowd breaking up of its own accord, forces
described where they are posted, a courtesy call, the quoted title of a report or a film, and
figures that do not bear out a charge. Each is tried on sentences of our own, beside the
readings that stay."""

from __future__ import annotations

import pytest

from conftest import asserted_events

pytestmark = pytest.mark.slow
PUB = "2025-03-10"  # a Monday


def _types(record):
    return sorted(e.event_type for e in record.events if e.modality == "asserted")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # movement_vetoes.fired_in_joy: the celebration in the sentence before
        (
            "Jubilant crowds filled the streets of Velm on Sunday after the result was read. "
            "Young men drove past the town hall firing into the sky.",
            "COERCE",
        ),
        (
            "Wedding guests in Tolmo fired into the air on Saturday as the couple arrived.",
            "COERCE",
        ),
        # no_event_objects beat: drum
        (
            "Supporters in Velm sang and were beating drums outside the stadium on Sunday.",
            "ASSAULT",
        ),
        # no_event_objects rise: foot
        ("The opposition leader rose to his feet in the Velm assembly on Monday.", "PROTEST"),
        # no_event_objects thank: god
        ('"I am thanking God that my son is alive," a Tolmo farmer said on Monday.', "SUPPORT"),
        # movement_vetoes.forces_march
        (
            "Riot police officers marched toward the students outside the Velm ministry on Monday.",
            "PROTEST",
        ),
        ("Dozens of gendarmes marched on the crowd in Tolmo on Sunday.", "PROTEST"),
        # movement_vetoes.marches_captives
        (
            "Gunmen rounded up the herders and marched them into the Tolmo forest on Sunday.",
            "PROTEST",
        ),
        # movement_vetoes.disperses_itself
        ("The marchers dispersed quietly after the rally in Velm ended on Sunday.", "COERCE"),
        # movement_vetoes.stationed_there
        (
            "Residents said police stationed near the Tolmo market did nothing to stop the "
            "looters on Sunday.",
            "MOBILIZE",
        ),
        # mention_rules.in_a_title (statement_vetoes.names_a_work), a colon in the title
        (
            'The army rejected the 90-page report, "They Shoot Us at Night: Raids in the Tolmo '
            'Hills," on Monday.',
            "ASSAULT",
        ),
        (
            'The ministry on Monday banned the film "They Killed My Brother" over its portrayal '
            "of the army.",
            "ASSAULT",
        ),
        # statement_vetoes.evidence_supports
        (
            "But the figures did not support the opposition's charges, the minister said on "
            "Monday.",
            "REJECT",
        ),
        # movement_vetoes.calls_on_someone
        (
            "The Kestish foreign minister called on her Norlish counterpart in Velm on Monday.",
            "REQUEST",
        ),
    ],
)
def test_no_political_event(extract, text, event_type):
    assert not asserted_events(extract(text, published=PUB), event_type), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Soldiers fired into the air to scatter the crowd in Velm on Saturday.", "COERCE"),
        ("Nurses marched to the Velm health ministry on Monday to demand higher pay.", "PROTEST"),
        ("Police dispersed the crowd outside the Tolmo court on Monday.", "COERCE"),
        ("Thousands of teachers marched the streets of Velm on Sunday.", "PROTEST"),
        ("The Kestish envoy called on Norland on Monday to release the two fishermen.", "REQUEST"),
        (
            "Velm on Monday called on the staff of the Kestish mission for a boycott of the vote.",
            "REQUEST",
        ),
        ("Kestland stationed 2,000 troops on the Norlish border on Monday.", "MOBILIZE"),
        ("Gunmen beat two traders in the Tolmo market on Sunday.", "ASSAULT"),
        ('According to the report, "soldiers killed 20 farmers in Tolmo on Sunday."', "ASSAULT"),
        ("Velm supported the Norlish resolution at the council on Monday.", "SUPPORT"),
    ],
)
def test_the_political_reading_stays(extract, text, event_type):
    assert asserted_events(extract(text, published=PUB), event_type), _types(
        extract(text, published=PUB)
    )
