"""How much would better document groups lift `crisislens link` on ECB+, and do tf-idf splits get it?

    .venv/bin/python eval/experiments/link_grouping.py --gold ../shared/data/realnews/ecbplus \\
        --cache $CRISISLENS_CACHE_DIR/link_pair_models [--topics train] [--split 0.8 0.9]

The linker groups documents by the mean tf-idf similarity of their words and names (average
link, cut at the shipped model's ``group_threshold``) and links mentions only within a group
(docs/LINK.md). This script links the gold mentions of the chosen topics with the shipped model
under other groupings and prints CoNLL F1 (all, and both fixed halves):

- the linker's own groups;
- ECB+'s gold topics, and its gold seminal-event groups (an oracle: each topic holds two seminal
  events of one kind, two earthquakes or two arrests, that a linker has to tell apart itself);
- the linker's groups split again, within each, by average link on the similarity of names
  alone, of words alone, or of both, cut at each ``--split`` distance;

with, for each grouping, precision and recall over pairs of documents against the seminal
groups. Train topics by default (look there; dev is for the one number reported), never the
held-out test topics. Featurized topics are shared with ``link_pair_models.py`` (``--cache``).

Result (2026-12-03): on dev the linker's groups are exactly the 8 gold topics (document pairs
P 0.49 R 1.00), CoNLL F1 0.7725 (A 0.779 / B 0.768); the gold seminal groups would give 0.7887
(A 0.797 / B 0.784). On train (27 groups for 50 seminal events) splitting within groups never
helps: by names at 0.9 (document pairs P 0.66 R 0.999) 0.7684 -> 0.7679, at 0.8 (P 0.73 R 0.94)
0.7654, at 0.7 (P 0.90 R 0.75) 0.7556; by words at 0.8 (P 0.78 R 0.85) 0.7616. The pair model
already keeps most pairs across seminal events apart (it reads the two documents' similarity);
a split that does not part the rest exactly costs more recall than it saves. Seminal events
would need evidence other than the words of whole documents (the days the events fall on, who
takes part), and the most any grouping can win here is about 0.016.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_pair_models import featurized

from crisislens.evaluation.ecbplus_link import score_response
from crisislens.link.cluster import link_block
from crisislens.link.documents import groups
from crisislens.link.linker import Featurized, TextLinker
from crisislens.link.model import PairModel


def link_within(data: Featurized, linker: TextLinker, group_of: dict[str, object]) -> dict:
    """A story id per mention key, linking only within the given document groups."""
    out = [""] * len(data.mentions)
    blocks: dict[object, list[int]] = defaultdict(list)
    for k, m in enumerate(data.mentions):
        blocks[group_of[m.doc]].append(k)
    for block in blocks.values():
        _, _, probability, cannot = linker.probabilities(data, block)
        labels = link_block(probability, cannot, linker.model.threshold)
        linker._name(data, block, labels, out)
    return {m.key: s for m, s in zip(data.mentions, out)}


def split_groups(data: Featurized, base: dict[str, object], matrix: np.ndarray, cut: float):
    """Each group of ``base`` split again by average link on ``matrix`` (a similarity)."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    members: dict[object, list[str]] = defaultdict(list)
    for doc, g in base.items():
        members[g].append(doc)
    out: dict[str, object] = {}
    for g, docs in members.items():
        if len(docs) < 2:
            out[docs[0]] = (g, 0)
            continue
        rows = [data.doc_index[d] for d in docs]
        distance = np.clip(1.0 - matrix[np.ix_(rows, rows)], 0.0, 2.0)
        np.fill_diagonal(distance, 0.0)
        labels = fcluster(linkage(squareform(distance, checks=False), "average"), cut, "distance")
        out.update({d: (g, int(label)) for d, label in zip(docs, labels)})
    return out


def document_pairs(group_of: dict[str, object], seminal: dict[str, str]) -> str:
    """Precision and recall of the grouping over pairs of documents, against seminal events."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(group_of), 2):
        same, grouped = seminal[a] == seminal[b], group_of[a] == group_of[b]
        tp += same and grouped
        fp += grouped and not same
        fn += same and not grouped
    return f"document pairs P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="the ECB+ folder")
    parser.add_argument("--cache", type=Path, help="keep the featurized topics here")
    parser.add_argument("--topics", choices=["train", "dev"], default="train")
    parser.add_argument("--split", type=float, nargs="*", default=[0.7, 0.8, 0.9])
    args = parser.parse_args()
    docs, gold, data = featurized(args.gold, args.topics, args.cache)
    model = PairModel.load()
    linker = TextLinker(nlp=None, embedder=None, model=model)  # type: ignore[arg-type]
    seminal = {d.doc_id: d.seminal_group for d in docs}
    own = groups(data.similarity, model.group_threshold)
    mine = {d: own[n] for d, n in data.doc_index.items()}
    sim = data.similarity
    tries: dict[str, dict[str, object]] = {
        "the linker's groups": mine,
        "gold topics": {d.doc_id: d.topic for d in docs},
        "gold seminal groups (oracle)": dict(seminal),
    }
    for name, matrix in (("names", sim.name_matrix), ("words", sim.word_matrix)):
        for cut in args.split:
            tries[f"split by {name} at {cut}"] = split_groups(data, mine, matrix, cut)
    for name, group_of in tries.items():
        r = score_response(docs, gold, link_within(data, linker, group_of))
        print(
            f"{name:32} CoNLL F1 {r['conll_f1']:.4f} (A {r['halves']['A']['conll_f1']:.4f} / "
            f"B {r['halves']['B']['conll_f1']:.4f}); {len(set(group_of.values()))} groups, "
            f"{document_pairs(group_of, seminal)}"
        )


if __name__ == "__main__":
    main()
