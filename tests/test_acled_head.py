"""The trained ACLED head: its decision rules, its context features, its artifact."""

from __future__ import annotations

import numpy as np

from crisislens.events.acled_model import (
    ENCODER,
    NONE,
    TOP_GATE,
    AcledHead,
    neighbours,
    text_key,
    top_rows,
    train,
    train_top,
    typed_sentences,
)
from crisislens.pipeline import Pipeline
from crisislens.schemas import ArticleRecord, Event, TextSpan

EVENT_TYPES = {"Attack": "Violence against civilians", "Peaceful protest": "Protests"}


def _event(n: int, event_type: str, sentence: str, sub: str | None = None, at: int = 0) -> Event:
    return Event(
        event_id=f"e{n}",
        event_type=event_type,
        evidence=TextSpan(text=sentence, start=at, end=at + len(sentence)),
        confidence=0.5,
        acled_sub_event_type=sub,
        acled_event_type=EVENT_TYPES.get(sub),
    )


def _head() -> AcledHead:
    """Two-dimensional 'embeddings': dimension 0 means violence, 1 means diplomacy."""
    classes = ["Attack", "DIPLO", "Peaceful protest"]
    rule_labels = [NONE, "Attack", "Peaceful protest"]
    # features: embedding (2), context (2), rule one-hot (3)
    weights = np.zeros((3, 4 + len(rule_labels)), dtype=np.float32)
    weights[0, 0] = weights[0, 2] = 4.0  # violence, here or around -> Attack
    weights[1, 1] = 4.0  # diplomacy -> DIPLO
    weights[2, 6] = 10.0  # the rules said Peaceful protest -> keep it
    return AcledHead(classes, rule_labels, weights, np.zeros(3, dtype=np.float32), rule_weight=1.0)


VECTORS = {
    "Gunmen shot villagers.": [1.0, 0.0],
    "The ministers met.": [0.0, 1.0],
    "Crowds marched.": [0.0, 0.0],
    "Nothing was said.": [0.0, 0.0],
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


def test_the_sentences_around_an_event_inform_its_type():
    alone = [_event(1, "COERCE", "Nothing was said.", "Peaceful protest")]
    head = _head()
    head.weights[2, 6] = 0.0  # the rules' label no longer decides
    head.bias[1] = 0.1  # an empty sentence with nothing around it: DIPLO
    [out] = head.relabel([alone], CountingEmbed(), EVENT_TYPES)
    assert out[0].acled_sub_event_type is None
    beside = [*alone, _event(2, "ASSAULT", "Gunmen shot villagers.", "Attack", at=40)]
    [out] = head.relabel([beside], CountingEmbed(), EVENT_TYPES)
    assert [e.acled_sub_event_type for e in out] == ["Attack", "Attack"]


def test_neighbours_are_the_typed_sentences_just_before_and_after():
    events = [
        _event(1, "ASSAULT", "c", "Attack", at=20),
        _event(2, "ASSAULT", "a", "Attack", at=0),
        _event(3, "CONSULT", "b", None, at=10),  # untyped: no neighbour
        _event(4, "ASSAULT", "d", "Attack", at=30),
        _event(5, "ASSAULT", "a", "Attack", at=0),  # the same sentence once
    ]
    ordered = typed_sentences(events)
    assert ordered == ["a", "c", "d"]
    assert neighbours(ordered, "a") == ["c"]
    assert neighbours(ordered, "c") == ["a", "d"]
    assert neighbours(ordered, "b") == []


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


def test_train_save_load_round_trip(tmp_path):
    rng = np.random.default_rng(0)
    vectors = np.vstack([rng.normal(1, 0.1, (10, 4)), rng.normal(-1, 0.1, (10, 4))])
    contexts = np.zeros_like(vectors)
    labels = ["Attack"] * 10 + ["DIPLO"] * 10
    texts = [f"snippet {i}" for i in range(20)]
    head = train(
        vectors, contexts, [None] * 20, labels, [NONE, "Attack"], texts=texts, rule_weight=0.3
    )
    head.save(tmp_path / "head.npz")
    loaded = AcledHead.load(tmp_path / "head.npz")
    assert loaded.classes == ["Attack", "DIPLO"]
    assert loaded.predict(vectors, contexts, [None] * 20) == labels
    assert loaded.rule_weight == np.float32(0.3) and loaded.encoder == ENCODER
    assert text_key("Snippet  0") in loaded.trained_on  # case and spacing do not matter
    assert "snippet 0" not in loaded.trained_on  # hashes, never the text


def _top_head() -> AcledHead:
    """Features: both encoders' sentence vectors (2 + 1), context (2), rule one-hot (3).
    The second encoder's one dimension means a protest."""
    classes = ["Attack", "DIPLO", "Peaceful protest"]
    weights = np.zeros((3, 5 + 3), dtype=np.float32)
    weights[2, 2] = 10.0  # the second encoder says protest -> Peaceful protest
    return AcledHead(
        classes, [NONE, "Attack", "Peaceful protest"], weights, np.zeros(3, np.float32)
    )


class SecondEmbed(CountingEmbed):
    def __call__(self, sentences: list[str]) -> np.ndarray:
        self.seen += sentences
        return np.array([[1.0] if "march" in s else [0.0] for s in sentences], np.float32)


def test_top_rows_are_each_articles_most_confident_typed_event():
    batch = [
        [
            _event(1, "ASSAULT", "a", "Attack"),
            _event(2, "ASSAULT", "b", "Attack"),
            _event(3, "ASSAULT", "c", "Attack"),
        ],
        [_event(4, "PROTEST", "d", "Peaceful protest"), _event(5, "PROTEST", "e", "Attack")],
    ]
    batch[0][1].confidence = 0.9
    batch[1][0].confidence = batch[1][1].confidence = 0.7  # equals: the first, as max() picks
    chosen = [(n, i) for n, events in enumerate(batch) for i in range(len(events))]
    assert top_rows(batch, chosen) == [1, 3]


def test_a_top_head_rereads_only_each_articles_top_event_with_its_second_encoder():
    head = _head()
    head.top = _top_head()
    head.top_gate = 1.0  # every top event, however sure the first head is
    events = [
        _event(1, "ASSAULT", "Gunmen shot villagers.", "Attack"),
        _event(2, "PROTEST", "Crowds marched.", "Attack", at=30),
    ]
    events[1].confidence = 0.8  # the top event
    second = SecondEmbed()
    [out] = head.relabel([events], CountingEmbed(), EVENT_TYPES, second)
    assert second.seen == ["Crowds marched."]
    # the first head keeps the Attack; the top head reads the march as a protest
    assert [e.acled_sub_event_type for e in out] == ["Attack", "Peaceful protest"]
    [out] = head.relabel([events], CountingEmbed(), EVENT_TYPES)  # no second encoder: first only
    assert [e.acled_sub_event_type for e in out] == ["Attack", "Attack"]


def test_a_gated_top_head_rereads_only_top_events_the_first_head_is_unsure_of():
    head = _head()
    head.top = _top_head()
    sure = [_event(1, "ASSAULT", "Gunmen shot villagers.", "Attack")]  # Attack at about 0.96
    unsure = [_event(2, "PROTEST", "Crowds marched.", "Attack")]  # a third for each class
    vectors = np.array([[1.0, 0.0], [0.0, 0.0]])
    _, probabilities = head.predict_sure(vectors, np.zeros((2, 2)), ["Attack", "Attack"])
    assert probabilities[0] > 0.9 and abs(probabilities[1] - 1 / 3) < 1e-6
    head.top_gate = 0.5
    second = SecondEmbed()
    out = head.relabel([sure, unsure], CountingEmbed(), EVENT_TYPES, second)
    assert second.seen == ["Crowds marched."]  # the sure one is never encoded a second time
    assert [events[0].acled_sub_event_type for events in out] == ["Attack", "Peaceful protest"]
    head.top_gate = 0.0  # a gate of zero: the top head reads nothing
    second = SecondEmbed()
    out = head.relabel([sure, unsure], CountingEmbed(), EVENT_TYPES, second)
    assert second.seen == [] and out[1][0].acled_sub_event_type == "Attack"


def test_a_top_head_is_saved_and_loaded_with_its_encoder(tmp_path):
    rng = np.random.default_rng(1)
    vectors = np.vstack([rng.normal(1, 0.1, (10, 4)), rng.normal(-1, 0.1, (10, 4))])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    extra = np.ones((20, 2), dtype=np.float32) / np.sqrt(2)
    labels = ["Attack"] * 10 + ["DIPLO"] * 10
    rules = [NONE, "Attack"]
    head = train(vectors, np.zeros_like(vectors), [None] * 20, labels, rules)
    head.top = train_top(
        vectors, extra, np.zeros_like(vectors), [None] * 20, labels, rules, "second-encoder"
    )
    assert head.top.weights.shape == (2, 6 + 4 + 2)
    head.save(tmp_path / "head.npz")
    loaded = AcledHead.load(tmp_path / "head.npz")
    assert loaded.top is not None and loaded.top.encoder == "second-encoder"
    assert loaded.top.rule_weight == np.float32(0.25)
    assert loaded.top_gate == np.float32(TOP_GATE)
    head.top_gate = 1.0  # every top event
    head.save(tmp_path / "ungated.npz")
    assert AcledHead.load(tmp_path / "ungated.npz").top_gate == 1.0
    np.testing.assert_allclose(loaded.top.weights, head.top.weights, rtol=1e-6)


def test_shipped_head_loads():
    head = AcledHead.load()
    assert "Armed clash" in head.classes and "DIPLO" in head.classes
    assert head.weights.shape == (len(head.classes), 2 * 384 + len(head.rule_labels))
    assert head.encoder == ENCODER
    assert len(head.trained_on) > 100


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


def test_a_top_head_whose_encoder_is_missing_leaves_the_first_head_alone(caplog, tmp_path):
    from crisislens.pipeline import _top_encoder
    from crisislens.settings import Settings

    settings = Settings.from_env(cache_dir=tmp_path)
    with caplog.at_level("WARNING"):
        assert _top_encoder("an-encoder-nobody-installed", settings, None) is None
    assert "make install-mpnet" in caplog.text
