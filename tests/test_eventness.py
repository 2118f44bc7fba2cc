"""The eventness scorer (events/eventness.py): which asserted happenings the article keeps.
Every sentence here is written for these tests."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from crisislens.events.eventness import EventnessModel, eventness_model, kept_events
from crisislens.schemas import Event

PUB = "2023-03-10"


# -- the keep rule ------------------------------------------------------------------------------
def test_kept_events_keeps_unscored_and_scored_over_threshold():
    assert kept_events([None, 0.9, 0.2, 0.5], 0.5) == [True, True, False, True]


def test_kept_events_keeps_the_best_when_all_fall_under():
    assert kept_events([0.1, None, 0.3, 0.2], 0.5) == [False, True, True, False]


def test_kept_events_keeps_no_best_when_the_report_tells_one_surely():
    """An attack told by its verb is left as coded (eventness.told_surely): the judged events
    under the threshold need no best one kept beside it."""
    assert kept_events([0.1, None, 0.3, 0.2], 0.5, told=True) == [False, True, False, False]
    assert kept_events([0.1, 0.6], 0.5, told=True) == [False, True]


def test_kept_events_with_nothing_scored_keeps_everything():
    assert kept_events([None, None], 0.9) == [True, True]
    assert kept_events([], 0.5) == []


# -- the model ----------------------------------------------------------------------------------
def test_model_score_is_the_logistic_of_the_weighted_sum():
    model = EventnessModel(weights={"noun": -2.0, "actor": 1.0}, bias=0.5, threshold=0.5)
    event = None  # the model reads only the features
    assert model.score(event, {}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    low = model.score(event, {"noun": 1.0})
    high = model.score(event, {"actor": 1.0, "unknown feature": 5.0})
    assert low < 0.5 < high


def test_model_reads_its_json_form():
    model = EventnessModel.from_json({"weights": {"noun": "-1.5"}, "bias": 0, "threshold": 0.4})
    assert model.weights == {"noun": -1.5} and model.threshold == 0.4


def test_shipped_model_is_small_and_bounded():
    model = eventness_model()
    assert model is not None, "data/eventness.json is built by eval/train_eventness.py"
    assert 0.0 < model.threshold < 1.0
    assert 10 <= len(model.weights) <= 500
    path = resources.files("crisislens") / "data" / "eventness.json"
    about = json.loads(path.read_text("utf-8"))
    assert "half A" in about["about"]  # trained on half A only; half B scores it


def test_eventness_is_on_by_default_and_can_be_turned_off(monkeypatch):
    from crisislens.settings import Settings

    monkeypatch.delenv("CRISISLENS_EVENTNESS", raising=False)
    assert Settings.from_env().eventness
    monkeypatch.setenv("CRISISLENS_EVENTNESS", "0")
    assert not Settings.from_env().eventness


# -- in the article coder -----------------------------------------------------------------------
class _Fixed:
    """A scorer that gives every asserted event the same score (records what it saw)."""

    def __init__(self, value: float, threshold: float = 0.5) -> None:
        self.value, self.threshold = value, threshold
        self.features: list[dict[str, float]] = []

    def score(self, event: Event, features: dict[str, float]) -> float:
        self.features.append(features)
        return self.value


def _coded_with(pipeline, extract, scorer, text: str):
    """The record of ``text`` coded with ``scorer`` (None: no scorer) in the article coder."""
    saved = pipeline.article.eventness
    try:
        pipeline.article.eventness = scorer
        return extract(text, published=PUB)
    finally:
        pipeline.article.eventness = saved


@pytest.mark.slow
def test_scorer_under_threshold_leaves_the_best_asserted_event(pipeline, extract):
    text = (
        "Union leaders met the labour minister in Kaduna on Monday. "
        "The governor said police would arrest the strikers. "
        "On Tuesday, the envoy urged the two sides to resume talks."
    )
    everything = _coded_with(pipeline, extract, None, text)
    filtered = _coded_with(pipeline, extract, scorer := _Fixed(0.1), text)
    asserted = [e for e in everything.events if e.modality == "asserted"]
    assert len(asserted) >= 2
    kept = [e for e in filtered.events if e.modality == "asserted"]
    assert len(kept) == 1  # every one scored under the threshold: the best stays
    others = [e.event_id for e in everything.events if e.modality != "asserted"]
    assert others == [e.event_id for e in filtered.events if e.modality != "asserted"]
    assert scorer.features and all("confidence" in f for f in scorer.features)


class _ByType(_Fixed):
    """A scorer that drops every asserted event of one type."""

    def __init__(self, dropped: str) -> None:
        super().__init__(0.9)
        self.dropped = dropped

    def score(self, event: Event, features: dict[str, float]) -> float:
        return 0.0 if event.event_type == self.dropped else 0.9


@pytest.mark.slow
def test_scorer_only_takes_events_away(pipeline, extract):
    text = (
        "Armed men attacked a police post in Maiduguri on Friday, killing two officers. "
        "The governor met community leaders in a nearby market on Saturday. "
        "Another 3 people were wounded in the attack. Rights groups condemned the killings."
    )
    everything = _coded_with(pipeline, extract, None, text)
    filtered = _coded_with(pipeline, extract, _ByType("CONSULT"), text)
    types = {e.event_type for e in everything.events if e.modality == "asserted"}
    assert {"ASSAULT", "CONSULT"} <= types
    before = {e.event_id: e for e in everything.events}
    assert [e.event_type for e in filtered.events if e.modality == "asserted"].count("CONSULT") == 0
    for event in filtered.events:  # every kept event is as it was: figures, place, date, roles
        assert event == before[event.event_id]


@pytest.mark.slow
def test_features_tell_nouns_verbs_and_repeats(pipeline, extract):
    text = (
        "About 4,000 garment workers protested in Dhaka on Sunday. "
        "Hours later, another 1,500 workers protested in Chittagong. "
        "The protests drew criticism from the government."
    )
    _coded_with(pipeline, extract, scorer := _Fixed(0.9), text)
    first = scorer.features[0]
    assert first["noun"] == 0.0 and first["figures"] == 1.0 and first["same_type_before"] == 0.0
    assert any(f["same_type_before"] > 0 for f in scorer.features[1:])


@pytest.mark.slow
def test_shipped_model_keeps_a_plain_reported_attack(pipeline, extract):
    text = "Militants attacked an army convoy near Gao on Wednesday, killing four soldiers."
    record = _coded_with(pipeline, extract, eventness_model(), text)
    assert [e.event_type for e in record.events if e.modality == "asserted"] == ["ASSAULT"]


@pytest.mark.slow
def test_features_tell_a_speech_act_with_named_sides(pipeline, extract):
    """A speech act whose speaker is named and whose target is told ("X accused Y of ...") is
    marked as such; a bare protest noun with no one named is not."""
    text = (
        "Foreign Minister Sergei Lavrov accused the Polish government of sabotage on Tuesday. "
        "Protests continued across the capital."
    )
    _coded_with(pipeline, extract, scorer := _Fixed(0.9), text)
    accuse = next(f for f in scorer.features if f.get("type=ACCUSE"))
    assert accuse["named_actor"] == accuse["speech_act_sides"] == 1.0
    protest = next(f for f in scorer.features if f.get("type=PROTEST"))
    assert protest["named_actor"] == protest["speech_act_sides"] == 0.0


# -- what the scorer does not judge -------------------------------------------------------------
def _under(pipeline, extract, text: str, value: float = 0.0):
    """The record with every judged asserted event scored ``value``, and the scorer."""
    scorer = _Fixed(value)
    return _coded_with(pipeline, extract, scorer, text), scorer


@pytest.mark.slow
def test_history_with_its_own_date_is_kept_as_history(pipeline, extract):
    """A happening dated in an earlier year by its own words is background, kept with its date;
    the undated statements around it are judged (all fall under: the best one stays)."""
    record, _ = _under(
        pipeline,
        extract,
        "The envoy praised the mediators in Juba on Monday. "
        "He recalled the 2018 accord between the two armies. "
        "Diplomats urged the factions to keep talking.",
    )
    accord = [e for e in record.events if e.event_type == "AGREE" and e.date == "2018"]
    assert accord and accord[0].modality == "asserted"
    judged = [e for e in record.events if e.modality == "asserted" and e.date != "2018"]
    assert len(judged) == 1


@pytest.mark.slow
def test_an_attack_told_by_its_verb_is_not_judged(pipeline, extract):
    record, scorer = _under(
        pipeline,
        extract,
        "Rioters set fire to a tax office in Kisumu on Tuesday. "
        "Youths attacked a police post outside the town. "
        "The governor appealed for calm.",
    )
    asserted = [e.event_type for e in record.events if e.modality == "asserted"]
    assert "ASSAULT" in asserted
    assert all("type=ASSAULT" not in f and "type=COERCE" not in f for f in scorer.features)


@pytest.mark.slow
def test_a_text_of_one_sentence_is_not_judged(pipeline, extract):
    text = "The ministers met in Accra on Friday and urged the junta to free the detainees."
    record, scorer = _under(pipeline, extract, text)
    assert len([e for e in record.events if e.modality == "asserted"]) >= 2
    assert scorer.features == []


@pytest.mark.slow
def test_an_attack_that_counts_its_casualties_is_not_judged(pipeline, extract):
    record, scorer = _under(
        pipeline,
        extract,
        "Detectives in Toledo are looking into a shooting that left two men wounded. "
        "The mayor appealed for calm. Witnesses were asked to contact the police.",
    )
    shooting = [e for e in record.events if e.event_type == "ASSAULT"]
    assert shooting and ("injured", 2) in [(q.kind, q.value) for q in shooting[0].quantities]
    assert all("type=ASSAULT" not in f for f in scorer.features)


@pytest.mark.slow
def test_a_threat_to_a_named_party_is_not_judged(pipeline, extract):
    """eventness.stated_to_a_party: a threat whose speaker is named and that names whom it is
    aimed at stays as coded, however many sentences stand around it."""
    record, scorer = _under(
        pipeline,
        extract,
        "The Tarven junta told the Ostrian envoy it would execute President Ilo Varn if "
        "foreign troops crossed the border. The mayor of the capital appealed for calm. "
        "Shops stayed shut in the old market.",
    )
    threats = [e for e in record.events if e.event_type == "THREATEN"]
    assert threats and threats[0].modality == "asserted"
    assert all("type=THREATEN" not in f for f in scorer.features)
