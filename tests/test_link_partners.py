"""The linker's second reading: two mentions that the first model links to the same others."""

from __future__ import annotations

import numpy as np

from crisislens.link import partners
from crisislens.link.documents import DocumentSimilarity
from crisislens.link.features import PARTNER_FEATURES, pair_features
from crisislens.link.linker import Featurized, TextLinker
from crisislens.link.mention import LinkMention, TimeValue
from crisislens.link.model import SPACE, PairModel
from crisislens.link.partners import partner_columns, partner_similarity


def _probabilities() -> np.ndarray:
    """Five mentions: 0 and 1 (two words for one raid) are each linked to 2 and 3, barely to
    each other; 4 is linked only to 0, and weakly."""
    p = np.zeros((5, 5), dtype=np.float32)
    for i, j, v in [(0, 1, 0.1), (0, 2, 0.9), (0, 3, 0.7), (1, 2, 0.8), (1, 3, 0.9), (0, 4, 0.2)]:
        p[i, j] = p[j, i] = v
    return p


def test_partner_similarity_is_high_for_mentions_linked_to_the_same_others():
    near, far = partner_similarity(_probabilities(), np.array([0, 1]), np.array([1, 4]))
    assert near > 0.9  # both linked to 2 and 3
    assert far < 0.3  # 4 shares no partner with 1


def test_partner_similarity_in_bands_equals_the_whole_matrix(monkeypatch):
    p = _probabilities()
    rows, cols = np.triu_indices(5, k=1)
    whole = partner_similarity(p, rows, cols)
    monkeypatch.setattr(partners, "BAND", 2)
    assert np.allclose(partner_similarity(p, rows, cols), whole)
    unit = p / np.linalg.norm(p, axis=1, keepdims=True)
    assert np.allclose(whole, (unit @ unit.T)[rows, cols], atol=1e-6)


def test_partner_columns_give_the_first_probability_then_the_similarity():
    p = _probabilities()
    columns = partner_columns(p, np.array([0, 2]), np.array([2, 3]))
    assert columns.shape == (2, len(PARTNER_FEATURES))
    assert np.allclose(columns[:, PARTNER_FEATURES.index("pair_probability")], [0.9, 0.0])


def test_shipped_partner_model_reads_shared_partners():
    model = PairModel.load(variant="partners")
    assert set(PARTNER_FEATURES) <= set(model.features) <= set(SPACE)
    assert 0 < model.threshold < 1
    row = pair_features(
        LinkMention("a", "d1", 0, 4, lemma="raid"),
        LinkMention("b", "d2", 0, 4, lemma="storm"),
        document_similarity=0.5,
        name_similarity=0.5,
    )
    alike, apart = (np.hstack([row, [0.2, s]]).astype(np.float32) for s in (0.95, 0.05))
    p_alike, p_apart = model.probability(np.vstack([alike, apart]))
    assert p_alike > p_apart


def _by_partners() -> PairModel:
    """A stand-in partner model: the probability rises with partner_similarity alone."""
    layers = [(np.array([[10.0]], dtype=np.float32), np.array([-5.0], dtype=np.float32))]
    return PairModel(("partner_similarity",), np.zeros(1), np.ones(1), layers, 0.5, 0.9)


def test_linker_second_reading_replaces_probabilities_but_never_an_incompatible_pair():
    def first(x: np.ndarray) -> np.ndarray:
        return np.full(len(x), 0.6, dtype=np.float32)

    model = PairModel(("same_lemma",), np.zeros(1), np.ones(1), [], 0.5, 0.9)
    model.probability = first  # every compatible pair: 0.6
    day = TimeValue.parse("2031-03-02")
    other_day = TimeValue.parse("2031-05-19")
    mentions = [
        LinkMention(("d1", 0, 4), "d1", 0, 4, lemma="raid", time=day),
        LinkMention(("d2", 0, 4), "d2", 0, 4, lemma="raid", time=day),
        LinkMention(("d3", 0, 4), "d3", 0, 4, lemma="raid", time=other_day),
    ]
    texts = ["Agents raided a depot in Varno.", "The Varno depot was raided.", "A raid in Varno."]
    data = Featurized(mentions, DocumentSimilarity(texts), {"d1": 0, "d2": 1, "d3": 2}, texts)
    plain = TextLinker(None, None, model)
    _, _, before, cannot = plain.probabilities(data, [0, 1, 2])
    assert before[0, 1] == np.float32(0.6) and cannot[0, 2] and cannot[1, 2]
    second = TextLinker(None, None, model, _by_partners())
    _, _, after, cannot_after = second.probabilities(data, [0, 1, 2])
    # 0 and 1 have no third partner in common (the third is incompatible): the cosine of
    # their rows is 0, so the stand-in reads them as apart
    assert after[0, 1] < 0.1
    assert after[0, 2] == 0 and (cannot_after == cannot).all()
    assert second.threshold == 0.5 and plain.threshold == model.threshold
