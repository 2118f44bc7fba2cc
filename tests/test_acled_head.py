"""The trained ACLED head: its NumPy sentence encoder, its decision rules, its artifact."""

from __future__ import annotations

import numpy as np
import pytest

from crisislens.events.acled_model import NONE, AcledHead, text_key, train
from crisislens.pipeline import Pipeline
from crisislens.schemas import ArticleRecord, Event, TextSpan

EVENT_TYPES = {"Attack": "Violence against civilians", "Peaceful protest": "Protests"}


def _event(n: int, event_type: str, sentence: str, sub: str | None = None) -> Event:
    return Event(
        event_id=f"e{n}",
        event_type=event_type,
        evidence=TextSpan(text=sentence, start=0, end=len(sentence)),
        confidence=0.5,
        acled_sub_event_type=sub,
        acled_event_type=EVENT_TYPES.get(sub),
    )


def _head() -> AcledHead:
    """Two-dimensional 'embeddings': dimension 0 means violence, 1 means diplomacy."""
    classes = ["Attack", "DIPLO", "Peaceful protest"]
    rule_labels = [NONE, "Attack", "Peaceful protest"]
    weights = np.zeros((3, 2 + len(rule_labels)), dtype=np.float32)
    weights[0, 0] = 4.0  # violence -> Attack
    weights[1, 1] = 4.0  # diplomacy -> DIPLO
    weights[2, 4] = 10.0  # the rules said Peaceful protest -> keep it
    return AcledHead(classes, rule_labels, weights, np.zeros(3, dtype=np.float32))


VECTORS = {
    "Gunmen shot villagers.": [1.0, 0.0],
    "The ministers met.": [0.0, 1.0],
    "Crowds marched.": [0.0, 0.0],
}


class CountingEmbed:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, sentences: list[str]) -> np.ndarray:
        self.seen += sentences
        return np.array([VECTORS[s] for s in sentences], dtype=np.float32)


def test_relabel_reads_only_events_the_rules_typed():
    embed = CountingEmbed()
    events = [
        _event(1, "ASSAULT", "Gunmen shot villagers.", "Attack"),
        _event(2, "ASSAULT", "The ministers met."),  # no ACLED type: left alone
        _event(3, "PROTEST", "Crowds marched.", "Peaceful protest"),
    ]
    [out] = _head().relabel([events], embed, EVENT_TYPES)
    assert [e.acled_sub_event_type for e in out] == ["Attack", None, "Peaceful protest"]
    assert out[0].acled_event_type == "Violence against civilians"
    assert "The ministers met." not in embed.seen


def test_a_non_acled_class_clears_the_rules_type():
    events = [_event(1, "ASSAULT", "The ministers met.", "Attack")]
    [out] = _head().relabel([events], CountingEmbed(), EVENT_TYPES)
    assert out[0].acled_sub_event_type is None and out[0].acled_event_type is None


def test_one_embedding_per_sentence_across_a_batch():
    embed = CountingEmbed()
    batch = [
        [
            _event(1, "ASSAULT", "Gunmen shot villagers.", "Attack"),
            _event(2, "COERCE", "Gunmen shot villagers.", "Peaceful protest"),
        ],
        [_event(3, "ASSAULT", "Gunmen shot villagers.", "Attack")],
        [],
    ]
    out = _head().relabel(batch, embed, EVENT_TYPES)
    assert embed.seen == ["Gunmen shot villagers."]
    assert [[e.acled_sub_event_type for e in events] for events in out] == [
        ["Attack", "Peaceful protest"],
        ["Attack"],
        [],
    ]


@pytest.mark.slow
def test_train_save_load_round_trip(tmp_path):
    rng = np.random.default_rng(0)
    vectors = np.vstack([rng.normal(1, 0.1, (10, 4)), rng.normal(-1, 0.1, (10, 4))])
    labels = ["Attack"] * 10 + ["DIPLO"] * 10
    texts = [f"snippet {i}" for i in range(20)]
    head = train(vectors, [None] * 20, labels, [NONE, "Attack"], texts=texts)
    head.save(tmp_path / "head.npz")
    loaded = AcledHead.load(tmp_path / "head.npz")
    assert loaded.classes == ["Attack", "DIPLO"]
    assert loaded.predict(vectors, [None] * 20) == labels
    assert text_key("Snippet  0") in loaded.trained_on  # case and spacing do not matter
    assert "snippet 0" not in loaded.trained_on  # hashes, never the text


def test_shipped_head_loads():
    head = AcledHead.load()
    assert "Armed clash" in head.classes and "DIPLO" in head.classes
    assert head.weights.shape == (len(head.classes), 384 + len(head.rule_labels))
    assert len(head.trained_on) > 100


@pytest.mark.slow
def test_numpy_encoder_matches_sentence_transformers():
    from crisislens.nlp.embedder import SentenceEmbedder

    # sentence-transformers 6.2 + torch 2.13 (CPU) on all-MiniLM-L6-v2, first six dimensions
    reference = np.array(
        [
            [0.02721, 0.09135, 0.04734, 0.01151, 0.03999, 0.04230],
            [0.00222, -0.04123, 0.03448, 0.02236, -0.01974, 0.04354],
        ]
    )
    got = SentenceEmbedder().encode(
        ["Police fired tear gas at protesters in Almaty on Wednesday.", "Talks resumed."]
    )
    assert got.shape == (2, 384)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(got[:, :6], reference, atol=2e-4)


class _StubPipeline:
    """Codes every article as one Attack; a head, when on, relabels it Armed clash."""

    without_head = Pipeline.without_head

    def __init__(self) -> None:
        self.acled_head = object()

    def process(self, articles, batch_size=None):
        for a in articles:
            sub = "Attack" if self.acled_head is None else "Armed clash"
            yield ArticleRecord(article_id=a.article_id, events=[_event(1, "ASSAULT", a.text, sub)])


def test_training_examples_come_from_the_rules_alone_even_through_the_cli():
    # the CLI hands evaluations a lazy proxy of the pipeline: switching the head off must reach
    # the pipeline itself, or the shipped head (trained on the gold snippets) leaks into them
    from crisislens.cli.eval_commands import _LazyPipeline
    from crisislens.evaluation.case2021 import examples

    proxy = _LazyPipeline()
    proxy._pipeline = stub = _StubPipeline()
    proxy._bar = type("Bar", (), {"update": lambda self, n: None})()
    data = examples(proxy, [("1", "Gunmen shot villagers.", "ATTACK")])
    assert data.rule_subs == ["Attack"]
    assert stub.acled_head is not None  # on again afterwards
