"""Statements of how things stand, not happenings: troops stationed or deployed, forces going
on fighting, a party named by the side it backs, a warning that a state goes on, and a wound
that is no cut in ties. Each is tried on sentences of our own beside the happening a report
tells, and the happening's own telling stays."""

from __future__ import annotations

import pytest

from conftest import asserted_events

pytestmark = pytest.mark.slow
PUB = "2025-03-10"  # a Monday
LEAD = "Gunmen killed seven herders near Tolmo on Sunday, the governor said.\n\n"


def _triggers(record, event_type):
    return sorted(e.trigger.text for e in asserted_events(record, event_type) if e.trigger)


@pytest.mark.parametrize(
    "text",
    [
        "Extra troops are deployed along the northern road.",
        "Army companies are stationed in the market town.",
    ],
)
def test_troops_standing_somewhere_are_no_mobilisation(extract, text):
    """A present passive whose trigger begins with its subject ("Troops are deployed") is read
    by its verb (candidates.trigger_verb, standing_passive)."""
    assert not asserted_events(extract(LEAD + text, published=PUB), "MOBILIZE")


def test_troops_deployed_on_a_day_stay(extract):
    record = extract(LEAD + "Extra troops were deployed to Tolmo on Monday.", published=PUB)
    assert asserted_events(record, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "Army units are battling the gunmen in the hills around the town.",
        "Police are conducting raids in the eastern districts of the province.",
    ],
)
def test_an_ongoing_progressive_is_no_happening(extract, text):
    """A present progressive with no date or figures of its own, beside a telling of its type,
    tells an activity going on (candidates.ongoing_progressive)."""
    assert _triggers(extract(LEAD + text, published=PUB), "ASSAULT") == ["killed"]


def test_a_progressive_headline_is_news(extract):
    record = extract(
        "Troops are storming the port of Vell\n\nSoldiers entered the harbour at dawn.",
        published=PUB,
        title="Troops are storming the port of Vell",
    )
    assert asserted_events(record, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("An airstrike by the alliance battling the rebels hit a lorry, killing nine.", "ASSAULT"),
        ("Militias backing the army retook the river crossing on Sunday.", "SUPPORT"),
    ],
)
def test_a_side_named_by_whom_it_fights_or_backs_is_no_act(extract, text, event_type):
    """A participle of fighting or backing on a party says whose side it is on
    (verb_vetoes.says_whose_side)."""
    record = extract(text, published=PUB)
    triggers = _triggers(record, event_type)
    assert "battling" not in triggers and "backing" not in triggers


def test_men_seen_fighting_stay_a_fight(extract):
    record = extract("A video showed masked men fighting in a street of Tolmo.", published=PUB)
    assert "fighting" in _triggers(record, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Aid groups warned that thousands of families remain cut off in the valley.",
        "The council warned in a statement that the villages stay without water.",
    ],
)
def test_a_warning_that_a_state_goes_on_is_no_threat(extract, text):
    """statement_vetoes.a_state_held, also where the parse hangs the clause on "a statement"."""
    assert not asserted_events(extract(LEAD + text, published=PUB), "THREATEN")


def test_a_warning_of_a_strike_stays_a_threat(extract):
    record = extract("The rebels warned that they would strike the dam.", published=PUB)
    assert asserted_events(record, "THREATEN")


def test_a_cut_throat_is_no_cut_in_ties(extract):
    record = extract(
        LEAD + "Two of the herders had their throats cut, and the raiders cut the throat of a boy.",
        published=PUB,
    )
    assert not asserted_events(record, "SANCTION")


def test_a_statement_in_progress_stays(extract):
    """Only material acts are read as going on (article.yaml ongoing_types): a warning in the
    present progressive is news."""
    record = extract(
        LEAD + "The rebels are warning that they could shell the airport.", published=PUB
    )
    assert asserted_events(record, "THREATEN")


def test_a_war_waged_for_years_is_no_happening(extract):
    """A noun object of a perfect progressive ("has been waging an air war") is read as the
    verb's own (candidates._undated_act, ongoing_perfect)."""
    record = extract(
        LEAD + "The alliance has been waging an air war against the gunmen for two years.",
        published=PUB,
    )
    assert _triggers(record, "ASSAULT") == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "The same gang has carried out similar raids in the past.",
        "Bandits routinely launch attacks on herders in the district.",
    ],
)
def test_acts_told_as_a_record_are_no_happening(extract, text):
    """A phrase of an undated past ("in the past") or an adverb of frequency on the light verb
    of an event noun (candidates.habitual)."""
    record = extract(LEAD + text, published=PUB)
    assert "raids" not in _triggers(record, "ASSAULT")
    assert "attacks" not in _triggers(record, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Hundreds of farmers marched in Tolmo on Monday in rejection of the land law.", "REJECT"),
        ("Traders shut their stalls on Monday in solidarity with the herders.", "SUPPORT"),
    ],
)
def test_the_spirit_an_act_is_done_in_is_no_act(extract, text, event_type):
    """triggers.in_the_spirit_of."""
    assert not asserted_events(extract(text, published=PUB), event_type)


def test_a_show_of_support_stays_read(extract):
    record = extract("Thousands voiced their support for the herders on Monday.", published=PUB)
    assert asserted_events(record, "SUPPORT")


def test_raids_people_fled_are_no_happening(extract):
    """triggers.fled_from: what people fled is the cause of their flight."""
    record = extract(
        LEAD + "Nearly 900 families fled raids by the gang and camped near the river.",
        published=PUB,
    )
    assert _triggers(record, "ASSAULT") == ["killed"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Despite being ousted from the capital, the militia still holds the hills.", "COERCE"),
        ("Notwithstanding having been expelled from the council, the envoy attends.", "SANCTION"),
    ],
)
def test_an_act_granted_after_despite_is_no_happening(extract, text, event_type):
    """verb_vetoes.granted_in_passing: a gerund after "despite" is background (without the
    rule, the ousting is coded a seizure and the expulsion a sanction)."""
    record = extract(LEAD + text, published=PUB)
    assert not asserted_events(record, event_type) and _triggers(record, "ASSAULT") == ["killed"]


def test_a_march_despite_a_curfew_stays(extract):
    record = extract("Despite the curfew, crowds marched through Tolmo on Monday.", published=PUB)
    assert asserted_events(record, "PROTEST")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Kestland and others have accused Norland of abuses against the herders.", "ACCUSE"),
        ("Velm has blamed several recent raids on the rebels.", "ACCUSE"),
        ("Norland has accused its neighbour of harbouring the gunmen.", "ACCUSE"),
        ("Norland cites old maps and has rejected the court's ruling.", "REJECT"),
        ("Norland has accused Velm of arming 40 gunmen in the north.", "ACCUSE"),
    ],
)
def test_a_stance_held_in_the_perfect_is_no_happening(extract, text, event_type):
    """mention_rules.standing_stance: an undated perfect stance held with unnamed others, about
    many acts or one going on, or joined to a simple present, is a position, no happening."""
    assert not asserted_events(extract(LEAD + " " + text, published=PUB), event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Police have accused two guards of stealing weapons from the depot in Tolmo.", "ACCUSE"),
        (LEAD + "Velm has denied the raid.", "REJECT"),
    ],
)
def test_a_perfect_in_a_lede_or_with_nothing_more_stays(extract, text, event_type):
    assert asserted_events(extract(text, published=PUB), event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Rubber bullets and batons failed to stop the marchers at the bridge.",
        "Volleys of tear gas and water cannon failed to disperse the crowds.",
    ],
)
def test_a_means_that_failed_refuses_nothing(extract, text):
    """verb_vetoes.means_failed: only a party can refuse."""
    assert not asserted_events(extract(LEAD + text, published=PUB), "REJECT")


def test_a_party_that_failed_to_meet_demands_stays_a_rejection(extract):
    record = extract("The governor failed to meet the protesters' demands.", published=PUB)
    assert asserted_events(record, "REJECT")


def test_a_news_conference_called_is_no_phone_call(extract):
    """event_rules.yaml no_event_objects: call."""
    text = "Opposition leader Dara Venn called a news conference to announce a boycott of the vote."
    assert not asserted_events(extract(text, published=PUB), "CONSULT")


def test_a_stance_that_goes_on_is_no_happening(extract):
    """mention_rules.continued_stance."""
    text = LEAD + "Norland continues to accuse Velm of harbouring the gunmen."
    assert not asserted_events(extract(text, published=PUB), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The Kell government angrily hit back on Monday, saying the claims were lies.",
        "Kell has hit back after Velm accused it of arming the gunmen in the north.",
    ],
)
def test_a_retort_in_words_is_no_blow(extract, text):
    """statement_vetoes.retorts: "hit back" with no target, in a clause that says or accuses."""
    assert not asserted_events(extract(text, published=PUB), "ASSAULT")


def test_troops_that_hit_back_and_kill_stay_an_attack(extract):
    record = extract("The soldiers hit back, killing five of the gunmen.", published=PUB)
    assert asserted_events(record, "ASSAULT")
