"""Train the ACLED sub-event classifier, and score it honestly by cross-validation.

Used by ``eval/train_acled.py`` (which writes ``data/acled_model.npz``) and by
``crisislens eval case2021`` when the shipped model was trained on the gold file it scores.
scikit-learn is needed here only (``pip install crisislens[train]``); run time needs numpy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from crisislens.evaluation import case2021
from crisislens.events.acled_model import NONE, AcledModel, featurize, file_digest
from crisislens.ingest import make_article

RULE_LABELS = [NONE] + list(case2021.LABEL_TO_ACLED.values())


@dataclass
class Example:
    vector: np.ndarray
    rule_label: str  # what the rules alone say (NONE when no ACLED event)
    gold: str  # the gold ACLED sub-event type, or a non-ACLED class name


def examples(pipeline, gold_path: Path) -> list[Example]:
    """Run the rules-only pipeline over the snippets and keep what the classifier needs."""
    saved, pipeline.events.acled_model = pipeline.events.acled_model, None
    try:
        gold = case2021.load_gold(gold_path)
        articles = [make_article(t, origin=f"case:{i}") for i, t, _ in gold]
        out = []
        for (_, _, label), article, doc in zip(gold, articles, pipeline.nlp.pipe(
                a.text for a in articles)):
            record = pipeline.record(doc, article)
            coded = [e for e in record.events if e.acled_sub_event_type]
            top = max(coded, key=lambda e: e.confidence) if coded else None
            if top is not None:
                span = doc.char_span(top.evidence.start, top.evidence.end,
                                     alignment_mode="expand")
                vector = span.vector if span is not None else doc.vector
            else:
                vector = doc.vector
            out.append(Example(np.asarray(vector, dtype=np.float32),
                               top.acled_sub_event_type if top else NONE,
                               case2021.LABEL_TO_ACLED.get(label, label)))
        return out
    finally:
        pipeline.events.acled_model = saved


def fit(train: list[Example], c: float = 4.0, override_probability: float = 0.6,
        trained_on: str = "") -> AcledModel:
    from sklearn.linear_model import LogisticRegression

    rows = [e for e in train if e.gold in RULE_LABELS[1:]]
    x = np.stack([featurize(e.vector, e.rule_label, RULE_LABELS) for e in rows])
    y = [e.gold for e in rows]
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, y)
    return AcledModel(list(clf.classes_), RULE_LABELS, clf.coef_.astype(np.float32),
                      clf.intercept_.astype(np.float32), trained_on, override_probability)


def predict(model: AcledModel, example: Example) -> str:
    """The label the pipeline would output: the model where the rules found an ACLED event,
    or where the model is confident; otherwise what the rules said."""
    label, probability = model.predict(example.vector, example.rule_label)
    if example.rule_label != NONE or probability >= model.override_probability:
        return label
    return NONE


def cross_validate(data: list[Example], folds: int = 5, seed: int = 13, **fit_args
                   ) -> list[str]:
    """Out-of-fold predictions for every example (stratified by gold label)."""
    from sklearn.model_selection import StratifiedKFold

    labels = [e.gold for e in data]
    predicted = [NONE] * len(data)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # some classes have fewer members than folds
        for train_idx, test_idx in splitter.split(np.zeros(len(data)), labels):
            model = fit([data[i] for i in train_idx], **fit_args)
            for i in test_idx:
                predicted[i] = predict(model, data[i])
    return predicted


def to_case_labels(values: list[str]) -> list[str]:
    return [case2021.ACLED_TO_LABEL.get(v, v if v in case2021.NON_ACLED else "NONE")
            for v in values]


def train_and_save(pipeline, gold_path: Path, out: Path, **fit_args) -> dict:
    data = examples(pipeline, gold_path)
    cv = cross_validate(data, **fit_args)
    model = fit(data, trained_on=file_digest(gold_path), **fit_args)
    model.save(out)
    gold = to_case_labels([e.gold for e in data])
    return {"cv_predictions": to_case_labels(cv), "gold": gold,
            "rules_only": to_case_labels([e.rule_label for e in data])}
