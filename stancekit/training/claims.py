"""``stancekit train claims``: one encoder, two sigmoid heads (check-worthy, subjective), masked BCE.

Training data: CLEF 2024 Task 1 English train (check-worthiness) and CLEF 2025 Task 1 English train
plus half of its dev (subjectivity, oversampled so the small set counts); each row only trains the
head its corpus annotates. CLEF 2019 debates and CLEF 2020 tweets can be added with ``--sources``, and part
of CLEF 2024 ``dev-test`` lent to training with ``--checkworthy-dev-share`` (tried; not the shipped run).
Every other sentence of any dev, dev-test or test split is removed from training, across corpora.

Selection and thresholds: CLEF 2024 ``dev-test`` (positive-class F1) and the other half of CLEF 2025
``dev`` (macro-F1). CLEF 2024 ``dev`` is drawn from the same debates as train and scores about 0.95
whatever the checkpoint, so it cannot tell which one transfers to newer debates; ``dev-test`` holds
newer ones, as the test does. The thresholds that maximise those scores are written into the
checkpoint's ``config.json``; CLEF 2024 test and CLEF 2025 dev-test stay untouched for
``stancekit evaluate claims``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd

from ..claims import LABELS, THRESHOLDS_KEY, ClaimClassifier
from ..data import claims as data
from ..evaluation.claims import best_threshold
from ..modeling.classifier import DEVICE_HELP
from .classifier import TrainConfig, train_classifier

# The score each head is selected and thresholded on.
HEAD_METRICS = ("positive_f1", "macro_f1")
DEV = [(data.CLEF2024, "dev-test"), (data.CLEF2025, "dev")]
# Threshold fitting reweights a dev split to its training label rate only where that split's balance is
# an accident of sampling (CLEF 2025 dev: 52 % subjective, train 36 %, dev-test 25 %). CLEF 2024
# dev-test stands for the newer debates, their balance included (34 % check-worthy, train 24 %).
REWEIGHT = (False, True)
SOURCES = {"clef2024": data.CLEF2024, "clef2025": data.CLEF2025, "clef2019": data.CLEF2019, "clef2020": data.CLEF2020}


def held_out(data_dir, trained: pd.DataFrame | None = None) -> list[pd.DataFrame]:
    """Every non-train split of every claim corpus, less the ``trained`` rows lent to training."""
    lent = set() if trained is None else set(trained.text.map(data.text_key))
    frames = [data.load(c, s, data_dir) for c in data.LOADERS for s in data.splits(c) if s != "train"]
    return [f[~f.text.map(data.text_key).isin(lent)] for f in frames]


def dev_frames(data_dir, checkworthy_dev_share: float, subjective_dev_share: float):
    """``(dev, lent24, lent25)``: the selection rows, and the dev rows of each corpus that train instead."""
    (c24, s24), (c25, s25) = DEV
    kept24, lent24 = data.carve(data.load(c24, s24, data_dir), checkworthy_dev_share)
    kept25, lent25 = data.carve(data.load(c25, s25, data_dir), subjective_dev_share)
    return pd.concat([kept24, kept25], ignore_index=True), lent24, lent25


def to_dataset(df: pd.DataFrame):
    """Rows with ``checkworthy``/``subjective`` (NaN = not annotated) -> the trainer's multi-label format."""
    from datasets import Dataset

    labels = df[list(LABELS)].to_numpy(dtype=float).tolist()
    return Dataset.from_dict({"text": df.text.tolist(), "label": labels})


def head_scores(probs: np.ndarray, gold: np.ndarray, priors=(None, None)) -> list[tuple[float, float]]:
    """``(threshold, score)`` per head, each at the threshold that is best on these (dev) rows.

    ``priors``: per head, the positive rate to reweight dev to (see ``best_threshold``), or None.
    """
    out = []
    for j, metric in enumerate(HEAD_METRICS):
        keep = ~np.isnan(gold[:, j])
        out.append(best_threshold(gold[keep, j], probs[keep, j], metric, prior=priors[j]))
    return out


def dev_metric(probs: np.ndarray, gold: np.ndarray) -> float:
    """Mean over the two heads of their dev score at the best threshold (checkpoint selection)."""
    return float(np.mean([score for _, score in head_scores(probs, gold)]))


def fit_thresholds(path: str | Path, dev: pd.DataFrame, priors: list[float], batch_size: int = 64) -> dict:
    """Choose each head's threshold on ``dev`` and store it in the checkpoint.

    ``priors``: per head, the training set's positive rate to reweight dev to (None: dev as it is).
    """
    model = ClaimClassifier.load(path)
    probs = model.probabilities(dev.text.tolist(), batch_size=batch_size)
    fitted = head_scores(probs, dev[list(LABELS)].to_numpy(dtype=float), priors)
    cfg_path = Path(path) / "config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg[THRESHOLDS_KEY] = {lab: round(t, 4) for lab, (t, _) in zip(LABELS, fitted, strict=True)}
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    return {lab: {"threshold": round(t, 4), "dev": round(s, 4)} for lab, (t, s) in zip(LABELS, fitted, strict=True)}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="stancekit train claims", description=__doc__)
    ap.add_argument("--data", default=None, help="datasets folder (default $STANCEKIT_DATA or ../shared/data)")
    ap.add_argument("--base", default=None, help="HF id or path of the encoder (default: bundled all-MiniLM-L6-v2)")
    ap.add_argument("--out", default="runs/claims")
    ap.add_argument("--sources", default="clef2024,clef2025", help=f"comma-separated, from {sorted(SOURCES)}")
    ap.add_argument("--repeat-subjective", type=int, default=8, help="oversample CLEF 2025 train this many times")
    ap.add_argument("--checkworthy-dev-share", type=float, default=0.0,
                    help="share of CLEF 2024 dev-test (newer debates) moved into training; the rest selects")
    ap.add_argument("--repeat-checkworthy-dev", type=int, default=8, help="oversample those lent rows")
    ap.add_argument("--subjective-dev-share", type=float, default=0.5,
                    help="share of CLEF 2025 dev moved into training (stable hash); the rest selects")
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--max-length", type=int, default=96)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (use 1 on a shared machine)")
    ap.add_argument("--device", default="auto", help=DEVICE_HELP)
    ap.add_argument("--eval-every", type=int, default=200, help="also evaluate dev every N steps (0 = epoch ends)")
    ap.add_argument("--max-steps", type=int, default=0, help="stop after N steps (speed pilots)")
    args = ap.parse_args(argv)

    sources = [SOURCES[s.strip()] for s in args.sources.split(",") if s.strip()]
    dev, lent24, lent25 = dev_frames(args.data, args.checkworthy_dev_share, args.subjective_dev_share)
    extra = [lent25] if data.CLEF2025 in sources else []
    lent = pd.concat([lent24, lent25], ignore_index=True)
    train = data.training_frame(sources, args.data, held_out=held_out(args.data, lent), extra=extra,
                                repeat={data.CLEF2025: args.repeat_subjective})
    if data.CLEF2024 in sources and len(lent24):  # not in ``repeat``: that would oversample CLEF 2024 train too
        train = pd.concat([train] + [lent24.assign(split="train")] * args.repeat_checkworthy_dev, ignore_index=True)
    train = train.sample(frac=1.0, random_state=args.seed)
    print("train rows per source:", train.source.value_counts().to_dict(), flush=True)
    print("dev rows per source:", dev.source.value_counts().to_dict(), flush=True)
    config = TrainConfig(out=args.out, base=args.base, epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                         max_length=args.max_length, seed=args.seed, threads=args.threads, device=args.device,
                         eval_every=args.eval_every, max_steps=args.max_steps,
                         extra={"task": "claims", "sources": args.sources,
                                "repeat_subjective": args.repeat_subjective,
                                "checkworthy_dev_share": args.checkworthy_dev_share,
                                "repeat_checkworthy_dev": args.repeat_checkworthy_dev,
                                "subjective_dev_share": args.subjective_dev_share})
    t0 = time.time()
    summary = train_classifier(to_dataset(train), to_dataset(dev), list(LABELS), config, metric=dev_metric,
                               log=lambda m: print(m, flush=True))
    # NaN rows (the other corpus) are skipped by mean().
    priors = [float(train[lab].mean()) if w else None for lab, w in zip(LABELS, REWEIGHT, strict=True)]
    thresholds = fit_thresholds(args.out, dev, priors)
    summary_path = Path(args.out) / "train_summary.json"
    summary_path.write_text(json.dumps({**summary, "thresholds": thresholds, "train_priors": priors}, indent=2))
    print(f"done in {time.time() - t0:.0f}s; best dev {summary['best_dev']}; thresholds {thresholds}; "
          f"checkpoint {Path(args.out)}", flush=True)
    return 0
