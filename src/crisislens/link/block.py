"""Pairwise evidence for a whole block of mentions at once, as NumPy matrices.

The same evidence and rules as :func:`crisislens.link.features.pair_features` and
:func:`~crisislens.link.features.compatible` (tests check that both agree on every pair), but a
block of 1,800 mentions has 1.6 million pairs: computed one by one in Python that alone would take
a minute, as matrices it takes a second or two.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

from crisislens.link.features import (
    COARSE_PRECISIONS,
    FEATURES,
    PLACE_KM,
    PUBLISHED_APART_DAYS,
    WIDE_FEATURES,
    type_family,
    words_of,
)
from crisislens.link.mention import PRECISIONS, LinkMention
from crisislens.schemas import NON_STATE_CODES

EARTH_KM = 6371.0


def _codes(values: Sequence[Hashable | None]) -> np.ndarray:
    """Integer codes, -1 for None or empty."""
    table: dict = {}
    return np.array([table.setdefault(v, len(table)) if v else -1 for v in values], dtype=np.int64)


def _equal(codes: np.ndarray) -> np.ndarray:
    return (codes[:, None] == codes[None, :]) & (codes[:, None] >= 0)


def _incidence(sets: Sequence[frozenset]) -> np.ndarray:
    vocabulary: dict = {}
    for s in sets:
        for item in s:
            vocabulary.setdefault(item, len(vocabulary))
    matrix = np.zeros((len(sets), max(len(vocabulary), 1)), dtype=np.float32)
    for row, s in enumerate(sets):
        for item in s:
            matrix[row, vocabulary[item]] = 1.0
    return matrix


def _overlap(sets: Sequence[frozenset]) -> tuple[np.ndarray, np.ndarray]:
    """Jaccard and intersection-size matrices."""
    a = _incidence(sets)
    inter = a @ a.T
    sizes = a.sum(1)
    union = sizes[:, None] + sizes[None, :] - inter
    return np.where(union > 0, inter / np.maximum(union, 1), 0.0), inter


def _cosine(vectors: Sequence[np.ndarray | None]) -> np.ndarray:
    present = [v for v in vectors if v is not None]
    if not present:
        return np.zeros((len(vectors), len(vectors)), dtype=np.float32)
    dim = present[0].shape[0]
    matrix = np.zeros((len(vectors), dim), dtype=np.float32)
    for row, v in enumerate(vectors):
        if v is not None:
            matrix[row] = v
    return matrix @ matrix.T


def _time_conflicts(mentions: Sequence[LinkMention], window_days: int) -> tuple[np.ndarray, ...]:
    """(own dates conflict, own dates match) as (n, n) matrices."""
    n = len(mentions)
    has = np.array([m.time is not None for m in mentions])
    level = np.array([PRECISIONS.index(m.time.precision) if m.time else 0 for m in mentions])
    ordinal = np.array([m.time.day.toordinal() if m.time else 0 for m in mentions])
    month = np.array([m.time.day.year * 12 + m.time.day.month if m.time else 0 for m in mentions])
    year = np.array([m.time.day.year if m.time else 0 for m in mentions])
    coarser = np.maximum(level[:, None], level[None, :])
    gap = np.abs(ordinal[:, None] - ordinal[None, :])
    both = has[:, None] & has[None, :]

    def differ(window: int) -> np.ndarray:
        out = np.zeros((n, n), dtype=bool)
        out |= (coarser == 0) & (gap > window)
        out |= (coarser == 1) & (gap > 7)
        out |= (coarser == 2) & (month[:, None] != month[None, :])
        out |= (coarser == 3) & (year[:, None] != year[None, :])
        return out & both

    return differ(window_days), both & ~differ(0)


def _places(mentions: Sequence[LinkMention]) -> tuple[np.ndarray, np.ndarray]:
    """(match, conflict) matrices of the coded places."""
    n = len(mentions)
    has = np.array([m.place is not None for m in mentions])
    lat = np.radians([m.place[0] if m.place else 0.0 for m in mentions])
    lon = np.radians([m.place[1] if m.place else 0.0 for m in mentions])
    wide = np.array([m.place is not None and m.place[2] in WIDE_FEATURES for m in mentions])
    limit = np.array([PLACE_KM.get(m.place[2], 50.0) if m.place else 50.0 for m in mentions])
    country = _codes([m.place[3] if m.place else None for m in mentions])
    both = has[:, None] & has[None, :]
    country_conflict = (country[:, None] != country[None, :]) & (country[:, None] >= 0)
    country_conflict &= (country[None, :] >= 0) & both
    same_country = _equal(country) & both
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    km = EARTH_KM * 2 * np.arcsin(np.minimum(1.0, np.sqrt(h)))
    either_wide = wide[:, None] | wide[None, :]
    near = km <= np.maximum(limit[:, None], limit[None, :])
    match = both & ~country_conflict & np.where(either_wide, same_country, near)
    conflict = both & (country_conflict | (~either_wide & ~near))
    return match & ~np.eye(n, dtype=bool), conflict


def _actor_conflict(mentions: Sequence[LinkMention]) -> np.ndarray:
    n = len(mentions)
    out = np.zeros((n, n), dtype=bool)
    for key in ("actor_country", "recipient_country"):
        values = [m.extra.get(key) for m in mentions]
        codes = _codes([v if v and v not in NON_STATE_CODES else None for v in values])
        known = codes >= 0
        out |= (codes[:, None] != codes[None, :]) & known[:, None] & known[None, :]
    return out


def _recipient_conflict(mentions: Sequence[LinkMention]) -> np.ndarray:
    words = [words_of(m.extra.get("recipient_name")) for m in mentions]
    _, shared = _overlap(words)
    named = np.array([bool(w) for w in words])
    return named[:, None] & named[None, :] & (shared == 0)


def _sentence_times(mentions: Sequence[LinkMention]) -> tuple[np.ndarray, np.ndarray]:
    """(some sentence date in common, all sentence dates differ), pair by pair where both
    sentences name dates: few mentions do, so a loop over those is cheap."""
    n = len(mentions)
    match = np.zeros((n, n), dtype=bool)
    conflict = np.zeros((n, n), dtype=bool)
    dated = [i for i, m in enumerate(mentions) if m.sentence_times]
    for x, i in enumerate(dated):
        for j in dated[x + 1 :]:
            a, b = mentions[i].sentence_times, mentions[j].sentence_times
            same = any(s.matches(t) for s in a for t in b)
            match[i, j] = match[j, i] = same
            conflict[i, j] = conflict[j, i] = not same and all(s.conflicts(t) for s in a for t in b)
    return match, conflict


def block_matrices(
    mentions: Sequence[LinkMention],
    word_similarity: np.ndarray | None = None,
    name_similarity: np.ndarray | None = None,
    doc_index: dict[str, int] | None = None,
    window_days: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """All features as an (n, n, features) array, and the (n, n) compatibility matrix."""
    from crisislens.link.mention import DAY_WINDOW

    n = len(mentions)
    window = DAY_WINDOW if window_days is None else window_days
    docs = (
        np.array([doc_index[m.doc] for m in mentions])
        if doc_index
        else _codes([m.doc for m in mentions])
    )
    same_doc = docs[:, None] == docs[None, :]
    sentence = np.array([m.sentence for m in mentions])
    pos = np.array([m.pos for m in mentions])
    published = np.array([m.published.toordinal() if m.published else -1 for m in mentions])
    time_conflict, time_match = _time_conflicts(mentions, window)
    place_match, place_conflict = _places(mentions)
    arg_j, arg_i = _overlap([m.arguments for m in mentions])
    name_j, name_i = _overlap([m.entities for m in mentions])
    num_j, _ = _overlap([m.numbers for m in mentions])
    _, fig_i = _overlap([frozenset(m.figures) for m in mentions])
    s_match, s_conflict = _sentence_times(mentions)
    known = published >= 0
    apart = np.abs(published[:, None] - published[None, :]) > PUBLISHED_APART_DAYS
    zeros = np.zeros((n, n), dtype=np.float32)

    def doc_matrix(sim: np.ndarray | None) -> np.ndarray:
        return sim[np.ix_(docs, docs)] if sim is not None and doc_index else zeros

    columns = {
        "same_lemma": _equal(_codes([m.lemma for m in mentions])),
        "same_text": _equal(_codes([m.text for m in mentions])),
        "word_similarity": _cosine([m.word_vector for m in mentions]),
        "context_similarity": _cosine([m.context for m in mentions]),
        "sentence_similarity": _cosine([m.sentence_vector for m in mentions]),
        "document_similarity": doc_matrix(word_similarity),
        "document_name_similarity": doc_matrix(name_similarity),
        "same_document": same_doc,
        "sentence_gap": np.where(
            same_doc, np.log1p(np.abs(sentence[:, None] - sentence[None, :])), 0
        ),
        "argument_overlap": arg_j,
        "argument_shared": arg_i > 0,
        "name_overlap": name_j,
        "time_match": time_match,
        "sentence_time_match": s_match,
        "sentence_time_conflict": s_conflict,
        "number_overlap": num_j,
        "both_verbs": (pos[:, None] == "VERB") & (pos[None, :] == "VERB"),
        "both_nouns": (pos[:, None] == "NOUN") & (pos[None, :] == "NOUN"),
        "published_apart": apart & known[:, None] & known[None, :],
        "place_match": place_match,
        "figure_match": fig_i > 0,
        "evidence_similarity": _cosine([m.evidence_vector for m in mentions]),
        "state_conflict": _actor_conflict(mentions),
        "recipient_conflict": _recipient_conflict(mentions),
    }
    features = np.stack([columns[f].astype(np.float32) for f in FEATURES], axis=-1)
    types = _codes([m.event_type for m in mentions])
    families = _codes([type_family(m.event_type) for m in mentions])
    typed = types >= 0
    both_typed = typed[:, None] & typed[None, :]
    other_type = both_typed & (types[:, None] != types[None, :])
    ok = ~(other_type & (families[:, None] != families[None, :]))
    ok &= ~time_conflict & ~place_conflict
    undated = np.array([m.time is None for m in mentions])
    precise = np.array([m.place is not None and m.place[2] not in WIDE_FEATURES for m in mentions])
    ground = (arg_i > 0) | (name_i > 0) | (place_match & precise[:, None] & precise[None, :])
    ok &= ~(both_typed & (undated[:, None] | undated[None, :]) & ~ground)
    coarse = np.array(
        [m.time is not None and m.time.precision in COARSE_PRECISIONS for m in mentions]
    )
    loose = (coarse[:, None] | coarse[None, :]) & ~undated[:, None] & ~undated[None, :]
    either_undated = undated[:, None] | undated[None, :]
    ok &= ~(other_type & (either_undated | loose | ~ground))
    named = (arg_i > 0) | (fig_i > 0)
    ok &= ~(both_typed & loose & ~named)
    return features, ok


def block_features(
    mentions: Sequence[LinkMention],
    word_similarity: np.ndarray | None = None,
    name_similarity: np.ndarray | None = None,
    doc_index: dict[str, int] | None = None,
    fresh: set[int] | None = None,
) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Every compatible pair (i < j) of ``mentions`` and its feature row (in FEATURES order).

    ``word_similarity`` and ``name_similarity`` are document-by-document matrices indexed by
    ``doc_index[mention.doc]``. With ``fresh`` (indices), only pairs with a fresh member.
    """
    if len(mentions) < 2:
        return [], np.zeros((0, len(FEATURES)), dtype=np.float32)
    features, ok = block_matrices(mentions, word_similarity, name_similarity, doc_index)
    upper = np.triu(ok, k=1)
    if fresh is not None:
        mask = np.zeros(len(mentions), dtype=bool)
        mask[list(fresh)] = True
        upper &= mask[:, None] | mask[None, :]
    rows, cols = np.nonzero(upper)
    return list(zip(rows.tolist(), cols.tolist())), features[rows, cols]
