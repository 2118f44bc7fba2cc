"""Each mention's trigger in its context, as all-MiniLM-L6-v2 sees it (NumPy, CPU).

The encoder reads each distinct sentence once; a mention's ``context`` vector is the mean of the
last layer's states over the wordpieces of its trigger's head word, and its
``sentence_vector`` the mean over the sentence (the sentence-transformers pooling).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from crisislens.link.mention import LinkMention

BATCH = 16


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / (np.linalg.norm(v) or 1.0)).astype(np.float32)


def add_context(
    mentions: Sequence[LinkMention],
    texts: dict[str, str],
    embedder,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Fill ``context`` and ``sentence_vector`` of every mention that knows its sentence.

    ``texts`` maps a mention's ``doc`` to its text; ``mention.extra`` holds ``head`` and
    ``sentence_span`` character offsets (as :func:`crisislens.link.text.mentions_from_doc` sets).
    """
    by_sentence: dict[tuple[str, int, int], list[LinkMention]] = {}
    for m in mentions:
        span = m.extra.get("sentence_span")
        if span is not None:
            by_sentence.setdefault((m.doc, span[0], span[1]), []).append(m)
    keys = sorted(by_sentence, key=lambda k: k[2] - k[1])  # similar lengths pad little
    for i in range(0, len(keys), BATCH):
        batch = keys[i : i + BATCH]
        states = embedder.token_states([texts[doc][s:e] for doc, s, e in batch])
        for (doc, s, _), (hidden, offsets) in zip(batch, states):
            sentence_vector = _unit(hidden.mean(0))
            for m in by_sentence[(doc, s, _)]:
                hs, he = m.extra.get("head", (m.start, m.end))
                hs, he = hs - s, he - s
                pieces = [j for j, (a, b) in enumerate(offsets) if b > a and a < he and b > hs]
                m.context = _unit(hidden[pieces].mean(0) if pieces else hidden.mean(0))
                m.sentence_vector = sentence_vector
        if progress:
            progress(sum(len(by_sentence[k]) for k in batch))
