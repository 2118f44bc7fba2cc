"""Cross-document event coreference over given mentions: the engine of ``crisislens link``.

All documents handed in are linked jointly:

1. each document is parsed (spaCy) and each mention read (:mod:`crisislens.link.text`), with its
   trigger's context vector (:mod:`crisislens.link.context`);
2. documents are grouped by similarity (:mod:`crisislens.link.documents`); a group is a block;
3. within a block, every compatible pair of mentions gets the pair model's probability
   (:mod:`crisislens.link.features`, :mod:`crisislens.link.model`), then, where a partner model
   is given, a second one that also reads whether the two are linked to the same others
   (:mod:`crisislens.link.partners`);
4. average-link clustering with cannot-link constraints (:mod:`crisislens.link.cluster`) cuts
   the block into events.

>>> linker = TextLinker.load()                                        # doctest: +SKIP
>>> linker.link([LinkInput("a", "Rebels seized Kidal.", [(7, 13)]),  # doctest: +SKIP
...              LinkInput("b", "Kidal was seized by rebels.", [(10, 16)])])  # doctest: +SKIP
[['e3b0c4...'], ['e3b0c4...']]
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language

from crisislens.link.block import block_features
from crisislens.link.cluster import link_block
from crisislens.link.context import add_context
from crisislens.link.documents import DocumentSimilarity, capitalised_names, groups
from crisislens.link.mention import LinkMention
from crisislens.link.model import PairModel
from crisislens.link.partners import second_reading
from crisislens.link.text import dateline, mentions_from_doc, passages
from crisislens.nlp.embedder import SentenceEmbedder


@dataclass
class LinkInput:
    """One document with its given event mentions (character offsets)."""

    doc_id: str
    text: str
    spans: list[tuple[int, int]]
    published: str | None = None


@dataclass
class Featurized:
    """Everything the clustering needs, kept for training and error analysis."""

    mentions: list[LinkMention]
    similarity: DocumentSimilarity
    doc_index: dict[str, int] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    names: list[list[str]] = field(default_factory=list)

    def subset(self, doc_ids: Sequence[str]) -> Featurized:
        """The mentions of some documents, with document similarities over those alone."""
        keep = {d: n for n, d in enumerate(doc_ids)}
        texts = [self.texts[self.doc_index[d]] for d in doc_ids]
        names = [self.names[self.doc_index[d]] for d in doc_ids]
        return Featurized(
            [m for m in self.mentions if m.doc in keep],
            DocumentSimilarity(texts, names),
            keep,
            texts,
            names,
        )

    def blocks(self, group_threshold: float) -> list[list[int]]:
        """Mention indices per group of similar documents."""
        document_groups = groups(self.similarity, group_threshold)
        out: dict[int, list[int]] = {}
        for k, m in enumerate(self.mentions):
            out.setdefault(document_groups[self.doc_index[m.doc]], []).append(k)
        return list(out.values())


def story_id(doc_id: str, start: int) -> str:
    """A stable id for the event whose earliest mention is at ``start`` in ``doc_id``."""
    return hashlib.sha1(f"{doc_id}:{start}".encode()).hexdigest()[:16]


@dataclass
class TextLinker:
    nlp: Language
    embedder: SentenceEmbedder | None
    model: PairModel
    # the second reading (trained on the full model's first reading); its threshold is the cut
    partners: PairModel | None = None

    @classmethod
    def load(cls, nlp=None, model: PairModel | None = None, encoder: bool = True) -> TextLinker:
        """The default pipeline, encoder and model (``encoder=False``: no context vectors, and
        no second reading, which was trained on the full model's probabilities)."""
        if nlp is None:
            from crisislens.nlp.spacy_model import load_nlp
            from crisislens.settings import Settings

            nlp = load_nlp(Settings.from_env().spacy_model)
        model = model or PairModel.load()
        partners = PairModel.load(variant="partners") if model.name == "link_model" else None
        return cls(nlp, SentenceEmbedder() if encoder else None, model, partners)

    @property
    def threshold(self) -> float:
        """Where the clustering cuts: the partner model's threshold where it reads the pairs."""
        return (self.partners or self.model).threshold

    def featurize(
        self, inputs: Sequence[LinkInput], progress: Callable[[str, int], None] | None = None
    ) -> Featurized:
        mentions: list[LinkMention] = []
        # only the sentences that hold a mention are parsed; names come from capitals
        jobs = [
            (item, start, end, first)
            for item in inputs
            for start, end, first in passages(item.text, item.spans)
        ]
        docs = self.nlp.pipe((item.text[s:e] for item, s, e, _ in jobs), batch_size=64)
        dates = {i.doc_id: i.published or dateline(i.text) for i in inputs}
        lemmatizer = (
            self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None
        )
        for (item, start, end, first), doc in zip(jobs, docs):
            inside = sorted({(s, e) for s, e in item.spans if start <= s and e <= end})
            shifted = [(s - start, e - start) for s, e in inside]
            keys = [(item.doc_id, s, e) for s, e in inside]
            mentions.extend(
                mentions_from_doc(
                    doc, shifted, item.doc_id, dates[item.doc_id], keys, start, first, lemmatizer
                )
            )
        if progress:
            progress("parse", len(inputs))
        names = [capitalised_names(i.text) for i in inputs]
        if self.embedder is not None:
            add_context(
                mentions,
                {i.doc_id: i.text for i in inputs},
                self.embedder,
                (lambda n: progress("embed", n)) if progress else None,
            )
        texts = [i.text for i in inputs]
        return Featurized(
            mentions,
            DocumentSimilarity(texts, names),
            {i.doc_id: n for n, i in enumerate(inputs)},
            texts,
            names,
        )

    def probabilities(self, data: Featurized, block: list[int]):
        """Pair probabilities and cannot-link matrix of the mentions ``block`` (indices)."""
        members = [data.mentions[k] for k in block]
        sim = data.similarity
        pairs, matrix = block_features(members, sim.word_matrix, sim.name_matrix, data.doc_index)
        n = len(members)
        probability = np.zeros((n, n), dtype=np.float32)
        cannot = np.ones((n, n), dtype=bool)
        if pairs:
            p = self.model.probability(matrix)
            rows, cols = np.array(pairs).T
            probability[rows, cols] = probability[cols, rows] = p
            cannot[rows, cols] = cannot[cols, rows] = False
            if self.partners is not None:
                p = second_reading(probability, matrix, pairs, self.partners)
                probability[rows, cols] = probability[cols, rows] = p
        np.fill_diagonal(cannot, False)
        return pairs, matrix, probability, cannot

    def cluster(
        self, data: Featurized, threshold: float | None = None, group_threshold: float | None = None
    ) -> list[str]:
        """A story id per mention, in the order of ``data.mentions``."""
        threshold = self.threshold if threshold is None else threshold
        return self.cluster_many(data, [threshold], group_threshold)[threshold]

    def cluster_many(
        self, data: Featurized, thresholds: Sequence[float], group_threshold: float | None = None
    ) -> dict[float, list[str]]:
        """Story ids per mention for each clustering threshold (pairs are scored once)."""
        if group_threshold is None:
            group_threshold = self.model.group_threshold
        out = {t: [""] * len(data.mentions) for t in thresholds}
        for block in data.blocks(group_threshold):
            _, _, probability, cannot = self.probabilities(data, block)
            for t in thresholds:
                labels = link_block(probability, cannot, t)
                self._name(data, block, labels, out[t])
        return out

    @staticmethod
    def _name(data: Featurized, block: list[int], labels: list[int], out: list[str]) -> None:
        members: dict[int, list[int]] = {}
        for k, label in zip(block, labels):
            members.setdefault(label, []).append(k)
        for group in members.values():
            first = min(
                group, key=lambda k: (data.doc_index[data.mentions[k].doc], data.mentions[k].start)
            )
            sid = story_id(data.mentions[first].doc, data.mentions[first].start)
            for k in group:
                out[k] = sid

    def link(self, inputs: Sequence[LinkInput], progress=None) -> list[list[str]]:
        """Story ids per input document, one per given mention, in order."""
        data = self.featurize(inputs, progress)
        story = {m.key: sid for m, sid in zip(data.mentions, self.cluster(data))}
        return [[story[(i.doc_id, s, e)] for s, e in i.spans] for i in inputs]
